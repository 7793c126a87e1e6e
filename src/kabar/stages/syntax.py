"""The ``syntax`` stage: a dependency parse of the sentences that need one.

A sentence is parsed when it holds a quotation mark, a quote cue (any form the language pack's
``quotes.toml`` lists) or an event trigger's word (``events.toml``); the other sentences are
left alone so the pipeline stays fast, and a later stage may still ask for one of them
(:meth:`kabar.text.parse.Parse.sentence_at` parses it on request). The parse goes to
``record.state.syntax`` (:class:`kabar.text.parse.Parse`), working state that is never stored; the
record's fields are untouched. Tokens are the shared Doc's, so offsets are the record's.

Without a parser model for the language the stage logs one warning per language and leaves no
parse; the quotes stage then reads its chunk rules alone.
"""

from __future__ import annotations

import bisect
import functools
import logging
import time
from pathlib import Path
from typing import Any, Optional

from kabar import interleave
from kabar import lang as langpacks
from kabar import models
from kabar.lang import expand
from kabar.models import parser_steps
from kabar.record import Article
from kabar.stages import stage
from kabar.text import marks
from kabar.text.names import fold
from kabar.text.parse import Parse
from kabar.text.tokens import toks_of

log = logging.getLogger("kabar.syntax")

_ROW_ATTRS = ["LEMMA", "POS", "TAG", "DEP", "MORPH", "HEAD"]
_U64 = (1 << 64) - 1
NAMES_KEPT = 200_000  # hash -> string entries kept per string store before starting afresh

QUOTE_LISTS = ("speech_verbs", "inverted", "pronoun_forms", "carry_over", "according", "participles",
               "according_pronoun", "relative_verbs", "request_verbs", "noun_forms")
MARK_TOKENS = set(marks.ALL) | {"``", "''"}


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


@functools.cache
def needs_words(code: str) -> frozenset[str]:
    """Folded words whose presence makes a sentence worth parsing: the longest word of every quote cue and
    event trigger form in the language's packs."""
    pack = langpacks.pack(code)
    words: set[str] = set()

    def add(form: str) -> None:
        for f in expand(form.lower()):
            parts = f.split()
            if parts:  # every word of a form is in a sentence it matches: its longest is the most telling
                words.add(fold(max(parts, key=len)))

    if langpacks.supports(code, "quotes"):
        q = pack.data("quotes")
        for key in QUOTE_LISTS:
            for form in _strings(q.get(key, [])):
                add(form)
        for form in _strings(q.get("belief", {}).get("verbs", [])):
            add(form)
    if langpacks.supports(code, "events"):
        ev = pack.data("events")
        for table in ev.get("trigger", []):
            if not isinstance(table, dict):
                continue
            for key, value in table.items():
                if key in ("event", "mode", "context", "reciprocal"):
                    continue
                for form in _strings(value):
                    add(form)
    words.discard("")
    return frozenset(words)


def load_parser(code: str, model: Optional[str] = None):
    """The spaCy parsing pipeline for ``code`` (cached by ``kabar.models``), or None when none is installed.

    ``model`` (a folder) overrides the shipped one. UPOS and features (Voice=Pass) need the morphologiser.
    """
    from kabar import models

    if model:
        path = Path(model).expanduser()
        return models.load_pipeline(path) if (path / "config.cfg").is_file() else None
    try:
        return models.load_parser(code, morphology=True)
    except models.ParserMissing as exc:  # the stage degrades to no parse
        log.debug("no parser for %r: %s", code, exc)
        return None


