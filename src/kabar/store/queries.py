"""Reading the store by filters: one query layer for the CLI, the exporters and the server.

Filters are the pydantic models of ``kabar.store.filters`` (re-exported here).
Every query is SQLAlchemy Core with bound parameters.

Reading many rows never loads them all: ``iter_*`` walks the result in keyset
pages (``WHERE (sort key) > (last key) ORDER BY sort key LIMIT n``), which keeps
memory flat on SQLite and PostgreSQL alike and holds no read transaction open
between pages. ``*_page`` returns one such page with an opaque cursor for the next.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Optional, Sequence

from sqlalchemy import Column, Table, and_, func, literal, select, tuple_
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.visitors import iterate

from kabar.store import Store
from kabar.store.filters import ArticleFilter, EntityFilter, EventFilter, QuoteFilter, evidence_span
from kabar.store.schema import (
    EVENTS_DATE_KEY,
    article_links,
    articles,
    entities,
    event_actors,
    event_clusters,
    events,
    mentions,
    quotes,
    sentences,
)

__all__ = [
    "ArticleFilter", "EntityFilter", "EventFilter", "QuoteFilter", "Page", "QueryError",
    "EVENT_SORTS", "iter_events", "events_page", "count_events", "event_categories", "event_categories_by_day", "dyads",
    "iter_quotes", "quotes_page", "count_quotes", "top_speakers", "iter_entities", "entities_page", "count_entities",
    "iter_articles", "articles_page", "count_articles",
    "split_actor_code", "global_id",
]

# CAMEO/PLOVER codes start with a country, or with one of these for actors that have none.
INTERNATIONAL_TYPES = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT"})
QUAD_CLASS = {"VERBAL_COOPERATION": 1, "MATERIAL_COOPERATION": 2, "VERBAL_CONFLICT": 3, "MATERIAL_CONFLICT": 4}


class QueryError(ValueError):
    """A filter, sort or cursor the store cannot answer (bad user input, not a bug)."""


def split_actor_code(code: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(country, role, group) of a CAMEO-style code, as GDELT splits them.

    "RUSGOV" -> ("RUS", "GOV", None); "IGOASN" -> (None, "IGO", "ASN"); "USA" -> ("USA", None, None).
    """
    if not code:
        return None, None, None
    head, rest = code[:3], code[3:6] or None
    if head in INTERNATIONAL_TYPES:
        return None, head, rest
    return head, rest, None


def global_id(article_id: str, event_id: str) -> str:
    """An id for one event across the store; stable because both parts are."""
    return f"{article_id}:{event_id}"


# ------------------------------------------------------------------ paging


@dataclass
class Page:
    """One page of rows; ``next_cursor`` is None on the last page."""

    rows: list[dict[str, Any]]
    next_cursor: Optional[str]


@dataclass(frozen=True)
class _Sort:
    keys: tuple[ColumnElement, ...]
    descending: bool = False


