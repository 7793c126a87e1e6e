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
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence

from kabar import lang as langpacks
from kabar.record import Article, DateItem
from kabar.stages import stage

NEVER = r"(?!x)x"
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|go\.id|or\.id|id|org|net|co\.uk)/\S*", re.I)
_SENT = re.compile(r"[^.!?\n]+[.!?]*")


def _alt(words: Iterable[str], *, names: bool = False, nocase: bool = True) -> str:
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
    parts = [r"\s+".join(re.escape(p) for p in f.split()) for f in sorted(forms, key=len, reverse=True)]
    body = "|".join(parts)
    return f"(?i:{body})" if nocase and not names else f"(?:{body})"


def _first(words: Iterable[str]) -> str:
    """A lookahead on the first letters of ``words``, so a big alternation is tried only where it can match."""
    chars = set()
    for w in words:
        w = str(w).strip()
        if w:
            chars.update({w[0].lower(), w[0].upper()})
    if not chars:
        return NEVER
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


@dataclass
class Cand:
    start: int
    end: int
    kind: str  # ymd | paren | month | year | weekday | relative | time
    prio: int
    data: dict[str, Any] = field(default_factory=dict)
    core: int = 0  # start of the expression proper, after any preposition/classifier


class Grammar:
    """The compiled patterns and tables of one language's temporal pack."""

    def __init__(self, code: str):
        d = langpacks.pack(code).data("temporal")
        self.code = code
        lists = d.get("lists", {})
        self.months = {_norm(k): int(v) for k, v in d.get("months", {}).items()}
        self.month_abbr = {_norm(k): int(v) for k, v in d.get("month_abbreviations", {}).items()}
        self.weekdays = {_norm(k): int(v) for k, v in d.get("weekdays", {}).items()}
        self.dir_before = {_norm(k): v for k, v in d.get("direction_before", {}).items()}
        self.dir_after = {_norm(k): v for k, v in d.get("direction_after", {}).items()}
        self.relative = {_norm(k): (v[0], int(v[1])) for k, v in d.get("relative", {}).items()}
        self.rel_units = {_norm(k): v for k, v in d.get("relative_units", {}).items()}
        self.rel_dirs = {_norm(k): int(v) for k, v in d.get("relative_direction", {}).items()}
        self.numbers = {_norm(k): int(v) for k, v in d.get("numbers", {}).items()}
        self.date_orders = list(d.get("date_orders", []))
        self.numeric_order = d.get("numeric_order", "dmy")
        self.bare_month = bool(d.get("bare_month", False))
        self.future_bias = float(d.get("future_bias", 2.0))
        self.dateline_window = int(d.get("dateline_window", 400))
        self.year_min = int(d.get("year_min", 1800))
        self.year_max = int(d.get("year_max", 2199))
        tense = d.get("tense", {})
        time = d.get("time", {})
        self.time_suffixes = {_norm(k): v for k, v in time.get("suffixes", {}).items()}
        self.standalone_suffixes = {_norm(k) for k in time.get("standalone_suffixes", [])}
        self.has_names = bool(self.months or self.weekdays or self.relative)

        mon_full = _alt(self.months, names=True)
        mon_abbr = _alt(self.month_abbr, names=True)
        mon_any = f"(?:{mon_full}|{mon_abbr}\\.?)"
        ords = _alt(lists.get("ordinal_suffixes", []))
        ordsfx = f"(?:{ords})?" if ords != NEVER else ""
        rng = rf"\s*(?:[-–—]|{_alt(lists.get('range_words', []))})\s*"
        joiner = _alt(lists.get("day_month_joiners", []))
        self.rx_range_tail = re.compile(rf"(?:{rng})$")
        pats: list[tuple[str, int, re.Pattern]] = []
        if "dmy" in self.date_orders:
            pats.append(("dmy", 1, re.compile(
                rf"(?=\d)(?<![\w.,/:-])(?P<d1>\d{{1,2}}){ordsfx}(?:{rng}(?P<d2>\d{{1,2}}){ordsfx})?\s+(?:{joiner}\s+)?"
                rf"(?P<mon>{mon_any})(?:,?\s+(?P<y>\d{{4}})(?![\w]|[.,]\d))?(?!\w)")))
        if "mdy" in self.date_orders:
            pats.append(("mdy", 1, re.compile(
                rf"{_first(list(self.months) + list(self.month_abbr))}(?<![\w])(?P<mon>{mon_any})\s+(?P<d1>\d{{1,2}}){ordsfx}(?:{rng}(?P<d2>\d{{1,2}}){ordsfx})?(?![\d\w])"
                rf"(?:,?\s+(?P<y>\d{{4}})(?![\w]|[.,]\d))?")))
        if self.months:
            pats.append(("monthyear", 2, re.compile(rf"{_first(list(self.months) + list(self.month_abbr))}(?<!\w)(?P<mon>{mon_any}),?\s+(?P<y>\d{{4}})(?![\w]|[.,]\d)")))
            pats.append(("month", 3, re.compile(rf"{_first(self.months)}(?<!\w)(?P<mon>{mon_full})(?!\w)")))
            pats.append(("numeric", 1, re.compile(
                r"(?<![\w/.,:-])(?P<a>\d{1,2})\s*(?P<sep>[/-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})(?![\w/]|[.,:-]\d)")))
            pats.append(("iso", 1, re.compile(r"(?<![\w/.,:-])(?P<y>\d{4})-(?P<b>\d{2})-(?P<a>\d{2})(?![\w/]|[.,:-]\d)")))
            pats.append(("paren", 1, re.compile(
                r"\(\s*(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)")))
            pats.append(("year", 5, re.compile(r"(?<![\w.,/:])(?P<y>\d{4})(?!\w|[.,:/]\d)")))
        if self.weekdays:
            pats.append(("weekday", 4, re.compile(rf"{_first(self.weekdays)}(?<!\w)(?P<wd>{_alt(self.weekdays, names=True)})(?!\w)")))
        if self.relative:
            pats.append(("relative", 0, re.compile(rf"{_first(self.relative)}(?<!\w)(?P<rel>{_alt(self.relative)})(?!\w)")))
        if self.rel_units and self.rel_dirs:
            num = rf"(?:\d{{1,3}}|{_alt(self.numbers)})"
            pats.append(("counted", 0, re.compile(
                rf"{_first(list(self.numbers) + list('0123456789'))}(?<![\w.,])(?P<n>{num})\s+(?P<u>{_alt(self.rel_units)})\s+(?P<dir>{_alt(self.rel_dirs)})(?!\w)")))
        markers = _alt(time.get("markers", []))
        tz = _alt(time.get("timezones", []), nocase=False)
        sfx = _alt(self.time_suffixes)
        pats.append(("time", 1, re.compile(
            rf"{_first(list(time.get('markers', [])) + list('0123456789'))}(?:(?<!\w)(?P<mk>{markers})\s*)?(?<![\w.,:/])(?P<h>\d{{1,2}})(?:[.:](?P<m>\d{{2}}))?(?![\d]|[.,:]\d)"
            rf"(?:\s*(?P<tz>{tz})(?!\w))?(?:\s*(?P<sfx>{sfx})(?![\w]))?")))
        self.patterns = pats
        self.rx_weak_time = re.compile(rf"(?<!\w){_alt(time.get('weak_markers', []))}\s+$")

        prep = _alt(lists.get("prepositions", []))
        mod = _alt(lists.get("modifiers", []))
        dirb = _alt(self.dir_before)
        cls = _alt(lists.get("classifiers", []))
        self.rx_prefix = re.compile(
            rf"(?:(?<!\w)(?P<prep>{prep})\s+)?(?:(?<!\w)(?P<mod>{mod})(?:\s+|-))?(?:(?<!\w)(?P<dirb>{dirb})\s+)?(?:(?<!\w)(?P<cls>{cls})\s+)?$")
        self.rx_dir_after = re.compile(rf"^\s+(?P<d>{_alt(self.dir_after)})(?!\w)")
        self.rx_daypart = re.compile(rf"^\s+{_alt(lists.get('dayparts', []))}(?!\w)")
        self.rx_habitual = re.compile(rf"(?<!\w){_alt(lists.get('habitual', []))}\s+(?:{cls}\s+)?$")
        self.rx_blocker = re.compile(rf"^\s+{_alt(lists.get('weekday_blockers', []), nocase=False)}(?!\w)")
        self.rx_future = re.compile(rf"(?<!\w){_alt(tense.get('future', []))}(?!\w)")
        self.rx_past = re.compile(rf"(?<!\w){_alt(tense.get('past', []))}(?!\w)")
        punct = "".join(re.escape(p) for p in d.get("clause_punctuation", [","]))
        self.rx_clause = re.compile(rf"[{punct}]|(?<!\w){_alt(tense.get('clause_words', []))}(?!\w)")
        self.rx_prev_year = re.compile(rf"\d{{4}}{rng}$")
        self.rx_prev_month = re.compile(rf"{mon_full}(?:{rng}|\s*,\s*)$")
        q = langpacks.pack(code).data("quantities")
        qwords = set()
        for key in ("unit_words", "currency_words", "count_units", "scales"):
            qwords.update(_norm(k) for k in q.get(key, {}))
        self.rx_quantity_next = re.compile(rf"^\s*(?:{_alt(qwords)}|%)(?!\w)")

    def month_of(self, s: str) -> Optional[int]:
        k = _norm(s).rstrip(".")
        return self.months.get(k) or self.month_abbr.get(k)


