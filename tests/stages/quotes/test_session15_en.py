"""Session-15 English constructions (PolNeAR train[600:720] error classes, docs/quotes.md "Session 15 (polnear3)"):
a subject with an apposition before the cue verb and a reported clause after it is no "<content>, said <speaker>";
an apposition the parser reads as a list item is cut from a parsed speaker; an object content ends before a
relative clause that runs to its end; a reported clause ends before the same speaker's next speech act; an apposition
between dashes before the cue; a fronted adjunct the parse hangs on the cue verb is no content."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))  # parsed_quotes, also under --import-mode=importlib
from parsed_quotes import pipe, quotes_of  # noqa: E402,F401 (pipe is a fixture)


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
    # an apposition between dashes: the phrase before the opening dash is the subject
    pytest.param("In an interview at her Portland hotel room, Deborah Jordan Reynolds - Santilli's girlfriend and "
                 "co-host on his YouTube channel - told The Washington Post that Santilli's skepticism of America "
                 "turned toward extreme around 2002.",
                 ("Reynolds", "told The Washington Post", "Santilli's skepticism of America turned toward extreme "
                  "around 2002"), id="dash_apposition_told"),
    pytest.param("GOP front-runner Donald Trump - who previously said he would bomb the oil fields - said at a Saturday "
                 "rally in Texas that the United States should close its borders to Syrian refugees.",
                 ("Donald Trump", "said", "the United States should close its borders to Syrian refugees"),
                 id="dash_relative_clause_said"),
    # a fronted adjunct is no reported content: the object after the cue is
    pytest.param("On Friday morning, the third day in his four-day New England campaign swing, Libertarian "
                 "presidential nominee Gary Johnson told a joke.",
                 ("Gary Johnson", "told", "a joke"), id="fronted_adjunct_then_object"),
    pytest.param("Although there is no such overlap with Sanders's team, a White House official said the two "
                 "campaigns share staff.",
                 ("a White House official", "said", "the two campaigns share staff"), id="marked_clause_first"),
    # ... but a fronted clause the parser hangs on the cue stays the content
    pytest.param("It effectively disbanded after the 2008 election, Politico reported in 2014.",
                 ("Politico", "reported", "It effectively disbanded after the 2008 election"), id="unmarked_clause"),
    # a participle after a comma that closes a quoted phrase of the clause is the speaker's next act
    pytest.param("Trump said the deal was \"a disaster,\" adding that he would cancel it.",
                 ("Trump", "said", "the deal was \"a disaster,\""), id="quoted_comma_then_adding"),
    pytest.param("Trump said the deal was \"a disaster,\" adding that he would cancel it.",
                 ("Trump", "adding", "he would cancel it"), id="quoted_comma_adding_read"),
    pytest.param("Bernie Sanders said the financial system was \"corrupt,\" noting that it is \"very strange that so "
                 "many bankers walk free.\"", ("Bernie Sanders", "noting", "it is \"very strange that so many bankers "
                                               "walk free.\""), id="quoted_comma_noting"),
    pytest.param("That kind of long-standing relationship that Trump has with wealthy business leaders has helped "
                 "convert apprehension about the real estate developer into active support, donors said.",
                 ("donors", "said", "That kind of long-standing relationship that Trump has with wealthy business "
                  "leaders has helped convert apprehension about the real estate developer into active support"),
                 id="clause_misparsed_as_oblique"),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(pipe, text, expected):
    assert expected in quotes_of(pipe, text)


NOT_READ_AS = [
    # the speaker after the cue is no clause of the reported content's
    pytest.param("Neil Sroka, communications director of the progressive advocacy group Democracy for America, said "
                 "Sanders has several options.", "Sanders has several options", id="clause_is_no_speaker"),
]

NO_CONTENT = [
    # a fronted adjunct with no reported clause after the cue gives no quote of the adjunct
    pytest.param("After the closeout of the FBI and Justice Department probe July 6, Judicial Watch asked to depose "
                 "Clinton.", "After the closeout", id="fronted_adjunct_request"),
    pytest.param("At the final debate before the primary and at least one town hall, Ted Cruz hinted at a bigger "
                 "plan.", "At the final debate", id="fronted_adjunct_hinted"),
]


@pytest.mark.parametrize("text,opening", NO_CONTENT)
def test_adjunct_is_no_content(pipe, text, opening):
    assert all(not content.startswith(opening) for _, _, content in quotes_of(pipe, text))


@pytest.mark.parametrize("text,not_speaker", NOT_READ_AS)
def test_not_a_speaker(pipe, text, not_speaker):
    assert all(name != not_speaker for name, _, _ in quotes_of(pipe, text))
