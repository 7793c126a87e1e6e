"""Session-15 English constructions (PolNeAR train[600:720] error classes, docs/quotes.md "Session 15 (polnear3)"):
a subject with an apposition before the cue verb and a reported clause after it is no "<content>, said <speaker>";
an apposition the parser reads as a list item is cut from a parsed speaker; an object content ends before a
relative clause that runs to its end; a reported clause ends before the same speaker's next speech act."""

from __future__ import annotations

import pytest

from kabar.record import Article


@pytest.fixture(scope="module")
def pipe():
    from kabar.pipeline import Pipeline

    return Pipeline(only=["segment", "entities", "actors", "coref", "syntax", "quotes"], on_error="raise")


def _quotes(pipe, text):
    rec = pipe(Article.new(text, lang="en"))
    return [(q.speaker_name, q.cue, q.text) for q in rec.quotes]


FOUND = [
    # X, <apposition>, said <clause>: the subject speaks, the clause after the cue is the content (was: the name and
    # its apposition as content, the clause as the speaker)
    pytest.param("Neil Sroka, communications director of the progressive advocacy group Democracy for America, said "
                 "Sanders has several options.",
                 ("Neil Sroka", "said", "Sanders has several options"), id="apposition_then_said_clause"),
    pytest.param("Stephen Moore, a conservative economist and former member of the Wall Street Journal editorial "
                 "board, said he is considering an endorsement.",
                 ("Stephen Moore", "said", "he is considering an endorsement"), id="long_apposition_pronoun_clause"),
    # an apposition with a relative clause, parsed as a list item, is no part of the speaker phrase
    pytest.param("John Podesta, a former senior White House adviser who supported an aggressive climate policy, said "
                 "Obama \"understood he couldn't have a successful diplomatic outcome without having a really "
                 "forward-leaning domestic policy.\"",
                 ("John Podesta", "said", "Obama \"understood he couldn't have a successful diplomatic outcome "
                  "without having a really forward-leaning domestic policy"), id="apposition_parsed_as_list"),
    # an act on its object: a non-restrictive relative clause running to the end is the writer's, not the content
    pytest.param("Republicans also denounced the deal, which would slash Pfizer's corporate taxes.",
                 ("Republicans", "denounced", "the deal"), id="object_before_which_clause"),
    # ... but a relative clause closed by a comma, with more of the object after it, stays
    pytest.param("Sanders criticized Hillary Clinton, who won the primary in New York, for her ties to Wall Street.",
                 ("Sanders", "criticized", "Hillary Clinton, who won the primary in New York, for her ties to Wall "
                  "Street"), id="object_relative_clause_inside"),
    # the inverted frame still stands: content, then the cue and its speaker (with an apposition after it)
    pytest.param("The economy will grow this year, said David Chen, the chief economist.",
                 ("David Chen", "said", "The economy will grow this year"), id="inverted_with_apposition_after"),
    pytest.param("Taxes must rise, the minister said on Monday.",
                 ("the minister", "said", "Taxes must rise"), id="post_cue_with_time"),
    # the same speaker's next act, read as a quote of its own, ends the first content (pack act_joins)
    pytest.param("Suu Kyi said it was too early to congratulate winners but added, \"I think you all have an idea of "
                 "the results.\"", ("Suu Kyi", "said", "it was too early to congratulate winners"), id="but_added"),
    pytest.param("Suu Kyi said it was too early to congratulate winners but added, \"I think you all have an idea of "
                 "the results.\"", ("Suu Kyi", "added", "I think you all have an idea of the results."),
                 id="but_added_second"),
    pytest.param("Netanyahu said late Wednesday that he would go ahead with the Trump meeting, although he tweeted "
                 "that he rejected the remarks.",
                 ("Netanyahu", "said", "he would go ahead with the Trump meeting"), id="although_he_tweeted"),
    pytest.param("She said the party had won and then told reporters that the vote was fair.",
                 (None, "said", "the party had won"), id="and_then_told"),
    # a clause joined without a second quote stays in the content
    pytest.param("Mr Blair said the minister had ignored warnings and said nothing.",
                 ("Blair", "said", "the minister had ignored warnings and said nothing"), id="no_second_quote"),
    pytest.param("He said that the plan would fail and that voters would say it was a mistake.",
                 (None, "said", "the plan would fail and that voters would say it was a mistake"),
                 id="nested_report_stays"),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(pipe, text, expected):
    assert expected in _quotes(pipe, text)


NOT_READ_AS = [
    # the speaker after the cue is no clause of the reported content's
    pytest.param("Neil Sroka, communications director of the progressive advocacy group Democracy for America, said "
                 "Sanders has several options.", "Sanders has several options", id="clause_is_no_speaker"),
]


@pytest.mark.parametrize("text,not_speaker", NOT_READ_AS)
def test_not_a_speaker(pipe, text, not_speaker):
    assert all(name != not_speaker for name, _, _ in _quotes(pipe, text))
