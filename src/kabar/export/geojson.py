"""GeoJSON export: each placed event as a Point feature carrying its coding and where it was placed.

``event_rows`` are event dicts as the store returns them (``Store.find_events``) or as ``Event.to_dict()``
gives them, optionally with ``article_id``; an event whose ``event_loc`` has no coordinates has no point
and is left out (counted in the return value's second item). RFC 7946: coordinates are [lon, lat].
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Optional, TextIO

from kabar.export import Format, register

#: The event fields copied into each feature's properties (when present in the row).
EVENT_FIELDS = ("global_id", "id", "article_id", "event", "category", "quad_code", "date", "published", "modality",
                "confidence", "event_text", "evidence_text", "claimant_name", "outlet", "url", "start", "end")
LOCATION_FIELDS = ("name", "id", "country", "admin1", "precision", "confidence", "fallback", "text", "source",
                   "start", "end")


def location_of(row: Any) -> Optional[dict]:
    """The row's ``event_loc`` as a dict (from an Event, an event dict or a store row), or None."""
    if hasattr(row, "model_dump"):
        row = row.model_dump(mode="json")
    loc = row.get("event_loc") or row.get("location")  # a record's event, or a query layer's event row
    if loc is None and isinstance(row.get("data"), dict):
        loc = row["data"].get("event_loc")
    if hasattr(loc, "model_dump"):
        loc = loc.model_dump(mode="json")
    return loc if isinstance(loc, dict) else None


def names_of(refs: Any) -> list[str]:
    return [r.get("name") or r.get("code") or "" for r in refs or [] if isinstance(r, dict)]


def event_points(event_rows: Iterable[Any]) -> tuple[list[tuple[float, float, dict]], int]:
    """(lon, lat, properties) of each event with coordinates, and how many events had none."""
    points, unplaced = [], 0
    for row in event_rows:
        if hasattr(row, "model_dump"):
            row = row.model_dump(mode="json")
        loc = location_of(row)
        if not loc or loc.get("lat") is None or loc.get("lon") is None:
            unplaced += 1
            continue
        props = {k: row[k] for k in EVENT_FIELDS if row.get(k) is not None}
        props.setdefault("event", props.get("category"))
        if "start" not in props and isinstance(row.get("evidence"), dict):
            props["start"], props["end"] = row["evidence"].get("start"), row["evidence"].get("end")
        props["actors"] = names_of(row.get("actors", row.get("actor")))
        props["recipients"] = names_of(row.get("recipients", row.get("recipient")))
        props.update({f"place_{k}": loc[k] for k in LOCATION_FIELDS if loc.get(k) is not None})
        points.append((float(loc["lon"]), float(loc["lat"]), props))
    return points, unplaced


def write_geojson(event_rows: Iterable[Any], fh: TextIO) -> tuple[int, int]:
    """Write a FeatureCollection of the placed events to ``fh``, one feature at a time (memory stays flat
    on a large store); return (features written, events unplaced)."""
    written = unplaced = 0
    fh.write('{"type": "FeatureCollection", "features": [')
    for row in event_rows:
        points, missing = event_points([row])
        unplaced += missing
        for lon, lat, props in points:
            feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                       "properties": props}
            fh.write(("," if written else "") + "\n" + json.dumps(feature, ensure_ascii=False))
            written += 1
    fh.write("\n]}\n")
    return written, unplaced


register(Format("geojson", "GeoJSON FeatureCollection of the placed events (RFC 7946; events without a place left out)",
                ".geojson", ("events",), lambda rows, out, table: write_geojson(rows, out)))
