#!/usr/bin/env python3
"""Census of event false positives on non-political articles that neither FP benchmark scores.

Takes, from ../shared/data (read in place, never copied), articles after the ones
``benchmarks/bench_event_fp.py`` and ``benchmarks/bench_event_fp_other.py`` take: BBC business,
entertainment, sport (past both benches' articles) and tech; detik-2025 non-political desks (finance,
travel, hot, health, inet, sport, oto, food; past bench_event_fp.py's per-desk quota); IndoSum
olahraga, showbiz, teknologi (past bench_event_fp_other.py's 30) and hiburan. Articles of gold/dev
(either half) are skipped. Prints every coded event with a stable key (article, category, evidence),
its parties and its sentence, so two runs can be diffed and each change read and counted.

    nice -n 10 .venv/bin/python scripts/event_fp_census.py [--per 30] [--skip 30] > /tmp/fp_census.txt
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import collections  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402
from bench_event_fp import BBC_SECTIONS, DETIK_DESKS, _slug  # noqa: E402
from bench_event_fp_other import INDOSUM_CATEGORIES, PER_SOURCE  # noqa: E402
from corpora import SHARED  # noqa: E402

DETIK_MORE = ("finance", "travel", "hot", "health", "inet", "sport", "oto", "food")


def _gold() -> set[str]:
    return {p.name.split(".")[0] for p in (ROOT / "gold" / "dev").glob("*/*.gold.json")}


def bbc(per: int, skip: int = 0) -> list[tuple[str, str, str]]:
    gold = _gold()
    used = {s: n + PER_SOURCE + skip * (2 if s == "business" else 1) for s, n in BBC_SECTIONS}  # both benches' first
    used["tech"] = skip
    out, seen, taken = [], collections.Counter(), collections.Counter()
    for f in corpora.bbc_files():
        sec = f.parent.name
        if sec not in used and sec != "tech":
            continue
        head, _, body = f.read_text(encoding="utf-8", errors="replace").partition("\n")
        if f"bbc-{sec}-{_slug(head)}" in gold:
            continue
        seen[sec] += 1
        if seen[sec] <= used.get(sec, 0) or taken[sec] >= (2 * per if sec == "business" else per):
            continue
        taken[sec] += 1
        out.append(("en", f"bbc-{sec}-{f.stem}", body.strip()))
    return out


def detik(per: int, skip: int = 0) -> list[tuple[str, str, str]]:
    path = SHARED / "data/corpora/detik-2025/data_berita.csv"
    if not path.is_file():
        return []
    gold = _gold()
    csv.field_size_limit(1 << 30)
    seen, taken, out = collections.Counter(), collections.Counter(), []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            host = (row.get("tautan", "").split("/")[2:3] or [""])[0]
            desk = host.split(".")[0]
            if desk not in DETIK_MORE or f"detik-{row['id']}" in gold or not row.get("isi_berita"):
                continue
            seen[host] += 1
            if seen[host] <= DETIK_DESKS.get(host, 0) + skip * (2 if desk == "finance" else 1) or taken[desk] >= (2 * per if desk == "finance" else per):
                continue  # bench_event_fp.py's own
            taken[desk] += 1
            out.append(("id", f"detik-{desk}-{row['id']}", row["isi_berita"]))
    return out


def indosum(per: int, skip: int = 0) -> list[tuple[str, str, str]]:
    gold = _gold()
    seen, taken, out = collections.Counter(), collections.Counter(), []
    ids: set = set()
    for fn in sorted((SHARED / "data/corpora/indosum-dev/indosum").glob("dev.*.jsonl")):
        for line in fn.open(encoding="utf-8"):
            d = json.loads(line)
            c = d["category"]
            if c not in INDOSUM_CATEGORIES + ("hiburan",) or d["id"] in ids or d["id"] in gold:
                continue
            ids.add(d["id"])
            seen[c] += 1
            if seen[c] <= (PER_SOURCE if c in INDOSUM_CATEGORIES else 0) + skip or taken[c] >= per:
                continue  # bench_event_fp_other.py's own
            taken[c] += 1
            text = "\n\n".join(" ".join(" ".join(s) for s in p) for p in d["paragraphs"])
            out.append(("id", f"indosum-{c}-{d['id'][:10]}", re.sub(r" ([.,:;!?)])", r"\1", text).replace("( ", "(")))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per", type=int, default=30, help="articles per section (business and finance: twice)")
    ap.add_argument("--skip", type=int, default=0, help="leave out this many more per section first (a second, disjoint sample)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from kabar.pipeline import default_pipeline
    from kabar.record import Article

    items = bbc(args.per, args.skip) + detik(args.per, args.skip) + indosum(args.per, args.skip)
    pipe = default_pipeline()
    per: dict[str, list[int]] = collections.defaultdict(list)
    codes = lambda refs: "+".join((a.code or a.name or "?") for a in refs) or "-"  # noqa: E731
    for n, (lang, aid, text) in enumerate(items):
        r = pipe(Article.new(text, lang=lang, published="2025-01-05", id=f"c{n}"))
        src = "-".join(aid.split("-")[:2])
        per[src].append(len(r.events))
        for e in r.events:
            sent = r.sentence_at(e.evidence.start)
            st = r.text[sent.start:sent.end] if sent else ""
            ev = r.text[e.evidence.start:e.evidence.end]
            print(f"EV\t{aid}\t{e.event}\t{ev[:80]}\t{codes(e.actor)} -> {codes(e.recipient)}\t{e.modality}\t"
                  f"{' '.join(st.split())[:300]}")
    total = sum(sum(v) for v in per.values())
    for k, v in sorted(per.items()):
        print(f"# {k:<22} {len(v):>3} articles  {sum(v) / len(v):.2f} events/article")
    print(f"# all {len(items)} articles  {total / max(1, len(items)):.2f} events/article ({total} events)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
