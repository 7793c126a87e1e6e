"""Session-6 English name classes counted over 300 unlabelled BBC politics and business articles (issue 11):
party adjectives are the party, BBC networks are the BBC, a title ending in "of"/"for" names whom the role
serves, multi-word companies by their business context, law names whole, continental adjectives NORP."""

from __future__ import annotations

import pytest

from kabar.record import Article


def _ents(pipe, text, published="2005-01-15"):
    return pipe(Article.new(text, lang="en", published=published)).entities


def _by_name(ents):
    return {e.name: e for e in ents}


def test_party_adjective_is_the_party(pipe):
    ents = _ents(pipe, "Tory leader Michael Howard rejected the plan. Liberal Democrat MPs and Lib Dem peers agreed.")
    orgs = [e for e in ents if e.type == "ORG"]
    # session 13: named by the form the text writes (gold's canonical name is a form of the text; "Conservative
    # Party" where only "Tory" is written matched no gold item), the commonest, then the longest
    assert {e.name for e in orgs} == {"Tory", "Liberal Democrat"}
    assert all(e.actor == "GBROPP" for e in orgs)
    assert not any(e.name in ("Liberal", "Democrat") for e in ents)


def test_party_adjective_named_by_its_commonest_form(pipe):
    ents = _ents(pipe, "Tory MPs and Tory peers met Conservative donors on Monday.")
    con = [e for e in ents if e.actor == "GBROPP"]
    assert len(con) == 1 and con[0].name == "Tory"


def test_party_adjective_joins_the_named_party(pipe):
    ents = _ents(pipe, "The Conservatives unveiled their plan. A Conservative spokesman said taxes would fall.")
    con = [e for e in ents if e.actor == "GBROPP"]
    assert len(con) == 1 and con[0].name == "Conservatives"


def test_adjective_form_is_no_name_at_a_sentence_start_when_lower_elsewhere(pipe):
    ents = _ents(pipe, "Conservative clerics in Tehran objected. The conservative press agreed.")
    assert not any(e.actor == "GBROPP" for e in ents)


def test_bbc_networks_are_whole_outlets(pipe):
    # session 12: the blind gold keeps a network apart from the BBC ("BBC Radio 4" ... "the BBC": two bodies)
    ents = _ents(pipe, "She told BBC Radio 4's Today programme the BBC had been unfair. He told BBC Radio Wales so.")
    names = {e.name for e in ents if e.type == "ORG"}
    assert {"BBC", "BBC Radio 4", "BBC Radio Wales"} <= names, names
    assert not any(e.name == "BBC Radio" for e in ents)


def test_uk_newspaper_is_one_outlet(pipe):
    ents = _ents(pipe, "The story was first printed by the News of the World on Sunday.")
    assert "News of the World" in _by_name(ents)
    assert not any(e.name == "World" for e in ents)


def test_title_ending_in_of_or_for_names_the_body(pipe):
    ents = _by_name(_ents(pipe, "A spokesman for Yukos said the firm would appeal. She is a former head of "
                                "Merrill Lynch. The chairman of Ofsted, David Bell, said schools were failing."))
    assert ents["Yukos"].type == "ORG"
    assert ents["Merrill Lynch"].type == "ORG"
    assert ents["Ofsted"].type == "ORG"
    assert ents["David Bell"].type == "PER"


def test_title_for_a_person_is_not_given_to_that_person(pipe):
    ents = _by_name(_ents(pipe, "A spokesman for Charles Clarke denied the report on Monday."))
    assert ents["Charles Clarke"].type == "PER"
    assert not (ents["Charles Clarke"].title or "").startswith("spokesman")


def test_multi_word_company_named_by_its_business_context(pipe):
    ents = _by_name(_ents(pipe, "Fiat will stop making engines for its Alfa Romeo subsidiary. Shares in "
                                "construction companies Wika Karya rose."))
    assert ents["Alfa Romeo"].type == "ORG"
    assert ents["Wika Karya"].type == "ORG"


