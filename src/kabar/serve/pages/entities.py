"""Entities (per article) and actors (the coded sides of events, across articles)."""

from __future__ import annotations

from collections import Counter
from typing import Any, Optional

from fastapi import Depends, Query, Request

from kabar.serve.params import MAX_LIMIT, filter_params, get_store, next_url
from kabar.serve.registry import page
from kabar.store import Store
from kabar.store.filters import EntityFilter, EventFilter
from kabar.store.queries import dyads, entities_page


@page("/entities", "entities.html", "Entities", nav="Entities", order=20, tag="entities")
def entity_list(
    request: Request,
    flt: EntityFilter = Depends(filter_params(EntityFilter)),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    cursor: Optional[str] = Query(None, description="from `next` of the previous page"),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Entities by name, actor code and type; one row per entity per article."""
    found = entities_page(store, flt, limit=limit, cursor=cursor)
    return {"filter": flt.model_dump(), "entities": found.rows, "next": next_url(request, found.next_cursor)}


def actor_table(pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per actor: events it acts in, events it receives, and its most frequent partners, from dyad counts."""
    acts: Counter[str] = Counter()
    receives: Counter[str] = Counter()
    partners: dict[str, Counter[str]] = {}
    for pair in pairs:
        a, r, n = pair["actor"], pair["recipient"], pair["count"]
        acts[a] += n
        receives[r] += n
        partners.setdefault(a, Counter())[r] += n
        partners.setdefault(r, Counter())[a] += n
    rows = [
        {"actor": name, "as_actor": acts[name], "as_recipient": receives[name], "events": acts[name] + receives[name],
         "partners": [{"actor": p, "count": c} for p, c in partners[name].most_common(5)]}
        for name in partners
    ]
    return sorted(rows, key=lambda row: (-row["events"], row["actor"]))


@page("/actors", "actors.html", "Actors", nav="Actors", order=21, tag="events")
def actor_list(
    flt: EventFilter = Depends(filter_params(EventFilter)),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Actors (code, else name) of events that have both sides, with event counts and top partners."""
    return {"filter": flt.model_dump(), "actors": actor_table(dyads(store, flt))}
