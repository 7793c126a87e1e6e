"""The dependency parse of the sentences that need one, and questions over it.

The ``syntax`` stage (:mod:`kabar.stages.syntax`) parses the sentences with a cue, an event trigger
or a quotation mark and leaves a :class:`Parse` in ``record.state.syntax`` (working state: never
serialised). Tokens are the shared Doc's tokens (:mod:`kabar.text.sentences`), so every offset is a
character offset into ``record.text``, the record's own. A token is an ``int``: its index in the
parse's flat token arrays (``parse.start[i]``, ``parse.end[i]``, ``parse.word[i]``,
``parse.lemma[i]``, ``parse.pos[i]``, ``parse.dep[i]``, ``parse.head[i]``; a root is its own head).

Labels are Universal Dependencies v2 (``nsubj``, ``nsubj:pass``, ``obj``, ``obl``, ``obl:agent``,
``ccomp``, ``xcomp``, ``acl:relcl``, ``conj`` ...); the questions (:meth:`Parse.subject`,
:meth:`Parse.object`, :meth:`Parse.agent`, :meth:`Parse.obliques`, :meth:`Parse.complement`,
:meth:`Parse.conjuncts`, :meth:`Parse.antecedent`, :meth:`Parse.clause_head`) compare the label's
main part, so subtypes a treebank lacks or adds do not matter.

    parse = parse_of(record)                     # None when the stage did not run or had no model
    sent = parse.sentence_at(offset) if parse else None   # None: that sentence was not parsed
    for v in sent.tokens if sent else ():
        if parse.lemma[v] == "say":
            who = parse.subject(v)               # token or None
            what = parse.complement(v)           # head of the said clause, or None
            print(parse.span_text(who), parse.span_text(what))
"""

from __future__ import annotations

import bisect
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional, TypeVar

from kabar.record import Article

