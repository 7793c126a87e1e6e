"""The store's tables, as SQLAlchemy Core metadata (the target the migrations must reach).

``articles.record`` holds the whole record, so reading back never depends on the
child tables; the child tables exist to be queried (by people, SQL, and ``Store.find_*``).
Every child row carries ``article_id`` and is deleted with its article.

``articles.seq`` is an integer key because SQLite's FTS5 external-content index
needs a rowid that VACUUM never renumbers; ``articles.id`` (the record id) is
unique and is what every child row references.

Change this file only together with a new revision in ``migrations/versions``;
``tests/store/test_migrations.py`` checks that the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    func,
    literal_column,
)
from sqlalchemy.dialects import postgresql

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

# JSONB on PostgreSQL so the record can be queried there; JSON text elsewhere.
Json = JSON().with_variant(postgresql.JSONB(), "postgresql")


def _article_fk() -> Column:
    return Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


articles = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, unique=True),
    Column("lang", String),
    Column("title", Text),
    Column("published", Date),
    Column("url", Text, unique=True),
    Column("outlet", Text),
    Column("original_outlet", Text),
    Column("author", Text),
    Column("text", Text, nullable=False),
    Column("record", Json, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index(None, "published"),
    Index(None, "lang"),
)

removed = Table(
    "removed",
    metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    PrimaryKeyConstraint("article_id", "idx"),
)

sentences = Table(
    "sentences",
    metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    PrimaryKeyConstraint("article_id", "idx"),
)

entities = Table(
    "entities",
    metadata,
    _article_fk(),
    Column("id", String, nullable=False),
    Column("type", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("actor", String),
    Column("wikidata", String),
    PrimaryKeyConstraint("article_id", "id"),
    Index(None, "name"),
    Index(None, "actor"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String, nullable=False),
    Column("idx", Integer, nullable=False),
    Column("entity_id", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String, nullable=False),
    PrimaryKeyConstraint("article_id", "idx"),
    ForeignKeyConstraint(
        ["article_id", "entity_id"], ["entities.article_id", "entities.id"], ondelete="CASCADE"
    ),
    Index(None, "article_id", "entity_id"),
)

quotes = Table(
    "quotes",
    metadata,
    _article_fk(),
    Column("id", String, nullable=False),
    Column("speaker", String),
    Column("speaker_name", Text),
    Column("cue", Text),
    Column("kind", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("medium", Text),
    Column("parent", String),
    # Revision 0005: the kind of a wide-mode attribution (belief, intention, stance, ...); NULL for a statement.
    Column("attribution", String),
    PrimaryKeyConstraint("article_id", "id"),
    Index(None, "speaker_name"),
)

events = Table(
    "events",
    metadata,
    _article_fk(),
    Column("id", String, nullable=False),
    Column("event", String, nullable=False),
    Column("quad_code", String),
    # First actor/recipient, denormalised for plain SQL; all of them are in event_actors.
    Column("actor_code", String),
    Column("actor_name", Text),
    Column("recipient_code", String),
    Column("recipient_name", Text),
    Column("date", String),
    Column("date_text", Text),
    Column("modality", String, nullable=False),
    Column("claimant_name", Text),
    Column("claimant_entity", String),
    Column("quote_id", String),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("event_text", Text, nullable=False),
    Column("instrument", Text),
    Column("confidence", Float, nullable=False),
    Column("cameo", String),
    Column("goldstein", Float),
    Column("data", Json, nullable=False),
    # Revision 0002: the event's date, else the article's; PLOVER modes comma-joined.
    Column("effective_date", String),
    Column("mode", Text),
    PrimaryKeyConstraint("article_id", "id"),
    Index(None, "event"),
    Index(None, "actor_code"),
    Index(None, "recipient_code"),
    Index(None, "date"),
    Index(None, "effective_date"),
    Index(None, "modality"),
    # Revision 0003_across: kabar.across looks up same-kind events a few days apart.
    Index(None, "event", "effective_date"),
)

# Serves "newest first" pages (ORDER BY this key ... LIMIT n) without sorting every event.
# Queries must spell the key exactly so (kabar.store.queries.DATE_KEY).
EVENTS_DATE_KEY = func.coalesce(events.c.effective_date, literal_column("''"))
Index("ix_events_date_key", EVENTS_DATE_KEY, events.c.article_id, events.c.evidence_start, events.c.id)

event_actors = Table(
    "event_actors",
    metadata,
    Column("article_id", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("role", String, nullable=False),  # "actor" | "recipient"
    Column("idx", Integer, nullable=False),
    Column("name", Text),
    Column("code", String),
    Column("entity", String),
    PrimaryKeyConstraint("article_id", "event_id", "role", "idx"),
    ForeignKeyConstraint(["article_id", "event_id"], ["events.article_id", "events.id"], ondelete="CASCADE"),
    # Revision 0002: covering, so an actor-code filter reads the index alone.
    Index(None, "code", "role", "article_id", "event_id"),
    Index(None, "name"),
)

dates = Table(
    "dates",
    metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("value", String),
    Column("grain", String),
    PrimaryKeyConstraint("article_id", "idx"),
    Index(None, "value"),
)

quantities = Table(
    "quantities",
    metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("value", Float),
    Column("min", Float),
    Column("max", Float),
    Column("unit", String),
    Column("noun", Text),
    PrimaryKeyConstraint("article_id", "idx"),
)

# --- across articles (kabar.across): copies, translations, event clusters ----------------------
# Written by kabar.across after an article is stored; every row goes with its article.

sightings = Table(
    "sightings",
    metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", Date),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    PrimaryKeyConstraint("article_id", "idx"),
)

fingerprints = Table(
    "fingerprints",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("shingles", Integer, nullable=False),
    Column("minhash", LargeBinary, nullable=False),
    Column("facts", Json, nullable=False),
)

lsh_bands = Table(
    "lsh_bands",
    metadata,
    Column("band", Integer, nullable=False),
    Column("key", String(16), nullable=False),
    _article_fk(),
    PrimaryKeyConstraint("band", "key", "article_id"),
    Index(None, "article_id"),
)

article_facts = Table(
    "article_facts",
    metadata,
    Column("feature", String, nullable=False),
    _article_fk(),
    PrimaryKeyConstraint("feature", "article_id"),
    Index(None, "article_id"),
)

article_links = Table(
    "article_links",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", String, nullable=False),
    Column("relation", String, nullable=False),  # "original" | "copy" | "translation"
    Column("linked_to", String),
    Column("score", Float),
    Index(None, "group_id"),
)

event_clusters = Table(
    "event_clusters",
    metadata,
    Column("article_id", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("cluster_id", String, nullable=False),
    Column("score", Float),
    PrimaryKeyConstraint("article_id", "event_id"),
    ForeignKeyConstraint(["article_id", "event_id"], ["events.article_id", "events.id"], ondelete="CASCADE"),
    Index(None, "cluster_id"),
)

# --- ingest bookkeeping (revision 0004_ingest): what a run has done, what a feed follower has seen -----------

# One row per `kabar ingest` run (its inputs and options hashed into `key`); finished_at stays empty
# until every input has been read, so a run stopped midway is found and continued.
ingest_runs = Table(
    "ingest_runs",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("inputs", Json, nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
)

# Per run and input: how many of its items (records, errors and skips, in reading order) are done.
ingest_inputs = Table(
    "ingest_inputs",
    metadata,
    Column("run_key", String(64), ForeignKey("ingest_runs.key", ondelete="CASCADE"), nullable=False),
    Column("input", Text, nullable=False),
    Column("items", Integer, nullable=False),
    Column("finished", Boolean, nullable=False),
    PrimaryKeyConstraint("run_key", "input"),
)

# What `kabar watch` knows of each feed: the validators for a conditional GET.
feed_state = Table(
    "feed_state",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", DateTime(timezone=True), nullable=False),
    Column("status", Text, nullable=False),
)

# Entry links `kabar watch` has handled (stored, or failed for good), so a restart fetches only what is new.
seen_urls = Table(
    "seen_urls",
    metadata,
    Column("url", Text, primary_key=True),
    Column("feed", Text, nullable=False),
    Column("article_id", String),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)
