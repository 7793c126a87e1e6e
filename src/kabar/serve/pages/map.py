"""Where: the filtered events as points on a map of country outlines, drawn on the server as SVG (no tile server)."""

from __future__ import annotations

from typing import Any

from fastapi import Depends, Query

from kabar.export.geojson import event_points
from kabar.serve.map_svg import render_map_svg
from kabar.serve.params import MAX_LIMIT, filter_params, get_store
from kabar.serve.registry import page
from kabar.store import Store
from kabar.store.filters import EventFilter
from kabar.store.queries import iter_events


@page("/map", "map.html", "Map", nav="Map", order=55, tag="events")
def event_map(
    flt: EventFilter = Depends(filter_params(EventFilter)),
    limit: int = Query(MAX_LIMIT, ge=1, le=MAX_LIMIT * 10, description="at most this many events are drawn"),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Placed events with the events page's filters: points (lon, lat, coding, place), the SVG map, and how many
    matching events have no place."""
    rows = list(iter_events(store, flt, sort="-date", limit=limit))
    points, unplaced = event_points(rows)
    return {
        "filter": flt.model_dump(),
        "points": [{"lon": lon, "lat": lat, **props} for lon, lat, props in points],
        "unplaced": unplaced,
        "svg": render_map_svg(rows, title="kabar events"),
    }
