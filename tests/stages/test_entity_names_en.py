"""English name classes (issue 11), each a construction of BBC news English, checked through the whole pipeline.

The first block is the session-6 census of 300 unlabelled BBC politics and business articles: party adjectives are
the party, BBC networks are the BBC, a title ending in "of"/"for" names whom the role serves, multi-word companies by
their business context, law names whole, continental adjectives NORP. The blocks after it (one per census or read,
each headed "# ---" with a note of where its cases came from) were the session files test_entity_names_en_s9.py ...
test_entity_names_en_s16.py; within a block the cases are grouped by construction, a comment each. The blocks from
the Westminster bodies on read their cases as of 24 February 2005 (``_ents_feb``), the earlier ones as of 15 January
2005 (``_ents``) or, where a block builds its article inline, 1 March 2005."""

from __future__ import annotations

import pytest

from kabar.record import Article
from kabar.text.names import fold


def _ents(pipe, text, published="2005-01-15"):
    return pipe(Article.new(text, lang="en", published=published)).entities


def _by_name(ents):
    return {e.name: e for e in ents}


def _ents_feb(pipe, text):
    return pipe(Article.new(text, lang="en", published="2005-02-24")).entities


def _show(ents):
    return [(e.name, e.type, e.actor) for e in ents]


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


# --- Laws, documents and wars; household companies; names joined by "and"; QC letters
# From session-9 English name classes counted over a fresh census slice (80 BBC politics + 80 business articles past
# the first 200 of each desk, issue 11): laws, documents and wars are MISC whatever body word sits inside; household
# company names the model missed; two known names joined by "and" are two; a bare "former" before one word is no
# person; QC/MP letters are no part of a name.


def test_laws_with_a_body_word_inside_are_misc(pipe):
    ents = _by_name(_ents(pipe, "In November, the use of the Parliament Act meant a total ban on hunting. The Serious "
                                "Organised Crime and Police Bill proposes extra powers. The rules came from the "
                                "Sarbanes-Oxley Act, part of the US clean-up."))
    for name in ("Parliament Act", "Serious Organised Crime and Police Bill", "Sarbanes-Oxley Act"):
        assert ents[name].type == "MISC", name
        assert ents[name].actor is None, name


def test_conventions_agreements_and_wars_are_misc(pipe):
    ents = _by_name(_ents(pipe, "He said the rules were incompatible with the European Convention on Human Rights as "
                                "they stood. The TGWU hammered out the Warwick Agreement with ministers. The plan was "
                                "likened to the Marshall Plan used to rebuild Europe after World War Two. Parts of the "
                                "Bill of Rights were shown, and the Act of Settlement was cited."))
    for name in ("European Convention on Human Rights", "Warwick Agreement", "World War Two", "Bill of Rights",
                 "Act of Settlement"):
        assert ents[name].type == "MISC", name


def test_a_person_called_bill_stays_a_person(pipe):
    ents = _by_name(_ents(pipe, "Bill Clinton met California attorney general Bill Lockyer on Monday."))
    assert ents["Bill Clinton"].type == "PER"
    assert ents["Bill Lockyer"].type == "PER"


def test_household_company_names_the_model_misses(pipe):
    ents = _by_name(_ents(pipe, "Fiat claims that GM is obliged to buy the unit. Shares in Barclays fell 2%. "
                                "Toyota and Nissan are selling hybrids."))
    for name in ("Fiat", "Barclays", "Toyota", "Nissan"):
        assert name in ents and ents[name].type == "ORG", name


def test_company_name_is_no_persons_surname_nor_part_of_a_longer_name(pipe):
    ents = _ents(pipe, "Lord Sainsbury gave £2m to Labour. Sainsbury's gift was the largest. Harrison Ford starred.")
    assert not any(e.type == "ORG" and e.name.startswith("Sainsbury") for e in ents)
    assert not any(e.type == "ORG" and e.name == "Ford" for e in ents)


def test_company_name_takes_no_dash(pipe):
    ents = _ents(pipe, "GM swapped a 6% stake in itself for 20% of Fiat - and gave Fiat a put option.")
    names = {e.name for e in ents}
    assert "Fiat" in names and "Fiat -" not in names


def test_place_before_based_is_no_company(pipe):
    ents = _by_name(_ents(pipe, "Barclays held talks with US bank Wells Fargo. A tie-up between Barclays and "
                                "California-based Wells Fargo would create a giant."))
    assert ents["California"].type == "GPE"


def test_two_known_names_joined_by_and_are_two(pipe):
    ents = _by_name(_ents(pipe, "Figures from Nationwide and Halifax showed a fall. The Nationwide said prices fell "
                                "while Halifax said they rose. The Securities and Exchange Commission said so."))
    assert "Nationwide and Halifax" not in ents
    assert ents["Halifax"].type == "ORG" and ents["Nationwide"].type == "ORG"
    assert ents["Securities and Exchange Commission"].type == "ORG"


def test_bare_former_before_one_word_is_no_person(pipe):
    ents = _by_name(_ents(pipe, "Talks depend on co-operation with the war crimes tribunal for the former Yugoslavia. "
                                "Former minister Clare Short said no."))
    assert ents["Yugoslavia"].type == "GPE"
    assert ents["Clare Short"].type == "PER"


def test_qc_letters_are_no_part_of_the_name(pipe):
    ents = _by_name(_ents(pipe, "Ben Emmerson QC, representing seven of the detainees, said the men had been held."))
    assert "Ben Emmerson" in ents and ents["Ben Emmerson"].type == "PER"


def test_g8_is_an_igo(pipe):
    ents = _by_name(_ents(pipe, "The UK wants to make Africa a priority of its chairmanship of the G8 this year."))
    assert ents["G8"].type == "ORG" and ents["G8"].actor.startswith("IGO")


def test_brands_before_a_drink_are_products(pipe):
    ents = _by_name(_ents(pipe, "Diageo's best-known brands include Smirnoff vodka and Guinness stout. Allied "
                                "Domecq's big names include Malibu rum and Ballantine's whisky."))
    for name in ("Guinness", "Malibu"):
        assert ents[name].type == "MISC", name
    assert all(e.type in ("MISC", "ORG") for e in ents.values() if e.name.startswith("Ballantine"))


def test_commons_and_lords_are_two_bodies(pipe):
    ents = _by_name(_ents(pipe, "It has been unravelling in the House of Commons. It will need the agreement of the "
                                "House of Lords, he said."))
    assert ents["House of Commons"].actor == "GBRLEG" and ents["House of Lords"].actor == "GBRLEG"


def test_a_list_with_a_known_person_is_a_list_of_people(pipe):
    ents = _by_name(_ents(pipe, "Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem's "
                                "elections chief Lord Rennard said."))
    assert ents["Oliver Letwin"].type == "PER"


