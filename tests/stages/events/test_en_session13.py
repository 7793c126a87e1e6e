"""Session 13 (events-en4): English descriptions that are no act (gate) and category constructions (pack triggers),
found on the English dev tune half and counted on unlabelled BBC articles (docs/events.md, "Session 13: English
categories"). Hand-made records with the codes an actors stage gives; each test fails without its change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kabar.stages.events import EventStage
from kabar.stages.events.gate import EventGate

sys.path.insert(0, str(Path(__file__).parent))  # handmade, also under --import-mode=importlib
from handmade import handmade_record  # noqa: E402

ENTS = {
    "Michael Howard": ("PER", "GBROPP", ["Michael Howard", "Mr Howard"]),
    "Conservatives": ("ORG", "GBROPP", ["Conservatives", "Tories"]),
    "Labour": ("ORG", "GBRPTY", ["Labour"]),
    "Tony Blair": ("PER", "GBRGOV", ["Tony Blair", "Mr Blair"]),
    "British National Party": ("ORG", "GBRPTY", ["British National Party", "BNP"]),
    "Mikhail Khodorkovsky": ("PER", "RUSBUS", ["Mikhail Khodorkovsky", "Mr Khodorkovsky"]),
    "Riggs Bank": ("ORG", "USABUS", ["Riggs Bank"]),
    "High Court": ("ORG", "GBRJUD", ["High Court"]),
    "Vladimir Putin": ("PER", "RUSGOV", ["Vladimir Putin", "Mr Putin"]),
    "Hu Jintao": ("PER", "CHNGOV", ["Hu Jintao"]),
    "European Union": ("ORG", "IGOEUR", ["European Union", "EU"]),
    "United Kingdom": ("GPE", "GBR", ["UK", "Britain"]),
    "Russia": ("GPE", "RUS", ["Russia"]),
    "Iran": ("GPE", "IRN", ["Iran"]),
}


def events_of(text, ents=ENTS, published="2005-02-02"):
    return EventStage()(handmade_record(text, ents, published=published)).events


def summary(e):
    return (e.event, (e.actor[0].code or None) if e.actor else None,
            (e.recipient[0].code or None) if e.recipient else None, e.modality)


def cats(text):
    return [e.event for e in events_of(text)]


# ------------------------------------------------------------------ the gate: descriptions, no acts
# The whole pipeline runs here (the parse gives the subject); each dropped sentence is also run with the gate off, to
# show that the coder reads the event the gate removes.

@pytest.fixture(scope="module")
def pipe():
    from kabar.pipeline import default_pipeline

    return default_pipeline()


def _piped(pipe, text, gate=True):
    from kabar.record import Article

    if gate:
        return [e.event for e in pipe(Article.new(text, lang="en", published="2005-02-02")).events]
    orig = EventGate._gated
    EventGate._gated = lambda self, raw: None
    try:
        return [e.event for e in pipe(Article.new(text, lang="en", published="2005-02-02")).events]
    finally:
        EventGate._gated = orig


DROPPED = [
    # a yes/no question put to someone: the act is asked about
    ("Mr Blair was asked whether Britain would support the Iraqi government.", "SUPPORT"),
    # an act on nobody in particular
    ("The government wants to recruit 25,000 people who can't arrest anyone, Tory spokesman David Davis said.", "COERCE"),
    # a text or a plan as the subject
    ("The Serious Organised Crime and Police Bill proposes extra powers to search suspects.", "AGREE"),
    # receiving a thing, not a visitor
    ("Britain contributed more and received less than other EU states, Foreign Secretary Jack Straw said.", "CONSULT"),
]

KEPT = [
    ("Mr Blair was asked why Britain supported the Iraqi government.", "SUPPORT"),
    ("Police in London arrested two men on Monday.", "COERCE"),
    ("Prime Minister Tony Blair proposed extra powers to search suspects.", "AGREE"),
    ("Russian President Vladimir Putin received Chinese President Hu Jintao in Moscow.", "CONSULT"),
]


@pytest.mark.parametrize("text,cat", DROPPED)
def test_descriptions_are_dropped_by_the_gate(pipe, text, cat):
    assert cat in _piped(pipe, text, gate=False), "the coder no longer reads this sentence: the test shows nothing"
    assert cat not in _piped(pipe, text), text


@pytest.mark.parametrize("text,cat", KEPT)
def test_look_alike_acts_are_kept(pipe, text, cat):
    assert cat in _piped(pipe, text), text


def test_moving_an_amendment_is_no_mobilisation():
    assert "MOBILIZE" not in cats("The Tories plan to move an amendment to the Police Bill next week.")


# ------------------------------------------------------------------ categories by construction

def test_a_trial_is_an_accusation_by_a_court():
    got = [summary(e) for e in events_of("Mr Khodorkovsky is on trial in Russia for fraud and tax evasion.")]
    assert ("ACCUSE", "RUSJUD", "RUSBUS", "asserted") in got or any(
        g[0] == "ACCUSE" and g[2] == "RUSBUS" and (g[1] or "").endswith("JUD") for g in got), got


def test_standing_trial_in_future_is_a_future_accusation():
    got = [summary(e) for e in events_of("Mr Khodorkovsky will stand trial in Russia for fraud.")]
    assert any(g[0] == "ACCUSE" and g[2] == "RUSBUS" and g[3] == "future" for g in got), got


def test_a_fine_by_a_court_is_a_sanction():
    got = [summary(e) for e in events_of("The High Court fined Riggs Bank $16m.")]
    assert ("SANCTION", "GBRJUD", "USABUS", "asserted") in got, got


def test_being_ordered_to_pay_a_fine_is_a_sanction_not_a_request():
    got = [summary(e) for e in events_of("Riggs Bank was ordered to pay a fine of $16m.")]
    assert any(g[0] == "SANCTION" and g[2] == "USABUS" for g in got), got
    assert not any(g[0] == "REQUEST" for g in got), got


def test_a_ruling_against_a_party_is_a_sanction():
    got = [summary(e) for e in events_of("The High Court ruled against Tony Blair.")]
    assert ("SANCTION", "GBRJUD", "GBRGOV", "asserted") in got, got


def test_finding_a_party_abhorrent_is_an_accusation():
    got = [summary(e) for e in events_of('Mr Howard said he found the BNP\'s policies "abhorrent".')]
    assert any(g[0] == "ACCUSE" and g[1] == "GBROPP" and g[2] == "GBRPTY" for g in got), got


def test_finding_things_is_no_accusation():
    assert "ACCUSE" not in cats("Police in Russia found Mr Khodorkovsky's car abandoned.")


def test_wanting_an_act_of_a_party_is_a_request():
    got = [summary(e) for e in events_of("The Tories say they want the publication of the full legal advice.")]
    assert any(g[0] == "REQUEST" and g[1] == "GBROPP" for g in got), got


def test_wanting_a_thing_is_no_request():
    assert "REQUEST" not in cats("Iran wants nuclear weapons and a bigger share of the oil market.")
