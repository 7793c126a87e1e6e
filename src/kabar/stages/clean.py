"""Separate the body from captions, credits, read-also inserts and source notes.

Rules are data (``lang/<code>/cleaning.toml`` over ``lang/xx/cleaning.toml``):
paragraph rules drop a whole line, inline rules cut a span out of a line. Every
piece taken out is kept in ``record.removed`` with its kind and its offset in
the body as read, so nothing is dropped silently; a source note such as
"Baca artikel asli di Business Insider" also sets ``original_outlet``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kabar import lang as langpacks
from kabar.record import Article, Removed
from kabar.stages import stage
from kabar.text.patterns import alternation, with_lead

# One-for-one replacements, so offsets into the cleaned text stay simple.
_ODD_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t"), " ")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern
    max_words: int | None = None


@dataclass(frozen=True)
class Rules:
    paragraph: tuple[Rule, ...]
    inline: tuple[Rule, ...]


def _compile(raw: list[dict], agencies: str) -> tuple[Rule, ...]:
    out = []
    for r in raw:
        pattern = r["pattern"].replace("{agencies}", agencies)
        # with a lookahead on its first characters where one can be made (kabar.text.patterns.with_lead): the same
        # matches, but an unanchored rule (the captions' agency names, ~0.3 ms of an article) is tried only where
        # one of them stands
        out.append(Rule(r["kind"], with_lead(pattern, re.UNICODE), r.get("max_words")))
    return tuple(out)


@functools.cache
def rules_for(code: str | None) -> Rules:
    data = langpacks.pack(code).data("cleaning")
    agencies = alternation(data.get("agencies", []), nocase=False)
    return Rules(_compile(data.get("paragraph", []), agencies), _compile(data.get("inline", []), agencies))


def _outlet(match: re.Match) -> str | None:
    outlet = match.groupdict().get("outlet")
    if not outlet:
        return None
    outlet = outlet.strip().strip(".,;:()[]\"'“”")
    return outlet or None


def clean_text(body: str, rules: Rules) -> tuple[str, list[Removed], str | None]:
    """Cleaned body, removed pieces (offsets into ``body``), and the original outlet if a note names it."""
    removed: list[Removed] = []
    kept: list[str] = []
    outlet = None
    for line in _LINE.finditer(body):
        para = line.group().translate(_ODD_SPACES)
        if not para.strip():
            continue
        base = line.start()
        lead = len(para) - len(para.lstrip())
        hit = None
        for rule in rules.paragraph:
            m = rule.pattern.search(para)
            if m and (rule.max_words is None or len(para.split()) <= rule.max_words):
                hit = (rule, m)
                break
        if hit:
            rule, m = hit
            removed.append(Removed(kind=rule.kind, text=line.group().strip(), start=base + lead))
            outlet = _outlet(m) or outlet
            continue
        cuts: list[tuple[int, int, str]] = []
        for rule in rules.inline:
            for m in rule.pattern.finditer(para):
                if m.end() > m.start() and not any(s < m.end() and m.start() < e for s, e, _ in cuts):
                    cuts.append((m.start(), m.end(), rule.kind))
                    outlet = _outlet(m) or outlet
        pieces, pos = [], 0
        for s, e, kind in sorted(cuts):
            pieces.append(para[pos:s])
            raw = line.group()[s:e]
            offset = len(raw) - len(raw.lstrip())
            removed.append(Removed(kind=kind, text=raw.strip(), start=base + s + offset))
            pos = e
        pieces.append(para[pos:])
        text = " ".join("".join(pieces).split(" ")).strip()
        text = re.sub(r" {2,}", " ", text)
        if text:
            kept.append(text)
    removed.sort(key=lambda r: r.start)
    return "\n\n".join(kept), removed, outlet


@stage("clean", requires=("text",), assigns=("text", "removed", "original_outlet"), topic="cleaning")
class Cleaner:
    def __call__(self, record: Article) -> Article:
        text, removed, outlet = clean_text(record.text, rules_for(record.lang))
        record.meta.setdefault("body_chars", len(record.text))
        record.text = text
        record.removed = removed
        if outlet and not record.original_outlet:
            record.original_outlet = outlet
        record.state.doc = None
        return record
