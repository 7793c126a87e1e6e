"""The article body as HTML with its entities, quotes and event evidence marked, every piece escaped.

Spans overlap (a quote holds mentions; evidence crosses a quote's edge), so the text
is cut at every span boundary and each piece is wrapped in one ``<span>`` that names
all the items covering it. Each piece of article text goes through ``escape``: the
text is untrusted, and a ``<script>`` in it must show as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from markupsafe import Markup, escape

__all__ = ["Mark", "marks", "article_html", "evidence_html", "speaker_colours", "SPEAKER_COLOURS", "QUAD_CLASS"]

SPEAKER_COLOURS = 8  # quote backgrounds cycle through this many classes: .q0 ... .q7
QUAD_CLASS = {"VERBAL_COOPERATION": "vc", "MATERIAL_COOPERATION": "mc", "VERBAL_CONFLICT": "vk", "MATERIAL_CONFLICT": "mk"}


@dataclass(frozen=True)
class Mark:
    """One item's span in the text and the CSS classes it gives the pieces it covers."""

    start: int
    end: int
    item: str  # the record item's id: E1, Q3, V2
    classes: tuple[str, ...]


def speaker_colours(record: dict[str, Any]) -> dict[str, int]:
    """Speaker (entity id, else name) -> colour number, in order of first quote; unnamed speakers share one."""
    colours: dict[str, int] = {}
    for quote in record.get("quotes", []):
        key = quote.get("speaker") or quote.get("speaker_name") or ""
        if key not in colours:
            colours[key] = len(colours) % SPEAKER_COLOURS
    return colours


def _speaker_key(quote: dict[str, Any]) -> str:
    return quote.get("speaker") or quote.get("speaker_name") or ""


def marks(record: dict[str, Any]) -> list[Mark]:
    """Every highlighted span of a stored record (a dict as ``Article.to_dict`` gives it)."""
    colours = speaker_colours(record)
    out: list[Mark] = []
    for entity in record.get("entities", []):
        for mention in entity.get("mentions", []):
            out.append(Mark(mention["start"], mention["end"], entity["id"], ("ent", f"ent-{entity['type']}")))
    for quote in record.get("quotes", []):
        colour = f"q{colours[_speaker_key(quote)]}"
        out.append(Mark(quote["start"], quote["end"], quote["id"], ("quote", colour)))
        if quote.get("cue_start") is not None and quote.get("cue_end") is not None:
            out.append(Mark(quote["cue_start"], quote["cue_end"], quote["id"], ("cue", colour)))
    for event in record.get("events", []):
        span = event["evidence"]
        out.append(Mark(span["start"], span["end"], event["id"], ("ev", f"ev-{QUAD_CLASS.get(event.get('quad_code') or '', 'x')}")))
    n = len(record.get("text", ""))
    return [m for m in out if 0 <= m.start < m.end <= n]


def _pieces(text: str, spans: Iterable[Mark]) -> Iterable[tuple[str, list[Mark]]]:
    """(text piece, marks covering all of it), cutting the text at every mark boundary."""
    spans = list(spans)
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    starts = sorted(spans, key=lambda m: m.start)
    active: list[Mark] = []
    i = 0
    for left, right in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > left]
        while i < len(starts) and starts[i].start <= left:
            if starts[i].end > left:
                active.append(starts[i])
            i += 1
        yield text[left:right], list(active)


def article_html(record: dict[str, Any]) -> Markup:
    """The body as safe HTML: marked pieces are ``<span class=... data-items="E1 Q2">``, all text escaped."""
    parts: list[str] = []
    for piece, covering in _pieces(record.get("text", ""), marks(record)):
        if not covering:
            parts.append(str(escape(piece)))
            continue
        classes = sorted({c for m in covering for c in m.classes})
        items = " ".join(dict.fromkeys(m.item for m in covering))
        parts.append(f'<span class="{escape(" ".join(classes))}" data-items="{escape(items)}">{escape(piece)}</span>')
    return Markup("".join(parts))


def evidence_html(row: dict[str, Any]) -> Markup:
    """An event row's sentence with its evidence span in ``<mark>``; every piece escaped."""
    sentence, span = row.get("evidence_sentence") or "", row.get("evidence_text") or ""
    at = sentence.find(span) if span else -1
    if at < 0:  # evidence that runs past its first sentence: show the span itself
        return Markup("<mark>{}</mark>").format(span or sentence)
    return Markup("{}<mark>{}</mark>{}").format(sentence[:at], span, sentence[at + len(span):])
