"""Session-10 English name classes (names-en, issue 11), counted in a census of 103 BBC politics and business
articles past the first 330 of each desk: what must NOT come out. The positive rows of the same classes are in
``title_cases.EN_S10`` (the title table)."""

from __future__ import annotations

import pytest

from kabar.record import Article
from kabar.text.names import fold

# (phrase, a name no entity may have, optionally only of this type)
NOT_NAMED = [
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


@pytest.mark.parametrize("phrase,name,etype", NOT_NAMED, ids=[f"{r[1]}-{r[0][:30]}" for r in NOT_NAMED])
def test_not_named(pipe, phrase, name, etype):
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
