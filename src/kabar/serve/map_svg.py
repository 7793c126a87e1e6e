"""A static map of events: points coloured by category over Natural Earth country outlines, as SVG.

Works offline (the outlines ship with kabar: ``kabar.places.outlines()``, 1:110m, public domain); the
projection is plain equirectangular, zoomed to the events' extent. Each point is a ``<circle>`` with
``data-event``/``data-quad``/``data-id`` attributes and a ``<title>``, so a page can filter and a
browser test can count them.
"""

from __future__ import annotations

import functools
from html import escape
from typing import Any, Iterable

from kabar.export.geojson import event_points
from kabar.places import outlines

#: PLOVER quad classes and their colours (colour-blind-safe Okabe-Ito palette).
QUAD_COLOURS = {
    "VERBAL_COOPERATION": "#56B4E9", "MATERIAL_COOPERATION": "#009E73",
    "VERBAL_CONFLICT": "#E69F00", "MATERIAL_CONFLICT": "#D55E00",
}
OTHER_COLOUR = "#777777"
WIDTH, HEIGHT = 960, 480


def _xy(lon: float, lat: float) -> tuple[float, float]:
    return (lon + 180.0) * WIDTH / 360.0, (90.0 - lat) * HEIGHT / 180.0


@functools.cache
def _country_paths() -> str:
    parts = []
    for c in outlines()["countries"]:
        d = " ".join("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in (_xy(lon, lat) for lon, lat in ring)) + " Z"
                     for ring in c["rings"])
        parts.append(f'<path d="{d}"><title>{escape(c["name"])}</title></path>')
    return "\n".join(parts)


def _view_box(points: list[tuple[float, float, dict]]) -> str:
    """The events' extent with a margin, at the map's aspect ratio; the whole world without events."""
    if not points:
        return f"0 0 {WIDTH} {HEIGHT}"
    xs, ys = zip(*(_xy(lon, lat) for lon, lat, _ in points))
    w = max(max(xs) - min(xs), 60.0) * 1.3
    h = max(max(ys) - min(ys), 30.0) * 1.3
    w, h = max(w, h * WIDTH / HEIGHT), max(h, w * HEIGHT / WIDTH)
    w, h = min(w, WIDTH), min(h, HEIGHT)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x0 = min(max(cx - w / 2, 0.0), WIDTH - w)
    y0 = min(max(cy - h / 2, 0.0), HEIGHT - h)
    return f"{x0:.1f} {y0:.1f} {w:.1f} {h:.1f}"


def render_map_svg(event_rows: Iterable[Any], *, title: str = "Events") -> str:
    """An SVG document of the placed events in ``event_rows`` (store rows or event dicts with ``event_loc``)."""
    points, unplaced = event_points(event_rows)
    box = _view_box(points)
    scale = float(box.split()[2]) / WIDTH
    r = max(0.6, 4.0 * scale)
    circles = []
    for lon, lat, p in points:
        x, y = _xy(lon, lat)
        quad = p.get("quad_code") or ""
        label = f'{p.get("event", "")} {p.get("evidence_text") or p.get("event_text", "")}: {p.get("place_name", "")}'
        circles.append(
            f'<circle class="event" cx="{x:.2f}" cy="{y:.2f}" r="{r:.2f}" fill="{QUAD_COLOURS.get(quad, OTHER_COLOUR)}" '
            f'data-id="{escape(str(p.get("global_id") or p.get("id", "")))}" data-event="{escape(str(p.get("event", "")))}" '
            f'data-quad="{escape(quad)}"><title>{escape(label)}</title></circle>')
    legend = "; ".join(f'{q.replace("_", " ").lower()} {c}' for q, c in QUAD_COLOURS.items())
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{box}" class="kabar-map" role="img" '
            f'aria-label="{escape(title)}: {len(points)} events placed, {unplaced} without a place">\n'
            f'<title>{escape(title)}</title>\n<desc>Country outlines: Natural Earth (public domain). '
            f'Point colours: {legend}.</desc>\n'
            f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#eef4f8"/>\n'
            f'<g class="countries" fill="#fdfdf8" stroke="#9a9a9a" stroke-width="0.5" '
            f'vector-effect="non-scaling-stroke">\n{_country_paths()}\n</g>\n'
            f'<g class="events" stroke="#222" stroke-width="{r / 6:.2f}">\n' + "\n".join(circles) + "\n</g>\n</svg>\n")
