"""Tokens and sentences with character offsets into the cleaned text: the spaCy Doc every stage shares.

spaCy's blank pipeline for the language gives the tokenizer; the rule-based
sentencizer splits, then two repairs run: a line break always ends a sentence,
and a sentence that opens in lower case right after a closing quotation mark or
comma is glued back (``"...," kata Kirby.`` stays one sentence). Abbreviations
that must not end a sentence come from the language pack (``segment.toml``).
"""

from __future__ import annotations

import functools
import re

import numpy
import spacy
from spacy.attrs import IDX, IS_PUNCT, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from kabar import lang as langpacks
from kabar.record import Article
from kabar.text import marks
from kabar.text.sections import make_doc

CLOSERS = set(marks.CLOSING + marks.STRAIGHT + ")]")
OPENERS = set(marks.OPENING)
CLOSING = set(marks.CLOSING)
#: Chunks (space-separated strings) whose tokenisation spaCy keeps; about 100 bytes each at most.
TOKENIZER_CACHE = 500_000
_HASH_BITS = (1 << 64) - 1  # ORTH hashes are unsigned 64-bit; the signed view above turns half of them negative


def _openers(words: list[str], ws: list[bool]) -> list[bool]:
    """Which tokens open a quotation; straight marks open when they hug the next word, not the previous one.

    ``words``: the token texts; ``ws``: whether each token is followed by a space."""
    out = []
    for i, t in enumerate(words):
        if t in OPENERS:
            out.append(True)
        elif t in {'"', "'"}:
            out.append(not ws[i] and (i == 0 or ws[i - 1] or "\n" in words[i - 1]))
        else:
            out.append(False)
    return out


def _quote_spans(words: list[str], opens: list[bool]) -> list[tuple[int, int]]:
    """Token ranges of quotations that open and close within one paragraph."""
    spans, open_at = [], None
    for i, t in enumerate(words):
        if "\n" in t:
            open_at = None
        elif opens[i]:
            open_at = i
        elif open_at is not None and (t in CLOSING or t in {'"', "'"}):
            spans.append((open_at, i))
            open_at = None
    return spans


#: spaCy's rule-based sentencizer's sentence-final characters (its defaults: ".", "!", "?" and their kin).
PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)


def _sentencizer(words: list[str], punct: list[bool]) -> list[bool]:
    """spaCy's Sentencizer.predict on plain lists: a sentence starts at the first token after a run of
    sentence-final characters (and any other punctuation) that is neither."""
    n = len(words)
    guesses = [False] * n
    if n:
        start, seen_period = 0, False
        guesses[0] = True
        for i, t in enumerate(words):
            final = t in PUNCT_CHARS
            if seen_period and not punct[i] and not final:
                guesses[start] = True
                start, seen_period = i, False
            elif final:
                seen_period = True
        if start < n:
            guesses[start] = True
    return guesses


_GLUED_NUMBER = re.compile(r"^(?=.*[^\W\d_])(.*[^\W\d_])(\d{1,2})$")


def _is_line_start(words: list[str], i: int) -> bool:
    return i == 0 or "\n" in words[i - 1] or words[i - 1] == ":"


class _LazyWords:
    """Token texts by index, each looked up in the string store when first asked for."""

    __slots__ = ("orth", "strings", "got")

    def __init__(self, orth: list[int], strings):
        self.orth, self.strings, self.got = orth, strings, {}

    def __getitem__(self, i: int) -> str:
        w = self.got.get(i)
        if w is None:
            w = self.got[i] = self.strings[self.orth[i] & _HASH_BITS]
        return w


