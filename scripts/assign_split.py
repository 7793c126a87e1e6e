#!/usr/bin/env python3
"""Assign new gold/dev files to the tune or check half, once, by the fixed rule of gold/dev/README.md.

Files already in gold/dev/split.json never move. Per language, the unlisted files are taken in
ascending order of the SHA-1 of their name; each goes to tune while tune (with it) would not
exceed check plus the files still to place, so the halves end as equal as the listed files allow.

    .venv/bin/python scripts/assign_split.py            # writes split.json, prints the assignment
    .venv/bin/python scripts/assign_split.py --check    # exit 1 if some file is unassigned
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DEV = ROOT / "gold" / "dev"


def name_of(p: Path) -> str:
    return p.name[: -len(".gold.json")]


def assign(split: dict, folder: Path) -> list[tuple[str, str]]:
    listed = {n: h for h in ("tune", "check") for n in split.get(h, [])}
    placed = []
    for lang_dir in sorted(d for d in folder.iterdir() if d.is_dir()):
        names = [name_of(p) for p in lang_dir.glob("*.gold.json")]
        tune = sum(1 for n in names if listed.get(n) == "tune")
        check = sum(1 for n in names if listed.get(n) == "check")
        new = sorted((n for n in names if n not in listed), key=lambda n: hashlib.sha1(n.encode()).hexdigest())
        for i, n in enumerate(new):
            remaining = len(new) - i - 1
            half = "tune" if tune + 1 <= check + remaining else "check"
            split.setdefault(half, []).append(n)
            tune += half == "tune"
            check += half == "check"
            placed.append((n, half))
    return placed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only report unassigned files")
    args = ap.parse_args(argv)
    path = GOLD_DEV / "split.json"
    split = json.loads(path.read_text(encoding="utf-8"))
    placed = assign(split, GOLD_DEV)
    for n, h in placed:
        print(f"{h}\t{n}")
    if args.check:
        return 1 if placed else 0
    for h in ("tune", "check"):
        split[h] = sorted(split.get(h, []))
    path.write_text(json.dumps(split, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
