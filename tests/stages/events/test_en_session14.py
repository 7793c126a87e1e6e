"""Session 14 (events-en5): English praise phrases, retorts and public objections (pack triggers), and two
descriptions that are no act (gate): a difficulty "struggled with" a thing, a bare "agreed" siding with a view.
Found on the English dev tune half and unlabelled BBC business/tech articles (docs/events.md, "Session 14
(events-en5)"). Hand-made records with the codes an actors stage gives; each test fails without its change."""

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
    "Tony Blair": ("PER", "GBRGOV", ["Tony Blair", "Mr Blair"]),
    "Gordon Brown": ("PER", "GBRGOV", ["Gordon Brown", "Mr Brown"]),
    "George Bush": ("PER", "USAGOV", ["George Bush", "Mr Bush"]),
    "John Kerry": ("PER", "USAOPP", ["John Kerry"]),
    "Germany": ("GPE", "DEU", ["Germany"]),
    "United States": ("GPE", "USA", ["US", "United States"]),
    "Russia": ("GPE", "RUS", ["Russia"]),
    "Britain": ("GPE", "GBR", ["Britain"]),
    "France": ("GPE", "FRA", ["France"]),
    "Valentine": ("PER", "ARGBUS", ["Drayton Valentine", "Mr Valentine"]),
}


def events_of(text, ents=ENTS, published="2005-02-02"):
    return EventStage()(handmade_record(text, ents, published=published)).events


def summary(e):
    return (e.event, (e.actor[0].code or None) if e.actor else None,
            (e.recipient[0].code or None) if e.recipient else None, e.modality)


def cats(text, **kw):
    return [e.event for e in events_of(text, **kw)]


def _ungated(text):
    orig = EventGate._gated
    EventGate._gated = lambda self, raw: None
    try:
        return cats(text)
    finally:
        EventGate._gated = orig


# ------------------------------------------------------------------ praise and criticism in set phrases

@pytest.mark.parametrize("text,want", [
    ("Mr Blair also paid tribute to John Kerry's campaign.", ("SUPPORT", "GBRGOV", "USAOPP")),
    ("Gordon Brown pays a warm tribute to George Bush.", ("SUPPORT", "GBRGOV", "USAGOV")),
    ("Michael Howard sent his warmest congratulations to George Bush.", ("SUPPORT", "GBROPP", "USAGOV")),
    ("Gordon Brown hit back at the Conservatives over tax.", ("ACCUSE", "GBRGOV", "GBROPP")),
    ("Germany has spoken out against the US plan.", ("ACCUSE", "DEU", "USA")),
])
def test_set_phrases_of_praise_and_criticism(text, want):
    got = [summary(e)[:3] for e in events_of(text)]
    assert want in got, got


def test_a_tribute_to_nobody_named_is_no_support():
    # SUPPORT needs the party supported: a tribute "to the victims' courage" names none
    assert "SUPPORT" not in cats("Mr Blair paid tribute to the courage of the firefighters.")


# ------------------------------------------------------------------ a difficulty is no fight

@pytest.mark.parametrize("text", [
    "The United States is struggling with a ballooning trade deficit.",
    "Russia has been grappling with losses in its oil business.",
])
def test_struggling_with_a_thing_is_no_assault(text):
    assert "ASSAULT" in _ungated(text), "the coder no longer reads this sentence: the test shows nothing"
    assert "ASSAULT" not in cats(text), text


def test_struggling_with_a_party_stays_a_fight():
    got = [summary(e)[:3] for e in events_of("Russia struggled with Germany for control of the town.")]
    assert ("ASSAULT", "RUS", "DEU") in got, got


# ------------------------------------------------------------------ a bare "agreed" sides with a view

@pytest.mark.parametrize("text", [
    "Mr Valentine, who was born in the United States but grew up in Russia, agreed.",
    'Mr Valentine agreed: "It is a good plan."',
])
def test_a_bare_agreement_is_an_opinion(text):
    assert "AGREE" in _ungated(text), "the coder no longer reads this sentence: the test shows nothing"
    assert "AGREE" not in cats(text), text


@pytest.mark.parametrize("text", [
    "Britain and France agreed.",  # two parties agreeing with each other: a deal
    "Russia agreed to hold talks with Germany.",
])
def test_agreements_made_stay(text):
    assert "AGREE" in cats(text), text


# ------------------------------------------------------------------ blaming a market force

@pytest.mark.parametrize("text", [
    "The United States has blamed record fuel prices for its disappointing results.",
    "Germany blamed the strength of the euro for the fall in exports.",
    "Russia blamed a weaker dollar for the drop.",
])
def test_blaming_a_market_force_accuses_nobody(text):
    assert "ACCUSE" in _ungated(text), "the coder no longer reads this sentence: the test shows nothing"
    assert "ACCUSE" not in cats(text), text


def test_blaming_a_party_stays_an_accusation():
    got = [summary(e)[:3] for e in events_of("Germany blamed the United States for the sharp rise in the value of the euro.")]
    assert ("ACCUSE", "DEU", "USA") in got, got



# ------------------------------------------------------------------ a team's captain holds no office

@pytest.fixture(scope="module")
def pipe():
    from kabar.pipeline import default_pipeline

    return default_pipeline()


def _coded(pipe, text):
    from kabar.record import Article

    r = pipe(Article.new(text, lang="en", published="2005-02-02"))
    return [(e.event, e.actor[0].code if e.actor else None) for e in r.events]


SPORT = ("Smith ready for Wales\n\nEngland captain Mike Smith has warned Wales will be their most fearsome opponents yet. "
         "The striker scored two goals in the match on Saturday and the coach praised the midfielder and the goalkeeper. "
         "England play Wales at Twickenham in the Six Nations next month, and the match is a sell-out.")
NEWS = ("Smith warns Iraq\n\nCaptain Mike Smith has warned Iraq that British troops will not leave Basra. The British "
        "government sent more troops to Iraq on Saturday, the Ministry of Defence in London said.")


def test_a_sport_captain_is_no_military_party(pipe):
    # main coded "England captain Mike Smith has warned Wales ..." THREATEN GBRMIL: the title gave a military role,
    # which kept the event in a sport article
    assert not any(code and code.endswith("MIL") for _, code in _coded(pipe, SPORT)), _coded(pipe, SPORT)


def test_a_captain_outside_sport_keeps_the_military_role(pipe):
    assert ("THREATEN", "GBRMIL") in _coded(pipe, NEWS), _coded(pipe, NEWS)


@pytest.mark.parametrize("text", [
    "Germany blamed the United States for currency manipulation.",
    "Germany brings official complaint against Russia for currency manipulation.",
])
def test_a_charge_after_a_party_keeps_the_accusation(text):
    # the metaphor test reads past "for": only "blame" forms with no party blamed are asked it
    assert "ACCUSE" in cats(text), text
