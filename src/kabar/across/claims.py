"""Who claimed it first, who repeated it, who disputes it: the claims view over event clusters.

A report is one stored event in a cluster. Reports are ordered by their article's publication
day, then by when kabar stored them. Independent sources count article groups, so a syndicated
copy or a translation of one report adds a report but not a source. A report disputes the
cluster when its modality is ``negated``; a REJECT event by one of the cluster's actors within
the cluster's days, and a quote by one of them whose cue is a denial (the language packs'
``across.toml``), are listed as disputes too.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import Any, Optional

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection

from kabar.across.clusters import WINDOW_DAYS
from kabar.lang import pack
from kabar.names import fold
from kabar.store.schema import article_links, articles, entities, event_clusters, events, quotes


def _reports(conn: Connection, where) -> list[dict[str, Any]]:
    stmt = (
        select(
            event_clusters.c.cluster_id, events.c.article_id, events.c.id.label("event_id"), events.c.event,
            events.c.modality, events.c.claimant_name, events.c.date, events.c.data,
            func.substr(articles.c.text, events.c.evidence_start + 1, events.c.evidence_end - events.c.evidence_start).label("event_text"),
            articles.c.published, articles.c.outlet, articles.c.url, articles.c.title, articles.c.lang,
            articles.c.ingested_at, func.coalesce(article_links.c.group_id, articles.c.id).label("group_id"),
        )
        .join(events, and_(events.c.article_id == event_clusters.c.article_id, events.c.id == event_clusters.c.event_id))
        .join(articles, articles.c.id == events.c.article_id)
        .outerjoin(article_links, article_links.c.article_id == articles.c.id)
        .where(where)
    )
    rows = [dict(r._mapping) for r in conn.execute(stmt)]
    rows.sort(key=lambda r: (r["published"] or dt.date.max, r["ingested_at"], r["article_id"], r["event_id"]))
    for r in rows:
        r["data"] = json.loads(r["data"]) if isinstance(r["data"], str) else r["data"]
        r["published"] = r["published"].isoformat() if r["published"] else None
        r.pop("ingested_at")
    return rows


@lru_cache(maxsize=None)
def denial_cues(lang: str) -> frozenset[str]:
    return frozenset(fold(c) for c in pack(lang or None).data("across").get("denial_cues", []))


def _actor_countries(reports: list[dict[str, Any]]) -> set[str]:
    return {a["code"][:3] for r in reports for a in r["data"].get("actor") or [] if a.get("code")}


def _days(reports: list[dict[str, Any]]) -> tuple[Optional[dt.date], Optional[dt.date]]:
    days = [dt.date.fromisoformat(r["published"]) for r in reports if r["published"]]
    if not days:
        return None, None
    return min(days) - dt.timedelta(days=WINDOW_DAYS), max(days) + dt.timedelta(days=WINDOW_DAYS)


def _rejections(conn: Connection, reports: list[dict[str, Any]], countries: set[str], lo: dt.date, hi: dt.date) -> list[dict[str, Any]]:
    """REJECT events by one of the cluster's actors within its days (the accused saying no).

    Not for a cluster of REJECT events itself: there the rejection is the claim."""
    if not countries or reports[0]["event"] == "REJECT":
        return []
    stmt = (
        select(events.c.article_id, events.c.id, events.c.claimant_name, events.c.actor_code,
               func.substr(articles.c.text, events.c.evidence_start + 1, events.c.evidence_end - events.c.evidence_start).label("event_text"),
               articles.c.published, articles.c.outlet)
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.event == "REJECT", articles.c.published >= lo, articles.c.published <= hi)
        .where(or_(*[events.c.actor_code.like(f"{c}%") for c in sorted(countries)]))
    )
    return [
        {"kind": "reject", "article_id": r.article_id, "event_id": r.id, "text": r.event_text,
         "who": r.actor_code, "published": r.published.isoformat() if r.published else None, "outlet": r.outlet}
        for r in conn.execute(stmt)
    ]


def _denials(conn: Connection, countries: set[str], lo: dt.date, hi: dt.date) -> list[dict[str, Any]]:
    """Quotes whose speaker is one of the cluster's actors and whose cue is a denial."""
    if not countries:
        return []
    stmt = (
        select(quotes.c.article_id, quotes.c.id, quotes.c.text, quotes.c.cue, quotes.c.speaker_name,
               articles.c.published, articles.c.outlet, articles.c.lang)
        .join(articles, articles.c.id == quotes.c.article_id)
        .join(entities, and_(entities.c.article_id == quotes.c.article_id, entities.c.id == quotes.c.speaker))
        .where(articles.c.published >= lo, articles.c.published <= hi)
        .where(or_(*[entities.c.actor.like(f"{c}%") for c in sorted(countries)]))
    )
    out = []
    for r in conn.execute(stmt):
        if r.cue and fold(r.cue) in denial_cues(r.lang or ""):
            out.append({"kind": "denial", "article_id": r.article_id, "quote_id": r.id, "text": r.text,
                        "who": r.speaker_name, "published": r.published.isoformat() if r.published else None,
                        "outlet": r.outlet})
    return out


