"""One real-world event, many reports: events from different articles joined into clusters.

Two events are taken as the same when

* they have the same PLOVER category, and their days (the event's own, else the article's
  publication day) lie within :data:`WINDOW_DAYS`;
* no stated party contradicts the other's (actor countries, recipient countries, place
  countries: the first three letters of the codes, as GOLD.md scores actors), and at least one
  side, actor or recipient, is stated on both and agrees;
* and something ties the two to one act, not just to one country and kind of act (most of a
  country's domestic news is IDN acting on IDN): a shared number (dead, injured, size, amount);
  in one language, evidence sharing content words beyond the trigger and common words (two
  at least, or all of the shorter evidence's; names are words of the evidence), or the very
  same evidence words; across languages, a shared named party, or, for a report and its
  known translation, the full actor code (country and role) on a stated side.

A new event joins the cluster whose every member within the window it matches (complete
linkage, so no chain of pairwise matches merges two different acts), the best-scoring such
cluster; nothing already clustered is recomputed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Optional

from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.engine import Connection

from kabar.lang import pack
from kabar.names import fold
from kabar.record import Article, Event
from kabar.store.schema import article_links, articles, event_clusters, events

WINDOW_DAYS = 2
#: Share of evidence content words two same-language reports of one act have in common at least.
EVIDENCE_OVERLAP = 0.4
MIN_SHARED_WORDS = 2
_CONTENT = re.compile(r"\w{4,}", re.UNICODE)


@dataclass(frozen=True)
class EventKey:
    """What clustering compares, for a stored or a new event."""

    category: str
    day: Optional[dt.date]
    actors: frozenset[str] = field(default_factory=frozenset)
    recipients: frozenset[str] = field(default_factory=frozenset)
    place: Optional[str] = None
    point: Optional[str] = None
    lang: Optional[str] = None
    group: Optional[str] = None
    words: frozenset[str] = field(default_factory=frozenset)
    evidence: str = ""
    names: frozenset[str] = field(default_factory=frozenset)
    numbers: frozenset[float] = field(default_factory=frozenset)
    full_actors: frozenset[str] = field(default_factory=frozenset)
    full_recipients: frozenset[str] = field(default_factory=frozenset)


def _countries(refs: Iterable[dict[str, Any]]) -> frozenset[str]:
    return frozenset(r["code"][:3] for r in refs if r.get("code"))


def _day(value: Optional[str], fallback: Optional[dt.date]) -> Optional[dt.date]:
    if value and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    return fallback


def _place_country(event_loc: Any) -> Optional[str]:
    """The country of an event's location (the places stage's object), or None."""
    if isinstance(event_loc, dict):
        code = event_loc.get("country")
        return code[:3] if code else None
    return None


def _place_point(event_loc: Any) -> Optional[str]:
    """A city-precise location's gazetteer id (or name): two different ones are two different acts."""
    if isinstance(event_loc, dict) and event_loc.get("precision") == "city":
        return str(event_loc.get("id") or event_loc.get("gazetteer_id") or event_loc.get("name") or "") or None
    return None


def _names(refs: Iterable[dict[str, Any]]) -> set[str]:
    """Words of the parties' names, for parties linked to a named entity (not "police", "warga")."""
    return {w for r in refs if r.get("entity") and r.get("name") for w in _CONTENT.findall(fold(r["name"]))}


def _numbers(data: dict[str, Any]) -> frozenset[float]:
    values = [data.get("dead"), data.get("injured"), data.get("size"), (data.get("quantity") or {}).get("value")]
    return frozenset(float(v) for v in values if v)


