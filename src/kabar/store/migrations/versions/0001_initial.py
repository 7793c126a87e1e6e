"""initial schema: articles, their child tables, and full-text search

Revision ID: 0001
Revises:
Create Date: 2025-11-26

Written out in full (not ``metadata.create_all``) so this revision keeps
producing the same schema after ``schema.py`` moves on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

FTS_SQLITE = [
    # External content: the text lives once, in articles; the index follows it by triggers.
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
]

FTS_POSTGRESQL = [
    """CREATE INDEX ix_articles_fts ON articles USING gin
        (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || text))""",
]


def _article_id(table: str) -> sa.Column:
    return sa.Column(
        "article_id",
        sa.String(),
        sa.ForeignKey("articles.id", name=f"fk_{table}_article_id_articles", ondelete="CASCADE"),
        nullable=False,
    )


def _span() -> list[sa.Column]:
    return [sa.Column("start", sa.Integer(), nullable=False), sa.Column("end", sa.Integer(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("lang", sa.String()),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("url", sa.Text()),
        sa.Column("outlet", sa.Text()),
        sa.Column("original_outlet", sa.Text()),
        sa.Column("author", sa.Text()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("record", Json, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_articles"),
        sa.UniqueConstraint("id", name="uq_articles_id"),
        sa.UniqueConstraint("url", name="uq_articles_url"),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_lang", "articles", ["lang"])

    op.create_table(
        "removed",
        _article_id("removed"),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("article_id", "idx", name="pk_removed"),
    )
    op.create_table(
        "sentences",
        _article_id("sentences"),
        sa.Column("idx", sa.Integer(), nullable=False),
        *_span(),
        sa.PrimaryKeyConstraint("article_id", "idx", name="pk_sentences"),
    )
    op.create_table(
        "entities",
        _article_id("entities"),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("actor", sa.String()),
        sa.Column("wikidata", sa.String()),
        sa.PrimaryKeyConstraint("article_id", "id", name="pk_entities"),
    )
    op.create_index("ix_entities_name", "entities", ["name"])
    op.create_index("ix_entities_actor", "entities", ["actor"])

    op.create_table(
        "mentions",
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        *_span(),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("article_id", "idx", name="pk_mentions"),
        sa.ForeignKeyConstraint(
            ["article_id", "entity_id"],
            ["entities.article_id", "entities.id"],
            name="fk_mentions_article_id_entity_id_entities",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_mentions_article_id_entity_id", "mentions", ["article_id", "entity_id"])

    op.create_table(
        "quotes",
        _article_id("quotes"),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("speaker", sa.String()),
        sa.Column("speaker_name", sa.Text()),
        sa.Column("cue", sa.Text()),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_span(),
        sa.Column("medium", sa.Text()),
        sa.Column("parent", sa.String()),
        sa.PrimaryKeyConstraint("article_id", "id", name="pk_quotes"),
    )
    op.create_index("ix_quotes_speaker_name", "quotes", ["speaker_name"])

    op.create_table(
        "events",
        _article_id("events"),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("event", sa.String(), nullable=False),
        sa.Column("quad_code", sa.String()),
        sa.Column("actor_code", sa.String()),
        sa.Column("actor_name", sa.Text()),
        sa.Column("recipient_code", sa.String()),
        sa.Column("recipient_name", sa.Text()),
        sa.Column("date", sa.String()),
        sa.Column("date_text", sa.Text()),
        sa.Column("modality", sa.String(), nullable=False),
        sa.Column("claimant_name", sa.Text()),
        sa.Column("claimant_entity", sa.String()),
        sa.Column("quote_id", sa.String()),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("event_text", sa.Text(), nullable=False),
        sa.Column("instrument", sa.Text()),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("cameo", sa.String()),
        sa.Column("goldstein", sa.Float()),
        sa.Column("data", Json, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "id", name="pk_events"),
    )
    for column in ("event", "actor_code", "recipient_code", "date"):
        op.create_index(f"ix_events_{column}", "events", [column])

    op.create_table(
        "event_actors",
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text()),
        sa.Column("code", sa.String()),
        sa.Column("entity", sa.String()),
        sa.PrimaryKeyConstraint("article_id", "event_id", "role", "idx", name="pk_event_actors"),
        sa.ForeignKeyConstraint(
            ["article_id", "event_id"],
            ["events.article_id", "events.id"],
            name="fk_event_actors_article_id_event_id_events",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_event_actors_code", "event_actors", ["code"])
    op.create_index("ix_event_actors_name", "event_actors", ["name"])

    op.create_table(
        "dates",
        _article_id("dates"),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_span(),
        sa.Column("value", sa.String()),
        sa.Column("grain", sa.String()),
        sa.PrimaryKeyConstraint("article_id", "idx", name="pk_dates"),
    )
    op.create_index("ix_dates_value", "dates", ["value"])

    op.create_table(
        "quantities",
        _article_id("quantities"),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_span(),
        sa.Column("value", sa.Float()),
        sa.Column("min", sa.Float()),
        sa.Column("max", sa.Float()),
        sa.Column("unit", sa.String()),
        sa.Column("noun", sa.Text()),
        sa.PrimaryKeyConstraint("article_id", "idx", name="pk_quantities"),
    )

    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": FTS_SQLITE, "postgresql": FTS_POSTGRESQL}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")
    for table in (
        "quantities", "dates", "event_actors", "events", "quotes",
        "mentions", "entities", "sentences", "removed", "articles",
    ):
        op.drop_table(table)
