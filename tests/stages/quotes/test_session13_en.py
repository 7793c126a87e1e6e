"""Session-13 English constructions (PolNeAR train error classes, docs/quotes.md "Tenth pass"): a progressive speech
act read like its finite form, a dateline before the subject of a participle cue, a fronted participle clause that
names a place, and a source phrase ending in a day ("A news report published Wednesday")."""

from __future__ import annotations

import sys
from pathlib import Path

from types import SimpleNamespace

import pytest

from kabar.record import Article, Entity, Mention
from kabar.stages.quotes import _link_pronoun_speakers

sys.path.insert(0, str(Path(__file__).parent))  # parsed_quotes, also under --import-mode=importlib
from parsed_quotes import pipe, quotes_of  # noqa: E402,F401 (pipe is a fixture)


FOUND = [
    pytest.param("Hillary Clinton is telling supporters in Iowa that she will fight for them.",
                 ("Hillary Clinton", "is telling supporters", "she will fight for them"), id="is_telling_audience_that"),
    pytest.param("Sanders is touting his recent wins in caucuses and primaries.",
                 ("Sanders", "is touting", "his recent wins in caucuses and primaries"), id="is_touting_object"),
    pytest.param("Trump was saying that the polls were rigged.",
                 ("Trump", "was saying", "the polls were rigged"), id="was_saying_that"),
    pytest.param("Texas Sen. Ted Cruz is highlighting his Iowa win over Donald Trump.",
                 ("Ted Cruz", "is highlighting", "his Iowa win over Donald Trump"), id="is_highlighting_titled"),
    pytest.param("Democratic leaders are warning that turnout will fall.",
                 ("Democratic leaders", "are warning", "turnout will fall"), id="are_warning_plural"),
    pytest.param("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him "
                 "“a total stiff.”", ("Trump", "calling", "him “a total stiff.”"), id="fronted_clause_with_a_place"),
    pytest.param("A court document filed Thursday says that the campaign manager will not be prosecuted.",
                 ("A court document", "says", "the campaign manager will not be prosecuted"), id="source_filed_a_day"),
    pytest.param("WASHINGTON (AP) — A news report published Wednesday said Ash Carter used a personal email account.",
                 ("A news report", "said", "Ash Carter used a personal email account"), id="dateline_and_a_day"),
]

