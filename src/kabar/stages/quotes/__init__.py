"""Who said what: direct, indirect and mixed quotes with their speakers.

Rules over the raw text, driven by the language pack's ``quotes.toml``:
quotation marks are paired per paragraph first (so an unbalanced mark is
bounded by its paragraph, and an open quote continues only into a paragraph
that opens with a mark), then every cue word is read in one of four frames:

- after the content: ``“...,” kata Kirby.`` / ``..., Kirby said.`` / ``..., katanya.``
- before the content: ``Kirby mengatakan (kepada FT) (bahwa) ...`` / ``X told reporters that ...``
- according to: ``Menurut X, ...`` / ``..., according to X.``
- relative clause: ``..., yang mereka katakan “...”`` / ``which they described as “...”``

Speakers are resolved through the entities already on the record (a PER
inside a title phrase wins), pronouns through coreference mentions or, failing
those, salience; carry-over cues ("lanjutnya", "he added") take the previous
quote's speaker. A full-paragraph quote without a cue continues the previous
speaker.

The package: ``lexicon`` (the pack compiled), ``pairs`` (quotation marks), ``context``
(candidates and per-article state), ``cues``/``content``/``frames`` (the finder's
three readings, joined in ``finder``), ``speakers`` (phrase to entity).
"""

from __future__ import annotations

from kabar.record import Article, Quote
from kabar.stages import stage
from kabar.stages.quotes.context import Candidate, QuoteContext
from kabar.stages.quotes.finder import Finder
from kabar.stages.quotes.lexicon import QuoteLexicon
from kabar.stages.quotes.pairs import Pair, pair_marks
from kabar.stages.quotes.speakers import Resolver, strip_determiner
from kabar.text.sentences import doc_of, sentence_spans

__all__ = ["QuoteStage", "find_quotes", "QuoteLexicon", "Finder", "Resolver", "Pair", "pair_marks"]


def _ordered(cands: list[Candidate]) -> list[Candidate]:
    """Drop duplicates (one content claimed twice) and link nested quotes to their parent."""
    cands.sort(key=lambda c: (c.rank, c.start))
    kept: list[Candidate] = []
    for c in cands:
        dup = False
        for k in kept:
            ov = min(c.end, k.end) - max(c.start, k.start)
            small = max(1, min(c.end - c.start, k.end - k.start))
            k_cue_in_c = k.cue_start is not None and c.start <= k.cue_start < c.end
            c_cue_in_k = c.cue_start is not None and k.start <= c.cue_start < k.end
            if ov / small > 0.5 and not (k_cue_in_c or c_cue_in_k):
                dup = True
                break
            if c.cue_start is not None and c.cue_start == k.cue_start:
                dup = True
                break
        if not dup:
            kept.append(c)
    kept.sort(key=lambda c: (min(c.start, c.cue_start if c.cue_start is not None else c.start), c.start))
    for i, c in enumerate(kept):
        best = None
        for j, k in enumerate(kept):
            if j != i and k.start <= c.start and c.end <= k.end and (k.end - k.start) > (c.end - c.start) and \
                    (c.cue_start is None or k.start <= c.cue_start < k.end):
                if best is None or (k.end - k.start) < (kept[best].end - kept[best].start):
                    best = j
        c.parent = best
    return kept


def find_quotes(record: Article, lex: QuoteLexicon) -> list[Quote]:
    sentences = [(s.start, s.end) for s in record.sentences]
    if not sentences:

        sentences = sentence_spans(doc_of(record))
    A = QuoteContext(record, lex, sentences)
    finder = Finder(lex)
    cands = _ordered(finder.find(A))
    Resolver(lex).resolve(A, cands)
    # ids in text order; parents by index
    order = sorted(range(len(cands)), key=lambda i: (cands[i].start, cands[i].end))
    ids = {i: f"Q{n + 1}" for n, i in enumerate(order)}
    quotes = []
    for i in order:
        c = cands[i]
        medium = medium_ent = None
        if c.medium_span is not None:
            ent = _NO_LEXICON.entity_for_span(A, *c.medium_span)
            medium_ent = ent.id if ent is not None else None
            medium = ent.name if ent is not None else strip_determiner(record.text[c.medium_span[0]:c.medium_span[1]])
            if ent is not None and ent.type == "PER":
                medium = medium_ent = None
        quotes.append(Quote(
            id=ids[i], speaker=c.speaker, speaker_name=c.speaker_name, cue=c.cue, kind=c.kind, text=c.text,
            start=c.start, end=c.end, cue_start=c.cue_start, cue_end=c.cue_end, medium=medium,
            medium_entity=medium_ent, parent=ids[c.parent] if c.parent is not None else None,
        ))
    return quotes


_NO_LEXICON = Resolver(None)  # entity_for_span reads no lexicon


@stage("quotes", requires=("text", "sentences", "entities"), assigns=("quotes",), topic="quotes")
class QuoteStage:
    def __init__(self):
        self._lex: dict[str, QuoteLexicon] = {}

    def lexicon(self, code: str) -> QuoteLexicon:
        if code not in self._lex:
            self._lex[code] = QuoteLexicon(code)
        return self._lex[code]

    def __call__(self, record: Article) -> Article:
        record.quotes = find_quotes(record, self.lexicon(record.lang or "xx"))
        return record
