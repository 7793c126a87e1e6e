"""JSONL: one article per line with ``text`` or ``html`` and optional metadata.

A line's own fields (``id`` and those of :class:`kabar.record.Metadata`) describe that
article; flags given by the user still win, as for every reader.
"""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING, Iterator

from kabar.readers.html import read_html
from kabar.record import Article

if TYPE_CHECKING:
    from kabar.readers import Metadata, ReadItem


def read_jsonl(data: bytes, path: str, meta: "Metadata") -> Iterator["ReadItem"]:
    from kabar.readers import ReadItem

    for n, raw in enumerate(data.splitlines(), start=1):
        source = f"{path}:{n}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield ReadItem(source, error=f"not a JSON line: {exc}")
            continue
        if not isinstance(obj, dict):
            yield ReadItem(source, error="JSON line is not an object")
            continue
        line_meta = dataclasses.replace(meta, **{k: getattr(meta, k) or obj.get(k) or None for k in Article.metadata_fields()})
        try:
            if isinstance(obj.get("html"), str) and obj["html"].strip():
                record = read_html(obj["html"], line_meta, source=source)
            elif isinstance(obj.get("text"), str) and obj["text"].strip():
                record = Article.new(obj["text"], line_meta)
            else:
                yield ReadItem(source, error="JSON line has neither 'text' nor 'html'")
                continue
            if obj.get("id"):
                record.id = str(obj["id"])
        except (ValueError, TypeError) as exc:
            yield ReadItem(source, error=f"bad article: {exc}")
            continue
        yield ReadItem(source, record=record)
