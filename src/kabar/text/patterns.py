"""Regular-expression builders over word lists, shared by every stage that reads language-pack words.

A word list from a pack becomes one alternation, longest form first (so the regex
engine prefers "bulan lalu" to "bulan"), with a space in a form matching any run of
white space.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Optional

#: A pattern that never matches: the alternation of an empty list.
NEVER = r"(?!x)x"
URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|go\.id|or\.id|id|org|net|co\.uk)/\S*", re.I)


def alternation(words: Iterable[str], *, names: bool = False, nocase: bool = True) -> str:
    """Regex alternation, longest first; a space in a word matches any run of white space."""
    forms = set()
    for w in words:
        w = str(w).strip()
        if not w:
            continue
        if names:  # names match only Capitalised or UPPER ("may" and "march" are verbs)
            forms.add(w[:1].upper() + w[1:].lower())
            forms.add(w.upper())
        else:
            forms.add(w)
    if not forms:
        return NEVER
    parts = [phrase(f) for f in sorted(forms, key=len, reverse=True)]
    body = "|".join(parts)
    return f"(?i:{body})" if nocase and not names else f"(?:{body})"


def trie_alternation(words: Iterable[str]) -> str:
    """:func:`alternation` (case-insensitive), compiled as a trie (:func:`_trie`) when every word is lower-case ASCII:
    the same match at every position, whatever follows the group (along the text, the forms that can match are
    prefixes of one another, and both try them longest first), but one branch is tried per character instead of
    every form; otherwise the plain alternation."""
    forms = {str(w).strip() for w in words} - {""}
    if forms and all(f.isascii() and f == f.lower() for f in forms):
        return f"(?i:{_trie(forms)})"
    return alternation(forms)


def first_letters(words: Iterable[str]) -> str:
    """A lookahead on the first letters of ``words``, so a big alternation is tried only where it can match."""
    chars = set()
    for w in words:
        w = str(w).strip()
        if w:
            chars.update({w[0].lower(), w[0].upper()})
    if not chars:
        return NEVER
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


@functools.cache
def _bmp() -> str:
    return "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)


def nocase_chars(words: Iterable[str]) -> Optional[frozenset]:
    """Every character that a case-insensitive pattern of ``words`` can take in place of one of their characters (each
    character, its other cases, and what Python's ``re`` folds to them: the Kelvin sign for "k", the long s for "s",
    the dotted and dotless I for "i"), or None when a word holds a character outside the Basic Multilingual Plane
    (checked: no character outside it folds to one inside it, nor the other way)."""
    chars = {c for w in words for c in str(w)}
    if any(ord(c) > 0xFFFF for c in chars):
        return None
    if not chars:
        return frozenset()
    cls = re.compile("(?i:[" + "".join(re.escape(c) for c in sorted(chars)) + "])")
    return frozenset(cls.findall(_bmp())) | chars


class _NoLead(Exception):
    """The pattern holds something :func:`leading_chars` does not follow: no lead is made."""


_CATEGORY_CLASS = {"CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_DIGIT": r"\d",
                   "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_items(items) -> set[str]:
    """A parsed character class's members as class source (``a``, ``a-z``, ``\\s``)."""
    from re import _constants as c

    out = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is c.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY and str(av) in _CATEGORY_CLASS:
            out.add(_CATEGORY_CLASS[str(av)])
        else:  # NEGATE, a locale category, ...
            raise _NoLead
    return out


def _first(seq) -> tuple[set[str], bool]:
    """(class source of every character a match of the parsed sequence ``seq`` may start with, whether it
    may match the empty string). Zero-width items (anchors, look-arounds) add no character and let the
    next item's first characters through, so the set is a superset of the real one."""
    from re import _constants as c

    chars: set[str] = set()
    for op, av in seq:
        if op is c.LITERAL:
            chars.add(re.escape(chr(av)))
            return chars, False
        if op is c.IN:
            chars |= _class_items(av)
            return chars, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.SUBPATTERN:
            _, add_flags, _, sub = av
            if add_flags & c.SRE_FLAG_IGNORECASE:
                raise _NoLead
            got, empty = _first(sub)
        elif op is c.ATOMIC_GROUP:
            got, empty = _first(av)
        elif op is c.BRANCH:
            got, empty = set(), False
            for alt in av[1]:
                g, e = _first(alt)
                got |= g
                empty = empty or e
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, _, sub = av
            got, empty = _first(sub)
            empty = empty or lo == 0
        else:  # any character, a back-reference, a negated literal, ...
            raise _NoLead
        chars |= got
        if not empty:
            return chars, False
    return chars, True


