"""Session-16 English entity classes (names-en8, issue 11), found on a full read of fresh BBC business news
(docs/entities.md, "Session 16 (names-en8)"): a firm's name right after a trade noun and its modifier that no
source marks ("Swiss cement firm Holcim"), and a model's person or place whose apposition is headed by a trade noun
("Wipro, India's third-biggest software firm,"). Each row of NAMED fails without its change; KEPT rows are the
guards."""

from __future__ import annotations

import pytest

from kabar.record import Article
from kabar.text.names import fold


def _ents(pipe, text):
    return pipe(Article.new(text, lang="en", published="2005-02-24")).entities


def _show(ents):
    return [(e.name, e.type, e.actor) for e in ents]


LUFTHANSA = ("In the spring it took to the skies as Lufthansa and British Airways trialled it on flights. "
             "A deal with Lufthansa was signed.")

# (text, name, type): an entity that must come out
NAMED = [
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


@pytest.mark.parametrize("text,name,etype", NAMED, ids=[r[1] for r in NAMED])
def test_named(pipe, text, name, etype):
    ents = _ents(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# (text, name, type): must stay as it is (the guards of the new rules)
KEPT = [
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


@pytest.mark.parametrize("text,name,etype", KEPT, ids=[r[1] for r in KEPT])
def test_kept(pipe, text, name, etype):
    ents = _ents(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# (text, name): no entity may be named so
NOT_NAMED = [
    # a word the article also writes in lower case is no firm's name
    ("The oil group Profits fell, and profits are now low.", "Profits"),
    # neither is a title nor a stop word after the trade noun
    ("He works for US phone firm Chairman Bill Smith.", "Chairman"),
    ("The company said oil firm Meanwhile rose.", "Meanwhile"),
    # names-en9: the pair split, its joined name is gone
    (LUFTHANSA, "Lufthansa and British Airways"),
]


@pytest.mark.parametrize("text,name", NOT_NAMED, ids=[r[1] for r in NOT_NAMED])
def test_not_named(pipe, text, name):
    ents = _ents(pipe, text)
    assert not any(fold(e.name) == fold(name) for e in ents), _show(ents)
