"""Temporal expressions, resolved against the article's own publication date.

News states time relative to itself ("pada hari Kamis", "kemarin", "30
Desember" in a January article), so a generic date parser guesses wrong: it
does not know the clause's tense, invents missing days and years, and its
search mode marks numbers that are not dates. This module finds expressions
with a small grammar built from the language pack (``lang/<code>/temporal.toml``)
and resolves them with its own rules (docs/temporal.md). dateparser is kept for
one job: :func:`parse_absolute`, a fallback for fully written dates in languages
without a pack, and the tests' cross-check of our absolute dates.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from typing import Any, Optional, Sequence

from kabar import lang as langpacks
from kabar.record import Article, DateItem, parse_published
from kabar.stages import stage
from kabar.text.dates import Cand, Grammar, find, grammar

_SENT = re.compile(r"[^.!?\n]+[.!?]*")


# ---------------------------------------------------------------- resolving


def _tense(g: Grammar, text: str, sent: tuple[int, int], s: int, e: int) -> Optional[str]:
    """'future', 'past' or None from the markers nearest the expression within its clause."""
    ss, se = sent
    breaks = [(m.start(), m.end()) for m in g.rx_clause.finditer(text, ss, se)]
    left = ss
    right = se
    for a, b in breaks:
        if b <= s:
            left = b
        elif a >= e:
            right = a
            break
    if not text[left:s].strip(" \t\n") and text[right:right + 1] == ",":  # "Pada hari Kamis, ia akan ..."
        nxt = [a for a, b in breaks if a > right]
        right = nxt[0] if nxt else se
    best: Optional[tuple[int, str]] = None
    for rx, label in ((g.rx_future, "future"), (g.rx_past, "past")):
        for m in rx.finditer(text, left, right):
            if s <= m.start() < e:
                continue
            dist = s - m.end() if m.end() <= s else m.start() - e
            if best is None or dist < best[0]:
                best = (dist, label)
    return best[1] if best else None


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and dt.MINYEAR <= y <= dt.MAXYEAR and 1 <= d <= calendar.monthrange(y, m)[1]


def _pick_year(m: int, d: int, ref: dt.date, tense: Optional[str], bias: float, wd: Optional[int]) -> Optional[dt.date]:
    cands = [dt.date(y, m, d) for y in (ref.year - 1, ref.year, ref.year + 1) if _valid(y, m, d)]
    if wd is not None and any(c.weekday() == wd for c in cands):
        cands = [c for c in cands if c.weekday() == wd]
    past = [c for c in cands if c <= ref]
    fut = [c for c in cands if c > ref]
    p = max(past) if past else None
    f = min(fut) if fut else None
    if tense == "future" and f:
        return f
    if tense == "past" and p:
        return p
    if p is None or f is None:
        return p or f
    return f if (f - ref).days * bias < (ref - p).days else p


def _weekday(wd: int, ref: dt.date, direction: Optional[str], tense: Optional[str]) -> dt.date:
    back = (ref.weekday() - wd) % 7
    if direction in ("past", "past_strict"):
        return ref - dt.timedelta(days=back or 7)
    if direction in ("future", "future_strict") or (direction in (None, "this") and tense == "future"):
        ahead = (wd - ref.weekday()) % 7
        return ref + dt.timedelta(days=ahead or 7)
    return ref - dt.timedelta(days=back)


def _month(m: int, ref: dt.date, direction: Optional[str], tense: Optional[str]) -> int:
    if direction in ("this", "this_year"):
        return ref.year
    if direction == "prev_year":
        return ref.year - 1
    if direction == "next_year":
        return ref.year + 1
    if direction == "past_strict":
        return ref.year if m < ref.month else ref.year - 1
    if direction == "future_strict":
        return ref.year if m > ref.month else ref.year + 1
    if direction == "future" or (direction is None and tense == "future"):
        return ref.year if m >= ref.month else ref.year + 1
    return ref.year if m <= ref.month else ref.year - 1


def _relative(unit: str, n: int, ref: dt.date) -> tuple[str, str]:
    if unit == "day":
        return (ref + dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week":  # gold and events use YYYY-MM-DD / YYYY-MM: a week is given as its month
        d = ref + dt.timedelta(days=7 * n)
        return f"{d.year:04d}-{d.month:02d}", "week"
    if unit == "month_of_year":  # "by year end": a named month of the reference year
        return f"{ref.year:04d}-{n:02d}", "month"
    if unit == "month":
        y, m = _add_months(ref, n)
        return f"{y:04d}-{m:02d}", "month"
    return f"{ref.year + n:04d}", "year"


def _resolve_one(g: Grammar, c: Cand, text: str, ref: Optional[dt.date], sent: tuple[int, int]) -> list[tuple[Optional[str], str]]:
    """(value, grain) pairs for one expression; a range gives one pair per end."""
    k, d = c.kind, c.data
    if k == "ymd":
        days = [d["d"]] + ([d["d2"]] if d.get("d2") else [])
        out = []
        for day in days:
            if d.get("y") is not None:
                out.append((dt.date(d["y"], d["m"], day).isoformat() if _valid(d["y"], d["m"], day) else None, "day"))
            elif ref is None:
                out.append((None, "day"))
            else:
                tense = _tense(g, text, sent, c.start, c.end)
                if d.get("dir") in ("past", "past_strict", "future", "future_strict"):
                    tense = d["dir"].split("_")[0]  # "10 November nanti", "29 Desember lalu"
                got = _pick_year(d["m"], day, ref, tense, g.future_bias, d.get("wd"))
                out.append((got.isoformat() if got else None, "day"))
        return out
    if k == "month":
        if d.get("y") is not None:
            return [(f"{d['y']:04d}-{d['m']:02d}", "month")]
        if ref is None:
            return [(None, "month")]
        tense = _tense(g, text, sent, c.start, c.end)
        return [(f"{_month(d['m'], ref, d.get('dir'), tense):04d}-{d['m']:02d}", "month")]
    if k == "year":
        return [(f"{d['y']:04d}", "year")]
    if k == "season":  # "last autumn" in a January article: the year of its middle month, by the month's rule
        if ref is None:
            return [(None, "year")]
        return [(f"{_month(d['m'], ref, d.get('dir'), _tense(g, text, sent, c.start, c.end)):04d}", "year")]
    if k == "weekday":
        if ref is None:
            return [(None, "day")]
        tense = _tense(g, text, sent, c.start, c.end)
        return [(_weekday(d["wd"], ref, d.get("dir"), tense).isoformat(), "day")]
    if k == "relative":
        if ref is None:
            return [(None, {"day": "day", "week": "week", "month": "month", "month_of_year": "month"}.get(d["unit"], "year"))]
        return [_relative(d["unit"], d["n"], ref)]
    return []


def _resolve_safely(g: Grammar, c: Cand, text: str, ref: Optional[dt.date],
                    sent: tuple[int, int]) -> list[tuple[Optional[str], str]]:
    try:
        return _resolve_one(g, c, text, ref, sent)
    except (ValueError, OverflowError):  # arithmetic beyond year 1..9999
        return [(None, "day")]


_DOUBLE_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\n]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, closing mark) of each double-quoted stretch within one paragraph ("...", \u201c...\u201d, \u00ab...\u00bb);
    an opening mark with no closing one before the paragraph ends quotes nothing. A straight mark opens by its position
    (after a space or the paragraph's start, before a word) and closes otherwise; one that opens inside a quotation
    goes on with it (a quoted speech of several sentences, each opened again: '"It was mobbed. "Every week ..."')."""
    spans: list[tuple[int, int]] = []
    start: Optional[int] = None
    for m in _DOUBLE_MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            start = None
            continue
        if ch == '"':
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opens = (before.isspace() or before in "([") and not after.isspace()
        else:
            opens = ch in "\u201c\u201e\u00ab"
        if opens:
            if start is None:
                start = m.end()
        elif start is not None:
            spans.append((start, i))
            start = None
    return spans


