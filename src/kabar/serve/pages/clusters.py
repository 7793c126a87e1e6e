"""Events across articles: clusters of reports of one real-world event, and who claimed it first (kabar.across)."""

from __future__ import annotations

from typing import Any, Optional

from fastapi import Depends, HTTPException, Query

from kabar import across
from kabar.serve.params import MAX_LIMIT, get_store
from kabar.serve.registry import page
from kabar.store import Store


@page("/clusters", "clusters.html", "Clusters", nav="Clusters", order=45, tag="across")
def cluster_list(
    event: Optional[str] = Query(None, description="only clusters of this PLOVER category"),
    min_reports: int = Query(2, ge=1, description="clusters reported by at least this many articles"),
    limit: int = Query(100, ge=1, le=MAX_LIMIT),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Events reported by several articles, most reported first: reports, independent sources, first claimant."""
    rows = across.read(store, across.clusters, event=event, min_reports=min_reports, limit=limit)
    return {"event": event, "min_reports": min_reports, "clusters": rows}


@page("/clusters/{cluster_id:path}", "cluster.html", "Cluster", order=46, tag="across")
def cluster(cluster_id: str, store: Store = Depends(get_store)) -> dict[str, Any]:
    """One event's reports: who claimed it first, who repeated it (copies marked), who disputes it."""
    view = across.read(store, across.cluster_claims, cluster_id)
    if view is None:
        raise HTTPException(404, f"no cluster {cluster_id!r}")
    return view


@page("/groups/{article_id}", "group.html", "Copies", order=47, tag="across")
def group(article_id: str, store: Store = Depends(get_store)) -> dict[str, Any]:
    """An article's group: the report, its syndicated copies and its translations, representative first."""
    with store.engine.connect() as conn:
        group_id = across.group_of(conn, article_id)
        members = across.group_members(conn, group_id)
    if not members:
        raise HTTPException(404, f"article {article_id!r} is not indexed (run kabar across)")
    return {"article_id": article_id, "group_id": group_id, "members": members}