@lru_cache(maxsize=None)
def _stopwords(lang: Optional[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in pack(lang).data("across").get("stopwords", [])) if lang else frozenset()


def _evidence_words(evidence: str, trigger: str, lang: Optional[str]) -> frozenset[str]:
    """Content words of the evidence that are not the trigger (same category already means a similar trigger)."""
    drop = set(_CONTENT.findall(fold(trigger))) | _stopwords(lang)
    return frozenset(w for w in _CONTENT.findall(fold(evidence)) if w not in drop)


def key_of(data: dict[str, Any], published: Optional[dt.date], evidence: str = "", lang: Optional[str] = None,
           group: Optional[str] = None) -> EventKey:
    """An event's key from its record form (``Event.to_dict()``), its evidence text and its article."""
    actors, recipients = data.get("actor") or [], data.get("recipient") or []
    claimant = [data["claimant"]] if data.get("claimant") else []
    return EventKey(
        category=data["event"],
        day=_day(data.get("date"), published),
        actors=_countries(actors),
        recipients=_countries(recipients),
        place=_place_country(data.get("event_loc")),
        point=_place_point(data.get("event_loc")),
        lang=lang,
        group=group,
        words=_evidence_words(evidence, data.get("event_text") or "", lang),
        evidence=" ".join(_CONTENT.findall(fold(evidence))),
        names=frozenset(_names(actors) | _names(recipients) | _names(claimant)),
        numbers=_numbers(data),
        full_actors=frozenset(r["code"] for r in actors if r.get("code")),
        full_recipients=frozenset(r["code"] for r in recipients if r.get("code")),
    )


def _tied(a: EventKey, b: EventKey) -> bool:
    """Something beyond category and country ties two events to one act (see the module's rules)."""
    if a.numbers & b.numbers:
        return True
    if a.lang and a.lang == b.lang:
        # one language: the evidence itself (names included) must share words beyond the trigger
        if a.evidence and a.evidence == b.evidence:
            return True  # the same words: one report copied
        shared = a.words & b.words
        if not shared:
            return False
        ratio = len(shared) / min(len(a.words), len(b.words))
        return ratio >= EVIDENCE_OVERLAP and (len(shared) >= MIN_SHARED_WORDS or ratio == 1.0)
    if a.names & b.names:
        return True
    if a.group and a.group == b.group:
        # a report and its translation: the words differ, the coded parties must not
        return bool((a.full_actors & b.full_actors) or (a.full_recipients & b.full_recipients))
    return False


def match_score(a: EventKey, b: EventKey) -> int:
    """0 when the two are not the same event; else how many sides (actor, recipient, place) agree."""
    if a.category != b.category or a.day is None or b.day is None or abs((a.day - b.day).days) > WINDOW_DAYS:
        return 0
    agree = 0
    for mine, theirs in ((a.actors, b.actors), (a.recipients, b.recipients)):
        if mine and theirs:
            if not mine & theirs:
                return 0
            agree += 1
    if agree == 0:
        return 0  # nothing stated on both sides: too little to call them one event
    if a.place and b.place:
        if a.place != b.place or (a.point and b.point and a.point != b.point):
            return 0
        agree += 1
    return agree if _tied(a, b) else 0


def _candidates(conn: Connection, key: EventKey, article_id: str) -> list[Any]:
    """Stored events of the same category whose day (the event's, else its article's: ``effective_date``)
    lies in the window, one range on the (event, effective_date) index, and whose first actor or first
    recipient is of one of this event's countries (no match is possible without a shared country)."""
    lo, hi = key.day - dt.timedelta(days=WINDOW_DAYS), key.day + dt.timedelta(days=WINDOW_DAYS)
    shared = [events.c.actor_code.like(f"{c}%") for c in sorted(key.actors)]
    shared += [events.c.recipient_code.like(f"{c}%") for c in sorted(key.recipients)]
    if not shared:
        return []
    stmt = (
        select(
            events.c.article_id, events.c.id, events.c.data, articles.c.published, articles.c.lang,
            event_clusters.c.cluster_id, article_links.c.group_id,
            func.substr(articles.c.text, events.c.evidence_start + 1, events.c.evidence_end - events.c.evidence_start).label("evidence"),
        )
        .join(articles, articles.c.id == events.c.article_id)
        .outerjoin(article_links, article_links.c.article_id == events.c.article_id)
        .outerjoin(event_clusters, and_(event_clusters.c.article_id == events.c.article_id, event_clusters.c.event_id == events.c.id))
        .where(events.c.event == key.category, events.c.article_id != article_id)
        .where(events.c.effective_date >= lo.isoformat(), events.c.effective_date <= hi.isoformat() + "~")
        .where(or_(*shared))
    )
    return conn.execute(stmt).all()


def cluster_article(conn: Connection, record: Article) -> dict[str, str]:
    """Put each event of a stored article in a cluster; returns event id -> cluster id."""
    conn.execute(delete(event_clusters).where(event_clusters.c.article_id == record.id))
    group = conn.execute(select(article_links.c.group_id).where(article_links.c.article_id == record.id)).scalar()
    out: dict[str, str] = {}
    rows = []
    for ev in record.events:
        evidence = record.text[ev.evidence.start : ev.evidence.end]
        key = key_of(ev.to_dict(), record.published, evidence, record.lang, group)
        cluster, score = _best_cluster(conn, key, record.id) if key.day else (None, None)
        cluster = cluster or f"{record.id}:{ev.id}"
        out[ev.id] = cluster
        rows.append({"article_id": record.id, "event_id": ev.id, "cluster_id": cluster, "score": score})
    if rows:
        conn.execute(insert(event_clusters), rows)
    return out


def _best_cluster(conn: Connection, key: EventKey, article_id: str) -> tuple[Optional[str], Optional[float]]:
    scores: dict[str, list[int]] = {}
    for row in _candidates(conn, key, article_id):
        data = json.loads(row.data) if isinstance(row.data, str) else row.data
        score = match_score(key, key_of(data, row.published, row.evidence or "", row.lang, row.group_id))
        scores.setdefault(row.cluster_id or f"{row.article_id}:{row.id}", []).append(score)
    # complete linkage: every member in the window must match; then the highest mean score, then the oldest id
    joinable = [(sum(v) / len(v), c) for c, v in scores.items() if min(v) > 0]
    if not joinable:
        return None, None
    mean, cluster = max(joinable, key=lambda t: (t[0], [-ord(ch) for ch in t[1]]))
    return cluster, round(mean, 3)


def same_event(a: Article, a_event: Event, b: Article, b_event: Event, same_group: bool = False) -> bool:
    """The clustering decision for two events of two records (``same_group``: the articles are known copies)."""
    group = "g" if same_group else None
    ka = key_of(a_event.to_dict(), a.published, a.text[a_event.evidence.start : a_event.evidence.end], a.lang, group)
    kb = key_of(b_event.to_dict(), b.published, b.text[b_event.evidence.start : b_event.evidence.end], b.lang, group)
    return match_score(ka, kb) > 0
