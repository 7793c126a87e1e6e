"""The across tests use hand-made records (records.py beside this file) and the store tests' database URLs."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # records, also under --import-mode=importlib

import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("kabar_store_test_conftest", HERE.parent / "store" / "conftest.py")
_store_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store_conftest)
db_url = _store_conftest.db_url  # SQLite, and PostgreSQL when it answers (else skipped with the reason)
