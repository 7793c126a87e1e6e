"""quotes.attribution: the kind of a wide-mode attribution (belief, intention, stance, ...)

Revision ID: 0005_quote_attribution
Revises: 0004_ingest
Create Date: 2026-12-06

``[stages.quotes] attribution = "wide"`` (session 22) adds beliefs, intentions, stances, evaluations, topics and
poll findings to a record's quotes, each with ``Quote.attribution``; the column lets people and filters tell them
from statements (NULL), which is what every quote stored before this revision is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_quote_attribution"
down_revision = "0004_ingest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("quotes", sa.Column("attribution", sa.String()))


def downgrade() -> None:
    op.drop_column("quotes", "attribution")