def _encode_cursor(sort: str, values: Sequence[Any]) -> str:
    raw = json.dumps([sort, list(values)], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str, sort: str, width: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        name, values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
    except (ValueError, TypeError, binascii.Error, UnicodeError) as exc:
        raise QueryError(f"not a cursor this store made: {cursor[:40]!r}") from exc
    if name != sort or not isinstance(values, list) or len(values) != width:
        raise QueryError(f"the cursor belongs to another sort order ({name!r}), not {sort!r}")
    return values


@dataclass(frozen=True)
class _Rows:
    """One kind of row: its table, its key, the columns of a whole row, and how a result row becomes a dict."""

    table: Table
    key: tuple[ColumnElement, ...]
    columns: Callable[[], list[Any]]
    to_row: Callable[[Any], dict[str, Any]]


def _uses_articles(clauses: Sequence[ColumnElement]) -> bool:
    return any(isinstance(el, Column) and el.table is articles for c in clauses for el in iterate(c))


def _from(rows: _Rows, clauses: Sequence[ColumnElement]):
    """The row table, joined to articles only when a filter or sort key needs it (SQLite would not drop the join)."""
    if rows.table is articles or not _uses_articles(clauses):
        return rows.table
    return rows.table.join(articles, articles.c.id == rows.table.c.article_id)


def _paged(store: Store, rows: _Rows, conditions: list[ColumnElement], sort: _Sort, sort_name: str, limit: int,
           cursor: Optional[str]) -> Page:
    """One keyset page in two steps: find the page's keys (filters and sort only), then read those rows whole.

    The expensive columns (evidence text and sentence, mention counts) are computed for
    the page's rows only, not for every row the sort has to look at.
    """
    if limit <= 0:
        raise QueryError("limit must be positive")
    width = len(sort.keys)
    where = list(conditions)
    if cursor:
        after = _decode_cursor(cursor, sort_name, width)
        key, last = tuple_(*sort.keys), tuple_(*(literal(v) for v in after))
        where.append(key < last if sort.descending else key > last)
    order = [k.desc() for k in sort.keys] if sort.descending else list(sort.keys)
    page = (
        select(*(k.label(f"_p{i}") for i, k in enumerate(rows.key)), *(k.label(f"_k{i}") for i, k in enumerate(sort.keys)))
        .select_from(_from(rows, [*where, *sort.keys]))
        .where(*where)
        .order_by(*order)
        .limit(limit + 1)
        .subquery("page")
    )
    sort_cols = [page.c[f"_k{i}"] for i in range(width)]
    on = and_(*(k == page.c[f"_p{i}"] for i, k in enumerate(rows.key)))
    whole = _from(rows, [articles.c.id]).join(page, on)
    stmt = (
        select(*rows.columns(), *sort_cols)
        .select_from(whole)
        .order_by(*([c.desc() for c in sort_cols] if sort.descending else sort_cols))
    )
    with store.engine.connect() as conn:
        fetched = conn.execute(stmt).all()
    more = len(fetched) > limit
    fetched = fetched[:limit]
    next_cursor = None
    if more and fetched:
        last_row = fetched[-1]._mapping
        next_cursor = _encode_cursor(sort_name, [last_row[f"_k{i}"] for i in range(width)])
    return Page([rows.to_row(r._mapping) for r in fetched], next_cursor)


def _count(store: Store, rows: _Rows, conditions: list[ColumnElement]) -> int:
    stmt = select(func.count()).select_from(_from(rows, conditions)).where(*conditions)
    with store.engine.connect() as conn:
        return conn.execute(stmt).scalar_one()


def _walk(page_fn: Callable[..., Page], batch_size: int, limit: Optional[int], **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Every row of a paged query, one page in memory at a time; stops after ``limit`` rows when given."""
    cursor, left = None, limit
    while left is None or left > 0:
        page = page_fn(limit=batch_size if left is None else min(batch_size, left), cursor=cursor, **kwargs)
        yield from page.rows
        if left is not None:
            left -= len(page.rows)
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _utc_iso(value: Optional[dt.datetime]) -> Optional[str]:
    """A stored timestamp as ISO with its zone; SQLite hands back the UTC value without one."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).isoformat()


# ------------------------------------------------------------------ events

_DATE_KEY = EVENTS_DATE_KEY  # the indexed expression: an unknown date sorts as "", after every date
EVENT_SORTS: dict[str, _Sort] = {
    "article": _Sort((articles.c.seq, events.c.evidence_start, events.c.id)),
    # Ties broken by keys of events alone, so these sorts need no join to articles.
    "date": _Sort((_DATE_KEY, events.c.article_id, events.c.evidence_start, events.c.id)),
    "-date": _Sort((_DATE_KEY, events.c.article_id, events.c.evidence_start, events.c.id), descending=True),
    "confidence": _Sort((events.c.confidence, events.c.article_id, events.c.evidence_start, events.c.id)),
    "-confidence": _Sort((events.c.confidence, events.c.article_id, events.c.evidence_start, events.c.id), descending=True),
}


def _sort(sorts: dict[str, _Sort], name: str) -> _Sort:
    if name not in sorts:
        raise QueryError(f"unknown sort {name!r}; one of {', '.join(sorts)}")
    return sorts[name]


def _evidence_sentence() -> ColumnElement:
    """The text of the sentence the evidence starts in (SQL substr is 1-based, in characters on both backends)."""
    s = sentences.c
    return (
        select(func.substr(articles.c.text, s.start + 1, s.end - s.start))
        .where(s.article_id == events.c.article_id, s.start <= events.c.evidence_start, s.end > events.c.evidence_start)
        .order_by(s.start)
        .limit(1)
        .scalar_subquery()
        .label("evidence_sentence")
    )


def _event_columns() -> list[Any]:
    # kabar.across: the event's cluster (one real-world event, many reports) and its article's group of copies,
    # each one primary-key look-up for the rows of a page only
    cluster = (select(event_clusters.c.cluster_id)
               .where(event_clusters.c.article_id == events.c.article_id, event_clusters.c.event_id == events.c.id)
               .scalar_subquery().label("cluster_id"))
    group = select(article_links.c.group_id).where(article_links.c.article_id == events.c.article_id).scalar_subquery()
    return [events, articles.c.published, articles.c.url, articles.c.outlet, articles.c.lang, articles.c.title,
            articles.c.ingested_at, evidence_span().label("evidence_text"), _evidence_sentence(), cluster,
            group.label("group_id")]


def _refs(refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for ref in refs:
        country, role, _ = split_actor_code(ref.get("code"))
        out.append({**ref, "country": country, "role": role})
    return out


def event_row(r: Any) -> dict[str, Any]:
    """The event row every reader shares (API, exports, CLI); ``docs/export.md`` documents each field."""
    data = _json(r["data"]) or {}
    actors, recipients = _refs(data.get("actor", [])), _refs(data.get("recipient", []))
    first_actor, first_recipient = (actors or [{}])[0], (recipients or [{}])[0]
    claimant = data.get("claimant") or {}
    cameo = r["cameo"]
    row = {
        "global_id": global_id(r["article_id"], r["id"]),
        "article_id": r["article_id"],
        "event_id": r["id"],
        "date": r["effective_date"],
        "event_date": r["date"],
        "date_text": r["date_text"],
        "published": _iso(r["published"]),
        "url": r["url"],
        "outlet": r["outlet"],
        "lang": r["lang"],
        "title": r["title"],
        "ingested_at": _utc_iso(r["ingested_at"]),
        "category": r["event"],
        "mode": list(data.get("mode", [])),
        "context": list(data.get("context", [])),
        "quad_code": r["quad_code"],
        "quad_class": QUAD_CLASS.get(r["quad_code"] or ""),
    }
    for role, first in (("actor", first_actor), ("recipient", first_recipient)):
        row.update({
            f"{role}_code": first.get("code"), f"{role}_name": first.get("name"), f"{role}_entity": first.get("entity"),
            f"{role}_country": first.get("country"), f"{role}_role": first.get("role"),
        })
    row.update({
        "actors": actors,
        "recipients": recipients,
        "claimant_name": claimant.get("name"),
        "claimant_entity": claimant.get("entity"),
        "claimant_chain": [c.get("name") for c in data.get("claimant_chain", [])],
        "quote_id": r["quote_id"],
        "modality": r["modality"],
        "confidence": r["confidence"],
        "goldstein": r["goldstein"],
        "cameo": cameo,
        "cameo_root": cameo[:2] if cameo else None,
        "evidence_start": r["evidence_start"],
        "evidence_end": r["evidence_end"],
        "event_text": r["event_text"],
        "evidence_text": r.get("evidence_text"),
        "evidence_sentence": r.get("evidence_sentence"),
        "instrument": r["instrument"],
        "location": data.get("event_loc"),
        "cluster_id": r.get("cluster_id"),
        "group_id": r.get("group_id"),
        "dead": data.get("dead"),
        "injured": data.get("injured"),
        "size": data.get("size"),
    })
    return row


EVENT_ROWS = _Rows(events, (events.c.article_id, events.c.id), _event_columns, event_row)


def events_page(store: Store, flt: Optional[EventFilter] = None, sort: str = "-date", limit: int = 50,
                cursor: Optional[str] = None) -> Page:
    """One page of event rows; pass ``next_cursor`` back for the next page (same filter and sort)."""
    return _paged(store, EVENT_ROWS, (flt or EventFilter()).conditions(), _sort(EVENT_SORTS, sort), sort, limit, cursor)


def iter_events(store: Store, flt: Optional[EventFilter] = None, sort: str = "article", batch_size: int = 1000,
                limit: Optional[int] = None) -> Iterator[dict[str, Any]]:
    """Every matching event row, streamed in keyset pages of ``batch_size``."""
    return _walk(events_page, batch_size, limit, store=store, flt=flt, sort=sort)


def count_events(store: Store, flt: Optional[EventFilter] = None) -> int:
    return _count(store, EVENT_ROWS, (flt or EventFilter()).conditions())


def _grouped(store: Store, stmt: Select, names: Sequence[str]) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        return [dict(zip(names, row)) for row in conn.execute(stmt)]


def event_categories(store: Store, flt: Optional[EventFilter] = None) -> list[dict[str, Any]]:
    """[{category, count}], most events first."""
    conditions = (flt or EventFilter()).conditions()
    stmt = (
        select(events.c.event, func.count())
        .select_from(_from(EVENT_ROWS, conditions))
        .where(*conditions)
        .group_by(events.c.event)
        .order_by(func.count().desc(), events.c.event)
    )
    return _grouped(store, stmt, ("category", "count"))


def event_categories_by_day(store: Store, flt: Optional[EventFilter] = None) -> list[dict[str, Any]]:
    """[{day, category, count}] by day (a month- or year-grain date stays its own bucket), oldest first."""
    day = func.substr(events.c.effective_date, 1, 10)
    conditions = (flt or EventFilter()).conditions()
    stmt = (
        select(day, events.c.event, func.count())
        .select_from(_from(EVENT_ROWS, conditions))
        .where(events.c.effective_date.is_not(None), *conditions)
        .group_by(day, events.c.event)
        .order_by(day, events.c.event)
    )
    return _grouped(store, stmt, ("day", "category", "count"))


def dyads(store: Store, flt: Optional[EventFilter] = None, by_month: bool = False, limit: Optional[int] = None,
          by_category: bool = False) -> list[dict[str, Any]]:
    """Actor-to-recipient counts [{actor, recipient, (month), (category), count, categories}], most events first.

    Each (actor, recipient) pair of an event counts once, so a joint statement by two
    countries adds to both dyads; a side is its code, else its name. ``by_category``
    splits each dyad by PLOVER type (the network page colours edges by it).
    """
    a, r = event_actors.alias("a"), event_actors.alias("r")
    side_a, side_r = func.coalesce(a.c.code, a.c.name), func.coalesce(r.c.code, r.c.name)
    keys = [side_a, side_r] + ([func.substr(events.c.effective_date, 1, 7)] if by_month else [])
    keys += [events.c.event] if by_category else []
    conditions = (flt or EventFilter()).conditions()
    stmt = (
        select(*keys, func.count(), func.count(func.distinct(events.c.event)))
        .select_from(_from(EVENT_ROWS, conditions))
        .join(a, and_(a.c.article_id == events.c.article_id, a.c.event_id == events.c.id, a.c.role == "actor"))
        .join(r, and_(r.c.article_id == events.c.article_id, r.c.event_id == events.c.id, r.c.role == "recipient"))
        .where(side_a.is_not(None), side_r.is_not(None), *conditions)
        .group_by(*keys)
        .order_by(func.count().desc(), *keys)
        .limit(limit)
    )
    names = ("actor", "recipient") + (("month",) if by_month else ()) + (("category",) if by_category else ())
    return _grouped(store, stmt, names + ("count", "categories"))


# ------------------------------------------------------------------ quotes

QUOTE_SORTS: dict[str, _Sort] = {"article": _Sort((articles.c.seq, quotes.c.start, quotes.c.id))}


def quote_row(r: Any) -> dict[str, Any]:
    return {
        "global_id": global_id(r["article_id"], r["id"]),
        "article_id": r["article_id"], "quote_id": r["id"], "speaker": r["speaker"], "speaker_name": r["speaker_name"],
        "cue": r["cue"], "kind": r["kind"], "text": r["text"], "start": r["start"], "end": r["end"],
        "medium": r["medium"], "parent": r["parent"], "attribution": r["attribution"],
        "published": _iso(r["published"]), "url": r["url"], "outlet": r["outlet"], "lang": r["lang"],
    }


QUOTE_ROWS = _Rows(quotes, (quotes.c.article_id, quotes.c.id),
                   lambda: [quotes, articles.c.published, articles.c.url, articles.c.outlet, articles.c.lang], quote_row)


def quotes_page(store: Store, flt: Optional[QuoteFilter] = None, sort: str = "article", limit: int = 50,
                cursor: Optional[str] = None) -> Page:
    return _paged(store, QUOTE_ROWS, (flt or QuoteFilter()).conditions(), _sort(QUOTE_SORTS, sort), sort, limit, cursor)


def iter_quotes(store: Store, flt: Optional[QuoteFilter] = None, batch_size: int = 1000,
                limit: Optional[int] = None) -> Iterator[dict[str, Any]]:
    return _walk(quotes_page, batch_size, limit, store=store, flt=flt, sort="article")


def count_quotes(store: Store, flt: Optional[QuoteFilter] = None) -> int:
    return _count(store, QUOTE_ROWS, (flt or QuoteFilter()).conditions())


def top_speakers(store: Store, flt: Optional[QuoteFilter] = None, limit: int = 20) -> list[dict[str, Any]]:
    """[{speaker, quotes, articles}] by quote count; speakers are grouped by name (entity ids are per article)."""
    conditions = (flt or QuoteFilter()).conditions()
    stmt = (
        select(quotes.c.speaker_name, func.count(), func.count(func.distinct(quotes.c.article_id)))
        .select_from(_from(QUOTE_ROWS, conditions))
        .where(quotes.c.speaker_name.is_not(None), *conditions)
        .group_by(quotes.c.speaker_name)
        .order_by(func.count().desc(), quotes.c.speaker_name)
        .limit(limit)
    )
    return _grouped(store, stmt, ("speaker", "quotes", "articles"))


# ------------------------------------------------------------------ entities and articles

ENTITY_SORTS: dict[str, _Sort] = {"article": _Sort((articles.c.seq, entities.c.id))}


def entity_row(r: Any) -> dict[str, Any]:
    country, role, _ = split_actor_code(r["actor"])
    return {
        "global_id": global_id(r["article_id"], r["id"]),
        "article_id": r["article_id"], "entity_id": r["id"], "type": r["type"], "name": r["name"],
        "actor": r["actor"], "actor_country": country, "actor_role": role, "wikidata": r["wikidata"],
        "mentions": r["mentions"], "published": _iso(r["published"]), "url": r["url"], "outlet": r["outlet"],
        "lang": r["lang"],
    }


def _entity_columns() -> list[Any]:
    n_mentions = (
        select(func.count())
        .where(mentions.c.article_id == entities.c.article_id, mentions.c.entity_id == entities.c.id)
        .scalar_subquery()
        .label("mentions")
    )
    return [entities, n_mentions, articles.c.published, articles.c.url, articles.c.outlet, articles.c.lang]


ENTITY_ROWS = _Rows(entities, (entities.c.article_id, entities.c.id), _entity_columns, entity_row)


def entities_page(store: Store, flt: Optional[EntityFilter] = None, sort: str = "article", limit: int = 50,
                  cursor: Optional[str] = None) -> Page:
    return _paged(store, ENTITY_ROWS, (flt or EntityFilter()).conditions(), _sort(ENTITY_SORTS, sort), sort, limit, cursor)


def iter_entities(store: Store, flt: Optional[EntityFilter] = None, batch_size: int = 1000,
                  limit: Optional[int] = None) -> Iterator[dict[str, Any]]:
    return _walk(entities_page, batch_size, limit, store=store, flt=flt, sort="article")


def count_entities(store: Store, flt: Optional[EntityFilter] = None) -> int:
    return _count(store, ENTITY_ROWS, (flt or EntityFilter()).conditions())


ARTICLE_SORTS: dict[str, _Sort] = {"article": _Sort((articles.c.seq,))}


def article_row(r: Any) -> dict[str, Any]:
    out = {k: _iso(r[k]) for k in _ARTICLE_COLUMNS}
    if "record" in r:
        out["record"] = _json(r["record"])
    return out


_ARTICLE_COLUMNS = ("id", "lang", "title", "published", "url", "outlet", "original_outlet", "author")
ARTICLE_ROWS = _Rows(articles, (articles.c.seq,), lambda: [articles.c[k] for k in _ARTICLE_COLUMNS], article_row)
ARTICLE_RECORD_ROWS = _Rows(articles, (articles.c.seq,), lambda: [*ARTICLE_ROWS.columns(), articles.c.record], article_row)


def articles_page(store: Store, flt: Optional[ArticleFilter] = None, limit: int = 50, cursor: Optional[str] = None,
                  with_record: bool = False, sort: str = "article") -> Page:
    """Article metadata (and, with ``with_record``, the whole stored record under "record")."""
    rows = ARTICLE_RECORD_ROWS if with_record else ARTICLE_ROWS
    return _paged(store, rows, (flt or ArticleFilter()).conditions(), _sort(ARTICLE_SORTS, sort), sort, limit, cursor)


def count_articles(store: Store, flt: Optional[ArticleFilter] = None) -> int:
    return _count(store, ARTICLE_ROWS, (flt or ArticleFilter()).conditions())


def iter_articles(store: Store, flt: Optional[ArticleFilter] = None, with_record: bool = False,
                  batch_size: int = 200, limit: Optional[int] = None) -> Iterator[dict[str, Any]]:
    return _walk(articles_page, batch_size, limit, store=store, flt=flt, with_record=with_record, sort="article")
