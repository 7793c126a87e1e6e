"""Plain-list views of the shared Doc's tokens: spaCy Token objects are slow to create in hot loops."""

from __future__ import annotations

import functools
from typing import Optional

from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
from spacy.tokens import Doc

from kabar.record import Article
from kabar.text import names
from kabar.text.sentences import doc_of


@functools.lru_cache(maxsize=200_000)
def fold_token(text: str) -> str:
    """GOLD.md's name folding (:func:`kabar.text.names.fold`), with typographic apostrophes made plain."""
    return names.fold(text).replace("\u2019", "'")


@functools.lru_cache(maxsize=100_000)
def _flags(w: str) -> tuple[bool, bool]:
    """(capitalised, has a letter or digit): a capital first, or a digit first with a capital inside ("3M", "7-Eleven")."""
    cap = bool(w) and (w[0].isupper() or (w[0].isdigit() and any(c.isupper() for c in w)))
    return cap, w.isalnum() or any(c.isalnum() for c in w)


class Toks:
    """Plain-list views of a Doc's tokens: spaCy Token objects are slow to create in hot loops."""

    def __init__(self, doc: Doc, text: Optional[str] = None):
        self.doc = doc
        self.text = text if text is not None else doc.text
        self.source = text
        # the array's columns as lists: a list per token, picked apart four times, cost ~0.1 ms an article more
        idx, length, space, start = doc.to_array([IDX, LENGTH, SPACY, SENT_START]).T.tolist() if len(doc) else ([],) * 4
        t = self.text
        self.idx = idx
        self.words = [t[a:a + n] for a, n in zip(idx, length)]
        self.ws = [" " if x else "" for x in space]
        self.sent_start = [x == 1 for x in start]
        if idx:
            self.sent_start[0] = True
        self.n = len(idx)
        self._titles: Optional[list[tuple[int, int]]] = None  # role titles, found on first use
        self.folded = list(map(fold_token, self.words))
        self.cap, self.word = map(list, zip(*map(_flags, self.words))) if idx else ([], [])

    def span_text(self, s: int, e: int) -> str:
        return self.text[self.idx[s]:self.idx[e - 1] + len(self.words[e - 1])] if e > s else ""

    def char_span(self, s: int, e: int) -> tuple[int, int]:
        return self.idx[s], self.idx[e - 1] + len(self.words[e - 1])


def toks_of(record: Article) -> Toks:
    """Token lists for the record's Doc, built once and shared by the stages."""
    state = record.state
    t = state.tokens
    if t is not None and t.source is record.text and state.doc is t.doc:
        return t
    t = Toks(doc_of(record), record.text)
    state.tokens = t
    return t