def test_treasury_is_a_ministry_not_a_place(pipe):
    ents = _by_name(_ents(pipe, "But the Treasury said there would be no relaxation of discipline. The US Treasury "
                                "agreed."))
    assert ents["Treasury"].type == "ORG" and ents["Treasury"].actor == "GBRGOV"
    assert ents["US Treasury"].actor == "USAGOV"


# --- What must not come out: a see, a minister's field, a surname half, a peer's bare name
# From session-10 English name classes (names-en, issue 11), counted in a census of 103 BBC politics and business
# articles past the first 330 of each desk: what must NOT come out. The positive rows of the same classes are in
# ``title_cases.EN_S10`` (the title table).


# (phrase, a name no entity may have, optionally only of this type)
NOT_NAMED_SEES_FIELDS_AND_NAME_PARTS = [
    # "<title> of X": the office's see or realm, not the holder
    ("Earlier the Archbishop of Canterbury wrote to all three parties.", "Canterbury", "PER"),
    ("He and the Archbishop of Canterbury have both spoken out about the war.", "Canterbury", "PER"),
    ("The Bishop of Durham said it was wrong.", "Durham", "PER"),
    # the field of a minister before the office word
    ("Her call was backed by Culture, Media and Sport Secretary Tessa Jowell.", "Media", None),
    # "MS" (multiple sclerosis) is no "Ms"
    ("This is a landmark for patients with MS. Final approval should now be a formality.", "Final", None),
    # a hyphenated surname's second half alone
    ("Opinion was more divided over Rodney Hylton-Potts, a convicted fraudster.", "Hylton-Potts", None),
    # the body's word taken for a person
    ("The Public and Commercial Services Union will strike. The Transport and General Workers' Union's members "
     "join.", "Services", None),
    # the body glued to the person after its kind word
    ("But general secretary of the public services union Unison Dave Prentis criticised the plans.",
     "Unison Dave Prentis", None),
    # a peer's bare name
    ("The Attorney General, Lord Goldsmith, has issued no instructions to police.", "Goldsmith", None),
    # two persons joined by a hyphen as one place
    ("Tony Blair met Gordon Brown. A new book fuelled talk of the Blair-Brown rift.", "Blair-Brown", None),
    # a person of a body as one body
    ("Laura Brownlees of Save the Children said there were grave concerns.", "Laura Brownlees of Save the Children",
     None),
]


@pytest.mark.parametrize("phrase,name,etype", NOT_NAMED_SEES_FIELDS_AND_NAME_PARTS, ids=[f"{r[1]}-{r[0][:30]}" for r in NOT_NAMED_SEES_FIELDS_AND_NAME_PARTS])
def test_see_field_or_name_part_not_named(pipe, phrase, name, etype):
    ents = pipe(Article.new(phrase, lang="en", published="2005-03-01")).entities
    bad = [e for e in ents if fold(e.name) == fold(name) and (etype is None or e.type == etype)]
    assert not bad, [(e.name, e.type) for e in ents]


def test_a_minister_of_a_portfolio_keeps_the_holder(pipe):
    ents = pipe(Article.new("The Minister of Education Stefania Giannini said so.", lang="en",
                            published="2014-03-01")).entities
    assert any(e.name == "Stefania Giannini" and e.type == "PER" for e in ents)


def test_a_given_name_after_of_is_a_person_not_a_see(pipe):
    # the rest after "<title> of" holds a known given name: no see, the model's person stays
    ents = pipe(Article.new("A spokesman of Tony Blair said so.", lang="en", published="2005-03-01")).entities
    assert any(e.name == "Tony Blair" and e.type == "PER" for e in ents)


def test_a_person_named_in_full_keeps_the_full_name_beside_the_peerage(pipe):
    ents = pipe(Article.new("Former Labour leader Neil Kinnock became a peer. Lord Kinnock led Labour until 1992.",
                            lang="en", published="2005-03-01")).entities
    assert [e.name for e in ents if e.type == "PER"] == ["Neil Kinnock"]


# --- What must not come out: name particles, brackets, technologies by initials, products
# From session-11 English name classes (names-en2, issue 11), counted in a census of 80 BBC business and tech
# articles (the files of each desk's name-sorted listing below index 200, which session 6 did not read): what must
# NOT come out. The positive rows of the same classes are in ``title_cases.EN_S11`` (the title table).


# (phrase, a name no entity may have, optionally only of this type)
NOT_NAMED_PARTICLES_BRACKETS_AND_TECH = [
    # a name cut at two particles or at "den"
    ("He was a special advisor to chief executive Jeroen van der Veer, the firm said.", "Jeroen", None),
    ("Aviation analyst Nick Van den Brul of BNP Paribas described the results as modest.", "Nick Van", None),
    # a bracket the model took along
    ("The Consumer Electronics Show (CES) featured the pick of the gadgets.", "Consumer Electronics Show (CES", None),
    ("Gamers exchange real currency into PED (Project Entropia Dollars) and back.", "PED (Project Entropia Dollars",
     None),
    # a short name beside the only body it opens
    ("Wireless provider Broadreach and net telephony firm Skype are rolling out a service. Broadreach Networks has "
     "around two million users.", "Broadreach", None),
    ("Following the takeover of anti-spyware firm Giant, Microsoft said it would act. Microsoft bought small New York "
     "software firm Giant Company Software.", "Giant", None),
    # technologies named by their initials, and their expansions
    ("Sony backs Blu-ray, the rival DVD format. HDTV sets sell and VHS is dead.", "DVD", None),
    ("Picture messages are sent with Multimedia Messaging Services (MMS) and GPRS. MMS is slow.",
     "Multimedia Messaging Services", None),
    ("The screens use Liquid Crystal Display (LCD) technology.", "Liquid Crystal Display", None),
    ("Systems that limit what people can do are known as Digital Rights Management systems. DRM is hated.",
     "Digital Rights Management", None),
    # products typed as bodies or persons
    ("The flaw affects Windows XP and Windows Messenger.", "Windows Messenger", "PER"),
    ("GM said new products such as the Pontiac G6 had put in solid performances.", "Pontiac G6", "ORG"),
    # a company's officer title read as a person
    ('"It will be converged," said Ken Kutaragi, Chief Operating Officer of Sony.', "Operating Officer", None),
]


@pytest.mark.parametrize("phrase,name,etype", NOT_NAMED_PARTICLES_BRACKETS_AND_TECH, ids=[f"{r[1]}-{r[0][:30]}" for r in NOT_NAMED_PARTICLES_BRACKETS_AND_TECH])
def test_particle_bracket_or_tech_not_named(pipe, phrase, name, etype):
    ents = pipe(Article.new(phrase, lang="en", published="2005-03-01")).entities
    bad = [e for e in ents if fold(e.name) == fold(name) and (etype is None or e.type == etype)]
    assert not bad, [(e.name, e.type) for e in ents]