def test_relation_cue_for_keeps_a_multi_word_person(pipe):
    ents = _by_name(_ents(pipe, "A spokeswoman for Margaret Hodge said the minister was on holiday."))
    assert ents["Margaret Hodge"].type == "PER"


def test_bill_name_is_not_cut_at_a_lone_bill(pipe):
    ents = _ents(pipe, "Peers will debate the Serious and Organised Crime Bill and the ID cards Bill next week.")
    assert any(e.type == "MISC" and e.name == "Serious and Organised Crime Bill" for e in ents)
    assert not any(e.type == "PER" for e in ents)


def test_budget_is_no_organisation(pipe):
    ents = _ents(pipe, "Gordon Brown will deliver his Budget on Wednesday, after the Budget leaks.")
    assert not any(e.name == "Budget" for e in ents)
    assert any(e.name == "Gordon Brown" for e in ents)


def test_continental_adjective_is_a_people_word(pipe):
    ents = _ents(pipe, "The Asian tsunami changed the European elections, said Tony Blair.")
    adj = {e.name: e.type for e in ents if e.name in ("Asian", "European")}
    assert adj == {"Asian": "NORP", "European": "NORP"}


def test_people_word_opening_a_longer_name_stays_in_it(pipe):
    ents = _ents(pipe, "He appealed to the European Court of Human Rights and the Muslim Council of Britain.")
    names = {e.name for e in ents}
    assert "European Court of Human Rights" in names and "Muslim Council of Britain" in names
    assert not names & {"European", "Muslim", "Court of Human Rights"}


def test_saints_possessive_stays_inside_the_name(pipe):
    ents = _ents(pipe, "Pupils from St Aidan's Primary School sang at St Mary's Cathedral in Newcastle.")
    names = {e.name for e in ents}
    assert "St Aidan's Primary School" in names and "St Mary's Cathedral" in names
    assert not names & {"St Aidan", "Primary School", "St Mary"}


def test_labour_possessive_still_ends_the_name(pipe):
    ents = _ents(pipe, "Labour's Home Office minister Hazel Blears replied.")
    assert any(e.name == "Labour" and e.type == "ORG" for e in ents)


def test_prime_ministers_questions_is_one_named_thing(pipe):
    ents = _ents(pipe, "At Prime Minister's Questions, Charles Kennedy asked about tuition fees.")
    assert any(e.name == "Prime Minister's Questions" and e.type == "MISC" for e in ents)
    assert not any(e.name == "Questions" for e in ents)


def test_speaker_is_a_title(pipe):
    ents = _ents(pipe, "Commons Speaker Michael Martin suspended the sitting.")
    assert any(e.name == "Michael Martin" and e.type == "PER" for e in ents)
    assert not any("Speaker" in e.name for e in ents)


def test_regions_and_dams_are_physical_places(pipe):
    ents = {e.name: e.type for e in _ents(pipe, "Factories in the Far East and Central America compete. Work on "
                                                "the Xiluodi Dam stopped, but East Timor and Chile grew.")}
    assert ents.get("Far East") == "LOC" and ents.get("Central America") == "LOC"
    assert ents.get("Xiluodi Dam") == "LOC"
    assert ents.get("East Timor") == "GPE" and ents.get("Chile") == "GPE"


def test_place_after_in_is_cut_off_a_model_name(pipe):
    ents = {e.name: e.type for e in _ents(pipe, "The choir sang at St Mary's Cathedral in Newcastle. The Church in "
                                                "Wales objected.")}
    assert ents.get("St Mary's Cathedral") == "LOC" and ents.get("Newcastle") == "GPE"
    assert "Church in Wales" in ents


def test_opposition_leaders_coded_by_their_dated_office(pipe):
    text = "Michael Howard and Charles Kennedy attacked the government's plans."
    ents = _by_name(_ents(pipe, text, "2005-02-01"))
    assert ents["Michael Howard"].actor == "GBROPP" and ents["Charles Kennedy"].actor == "GBROPP"
    later = _by_name(_ents(pipe, text, "2009-02-01"))
    assert later["Michael Howard"].actor != "GBROPP"


