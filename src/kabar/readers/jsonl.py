"""JSONL: one article per line with ``text`` or ``html`` and optional metadata.

A line's own fields (``id`` and those of :class:`kabar.record.Metadata`) describe that
article; flags given by the user still win, as for every reader.
"""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING, Iterable, Iterator, Union

from kabar.readers.html import read_html
from kabar.record import Article, strip_controls

if TYPE_CHECKING:
    from kabar.readers import Metadata, ReadItem


def looks_like_jsonl(data: bytes) -> bool:
    """Whether input without a telling suffix (standard input, say) is JSONL: its first line is a JSON object."""
    first = data.lstrip()[:1]
    if first != b"{":
        return False
    line = data.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def read_jsonl(data: Union[bytes, Iterable[bytes]], path: str, meta: "Metadata", *, skip: int = 0) -> Iterator["ReadItem"]:
    """Lines of ``data`` (bytes, or a binary file read line by line) as items; ``skip`` non-blank lines passed over.

    JSONL lines end at \\n (a \\r before it is JSON white space)."""
    from kabar.readers import ReadItem, failure_reason

    lines = data.split(b"\n") if isinstance(data, bytes) else data
    done = 0
    for n, raw in enumerate(lines, start=1):
        source = f"{path}:{n}"
        if not raw.strip():
            continue
        done += 1
        if done <= skip:
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield ReadItem(source, input=path, error=f"not a JSON line: {exc}")
            continue
        if not isinstance(obj, dict):
            yield ReadItem(source, input=path, error="JSON line is not an object")
            continue
        line_meta = dataclasses.replace(meta, **{k: getattr(meta, k) or obj.get(k) or None for k in Article.metadata_fields()})
        try:
            if isinstance(obj.get("html"), str) and obj["html"].strip():
                record = read_html(obj["html"], line_meta, source=source)
            elif isinstance(obj.get("text"), str) and strip_controls(obj["text"]).strip():
                record = Article.new(obj["text"], line_meta)
            else:
                yield ReadItem(source, input=path, error="JSON line has neither 'text' nor 'html'")
                continue
            if obj.get("id"):
                record.id = strip_controls(" ".join(str(obj["id"]).split()))
        except (ValueError, TypeError) as exc:
            yield ReadItem(source, input=path, error=f"bad article: {failure_reason(exc, with_type=False)}")
            continue
        except Exception as exc:  # a reader's own bug fails this line, never the batch
            yield ReadItem(source, input=path, error=f"cannot read: {failure_reason(exc)}")
            continue
        yield ReadItem(source, record=record, input=path)
