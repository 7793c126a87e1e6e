"""CAMEO verb knowledge (lang/en/verbs.toml, from PETRARCH2) in the event coder: a pattern's words must
sit in the verb's own phrase on the parse, and a pack may leave bare verb codes out ([cameo_verbs]).

Each case also runs with the switch off, to show the reading the rule removes is really found."""

from __future__ import annotations

import pytest

import kabar
from kabar.stages.events.lexicon import VERB_ORDER, lexicon


def _events(text: str, **switch):
    lex = lexicon("en")
    saved = lex.tables.get("cameo_verbs")
    if switch:
        lex.tables["cameo_verbs"] = {**(saved or {}), **switch}
    try:
        return kabar.extract(text, has_title=False, lang="en").events
    finally:
        lex.tables["cameo_verbs"] = saved


# a noun of the reported clause is not the object of the reporting verb
REPORTED = [
    "The minister said it had found wide support for the plan.",
    "The Liberal Democrats say they will look at his plans.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_pattern_word_in_the_reported_clause_codes_nothing(text):
    assert any(e.cameo and e.event_text.lower() in ("said", "say") for e in _events(text, pattern_in_phrase=False))
    assert not any(e.event_text.lower() in ("said", "say") for e in _events(text)), [(e.event, e.event_text) for e in _events(text)]


def test_pattern_word_that_is_the_object_still_codes():
    events = _events("The government has resisted calls to publish the advice.")
    assert any(e.event == "REJECT" and e.event_text == "resisted" for e in events)


def test_bare_cameo_codes_are_left_out_in_english():
    lex = lexicon("en")
    readings = lex.triggers.table.get(("encouraging",), [])
    assert readings and all(t.order >= VERB_ORDER and t.object_words for t, _ in readings)
    assert not _events("The Home Office is encouraging young people to volunteer.")


def test_patterns_of_prepositions_only_are_left_out():
    from kabar import lang as langpacks

    lex = lexicon("en")
    weak = {(w,) for w in lex.tables["cameo_verbs"]["weak_groups"]}
    data = langpacks.pack("en").data("verbs")
    assert any(all(alt in weak for g in p.split()[1:] for alt in [(a.replace("_", " "),) for a in g.split("|")])
               for v in data["verb"] for p in v.get("patterns", []) if len(p.split()) > 1)  # the data has such patterns
    for readings in lex.triggers.table.values():
        for t, _ in readings:
            if t.order >= VERB_ORDER and t.object_words:
                assert not all(g <= weak for g in t.object_words), t
    assert not _events("Labour came to power in 1997.")


def test_object_firsts_are_the_first_words_of_each_group():
    """Set once where verbs are loaded: a reading is skipped when a group has none of its first words in the clause."""
    for readings in lexicon("en").triggers.table.values():
        for t, _ in readings:
            assert t.object_firsts == tuple(frozenset(alt[0] for alt in g if alt) for g in t.object_words)


# Session 28 (fp28): a pattern's noun reached through two prepositional phrases is a detail of the verb's object
# ([cameo_verbs] pattern_nesting): ending investigations "into indecency in its US radio and TV shows" closes no radio;
# an "of" phrase counts none (pattern_nesting_free), and one phrase ("in detention") is the verb's own
NESTED = "Media giant Viacom has paid out $3.5m (£1.8m) to end investigations into indecency in its US radio and TV shows."


def test_pattern_noun_two_phrases_down_codes_nothing():
    assert any(e.cameo and e.event_text.startswith("end") for e in _events(NESTED, pattern_nesting=None))
    assert not any(e.event_text.startswith("end") for e in _events(NESTED)), [(e.event, e.event_text) for e in _events(NESTED)]


@pytest.mark.parametrize("text,category", [
    ("North Korea has put its military on high levels of alert.", "MOBILIZE"),
    ("Police in Jakarta placed the suspect in detention.", "COERCE"),
])
def test_pattern_noun_one_phrase_down_still_codes(text, category):
    assert any(e.event == category and e.cameo for e in _events(text)), [(e.event, e.event_text) for e in _events(text)]