def test_short_name_of_an_organisation_named_in_full_is_that_organisation(pipe):
    ents = _by_name(_ents(pipe, "Kelvar Computer Entertainment said on Monday that Kelvar would cut prices."))
    assert ents["Kelvar Computer Entertainment"].type == "ORG"
    # session 11: the short name is a mention of the only body it opens (the body ends in a company word)
    assert "Kelvar" not in ents
    assert "Kelvar" in {m.text for m in ents["Kelvar Computer Entertainment"].mentions}


def test_employer_of_an_analyst_is_a_company(pipe):
    ents = _by_name(_ents(pipe, "Dana Whitfield, an analyst at Brennick, said the market was weak."))
    assert ents["Dana Whitfield"].type == "PER"
    assert ents["Brennick"].type == "ORG"


def test_company_founder_cue_keeps_the_founder_a_person(pipe):
    ents = _by_name(_ents(pipe, "Zorbix founder Gemma Hartley said the service would grow."))
    assert ents["Zorbix"].type == "ORG"
    assert ents["Gemma Hartley"].type == "PER"


def test_persons_listed_together_stay_persons(pipe):
    ents = _by_name(_ents(pipe, "Richard Berry, Kent Kartadinata and Christopher Tresco were jailed with Mr Tresco's brother."))
    assert all(ents[n].type == "PER" for n in ("Richard Berry", "Kent Kartadinata", "Christopher Tresco"))


def test_city_opening_an_exchange_name_stays_a_place(pipe):
    ents = _by_name(_ents(pipe, "Traders in Karachi said the Karachi Stock Exchange fell sharply."))
    assert ents["Karachi"].type in ("GPE", "LOC")


def test_companies_in_an_enumeration_with_a_company(pipe):
    ents = _by_name(_ents(pipe, "Phones made by Nokia, Zentak and Brovia are affected."))
    assert ents["Zentak"].type == "ORG"
    assert ents["Brovia"].type == "ORG"


def test_household_company_name_is_an_organisation_without_cues(pipe):
    ents = _by_name(_ents(pipe, "Later this year Sony is expected to release its new handheld console in Europe."))
    assert ents["Sony"].type == "ORG"


def test_company_name_as_a_persons_surname_stays_a_person(pipe):
    ents = _by_name(_ents(pipe, "Gerald Ford met reporters on Monday. Ford said nothing about the talks."))
    assert ents["Gerald Ford"].type == "PER"


def test_employer_named_before_its_economist_is_a_company(pipe):
    ents = _by_name(_ents(pipe, "Growth will slow, Kelbury analyst Ravi Shah told reporters."))
    assert ents["Kelbury"].type == "ORG"
    assert ents["Ravi Shah"].type == "PER"


def test_no_acronym_branch_rule_in_english():
    from kabar.stages.entities.loading import resources

    assert not resources("en").branch_kinds  # "BBC Scotland"-style names are the gazetteer's business in English


# Session 7 (issue 11): classes counted over 200 unlabelled BBC articles (scripts/entity_census.py --bbc 200).

def test_seat_after_mp_for_is_the_place_with_its_coordinated_part(pipe):
    ents = _by_name(_ents(pipe, "Ms Hadley, the Labour MP for Brockwell and Stanmoor Vale, backed the plan."))
    assert ents["Brockwell"].type == "GPE" and ents["Stanmoor Vale"].type == "GPE"
    assert not any(e.type == "PER" and e.name in ("Brockwell", "Stanmoor Vale") for e in ents.values())


def test_person_named_again_elsewhere_stays_a_person_after_a_seat_cue(pipe):
    ents = _by_name(_ents(pipe, "Labour chose a candidate for Harriet Quell's old ward. Harriet Quell said she was glad."))
    assert ents["Harriet Quell"].type == "PER"


