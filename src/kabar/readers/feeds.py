"""RSS and Atom feeds through feedparser: each entry becomes an article.

An entry that carries its full text (``content:encoded``, Atom ``content``) is read from
the feed; otherwise its page is fetched politely (``readers.fetch``) and read like any
HTML page, falling back to the entry's summary when no fetcher is given. An entry with
neither text nor link, or whose page cannot be had, is an error item naming the entry;
the other entries still flow.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Iterator, Optional

from kabar.readers.fetch import FetchError, PoliteFetcher
from kabar.readers.html import read_html
from kabar.readers.warc import decode_payload

if TYPE_CHECKING:
    from kabar.readers import Metadata, ReadItem

FULL_TEXT_CHARS = 600  # an entry's own content shorter than this (tags stripped) is taken for a summary
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def looks_like_feed(head: bytes) -> bool:
    return bool(_FEED_START.match(head[:4000]))


@dataclass
class FeedEntry:
    index: int
    guid: Optional[str]
    link: Optional[str]
    title: Optional[str]
    published: Optional[dt.date]
    html: Optional[str]  # the entry's own content (or summary) as HTML
    full: bool  # whether that content is the whole article


class FeedError(ValueError):
    pass


def parse_feed(data: bytes, source: str) -> tuple[str, list[FeedEntry]]:
    """The feed's title and its entries; FeedError when feedparser finds no feed at all."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.feed):
        reason = getattr(parsed, "bozo_exception", None) or "no feed entries found"
        raise FeedError(f"not a readable RSS/Atom feed: {reason}")
    return parsed.feed.get("title") or "", [_entry(i, e) for i, e in enumerate(parsed.entries, start=1)]


def _entry(index: int, e) -> FeedEntry:
    stamp = e.get("published_parsed") or e.get("updated_parsed")
    published = dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.timezone.utc).date() if stamp else None
    content = next((c.get("value") for c in e.get("content") or [] if (c.get("value") or "").strip()), None)
    html = content or e.get("summary") or None
    full = bool(content) and len(_TAG.sub("", content).strip()) >= FULL_TEXT_CHARS
    link = (e.get("link") or "").strip() or None
    return FeedEntry(index, (e.get("id") or "").strip() or None, link, e.get("title") or None, published, html, full)


def entry_item(
    entry: FeedEntry,
    source: str,
    meta: "Metadata",
    fetcher: Optional[PoliteFetcher] = None,
    outlet: Optional[str] = None,
    retry_later: bool = False,
) -> "ReadItem":
    """One entry as an item: its own full text, else its fetched page, else its summary.

    ``retry_later``: a page that could not be fetched for a passing reason (network, 5xx)
    raises its FetchError instead of falling back, so a follower can try it next time."""
    from kabar.readers import ReadItem

    where = f"{source}#entry{entry.index}"
    fields = {k: v for k, v in (("url", entry.link), ("title", entry.title), ("published", entry.published)) if v}
    entry_meta = dataclasses.replace(meta, **{k: getattr(meta, k) or v for k, v in fields.items()})
    html, how = (entry.html, "feed") if entry.full else (None, "")
    if html is None and entry.link and fetcher is not None:
        try:
            page = fetcher.get(entry.link)
            html, how = decode_payload(page.body, page.headers.get("content-type", "")), "page"
        except FetchError as exc:
            if retry_later and not exc.permanent:
                raise
            if not entry.html:
                return ReadItem(where, error=f"entry page not fetched: {exc.reason}", input=source, url=entry.link)
    if html is None and entry.html:
        html, how = entry.html, "summary"
    if html is None:
        return ReadItem(where, error="feed entry has neither text nor a link to fetch", input=source, url=entry.link)
    try:
        record = read_html(_as_page(html, entry.title), entry_meta, source=where)
    except ValueError as exc:
        return ReadItem(where, error=f"entry {how}: {exc}", input=source, url=entry.link)
    if how != "page":  # trafilatura can only guess the site from the link; the feed names it
        record.outlet = meta.outlet or outlet or record.outlet
    record.meta.update(source_format="feed", feed_text=how)
    return ReadItem(where, record=record, input=source, url=entry.link)


def _as_page(html: str, title: Optional[str]) -> str:
    """Feed content is an HTML fragment; trafilatura reads it best as a page."""
    if re.match(r"\s*<(?:!doctype|html)", html, re.I):
        return html
    head = f"<title>{escape(title)}</title>" if title else ""
    body = html if "<" in html else "".join(f"<p>{p}</p>" for p in html.split("\n\n"))
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def read_feed(
    data: bytes, source: str, meta: "Metadata", *, fetcher: Optional[PoliteFetcher] = None, skip: int = 0
) -> Iterator["ReadItem"]:
    from kabar.readers import ReadItem

    try:
        title, entries = parse_feed(data, source)
    except FeedError as exc:
        yield ReadItem(source, error=str(exc), input=source)
        return
    for entry in entries[skip:]:
        yield entry_item(entry, source, meta, fetcher, outlet=title)
