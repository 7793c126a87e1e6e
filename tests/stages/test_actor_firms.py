"""A firm described by its country before its name is that country's business actor (GOLD: <country>BUS), through
the pack's firm role nouns and industry words (docs/actors.md, "Session 14: firms"). Whole pipeline, so the
entities stage's own spans are what the actors stage codes."""

from __future__ import annotations

import pytest

from kabar.pipeline import Pipeline
from kabar.record import Article


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(on_error="raise")


def _codes(pipe, lang, text):
    return {e.name: e.actor for e in pipe(Article.new(text, lang=lang, published="2005-01-10")).entities}


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "Russian oil giant Yukos has accused the Kremlin of theft.", "Yukos", "RUSBUS"),
    ("en", "US aircraft maker Boeing said orders rose.", "Boeing", "USABUS"),
    ("en", "Shares in Japanese carmaker Toyota rose on Monday.", "Toyota", "JPNBUS"),
    ("en", "Dutch lender ABN Amro said profits fell.", "ABN Amro", "NLDBUS"),
    ("en", "German airline Lufthansa may sue over the visit.", "Lufthansa", "DEUBUS"),
    # session 17: more firm nouns and industry words
    ("en", "Italian dairy firm Parmalat has sued 45 banks.", "Parmalat", "ITABUS"),
    ("en", "US agrochemical giant Monsanto sued the farmers.", "Monsanto", "USABUS"),
    ("en", "US chipmaker Intel sued a rival.", "Intel", "USABUS"),
    ("en", "UK advertising firm WPP said profits rose.", "WPP", "GBRBUS"),
    ("id", "Perusahaan asal Jepang Sony digugat oleh pemerintah Amerika Serikat.", "Sony", "JPNBUS"),
])
def test_firm_takes_its_country(pipe, lang, text, name, code):
    assert _codes(pipe, lang, text).get(name) == code


@pytest.mark.parametrize("lang,text,name", [
    # a central bank named "Bank of X" is no firm ("bank" is not a firm noun)
    ("en", "The Bank of Japan held rates and the Reserve Bank of India cut them.", "Bank of Japan"),
    ("en", "The Bank of Japan held rates and the Reserve Bank of India cut them.", "Reserve Bank of India"),
])
def test_central_bank_is_no_firm(pipe, lang, text, name):
    assert not (_codes(pipe, lang, text).get(name) or "").endswith("BUS")


def test_group_is_no_firm_noun(pipe):
    # "group" is no firm noun: "head of group marketing" after a name is no firm apposition
    codes = _codes(pipe, "en", "Nigel Marson, head of group marketing at Transport for London, said the posters work.")
    assert not (codes.get("Nigel Marson") or "").endswith("BUS")


def test_firm_without_country_has_no_bare_code(pipe):
    # a firm noun with no country: no code at all, never a bare "BUS"
    # (session 28: Microsoft itself is a listed firm, USABUS, so a firm no list knows stands here)
    codes = _codes(pipe, "en", "Software giant Zentrix said sales rose.")
    assert codes.get("Zentrix") is None
    assert "BUS" not in codes.values()


# Session 23 (events-en23b)
def test_european_firm_is_eurbus(pipe):
    # the European adjective composes with a firm noun as a country does (GOLD codes Airbus EURBUS)
    codes = _codes(pipe, "en", "Both sides hope to reach a deal over aid to European aircraft maker Airbus.")
    assert codes.get("Airbus") == "EURBUS"


def test_europe_itself_stays_a_place_and_the_adjective_codes_no_one(pipe):
    # only the adjective composes: "Europe" is still a LOC, and a bare "European" NORP stays uncoded (coded EUR, the
    # events coder took it as a party: "European single currency has shot up", "Former European 200m champion X")
    ents = pipe(Article.new("Exports to Europe rose last year. Former European 200m champion Dougie Walker retired.",
                            lang="en", published="2005-01-10")).entities
    assert [e.type for e in ents if e.name == "Europe"] == ["LOC"]
    assert all(e.actor is None for e in ents if e.name == "European")


