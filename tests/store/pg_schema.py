"""PostgreSQL for tests: is a server there, and a fresh schema (a new, empty database as kabar sees it) per use.

``KABAR_TEST_PG_URL`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``). A schema is
chosen through ``search_path`` in the URL and dropped afterwards, so runs never see each other.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from typing import Iterator

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("KABAR_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_pg_problem: list[str] = []


def pg_unreachable() -> str:
    """Why PostgreSQL cannot be used ("" when it can); asked once per run."""
    if not _pg_problem:
        try:
            engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
            _pg_problem.append("")
        except Exception as exc:  # any failure to connect means: skip, with the reason
            _pg_problem.append(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
    return _pg_problem[0]


def skip_reason() -> str:
    problem = pg_unreachable()
    return f"PostgreSQL not reachable at {PG_URL} (set KABAR_TEST_PG_URL): {problem}" if problem else ""


@contextlib.contextmanager
def fresh_schema_url() -> Iterator[str]:
    """The URL of a new empty schema, dropped on exit."""
    schema = f"kabar_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