@Language.component("kabar_list_numbers")
def _list_numbers(doc: Doc) -> Doc:
    """A numbered list the scraped text ran together ("1. Kecamatan Gambir2. Kecamatan Menteng3. ...", "Direktur PT
    Saibah Mulia Mandiri2. Mochamad Iqbal"): a word ending in lower case with a number of one or two digits glued
    to it and then "." is split into the word and the number when the number goes on the list: the item before
    it (a number at a line's start, or one split so) is that number less one. "Euro3."
    or "Covid19" with no list before them stay one word. The number does not open a sentence (a name right after
    a forced start read worse: "3. | Mifdol Abdurrahman, Direktur PT ..." lost the person); the entity stage
    ends names before it (entities.grouping.trim_list_numbers). Pack setting ``glued_list_numbers``
    (segment.toml)."""
    n = len(doc)
    if n < 4:
        return doc
    strings = doc.vocab.strings  # token texts in one array read (Token objects are slow to make)
    orth = doc.to_array([ORTH]).view("int64").ravel()
    dot = strings["."]
    dot = dot - (1 << 64) if dot >= 1 << 63 else dot  # as the signed view holds it
    # only a token before a "." can be a list number: the others are skipped without making their strings
    before_dot = (numpy.flatnonzero(orth[1:] == dot)).tolist()
    if not before_dot:
        return doc
    orth = orth.tolist()
    words = _LazyWords(orth, strings)
    last = None  # the number of the list item seen last
    splits: list[tuple[int, str, str]] = []
    for i in before_dot:
        w = words[i]
        if w.isdigit() and len(w) <= 2 and _is_line_start(words, i):
            last = int(w)
            continue
        m = _GLUED_NUMBER.match(w)
        if m and m.group(1)[-1].islower() and last is not None and int(m.group(2)) == last + 1:
            splits.append((i, m.group(1), m.group(2)))
            last += 1
    if not splits:
        return doc
    with doc.retokenize() as retok:
        for i, head, number in splits:
            retok.split(doc[i], [head, number], heads=[(doc[i], 1), doc[i - 1] if i else (doc[i], 1)])
    return doc


@Language.component("kabar_sentences")
def _sentences(doc: Doc) -> Doc:
    """spaCy's sentencizer, then kabar's repairs, in one pass over plain lists.

    spaCy Token objects (and doc.text, made from them) are slow to create token by token, so the token
    attributes come in one array read and the sentence starts go back in one array write. A token's trailing
    white space is at most one space in spaCy (line breaks are tokens), so only its text can hold "\n"."""
    if not len(doc):
        return doc
    rows = doc.to_array([ORTH, SPACY, SENT_START, IS_PUNCT]).view("int64").tolist()  # SENT_START -1 as -1
    strings = doc.vocab.strings
    words = [strings[r[0] & _HASH_BITS] for r in rows]
    ws = [r[1] != 0 for r in rows]
    guesses = _sentencizer(words, [r[3] != 0 for r in rows])
    # The sentencizer sets only starts not set before (spaCy's overwrite=False); Token.is_sent_start after it:
    starts = [g if r[2] == 0 else r[2] > 0 for r, g in zip(rows, guesses)]
    opens = _openers(words, ws)
    for i in range(1, len(words)):
        prev, tok = words[i - 1], words[i]
        if "\n" in prev or "\n" in tok:
            starts[i] = True
        elif starts[i] and opens[i - 1] and i >= 2:
            # 'Putin. “Kami ...': the opening mark starts the new sentence, not ends the old one.
            starts[i - 1], starts[i] = True, False
        elif starts[i] and tok[:1].islower() and (prev in CLOSERS or prev == ","):
            starts[i] = False
    # A quotation closed within its paragraph stays in one sentence with its attribution.
    for a, b in _quote_spans(words, opens):
        for j in range(a + 1, b + 1):
            starts[j] = False
    # one array assignment: setting is_sent_start token by token makes spaCy rescan the Doc each time
    doc.from_array([SENT_START], numpy.array([1 if s else -1 for s in starts], dtype="int64").view("uint64").reshape(-1, 1))
    return doc