# Session 28 (actors-en28): the firms of PETRARCH2's Phoenix international actors (scripts/import_phoenix_firms.py)
# are their own country's, not the article's home country's; only for an organisation left uncoded
@pytest.mark.parametrize("text,name,code", [
    ("A judge has barred Bank of America and two auditors from the case.", "Bank of America", "USABUS"),
    ("Deutsche Bank agreed to lend money to the group.", "Deutsche Bank", "DEUBUS"),
    ("Citigroup was fined by Japanese regulators.", "Citigroup", "USABUS"),
])
def test_listed_firm_takes_its_country(pipe, text, name, code):
    assert _codes(pipe, "en", text).get(name) == code


def test_listed_firm_short_name_shared_by_two_firms_names_neither():
    from kabar.gazetteer import gazetteer
    g = gazetteer()
    assert g.firm("Barclays") == "GBRBUS"  # "Barclays plc" without its legal word
    assert g.firm("Cooper") is None  # "Cooper Companies Inc", "Cooper Tire And Rubber Co"
    assert g.firm("City") is None  # "City Holding Company" and "City National Corporation" open with it


# Session 28 (actors-en28): "X, the Italian food group": a firm of the country described in an apposition after its name;
# a name coordinated before it shares the apposition ("EADS and BAE Systems, the European ... firms")
@pytest.mark.parametrize("text,name,code", [
    ("Parmalat, the Italian food group, sued 45 banks.", "Parmalat", "ITABUS"),
    ("Fiat, the Italian carmaker, has rejected the offer.", "Fiat", "ITABUS"),
    ("EADS and BAE Systems, the European defence and aerospace firms which own Airbus, welcomed the move.", "EADS",
     "EURBUS"),
    ("EADS and BAE Systems, the European defence and aerospace firms which own Airbus, welcomed the move.",
     "BAE Systems", "EURBUS"),
])
def test_firm_apposition_gives_the_country_and_bus(pipe, text, name, code):
    assert _codes(pipe, "en", text).get(name) == code


@pytest.mark.parametrize("text,name", [
    ("Jaish, the Pakistani militant group, attacked the town.", "Jaish"),  # "group" after no industry word
    ("Zenith, the company's Italian partner, said sales fell.", "Zenith"),  # no article-country-head order
])
def test_guard_no_firm_apposition(pipe, text, name):
    assert not (_codes(pipe, "en", text).get(name) or "").endswith("BUS")


# Session 28 (actors-en28): a commissioner is the body's own: "EU Trade Commissioner Peter Mandelson" in 2005 is the
# EU's (IGOEUR), not his out-of-office British code (GBRELI)
def test_igo_commissioner_takes_the_body_code(pipe):
    codes = _codes(pipe, "en", "The EU and US have agreed to begin talks on subsidies given to aircraft makers, "
                               "EU Trade Commissioner Peter Mandelson has announced.")
    assert codes.get("Peter Mandelson") == "IGOEUR"


def test_police_commissioner_takes_the_force_code(pipe):
    codes = _codes(pipe, "en", "New Metropolitan Police Commissioner Sir Ian Blair has backed the control orders.")
    assert codes.get("Ian Blair") == "GBRCOP"


def _event_codes(pipe, text):
    r = pipe(Article.new(text, lang="en", published="2005-01-10"))
    return [(ev.event, [a.code for a in ev.actor], [a.code for a in ev.recipient]) for ev in r.events]


# Session 28 (actors-en28): events.parties._affiliation: a coded firm set off after a person's name is the person's own
# only through a title or an affiliation word (events pack firm_affiliation_preps)
def test_a_firm_after_the_name_and_a_verb_is_no_affiliation(pipe):
    evs = _event_codes(pipe, "On Tuesday, the company's administrator, turnaround expert Enrico Bondi, sued Morgan "
                             "Stanley, its former banker, to return 136m euros.")
    assert ("ACCUSE", [None], ["USABUS"]) in evs


