"""Exports: the store's rows in formats analysts load directly (pandas, R, spreadsheets, GDELT/POLECAT tools).

A format is one module in this package that calls ``register(Format(...))`` at
import; ``formats()`` imports every module here once, so adding a format never
edits the CLI or this file. Rows come from ``kabar.store.queries`` as a stream,
and every writer writes as rows arrive (Parquet by row groups), so memory stays
flat however large the store is.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import IO, Any, Callable, Iterable, Iterator, Optional, Union

from kabar.store import Store
from kabar.store import queries as q
from kabar.store.filters import ArticleFilter, EntityFilter, EventFilter, QuoteFilter

__all__ = ["Format", "register", "formats", "rows", "count", "export", "TABLES"]

TABLES = ("events", "quotes", "entities", "articles")
AnyFilter = Union[EventFilter, QuoteFilter, EntityFilter, ArticleFilter, None]
Writer = Callable[[Iterable[dict[str, Any]], IO, str], None]


@dataclass(frozen=True)
class Format:
    """An export format: ``write(rows, out, table)`` writes every row of ``table`` to ``out``."""

    name: str
    description: str
    suffix: str
    tables: tuple[str, ...]
    write: Writer
    binary: bool = False


_FORMATS: dict[str, Format] = {}
_loaded = False


def register(fmt: Format) -> Format:
    if fmt.name in _FORMATS and _FORMATS[fmt.name] is not fmt:
        raise ValueError(f"two export formats are named {fmt.name!r}")
    _FORMATS[fmt.name] = fmt
    return fmt


def formats() -> dict[str, Format]:
    """Every registered format by name (importing this package's format modules the first time)."""
    global _loaded
    if not _loaded:
        for module in pkgutil.iter_modules(__path__):
            if not module.name.startswith("_"):
                importlib.import_module(f"{__name__}.{module.name}")
        _loaded = True
    return dict(sorted(_FORMATS.items()))


def rows(store: Store, table: str, flt: AnyFilter = None, limit: Optional[int] = None) -> Iterator[dict[str, Any]]:
    """The rows of one table, streamed, in store order (so an export is the same file twice)."""
    if table == "events":
        return q.iter_events(store, flt, sort="article", limit=limit)
    if table == "quotes":
        return q.iter_quotes(store, flt, limit=limit)
    if table == "entities":
        return q.iter_entities(store, flt, limit=limit)
    if table == "articles":
        return q.iter_articles(store, flt, with_record=True, limit=limit)
    raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")


def count(store: Store, table: str, flt: AnyFilter = None) -> int:
    """How many rows ``rows`` will yield (for a progress bar)."""
    counters = {"events": q.count_events, "quotes": q.count_quotes, "entities": q.count_entities,
                "articles": q.count_articles}
    return counters[table](store, flt)


def export(store: Store, fmt: Union[str, Format], table: str, out: IO, flt: AnyFilter = None,
           limit: Optional[int] = None, on_row: Optional[Callable[[], None]] = None) -> int:
    """Write ``table`` (filtered) to ``out`` in ``fmt``; returns the number of rows written."""
    if isinstance(fmt, str):
        known = formats()
        if fmt not in known:
            raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(known)}")
        fmt = known[fmt]
    if table not in fmt.tables:
        raise ValueError(f"format {fmt.name} exports {', '.join(fmt.tables)}, not {table}")
    written = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal written
        for row in rows(store, table, flt, limit):
            written += 1
            if on_row is not None:
                on_row()
            yield row

    fmt.write(counted(), out, table)
    return written