def _said_day_reference(g: Grammar, text: str, resolved: list, sents: Sequence[tuple[int, int]], ref: dt.date) -> None:
    """Relative days and weekdays inside a quotation count from the day it was said: the day that the words after the
    closing mark name, up to the end of that sentence ("'Kami sudah menyatakan kemarin ...,' kata Sarmuji, Sabtu
    (30/8/2025)" in an article of 31 August: "kemarin" is the 29th; "'We met yesterday,' he said on Monday"), else the
    day of a cue that opens the quotation with a colon ("Annie Walker said on Saturday: 'The stores were heaving
    today'"). The say-day is a written date or a weekday of the cue (not itself a relative word) on or before ``ref``;
    ``resolved`` is re-resolved in place for the expressions inside the quotation."""
    spans = _quoted_spans(text)
    if not spans:
        return
    ends = sorted(e for _, e in sents)
    starts = sorted(s for s, _ in sents)
    days = [(c.start, pairs[0][0]) for c, _, pairs in resolved
            if c.kind in ("ymd", "weekday") and len(pairs) == 1 and pairs[0][0] and pairs[0][1] == "day"]
    closes = [b for _, b in spans]
    for a, b in spans:
        inside = [k for k, (c, _, _) in enumerate(resolved) if a <= c.start < b and c.kind in ("relative", "weekday")]
        if not inside:
            continue
        k = bisect.bisect_right(ends, b + 1)
        limit = min(x for x in (ends[k] if k < len(ends) else len(text), text.find("\n", b), _next_open(text, b + 1))
                    if x >= 0)
        said = [v for start, v in days if b < start < limit]
        if not said and text[:a - 1].rstrip().endswith(":"):
            k = bisect.bisect_right(starts, a - 1) - 1
            first = max(starts[k] if k >= 0 else 0, text.rfind("\n", 0, a) + 1,
                        max((c + 1 for c in closes if c < a), default=0))
            said = [v for start, v in days if first <= start < a - 1]
        if not said:
            continue
        day = dt.date.fromisoformat(said[0][:10])
        if day > ref:
            continue  # words said after the article's own day: a misread or mistyped cue, the reference stands
        for k in inside:
            c, sent, _ = resolved[k]
            resolved[k] = (c, sent, _resolve_safely(g, c, text, day, sent))


