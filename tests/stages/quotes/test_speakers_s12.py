"""Session-12 English speaker classes (en3, issue 12), found on the twelve BBC tune articles annotated blind in
session 12 (docs/quotes.md, "Ninth pass"): a body named again by its closing word, a cabinet office never written
before its holder's name, the office's holder that day, and a coordination of names as the speaker phrase."""

from __future__ import annotations

import pytest

from kabar.record import Article


@pytest.fixture(scope="module")
def pipe():
    from kabar.pipeline import Pipeline

    return Pipeline(only=["segment", "entities", "actors", "coref", "quotes"], on_error="raise")


def _speaker(pipe, text, phrase, published="2004-12-08"):
    rec = pipe(Article.new(text, lang="en", published=published))
    q = next(q for q in rec.quotes if phrase in rec.text[q.start:q.end])
    return q.speaker_name


CASES = [
    pytest.param("The Police Federation said it opposes the plan. The federation said officers lack training.",
                 "lack training", "Police Federation", id="body_by_its_closing_word"),
    pytest.param("Britain will not renegotiate the rebate, Jack Straw said. The foreign secretary told MPs the rebate "
                 "was \"entirely justified\". New commission president Jose Manuel Barroso has suggested cuts. But the "
                 "foreign secretary told the committee: \"Our position is very clear.\"",
                 "position is very clear", "Jack Straw", id="office_description_sticks_to_its_holder"),
    pytest.param("Tony Blair met the police chiefs on Monday. The Metropolitan Police Commissioner, Sir Ian Blair, said "
                 "terrorists might strike. Sir Ian said the threat was real. He said the election was a target. He "
                 "said the police were ready. He said more officers would be on duty. Earlier, writing in the Daily "
                 "Telegraph, the prime minister conceded that the plans were \"difficult issues\".",
                 "difficult issues", "Tony Blair", id="the_prime_minister_is_the_holder_that_day"),
    pytest.param("The Conservatives and Liberal Democrats say they want the publication of the full legal advice.",
                 "full legal advice", "Conservatives", id="coordinated_bodies_first_conjunct"),
    pytest.param("Mr Howard and Mr Kennedy said the plans were wrong. Michael Howard and Charles Kennedy met.",
                 "plans were wrong", "Michael Howard", id="coordinated_persons_first_conjunct"),
]

NOT_SPEAKER = [
    pytest.param("The Commons home affairs committee met on Monday. BBC News reported on it. The committee said the "
                 "plans had failed.", "plans had failed", "BBC News", id="a_body_word_is_no_other_body"),
    pytest.param("Martin Mubanga claimed that an officer played a role. Mr Mubanga said he was interrogated. The home "
                 "secretary said he would not be launching an investigation.", "launching an investigation",
                 "Martin Mubanga", id="an_office_is_no_person_outside_it"),
]


@pytest.mark.parametrize("text,phrase,speaker", NOT_SPEAKER)
def test_not_speaker(pipe, text, phrase, speaker):
    assert _speaker(pipe, text, phrase, published="2005-02-01") != speaker


@pytest.mark.parametrize("text,phrase,speaker", CASES)
def test_speaker(pipe, text, phrase, speaker):
    assert _speaker(pipe, text, phrase) == speaker
