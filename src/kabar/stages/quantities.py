"""Quantities: numbers in local formats and words, vague amounts, units and counted nouns.

Events need magnitudes (PLOVER ``dead``, ``injured``, ``size``), and news gives
them as "1,5 juta", "beberapa lusin misil balistik", "sekitar 900 kilometer",
"dozens of people", "two-thirds". A number is read with its language's
separators, extended by scale and dozen words, given a unit (converted to SI
where one applies) or else the noun it counts. Labels that look like numbers
(dates, "Pasal 30", "G20", "F-16", phone numbers, scores, years) are not
quantities. All words come from ``lang/<code>/quantities.toml`` (house rules in
docs/temporal.md).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from kabar import lang as langpacks
from kabar.record import Article, Quantity
from kabar.stages import stage
from kabar.text import dates
from kabar.text.patterns import alternation, url_spans, word_key

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")
_ANCHOR = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_PHONE = re.compile(r"(?=[+(0])(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|0\d{1,4})[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\w)"
                    r"|\+\d[\d\s-]{7,}\d")
_SENT_END = set(".!?\n\"“”:;")




@dataclass
class _Num:
    """A number expression read at one position."""

    start: int
    end: int
    value: Optional[float] = None
    vmin: Optional[float] = None
    vmax: Optional[float] = None
    weak: bool = False  # only "satu"/"one"/"a": counts only with a unit or known noun
    scaled: bool = False
    words: bool = False
    plain_year: bool = False


class QuantityLexicon:
    """The compiled quantity data of one language."""

    def __init__(self, code: str):
        d = langpacks.pack(code).data("quantities")
        lists = d.get("lists", {})
        self.code = code
        self.tsep = d.get("thousands_sep", ",")
        self.dsep = d.get("decimal_sep", ".")
        self.head_first = d.get("head_position", "first") == "first"
        self.max_noun = int(d.get("max_noun_tokens", 2))
        self.number_words = {word_key(k): float(v) for k, v in d.get("number_words", {}).items()}
        self.multipliers = {word_key(k): float(v) for k, v in d.get("number_multipliers", {}).items()}
        self.scales = {word_key(k): float(v) for k, v in d.get("scales", {}).items()}
        self.scale_abbr = {k: float(v) for k, v in d.get("scale_abbreviations", {}).items()}
        self.fixed_counts = {word_key(k): (float(v[0]), str(v[1])) for k, v in d.get("fixed_counts", {}).items()}
        self.vague_scales = {word_key(k): float(v) for k, v in d.get("vague_scales", {}).items()}
        self.dozens = {word_key(k): float(v) for k, v in d.get("dozens", {}).items()}
        self.vague = {word_key(k): v for k, v in d.get("vague", {}).items()}
        self.fractions = {word_key(k): float(v) for k, v in d.get("fractions", {}).items()}
        self.denominators = {word_key(k): float(v) for k, v in d.get("denominators", {}).items()}
        self.teen = {word_key(w) for w in lists.get("teen_suffix", [])}
        self.one_words = {word_key(w) for w in lists.get("one_words", [])}
        self.weak = {word_key(w) for w in lists.get("weak_numbers", [])}
        self.classifiers = {word_key(w) for w in lists.get("classifiers", [])}
        self.stopwords = {word_key(w) for w in lists.get("noun_stopwords", [])}
        self.stop_prefixes = tuple(lists.get("noun_stop_prefixes", []))
        self.stop_suffixes = tuple(lists.get("noun_stop_suffixes", []))
        self.plural = [tuple(p) for p in lists.get("plural_suffixes", [])]
        self.unit_defs = d.get("unit_defs", {})
        self.unit_symbols = dict(d.get("unit_symbols", {}))
        self.unit_words = {word_key(k): v for k, v in d.get("unit_words", {}).items()}
        self.currency_symbols = dict(d.get("currency_symbols", {}))
        self.currency_words = {word_key(k): v for k, v in d.get("currency_words", {}).items()}
        self.approx = {word_key(k): v for k, v in d.get("approximators", {}).items()}
        self.count_units = {word_key(k): v for k, v in d.get("count_units", {}).items()}
        self.anchor_words = set(self.number_words) | {w for w in self.scales if w not in self.multipliers} | \
            set(self.fractions) | self.one_words | {v.split()[0] for v in self.vague} | set(self.fixed_counts)
        self.anchor_words -= {w for w in self.scales if not self._self_counting(w)}

        codes = [c for c in self.currency_symbols if c.isalpha()]
        self.rx_unit = re.compile(
            rf"(?:\s*|-)(?:(?P<sym>{alternation(self.unit_symbols, nocase=False)})|(?P<word>{alternation(self.unit_words)})"
            rf"|(?P<cur>{alternation(self.currency_words)})|(?P<code>{alternation(codes, nocase=False)}))(?![^\W_])")
        self.rx_unit_glued = re.compile(rf"(?P<sym>{alternation(self.unit_symbols, nocase=False)})(?![^\W_])")
        self.rx_scale_glued = re.compile(rf"(?P<s>{alternation(self.scale_abbr, nocase=False)})(?![^\W_])")
        self.rx_scale_spaced = re.compile(rf"\s*(?P<s>{alternation(self.scale_abbr, nocase=False)})(?![^\W_])")
        self.rx_cur_prefix = re.compile(rf"(?<![^\W\d_])(?P<c>{alternation(self.currency_symbols, nocase=False)})\s*$")
        self.rx_approx = re.compile(rf"(?<!\w)(?P<a>{alternation(self.approx)})\s+$")
        self.rx_opener = re.compile(rf"(?<!\w)(?P<o>{alternation(lists.get('range_openers', []))})\s+$")
        self.rx_range = re.compile(rf"\s*(?:(?P<dash>[-–—])|(?P<w>{alternation(lists.get('range_words', []))})(?!\w)"
                                   rf"|(?P<and>{alternation(lists.get('range_and', []))})(?!\w))\s*")
        self.rx_ref = re.compile(rf"(?<![^\W\d_]){alternation(lists.get('reference_words', []))}\.?\s*\(?\s*$")
        self.rx_score = re.compile(rf"(?<!\w){alternation(lists.get('score_words', []))}(?!\w)")
        self.rx_vague = re.compile(rf"(?P<v>{alternation(self.vague)})(?!\w)")
        self.rx_vague_join = re.compile(rf"\s+{alternation(lists.get('vague_joiners', []))}(?=\s)")
        self.rx_noun_join = re.compile(rf"\s+{alternation(lists.get('noun_joiners', []))}(?=\s)")
        self.rx_state = re.compile(rf"\s+{alternation(lists.get('noun_state_words', []))}(?![\w-])")
        self.rx_nword = re.compile(r"\s+([^\W\d_]+(?:-[^\W\d_]+)*)")
        self.rx_sep_word = re.compile(r"(?:\s+|\s*-\s*)([^\W\d_]+)")
        self.fraction_needs = list(lists.get("fraction_needs", []))
        self.rx_fraction_need = re.compile(rf"\s+{alternation(self.fraction_needs)}(?!\w)")

    def _self_counting(self, w: str) -> bool:
        """Scale words that carry their own one ("seribu") may start a number; "ribu" may not."""
        return any(w.startswith(p) and w[len(p):] in self.scales for p in ("se",))

    # ---------------------------------------------------------------- numbers

    def numeral(self, s: str) -> Optional[float]:
        """A digit string read with this language's separators; None when it is no valid number."""
        t, dsep = self.tsep, self.dsep
        if len(s) > 1 and s[0] == "0" and s[1].isdigit():
            return None  # "0812...", "007": codes, not amounts
        intpart, _, frac = s.partition(dsep) if dsep in s else (s, "", "")
        if frac and not frac.isdigit():
            return None
        if t in intpart:
            groups = intpart.split(t)
            if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups[1:])):
                return None
            intpart = "".join(groups)
        if not intpart.isdigit() or len(intpart) > 15:
            return None
        return float(f"{intpart}.{frac}") if frac else float(intpart)

    def words_at(self, text: str, pos: int) -> Optional[_Num]:
        """A number written in words starting at ``pos`` ("dua ratus lima puluh", "twenty-five", "a hundred")."""
        total = current = 0.0
        pending: Optional[float] = None
        end = pos
        got = False
        weak = True
        p = pos
        first = True
        while True:
            m = _WORD.match(text, p) if first else self.rx_sep_word.match(text, p)
            if not m:
                break
            w = word_key(m.group(1) if not first else m.group(0))
            wend = m.end()
            if first and m.group(0)[:1].isupper() and not _sentence_start(text, pos):
                return None  # "Lima" (the city), "Seven Oaks"
            if w in self.number_words:
                if pending is not None:
                    break
                v = self.number_words[w]
                if v < 10:
                    pending = v
                else:
                    if current % 100 and v >= 10:
                        break
                    current += v
                weak = weak and w in self.weak
            elif w in self.one_words and first:
                nxt = self.rx_sep_word.match(text, wend)
                nw = word_key(nxt.group(1)) if nxt else ""
                if not (nw in self.multipliers or nw in self.scales or nw in self.dozens or nw in self.denominators
                        or nw in self.unit_words):  # "a hundred", "a dozen", "an hour"
                    return None
                pending = 1.0
            elif w in self.teen and pending is not None:
                current += pending + 10
                pending = None
                weak = False
            elif w in self.multipliers and (pending is not None or current == 0) and not first:
                current += (pending if pending is not None else 1.0) * self.multipliers[w]
                pending = None
                weak = False
            elif w in self.scales and (got or self._self_counting(w)):
                total += ((current + (pending or 0)) or 1.0) * self.scales[w]
                current, pending = 0.0, None
                weak = False
            else:
                break
            got = True
            first = False
            end = wend
            p = wend
        if not got:
            return None
        value = total + current + (pending or 0)
        return _Num(pos, end, value=value, weak=weak, words=True)

    def number_at(self, text: str, pos: int) -> Optional[_Num]:
        """A numeral or number words at ``pos``, with its scale words ("1,5 juta", "two million")."""
        m = _NUMERAL.match(text, pos)
        if m:
            v = self.numeral(m.group())
            if v is None:
                return None
            num = _Num(pos, m.end(), value=v, plain_year=(m.group().isdigit() and len(m.group()) == 4))
        else:
            num = self.words_at(text, pos)
            if num is None:
                return None
        self._scale(text, num)
        return num

    def _scale(self, text: str, num: _Num) -> None:
        while True:
            m = self.rx_sep_word.match(text, num.end)
            if not m or "-" in text[num.end:m.start(1)]:
                break
            w = word_key(m.group(1))
            factor = self.multipliers.get(w) if not num.words else None
            factor = factor or self.scales.get(w)
            if not factor:
                break
            num.value = (num.value or 0) * factor if num.value is not None else None
            num.vmin = num.vmin * factor if num.vmin is not None else None
            num.vmax = num.vmax * factor if num.vmax is not None else None
            num.end = m.end()
            num.scaled = True
            num.weak = False

    def vague_at(self, text: str, pos: int) -> Optional[_Num]:
        m = self.rx_vague.match(text, pos)
        if not m:
            return None
        if m.group(0)[:1].isupper() and not _sentence_start(text, pos):
            return None
        spec = self.vague[word_key(m.group("v"))]
        num = _Num(pos, m.end(), vmin=float(spec["min"]), vmax=float(spec["max"]) if "max" in spec else None, words=True)
        j = self.rx_vague_join.match(text, num.end)
        probe = j.end() if j else num.end
        w = self.rx_sep_word.match(text, probe)
        if w and j and word_key(w.group(1)) in self.vague_scales:  # "tens of thousands"
            f = self.vague_scales[word_key(w.group(1))]
            num.vmin = num.vmin * f
            num.vmax = num.vmax * f if num.vmax is not None else None
            num.end = w.end()
        elif w and (word_key(w.group(1)) in self.scales or word_key(w.group(1)) in self.multipliers):
            num.end = probe
            num.words = False  # let multipliers ("beberapa ratus") apply
            self._scale(text, num)
            num.words = True
        elif spec.get("needs_scale"):
            return None
        return num


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENT_END


