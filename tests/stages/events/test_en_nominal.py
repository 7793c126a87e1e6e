"""English plural forms the parse reads as nouns (gate ``_nominal_mention``), through the whole pipeline
(the parse comes from the syntax stage). Sentences are written for this file."""

from __future__ import annotations

import kabar


def _events(text):
    return [(e.event, (e.actor[0].code or "")[:3] if e.actor else None, e.event_text)
            for e in kabar.extract(text, has_title=False, lang="en").events]


def test_a_noun_modifying_a_noun_is_no_act():
    """'its arms ban': arms names what is banned, no arms are supplied; the ban itself stays."""
    got = _events("The European Union imposed its arms ban on China in 1989, the minister said.")
    assert not any(g[0] == "AID" for g in got), got
    assert any(g[0] == "COERCE" for g in got), got


def test_a_plural_in_a_prepositional_phrase_is_no_act():
    for text in ("The German government will provide 20m euros for local sports clubs in Bavaria.",
                 "Turkey said tax revenues from Istanbul bars and restaurants had risen."):
        got = _events(text)
        assert not any(g[0] in ("ASSAULT", "COERCE", "THREATEN") for g in got), (text, got)


def test_a_headline_verb_the_parser_reads_as_a_noun_stays_a_verb():
    """'Police clubs protesters': the parse has no verb (a noun root); the chunk rules' reading stands."""
    assert any(g[0] == "ASSAULT" for g in _events("Police clubs protesters in Lagos.")), _events("Police clubs protesters in Lagos.")


def test_a_clause_opener_read_as_a_preposition_opens_a_clause():
    """'as Michael Howard criticises the government', 'as sanctions take hold': "as" opens a clause."""
    got = _events("Labour said that as Michael Howard criticises the government, his own party is divided.")
    assert any(g[0] == "ACCUSE" for g in got), got
    got = _events("Japan faces shortages as sanctions take hold.")
    assert any(g[0] == "SANCTION" for g in got), got


def test_level_is_no_destruction():
    assert not any(g[0] == "ASSAULT" for g in _events("The minister's visit is part of high-level meetings between Japan and China."))


def test_a_noun_with_a_noun_modifier_under_a_verb_is_no_act():
    """'wants house arrest', 'are plotting terror attacks': a thing named; 'placed X under house arrest' tells the act."""
    for text in ("The British home secretary wants house arrest and other powers for terror suspects.",
                 "The French interior minister said hundreds of people in France are plotting terror attacks."):
        got = _events(text)
        assert not any(g[0] in ("COERCE", "ASSAULT") for g in got), (text, got)
    got = _events("The Myanmar military placed Aung San Suu Kyi under house arrest in 1989.")
    assert any(g[0] == "COERCE" for g in got), got
