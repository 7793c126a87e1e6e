"""Session 12 (events-en3): classes found on the new BBC articles of the English dev tune half and confirmed on
unlabelled BBC politics articles (event_census.py slices); one test per class, on hand-made records with the codes
an actors stage gives British parties, each failing without its change."""

from __future__ import annotations

import sys
from pathlib import Path

from kabar.stages.events import EventStage

sys.path.insert(0, str(Path(__file__).parent))  # handmade, also under --import-mode=importlib
from handmade import handmade_record  # noqa: E402

ENTS = {
    "Liberal Democrats": ("ORG", "GBROPP", ["Liberal Democrats", "Lib Dems"]),
    "Conservatives": ("ORG", "GBROPP", ["Conservatives", "Tories"]),
    "Labour": ("ORG", "GBRPTY", ["Labour"]),
    "Tony Blair": ("PER", "GBRGOV", ["Tony Blair", "Mr Blair"]),
    "Charles Clarke": ("PER", "GBRGOV", ["Charles Clarke", "Mr Clarke"]),
    "Digby Jones": ("PER", "GBRBUS", ["Digby Jones"]),
    "Gordon Brown": ("PER", "GBRGOV", ["Gordon Brown", "Mr Brown"]),
    "United Kingdom": ("GPE", "GBR", ["UK", "Britain"]),
    "London": ("GPE", "GBR", ["London"]),
    "Iran": ("GPE", "IRN", ["Iran"]),
    "Israel": ("GPE", "ISR", ["Israel"]),
}


def events_of(text, ents=ENTS):
    return EventStage()(handmade_record(text, ents, published="2005-02-02")).events


def summary(e):
    return (e.event, (e.actor[0].code or "") if e.actor else None,
            (e.recipient[0].code or None) if e.recipient else None)


def test_opposing_a_plan_is_a_refusal():
    got = [summary(e) for e in events_of("The Lib Dems also oppose the proposals.")]
    assert ("REJECT", "GBROPP", "GBRGOV") in got, got
    assert not any(ev == "ACCUSE" for ev, _, _ in got), got


def test_foreign_role_nouns_are_not_of_the_home_country():
    got = [summary(e) for e in events_of("The UK government said it would act. Police arrested foreign terror suspects "
                                         "in London. Britain is divided.")]
    coerce = [g for g in got if g[0] == "COERCE"]
    assert coerce and all(r is None or not r.startswith("GBR") for _, _, r in coerce), got


def test_home_role_nouns_keep_the_home_country():
    got = [summary(e) for e in events_of("The UK government said it would act. Police arrested terror suspects "
                                         "in London. Britain is divided.")]
    assert ("COERCE", "GBRCOP", "GBRCRM") in got, got


def test_appealing_to_no_party_is_no_request():
    got = [summary(e) for e in events_of("Mr Blair said the Tories appealed to the same voting instincts.")]
    assert not any(ev == "REQUEST" for ev, _, _ in got), got


def test_a_warning_against_an_act_is_a_request():
    got = [summary(e) for e in events_of('The Liberal Democrats have warned Labour and the Tories against "pandering '
                                         'to prejudice".')]
    assert any(ev == "REQUEST" and a == "GBROPP" for ev, a, _ in got), got
    assert not any(ev == "THREATEN" for ev, _, _ in got), got


def test_a_threat_of_action_against_stays_a_threat():
    got = [summary(e) for e in events_of("Iran threatened military action against Israel.")]
    assert ("THREATEN", "IRN", "ISR") in got, got
