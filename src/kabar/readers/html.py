"""HTML pages through trafilatura: main text plus title, date, author, site name and canonical URL."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kabar.record import Article, Metadata, strip_controls

if TYPE_CHECKING:
    from kabar.readers import Metadata

_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:1000]))


def read_html(html: str, meta: "Metadata", *, source: str = "") -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=meta.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise ValueError("HTML page has no main text that trafilatura could find")
    title = (doc.title or "").strip() or None
    lines = doc.text.split("\n")
    if title and lines and lines[0].strip() == title:  # the headline repeated as the body's first line
        lines = lines[1:]
    body = "\n\n".join(line.strip() for line in lines if line.strip())
    if not strip_controls(body).strip():  # the page's only text was its headline
        raise ValueError("HTML page has no main text besides its title")
    found = Metadata(title=title, published=doc.date or None, url=doc.url or None, outlet=doc.sitename or None,
                     author=(doc.author or "").strip() or None)
    return Article.new(body, meta.apply(found), meta={"source_format": "html"})
