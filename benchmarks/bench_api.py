#!/usr/bin/env python3
"""Benchmark ``kabar serve`` over HTTP on a store of 100,000 events.

The store is the one ``bench_queries.py`` builds (same file, same builder: varied
copies of real records); it is built here when missing. The app then runs under
uvicorn on 127.0.0.1, read-only as ``kabar serve`` runs it, and each request is
timed end to end from a client (HTTP, routing, validation, the SQL, JSON or HTML).
The figures are the median and the slowest of ``--repeat`` requests, after one
warm-up request each.

    .venv/bin/python benchmarks/bench_api.py                  # /tmp/kabar-bench-100k.db, built once
    .venv/bin/python benchmarks/bench_api.py --db postgresql+psycopg://postgres@127.0.0.1:5432/test
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode
from urllib.request import urlopen

sys.path.insert(0, str(Path(__file__).parent))

from bench_queries import build  # noqa: E402  (the shared builder of the 100k-event store)
from sqlalchemy import func, select  # noqa: E402

from kabar.serve import create_app  # noqa: E402
from kabar.store import Store  # noqa: E402
from kabar.store import queries as q  # noqa: E402
from kabar.store.schema import events  # noqa: E402

BUDGET_MS = 300  # the target for a filtered events query through the API


def requests_to_time(store: Store) -> list[tuple[str, str]]:
    """(label, path and query) for the pages' JSON twins, and a few HTML pages."""
    with store.engine.connect() as conn:
        actor = conn.execute(select(events.c.actor_code).group_by(events.c.actor_code)
                             .order_by(func.count().desc()).limit(1)).scalar() or "RUS"
        article_id = conn.execute(select(events.c.article_id).limit(1)).scalar()
    prefix = actor[:3]
    page = q.events_page(store, sort="-date", limit=50)
    for _ in range(19):
        page = q.events_page(store, sort="-date", limit=50, cursor=page.next_cursor)

    def ev(**params: Any) -> str:
        return "/events.json?" + urlencode(params, doseq=True)

    return [
        ("events, no filter", ev()),
        ("events, page 21 by cursor", ev(cursor=page.next_cursor)),
        (f"events, actor {prefix}", ev(actor=prefix)),
        (f"events, recipient {prefix} + 2 categories", ev(recipient=prefix, category="ASSAULT,AID")),
        ("events, ASSAULT in one month", ev(category="ASSAULT", date_from="2024-03", date_to="2024-03")),
        ("events, future + confidence >= 0.9", ev(modality="future", min_confidence=0.9)),
        ("events, claimant 'kirby'", ev(claimant="kirby")),
        ("events, actor name 'korea'", ev(actor="korea")),
        ("events, outlet 'kompas', most confident first", ev(outlet="kompas", sort="-confidence")),
        ("events, combined filters", ev(actor=prefix, category="ASSAULT", date_from="2023-06", date_to="2024-06",
                                        modality="asserted")),
        ("events, store order (sort=article)", ev(sort="article")),
        ("events, no match (actor ZZZ)", ev(actor="ZZZ")),
        (f"events, actor {prefix}, with count=true", ev(actor=prefix, count="true")),
        ("events, ASSAULT in one month, with count=true", ev(category="ASSAULT", date_from="2024-03", date_to="2024-03",
                                                             count="true")),
        ("events page (HTML), actor + category", f"/events?actor={prefix}&category=ASSAULT"),
        ("timeline, all", "/timeline.json"),
        (f"timeline, actor {prefix}", f"/timeline.json?actor={prefix}"),
        ("network, all (150 edges)", "/network.json"),
        ("network, ASSAULT", "/network.json?category=ASSAULT"),
        ("actors, all", "/actors.json"),
        ("speakers", "/speakers.json"),
        ("quotes, speaker 'kirby'", "/quotes.json?speaker=kirby"),
        ("one article (JSON)", f"/articles/{quote(article_id)}.json"),
        ("one article (reader HTML)", f"/articles/{quote(article_id)}"),
        ("articles, full-text 'misil'", "/articles.json?q=misil"),
    ]


FILTERS = ("actor", "recipient", "category", "modality", "claimant", "date_from", "outlet", "min_confidence")


def is_filtered_events(path: str) -> bool:
    """An events page (JSON or HTML) with at least one filter, as served by default (no count): the 300 ms budget."""
    head, _, query = path.partition("?")
    keys = {part.split("=", 1)[0] for part in query.split("&")}
    return head in ("/events.json", "/events") and bool(keys & set(FILTERS)) and "count=true" not in query


def serve(store: Store):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def fetch(url: str) -> tuple[float, int, bytes]:
    t0 = time.perf_counter()
    with urlopen(url) as response:
        body = response.read()
        status = response.status
    return (time.perf_counter() - t0) * 1000, status, body


def rows_in(body: bytes) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        return f"{len(body) // 1024} KiB html"
    for key in ("events", "edges", "counts", "actors", "speakers", "quotes", "articles"):
        if isinstance(data.get(key), list):
            total = f" of {data['total']}" if data.get("total") is not None else ""
            return f"{len(data[key])}{total} {key}"
    return f"{len(body) // 1024} KiB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "kabar-bench-100k.db"))
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--corpus", type=int, default=10, help="IndoSum articles among the real records (0: the seed only)")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()

    with Store.open(args.db) as store:
        have = q.count_events(store)
        if have < args.events:
            build(store, args.events - have, args.corpus)
        print(f"store: {store!r}, {q.count_events(store)} events, {store.count()} articles")
        plan = requests_to_time(store)
        server, thread, base = serve(store)
        print(f"server: {base} (uvicorn, read-only), {args.repeat} timed requests each after a warm-up\n")
        print(f"{'request':<50} {'median ms':>9} {'max ms':>8}  result")
        filtered: list[tuple[str, float]] = []
        try:
            for label, path in plan:
                fetch(base + path)
                runs = [fetch(base + path) for _ in range(args.repeat)]
                times = [ms for ms, _, _ in runs]
                median, status, body = statistics.median(times), runs[-1][1], runs[-1][2]
                if is_filtered_events(path):
                    filtered.append((label, median))
                print(f"{label:<50} {median:9.1f} {max(times):8.1f}  {status} {rows_in(body)}")
        finally:
            server.should_exit = True
            thread.join(timeout=10)
        times = [ms for _, ms in filtered]
        over = [label for label, ms in filtered if ms >= BUDGET_MS]
        print(f"\nfiltered events pages: {len(times)} kinds, median {statistics.median(times):.1f} ms, "
              f"slowest {max(times):.1f} ms; over {BUDGET_MS} ms: {', '.join(over) or 'none'}")
        print(f"load average (1, 5, 15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(main())