def leading_chars(pattern: str, flags: int = 0) -> str:
    """A lookahead on the characters a match of ``pattern`` may start with (``(?=[...])``), to put before it, or
    "" where none is made: a case-insensitive pattern or part, a pattern that may match the empty string, one
    anchored at the start or opening with a literal or a class (the regex engine skips to those itself), or
    anything :func:`_first` does not follow (any character, a negated class, a back-reference). With the lead, a
    search fails at every other position on one character test instead of trying each alternative there; the
    matches (spans and groups) are the same, as every match starts with one of those characters."""
    from re import _constants as c, _parser

    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & c.SRE_FLAG_IGNORECASE or not parsed.data:
            return ""
        op0 = parsed.data[0][0]
        if op0 in (c.LITERAL, c.IN) or (op0 is c.AT and parsed.data[0][1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)):
            return ""
        chars, empty = _first(parsed.data)
    except (_NoLead, re.error):
        return ""
    if empty or not chars:
        return ""
    return "(?=[" + "".join(sorted(chars)) + "])"


def with_lead(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, with :func:`leading_chars`' lookahead before it where one is made (after
    the pattern's global inline flags, which must stay first)."""
    lead = leading_chars(pattern, flags)
    if lead:
        m = re.match(r"\(\?[aiLmsux]+\)", pattern)
        head = m.end() if m else 0
        pattern = pattern[:head] + lead + pattern[head:]
    return re.compile(pattern, flags)


def word_key(s: str) -> str:
    """A pack word's look-up form: lower case, typographic apostrophe made plain, single spaces."""
    return " ".join(s.lower().replace("\u2019", "'").split())


def phrase(form: str) -> str:
    """One form as a pattern: its words escaped, any run of white space between them."""
    return r"\s+".join(re.escape(p) for p in form.split())


def word_pattern(forms: Iterable[str]) -> Optional[re.Pattern]:
    """Whole words or phrases from ``forms``, case-insensitive, not inside a longer word; None for no forms.

    The longest form that fits wins (the alternation is longest first). Forms in lower-case ASCII are
    compiled as a trie (:func:`_trie`): the same matches, but the regex engine tries one branch per
    character instead of every form at every word start (a cue list of ~400 forms: ~7 times faster)."""
    forms = list(forms)
    if not forms:
        return None
    if all(f.split() and f.isascii() and f == f.lower() for f in forms):
        return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % _trie(forms), re.IGNORECASE)
    alts = "|".join(phrase(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % alts, re.IGNORECASE)


def _trie(forms: Iterable[str]) -> str:
    """One regex for the forms, factored on shared beginnings, that matches what the longest-first
    alternation of :func:`phrase` patterns matches: at each branch the longer continuations are tried before
    the form that ends there, and siblings never match the same character (distinct lower-case ASCII
    characters, or the white-space run standing for a space), so the first fit the engine finds, backtracking
    from the boundary check after it, is the longest one."""
    root: dict = {}
    for form in forms:
        node = root
        for k, word in enumerate(form.split()):
            if k:
                node = node.setdefault(r"\s+", {})
            for ch in word:
                node = node.setdefault(re.escape(ch), {})
        if node is not root:
            node[""] = {}  # a form ends here

    def emit(node: dict) -> str:
        ends = "" in node
        keys = sorted(k for k in node if k)
        branches = [k + emit(node[k]) for k in keys]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|" if ends else "") + ")"

    return emit(root) or NEVER


#: What every URL match contains, in :func:`_url_folded` text: a scheme, "www.", an "@" or a domain ending and "/".
URL_MARKS = ("://", "www.", "@") + tuple(f".{tld}/" for tld in ("com", "co.id", "go.id", "or.id", "id", "org", "net", "co.uk"))
#: Characters that a case-insensitive "i" matches but whose lower case is not "i" ("İ" lowers to "i" + U+0307).
_FOLD_I = str.maketrans({"\u0131": "i", "\u0307": None, "\u017f": "s"})


def _url_folded(text: str) -> str:
    """``text`` lower-cased so that whatever URL's letters match case-insensitively reads as those letters."""
    return text.lower().translate(_FOLD_I)


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses: never dates, amounts or names."""
    return list(_url_spans(text))


@functools.lru_cache(maxsize=16)
def _url_spans(text: str) -> tuple[tuple[int, int], ...]:
    # The temporal and quantity stages both ask for the article's text; URL's scan is slow (its domain branch
    # is tried at every word), so texts holding none of the marks every match contains are not scanned.
    if "/" not in text and "@" not in text:
        return ()
    folded = _url_folded(text)
    if not any(mark in folded for mark in URL_MARKS):
        return ()
    return tuple((m.start(), m.end()) for m in URL.finditer(text))
