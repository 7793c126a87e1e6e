"""How much the quotes stage adds to the pipeline's time per article.

    .venv/bin/python benchmarks/bench_quotes.py [--repeat 3] [FILES...]

Runs the default pipeline stage by stage over the repository's example and
development texts (or the files given), timing the quotes stage apart from the
rest, and prints both, the quotes share, articles/s and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def texts(paths: list[str]) -> list[tuple[str, str]]:
    files = [Path(p) for p in paths] or sorted((ROOT / "gold" / "dev").glob("*/*.txt")) + [ROOT / "examples" / "seed-000.txt"]
    out = []
    for f in files:
        lang = "en" if "/en/" in str(f) else "id"
        out.append((f.read_text(encoding="utf-8"), lang))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("files", nargs="*")
    a = ap.parse_args(argv)
    from kabar import lang as langpacks
    from kabar.pipeline import Pipeline
    from kabar.readers import Metadata
    from kabar.readers.text import read_text

    pipe = Pipeline()
    docs = texts(a.files)
    per_stage: dict[str, float] = {}
    n = 0
    words = 0
    for _ in range(a.repeat):
        for text, code in docs:
            record = read_text(text, Metadata(lang=code, published="2024-01-05"))
            for name, info, fn in pipe._stages:
                if info.topic and not langpacks.supports(record.lang, info.topic):
                    continue
                t0 = time.perf_counter()
                record = fn(record)
                per_stage[name] = per_stage.get(name, 0.0) + time.perf_counter() - t0
            n += 1
            words += len(record.text.split())
    total = sum(per_stage.values())
    quotes = per_stage.get("quotes", 0.0)
    print(f"articles: {n} ({words / max(n, 1):.0f} words on average), {a.repeat} passes")
    for name, t in sorted(per_stage.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<12} {1000 * t / n:8.2f} ms/article")
    print(f"pipeline total: {1000 * total / n:.2f} ms/article, {n / total:.1f} articles/s")
    print(f"quotes stage:   {1000 * quotes / n:.2f} ms/article, {n / quotes if quotes else float('inf'):.1f} articles/s alone")
    print(f"quotes share of the pipeline: {100 * quotes / total:.1f}% (adds {100 * quotes / max(total - quotes, 1e-9):.1f}% to the other stages)")
    print(f"peak memory (RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
