"""Across articles: copies, translations, one event from many reports, and who claimed it first.

Floor 3 (see docs/architecture.md): it reads records and the store's tables and writes its own
(``sightings``, ``fingerprints``, ``lsh_bands``, ``article_facts``, ``article_links``,
``event_clusters``); it never extracts. :func:`update` is called after an article is stored
(``kabar ingest`` does it), so groups and clusters grow one article at a time instead of being
recomputed; ``kabar across --rebuild`` recomputes everything. docs/across.md explains the rules.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from sqlalchemy import select

from kabar.across.claims import cluster_claims, clusters, speaker_claims
from kabar.across.clusters import cluster_article, same_event
from kabar.across.copies import Link, forget, group_members, group_of, groups, index_article
from kabar.record import Article
from kabar.store.schema import article_links, articles, event_clusters

__all__ = [
    "update", "update_all", "Link", "groups", "group_members", "group_of", "clusters",
    "cluster_claims", "speaker_claims", "same_event",
]


def update(store, record: Article) -> Link:
    """Index one stored article: its copy/translation link, then its events' clusters."""
    with store._write() as conn:
        link = index_article(conn, record)
        cluster_article(conn, record)
    return link


def pending(store) -> list[str]:
    """Stored articles that have not been indexed yet, oldest first."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(articles.c.id)
            .where(~articles.c.id.in_(select(article_links.c.article_id)))
            .order_by(articles.c.published.asc().nulls_last(), articles.c.seq)
        )
        return [r.id for r in rows]


def update_all(store, rebuild: bool = False, progress: Optional[Any] = None) -> int:
    """Index every stored article not indexed yet (all of them, afresh, with ``rebuild``), in publication order."""
    if rebuild:
        with store._write() as conn:
            conn.execute(event_clusters.delete())
            for aid in [r.id for r in conn.execute(select(articles.c.id))]:
                forget(conn, aid)
    ids = pending(store)
    for n, aid in enumerate(ids, 1):
        record = store.get(aid)
        if record is not None:
            update(store, record)
        if progress:
            progress(n, len(ids))
    return len(ids)


def read(store, fn, *args: Any, **kwargs: Any) -> Any:
    """Run one of the read functions (groups, clusters, cluster_claims, ...) on the store."""
    with store.engine.connect() as conn:
        return fn(conn, *args, **kwargs)
