"""Session-6 Indonesian name classes found by an entity census over unlabelled detik-2025 and IndoSum
articles (issue 11, names-id): places inside longer names, and a unit name between a title and the
person's name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kabar.record import Article


@pytest.fixture(scope="module")
def pipe():
    from kabar.pipeline import Pipeline

    return Pipeline(only=["segment", "entities", "actors"], on_error="raise")


def _ents(pipe, text, published="2025-10-20"):
    return pipe(Article.new(text, lang="id", published=published)).entities


def _by_name(ents):
    return {(e.type, e.name): e for e in ents}


def test_province_and_home_country_inside_a_name_are_no_entities(pipe):
    ents = _ents(pipe, "Polda Jawa Tengah menangkap dua orang di sebuah gudang. Majelis Ulama Indonesia "
                       "mengecam perbuatan itu, begitu pula Kementerian Luar Negeri Jepang.")
    names = _by_name(ents)
    assert ("ORG", "Polda Jawa Tengah") in names
    assert ("GPE", "Jawa Tengah") not in names
    assert not any(e.type == "GPE" and e.name in ("Indonesia", "RI") for e in ents)
    assert ("GPE", "Jepang") in names  # a foreign country says whose ministry: it stays


def test_place_inside_a_name_that_also_stands_alone_is_found(pipe):
    ents = _ents(pipe, "Polda Jawa Tengah menyiagakan personel. Hujan deras turun di Jawa Tengah sejak pagi.")
    gpe = _by_name(ents).get(("GPE", "Jawa Tengah"))
    assert gpe is not None and len(gpe.mentions) == 1
