"""Readers: turn files (plain text, HTML, JSONL, CSV/TSV, WARC, RSS/Atom feeds, folders and globs of these)
and feed URLs into bare records.

Each reader yields :class:`ReadItem`s: a record, or the path and reason it could not
be read, so a broken file in a batch is reported and the rest still flows. Files holding
many articles (JSONL, tables, WARC, feeds) stream item by item, so memory stays flat;
a resumed ingest passes ``skip`` to pass over the items it has done. Explicit
metadata (``--published``, ``--lang``, ``--url``, ``--outlet``) overrides what a file
says about itself.
"""

from __future__ import annotations

import contextlib
import glob
import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional

from kabar import record
from kabar.record import Article
from kabar.readers.html import looks_like_html, read_html
from kabar.readers.jsonl import read_jsonl
from kabar.readers.feeds import looks_like_feed, read_feed
from kabar.readers.table import looks_like_table, read_table
from kabar.readers.text import read_text
from kabar.readers.warc import is_warc, read_warc

if TYPE_CHECKING:
    from kabar.readers.table import Columns

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | set(TABLE_SUFFIXES) | FEED_SUFFIXES | {".warc", ".gz"}
FORMATS = ("auto", "text", "html", "jsonl", "csv", "tsv", "warc", "feed")


@dataclass
class ReadItem:
    """One item of an input: a record, an error, or a skip (e.g. a WARC request record) with its reason."""

    source: str  # where exactly: path, path:line, path@offset, feed#entryN
    record: Optional[Article] = None
    error: Optional[str] = None
    skipped: Optional[str] = None
    input: str = ""  # the file or URL it came from (resume checkpoints count items per input)
    url: Optional[str] = None  # the page's address, when it came from a feed

    @property
    def ok(self) -> bool:
        return self.record is not None


@dataclass
class Metadata(record.Metadata):
    """What the user states about the input (it wins over what the file says), and whether plain text has a title line."""

    has_title: bool = True

    def apply(self, found: record.Metadata) -> record.Metadata:
        """What the file says about itself, overridden by what the user states."""
        return self.over(found)


@dataclass
class ReadOptions:
    """How to read: a forced format, a table's columns, and the fetcher for feed URLs and feed entries' pages."""

    input_format: str = "auto"
    columns: Optional["Columns"] = None
    fetcher: Any = None  # readers.fetch.PoliteFetcher; None reads feeds offline (entry text or summary only)


