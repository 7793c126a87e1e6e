"""Long texts through spaCy in sections, so nothing is skipped for length.

spaCy refuses a text of ``nlp.max_length`` characters or more (error E088, 1,000,000 by
default): every stage that needs the Doc would fail. Here such a text is cut at line breaks
(paragraphs; a space or, failing that, anywhere only inside a line longer than a section),
each section is tokenised and split into sentences on its own, and the Docs are joined with
``Doc.from_docs``: the joined Doc's text is the whole text, character for character, so
every offset still points into ``record.text``. A line break always ends a sentence in
kabar's segmenter, so cutting there changes no sentence.
"""

from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

SECTION_CHARS = 200_000  # small enough for modest memory per section, large enough to be few


def cut_points(text: str, size: int) -> Iterator[int]:
    """Offsets where sections end: after the last paragraph break (else line break, else space) within ``size``."""
    start, n = 0, len(text)
    while n - start > size:
        limit = start + size
        cut = start
        for mark in ("\n\n", "\n", " "):  # a paragraph break, else a line break, else a space
            at = text.rfind(mark, start, limit)
            if at >= 0 and at + len(mark) > start:
                cut = at + len(mark)
                break
        if cut <= start or cut > limit:  # one unbroken run of characters longer than a section
            cut = limit
        yield cut
        start = cut
    yield n


def sections(text: str, size: int = SECTION_CHARS) -> list[str]:
    """The text cut into consecutive pieces of at most ``size`` characters; ``"".join`` gives it back."""
    out, start = [], 0
    for end in cut_points(text, size):
        out.append(text[start:end])
        start = end
    return out


def make_doc(nlp: Language, text: str, size: int = SECTION_CHARS) -> Doc:
    """``nlp(text)`` for any length: texts at spaCy's limit or beyond go through in sections."""
    if len(text) < nlp.max_length:
        return nlp(text)
    size = min(size, nlp.max_length - 1)
    docs = list(nlp.pipe(sections(text, size)))
    return Doc.from_docs(docs, ensure_whitespace=False)
