"""The quotes stage's cue and frame readings get the sentences they ask about parsed in one parser call."""

from kabar.stages.quotes import _find_parsing_once
from kabar.text.parse import Parse

TEXT = "Ann said it rained. Bob said it snowed. Cy left."
SENTS = [(0, 19), (20, 39), (40, 48)]


class _Reader:
    """Stands for the Finder: asks the parse about each sentence in turn, and reports what it saw."""

    def __init__(self):
        self.passes = []

    def find(self, A):
        seen = [A.parse.sentence_at(s) is not None for s, _ in SENTS[:2]]
        self.passes.append(seen)
        return seen


class _Ctx:
    def __init__(self, parse):
        self.parse = parse


def _parse(calls):
    p = Parse(TEXT, "en")

    def fill(parse, spans):
        calls.append(list(spans))
        for s, e in spans:
            parse.add_sentence(s, e, [(s, e, TEXT[s:e], TEXT[s:e], "X", "", "root", 0)])

    p.fill = fill
    p.set_parseable(SENTS)
    return p


def test_sentences_asked_one_by_one_are_parsed_in_one_call_and_read_again():
    calls, reader = [], _Reader()
    found = _find_parsing_once(reader, _Ctx(_parse(calls)))
    assert calls == [[(0, 19), (20, 39)]]  # one call for both, not one per sentence
    assert reader.passes == [[False, False], [True, True]]
    assert found == [True, True]  # what on-demand parsing would have answered


def test_nothing_noted_reads_once():
    calls, reader = [], _Reader()
    p = _parse(calls)
    p.ensure()  # everything parsed already
    calls.clear()
    assert _find_parsing_once(reader, _Ctx(p)) == [True, True]
    assert calls == [] and len(reader.passes) == 1


def test_without_a_parse_the_reading_runs_once():
    class NoParse:
        parse = None

    class R:
        n = 0

        def find(self, A):
            R.n += 1
            return []

    assert _find_parsing_once(R(), NoParse()) == [] and R.n == 1