def test_religious_and_nation_adjectives_are_peoples(pipe):
    ents = _ents(pipe, "The remark upset the Jewish community, Catholic schools and Scottish ministers, "
                       "but the Catholic Church and the Scottish Parliament kept quiet.")
    types = {(e.type, e.name) for e in ents}
    assert {("NORP", "Jewish"), ("NORP", "Catholic"), ("NORP", "Scottish")} <= types
    assert {("ORG", "Catholic Church"), ("ORG", "Scottish Parliament")} <= types


def test_english_the_language_is_no_people(pipe):
    ents = _ents(pipe, "The form must be filled in English within a month.")
    assert not any(e.name == "English" for e in ents)


def test_bill_before_a_surname_is_a_first_name_not_a_law(pipe):
    ents = _by_name(_ents(pipe, "Transport Minister Bill Harrowby said the Road Charging Bill would pass. "
                                "Sir Bill Ostley disagreed."))
    assert ents["Bill Harrowby"].type == "PER" and ents["Bill Ostley"].type == "PER"
    assert ents["Road Charging Bill"].type == "MISC"
    assert not any(e.type == "MISC" and e.name.endswith(("Minister Bill", "Sir Bill")) for e in ents.values())


def test_consultation_papers_are_documents(pipe):
    ents = _ents(pipe, "Ministers will publish a White Paper on roads. The Green Paper on rail was shelved.")
    assert {(e.type, e.name) for e in ents} >= {("MISC", "White Paper"), ("MISC", "Green Paper")}
    assert not any(e.type == "ORG" for e in ents)


@pytest.mark.parametrize("text,want", [
    # a seat before "seat" or after "contesting"
    ("Peter Olland will fight the Marbury Heath seat. He first stood after contesting Dunwold Cross in 1997.",
     {"Marbury Heath": "GPE", "Dunwold Cross": "GPE", "Peter Olland": "PER"}),
    # one-word bodies named by a descriptor that is no business
    ("Jo Pell, general secretary of Tessarin, said members would strike. The work of a housing charity, Roofwell, "
     "was praised, as was training body Kelva.", {"Tessarin": "ORG", "Roofwell": "ORG", "Kelva": "ORG", "Jo Pell": "PER"}),
    # a programme before "show"
    ("He told Channel Six's Morning Kettle show that taxes would rise.", {"Morning Kettle": "MISC"}),
])
def test_sentence_cue_says_what_a_name_is(pipe, text, want):
    ents = _by_name(_ents(pipe, text))
    assert {name: ents[name].type for name in want} == want


# Session-8 classes (issue 11), counted over 300 unlabelled BBC politics articles; sentences paraphrased.
@pytest.mark.parametrize("text,programme,gone", [
    # after a broadcaster's possessive, the model's body is the programme, whole over "at" and "'s"
    ("Asked about the review, the minister told BBC Radio 4's World at Noon it was a non-story.", "World at Noon",
     "World"),
    ("Speaking on BBC Radio 4's Woman's Hour, Mr Harrod hinted at a tax cut.", "Woman's Hour", "Woman"),
    ("Speaking to the BBC's Westminster Evening on Sunday, Mr Kenner said the election would be close.",
     "Westminster Evening", None),
])
def test_programme_after_a_broadcaster(pipe, text, programme, gone):
    ents = _by_name(_ents(pipe, text))
    assert ents[programme].type == "MISC"
    assert gone not in ents


def test_broadcaster_body_and_reporter_stay(pipe):
    ents = _by_name(_ents(pipe, "The BBC's World Service will cut jobs, the BBC's Nick Robson said."))
    assert ents["World Service"].type == "ORG" and ents["Nick Robson"].type == "PER"


