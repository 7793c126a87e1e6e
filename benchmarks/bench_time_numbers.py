#!/usr/bin/env python3
"""Benchmark the temporal and quantities stages, on one core.

Articles: Indonesian from ../shared/data/corpora/detik-2025 (publication date from its
`tanggal` column), English from corpora/bbc-news (no date: relative expressions stay
unresolved); without the data, a synthetic corpus built from hand-written sentences
is used. Segmentation runs before the clock starts. Prints articles/s, words/s, items
found per article, crashes, and peak memory (tracemalloc, Python allocations of the
two stages; ru_maxrss for the whole process).

    .venv/bin/python benchmarks/bench_time_numbers.py --lang id --n 300
    .venv/bin/python benchmarks/bench_time_numbers.py --lang en --synthetic
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import resource
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KABAR_SHARED", ROOT.parent / "shared"))

SYNTHETIC = {
    "id": [
        "Kirby mengatakan pasukan Rusia telah menembakkan misil dalam dua serangan pada 30 Desember dan 2 Januari.",
        "Misil itu memiliki jangkauan sekitar 900 kilometer, kata Gedung Putih pada hari Kamis.",
        "Pemerintah mengalokasikan Rp 2,5 triliun untuk 1.500 warga sipil yang mengungsi sejak pekan lalu.",
        "Ratusan warga berkumpul di Jakarta, Selasa (21/10/2025) pukul 10.00 WIB.",
        "Inflasi bulan lalu tercatat 2,8 persen, turun dari 3,1 persen tahun lalu.",
        "Pasal 30 UU itu digugat ke MK; sidang akan digelar pada bulan Maret.",
        "Sedikitnya 12 orang tewas dan puluhan lainnya terluka dalam gempa kemarin.",
        "Harga beras naik Rp 1.000 per kilogram dalam tiga hari terakhir.",
    ],
    "en": [
        "Russia fired dozens of ballistic missiles on December 30 and January 2, the White House said on Thursday.",
        "The missiles have a range of about 550 miles, officials said last week.",
        "The government pledged $2.5bn to help 1.5 million people displaced since last month.",
        "Hundreds of protesters gathered on Tuesday at 10 a.m. outside parliament.",
        "Inflation fell to 2.8 per cent in October, down from 3.1% a year ago.",
        "Article 30 of the law will be reviewed next March, the G20 statement said.",
        "At least 12 people were killed and dozens injured in yesterday's earthquake.",
        "Rice prices rose by 10% over the past three days.",
    ],
}


def _detik(limit: int) -> list[tuple[str, dt.date | None]]:
    path = SHARED / "data/corpora/detik-2025/data_berita.csv"
    if not path.is_file():
        return []
    csv.field_size_limit(1 << 30)
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                m, d, y = row["tanggal"].split()[0].split("/")
                pub = dt.date(int(y), int(m), int(d))
            except (ValueError, KeyError, IndexError):
                pub = None
            if row.get("isi_berita"):
                out.append((row["isi_berita"], pub))
            if len(out) >= limit:
                break
    return out


def _bbc(limit: int) -> list[tuple[str, dt.date | None]]:
    root = SHARED / "data/corpora/bbc-news/news"
    if not root.is_dir():
        return []
    files = sorted(root.glob("*/*.txt"))[:limit]
    return [(f.read_text(encoding="utf-8", errors="replace"), None) for f in files]


def _synthetic(lang: str, n: int, seed: int = 1) -> list[tuple[str, dt.date | None]]:
    rnd = random.Random(seed)
    sents = SYNTHETIC[lang]
    return [(" ".join(rnd.choice(sents) for _ in range(30)), dt.date(2024, 1, 5)) for _ in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("id", "en"), default="id")
    ap.add_argument("--n", type=int, default=200, help="number of articles")
    ap.add_argument("--synthetic", action="store_true", help="use the synthetic corpus even when data is present")
    args = ap.parse_args()

    from kabar.record import Article
    from kabar.stages.quantities import QuantityStage
    from kabar.stages.segment import Segmenter
    from kabar.stages.temporal import TemporalStage

    docs = [] if args.synthetic else (_detik(args.n) if args.lang == "id" else _bbc(args.n))
    source = "shared corpus" if docs else "synthetic"
    if not docs:
        docs = _synthetic(args.lang, args.n)

    t0 = time.perf_counter()
    temporal, quantities = TemporalStage(), QuantityStage()
    load = time.perf_counter() - t0
    seg = Segmenter()
    records = []
    for i, (text, pub) in enumerate(docs):
        r = Article.new(text, lang=args.lang, published=pub)
        r.id = f"bench-{i}"
        records.append(seg(r))
    words = sum(len(r.text.split()) for r in records)

    def run(batch):
        """Both stages over the records; returns (temporal s, quantities s, crashes)."""
        tt = tq = 0.0
        bad = 0
        for r in batch:
            try:
                a = time.perf_counter()
                temporal(r)
                r.stages.append("temporal")
                b = time.perf_counter()
                quantities(r)
                c = time.perf_counter()
            except Exception:  # counted, not hidden: a crash is a bug to report
                bad += 1
                continue
            tt += b - a
            tq += c - b
        return tt, tq, bad

    t_temporal, t_quant, crashes = run(records)  # timed pass, no tracing overhead
    n_dates = sum(len(r.dates) for r in records)
    n_resolved = sum(1 for r in records for d in r.dates if d.value)
    n_quant = sum(len(r.quantities) for r in records)
    for r in records:
        r.stages.remove("temporal")
    tracemalloc.start()  # memory pass
    run(records)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    n = len(records)
    total = t_temporal + t_quant
    print(f"corpus: {source}, lang={args.lang}, articles={n}, words={words}")
    print(f"load: {load * 1000:.0f} ms")
    print(f"temporal: {t_temporal:.2f} s  quantities: {t_quant:.2f} s  total: {total:.2f} s")
    print(f"throughput: {n / total:.1f} articles/s, {words / total:.0f} words/s" if total else "throughput: n/a")
    print(f"found per article: dates {n_dates / n:.1f} ({n_resolved / max(n_dates, 1):.0%} resolved), "
          f"quantities {n_quant / n:.1f}; crashes: {crashes}")
    print(f"peak memory: tracemalloc {peak / 1e6:.1f} MB, process max RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
