"""Which stored article is a copy or a translation of which, kept up to date one article at a time.

Every indexed article has one row in ``article_links``: its group (one report and all its
copies and translations), how it joined (``original``, ``copy``, ``translation``), the article it
was linked to and the score. A group's representative is chosen when it is read
(:func:`group_members`): the earliest published, preferring a member whose source note names no
other outlet, so a late-arriving original still heads its group.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any, Optional

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from kabar.across.fingerprint import Fingerprint, facts, fingerprint
from kabar.names import fold
from kabar.record import Article
from kabar.store.schema import article_facts, article_links, articles, fingerprints, lsh_bands

#: A pair is a copy when the MinHash Jaccard estimate reaches COPY_JACCARD, or when the smaller
#: text is almost wholly inside the larger (truncations, added boilerplate) and long enough to tell.
COPY_JACCARD = 0.5
COPY_CONTAINMENT = 0.8
MIN_SHINGLES = 20
#: Translations: weighted share of the smaller fact set found in the other article.
TRANSLATION_SCORE = 0.5
MIN_SHARED_FACTS = 3
OUTLET_BONUS = 0.25
WINDOW_DAYS = 7
#: Facts held by more than this share of the store are too common to retrieve candidates by.
COMMON_SHARE = 0.05


@dataclass(frozen=True)
class Link:
    article_id: str
    group_id: str
    relation: str  # original | copy | translation
    linked_to: Optional[str] = None
    score: Optional[float] = None


def forget(conn: Connection, article_id: str) -> None:
    """Drop an article's fingerprint rows (before it is indexed again)."""
    for table in (lsh_bands, article_facts, fingerprints, article_links):
        conn.execute(delete(table).where(table.c.article_id == article_id))


def index_article(conn: Connection, record: Article) -> Link:
    """Fingerprint one stored article and link it to the copy or translation it belongs with."""
    forget(conn, record.id)
    fp = fingerprint(record.text)
    feats = sorted(facts(record))
    link = _find_copy(conn, record, fp) or _find_translation(conn, record, feats) or Link(record.id, record.id, "original")
    conn.execute(insert(fingerprints).values(article_id=record.id, shingles=fp.shingles, minhash=fp.to_bytes(), facts=feats))
    conn.execute(insert(lsh_bands), [{"band": b, "key": k, "article_id": record.id} for b, k in fp.bands()])
    if feats:
        conn.execute(insert(article_facts), [{"feature": f, "article_id": record.id} for f in feats])
    conn.execute(insert(article_links).values(
        article_id=link.article_id, group_id=link.group_id, relation=link.relation,
        linked_to=link.linked_to, score=link.score,
    ))
    return link


def _group_of(conn: Connection, article_id: str) -> str:
    return conn.execute(select(article_links.c.group_id).where(article_links.c.article_id == article_id)).scalar() or article_id


def _merge_groups(conn: Connection, keep: str, others: set[str]) -> None:
    others.discard(keep)
    if others:
        conn.execute(update(article_links).where(article_links.c.group_id.in_(others)).values(group_id=keep))


def _find_copy(conn: Connection, record: Article, fp: Fingerprint) -> Optional[Link]:
    if fp.shingles == 0:
        return None
    bands = fp.bands()
    cond = or_(*[and_(lsh_bands.c.band == b, lsh_bands.c.key == k) for b, k in bands])
    candidates = conn.execute(
        select(fingerprints.c.article_id, fingerprints.c.shingles, fingerprints.c.minhash, article_links.c.group_id)
        .join(article_links, article_links.c.article_id == fingerprints.c.article_id)
        .where(fingerprints.c.article_id.in_(select(lsh_bands.c.article_id).where(cond).distinct()))
        .where(fingerprints.c.article_id != record.id)
    ).all()
    best: Optional[tuple[float, str, str]] = None
    groups: set[str] = set()
    for row in candidates:
        other = Fingerprint.from_bytes(row.shingles, row.minhash)
        j, c = fp.jaccard(other), fp.containment(other)
        is_copy = j >= COPY_JACCARD or (c >= COPY_CONTAINMENT and min(fp.shingles, other.shingles) >= MIN_SHINGLES)
        if is_copy:
            groups.add(row.group_id)
            score = max(j, c)
            if best is None or score > best[0]:
                best = (score, row.article_id, row.group_id)
    if best is None:
        return None
    _merge_groups(conn, best[2], groups)  # a copy of two groups' members makes them one report
    return Link(record.id, best[2], "copy", best[1], round(best[0], 4))


def _within_window(a: Optional[dt.date], b: Optional[dt.date]) -> bool:
    return a is None or b is None or abs((a - b).days) <= WINDOW_DAYS


