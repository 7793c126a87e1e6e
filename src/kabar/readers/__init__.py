"""Readers: turn files (plain text, HTML, JSONL, folders and globs of these) into bare records.

Each reader yields :class:`ReadItem`s: a record, or the path and reason it could not
be read, so a broken file in a batch is reported and the rest still flows. Explicit
metadata (``--published``, ``--lang``, ``--url``, ``--outlet``) overrides what a file
says about itself.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from kabar import record
from kabar.record import Article
from kabar.readers.html import looks_like_html, read_html
from kabar.readers.jsonl import looks_like_jsonl, read_jsonl
from kabar.readers.text import read_text

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass
class ReadItem:
    source: str
    record: Optional[Article] = None
    error: Optional[str] = None

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
        if p == "-":
            yield p, None
        elif os.path.isdir(p):
            found = sorted(f for f in Path(p).rglob("*") if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES)
            if not found:
                yield p, "folder holds no .txt, .html or .jsonl files"
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


def read_file(path: str, meta: Metadata) -> Iterator[ReadItem]:
    suffix = Path(path).suffix.lower()
    try:
        data = sys_stdin_bytes() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        yield ReadItem(path, error=f"cannot read: {exc.strerror or exc}")
        return
    if suffix in JSONL_SUFFIXES or (suffix not in KNOWN_SUFFIXES and looks_like_jsonl(data)):
        yield from read_jsonl(data, path, meta)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield ReadItem(path, error=f"not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})")
        return
    try:
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(text)):
            record = read_html(text, meta, source=path)
        else:
            record = read_text(text, meta)
    except ValueError as exc:
        yield ReadItem(path, error=failure_reason(exc, with_type=False))
        return
    except Exception as exc:  # a reader's own bug or a broken install fails this input, never the batch
        yield ReadItem(path, error=f"cannot read: {failure_reason(exc)}")
        return
    yield ReadItem(path, record=record)


def sys_stdin_bytes() -> bytes:
    import sys

    return sys.stdin.buffer.read()


def read_paths(paths: Iterable[str | os.PathLike], meta: Optional[Metadata] = None) -> Iterator[ReadItem]:
    meta = meta or Metadata()
    for path, error in expand(paths):
        if error:
            yield ReadItem(path, error=error)
            continue
        yield from read_file(path, meta)


def article_from_string(text_or_html: str, *, has_title: bool = True, **metadata: Any) -> Article:
    """A bare record from a string of plain text or HTML; ``metadata`` are :class:`kabar.record.Metadata` fields."""
    meta = Metadata(has_title=has_title, **metadata)
    if looks_like_html(text_or_html):
        return read_html(text_or_html, meta, source="<string>")
    return read_text(text_or_html, meta)
