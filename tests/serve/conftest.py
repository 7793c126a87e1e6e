"""Serve tests: the app over a store on SQLite and on PostgreSQL (the store tests' ``db_url`` fixture)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

STORE_TESTS = Path(__file__).resolve().parents[1] / "store"

# One PostgreSQL fixture for the whole suite: the store tests' db_url (fresh schema per test, skip when no server).
_spec = importlib.util.spec_from_file_location("kabar_store_test_conftest", STORE_TESTS / "conftest.py")
_store_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store_conftest)
db_url = _store_conftest.db_url

@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline, loaded once (its models take seconds to load)."""
    from kabar.pipeline import default_pipeline

    return default_pipeline()
