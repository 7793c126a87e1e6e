"""Hashes of the records of the pipeline benchmark's articles: proof that a refactor changes no output.

Usage: PYTHONPATH=<tree>/src .venv/bin/python benchmarks/record_hashes.py OUT.txt [--n 150]

The articles are bench_pipeline.py's (the first ``--n`` detik-2025 and BBC articles of ../shared/data,
or the seed article repeated without it). Each record's JSON (keys sorted) is hashed; OUT.txt gets one
line per article and the last line printed is the hash of them all with the counts of events, entities
and quotes. Run it on the tree before the change and after, and compare (``cmp`` the two files).
"""

from __future__ import annotations

import argparse
import hashlib
import json

import bench_pipeline as bench


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=150, help="articles per language")
    args = ap.parse_args()

    import kabar
    from kabar.scale import limit_threads

    limit_threads(1)
    total = hashlib.sha256()
    counts = {"events": 0, "entities": 0, "quotes": 0}
    with open(args.out, "w", encoding="utf-8") as f:
        for lang in ("id", "en"):
            name, texts = bench.articles(lang, None, args.n)
            for i, text in enumerate(texts):
                record = kabar.extract(text, lang=lang, published=bench.PUBLISHED).to_dict()
                for k in counts:
                    counts[k] += len(record.get(k) or [])
                h = hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
                total.update(h.encode())
                f.write(f"{lang} {name} {i} {h}\n")
    print("all", total.hexdigest(), counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
