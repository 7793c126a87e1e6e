"""Growth: one article grown 0.25 -> 0.5 -> 1 -> 4 million characters; time and peak memory per size.

Usage: .venv/bin/python benchmarks/bench_growth.py [--sizes 0.25,0.5,1,4] [--lang id|en]

The article is real news text (detik articles for id, BBC for en, joined by blank lines until the
size is reached) when ../shared/data is present, else the seed article repeated. Each size runs in
a fresh process, so its peak memory (ru_maxrss) is its own; "growth" is the peak minus the
process's resident size after the pipeline was loaded and warmed up on the seed. The last column
is the ratio per doubling of size (time_b / time_a) ** (1 / log2(size_b / size_a)), on CPU time
(process time: on a shared machine wall time mostly measures the neighbours); linear cost gives
2.0. The run fails (exit 1) unless every stage ran on every size without failing.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time

import corpora
from corpora import ROOT

MB = 1_000_000  # characters


def source_articles(lang: str) -> tuple[str, list[str]]:
    texts = corpora.detik() if lang == "id" else corpora.bbc()
    if texts:
        return ("detik-2025" if lang == "id" else "bbc-news"), texts
    return "seed article repeated (../shared/data absent)", [(ROOT / "examples" / "seed-000.txt").read_text(encoding="utf-8")]


def grown_article(lang: str, chars: int) -> tuple[str, str]:
    """(where the text came from, one text of exactly ``chars`` characters cut at a paragraph end when possible)."""
    name, texts = source_articles(lang)
    parts, total, i = [], 0, 0
    while total < chars:
        body = texts[i % len(texts)].strip()
        parts.append(body)
        total += len(body) + 2
        i += 1
    text = "\n\n".join(parts)[:chars]
    return name, text[: text.rfind("\n\n")] if text.rfind("\n\n") > chars * 0.9 else text


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def run_one(size_mb: float, lang: str) -> dict:
    """Runs in the child process: load, warm up, then time the pipeline on the grown article."""
    import kabar
    from kabar.pipeline import Pipeline, default_config

    config = default_config()
    config["pipeline"]["max_chars"] = int(size_mb * MB) + MB  # the refusal limit is not what is measured here
    pipeline = Pipeline(config)
    kabar.extract((ROOT / "examples" / "seed-000.txt").read_text(encoding="utf-8"), pipeline=pipeline, lang="id")
    base = rss_mb()
    pipeline.timings.clear()
    source, text = grown_article(lang, int(size_mb * MB))
    t0, c0 = time.perf_counter(), time.process_time()
    record = kabar.extract(text, pipeline=pipeline, has_title=False, lang=lang, published="2025-01-06")
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "size_mb": size_mb, "chars": len(text), "words": len(text.split()), "source": source,
        "seconds": seconds, "cpu": cpu, "peak_mb": rss_mb(), "base_mb": base,
        "stages_run": record.stages, "stages": pipeline.names, "stage_seconds": dict(pipeline.timings),
        "problems": [str(w) for w in record.warnings if "failed" in str(w)],
        "counts": {k: len(getattr(record, k)) for k in ("sentences", "entities", "quotes", "events", "dates", "quantities")},
    }


def print_row(prev: dict | None, row: dict) -> None:
    t_ratio = m_ratio = ""
    if prev:
        doublings = math.log2(row["chars"] / prev["chars"])
        t_ratio = f"{(row['cpu'] / prev['cpu']) ** (1 / doublings):.2f}"
        grow_a, grow_b = prev["peak_mb"] - prev["base_mb"], row["peak_mb"] - row["base_mb"]
        m_ratio = f"{(grow_b / grow_a) ** (1 / doublings):.2f}" if grow_a > 0 and grow_b > 0 else "-"
    ran = "all" if row["stages_run"] == row["stages"] else f"{len(row['stages_run'])}/{len(row['stages'])}"
    print(
        f"{row['chars']:>10,} {row['words']:>8,} {row['seconds']:>8.1f} {row['cpu']:>8.1f} {row['cpu'] * 1e6 / max(row['words'], 1):>15.1f} "
        f"{row['peak_mb']:>8.0f} {row['peak_mb'] - row['base_mb']:>9.0f} {t_ratio:>18} {m_ratio:>18}  {ran} {row['counts']}",
        flush=True,
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0.25,0.5,1,4", help="sizes in millions of characters")
    ap.add_argument("--lang", default="id", choices=("id", "en"))
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)  # the child's job
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.lang)))
        return 0

    print(f"kabar growth benchmark ({args.lang}); each row printed when its size is done", flush=True)
    print(f"{'chars':>10} {'words':>8} {'wall s':>8} {'CPU s':>8} {'CPU ms/1k words':>15} {'peak MB':>8} {'growth MB':>9} {'CPU ratio/doubling':>18} {'mem ratio/doubling':>18}  stages")
    rows, ok = [], True
    for size in (float(s) for s in args.sizes.split(",")):
        child = subprocess.run([sys.executable, __file__, "--one", str(size), "--lang", args.lang], capture_output=True, text=True)
        if child.returncode != 0:
            print(f"{size} M characters: the run failed:\n{child.stderr[-2000:]}", file=sys.stderr)
            return 1
        row = json.loads(child.stdout.strip().splitlines()[-1])
        print_row(rows[-1] if rows else None, row)
        rows.append(row)
        if row["stages_run"] != row["stages"] or row["problems"]:
            ok = False
            print(f"{size} M: stages not run: {sorted(set(row['stages']) - set(row['stages_run']))}; {row['problems']}", file=sys.stderr)
    print(f"text from {rows[0]['source']}; wall seconds per stage:")
    for name in rows[0]["stage_seconds"]:
        print(f"  {name:<12}" + "".join(f"{r['stage_seconds'].get(name, 0):>9.1f}" for r in rows))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
