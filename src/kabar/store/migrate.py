"""Bring a database to the newest schema with alembic, using the scripts shipped in the package."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


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
    """Upgrade in place; returns whether anything ran (an up-to-date database is not touched)."""
    target = head_revision(script_location) if revision == "head" else revision
    if current_revision(engine) == target:
        return False
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn, script_location), revision)
    return True
