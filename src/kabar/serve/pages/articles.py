"""Articles: the list, full-text search, and the reader for one article."""

from __future__ import annotations

import re
from typing import Any, Optional

from fastapi import Depends, HTTPException, Query, Request

from kabar.serve.highlight import speaker_colours
from kabar.serve.params import MAX_LIMIT, filter_params, get_store, next_url
from kabar.serve.registry import page
from kabar.store import Store
from kabar.store.filters import ArticleFilter
from kabar.store.queries import articles_page

# Control characters news text does not hold; a stray one in an article only misplaces a highlight (still escaped).
MATCH_OPEN, MATCH_CLOSE = "\x02", "\x03"
_MATCH = re.compile(f"{MATCH_OPEN}(.*?){MATCH_CLOSE}", re.S)


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """A search snippet as [{text, match}] pieces, so no markup travels inside the text."""
    parts, at = [], 0
    for m in _MATCH.finditer(snippet or ""):
        if m.start() > at:
            parts.append({"text": snippet[at:m.start()], "match": False})
        parts.append({"text": m.group(1), "match": True})
        at = m.end()
    if at < len(snippet or ""):
        parts.append({"text": snippet[at:].replace(MATCH_OPEN, "").replace(MATCH_CLOSE, ""), "match": False})
    return parts


@page("/articles", "articles.html", "Articles", nav="Articles", order=10, tag="articles")
def article_list(
    request: Request,
    q: Optional[str] = Query(None, description="full-text search: words (all required), \"a phrase\", OR, -word"),
    flt: ArticleFilter = Depends(filter_params(ArticleFilter)),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    cursor: Optional[str] = Query(None, description="from `next` of the previous page"),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Stored articles in the order they were stored; with `q`, the best full-text matches instead."""
    if q and q.strip():
        hits = store.search(q, limit=limit, lang=flt.lang, mark=(MATCH_OPEN, MATCH_CLOSE))
        for hit in hits:
            hit["snippet"] = snippet_parts(hit["snippet"])
        return {"q": q, "filter": flt.model_dump(), "articles": hits, "next": None}
    found = articles_page(store, flt, limit=limit, cursor=cursor)
    return {"q": None, "filter": flt.model_dump(), "articles": found.rows, "next": next_url(request, found.next_cursor)}


@page("/articles/{article_id}", "article.html", "Article", order=11, tag="articles")
def article(article_id: str, store: Store = Depends(get_store)) -> dict[str, Any]:
    """One stored record, whole: text, removed pieces, entities, quotes, events, dates, quantities."""
    record = store.get(article_id)
    if record is None:
        raise HTTPException(status_code=404, detail=f"no article with id {article_id!r}")
    data = record.to_dict()
    colours = speaker_colours(data)
    speakers: dict[str, dict[str, Any]] = {}
    for quote in data["quotes"]:
        key = quote.get("speaker") or quote.get("speaker_name") or ""
        entry = speakers.setdefault(key, {"name": quote.get("speaker_name") or "(unnamed)", "colour": colours[key], "quotes": []})
        entry["quotes"].append(quote["id"])
    return {"article": data, "speakers": list(speakers.values())}
