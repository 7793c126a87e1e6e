"""Records and constants the serve tests share (a module, not conftest, so tests can import it)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))  # store_records, under --import-mode=importlib
from store_records import build_record  # noqa: E402

__all__ = ["TOKEN", "build_record", "stored_records"]

TOKEN = "serve-test-token-0123456789"


def stored_records():
    """Three hand-made articles: Indonesian (a1, a3) and English (a2), on three dates, one with markup in its text."""
    return [
        build_record("a1", url="https://example.org/news/1"),
        build_record("a2", url="https://example.org/news/2", lang="en", published="2024-04-10"),
        build_record("a3", url="javascript:alert(1)", published="2024-05-01",
                     extra=' <script>alert("x")</script><img src=x onerror=alert(2)>'),
    ]
