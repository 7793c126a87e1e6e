"""English event classes found by the census of BBC politics articles (scripts/event_census.py), run
through the whole pipeline: what the sentence table (tests/stages/data/event_sentences.tsv) cannot say,
that a construction gives one event and not two."""

from __future__ import annotations

import kabar


def _events(sentence: str):
    return [(e.event, [(a.code or "")[:3] for a in e.actor]) for e in kabar.extract(sentence, has_title=False, lang="en").events]


def test_launched_an_attack_is_one_event():
    # the light verb carries the noun's event: no MOBILIZE or ASSAULT for "launched" beside it
    assert _events("Tony Blair has launched an attack on Conservative spending plans.") == [("ACCUSE", ["GBR"])]


def test_launched_missiles_still_a_launch():
    got = _events("North Korea launched two missiles towards South Korea on Monday.")
    assert got and all(ev in ("ASSAULT", "MOBILIZE") for ev, _ in got)


def test_a_named_attack_with_arms_stays_assault():
    assert ("ASSAULT", ["GBR"]) in _events("Tony Blair attacked Iraq with missiles.")


def test_coordinated_actors_one_event_each_without_recipient():
    got = _events("Germany and France have called for a second inquiry into the visa application.")
    assert sorted(got) == [("REQUEST", ["DEU"]), ("REQUEST", ["FRA"])]


def test_coordinated_actors_of_one_code_stay_one_event_with_both():
    # both parties kept (neither lost to "the"), as one event: they differ only in the name behind one code
    got = _events("The Tories and the Lib Dems have called for a second inquiry into the visa application.")
    assert got == [("REQUEST", ["GBR", "GBR"])]


def test_two_parties_agreeing_stay_one_agreement():
    got = _events("Britain and France agreed a new deal on migration.")
    assert len([ev for ev, _ in got if ev == "AGREE"]) == 1
