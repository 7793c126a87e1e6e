"""Quotation marks paired per paragraph, tolerating unbalanced ones, and looked up by offset."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Optional

from kabar.stages.quotes.lexicon import PARAGRAPH, WORD, QuoteLexicon


@dataclass
class Pair:
    """A pair of quotation marks; ``end`` is past the closer (or the paragraph end when unclosed)."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    single: bool
    gaps: list[int] = field(default_factory=list)  # continuation openers of later paragraphs
    depth: int = 0

    def words(self, text: str) -> int:
        return len(WORD.findall(text[self.inner_start:self.inner_end]))


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


#: Stands for a doubled mark (``''``) on the pairing stack: it opens and closes only its own kind.
_DOUBLED = "\x00''"


@functools.lru_cache(maxsize=None)
def _marks_pattern(marks: frozenset) -> re.Pattern:
    """A character class of the one-character ``marks``: the paragraph scan visits only the marks' positions."""
    chars = sorted(c for c in marks if len(c) == 1)
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]") if chars else re.compile(r"(?!)")


def pair_marks(text: str, lex: QuoteLexicon) -> list[Pair]:
    """Pair quotation marks paragraph by paragraph, tolerating unbalanced ones."""
    paras = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    # the positions holding a mark, found by one compiled scan: every other character was skipped at once
    marks_at = _marks_pattern(frozenset(lex.all_marks)).finditer
    pairs: list[Pair] = []
    carry: Optional[tuple] = None
    for pi, (ps, pe) in enumerate(paras):
        stack: list[list] = []  # [opener, pos, closers, single, gaps]
        skip = -1
        if carry is not None:
            stack.append(carry)
            skip = _first_mark(text, ps, pe)
            carry[4].append(skip)
            carry = None
        after_doubled = -1
        for found in marks_at(text, ps, pe):
            i = found.start()
            ch = text[i]
            if i == skip or i == after_doubled:
                continue
            prev = text[i - 1] if i > ps else ""
            width = 1
            if ch in lex.doubled and i + 1 < pe and text[i + 1] == ch and prev != ch:
                width, after_doubled = 2, i + 1  # ''...'': one double mark of two characters
                ch = _DOUBLED
            nxt = text[i + width] if i + width < pe else ""
            if width == 1 and is_apostrophe(prev, nxt) and (ch in "’'"):
                continue
            closed = False
            for k in range(len(stack) - 1, -1, -1):
                op = stack[k]
                if ch in op[2] and (not op[3] or not (nxt.isalnum())):
                    if op[0] == ch and ch in "\"'”»" and k == len(stack) - 1 and not _is_space(nxt) and _is_space(prev):
                        if not op[3] and _after_sentence_end(text, ps, i):
                            # `... security. "Environmental ...`: a corpus that lost its paragraph breaks shows a
                            # continuation paragraph's opener inside the open quote; a gap, as across paragraphs
                            op[4].append(i)
                            closed = True
                        break  # otherwise a same-style mark that opens a nested quote, not a closer
                    pairs.append(Pair(op[1], i + width, op[1] + op[5], i, True, op[3], op[4]))
                    del stack[k:]
                    closed = True
                    break
            if closed:
                continue
            opens_word = _is_space(prev) or prev in "([{—–-/" or prev in lex.all_marks
            if not opens_word or _is_space(nxt):
                continue
            if ch == _DOUBLED:
                stack.append([ch, i, (_DOUBLED,), False, [], 2])
            elif ch in lex.double:
                stack.append([ch, i, lex.double[ch], False, [], 1])
            elif ch in lex.single:
                stack.append([ch, i, lex.single[ch], True, [], 1])
        # paragraph end: continue an open double quote into a paragraph that opens with a mark
        doubles = [op for op in stack if not op[3]]
        if doubles:
            op = doubles[0]
            nxt_para = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt_para is not None and text[nxt_para[0]] in lex.double:
                carry = op
            else:
                pairs.append(Pair(op[1], pe, op[1] + op[5], pe, False, False, op[4]))
    if carry is not None:
        pairs.append(Pair(carry[1], len(text), carry[1] + carry[5], len(text), False, False, carry[4]))
    pairs.sort(key=lambda p: (p.start, -p.end))
    _set_depths(pairs)
    return pairs


def _set_depths(pairs: list[Pair]) -> None:
    """Each pair's depth: how many other pairs contain it; pairs sorted by start, ends counted in a Fenwick tree."""
    ends = sorted({p.end for p in pairs})
    rank = {e: i + 1 for i, e in enumerate(ends)}
    tree = [0] * (len(ends) + 1)

    def add(i: int) -> None:
        while i <= len(ends):
            tree[i] += 1
            i += i & -i

    def count_upto(i: int) -> int:
        n = 0
        while i > 0:
            n += tree[i]
            i -= i & -i
        return n

    added = 0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j].start == pairs[i].start:  # pairs starting together contain each other both ways
            add(rank[pairs[j].end])
            added += 1
            j += 1
        for p in pairs[i:j]:
            p.depth = added - count_upto(rank[p.end] - 1) - 1  # started so far, ending at or after p, not p itself
        i = j


def _after_sentence_end(text: str, ps: int, i: int) -> bool:
    """Whether the mark at ``i`` follows white space after a sentence's full stop (or ! ?)."""
    j = i - 1
    while j > ps and text[j].isspace():
        j -= 1
    return j > ps and text[j] in ".!?"


def _first_mark(text: str, s: int, e: int) -> int:
    i = s
    while i < e and text[i].isspace():
        i += 1
    return i


def is_apostrophe(prev: str, nxt: str) -> bool:
    return prev.isalnum() and nxt.isalnum()
