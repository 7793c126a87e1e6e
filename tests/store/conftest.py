"""Every store test runs on SQLite and on PostgreSQL.

PostgreSQL: ``KABAR_TEST_PG_URL`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``);
each test gets a fresh schema (via ``search_path``) that is dropped afterwards, so
parallel and repeated runs never see each other's tables. Unreachable server -> skip.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kabar.store import Store

sys.path.insert(0, str(Path(__file__).parent))  # store_records, also under --import-mode=importlib
from pg_schema import fresh_schema_url, skip_reason  # noqa: E402
from store_records import build_record  # noqa: E402


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "kabar.db")
        return
    if skip_reason():
        pytest.skip(skip_reason())
    with fresh_schema_url() as url:
        yield url


@pytest.fixture
def store(db_url):
    s = Store.open(db_url)
    yield s
    s.close()


@pytest.fixture
def record():
    return build_record()
