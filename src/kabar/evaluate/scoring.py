"""Scoring by exactly the rules of GOLD.md, per article, micro-averaged over a set.

Predictions are plain dicts in the record's shape (``Article.to_dict()``), so
records made elsewhere score the same way as kabar's own.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, fields
from difflib import SequenceMatcher
from typing import Any, Iterable, Optional

from kabar.text.names import fold  # GOLD.md's name folding

_WORD = re.compile(r"\w+")


def tokens(text: Optional[str]) -> list[str]:
    """Lower-cased words, punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())


def token_f1(a: Optional[str], b: Optional[str]) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


class _Counts:
    """Counts that add up over articles (micro-averaging): every field is summed."""

    def __iadd__(self, other):
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self


@dataclass
class PRF(_Counts):
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"matched": self.matched, "predicted": self.predicted, "gold": self.gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Ratio(_Counts):
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"hits": self.hits, "total": self.total, "ratio": round(self.value, 4)}


@dataclass
class Scores:
    entities: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    quote_kind: Ratio = field(default_factory=Ratio)
    events: PRF = field(default_factory=PRF)
    event_modality: Ratio = field(default_factory=Ratio)
    event_claimant: Ratio = field(default_factory=Ratio)
    # Event F1 under relaxed matching (RELAXED_EVENTS): how much each field costs; scores, not the rule.
    events_no_date: PRF = field(default_factory=PRF)
    events_no_date_recipient: PRF = field(default_factory=PRF)
    events_category_only: PRF = field(default_factory=PRF)
    boilerplate_recall: Ratio = field(default_factory=Ratio)
    boilerplate_precision_chars: Ratio = field(default_factory=Ratio)
    dates_recall: Ratio = field(default_factory=Ratio)
    quantities_recall: Ratio = field(default_factory=Ratio)
    title: Ratio = field(default_factory=Ratio)
    original_outlet: Ratio = field(default_factory=Ratio)

    def __iadd__(self, other: "Scores") -> "Scores":
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            value += getattr(other, name)
        return self

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name).as_dict() for name in self.__dataclass_fields__}


# ---------------------------------------------------------------- names

class NameBook:
    """Gold entities by folded name, so a speaker/claimant name can be checked against aliases."""

    def __init__(self, gold_entities: Iterable[dict[str, Any]]):
        self.forms: dict[str, set[str]] = {}
        for e in gold_entities:
            self.forms.setdefault(fold(e.get("name")), set()).update(_entity_names(e))

    def matches(self, predicted: Optional[str], gold: Optional[str]) -> bool:
        if gold is None or predicted is None:
            return gold is None and predicted is None
        g, p = fold(gold), fold(predicted)
        return p == g or p in self.forms.get(g, set())


def _entity_names(e: dict[str, Any]) -> set[str]:
    names = {fold(e.get("name"))} | {fold(a) for a in e.get("aliases") or []}
    names.discard("")
    return names


def _default_preference(p, g, i):
    return (bool(g.get("optional")), i)


