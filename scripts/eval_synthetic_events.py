#!/usr/bin/env python3
"""Trigger coverage on NGEC's synthetic stories, each labelled with one PLOVER category.

../shared/data/events/ngec-2025/synthetic-training/gpt_synthetic_events_2023-10-19_19.csv (Andy
Halterman's GPT-written training stories; columns text, title, label, mode; read in place, never
copied) holds 4,500 short news stories. Each is split once into a tune or a check half by the parity
of the SHA-1 of its text; error analysis reads the tune half only (--show), the check half is scored,
never listed.

The story's text (not its title, which holds placeholders) runs through the whole English pipeline.
Reported per half and per category:
  R3     story recall: the label's category among the events coded in the first 3 sentences
  Rall   the same anywhere in the story
  ev/st  events coded per story
  share  the share of the coded events whose category is the label (a story may report other events
         too, so this is a lower bound on precision, comparable before/after)

The stories are many and the pipeline is slow on a shared machine, so by default a fixed sample is
scored: the first --per-cat stories of each category in each half, in SHA-1 order (the same stories
every run). --per-cat 0 scores every story. --dump FILE writes each scored tune story's events
(JSON lines, outside the repository) so that two runs can be diffed.

    .venv/bin/python scripts/eval_synthetic_events.py [--per-cat 20] [--half tune] [--show 30] [--dump /tmp/x.jsonl]
"""
from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KABAR_SHARED", ROOT.parent / "shared"))
STORIES = SHARED / "data/events/ngec-2025/synthetic-training/gpt_synthetic_events_2023-10-19_19.csv"


def digest(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def half_of(text: str) -> str:
    return "tune" if digest(text) % 2 == 0 else "check"


def load(per_cat: int, half: str | None) -> list[dict]:
    csv.field_size_limit(10**7)
    rows = []
    with STORIES.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = (row.get("text") or "").strip()
            if text and row.get("label"):
                rows.append({"text": text, "label": row["label"].strip(), "mode": (row.get("mode") or "").strip(),
                             "half": half_of(text), "key": digest(text)})
    rows.sort(key=lambda r: r["key"])
    taken: collections.Counter = collections.Counter()
    out = []
    for r in rows:
        if half and r["half"] != half:
            continue
        if per_cat and taken[(r["half"], r["label"])] >= per_cat:
            continue
        taken[(r["half"], r["label"])] += 1
        out.append(r)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-cat", type=int, default=20, help="stories per category and half (0: all)")
    ap.add_argument("--half", choices=("tune", "check"), help="score one half only")
    ap.add_argument("--show", type=int, default=0, help="print this many tune-half misses (never check-half ones)")
    ap.add_argument("--dump", help="write the tune stories' coded events to this JSON-lines file")
    args = ap.parse_args(argv)
    if not STORIES.is_file():
        print(f"note: {STORIES} not found; nothing to measure", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from kabar.pipeline import default_pipeline
    from kabar.record import Article

    pipe = default_pipeline()
    rows = load(args.per_cat, args.half)
    stats = {h: collections.Counter() for h in ("tune", "check")}
    per_cat = {h: collections.defaultdict(collections.Counter) for h in ("tune", "check")}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    shown = 0
    for row in rows:
        r = pipe(Article.new(row["text"], lang="en", published="2023-10-19", id=f"syn{row['key'] % 10**8}"))
        first3 = r.sentences[2].end if len(r.sentences) >= 3 else len(r.text)
        got = [e.event for e in r.events]
        got3 = [e.event for e in r.events if e.evidence.start < first3]
        h, lab = row["half"], row["label"]
        for c in (stats[h], per_cat[h][lab]):
            c["stories"] += 1
            c["hit3"] += lab in got3
            c["hit"] += lab in got
            c["coded"] += len(got)
            c["coded_right"] += sum(g == lab for g in got)
        if h == "tune" and dump:
            dump.write(json.dumps({"key": row["key"] % 10**8, "label": lab, "mode": row["mode"], "events": [
                {"event": e.event, "actor": "+".join(a.code or a.name or "?" for a in e.actor),
                 "recipient": "+".join(a.code or a.name or "?" for a in e.recipient), "modality": e.modality,
                 "ev": r.text[e.evidence.start:e.evidence.end][:120]} for e in r.events]}) + "\n")
        if h == "tune" and lab not in got and shown < args.show:
            shown += 1
            print(f"  MISS {lab:<9} {row['mode'] or '-':<14} got {','.join(got) or '-'}")
            print("       " + " ".join(row["text"][:first3].split())[:600])
    if dump:
        dump.close()
    for h in ("tune", "check"):
        s = stats[h]
        if not s["stories"]:
            continue

        def fig(c: collections.Counter) -> str:
            n = c["stories"]
            share = c["coded_right"] / c["coded"] if c["coded"] else 0.0
            return (f"R3 {c['hit3'] / n:.3f}  Rall {c['hit'] / n:.3f}  ev/st {c['coded'] / n:.2f}  "
                    f"share {share:.3f}  (n {n})")

        print(f"{h:<5} all        {fig(s)}")
        for cat in sorted(per_cat[h]):
            print(f"      {cat:<10} {fig(per_cat[h][cat])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
