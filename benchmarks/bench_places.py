"""CPU time of the places stage against the whole pipeline's, per article (the machine is shared: CPU time,
not wall time, says what the stage costs).

Usage: .venv/bin/python benchmarks/bench_places.py [--lang id|en] [--n 200]
Without ../shared/data it runs on the seed article repeated.
"""

from __future__ import annotations

import argparse
import time

import corpora
from corpora import ROOT

from kabar.pipeline import Pipeline
from kabar.record import Article


def texts(lang: str, n: int) -> list[str]:
    if lang == "id":
        found = ["Judul\n\n" + body for body in corpora.indosum(n)]
    else:
        found = [f.read_text(encoding="utf-8", errors="replace") for f in corpora.bbc_files()[:n]]
    seed = (ROOT / "examples" / "seed-000.txt").read_text(encoding="utf-8")
    return found or [seed + f"\n\nCatatan {i}." for i in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="id", choices=("id", "en"))
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    docs = texts(args.lang, args.n)
    pipe = Pipeline()
    stage_cpu: dict[str, float] = {}
    for name, _info, fn in pipe._stages:  # wrap each stage to count its CPU time
        def timed(record, fn=fn, name=name):
            t0 = time.process_time()
            try:
                return fn(record)
            finally:
                stage_cpu[name] = stage_cpu.get(name, 0.0) + time.process_time() - t0
        pipe._stages[[s[0] for s in pipe._stages].index(name)] = (name, _info, timed)
    t0 = time.process_time()
    placed = events = 0
    for text in docs:
        record = pipe(Article.new(text, lang=args.lang))
        events += len(record.events)
        placed += sum(1 for e in record.events if e.event_loc is not None)
    total = time.process_time() - t0
    n = len(docs)
    print(f"lang {args.lang}: {n} articles; {events} events, {placed} placed ({placed / max(1, events):.0%})")
    print(f"pipeline CPU {total / n * 1000:.1f} ms/article = {n / total:.1f} articles/s per core")
    print(f"places stage CPU {stage_cpu.get('places', 0) / n * 1000:.2f} ms/article "
          f"({stage_cpu.get('places', 0) / total:.1%} of the pipeline)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
