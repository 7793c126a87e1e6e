"""Finding temporal expressions: a small grammar per language, built from its pack (``temporal.toml``).

Finding is shared text knowledge: the temporal stage resolves what is found here, and
the quantities stage masks it so that a date is never read as an amount.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from kabar import lang as langpacks
from kabar.text.patterns import NEVER, alternation, first_letters, nocase_chars, trie_alternation, url_spans, word_key


@dataclass
class Cand:
    start: int
    end: int
    kind: str  # ymd | paren | month | year | weekday | relative | season | time
    prio: int
    data: dict[str, Any] = field(default_factory=dict)
    core: int = 0  # start of the expression proper, after any preposition/classifier


class Grammar:
    """The compiled patterns and tables of one language's temporal pack."""

    def __init__(self, code: str):
        d = langpacks.pack(code).data("temporal")
        self.code = code
        lists = d.get("lists", {})
        self.months = {word_key(k): int(v) for k, v in d.get("months", {}).items()}
        self.month_abbr = {word_key(k): int(v) for k, v in d.get("month_abbreviations", {}).items()}
        self.weekdays = {word_key(k): int(v) for k, v in d.get("weekdays", {}).items()}
        self.seasons = {word_key(k): int(v) for k, v in d.get("seasons", {}).items()}
        self.dir_before = {word_key(k): v for k, v in d.get("direction_before", {}).items()}
        self.dir_after = {word_key(k): v for k, v in d.get("direction_after", {}).items()}
        self.relative = {word_key(k): (v[0], int(v[1])) for k, v in d.get("relative", {}).items()}
        self.rel_units = {word_key(k): v for k, v in d.get("relative_units", {}).items()}
        self.rel_dirs = {word_key(k): int(v) for k, v in d.get("relative_direction", {}).items()}
        self.numbers = {word_key(k): int(v) for k, v in d.get("numbers", {}).items()}
        self.date_orders = list(d.get("date_orders", []))
        self.numeric_order = d.get("numeric_order", "dmy")
        self.bare_month = bool(d.get("bare_month", False))
        self.future_bias = float(d.get("future_bias", 2.0))
        self.dateline_window = int(d.get("dateline_window", 400))
        self.year_min = int(d.get("year_min", 1800))
        self.year_max = int(d.get("year_max", 2199))
        tense = d.get("tense", {})
        time = d.get("time", {})
        self.time_suffixes = {word_key(k): v for k, v in time.get("suffixes", {}).items()}
        self.standalone_suffixes = {word_key(k) for k in time.get("standalone_suffixes", [])}
        self.has_names = bool(self.months or self.weekdays or self.relative)

        mon_full = alternation(self.months, names=True)
        rng = rf"\s*(?:[-–—]|{alternation(lists.get('range_words', []))})\s*"
        self.patterns = self._date_patterns(lists, time, mon_full, rng)
        self.rx_weak_time = re.compile(rf"(?<!\w){alternation(time.get('weak_markers', []))}\s+$")
        self._context_patterns(d, lists, tense, mon_full, rng)

    def _date_patterns(self, lists: dict, time: dict, mon_full: str, rng: str) -> list[tuple[str, int, re.Pattern]]:
        """(kind, priority, pattern) of every date and time form the pack's words allow."""
        mon_abbr = alternation(self.month_abbr, names=True)
        mon_any = f"(?:{mon_full}|{mon_abbr}\\.?)"
        ords = alternation(lists.get("ordinal_suffixes", []))
        ordsfx = f"(?:{ords})?" if ords != NEVER else ""
        joiner = alternation(lists.get("day_month_joiners", []))
        self.rx_range_tail = re.compile(rf"(?:{rng})$")
        pats: list[tuple[str, int, re.Pattern]] = []
        if "dmy" in self.date_orders:
            pats.append(("dmy", 1, re.compile(
                rf"(?=\d)(?<![\w.,/:-])(?P<d1>\d{{1,2}}){ordsfx}(?:{rng}(?P<d2>\d{{1,2}}){ordsfx})?\s+(?:{joiner}\s+)?"
                rf"(?P<mon>{mon_any})(?:,?\s+(?P<y>\d{{4}})(?![\w]|[.,]\d))?(?!\w)")))
        if "mdy" in self.date_orders:
            pats.append(("mdy", 1, re.compile(
                rf"{first_letters(list(self.months) + list(self.month_abbr))}(?<![\w])(?P<mon>{mon_any})\s+(?P<d1>\d{{1,2}}){ordsfx}(?:{rng}(?P<d2>\d{{1,2}}){ordsfx})?(?![\d\w])"
                rf"(?:,?\s+(?P<y>\d{{4}})(?![\w]|[.,]\d))?")))
        if self.months:
            pats.append(("monthyear", 2, re.compile(rf"{first_letters(list(self.months) + list(self.month_abbr))}(?<!\w)(?P<mon>{mon_any}),?\s+(?P<y>\d{{4}})(?![\w]|[.,]\d)")))
            pats.append(("month", 3, re.compile(rf"{first_letters(self.months)}(?<!\w)(?P<mon>{mon_full})(?!\w)")))
            pats.append(("numeric", 1, re.compile(
                r"(?=\d)(?<![\w/.,:-])(?P<a>\d{1,2})\s*(?P<sep>[/-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})(?![\w/]|[.,:-]\d)")))
            pats.append(("iso", 1, re.compile(r"(?=\d)(?<![\w/.,:-])(?P<y>\d{4})-(?P<b>\d{2})-(?P<a>\d{2})(?![\w/]|[.,:-]\d)")))
            pats.append(("paren", 1, re.compile(
                r"\(\s*(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)")))
            pats.append(("year", 5, re.compile(r"(?=\d)(?<![\w.,/:])(?P<y>\d{4})(?!\w|[.,:/]\d)")))
        if self.weekdays:
            pats.append(("weekday", 4, re.compile(rf"{first_letters(self.weekdays)}(?<!\w)(?P<wd>{alternation(self.weekdays, names=True)})(?!\w)")))
        if self.seasons:  # lower case only: "Summer Olympics", "Last Summer" (a title) are names
            pats.append(("season", 3, re.compile(rf"{first_letters(self.seasons)}(?<!\w)(?P<season>{alternation(self.seasons, nocase=False)})(?!\w)")))
        if self.relative:
            # the forms as a trie (kabar.text.patterns.trie_alternation): the same matches, ~46 forms in Indonesian
            pats.append(("relative", 0, re.compile(rf"{first_letters(self.relative)}(?<!\w)(?P<rel>{trie_alternation(self.relative)})(?!\w)")))
        if self.rel_units and self.rel_dirs:
            num = rf"(?:\d{{1,3}}|{trie_alternation(self.numbers)})"
            pats.append(("counted", 0, re.compile(
                rf"{first_letters(list(self.numbers) + list('0123456789'))}(?<![\w.,])(?P<n>{num})\s+(?P<u>{trie_alternation(self.rel_units)})\s+(?P<dir>{trie_alternation(self.rel_dirs)})(?!\w)")))
        markers = alternation(time.get("markers", []))
        tz = alternation(time.get("timezones", []), nocase=False)
        sfx = alternation(self.time_suffixes)
        pats.append(("time", 1, re.compile(
            rf"{first_letters(list(time.get('markers', [])) + list('0123456789'))}(?:(?<!\w)(?P<mk>{markers})\s*)?(?<![\w.,:/])(?P<h>\d{{1,2}})(?:[.:](?P<m>\d{{2}}))?(?![\d]|[.,:]\d)"
            rf"(?:\s*(?P<tz>{tz})(?!\w))?(?:\s*(?P<sfx>{sfx})(?![\w]))?")))
        return pats

    def _context_patterns(self, d: dict, lists: dict, tense: dict, mon_full: str, rng: str) -> None:
        """Patterns for the words around a date: prepositions, directions, dayparts, tense, clause ends."""
        code = self.code
        prep = alternation(lists.get("prepositions", []))
        mod = alternation(lists.get("modifiers", []))
        dirb = alternation(self.dir_before)
        cls = alternation(lists.get("classifiers", []))
        # The context patterns open with a lookahead on the first characters of their words (_lead): the same
        # matches, but a search over the 80 characters before a candidate fails at most positions on one
        # character test instead of trying every word list there.
        lead = _lead(list(lists.get("prepositions", [])) + list(lists.get("modifiers", [])) + list(self.dir_before)
                     + list(lists.get("classifiers", [])), or_end=True)
        self.rx_prefix = re.compile(
            rf"{lead}(?:(?<!\w)(?P<prep>{prep})\s+)?(?:(?<!\w)(?P<mod>{mod})(?:\s+|-))?(?:(?<!\w)(?P<dirb>{dirb})\s+)?(?:(?<!\w)(?P<cls>{cls})\s+)?$")
        # The characters a prefix match can take: its words' (in any case), white space and the hyphen after a modifier
        # (session 23: _extend searches only the tail of its window made of them; None: the whole window)
        chars = nocase_chars(list(lists.get("prepositions", [])) + list(lists.get("modifiers", [])) + list(self.dir_before)
                             + list(lists.get("classifiers", [])))
        self.prefix_chars = None if chars is None else chars | {"-"}
        self.rx_dir_after = re.compile(rf"^\s+(?P<d>{alternation(self.dir_after)})(?!\w)")
        self.rx_daypart = re.compile(rf"^\s+{alternation(lists.get('dayparts', []))}(?!\w)")
        self.rx_period_det = re.compile(rf"(?<!\w){alternation(lists.get('period_determiners', []))}\s+$")
        self.rx_habitual = re.compile(rf"{_lead(lists.get('habitual', []))}(?<!\w){alternation(lists.get('habitual', []))}\s+(?:{cls}\s+)?$")
        self.rx_blocker = re.compile(rf"^\s+{alternation(lists.get('weekday_blockers', []), nocase=False)}(?!\w)")
        self.rx_future = re.compile(rf"(?<!\w){alternation(tense.get('future', []))}(?!\w)")
        self.rx_past = re.compile(rf"(?<!\w){alternation(tense.get('past', []))}(?!\w)")
        punct = "".join(re.escape(p) for p in d.get("clause_punctuation", [","]))
        self.rx_clause = re.compile(rf"[{punct}]|(?<!\w){alternation(tense.get('clause_words', []))}(?!\w)")
        self.rx_prev_year = re.compile(rf"(?=\d)\d{{4}}{rng}$")
        self.rx_prev_month = re.compile(rf"{first_letters(self.months)}{mon_full}(?:{rng}|\s*,\s*)$")
        q = langpacks.pack(code).data("quantities")
        qwords = set()
        for key in ("unit_words", "currency_words", "count_units", "scales"):
            qwords.update(word_key(k) for k in q.get(key, {}))
        self.rx_quantity_next = re.compile(rf"^\s*(?:{alternation(qwords)}|%)(?!\w)")

    def month_of(self, s: str) -> Optional[int]:
        k = word_key(s).rstrip(".")
        return self.months.get(k) or self.month_abbr.get(k)


