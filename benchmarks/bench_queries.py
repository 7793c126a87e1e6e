#!/usr/bin/env python3
"""Benchmark the store's query layer on a store of 100,000 events.

The events are derived from real records: the seed article (and, when
../shared/data is present, a few IndoSum articles) run through the pipeline
once; then copies are made in which each event takes another real event's
coding (category, quad, CAMEO, Goldstein), actors and recipients from the pool
of real codes, and varied dates, outlets, modalities and confidences. The rows
are written by a bulk insert of exactly the rows ``Store.save`` writes.

Then each filtered query runs through ``kabar.store.queries`` (median of
``--repeat`` runs, in ms), a full stream of every event is timed, and a CSV and
a Parquet export of everything report rows/s and peak Python memory.

    .venv/bin/python benchmarks/bench_queries.py                     # builds /tmp/kabar-bench-100k.db once
    .venv/bin/python benchmarks/bench_queries.py --events 20000 --rebuild
    .venv/bin/python benchmarks/bench_queries.py --db postgresql+psycopg://postgres@127.0.0.1:5432/test
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from sqlalchemy import delete, func, insert, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))

from kabar.record import Article  # noqa: E402
from kabar.store import CHILD_TABLES, Store, _article_row, _child_rows, content_hash  # noqa: E402
from kabar.store import queries as q  # noqa: E402
from kabar.store.filters import EventFilter, QuoteFilter  # noqa: E402
from kabar.store.schema import articles, events  # noqa: E402

OUTLETS = ("Kompas", "Detik", "Tempo", "Antara", "CNN Indonesia", "BBC", "Reuters", "Jakarta Post")
MODALITIES = ("asserted", "asserted", "asserted", "future", "hypothetical", "negated", "historical")


def real_records(n_corpus: int) -> list[Article]:
    """The seed article and up to ``n_corpus`` IndoSum articles, run through the pipeline: the real events to vary."""
    from kabar.pipeline import default_pipeline
    from kabar.readers import article_from_string

    pipeline = default_pipeline()
    seed = (ROOT / "examples" / "seed-000.txt").read_text(encoding="utf-8")
    texts = [seed]
    if n_corpus:
        import corpora

        texts += corpora.indosum(n_corpus)  # [] when ../shared/data is absent
    out = [pipeline(article_from_string(t, published="2024-01-05", lang="id", has_title=i == 0)) for i, t in enumerate(texts)]
    # A round trip drops the pipeline's working state (the spaCy Doc), which deep copies would copy.
    return [Article.from_dict(r.to_dict()) for r in out if r.events]


def vary(base: Article, i: int, codings: list, codes: list[str], rng: random.Random) -> Article:
    rec = base.model_copy(deep=True)
    rec.id = f"{base.id}-{i:06d}"
    rec.url = f"https://bench.example/{rec.id}"
    rec.outlet = OUTLETS[i % len(OUTLETS)]
    rec.published = dt.date(2023, 1, 1) + dt.timedelta(days=i % 730)
    for j, ev in enumerate(rec.events):
        ev.event, ev.quad_code, ev.cameo, ev.goldstein = codings[(i + j) % len(codings)]
        for ref in ev.actor + ev.recipient:
            ref.code = rng.choice(codes)
        ev.modality = MODALITIES[(i + 3 * j) % len(MODALITIES)]
        ev.confidence = round(rng.random(), 3)
        ev.date = None if j % 3 == 0 else (rec.published - dt.timedelta(days=j)).isoformat()
    return rec


def build(store: Store, n_events: int, n_corpus: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    bases = real_records(n_corpus)
    pool = [ev for r in bases for ev in r.events]
    codings = sorted({(e.event, e.quad_code, e.cameo, e.goldstein) for e in pool}, key=str)
    codes = sorted({ref.code for e in pool for ref in e.actor + e.recipient if ref.code})
    print(f"real records: {len(bases)} articles, {len(pool)} events, {len(codings)} codings, {len(codes)} actor codes "
          f"({time.perf_counter() - t0:.1f} s)")
    t0 = time.perf_counter()
    now = dt.datetime.now(dt.timezone.utc)
    made, i, batch = 0, 0, []

    def flush() -> None:
        with store.engine.begin() as conn:
            conn.execute(insert(articles), [row for row, _ in batch])
            for table in reversed(CHILD_TABLES):  # parents first
                rows = [r for _, children in batch for r in children.get(table, [])]
                if rows:
                    conn.execute(insert(table), rows)
        batch.clear()

    while made < n_events:
        rec = vary(bases[i % len(bases)], i, codings, codes, rng)
        data = rec.to_dict()
        row = {**_article_row(rec, data, content_hash(data)), "ingested_at": now, "updated_at": now}
        batch.append((row, _child_rows(rec)))
        made += len(rec.events)
        i += 1
        if len(batch) >= 500:
            flush()
    if batch:
        flush()
    store._analyze()  # what Store.close does after writes
    print(f"built {made} events in {i} articles in {time.perf_counter() - t0:.1f} s")


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def queries(store: Store) -> list[tuple[str, object]]:
    """(label, zero-argument call) for each query the pages and the CLI make."""
    common_actor = store.engine.connect().execute(
        select(events.c.actor_code).group_by(events.c.actor_code).order_by(func.count().desc()).limit(1)).scalar()
    prefix = (common_actor or "RUS")[:3]
    deep = q.events_page(store, EventFilter(), sort="-date", limit=50)
    for _ in range(19):  # the 21st page
        deep = q.events_page(store, EventFilter(), sort="-date", limit=50, cursor=deep.next_cursor)
    f = EventFilter
    return [
        ("page 1, no filter, newest first", lambda: q.events_page(store, f(), sort="-date", limit=50)),
        ("page 21 by cursor, newest first", lambda: q.events_page(store, f(), sort="-date", limit=50, cursor=deep.next_cursor)),
        (f"actor {prefix} (code prefix)", lambda: q.events_page(store, f(actor=prefix), sort="-date", limit=50)),
        (f"recipient {prefix} + 2 categories", lambda: q.events_page(store, f(recipient=prefix, category=["ASSAULT", "AID"]), limit=50)),
        ("category ASSAULT, one month", lambda: q.events_page(store, f(category=["ASSAULT"], date_from="2024-03", date_to="2024-03"), limit=50)),
        ("modality future + confidence >= 0.9", lambda: q.events_page(store, f(modality=["future"], min_confidence=0.9), limit=50)),
        ("claimant name part 'kirby'", lambda: q.events_page(store, f(claimant="kirby"), limit=50)),
        ("actor name part 'korea' (not a code)", lambda: q.events_page(store, f(actor="korea"), limit=50)),
        ("evidence text 'misil'", lambda: q.events_page(store, f(text="misil"), limit=50)),
        ("outlet 'kompas', sort by confidence", lambda: q.events_page(store, f(outlet="kompas"), sort="-confidence", limit=50)),
        ("combined: actor, category, dates, modality", lambda: q.events_page(
            store, f(actor=prefix, category=["ASSAULT"], date_from="2023-06", date_to="2024-06", modality=["asserted"]), limit=50)),
        ("no match (actor ZZZ)", lambda: q.events_page(store, f(actor="ZZZ"), limit=50)),
        ("count, no filter", lambda: q.count_events(store)),
        (f"count, actor {prefix}", lambda: q.count_events(store, f(actor=prefix))),
        ("events per day per category (all)", lambda: q.event_categories_by_day(store)),
        ("dyads per month (all)", lambda: q.dyads(store, by_month=True)),
        ("dyads, top 20", lambda: q.dyads(store, limit=20)),
        ("top 20 speakers", lambda: q.top_speakers(store, QuoteFilter(), limit=20)),
        ("quotes by speaker 'kirby', page 1", lambda: q.quotes_page(store, QuoteFilter(speaker="kirby"), limit=50)),
    ]


def stream_and_export(store: Store) -> None:
    from kabar import export

    tracemalloc.start()
    t0 = time.perf_counter()
    seen = sum(1 for _ in q.iter_events(store))
    secs = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"stream every event: {seen} rows in {secs:.1f} s = {seen / secs:,.0f} rows/s, peak Python memory {peak / 2**20:.1f} MiB")
    for fmt in ("csv", "parquet"):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"events.{fmt}"
            tracemalloc.start()
            t0 = time.perf_counter()
            with open(path, "wb" if fmt == "parquet" else "w", newline="" if fmt != "parquet" else None) as out:
                written = export.export(store, fmt, "events", out)
            secs = time.perf_counter() - t0
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(f"export {fmt}: {written} rows in {secs:.1f} s = {written / secs:,.0f} rows/s, "
                  f"{path.stat().st_size / 2**20:.1f} MiB file, peak Python memory {peak / 2**20:.1f} MiB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "kabar-bench-100k.db"))
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--corpus", type=int, default=10, help="IndoSum articles to add to the real records (0: the seed only)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rebuild", action="store_true", help="empty the store and build it again")
    ap.add_argument("--no-export", action="store_true", help="skip the full stream and the exports")
    args = ap.parse_args()

    with Store.open(args.db) as store:
        have = q.count_events(store)
        if args.rebuild and have:
            with store.engine.begin() as conn:
                for table in (*CHILD_TABLES, articles):
                    conn.execute(delete(table))
            have = 0
        if have < args.events:
            build(store, args.events - have, args.corpus)
        total = q.count_events(store)
        print(f"store: {store!r}, {total} events, {store.count()} articles\n")
        print(f"{'query':<46} {'ms':>8}  rows")
        for label, call in queries(store):
            ms, result = timed(call, args.repeat)
            size = len(result.rows) if isinstance(result, q.Page) else (result if isinstance(result, int) else len(result))
            print(f"{label:<46} {ms:8.1f}  {size}")
        if not args.no_export:
            print()
            stream_and_export(store)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(main())
