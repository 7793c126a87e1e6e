"""Events: the filterable table, the actor network and the timeline, all over one ``EventFilter``."""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal, Optional

from fastapi import Depends, Query, Request

from kabar.record import PLOVER_EVENTS
from kabar.serve.params import MAX_LIMIT, filter_params, get_store, next_url
from kabar.serve.registry import page
from kabar.store import Store
from kabar.store.filters import EventFilter
from kabar.store.queries import EVENT_SORTS, count_events, dyads, event_categories_by_day, events_page

EventSort = Literal[tuple(EVENT_SORTS)]  # type: ignore[valid-type]
event_filter = filter_params(EventFilter)


@page("/events", "events.html", "Events", nav="Events", order=40, tag="events")
def event_list(
    request: Request,
    flt: EventFilter = Depends(event_filter),
    sort: EventSort = Query("-date", description="article (store order), date, -date, confidence, -confidence"),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    cursor: Optional[str] = Query(None, description="from `next` of the previous page (same filters and sort)"),
    count: bool = Query(False, description="also count every matching event (`total`); costs a scan of the matches"),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Events by actor, recipient, category, mode, modality, claimant, date range, language, outlet, confidence."""
    found = events_page(store, flt, sort=sort, limit=limit, cursor=cursor)
    return {
        "filter": flt.model_dump(),
        "sort": sort,
        "total": count_events(store, flt) if count else None,
        "events": found.rows,
        "next": next_url(request, found.next_cursor),
    }


def network(pairs: list[dict[str, Any]], max_edges: int) -> dict[str, Any]:
    """Nodes and weighted edges from per-category dyad counts; an edge's colour is its most frequent category."""
    edges: dict[tuple[str, str], Counter[str]] = {}
    for pair in pairs:
        edges.setdefault((pair["actor"], pair["recipient"]), Counter())[pair["category"]] += pair["count"]
    ranked = sorted(edges.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:max_edges]
    weight: Counter[str] = Counter()
    out_edges = []
    for (source, target), categories in ranked:
        total = sum(categories.values())
        weight[source] += total
        weight[target] += total
        top = sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))
        out_edges.append({"source": source, "target": target, "count": total,
                          "category": top[0][0], "categories": dict(top)})
    nodes = [{"id": name, "events": n} for name, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": out_edges, "truncated": len(edges) > max_edges}


@page("/network", "network.html", "Actor network", nav="Network", order=41, tag="events")
def actor_network(
    flt: EventFilter = Depends(event_filter),
    edges: int = Query(150, ge=1, le=2000, description="keep this many of the heaviest actor-to-recipient edges"),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Who acts on whom: nodes are actors (code, else name), edges are weighted by events and carry their categories."""
    return {"filter": flt.model_dump(), **network(dyads(store, flt, by_category=True), edges)}


@page("/timeline", "timeline.html", "Timeline", nav="Timeline", order=42, tag="events")
def timeline(flt: EventFilter = Depends(event_filter), store: Store = Depends(get_store)) -> dict[str, Any]:
    """Events per day per category (a month- or year-grain date is its own bucket), oldest first."""
    rows = event_categories_by_day(store, flt)
    days = sorted({r["day"] for r in rows})
    present = {r["category"] for r in rows}
    categories = [c for c in PLOVER_EVENTS if c in present]
    return {"filter": flt.model_dump(), "days": days, "categories": categories, "counts": rows}



@page("/dyads", "dyads.html", "Dyads", nav="Dyads", order=43, tag="events")
def dyad_list(
    flt: EventFilter = Depends(event_filter),
    by_month: bool = Query(False, description="one row per actor, recipient and month"),
    limit: int = Query(200, ge=1, le=MAX_LIMIT),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Actor-to-recipient event counts (optionally per month), most events first."""
    return {"filter": flt.model_dump(), "by_month": by_month, "dyads": dyads(store, flt, by_month=by_month, limit=limit)}
