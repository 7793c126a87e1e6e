"""English articles have no fixed home country: kabar infers one per article (outlet, a named country's
institutions, a clearly most-named country) and gives it to domestic titles and role nouns named with no
country; a generic "rebels" and an explicit country are never given it (issue 11)."""

from __future__ import annotations

import pytest

from kabar.pipeline import default_pipeline
from kabar.readers import Metadata, read_text
from kabar.record import Article, Entity, Mention
from kabar.stages.actors import title_code
from kabar.text.home import article_home


@pytest.fixture(scope="module")
def pipe():  # this module's own pipeline, not conftest.py's
    return default_pipeline()


def run(pipe, body: str, outlet: str | None = None, lang: str = "en") -> Article:
    return pipe(read_text("Headline\n\n" + body, Metadata(published="2005-02-09", lang=lang, outlet=outlet)))


def _ent(text: str, surface: str, typ: str, code: str) -> tuple[Entity, str]:
    ms = []
    i = text.find(surface)
    while i >= 0:
        ms.append(Mention(start=i, end=i + len(surface), text=surface))
        i = text.find(surface, i + 1)
    return Entity(id=f"E{surface}", type=typ, name=surface, mentions=ms), code


def _home(text: str, *ents: tuple[str, str, str], outlet: str | None = None, lang: str = "en") -> str | None:
    r = Article.new(text, lang=lang, published="2005-02-09")
    r.outlet = outlet
    return article_home(r, [_ent(text, *e) for e in ents])


# (text, entities (surface, type, code), outlet, expected home)
HOME_CASES = [
    ("The minister spoke on Monday.", [], "BBC News", "GBR"),
    ("The minister spoke on Monday.", [], "The Hindu", "IND"),
    ("A Downing Street spokesman said the plan was sound.", [], None, "GBR"),
    ("The Home Office said the new rules would apply from April.", [], None, "GBR"),
    ("The White House said the talks would go on.", [], None, "USA"),
    # institutions of two countries: no single home
    ("Downing Street and the White House agreed.", [], None, None),
    # an institution outnumbered by another country's mentions: the story is set abroad
    ("Iraq voted. Iraq's parliament met. Officials in Iraq counted. Downing Street welcomed it.",
     [("Iraq", "GPE", "IRQ")], None, None),
    # a country named far more often than any other
    ("Kenya voted. Kenya's courts met. Kenya counted. Kenya waited. Uganda watched.",
     [("Kenya", "GPE", "KEN"), ("Uganda", "GPE", "UGA")], None, "KEN"),
    # named often but not clearly more than another
    ("Kenya voted. Kenya met. Kenya counted. Kenya waited. Uganda watched. Uganda spoke.",
     [("Kenya", "GPE", "KEN"), ("Uganda", "GPE", "UGA")], None, None),
    # no evidence at all
    ("The minister spoke on Monday.", [], None, None),
    # a pack with a fixed home country (Indonesian) infers nothing: its home stays the pack's
    ("Menteri itu berbicara pada Senin di Downing Street.", [], "BBC Indonesia", None),
]


@pytest.mark.parametrize("text,ents,outlet,expected", HOME_CASES, ids=[c[0][:40] for c in HOME_CASES])
def test_article_home(text, ents, outlet, expected):
    lang = "id" if text.startswith("Menteri") else "en"
    assert _home(text, *ents, outlet=outlet, lang=lang) == expected


def test_title_code_takes_the_article_home_only_for_domestic_offices():
    assert title_code("Home Secretary", "en", None, home="GBR") == "GBRGOV"
    assert title_code("Justice Minister", "en", None, home="GBR") == "GBRGOV"
    assert title_code("Justice Minister", "en", None) is None  # no home: a role alone is no code
    assert title_code("French Justice Minister", "en", None, home="GBR") == "FRAGOV"  # explicit country wins
    assert title_code("President", "en", None, home="GBR") is None  # heads of state are not defaulted


# (body, outlet, name, expected actor code)
PERSON_CASES = [
    ("Justice Minister Fred Smitherson criticised the ruling on Monday.", "BBC News", "Fred Smitherson", "GBRGOV"),
    ("Justice Minister Fred Smitherson criticised the ruling on Monday.", None, "Fred Smitherson", None),
    ("Justice Minister Fred Smitherson criticised the ruling. The Home Office declined to comment.", None,
     "Fred Smitherson", "GBRGOV"),
    ("French Justice Minister Fred Smitherson criticised the ruling on Monday.", "BBC News", "Fred Smitherson", "FRAGOV"),
]


@pytest.mark.parametrize("body,outlet,name,expected", PERSON_CASES, ids=[f"{c[0][:30]}|{c[1]}" for c in PERSON_CASES])
def test_domestic_title_gets_the_home_country(pipe, body, outlet, name, expected):
    r = run(pipe, body, outlet)
    ent = next(e for e in r.entities if e.name == name)
    assert ent.actor == expected


