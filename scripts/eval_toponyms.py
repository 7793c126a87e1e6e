#!/usr/bin/env python3
"""Toponym-to-country accuracy on gold/dev's place gold (the ``places`` key, docs/places.md "Place gold").

Each gold place with a country (``country`` not null) is looked up among the places stage's mentions of the
article by any of its ``forms`` (the place of the kabar entity that has the form as a mention); a place the
stage did not find is resolved by its name in the article's context. Right = the resolved place's country is
the gold country. Also reported: how often the gazetteer id matches where the gold gives one.

gold/dev/split.json's halves are scored separately; ``--errors`` prints the misses of the tune half only
(the check half is scored and reported, never inspected).
    .venv/bin/python scripts/eval_toponyms.py [--half tune|check|both] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.names import key  # noqa: E402
from kabar.pipeline import Pipeline  # noqa: E402
from kabar.places.resolve import resolve  # noqa: E402
from kabar.record import Article  # noqa: E402

GOLD = ROOT / "gold" / "dev"


def half_files(half: str) -> list[Path]:
    split = json.loads((GOLD / "split.json").read_text(encoding="utf-8"))
    names = set(split[half])
    return [f for f in sorted(GOLD.glob("*/*.gold.json")) if f.name[: -len(".gold.json")] in names]


def score_half(pipe: Pipeline, half: str, show_errors: bool) -> dict:
    total = right = with_id = id_right = 0
    by_lang: dict[str, list[int]] = {}
    files = half_files(half)
    for gold_file in files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text_file = gold_file.with_name(gold["file"])
        if not text_file.is_file():
            sys.exit(f"eval_toponyms: {text_file} missing: run scripts/make_dev_texts.py first")
        record = pipe(Article.new(text_file.read_text(encoding="utf-8"), lang=gold["lang"],
                                  published=gold.get("published")))
        mentions, _, _, ctx = record.state.places
        ours = {key(m.text): m.resolution for m in mentions if m.resolution is not None}
        for p in gold.get("places", []):
            if not p.get("country") or p.get("reviewed") is False:
                continue
            res = next((ours[key(f)] for f in p["forms"] if ours.get(key(f)) is not None), None)
            if res is None:
                res = resolve(p["name"], ctx)
            country = res.place.country if res else None
            ok = country == p["country"]
            total += 1
            right += ok
            by_lang.setdefault(gold["lang"], [0, 0])[0] += ok
            by_lang[gold["lang"]][1] += 1
            if p.get("gazetteer"):
                with_id += 1
                id_right += bool(res and not res.fallback and res.place.id == p["gazetteer"])
            if show_errors and half == "tune" and not ok:
                print(f"  {gold_file.name}: {p['name']!r} gold {p['country']}, ours {country}"
                      f" ({res.place.id if res else None})", file=sys.stderr)
    return {"files": len(files), "place_mentions": total, "country_accuracy": round(right / max(1, total), 3),
            "gazetteer_id_accuracy": round(id_right / max(1, with_id), 3), "with_gazetteer_id": with_id,
            "by_lang": {k: {"n": v[1], "accuracy": round(v[0] / max(1, v[1]), 3)} for k, v in sorted(by_lang.items())}}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", default="both", choices=("tune", "check", "both"))
    ap.add_argument("--errors", action="store_true", help="print the misses (tune half only)")
    args = ap.parse_args()
    pipe = Pipeline()
    halves = ("tune", "check") if args.half == "both" else (args.half,)
    print(json.dumps({h: score_half(pipe, h, args.errors) for h in halves}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
