#!/usr/bin/env python3
"""Which trigger forms derived by the Indonesian pack's [morphology] rules are real words, and how often? (session 28)

The events lexicon (lexicon._derivations) reads every one-word trigger form in its other voices ("menangkap" ->
"ditangkap", "penangkapan"). Most wrong splits of a prefix make strings no text writes ("dinangkap"); this census
counts each derived form as a lower-cased word of the Indonesian corpora (detik-2025, IndoSum dev, UD Indonesian-GSD
r2.1 train), prints those attested, by event and voice, with their count and the pack form they come from, and one
sentence per form with ``--examples`` (to find derived words of another sense for the pack's ``[morphology] skip``).
The corpora are read from ../shared/data, never written to the repository.

    PYTHONPATH=src:benchmarks .venv/bin/python scripts/derived_trigger_census.py [--examples] [--min 2]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402

WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def texts() -> list[str]:
    return corpora.detik() + corpora.indosum(100_000) + corpora.gsd21_event_sentences()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", action="store_true", help="print one corpus sentence per attested form")
    ap.add_argument("--min", type=int, default=1, help="least count printed")
    a = ap.parse_args(argv)
    from kabar.stages.events.lexicon import lexicon

    lx = lexicon("id")
    derived = {" ".join(k): v for k, v in lx.sets["derived_forms"].table.items()}
    counts: Counter = Counter()
    example: dict[str, str] = {}
    for t in texts():
        low = t.lower()
        for w in WORD.findall(low):
            if w in derived:
                counts[w] += 1
                if a.examples and w not in example:
                    i = low.find(w)
                    example[w] = " ".join(t[max(0, i - 120): i + 120].split())
    rows = sorted(((derived[w][0], derived[w][1], w, n) for w, n in counts.items() if n >= a.min))
    for event, voice, w, n in rows:
        print(f"{event:<10} {voice:<8} {n:>6}  {w}")
        if a.examples:
            print(f"           {example[w]}")
    print(f"\n{len(derived)} derived forms, {len(counts)} attested, {sum(counts.values())} occurrences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
