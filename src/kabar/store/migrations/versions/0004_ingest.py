"""ingest bookkeeping: resumable runs (ingest_runs, ingest_inputs) and feed following (feed_state, seen_urls)

Revision ID: 0004_ingest
Revises: 0003_across
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004_ingest"
down_revision = "0003_across"
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
Stamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "ingest_runs",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("inputs", Json, nullable=False),
        sa.Column("started_at", Stamp, nullable=False),
        sa.Column("finished_at", Stamp),
        sa.PrimaryKeyConstraint("key", name="pk_ingest_runs"),
    )
    op.create_table(
        "ingest_inputs",
        sa.Column("run_key", sa.String(64), nullable=False),
        sa.Column("input", sa.Text(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("finished", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("run_key", "input", name="pk_ingest_inputs"),
        sa.ForeignKeyConstraint(["run_key"], ["ingest_runs.key"], name="fk_ingest_inputs_run_key_ingest_runs", ondelete="CASCADE"),
    )
    op.create_table(
        "feed_state",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("checked_at", Stamp, nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_feed_state"),
    )
    op.create_table(
        "seen_urls",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("feed", sa.Text(), nullable=False),
        sa.Column("article_id", sa.String()),
        sa.Column("seen_at", Stamp, nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_seen_urls"),
    )


def downgrade() -> None:
    for table in ("seen_urls", "feed_state", "ingest_inputs", "ingest_runs"):
        op.drop_table(table)
