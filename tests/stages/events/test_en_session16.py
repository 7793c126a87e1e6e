"""Session 16 (events-en7): English classes found by the first event census of PolNeAR (US political news of 2016,
read before only for quotes): a race between candidates told with the verbs of a fight ("beat Donald Trump at the
ballot box"), a race or a mood taken ("occupied a third tier", "capturing the frustration"), and exploiting a word or
an event ("seized on the massacre", "capture her party's nomination"); plus the census script's PolNeAR slices.
Hand-made records with the codes an actors stage gives; the cases marked new fail on main, the look-alikes guard the
rules (docs/events.md, "Session 16 (events-en7)")."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from kabar.stages.events import EventStage

sys.path.insert(0, str(Path(__file__).parent))  # handmade, also under --import-mode=importlib
from handmade import handmade_record  # noqa: E402

ENTS = {
    "Donald Trump": ("PER", "USAELI", ["Donald Trump", "Mr. Trump", "Trump"]),
    "Hillary Clinton": ("PER", "USAELI", ["Hillary Clinton", "Clinton"]),
    "Bernie Sanders": ("PER", "USALEG", ["Bernie Sanders", "Sanders"]),
    "Carly Fiorina": ("PER", "USAELI", ["Carly Fiorina"]),
    "Barack Obama": ("PER", "USAGOV", ["Barack Obama", "Obama"]),
    "Marco Rubio": ("PER", "USALEG", ["Marco Rubio"]),
    "Jeb Bush": ("PER", "USAELI", ["Jeb Bush"]),
    "West Virginia": ("GPE", "USA", ["West Virginia"]),
    "Arizona": ("GPE", "USA", ["Arizona"]),
    "Nairobi": ("GPE", "KEN", ["Nairobi"]),
    "Goma": ("GPE", "COD", ["Goma"]),
    "Russia": ("GPE", "RUS", ["Russia"]),
    "Ukraine": ("GPE", "UKR", ["Ukraine"]),
}


def events_of(text, ents=ENTS, published="2016-05-18"):
    return EventStage()(handmade_record(text, ents, published=published)).events


def categories(text):
    return [e.event for e in events_of(text)]


# --- a race between candidates is no fight (gate `_vote_contest`, [gate] vote_contest_forms / vote_words) ---

@pytest.mark.parametrize("text", [
    # new: each was an ASSAULT (or a THREATEN) on main
    "Carly Fiorina said they would have to beat Donald Trump at the ballot box.",
    "Bernie Sanders beat Hillary Clinton 51% to 36% in West Virginia.",
    "Hillary Clinton beat Bernie Sanders by 18 points, 58 percent to 40 percent, in Arizona.",
    "Barack Obama fought a bitter primary against Hillary Clinton eight years ago.",
])
def test_a_vote_won_is_no_assault(text):
    assert not {"ASSAULT", "THREATEN"} & set(categories(text))


@pytest.mark.parametrize("text", [
    "Soldiers beat Bernie Sanders at a rally before the primary.",   # an armed party keeps its beating
    "Police beat voters at a polling station in Nairobi.",            # a role noun beaten: no candidate
    "Russia attacked Ukraine before the election.",                   # states at war in an election year
    "Bernie Sanders beat Hillary Clinton with a stick in the street.",  # no votes counted in the sentence
])
def test_beatings_and_wars_near_an_election_stay(text):
    assert "ASSAULT" in categories(text)


# --- a race or a mood taken is no seizure (metaphor_objects) ---

@pytest.mark.parametrize("text", [
    "Marco Rubio and Jeb Bush occupied a third tier.",                # new: COERCE on main
    "Donald Trump is capturing the frustration of many Americans.",  # new: COERCE on main
])
def test_a_place_in_a_race_is_taken_from_nobody(text):
    assert categories(text) == []


def test_a_town_occupied_stays():
    assert "COERCE" in categories("Rebels occupied Goma on Monday.")


# --- seizing on a word, capturing a nomination (blockers) ---

@pytest.mark.parametrize("text", [
    "Barack Obama had essentially locked up the nomination before the primary.",  # new: COERCE on main
    "Donald Trump quickly seized on the remarks of Barack Obama.",
    "Hillary Clinton hopes to capture her party's nomination on Monday night.",
    "Hillary Clinton seized upon the reference.",
])
def test_exploiting_a_word_or_winning_a_nomination_is_no_seizure(text):
    assert "COERCE" not in categories(text)


def test_a_seizure_on_a_weekday_stays():
    assert "COERCE" in categories("Police in Nairobi seized on Tuesday two tonnes of cocaine.")


def test_endorsing_a_nomination_is_support():
    # validation slice: "nomination" as a metaphor object removed this support; it is not one
    got = [(e.event, [a.code[:3] for a in e.actor]) for e in events_of("Republicans endorsed Barack Obama's nomination of David Nye.",
                                                                   {**ENTS, "Republicans": ("ORG", "USAPTY", ["Republicans"])})]
    assert ("SUPPORT", ["USA"]) in got


# --- the census script's PolNeAR slices (scripts/event_census.py --corpus polnear) ---

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


# ==== Session 16 (events-en8): a second PolNeAR census (--skip 10 and 17): word wars, anonymous sources, rallying
# behind a candidate, a chance at an office (docs/events.md, "Session 16 (events-en8)") ====

# --- an attack on a named person by nobody named is a word war (gate `_verbal_attack`, [gate] verbal_attack_*) ---

@pytest.mark.parametrize("text", [
    # new: each was an ASSAULT with no attacker on main
    "The super PAC ran ads supporting Marco Rubio and attacking Donald Trump.",
    "The attacks on Hillary Clinton continued on Thursday.",
    "Nobody on the debate stage was willing to hit Donald Trump for it.",
])
def test_an_attack_on_a_person_by_nobody_named_is_no_assault(text):
    assert "ASSAULT" not in categories(text)


@pytest.mark.parametrize("text", [
    "The attacks on Hillary Clinton killed two of her guards.",  # a death in the sentence
    "Hillary Clinton was attacked on Thursday.",                 # a passive: the one harmed is the subject
    "The attacks on Ukraine continued on Thursday.",             # a state attacked
])
def test_attacks_with_harm_on_states_or_in_the_passive_stay(text):
    assert "ASSAULT" in categories(text)


# --- a source asking not to be named, rallying behind a candidate, a chance at an office ([blockers]) ---

@pytest.mark.parametrize("text", [
    # new: REQUEST, PROTEST and ASSAULT on main
    "A senior aide to Barack Obama, who requested anonymity, said the talks failed.",
    "Jeb Bush rallied behind Donald Trump on Tuesday.",
    "His supporters will ultimately rally behind Hillary Clinton.",
    "Barack Obama had no shot with white voters.",
])
def test_anonymity_rallying_behind_and_a_chance_are_no_events(text):
    assert categories(text) == []


@pytest.mark.parametrize("text, category", [
    ("Bernie Sanders requested a debate with Hillary Clinton.", "REQUEST"),
    ("Protesters rallied against Donald Trump in Arizona.", "PROTEST"),
    ("Soldiers fired a shot at Bernie Sanders.", "ASSAULT"),
])
def test_requests_protests_and_shots_fired_stay(text, category):
    assert category in categories(text)


# --- "ripped into" a rival is words ([[actor_recode]] forms; whole pipeline: the CAMEO verb pattern needs the parse) ---

def test_a_politician_ripping_into_a_rival_accuses():
    import kabar
    text = ("Republicans blast Obama.\n\nFlorida Sen. Marco Rubio spent Tuesday night ripping into President Barack "
            "Obama over the nuclear deal.")
    evs = kabar.extract(text, published="2016-01-05", lang="en").events
    cats = {e.event for e in evs if e.event_text.startswith("ripp")}
    assert cats == {"ACCUSE"}  # new: ASSAULT on main
