"""Bring a database to the newest schema with alembic, using the scripts shipped in the package.

Two processes opening one new database at once must not both create it: the upgrade runs
inside one transaction that first takes a database-wide lock (SQLite: ``BEGIN IMMEDIATE``,
the write lock; PostgreSQL: a transaction-scoped advisory lock), then looks at the revision
again, so the second process finds the schema made and does nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# pg_advisory_xact_lock key for "kabar schema migration" (any fixed 64-bit number works)
PG_MIGRATION_LOCK = 0x6B61626172_01


def alembic_config(connection: Optional[Connection] = None, script_location: Optional[Path] = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> Optional[str]:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(script_location: Optional[Path] = None) -> Optional[str]:
    return ScriptDirectory.from_config(alembic_config(script_location=script_location)).get_current_head()


def upgrade(engine: Engine, revision: str = "head", script_location: Optional[Path] = None) -> bool:
    """Upgrade in place under the migration lock; returns whether anything ran."""
    target = head_revision(script_location) if revision == "head" else revision
    if current_revision(engine) == target:  # the common case: no lock taken
        return False
    # kabar_write makes the SQLite engine open the transaction with BEGIN IMMEDIATE (see store._sqlite_engine)
    with engine.execution_options(kabar_write=True).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK})
        if MigrationContext.configure(conn).get_current_revision() == target:
            return False  # another process migrated while we waited for the lock
        command.upgrade(alembic_config(conn, script_location), revision)
    return True
