"""Name folding: the comparison forms of names that the scorer, the stages and the gazetteer share.

Two forms, because they answer two questions:

* :func:`fold` is GOLD.md's rule ("names are compared after folding case, Unicode compatibility
  forms, hyphens and runs of white space"): the scorer matches names with it, and the stages
  use it wherever they compare names the way the scorer will.
* :func:`key` is the gazetteer's look-up form: :func:`fold` after typographic quotes are made
  plain and surrounding punctuation and a possessive "'s" are trimmed, so "Russia's" and
  "Kim Jong-Un" find the entries "Russia" and "Kim Jong Un".

This module imports nothing else of kabar.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Optional

__all__ = ["DASHES", "fold", "key", "head_word", "one_letter_more"]

#: Hyphens and dashes of every kind (and the underscore) fold to a space.
DASHES = re.compile(r"[\-\u00ad\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_]")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"'})
EDGE_PUNCT = " \t\n.,;:!?\"'\u201c\u201d\u2018\u2019\u00ab\u00bb()[]{}"


def _ascii_dashes(t: str) -> str:
    """DASHES.sub(" ", t) for ASCII text ("-" and "_" are its only dashes). The ASCII paths below skip NFKC (ASCII is
    its own NFKC form), the regex and the quote table ("`" is the only ASCII quote it maps), and fold with lower(),
    which is casefold() on ASCII: the same strings at a third or less of the cost (every token and span is folded)."""
    return t.replace("-", " ").replace("_", " ") if "-" in t or "_" in t else t


@functools.lru_cache(maxsize=200_000)
def fold(text: Optional[str]) -> str:
    """GOLD.md's folding: Unicode compatibility forms, case, hyphens, runs of white space."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(_ascii_dashes(text.lower()).split())
    t = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(DASHES.sub(" ", t).split())


@functools.lru_cache(maxsize=200_000)
def key(text: Optional[str]) -> str:
    """The gazetteer's look-up form: :func:`fold` with plain quotes, edge punctuation and a possessive trimmed."""
    if not text:
        return ""
    if text.isascii():
        t = _ascii_dashes(text.replace("`", "'"))
    else:
        t = DASHES.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES))
    t = " ".join(t.split()).strip(EDGE_PUNCT)
    if t.endswith("'s") or t.endswith("'S"):
        t = t[:-2]
    elif t.endswith("s'"):
        t = t[:-1]
    return t.casefold().strip(EDGE_PUNCT)


def head_word(word: str) -> str:
    """The first word of ``key(phrase)`` for any phrase of two or more words that starts with ``word``."""
    if word.isascii():
        t = _ascii_dashes(word.replace("`", "'")).lower().split()
    else:
        t = DASHES.sub(" ", unicodedata.normalize("NFKC", word).translate(_QUOTES)).casefold().split()
    return t[0] if t else ""


def one_letter_more(short: str, long_: str) -> bool:
    """``long_`` is ``short`` with one letter added somewhere ("Swiss" / "Swisss", "Amithya" / "Aminthya"): the
    slip of a second spelling, which the entities stage groups and the actors stage does not name an entity by."""
    return len(long_) == len(short) + 1 and any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))