def _next_open(text: str, pos: int) -> int:
    """Where the next quotation opens after ``pos`` (-1 if none): the cue part ends there."""
    hits = [i for i in (text.find(ch, pos) for ch in "\"\u201c\u201e\u00ab") if i >= 0]
    return min(hits) if hits else -1


def _sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENT.finditer(text)] or [(0, len(text))]


def _dateline(g: Grammar, text: str, cands: list[Cand]) -> Optional[dt.date]:
    """The article's own date at the top of the body: "Jakarta, Selasa (21/10/2025) -" or "JAKARTA, 21 Oktober 2025 -"."""
    for c in cands:
        if c.start > g.dateline_window:
            break
        d = c.data
        if c.kind != "ymd" or d.get("y") is None or d.get("d2") or not _valid(d["y"], d["m"], d["d"]):
            continue
        if "wd" in d or re.match(r"^\s*\)?\s*[-–—]", text[c.end:c.end + 6]):
            return dt.date(d["y"], d["m"], d["d"])
    return None


def dateline_item(lang: Optional[str], text: str, items: Sequence[DateItem],
                  cands: Optional[Sequence[Cand]] = None) -> Optional[DateItem]:
    """The body's dateline day ("Jakarta, Senin (12/6) -"), resolved, even when ``published`` is given:
    the day a report's statements were made, which later stages use as the news day. ``cands``: what
    :func:`find` gives for ``text`` when the caller has it (the search is most of the stage's time)."""
    g = grammar(lang)
    for c in (find(text, lang) if cands is None else cands):
        if c.start > g.dateline_window:
            break
        d = c.data
        if c.kind != "ymd" or d.get("d2"):
            continue
        if "wd" in d or re.match(r"^\s*\)?\s*[-–—]", text[c.end:c.end + 6]):
            return next((it for it in items if it.start == c.start and it.value and it.grain == "day"), None)
    return None


