#!/usr/bin/env python3
"""False-positive benchmark of the event coder: events per article on 100 non-political articles.

50 English BBC articles (25 sport, 15 entertainment, 10 business) and 50 Indonesian detik-2025
articles from the finance, celebrity, travel and health desks, read from ../shared/data and never
from gold/dev (articles of the dev gold are left out). Non-political news should give almost no
PLOVER events: every event here is very likely a false positive. Aim: <= 0.2 events per article.
The whole pipeline runs (CPU time is reported: the machine is shared). --show N prints N events.

    nice -n 10 .venv/bin/python benchmarks/bench_event_fp.py [--show 40]
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import collections  # noqa: E402
import csv  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import corpora  # noqa: E402
from corpora import ROOT, SHARED  # noqa: E402

BBC_SECTIONS = (("sport", 25), ("entertainment", 15), ("business", 10))
DETIK_DESKS = {"finance.detik.com": 15, "hot.detik.com": 14, "travel.detik.com": 13, "health.detik.com": 13}


def _slug(headline: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")


def bbc_articles() -> list[tuple[str, str]]:
    gold = {p.name for p in (ROOT / "gold" / "dev" / "en").glob("*.gold.json")}
    out = []
    for section, n in BBC_SECTIONS:
        got = 0
        for f in corpora.bbc_files():
            if f.parent.name != section or got >= n:
                continue
            text = f.read_text(encoding="utf-8", errors="replace")
            head, _, body = text.partition("\n")
            if f"bbc-{section}-{_slug(head)}.gold.json" in gold:
                continue
            out.append((f"bbc-{section}", body.strip()))
            got += 1
    return out


def detik_articles(n: int = 50) -> list[tuple[str, str]]:
    path = SHARED / "data/corpora/detik-2025/data_berita.csv"
    if not path.is_file():
        return []
    gold = {p.name.split(".")[0] for p in (ROOT / "gold" / "dev" / "id").glob("detik-*.gold.json")}
    csv.field_size_limit(1 << 30)
    out = []
    taken: collections.Counter = collections.Counter()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            host = (row.get("tautan", "").split("/")[2:3] or [""])[0]
            if taken[host] >= DETIK_DESKS.get(host, 0) or f"detik-{row['id']}" in gold or not row.get("isi_berita"):
                continue
            taken[host] += 1
            out.append((host.split(".")[0], row["isi_berita"]))
            if len(out) >= n:
                break
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="print this many events (they are false positives to read)")
    ap.add_argument("--lang", choices=("en", "id"), help="only the articles of this language")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from kabar.pipeline import default_pipeline
    from kabar.record import Article

    items = [("en", s, t) for s, t in bbc_articles()] + [("id", s, t) for s, t in detik_articles()]
    items = [it for it in items if args.lang in (None, it[0])]
    if not items:
        print(f"note: {SHARED}/data not found; nothing to measure", file=sys.stderr)
        return 0
    pipe = default_pipeline()
    pipe(Article.new("Warm-up.", lang="en"))
    pipe(Article.new("Pemanasan.", lang="id"))
    per_source: dict[str, list[int]] = collections.defaultdict(list)
    cats: collections.Counter = collections.Counter()
    unknown = confident = 0
    shown = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for n, (lang, source, text) in enumerate(items):
        r = pipe(Article.new(text, lang=lang, published="2025-01-05", id=f"fp{n}"))
        per_source[f"{lang}:{source}"].append(len(r.events))
        for e in r.events:
            cats[e.event] += 1
            unknown += getattr(e, "actor_unknown", None) is not None
            confident += e.confidence >= 0.6
            if shown < args.show:
                shown += 1
                codes = lambda refs: "+".join((a.code or a.name or "?") for a in refs) or "-"  # noqa: E731
                print(f"  [{source}] {e.event:<9} {codes(e.actor):<12} -> {codes(e.recipient):<12} "
                      f"{e.confidence:.2f} | {r.text[e.evidence.start:e.evidence.end][:100]}")
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    total = sum(sum(v) for v in per_source.values())
    print(f"event false positives on {len(items)} non-political articles (whole pipeline)")
    for k, v in sorted(per_source.items()):
        print(f"  {k:<22} {len(v):>3} articles  {sum(v) / len(v):.2f} events/article")
    print(f"  all                    {len(items):>3} articles  {total / len(items):.2f} events/article   (aim <= 0.2)")
    print(f"  with actor_unknown set {unknown / len(items):.2f} events/article; with confidence >= 0.6 "
          f"{confident / len(items):.2f} events/article")
    print("  by category            " + (", ".join(f"{k} {v}" for k, v in cats.most_common()) or "-"))
    print(f"  time                   {cpu:.1f} s CPU, {wall:.1f} s wall ({len(items) / cpu:.1f} articles per CPU-second)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