def _df(conn: Connection, feats: set[str]) -> dict[str, int]:
    if not feats:
        return {}
    rows = conn.execute(
        select(article_facts.c.feature, func.count()).where(article_facts.c.feature.in_(feats)).group_by(article_facts.c.feature)
    )
    return {f: n for f, n in rows}


def _find_translation(conn: Connection, record: Article, feats: list[str]) -> Optional[Link]:
    if len(feats) < MIN_SHARED_FACTS:
        return None
    # the store's size for the IDF weights: the highest article key, one index look-up (a count is a scan)
    n_articles = conn.execute(select(func.max(articles.c.seq))).scalar() or 0
    if n_articles == 0:
        return None
    mine = set(feats)
    df = _df(conn, mine)
    rare = [f for f in mine if df.get(f, 0) and df[f] <= max(2, COMMON_SHARE * n_articles) and not f.startswith("a:")]
    if not rare:
        return None
    hits = conn.execute(
        select(article_facts.c.article_id, func.count().label("n"))
        .where(article_facts.c.feature.in_(rare), article_facts.c.article_id != record.id)
        .group_by(article_facts.c.article_id)
        .having(func.count() >= 2)
        .order_by(func.count().desc())
        .limit(200)
    ).all()
    if not hits:
        return None
    ids = [h.article_id for h in hits]
    meta = {
        r.id: r
        for r in conn.execute(
            select(articles.c.id, articles.c.lang, articles.c.published, articles.c.outlet, article_links.c.group_id)
            .join(article_links, article_links.c.article_id == articles.c.id)
            .where(articles.c.id.in_(ids))
        )
    }
    theirs: dict[str, set[str]] = {}
    for aid, feature in conn.execute(select(article_facts.c.article_id, article_facts.c.feature).where(article_facts.c.article_id.in_(list(meta)))):
        theirs.setdefault(aid, set()).add(feature)
    df.update(_df(conn, set().union(*theirs.values()) - set(df)) if theirs else {})

    def weight(f: str) -> float:
        return math.log((n_articles + 1) / (df.get(f, 0) + 0.5))

    best: Optional[tuple[float, str, str]] = None
    for aid, row in meta.items():
        if row.lang == record.lang or not _within_window(row.published, record.published):
            continue
        other = theirs.get(aid, set())
        shared = mine & other
        if len([f for f in shared if not f.startswith("a:")]) < MIN_SHARED_FACTS - 1 or len(shared) < MIN_SHARED_FACTS:
            continue
        smaller = min(sum(map(weight, mine)), sum(map(weight, other)))
        score = sum(map(weight, shared)) / smaller if smaller > 0 else 0.0
        if record.original_outlet and row.outlet and fold(record.original_outlet) == fold(row.outlet):
            score += OUTLET_BONUS  # the copy's source note names this article's outlet
        if score >= TRANSLATION_SCORE and (best is None or score > best[0]):
            best = (score, aid, row.group_id)
    if best is None:
        return None
    return Link(record.id, best[2], "translation", best[1], round(min(best[0], 1.0), 4))


def group_members(conn: Connection, group_id: str) -> list[dict[str, Any]]:
    """The articles of one group, representative first: earliest published, then one whose source
    note names no other outlet, then the earliest stored."""
    rows = conn.execute(
        select(
            articles.c.id, articles.c.title, articles.c.lang, articles.c.published, articles.c.outlet,
            articles.c.original_outlet, articles.c.url, articles.c.ingested_at,
            article_links.c.relation, article_links.c.linked_to, article_links.c.score,
        )
        .join(article_links, article_links.c.article_id == articles.c.id)
        .where(article_links.c.group_id == group_id)
    ).all()
    far_future = dt.date.max
    ordered = sorted(rows, key=lambda r: (r.published or far_future, r.original_outlet is not None, r.ingested_at, r.id))
    return [
        {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in r._mapping.items()}
        | {"representative": i == 0}
        for i, r in enumerate(ordered)
    ]


def groups(conn: Connection, min_size: int = 2, limit: int = 100) -> list[dict[str, Any]]:
    """Groups with at least ``min_size`` members, largest first, each with its members."""
    rows = conn.execute(
        select(article_links.c.group_id, func.count().label("n"))
        .group_by(article_links.c.group_id)
        .having(func.count() >= min_size)
        .order_by(func.count().desc(), article_links.c.group_id)
        .limit(limit)
    ).all()
    return [{"group_id": r.group_id, "size": r.n, "members": group_members(conn, r.group_id)} for r in rows]


def group_of(conn: Connection, article_id: str) -> str:
    return _group_of(conn, article_id)