@functools.cache
def grammar(code: Optional[str]) -> Grammar:
    return Grammar(code or langpacks.COMMON)


# ---------------------------------------------------------------- finding


def _masks(text: str) -> list[tuple[int, int]]:
    if "/" not in text and "@" not in text:
        return []
    return [(m.start(), m.end()) for m in _URL.finditer(text)]


def _overlaps(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


def _extend(g: Grammar, text: str, c: Cand) -> Optional[Cand]:
    """Grow a named period over its preposition/modifier/classifier and direction word; None if it is no date."""
    s, e = c.start, c.end
    left = text[max(0, s - 80):s]
    pm = g.rx_prefix.search(left)
    prefix = pm if pm and pm.end() > pm.start() else None
    if prefix is not None and c.kind in ("weekday", "month", "year", "relative", "monthyear", "counted"):
        c.start = s - (len(left) - pm.start())
        if prefix.group("dirb"):
            c.data["dir"] = g.dir_before.get(_norm(prefix.group("dirb")))
        c.data["cls"] = prefix.group("cls")
    if g.rx_habitual.search(left):
        return None
    if c.kind == "relative" and prefix is not None and prefix.group("cls"):
        return None  # "hari Minggu lalu" is a weekday, not "minggu lalu" (last week)
    if c.kind in ("weekday", "month", "year", "ymd"):
        am = g.rx_dir_after.match(text[e:e + 40])
        if am:
            c.data.setdefault("dir", g.dir_after.get(_norm(am.group("d"))))
            c.end = e + am.end()
    if c.kind == "weekday":
        if g.rx_blocker.match(text[c.end:c.end + 40]):
            return None
        dm = g.rx_daypart.match(text[c.end:c.end + 30])
        if dm:
            c.end += dm.end()
    if c.kind == "month" and c.data.get("y") is None:
        listed = g.rx_prev_month.search(text[max(0, s - 40):s])
        if not (g.bare_month or prefix is not None or c.data.get("dir") or listed):
            return None
        if prefix is None and not c.data.get("dir") and not listed and re.match(r"\s+[A-Z][a-z]", text[e:e + 3]):
            return None  # "Juli Rahman": a first name
    if c.kind == "year":
        listed = g.rx_prev_year.search(text[max(0, s - 12):s])
        if not (prefix is not None or c.data.get("dir") or listed):
            return None
        if not (g.year_min <= c.data["y"] <= g.year_max):
            return None
        if not (prefix is not None and prefix.group("cls")) and g.rx_quantity_next.match(text[e:e + 40]):
            return None  # "pada 2000 orang": a count, not a year
    return c


def _candidates(g: Grammar, text: str) -> list[Cand]:
    out: list[Cand] = []
    masks = _masks(text)
    for kind, prio, rx in g.patterns:
        for m in rx.finditer(text):
            s, e = m.span()
            if e <= s or _overlaps(s, e, masks):
                continue
            c = _make(g, kind, prio, m, text)
            if c is None:
                continue
            c.core = c.start
            c = _extend(g, text, c)
            if c is not None:
                out.append(c)
    return out


def _make(g: Grammar, kind: str, prio: int, m: re.Match, text: str) -> Optional[Cand]:
    s, e = m.span()
    gd = m.groupdict()
    if kind in ("dmy", "mdy"):
        mon = g.month_of(gd["mon"])
        d1 = int(gd["d1"])
        d2 = int(gd["d2"]) if gd.get("d2") else None
        y = int(gd["y"]) if gd.get("y") else None
        if y is not None and not (g.year_min <= y <= g.year_max):
            y = None
            e = m.end("mon")
        if d2 is not None and not (1 <= d1 < d2 <= 31):
            if kind == "dmy":  # "Pasal 30 dan 2 Januari": only "2 Januari" is a date
                s, d1, d2 = m.start("d2"), d2, None
            else:
                d2 = None
                e = m.end("d1")
        if mon is None or not 1 <= d1 <= 31:
            return None
        return Cand(s, e, "ymd", prio, {"y": y, "m": mon, "d": d1, "d2": d2})
    if kind == "monthyear":
        mon, y = g.month_of(gd["mon"]), int(gd["y"])
        if mon is None or not (g.year_min <= y <= g.year_max):
            return None
        return Cand(s, e, "month", prio, {"y": y, "m": mon})
    if kind == "month":
        return Cand(s, e, "month", prio, {"y": None, "m": g.month_of(gd["mon"])})
    if kind in ("numeric", "iso", "paren"):
        a, b = int(gd["a"]), int(gd["b"])
        y = gd.get("y")
        if kind == "iso":
            day, mon = a, b
        elif g.numeric_order == "mdy":
            mon, day = a, b
        else:
            day, mon = a, b
        if mon > 12 and day <= 12:
            day, mon = mon, day
        if not (1 <= mon <= 12 and 1 <= day <= 31):
            return None
        year = None
        if y is not None:
            year = int(y)
            if len(y) == 2:
                year += 2000 if year < 70 else 1900
            if not (g.year_min <= year <= g.year_max):
                return None
        k = "paren" if (kind == "paren" and year is None) else "ymd"
        return Cand(s, e, k, prio, {"y": year, "m": mon, "d": day, "d2": None})
    if kind == "year":
        return Cand(s, e, "year", prio, {"y": int(gd["y"])})
    if kind == "weekday":
        return Cand(s, e, "weekday", prio, {"wd": g.weekdays[_norm(gd["wd"])]})
    if kind == "relative":
        unit, off = g.relative[_norm(gd["rel"])]
        return Cand(s, e, "relative", prio, {"unit": unit, "n": off})
    if kind == "counted":
        n_text = _norm(gd["n"])
        n = int(n_text) if n_text.isdigit() else g.numbers.get(n_text)
        if n is None:
            return None
        return Cand(s, e, "relative", prio, {"unit": g.rel_units[_norm(gd["u"])], "n": n * g.rel_dirs[_norm(gd["dir"])]})
    if kind == "time":
        h = int(gd["h"])
        mi = int(gd["m"]) if gd.get("m") else 0
        mk, tz, sfx = gd.get("mk"), gd.get("tz"), gd.get("sfx")
        if not (mk or tz or (sfx and _norm(sfx) in g.standalone_suffixes)):
            if not (gd.get("m") and text[m.end("h"):m.end("h") + 1] == ":" and g.rx_weak_time.search(text[max(0, s - 12):s])):
                return None
        if not gd.get("m") and not mk and not sfx:
            return None
        if sfx:
            kind_sfx = g.time_suffixes.get(_norm(sfx))
            if kind_sfx == "pm" and h < 12:
                h += 12
            elif kind_sfx == "noon" and h < 11:
                h += 12
            elif kind_sfx == "am" and h == 12:
                h = 0
        if not (0 <= h <= 24 and 0 <= mi < 60):
            return None
        return Cand(s, e, "time", prio, {"h": h % 24, "mi": mi})
    return None


def _select(cands: list[Cand]) -> list[Cand]:
    """Longest expression first (a preposition adds nothing), then the pattern's priority; no overlaps."""
    chosen: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.core), c.prio, c.start)):
        if any(c.start < b and a < c.end for a, b in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    chosen.sort(key=lambda c: c.start)
    return chosen


_GAP = re.compile(r"^\s*,?\s*$")


def _merge_weekdays(text: str, cands: list[Cand]) -> list[Cand]:
    """A weekday right before a date ("Kamis (4/1)", "Thursday, January 4") is one expression."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if c.kind == "weekday" and nxt is not None and nxt.kind in ("ymd", "paren") and not c.data.get("dir") \
                and _GAP.match(text[c.end:nxt.start]):
            data = dict(nxt.data, wd=c.data["wd"])
            out.append(Cand(c.start, nxt.end, "ymd", nxt.prio, data, nxt.core))
            i += 2
            continue
        if c.kind != "paren":  # "(4/1)" without year or weekday is too likely something else
            out.append(c)
        i += 1
    return out


def find(text: str, lang: Optional[str]) -> list[Cand]:
    """The temporal expressions of ``text`` (unresolved), in text order."""
    g = grammar(lang)
    if not g.has_names or not text:
        return []
    return _merge_weekdays(text, _select(_candidates(g, text)))


def spans(text: str, lang: Optional[str]) -> list[tuple[int, int]]:
    """Character spans of temporal expressions (for stages that must not read them as numbers)."""
    return [(c.start, c.end) for c in find(text, lang)]


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


def dateline_item(lang: Optional[str], text: str, items: Sequence[DateItem]) -> Optional[DateItem]:
    """The body's dateline day ("Jakarta, Senin (12/6) -"), resolved, even when ``published`` is given:
    the day a report's statements were made, which later stages use as the news day."""
    g = grammar(lang)
    for c in find(text, lang):
        if c.start > g.dateline_window:
            break
        d = c.data
        if c.kind != "ymd" or d.get("d2"):
            continue
        if "wd" in d or re.match(r"^\s*\)?\s*[-–—]", text[c.end:c.end + 6]):
            return next((it for it in items if it.start == c.start and it.value and it.grain == "day"), None)
    return None


def extract(text: str, published: Optional[dt.date], lang: Optional[str],
            sentences: Optional[Sequence[tuple[int, int]]] = None) -> tuple[list[DateItem], Optional[dt.date], str]:
    """All dates of ``text``; returns (items, reference date, where the reference came from)."""
    g = grammar(lang)
    cands = find(text, lang)
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
    for c in cands:
        sent = sent_of(c.start)
        if c.kind == "time":
            times.append((c, sent))
            continue
        try:
            pairs = _resolve_one(g, c, text, ref, sent)
        except (ValueError, OverflowError):  # arithmetic beyond year 1..9999
            pairs = [(None, "day")]
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


def _as_date(published: Any) -> Optional[dt.date]:
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    return dt.date.fromisoformat(str(published).strip()[:10])


def resolve(text: str, published: Any = None, lang: Optional[str] = None) -> list[DateItem]:
    """Dates in a piece of text (a clause, a sentence, a whole body), resolved against ``published``.

    Offsets are into ``text``. For a language without a temporal pack, a fully
    written absolute date is still read by :func:`parse_absolute`.
    """
    ref = _as_date(published)
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

    def __init__(self, **config):
        self.config = config
        for code in config.get("preload", ("id", "en")):
            if langpacks.supports(code, "temporal"):
                grammar(code)

    def __call__(self, record: Article) -> Article:
        sents = [(s.start, s.end) for s in record.sentences]
        items, ref, source = extract(record.text, record.published, record.lang, sents)
        record.dates = items
        if ref is not None:
            record.meta["temporal_reference"] = {"date": ref.isoformat(), "source": source}
        dl = dateline_item(record.lang, record.text, items)
        if dl is not None:
            record.meta["dateline_date"] = {"value": dl.value, "text": dl.text}
        return record
