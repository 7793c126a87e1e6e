"""Session 15 (events-en6): English quantifiers floating off their subject ("have both criticised") and denials whose
content is a clause or a gerund ("denied that ...", "denied being ..."). Found on the English dev tune half and BBC
articles outside gold/dev (docs/events.md, "Session 15 (events-en6)"). Hand-made records with the codes an actors
stage gives; the cases marked as new fail on main, the look-alikes guard the rules."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kabar.stages.events import EventStage

sys.path.insert(0, str(Path(__file__).parent))  # handmade, also under --import-mode=importlib
from handmade import handmade_record  # noqa: E402

ENTS = {
    "United Nations": ("ORG", "IGOUNO", ["United Nations", "UN"]),
    "United States": ("GPE", "USA", ["United States", "US"]),
    "Malaysia": ("GPE", "MYS", ["Malaysia"]),
    "Israel": ("GPE", "ISR", ["Israel"]),
    "Britain": ("GPE", "GBR", ["Britain"]),
    "France": ("GPE", "FRA", ["France"]),
    "Russia": ("GPE", "RUS", ["Russia"]),
    "Ukraine": ("GPE", "UKR", ["Ukraine"]),
    "Gordon Brown": ("PER", "GBRGOV", ["Gordon Brown", "Mr Brown"]),
    "Michael Howard": ("PER", "GBROPP", ["Michael Howard", "Mr Howard"]),
    "Peter Goldsmith": ("PER", "GBRGOV", ["Lord Goldsmith"]),
}


def events_of(text, ents=ENTS, published="2005-02-02"):
    return EventStage()(handmade_record(text, ents, published=published)).events


def summary(e):
    return (e.event, "+".join(a.code for a in e.actor) or None, "+".join(r.code for r in e.recipient) or None)


# ------------------------------------------------------------------ floating quantifiers

@pytest.mark.parametrize("text,want", [
    # new: the quantifier was read as a determiner, so the verb became a noun (no event) or the subject was cut
    ("The United Nations and the United States have both criticised Malaysia.",
     [("ACCUSE", "IGOUNO", "MYS"), ("ACCUSE", "USA", "MYS")]),
    ("Britain and France both condemned Russia.", [("ACCUSE", "GBR", "RUS"), ("ACCUSE", "FRA", "RUS")]),
    ("Britain and France have all condemned Israel.", [("ACCUSE", "GBR", "ISR"), ("ACCUSE", "FRA", "ISR")]),
    # guard: no quantifier, the same events
    ("Britain and France have condemned Russia.", [("ACCUSE", "GBR", "RUS"), ("ACCUSE", "FRA", "RUS")]),
])
def test_floating_quantifier_is_no_determiner(text, want):
    got = [summary(e) for e in events_of(text)]
    for w in want:
        assert w in got, got


@pytest.mark.parametrize("text,absent", [
    # a quantifier before a noun still makes the noun a noun: "condemned both attacks" is one ACCUSE, no ASSAULT
    ("Britain condemned both attacks on Israel.", "ASSAULT"),
    # "all the" is a determiner pair after an auxiliary: the noun stays a noun
    ("Russia has all the arms it needs to strike.", "ASSAULT"),
])
def test_quantifier_before_a_noun_stays_a_determiner(text, absent):
    assert absent not in [e.event for e in events_of(text)]


def test_quantifier_after_to_stays():
    # "to" is an auxiliary of the pack but here a preposition: "agrees to all demands" is a concession (PLOVER proxy)
    assert "CONCEDE" in [e.event for e in events_of("Russia agrees to all demands of Ukraine.")]


# ------------------------------------------------------------------ denials of a clause or a gerund

@pytest.mark.parametrize("text,want", [
    ("Gordon Brown also denied that he was increasing taxes to fund his spending gap.", ("REJECT", "GBRGOV", None)),
    ("Michael Howard denied he had been playing politics.", ("REJECT", "GBROPP", None)),
    ('Lord Goldsmith has denied being "leaned on" by Downing Street.', ("REJECT", "GBRGOV", None)),
    ("Russia has denied any wrongdoing.", ("REJECT", "RUS", None)),
    ("Russia denies there was any attack.", ("REJECT", "RUS", None)),
    # a bare content clause: a short noun phrase, then a finite verb
    ("Gordon Brown denied their role was changing.", ("REJECT", "GBRGOV", None)),
    ("Gordon Brown denied the party was trying to hide its leader.", ("REJECT", "GBRGOV", None)),
])
def test_denial_of_a_clause_is_a_rejection(text, want):
    got = [summary(e) for e in events_of(text)]
    assert want in got, got


def test_denial_of_allegations_keeps_its_reading():
    # the earlier object reading ("denied the allegations") is unchanged
    assert ("REJECT", "RUS", None) in [summary(e) for e in events_of("Russia has denied the allegations.")]


@pytest.mark.parametrize("text", [
    "Britain denied them access to the files.",  # an object pronoun: a refusal to grant, not a denial of a claim
    "Gordon Brown said the claims were denied.",  # a passive with no agent
    "Russia denied the report on Monday.",  # an object with no verb after it is no content clause
])
def test_other_uses_of_deny_are_not_the_clause_denial(text):
    assert "REJECT" not in [e.event for e in events_of(text)]


def test_the_content_clause_keeps_its_cut():
    # the complementizer joins the trigger ("denied that") but the content stays its own clause: the denier is not
    # made the subject of a second act in the content, and the denial is the one event coded for it
    got = [summary(e) for e in events_of("Gordon Brown denied that Britain had attacked Russia.")]
    assert any(g[0] == "REJECT" and g[1] == "GBRGOV" for g in got), got
    assert not any(g[0] == "ASSAULT" and g[1] == "GBRGOV" for g in got), got


@pytest.mark.parametrize("text", [
    "Russia denied that it had attacked Ukraine.",
    "Russia denied Ukraine had been attacked.",
    "Gordon Brown denied the Conservatives were right.",
])
def test_parties_of_the_denied_claim_are_no_recipient(text):
    # the claim denied is the accuser's; the parties named in it are not the ones the denial is aimed at
    got = [summary(e) for e in events_of(text, ents={**ENTS, "Conservatives": ("ORG", "GBROPP", ["Conservatives"])})]
    rejects = [g for g in got if g[0] == "REJECT"]
    assert rejects and all(g[2] is None for g in rejects), got


# ------------------------------------------------------------------ the claim a denial answers

ENTS_CLAIM = {
    **ENTS,
    "Police Federation": ("ORG", "GBRCOP", ["Police Federation"]),
    "Community Support Officers": ("ORG", "GBR", ["Community Support Officers", "CSOs"]),
    "Hazel Blears": ("PER", "GBRGOV", ["Hazel Blears", "Ms Blears"]),
}


@pytest.mark.parametrize("text,want", [
    # the last claim against the denier herself
    ("The Police Federation has accused Hazel Blears of misleading MPs. Ms Blears denied she had misled anyone.",
     ("REJECT", "GBRGOV", "GBRCOP")),
    # else the last claim against the denier's country (the dev tune article's construction)
    ("The Police Federation strongly opposes giving Community Support Officers more powers. "
     "Ms Blears denied their role was changing.", ("REJECT", "GBRGOV", "GBRCOP")),
])
def test_denial_answers_the_last_claim_against_the_denier(text, want):
    got = [summary(e) for e in events_of(text, ents=ENTS_CLAIM, published="2004-12-23")]
    assert want in got, got


def test_denial_with_no_earlier_claim_has_no_recipient():
    got = [summary(e) for e in events_of("Ms Blears denied their role was changing. The Police Federation has "
                                         "accused Hazel Blears of misleading MPs.", ents=ENTS_CLAIM)]
    assert ("REJECT", "GBRGOV", None) in got, got


def test_the_deniers_own_claims_are_not_answered():
    got = [summary(e) for e in events_of("Hazel Blears has accused the Police Federation of scaremongering. "
                                         "Ms Blears denied their role was changing.", ents=ENTS_CLAIM)]
    assert ("REJECT", "GBRGOV", None) in got, got


def test_the_denial_codes_but_the_subjectless_criticism_stays_out():
    # a table row of session 8 (needs_actor) had no event at all here; the denial is now coded, the criticism "faced"
    # by nobody found still is not
    import kabar

    events = kabar.extract("Labour's election chief denied there was a plot after facing criticism for letting the "
                           "Tories set the agenda.", has_title=False, lang="en").events
    assert [e.event for e in events] == ["REJECT"], [(e.event, e.event_text) for e in events]


def test_the_denial_keeps_the_gerund_after_for_no_act():
    # a table row of session 9 (gerund_openers) had no event at all here: the denial is now coded, "for invading
    # Iraq" is still a gerund, no ASSAULT
    import kabar

    events = kabar.extract("The attorney general has again denied being leant on by Downing Street to make the legal "
                           "case for invading Iraq.", has_title=False, lang="en").events
    assert [e.event for e in events] == ["REJECT"], [(e.event, e.event_text) for e in events]
