"""Parties' codes in the events stage (kabar.stages.events.parties), whole pipeline, so the entities and actors stages'
own spans and codes are what the events stage reads."""

from __future__ import annotations

import pytest

from kabar.pipeline import Pipeline
from kabar.record import Article

CHINA = "China Life said China would help. Chinese police arrested a manager in Beijing. "


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(on_error="raise")


def _parties(pipe, text, event):
    rec = pipe(Article.new(text, lang="en", published="2005-02-15"))
    return [([r.code for r in e.actor], [r.code for r in e.recipient]) for e in rec.events if e.event == event]


# Session 31 (codesen31): a political body the actors stage leaves uncoded, named right after a country ("the US
# Department of Justice"), is that country's, not the article's home country's (CHNGOV in a story on a Chinese firm);
# a later mention without the country is the same entity and keeps it
def test_country_before_an_uncoded_body_names_its_country(pipe):
    found = _parties(pipe, CHINA + "The US Department of Justice accused China Life of fraud.", "ACCUSE")
    assert found and found[0][0] == ["USAGOV"]


# Session 31 (codesen31): the guards: with no country written before the name the home country stays; a country
# after a hyphen names the other side of a bilateral body ("the US-China ... Commission" is no body of China's)
@pytest.mark.parametrize("text,code", [
    (CHINA + "The Central Commission for Discipline accused China Life of fraud.", "CHNGOV"),
    (CHINA + "The US-China Review Commission accused China Life of fraud.", "CHNGOV"),
])
def test_home_country_without_a_country_before_the_name(pipe, text, code):
    found = _parties(pipe, text, "ACCUSE")
    assert found and found[0][0] == [code]


# Session 31 (codesen31): a news outlet after "on" ([home] medium_preps) is the medium, no party: the request's
# recipient keeps no code (it was the home country, GBR, where GOLD has none); an outlet acted on keeps its place
HOME = "Home Secretary Charles Clarke spoke at Downing Street. The Home Office said the plan would work. "


def test_outlet_after_on_is_no_party(pipe):
    found = _parties(pipe, HOME + "\"Who do you blame?\" Chief Constable Steve Green asked on BBC Radio 4's World at "
                     "One programme.", "REQUEST")
    assert found and found[0][1] in ([None], [])


def test_outlet_acted_on_stays_a_party(pipe):
    found = _parties(pipe, HOME + "Peter Mandelson warned the BBC to steer away from demonising Mr Campbell.",
                     "THREATEN")
    assert found and found[0][1] == ["GBR"]


# Session 31 (codes2en31): a continent or region, or its adjective before a role noun or "states", as an event's party
# takes CAMEO's region code ([region_parties]; the place entity itself stays uncoded): it was no code at all
DOLLAR = "The dollar fell against the euro in London on Tuesday. "


@pytest.mark.parametrize("text,event,side,code", [
    (DOLLAR + "European leaders have openly blamed the US for the sharp rise in the value of the euro.", "ACCUSE", 0,
     "EURGOV"),
    (DOLLAR + "The US had increased support for Africa in the past four years, John Taylor said.", "SUPPORT", 1, "AFR"),
    (DOLLAR + "And Mr Greenspan warned Asian states could soon stop funding the US deficit.", "THREATEN", 1, "ASA"),
])
def test_region_party_takes_the_region_code(pipe, text, event, side, code):
    found = _parties(pipe, text, event)
    assert found and found[0][side] == [code]


# Session 31 (codes2en31): the guards: the adjective before another lower-case noun ("using European law") and a
# name before a hyphen ("a Europe-wide policy") name no party, so no region code
@pytest.mark.parametrize("text,event", [
    ("Age Concern said the ban was wrong. \"It is now inevitable that older people will mount legal challenges to the "
     "decision using European law,\" said Gordon Lishman.", "ACCUSE"),
    ("The Tories want quotas. The Liberal Democrats have not been drawn too deeply into the argument but have called "
     "for a Europe-wide policy on immigration.", "REQUEST"),
])
def test_region_modifier_is_no_party(pipe, text, event):
    found = _parties(pipe, text, event)
    assert found and not any(c and c[:3] in ("EUR",) for _actor, rec in found for c in rec)
