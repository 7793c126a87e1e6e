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