def test_guard_a_firm_after_an_affiliation_word_is_the_persons(pipe):
    evs = _event_codes(pipe, "Ahmed Khan, an analyst at Citigroup, criticised the plan.")
    assert evs and evs[0][1] == ["USABUS"]



# Session 29 (actors-en29): one firm-code test (gazetteer.is_firm_code) for the actors stage's home votes
# (actors._home_votes) and the events coder's affiliation guard
def test_is_firm_code_is_a_country_and_bus():
    from kabar.gazetteer import is_firm_code

    assert is_firm_code("USABUS") and is_firm_code("GBRBUS")
    assert not is_firm_code("USA") and not is_firm_code("USAGOV") and not is_firm_code(None) and not is_firm_code("")
    assert not is_firm_code("BUS")  # a bare role: no country


def test_home_votes_leave_out_firms():
    from kabar.record import Entity
    from kabar.stages.actors import Resolution, _home_votes

    firm = Entity(id="E1", type="ORG", name="Gazprom")
    listed = Entity(id="E2", type="ORG", name="Parmalat")
    court = Entity(id="E3", type="ORG", name="US court")
    votes = _home_votes([(firm, Resolution(code="RUSBUS")), (listed, Resolution(code="ITA", form_kind="firm")),
                         (court, Resolution(code="USAJUD"))])
    assert [c for _, c in votes] == [None, None, "USAJUD"]


# Session 29 (sportroles29)
# A club's or a firm's office is no state role: "Kapten Chelsea" is no army captain, "Presiden Direktur" of a firm no
# head of state, "president of Real Madrid" no Spanish official (lang/<lang>/actors.toml club_titles, executive offices).
@pytest.mark.parametrize("lang,text,name,code", [
    ("id", "Kapten Chelsea, Gary Cahill, mengatakan timnya harus bangkit.", "Gary Cahill", None),
    ("id", "Presiden Direktur Mjek Indonesia Budi Santoso mengatakan penjualan naik.", "Budi Santoso", "IDNBUS"),
    ("en", "Florentino Perez, president of Real Madrid, said he was happy.", "Florentino Perez", None),
])
def test_club_and_firm_offices_give_no_state_role(pipe, lang, text, name, code):
    assert _codes(pipe, lang, text).get(name) == code


@pytest.mark.parametrize("lang,text,name,code", [
    # guards: the state's offices keep their roles
    ("id", "Kapten Budi mengatakan pasukannya siap.", "Budi", "IDNMIL"),
    ("id", "Presiden Susilo Bambang Yudhoyono hadir di Jakarta.", "Susilo Bambang Yudhoyono", "IDNGOV"),
])
def test_state_offices_keep_their_roles(pipe, lang, text, name, code):
    assert _codes(pipe, lang, text).get(name) == code


def _codes_on(pipe, lang, text, published):
    return {e.name: e.actor for e in pipe(Article.new(text, lang=lang, published=published)).entities}


@pytest.mark.parametrize("text,name,code", [
    # a known person keeps the gazetteer's code though "PEA" is an uncoded name after "Presiden"
    ("Saat itu, Prabowo bertemu dengan Presiden PEA Mohammed bin Zayed Al Nahyan.", "Mohammed bin Zayed", "AREGOV"),
    # a capitalised office after a comma opens another clause, not an apposition of the name before it
    ("Di tengah narasi perubahan iklim adalah hoax oleh Donald Trump, Presiden Prabowo tampil memberikan perspektif lain.",
     "Donald Trump", "USAGOV"),
])
def test_club_titles_leave_state_offices_alone(pipe, text, name, code):
    assert _codes_on(pipe, "id", text, "2025-06-01").get(name) == code


