#!/usr/bin/env python3
"""Toponym-to-country accuracy on gold/dev: each gold GPE/LOC entity whose actor code names a country, resolved
by the places stage (its own entity of that name, else the name resolved in the article's context).

Only the tune half of gold/dev is read (gold/dev/split.json; every file is tune until that file exists).
    .venv/bin/python scripts/eval_toponyms.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.names import key  # noqa: E402
from kabar.pipeline import Pipeline
from kabar.record import Article  # noqa: E402
from kabar.places import places  # noqa: E402
from kabar.places.resolve import resolve  # noqa: E402

GOLD = ROOT / "gold" / "dev"


def tune_files() -> list[Path]:
    split = GOLD / "split.json"
    files = sorted(GOLD.glob("*/*.gold.json"))
    if split.is_file():
        tune = set(json.loads(split.read_text(encoding="utf-8")).get("tune", []))
        files = [f for f in files if f.name in tune or str(f.relative_to(GOLD)) in tune or f.stem.replace(".gold", "") in tune]
    return files


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="print the misses (tune files only)")
    args = ap.parse_args()
    pipe = Pipeline()
    gaz = places()
    total = right = 0
    by_lang: dict[str, list[int]] = {}
    for gold_file in tune_files():
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = gold_file.with_name(gold_file.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        record = pipe(Article.new(text, lang=gold["lang"], published=gold.get("published")))
        ctx = record.state.places[3]
        ours = {key(m.text): e.place for e in record.entities if e.place for m in e.mentions}
        for ent in gold["entities"]:
            code = (ent.get("actor") or "")[:3]
            if ent["type"] not in ("GPE", "LOC") or gaz.country(code) is None:
                continue
            place = ours.get(key(ent["name"]))
            country = place.country if place else None
            if place is None:
                res = resolve(ent["name"], ctx)
                country = res.place.country if res else None
            ok = country == code
            total += 1
            right += ok
            by_lang.setdefault(gold["lang"], [0, 0])[0] += ok
            by_lang[gold["lang"]][1] += 1
            if args.errors and not ok:
                print(f"  {gold_file.name}: {ent['name']!r} gold {code}, ours {country}")
    print(json.dumps({"files": len(tune_files()), "place_entities": total,
                      "country_accuracy": round(right / max(1, total), 3),
                      "by_lang": {k: {"n": v[1], "accuracy": round(v[0] / max(1, v[1]), 3)} for k, v in by_lang.items()}},
                     indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
