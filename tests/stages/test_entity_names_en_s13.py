"""Session-13 English entity classes (names-en4, issue 11): BBC politics constructions from the tune half's errors and
a precision census (docs/entities.md, "Party forms, Parliament, treaties, members (session 13)"). Each row fails
without its change."""

from __future__ import annotations

import pytest

from kabar.record import Article
from kabar.text.names import fold


def _ents(pipe, text):
    return pipe(Article.new(text, lang="en", published="2005-02-24")).entities


def _show(ents):
    return [(e.name, e.type, e.actor) for e in ents]


# (text, name, type): an entity that must come out
NAMED = [
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


@pytest.mark.parametrize("text,name,etype", NAMED, ids=[r[1] for r in NAMED])
def test_named(pipe, text, name, etype):
    ents = _ents(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), _show(ents)


# (text, name): no entity may be named so
NOT_NAMED = [
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


@pytest.mark.parametrize("text,name", NOT_NAMED, ids=[f"{r[1]}-{i}" for i, r in enumerate(NOT_NAMED)])
def test_not_named(pipe, text, name):
    ents = _ents(pipe, text)
    assert not any(e.name == name for e in ents), _show(ents)


def test_a_place_standing_alone_beside_its_treaty_stays(pipe):
    ents = _ents(pipe, "The Maastricht treaty was signed in Maastricht in 1992.")
    assert any(e.name == "Maastricht" and e.type == "GPE" for e in ents), _show(ents)


def test_party_named_only_by_its_adjective_is_named_as_written(pipe):
    # gold's canonical name is a form of the text: "Tory", not the gazetteer's "Conservative Party"
    ents = _ents(pipe, "Tory leader Michael Howard said the plan would fail.")
    con = [e for e in ents if e.actor == "GBROPP" and e.type == "ORG"]
    assert [e.name for e in con] == ["Tory"], _show(ents)


def test_parliament_is_the_british_parliament(pipe):
    ents = _ents(pipe, "The bill returns to Parliament next week.")
    assert any(e.name == "Parliament" and e.actor == "GBRLEG" for e in ents), _show(ents)


def test_a_longer_parliament_keeps_its_own_name(pipe):
    ents = _ents(pipe, "The European Parliament and the Scottish Parliament met on Monday.")
    names = {e.name for e in ents}
    assert {"European Parliament", "Scottish Parliament"} <= names and "Parliament" not in names, names