def test_a_household_company_stays_apart_from_a_longer_name_it_opens(pipe):
    # "Sony" (pack company_names) is not the short form of "Sony Pictures Entertainment"
    ents = pipe(Article.new("Sony Pictures Entertainment backs Blu-ray. Disney said Sony had won. Sony shares rose.",
                            lang="en", published="2005-03-01")).entities
    names = {e.name for e in ents}
    assert "Sony Pictures Entertainment" not in names or "Sony" in names, names


def test_a_person_is_no_short_name_of_a_body(pipe):
    ents = pipe(Article.new("Henry Ford was born in 1863. Ford gave money to the Ford Foundation.", lang="en",
                            published="2005-03-01")).entities
    assert any(e.name == "Henry Ford" and e.type == "PER" for e in ents)
    assert any(e.name == "Ford Foundation" and e.type == "ORG" for e in ents)


def test_one_digit_after_a_broadcaster_stays_a_body(pipe):
    ents = pipe(Article.new("Channel 4 and BBC Radio 4 covered the story.", lang="en",
                            published="2005-03-01")).entities
    assert all(e.type != "MISC" for e in ents), [(e.name, e.type) for e in ents]


def test_indonesian_unit_numbers_stay_bodies(pipe):
    # model_code_misc is on in the English pack only
    ents = pipe(Article.new("Komandan Kodim 0501 Kolonel Inf Husein Sagaf memimpin apel.", lang="id",
                            published="2025-10-01")).entities
    assert all(e.type != "MISC" for e in ents), [(e.name, e.type) for e in ents]


def test_a_body_whose_initials_spell_a_place_word_stays(pipe):
    # "DAM": a place feature of the pack, not one of its common-term acronyms (validation slice)
    ents = pipe(Article.new("said Shawn Burns, a fund manager at Deutsche Asset Management.", lang="en",
                            published="2005-03-01")).entities
    assert any(e.name == "Deutsche Asset Management" and e.type == "ORG" for e in ents), [(e.name, e.type) for e in ents]


# --- Westminster bodies: the Houses, their committees, stop-listed body words
# From session-12 English entity classes (en3, issue 11), found on the twelve BBC tune articles annotated blind in
# session 12 and counted in a census of BBC politics articles (docs/entities.md, "Westminster bodies ... (session
# 12)"). Each row fails without its change.


# (text, name, type): an entity that must come out
WESTMINSTER_NAMED = [
    # the House written alone
    ("The Commons has approved the measures despite considerable opposition.", "Commons", "ORG"),
    ("The plans face trouble in the Lords if the opposition continues.", "Lords", "ORG"),
    # a Westminster committee in lower case after its House
    ("Mr Mates is a member of the Commons intelligence and security committee.",
     "Commons intelligence and security committee", "ORG"),
    ("He told the Commons foreign affairs committee the rebate was justified.", "Commons foreign affairs committee",
     "ORG"),
    # a stop-listed body word before the body's tail
    ("Police Federation chairman Jan Berry said officers should act as eyes and ears.", "Police Federation", "ORG"),
    ("The Local Government Association said councils were ready.", "Local Government Association", "ORG"),
    # a peer before "and" and a known name
    ("It was written by Home Office Minister Lord Falconer and Downing Street adviser Baroness Morgan.",
     "Lord Falconer", "PER"),
]


@pytest.mark.parametrize("text,name,etype", WESTMINSTER_NAMED, ids=[r[1] for r in WESTMINSTER_NAMED])
def test_westminster_body_named(pipe, text, name, etype):
    ents = _ents_feb(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), [(e.name, e.type) for e in ents]


def test_law_lords_are_not_the_house_of_lords(pipe):
    ents = _ents_feb(pipe, "The Law Lords have ruled against detention without trial.")
    assert not any(e.name in ("Lords", "House of Lords") for e in ents), [(e.name, e.type) for e in ents]
    assert any(e.name == "Law Lords" and e.type == "ORG" for e in ents)


def test_british_spelling_of_an_igo_joins_its_acronym(pipe):
    ents = _ents_feb(pipe, "The World Trade Organisation ruled on Friday. The WTO said it would act.")
    wto = [e for e in ents if e.actor == "IGOWTO"]
    assert len(wto) == 1 and {m.text for m in wto[0].mentions} >= {"World Trade Organisation", "WTO"}, \
        [(e.name, [m.text for m in e.mentions]) for e in ents]


def test_a_bbc_network_is_apart_from_the_bbc(pipe):
    ents = _ents_feb(pipe, "Mr Howard told BBC Radio 4's Today programme he was right. He later told the BBC he would go.")
    names = {e.name for e in ents}
    assert {"BBC", "BBC Radio 4"} <= names, names


def test_and_before_a_known_name_joins_no_body(pipe):
    ents = _ents_feb(pipe, "It was written by Home Office Minister Lord Falconer and Downing Street adviser Baroness Morgan.")
    assert not any("Falconer and" in e.name for e in ents), [(e.name, e.type) for e in ents]


# --- Party forms, Parliament, treaties, IGO names, members
# From session-13 English entity classes (names-en4, issue 11): BBC politics constructions from the tune half's
# errors and a precision census (docs/entities.md, "Party forms, Parliament, treaties, members (session 13)"). Each
# row fails without its change.


# (text, name, type): an entity that must come out
PARLIAMENT_TREATY_PARTY_NAMED = [
    # bare "Parliament" is the British Parliament (the model's one-word span of it was dropped as a common noun)
    ("A shortened Finance Bill would have to be rushed through Parliament with all-party support.", "Parliament",
     "ORG"),
    # a treaty named after a place, its noun in lower case
    ("The US refused to sign the Kyoto protocol, Mrs Beckett said.", "Kyoto protocol", "MISC"),
    ("The Maastricht treaty gave Britain an opt-out.", "Maastricht treaty", "MISC"),
    # an IGO's name with its head in lower case
    ("The European commission said the rebate was unjustified.", "European commission", "ORG"),
    ("The EU commission disagreed with the plan.", "EU commission", "ORG"),
    # the health service by its initials
    ("Members working in the NHS have never had high pay, he said.", "NHS", "ORG"),
    ("The National Health Service needs more nurses, he said.", "National Health Service", "ORG"),
    # a party before a plural noun of its members: the party
    ("Senior Labour MPs attacked the plan on Tuesday.", "Labour", "ORG"),
    ("Labour MEPs and Conservative MEPs voted against it.", "Labour", "ORG"),
    # a members' noun after "of" is part of the name
    ("Mr Howard read from a letter at the European Council of Ministers for processing.",
     "European Council of Ministers", "ORG"),
    # "<country> state of <place>": the place, its country apart
    ("Limited trials are due to start this month in the Indian state of Andhra Pradesh.", "Andhra Pradesh", "GPE"),
]


