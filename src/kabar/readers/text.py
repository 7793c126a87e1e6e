"""Plain UTF-8 text: the first non-empty line is the title unless told otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kabar.record import Article, Metadata, normalise_text

if TYPE_CHECKING:
    from kabar.readers import Metadata


def split_title(text: str) -> tuple[str | None, str]:
    stripped = text.lstrip("\ufeff")
    lines = stripped.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[i + 1 :])
    return None, ""


def read_text(text: str, meta: "Metadata") -> Article:
    text = normalise_text(text)
    title, body = split_title(text) if meta.has_title and not meta.title else (None, text)
    if not body.strip():
        if title and not meta.has_title:
            body = text
        else:
            raise ValueError("empty article: no body text after the title" if title else "empty article")
    return Article.new(body, meta.apply(Metadata(title=title)))