@stage("syntax", requires=("text", "sentences"), assigns=())
class SyntaxStage:
    """Config: ``model`` (a spaCy pipeline folder) replaces the shipped parser for every language;
    by default (``eager = false``) nothing is parsed up front: a sentence is parsed when a later stage
    first asks for it (``Parse.sentence_at``; ``Parse.ensure_at`` / ``Parse.ensure`` parse many in one
    batch), so only what is read costs; ``eager = true`` parses the selected sentences (a cue, a trigger,
    a quotation mark) in the stage, in batches; ``all_sentences`` (with ``eager``) parses every one;
    sentences longer than ``max_tokens`` are not parsed. ``batch_size``: sentences per spaCy minibatch (the
    parser steps a quarter of that at a time); a parse does not depend on its batch, and one call's requests
    (~30 sentences) in one minibatch parse ~8% faster than in minibatches of 16 (docs/syntax.md)."""

    def __init__(self, model: Optional[str] = None, eager: bool = False, all_sentences: bool = False,
                 max_tokens: int = 200, batch_size: int = 1024):
        self.model = model or None
        self.eager = eager
        self.all_sentences = all_sentences
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        self._nlp: dict[str, Any] = {}
        self._warned: set[str] = set()
        # CPU seconds spent parsing (in the stage or on a later stage's request) and parser calls made: a lazy
        # stage's parsing is timed inside the stages that ask, so benchmarks read it here
        self.parse_cpu = 0.0
        self.parse_calls = 0
        self._names: dict[int, tuple[Any, dict[int, str]]] = {}  # per string store: (the store, hash -> string)

    def parser(self, code: str):
        if code not in self._nlp:
            try:
                self._nlp[code] = load_parser(code, self.model)
            except Exception as exc:
                log.warning("syntax: the parser for %r could not be loaded (%s: %s); quotes use the chunk rules",
                            code, type(exc).__name__, exc)
                self._nlp[code] = None
                self._warned.add(code)
            if self._nlp[code] is None and code not in self._warned:
                log.warning("syntax: no parser model for language %r; no parse (quotes use the chunk rules)", code)
                self._warned.add(code)
        return self._nlp[code]

    def __call__(self, record: Article) -> Article:
        code = record.lang or "xx"
        nlp = self.parser(code)
        record.state.syntax = None
        if nlp is None or not record.sentences:
            return record
        toks = toks_of(record)
        spans = [(s.start, s.end) for s in record.sentences]
        if not self.eager:
            chosen: set[int] = set()
        elif self.all_sentences:
            chosen = set(range(len(spans)))
        else:
            chosen = self.select(toks, spans, needs_words(code))
        parse = Parse(record.text, code)
        parse.set_parseable(spans)
        parse.fill = functools.partial(self._fill, nlp, toks)
        if self.eager:
            todo = [spans[n] for n in sorted(chosen)]
            parse._tried.update(todo)
            self._fill(nlp, toks, parse, todo)
        record.state.syntax = parse
        return record

    @staticmethod
    def select(toks, spans: list[tuple[int, int]], words: frozenset[str]) -> set[int]:
        """Indices of the sentences holding a quotation mark or one of ``words``."""
        starts = [s for s, _ in spans]
        chosen: set[int] = set()
        for i in range(toks.n):
            w = toks.folded[i]
            if w in words or toks.words[i] in MARK_TOKENS or (len(w) > 1 and w[0] in MARK_TOKENS):
                n = bisect.bisect_right(starts, toks.idx[i]) - 1
                if n >= 0:
                    chosen.add(n)
        return chosen

    def _fill(self, nlp, toks, parse: Parse, spans: list[tuple[int, int]]) -> None:
        """Parse the sentences ``spans`` (character spans) and add them to ``parse``; within
        ``Pipeline.run_many`` the request waits for the other articles' and all go to the parser in one call."""
        if spans:
            interleave.defer(self._serve, (nlp, toks, parse, spans))

    def _serve(self, requests: list[tuple[Any, Any, Parse, list[tuple[int, int]]]]) -> list[None]:
        """Parse the sentences of every request (one parser call per model) and add them to their parses."""
        from spacy.tokens import Doc

        by_model: dict[int, list] = {}
        for nlp, toks, parse, spans in requests:
            done = {(s.start, s.end) for s in parse.sentences}
            for s, e in spans:
                if (s, e) in done:
                    continue
                lo = bisect.bisect_left(toks.idx, s)
                hi = bisect.bisect_left(toks.idx, e)
                keep = [i for i in range(lo, hi) if toks.words[i].strip()]
                if not keep or len(keep) > self.max_tokens:
                    continue
                words = [toks.words[i] for i in keep]
                spaces = [bool(toks.ws[i]) for i in keep]
                by_model.setdefault(id(nlp), [nlp, []])[1].append(
                    (toks, parse, s, e, keep, Doc(nlp.vocab, words=words, spaces=spaces)))
        for nlp, jobs in by_model.values():
            self._parse(nlp, jobs)
        return [None] * len(requests)

    def _columns(self, strings):
        """A function from a column of string hashes to their strings (0 gives ""). Session 35 (speed35): the strings
        are kept per string store across parser calls (a hash names one string for good), and a column is looked up
        by one ``map`` over the dict; only hashes not met before reach the store (~90% of a call's were met before,
        and a lemma column is all 0s: each a Python call of its own before)."""
        kept = self._names.get(id(strings))
        if kept is None or kept[0] is not strings or len(kept[1]) > NAMES_KEPT:
            kept = self._names[id(strings)] = (strings, {0: ""})
        names = kept[1]
        get = names.get

        def column(hashes: list[int]) -> list[str]:
            out = list(map(get, hashes))
            if None in out:
                for k, got in enumerate(out):
                    if got is None:
                        h = hashes[k]
                        got = names.get(h)
                        if got is None:
                            got = names[h] = strings[h & _U64] if h < 0 else strings[h]
                        out[k] = got
            return out

        return column

    def _parse(self, nlp, jobs: list) -> None:
        from spacy.util import minibatch

        t0 = time.process_time()
        docs = [job[-1] for job in jobs]
        for _, proc in nlp.pipeline:
            if parser_steps.supports(proc):  # the same parse with less CPU (kabar.models.parser_steps)
                docs = parser_steps.pipe(proc, docs, self.batch_size)
            elif (forward := models.tok2vec_forward(proc)) is not None:  # the same vectors, numpy's pass
                for chunk in minibatch(docs, size=self.batch_size):
                    chunk = list(chunk)
                    proc.set_annotations(chunk, forward.vectors(forward.features(chunk)))
            else:
                docs = list(proc.pipe(docs, batch_size=self.batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        # The rows from one array per sentence rather than a Token object and six attribute look-ups per
        # token; the same strings: a POS of 0 falls back to the tag, a DEP of 0 is "dep", an empty MORPH ("_") is "", HEAD is relative.
        column = self._columns(nlp.vocab.strings)
        for (toks, parse, s, e, keep, _), doc in zip(jobs, docs):
            # column by column: each hash looked up once per token, each of the parse's lists extended once
            lemma, pos, tag, dep, morph, rel = doc.to_array(_ROW_ATTRS).astype("int64").T.tolist() if len(doc) \
                else ([],) * 6
            starts = [toks.idx[i] for i in keep]
            words = [toks.words[i] for i in keep]
            parse.add_columns(
                s, e, starts, [a + len(w) for a, w in zip(starts, words)], words,
                column(lemma),
                column([p or t for p, t in zip(pos, tag)]),
                ["" if m == "_" else m for m in column(morph)],
                [d or "dep" for d in column(dep)],
                [k + r for k, r in enumerate(rel)])
        self.parse_cpu += time.process_time() - t0
        self.parse_calls += 1
