"""Sentences and tokens with character offsets into the cleaned text.

spaCy's blank pipeline for the language gives the tokenizer; the rule-based
sentencizer splits, then two repairs run: a line break always ends a sentence,
and a sentence that opens in lower case right after a closing quotation mark or
comma is glued back (``"...," kata Kirby.`` stays one sentence). Abbreviations
that must not end a sentence come from the language pack (``segment.toml``).
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kabar import lang as langpacks
from kabar.record import Article, Sentence
from kabar.stages import stage

CLOSERS = set("\"'”’»›)]")


OPENERS = set("“«„‘‹")
CLOSING = set("”»’›")


def _is_opener(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.text in OPENERS:
        return True
    if tok.text in {'"', "'"}:  # straight marks open when they hug the next word, not the previous one
        return tok.whitespace_ == "" and (i == 0 or doc[i - 1].whitespace_ != "" or "\n" in doc[i - 1].text)
    return False


def _is_closer(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return tok.text in CLOSING or (tok.text in {'"', "'"} and not _is_opener(doc, i))


def _quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of quotations that open and close within one paragraph."""
    spans, open_at = [], None
    for i, tok in enumerate(doc):
        if "\n" in tok.text:
            open_at = None
        elif _is_opener(doc, i):
            open_at = i
        elif open_at is not None and _is_closer(doc, i):
            spans.append((open_at, i))
            open_at = None
    return spans


@Language.component("kabar_sentence_repair")
def _repair(doc: Doc) -> Doc:
    n = len(doc)
    for i in range(1, n):
        prev, tok = doc[i - 1], doc[i]
        if "\n" in prev.text or "\n" in prev.whitespace_ or "\n" in tok.text:
            tok.is_sent_start = True
            continue
        if tok.is_sent_start and _is_opener(doc, i - 1) and i >= 2:
            # 'Putin. “Kami ...': the opening mark starts the new sentence, not ends the old one.
            prev.is_sent_start = True
            tok.is_sent_start = False
            continue
        if tok.is_sent_start and tok.text[:1].islower():
            if prev.text in CLOSERS or prev.text == ",":
                tok.is_sent_start = False
    # A quotation closed within its paragraph stays in one sentence with its attribution.
    for start, end in _quote_spans(doc):
        for j in range(start + 1, end + 1):
            doc[j].is_sent_start = False
    return doc


@functools.cache
def nlp_for(code: str | None) -> Language:
    """A blank tokenizer + sentence rules for the language ('xx' when spaCy has none)."""
    try:
        nlp = spacy.blank(code or "xx")
    except Exception:  # spaCy has no such language: fall back to the multi-language tokenizer
        nlp = spacy.blank("xx")
    data = langpacks.pack(code).data("segment")
    for abbr in data.get("abbreviations", []):
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kabar_sentence_repair")
    return nlp


def doc_of(record: Article) -> Doc:
    """The spaCy Doc over ``record.text``, made once and shared by later stages."""
    doc = record.cache.get("doc")
    if doc is None or doc.text != record.text:
        doc = nlp_for(record.lang)(record.text)
        record.cache["doc"] = doc
    return doc


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        text = doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


@stage("segment", requires=("text",), assigns=("sentences", "doc"))
class Segmenter:
    def __init__(self, **_config):
        pass

    def __call__(self, record: Article) -> Article:
        doc = doc_of(record)
        record.sentences = [Sentence(start=s, end=e) for s, e in sentence_spans(doc)]
        return record