SUBJECTS = ("nsubj", "csubj", "expl")
OBJECTS = ("obj", "iobj", "dobj")
COMPLEMENTS = ("ccomp", "xcomp")
CLAUSAL = ("root", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj", "conj")
NOMINAL_MODIFIERS = ("obl", "nmod")
AGENT_MARKERS = {"by", "oleh"}
PASSIVE_PREFIXES = ("di",)  # an Indonesian verb in di- with Voice=Pass (the parse's morphology decides)


def base(label: str) -> str:
    """A UD label's main part: ``nsubj:pass`` -> ``nsubj``."""
    return label.split(":", 1)[0]


@dataclass(frozen=True)
class ParsedSentence:
    """One parsed sentence: its character span and its tokens (a range of token indices)."""

    start: int
    end: int
    first: int  # first token index
    last: int  # one past the last token index

    @property
    def tokens(self) -> range:
        return range(self.first, self.last)


class Parse:
    """The parsed sentences of one article, as flat token arrays, and the questions over them."""

    def __init__(self, text: str, lang: Optional[str] = None):
        self.text = text
        self.lang = lang
        self.start: list[int] = []
        self.end: list[int] = []
        self.word: list[str] = []
        self.lemma: list[str] = []
        self.pos: list[str] = []
        self.morph: list[str] = []
        self.dep: list[str] = []
        self.head: list[int] = []
        self.sent: list[int] = []  # index of the token's sentence in ``sentences``
        self.sentences: list[ParsedSentence] = []
        self._sent_starts: list[int] = []
        self._kids: Optional[list[list[int]]] = None
        # Parses further sentences on request (set by the stage; None when no parser is loaded).
        self.fill: Optional[Callable[["Parse", list[tuple[int, int]]], None]] = None
        self._pending: list[tuple[int, int]] = []  # sentences fill may parse on request, sorted by start
        self._pending_starts: list[int] = []
        self._tried: set[tuple[int, int]] = set()  # sentences parsed or given to fill already
        self._order: list[int] = []
        self._noted: Optional[list[int]] = None  # within noting_requests: offsets asked for, not parsed yet

    # ---------------------------------------------------------------- building
    def add_sentence(self, start: int, end: int, tokens: Iterable[tuple[int, int, str, str, str, str, str, int]]) -> ParsedSentence:
        """Add one sentence: rows of (start, end, word, lemma, pos, morph, dep, head index within the sentence).

        Sentences may be added in any order; the parse keeps them sorted by start.
        """
        columns = [list(c) for c in zip(*tokens)] or [[] for _ in range(8)]
        return self.add_columns(start, end, *columns)

    def add_columns(self, start: int, end: int, starts: list[int], ends: list[int], words: list[str], lemmas: list[str],
                    pos: list[str], morph: list[str], dep: list[str], heads: list[int]) -> ParsedSentence:
        """:meth:`add_sentence` with the rows given as columns (``heads`` within the sentence): the same parse,
        each list extended once instead of appended to token by token (the syntax stage's way)."""
        first = len(self.start)
        k = len(self.sentences)
        self.start.extend(starts)
        self.end.extend(ends)
        self.word.extend(words)
        self.lemma.extend(lemmas)
        self.pos.extend(pos)
        self.morph.extend(morph)
        self.dep.extend(dep)
        self.head.extend([first + h for h in heads])
        self.sent.extend([k] * len(starts))
        ps = ParsedSentence(start, end, first, len(self.start))
        self.sentences.append(ps)
        self._kids = None
        # the new sentence placed by its start, after any with the same start (the stable sort by start of every
        # sentence, kept up without sorting them all again: session 34, speed34)
        at = bisect.bisect_right(self._sent_starts, start)
        self._order.insert(at, k)
        self._sent_starts.insert(at, start)
        return ps

    # ---------------------------------------------------------------- where
    def sentence_at(self, offset: int, parse_missing: bool = True) -> Optional[ParsedSentence]:
        """The parsed sentence holding ``offset``; with ``parse_missing`` a sentence the stage skipped is
        parsed now (when the stage left a parser: ``fill``) and returned."""
        found = self._find(offset)
        if found is None and parse_missing and self.fill is not None and self._pending:
            span = self._pending_at(offset)
            if span is not None:
                if self._noted is not None:
                    self._noted.append(offset)
                    return None
                self._tried.add(span)
                self.fill(self, [span])
                found = self._find(offset)
        return found

    @contextmanager
    def noting_requests(self) -> Iterator[list[int]]:
        """Within the block, a request for a sentence not parsed yet is noted, not parsed: ``sentence_at``
        answers None as for a sentence that cannot be parsed, and the offset goes to the list the block
        gets. A reader that asks sentence by sentence reads once so, has the noted sentences parsed in
        one batch (:meth:`ensure_at`) and reads those again: one parser call instead of one per sentence
        (each call streams the model's weights anew, which costs more than a short sentence's parse)."""
        noted: list[int] = []
        outer, self._noted = self._noted, noted
        try:
            yield noted
        finally:
            self._noted = outer

    def set_parseable(self, spans: list[tuple[int, int]]) -> None:
        """The sentences (character spans) ``fill`` may parse when asked for (the stage sets them)."""
        self._pending = sorted(spans)
        self._pending_starts = [s for s, _ in self._pending]

    def ensure(self, start: int = 0, end: Optional[int] = None) -> None:
        """Parse now, in one batch, every sentence overlapping [start, end) not parsed yet (when a parser is
        at hand): cheaper than asking sentence by sentence when a stage will read most of them."""
        if self.fill is None:
            return
        end = len(self.text) if end is None else end
        lo = max(0, bisect.bisect_right(self._pending_starts, start) - 1)
        hi = bisect.bisect_left(self._pending_starts, end)
        todo = [sp for sp in self._pending[lo:hi] if sp[1] > start and sp not in self._tried]
        if todo:
            self._tried.update(todo)
            self.fill(self, todo)

    def ensure_at(self, offsets: Iterable[int]) -> None:
        """Parse now, in one batch, the sentences holding these offsets that are not parsed yet."""
        if self.fill is None:
            return
        todo = []
        for off in sorted(set(offsets)):
            if self._find(off) is None:
                span = self._pending_at(off)
                if span is not None and (not todo or todo[-1] != span):
                    todo.append(span)
        if todo:
            self._tried.update(todo)
            self.fill(self, todo)

    def _pending_at(self, offset: int) -> Optional[tuple[int, int]]:
        i = bisect.bisect_right(self._pending_starts, offset) - 1
        if i >= 0 and self._pending[i][0] <= offset < self._pending[i][1] and self._pending[i] not in self._tried:
            return self._pending[i]
        return None

    def _find(self, offset: int) -> Optional[ParsedSentence]:
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        if i < 0:
            return None
        ps = self.sentences[self._order[i]]
        return ps if ps.start <= offset < max(ps.end, ps.start + 1) else None

    def sentences_in(self, start: int, end: int) -> list[ParsedSentence]:
        """Parsed sentences overlapping [start, end), in text order."""
        out = []
        for n in self._order:
            ps = self.sentences[n]
            if ps.start < end and ps.end > start:
                out.append(ps)
        return out

    def token_at(self, offset: int) -> Optional[int]:
        """The token whose characters hold ``offset`` (or the first token starting after it within the
        same sentence when ``offset`` falls on white space), None outside the parsed sentences."""
        ps = self.sentence_at(offset)
        if ps is None:
            return None
        lo = bisect.bisect_right(self.start, offset, ps.first, ps.last) - 1
        if lo >= ps.first and self.start[lo] <= offset < self.end[lo]:
            return lo
        return lo + 1 if lo + 1 < ps.last else None

    def token_starting_at(self, offset: int, parse_missing: bool = True) -> Optional[int]:
        """The token that begins exactly at ``offset`` (a cue's or a trigger's first character), None when no
        parsed sentence holds it (with ``parse_missing`` a sentence the stage skipped is parsed now, as in
        ``sentence_at``) or the parse's tokenisation starts no token there."""
        if self.sentence_at(offset, parse_missing) is None:
            return None
        t = self.token_at(offset)
        return t if t is not None and self.start[t] == offset else None

    def tokens_in(self, start: int, end: int) -> list[int]:
        """Tokens lying within [start, end)."""
        out = []
        for ps in self.sentences_in(start, end):
            out.extend(i for i in ps.tokens if self.start[i] >= start and self.end[i] <= end)
        return out

    def sentence_of(self, i: int) -> ParsedSentence:
        return self.sentences[self.sent[i]]

    def roots(self, ps: ParsedSentence) -> list[int]:
        return [i for i in ps.tokens if self.head[i] == i]

    # ---------------------------------------------------------------- the tree
    def children(self, i: int) -> list[int]:
        if self._kids is None:
            kids: list[list[int]] = [[] for _ in self.start]
            for j, h in enumerate(self.head):
                if h != j:
                    kids[h].append(j)
            self._kids = kids
        return self._kids[i]

    def kids(self, i: int, *labels: str) -> list[int]:
        """Children whose label's main part (or full label) is one of ``labels``."""
        return [c for c in self.children(i) if self.dep[c] in labels or base(self.dep[c]) in labels]

    def parent(self, i: int) -> Optional[int]:
        h = self.head[i]
        return None if h == i else h

    def ancestors(self, i: int) -> list[int]:
        out, seen = [], {i}
        while True:
            h = self.head[i]
            if h == i or h in seen:
                return out
            out.append(h)
            seen.add(h)
            i = h

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children(j))
        out.sort()
        return out

    def span(self, i: Optional[int], *, without: Iterable[int] = ()) -> Optional[tuple[int, int]]:
        """Character span of ``i``'s subtree (leaving out the subtrees of ``without``), punctuation at the
        edges trimmed; None for None."""
        if i is None:
            return None
        drop: set[int] = set()
        for w in without:
            drop.update(self.subtree(w))
        toks = [j for j in self.subtree(i) if j not in drop]
        # keep the contiguous run around i
        toks = _run_around(toks, i)
        while len(toks) > 1 and self.pos[toks[0]] == "PUNCT" and toks[0] != i:
            toks.pop(0)
        while len(toks) > 1 and self.pos[toks[-1]] == "PUNCT" and toks[-1] != i:
            toks.pop()
        return self.start[toks[0]], self.end[toks[-1]]

    def span_text(self, i: Optional[int], **kw) -> Optional[str]:
        sp = self.span(i, **kw)
        return None if sp is None else self.text[sp[0]:sp[1]]

    # ---------------------------------------------------------------- questions
    def clause_head(self, i: int) -> int:
        """The head of the clause ``i`` is in: ``i`` itself when it heads a clause (a verb, or any
        token the parser made a clause: root, ccomp, xcomp, advcl, acl, parataxis, conj of a clause),
        else the nearest such ancestor."""
        j = i
        for _ in range(len(self.start)):
            if self.pos[j] in ("VERB", "AUX") and self.dep[j] != "aux" and not self.dep[j].startswith("aux"):
                return j
            if base(self.dep[j]) in CLAUSAL and base(self.dep[j]) != "conj" or self.head[j] == j:
                return j
            j = self.head[j]
        return i

    def is_passive(self, v: int) -> bool:
        """A passive clause: a ``:pass`` subject or auxiliary, an ``obl:agent``, or passive voice in the morphology."""
        if any(self.dep[c].endswith(":pass") or self.dep[c] == "obl:agent" for c in self.children(v)):
            return True
        return "Voice=Pass" in self.morph[v]

    def subject(self, v: int, *, inherit: bool = True) -> Optional[int]:
        """The subject of the clause headed by ``v``. With ``inherit``: a verb coordinated with another
        ("pledged ... but said") or an open complement ("wants to say") takes that verb's subject, and a
        relative clause whose subject is the relative pronoun ("X, who said") takes the antecedent."""
        seen: set[int] = set()
        while v not in seen:
            seen.add(v)
            subj = self.kids(v, *SUBJECTS)
            if subj:
                s = subj[0]
                if inherit and self._relative_pronoun(s):
                    ant = self.antecedent(v)
                    if ant is not None:
                        return ant
                return s
            if not inherit:
                return None
            d = base(self.dep[v])
            h = self.head[v]
            if h == v:
                return None
            if d in ("conj", "xcomp"):
                v = h
                continue
            if d == "acl":  # relative or participle clause: the noun it modifies ("officials who said", "X, saying")
                return h
            if d == "advcl" and self.pos[v] == "VERB" and not self.kids(v, "mark"):  # participle "..., adding that"
                v = h
                continue
            return None
        return None

    def _relative_pronoun(self, i: int) -> bool:
        return "PronType=Rel" in self.morph[i] or self.word[i].lower() in ("who", "which", "that", "yang", "whom")

    def antecedent(self, v: int) -> Optional[int]:
        """For a relative or participle clause headed by ``v`` (``acl``/``acl:relcl``): the noun it modifies."""
        while base(self.dep[v]) == "conj" and self.head[v] != v:
            v = self.head[v]
        if base(self.dep[v]) == "acl" and self.head[v] != v:
            return self.head[v]
        return None

    def complement_owner(self, i: int) -> Optional[int]:
        """The verb whose complement clause (``ccomp``/``parataxis``) holds ``i``, the nearest one up the tree;
        None when ``i`` is in no complement. ``said the budget was balanced, adding that ...``: a parser
        often hangs ``adding`` on ``balanced``, inside the complement of ``said``."""
        j = i
        for _ in range(len(self.start)):
            h = self.head[j]
            if h == j:
                return None
            if base(self.dep[j]) in ("ccomp", "parataxis"):
                return h
            j = h
        return None

    def object(self, v: int) -> Optional[int]:
        """The direct object of ``v`` (``obj``; else ``iobj``)."""
        objs = self.kids(v, "obj", "dobj") or self.kids(v, "iobj")
        return objs[0] if objs else None

    def marker(self, i: int) -> Optional[str]:
        """The preposition or subordinator of ``i`` (its ``case``/``mark`` children, joined), lower case."""
        m = [self.word[c].lower() for c in self.children(i) if base(self.dep[c]) in ("case", "mark")]
        return " ".join(m) if m else None

    def obliques(self, v: int) -> list[tuple[Optional[str], int]]:
        """The obliques of ``v`` (``obl``, ``obl:*``, and ``nmod`` of a noun) with their prepositions:
        ``[("kepada", wartawan), ("in", London), (None, kemarin)]``."""
        return [(self.marker(c), c) for c in self.children(v) if base(self.dep[c]) in NOMINAL_MODIFIERS]

    def agent(self, v: int) -> Optional[int]:
        """The agent of a passive ``v``: ``obl:agent``, or an oblique with "by"/"oleh"."""
        for c in self.children(v):
            if self.dep[c] == "obl:agent":
                return c
        for prep, c in self.obliques(v):
            if prep and prep.split()[-1] in AGENT_MARKERS:
                return c
        return None

    def complement(self, v: int, markers: Iterable[str] = ()) -> Optional[int]:
        """The head of the clause that is ``v``'s complement: ``ccomp`` (said that ...), else ``xcomp``, else a
        ``parataxis`` (the said clause after a colon); None when ``v`` has none. With ``markers``
        (complementizers such as "that", "bahwa"), a clause the parser attached otherwise (``advcl``,
        ``acl``, ``dep``, ``obj``) counts too when one of them introduces it."""
        for labels in (("ccomp",), ("xcomp",), ("parataxis",)):
            found = self.kids(v, *labels)
            if found:
                return found[0]
        marks = {m.lower() for m in markers}
        if marks:
            for c in self.children(v):
                if base(self.dep[c]) in ("advcl", "acl", "dep", "obj", "obl", "conj", "csubj") and \
                        any(self.word[m].lower() in marks for m in self.kids(c, "mark", "case")
                            if self.start[m] < self.start[c]):
                    return c
        return None

    def conjuncts(self, i: int) -> list[int]:
        """``i`` and the tokens coordinated with it (``X and Y``), first conjunct first."""
        first = i
        while base(self.dep[first]) == "conj" and self.head[first] != first:
            first = self.head[first]
        out = [first]
        stack = [first]
        while stack:
            j = stack.pop()
            for c in self.kids(j, "conj"):
                out.append(c)
                stack.append(c)
        out.sort()
        return out

    def describe(self, i: int) -> str:
        return f"{self.word[i]}/{self.pos[i]}/{self.dep[i]}->{self.word[self.head[i]]}"


