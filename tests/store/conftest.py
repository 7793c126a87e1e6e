"""Every store test runs on SQLite and on PostgreSQL.

PostgreSQL: ``KABAR_TEST_PG_URL`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``);
each test gets a fresh schema (via ``search_path``) that is dropped afterwards, so
parallel and repeated runs never see each other's tables. Unreachable server -> skip.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kabar.store import Store

sys.path.insert(0, str(Path(__file__).parent))  # store_records, also under --import-mode=importlib
from store_records import build_record  # noqa: E402

PG_URL = os.environ.get("KABAR_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_pg_problem: list[str] = []


def _pg_unreachable() -> str:
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


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "kabar.db")
        return
    problem = _pg_unreachable()
    if problem:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL} (set KABAR_TEST_PG_URL): {problem}")
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


@pytest.fixture
def store(db_url):
    s = Store.open(db_url)
    yield s
    s.close()


@pytest.fixture
def record():
    return build_record()
