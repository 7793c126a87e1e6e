"""The start page: what the store holds, and where to go."""

from __future__ import annotations

from typing import Any

from fastapi import Depends

from kabar.serve.params import get_store
from kabar.serve.registry import page
from kabar.store import Store
from kabar.store.queries import articles_page, top_speakers


@page("/", "index.html", "kabar", order=0, tag="store")
def home(store: Store = Depends(get_store)) -> dict[str, Any]:
    """Rows per table, the newest articles and the most quoted speakers."""
    return {
        "counts": store.counts(),
        "articles": store.articles(limit=10),
        "speakers": top_speakers(store, limit=10),
    }