def _run_around(toks: list[int], i: int) -> list[int]:
    """The contiguous run of token indices in sorted ``toks`` that contains ``i`` (gaps are cut)."""
    if not toks:
        return [i]
    k = bisect.bisect_left(toks, i)
    if k >= len(toks) or toks[k] != i:
        return toks
    lo = k
    while lo > 0 and toks[lo - 1] == toks[lo] - 1:
        lo -= 1
    hi = k
    while hi + 1 < len(toks) and toks[hi + 1] == toks[hi] + 1:
        hi += 1
    return toks[lo:hi + 1]


T = TypeVar("T")


def read_batched(parse: Optional[Parse], n: int, read: Callable[[int], T]) -> list[T]:
    """``[read(i) for i in range(n)]``, where a read may ask ``parse`` for sentences one at a time: the reads
    run with the requests noted (:meth:`Parse.noting_requests`), the noted sentences are parsed in one
    batch, and the reads that asked run again. The answers are those of parsing on request, provided a
    read that asks gives the same answer when repeated once its sentences are parsed (it keeps no state
    of its own between reads)."""
    if parse is None:
        return [read(i) for i in range(n)]
    out: list[T] = []
    again: list[int] = []
    with parse.noting_requests() as asked:
        for i in range(n):
            before = len(asked)
            out.append(read(i))
            if len(asked) > before:
                again.append(i)
    if again:
        parse.ensure_at(asked)
        for i in again:
            out[i] = read(i)
    return out


def parse_of(record: Article) -> Optional[Parse]:
    """The record's parse (``record.state.syntax``): None when the syntax stage did not run, or ran
    without a parser model for the language."""
    p = getattr(record.state, "syntax", None)
    return p if isinstance(p, Parse) and p.text == record.text else None
