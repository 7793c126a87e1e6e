"""query columns on events, and a full-text table datasette can find

Revision ID: 0002_query
Revises: 0001
Create Date: 2026-12-04

- ``events.effective_date``: the event's own date, else its article's publication
  date, so date filters and sorting on "when it happened" use one indexed column.
- ``events.mode``: the PLOVER modes, comma-joined, so the mode filter needs no JSON.
- ``ix_events_date_key``: (coalesce(effective_date, ''), article_id, evidence_start, id),
  so "newest first" pages read the index instead of sorting every event.
- ``event_actors``' code index becomes (code, role, article_id, event_id), covering the actor filter.
- SQLite: ``articles_fts`` is re-declared with ``content="articles"`` (double quotes).
  datasette finds a table's FTS index with ``sql LIKE '%content="articles"%'`` and
  misses the single-quoted form 0001 wrote; the index itself is rebuilt, unchanged.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002_query"
down_revision = "0001"
branch_labels = None
depends_on = None

COVERING_CODE = "ix_event_actors_code_role_article_id_event_id"
FTS_TRIGGERS = ("articles_fts_ai", "articles_fts_ad", "articles_fts_au")


def _fts_sqlite(content_quote: str) -> list[str]:
    return [
        f"""CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content={content_quote}articles{content_quote}, content_rowid='seq',
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
        "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
    ]


def _redeclare_fts(content_quote: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS articles_fts")
    for statement in _fts_sqlite(content_quote):
        op.execute(statement)


def _backfill() -> None:
    """Fill the new columns for events stored before this revision."""
    bind = op.get_bind()
    bind.execute(
        sa.text(
            """UPDATE events SET effective_date = COALESCE(date,
                   (SELECT CAST(a.published AS VARCHAR) FROM articles a WHERE a.id = events.article_id))"""
        )
    )
    rows = bind.execute(sa.text("SELECT article_id, id, data FROM events")).all()
    modes = []
    for article_id, event_id, data in rows:
        data = json.loads(data) if isinstance(data, str) else data
        if data.get("mode"):
            modes.append({"a": article_id, "i": event_id, "m": ",".join(data["mode"])})
    if modes:
        bind.execute(sa.text("UPDATE events SET mode = :m WHERE article_id = :a AND id = :i"), modes)


def upgrade() -> None:
    # Plain ALTER TABLE ADD/DROP COLUMN (SQLite >= 3.35): a batch copy of events would
    # drop the old table and, with foreign keys on, cascade-delete its event_actors.
    op.add_column("events", sa.Column("effective_date", sa.String()))
    op.add_column("events", sa.Column("mode", sa.Text()))
    op.create_index("ix_events_effective_date", "events", ["effective_date"])
    op.create_index("ix_events_modality", "events", ["modality"])
    op.create_index("ix_events_date_key", "events",
                    [sa.text("coalesce(effective_date, '')"), "article_id", "evidence_start", "id"])
    op.drop_index("ix_event_actors_code", "event_actors")
    op.create_index(COVERING_CODE, "event_actors", ["code", "role", "article_id", "event_id"])
    _backfill()
    _redeclare_fts('"')


def downgrade() -> None:
    _redeclare_fts("'")
    op.drop_index(COVERING_CODE, "event_actors")
    op.create_index("ix_event_actors_code", "event_actors", ["code"])
    op.drop_index("ix_events_date_key", "events")
    op.drop_index("ix_events_modality", "events")
    op.drop_index("ix_events_effective_date", "events")
    op.drop_column("events", "mode")
    op.drop_column("events", "effective_date")