@functools.cache
def lexicon(code: Optional[str]) -> QuantityLexicon:
    return QuantityLexicon(code or langpacks.COMMON)


class _Masks(list):
    """Mask spans with their starts sorted and the running maximum of their ends: "does any mask
    overlap [s, e)?" by one bisection instead of a scan of every mask per number."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        super().__init__(sorted(spans))
        self.starts = [a for a, _ in self]
        self.max_end = list(itertools.accumulate((b for _, b in self), max))


def _masked(s: int, e: int, masks: Sequence[tuple[int, int]]) -> bool:
    if isinstance(masks, _Masks):
        k = bisect.bisect_left(masks.starts, e)  # the masks starting before e ...
        return k > 0 and masks.max_end[k - 1] > s  # ... any of which ends after s
    return any(s < b and a < e for a, b in masks)


def _head_unit(lx: QuantityLexicon, head: str) -> str:
    h = word_key(head)
    if h in lx.count_units:
        return lx.count_units[h]
    parts = h.split("-")
    if len(parts) == 2 and parts[0] == parts[1]:  # Indonesian plural by reduplication: "roket-roket"
        h = parts[0]
        if h in lx.count_units:
            return lx.count_units[h]
    for suffix, repl in lx.plural:
        if h.endswith(suffix) and len(h) > len(suffix) + 2:
            return h[: len(h) - len(suffix)] + repl
    return h


def _noun(lx: QuantityLexicon, text: str, pos: int, allow_joiner: bool) -> tuple[Optional[str], Optional[str], int]:
    """(noun as written, unit tag, end) of the counted noun phrase after ``pos``."""
    p = pos
    if allow_joiner:
        j = lx.rx_noun_join.match(text, p)
        if j:
            p = j.end()
    words: list[re.Match] = []
    q = p
    while len(words) < lx.max_noun + (1 if words and word_key(words[0].group(1)) in lx.classifiers else 0):
        m = lx.rx_nword.match(text, q)
        if not m:
            break
        w = word_key(m.group(1))
        if w in lx.stopwords or w in lx.approx or w in lx.number_words or w in lx.unit_words or w in lx.vague:
            break
        if lx.rx_state.match(text, q):
            break
        if words and w not in lx.count_units and (w.startswith(lx.stop_prefixes) if lx.stop_prefixes else False):
            break
        if words and lx.stop_suffixes and w.endswith(lx.stop_suffixes) and w not in lx.count_units:
            break
        if lx.head_first and m.group(1)[:1].isupper():
            break  # a proper name is not a counted noun ("20 Australia")
        words.append(m)
        q = m.end()
        if not lx.head_first and w in lx.count_units:
            break
    if not words:
        return None, None, pos
    cls = word_key(words[0].group(1))
    if cls in lx.classifiers:
        # a classifier that is itself a counted noun ("orang") takes only a known noun after it
        if len(words) > 1 and (cls not in lx.count_units or word_key(words[1].group(1)) in lx.count_units):
            head_words = words[1:2]
            words = words[:2]
        else:
            head_words = words[:1]
            words = words[:1]
    else:
        head_words = words
    head = head_words[0].group(1) if lx.head_first else head_words[-1].group(1)
    if head[:1].isupper():
        return None, None, pos  # "three US" is not a count of a thing called "US"
    end = words[-1].end()
    st = lx.rx_state.match(text, end)
    noun_start = head_words[0].start(1)
    if st:
        end = st.end()
    return text[noun_start:end], _head_unit(lx, head), end


def _unit_after(lx: QuantityLexicon, text: str, pos: int) -> tuple[Optional[str], int]:
    m = lx.rx_unit_glued.match(text, pos)
    if m is None:
        m = lx.rx_unit.match(text, pos)
    if not m:
        return None, pos
    if m.groupdict().get("sym"):
        return lx.unit_symbols[m.group("sym")], m.end()
    if m.groupdict().get("word"):
        return lx.unit_words[word_key(m.group("word"))], m.end()
    if m.groupdict().get("cur"):
        return lx.currency_words[word_key(m.group("cur"))], m.end()
    return lx.currency_symbols[m.group("code")], m.end()


def _read(lx: QuantityLexicon, text: str, pos: int, masks: Sequence[tuple[int, int]]) -> tuple[Optional[Quantity], int]:
    """The quantity anchored at ``pos`` (or None) and where scanning resumes."""
    first = text[pos]
    num, early = _anchor(lx, text, pos, masks)
    if early is not None:
        return early
    start, end = num.start, num.end
    if _masked(start, end, masks):
        return None, end
    end = _dozens(lx, text, num, end)
    # what stands before: currency, approximator, range opener, labels
    left = text[max(0, start - 40):start]
    currency = None
    cm = lx.rx_cur_prefix.search(left)
    if cm:
        currency = lx.currency_symbols[cm.group("c")]
        start -= len(left) - cm.start()
        left = text[max(0, start - 40):start]
    elif start > 0 and (text[start - 1].isalpha() or (text[start - 1] in "-–" and start > 1 and text[start - 2].isalnum())):
        return None, end  # "G20", "F-16", "ke-2", "COVID-19"
    if not first.isdigit() and start > 0 and text[start - 1] in "-–":
        return None, end
    if lx.rx_ref.search(left):
        return None, end
    kind = None
    am = lx.rx_approx.search(left)
    opener = lx.rx_opener.search(left)
    suffix_end = _suffix(lx, text, num, end, currency)
    if suffix_end is None:
        return None, end
    end = suffix_end
    vmin, vmax, end, refused = _range(lx, text, num, start, end, masks, currency, opener)
    if refused is not None:
        return None, refused
    if vmin is not None and opener:
        start -= len(left) - opener.start()
        left = text[max(0, start - 40):start]
    if vmin is None and am and not opener:
        kind = lx.approx[word_key(am.group("a"))]
        start -= len(left) - am.start()
    unit, uend = _unit_after(lx, text, end)
    noun = None
    if unit is None and currency is None:
        noun, unit, nend = _noun(lx, text, end, allow_joiner=not num.weak)
        if noun is not None:
            end = nend
    else:
        end = max(end, uend)
    if currency:
        unit = currency
    if num.value is None and vmin is None and unit is None and noun is None:
        return None, end  # "beberapa" alone is a determiner, not an amount
    if start > 0 and text[start - 1] == "(" and re.match(r"\s*\)", text[end:end + 3]) and unit is None and noun is None:
        return None, end  # "(38)", "ayat (2)": ages and list labels
    known = unit is not None and (unit in lx.unit_defs or unit in set(lx.count_units.values()))
    if num.weak and not (known or (noun and noun[:1].islower())):
        return None, end
    if num.plain_year and not (known or currency or num.scaled) and 1800 <= (num.value or 0) <= 2199:
        return None, end
    prev = re.search(r"([^\W\d_][\w.-]*)\s+$", text[max(0, start - 40):start]) if first.isdigit() else None
    if prev and prev.group(1)[:1].isupper() and not _sentence_start(text, start - len(prev.group(0))) \
            and not (known or currency or num.scaled) and not am:
        return None, end  # "Boeing 737", "Windows 10", "Liga 1"
    return _quantity(lx, text, num, start, end, unit, noun, vmin, vmax, kind), end


def _anchor(lx: QuantityLexicon, text: str, pos: int, masks: Sequence[tuple[int, int]]) -> tuple[Optional[_Num], Optional[tuple]]:
    """The number read at ``pos`` (a vague amount, a numeral, a fraction), or the early answer of :func:`_read`."""
    first = text[pos]
    num = None
    if not first.isdigit():
        num = lx.vague_at(text, pos)
    if num is None:
        num = lx.number_at(text, pos)
        if num is not None and num.words and num.value is not None:
            # fractions: "dua pertiga", "two-thirds", "a third", "satu setengah"
            m = lx.rx_sep_word.match(text, num.end)
            if m and word_key(m.group(1)) in lx.denominators and not num.scaled and num.value <= 20 and \
                    (num.value > 1 or not lx.fraction_needs or lx.rx_fraction_need.match(text, m.end())):
                num.value = num.value / lx.denominators[word_key(m.group(1))]
                num.end = m.end()
                num.weak = False
                num.scaled = True  # a fraction: no further scale
    w = _WORD.match(text, pos) if num is None else None
    if w and w.group(0).lower() in lx.fixed_counts:  # "twice"
        v, u = lx.fixed_counts[w.group(0).lower()]
        if _masked(pos, w.end(), masks) or (w.group(0)[:1].isupper() and not _sentence_start(text, pos)):
            return None, (None, w.end())
        return None, (Quantity(text=w.group(0), start=pos, end=w.end(), value=float(v), unit=u), w.end())
    if w and word_key(w.group(0)) in lx.fractions and (not lx.fraction_needs or lx.rx_fraction_need.match(text, w.end())):
        num = _Num(pos, w.end(), value=lx.fractions[word_key(w.group(0))], words=True)
    if num is None:
        m = _ANCHOR.match(text, pos)
        return None, (None, (m.end() if m else pos + 1))
    return num, None


def _dozens(lx: QuantityLexicon, text: str, num: _Num, end: int) -> int:
    """ "dua lusin", "beberapa lusin", "a dozen", "several dozen": the number times the dozen word; the new end."""
    m = lx.rx_sep_word.match(text, end)
    if m and word_key(m.group(1)) in lx.dozens and "-" not in text[end:m.start(1)]:
        f = lx.dozens[word_key(m.group(1))]
        num.value = num.value * f if num.value is not None else None
        num.vmin = num.vmin * f if num.vmin is not None else None
        num.vmax = num.vmax * f if num.vmax is not None else None
        end = num.end = m.end()
        num.weak = False
    return end


def _suffix(lx: QuantityLexicon, text: str, num: _Num, end: int, currency: Optional[str]) -> Optional[int]:
    """A glued unit or scale ("10km", "£5m"), or a spaced scale after a currency: the new end; None for a label ("4G")."""
    if end < len(text) and text[end].isalpha() and not num.words:
        gm = lx.rx_scale_glued.match(text, end)
        if gm and not lx.rx_unit_glued.match(text, end) or (gm and currency):
            num.value = (num.value or 0) * lx.scale_abbr[gm.group("s")]
            end = gm.end()
            num.scaled = True
        elif not lx.rx_unit_glued.match(text, end):
            return None
    elif currency and not num.words:
        sm = lx.rx_scale_spaced.match(text, end)
        if sm:
            num.value = (num.value or 0) * lx.scale_abbr[sm.group("s")]
            end = sm.end()
            num.scaled = True
    return end


def _range(lx: QuantityLexicon, text: str, num: _Num, start: int, end: int, masks: Sequence[tuple[int, int]],
           currency: Optional[str], opener) -> tuple[Optional[float], Optional[float], int, Optional[int]]:
    """ "2-3 km", "antara 50 dan 100", "dua atau tiga", but not "2-1": (min, max, end, where to resume if refused)."""
    rm = lx.rx_range.match(text, end)
    vmin = vmax = None
    if rm and num.value is not None and (not rm.group("and") or opener):
        second = lx.number_at(text, rm.end())
        if second is not None and second.value is not None and not _masked(second.start, second.end, masks):
            v1, v2 = num.value, second.value
            if second.scaled and not num.scaled:
                v1 = v1 * (second.value / _unscaled(lx, text, second))
            score_ctx = lx.rx_score.search(text[max(0, start - 40):start])
            if rm.group("dash") and (v1 >= v2 or score_ctx) and not currency:
                return None, None, end, second.end  # a score or a label, not an amount
            if v1 < v2:
                vmin, vmax = v1, v2
                end = second.end
                num.value = None
                num.weak = False
    return vmin, vmax, end, None


def _quantity(lx: QuantityLexicon, text: str, num: _Num, start: int, end: int, unit: Optional[str], noun: Optional[str],
              vmin: Optional[float], vmax: Optional[float], kind: Optional[str]) -> Quantity:
    """The item: a value, a range or a bound ("lebih dari 10"), with its SI value when the unit has one."""
    q = Quantity(text=text[start:end], start=start, end=end, unit=unit, noun=noun)
    if vmin is not None:
        q.min, q.max = vmin, vmax
    elif num.value is None:
        q.min, q.max = num.vmin, num.vmax
    else:
        q.value = num.value
        if kind == "min":
            q.min = num.value
        elif kind == "max":
            q.max = num.value
    base = q.value if q.value is not None else q.min
    spec = lx.unit_defs.get(unit or "", {})
    if base is not None and spec.get("si"):
        q.si_value = base * float(spec.get("factor", 1.0))
        q.si_unit = spec["si"]
    return q


def _unscaled(lx: QuantityLexicon, text: str, num: _Num) -> float:
    """The value of a number before its scale words (to carry "2 juta" back onto "1,5-")."""
    m = _NUMERAL.match(text, num.start)
    if m:
        return lx.numeral(m.group()) or 1.0
    w = lx.words_at(text, num.start)
    return (w.value if w and w.value else 1.0)


def parse(text: str, lang: Optional[str], masks: Optional[Sequence[tuple[int, int]]] = None) -> list[Quantity]:
    """Quantities in ``text``; offsets into ``text``. ``masks`` are spans known not to be amounts
    (by default the temporal expressions, URLs and phone numbers of the text)."""
    if not text:
        return []
    lx = lexicon(lang)
    spans = list(masks) if masks is not None else dates.spans(text, lang)
    spans = _Masks(spans + url_spans(text) + [m.span() for m in _PHONE.finditer(text)])
    out: list[Quantity] = []
    anchors = lx.anchor_words
    # session 29 (speed): one finditer walks the words (what ``_ANCHOR.search(text, m.end())`` finds next, without a
    # search call per word, ~700 an article); it starts again only where a read moved past the last match
    pos = 0
    n = len(text)
    while pos < n:
        for m in _ANCHOR.finditer(text, pos):
            tok = m.group()
            if tok[0].isdigit():
                if m.start() > 0 and text[m.start() - 1].isdigit():
                    continue
            elif tok.lower() not in anchors:
                continue
            q, nxt = _read(lx, text, m.start(), spans)
            if q is not None and q.end > q.start and (not out or q.start >= out[-1].end):
                out.append(q)
            pos = max(nxt, m.end())
            if pos > m.end():
                break  # the read went past this word: look again from where it stopped
        else:
            break
    return out


@stage("quantities", requires=("text",), assigns=("quantities",), topic="quantities")
class QuantityStage:
    """Fills ``record.quantities``; dates found by the temporal stage are not read as numbers."""

    def __init__(self, preload: tuple[str, ...] = ("id", "en")):
        langpacks.warm(preload, "quantities", lexicon)

    def __call__(self, record: Article) -> Article:
        if "temporal" in record.stages:
            masks = [(d.start, d.end) for d in record.dates]
        else:
            masks = dates.spans(record.text, record.lang)
        record.quantities = parse(record.text, record.lang, masks)
        return record
