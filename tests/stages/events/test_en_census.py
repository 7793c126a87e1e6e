"""The English event census (scripts/event_census.py): the classes it found in BBC politics articles, run
through the whole pipeline (what the sentence table tests/stages/data/event_sentences.tsv cannot say: that a
construction gives one event and not two), then the script's own PolNeAR slices (--corpus polnear)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

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


# ---- the census script's PolNeAR slices (scripts/event_census.py --corpus polnear; session 16, events-en7)

def _census():
    spec = importlib.util.spec_from_file_location(
        "event_census", Path(__file__).resolve().parents[3] / "scripts" / "event_census.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_polnear_date_from_the_file_name():
    ec = _census()
    assert ec.polnear_date("nyt_2016-02-18_trump-fires-up-g-o-p-base-by-pri.txt") == "2016-02-18"
    assert ec.polnear_date("no-date-here.txt") is None


def test_polnear_slices_span_publishers_and_are_disjoint(shared_data):
    if not (shared_data / "quotes-en" / "polnear" / "data" / "train" / "text").is_dir():
        pytest.skip("PolNeAR absent")
    ec = _census()
    a, b = ec.polnear_files(30, 0), ec.polnear_files(30, 14)
    assert len(a) == len(b) == 30 and not set(a) & set(b)
    assert len({f.name.split("_")[0] for f in a}) == 7  # all seven publishers
    hits = ec.polnear_files(40, 0, grep=r"seiz\w* (on|upon)", exclude=tuple(a))
    assert hits and not set(hits) & set(a)
    items = ec.polnear(2, 0)
    assert items[0][0].startswith("polnear-") and items[0][2] == ec.polnear_date(a[0].name)


# Session 29 (events-id29): a negated hesitation is resolve ([modality] cue_cancel "hesitate"): "will not hesitate to
# attack" is a threat, not an attack denied; a plain negation stays

def test_will_not_hesitate_is_no_negation():
    got = kabar.extract("The United States will not hesitate to attack Iran, the White House said on Monday.",
                        has_title=False, lang="en").events
    assert got and all(e.modality != "negated" for e in got)


def test_guard_did_not_attack_stays_negated():
    got = kabar.extract("Britain did not attack Iran on Monday.", has_title=False, lang="en").events
    assert got and all(e.modality == "negated" for e in got)
