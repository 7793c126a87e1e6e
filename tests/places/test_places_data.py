"""The shipped place gazetteer, its exonyms, and the GeoJSON / SVG outputs of placed events."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import pytest

from kabar.export.geojson import write_geojson
from kabar.serve.map_svg import render_map_svg
from kabar.places import outlines, places
from kabar.places.resolve import Context, resolve
from kabar.record import Event, EventLocation, Span


@pytest.mark.parametrize("lang,name,expected_id", [
    ("id", "Moskow", "gn:524901"), ("en", "Kiev", "gn:703448"), ("id", "Tiongkok", "c:CHN"),
    ("id", "Jalur Gaza", None), ("en", "Bogota", "gn:3688689"), ("id", "Jakarta Utara", "adm:IDN:3172"),
])
def test_names_and_exonyms_find_their_place(lang, name, expected_id):
    hits = places().lookup(name, lang)
    assert hits
    if expected_id:
        assert expected_id in [p.id for p in hits]
    else:
        assert {p.country for p in hits} == {"PSE"}


def test_indonesian_regions_sit_in_their_province_with_coordinates():
    gaz = places()
    utara = gaz.get("adm:IDN:3172")
    assert utara.admin1 == "adm:IDN:31" and gaz.get(utara.admin1).name == "DKI Jakarta"
    assert utara.lat is not None and utara.precision == "admin1"  # placed at its province, and says so
    assert sum(1 for p in gaz.by_id.values() if p.kind == "admin3" and p.country == "IDN") > 7000


def test_country_fallback_needs_a_reason():
    ctx = Context(lang="en")
    assert resolve("Xqzlwvtown", ctx) is None
    ctx.countries["NGA"] += 2
    res = resolve("Xqzlwvtown", ctx)
    assert res.fallback and res.place.id == "c:NGA" and res.place.precision == "country"


def test_outlines_are_natural_earth_countries():
    data = outlines()
    assert "Natural Earth" in data["source"] and len(data["countries"]) > 150
    assert {"IDN", "UKR", "USA"} <= {c["iso3"] for c in data["countries"]}


def _events():
    kyiv = EventLocation(id="gn:703448", name="Kyiv", country="UKR", lat=50.45, lon=30.52, precision="city",
                         start=30, end=34, text="Kyiv", source="clause")
    return [
        Event(id="V1", event="ASSAULT", quad_code="MATERIAL_CONFLICT", event_text="struck",
              evidence=Span(start=0, end=40), event_loc=kyiv).to_dict() | {"article_id": "a1"},
        Event(id="V2", event="CONSULT", quad_code="VERBAL_COOPERATION", event_text="met",
              evidence=Span(start=41, end=60)).to_dict() | {"article_id": "a1"},
    ]


def test_geojson_has_one_point_per_placed_event():
    buf = io.StringIO()
    assert write_geojson(_events(), buf) == (1, 1)
    data = json.loads(buf.getvalue())
    assert data["type"] == "FeatureCollection"
    feature = data["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [30.52, 50.45]}
    assert feature["properties"]["event"] == "ASSAULT" and feature["properties"]["place_country"] == "UKR"


def test_svg_map_draws_each_placed_event_over_the_outlines():
    svg = render_map_svg(_events())
    root = ET.fromstring(svg)
    ns = {"s": "http://www.w3.org/2000/svg"}
    circles = root.findall(".//s:circle", ns)
    assert [c.get("data-event") for c in circles] == ["ASSAULT"]
    assert circles[0].get("fill") == "#D55E00"
    assert len(root.findall(".//s:path", ns)) > 150
    assert "1 events placed, 1 without a place" in root.get("aria-label")


@pytest.mark.parametrize("name,expected_id", [
    ("Kabupaten Sukabumi", "adm:IDN:3202"), ("Kota Sukabumi", "adm:IDN:3272"), ("Sukabumi", "adm:IDN:3202"),
])
def test_regency_names_are_not_damaged_by_the_sources_kab_expansion(name, expected_id):
    """id-admin-regions wrote "KABUPATEN SUKABUPATENUMI": the build undoes a "KAB" expanded inside a name."""
    hits = places().lookup(name, "id")
    assert expected_id in [p.id for p in hits]
    assert not places().lookup("Sukabupatenumi", "id")


def test_repair_admin_name_only_touches_a_kabupaten_glued_to_a_name():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from build_gazetteer import repair_admin_name

    assert repair_admin_name("KABUPATEN SUKABUPATENUMI") == "KABUPATEN SUKABUMI"
    assert repair_admin_name("KOTA SUKABUPATENUMI") == "KOTA SUKABUMI"
    assert repair_admin_name("KABUPATEN ACEH SELATAN") == "KABUPATEN ACEH SELATAN"