# Session 29 (lead): the club-office check reads its organisations only when a club title word is near the person
def test_club_title_near_is_a_superset_of_where_the_office_is_read(pipe):
    from kabar.stages.actors import _club_title_near, lexicon

    lex = lexicon("id")
    assert {"kapten", "presiden"} <= lex.club_title_words
    rec = pipe(Article.new("Kapten Chelsea, Gary Cahill, mencetak gol. Budi Santoso datang ke Jakarta.", lang="id"))
    people = {e.name: e for e in rec.entities if e.type == "PER"}
    cahill = next(e for n, e in people.items() if "Cahill" in n)
    assert _club_title_near(rec, cahill, lex)
    budi = next(e for n, e in people.items() if "Budi" in n)
    assert not _club_title_near(rec, budi, lex)


# Session 30 (codes-en30): the hand-written firm list (gazetteer/curated/firms.csv): large firms of world business news
# that the Phoenix list lacks, coded <country>BUS where no descriptor in the text gives their country
@pytest.mark.parametrize("text,name,code", [
    ("The Commission's investigation into Vodafone and Deutsche Telekom centres on the tariffs the two charge.",
     "Deutsche Telekom", "DEUBUS"),
    ("The Commission's investigation into Vodafone and Deutsche Telekom centres on the tariffs the two charge.",
     "Vodafone", "GBRBUS"),  # Phoenix lists it as an outlet
    ("A US judge banned Gazprom from taking part in the auction.", "Gazprom", "RUSBUS"),
    ("Samsung Electronics and Sony are working together on plasma screens.", "Samsung Electronics", "KORBUS"),
    # Session 31 (codesen31): a firm role word before the name with no country ("car giant", "troubled crude
    # producer") reads as a bare BUS, which is no code; it no longer keeps the firm lists (or a firm apposition) from
    # coding the firm: "car giant General Motors (GM)" was uncoded and took the article's home country (ITA) as a party
    ("Fiat will meet car giant General Motors (GM) on Tuesday in an attempt to reach agreement.",
     "General Motors", "USABUS"),
    ("ONGC is in talks to buy the former assets of troubled Russian crude producer Yukos.", "Yukos", "RUSBUS"),
    ("Software giant Microsoft said sales rose.", "Microsoft", "USABUS"),  # a Phoenix firm
])
def test_curated_firm_takes_its_country(pipe, text, name, code):
    assert _codes(pipe, "en", text).get(name) == code


# Session 30 (codes-en30): the listed firm's code reaches the event's party ("barred Gazprom": RUS, no longer the
# article's home country USA)
def test_curated_firm_code_reaches_the_event(pipe):
    rec = pipe(Article.new("A US judge banned Gazprom from taking part in the auction.", lang="en",
                           published="2005-02-15"))
    coerce = [e for e in rec.events if e.event == "COERCE"]
    assert coerce and [r.code for r in coerce[0].recipient] == ["RUSBUS"]


# Session 30 (codes-en30): a firm of the hand-written list makes an event only where it made one uncoded; a Phoenix
# firm keeps session 28's behaviour; and every curated code is a country's (or Europe's) BUS
def test_curated_firms_are_marked_and_well_formed():
    from kabar.gazetteer import gazetteer, is_firm_code

    gaz = gazetteer()
    assert gaz.firm("Gazprom") == "RUSBUS" and gaz.firm_is_curated("Gazprom")
    assert gaz.firm("Boeing") == "USABUS" and not gaz.firm_is_curated("Boeing")  # Phoenix's
    assert gaz.firm("Tesco") == "GBRBUS" and not gaz.firm_is_curated("Tesco")  # Phoenix's firm, our code (was CANBUS)
    assert gaz.firm("NEC") is None  # Labour's National Executive Committee: an ambiguous acronym is left out
    codes = {code for key, code in gaz._firms.items() if key in gaz._curated_firms}
    assert codes and all(c.endswith("BUS") and (is_firm_code(c) or c == "EURBUS") for c in codes)


# Session 31 (codesen31): a firm no list knows still gets no bare BUS (the guard above, with a firm word before it)
def test_bare_firm_word_without_listed_firm_stays_uncoded(pipe):
    codes = _codes(pipe, "en", "Fiat will meet car giant Zentrix Motors on Tuesday.")
    assert codes.get("Zentrix Motors") is None and "BUS" not in codes.values()
