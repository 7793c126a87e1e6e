"""English event constructions (issue 13), each a general construction of news English, on hand-made
records: entities placed by string search with the codes an actors stage would give (``None`` where
it gives none), so the events stage is tested alone. Sentences are written for this file.

An expected event is (category, actor prefix, recipient prefix, modality); actor and recipient
compare the first three letters of the first code, ``None`` = no party (or no code).

The blocks after these (one per corpus the classes were found on: British parties and offices, courts, praise and
blame, floating quantifiers and denials, US elections) bring their own entity table with the full codes an actors stage
gives there, and their own reader of it; within a block the cases are grouped by construction, a comment each, the
block's note saying where they came from. They were the session files test_en_session12.py ... test_en_session16.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kabar.stages.events import EventStage
from kabar.stages.events.gate import EventGate

sys.path.insert(0, str(Path(__file__).parent))  # handmade, also under --import-mode=importlib
from handmade import handmade_record  # noqa: E402

# name -> (type, actor code, surface forms)
ENTS = {
    "North Korea": ("GPE", "PRK", ["North Korea", "Pyongyang"]),
    "South Korea": ("GPE", "KOR", ["South Korea", "Seoul"]),
    "Russia": ("GPE", "RUS", ["Russia", "Moscow"]),
    "Ukraine": ("GPE", "UKR", ["Ukraine", "Kyiv"]),
    "Israel": ("GPE", "ISR", ["Israel"]),
    "Iran": ("GPE", "IRN", ["Iran", "Tehran"]),
    "Home Office": ("ORG", "GBRGOV", ["Home Office"]),
    "Cabinet Office": ("ORG", "GBRGOV", ["Cabinet Office"]),
    "Lagos State Police": ("ORG", "NGACOP", ["Lagos State Police"]),
    "Amnesty International": ("ORG", "NGO", ["Amnesty International"]),
    # places and people an actors stage leaves uncoded
    "Los Angeles": ("GPE", None, ["Los Angeles"]),
    "California": ("GPE", None, ["California"]),
    "John Miller": ("PER", None, ["John Miller", "Miller"]),
    "Jeff Rathke": ("PER", None, ["Jeff Rathke", "Rathke"]),
    "State Department": ("ORG", "USAGOV", ["State Department"]),
    "Thailand": ("GPE", "THA", ["Thailand"]),
    "John Kerry": ("PER", "USAGOV", ["John Kerry", "Kerry"]),
}


def record(text, *, quotes=(), published="2024-01-05"):
    return handmade_record(text, ENTS, quotes=quotes, published=published)


def events_of(text, **kw):
    return EventStage()(record(text, **kw)).events


def summary(e):
    a = e.actor[0].code[:3] if e.actor and e.actor[0].code else None
    r = e.recipient[0].code[:3] if e.recipient and e.recipient[0].code else None
    return (e.event, a, r, e.modality)


def test_subnational_places_give_the_home_country_of_uncoded_people():
    """A story set in Los Angeles and California is a US story: police and an uncoded suspect are American."""
    text = ("Police in Los Angeles arrested John Miller on Monday. "
            "Miller, who lives in California, was charged with theft, a court in Los Angeles said.")
    got = [summary(e) for e in events_of(text)]
    assert ("COERCE", "USA", "USA", "asserted") in got, got


def test_a_party_announcing_its_own_attack_is_threatening():
    """Reported speech: the speaker states its own future use of force (PLOVER THREATEN, asserted now)."""
    text = "Iran said it would strike Israel if the sanctions stayed."
    got = [summary(e) for e in events_of(text, quotes=[("Iran", "it would strike Israel if the sanctions stayed")])]
    assert ("THREATEN", "IRN", "ISR", "asserted") in got, got
    assert not any(g[0] == "ASSAULT" for g in got), got


def test_someone_elses_forecast_of_an_attack_stays_a_future_attack():
    text = "Russia will attack Ukraine, Israel warned."
    got = [summary(e) for e in events_of(text, quotes=[("Israel", "Russia will attack Ukraine")])]
    assert ("ASSAULT", "RUS", "UKR", "future") in got, got
    assert not any(g[0] == "THREATEN" for g in got), got


def test_a_verb_after_would_is_not_the_noun_of_a_cameo_pattern():
    """'stated it would attack X': the statement verb is not an announced attack (PETRARCH's 'announce ... attack')."""
    text = "North Korea stated it would attack South Korea."
    events = events_of(text, quotes=[("North Korea", "it would attack South Korea")])
    assert [e.event_text for e in events] == ["attack"], [(e.event, e.event_text) for e in events]


def test_an_agentless_passive_in_an_offices_words_is_its_own_act():
    """'The Cabinet Office said unions will be consulted': the speaking office consults ([speaker_agent])."""
    text = "Unions will of course be consulted about any changes, the Cabinet Office said."
    got = [summary(e) for e in events_of(text, quotes=[("Cabinet Office", "Unions will of course be consulted about any changes")])]
    assert ("CONSULT", "GBR", None, "future") in got or any(g[:2] == ("CONSULT", "GBR") for g in got), got


def test_an_ngo_speaker_is_not_the_agent_of_a_passive():
    """Amnesty reporting arrests did not arrest anyone: only offices of state speak for their own acts."""
    text = "Lagos State Police were consulted about the march, Amnesty International said."
    got = [summary(e) for e in events_of(text, quotes=[("Amnesty International", "Lagos State Police were consulted about the march")])]
    assert not any(g[1] == "NGO" for g in got), got


def _parsed(text, **kw):
    from kabar.stages.syntax import SyntaxStage

    r = record(text, **kw)
    SyntaxStage(eager=True, all_sentences=True)(r)
    return EventStage()(r).events


def test_the_party_before_a_reporting_verb_is_not_the_subject_of_the_reported_clause():
    """'Amnesty International said Lagos State Police attacked protesters': the parse gives 'attacked' its
    own subject, so the speaker is neither its actor nor (passive) its recipient."""
    got = [summary(e) for e in _parsed("Amnesty International said Lagos State Police arrested protesters.")]
    assert ("COERCE", "NGA", None, "asserted") in got, got
    got = [summary(e) for e in _parsed("Amnesty International said protesters were arrested by Lagos State Police.")]
    assert not any(g[2] == "NGO" for g in got), got


def test_an_uncoded_spokesperson_takes_the_code_of_the_body_named_in_apposition():
    """'Jeff Rathke, the State Department spokesperson, asked ...': the person speaks for a coded body."""
    text = "Jeff Rathke, the State Department spokesperson, asked Thailand to open its ports."
    got = [summary(e) for e in events_of(text)]
    assert ("REQUEST", "USA", "THA", "asserted") in got, got


def test_a_relative_clause_after_a_name_is_no_affiliation():
    text = "Jeff Rathke, who criticised the State Department, asked Thailand to open its ports."
    got = [summary(e) for e in events_of(text)]
    assert not any(g[0] == "REQUEST" and g[1] == "USA" for g in got), got


def test_contacting_a_party_is_consulting_it():
    got = [summary(e) for e in events_of("John Kerry contacted Thailand on Monday.")]
    assert ("CONSULT", "USA", "THA", "asserted") in got, got


def test_release_on_bail_is_a_release():
    """Bail, parole and custody mark the one freed as a captive (RETREAT release); a film released on a
    day is no event."""
    text = "Police in Los Angeles arrested John Miller. Miller, who lives in California, was released on $20,000 bail on Thursday."
    got = [summary(e) for e in events_of(text)]
    assert ("RETREAT", "USA", "USA", "asserted") in got, got
    assert not [summary(e) for e in events_of("The film was released on Friday in Los Angeles, Thailand said.")]


def test_the_name_before_an_apposition_is_the_subject_after_it():
    """'X said John Kerry, the Secretary of State, contacted Y': Kerry contacted, not the reporting body."""
    text = "The State Department said John Kerry, the Secretary of State, contacted Thailand on Monday."
    got = [summary(e) for e in events_of(text, quotes=[("State Department", "John Kerry, the Secretary of State, contacted Thailand on Monday")])]
    assert ("CONSULT", "USA", "THA", "asserted") in got, got
    ev = next(e for e in events_of(text) if e.event == "CONSULT")
    assert ev.actor[0].name == "John Kerry"


def test_refugees_named_without_a_country_are_not_the_home_countrys():
    """In a US story, 'asylum seekers' rescued by US police are not coded as Americans (no_home_roles REF)."""
    text = "Police in Los Angeles rescued 70 asylum seekers on Monday. The rescue in California was praised."
    evs = [e for e in events_of(text) if e.event == "AID"]
    assert evs and evs[0].actor[0].code.startswith("USA"), [summary(e) for e in evs]
    assert not any(r.code and r.code.startswith("USA") for e in evs for r in e.recipient), [summary(e) for e in evs]


def test_a_past_tense_verb_after_a_purpose_clause_is_a_main_predicate():
    """'... built a wall to protect pilgrims, installed cameras and placed 6,000 troops in the area':
    the placing is the main clause's act, not more of the purpose (which the matrix event absorbs)."""
    text = "Israel built a wall to protect pilgrims, installed cameras and placed 6,000 troops in the area."
    got = [summary(e) for e in events_of(text)]
    assert any(g[:2] == ("MOBILIZE", "ISR") for g in got), got


def test_the_forces_sent_are_the_means_not_the_recipient():
    got = [summary(e) for e in events_of("Israel deployed 6,000 troops in the area.")]
    assert ("MOBILIZE", "ISR", None, "asserted") in got, got


def test_levels_is_a_noun():
    got = [summary(e) for e in events_of("North Korea and South Korea put their militaries on high levels of alert.")]
    assert not any(g[0] == "ASSAULT" for g in got), got


def test_the_two_countries_are_the_last_two_named():
    """'... between Russia and Ukraine, the two countries have signed ...': one event per country."""
    text = "After months of talks between Russia and Ukraine, the two countries have signed a deal with Israel."
    got = {summary(e)[:3] for e in events_of(text)}
    assert {("SUPPORT", "RUS", "ISR"), ("SUPPORT", "UKR", "ISR")} <= got, got


def test_an_undated_act_in_the_present_perfect_is_of_the_publication_day():
    evs = events_of("Israel has signed a deal with Iran.", published="2024-01-05")
    assert [e.date for e in evs if e.event == "SUPPORT"] == ["2024-01-05"], [(e.event, e.date) for e in evs]
    evs = events_of("Israel signed a deal with Iran.", published="2024-01-05")
    assert [e.date for e in evs if e.event == "SUPPORT"] == [None], [(e.event, e.date) for e in evs]


def test_being_critical_of_a_party_is_criticism():
    """'X is critical of Y' (also after an apposition: 'X, a rival, is highly critical of Y') = ACCUSE X -> Y."""
    got = [summary(e) for e in events_of("Israel, a close ally, is highly critical of Iran.")]
    assert ("ACCUSE", "ISR", "IRN", "asserted") in got, got
    assert not events_of("The injured man from Israel was in critical condition.")


def test_a_politician_attacking_in_words_is_criticism():
    """A person or a political body that "attacked" someone with no weapon named attacked in words
    (``[[actor_recode]]``); a state attacking keeps ASSAULT."""
    got = [summary(e) for e in events_of("John Kerry attacked Iran again on Monday.")]
    assert ("ACCUSE", "USA", "IRN", "asserted") in got, got
    assert not any(g[0] == "ASSAULT" for g in got), got
    got = [summary(e) for e in events_of("Russia attacked Ukraine on Monday.")]
    assert ("ASSAULT", "RUS", "UKR", "asserted") in got, got


def test_an_ability_a_habit_or_a_hypothetical_act_of_nobody_named_is_no_event():
    """'has the power to', 'would normally', 'police could ...' (gate ``_generic``); a hypothetical act of a
    named party is still coded, and so is the same act asserted."""
    for text in ("The Home Office has the power to arrest the two men.",
                 "The Home Office would normally invite Iran to the talks.",
                 "Police could arrest protesters if they block the road in Kyiv."):
        assert not events_of(text), (text, [summary(e) for e in events_of(text)])
    got = [summary(e) for e in events_of("Police arrested protesters who blocked the road in Kyiv.")]
    assert any(g[0] == "COERCE" for g in got), got
    got = [summary(e) for e in events_of("Russia could attack Ukraine in the spring.")]
    assert ("ASSAULT", "RUS", "UKR", "hypothetical") in got, got


def test_a_fought_campaign_is_no_fighting():
    assert not events_of("The Home Office fought a long campaign against the plan in Ukraine.")
    got = [summary(e) for e in events_of("Russia fought Ukraine near the border.")]
    assert any(g[0] == "ASSAULT" for g in got), got


def test_what_a_denied_report_says_is_not_the_recipient():
    """'denied reports it had attacked Ukraine': the report's content names Ukraine, the denial has no
    recipient; the source of the report is one ('rejected claims by Iran')."""
    got = [summary(e) for e in events_of("Russia denied reports it had attacked Ukraine.")]
    assert ("REJECT", "RUS", None, "asserted") in got, got
    got = [summary(e) for e in events_of("Israel rejected claims by Iran that it had attacked Kyiv.")]
    assert ("REJECT", "ISR", "IRN", "asserted") in got, got


def test_light_verbs_code_no_cameo_pattern():
    """'take part in', 'add up', 'lead to' ([cameo_verbs] skip_verbs) are not agreements or concessions."""
    for text in ("Russia will take part in a question and answer session in Kyiv.",
                 "Israel said the sums of Iran do not add up."):
        got = [summary(e) for e in events_of(text)]
        assert not any(g[0] in ("AGREE", "CONCEDE") for g in got), (text, got)


# ====================================================================== British parties and offices (BBC 2005)
# Found on the new BBC articles of the English dev tune half and confirmed on unlabelled BBC politics articles
# (scripts/event_census.py slices; docs/events.md, session 12, events-en3). Hand-made records with the codes an actors
# stage gives British parties; each case failed without its change.

PARTIES_2005 = {
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


def events_parties(text, ents=PARTIES_2005):
    return EventStage()(handmade_record(text, ents, published="2005-02-02")).events


def summary_parties(e):
    return (e.event, (e.actor[0].code or "") if e.actor else None,
            (e.recipient[0].code or None) if e.recipient else None)


# --- opposing a plan is a refusal; role nouns of a foreign or the home country; appeals and warnings

def test_opposing_a_plan_is_a_refusal():
    got = [summary_parties(e) for e in events_parties("The Lib Dems also oppose the proposals.")]
    assert ("REJECT", "GBROPP", "GBRGOV") in got, got
    assert not any(ev == "ACCUSE" for ev, _, _ in got), got


def test_foreign_role_nouns_are_not_of_the_home_country():
    got = [summary_parties(e) for e in events_parties("The UK government said it would act. Police arrested foreign terror suspects "
                                         "in London. Britain is divided.")]
    coerce = [g for g in got if g[0] == "COERCE"]
    assert coerce and all(r is None or not r.startswith("GBR") for _, _, r in coerce), got


def test_home_role_nouns_keep_the_home_country():
    got = [summary_parties(e) for e in events_parties("The UK government said it would act. Police arrested terror suspects "
                                         "in London. Britain is divided.")]
    assert ("COERCE", "GBRCOP", "GBRCRM") in got, got


def test_appealing_to_no_party_is_no_request():
    got = [summary_parties(e) for e in events_parties("Mr Blair said the Tories appealed to the same voting instincts.")]
    assert not any(ev == "REQUEST" for ev, _, _ in got), got


def test_a_warning_against_an_act_is_a_request():
    got = [summary_parties(e) for e in events_parties('The Liberal Democrats have warned Labour and the Tories against "pandering '
                                         'to prejudice".')]
    assert any(ev == "REQUEST" and a == "GBROPP" for ev, a, _ in got), got
    assert not any(ev == "THREATEN" for ev, _, _ in got), got


def test_a_threat_of_action_against_stays_a_threat():
    got = [summary_parties(e) for e in events_parties("Iran threatened military action against Israel.")]
    assert ("THREATEN", "IRN", "ISR") in got, got


# ====================================================================== courts, findings and wants (BBC 2005)
# Found on the English dev tune half and counted on unlabelled BBC articles (docs/events.md, "Session 13: English
# categories", events-en4); each case failed without its change. The gate cases of that round, which run the whole
# pipeline, are in tests/stages/test_event_gate_fp.py.

COURTS_2005 = {
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


def events_courts(text, ents=COURTS_2005, published="2005-02-02"):
    return EventStage()(handmade_record(text, ents, published=published)).events


def summary_courts(e):
    return (e.event, (e.actor[0].code or None) if e.actor else None,
            (e.recipient[0].code or None) if e.recipient else None, e.modality)


def cats_courts(text):
    return [e.event for e in events_courts(text)]


# --- moving an amendment is procedure, no mobilisation

def test_moving_an_amendment_is_no_mobilisation():
    assert "MOBILIZE" not in cats_courts("The Tories plan to move an amendment to the Police Bill next week.")


# --- a court's trial, fine and ruling; finding a party abhorrent; wanting an act of a party

def test_a_trial_is_an_accusation_by_a_court():
    got = [summary_courts(e) for e in events_courts("Mr Khodorkovsky is on trial in Russia for fraud and tax evasion.")]
    assert ("ACCUSE", "RUSJUD", "RUSBUS", "asserted") in got or any(
        g[0] == "ACCUSE" and g[2] == "RUSBUS" and (g[1] or "").endswith("JUD") for g in got), got


def test_standing_trial_in_future_is_a_future_accusation():
    got = [summary_courts(e) for e in events_courts("Mr Khodorkovsky will stand trial in Russia for fraud.")]
    assert any(g[0] == "ACCUSE" and g[2] == "RUSBUS" and g[3] == "future" for g in got), got


def test_a_fine_by_a_court_is_a_sanction():
    got = [summary_courts(e) for e in events_courts("The High Court fined Riggs Bank $16m.")]
    assert ("SANCTION", "GBRJUD", "USABUS", "asserted") in got, got


def test_being_ordered_to_pay_a_fine_is_a_sanction_not_a_request():
    got = [summary_courts(e) for e in events_courts("Riggs Bank was ordered to pay a fine of $16m.")]
    assert any(g[0] == "SANCTION" and g[2] == "USABUS" for g in got), got
    assert not any(g[0] == "REQUEST" for g in got), got


def test_a_ruling_against_a_party_is_a_sanction():
    got = [summary_courts(e) for e in events_courts("The High Court ruled against Tony Blair.")]
    assert ("SANCTION", "GBRJUD", "GBRGOV", "asserted") in got, got


def test_finding_a_party_abhorrent_is_an_accusation():
    got = [summary_courts(e) for e in events_courts('Mr Howard said he found the BNP\'s policies "abhorrent".')]
    assert any(g[0] == "ACCUSE" and g[1] == "GBROPP" and g[2] == "GBRPTY" for g in got), got


def test_finding_things_is_no_accusation():
    assert "ACCUSE" not in cats_courts("Police in Russia found Mr Khodorkovsky's car abandoned.")


def test_wanting_an_act_of_a_party_is_a_request():
    got = [summary_courts(e) for e in events_courts("The Tories say they want the publication of the full legal advice.")]
    assert any(g[0] == "REQUEST" and g[1] == "GBROPP" for g in got), got


def test_wanting_a_thing_is_no_request():
    assert "REQUEST" not in cats_courts("Iran wants nuclear weapons and a bigger share of the oil market.")


# ====================================================================== praise, retorts, difficulties, blame (BBC 2005)
# Found on the English dev tune half and unlabelled BBC business/tech articles (docs/events.md, "Session 14
# (events-en5)"): praise phrases, retorts and public objections (pack triggers), and descriptions that are no act
# (gate): a difficulty "struggled with" a thing, a bare "agreed" siding with a view, blame put on a market force; a
# team's captain. Each case failed without its change; each gate case is also run with the gate off.

PRAISE_2005 = {
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


def events_praise(text, ents=PRAISE_2005, published="2005-02-02"):
    return EventStage()(handmade_record(text, ents, published=published)).events


def summary_praise(e):
    return (e.event, (e.actor[0].code or None) if e.actor else None,
            (e.recipient[0].code or None) if e.recipient else None, e.modality)


def cats_praise(text, **kw):
    return [e.event for e in events_praise(text, **kw)]


def ungated_praise(text):
    orig = EventGate._gated
    EventGate._gated = lambda self, raw: None
    try:
        return cats_praise(text)
    finally:
        EventGate._gated = orig


@pytest.fixture(scope="module")
def pipe():
    from kabar.pipeline import default_pipeline

    return default_pipeline()


# ------------------------------------------------------------------ praise and criticism in set phrases

@pytest.mark.parametrize("text,want", [
    ("Mr Blair also paid tribute to John Kerry's campaign.", ("SUPPORT", "GBRGOV", "USAOPP")),
    ("Gordon Brown pays a warm tribute to George Bush.", ("SUPPORT", "GBRGOV", "USAGOV")),
    ("Michael Howard sent his warmest congratulations to George Bush.", ("SUPPORT", "GBROPP", "USAGOV")),
    ("Gordon Brown hit back at the Conservatives over tax.", ("ACCUSE", "GBRGOV", "GBROPP")),
    ("Germany has spoken out against the US plan.", ("ACCUSE", "DEU", "USA")),
])
def test_set_phrases_of_praise_and_criticism(text, want):
    got = [summary_praise(e)[:3] for e in events_praise(text)]
    assert want in got, got


def test_a_tribute_to_nobody_named_is_no_support():
    # SUPPORT needs the party supported: a tribute "to the victims' courage" names none
    assert "SUPPORT" not in cats_praise("Mr Blair paid tribute to the courage of the firefighters.")


# ------------------------------------------------------------------ a difficulty is no fight

@pytest.mark.parametrize("text", [
    "The United States is struggling with a ballooning trade deficit.",
    "Russia has been grappling with losses in its oil business.",
])
def test_struggling_with_a_thing_is_no_assault(text):
    # Session 24 (events-en24): "struggling with" was an ASSAULT reading of the CAMEO pattern "with|withs" that the gate
    # dropped; a preposition-only pattern now makes no reading at all ([cameo_verbs] weak_groups), so the gate is not
    # needed for it. Either way no ASSAULT may come out.
    assert "ASSAULT" not in cats_praise(text), text


def test_struggling_with_a_party_stays_a_fight():
    got = [summary_praise(e)[:3] for e in events_praise("Russia struggled with Germany for control of the town.")]
    assert ("ASSAULT", "RUS", "DEU") in got, got


# ------------------------------------------------------------------ a bare "agreed" sides with a view

@pytest.mark.parametrize("text", [
    "Mr Valentine, who was born in the United States but grew up in Russia, agreed.",
    'Mr Valentine agreed: "It is a good plan."',
])
def test_a_bare_agreement_is_an_opinion(text):
    assert "AGREE" in ungated_praise(text), "the coder no longer reads this sentence: the test shows nothing"
    assert "AGREE" not in cats_praise(text), text


@pytest.mark.parametrize("text", [
    "Britain and France agreed.",  # two parties agreeing with each other: a deal
    "Russia agreed to hold talks with Germany.",
])
def test_agreements_made_stay(text):
    assert "AGREE" in cats_praise(text), text


# ------------------------------------------------------------------ blaming a market force

@pytest.mark.parametrize("text", [
    "The United States has blamed record fuel prices for its disappointing results.",
    "Germany blamed the strength of the euro for the fall in exports.",
    "Russia blamed a weaker dollar for the drop.",
])
def test_blaming_a_market_force_accuses_nobody(text):
    assert "ACCUSE" in ungated_praise(text), "the coder no longer reads this sentence: the test shows nothing"
    assert "ACCUSE" not in cats_praise(text), text


def test_blaming_a_party_stays_an_accusation():
    got = [summary_praise(e)[:3] for e in events_praise("Germany blamed the United States for the sharp rise in the value of the euro.")]
    assert ("ACCUSE", "DEU", "USA") in got, got


# ------------------------------------------------------------------ a team's captain holds no office

def coded_captain(pipe, text):
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
    assert not any(code and code.endswith("MIL") for _, code in coded_captain(pipe, SPORT)), coded_captain(pipe, SPORT)


def test_a_captain_outside_sport_keeps_the_military_role(pipe):
    assert ("THREATEN", "GBRMIL") in coded_captain(pipe, NEWS), coded_captain(pipe, NEWS)


@pytest.mark.parametrize("text", [
    "Germany blamed the United States for currency manipulation.",
    "Germany brings official complaint against Russia for currency manipulation.",
])
def test_a_charge_after_a_party_keeps_the_accusation(text):
    # the metaphor test reads past "for": only "blame" forms with no party blamed are asked it
    assert "ACCUSE" in cats_praise(text), text


# ====================================================================== floating quantifiers and denials (BBC 2005)
# Found on the English dev tune half and BBC articles outside gold/dev (docs/events.md, "Session 15 (events-en6)"):
# quantifiers floating off their subject ("have both criticised"), denials whose content is a clause or a gerund
# ("denied that ...", "denied being ..."), and the claim a denial answers. The cases marked new failed on main, the
# look-alikes guard the rules.

DENIALS_2005 = {
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


def events_denials(text, ents=DENIALS_2005, published="2005-02-02"):
    return EventStage()(handmade_record(text, ents, published=published)).events


def summary_denials(e):
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
    got = [summary_denials(e) for e in events_denials(text)]
    for w in want:
        assert w in got, got


@pytest.mark.parametrize("text,absent", [
    # a quantifier before a noun still makes the noun a noun: "condemned both attacks" is one ACCUSE, no ASSAULT
    ("Britain condemned both attacks on Israel.", "ASSAULT"),
    # "all the" is a determiner pair after an auxiliary: the noun stays a noun
    ("Russia has all the arms it needs to strike.", "ASSAULT"),
])
def test_quantifier_before_a_noun_stays_a_determiner(text, absent):
    assert absent not in [e.event for e in events_denials(text)]


def test_quantifier_after_to_stays():
    # "to" is an auxiliary of the pack but here a preposition: "agrees to all demands" is a concession (PLOVER proxy)
    assert "CONCEDE" in [e.event for e in events_denials("Russia agrees to all demands of Ukraine.")]


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
    got = [summary_denials(e) for e in events_denials(text)]
    assert want in got, got


def test_denial_of_allegations_keeps_its_reading():
    # the earlier object reading ("denied the allegations") is unchanged
    assert ("REJECT", "RUS", None) in [summary_denials(e) for e in events_denials("Russia has denied the allegations.")]


@pytest.mark.parametrize("text", [
    "Britain denied them access to the files.",  # an object pronoun: a refusal to grant, not a denial of a claim
    "Gordon Brown said the claims were denied.",  # a passive with no agent
    "Russia denied the report on Monday.",  # an object with no verb after it is no content clause
])
def test_other_uses_of_deny_are_not_the_clause_denial(text):
    assert "REJECT" not in [e.event for e in events_denials(text)]


def test_the_content_clause_keeps_its_cut():
    # the complementizer joins the trigger ("denied that") but the content stays its own clause: the denier is not
    # made the subject of a second act in the content, and the denial is the one event coded for it
    got = [summary_denials(e) for e in events_denials("Gordon Brown denied that Britain had attacked Russia.")]
    assert any(g[0] == "REJECT" and g[1] == "GBRGOV" for g in got), got
    assert not any(g[0] == "ASSAULT" and g[1] == "GBRGOV" for g in got), got


@pytest.mark.parametrize("text", [
    "Russia denied that it had attacked Ukraine.",
    "Russia denied Ukraine had been attacked.",
    "Gordon Brown denied the Conservatives were right.",
])
def test_parties_of_the_denied_claim_are_no_recipient(text):
    # the claim denied is the accuser's; the parties named in it are not the ones the denial is aimed at
    got = [summary_denials(e) for e in events_denials(text, ents={**DENIALS_2005, "Conservatives": ("ORG", "GBROPP", ["Conservatives"])})]
    rejects = [g for g in got if g[0] == "REJECT"]
    assert rejects and all(g[2] is None for g in rejects), got


# ------------------------------------------------------------------ the claim a denial answers

CLAIMS_2004 = {
    **DENIALS_2005,
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
    got = [summary_denials(e) for e in events_denials(text, ents=CLAIMS_2004, published="2004-12-23")]
    assert want in got, got


def test_denial_with_no_earlier_claim_has_no_recipient():
    got = [summary_denials(e) for e in events_denials("Ms Blears denied their role was changing. The Police Federation has "
                                         "accused Hazel Blears of misleading MPs.", ents=CLAIMS_2004)]
    assert ("REJECT", "GBRGOV", None) in got, got


def test_the_deniers_own_claims_are_not_answered():
    got = [summary_denials(e) for e in events_denials("Hazel Blears has accused the Police Federation of scaremongering. "
                                         "Ms Blears denied their role was changing.", ents=CLAIMS_2004)]
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


# ====================================================================== US elections (PolNeAR 2016)
# Found by the first and second event census of PolNeAR (US political news of 2016, read before only for quotes;
# scripts/event_census.py --corpus polnear, docs/events.md "Session 16 (events-en7)" and "(events-en8)"): a race
# between candidates told with the verbs of a fight, a race or a mood taken, exploiting a word or an event, word wars,
# anonymous sources, rallying behind a candidate, a chance at an office. The cases marked new failed on main, the
# look-alikes guard the rules. The census script's own tests are in test_en_census.py.

POLNEAR_2016 = {
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


def events_polnear(text, ents=POLNEAR_2016, published="2016-05-18"):
    return EventStage()(handmade_record(text, ents, published=published)).events


def categories_polnear(text):
    return [e.event for e in events_polnear(text)]


# --- a race between candidates is no fight (gate `_vote_contest`, [gate] vote_contest_forms / vote_words) ---

@pytest.mark.parametrize("text", [
    # new: each was an ASSAULT (or a THREATEN) on main
    "Carly Fiorina said they would have to beat Donald Trump at the ballot box.",
    "Bernie Sanders beat Hillary Clinton 51% to 36% in West Virginia.",
    "Hillary Clinton beat Bernie Sanders by 18 points, 58 percent to 40 percent, in Arizona.",
    "Barack Obama fought a bitter primary against Hillary Clinton eight years ago.",
])
def test_a_vote_won_is_no_assault(text):
    assert not {"ASSAULT", "THREATEN"} & set(categories_polnear(text))


@pytest.mark.parametrize("text", [
    "Soldiers beat Bernie Sanders at a rally before the primary.",   # an armed party keeps its beating
    "Police beat voters at a polling station in Nairobi.",            # a role noun beaten: no candidate
    "Russia attacked Ukraine before the election.",                   # states at war in an election year
    "Bernie Sanders beat Hillary Clinton with a stick in the street.",  # no votes counted in the sentence
])
def test_beatings_and_wars_near_an_election_stay(text):
    assert "ASSAULT" in categories_polnear(text)


# --- a race or a mood taken is no seizure (metaphor_objects) ---

@pytest.mark.parametrize("text", [
    "Marco Rubio and Jeb Bush occupied a third tier.",                # new: COERCE on main
    "Donald Trump is capturing the frustration of many Americans.",  # new: COERCE on main
])
def test_a_place_in_a_race_is_taken_from_nobody(text):
    assert categories_polnear(text) == []


def test_a_town_occupied_stays():
    assert "COERCE" in categories_polnear("Rebels occupied Goma on Monday.")


# --- seizing on a word, capturing a nomination (blockers) ---

@pytest.mark.parametrize("text", [
    "Barack Obama had essentially locked up the nomination before the primary.",  # new: COERCE on main
    "Donald Trump quickly seized on the remarks of Barack Obama.",
    "Hillary Clinton hopes to capture her party's nomination on Monday night.",
    "Hillary Clinton seized upon the reference.",
])
def test_exploiting_a_word_or_winning_a_nomination_is_no_seizure(text):
    assert "COERCE" not in categories_polnear(text)


def test_a_seizure_on_a_weekday_stays():
    assert "COERCE" in categories_polnear("Police in Nairobi seized on Tuesday two tonnes of cocaine.")


def test_endorsing_a_nomination_is_support():
    # validation slice: "nomination" as a metaphor object removed this support; it is not one
    got = [(e.event, [a.code[:3] for a in e.actor]) for e in events_polnear("Republicans endorsed Barack Obama's nomination of David Nye.",
                                                                   {**POLNEAR_2016, "Republicans": ("ORG", "USAPTY", ["Republicans"])})]
    assert ("SUPPORT", ["USA"]) in got


# --- an attack on a named person by nobody named is a word war (gate `_verbal_attack`, [gate] verbal_attack_*) ---

@pytest.mark.parametrize("text", [
    # new: each was an ASSAULT with no attacker on main
    "The super PAC ran ads supporting Marco Rubio and attacking Donald Trump.",
    "The attacks on Hillary Clinton continued on Thursday.",
    "Nobody on the debate stage was willing to hit Donald Trump for it.",
])
def test_an_attack_on_a_person_by_nobody_named_is_no_assault(text):
    assert "ASSAULT" not in categories_polnear(text)


@pytest.mark.parametrize("text", [
    "The attacks on Hillary Clinton killed two of her guards.",  # a death in the sentence
    "Hillary Clinton was attacked on Thursday.",                 # a passive: the one harmed is the subject
    "The attacks on Ukraine continued on Thursday.",             # a state attacked
])
def test_attacks_with_harm_on_states_or_in_the_passive_stay(text):
    assert "ASSAULT" in categories_polnear(text)


# --- a source asking not to be named, rallying behind a candidate, a chance at an office ([blockers]) ---

@pytest.mark.parametrize("text", [
    # new: REQUEST, PROTEST and ASSAULT on main
    "A senior aide to Barack Obama, who requested anonymity, said the talks failed.",
    "Jeb Bush rallied behind Donald Trump on Tuesday.",
    "His supporters will ultimately rally behind Hillary Clinton.",
    "Barack Obama had no shot with white voters.",
])
def test_anonymity_rallying_behind_and_a_chance_are_no_events(text):
    assert categories_polnear(text) == []


@pytest.mark.parametrize("text, category", [
    ("Bernie Sanders requested a debate with Hillary Clinton.", "REQUEST"),
    ("Protesters rallied against Donald Trump in Arizona.", "PROTEST"),
    ("Soldiers fired a shot at Bernie Sanders.", "ASSAULT"),
])
def test_requests_protests_and_shots_fired_stay(text, category):
    assert category in categories_polnear(text)


# --- "ripped into" a rival is words ([[actor_recode]] forms; whole pipeline: the CAMEO verb pattern needs the parse) ---

def test_a_politician_ripping_into_a_rival_accuses():
    import kabar
    text = ("Republicans blast Obama.\n\nFlorida Sen. Marco Rubio spent Tuesday night ripping into President Barack "
            "Obama over the nuclear deal.")
    evs = kabar.extract(text, published="2016-01-05", lang="en").events
    cats = {e.event for e in evs if e.event_text.startswith("ripp")}
    assert cats == {"ACCUSE"}  # new: ASSAULT on main


# --- figures, questions, delegates and campaign rallies (census of BBC business 200:260 and PolNeAR train --skip 5,
# docs/events.md "Session 17 (events-en9)"): [gate] question_words, sense_phrases, party_sense_phrases,
# metaphor_objects, metaphor_event_forms, force_nouns, campaign_rally_*, [blockers] ---

@pytest.mark.parametrize("text", [
    # new: each was coded on main (REQUEST, AGREE, ACCUSE, RETREAT, PROTEST)
    "Reporters asked questions of Hillary Clinton in Arizona.",
    "Hillary Clinton may hold a lead in pledged delegates.",
    "Donald Trump cast doubt on the official unemployment rate of 4.9 percent.",
    "Russia would pull out of its current slump within two years.",
    "Russia blamed the tumble in oil prices.",
    "Ukraine promises strong growth next year.",
    "Donald Trump held rallies in Virginia on Tuesday.",
    "Hillary Clinton sought to rally older voters.",
])
def test_figures_questions_delegates_and_campaign_rallies_are_no_events(text):
    assert categories_polnear(text) == []


@pytest.mark.parametrize("text, category", [
    ("Donald Trump asked Russia to find the emails.", "REQUEST"),
    ("Donald Trump cast doubt on Hillary Clinton's claims.", "ACCUSE"),
    ("Russia pulled out of Ukraine last year.", "RETREAT"),
    ("Russia blamed Ukraine for the fall in exports.", "ACCUSE"),
    ("Russia promised Ukraine a loan.", "AGREE"),
    ("Protesters rallied against Donald Trump in Arizona.", "PROTEST"),
    ("Thousands rallied in Nairobi against Barack Obama.", "PROTEST"),
])
def test_requests_accusations_withdrawals_promises_and_protests_stay(text, category):
    assert category in categories_polnear(text)


@pytest.mark.parametrize("text, expected", [
    # new: REJECT on main ("decline" read as a refusal, "refused" a refusal of a thing left open)
    ("Russian production will go into significant decline.", []),
    ("Gordon Brown refused to rule out tax rises after the election.", []),
    # look-alikes
    ("Iran refused to allow inspectors into the site.", ["REJECT"]),
    ("Russian troops hit Kyiv this year.", ["ASSAULT"]),
])
def test_a_figures_decline_and_a_refusal_to_rule_out_reject_nothing(text, expected):
    import kabar
    evs = kabar.extract(text, published="2005-01-05", lang="en", has_title=False).events
    assert [e.event for e in evs] == expected


@pytest.mark.parametrize("text, expected", [
    # new: ASSAULT on main (a retort in words; [[actor_recode]] forms "back", ASSAULT forms "shot back", "hit back")
    ("Donald Trump shot back at Hillary Clinton on Tuesday.", ["ACCUSE"]),
    ("Marco Rubio hit back again on Tuesday.", ["ACCUSE"]),
    # look-alikes: police and soldiers shoot back
    ("Police shot back at the gunmen in Nairobi.", ["ASSAULT"]),
    ("Soldiers shot back at rebels in Goma.", ["ASSAULT"]),
])
def test_a_politician_shooting_back_accuses(text, expected):
    assert categories_polnear(text) == expected


# ---------------------------------------------------------------------------------------------------------------------
# Session 17 (events-en10): recall on fresh BBC business and PolNeAR text. Uses the US elections block's entity table.

# --- telling a party to act asks it to ([[trigger]] REQUEST "told" with object_then = "to", "not to") ---

@pytest.mark.parametrize("text, recipient", [
    ("Donald Trump was heard telling Jeb Bush to get on a plane and go home.", "USA"),  # new: nothing on main
    ("Barack Obama told Hillary Clinton not to use her own email.", "USA"),              # new: nothing on main
])
def test_telling_a_party_to_act_is_a_request(text, recipient):
    got = [(e.event, e.recipient[0].code[:3] if e.recipient and e.recipient[0].code else None) for e in events_polnear(text)]
    assert ("REQUEST", recipient) in got, got


@pytest.mark.parametrize("text", [
    "Donald Trump told reporters in West Virginia that he would win.",  # no "to" after the object: a quote cue
    "Hillary Clinton told Bernie Sanders about the plan.",
    "Barack Obama told Jeb Bush a story.",
    # the "to" of a phrase, a clause or a question after the object (PolNeAR rule census: 5 such REQUESTs in the first version)
    "Donald Trump told West Virginia in response to a question that he would win.",
    "Barack Obama told Jeb Bush he planned to vote.",
    "Donald Trump is telling Jeb Bush what they want to hear.",
])
def test_telling_without_an_infinitive_asks_for_nothing(text):
    assert "REQUEST" not in categories_polnear(text)


# --- the triggers that made no event, and why (record.state.event_drops; event_census.py --drops) ---

def test_a_trigger_that_makes_no_event_is_noted_with_its_reason():
    rec = EventStage()(handmade_record("Barack Obama met his fiscal rules.", POLNEAR_2016, published="2016-05-18"))
    assert rec.events == []
    assert [(d[1], d[2], d[3]) for d in rec.state.event_drops] == [("CONSULT", "met", "needs a recipient")]


def test_telling_with_a_resolved_pronoun_before_the_to_asks_for_nothing():
    # whole pipeline: coreference makes "he" a name unit; the words as written still end the object (PolNeAR rule census)
    import kabar
    text = ("Stenehjem stays neutral.\n\nNorth Dakota Attorney General Wayne Stenehjem spoke on Sunday. "
            "Stenehjem told POLITICO he planned to stay neutral.")
    evs = kabar.extract(text, published="2016-04-03", lang="en").events
    assert not any(e.event == "REQUEST" for e in evs), [(e.event, e.event_text) for e in evs]


# Session 18 (events-en14): event precision on fresh PolNeAR text (scripts/event_census.py --corpus polnear --n 30
# --skip 8, 11, 13; docs/events.md "Session 18 (events-en14)"). An attack form between political parties of one
# country with no weapon or casualty is a fight in words or votes (gate `_word_war`, [gate] word_war_forms /
# word_war_roles); a chance, the high ground or the spotlight taken is seized from nobody (metaphor_objects). The
# cases marked new failed on main, the look-alikes guard the rules.

@pytest.mark.parametrize("text", [
    # new: each was an ASSAULT on main
    "Donald Trump has also hit Hillary Clinton over her husband's trade deals.",
    "Barack Obama was not targeting just Donald Trump.",
    "Bernie Sanders and Hillary Clinton battled over health care on Sunday.",
    "Donald Trump is destroying Jeb Bush in the debates.",
])
def test_a_fight_between_politicians_of_one_country_is_words(text):
    assert "ASSAULT" not in categories_polnear(text)


@pytest.mark.parametrize("text", [
    "Barack Obama hit Russia with new strikes on Thursday.",        # a state as a party
    "Donald Trump hit Hillary Clinton and killed two of her guards.",  # a death in the sentence
    "Soldiers fought Bernie Sanders's supporters in Arizona.",      # an armed role noun
    "Hillary Clinton was attacked on Thursday.",                    # a passive with no attacker named
])
def test_fights_with_states_deaths_soldiers_or_passives_stay(text):
    assert "ASSAULT" in categories_polnear(text)


@pytest.mark.parametrize("text", [
    # new: each was a COERCE on main
    "Donald Trump simply seized the chance to do so.",
    "Hillary Clinton has tried to seize the high ground.",
    "Barack Obama has occupied the spotlight.",
])
def test_a_chance_or_the_spotlight_is_seized_from_nobody(text):
    assert "COERCE" not in categories_polnear(text)


@pytest.mark.parametrize("text", [
    # new: each was a SUPPORT on main (gate `_poll_share`, [gate] poll_events / poll_share_words)
    "In the survey, 71 percent of Sanders supporters approved of Barack Obama.",
    "Female troops preferred Hillary Clinton, while male troops backed Donald Trump, 57 percent to 22 percent.",
])
def test_a_share_of_the_people_asked_is_no_support(text):
    assert "SUPPORT" not in categories_polnear(text)


@pytest.mark.parametrize("text", [
    "Barack Obama backed Hillary Clinton on Thursday, citing a poll.",       # no share of people asked
    "Barack Obama backed Hillary Clinton, 60 percent to 40 percent.",       # a ruling party's vote keeps it
    "Donald Trump backed Jeb Bush, who has 20 percent in the polls.",       # a share after the act, no margin
])
def test_support_beside_a_figure_or_by_a_ruling_party_stays(text):
    assert "SUPPORT" in categories_polnear(text)

# Session 18 (events-en13): a party word before a person's title and name names the person, who is the party
# ("criticism from Republican presidential candidate Donald Trump", "tribute to Democrat John Kerry's campaign";
# arguments._holder_after, titles from the entities pack's `titles`). Uses the US elections block's entity table.

PARTY_WORDS = {**POLNEAR_2016,
               "Bill de Blasio": ("PER", "USAGOV", ["Bill de Blasio"]),
               "Republican": ("ORG", None, ["Republican"]),
               "Democratic": ("NORP", None, ["Democratic"]),
               "Microsoft": ("ORG", "USABUS", ["Microsoft"]),
               "Steve Ballmer": ("PER", None, ["Steve Ballmer"]),
               "Office of Immigrant Affairs": ("ORG", None, ["Office of Immigrant Affairs"])}


@pytest.mark.parametrize("text, event", [
    # new: the recipient was the uncoded party word on main (an event with no coded party, dropped)
    ("Bill de Blasio rejected criticism from Republican presidential candidate Donald Trump.", "REJECT"),
    ("Barack Obama criticized Democratic presidential candidate Hillary Clinton on Tuesday.", "ACCUSE"),
])
def test_a_party_word_before_a_title_and_name_names_the_person(text, event):
    got = [(e.event, [r.name for r in e.recipient]) for e in events_polnear(text, PARTY_WORDS)]
    assert (event, [next(n for n in ("Donald Trump", "Hillary Clinton") if n in text)]) in got, got


@pytest.mark.parametrize("text, recipient", [
    # a coded organisation before a title stays the party (its code is the one known)
    ("Barack Obama criticized Microsoft chief executive Steve Ballmer on Tuesday.", "Microsoft"),
    # plain words with no title before the name: the name is not the party word's holder
    ("Hillary Clinton criticized Democratic tax cuts Barack Obama wants.", "Democratic"),
    # a named body of several words right before a name: a relative clause with no "that" (PolNeAR skip 4)
    ("Barack Obama criticized the Office of Immigrant Affairs Hillary Clinton had announced.", "Office of Immigrant Affairs"),
])
def test_a_coded_organisation_or_a_phrase_without_title_keeps_its_party(text, recipient):
    got = [[r.name for r in e.recipient] for e in events_polnear(text, PARTY_WORDS) if e.event == "ACCUSE"]
    assert got and got[0][:1] == [recipient], got


# Session 19 (events-en16): fixed senses of trigger words and warnings of a danger on BBC politics and business
# (scripts/event_census.py --corpus bbc --section politics --n 40 --skip 2 and --section business --range 360:420, read
# whole; docs/events.md "Session 19 (events-en16)"). Concerns raised, a deal struck, being struck by a level, holding or
# conducting an election, recognising a need, a right of appeal, charging customers, a promise broken or reneged on,
# taxes and red tape cut, a veto or a poster given up, a tsunami's waves ([gate] sense_phrases, metaphor_objects,
# force_nouns) name no act between parties; "warned X that <a danger>" at home advises (gate `_warning_of_danger`,
# [gate] advice_*). The cases marked new failed on main; the look-alikes guard the rules.

BBC_2005 = {
    "Liberal Democrats": ("ORG", "GBROPP", ["Liberal Democrats", "Lib Dems"]),
    "Conservatives": ("ORG", "GBROPP", ["Conservatives", "Tories"]),
    "Labour": ("ORG", "GBRPTY", ["Labour"]),
    "Tony Blair": ("PER", "GBRGOV", ["Tony Blair", "Mr Blair"]),
    "Gordon Brown": ("PER", "GBRGOV", ["Gordon Brown", "Mr Brown"]),
    "Michael Howard": ("PER", "GBROPP", ["Michael Howard", "Mr Howard"]),
    "Lord Goldsmith": ("PER", "GBRGOV", ["Lord Goldsmith"]),
    "Home Office": ("ORG", "GBRGOV", ["Home Office"]),
    "Britain": ("GPE", "GBR", ["Britain", "UK"]),
    "Russia": ("GPE", "RUS", ["Russia"]),
    "Iran": ("GPE", "IRN", ["Iran"]),
    "Sri Lanka": ("GPE", "LKA", ["Sri Lanka"]),
}


def cats_bbc(text):
    """Parsed first: the force-of-nature subject ("the waves which killed") is read from the parse."""
    from kabar.stages.syntax import SyntaxStage

    r = handmade_record(text, BBC_2005, published="2005-02-02")
    SyntaxStage(eager=True, all_sentences=True)(r)
    return [e.event for e in EventStage()(r).events]


@pytest.mark.parametrize("text, category", [
    # new: each was this category on main
    ("The Conservatives raised concerns about the plan with Tony Blair.", "CONSULT"),
    ("Russia is also trying to strike a similar deal with Iran.", "ASSAULT"),
    ("Labour have been struck by the level of concern amongst voters.", "ASSAULT"),
    ("Gordon Brown said holding elections for the Lords on the same day might help.", "COERCE"),
    ("The Conservatives have been smarter in the way they have conducted the general election campaign.", "ACCUSE"),
    ("Gordon Brown said he would recognise the funding pressures and the concerns the Tories have.", "SUPPORT"),
    ("Tony Blair said those held had a right of appeal to the Home Office.", "REQUEST"),
    ("Tony Blair defended his policy of charging university students for tuition fees.", "ACCUSE"),
    ("Michael Howard said Labour had broken promises by raising taxes.", "AGREE"),
    ("Michael Howard said Tony Blair had reneged on a promise to Gordon Brown.", "SANCTION"),
    ("Michael Howard stressed his party's commitment to cut taxes and red tape.", "CONCEDE"),
    ("The Tories say Tony Blair is surrendering a key veto.", "RETREAT"),
    ("Labour has withdrawn two controversial posters.", "RETREAT"),
    ("The waves which killed more than 30,000 people in Sri Lanka also washed away property.", "ASSAULT"),
    ("Lord Goldsmith warned Tony Blair on 7 March 2003 that the war could be illegal.", "THREATEN"),
    ("Tony Blair conceded that the plans of Gordon Brown were difficult issues.", "CONCEDE"),
])
def test_fixed_senses_and_warnings_of_a_danger_are_no_events(text, category):
    assert category not in cats_bbc(text)


@pytest.mark.parametrize("text, category", [
    ("Russia struck Iran on Monday.", "ASSAULT"),                                   # a blow, no deal
    ("Russia warned Iran that it would face sanctions.", "THREATEN"),               # between two countries: deters
    ("The Liberal Democrats warned Tony Blair that we will vote against the plan.", "THREATEN"),   # the warner acts
    ("The Liberal Democrats warned Tony Blair that they should drop the plan.", "THREATEN"),       # told what to do
    ("Britain recognised Iran in 1979.", "SUPPORT"),                                # a state recognised
    ("Russia withdrew its troops from Iran.", "RETREAT"),                           # troops, no poster
    ("Gordon Brown pledged to cut taxes.", "AGREE"),                                # the promise stays
    ("Russia held talks with Iran.", "CONSULT"),                                    # talks held, no election
    ("Gordon Brown conceded defeat to Michael Howard.", "CONCEDE"),                 # defeat conceded to a party
])
def test_blows_deterrents_demands_recognitions_and_promises_stay(text, category):
    assert category in cats_bbc(text)


# Session 19 (events-en15): readings that British politicians, once coded by the home their parties give the story,
# exposed on BBC politics (census 100:340): keeping silent is no refusal, a judgement that criticism is fair is no
# criticism, a veto held is no veto used ([blockers]). Uses the British parties block's entity table.

@pytest.mark.parametrize("text", [
    "Mr Blair declined to give his view of the Tories.",
    "Mr Clarke said it was fair to criticise the Tories over the timing.",
    "Mr Brown argued that the Tories should not have the right of veto on the budget.",
])
def test_silence_a_fair_criticism_or_a_veto_held_is_no_act(text):
    assert [summary_parties(e) for e in events_parties(text)] == []


@pytest.mark.parametrize("text, event", [
    ("Mr Blair rejected the Tories' plans.", "REJECT"),
    ("Mr Clarke criticised the Tories over the timing.", "ACCUSE"),
    ("Mr Brown vetoed the Tories' plan.", "REJECT"),
])
def test_a_refusal_a_criticism_or_a_veto_used_stays(text, event):
    assert event in [e.event for e in events_parties(text)]


# Session 20 (events-en17): counts and parts named before the party, blockers in a circumstance, the subject a sentence
# carries. Found on the event-location census (Halterman's newswire sentences, items 0:400 of
# scripts/event_trigger_census.py): "At least 22 ISIS members were killed" had no recipient ("at" of "at least" was read
# as a preposition), "Hundreds of ISIS militants", "fighters of the Islamic State", "more than half of Zaire" put the party
# behind "of"; "were killed in the fight for Sharqat" was blocked whole by the blocker "fight for"; a sentence whose
# first clause had no subject passed an older subject on ("... but South Korea evacuated ... The South retaliated").

ENTS_COUNTS = {
    "ISIS": ("ORG", "IMGREB", ["ISIS", "Islamic State"]),
    "Syrian": ("NORP", "SYRMIL", ["Syrian soldiers"]),
    "Zaire": ("GPE", "COD", ["Zaire"]),
    "Russia": ("GPE", "RUS", ["Russia"]),
    "Ukraine": ("GPE", "UKR", ["Ukraine"]),
    "North Korea": ("GPE", "PRK", ["North Korea"]),
    "South Korea": ("GPE", "KOR", ["South Korea"]),
    "Korean People's Army": ("ORG", "PRKMIL", ["Korean People's Army"]),
    "Hamas": ("ORG", "PSEREB", ["Hamas"]),
    "Muslims": ("NORP", None, ["Muslims"]),
    "Germany": ("GPE", "DEU", ["Germany"]),
}


def summary_counts(text):
    return [summary(e) for e in EventStage()(handmade_record(text, ENTS_COUNTS, published="2024-01-05")).events]


@pytest.mark.parametrize("text, expected", [
    # a count phrase is no preposition of the noun phrase it opens
    ("At least 22 ISIS members were killed in the clashes.", ("ASSAULT", None, "IMG", "asserted")),
    ("Up to 30 Syrian soldiers were killed on Monday.", ("ASSAULT", None, "SYR", "asserted")),
    # "of" after a count or a member noun names the party itself
    ("Hundreds of ISIS militants were killed on Monday.", ("ASSAULT", None, "IMG", "asserted")),
    ("At least 17 fighters of the Islamic State were killed on Monday.", ("ASSAULT", None, "IMG", "asserted")),
    ("Russia killed dozens of Hamas fighters on Monday.", ("ASSAULT", "RUS", "PSE", "asserted")),
    ("Rebels have captured more than half of Zaire.", ("COERCE", None, "COD", "asserted")),
    # a blocker phrase in a prepositional phrase after the trigger blocks only its own words
    ("Twenty ISIS militants were killed in the fight for Sharqat.", ("ASSAULT", None, "IMG", "asserted")),
    # a CAMEO form ending in "and" that fails ("killed and {}") gives way to the verb alone
    ("Two Syrian soldiers were killed and four wounded on Monday.", ("ASSAULT", None, "SYR", "asserted")),
])
def test_counts_parts_and_circumstances_leave_the_party(text, expected):
    assert expected in summary_counts(text)


def test_the_sentence_carries_its_first_named_subject():
    """The first clause has no subject; the later clause's subject is what "The South" of the next sentence stands for."""
    text = ("No injuries were reported in the attacks, but South Korea evacuated 80 people. "
            "The South retaliated by firing artillery into North Korea.")
    assert ("ASSAULT", "KOR", "PRK", "asserted") in summary_counts(text)


@pytest.mark.parametrize("text, unwanted", [
    # the party owns the noun after "of": "one of Russia's most-wanted suspects" is no Russian
    ("One of Russia's most-wanted suspects was captured in Ukraine.", ("COERCE", None, "RUS", "asserted")),
    # a title, not a count ("the Member of Parliament" is a person)
    ("Police arrested the Member of Hamas on Monday.", ("COERCE", None, "PSE", "asserted")),
])
def test_possessors_and_titles_are_not_counts(text, unwanted):
    assert not any(g[0] == unwanted[0] and g[2] == unwanted[2] for g in summary_counts(text))


@pytest.mark.parametrize("text, category", [
    ("Russia will fight for its interests in Ukraine.", "ASSAULT"),   # the blocker on its own trigger still blocks
    ("Russia said the heart attack killed him.", "ASSAULT"),          # a blocker before the trigger still blocks
    ("Russia kicked off the election campaign in Ukraine.", "ASSAULT"),  # a particle form gives no way to "kicked"
])
def test_blockers_on_their_own_words_still_block(text, category):
    assert category not in [g[0] for g in summary_counts(text)]


def test_a_count_of_an_uncoded_people_keeps_its_role_noun():
    """"thousands of Muslims": the uncoded people behind "of" would leave the march with no coded party."""
    assert "PROTEST" in [g[0] for g in summary_counts("Thousands of Muslims marched across Germany on Friday.")]


# Session 21 (events-en21): patrols. On the event-location census (items 2000:300 of scripts/event_trigger_census.py)
# "patrolled" was the largest unread marked verb (23 of 300 items, no trigger): soldiers or police patrolling is a
# MOBILIZE (PLOVER: military or police moves short of force); other patrollers move no forces (gate `force_act_forms`),
# and forces patrolling their own country's places face no recipient (MOBILIZE `own_ground_no_recipient`).

ENTS_PATROL = {
    "Russian": ("NORP", "RUS", ["Russian"]),
    "Grozny": ("GPE", "RUS", ["Grozny"]),
    "U.S.": ("GPE", "USA", ["U.S."]),
    "Iraq": ("GPE", "IRQ", ["Iraq"]),
    "Kazakh": ("NORP", "KAZ", ["Kazakh"]),
    "Bishkek": ("GPE", "KGZ", ["Bishkek"]),
    "Kyrgyz": ("NORP", "KGZ", ["Kyrgyz"]),
}


def summary_patrol(text):
    """Parsed first: the patrolling force is the parse's subject (or a passive's agent)."""
    from kabar.stages.syntax import SyntaxStage

    r = handmade_record(text, ENTS_PATROL, published="2024-01-05")
    SyntaxStage(eager=True, all_sentences=True)(r)
    return [summary(e) for e in EventStage()(r).events]


@pytest.mark.parametrize("text, expected", [
    # forces patrolling their own country's town: a MOBILIZE with no recipient
    ("Russian troops patrolled the streets of Grozny on Monday.", ("MOBILIZE", "RUS", None, "asserted")),
    # the force is the head of the subject or follows a count's "of"
    ("Thousands of Kazakh police patrolled the villages on Thursday.", ("MOBILIZE", "KAZ", None, "asserted")),
    # a passive's agent patrols
    ("Grozny is patrolled by Russian soldiers.", ("MOBILIZE", "RUS", None, "asserted")),
    # a foreign country patrolled is the recipient
    ("U.S. warplanes patrolled the skies over Iraq on Monday.", ("MOBILIZE", "USA", "IRQ", "asserted")),
])
def test_forces_patrolling_mobilize(text, expected):
    assert expected in summary_patrol(text)


@pytest.mark.parametrize("text", [
    "Kyrgyz residents patrolled the streets of Bishkek on Friday.",   # residents move no forces
    "Kyrgyz volunteers will patrol the dikes near Bishkek.",         # nor do volunteers
])
def test_unarmed_patrollers_mobilize_nothing(text):
    assert "MOBILIZE" not in [g[0] for g in summary_patrol(text)]


# Session 22 (events-en22): BBC politics --n 40 --skip 0, read whole (docs/events.md "Session 22 (events-en22)"). A
# reading a negation word governs did not happen (gate `_negated`, [gate] negation_dropped); aid to nobody named is
# domestic spending ([category.AID] needs_recipient); what a speaker says another party should do is the speaker's
# demand on it (finish `_should_demand`, [declared] demand_cues). The cases marked new fail on main.

def events_bbc(text, quotes=()):
    from kabar.stages.syntax import SyntaxStage

    r = handmade_record(text, BBC_2005, quotes=quotes, published="2005-02-02")
    SyntaxStage(eager=True, all_sentences=True)(r)
    return EventStage()(r).events


@pytest.mark.parametrize("text, category", [
    # new: each was this category, negated, on main
    ("Michael Howard said the Tories can cut crime without asking Labour to pay more taxes.", "REQUEST"),
    ("Michael Howard said Tony Blair has never apologised to the Tories.", "CONCEDE"),
    ("The Home Office said Britain could not simply refuse to hear Iran.", "REJECT"),
    # new: aid to nobody named
    ("The Home Office will also provide funding to help a new pay panel.", "AID"),
    # a prize given to charities (was the gate's case in test_event_gate_fp.py; now no recipient is named before it)
    ("Her appearance will also benefit charities in the region and the Swiss star will donate her prize money.", "AID"),
])
def test_negated_acts_and_aid_to_nobody_are_no_events(text, category):
    assert category not in [e.event for e in events_bbc(text)]


@pytest.mark.parametrize("text, category", [
    ("Russia attacked Iran.", "ASSAULT"),                              # asserted
    ("Russia has never attacked Iran.", "ASSAULT"),                    # between two countries: kept, negated
    ("Tony Blair refused to meet Michael Howard.", "REJECT"),          # a refusal is an act
    ("Britain will provide funding to Sri Lanka.", "AID"),             # aid to a party named
])
def test_asserted_acts_refusals_and_aid_to_a_party_stay(text, category):
    assert category in [e.event for e in events_bbc(text)]


# Session 22 (lead): aid whose object says its kind (humanitarian, military, asylum: [category.AID]
# recipient_optional_words, the trigger and three words after it) is aid between parties with no recipient named;
# events-en22's rule had dropped such NGEC headline readings too. The first fails on the code before.
@pytest.mark.parametrize("text", [
    "The Home Office provides humanitarian aid in the wake of last week's disaster.",
    "Britain granted asylum to four activists.",
])
def test_aid_of_a_named_kind_needs_no_recipient(text):
    assert "AID" in [e.event for e in events_bbc(text)]


def test_aid_kind_word_far_from_the_trigger_does_not_count():
    """"issues of immigration and asylum": the kind word is not the trigger's object."""
    text = "The Home Office will also provide funding to study issues of immigration and asylum."
    assert "AID" not in [e.event for e in events_bbc(text)]


def test_what_another_party_should_do_is_the_speakers_demand():
    """new: was RETREAT Blair, hypothetical."""
    text = "Michael Howard says Tony Blair should resign over the affair."
    got = [summary(e) for e in events_bbc(text, quotes=[("Michael Howard", "Tony Blair should resign over the affair")])]
    assert ("REQUEST", "GBR", "GBR", "asserted") in got
    assert not any(g[0] == "RETREAT" for g in got)


def test_what_the_speakers_own_state_should_do_is_no_demand():
    text = "Tony Blair said Britain should help Sri Lanka."
    got = [summary(e) for e in events_bbc(text, quotes=[("Tony Blair", "Britain should help Sri Lanka")])]
    assert not any(g[0] == "REQUEST" for g in got)


@pytest.mark.parametrize("text", [
    "Britain is heading in the wrong direction, Michael Howard said in his New Year message.",     # new: was CONSULT
    "Tony Blair said in a statement that the Tories were wrong.",
])
def test_a_statement_made_in_a_message_consults_nobody(text):
    assert "CONSULT" not in [e.event for e in events_bbc(text)]


# Session 22 (events-en22b): a denial governs only what it denies (modality `_denial_governs`): its object or
# complement in the parse, else the words up to a ";" or a relative pronoun after a comma. The cases marked new read
# the later act as negated on main.

def _summaries(text, parsed=True):
    from kabar.stages.syntax import SyntaxStage

    r = handmade_record(text, BBC_2005, published="2005-02-02")
    if parsed:
        SyntaxStage(eager=True, all_sentences=True)(r)
    return [summary(e) for e in EventStage()(r).events]


@pytest.mark.parametrize("text, parsed, want", [
    # new: the act of the denier's relative clause or of a verb joined to the denial is asserted
    ("His claims were denied by Tony Blair, who accused the Tories of running scared.", True, ("ACCUSE", "GBR", "GBR", "asserted")),
    ("His claims were denied by Tony Blair, who accused the Tories of running scared.", False, ("ACCUSE", "GBR", "GBR", "asserted")),
    ("Russia denied the claims and accused Iran of lying.", True, ("ACCUSE", "RUS", "IRN", "asserted")),
    # what the denial denies stays negated: a complement clause, a gerund, a report's content (misparsed: the words decide)
    ("Tony Blair denied that Britain had attacked Iran.", True, ("ASSAULT", "GBR", "IRN", "negated")),
    ("Tony Blair denied that Britain had attacked Iran.", False, ("ASSAULT", "GBR", "IRN", "negated")),
    ("Russia denied attacking Iran.", True, ("ASSAULT", "RUS", "IRN", "negated")),
    ("Michael Howard denied claims that Britain had attacked Iran.", True, ("ASSAULT", "GBR", "IRN", "negated")),
])
def test_a_denial_negates_only_what_it_denies(text, parsed, want):
    assert want in _summaries(text, parsed)


# Session 23 (events-en23): BBC business and politics (docs/events.md "Session 23 (events-en23)"). A pair description
# ("the two countries", "both sides") reads the sentences before its own by their order, up to [syntax] pair_lookback
# back, and an international body may be one side (pair_party_prefixes): on main the previous sentence was never
# found across the space between two sentences. An agreement signed by two coordinated parties with no third named is
# between them; signed by one with nobody named it makes no event (sign triggers pair_without_recipient and
# needs_recipient). "law lords" is a judiciary role noun; a bare "regret" is no apology. Cases marked new fail on main.
SESSION_23 = {
    "Venezuela": ("GPE", "VEN", ["Venezuela"]),
    "China": ("GPE", "CHN", ["China"]),
    "Turkey": ("GPE", "TUR", ["Turkey"]),
    "IMF": ("ORG", "IGOIMF", ["IMF"]),
    "Russia": ("GPE", "RUS", ["Russia"]),
    "Iran": ("GPE", "IRN", ["Iran"]),
    "Tony Blair": ("PER", "GBRGOV", ["Tony Blair", "Mr Blair"]),
    "Britain": ("GPE", "GBR", ["Britain", "UK"]),
}


def _summaries_23(text):
    from kabar.stages.syntax import SyntaxStage

    r = handmade_record(text, SESSION_23, published="2005-02-02")
    SyntaxStage(eager=True, all_sentences=True)(r)
    return [summary(e) for e in EventStage()(r).events]


@pytest.mark.parametrize("text, category, parties", [
    # new: the pair is named in the sentence before (across the space) or two sentences before
    ("Venezuela and China have close ties. The two countries also signed a number of agreements on mining.",
     "SUPPORT", {"VEN", "CHN"}),
    ("Venezuela and China have close ties. Oil exports rose sharply last year. "
     "The two countries also signed a number of agreements on mining.", "SUPPORT", {"VEN", "CHN"}),
    # new: an international body is one side
    ("Turkey held long talks with the IMF last year. Both sides agreed to extend the loan.", "AGREE", {"TUR", "IGO"}),
])
def test_a_pair_description_stands_for_the_two_parties_named_before(text, category, parties):
    got = [g for g in _summaries_23(text) if g[0] == category]
    assert got and {g[1] for g in got} | {g[2] for g in got} == parties, _summaries_23(text)


def test_a_pair_description_reads_no_further_than_its_lookback():
    text = ("Venezuela and China have close ties. Oil exports rose sharply last year. Prices fell in March. "
            "Analysts expect more growth. The two countries also signed a number of agreements on mining.")
    assert not [g for g in _summaries_23(text) if g[0] == "SUPPORT"]


@pytest.mark.parametrize("text, want", [
    # new: two coordinated signers with nobody else named signed with each other
    ("Venezuela and China signed a trade agreement on Monday.", ("SUPPORT", {"VEN", "CHN"})),
    # a party named after "with" stays the recipient of each signer
    ("Russia signed a trade agreement with Iran.", ("SUPPORT", {"RUS", "IRN"})),
])
def test_a_signing_is_between_the_parties_named(text, want):
    got = [g for g in _summaries_23(text) if g[0] == want[0]]
    assert got and all(g[2] is not None for g in got) and {g[1] for g in got} | {g[2] for g in got} == want[1], got


@pytest.mark.parametrize("text, category", [
    ("Russia signed a deal worth $2bn on Monday.", "SUPPORT"),            # new: signed with nobody named
    ("The agreement must still be ratified by Iran.", "SUPPORT"),         # new: ratified, nobody else named
    ("Russia said it regretted the decision taken by Iran.", "CONCEDE"),  # new: regret at another's act
])
def test_a_lone_signing_and_a_bare_regret_are_no_events(text, category):
    assert category not in [g[0] for g in _summaries_23(text)]


def test_the_law_lords_ruling_against_a_policy_is_a_sanction():
    # new: "law lords" was no party of the events coder
    got = _summaries_23("Tony Blair says Britain needs new powers. Mr Blair wants them to replace the current ones, "
                        "which the law lords have ruled against.")
    assert [g for g in got if g[0] == "SANCTION" and g[1] == "GBR"], got


# Session 23 (events-en23b): a firm described as European ("European aircraft maker Airbus") is EURBUS through the
# gazetteer's European adjective (a region entry with country EUR and no code of its own), so its act is an event
# with the firm as the party; on main the firm had no code and the event had no actor.
def test_a_european_firm_is_a_coded_party():
    from kabar.pipeline import Pipeline
    from kabar.record import Article

    r = Pipeline(on_error="raise")(Article.new(
        "European aircraft maker Airbus has accused the US of paying illegal subsidies to Boeing.",
        lang="en", published="2005-01-10"))
    got = [summary(e) for e in r.events]
    assert ("ACCUSE", "EUR", "USA", "asserted") in got, got


# Session 24 (events-en24): CAMEO verb patterns made of a preposition alone are left out ([cameo_verbs] weak_groups),
# also where the PETRARCH2 dictionary writes the preposition with a plural beside it ("030 to|tos", "052 from|froms"):
# "Tony Blair heads to Brussels" was AGREE (030, the head/lead/steer group), "protect the public from terrorists"
# SUPPORT of the terrorists (052). Cases marked new fail on main.
SESSION_24 = {
    "Tony Blair": ("PER", "GBRGOV", ["Tony Blair", "Mr Blair"]),
    "Brussels": ("GPE", "BEL", ["Brussels"]),
    "Gordon Brown": ("PER", "GBRGOV", ["Gordon Brown"]),
    "Iran": ("GPE", "IRN", ["Iran"]),
    "Britain": ("GPE", "GBR", ["Britain"]),
    "al-Qaeda": ("ORG", "IMGREB", ["al-Qaeda"]),
}


def _events_24(text):
    return [summary(e) for e in EventStage()(handmade_record(text, SESSION_24, published="2005-02-02")).events]


@pytest.mark.parametrize("text, category", [
    ("Tony Blair heads to Brussels next week for the summit.", "AGREE"),             # new
    ("Gordon Brown is heading to Brussels on Monday.", "AGREE"),                      # new
    ("British police protect the public from al-Qaeda.", "SUPPORT"),                 # new
])
def test_a_cameo_pattern_of_a_preposition_alone_makes_no_event(text, category):
    assert category not in [g[0] for g in _events_24(text)], _events_24(text)


@pytest.mark.parametrize("text, want", [
    # guards: hand triggers and patterns with a content word keep their readings
    ("Britain agreed to talks with Iran.", ("AGREE", "GBR", "IRN", "asserted")),
    ("Tony Blair met Iran's foreign minister in Brussels.", ("CONSULT", "GBR", "IRN", "asserted")),
])
def test_hand_triggers_keep_their_readings(text, want):
    assert want in _events_24(text), _events_24(text)


# Session 24 (events-en24): one act with several dates in its words is one event, dated by the date nearest its
# trigger ("she was gravely wounded five years ago this week" made two ASSAULTs, 2011 and this week; PolNeAR census);
# dates joined by a coordinator date one act each ("in 2008 and 2012").
def test_one_act_with_two_uncoordinated_dates_is_one_event():
    from kabar.record import DateItem  # noqa: F401  (handmade_record places the dates)

    text = "Tony Blair said Iran had attacked Britain five years ago this week."
    r = handmade_record(text, SESSION_24, published="2005-02-02",
                        dates=[("five years ago", "2000"), ("this week", "2005-01")])
    got = [e for e in EventStage()(r).events if e.event == "ASSAULT"]
    assert len(got) == 1, [(summary(e), e.date) for e in got]  # new: two on main
    text = "Iran attacked Britain in 2001 and 2003."
    r = handmade_record(text, SESSION_24, published="2005-02-02", dates=[("2001", "2001"), ("2003", "2003")])
    got = sorted(e.date for e in EventStage()(r).events if e.event == "ASSAULT")
    assert got == ["2001", "2003"], got  # guard: coordinated dates, one act each


# Session 25 (events-en25): a possessive pronoun that coref resolved to a party is still a determiner: the active form
# after it is a noun ("its decline could become irreversible" was REJECT DEU -> DEU, BBC entertainment), as after an
# unresolved "its". The view test of an "agree" form ("agreed that X would ...") is asked of every category an "agree"
# reading is coded as ([gate] opinion_events): a CAMEO pattern of "agree" made "A Dallas court agreed that lawyers
# would be allowed access to the records" RETREAT (BBC tech). Cases marked new fail on main.
SESSION_25 = {
    "Germany": ("GPE", "DEU", ["Germany"]),
    "Universal Music": ("ORG", "DEUBUS", ["Universal Music"]),
    "Britain": ("GPE", "GBR", ["Britain"]),
    "Iran": ("GPE", "IRN", ["Iran"]),
    "Dallas court": ("ORG", "USAJUD", ["Dallas court"]),
    "Hollywood lawyers": ("ORG", "USA", ["Hollywood lawyers"]),
}


def _events_25(text, corefs=()):
    from kabar.stages.syntax import SyntaxStage

    r = handmade_record(text, SESSION_25, published="2005-02-02", corefs=corefs)
    SyntaxStage(eager=True, all_sentences=True)(r)  # the view test reads the parse
    return [summary(e) for e in EventStage()(r).events]


def test_an_act_after_a_resolved_possessive_is_a_noun():
    for text, its in [("Germany said its decline could become irreversible.", "its"),
                      ("Germany's music industry is struggling. Its decline could become irreversible.", "Its")]:
        got = _events_25(text, corefs=((its, "Germany"),))
        assert "REJECT" not in [g[0] for g in got], got  # new: REJECT DEU -> DEU on main


def test_a_resolved_possessive_before_a_verb_of_its_own_clause_keeps_the_act():
    # guard: "its" owns the object, the verb before it stays a verb
    got = _events_25("Britain accused Iran of breaking its promise.", corefs=(("its", "Iran"),))
    assert ("ACCUSE", "GBR", "IRN", "asserted") in got, got


@pytest.mark.parametrize("text", [
    "A Dallas court agreed that Hollywood lawyers would be allowed access to the server records.",  # new
])
def test_agreeing_that_something_is_so_is_no_act_of_any_category(text):
    got = _events_25(text)
    assert not got, got


def test_agreeing_to_act_stays_an_agreement():
    got = _events_25("Britain agreed to resume talks with Iran next month.")
    assert any(g[0] in ("AGREE", "CONSULT") and g[1] == "GBR" for g in got), got  # guard


# Session 25 (events-en25): an office title held "of"/"at" an organisation that is no political actor is a firm's or a
# club's office ([political_orgs] office_of_private_body): "said Steve Beeks, president of Lions Gate" was USAGOV and
# made his firm's talks with Sony a CONSULT (BBC tech). A country, a coded body or a political one keeps the office.
SESSION_25B = {
    "Steve Beeks": ("PER", None, ["Steve Beeks", "Mr Beeks"]),
    "Lions Gate": ("ORG", None, ["Lions Gate"]),
    "Sony": ("ORG", None, ["Sony"]),
    "Josep Borrell": ("PER", None, ["Josep Borrell", "Mr Borrell"]),
    "European Parliament": ("ORG", "IGOEUR", ["European Parliament"]),
    "US": ("GPE", "USA", ["US"]),
    "Microsoft": ("ORG", "USABUS", ["Microsoft"]),
}


def _events_25b(text):
    return [summary(e) for e in EventStage()(handmade_record(text, SESSION_25B, published="2005-02-02")).events]


def test_a_firms_president_holds_no_state_office():
    text = ("Steve Beeks, president of Lions Gate, is in the US this week, where the US market is growing. "
            "Mr Beeks said he started talking to Sony last year.")
    got = _events_25b(text)
    assert not any(g[0] == "CONSULT" for g in got), got  # new: CONSULT USA -> USA on main


def test_a_president_of_a_political_body_keeps_the_office():
    text = ("Josep Borrell, president of the European Parliament, is in the US this week, where the US market is "
            "growing. Mr Borrell met Microsoft last year.")
    got = _events_25b(text)
    assert any(g[0] == "CONSULT" and g[1] == "IGO" for g in got), got  # guard: the body's code


# Session 25 (events-en25): a title before a name holds it only through a chain of capitalised words ([political_orgs]
# title_name_chain): "producers are Michael Mann and Graham King - with Mr Evans ... left off" made "King" Mr Evans's
# office, and his private lawsuit against Mr Mann an ACCUSE USAGOV -> USA (BBC entertainment).
SESSION_25C = {
    "Charles Evans": ("PER", None, ["Charles Evans", "Evans"]),  # "Mr" stays outside the mention, as NER reads it
    "Michael Mann": ("PER", None, ["Michael Mann", "Mr Mann"]),
    "Graham King": ("PER", None, ["Graham King"]),
    "Tony Blair": ("PER", None, ["Tony Blair", "Mr Blair"]),
    "US": ("GPE", "USA", ["US"]),
}


def _events_25c(text):
    return [summary(e) for e in EventStage()(handmade_record(text, SESSION_25C, published="2005-02-02")).events]


def test_a_title_does_not_reach_a_name_across_lowercase_words():
    text = ("The US film's producers are Michael Mann and Graham King - with Mr Evans left off. "
            "Mr Evans sued Mr Mann in the US in 2001.")
    got = _events_25c(text)
    assert not any(g[0] == "ACCUSE" for g in got), got  # new: ACCUSE USA -> USA on main


def test_a_title_reaches_a_name_through_capitalised_words():
    text = "US Prime Minister Tony Blair met the US ambassador. Mr Blair accused Mr Mann of lying."
    got = _events_25c(text)
    assert any(g[0] == "ACCUSE" and g[1] == "USA" for g in got), got  # guard


# Session 26 (events-en26): a doer named once for two acts of one kind. The second of two coordinated verbs of one
# category shares the first one's subject ("troops shot and injured two rebels": the parse read "troops shot" as a
# compound noun, so "injured" was an attack by nobody beside the troops' own), and a participle of harm after an act of
# its category ("..., killing 15 soldiers and wounding 21") is that act's toll, no second attack by nobody
# (`[casualties] toll_participles`). Found on the event-location AP and Unknown_Andy sentences (docs/events.md
# "Session 26 (events-en26)"). Cases marked new fail on main.
SESSION_26 = {
    "Indonesian": ("NORP", "IDN", ["Indonesian"]),
    "Egypt": ("GPE", "EGY", ["Egypt"]),
    "Iraq": ("GPE", "IRQ", ["Iraq"]),
    "U.S.": ("GPE", "USA", ["U.S."]),
    "American": ("NORP", "USA", ["American"]),
    "Papua": ("GPE", "IDN", ["Papua"]),
}


def summary_26(text):
    from kabar.stages.syntax import SyntaxStage

    r = handmade_record(text, SESSION_26, published="2024-01-05")
    SyntaxStage(eager=True, all_sentences=True)(r)
    return [(e.event, bool(e.actor), e.event_text) for e in EventStage()(r).events]


@pytest.mark.parametrize("text", [
    "Meanwhile, in Papua, troops shot and injured two rebels in a clash on Tuesday.",
    "Soldiers shot and killed a man near the border on Monday.",
    "Police shot dead three suspected militants on Friday and wounded a fourth in a raid in northern Egypt.",
    "Gunmen killed a police officer and wounded six other officers in Iraq on Thursday.",
])
def test_coordinated_acts_of_one_kind_share_the_doer(text):
    got = summary_26(text)
    assert [g for g in got if g[0] == "ASSAULT" and not g[1]] == [], got  # new: an ASSAULT by nobody on main
    assert any(g[0] == "ASSAULT" and g[1] for g in got), got


def test_a_participle_of_harm_tells_the_toll_of_the_act_before_it():
    text = ("Rebels shot down a U.S. transport helicopter in western Iraq on Monday as it carried troops to a base, "
            "killing 12 soldiers and wounding 9 in the worst single attack on American troops this year.")
    got = summary_26(text)
    assert [g for g in got if g[0] == "ASSAULT" and not g[1]] == [], got  # new: "wounding" by nobody on main
    assert any(g[0] == "ASSAULT" and g[1] and g[2] == "shot down" for g in got), got  # guard: the main act stays


def test_a_participle_of_harm_with_no_act_before_it_stays():
    got = summary_26("A car bomb exploded in Baghdad on Sunday, wounding 21 Iraqi policemen.")
    # guard: no act of its category before it, nothing to fold into (the explosion is no trigger)
    assert sum(g[0] == "ASSAULT" for g in got) <= 1, got


def test_coordinated_acts_of_two_kinds_keep_their_own_subjects():
    got = summary_26("The police would occasionally raid these places and march the clients out.")
    assert not any(g[0] == "PROTEST" for g in got), got  # guard: the march is no protest by the police


# Session 27 (events-en27): parties of English events that are no parties. A country right before a topic noun ("the
# Iraq war", `[syntax] topic_heads`) names the topic's place: it is no object of the act and no sign that the act is
# aimed abroad (so the home recipient of a refusal at home stays); "Brussels" acting or acted on is the European Union
# (`[party_metonyms]`), in Brussels it stays a place; a promise whose only "recipient" is a place of the promiser's own
# country inside what is promised has none (`[category.AGREE] own_place_no_recipient`). Found on the en tune half
# (docs/events.md "Session 27 (events-en27)"). Cases marked new fail on main.
SESSION_27 = {
    "Britain": ("GPE", "GBR", ["Britain", "UK"]),
    "France": ("GPE", "FRA", ["France"]),
    "Iraq": ("GPE", "IRQ", ["Iraq"]),
    "Brussels": ("GPE", "BEL", ["Brussels"]),
    "US": ("GPE", "USA", ["US"]),
    "Tories": ("ORG", "GBROPP", ["Tories"]),
    "Labour": ("ORG", "GBRPTY", ["Labour"]),
    "Gordon Brown": ("PER", "GBRGOV", ["Gordon Brown", "Mr Brown"]),
    "Tony Blair": ("PER", "GBRGOV", ["Tony Blair", "Mr Blair"]),
    "Home Office": ("ORG", "GBRGOV", ["Home Office"]),
}


def events_27(text):
    r = handmade_record(text, SESSION_27, published="2005-02-10")
    return [(e.event, (e.actor[0].code or "")[:3] if e.actor else None,
             (e.recipient[0].code or "")[:3] if e.recipient else None) for e in EventStage()(r).events]


def test_a_country_before_a_topic_noun_is_no_object():
    got = events_27("Gordon Brown resigned from the cabinet over the Iraq war.")
    assert not any(g[2] == "IRQ" for g in got), got  # new: RETREAT GBR -> IRQ on main


def test_a_topic_noun_does_not_aim_a_refusal_abroad():
    text = ("Labour and the Tories clashed again. The Home Office and Mr Brown said the UK would not change course. "
            "Tony Blair has rejected calls for the publication of the legal advice on the Iraq war.")
    got = events_27(text)
    assert ("REJECT", "GBR", "GBR") in got, got  # new: the home recipient was blocked by "Iraq" on main


def test_a_country_after_the_act_still_aims_it_abroad():
    text = ("Labour and the Tories clashed again. The Home Office and Mr Brown said the UK would not change course. "
            "Tony Blair has rejected calls for talks with Iraq on the matter.")
    got = events_27(text)
    assert not any(g[0] == "REJECT" and g[2] == "GBR" for g in got), got  # guard: a party abroad, no home recipient


def test_brussels_as_a_party_is_the_eu():
    got = events_27("The US filed a complaint against Brussels with the trade body on Monday.")
    assert ("ACCUSE", "USA", "IGO") in got, got  # new: USA -> BEL on main


def test_brussels_as_a_place_stays_a_place():
    got = events_27("Police arrested two men in Brussels on Monday.")
    assert not any("IGO" in (g[1] or "", g[2] or "") for g in got), got  # guard


def test_a_promise_names_no_own_country_place_as_recipient():
    got = events_27("The Tories have promised a cap on the number of people allowed into Britain.")
    assert ("AGREE", "GBR", None) in got, got  # new: GBR -> GBR (Britain) on main


def test_a_promise_to_another_country_keeps_it():
    got = events_27("Mr Brown promised France that Britain would pay its share.")
    assert not any(g[0] == "AGREE" and g[2] is None for g in got), got  # guard: France (or Britain's share) stays


def test_plural_role_nouns_of_business_news_are_parties():
    text = ("Labour and the Tories clashed again. The Home Office and Mr Brown said the UK would not change course. "
            "Employers have criticised the Home Office over the plans.")
    got = events_27(text)
    assert ("ACCUSE", "GBR", "GBR") in got, got  # new: "Employers" were no party on main, the criticism was dropped


def test_foreign_employers_take_no_home_country():
    text = ("Labour and the Tories clashed again. The Home Office and Mr Brown said the UK would not change course. "
            "Foreign employers have criticised the Home Office over the plans.")
    got = events_27(text)
    assert not any(g[0] == "ACCUSE" and g[1] == "GBR" for g in got), got  # guard: of another country, unnamed


# ---- Session 33 (evtrig33): English triggers and categories from NGEC's headline templates and synthetic stories
# (tune halves): exercises with a partner are joint (COOPERATE), a sentence handed down, an end to a fight agreed,
# cyber attacks by any name, staff of an embassy expelled. Whole pipeline (kabar.extract).

def events_33(text: str):
    """Per event, (category, first actor's country, first recipient's country); None = no party or no code."""
    import kabar
    rec = kabar.extract(text, has_title=False, lang="en", published="2025-01-05")
    return [(e.event, ((e.actor[0].code or "")[:3] or None) if e.actor else None,
             ((e.recipient[0].code or "")[:3] or None) if e.recipient else None) for e in rec.events]


@pytest.mark.parametrize("text", [
    "Russia held military drills with Belarus near the Polish border.",          # MOBILIZE RUS -> BLR on main
    "The Russian navy joined military exercises with US naval forces.",           # MOBILIZE on main
])
def test_exercises_with_a_partner_are_cooperation(text):
    # Session 33 (evtrig33)
    got = events_33(text)
    assert any(g[0] == "COOPERATE" and g[1] == "RUS" for g in got), got
    assert not any(g[0] == "MOBILIZE" for g in got), got


def test_guard_exercises_of_one_country_stay_mobilisation():
    # Session 33 (evtrig33): PLOVER codes single-country exercises MOBILIZE
    got = events_33("Russia held military drills near the Polish border.")
    assert ("MOBILIZE", "RUS", None) in got, got


def test_joint_maneuvers_are_cooperation():
    # Session 33 (evtrig33): no event on main
    got = events_33("Niger and China held joint military maneuvers on Friday.")
    assert any(g[0] == "COOPERATE" for g in got), got


def test_a_sentence_handed_down_is_a_sanction():
    # Session 33 (evtrig33): no event on main
    got = events_33("A Cairo court handed down death sentences to 12 members of the Muslim Brotherhood.")
    assert any(g[0] == "SANCTION" and g[1] == "EGY" for g in got), got


def test_agreeing_to_end_the_conflict_is_a_retreat():
    # Session 33 (evtrig33): AGREE on main
    got = events_33("The government and the rebels agreed to end the conflict.")
    assert any(g[0] == "RETREAT" for g in got), got


def test_a_cyber_attack_as_the_means_is_coercion():
    # Session 33 (evtrig33): ASSAULT on main; a plural noun made no event
    got = events_33("Greece's state-run energy company has been hit by a major cyberattack.")
    assert any(g[0] == "COERCE" for g in got) and not any(g[0] == "ASSAULT" for g in got), got
    got = events_33("China launched cyberattacks against US government networks.")
    assert ("COERCE", "CHN", "USA") in got, got


def test_expelled_diplomatic_staff_is_a_sanction():
    # Session 33 (evtrig33): COERCE `deport` on main
    got = events_33("Slovakia expelled three Russian diplomatic staff.")
    assert ("SANCTION", "SVK", "RUS") in got, got
