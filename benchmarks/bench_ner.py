#!/usr/bin/env python3
"""Throughput of the shipped NER pipelines on one thread: words/s, articles/s, load time, peak memory.

Articles are ~600-word texts. With ../shared/data present they are built from openly
licensed news text (IndoSum dev for `id`, GUM Wikinews for `en`); without it a small
built-in news paragraph is repeated (cache-friendlier, so figures run slightly high).

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_ner.py --lang id --articles 300
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora  # noqa: E402

FALLBACK = {
    "id": ("Menteri Luar Negeri Retno Marsudi bertemu dengan Sekretaris Jenderal PBB di New York pada "
           "Selasa untuk membahas situasi di Gaza. Pemerintah Indonesia dan Malaysia menyerukan gencatan "
           "senjata, sementara Bank Indonesia memperkirakan inflasi di Jawa Timur tetap terkendali. "),
    "en": ("Foreign Minister Penny Wong met the United Nations Secretary-General in New York on Tuesday "
           "to discuss the situation in Gaza. The governments of Australia and Japan called for a "
           "ceasefire, while the Reserve Bank said inflation in Victoria remained under control. "),
}


def articles(lang: str, n: int, words_per_article: int) -> list[str]:
    """~600-word article texts: real news where the shared data is present."""
    words = corpora.indosum_words(n * words_per_article) if lang == "id" else corpora.gum_words()
    if not words:
        words = FALLBACK[lang].split()
    while len(words) < n * words_per_article:
        words = words + words
    return [" ".join(words[i * words_per_article:(i + 1) * words_per_article]) for i in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=["id", "en"], action="append")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--words", type=int, default=600, help="words per article")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=3, help="report the best of this many runs")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--model", type=Path, help="benchmark this pipeline folder instead of the shipped one")
    args = ap.parse_args()

    t0 = time.perf_counter()
    import spacy  # noqa: F401  (import time is reported apart from model load time)

    import_s = time.perf_counter() - t0
    from kabar.models import load_ner

    results = []
    for lang in args.lang or ["id", "en"]:
        texts = articles(lang, args.articles, args.words)
        t0 = time.perf_counter()
        nlp = spacy.load(args.model, exclude=["tokenizer"]) if args.model else load_ner(lang)
        load_s = time.perf_counter() - t0
        if not args.model:  # the load kabar's entities stage uses (no tokenizer exceptions)
            from kabar.models import _load

            t0 = time.perf_counter()
            _load(lang, False)
            print(f"{lang}: load_ner(tokenizer=False) {time.perf_counter() - t0:.2f} s; with tokenizer {load_s:.2f} s")
        if nlp is None:
            print(f"{lang}: no shipped model", file=sys.stderr)
            continue
        list(nlp.pipe(texts[:5]))  # warm-up
        # The whole pipeline (blank tokenizer + ner) on raw text, and the ner component alone on
        # ready Docs: in kabar the segment stage tokenises once and the entity stage reuses it.
        # CPU seconds of this process are reported, since on a shared machine wall time also
        # counts other jobs' turns.
        # Best of --repeat runs (as timeit does): other jobs on a shared machine only ever slow a run.
        full_cpu = full_wall = ner_cpu = float("inf")
        components = [proc for _, proc in nlp.pipeline]  # name lists, then the tagger
        for _ in range(args.repeat):
            c0, t0 = time.process_time(), time.perf_counter()
            docs = list(nlp.pipe(texts, batch_size=args.batch_size))
            full_cpu = min(full_cpu, time.process_time() - c0)
            full_wall = min(full_wall, time.perf_counter() - t0)
            n_words = sum(len(d) for d in docs)
            plain = [nlp.make_doc(t) for t in texts]
            c0 = time.process_time()
            for proc in components:
                plain = list(proc.pipe(plain, batch_size=args.batch_size))
            n_ents = sum(len(d.ents) for d in plain)
            ner_cpu = min(ner_cpu, time.process_time() - c0)
        # tracemalloc slows allocation-heavy code several times: memory is measured in its own pass
        tracemalloc.start()
        list(nlp.pipe(texts[: args.batch_size * 2], batch_size=args.batch_size))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        res = {
            "lang": lang, "articles": len(texts), "tokens": n_words, "entities": n_ents,
            "pipeline_words_per_cpu_s": round(n_words / full_cpu),
            "pipeline_articles_per_cpu_s": round(len(texts) / full_cpu, 1),
            "pipeline_words_per_wall_s": round(n_words / full_wall),
            "ner_words_per_cpu_s": round(n_words / ner_cpu),
            "ner_articles_per_cpu_s": round(len(texts) / ner_cpu, 1),
            "load_s": round(load_s, 2), "spacy_import_s": round(import_s, 2),
            "peak_tracemalloc_mb": round(peak / 2**20, 1),
            "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "threads": os.environ.get("OMP_NUM_THREADS"),
        }
        results.append(res)
        if not args.json:
            print(f"ner-{lang}: NER components {res['ner_words_per_cpu_s']} words/s = "
                  f"{res['ner_articles_per_cpu_s']} articles/s; with tokenizer "
                  f"{res['pipeline_words_per_cpu_s']} words/s = {res['pipeline_articles_per_cpu_s']} articles/s "
                  f"(per CPU second; wall {res['pipeline_words_per_wall_s']} words/s); "
                  f"{n_words} tokens; load {res['load_s']} s (+ spaCy import {res['spacy_import_s']} s once); "
                  f"peak traced {res['peak_tracemalloc_mb']} MB, max RSS {res['max_rss_mb']} MB")
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