def extract(text: str, published: Optional[dt.date], lang: Optional[str],
            sentences: Optional[Sequence[tuple[int, int]]] = None,
            cands: Optional[list[Cand]] = None) -> tuple[list[DateItem], Optional[dt.date], str]:
    """All dates of ``text``; returns (items, reference date, where the reference came from).
    ``cands``: :func:`find`'s answer for ``text`` when the caller has it (it is read, not changed)."""
    g = grammar(lang)
    cands = find(text, lang) if cands is None else cands
    ref, source = published, "published"
    if ref is None:
        ref, source = _dateline(g, text, cands), "dateline"
        if ref is None:
            source = "none"
    sents = sorted(sentences) if sentences else _sentences(text)
    starts = [s for s, _ in sents]

    def sent_of(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        if 0 <= i < len(sents) and sents[i][0] <= pos < sents[i][1]:
            return sents[i]
        return (0, len(text))

    items: list[DateItem] = []
    times: list[tuple[Cand, tuple[int, int]]] = []
    resolved: list[tuple[Cand, tuple[int, int], list[tuple[Optional[str], str]]]] = []
    for c in cands:
        sent = sent_of(c.start)
        if c.kind == "time":
            times.append((c, sent))
            continue
        resolved.append((c, sent, _resolve_safely(g, c, text, ref, sent)))
    if ref is not None:
        _said_day_reference(g, text, resolved, sents, ref)
    for c, sent, pairs in resolved:
        for value, grain in pairs:
            items.append(DateItem(text=text[c.start:c.end], start=c.start, end=c.end, value=value, grain=grain))
    for c, sent in times:
        days = [it for it in items if it.grain == "day" and it.value and sent[0] <= it.start < sent[1]]
        before = [it for it in days if it.end <= c.start]
        after = [it for it in days if it.start >= c.end]
        day = before[-1] if before else (after[0] if after else None)
        value = f"{day.value}T{c.data['h']:02d}:{c.data['mi']:02d}" if day else None
        items.append(DateItem(text=text[c.start:c.end], start=c.start, end=c.end, value=value, grain="time"))
    items.sort(key=lambda it: (it.start, it.end))
    return items, ref, source


def resolve(text: str, published: Any = None, lang: Optional[str] = None) -> list[DateItem]:
    """Dates in a piece of text (a clause, a sentence, a whole body), resolved against ``published``.

    Offsets are into ``text``. For a language without a temporal pack, a fully
    written absolute date is still read by :func:`parse_absolute`.
    """
    ref = parse_published(published)
    if not langpacks.supports(lang, "temporal"):
        value = parse_absolute(text, lang)
        return [DateItem(text=text, start=0, end=len(text), value=value, grain="day")] if value else []
    return extract(text, ref, lang)[0]


def parse_absolute(text: str, lang: Optional[str]) -> Optional[str]:
    """A fully written date (day, month and year) read by dateparser, as YYYY-MM-DD; None otherwise.

    dateparser is right here: no reference date is needed and it knows many
    languages. It is not used for partial or relative dates because it invents
    the missing parts (it reads "Agt 2023" as 2023-08-<today's day>).
    """
    if not text or len(text) > 60 or not re.search(r"(?<!\d)\d{4}(?!\d)", text):
        return None  # no written year: relative or partial, which dateparser would complete by guessing
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                "DATE_ORDER": "DMY", "PREFER_LOCALE_DATE_ORDER": False}
    try:
        got = dateparser.parse(text, languages=[lang] if lang else None, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input or unknown languages
        return None
    return got.date().isoformat() if got else None


@stage("temporal", requires=("text", "sentences"), assigns=("dates",), topic="temporal")
class TemporalStage:
    """Fills ``record.dates``; the reference date is ``published`` or else the body's dateline."""

    def __init__(self, preload: tuple[str, ...] = ("id", "en")):
        langpacks.warm(preload, "temporal", grammar)

    def __call__(self, record: Article) -> Article:
        sents = [(s.start, s.end) for s in record.sentences]
        cands = find(record.text, record.lang)  # once: the dates and the dateline read the same expressions
        items, ref, source = extract(record.text, record.published, record.lang, sents, cands)
        record.dates = items
        if ref is not None:
            record.meta["temporal_reference"] = {"date": ref.isoformat(), "source": source}
        dl = dateline_item(record.lang, record.text, items, cands)
        if dl is not None:
            record.meta["dateline_date"] = {"value": dl.value, "text": dl.text}
        return record
