#!/usr/bin/env python3
"""Add a ``places`` key (place gold, see docs/places.md "Place gold") to gold/dev files that lack one.

The entries come from the file's own hand-made gold, never from kabar's output: each GPE/LOC entity becomes a
place with its surface forms (name and aliases), its country (the ISO3 part of its actor code, when that
names a country: gold/dev's house style gives subnational places their country's code) and, where the
gazetteer has exactly one place of one of its forms in that country (or the form is the country itself), the
gazetteer id. A place whose actor code names no country gets ``"country": null`` and ``"reviewed": false``:
an annotator decides it from the text (tune files were reviewed so; check files are not inspected, so their
unreviewed entries stay unscored). Files that already have ``places`` are left alone.
    .venv/bin/python scripts/add_place_gold.py [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.places import places  # noqa: E402
from kabar.places.resolve import candidates  # noqa: E402

GOLD = ROOT / "gold" / "dev"


def gazetteer_id(forms: list[str], country: str, lang: str) -> str | None:
    gaz = places()
    if gaz.country(country) is not None and any(
            any(p.id == f"c:{country}" for p in candidates(f, lang)) for f in forms):
        return f"c:{country}"
    ids = set()
    for f in forms:
        ids |= {p.id for p in candidates(f, lang) if p.country == country and p.kind != "country"}
    return next(iter(ids)) if len(ids) == 1 else None


def place_entries(gold: dict) -> list[dict]:
    gaz = places()
    out = []
    for ent in gold["entities"]:
        if ent["type"] not in ("GPE", "LOC"):
            continue
        forms = [ent["name"]] + [a for a in ent.get("aliases", []) if a != ent["name"]]
        code = (ent.get("actor") or "")[:3] if isinstance(ent.get("actor"), str) else ""
        country = code if gaz.country(code) is not None else None
        entry = {"name": ent["name"], "forms": forms, "country": country,
                 "gazetteer": gazetteer_id(forms, country, gold["lang"]) if country else None}
        if country is None:
            entry["reviewed"] = False
        if ent.get("optional"):
            entry["optional"] = True
        out.append(entry)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    for path in sorted(GOLD.glob("*/*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "places" in gold:
            continue
        gold["places"] = place_entries(gold)
        print(f"{path.relative_to(ROOT)}: {len(gold['places'])} places")
        if not args.dry_run:
            path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
