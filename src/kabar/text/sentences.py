"""Tokens and sentences with character offsets into the cleaned text: the spaCy Doc every stage shares.

spaCy's blank pipeline for the language gives the tokenizer; the rule-based
sentencizer splits, then two repairs run: a line break always ends a sentence,
and a sentence that opens in lower case right after a closing quotation mark or
comma is glued back (``"...," kata Kirby.`` stays one sentence). Abbreviations
that must not end a sentence come from the language pack (``segment.toml``).
"""

from __future__ import annotations

import functools

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kabar import lang as langpacks
from kabar.record import Article
from kabar.text import marks
from kabar.text.sections import make_doc

CLOSERS = set(marks.CLOSING + marks.STRAIGHT + ")]")
OPENERS = set(marks.OPENING)
CLOSING = set(marks.CLOSING)


def _openers(toks) -> list[bool]:
    """Which tokens open a quotation; straight marks open when they hug the next word, not the previous one."""
    out = []
    for i, tok in enumerate(toks):
        t = tok.text
        if t in OPENERS:
            out.append(True)
        elif t in {'"', "'"}:
            out.append(tok.whitespace_ == "" and (i == 0 or toks[i - 1].whitespace_ != "" or "\n" in toks[i - 1].text))
        else:
            out.append(False)
    return out


def _quote_spans(toks, opens: list[bool]) -> list[tuple[int, int]]:
    """Token ranges of quotations that open and close within one paragraph."""
    spans, open_at = [], None
    for i, tok in enumerate(toks):
        t = tok.text
        if "\n" in t:
            open_at = None
        elif opens[i]:
            open_at = i
        elif open_at is not None and (t in CLOSING or t in {'"', "'"}):
            spans.append((open_at, i))
            open_at = None
    return spans


@Language.component("kabar_sentence_repair")
def _repair(doc: Doc) -> Doc:
    toks = list(doc)
    opens = _openers(toks)
    starts = [t.is_sent_start for t in toks]
    for i in range(1, len(toks)):
        prev, tok = toks[i - 1], toks[i]
        if "\n" in prev.text or "\n" in prev.whitespace_ or "\n" in tok.text:
            starts[i] = True
        elif starts[i] and opens[i - 1] and i >= 2:
            # 'Putin. “Kami ...': the opening mark starts the new sentence, not ends the old one.
            starts[i - 1], starts[i] = True, False
        elif starts[i] and tok.text[:1].islower() and (prev.text in CLOSERS or prev.text == ","):
            starts[i] = False
    # A quotation closed within its paragraph stays in one sentence with its attribution.
    for a, b in _quote_spans(toks, opens):
        for j in range(a + 1, b + 1):
            starts[j] = False
    if toks:  # one array assignment: setting is_sent_start token by token makes spaCy rescan the Doc each time
        doc.from_array([SENT_START], numpy.array([1 if s else -1 for s in starts], dtype="int64").view("uint64").reshape(-1, 1))
    return doc


@functools.cache
def nlp_for(code: str | None) -> Language:
    """A blank tokenizer + sentence rules for the language ('xx' when spaCy has none)."""
    try:
        nlp = spacy.blank(code or "xx")
    except Exception:  # spaCy has no such language: fall back to the multi-language tokenizer
        nlp = spacy.blank("xx")
    data = langpacks.pack(code).data("segment")
    if hasattr(nlp.tokenizer, "add_special_case"):  # spaCy's Chinese, Japanese, Korean tokenizers have none
        for abbr in data.get("abbreviations", []):
            nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kabar_sentence_repair")
    return nlp


def doc_of(record: Article) -> Doc:
    """The spaCy Doc over ``record.text``, made once and shared by later stages."""
    state = record.state
    if state.doc is None or state.doc_text != record.text:  # doc.text would rebuild the string
        state.doc = make_doc(nlp_for(record.lang), record.text)  # in sections beyond spaCy's max_length
        state.doc_text = record.text
    return state.doc


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Sentence character spans, trimmed of white space (one pass over tokens; doc.sents is slow here)."""
    text = doc.text
    starts = [t.idx for t in doc if t.is_sent_start] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    bounds = starts + [len(text)]
    spans = []
    for start, end in zip(bounds, bounds[1:]):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
