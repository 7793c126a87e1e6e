"""Quotes by speaker and by text, the speakers, and one speaker's quotes and claims across articles."""

from __future__ import annotations

from typing import Any, Optional

from fastapi import Depends, Query, Request

from kabar.serve.params import MAX_LIMIT, filter_params, get_store, next_url
from kabar.serve.registry import page
from kabar.store import Store
from kabar.store.filters import EventFilter, QuoteFilter
from kabar.store.queries import events_page, quotes_page, top_speakers

SPEAKER_ROWS = 200  # per list on the speaker page; its links lead to the paged lists for more


@page("/quotes", "quotes.html", "Quotes", nav="Quotes", order=30, tag="quotes")
def quote_list(
    request: Request,
    flt: QuoteFilter = Depends(filter_params(QuoteFilter)),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    cursor: Optional[str] = Query(None, description="from `next` of the previous page"),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Quotes by speaker (name part or entity id), words in the quote, kind, date, language, outlet."""
    found = quotes_page(store, flt, limit=limit, cursor=cursor)
    return {"filter": flt.model_dump(), "quotes": found.rows, "next": next_url(request, found.next_cursor)}


@page("/speakers", "speakers.html", "Speakers", nav="Speakers", order=31, tag="quotes")
def speaker_list(
    flt: QuoteFilter = Depends(filter_params(QuoteFilter)),
    limit: int = Query(100, ge=1, le=MAX_LIMIT),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Speakers by number of quotes (grouped by name: entity ids are per article)."""
    return {"filter": flt.model_dump(), "speakers": top_speakers(store, flt, limit=limit)}


@page("/speakers/{name:path}", "speaker.html", "Speaker", order=32, tag="quotes")
def speaker(name: str, store: Store = Depends(get_store)) -> dict[str, Any]:
    """Everything one speaker said (quotes) and claimed (events they are the claimant of), across articles.

    The name matches as a case-insensitive part, so "Kirby" gathers "John Kirby" and "Kirby".
    """
    quotes = quotes_page(store, QuoteFilter(speaker=name), limit=SPEAKER_ROWS)
    claims = events_page(store, EventFilter(claimant=name), sort="date", limit=SPEAKER_ROWS)
    return {
        "name": name,
        "quotes": quotes.rows,
        "claims": claims.rows,
        "more_quotes": quotes.next_cursor is not None,
        "more_claims": claims.next_cursor is not None,
    }