@pytest.mark.parametrize("text,person,seat", [
    ("Lord Nicholls of Birkenhead, in his ruling, said the law was wrong.", "Lord Nicholls", "Birkenhead"),
    ("But Lord Walker of Gestingthorpe, the one law lord to dissent, disagreed.", "Lord Walker", "Gestingthorpe"),
    ("The former leader said he would take the title of Lord Kinnock of Bedwellty.", "Lord Kinnock", "Bedwellty"),
])
def test_peer_designation_is_no_place_or_body(pipe, text, person, seat):
    # a peer known only by title and one name is named with the title (session 10: "Nicholls" alone names no one)
    ents = _ents(pipe, text)
    assert [(e.type, e.name) for e in ents if e.type == "PER"] == [("PER", person)]
    assert not any(seat in e.name for e in ents)


def test_office_of_a_place_keeps_the_place(pipe):
    ents = _by_name(_ents(pipe, "The Lord Chief Justice of England, Lord Woolf, agreed."))
    assert ents["England"].type == "GPE"


@pytest.mark.parametrize("text,person", [
    ("Former welfare minister Frank Field MP said the prime minister should sack Mr Brown.", "Frank Field"),
    ("Amnesty International's Jan Shaw said the policy was ironic.", "Jan Shaw"),
])
def test_body_named_like_a_person_is_the_person(pipe, text, person):
    assert _by_name(_ents(pipe, text))[person].type == "PER"


@pytest.mark.parametrize("text,name", [
    ("Opponents said Roman Catholics would be barred from the throne.", "Roman Catholics"),
    ("The settlement includes money from the UK Treasury, Chancellor Gordon Brown said.", "UK Treasury"),
])
def test_body_with_a_given_name_first_stays_unless_person_like(pipe, text, name):
    assert _by_name(_ents(pipe, text))[name].type != "PER"


def test_body_word_inside_a_body_of_name(pipe):
    ents = _by_name(_ents(pipe, "Association of Chief Police Officers president Chris Foy said the power was weak."))
    assert ents["Association of Chief Police Officers"].type == "ORG"
    assert "Officers" not in ents and ents["Chris Foy"].type == "PER"


@pytest.mark.parametrize("text,names", [
    ("Most of the suspects are held at Harwick prison, in London.", ["Harwick"]),
    ("Foreign nationals are held at Harwick, Full Marton and Eastley prisons.", ["Harwick", "Full Marton", "Eastley"]),
])
def test_name_before_a_building_noun_is_the_building(pipe, text, names):
    ents = _by_name(_ents(pipe, text))
    assert {n: ents[n].type for n in names} == {n: "LOC" for n in names}


def test_named_plan_is_a_named_thing(pipe):
    ents = _by_name(_ents(pipe, "He likened the aid package to the Marshall Plan used to rebuild Europe."))
    assert ents["Marshall Plan"].type == "MISC"


@pytest.mark.parametrize("text,law", [
    ("The laws might be incompatible with the Human Rights Act on the grounds of religion.", "Human Rights Act"),
    ("The Hunting Act of 2004 came into force.", "Hunting Act of 2004"),
])
def test_law_name_takes_of_or_on_only_before_a_year(pipe, text, law):
    assert _by_name(_ents(pipe, text))[law].type == "MISC"


@pytest.mark.parametrize("text,person,gone", [
    ("Minister for Children, Young People and Families Margaret Hodd said the plans were fair.", "Margaret Hodd",
     ["Children", "Young People", "Families Margaret Hodd"]),
    ("The Secretary of State for Culture, Media and Sport, Tessa Jowly, hit out at critics.", "Tessa Jowly",
     ["Culture", "Media"]),
    ("Along with Minister for Work Jane Kenway, he attacked the plans.", "Jane Kenway", ["Work Jane Kenway"]),
    ("Director of Public Prosecutions, Ken Macdonell QC, said the principle was set.", None, ["Public Prosecutions"]),
])
def test_minister_field_is_part_of_the_office(pipe, text, person, gone):
    ents = _by_name(_ents(pipe, text))
    if person:
        assert ents[person].type == "PER"
    assert not any(g in ents for g in gone)
