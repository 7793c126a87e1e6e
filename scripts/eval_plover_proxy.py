#!/usr/bin/env python3
"""A proxy for the public PLOVER suite: category recall on NGEC's hand-written headline templates.

../shared/data/events/ngec-2025/synthetic-training/synthetic_headlines.csv (MIT, read in place,
never copied) holds 375 headline templates, each with its PLOVER event and mode
("{country_1} condemns {country_2} for treatment of migrants", ACCUSE, DISAPPROVE). Each template
is filled with real names (chosen by a hash of the template, so every run is the same), turned into
a sentence ("France condemns Germany for treatment of migrants.": news headlines are title case,
the public suite's sentences are not; the words of a name, an acronym and the first word keep their
case) and run through the whole English pipeline.

The templates are split once into tune and check halves by the parity of the SHA-1 of the template
text. Error analysis reads the tune half only (--show); the check half is scored, never listed.

Reported per half: category recall (the gold event among the events coded for the sentence),
precision of the coded events (events of the gold category / all events coded), mode accuracy on
matched sentences (the gold mode, where one is given, among the matched events' modes).

    .venv/bin/python scripts/eval_plover_proxy.py [--show 40] [--title-case]
"""
from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KABAR_SHARED", ROOT.parent / "shared"))
SUITE = SHARED / "data/events/ngec-2025/synthetic-training/synthetic_headlines.csv"

COUNTRIES = ["France", "Germany", "Russia", "China", "Japan", "Brazil", "Turkey", "Egypt", "India", "Iran",
             "Pakistan", "Nigeria", "Kenya", "Mexico", "Canada", "Indonesia", "Israel", "Ukraine", "Poland", "Peru"]
CITIES = ["Kabul", "Aleppo", "Lagos", "Karachi", "Jakarta", "Mosul", "Caracas", "Nairobi", "Kyiv", "Manila"]


def half_of(template: str) -> str:
    return "tune" if int(hashlib.sha1(template.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "check"


def fill(template: str) -> tuple[str, set[str]]:
    """The template with names in, and the set of the names' words (their case is kept)."""
    h = int(hashlib.sha1(template.encode("utf-8")).hexdigest(), 16)
    start = h % len(COUNTRIES)
    names = {f"{{country_{k}}}": COUNTRIES[(start + 7 * (k - 1)) % len(COUNTRIES)] for k in (1, 2, 3)}
    names["{city}"] = CITIES[(h // 7) % len(CITIES)]
    text = template.strip()
    for ph, name in names.items():
        text = text.replace(ph, name)
    keep = {w for n in names.values() for w in n.split()}
    return text, keep


def sentence_case(text: str, keep: set[str]) -> str:
    out = []
    for n, tok in enumerate(re.split(r"(\s+)", text)):
        core = re.sub(r"^[\"'(]+|[\"'),.:;!?]+$", "", tok)
        core = re.sub(r"'s$", "", core)
        if n == 0 or not core or core in keep or (core.isupper() and len(core) > 1) or \
                any(ch.isupper() for ch in core[1:]):
            out.append(tok)  # the first word, a name, an acronym ("UN", "NATO"), "McDonald"
        else:
            out.append(tok[:1].lower() + tok[1:] if core[:1].isupper() else tok)
    s = "".join(out).rstrip()
    return s if s.endswith((".", "!", "?")) else s + "."


def load() -> list[dict]:
    rows = []
    with SUITE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("event") and row.get("title"):
                rows.append({"event": row["event"].strip(), "mode": (row.get("mode") or "").strip().lower(),
                             "template": row["title"], "half": half_of(row["title"])})
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="print this many tune-half misses (never check-half ones)")
    ap.add_argument("--title-case", action="store_true", help="keep the headlines' title case")
    ap.add_argument("--half", choices=("tune", "check"), help="score one half only")
    args = ap.parse_args(argv)
    if not SUITE.is_file():
        print(f"note: {SUITE} not found; nothing to measure", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from kabar.pipeline import default_pipeline
    from kabar.record import Article

    pipe = default_pipeline()
    rows = load()
    stats = {h: collections.Counter() for h in ("tune", "check")}
    per_cat = {h: collections.defaultdict(lambda: [0, 0]) for h in ("tune", "check")}
    shown = 0
    for n, row in enumerate(rows):
        if args.half and row["half"] != args.half:
            continue
        text, keep = fill(row["template"])
        if not args.title_case:
            text = sentence_case(text, keep)
        r = pipe(Article.new(text, lang="en", published="2025-01-05", id=f"pp{n}"))
        got = [e.event for e in r.events]
        s = stats[row["half"]]
        s["sentences"] += 1
        s["coded"] += len(got)
        s["coded_right"] += sum(g == row["event"] for g in got)
        hit = row["event"] in got
        s["hit"] += hit
        per_cat[row["half"]][row["event"]][1] += 1
        per_cat[row["half"]][row["event"]][0] += hit
        if hit and row["mode"]:
            s["mode_n"] += 1
            s["mode_ok"] += any(row["mode"] in (e.mode or []) for e in r.events if e.event == row["event"])
        if not hit and row["half"] == "tune" and shown < args.show:
            shown += 1
            print(f"  MISS {row['event']:<9} {row['mode'] or '-':<12} got {','.join(got) or '-':<20} | {text}")
    for h in ("tune", "check"):
        s = stats[h]
        if not s["sentences"]:
            continue
        rec = s["hit"] / s["sentences"]
        prec = s["coded_right"] / s["coded"] if s["coded"] else 0.0
        mode = s["mode_ok"] / s["mode_n"] if s["mode_n"] else 0.0
        print(f"{h:<5} {s['sentences']:>3} sentences  category recall {rec:.3f}  precision {prec:.3f}  "
              f"mode accuracy {mode:.3f} (of {s['mode_n']})  events/sentence {s['coded'] / s['sentences']:.2f}")
        print("      per category: " + ", ".join(f"{c} {a}/{b}" for c, (a, b) in sorted(per_cat[h].items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
