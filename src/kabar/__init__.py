"""kabar: news articles to an evidence-linked database of who did what to whom, when, and according to whom."""

from __future__ import annotations

from typing import Any, Optional

from kabar.record import Article

__version__ = "0.1.0"
__all__ = ["Article", "extract", "open_store", "__version__"]


def extract(text_or_html: str, *, has_title: bool = True, pipeline=None, **metadata: Any) -> Article:
    """Run the pipeline on one article (plain text or an HTML page) and return its record.

    ``metadata``: the fields of :class:`kabar.record.Metadata` (``published``, ``lang``, ``title``,
    ``url``, ``outlet``, ``author``); relative dates resolve against ``published``.
    """
    from kabar.pipeline import default_pipeline
    from kabar.readers import article_from_string

    record = article_from_string(text_or_html, has_title=has_title, **metadata)
    return (pipeline or default_pipeline())(record)


def open_store(url: Optional[str] = None):
    """Open (and migrate) the store: SQLite by default, any SQLAlchemy URL or file path."""
    from kabar.store import Store

    return Store.open(url)