def _codes(r: Article, event: str) -> list:
    return [[a.code for a in ev.actor] for ev in r.events if ev.event == event]


def test_police_take_the_home_country_and_rebels_do_not(pipe):
    r = run(pipe, "Rebels attacked a convoy near the town. Police arrested two men.", "BBC News")
    assert ["GBRCOP"] in _codes(r, "COERCE")
    assert all(c[:3] != "GBR" for codes in _codes(r, "ASSAULT") for c in codes if c)


def test_no_home_without_evidence(pipe):
    r = run(pipe, "Police arrested two men on Monday.")
    assert all(c is None or not c[:3].isupper() or len(c) == 3 for codes in _codes(r, "COERCE") for c in codes)


def _actors(text: str, outlet: str | None, *ents: tuple[str, str]) -> dict:
    from kabar.stages.actors import ActorStage
    from kabar.stages.segment import Segmenter
    r = Article.new(text, lang="en", published="2005-02-09")
    r.outlet = outlet
    Segmenter()(r)
    for n, (typ, surface) in enumerate(ents, start=1):
        i = text.find(surface)
        r.entities.append(Entity(id=f"E{n}", type=typ, name=surface, mentions=[Mention(start=i, end=i + len(surface), text=surface)]))
    return {e.name: e.actor for e in ActorStage()(r).entities}


@pytest.mark.parametrize("text,outlet,ents,name,expected", [
    ("The police said two men were held.", "BBC News", [("ORG", "police")], "police", "GBRCOP"),
    ("The police said two men were held.", None, [("ORG", "police")], "police", "COP"),  # no home: left as it was
    ("The rebels said two men were held.", "BBC News", [("NORP", "rebels")], "rebels", "REB"),  # never the home's
])
def test_bare_state_role_takes_the_home_country(text, outlet, ents, name, expected):
    assert _actors(text, outlet, *ents).get(name) == expected


# Session 19 (events-en15): a British political story names its ministers and parties far more often than Britain;
# the coded parties decide its home when places do not (``coded_parties``), and British titles of office code people.
def _is_country(code: str) -> bool:
    from kabar.gazetteer import gazetteer
    return gazetteer().country(code) is not None


def _party_home_of(text: str, *ents: tuple[str, str, str]) -> str | None:
    r = Article.new(text, lang="en", published="2005-02-09")
    return article_home(r, [_ent(text, *e) for e in ents], is_country=_is_country)


def test_coded_parties_give_the_home_when_places_do_not():
    text = "Mr Blair and Labour. Mr Blair and Labour. Mr Blair and Labour. The Tories said no."
    ents = (("Mr Blair", "PER", "GBRGOV"), ("Labour", "ORG", "GBRPTY"), ("Tories", "ORG", "GBROPP"))
    assert _party_home_of(text, *ents) == "GBR"
    r = Article.new(text, lang="en", published="2005-02-09")
    assert article_home(r, [_ent(text, *e) for e in ents]) is None  # without a country test: as before


def test_coded_parties_need_dominance_and_a_country_code():
    text = "Mr Blair met Mr Bush. Mr Blair met Mr Bush. Mr Blair met Mr Bush."
    assert _party_home_of(text, ("Mr Blair", "PER", "GBRGOV"), ("Mr Bush", "PER", "USAGOV")) is None  # a rival
    text = "The UN said no. The UN said no. The UN said no. The UN said no."
    assert _party_home_of(text, ("UN", "ORG", "IGOUNO")) is None  # a role prefix is no country


UK_STORY = ("Tony Blair and Labour faced the Tories again. Mr Blair said Labour would win. Labour's campaign chief "
            "said Mr Blair was right. The Tories disagreed with Mr Blair. ")


def test_domestic_title_in_a_story_told_by_its_parties(pipe):
    rec = run(pipe, UK_STORY + "Shadow chancellor Oliver Letwin accused Gordon Brown of waste.")
    assert (next(e.actor for e in rec.entities if e.name == "Oliver Letwin") or "").startswith("GBR")
    rec = run(pipe, "Shadow chancellor Oliver Letwin accused the minister of waste.")  # nothing says where
    assert next(e.actor for e in rec.entities if e.name == "Oliver Letwin") is None


# Session 34 (review34)
def test_institution_countries_are_counted_once_per_article_text():
    from kabar.text.home import institution_countries

    r = Article.new("Downing Street said. The Home Office agreed. Downing Streets", lang="en")
    first = institution_countries(r)
    assert first == {"GBR": 2}
    assert institution_countries(r) is first  # kept on the record's state: the events coder asks again
    assert article_home(r, []) == "GBR"
    r.text = "The White House said."
    assert institution_countries(r) == {"USA": 1}  # a new text is counted afresh
    assert institution_countries(Article.new("Downing Street said.", lang="en")) == {"GBR": 1}
