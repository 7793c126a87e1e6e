"""kabar's store: records in and out of SQLite (default) or PostgreSQL, via SQLAlchemy Core.

The store never extracts anything; it saves records and reads them back. The
whole record is kept as JSON in ``articles.record`` (so ``get`` is lossless) and
is also spread over child tables so people can query entities, quotes and events
with SQL or the ``find_*`` methods. ``Store.open`` migrates the database to the
newest schema first (alembic, scripts shipped in ``kabar/store/migrations``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Union

from sqlalchemy import and_, create_engine, delete, event, exists, func, insert, or_, select, text, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.pool import StaticPool

from kabar.record import Article, normalise_for_id, parse_published
from kabar.store import fts, schema
from kabar.store.migrate import upgrade
from kabar.store.schema import (
    articles,
    dates,
    entities,
    event_actors,
    events,
    mentions,
    quantities,
    quotes,
    removed,
    sentences,
    sightings,
)

__all__ = ["Store", "StoreOpenError", "default_path", "resolve_url", "content_hash"]

# Children before parents, so explicit deletes never trip a foreign key.
CHILD_TABLES = (mentions, entities, event_actors, events, quotes, removed, sentences, dates, quantities)
Status = str  # "inserted" | "updated" | "unchanged" | "duplicate" (same body, other metadata: a sighting)
WRITE_ATTEMPTS = 3


def default_path() -> Path:
    """``$KABAR_DB`` if set, else ``kabar.db`` in the user's data directory."""
    if os.environ.get("KABAR_DB"):
        return Path(os.environ["KABAR_DB"]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("kabar")) / "kabar.db"


def resolve_url(url_or_path: Union[str, Path, None] = None, *, create: bool = True) -> str:
    """A SQLAlchemy URL from nothing (the default file), a file path, ``:memory:``, or a URL.

    With ``create`` the file's folder is made, so a new database can be created there."""
    if url_or_path is None:
        url_or_path = default_path()
    if isinstance(url_or_path, str) and "://" in url_or_path:
        return url_or_path
    if str(url_or_path) == ":memory:":
        return "sqlite://"
    path = Path(url_or_path).expanduser().resolve()
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def content_hash(data: dict[str, Any]) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class StoreOpenError(RuntimeError):
    """The database cannot be opened; the message is one line naming the URL and the cause."""


def _cause(exc: BaseException) -> str:
    """The first line of the driver's own message (SQLAlchemy appends SQL and a help link)."""
    inner = getattr(exc, "orig", None) or exc
    first = next((line.strip() for line in str(inner).splitlines() if line.strip()), "")
    return f"{type(inner).__name__}: {first}" if first else type(inner).__name__


def _lock_key(article_id: str) -> int:
    """A signed 64-bit advisory-lock key for one article id."""
    return int.from_bytes(hashlib.sha256(article_id.encode("utf-8")).digest()[:8], "big", signed=True)


def _unicode_lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _enable_wal(cursor, wait_seconds: float = 10.0) -> None:
    """Switch to WAL; the switch ignores busy_timeout, so a process racing another one to a new file waits here."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_engine(url: str) -> Engine:
    memory = make_url(url).database in (None, "", ":memory:")
    engine = create_engine(
        url,
        **({"poolclass": StaticPool, "connect_args": {"check_same_thread": False}} if memory else {}),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let SQLAlchemy, not pysqlite, open transactions, so DDL and SAVEPOINTs are transactional.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        if not memory:
            _enable_wal(cursor)
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        # SQLite's own lower() folds ASCII only; names like "Erdoğan" need Unicode folding.
        dbapi_conn.create_function("lower", 1, _unicode_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the write lock up front, so two writers wait (busy_timeout) instead of failing.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("kabar_write") else "BEGIN")

    return engine


MAX_PATTERN = 10_000  # characters in a name/speaker filter; SQLite refuses LIKE patterns over 50,000 bytes


def _like_escape(value: str) -> str:
    if len(value) > MAX_PATTERN:
        raise ValueError(f"search text is {len(value):,} characters; at most {MAX_PATTERN:,} are allowed")
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(column, value: str):
    """Case-insensitive substring match, with the user's % and _ taken literally."""
    return func.lower(column).like(f"%{_like_escape(value.lower())}%", escape="\\")