def _top_level_alternatives(pattern: str) -> list[str]:
    """A regular expression's alternatives at the top level (its ``|`` outside groups and classes)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":  # "[]...]": a first "]" is a member
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def quick_prefix_search(search):
    """A faster stand-in for a tokenizer's ``prefix_search`` (``re.compile("^a|^b|...").search``) with the same
    answers, or None when there is none to make.

    spaCy's prefix pattern anchors each alternative with ``^``, but an alternative that holds a ``|`` of its
    own leaves the part after it unanchored: Indonesian's HTML prefix ``<(b|strong|...)\\s?/>|<a([^>]+)>``
    makes ``<a([^>]+)>`` match anywhere, so every search tries all 170 alternatives at every position of the
    chunk (~2.3 µs a call, against ~0.3 µs for English; a detik article sends ~50 chunks through it on every
    pass, as chunks holding a special case are never cached). Where no unanchored alternative can start (its
    first character, a plain one, is absent from the string), the leftmost match is the one at position 0:
    ``match`` gives it without the scan. Otherwise the original search answers."""
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or getattr(search, "__name__", "") != "search":
        return None
    firsts = set()
    for alt in _top_level_alternatives(pattern):
        if alt.startswith("^"):
            continue
        if not alt or not (alt[0].isalnum() or alt[0] in "<>@#%&=~:;,'\"!/-") or alt[1:2] in ("*", "?", "{"):
            return None  # an unanchored alternative whose first character is not one plain character
        firsts.add(alt[0])
    if not firsts:
        return None
    anchored = search.__self__.match

    def prefix_search(string: str):
        for c in firsts:
            if c in string:
                return search(string)
        return anchored(string)

    prefix_search.pattern = pattern  # what spaCy serialises or explains the tokenizer by
    return prefix_search


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
    if hasattr(nlp.tokenizer, "max_cache_size"):
        # spaCy caches how each space-separated chunk splits, but only its first 10,000 chunks; the packs' forms
        # tokenised at load fill that, and then most of an article's words are split afresh by the prefix,
        # suffix and infix rules (over half the segment stage). The cached split is the computed one.
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    quick = quick_prefix_search(getattr(nlp.tokenizer, "prefix_search", None))
    if quick is not None:
        nlp.tokenizer.prefix_search = quick  # the same splits, without a scan of every chunk (Indonesian)
    if data.get("glued_list_numbers"):
        nlp.add_pipe("kabar_list_numbers")
    nlp.add_pipe("kabar_sentences")
    return nlp


class _ChunkCache:
    """Fills the tokenizer's cache with each space-separated chunk of a text, one chunk at a time, before the
    text is tokenised.

    Why: spaCy's tokenizer keeps how a chunk splits only while no special case has been met earlier in the same
    call (its ``has_special`` flag is one per call, not one per chunk: spaCy issue #1250's guard). Indonesian
    articles meet a special case early (the pack's ~16,000 exceptions: "masing-masing", "Undang-Undang"), so
    most of their chunks were split afresh by the prefix, suffix and infix rules on every article: ~2.6 of the
    ~2.9 ms the tokenizer took per detik article. A chunk tokenised alone is cached by spaCy's own rule
    (unless it meets a special case itself), and what is cached is what the tokenizer computes for that chunk in
    any text (the cache's premise), so the Docs are the same. Chunks are sent in the text's order (lexemes are
    made in the order the text's own tokenisation makes them); each distinct chunk once, up to the cache's size.
    Only for a language whose pack sets ``chunk_cache`` (segment.toml: Indonesian)."""

    def __init__(self, tokenizer, limit: int = TOKENIZER_CACHE):
        self.tokenizer, self.limit = tokenizer, limit
        self.seen: set[str] = set()

    def __call__(self, text: str) -> None:
        seen = self.seen
        if len(seen) >= self.limit:
            return
        chunks = text.split()
        if seen.issuperset(chunks):  # the usual case once a corpus is under way: one C-level pass
            return
        new = [chunk for chunk in dict.fromkeys(chunks) if chunk not in seen]
        tokenize = self.tokenizer
        for chunk in new:
            tokenize(chunk)
        seen.update(new)


@functools.cache
def _chunk_cache(code: str | None) -> _ChunkCache | None:
    """The language's chunk cache, where its pack asks for one (``chunk_cache`` in segment.toml): each new chunk
    costs a tokenizer call of its own (~5 us), which pays only where most chunks came after a special case."""
    tokenizer = nlp_for(code).tokenizer
    if not langpacks.pack(code).data("segment").get("chunk_cache") or not hasattr(tokenizer, "max_cache_size"):
        return None
    return _ChunkCache(tokenizer)


def doc_of(record: Article) -> Doc:
    """The spaCy Doc over ``record.text``, made once and shared by later stages."""
    state = record.state
    if state.doc is None or state.doc_text != record.text:  # doc.text would rebuild the string
        warm = _chunk_cache(record.lang)
        if warm is not None:
            warm(record.text)
        state.doc = make_doc(nlp_for(record.lang), record.text)  # in sections beyond spaCy's max_length
        state.doc_text = record.text
    return state.doc


def sentence_spans(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Sentence character spans, trimmed of white space (one pass over tokens; doc.sents is slow here).

    ``text``: the Doc's text when the caller has it (``record.text`` for :func:`doc_of`'s Doc): doc.text
    rebuilds it token by token."""
    text = doc.text if text is None else text
    starts = [idx for idx, start in doc.to_array([IDX, SENT_START]).view("int64").tolist() if start > 0] if len(doc) else []
    starts = starts or [0]
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
