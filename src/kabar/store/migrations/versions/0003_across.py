"""across articles: sightings of exact copies, near-duplicate and translation links, event clusters,
and an index for clustering's look-up of same-kind events a few days apart

Revision ID: 0003_across
Revises: 0002_query
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003_across"
down_revision = "0002_query"
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _article_id(table: str, primary_key: bool = False) -> sa.Column:
    return sa.Column(
        "article_id",
        sa.String(),
        sa.ForeignKey("articles.id", name=f"fk_{table}_article_id_articles", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary_key,
    )


def upgrade() -> None:
    op.create_table(
        "sightings",
        _article_id("sightings"),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("outlet", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("article_id", "idx", name="pk_sightings"),
    )
    op.create_table(
        "fingerprints",
        _article_id("fingerprints", primary_key=True),
        sa.Column("shingles", sa.Integer(), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=False),
        sa.Column("facts", Json, nullable=False),
        sa.PrimaryKeyConstraint("article_id", name="pk_fingerprints"),
    )
    op.create_table(
        "lsh_bands",
        sa.Column("band", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(16), nullable=False),
        _article_id("lsh_bands"),
        sa.PrimaryKeyConstraint("band", "key", "article_id", name="pk_lsh_bands"),
    )
    op.create_index("ix_lsh_bands_article_id", "lsh_bands", ["article_id"])
    op.create_table(
        "article_facts",
        sa.Column("feature", sa.String(), nullable=False),
        _article_id("article_facts"),
        sa.PrimaryKeyConstraint("feature", "article_id", name="pk_article_facts"),
    )
    op.create_index("ix_article_facts_article_id", "article_facts", ["article_id"])
    op.create_table(
        "article_links",
        _article_id("article_links", primary_key=True),
        sa.Column("group_id", sa.String(), nullable=False),
        sa.Column("relation", sa.String(), nullable=False),
        sa.Column("linked_to", sa.String()),
        sa.Column("score", sa.Float()),
        sa.PrimaryKeyConstraint("article_id", name="pk_article_links"),
    )
    op.create_index("ix_article_links_group_id", "article_links", ["group_id"])
    op.create_table(
        "event_clusters",
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("cluster_id", sa.String(), nullable=False),
        sa.Column("score", sa.Float()),
        sa.PrimaryKeyConstraint("article_id", "event_id", name="pk_event_clusters"),
        sa.ForeignKeyConstraint(
            ["article_id", "event_id"], ["events.article_id", "events.id"],
            name="fk_event_clusters_article_id_event_id_events", ondelete="CASCADE",
        ),
    )
    op.create_index("ix_event_clusters_cluster_id", "event_clusters", ["cluster_id"])
    # clustering looks up events of one category a few days apart (kabar.across.clusters)
    op.create_index("ix_events_event_effective_date", "events", ["event", "effective_date"])


def downgrade() -> None:
    op.drop_index("ix_events_event_effective_date", "events")
    for table in ("event_clusters", "article_links", "article_facts", "lsh_bands", "fingerprints", "sightings"):
        op.drop_table(table)
