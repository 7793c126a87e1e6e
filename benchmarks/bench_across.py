"""Incremental cost of kabar.across: add articles to a store that already holds many.

Builds a SQLite store of ``--n`` synthetic articles (random news-like texts over a fixed vocabulary,
people, dates, numbers and two events each, with their fingerprints, LSH bands, facts, links and
clusters bulk-inserted as ``across.update`` would have written them), then times ``across.update``
on ``--add`` new articles (a tenth of them copies of stored ones), one at a time, as ingest does.
Printed: seconds to build, articles/s and ms per added article, how many joined a stored group or
cluster, and peak memory.

    .venv/bin/python benchmarks/bench_across.py --n 100000 --add 1000
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from kabar import across
from kabar.across.fingerprint import facts, fingerprint
from kabar.record import ActorRef, Article, DateItem, Entity, Event, Mention, Quantity, Span
from kabar.store import Store
from kabar.store.schema import article_facts, article_links, articles, event_clusters, events, fingerprints, lsh_bands

CATEGORIES = ["ASSAULT", "COERCE", "REQUEST", "ACCUSE", "CONSULT", "AID", "PROTEST", "THREATEN"]
COUNTRIES = ["IDN", "USA", "RUS", "UKR", "CHN", "MYS", "GBR", "FRA", "DEU", "IND", "PAK", "SAU", "ISR", "PSE", "PRK", "KOR"]


def synthetic(rng: random.Random, n: int, vocab: list[str], people: list[str], base: dt.date) -> Article:
    words = rng.choices(vocab, k=220)
    name = rng.choice(people)
    day = base + dt.timedelta(days=rng.randrange(365))
    number = rng.randrange(10, 5000)
    text = f"{name} mengatakan {number} orang " + " ".join(words) + "."
    evs = []
    for k in range(2):
        start = len(name) + 1 + k * 5
        evs.append(Event(
            id=f"V{k + 1}", event=rng.choice(CATEGORIES), event_text=words[k], evidence=Span(start=start, end=start + 40),
            actor=[ActorRef(code=rng.choice(COUNTRIES))], recipient=[ActorRef(code=rng.choice(COUNTRIES))],
            date=day.isoformat(),
        ))
    return Article(
        id=f"syn{n:07d}", lang="id", title=" ".join(words[:6]), published=day, text=text,
        entities=[Entity(id="E1", type="PER", name=name, mentions=[Mention(start=0, end=len(name), text=name)])],
        dates=[DateItem(text="x", start=0, end=1, value=day.isoformat(), grain="day")],
        quantities=[Quantity(text=str(number), start=0, end=1, value=float(number))], events=evs,
    )


def bulk_rows(rec: Article, now: dt.datetime) -> dict:
    fp = fingerprint(rec.text)
    data = rec.to_dict()
    return {
        articles: [{"id": rec.id, "lang": rec.lang, "title": rec.title, "published": rec.published, "text": rec.text,
                    "record": data, "content_hash": rec.id, "ingested_at": now, "updated_at": now}],
        fingerprints: [{"article_id": rec.id, "shingles": fp.shingles, "minhash": fp.to_bytes(), "facts": sorted(facts(rec))}],
        lsh_bands: [{"band": b, "key": k, "article_id": rec.id} for b, k in fp.bands()],
        article_facts: [{"feature": f, "article_id": rec.id} for f in sorted(facts(rec))],
        article_links: [{"article_id": rec.id, "group_id": rec.id, "relation": "original", "linked_to": None, "score": None}],
        events: [{"article_id": rec.id, "id": e.id, "event": e.event, "actor_code": e.actor[0].code,
                  "recipient_code": e.recipient[0].code, "date": e.date, "modality": "asserted",
                  "evidence_start": e.evidence.start, "evidence_end": e.evidence.end, "event_text": e.event_text,
                  "confidence": 0.5, "data": e.to_dict(), "effective_date": e.date, "mode": ""} for e in rec.events],
        event_clusters: [{"article_id": rec.id, "event_id": e.id, "cluster_id": f"{rec.id}:{e.id}", "score": None} for e in rec.events],
    }


def build(store: Store, n: int, rng: random.Random, vocab, people, base) -> list[Article]:
    now = dt.datetime.now(dt.timezone.utc)
    kept: list[Article] = []
    batch: dict = {}
    order = [articles, fingerprints, lsh_bands, article_facts, article_links, events, event_clusters]
    for i in range(n):
        rec = synthetic(rng, i, vocab, people, base)
        if i % max(1, n // 100) == 0:
            kept.append(rec)
        for table, rows in bulk_rows(rec, now).items():
            batch.setdefault(table, []).extend(rows)
        if (i + 1) % 5000 == 0 or i == n - 1:
            with store._write() as conn:
                for table in order:
                    if batch.get(table):
                        conn.execute(insert(table), batch[table])
            batch.clear()
    return kept


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=20000, help="articles already stored")
    ap.add_argument("--add", type=int, default=500, help="articles added and timed")
    ap.add_argument("--db", type=Path, help="SQLite file (default: a temporary one)")
    args = ap.parse_args(argv)
    rng = random.Random(20261204)
    vocab = [f"kata{i}" for i in range(6000)]
    people = [f"Tokoh{i} Nama{i * 7 % 1000}" for i in range(30000)]
    base = dt.date(2024, 1, 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        with Store.open(path) as store:
            t0 = time.perf_counter()
            kept = build(store, args.n, rng, vocab, people, base)
            built = time.perf_counter() - t0
            new = []
            for i in range(args.add):
                if i % 10 == 0:  # a copy of a stored article, under a new id
                    src = rng.choice(kept)
                    new.append(src.model_copy(update={"id": f"copy{i:05d}", "text": src.text + " tambahan."}))
                else:
                    new.append(synthetic(rng, args.n + i, vocab, people, base))
            t1, c1 = time.perf_counter(), time.process_time()
            joined = 0
            for rec in new:
                store.save(rec)
                link = across.update(store, rec)
                joined += link.relation != "original"
            wall, cpu = time.perf_counter() - t1, time.process_time() - c1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "stored": args.n, "added": args.add, "build_seconds": round(built, 1),
        "add_wall_seconds": round(wall, 2), "add_cpu_seconds": round(cpu, 2),
        "articles_per_s": round(args.add / wall, 1), "ms_per_article": round(1000 * wall / args.add, 2),
        "joined_a_group": joined, "peak_rss_mib": round(peak),
        "note": "save + across.update per article (SQLite, one transaction each); pipeline time not included",
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