def failure_reason(exc: BaseException, *, with_type: bool = True) -> str:
    """One line for an exception: a validation error's fields and messages, else the first line of its message."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        return "; ".join(_field_error(e) for e in exc.errors())
    first = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")
    if not with_type:
        return first[:300] or type(exc).__name__
    return f"{type(exc).__name__}: {first[:300]}" if first else type(exc).__name__


def _field_error(error: dict) -> str:
    where = ".".join(map(str, error["loc"])) or "value"
    if error["type"] == "value_error" and "error" in error.get("ctx", {}):  # our own validator's message says it all
        return f"{where}: {error['ctx']['error']}"
    return f"{where}: {error['msg']} (got {error.get('input')!r:.60})"


def expand(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[str, Optional[str]]]:
    """Files named by paths, folders (recursively, known suffixes only) and globs; (path, error)."""
    for raw in paths:
        p = str(raw)
        if p == "-" or is_url(p):
            yield p, None
        elif os.path.isdir(p):
            found = sorted(f for f in Path(p).rglob("*") if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES)
            if not found:
                yield p, "folder holds no article files (.txt, .html, .jsonl, .csv, .tsv, .warc, .rss, ...)"
            for f in found:
                yield str(f), None
        elif os.path.exists(p):
            yield p, None
        elif glob.has_magic(p):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield p, "no file matches this pattern"
            for m in matches:
                if os.path.isfile(m):
                    yield m, None
        else:
            yield p, "no such file"


def is_url(p: str) -> bool:
    return p.startswith(("http://", "https://"))


def detect_format(path: str, head: bytes) -> str:
    """The reader for a file: its suffix first, then its first bytes; "binary" when no reader fits."""
    name = path.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(".gz"):  # other .gz files are opened through gzip; their suffix is the one before
        name = name[:-3]
    suffix = Path(name).suffix
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TABLE_SUFFIXES:
        return suffix.lstrip(".").replace("tab", "tsv")
    if head.startswith(b"\x1f\x8b"):
        import zlib

        try:
            inner = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error:
            inner = b""
        return "warc" if is_warc(inner) else "binary"
    if is_warc(head):
        return "warc"
    if suffix in FEED_SUFFIXES or looks_like_feed(head):
        return "feed"
    if suffix in HTML_SUFFIXES:
        return "html"
    text = head[:65536].decode("utf-8", errors="ignore")
    if suffix not in TEXT_SUFFIXES:
        if b"\x00" in head[:8192]:
            return "binary"
        if text.lstrip().startswith("{"):
            return "jsonl"
        if looks_like_table(text):
            return "csv" if "\t" not in text.split("\n", 1)[0] else "tsv"
    elif looks_like_table(text):
        return "table-as-text"
    return "html" if looks_like_html(text) else "text"


def _open(path: str):
    if path == "-":
        return contextlib.nullcontext(sys.stdin.buffer)
    if path.lower().endswith(".gz") and not path.lower().endswith(".warc.gz"):
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb", buffering=1 << 16)


def read_file(path: str, meta: Metadata, options: Optional[ReadOptions] = None, skip: int = 0) -> Iterator[ReadItem]:
    """The items of one file (or feed URL); the first ``skip`` items are passed over cheaply."""
    options = options or ReadOptions()
    if is_url(path):
        yield from _read_feed_url(path, meta, options, skip)
        return
    try:
        with _open(path) as fh:
            head = fh.peek(65536)[:65536] if hasattr(fh, "peek") else b""
            fmt = options.input_format if options.input_format != "auto" else detect_format(path, head)
            if fmt in ("jsonl", "csv", "tsv", "warc"):
                yield from _stream(fh, fmt, path, meta, options, skip)
                return
            data = fh.read()
    except OSError as exc:
        yield ReadItem(path, error=f"cannot read: {exc.strerror or exc}", input=path)
        return
    if skip:
        return
    yield from _read_whole(data, fmt, path, meta, options)


def _stream(fh, fmt: str, path: str, meta: Metadata, options: ReadOptions, skip: int) -> Iterator[ReadItem]:
    if fmt == "warc":
        yield from read_warc(fh, path, meta, skip=skip)
    elif fmt == "jsonl":
        yield from read_jsonl(fh, path, meta, skip=skip)
    else:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="replace", newline="")
        try:
            yield from read_table(text, path, meta, options.columns, delimiter=TABLE_SUFFIXES.get(f".{fmt}"), skip=skip)
        finally:
            text.detach()


def _read_whole(data: bytes, fmt: str, path: str, meta: Metadata, options: ReadOptions) -> Iterator[ReadItem]:
    if fmt == "binary":
        yield ReadItem(path, error="not an article file kabar can read (binary data)", input=path)
        return
    if fmt == "table-as-text":
        yield ReadItem(path, error="looks like a CSV/TSV table, not one article: rename it .csv/.tsv or pass --input-format csv", input=path)
        return
    if fmt == "feed":
        yield from read_feed(data, path, meta, fetcher=options.fetcher)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield ReadItem(path, error=f"not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})", input=path)
        return
    try:
        record = read_html(text, meta, source=path) if fmt == "html" else read_text(text, meta)
    except ValueError as exc:
        yield ReadItem(path, error=failure_reason(exc, with_type=False), input=path)
        return
    except Exception as exc:  # a reader's own bug or a broken install fails this input, never the batch
        yield ReadItem(path, error=f"cannot read: {failure_reason(exc)}", input=path)
        return
    yield ReadItem(path, record=record, input=path)


def _read_feed_url(url: str, meta: Metadata, options: ReadOptions, skip: int) -> Iterator[ReadItem]:
    from kabar.readers.fetch import FetchError, PoliteFetcher

    fetcher = options.fetcher or PoliteFetcher()
    try:
        answer = fetcher.get(url)
    except FetchError as exc:
        yield ReadItem(url, error=f"feed not fetched: {exc.reason}", input=url)
        return
    yield from read_feed(answer.body, url, meta, fetcher=fetcher, skip=skip)


def read_paths(
    paths: Iterable[str | os.PathLike],
    meta: Optional[Metadata] = None,
    options: Optional[ReadOptions] = None,
    done: Optional[Callable[[str], Optional[int]]] = None,
) -> Iterator[ReadItem]:
    """Items of every input in order; ``done(input)`` (for resuming) gives the items already done, None for all."""
    meta = meta or Metadata()
    for path, error in expand(paths):
        if error:
            yield ReadItem(path, error=error, input=path)
            continue
        skip = done(path) if done else 0
        if skip is None:
            continue
        yield from read_file(path, meta, options, skip)


def article_from_string(text_or_html: str, *, has_title: bool = True, **metadata: Any) -> Article:
    """A bare record from a string of plain text or HTML; ``metadata`` are :class:`kabar.record.Metadata` fields."""
    meta = Metadata(has_title=has_title, **metadata)
    if looks_like_html(text_or_html):
        return read_html(text_or_html, meta, source="<string>")
    return read_text(text_or_html, meta)
