"""Full-text search over article title + text, per backend.

SQLite uses the FTS5 table ``articles_fts`` that migration 0001 keeps in sync by
triggers; PostgreSQL uses a GIN index on ``to_tsvector('simple', ...)``. Both read
the same search-box language: words (all required), ``"a phrase"``, ``OR``
between two terms, and ``-word`` to exclude. Nothing a user types can raise: on
SQLite every term is passed as a quoted FTS5 string, on PostgreSQL through
``websearch_to_tsquery``, which never fails on syntax.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from sqlalchemy import text
from sqlalchemy.engine import Connection

_TOKEN = re.compile(r'"[^"]*"?|\S+')
_WORDY = re.compile(r"[^\W_]")  # a letter or digit: something the tokenizer keeps

PG_DOCUMENT = "to_tsvector('simple'::regconfig, coalesce(a.title, '') || ' ' || a.text)"


def fts5_query(query: str) -> str:
    """The user's query as FTS5 syntax; "" when it has no searchable positive term."""
    groups: list[list[str]] = []
    excluded: list[str] = []
    pending_or = False
    for token in _TOKEN.findall(query or ""):
        if token == "OR":
            pending_or = bool(groups)
            continue
        negative = token.startswith("-") and len(token) > 1
        term = (token[1:] if negative else token).strip('"')
        if not _WORDY.search(term):
            continue
        quoted = '"' + term.replace('"', '""') + '"'
        if negative:
            excluded.append(quoted)
        elif pending_or:
            groups[-1].append(quoted)
        else:
            groups.append([quoted])
        pending_or = False
    if not groups:
        return ""
    required = [g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups]
    return " AND ".join(required) + "".join(f" NOT {q}" for q in excluded)


def search(conn: Connection, query: str, limit: int, lang: Optional[str], mark: tuple[str, str]) -> list[dict[str, Any]]:
    match = fts5_query(query)
    if not match or limit <= 0:
        return []
    dialect = conn.dialect.name
    if dialect == "sqlite":
        return _sqlite(conn, match, limit, lang, mark)
    if dialect == "postgresql":
        return _postgresql(conn, query, limit, lang, mark)
    raise NotImplementedError(f"full-text search is implemented for sqlite and postgresql, not {dialect}")


def _hit(row: Any, rank: float) -> dict[str, Any]:
    published = row.published
    return {
        "id": row.id,
        "title": row.title,
        "lang": row.lang,
        "published": published.isoformat() if hasattr(published, "isoformat") else published,
        "url": row.url,
        "snippet": row.snippet,
        "rank": rank,
    }


def _sqlite(conn: Connection, match: str, limit: int, lang: Optional[str], mark: tuple[str, str]) -> list[dict[str, Any]]:
    lang_filter = "AND a.lang = :lang" if lang else ""
    sql = text(
        f"""SELECT a.id, a.title, a.lang, a.published, a.url,
                   snippet(articles_fts, -1, :open, :close, '…', 16) AS snippet,
                   bm25(articles_fts, 2.0, 1.0) AS score
            FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
            WHERE articles_fts MATCH :match {lang_filter}
            ORDER BY score LIMIT :limit"""
    )
    rows = conn.execute(sql, {"match": match, "lang": lang, "limit": limit, "open": mark[0], "close": mark[1]})
    # bm25 is lower-is-better; flip it so rank is higher-is-better on every backend.
    return [_hit(r, -r.score) for r in rows]


def _postgresql(conn: Connection, query: str, limit: int, lang: Optional[str], mark: tuple[str, str]) -> list[dict[str, Any]]:
    lang_filter = "AND a.lang = :lang" if lang else ""
    options = 'StartSel="{}", StopSel="{}", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'.format(
        mark[0].replace('"', ""), mark[1].replace('"', "")
    )
    sql = text(
        f"""WITH q AS (SELECT websearch_to_tsquery('simple'::regconfig, :query) AS query),
            top AS (
                SELECT a.seq, ts_rank({PG_DOCUMENT}, q.query) AS score
                FROM articles a, q
                WHERE {PG_DOCUMENT} @@ q.query {lang_filter}
                ORDER BY score DESC, a.seq LIMIT :limit)
            SELECT a.id, a.title, a.lang, a.published, a.url, top.score,
                   ts_headline('simple'::regconfig, coalesce(a.title, '') || ' ' || a.text, q.query, :options) AS snippet
            FROM top JOIN articles a ON a.seq = top.seq, q
            ORDER BY top.score DESC, a.seq"""
    )
    rows = conn.execute(sql, {"query": query, "lang": lang, "limit": limit, "options": options})
    return [_hit(r, float(r.score)) for r in rows]

