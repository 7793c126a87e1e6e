"""Recoding a trigger by its object ([[object_recode]]) or, failing that, by its actor ([[actor_recode]]):
the new category takes its own modes, and the object's recode is tried first."""

from __future__ import annotations

import pytest

import kabar
from kabar.stages.events.lexicon import lexicon


def summary(text: str, lang: str) -> list[tuple]:
    return [(e.event, e.mode) for e in kabar.extract(text, has_title=False, lang=lang).events]


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Hackers from Russia attacked government websites in Ukraine on Monday.", ("COERCE", ["cyber"])),
    ("id", "Peretas Rusia menyerang situs pemerintah Ukraina pada Senin.", ("COERCE", ["cyber"])),
    ("id", "Partai oposisi menyerang kebijakan pemerintah Indonesia pada Selasa.", ("ACCUSE", ["disapprove"])),
    ("id", "Rusia menyerang Ukraina pada Senin.", ("ASSAULT", [])),
])
def test_object_recode(lang, text, want):
    assert summary(text, lang) == [want]


def test_object_recode_comes_before_the_actor_recode():
    """A politician attacking in words is ACCUSE by the actor; his object, a website, makes it cyber first."""
    assert summary("John Kerry attacked Iran again on Monday.", "en") == [("ACCUSE", ["disapprove"])]
    assert summary("John Kerry attacked the websites of Iran on Monday.", "en")[:1] == [("COERCE", ["cyber"])]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_category_setting_falls_back_to_the_pack_default(lang):
    lex = lexicon(lang)
    default = lex.category("*")
    for event, own in lex.tables.get("category", {}).items():
        for key, value in own.items():
            assert lex.category_setting(event, key) == value
        for key, value in default.items():
            if key not in own:
                assert lex.category_setting(event, key) == value
    assert lex.category_setting("NO SUCH CATEGORY", "no such key") is None
