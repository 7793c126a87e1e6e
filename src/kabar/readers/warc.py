"""WARC and WARC.gz archives (web crawls such as CC-NEWS) through warcio: HTML responses become articles.

Every WARC record is one item: an article, an error (an HTML page with no main text), or a
skip with its reason (request and metadata records, non-HTML payloads, non-200 answers), so
counts add up and a resumed run can skip records it has done. A truncated or corrupt
archive yields what it could read and then one error that says where it broke.
"""

from __future__ import annotations

import dataclasses
import os
import re
from typing import IO, TYPE_CHECKING, Iterator

from kabar.readers.html import read_html

if TYPE_CHECKING:
    from kabar.readers import Metadata, ReadItem

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def is_warc(head: bytes) -> bool:
    """Plain WARC starts with its version line; WARC.gz with gzip's magic (checked by the caller after gunzip)."""
    return head.startswith((b"WARC/1.", b"WARC/0."))


def decode_payload(body: bytes, content_type: str) -> str:
    m = _CHARSET.search(content_type or "")
    for enc in ([m.group(1)] if m else []) + ["utf-8"]:
        try:
            return body.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("cp1252", errors="replace")


def read_warc(stream: IO[bytes], path: str, meta: "Metadata", *, skip: int = 0) -> Iterator["ReadItem"]:
    """Records of a WARC stream as items; the first ``skip`` records are passed over without parsing their HTML."""
    from warcio.archiveiterator import ArchiveIterator

    from kabar.readers import ReadItem

    n = 0
    end = 0  # where the last complete record ended, in the file's (compressed) bytes
    records = ArchiveIterator(stream)
    try:
        for rec in records:
            n += 1
            source = f"{path}@{end}"  # this record starts where the last one ended
            if n <= skip:
                records.read_to_end(rec)
                end = records.get_record_offset() + records.get_record_length()
                continue
            item = _record_item(rec, source, path, meta)
            records.read_to_end(rec)
            if getattr(rec.raw_stream, "limit", 0) > 0:  # the archive ended before the record's stated length
                yield ReadItem(source, error="WARC record truncated: the archive ends inside it", input=path)
                return
            end = records.get_record_offset() + records.get_record_length()
            yield item
    except Exception as exc:  # warcio reports damage as assorted exceptions; the damage, not the type, matters
        yield ReadItem(f"{path}@{end}", error=f"WARC unreadable after byte {end} (truncated or corrupt): {type(exc).__name__}: {exc}", input=path)
        return
    size = _size(stream)
    if size is not None and size - end > 4:  # beyond the trailing blank lines
        yield ReadItem(f"{path}@{end}", error=f"WARC truncated or corrupt: {size - end} bytes after byte {end} hold no complete record", input=path)


def _record_item(rec, source: str, path: str, meta: "Metadata") -> "ReadItem":
    from kabar.readers import ReadItem

    if rec.rec_type != "response":
        return ReadItem(source, skipped=f"WARC {rec.rec_type} record", input=path)
    if rec.http_headers is None:
        return ReadItem(source, skipped="WARC response without HTTP headers", input=path)
    status = rec.http_headers.get_statuscode()
    if status != "200":
        return ReadItem(source, skipped=f"HTTP status {status}", input=path)
    ctype = rec.http_headers.get_header("Content-Type") or ""
    if not ctype.split(";")[0].strip().lower() in HTML_TYPES:
        return ReadItem(source, skipped=f"not HTML ({ctype.split(';')[0].strip() or 'no content type'})", input=path)
    html = decode_payload(rec.content_stream().read(), ctype)
    uri = rec.rec_headers.get_header("WARC-Target-URI")
    page_meta = dataclasses.replace(meta, url=meta.url or uri)
    try:
        record = read_html(html, page_meta, source=source)
    except ValueError as exc:
        return ReadItem(source, error=str(exc), input=path)
    record.meta["source_format"] = "warc"
    return ReadItem(source, record=record, input=path)


def _size(stream: IO[bytes]):
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, ValueError):
        return None