def _greedy_pairs(preds, golds, candidates, prefer=_default_preference) -> list[tuple[int, int]]:
    """Match predictions to unmatched gold items, each used once, by GOLD.md's preferences.

    All candidate pairs are ranked by ``prefer`` (required gold first, then the rule's own
    preferences), ties broken by prediction order then gold order, and taken greedily. Ranking
    pairs rather than walking predictions in order keeps the figures independent of the order
    in which a record lists its items: a restatement listed first cannot take the required gold
    item from the prediction that agrees with it on modality and claimant.

    Returns the (prediction index, gold index) pairs in the order they are taken, optional gold included.
    """
    ranked = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            if candidates(p, g):
                ranked.append((prefer(p, g, gi), pi, gi))
    ranked.sort(key=lambda r: (r[0], r[1], r[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, pi, gi in ranked:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        pairs.append((pi, gi))
    return pairs


def _greedy(preds, golds, candidates, prefer=_default_preference):
    """:func:`_greedy_pairs` counted: (required matched, optional matched, required pairs)."""
    return _tally(preds, golds, _greedy_pairs(preds, golds, candidates, prefer))


def _tally(preds, golds, matched: list[tuple[int, int]]):
    """(required matched, optional matched, required pairs) of matched (prediction, gold) indices."""
    req = opt = 0
    pairs = []
    for pi, gi in matched:
        g = golds[gi]
        if g.get("optional"):
            opt += 1
        else:
            req += 1
            pairs.append((preds[pi], g))
    return req, opt, pairs


def _prf(req: int, opt: int, n_pred: int, golds: list[dict[str, Any]]) -> PRF:
    return PRF(matched=req, predicted=n_pred - opt, gold=sum(1 for g in golds if not g.get("optional")))


# ---------------------------------------------------------------- entities

def _body_and_removed(text: Optional[str], removed: list[dict[str, Any]]) -> tuple[str, str]:
    if not text:
        return "", ""
    body = fold(text)
    cut = []
    for r in removed:
        f = fold(r.get("text"))
        if f:
            body = body.replace(f, " ")
            cut.append(f)
    return body, " \n ".join(cut)


def _contains_word(hay: str, needle: str) -> bool:
    return bool(needle) and re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay) is not None


def score_entities(pred: list[dict[str, Any]], gold: list[dict[str, Any]], article_text: Optional[str] = None, gold_removed=()) -> PRF:
    body, removed = _body_and_removed(article_text, list(gold_removed))
    usable, only_removed = [], 0
    for e in pred:
        surfaces = {fold(e.get("name"))} | {fold(m.get("text")) for m in e.get("mentions") or []}
        surfaces.discard("")
        if removed and surfaces and not any(_contains_word(body, s) for s in surfaces) and any(_contains_word(removed, s) for s in surfaces):
            only_removed += 1  # found only inside removed text: a false positive, whatever it matches
            continue
        usable.append(e)
    req, opt, _ = _greedy(usable, gold, lambda p, g: p.get("type") == g.get("type") and fold(p.get("name")) in _entity_names(g))
    return _prf(req, opt, len(pred), gold)


# ---------------------------------------------------------------- quotes

def score_quotes(pred: list[dict[str, Any]], gold: list[dict[str, Any]], names: NameBook) -> tuple[PRF, Ratio]:
    def cand(p, g):
        return names.matches(p.get("speaker_name"), g.get("speaker")) and token_f1(p.get("text"), g.get("text")) >= 0.5

    def prefer(p, g, i):
        return (bool(g.get("optional")), -token_f1(p.get("text"), g.get("text")), i)

    req, opt, pairs = _greedy(pred, gold, cand, prefer)
    kind = Ratio(sum(1 for p, g in pairs if p.get("kind") == g.get("kind")), len(pairs))
    return _prf(req, opt, len(pred), gold), kind


# ---------------------------------------------------------------- events

def _codes(refs: Any) -> Optional[set[str]]:
    """Three-letter codes of a predicted actor list; None when no actor has a code."""
    if refs is None:
        return None
    if isinstance(refs, str):
        refs = [{"code": refs}]
    if isinstance(refs, dict):
        refs = [refs]
    codes = {str(r.get("code"))[:3].upper() for r in refs if isinstance(r, dict) and r.get("code")}
    return codes or None


def _gold_accepts(gold_value: Any, predicted: Optional[set[str]]) -> bool:
    options = gold_value if isinstance(gold_value, list) else [gold_value]
    for o in options:
        if o is None and predicted is None:
            return True
        if o is not None and predicted is not None and str(o)[:3].upper() in predicted:
            return True
    return False


def _claimant_name(p: dict[str, Any]) -> Optional[str]:
    c = p.get("claimant")
    if isinstance(c, dict):
        return c.get("name")
    return c


def _gold_categories(g: dict[str, Any]) -> set[str]:
    """GOLD.md: a gold ``event`` is one PLOVER category or a list of equally supported ones."""
    value = g.get("event")
    return {str(v) for v in value} if isinstance(value, list) else {str(value)}


def event_fails(p: dict[str, Any], g: dict[str, Any]) -> list[str]:
    """The fields ("category", "actor", "recipient", "date") on which a predicted event misses a gold
    one; a pair with none can match."""
    out = []
    if p.get("event") not in _gold_categories(g):
        out.append("category")
    if not _gold_accepts(g.get("actor"), _codes(p.get("actor"))):
        out.append("actor")
    if not _gold_accepts(g.get("recipient"), _codes(p.get("recipient"))):
        out.append("recipient")
    if not (g.get("date") is None or p.get("date") == g.get("date")):
        out.append("date")
    return out


# Relaxed event matching: the Scores field and the event_fails fields it ignores. GOLD.md's rule is
# the strict one (``events``); these tell what the date, the recipient and the actors cost.
RELAXED_EVENTS = (
    ("events_no_date", frozenset({"date"})),
    ("events_no_date_recipient", frozenset({"date", "recipient"})),
    ("events_category_only", frozenset({"date", "recipient", "actor"})),
)


def match_events(pred: list[dict[str, Any]], gold: list[dict[str, Any]], names: NameBook,
                 ignore: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The (prediction index, gold index) pairs :func:`score_events` matches, optional gold included:
    among candidates, required gold first, then agreeing modality, then agreeing claimant.
    ``ignore``: event_fails fields that do not stop a match (the relaxed scores)."""
    def prefer(p, g, i):
        return (
            bool(g.get("optional")),
            p.get("modality") != g.get("modality"),
            not names.matches(_claimant_name(p), g.get("claimant")),
            i,
        )

    return _greedy_pairs(pred, gold, lambda p, g: not set(event_fails(p, g)) - ignore, prefer)


def score_events(pred: list[dict[str, Any]], gold: list[dict[str, Any]], names: NameBook) -> tuple[PRF, Ratio, Ratio]:
    req, opt, pairs = _tally(pred, gold, match_events(pred, gold, names))
    modality = Ratio(sum(1 for p, g in pairs if p.get("modality") == g.get("modality")), len(pairs))
    claimant = Ratio(sum(1 for p, g in pairs if names.matches(_claimant_name(p), g.get("claimant"))), len(pairs))
    return _prf(req, opt, len(pred), gold), modality, claimant


def score_events_relaxed(pred: list[dict[str, Any]], gold: list[dict[str, Any]], names: NameBook) -> dict[str, PRF]:
    """Event P/R/F1 under each RELAXED_EVENTS matching, by Scores field name."""
    out = {}
    for name, ignore in RELAXED_EVENTS:
        req, opt, _ = _tally(pred, gold, match_events(pred, gold, names, ignore))
        out[name] = _prf(req, opt, len(pred), gold)
    return out


# ---------------------------------------------------------------- boilerplate

def _covered(gold_text: str, pred_text: str) -> int:
    m = SequenceMatcher(None, gold_text, pred_text, autojunk=False)
    return sum(b.size for b in m.get_matching_blocks())


def score_boilerplate(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> tuple[Ratio, Ratio]:
    golds = [fold(g.get("text")) for g in gold if fold(g.get("text"))]
    preds = [fold(p.get("text")) for p in pred if fold(p.get("text"))]
    found = sum(1 for g in golds if any(_covered(g, p) >= 0.9 * len(g) for p in preds))
    right_chars = sum(max((_covered(p, g) for g in golds), default=0) for p in preds)
    return Ratio(found, len(golds)), Ratio(right_chars, sum(len(p) for p in preds))


# ---------------------------------------------------------------- dates and quantities

def score_dates(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> Ratio:
    pool = Counter(str(p.get("value")) for p in pred if p.get("value") is not None)
    hits = 0
    for g in gold:
        v = str(g.get("value"))
        if pool[v] > 0:
            pool[v] -= 1
            hits += 1
    return Ratio(hits, len(gold))


def _number(item: dict[str, Any]) -> Optional[float]:
    v = item.get("value")
    if v is None:
        v = item.get("min")
    try:
        return None if v is None else float(v)
    except (TypeError, ValueError):
        return None


def score_quantities(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> Ratio:
    pool = [_number(p) for p in pred]
    hits = 0
    for g in gold:
        target = _number(g)
        for i, v in enumerate(pool):
            if v is not None and target is not None and abs(v - target) < 1e-9:
                pool[i] = None
                hits += 1
                break
    return Ratio(hits, len(gold))


# ---------------------------------------------------------------- one article

def score_article(pred: dict[str, Any], gold: dict[str, Any], article_text: Optional[str] = None) -> Scores:
    names = NameBook(gold.get("entities") or [])
    s = Scores()
    s.entities = score_entities(pred.get("entities") or [], gold.get("entities") or [], article_text, gold.get("removed") or [])
    s.quotes, s.quote_kind = score_quotes(pred.get("quotes") or [], gold.get("quotes") or [], names)
    s.events, s.event_modality, s.event_claimant = score_events(pred.get("events") or [], gold.get("events") or [], names)
    for name, prf in score_events_relaxed(pred.get("events") or [], gold.get("events") or [], names).items():
        setattr(s, name, prf)
    s.boilerplate_recall, s.boilerplate_precision_chars = score_boilerplate(pred.get("removed") or [], gold.get("removed") or [])
    s.dates_recall = score_dates(pred.get("dates") or [], gold.get("dates") or [])
    s.quantities_recall = score_quantities(pred.get("quantities") or [], gold.get("quantities") or [])
    s.title = Ratio(int(fold(pred.get("title")) == fold(gold.get("title"))), 1) if "title" in gold else Ratio()
    if "original_outlet" in gold:
        s.original_outlet = Ratio(int(fold(pred.get("original_outlet")) == fold(gold.get("original_outlet"))), 1)
    return s
