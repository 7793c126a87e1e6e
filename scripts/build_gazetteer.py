#!/usr/bin/env python3
"""Build kabar's actor gazetteer data files from open sources plus curated, hand-written files.

Reads ``../shared/data/gazetteer/`` (or ``$KABAR_SHARED/data/gazetteer``):
  country-names-en-id     ISO 3166 names in English and Indonesian (iso-codes LGPL-2.1+, CLDR via umpirsky MIT)
  country-aliases-wikidata  country labels and aliases from Wikidata (CC0; repo MIT), restricted to en/id/ms
  countryinfo             capitals (uncopyrightable facts only; the file's license is not stated, so nothing
                          else of it is shipped)
  id-admin-regions        Indonesian provinces and regencies/cities (MIT)
and ``../shared/data/events/petrarch2-dictionaries/Phoenix.Countries.actors.txt`` (office-holders with dates,
MIT; see scripts/import_phoenix_actors.py) and the firms of ``Phoenix.International.actors.txt`` (MIT; see
scripts/import_phoenix_firms.py)
and ``src/kabar/gazetteer/curated/*.csv``; writes ``src/kabar/gazetteer/data/{entries,forms,tenures}.tsv``.

The generated files are committed: users never need to run this. Run it after editing a curated file:
    .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "kabar" / "gazetteer"
CURATED = PKG / "curated"
OUT = PKG / "data"

sys.path.insert(0, str(ROOT / "src"))
from kabar.gazetteer import is_cased_form, name_key  # noqa: E402

#: Wikidata aliases in these languages are kept; others are noise for id/en news.
ALIAS_LANGS = ("en", "id", "ms")
#: Aliases that are ordinary words or too vague once "the" is dropped.
ALIAS_STOP = {
    "states", "state", "republic", "kingdom", "union", "federation", "island", "islands", "commonwealth",
    "emirates", "america", "korea", "congo", "guinea", "sudan", "the", "nation", "empire", "land", "company",
    "holland", "jersey", "man", "georgia", "china", "macedonia", "turkey", "chad", "niger", "jordan", "dominica",
    "samoa", "virgin islands", "caribbean", "the gambia", "micronesia",
}
#: Two-letter capitals that are worth keeping as country acronyms (most are words or codes: ID, IN, IT, NO ...).
TWO_LETTER_OK = {"US", "UK", "AS", "RI", "UE"}
#: Indonesian regency/city names that are also common words; only their full "Kota X"/"Kabupaten X" forms are kept.
REGENCY_BARE_STOP = {
    "batu", "pati", "banjar", "kota", "bone", "puncak", "serang", "lebak", "batang", "kudus", "kuningan", "malaka",
    "seribu", "kepulauan seribu", "lima puluh", "empat lawang", "tanah datar", "tanah laut", "kota baru", "bima",
    "muna", "agam", "barat", "timur", "utara", "selatan", "tengah", "sinjai", "kaur", "belu", "alor", "metro",
}
ISO_NAME_COLS = {
    "name_en": ("en", "name"), "official_name_en": ("en", "name"), "common_name_en": ("en", "short"),
    "name_id_isocodes": ("id", "name"), "official_name_id_isocodes": ("id", "name"), "name_id_cldr": ("id", "name"),
}


def shared_root() -> Path:
    env = os.environ.get("KABAR_SHARED")
    base = Path(env) if env else ROOT.parent / "shared"
    gaz = base / "data" / "gazetteer"
    if not gaz.is_dir():
        sys.exit(f"build_gazetteer: {gaz} not found. This script needs the open data in ../shared/data "
                 "(or set KABAR_SHARED to the folder that holds data/gazetteer). The generated files in "
                 "src/kabar/gazetteer/data/ are committed, so kabar itself does not need it.")
    return gaz


def read_curated(name: str) -> list[dict[str, str]]:
    with open(CURATED / name, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def clean_name(s: str) -> str | None:
    """A usable surface form, or None for inverted ISO names ("Korea, Republic of") and qualified ones."""
    s = unicodedata.normalize("NFC", (s or "").strip())
    if not s or "," in s or "(" in s or " - " in s or "\t" in s:
        return None
    if s.lower().startswith("the "):
        s = s[4:]
    return s or None


def latin(s: str) -> bool:
    return all(ord(c) < 0x250 or c in "’‘" for c in s) and any(c.isalpha() for c in s)


def split_forms(spec: str) -> list[tuple[str, str]]:
    out = []
    for item in filter(None, (x.strip() for x in spec.split("|"))):
        lang, _, form = item.partition(":")
        if not form:
            raise ValueError(f"form without language: {item!r}")
        out.append((lang, form.strip()))
    return out


class Builder:
    def __init__(self) -> None:
        self.entries: dict[str, dict[str, str]] = {}
        self.forms: list[tuple[str, str, str, str]] = []
        self.tenures: list[tuple[str, ...]] = []

    def entry(self, eid: str, kind: str, typ: str, code: str = "", wikidata: str = "", country: str = "",
              role: str = "", name_en: str = "", name_id: str = "") -> None:
        e = self.entries.setdefault(eid, dict(id=eid, kind=kind, type=typ, code=code, wikidata=wikidata,
                                              country=country, role=role, name_en=name_en, name_id=name_id))
        e.update({k: v for k, v in dict(wikidata=wikidata, name_en=name_en, name_id=name_id).items() if v})
        for lang, nm in (("en", name_en), ("id", name_id)):
            if nm:
                self.form(eid, lang, nm, "name")

    def form(self, eid: str, lang: str, text: str, kind: str) -> None:
        text = unicodedata.normalize("NFC", text.strip())
        if text and "\t" not in text:
            self.forms.append((eid, lang, text, kind))

    # -- sources ----------------------------------------------------------------------------------

    def countries(self, gaz: Path) -> None:
        canon = defaultdict(dict)
        for r in read_curated("country_forms.csv"):
            if r["kind"] == "canonical":
                canon[r["code"]][r["lang"]] = r["form"]
        qids = {r["code"]: r["wikidata"] for r in read_curated("country_wikidata.csv")}
        with open(gaz / "country-names-en-id" / "countries_en_id.csv", encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                code = r["alpha3"]
                en = canon[code].get("en") or clean_name(r["common_name_en"]) or clean_name(r["name_en"]) or r["name_en"]
                idn = canon[code].get("id") or clean_name(r["name_id_cldr"]) or clean_name(r["name_id_isocodes"]) or en
                self.entry("c:" + code, "country", "GPE", code, qids.get(code, ""), code, "", en, idn)
                for col, (lang, kind) in ISO_NAME_COLS.items():
                    nm = clean_name(r[col])
                    if nm:
                        self.form("c:" + code, lang, nm, kind)
        for code, names in canon.items():  # curated countries that ISO lacks (Kosovo)
            if "c:" + code not in self.entries:
                self.entry("c:" + code, "country", "GPE", code, qids.get(code, ""), code, "",
                           names.get("en", ""), names.get("id", ""))
        for r in read_curated("country_forms.csv"):
            kind = "name" if r["kind"] == "canonical" else r["kind"]
            self.form("c:" + r["code"], r["lang"], r["form"], kind)

    def wikidata_aliases(self, gaz: Path) -> None:
        path = gaz / "country-aliases-wikidata" / "country_aliases" / "country_aliases.csv"
        rows = []
        with open(path, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["language"] not in ALIAS_LANGS or "c:" + r["iso3c"] not in self.entries:
                    continue
                nm = clean_name(r["label"])
                if not nm or not latin(nm) or nm.lower() in ALIAS_STOP or not nm[0].isupper():
                    continue
                if nm in (r["iso2c"], r["iso3c"]) and nm not in TWO_LETTER_OK | {"USA", "UAE", "PRC", "DRC"}:
                    continue
                if len(nm) == 2 and nm not in TWO_LETTER_OK:
                    continue
                rows.append((r["iso3c"], r["language"], nm))
        owners = defaultdict(set)
        for code, _, nm in rows:
            owners[name_key(nm)].add(code)
        for code, lang, nm in rows:
            if len(owners[name_key(nm)]) == 1:  # an alias two countries share names neither for sure
                self.form("c:" + code, lang, nm, "acronym" if is_cased_form(nm) else "alias")

    def capitals(self, gaz: Path) -> None:
        """Capital cities from CountryInfo: facts only (a country's capital), title-cased, coded as the country."""
        text = (gaz / "countryinfo" / "CountryInfo.120116.txt").read_bytes().decode("utf-8", "replace")
        known = {name_key(f[2]) for f in self.forms}
        for block in re.findall(r"<Country>(.*?)</Country>", text, flags=re.S):
            m = re.search(r"<CountryCode>(\w{3})</CountryCode>", block)
            cap = re.search(r"<Capital>(.*?)</Capital>", block, flags=re.S)
            if not m or not cap or "c:" + m.group(1) not in self.entries:
                continue
            code = m.group(1)
            for line in cap.group(1).splitlines():
                raw = line.split("#")[0].strip().rstrip("_").replace("_", " ").strip()
                if not raw or not re.fullmatch(r"[A-Z][A-Z .'-]+", raw) or len(raw) < 4:
                    continue
                nm = " ".join(w.capitalize() if not w.startswith("D'") else w for w in raw.title().split())
                if name_key(nm) in known:
                    continue
                known.add(name_key(nm))
                self.entry(f"city:{code}:{name_key(nm).replace(' ', '_')}", "city", "GPE", code, "", code, "", nm, "")
                break  # the first spelling is the capital's name; variants add noise

    def places(self) -> None:
        for r in read_curated("places.csv"):
            self.entry(r["id"], r["kind"], r["type"], r["country"] if r["type"] == "GPE" else "", "", r["country"], "",
                       r["name_en"], r["name_id"])
            for lang, f in split_forms(r["forms"]):
                self.form(r["id"], lang, f, "alias")

    def id_regions(self, gaz: Path) -> None:
        base = gaz / "id-admin-regions" / "csv"
        curated_names = {name_key(f[2]) for f in self.forms}
        with open(base / "provinces.csv", encoding="utf-8", newline="") as fh:
            for code, name in csv.reader(fh):
                nm = _title_id(name)
                eid = f"adm:IDN:{code}"
                if name_key(nm) in curated_names and name_key(nm) not in {"papua", "aceh"}:
                    continue  # Jakarta, Yogyakarta: curated with their forms
                self.entry(eid, "region", "GPE", "IDN", "", "IDN", "", "", nm)
                self.form(eid, "*", nm, "name")
                self.form(eid, "id", "Provinsi " + nm, "name")
        curated_names |= {name_key(f[2]) for f in self.forms}  # province names win over the city of the same name
        bare: dict[str, list[tuple[str, str]]] = defaultdict(list)
        with open(base / "cities.csv", encoding="utf-8", newline="") as fh:
            for code, _prov, name in csv.reader(fh):
                nm = _title_id(name)
                eid = f"adm:IDN:{code}"
                self.entry(eid, "region" if nm.startswith("Kabupaten") else "city", "GPE", "IDN", "", "IDN", "", "", nm)
                short = re.sub(r"^(Kabupaten|Kota Administrasi|Kota)\s+", "", nm)
                if nm.startswith("Kabupaten"):
                    self.form(eid, "id", "Kab. " + short, "name")
                bare[name_key(short)].append((eid, short))
        for key, owners in bare.items():
            if key in REGENCY_BARE_STOP or key in curated_names:
                continue
            cities = [o for o in owners if self.entries[o[0]]["kind"] == "city"]
            pick = cities if len(cities) == 1 else owners if len(owners) == 1 else []
            for eid, short in pick:
                self.form(eid, "id", short, "short")

    def region_forms(self) -> None:
        """Short forms of generated entries ("Sumut" for the province Sumatera Utara)."""
        for r in read_curated("region_forms.csv"):
            if r["entry"] in self.entries:
                for lang, f in split_forms(r["forms"]):
                    self.form(r["entry"], lang, f, "short")

    def curated_entries(self) -> None:
        for r in read_curated("entries.csv"):
            self.entry(r["id"], r["kind"], r["type"], r["code"], r["wikidata"], r["country"], r["role"],
                       r["name_en"], r["name_id"])
            for lang, f in split_forms(r["forms"]):
                if f.startswith("adj:"):  # the adjective of a party or people ("Conservative" MP): never its name
                    self.form(r["id"], lang, f[4:].strip(), "demonym")
                    continue
                self.form(r["id"], lang, f, "acronym" if is_cased_form(f) else "alias")

    def people(self) -> None:
        for r in read_curated("tenures.csv"):
            pid = r["person"]
            if pid not in self.entries:  # an organisation with dated codes (Taliban) is curated in entries.csv
                self.entry(pid, "person", "PER", "", r["wikidata"], "", "", r["name"], r["name"])
            for lang, f in split_forms(r["forms"]):
                self.form(pid, lang, f, "alias")
            self.tenures.append((pid, r["country"], r["offices"], r["role"], r["start"], r["end"]))

    def phoenix_people(self) -> int:
        """Office-holders of PETRARCH2's Phoenix country actors (scripts/import_phoenix_actors.py, MIT) into
        the compact ``office_holders.tsv.gz`` (one line per person: name, forms, tenures), after the
        hand-written people: a name written by hand keeps only its hand-written tenures."""
        from import_phoenix_actors import office_holders

        known = {name_key(e["name_en"] or e["name_id"]) for e in self.entries.values() if e["kind"] == "person"}
        known |= {name_key(f[2]) for f in self.forms}
        people: dict[str, tuple[str, list[str]]] = {}
        for r in office_holders():
            if name_key(r["name"]) in known:
                continue
            forms, tenures = people.setdefault(r["name"], (r["forms"], []))
            tenures.append(":".join((r["country"], r["role"], r["start"], r["end"])))
        lines = ["name\tkey\tcode\tforms\ttenures"]
        for n in sorted(people):
            forms, tenures = people[n]
            last = max(tenures, key=lambda t: t.split(":")[3] or "9999")  # the standing code: the latest tenure's
            country, role = last.split(":")[:2]
            code = country if role in ("IGO", "NGO") else country + role
            lines.append(f"{n}\t{name_key(n)}\t{code}\t{forms}\t{'|'.join(sorted(tenures))}")
        with open(OUT / "office_holders.tsv.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
            fh.write(("\n".join(lines) + "\n").encode("utf-8"))  # mtime 0: a rebuild gives the same bytes
        return len(people)

    def phoenix_firms(self) -> int:
        """Session 28 (actors-en28): the firms of PETRARCH2's Phoenix international actors (scripts/import_phoenix_firms.py,
        MIT) and, since session 30, ``curated/firms.csv`` into the compact ``firms.tsv.gz`` (form, its key, code): not gazetteer forms, so no entity span comes from
        them; the actors stage asks for one only for an organisation its other knowledge leaves uncoded. A firm whose
        form is already a gazetteer form is left to the gazetteer."""
        from import_phoenix_firms import firms

        known = {name_key(f[2]) for f in self.forms}
        countries = {e["code"] for e in self.entries.values() if e["kind"] == "country"}
        lines, keys = ["form\tkey\tcode\tsource"], set()
        # Session 30 (codes-en30): the hand-written firms first (curated/firms.csv: large firms of world business news
        # that the Phoenix list lacks or lists as an outlet), so a hand-checked code wins over a listed one
        curated = [{"form": r["name"], "code": r["code"], "source": "curated"} for r in read_curated("firms.csv")]
        phoenix = firms(lambda c: c in countries)
        listed = {name_key(r["form"]) for r in phoenix}
        for r in curated:
            if r["code"][:3] not in countries | {"EUR"} or not r["code"].endswith("BUS"):
                raise SystemExit(f"build_gazetteer: curated/firms.csv: bad code {r['code']!r} for {r['form']!r}")
            if name_key(r["form"]) in listed:
                r["source"] = "phoenix"  # listed there too (maybe with another country, Tesco CANBUS): the code is ours,
                # the events stage treats it as session 28 did
        for r in curated + phoenix:
            key = name_key(r["form"])
            if key in known or key in keys:
                continue
            keys.add(key)
            lines.append(f"{r['form']}\t{key}\t{r['code']}\t{r.get('source', 'phoenix')}")
        with open(OUT / "firms.tsv.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
            fh.write(("\n".join(lines) + "\n").encode("utf-8"))  # mtime 0: a rebuild gives the same bytes
        return len(lines) - 1

    # -- output -----------------------------------------------------------------------------------

    def write(self) -> dict[str, int]:
        OUT.mkdir(parents=True, exist_ok=True)
        # a person's standing code (for look-ups without a date) comes from the latest tenure
        latest: dict[str, tuple[str, ...]] = {}
        for t in self.tenures:
            if t[0] not in latest or (t[5] or "9999") >= (latest[t[0]][5] or "9999"):
                latest[t[0]] = t
        for pid, t in latest.items():
            e = self.entries[pid]
            e["country"] = t[1]
            e["role"] = t[3]
            e["code"] = t[1] if t[3] == "IGO" else t[1] + t[3]
        cols = ["id", "kind", "type", "code", "wikidata", "country", "role", "name_en", "name_id"]
        with open(OUT / "entries.tsv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n", escapechar=None)
            w.writerow(cols)
            for eid in sorted(self.entries):
                w.writerow([self.entries[eid][c] for c in cols])
        seen = set()
        n_forms = 0
        with open(OUT / "forms.tsv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
            w.writerow(["entry", "lang", "form", "kind"])
            for eid, lang, text, kind in sorted(self.forms, key=lambda f: (f[0], f[1], f[2])):
                key = (eid, lang, text)
                if key in seen or eid not in self.entries:
                    continue
                seen.add(key)
                w.writerow([eid, lang, text, kind])
                n_forms += 1
        with open(OUT / "tenures.tsv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
            w.writerow(["person", "country", "offices", "role", "start", "end"])
            for t in sorted(self.tenures, key=lambda t: (t[0], t[4])):
                w.writerow(t)
        return {"entries": len(self.entries), "forms": n_forms, "tenures": len(self.tenures)}


#: id-admin-regions expanded every "KAB" to "KABUPATEN", inside names too ("KABUPATEN SUKABUPATENUMI" for
#: Sukabumi): an expansion that is not a word of its own is undone
_KAB_INSIDE = re.compile(r"(?<=[A-Za-z])KABUPATEN|KABUPATEN(?=[A-Za-z])")


def repair_admin_name(raw: str) -> str:
    """An id-admin-regions name without the source's own string-replace damage: "KOTA SUKABUPATENUMI" ->
    "KOTA SUKABUMI" (a "KABUPATEN" glued to other letters was a "KAB" inside the name)."""
    return _KAB_INSIDE.sub("KAB", raw)


def _title_id(name: str) -> str:
    """ "KABUPATEN ACEH SELATAN" -> "Kabupaten Aceh Selatan"; keeps DKI/DI and Roman numerals upper-case."""
    words = []
    for w in repair_admin_name(name).strip().split():
        if w in {"DKI", "DI", "II", "III", "IV"}:
            words.append(w)
        else:
            words.append("-".join(p.capitalize() for p in w.split("-")))
    return " ".join(words)


def main() -> None:
    gaz = shared_root()
    b = Builder()
    b.countries(gaz)
    b.wikidata_aliases(gaz)
    b.places()
    b.curated_entries()
    b.people()
    b.capitals(gaz)
    b.id_regions(gaz)
    b.region_forms()
    counts = b.write()
    counts["office_holders"] = b.phoenix_people()
    counts["firms"] = b.phoenix_firms()
    size = sum(p.stat().st_size for p in OUT.glob("*.tsv*"))
    print(json.dumps({**counts, "bytes": size}))


if __name__ == "__main__":
    main()
