"""Event census on unlabelled BBC politics articles that are not in gold/dev, for error analysis.

    .venv/bin/python scripts/event_census.py --n 40 [--section politics] [--skip 0] > /tmp/ev-census.txt

Runs the whole pipeline on ``--n`` articles of a BBC section (every k-th file, gold/dev articles
skipped) and prints each event with its sentence: category, actor and recipient (name=code),
modality, why the actor is empty, evidence. Wrong classes are then counted by reading. The corpus
is research-only: nothing of it is written to the repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import make_dev_texts as mdt  # noqa: E402


def articles(section: str, n: int, skip: int) -> list[tuple[str, str]]:
    root = mdt.shared_root() / "corpora" / "bbc-news" / "news" / section
    gold = {slug for sec, slug in mdt.BBC if sec == section}
    files = [f for f in sorted(root.glob("*.txt")) if f.stem not in gold]
    step = max(1, len(files) // n)
    return [(f.stem, mdt.bbc_text(mdt.shared_root(), section, f.stem)) for f in files[skip::step][:n]]


def _refs(refs) -> str:
    return ", ".join(f"{r.name}={r.code}" for r in refs) or "-"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--section", default="politics")
    ap.add_argument("--skip", type=int, default=0)
    a = ap.parse_args(argv)
    from kabar.pipeline import default_pipeline
    from kabar.readers import Metadata
    from kabar.readers.text import read_text

    pipe = default_pipeline()
    total = 0
    for slug, text in articles(a.section, a.n, a.skip):
        rec = pipe(read_text(text, Metadata(lang="en")))  # as the eval reads a gold text: the headline is the title
        print(f"\n######## bbc-{a.section}-{slug}  ({len(rec.events)} events)")
        total += len(rec.events)
        for e in rec.events:
            s = next((x for x in rec.sentences if x.start <= e.evidence.start < x.end), None)
            print(f"  E {e.event} [{_refs(e.actor)}] -> [{_refs(e.recipient)}] {e.modality}"
                  f"{' why=' + e.actor_unknown if e.actor_unknown else ''} :: {e.event_text!r}")
            if s is not None:
                print(f"     S: {rec.text[s.start:s.end][:400]}")
    print(f"\n{total} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
