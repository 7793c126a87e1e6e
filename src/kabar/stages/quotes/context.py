"""A quote candidate and the per-article working state the finder reads: sentences, pairs, mentions."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import Optional

from kabar.record import Article, Entity, Mention, SpanIndex
from kabar.stages.quotes.lexicon import PARAGRAPH, WORD, QuoteLexicon
from kabar.stages.quotes.pairs import Pair, pair_marks
from kabar.text.datelines import DATELINE
from kabar.text.headlines import is_title_case



@dataclass
class Candidate:
    start: int
    end: int
    text: str
    kind: str
    cue: Optional[str]
    cue_start: Optional[int]
    cue_end: Optional[int]
    speaker_span: Optional[tuple[int, int]] = None
    mode: str = "phrase"  # phrase | pronoun | carry | continue
    number: str = "singular"
    medium_span: Optional[tuple[int, int]] = None
    rank: int = 0
    parent: Optional[int] = None
    speaker: Optional[str] = None
    speaker_name: Optional[str] = None
    speaker_type: Optional[str] = None
    follow: list = field(default_factory=list)  # later quoted sentences carried by the same cue
    request: bool = False  # wide mode: a request verb's "X to V" read as the source's stance (session 25)


class QuoteContext:
    """Per-article working state for the finder."""

    def __init__(self, record: Article, lex: QuoteLexicon, sentences: list[tuple[int, int]]):
        self.text = record.text
        self.record = record
        self.lex = lex
        self.parse = None  # the syntax stage's parse (kabar.text.parse.Parse), set by find_quotes
        self.pairs = pair_marks(self.text, lex)
        self.top = [p for p in self.pairs if p.depth == 0]
        self.sents = sentences = self._without_datelines(self._openers_to_next(sentences))
        self.sent_starts = [s for s, _ in sentences]
        self.para_starts = [m.start() for m in PARAGRAPH.finditer(self.text)]
        self._title_lines: dict[int, bool] = {}
        self.top_starts = [p.start for p in self.top]
        self.pair_starts = [p.start for p in self.pairs]
        closed = sorted((p.end, n) for n, p in enumerate(self.top) if p.closed)
        self.closed_ends = [e for e, _ in closed]
        self.closed_order = [n for _, n in closed]
        self.inner_index = SpanIndex(self.top, [(p.inner_start, p.inner_end, p) for p in self.top])
        self.mentions = sorted(((m.start, m.end, ent, m) for ent in record.entities for m in ent.mentions),
                               key=lambda t: (t[0], t[1]))
        # The quotes stage adds no mention, so one index serves the whole stage (the record's own
        # index re-counts every mention on each question to see whether it is still fresh).
        self.mention_spans = SpanIndex(record.entities, [(s, e, (ent, m)) for s, e, ent, m in self.mentions])

    def _without_datelines(self, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A sentence that opens its paragraph with a dateline (``Jakarta, CNN Indonesia -- Yasonna menyampaikan,
        ...``) starts after it: the place and outlet are no content before a cue (was the whole quote)."""
        text = self.text
        out = []
        for s, e in sentences:
            if s == 0 or text[s - 1] == "\n":
                m = DATELINE.match(text, s, e)
                if m is not None and m.end() < e:
                    s = m.end()
            out.append((s, e))
        return out

    def _openers_to_next(self, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A sentence that ends with an opening mark (``... terror content. ''There's ...``: a segmenter that
        does not know the mark) gives that mark to the next sentence, where its quotation is."""
        out = list(sentences)
        starts = [p.start for p in self.top]
        for k in range(len(out) - 1):
            s, e = out[k]
            i = bisect.bisect_right(starts, s)
            while i < len(self.top) and self.top[i].start < e:
                p = self.top[i]
                if p.end > e and not WORD.search(self.text, p.start, e) and out[k + 1][0] >= e - 3:
                    out[k] = (s, strip_span(self.text, s, p.start)[1])
                    out[k + 1] = (p.start, out[k + 1][1])
                    break
                i += 1
        return out

    # -- geometry
    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return (0, len(self.text))
        s, e = self.sents[i]
        return (s, max(e, pos))

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def title_case_line(self, pos: int) -> bool:
        """Whether the paragraph at ``pos`` is a Title Case headline (:func:`kabar.text.headlines.is_title_case`)."""
        i = self.paragraph_index(pos)
        got = self._title_lines.get(i)
        if got is None:
            m = PARAGRAPH.match(self.text, self.para_starts[i]) if self.para_starts else None
            got = is_title_case(WORD.findall(m.group()) if m else [])
            self._title_lines[i] = got
        return got

    def pair_ending_at(self, pos: int) -> Optional[Pair]:
        """The top-level pair whose closer sits at ``pos`` (only spaces and commas between)."""
        gap = pos
        while gap > 0 and self.text[gap - 1] in " ,\u00a0":
            gap -= 1
        # a closed pair ending in the blank run before pos (or at pos: "“...,” with the cue's comma inside")
        lo = bisect.bisect_left(self.closed_ends, gap)
        hi = bisect.bisect_right(self.closed_ends, pos)
        first = min(self.closed_order[lo:hi], default=None)
        return self.top[first] if first is not None else None

    def pair_starting_at(self, pos: int) -> Optional[Pair]:
        i = bisect.bisect_left(self.top_starts, pos)
        if i < len(self.top) and not self.text[pos:self.top_starts[i]].strip(" :,\u00a0"):
            return self.top[i]
        return None

    def inside_pair(self, pos: int) -> Optional[Pair]:
        found = self.inner_index.covering(pos)
        return found[0] if found else None

    def top_pairs_within(self, s: int, e: int) -> list[Pair]:
        """Top-level pairs lying inside [s, e), in text order."""
        i = bisect.bisect_left(self.top_starts, s)
        out = []
        while i < len(self.top) and self.top[i].start < e:
            if self.top[i].end <= e:
                out.append(self.top[i])
            i += 1
        return out

    def pairs_within(self, s: int, e: int):
        """All pairs (nested ones too) lying inside [s, e), in text order."""
        i = bisect.bisect_left(self.pair_starts, s)
        while i < len(self.pairs) and self.pairs[i].start < e:
            if self.pairs[i].end <= e:
                yield self.pairs[i]
            i += 1

    def mentions_in(self, s: int, e: int) -> list[tuple[int, int, Entity, Mention]]:
        """(start, end, entity, mention) of the mentions overlapping [s, e), by start."""
        hits = [(m.start, m.end, ent, m) for ent, m in self.mention_spans.overlapping(s, e)]
        hits.sort(key=lambda t: (t[0], t[1]))
        return hits


def words_in(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of the WORD matches of ``text[s:e]`` (``WORD.finditer(text, s, e)``), a new list each call."""
    return list(_words_in(text, s, e))


@functools.lru_cache(maxsize=8192)
def _words_in(text: str, s: int, e: int) -> tuple[tuple[int, int, str], ...]:
    """Session 29 (speed): the quote finders ask for the words of the same spans again and again (~3.6 calls per
    distinct span over 60 articles: the cue's left clause, the speaker checks, the content trims), each a regex
    scan. Keyed by the text itself (its hash is computed once and kept by the string), so another article's text,
    even at the same offsets, is another key; callers get a list of their own to change."""
    return tuple([(m.start(), m.end(), m.group()) for m in WORD.finditer(text, s, e)])


def leading_phrase(low: str, phrases) -> Optional[str]:
    """The first of ``phrases`` (lower case, longest first) that opens ``low`` as whole words, or None."""
    by_first = _by_first_letter(phrases)
    if by_first is not None:  # only the phrases opening with low's first letter can open it, in the same order
        phrases = by_first.get(low[:1], ())
    return next((p for p in phrases if low.startswith(p) and (len(low) == len(p) or not low[len(p)].isalnum())), None)


_BY_FIRST: dict[int, tuple] = {}


def _by_first_letter(phrases) -> Optional[dict[str, list[str]]]:
    """Session 29 (speed): a pack's phrase list (clause openers, attribution nouns, roles: hundreds) split by first
    letter, each part in the list's order; kept per list object (with the list, so its id stays its own, and its
    length, so a list grown since is split again). None for an empty phrase or what is no list, tuple or set."""
    if not isinstance(phrases, (list, tuple, frozenset, set)):
        return None
    hit = _BY_FIRST.get(id(phrases))
    if hit is None or hit[0] is not phrases or hit[1] != len(phrases):
        by_first: Optional[dict[str, list[str]]] = {}
        for p in phrases:
            if not p:
                by_first = None
                break
            by_first.setdefault(p[:1], []).append(p)
        hit = _BY_FIRST[id(phrases)] = (phrases, len(phrases), by_first)
    return hit[2]


def strip_span(text: str, s: int, e: int, chars: str = " \t\n\u00a0,;:") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def clean_ws(s: str) -> str:
    return " ".join(s.split())