def starts_with(column, value: str):
    return func.lower(column).like(f"{_like_escape(value.lower())}%", escape="\\")


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _article_row(record: Article, data: dict[str, Any], digest: str) -> dict[str, Any]:
    return {
        "id": record.id,
        "lang": record.lang,
        "title": record.title,
        "published": record.published,
        "url": record.url or None,
        "outlet": record.outlet,
        "original_outlet": record.original_outlet,
        "author": record.author,
        "text": record.text,
        "record": data,
        "content_hash": digest,
    }


def _is_other_sighting(current: Any, record: Article) -> bool:
    """Same body stored under other metadata, not as a new version of the same article.

    The id is the body's hash, so two files with one body share it; without this they would
    overwrite each other on every ingest. A record with the stored URL is an update; one whose
    body or metadata (title, URL, outlet, date) is the stored one is an update too (the pipeline's
    output changed); otherwise it is another sighting of the stored article.
    """
    if normalise_for_id(current.text) != normalise_for_id(record.text):  # the body the id is the hash of
        return False
    if record.url and record.url == current.url:
        return False
    stored = (current.title, current.url, current.outlet, current.published)
    return stored != (record.title, record.url or None, record.outlet, record.published)


def _child_rows(record: Article) -> dict[Any, list[dict[str, Any]]]:
    aid = record.id
    rows: dict[Any, list[dict[str, Any]]] = {
        removed: [{"article_id": aid, "idx": i, "kind": r.kind, "text": r.text, "start": r.start} for i, r in enumerate(record.removed)],
        sentences: [{"article_id": aid, "idx": i, "start": s.start, "end": s.end} for i, s in enumerate(record.sentences)],
        entities: [
            {"article_id": aid, "id": e.id, "type": e.type, "name": e.name, "actor": e.actor, "wikidata": e.wikidata}
            for e in record.entities
        ],
        mentions: [
            {"article_id": aid, "idx": i, "entity_id": e.id, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind}
            for i, (e, m) in enumerate((e, m) for e in record.entities for m in e.mentions)
        ],
        quotes: [
            {
                "article_id": aid, "id": q.id, "speaker": q.speaker, "speaker_name": q.speaker_name, "cue": q.cue,
                "kind": q.kind, "text": q.text, "start": q.start, "end": q.end, "medium": q.medium, "parent": q.parent,
                "attribution": q.attribution,
            }
            for q in record.quotes
        ],
        dates: [
            {"article_id": aid, "idx": i, "text": d.text, "start": d.start, "end": d.end, "value": d.value, "grain": d.grain}
            for i, d in enumerate(record.dates)
        ],
        quantities: [
            {
                "article_id": aid, "idx": i, "text": q.text, "start": q.start, "end": q.end, "value": q.value,
                "min": q.min, "max": q.max, "unit": q.unit, "noun": q.noun,
            }
            for i, q in enumerate(record.quantities)
        ],
        events: [],
        event_actors: [],
    }
    for ev in record.events:
        first_actor = ev.actor[0] if ev.actor else None
        first_recipient = ev.recipient[0] if ev.recipient else None
        rows[events].append(
            {
                "article_id": aid, "id": ev.id, "event": ev.event, "quad_code": ev.quad_code,
                "actor_code": first_actor and first_actor.code, "actor_name": first_actor and first_actor.name,
                "recipient_code": first_recipient and first_recipient.code,
                "recipient_name": first_recipient and first_recipient.name,
                "date": ev.date, "date_text": ev.date_text, "modality": ev.modality,
                "claimant_name": ev.claimant and ev.claimant.name, "claimant_entity": ev.claimant and ev.claimant.entity,
                "quote_id": ev.quote, "evidence_start": ev.evidence.start, "evidence_end": ev.evidence.end,
                "event_text": ev.event_text, "instrument": ev.instrument, "confidence": ev.confidence,
                "cameo": ev.cameo, "goldstein": ev.goldstein, "data": ev.to_dict(),
                "effective_date": ev.date or (record.published.isoformat() if record.published else None),
                "mode": ",".join(ev.mode) or None,
            }
        )
        for role, refs in (("actor", ev.actor), ("recipient", ev.recipient)):
            rows[event_actors].extend(
                {"article_id": aid, "event_id": ev.id, "role": role, "idx": i, "name": r.name, "code": r.code, "entity": r.entity}
                for i, r in enumerate(refs)
            )
    return rows


