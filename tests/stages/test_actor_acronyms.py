"""An acronym the article defines in brackets after a body's name is that body wherever it is written, never the
gazetteer's unrelated expansion (docs/actors.md, "Session 30 (acronym30)"). Whole pipeline: the entities stage
groups, the actors stage codes."""

# Session 30 (acronym30)

from __future__ import annotations

import pytest

from kabar.pipeline import Pipeline
from kabar.record import Article


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(on_error="raise")


def _entities(pipe, lang, text):
    return pipe(Article.new(text, lang=lang, published="2005-01-10")).entities


def _holding(ents, word):
    return [e for e in ents if any(m.text == word for m in e.mentions)]


# Session 30 (acronym30)
def test_defined_acronym_is_not_the_gazetteers_namesake(pipe):
    text = ("The head of Lloyd's of London has criticised Britain's financial watchdog, the Financial Services "
            "Authority (FSA). \"The FSA should change, and change now,\" Mr Prettejohn said on Monday.")
    ents = _entities(pipe, "en", text)
    fsa = _holding(ents, "FSA")
    assert len(fsa) == 1 and any(m.text == "Financial Services Authority" for m in fsa[0].mentions)
    assert fsa[0].actor not in ("SYRREB", "IDNGOV")  # neither the Free Syrian Army nor Indonesia's OJK


# Session 30 (acronym30)
def test_apposition_with_a_defined_acronym_takes_no_namesake_code(pipe):
    text = ("Firms agreed the package with the Financial Services Authority (FSA). \"It is welcome,\" "
            "Rob McIvor, FSA spokesman, told BBC News.")
    ents = {e.name: e.actor for e in _entities(pipe, "en", text)}
    assert ents.get("Rob McIvor") != "SYRREB"


# Session 30 (acronym30)
def test_undefined_acronym_keeps_the_gazetteer(pipe):
    ents = _entities(pipe, "en", "The FSA fighters attacked a checkpoint near Aleppo on Monday, Syrian media said.")
    assert [e.actor for e in _holding(ents, "FSA")] == ["SYRREB"]


# Session 30 (acronym30)
@pytest.mark.parametrize("text,acronym", [
    ("Badan Metereologi, Klimatologi, dan Geofisika (BMKG) memperingatkan hujan lebat. BMKG meminta warga waspada.",
     "BMKG"),
    ("Badan Pusat Statistika (BPS) mencatat inflasi naik. Menurut BPS, harga beras naik.", "BPS"),
])
def test_misspelt_name_joins_its_gazetteer_acronym(pipe, text, acronym):
    ents = _holding(_entities(pipe, "id", text), acronym)
    assert len(ents) == 1 and ents[0].actor == "IDNGOV" and len(ents[0].mentions) >= 3


# Session 30 (acronym30)
def test_known_name_with_its_own_acronym_is_unchanged(pipe):
    ents = _entities(pipe, "id", "Otoritas Jasa Keuangan (OJK) menegur bank itu. OJK meminta laporan.")
    assert [e.actor for e in _holding(ents, "OJK")] == ["IDNGOV"]