NONE = [
    pytest.param("It is telling that Trump never mentioned the wall.", id="is_telling_adjective"),
    pytest.param("Republicans are confirming judges at a record pace.", id="progressive_non_speech"),
    pytest.param("The outlook is promising for the company.", id="is_promising_adjective"),
    pytest.param("The city was defending its budget in court.", id="was_defending_not_a_cue"),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(pipe, text, expected):
    assert expected in quotes_of(pipe, text)


@pytest.mark.parametrize("text", NONE)
def test_no_quote(pipe, text):
    assert quotes_of(pipe, text) == []


def test_dateline_is_no_speaker(pipe):
    text = ("WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Clinton's aide rallied supporters, saying: "
            "“We have to be ready to stop him.”")
    assert all(name != "WASHINGTON" for name, _, _ in quotes_of(pipe, text))


def test_after_dateline():
    from kabar.stages.quotes.cues import _after_dateline

    for text, rest in [("WASHINGTON (AP) — A report said", "A report said"),
                       ("WASHINGTON, Dec. 8 (UPI) — In response", "In response"),
                       ("JAKARTA, KOMPAS.com - Presiden", "Presiden")]:
        assert text[_after_dateline(text, 0, len(text)):] == rest
    # not a dateline: a capitalised subject, a dash later in the clause
    for text in ["Trump said — loudly — that", "NATO - the alliance - said"]:
        assert _after_dateline(text, 0, len(text)) == 0 or text.startswith("NATO")


def test_pronoun_speaker_becomes_a_mention_of_its_entity(pipe):
    text = ("Bernie Sanders spoke in Iowa. Hillary Clinton was in Nevada on Monday.\n\n"
            "Sanders responds that he doesn’t need new rules to tell him the banks are too big.\n\n"
            "He says, “They are just too big — too much concentration of wealth and power.”")
    rec = pipe(Article.new(text, lang="en"))
    i = text.index("He says")
    q = next(q for q in rec.quotes if "too much concentration" in q.text)
    assert q.speaker_name == "Bernie Sanders"
    owners = [e.name for e, m in rec.mentions_in(i, i + 2)]
    assert owners == ["Bernie Sanders"]  # the quote's speaker, and no other entity, holds "He"


def _link(rec, speaker, span):
    """The quotes stage's pronoun linking for one candidate quote: ``speaker`` resolved for the phrase at ``span``."""
    A = SimpleNamespace(lex=SimpleNamespace(singular={"she", "he"}, plural={"they"}), record=rec, text=rec.text)
    _link_pronoun_speakers(A, [SimpleNamespace(speaker=speaker, speaker_span=span)])


def test_link_pronoun_speakers_unit():
    text = "Ann Lee met Bob Day. Ann Lee spoke first. She said it was over."
    rec = Article.new(text, lang="en")
    ann = Entity(id="E1", type="PER", name="Ann Lee", mentions=[Mention(start=0, end=7, text="Ann Lee"),
                                                               Mention(start=21, end=28, text="Ann Lee")])
    bob = Entity(id="E2", type="PER", name="Bob Day", mentions=[Mention(start=12, end=19, text="Bob Day")])
    s = text.index("She")
    bob.mentions.append(Mention(start=s, end=s + 3, text="She", kind="pronoun"))  # a wrong coref link
    rec.entities = [ann, bob]
    _link(rec, "E1", (s, s + 3))
    assert [m.text for m in ann.mentions] == ["Ann Lee", "Ann Lee", "She"]
    assert [m.text for m in bob.mentions] == ["Bob Day"]
    # a name under the speaker phrase is left alone
    _link(rec, "E2", (0, 7))
    assert [m.text for m in bob.mentions] == ["Bob Day"]


def test_a_pronoun_of_the_other_gender_is_not_moved():
    text = "Ann Lee met Bob Day. She left early. He said it was over."
    rec = Article.new(text, lang="en")
    s_she, s_he = text.index("She"), text.index("He said")
    ann = Entity(id="E1", type="PER", name="Ann Lee", mentions=[Mention(start=0, end=7, text="Ann Lee"),
                                                               Mention(start=s_she, end=s_she + 3, text="She",
                                                                       kind="pronoun")])
    bob = Entity(id="E2", type="PER", name="Bob Day", mentions=[Mention(start=12, end=19, text="Bob Day"),
                                                               Mention(start=s_he, end=s_he + 2, text="He",
                                                                       kind="pronoun")])
    rec.entities = [ann, bob]
    _link(rec, "E1", (s_he, s_he + 2))
    assert [m.text for m in bob.mentions] == ["Bob Day", "He"]
    assert [m.text for m in ann.mentions] == ["Ann Lee", "She"]


def test_a_stray_pronoun_of_the_other_gender_does_not_block():
    text = "Bob Day met Ann Lee. He left. He ate. She came. He said it was over."
    rec = Article.new(text, lang="en")
    spans = {w: [i for i in range(len(text)) if text.startswith(w + " ", i)] for w in ("He", "She")}
    he1, he2, he3 = spans["He"]
    she = spans["She"][0]
    bob = Entity(id="E1", type="PER", name="Bob Day", mentions=[Mention(start=0, end=7, text="Bob Day")] + [
        Mention(start=x, end=x + 2, text="He", kind="pronoun") for x in (he1, he2)] + [
        Mention(start=she, end=she + 3, text="She", kind="pronoun")])  # one wrong coref link
    ann = Entity(id="E2", type="PER", name="Ann Lee", mentions=[Mention(start=12, end=19, text="Ann Lee"),
                                                               Mention(start=he3, end=he3 + 2, text="He",
                                                                       kind="pronoun")])
    rec.entities = [bob, ann]
    _link(rec, "E1", (he3, he3 + 2))
    assert he3 in [m.start for m in bob.mentions] and he3 not in [m.start for m in ann.mentions]
