"""Session-12 English entity classes (en3, issue 11), found on the twelve BBC tune articles annotated blind in
session 12 and counted in a census of BBC politics articles (docs/entities.md, "Westminster bodies ... (session 12)").
Each row fails without its change."""

from __future__ import annotations

import pytest

from kabar.record import Article
from kabar.text.names import fold


def _ents(pipe, text):
    return pipe(Article.new(text, lang="en", published="2005-02-24")).entities


# (text, name, type): an entity that must come out
NAMED = [
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


@pytest.mark.parametrize("text,name,etype", NAMED, ids=[r[1] for r in NAMED])
def test_named(pipe, text, name, etype):
    ents = _ents(pipe, text)
    assert any(fold(e.name) == fold(name) and e.type == etype for e in ents), [(e.name, e.type) for e in ents]


def test_law_lords_are_not_the_house_of_lords(pipe):
    ents = _ents(pipe, "The Law Lords have ruled against detention without trial.")
    assert not any(e.name in ("Lords", "House of Lords") for e in ents), [(e.name, e.type) for e in ents]
    assert any(e.name == "Law Lords" and e.type == "ORG" for e in ents)


def test_british_spelling_of_an_igo_joins_its_acronym(pipe):
    ents = _ents(pipe, "The World Trade Organisation ruled on Friday. The WTO said it would act.")
    wto = [e for e in ents if e.actor == "IGOWTO"]
    assert len(wto) == 1 and {m.text for m in wto[0].mentions} >= {"World Trade Organisation", "WTO"}, \
        [(e.name, [m.text for m in e.mentions]) for e in ents]


def test_a_bbc_network_is_apart_from_the_bbc(pipe):
    ents = _ents(pipe, "Mr Howard told BBC Radio 4's Today programme he was right. He later told the BBC he would go.")
    names = {e.name for e in ents}
    assert {"BBC", "BBC Radio 4"} <= names, names


def test_and_before_a_known_name_joins_no_body(pipe):
    ents = _ents(pipe, "It was written by Home Office Minister Lord Falconer and Downing Street adviser Baroness Morgan.")
    assert not any("Falconer and" in e.name for e in ents), [(e.name, e.type) for e in ents]
