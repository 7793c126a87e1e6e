#!/usr/bin/env python3
"""Benchmark the events stage alone on real news articles, on one core.

Articles come from ../shared/data (Indonesian: corpora/indosum-dev, English: corpora/bbc-news);
without the data, a synthetic article of hand-written sentences is used. The upstream stages
(segment ... quotes) run before the clock starts; only the events stage is timed.
Prints articles/s, words/s, events per article, events per category and peak memory.
With --show N it also prints N coded events, to eyeball false positives.

    .venv/bin/python benchmarks/bench_events.py --lang id --n 100
    .venv/bin/python benchmarks/bench_events.py --lang en --n 100 --show 30
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import collections  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402

import corpora  # noqa: E402
from corpora import ROOT, SHARED  # noqa: E402

SYNTHETIC = {
    "id": [
        "Presiden Joko Widodo bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor pada Senin.",
        "Pasukan Rusia kembali menyerang kota Kharkiv di Ukraina timur, kata pejabat setempat.",
        "Korea Utara mengirimkan amunisi ke Rusia untuk mendukung invasi.",
        "Komisi Pemberantasan Korupsi (KPK) menahan seorang bupati di Jawa Timur.",
        "Indonesia mengecam serangan Israel ke Gaza yang menewaskan 20 orang.",
        "Ribuan buruh berunjuk rasa di depan gedung DPR menolak kenaikan harga BBM.",
    ],
    "en": [
        "President Joe Biden met Japanese Prime Minister Fumio Kishida at the White House on Monday.",
        "Russian forces shelled Kharkiv again, according to Ukrainian officials.",
        "The European Union imposed new sanctions on Iran.",
        "North Korea fired two ballistic missiles into the sea, South Korea's military said.",
        "Police arrested three protesters in London.",
        "China warned the Philippines over the disputed shoal.",
    ],
}


def _bbc(n: int) -> list[str]:
    out = corpora.bbc()
    # spread over sections (politics, business, sport ...) rather than the first n of one
    step = max(1, len(out) // max(1, n))
    return out[::step][:n]


def articles(lang: str, n: int) -> tuple[list[str], str]:
    raw = corpora.indosum(n) if lang == "id" else _bbc(n)
    if raw:
        return raw, "indosum-dev" if lang == "id" else "bbc-news"
    print(f"note: {SHARED}/data not found; using a synthetic article", file=sys.stderr)
    return ["\n\n".join(SYNTHETIC[lang] * 5)] * n, "synthetic"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default="id", choices=["id", "en"])
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--show", type=int, default=0, help="print this many coded events")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    from kabar.pipeline import Pipeline
    from kabar.record import Article
    from kabar.stages.events import EventStage

    texts, source = articles(args.lang, args.n)
    upstream = Pipeline(disable=("language", "clean", "events"))
    records = [upstream(Article.new(t, lang=args.lang, published="2024-01-05", id=str(i))) for i, t in enumerate(texts)]

    t0 = time.perf_counter()
    stage = EventStage()
    stage(records[0].model_copy())  # loads the lexicon
    load_s = time.perf_counter() - t0

    tracemalloc.start()
    t0 = time.perf_counter()
    for r in records:
        stage(r)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    n_words = sum(len(t.split()) for t in texts)
    cats = collections.Counter(e.event for r in records for e in r.events)
    n_events = sum(cats.values())
    print(f"events stage, lang={args.lang}, {len(records)} articles from {source}, {n_words} words")
    print(f"  lexicon load      {load_s:.2f} s")
    print(f"  articles/s        {len(records) / elapsed:.1f}   ({elapsed:.2f} s)")
    print(f"  words/s           {n_words / elapsed:.0f}")
    print(f"  events/article    {n_events / len(records):.2f}")
    print(f"  peak memory       {peak / 1e6:.1f} MB traced during the stage; process max RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print("  by category       " + ", ".join(f"{k} {v}" for k, v in cats.most_common()))
    shown = 0
    for r in records:
        for e in r.events:
            if shown >= args.show:
                break
            shown += 1
            codes = lambda refs: "+".join((a.code or a.name or "?") for a in refs) or "-"  # noqa: E731
            print(f"  [{r.id}] {e.event:<9} {codes(e.actor):<12} -> {codes(e.recipient):<12} {e.modality:<12} "
                  f"{(e.claimant.name if e.claimant else '-')[:18]:<18} | {r.text[e.evidence.start:e.evidence.end][:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
