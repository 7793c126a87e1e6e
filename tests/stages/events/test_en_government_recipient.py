"""Opposition at home is aimed at the government (finish._government_recipient, [government_recipient] of
lang/en/events.toml) and a party's own conditional refusal is a threat (finish._conditional_threat, [declared]
conditional_*), on hand-made records with the codes an actors stage gives British parties. Sentences written for
this file after the constructions of the BBC politics census."""

from __future__ import annotations

import sys
from pathlib import Path

from kabar.stages.events import EventStage

sys.path.insert(0, str(Path(__file__).parent))  # handmade, also under --import-mode=importlib
from handmade import handmade_record  # noqa: E402

ENTS = {
    "Liberal Democrats": ("ORG", "GBROPP", ["Liberal Democrats", "Lib Dems"]),
    "Conservatives": ("ORG", "GBROPP", ["Conservatives", "Tories"]),
    "Cabinet Office": ("ORG", "GBRGOV", ["Cabinet Office"]),
    "Tony Blair": ("PER", "GBRGOV", ["Tony Blair", "Mr Blair"]),
    "Michael Howard": ("PER", "GBROPP", ["Michael Howard", "Mr Howard"]),
    "France": ("GPE", "FRA", ["France"]),
    "European Union": ("ORG", "IGOEUR", ["European Union"]),
}


def events_of(text, quotes=()):
    return EventStage()(handmade_record(text, ENTS, quotes=quotes, published="2005-02-01")).events


def summary(e):
    return (e.event, (e.actor[0].code or "")[:6] if e.actor else None,
            (e.recipient[0].code or "")[:6] if e.recipient else None, e.modality)


def test_opposing_the_plans_is_aimed_at_the_government():
    got = [summary(e) for e in events_of("The Lib Dems also oppose the plans.")]
    assert ("REJECT", "GBROPP", "GBRGOV", "asserted") in got, got  # opposing is refusing (session 12)


def test_a_government_named_in_another_clause_is_the_recipient():
    """No policy object: the sentence names the government party the opposition answers."""
    events = events_of("The Cabinet Office has confirmed a review of pensions, and the Tories have complained.")
    got = [(e.event, e.recipient[0].name if e.recipient else None, e.recipient[0].code if e.recipient else None)
           for e in events]
    assert ("ACCUSE", "Cabinet Office", "GBRGOV") in got, got


def test_the_government_is_not_its_own_recipient():
    got = [summary(e) for e in events_of("Tony Blair has called for urgent action on poverty.")]
    assert ("REQUEST", "GBRGOV", None, "asserted") in got, got


def test_a_government_subject_of_the_same_clause_is_no_recipient():
    """'Mr Howard pointed to how Tony Blair had in 1997 complained': Blair complained; whoever the chunk rules
    took as the actor, Blair is not the one complained about."""
    events = events_of("Michael Howard pointed to how Tony Blair had in 1997 complained about abusive campaigning.")
    assert not any(x.code == "GBRGOV" for e in events for x in e.recipient), [summary(e) for e in events]


def test_a_foreign_party_gets_no_government_of_its_own_from_a_british_sentence():
    """The implied government is the actor's country's: France opposing the plans is not aimed at London."""
    events = events_of("France also opposes the plans of the Cabinet Office.")
    assert not any((x.code or "").startswith("FRA") for e in events for x in e.recipient), [summary(e) for e in events]


def test_a_conditional_refusal_is_a_threat_and_an_unconditional_one_is_not():
    got = [summary(e) for e in events_of("The Tories will vote against the bill unless changes are agreed.")]
    assert ("THREATEN", "GBROPP", "GBRGOV", "asserted") in got, got
    got = [summary(e) for e in events_of("The Tories will vote against the bill.")]
    assert ("REJECT", "GBROPP", "GBRGOV", "future") in got, got


def test_an_international_body_has_no_government_of_its_own():
    events = events_of("The European Union also opposes the plans, ministers said.")
    assert not any((x.code or "").startswith("IGO") for e in events for x in e.recipient), [summary(e) for e in events]