@functools.cache
def grammar(code: Optional[str]) -> Grammar:
    return Grammar(code or langpacks.COMMON)


def _lead(words, or_end: bool = False) -> str:
    """A lookahead on the first characters of case-insensitive ``words`` (``or_end``: or the end, where a pattern of
    optional parts matches empty), so that a search tries the words only where one can start; "" for no words."""
    starts = first_letters(words)
    if starts == NEVER:
        return ""
    chars = starts[3:-1]  # "[...]": case-insensitive below, as the words' own alternation is ("K" also matches "k")
    return f"(?=(?i:{chars})|$)" if or_end else f"(?=(?i:{chars}))"


# ---------------------------------------------------------------- finding


def _overlaps(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


def _tail_start(left: str, chars: Optional[frozenset]) -> int:
    """Where the longest tail of ``left`` made of ``chars`` and white space begins (0 without ``chars``).

    Why (session 23): ``rx_prefix`` ends in ``$``, so a search over the 80 characters before a date tried it at every
    position the lead let through. Every character of a match is one of its words' (any case), white space or a
    hyphen, so no match starts before that tail, and a search from there finds what a search from 0 finds: the same
    positions are tried in the same order, and a lookbehind still sees the character before ``pos``."""
    if chars is None:
        return 0
    k = len(left)
    while k and (left[k - 1] in chars or left[k - 1].isspace()):
        k -= 1
    return k


def _extend(g: Grammar, text: str, c: Cand) -> Optional[Cand]:
    """Grow a named period over its preposition/modifier/classifier and direction word; None if it is no date."""
    s, e = c.start, c.end
    left = text[max(0, s - 80):s]
    pm = g.rx_prefix.search(left, _tail_start(left, g.prefix_chars))
    prefix = pm if pm and pm.end() > pm.start() else None
    if prefix is not None and c.kind in ("weekday", "month", "year", "relative", "monthyear", "counted", "season"):
        c.start = s - (len(left) - pm.start())
        if prefix.group("dirb"):
            c.data["dir"] = g.dir_before.get(word_key(prefix.group("dirb")))
        c.data["cls"] = prefix.group("cls")
    if g.rx_habitual.search(left):
        return None
    if c.kind == "relative" and prefix is not None and prefix.group("cls"):
        return None  # "hari Minggu lalu" is a weekday, not "minggu lalu" (last week)
    if c.kind == "season" and (not c.data.get("dir") or g.rx_period_det.search(text[max(0, c.start - 12):c.start])):
        return None  # "in the summer" names no year; "the last summer of his life" is no date
    if c.kind in ("weekday", "month", "year", "ymd"):
        am = g.rx_dir_after.match(text[e:e + 40])
        if am:
            c.data.setdefault("dir", g.dir_after.get(word_key(am.group("d"))))
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
    masks = url_spans(text)
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
    """The candidate a pattern match of ``kind`` makes, or None when its numbers are no date."""
    s, e = m.span()
    gd = m.groupdict()
    if kind in ("dmy", "mdy"):
        return _make_day_month(g, kind, prio, m)
    if kind == "monthyear":
        mon, y = g.month_of(gd["mon"]), int(gd["y"])
        if mon is None or not (g.year_min <= y <= g.year_max):
            return None
        return Cand(s, e, "month", prio, {"y": y, "m": mon})
    if kind == "month":
        return Cand(s, e, "month", prio, {"y": None, "m": g.month_of(gd["mon"])})
    if kind in ("numeric", "iso", "paren"):
        return _make_numeric(g, kind, prio, m)
    if kind == "year":
        return Cand(s, e, "year", prio, {"y": int(gd["y"])})
    if kind == "weekday":
        return Cand(s, e, "weekday", prio, {"wd": g.weekdays[word_key(gd["wd"])]})
    if kind == "season":
        return Cand(s, e, "season", prio, {"m": g.seasons[word_key(gd["season"])]})
    if kind == "relative":
        unit, off = g.relative[word_key(gd["rel"])]
        return Cand(s, e, "relative", prio, {"unit": unit, "n": off})
    if kind == "counted":
        n_text = word_key(gd["n"])
        n = int(n_text) if n_text.isdigit() else g.numbers.get(n_text)
        if n is None:
            return None
        return Cand(s, e, "relative", prio, {"unit": g.rel_units[word_key(gd["u"])], "n": n * g.rel_dirs[word_key(gd["dir"])]})
    if kind == "time":
        return _make_time(g, prio, m, text)
    return None


def _make_day_month(g: Grammar, kind: str, prio: int, m: re.Match) -> Optional[Cand]:
    s, e = m.span()
    gd = m.groupdict()
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


def _make_numeric(g: Grammar, kind: str, prio: int, m: re.Match) -> Optional[Cand]:
    s, e = m.span()
    gd = m.groupdict()
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


def _make_time(g: Grammar, prio: int, m: re.Match, text: str) -> Optional[Cand]:
    s, e = m.span()
    gd = m.groupdict()
    h = int(gd["h"])
    mi = int(gd["m"]) if gd.get("m") else 0
    mk, tz, sfx = gd.get("mk"), gd.get("tz"), gd.get("sfx")
    if not (mk or tz or (sfx and word_key(sfx) in g.standalone_suffixes)):
        if not (gd.get("m") and text[m.end("h"):m.end("h") + 1] == ":" and g.rx_weak_time.search(text[max(0, s - 12):s])):
            return None
    if not gd.get("m") and not mk and not sfx:
        return None
    if sfx:
        kind_sfx = g.time_suffixes.get(word_key(sfx))
        if kind_sfx == "pm" and h < 12:
            h += 12
        elif kind_sfx == "noon" and h < 11:
            h += 12
        elif kind_sfx == "am" and h == 12:
            h = 0
    if not (0 <= h <= 24 and 0 <= mi < 60):
        return None
    return Cand(s, e, "time", prio, {"h": h % 24, "mi": mi})


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
