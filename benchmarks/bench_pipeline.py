"""Whole-pipeline throughput: articles/s, words/s, peak memory and each stage's share of the time.

Usage: .venv/bin/python benchmarks/bench_pipeline.py [--lang id|en] [--n 200] [--corpus PATH]
Without ../shared/data it runs on the seed article repeated (varied so ids differ).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc

import corpora
from corpora import ROOT

SHARED = corpora.SHARED / "data"


def indosum_articles(n: int):
    return ["Judul\n\n" + body for body in corpora.indosum(n)]  # the reader takes the first line as title


def bbc_articles(n: int):
    return [f.read_text(encoding="utf-8", errors="replace") for f in corpora.bbc_files()[:n]]


def seed_articles(n: int):
    text = (ROOT / "examples" / "seed-000.txt").read_text(encoding="utf-8")
    for i in range(n):
        yield text + f"\n\nCatatan {i}."


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="id", choices=("id", "en"))
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()

    import kabar
    from kabar.pipeline import Pipeline

    t0 = time.perf_counter()
    pipe = Pipeline(strict=False)
    kabar.extract("Judul\n\nPresiden bertemu menteri di Jakarta pada Senin.", lang=args.lang, published="2024-01-05", pipeline=pipe)
    load_s = time.perf_counter() - t0
    pipe.timings.clear()

    if SHARED.is_dir():
        source = indosum_articles(args.n) if args.lang == "id" else bbc_articles(args.n)
        corpus = "indosum-dev" if args.lang == "id" else "bbc-news"
    else:
        source, corpus = seed_articles(args.n), "seed (../shared/data absent)"
    texts = list(source)
    words = sum(len(t.split()) for t in texts)

    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        kabar.extract(t, lang=args.lang, published="2024-01-05", pipeline=pipe)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0  # on a shared machine, CPU time compares runs where wall time cannot
    timings = dict(pipe.timings)
    # Memory on a separate pass: tracemalloc slows Python down and would distort the timings.
    tracemalloc.start()
    for t in texts[:20]:
        kabar.extract(t, lang=args.lang, published="2024-01-05", pipeline=pipe)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus {corpus}, lang {args.lang}: {len(texts)} articles, {words / len(texts):.0f} words/article on average")
    print(f"load + first article: {load_s:.2f} s")
    print(f"throughput: {len(texts) / elapsed:.1f} articles/s, {words / elapsed:,.0f} words/s (one process, one core)")
    print(f"CPU time: {cpu:.1f} s, {len(texts) / cpu:.1f} articles per CPU second")
    print(f"peak traced Python memory {peak / 2**20:.1f} MiB; max RSS {rss:.0f} MiB")
    total = sum(timings.values())
    for name, secs in timings.items():
        print(f"  {name:<11} {secs / len(texts) * 1000:7.2f} ms/article  {secs / total:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