def cluster_claims(conn: Connection, cluster_id: str) -> Optional[dict[str, Any]]:
    """The claims view of one cluster, or None if no such cluster."""
    reports = _reports(conn, event_clusters.c.cluster_id == cluster_id)
    if not reports:
        return None
    support = [r for r in reports if r["modality"] != "negated"]
    disputes: list[dict[str, Any]] = [
        {"kind": "negated", "article_id": r["article_id"], "event_id": r["event_id"], "text": r["event_text"],
         "who": r["claimant_name"], "published": r["published"], "outlet": r["outlet"]}
        for r in reports if r["modality"] == "negated"
    ]
    lo, hi = _days(reports)
    if lo is not None:
        countries = _actor_countries(support)
        disputes += _rejections(conn, reports, countries, lo, hi)
        disputes += _denials(conn, countries, lo, hi)
    first = support[0] if support else reports[0]
    seen_groups: set[str] = set()
    repeated = []
    for r in reports:
        if r is first:
            seen_groups.add(r["group_id"])
            continue
        if r in support:
            repeated.append({**_brief(r), "independent": r["group_id"] not in seen_groups})
            seen_groups.add(r["group_id"])
    return {
        "cluster_id": cluster_id,
        "event": first["event"],
        "representative": _brief(first),
        "first": _brief(first),
        "repeated": repeated,
        "disputed": disputes,
        "reports": len(reports),
        "independent_sources": len({r["group_id"] for r in reports}),
        "claimants": sorted({r["claimant_name"] for r in reports if r["claimant_name"]}),
    }


def _brief(r: dict[str, Any]) -> dict[str, Any]:
    return {k: r[k] for k in ("article_id", "event_id", "claimant_name", "modality", "published", "outlet", "url", "title", "event_text", "group_id")}


def speaker_claims(conn: Connection, speaker: str, limit: int = 100) -> list[dict[str, Any]]:
    """Every clustered event a speaker claims, with whether they were first and how many sources carry it."""
    mine = _reports(conn, func.lower(events.c.claimant_name).like(f"%{speaker.lower()}%"))[:limit]
    out = []
    for r in mine:
        view = cluster_claims(conn, r["cluster_id"]) or {}
        out.append({
            **_brief(r), "cluster_id": r["cluster_id"], "event": r["event"],
            "first": view.get("first", {}).get("article_id") == r["article_id"] and view.get("first", {}).get("event_id") == r["event_id"],
            "first_claimant": view.get("first", {}).get("claimant_name"),
            "reports": view.get("reports"), "independent_sources": view.get("independent_sources"),
            "disputed": len(view.get("disputed", [])),
        })
    return out


def clusters(conn: Connection, event: Optional[str] = None, min_reports: int = 2, limit: int = 100) -> list[dict[str, Any]]:
    """Clusters with at least ``min_reports`` reports, most reported first."""
    stmt = (
        select(event_clusters.c.cluster_id, func.count().label("n"))
        .join(events, and_(events.c.article_id == event_clusters.c.article_id, events.c.id == event_clusters.c.event_id))
        .group_by(event_clusters.c.cluster_id)
        .having(func.count() >= min_reports)
        .order_by(func.count().desc(), event_clusters.c.cluster_id)
        .limit(limit)
    )
    if event:
        stmt = stmt.where(events.c.event == event.upper())
    out = []
    for row in conn.execute(stmt).all():
        view = cluster_claims(conn, row.cluster_id)
        if view:
            out.append({k: view[k] for k in ("cluster_id", "event", "reports", "independent_sources", "claimants")}
                       | {"first": view["first"], "disputed": len(view["disputed"])})
    return out