class Store:
    """An open database of article records. Use ``Store.open(...)``; close it or use ``with``."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._wrote = False

    # --- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, url_or_path: Union[str, Path, None] = None, *, migrate: bool = True, create: bool = True) -> "Store":
        """Open a database, upgrading its schema in place to the newest revision.

        ``None``: the default SQLite file (see ``default_path``); a path: that SQLite file;
        a URL such as ``postgresql+psycopg://user@host/db``: that database. ``create=False``
        (for queries) refuses a SQLite file that does not exist instead of making an empty one.
        Any failure is a :class:`StoreOpenError` whose message names the URL and the cause.
        """
        try:
            url = resolve_url(url_or_path, create=create)
        except OSError as exc:
            raise StoreOpenError(f"cannot open database {url_or_path}: {exc.strerror or exc}") from exc
        parsed = make_url(url)
        shown = parsed.render_as_string(hide_password=True)
        sqlite = parsed.get_backend_name() == "sqlite"
        if sqlite and not create and parsed.database not in (None, "", ":memory:") and not Path(parsed.database).is_file():
            raise StoreOpenError(f"no database at {parsed.database} (kabar ingest creates one)")
        try:
            engine = _sqlite_engine(url) if sqlite else create_engine(url, pool_pre_ping=True)
            if migrate:
                upgrade(engine)
            else:
                with engine.connect():
                    pass
        except (SQLAlchemyError, OSError, ImportError, ValueError) as exc:
            raise StoreOpenError(f"cannot open database {shown}: {_cause(exc)}") from exc
        return cls(engine)

    def close(self) -> None:
        if self._wrote and self.engine.dialect.name == "sqlite":
            self._analyze()
        self.engine.dispose()

    def _analyze(self) -> None:
        """Refresh SQLite's planner statistics after writes (bounded by analysis_limit: milliseconds).

        Without them SQLite guesses that any index is selective, and a filtered
        "newest first" page may sort every matching event instead of walking the date index.
        """
        with self.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit=1000")
            conn.exec_driver_sql("ANALYZE")

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    def _write(self):
        self._wrote = True
        return self.engine.execution_options(kabar_write=True).begin()

    def _in_write(self, work: Callable[[Connection], Any]) -> Any:
        """Run ``work`` in one write transaction; retried when a concurrent writer stored the same row first."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self._write() as conn:
                    return work(conn)
            except IntegrityError:
                # Another process inserted this article (or its url) between our look-up and our insert;
                # the rolled-back transaction is run again and now sees that row (update or unchanged).
                if attempt == WRITE_ATTEMPTS - 1:
                    raise

    # --- writing ---------------------------------------------------------------------------
    def save(self, record: Union[Article, dict[str, Any]]) -> Status:
        """Store one record: "inserted", "updated" (same id or same url, changed) or "unchanged" (no writes)."""
        if not isinstance(record, Article):
            record = Article.from_dict(record)
        return self._in_write(lambda conn: self._save(conn, record))

    def save_many(self, records: Iterable[Union[Article, dict[str, Any]]], batch_size: int = 200) -> list[Status]:
        """Store many records, one transaction per batch; a failure rolls back only its batch (and raises)."""
        statuses: list[Status] = []
        batch: list[Any] = []

        def flush() -> None:
            if batch:
                statuses.extend(self._in_write(lambda conn: [self._save(conn, r) for r in batch]))
                batch.clear()

        for record in records:
            batch.append(record)
            if len(batch) >= batch_size:
                flush()
        flush()
        return statuses

    def _save(self, conn: Connection, record: Union[Article, dict[str, Any]]) -> Status:
        if not isinstance(record, Article):
            record = Article.from_dict(record)
        data = record.to_dict()
        digest = content_hash(data)
        if conn.dialect.name == "postgresql":
            # Writers of one article take turns (SQLite's BEGIN IMMEDIATE already serialises all writers).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key(record.id)})
        current = conn.execute(
            select(
                articles.c.content_hash, articles.c.ingested_at, articles.c.text, articles.c.url,
                articles.c.title, articles.c.outlet, articles.c.published,
            ).where(articles.c.id == record.id)
        ).first()
        if current is not None and current.content_hash == digest:
            return "unchanged"
        if current is not None and _is_other_sighting(current, record):
            return self._add_sighting(conn, record)

        now = dt.datetime.now(dt.timezone.utc)
        ingested_at = current.ingested_at if current is not None else now
        replaced = False
        if record.url:
            # A new version of a stored article (new body -> new id) takes the old one's place.
            for old in conn.execute(
                select(articles.c.id, articles.c.ingested_at).where(articles.c.url == record.url, articles.c.id != record.id)
            ).all():
                self._delete(conn, old.id)
                ingested_at = old.ingested_at  # the article is not new to the store
                replaced = True

        row = _article_row(record, data, digest)
        if current is not None:
            self._delete_children(conn, record.id)
            conn.execute(update(articles).where(articles.c.id == record.id).values(**row, updated_at=now))
        else:
            conn.execute(insert(articles).values(**row, ingested_at=ingested_at, updated_at=now))
        for table, rows in _child_rows(record).items():
            if rows:
                conn.execute(insert(table), rows)
        return "updated" if current is not None or replaced else "inserted"

    @staticmethod
    def _add_sighting(conn: Connection, record: Article) -> Status:
        """Another copy of a stored body under other metadata: remembered, the stored record kept."""
        seen = conn.execute(
            select(sightings.c.idx, sightings.c.title, sightings.c.url, sightings.c.outlet, sightings.c.published)
            .where(sightings.c.article_id == record.id)
        ).all()
        mine = (record.title, record.url or None, record.outlet, record.published)
        if any((s.title, s.url, s.outlet, s.published) == mine for s in seen):
            return "unchanged"
        conn.execute(insert(sightings).values(
            article_id=record.id, idx=len(seen), title=record.title, url=record.url or None, outlet=record.outlet,
            published=record.published, seen_at=dt.datetime.now(dt.timezone.utc),
        ))
        return "duplicate"

    def sightings(self, article_id: str) -> list[dict[str, Any]]:
        """Other copies of a stored article's body seen under other metadata, in the order seen."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(sightings).where(sightings.c.article_id == article_id).order_by(sightings.c.idx))
            return [{k: _iso(v) for k, v in r._mapping.items()} for r in rows]

    def delete(self, article_id: str) -> bool:
        with self._write() as conn:
            return self._delete(conn, article_id)

    @staticmethod
    def _delete_children(conn: Connection, article_id: str) -> None:
        for table in CHILD_TABLES:
            conn.execute(delete(table).where(table.c.article_id == article_id))

    def _delete(self, conn: Connection, article_id: str) -> bool:
        self._delete_children(conn, article_id)
        return conn.execute(delete(articles).where(articles.c.id == article_id)).rowcount > 0

    # --- reading ---------------------------------------------------------------------------
    def get(self, article_id: str) -> Optional[Article]:
        with self.engine.connect() as conn:
            data = conn.execute(select(articles.c.record).where(articles.c.id == article_id)).scalar()
        if data is None:
            return None
        return Article.from_dict(json.loads(data) if isinstance(data, str) else data)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    def counts(self) -> dict[str, int]:
        """Rows per table, for status output and tests."""
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in schema.metadata.sorted_tables}

    def articles(
        self, limit: int = 50, offset: int = 0, lang: Optional[str] = None, since: Union[dt.date, str, None] = None
    ) -> list[dict[str, Any]]:
        """Stored articles, newest published first; ``since`` keeps those published on or after it."""
        stmt = select(
            articles.c.id, articles.c.lang, articles.c.title, articles.c.published, articles.c.url,
            articles.c.outlet, articles.c.ingested_at, articles.c.updated_at,
        )
        if lang:
            stmt = stmt.where(articles.c.lang == lang)
        if since:
            stmt = stmt.where(articles.c.published >= parse_published(since))
        stmt = stmt.order_by(articles.c.published.desc().nulls_last(), articles.c.seq.desc()).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [{k: _iso(v) for k, v in row._mapping.items()} for row in conn.execute(stmt)]

    def search(self, query: str, limit: int = 20, lang: Optional[str] = None, mark: tuple[str, str] = ("[", "]")) -> list[dict[str, Any]]:
        """Full-text search over title + text: hits with id, title, snippet (matches in ``mark``), rank (higher is better)."""
        with self.engine.connect() as conn:
            return fts.search(conn, query, limit, lang, mark)

    def find_entities(
        self,
        name: Optional[str] = None,
        actor: Optional[str] = None,
        type: Optional[str] = None,
        article_id: Optional[str] = None,
        limit: Optional[int] = 100,
    ) -> list[dict[str, Any]]:
        """Entities by name (substring), actor code (prefix: "RUS" finds RUSGOV) and type; with their first mention."""
        stmt = select(entities, articles.c.seq).join(articles, articles.c.id == entities.c.article_id)
        if name:
            stmt = stmt.where(contains(entities.c.name, name))
        if actor:
            stmt = stmt.where(starts_with(entities.c.actor, actor))
        if type:
            stmt = stmt.where(entities.c.type == type.upper())
        if article_id:
            stmt = stmt.where(entities.c.article_id == article_id)
        stmt = stmt.order_by(articles.c.seq, entities.c.id).limit(limit)
        with self.engine.connect() as conn:
            found = [dict(r._mapping) for r in conn.execute(stmt)]
            if not found:
                return []
            first: dict[tuple[str, str], Any] = {}
            n: dict[tuple[str, str], int] = {}
            ids = {f["article_id"] for f in found}
            for m in conn.execute(select(mentions).where(mentions.c.article_id.in_(ids)).order_by(mentions.c.start)):
                key = (m.article_id, m.entity_id)
                first.setdefault(key, m)
                n[key] = n.get(key, 0) + 1
        out = []
        for f in found:
            key = (f["article_id"], f["id"])
            m = first.get(key)
            out.append(
                {
                    "article_id": f["article_id"], "id": f["id"], "type": f["type"], "name": f["name"],
                    "actor": f["actor"], "wikidata": f["wikidata"], "mentions": n.get(key, 0),
                    "start": m.start if m else None, "end": m.end if m else None, "text": m.text if m else None,
                }
            )
        return out

    def find_quotes(
        self,
        speaker: Optional[str] = None,
        text: Optional[str] = None,
        article_id: Optional[str] = None,
        limit: Optional[int] = 100,
    ) -> list[dict[str, Any]]:
        """Quotes by speaker name and by words in the quote (both case-insensitive substrings)."""
        stmt = select(quotes).join(articles, articles.c.id == quotes.c.article_id)
        if speaker:
            stmt = stmt.where(contains(quotes.c.speaker_name, speaker))
        if text:
            stmt = stmt.where(contains(quotes.c.text, text))
        if article_id:
            stmt = stmt.where(quotes.c.article_id == article_id)
        stmt = stmt.order_by(articles.c.seq, quotes.c.start).limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def find_events(
        self,
        event: Optional[str] = None,
        actor: Optional[str] = None,
        recipient: Optional[str] = None,
        claimant: Optional[str] = None,
        date_from: Union[dt.date, str, None] = None,
        date_to: Union[dt.date, str, None] = None,
        modality: Optional[str] = None,
        article_id: Optional[str] = None,
        limit: Optional[int] = 100,
    ) -> list[dict[str, Any]]:
        """Events by PLOVER type, actor/recipient (code prefix or name substring), claimant name, date range, modality.

        Dates compare as ISO strings, so a month-grain "2024-03" lies inside
        ``date_from="2024-03"`` but before ``date_from="2024-03-01"``.
        """
        stmt = select(events).join(articles, articles.c.id == events.c.article_id)
        if event:
            stmt = stmt.where(events.c.event == event.upper())
        for role, who in (("actor", actor), ("recipient", recipient)):
            if who:
                stmt = stmt.where(
                    exists().where(
                        and_(
                            event_actors.c.article_id == events.c.article_id,
                            event_actors.c.event_id == events.c.id,
                            event_actors.c.role == role,
                            or_(starts_with(event_actors.c.code, who), contains(event_actors.c.name, who)),
                        )
                    )
                )
        if claimant:
            stmt = stmt.where(contains(events.c.claimant_name, claimant))
        if date_from:
            stmt = stmt.where(events.c.date >= _iso(date_from))
        if date_to:
            # A bound includes everything inside it: date_to="2024-03" keeps "2024-03-31".
            stmt = stmt.where(or_(events.c.date <= _iso(date_to), events.c.date.startswith(_iso(date_to), autoescape=True)))
        if modality:
            stmt = stmt.where(events.c.modality == modality)
        if article_id:
            stmt = stmt.where(events.c.article_id == article_id)
        stmt = stmt.order_by(articles.c.seq, events.c.evidence_start).limit(limit)
        with self.engine.connect() as conn:
            rows = [r._mapping for r in conn.execute(stmt)]
        out = []
        for r in rows:
            data = json.loads(r["data"]) if isinstance(r["data"], str) else r["data"]
            out.append(
                {
                    "article_id": r["article_id"], "id": r["id"], "event": r["event"], "quad_code": r["quad_code"],
                    "actors": data.get("actor", []), "recipients": data.get("recipient", []),
                    "date": r["date"], "date_text": r["date_text"], "modality": r["modality"],
                    "claimant_name": r["claimant_name"], "claimant_entity": r["claimant_entity"], "quote_id": r["quote_id"],
                    "start": r["evidence_start"], "end": r["evidence_end"], "event_text": r["event_text"],
                    "instrument": r["instrument"], "confidence": r["confidence"],
                    "event_loc": data.get("event_loc"),
                }
            )
        return out
