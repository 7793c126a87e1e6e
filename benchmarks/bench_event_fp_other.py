#!/usr/bin/env python3
"""Events per article on 180 more non-political articles, disjoint from bench_event_fp.py's 100 and from gold/dev.

30 each of BBC sport, entertainment and business (the articles after the ones bench_event_fp.py takes)
and IndoSum (CC BY-SA 4.0) olahraga, showbiz and teknologi, read from ../shared/data, never copied.
A second check of the non-event gate (kabar.stages.events.gate) on text its rules were not written
from: ``--gate off`` runs the same pipeline with the gate switched off. --show prints every event.

    nice -n 10 .venv/bin/python benchmarks/bench_event_fp_other.py [--gate off] [--show]
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import collections  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402

import corpora  # noqa: E402
from bench_event_fp import BBC_SECTIONS, _slug  # noqa: E402
from corpora import ROOT, SHARED  # noqa: E402

PER_SOURCE = 30
INDOSUM_CATEGORIES = ("olahraga", "showbiz", "teknologi")


def articles() -> list[tuple[str, str, str]]:
    gold = {p.name.split(".")[0] for p in (ROOT / "gold" / "dev").glob("*/*.gold.json")}
    out = []
    for section, n in BBC_SECTIONS:
        seen = taken = 0
        for f in corpora.bbc_files():
            if f.parent.name != section:
                continue
            head, _, body = f.read_text(encoding="utf-8", errors="replace").partition("\n")
            if f"bbc-{section}-{_slug(head)}" in gold:
                continue
            seen += 1
            if seen <= n:
                continue  # bench_event_fp.py's own
            if taken >= PER_SOURCE:
                break
            out.append(("en", "bbc-" + section, body.strip()))
            taken += 1
    cats: collections.Counter = collections.Counter()
    ids: set = set()
    for fn in sorted((SHARED / "data/corpora/indosum-dev/indosum").glob("dev.*.jsonl")):
        for line in fn.open(encoding="utf-8"):
            d = json.loads(line)
            c = d["category"]
            if c not in INDOSUM_CATEGORIES or d["id"] in ids or d["id"] in gold or cats[c] >= PER_SOURCE:
                continue
            ids.add(d["id"])
            cats[c] += 1
            text = "\n\n".join(" ".join(" ".join(s) for s in p) for p in d["paragraphs"])  # pre-tokenised
            out.append(("id", "indosum-" + c, re.sub(r" ([.,:;!?)])", r"\1", text).replace("( ", "(")))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gate", choices=("on", "off"), default="on")
    ap.add_argument("--show", action="store_true", help="print every event (they are false positives to read)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from kabar.pipeline import default_pipeline
    from kabar.record import Article
    from kabar.stages.events.gate import EventGate

    items = articles()
    if not items:
        print(f"note: {SHARED}/data not found; nothing to measure", file=sys.stderr)
        return 0
    if args.gate == "off":
        EventGate._gated = lambda self, raw: None
    pipe = default_pipeline()
    per: dict[str, list[int]] = collections.defaultdict(list)
    for n, (lang, source, text) in enumerate(items):
        r = pipe(Article.new(text, lang=lang, published="2017-01-05", id=f"o{n}"))
        per[source].append(len(r.events))
        for e in r.events if args.show else ():
            print(f"  [{source}] {e.event:<9} | {r.text[e.evidence.start:e.evidence.end][:100]}")
    total = sum(sum(v) for v in per.values())
    print(f"event false positives on {len(items)} other non-political articles (gate {args.gate})")
    for k, v in sorted(per.items()):
        print(f"  {k:<22} {len(v):>3} articles  {sum(v) / len(v):.2f} events/article")
    print(f"  all                    {len(items):>3} articles  {total / len(items):.2f} events/article ({total} events)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