@pytest.mark.parametrize("text,name,etype", PARLIAMENT_TREATY_PARTY_NAMED, ids=[r[1] for r in PARLIAMENT_TREATY_PARTY_NAMED])
def test_parliament_treaty_or_party_named(pipe, text, name, etype):
    ents = _ents_feb(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# (text, name): no entity may be named so
PARLIAMENT_TREATY_PARTY_NOT_NAMED = [
    ("The Treaty of Amsterdam gave Britain an opt-out on asylum.", "Amsterdam"),
    ("The US refused to sign the Kyoto protocol, Mrs Beckett said.", "Kyoto"),
    ("The European commission said the rebate was unjustified.", "European"),
    ("Senior Labour MPs attacked the plan on Tuesday.", "Senior Labour MPs"),
    ("Senior Labour MPs attacked the plan on Tuesday.", "Senior Labour"),
    ("Its progress was delayed twice when Polish MEPs rejected plans to adopt it.", "Polish MEPs"),
    ("The documentary showed tensions between Mr Kilroy-Silk and his fellow MEPs.", "MEPs"),
    ("Labour MEPs and Tory MSPs voted against it.", "Tory MSPs"),
    ("Limited trials are due to start this month in the Indian state of Andhra Pradesh.",
     "Indian state of Andhra Pradesh"),
]


@pytest.mark.parametrize("text,name", PARLIAMENT_TREATY_PARTY_NOT_NAMED, ids=[f"{r[1]}-{i}" for i, r in enumerate(PARLIAMENT_TREATY_PARTY_NOT_NAMED)])
def test_parliament_treaty_or_party_not_named(pipe, text, name):
    ents = _ents_feb(pipe, text)
    assert not any(e.name == name for e in ents), _show(ents)


def test_a_place_standing_alone_beside_its_treaty_stays(pipe):
    ents = _ents_feb(pipe, "The Maastricht treaty was signed in Maastricht in 1992.")
    assert any(e.name == "Maastricht" and e.type == "GPE" for e in ents), _show(ents)


def test_party_named_only_by_its_adjective_is_named_as_written(pipe):
    # gold's canonical name is a form of the text: "Tory", not the gazetteer's "Conservative Party"
    ents = _ents_feb(pipe, "Tory leader Michael Howard said the plan would fail.")
    con = [e for e in ents if e.actor == "GBROPP" and e.type == "ORG"]
    assert [e.name for e in con] == ["Tory"], _show(ents)


def test_parliament_is_the_british_parliament(pipe):
    ents = _ents_feb(pipe, "The bill returns to Parliament next week.")
    assert any(e.name == "Parliament" and e.actor == "GBRLEG" for e in ents), _show(ents)


def test_a_longer_parliament_keeps_its_own_name(pipe):
    ents = _ents_feb(pipe, "The European Parliament and the Scottish Parliament met on Monday.")
    names = {e.name for e in ents}
    assert {"European Parliament", "Scottish Parliament"} <= names and "Parliament" not in names, names


# --- Entertainment news: occupations before persons, works, awards, "The X" outlets
# From session-14 English entity classes (names-en5, issue 11): classes of ordinary BBC entertainment news found by
# a precision census (docs/entities.md, "Session 14 (names-en5)"): occupation and people nouns glued to a person at
# a sentence start, awards typed as persons and bodies, works named after a genre noun; and classes of the tune
# half: outlets written "the Independent". Each row of NAMED and NOT_NAMED fails without its change; KEPT rows are
# the guards.


# (text, name, type): an entity that must come out
ENTERTAINMENT_NAMED = [
    # a capitalised occupation or people's noun before the person is no part of the name
    ("Actor Tom Hanks is to star in a new thriller, the studio said.", "Tom Hanks", "PER"),
    ("Actress Teri Hatcher beat two of her co-stars to the prize.", "Teri Hatcher", "PER"),
    ("Rapper Eminem has denied Elvis a fifth number one.", "Eminem", "PER"),
    ("Sprinter Kelly Holmes was named the sports personality of the year.", "Kelly Holmes", "PER"),
    ("The award went to Jamie Foxx while Briton Clive Owen won a prize for best supporting actor.", "Clive Owen",
     "PER"),
    # a capitalised genre noun before a work: the work
    ("Comedy Meet The Fockers has held on to the number one spot for a second week.", "Meet The Fockers", "MISC"),
    # a lower-case genre noun before a work's title
    ("Clint Eastwood's boxing drama Million Dollar Baby is the new favourite.", "Million Dollar Baby", "MISC"),
    ("The political thriller Hotel Rwanda was given a rousing reception by spectators.", "Hotel Rwanda", "MISC"),
    ("He later appeared in Robocop and in the cult TV show Twin Peaks.", "Twin Peaks", "MISC"),
    # awards and their ceremonies
    ("The film won an Oscar in Los Angeles on Sunday.", "Oscar", "MISC"),
    ("The ceremony follows the Golden Globes in January.", "Golden Globes", "MISC"),
    ("Snow Patrol were the big winners at the Brit Awards on Wednesday.", "Brit Awards", "MISC"),
    ("The novel won the Orange Prize for fiction last year.", "Orange Prize", "MISC"),
    ("Ray Charles won a record number of Grammy Awards in his career.", "Grammy Awards", "MISC"),
    ("It is backed by the singer Lucie Silvas and Grammy Award-winning composer David Arnold.", "Grammy Award", "MISC"),
    # an outlet named "The X" written with a lower-case article in running text
    ("Mr Howard told the Independent that he would not resign.", "Independent", "ORG"),
    ("The plan was first reported in the Times on Saturday.", "Times", "ORG"),
    ("He made the remarks in an interview with the Observer newspaper.", "Observer", "ORG"),
]


@pytest.mark.parametrize("text,name,etype", ENTERTAINMENT_NAMED, ids=[r[1] for r in ENTERTAINMENT_NAMED])
def test_entertainment_named(pipe, text, name, etype):
    ents = _ents_feb(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# (text, name): no entity may be named so
ENTERTAINMENT_NOT_NAMED = [
    ("Actor Tom Hanks is to star in a new thriller, the studio said.", "Actor Tom Hanks"),
    ("Rapper Eminem has denied Elvis a fifth number one.", "Rapper Eminem"),
    ("Comedy Meet The Fockers has held on to the number one spot for a second week.", "Comedy Meet The Fockers"),
    ("The award went to Jamie Foxx while Briton Clive Owen won a prize for best supporting actor.",
     "Briton Clive Owen"),
    # guard (main has no such entity; a version without the "Grammy Award" form split it so)
    ("It is backed by the singer Lucie Silvas and Grammy Award-winning composer David Arnold.", "Award"),
]


@pytest.mark.parametrize("text,name", ENTERTAINMENT_NOT_NAMED, ids=[r[1] for r in ENTERTAINMENT_NOT_NAMED])
def test_entertainment_not_named(pipe, text, name):
    ents = _ents_feb(pipe, text)
    assert not any(fold(e.name) == fold(name) for e in ents), _show(ents)


# (text, name, type): must stay as it is (the guards of the new rules)
ENTERTAINMENT_KEPT = [
    # a given name that is also an award's: the person
    ("Oscar Wilde wrote the play in 1895, the programme said.", "Oscar Wilde", "PER"),
    ("Oscar Arias, the former president of Costa Rica, spoke at the summit.", "Oscar Arias", "PER"),
    # "hit", "show" are verbs before places and bodies, no genre cue
    ("The tsunami hit Sri Lanka on Boxing Day.", "Sri Lanka", "GPE"),
    ("Polls show Labour ahead in the marginal seats.", "Labour", "ORG"),
    # a lower-case occupation noun was never in the name; a title stays a title
    ("The film stars actor Kevin Costner and Michael Keaton.", "Kevin Costner", "PER"),
    # a longer body opened by an outlet's name is the body
    ("He complained to the Independent Police Complaints Commission last year.",
     "Independent Police Complaints Commission", "ORG"),
]


@pytest.mark.parametrize("text,name,etype", ENTERTAINMENT_KEPT, ids=[r[1] for r in ENTERTAINMENT_KEPT])
def test_entertainment_kept(pipe, text, name, etype):
    ents = _ents_feb(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# --- Affixes, regional adjectives, devolved bodies, Sunday papers, schemes, "New", trade cues opening a sentence
# From session-15 English entity classes (names-en6, issue 11): precision classes of BBC politics and business news
# (docs/entities.md, "Session 15 (names-en6)"): words a hyphen glues to a name ("ex-Yukos", "Kyoto-lite"), regional
# adjectives of two words ("Latin American") typed as places, bodies or the US, a business cue opening the sentence
# glued to a firm ("Shares in UK Coal"), and named schemes, policies and facilities typed as bodies; names-en7: a
# capitalised "New" inside a sentence opening a name ("New Line Cinema", "New Order"), and trades only a firm plies
# ("auditors Grant Thornton", "Bookmaker William Hill"). Each row of NAMED and NOT_NAMED fails without its change;
# KEPT rows are the guards.


# (text, name, type): an entity that must come out
AFFIX_NEW_AND_CUE_NAMED = [
    # a hyphen-glued prefix or suffix is no part of the name
    ("The Robert Kilroy-Silk party held talks with the non-Nato states and ex-Tory MPs.", "Nato", "ORG"),
    ("Critics called the plan Kyoto-lite, and the minister agreed.", "Kyoto", "GPE"),
    ("The World War I-era rifles were sold at auction in London.", "World War I", "MISC"),
    # regional adjectives of two words: a people's word (NORP), not a place, a body or the US
    ("Middle Eastern airlines have ordered new jets from Airbus.", "Middle Eastern", "NORP"),
    ("South Asian economies grew faster than expected, the Asian Development Bank said.", "South Asian", "NORP"),
    ("Latin American markets rallied on Monday, Reuters said.", "Latin American", "NORP"),
    ("Shares in South African Breweries rose, while East European markets fell.", "East European", "NORP"),
    # a business cue opening the sentence is cut off the firm after it
    ("Shares in UK Coal rose 5% after the results.", "UK Coal", "ORG"),
    ("Shares of Skis Rossignol rose after US firm Quiksilver made an offer.", "Skis Rossignol", "ORG"),
    ("Shares in South African Breweries rose, while East European markets fell.", "South African Breweries", "ORG"),
    # "Air" opens a firm's name, no person's
    ("India's Air Deccan has ordered 30 planes from Airbus, boss Gorur Gopinath said.", "Air Deccan", "ORG"),
    ("Air Jamaica and Air Sahara are seeking new investors.", "Air Sahara", "ORG"),
    # the devolved bodies (gazetteer entries)
    ("The Scottish Executive said it would fund the scheme, while Stormont remains suspended.", "Scottish Executive",
     "ORG"),
    ("Mr McLetchie had received advice from Holyrood officials about what details he needed to declare.", "Holyrood",
     "ORG"),
    ("The Welsh Assembly Government said the Welsh Assembly would debate the plan.", "Welsh Assembly Government", "ORG"),
    # Sunday papers are outlets of their own, not the daily's
    ("Mr Blair told the Sunday Telegraph that he would serve a full term.", "Sunday Telegraph", "ORG"),
    ("He told the Independent on Sunday that the minister had got it wrong.", "Independent on Sunday", "ORG"),
    ("The plan had been dropped, the Mail on Sunday reported.", "Mail on Sunday", "ORG"),
    # named schemes, policies and lending facilities: MISC
    ("In a statement, the Cabinet Office said it was reviewing the Civil Service Pension Scheme.",
     "Civil Service Pension Scheme", "MISC"),
    ("If Britain's proposal for an International Finance Facility were adopted, aid would rise.",
     "International Finance Facility", "MISC"),
    ("The Common Agricultural Policy costs the EU about 40bn euros a year.", "Common Agricultural Policy", "MISC"),
    # names-en7: a capitalised "New" inside a sentence opens the name
    ("The film-maker will meet executives from New Line Cinema this week.", "New Line Cinema", "ORG"),
    ("The Bravery, who have been compared to The Cure and New Order, were the most tipped act.", "New Order", "ORG"),
    ("Sky will activate a spare slot, marketing magazine New Media Age reported.", "New Media Age", "ORG"),
    ("He died at his home in New Providence island on Wednesday.", "New Providence", "GPE"),
    ("AMR's shares were flat in trading on the New York Stock Exchange, as analysts had expected.",
     "New York Stock Exchange", "ORG"),
    # a place opened by "New" listed before a person is no person (the enumeration rule reads "New" as no name word)
    ("He spoke at a town hall in Salem, New Hampshire, Trump went after Bush.", "New Hampshire", "GPE"),
    # names-en7: trades only a firm plies, before the name or opening the sentence
    ("It has also gone after auditors Grant Thornton, the paper said.", "Grant Thornton", "ORG"),
    ("The report was written by consultants Booz Allen Hamilton for the government.", "Booz Allen Hamilton", "ORG"),
    ("According to bookmaker Ladbrokes, John McCririck was 1/3 favourite to be evicted on Monday.", "Ladbrokes", "ORG"),
    ("Bookmaker William Hill has placed the novel as the 6/4 favourite to win.", "William Hill", "ORG"),
    ("Carmaker Alfa Romeo said its sales rose in January.", "Alfa Romeo", "ORG"),
    ("They signed with independent label Domino in June 2003.", "Domino", "ORG"),
]


@pytest.mark.parametrize("text,name,etype", AFFIX_NEW_AND_CUE_NAMED, ids=[r[1] for r in AFFIX_NEW_AND_CUE_NAMED])
def test_affix_new_or_cue_named(pipe, text, name, etype):
    ents = _ents_feb(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# (text, name): no entity may be named so
AFFIX_NEW_AND_CUE_NOT_NAMED = [
    ("Yukos shares fell after ex-Yukos executives were charged in Moscow.", "ex-Yukos"),
    ("The pipeline will carry gas from ex-Soviet states to Western Europe.", "ex-Soviet"),
    ("Critics called the plan Kyoto-lite, and the minister agreed.", "Kyoto-lite"),
    ("A Blair-like figure is wanted, a party official said.", "Blair-like"),
    # guard (main has no such entity; a version with "Policy" in the MISC pattern gave it)
    ("The economy is in a recovery stage, said Economic and Fiscal Policy Minister Heizo Takenaka.", "Fiscal Policy"),
    ("Mr Blair told the Sunday Telegraph that he would serve a full term.", "Telegraph"),
    ("He told the Independent on Sunday that the minister had got it wrong.", "Independent"),
    # "the General Election" names no person "Election"
    ("The unions could embarrass the government in the run-up to the General Election.", "Election"),
    # what "anti-" leaves of a common adjective is no name
    ("A Labour spokesman denied the campaign was anti-Semitic.", "anti-Semitic"),
    # guard (main names it "anti-Semitic"; the prefix cut without the generic words named it "Semitic")
    ("A Labour spokesman denied the campaign was anti-Semitic.", "Semitic"),
    # the US is not named by "Latin American"
    ("Latin American markets rallied on Monday, Reuters said.", "American"),
    ("Shares in UK Coal rose 5% after the results.", "Shares in UK Coal"),
    ("In a statement, the Cabinet Office said it was reviewing the Civil Service Pension Scheme.", "Pension Scheme"),
    # names-en7: what is left of a name without its "New"
    ("The film-maker will meet executives from New Line Cinema this week.", "Line Cinema"),
    ("The Bravery, who have been compared to The Cure and New Order, were the most tipped act.", "Order"),
    ("He said Mr Brown had made welcome announcements on extending the New Deal, he said.", "Deal"),
    # guard: "New" opening a sentence is still no part of a name ("New Labour" is a gazetteer form)
    ("New Sony figures show sales rose 5% in the year.", "New Sony"),
    # a trade noun opening the sentence is no part of the firm's name
    ("Bookmaker William Hill has placed the novel as the 6/4 favourite to win.", "Bookmaker William Hill"),
]


@pytest.mark.parametrize("text,name", AFFIX_NEW_AND_CUE_NOT_NAMED, ids=[r[1] for r in AFFIX_NEW_AND_CUE_NOT_NAMED])
def test_affix_new_or_cue_not_named(pipe, text, name):
    ents = _ents_feb(pipe, text)
    assert not any(fold(e.name) == fold(name) for e in ents), _show(ents)


# (text, name, type): must stay as it is (the guards of the new rules)
AFFIX_NEW_AND_CUE_KEPT = [
    # a name particle before a hyphen stays in the name
    ("Khaled al-Maeena, editor of Arab News, spoke on Monday.", "Khaled al-Maeena", "PER"),
    ("Pakistan said the al-Qaeda suspects were held in Karachi.", "al-Qaeda", "ORG"),
    ("The Robert Kilroy-Silk party held talks with the non-Nato states.", "Robert Kilroy-Silk", "PER"),
    # a body's name that goes on past "Policy"
    ("The Bank of England's Monetary Policy Committee held rates at 4.75%.", "Monetary Policy Committee", "ORG"),
    ("The Pensions Policy Institute said the plan was unaffordable.", "Pensions Policy Institute", "ORG"),
    # a rank opening with "Air" is still a title before the person
    ("Air Marshal Sir Jock Stirrup said the Air Force was ready.", "Jock Stirrup", "PER"),
    # a lower-case "shares in" in running text was never in the name
    ("Investors bought shares in Cairn Energy after the find.", "Cairn Energy", "ORG"),
    # names-en7 guards: the singular "auditor" is a title's word, no firm's cue; a person after a plural trade
    # noun that is no cue stays a person
    ("Auditor General Sir John Bourn said the costs had risen.", "John Bourn", "PER"),
    ("His lawyers Mark Geragos and Tom Mesereau left the court on Monday.", "Mark Geragos", "PER"),
]


@pytest.mark.parametrize("text,name,etype", AFFIX_NEW_AND_CUE_KEPT, ids=[r[1] for r in AFFIX_NEW_AND_CUE_KEPT])
def test_affix_new_or_cue_kept(pipe, text, name, etype):
    ents = _ents_feb(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# --- A firm after a trade noun and its modifier; trade-noun appositions; pairs joined by "and"
# From session-16 English entity classes (names-en8, issue 11), found on a full read of fresh BBC business news
# (docs/entities.md, "Session 16 (names-en8)"): a firm's name right after a trade noun and its modifier that no
# source marks ("Swiss cement firm Holcim"), and a model's person or place whose apposition is headed by a trade
# noun ("Wipro, India's third-biggest software firm,"). Each row of NAMED fails without its change; KEPT rows are
# the guards.


LUFTHANSA = ("In the spring it took to the skies as Lufthansa and British Airways trialled it on flights. "
             "A deal with Lufthansa was signed.")

# (text, name, type): an entity that must come out
TRADE_NOUN_FIRM_NAMED = [
    # a trade noun after a lower-case modifier introduces a firm no other source marks
    ("Swiss cement firm Holcim has bid $800m to buy two Indian cement firms.", "Holcim", "ORG"),
    ("Verizon has won a takeover battle for US phone firm MCI with a bid worth $6.8bn.", "MCI", "ORG"),
    ("The market is consolidating, with former long-distance giant AT&T being bought by SBC.", "AT&T", "ORG"),
    ("Southcorp rejected a bid from brewing giant Foster's Group on Monday.", "Foster's Group", "ORG"),
    ("The show features all-woman singing group Destiny's Child.", "Destiny's Child", "ORG"),
    ("Finnish security firm F-Secure issued a warning about the new strains.", "F-Secure", "ORG"),
    ("Peter Fish, director of Sheffield-based consulting group MEPS, said the rise was steep.", "MEPS", "ORG"),
    # an apposition headed by a trade noun makes the model's person or place before it a company
    ("Wipro, India's third-biggest software firm, has reported a rise in profits.", "Wipro", "ORG"),
    ("The government is stepping in to save Varig, Brazil's flagship airline.", "Varig", "ORG"),
    ("Yukos has strong links with Surgutneftegas, Russia's fourth-biggest oil producer.", "Surgutneftegas", "ORG"),
    # names-en9: two names the model or the organisation scan joined by "and", one side named alone elsewhere
    (LUFTHANSA, "Lufthansa", "ORG"),
    (LUFTHANSA, "British Airways", "ORG"),
    ("The retailer bid for House of Fraser and Woolworths last year. The bid for Woolworths failed.",
     "House of Fraser", "ORG"),
    ("The retailer bid for House of Fraser and Woolworths last year. The bid for Woolworths failed.", "Woolworths",
     "ORG"),
    ("Talks between Fiat and General Motors failed. General Motors said so.", "Fiat", "ORG"),
]


@pytest.mark.parametrize("text,name,etype", TRADE_NOUN_FIRM_NAMED, ids=[r[1] for r in TRADE_NOUN_FIRM_NAMED])
def test_trade_noun_firm_named(pipe, text, name, etype):
    ents = _ents_feb(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# (text, name, type): must stay as it is (the guards of the new rules)
TRADE_NOUN_FIRM_KEPT = [
    # a stop word in the apposition: the person is the group's godfather, not the group
    ("Gianni Agnelli, the godfather of the group, wanted to keep control of Fiat.", "Gianni Agnelli", "PER"),
    # an apposition headed by an office, not a trade
    ("The offer was received by David Gill, United's chief executive, last week.", "David Gill", "PER"),
    # a country in the gazetteer stays a country whatever its apposition says
    ("Canada, a key gold producer, also expressed reservations about the sale.", "Canada", "GPE"),
    # names-en9: a joiner inside one name: no side stands alone, an article opens the pair, a place on a side
    ("Research by the Pew Internet and American Life Project found this.", "Pew Internet and American Life Project",
     "ORG"),
    ("The judge spoke at the Birmingham and Midlands Institute. It opened in Birmingham last month.",
     "Birmingham and Midlands Institute", "ORG"),
    ("Researchers from University of Highlands and Islands said so, angering Islands residents.",
     "University of Highlands and Islands", "ORG"),
]


@pytest.mark.parametrize("text,name,etype", TRADE_NOUN_FIRM_KEPT, ids=[r[1] for r in TRADE_NOUN_FIRM_KEPT])
def test_trade_noun_firm_kept(pipe, text, name, etype):
    ents = _ents_feb(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# (text, name): no entity may be named so
TRADE_NOUN_FIRM_NOT_NAMED = [
    # a word the article also writes in lower case is no firm's name
    ("The oil group Profits fell, and profits are now low.", "Profits"),
    # neither is a title nor a stop word after the trade noun
    ("He works for US phone firm Chairman Bill Smith.", "Chairman"),
    ("The company said oil firm Meanwhile rose.", "Meanwhile"),
    # names-en9: the pair split, its joined name is gone
    (LUFTHANSA, "Lufthansa and British Airways"),
]


@pytest.mark.parametrize("text,name", TRADE_NOUN_FIRM_NOT_NAMED, ids=[r[1] for r in TRADE_NOUN_FIRM_NOT_NAMED])
def test_trade_noun_firm_not_named(pipe, text, name):
    ents = _ents_feb(pipe, text)
    assert not any(fold(e.name) == fold(name) for e in ents), _show(ents)


# Session 20 (names-id15): the English pack leaves lone_model_min_confidence unset (on fresh BBC text and the en tune
# half the doubtful lone spans were right about as often as wrong): a model span of low confidence stays.

def test_english_keeps_doubtful_lone_model_spans(pipe):
    from kabar.record import Article

    ents = pipe(Article.new("Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict a war.",
                            lang="en", published="2025-10-20")).entities
    assert any(e.type == "ORG" and "Globe and Mail" in e.name for e in ents), [(e.type, e.name) for e in ents]


# --- Session 21 (names21): places cut away with an office, towns read as surnames, bodies of British politics
# From a full read of 26 fresh BBC politics articles (docs/entities.md, "Session 21 (names21)"): a place the model
# glued to the office after it ("Suffolk Chief Constable Alastair McWhirter") was dropped with the office; a town
# before a comma and a lower-case locator ("Croydon, south London") was cut as a descriptor; a town after "in"/"at"
# the model read as a surname; departments, police forces, campaign groups and pollsters British political news
# names by short forms the model misses or types as persons. Each row of NAMED fails without its change; KEPT and
# NOT_NAMED rows are the guards.

# (text, name, type): an entity that must come out
PLACES_BODIES_S21_NAMED = [
    # a place before an office inside the model's person span (the office cut, the place kept)
    ("Suffolk Chief Constable Alastair McWhirter told the BBC the law would be enforced.", "Suffolk", "GPE"),
    # a town, a comma, then a lower-case locator and the city: two places
    ("Mr Abbasi, 23, from Croydon, south London, was taken to Guantanamo Bay.", "Croydon", "GPE"),
    # a town after a place preposition that the model reads as a person
    ("Judith Moritz, in Melton Mowbray, said anti-hunt activists were out to monitor the hunts.", "Melton Mowbray",
     "GPE"),
    # bodies of British politics by the short forms the text writes (gazetteer entries, household names)
    ("A Defra spokesman said the department would look again at the figures.", "Defra", "ORG"),
    ("The Countryside Alliance called on hunt supporters to meet as normal.", "Countryside Alliance", "ORG"),
    ("A YouGov poll for the Daily Telegraph put Labour three points ahead.", "YouGov", "ORG"),
    ("BAA, which operates all three airports, said it was committed to the scheme.", "BAA", "ORG"),
]


@pytest.mark.parametrize("text,name,etype", PLACES_BODIES_S21_NAMED,
                         ids=[f"{r[1]}-{r[2]}" for r in PLACES_BODIES_S21_NAMED])
def test_places_bodies_s21_named(pipe, text, name, etype):
    ents = _ents_feb(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


def test_british_departments_carry_their_code(pipe):
    ents = _by_name(_ents_feb(pipe, "A Defra spokesman said so. Scotland Yard said the operation had been reviewed."))
    assert ents["Defra"].actor == "GBRGOV", _show(ents.values())
    assert ents["Scotland Yard"].type == "ORG" and ents["Scotland Yard"].actor == "GBRCOP", _show(ents.values())


# (text, name, type): must stay as it is (the guards of the new rules)
PLACES_BODIES_S21_KEPT = [
    # the person after the office and the city after the locator stay
    ("Suffolk Chief Constable Alastair McWhirter told the BBC the law would be enforced.", "Alastair McWhirter",
     "PER"),
    ("Mr Abbasi, 23, from Croydon, south London, was taken to Guantanamo Bay.", "London", "GPE"),
    # an office with no place before it still leaves only the person
    ("Shadow Home Secretary David Davis said the plans were unworkable.", "David Davis", "PER"),
    # a person named with a title elsewhere stays a person after "in"
    ("The row began in Blunkett's office. Mr Blunkett said he had done nothing wrong.", "Blunkett", "PER"),
    # a given name after "at" is no town
    ("He was at Sandra's side all evening, said his wife Sandra.", "Sandra", "PER"),
    # a place the model left whole keeps its words
    ("He was speaking in Greater Manchester on Monday.", "Greater Manchester", "GPE"),
]


@pytest.mark.parametrize("text,name,etype", PLACES_BODIES_S21_KEPT, ids=[r[1] for r in PLACES_BODIES_S21_KEPT])
def test_places_bodies_s21_kept(pipe, text, name, etype):
    ents = _ents_feb(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# (text, name): no entity may be named so
PLACES_BODIES_S21_NOT_NAMED = [
    # the office is no entity, with or without its place
    ("Suffolk Chief Constable Alastair McWhirter told the BBC the law would be enforced.", "Suffolk Chief Constable"),
    ("Shadow Home Secretary David Davis said the plans were unworkable.", "Shadow"),
    # "south London" is not the town's name
    ("Mr Abbasi, 23, from Croydon, south London, was taken to Guantanamo Bay.", "Croydon, south London"),
]


@pytest.mark.parametrize("text,name", PLACES_BODIES_S21_NOT_NAMED, ids=[r[1] for r in PLACES_BODIES_S21_NOT_NAMED])
def test_places_bodies_s21_not_named(pipe, text, name):
    ents = _ents_feb(pipe, text)
    assert not any(fold(e.name) == fold(name) for e in ents), _show(ents)


# Session 33 (enten33): fund managers and brokers the model read as persons are
# organisations: no person's name ends in "Management", "Capital", "Partners" or "Leisure"
# (pack key `company_tails`; BBC business census outside gold/dev)
COMPANY_TAILS_S33 = [
    ('"The relief may be that we have a decision," said Tim Ghriskey, chief investment officer of Solaris Asset '
     'Management.', "Solaris Asset Management"),
]


@pytest.mark.parametrize("text,name", COMPANY_TAILS_S33, ids=[r[1] for r in COMPANY_TAILS_S33])
def test_company_tails_s33(pipe, text, name):
    ents = _ents(pipe, text)
    assert not any(e.type == "PER" and name.endswith(e.name) for e in ents), _show(ents)
    assert any(e.type == "ORG" and name.endswith(e.name) for e in ents), _show(ents)


# Session 33 (enten33): English turns on session 33's `lone_lower_words` (entprec33): a one-word name only the model
# read, named once, whose word the same article also writes in lower case is a common word ("Banks" opening a
# quote beside "banks"; "Tsunami", "Health" in the BBC census); a gazetteer form stays ("Labour" beside "labour")
LONE_LOWER_S33_DROPPED = [
    ('"Banks are very aggressively promoting debt," she said. Many banks deny it and say lending is falling.',
     "Banks"),
]


@pytest.mark.parametrize("text,name", LONE_LOWER_S33_DROPPED, ids=[r[1] for r in LONE_LOWER_S33_DROPPED])
def test_lone_lower_word_s33_dropped(pipe, text, name):
    ents = _ents(pipe, text)
    assert not any(fold(e.name) == fold(name) for e in ents), _show(ents)


def test_lone_lower_word_s33_keeps_gazetteer_forms(pipe):
    ents = _ents(pipe, "The Conservatives said the labour market was strong, and Labour disagreed.")
    assert any(e.name == "Labour" and e.type == "ORG" for e in ents), _show(ents)


# Session 33 (encomp33): a model person right after a trade noun and its lower-case modifier, or closing an
# apposition that a trade noun heads, is a company ("US mortgage giant Fannie Mae", "the world's biggest
# confectionery firm, Cadbury Schweppes,"); not after a person's trade ("film maker"; pack
# `company_cue_person_modifiers`). BBC census outside gold/dev.
TRADE_BEFORE_S33 = [
    ("The two most senior executives at US mortgage giant Fannie Mae have resigned after accounting irregularities "
     "were uncovered.", "Fannie Mae"),
    ("The world's biggest confectionery firm, Cadbury Schweppes, has reported a modest rise in profits.",
     "Cadbury Schweppes"),
]


@pytest.mark.parametrize("text,name", TRADE_BEFORE_S33, ids=[r[1] for r in TRADE_BEFORE_S33])
def test_trade_before_s33(pipe, text, name):
    ents = _ents(pipe, text)
    assert not any(e.type == "PER" and e.name == name for e in ents), _show(ents)
    assert any(e.type == "ORG" and e.name == name for e in ents), _show(ents)


def test_trade_before_s33_person_trade(pipe):
    ents = _ents(pipe, "Last week the media highlighted the killing of the Dutch film maker Theo van Gogh in "
                       "Amsterdam.")
    assert any(e.type == "PER" and e.name == "Theo van Gogh" for e in ents), _show(ents)


# Session 34 (enten34): three boundary classes of the BBC census outside gold/dev.
# (1) The model's organisation is a known place or nationality word and, right after it, a body a pattern or the
# gazetteer knows: one body whose name opens with its place ("London School of Economics", "US Department of Energy").
PLACE_LED_BODIES_S34 = [
    ("In a speech at the London School of Economics, William Donaldson promised several initiatives.",
     "London School of Economics"),
    ('"The price differences between indoor and outdoor lots are unreasonable," said Wang Yan, an official from the '
     "Beijing Municipal Commission for Development and Reform quoted in the state-run China Daily newspaper.",
     "Beijing Municipal Commission for Development and Reform"),
    ("It is being assembled for the Lawrence Livermore National Laboratory, under the US Department of Energy.",
     "US Department of Energy"),
]


@pytest.mark.parametrize("text,name", PLACE_LED_BODIES_S34, ids=[r[1] for r in PLACE_LED_BODIES_S34])
def test_place_led_body_s34(pipe, text, name):
    ents = _ents(pipe, text)
    assert any(e.type == "ORG" and e.name == name for e in ents), _show(ents)
    short = name.split(" ", 1)[1]
    assert not any(e.name == short for e in ents), _show(ents)


# (2) After "<title> of", only a portfolio word is cut off the model's span as the office's field: a body's name
# stays whole ("chief investment officer of Hibernian Investment Managers" left a person "Managers").
def test_body_after_title_of_stays_whole_s34(pipe):
    ents = _ents(pipe, '"Ireland ticks all the boxes," Roy Asher, chief investment officer of Hibernian Investment '
                       'Managers, told Reuters.')
    assert any(e.type == "ORG" and e.name == "Hibernian Investment Managers" for e in ents), _show(ents)
    assert not any(e.name in ("Managers", "Investment Managers") for e in ents), _show(ents)


# (3) A number word opening the sentence is no part of the known name after it (pack `number_openers`).
NUMBER_OPENERS_S34 = [
    ("Three Labour councillors were found guilty of fraud.", "Three Labour", "Labour"),
    ("Five Bank of America subsidiaries have agreed to pay a total of $515m.", "Five Bank of America",
     "Bank of America"),
]


@pytest.mark.parametrize("text,glued,name", NUMBER_OPENERS_S34, ids=[r[2] for r in NUMBER_OPENERS_S34])
def test_number_opener_s34(pipe, text, glued, name):
    ents = _ents(pipe, text)
    assert not any(e.name == glued for e in ents), _show(ents)
    assert any(e.type == "ORG" and e.name == name for e in ents), _show(ents)


def test_number_opener_s34_keeps_a_name_that_opens_with_a_number(pipe):
    ents = _ents(pipe, "Three Gorges Dam is the biggest project of its kind.")
    assert any(e.name == "Three Gorges Dam" for e in ents), _show(ents)
