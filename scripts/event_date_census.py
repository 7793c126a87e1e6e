"""Event dates on fresh text, for a census of a date rule: every coded event with its date, the words that gave it
and its sentence, as JSON lines; two dumps (before/after a change) are compared with ``--diff``.

    PYTHONPATH=src .venv/bin/python scripts/event_date_census.py --ngec 1200-2399 --out after.jsonl
    PYTHONPATH=src .venv/bin/python scripts/event_date_census.py --gsd train:3500-5599 --out after.jsonl
    PYTHONPATH=src .venv/bin/python scripts/event_date_census.py --detik 40:3 --out after.jsonl
    PYTHONPATH=src .venv/bin/python scripts/event_date_census.py --bbc politics:40:2 --out after.jsonl
    PYTHONPATH=src .venv/bin/python scripts/event_date_census.py --indosum 400:0 --grep 'saat itu' --out after.jsonl
    .venv/bin/python scripts/event_date_census.py --diff before.jsonl after.jsonl

Run the first form once with the old sources on PYTHONPATH and once with the new. The stories are dated by a fixed
publication day (``--published``, default 2023-10-19, the NGEC file's day) so weekdays resolve the same way in both
runs; detik-2025 articles (``--detik N:SKIP``, every k-th row outside gold/dev, as event_census.py picks them) are
dated by their own ``tanggal``, BBC articles (``--bbc SECTION:N:SKIP``) and IndoSum dev articles (``--indosum N:SKIP``,
detokenised as event_census.py does, with a title line so the first sentence stays body) by ``--published``. Nothing of the corpora is written to the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def _range(spec: str) -> tuple[int, int]:
    a, _, b = spec.partition("-")
    return int(a), int(b) + 1


def _grep(texts: list[tuple], pattern: str) -> list[tuple]:
    import re

    rx = re.compile(pattern) if pattern else None
    return [t for t in texts if rx is None or rx.search(t[1])]


def dump(texts: list[tuple], lang: str, published: str, out: str, dateline: bool = False,
         has_title: bool = False, items: bool = False) -> None:
    """``texts``: (id, text) pairs dated by ``published``, or (id, text, day) triples dated by their own day."""
    from kabar.pipeline import default_pipeline
    from kabar.readers import Metadata
    from kabar.readers.text import read_text

    pipe = default_pipeline()
    with open(out, "w", encoding="utf-8") as fh:
        for aid, text, *own in texts:
            published_at = own[0] if own and own[0] else published
            if dateline:  # the publication day as the story's first line, as GUM and wire copy carry it
                day = dt.date.fromisoformat(published_at)
                text = f"{day:%A, %B} {day.day}, {day.year}\n\n{text}"
            rec = pipe(read_text(text, Metadata(published=published_at, lang=lang, has_title=has_title))).to_dict()
            body = rec.get("text") or ""
            if items:  # every date item too, as a pseudo-event "DATE" (its text the trigger), for a temporal rule
                for d in rec.get("dates") or []:
                    a = d.get("start", 0)
                    s0 = max(body.rfind(". ", 0, a) + 2, body.rfind("\n", 0, a) + 1, 0)
                    s1 = body.find(". ", d.get("end", a))
                    fh.write(json.dumps({"id": aid, "published": published_at, "k": -1, "event": "DATE",
                                         "trigger": d.get("text"), "modality": None, "date": d.get("value"),
                                         "date_text": d.get("text"), "at": a,
                                         "sentence": body[s0:(s1 + 1 if s1 >= 0 else len(body))]},
                                        ensure_ascii=False) + "\n")
            for k, e in enumerate(rec.get("events") or []):
                ev = e.get("evidence") or {}
                a, b = ev.get("start", 0), ev.get("end", 0)
                s0 = max(body.rfind(". ", 0, a) + 2, body.rfind("\n", 0, a) + 1, 0)
                s1 = body.find(". ", b)
                fh.write(json.dumps({"id": aid, "published": published_at, "k": k, "event": e.get("event"), "trigger": e.get("event_text"),
                                     "modality": e.get("modality"), "date": e.get("date"), "date_text": e.get("date_text"),
                                     "at": a, "sentence": body[s0:(s1 + 1 if s1 >= 0 else len(body))]},
                                    ensure_ascii=False) + "\n")


def diff(before: str, after: str) -> None:
    def key(r):
        return (r["id"], r["at"], r["trigger"], r["event"])

    old = {key(r): r for r in map(json.loads, Path(before).read_text(encoding="utf-8").splitlines())}
    new = {key(r): r for r in map(json.loads, Path(after).read_text(encoding="utf-8").splitlines())}
    changed = [k for k in new if k in old and old[k]["date"] != new[k]["date"]]
    print(f"events before {len(old)}, after {len(new)}, same events with a changed date {len(changed)}, "
          f"only before {len(set(old) - set(new))}, only after {len(set(new) - set(old))}")
    for k in changed:
        o, n = old[k], new[k]
        print(f"{k[0]} {n['event']} {n['modality']} '{n['trigger']}': {o['date']} [{o['date_text']}] -> "
              f"{n['date']} [{n['date_text']}]\n    {n['sentence'][:400]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ngec", help="NGEC synthetic story rows A-B (end inclusive), English")
    ap.add_argument("--gsd", help="UD Indonesian-GSD r2.1 split:A-B sentences (end inclusive), Indonesian")
    ap.add_argument("--detik", help="N:SKIP: N detik-2025 articles outside gold/dev from offset SKIP, Indonesian")
    ap.add_argument("--bbc", help="SECTION:N:SKIP: N BBC articles of SECTION outside gold/dev from offset SKIP, English")
    ap.add_argument("--indosum", help="N:SKIP: IndoSum dev articles SKIP..SKIP+N-1 (news of 2017-2018), Indonesian")
    ap.add_argument("--published", default="2023-10-19")
    ap.add_argument("--dateline", action="store_true", help="open each story with its publication day (the news day "
                    "the events stage falls back on, and the day a paragraph's undated sentences are compared with)")
    ap.add_argument("--grep", default="", help="detik, bbc: only the picked articles whose text matches this regex")
    ap.add_argument("--items", action="store_true", help="also dump every date item of record.dates (event DATE)")
    ap.add_argument("--out")
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args(argv)
    if args.diff:
        diff(*args.diff)
        return 0
    import corpora

    if args.detik or args.bbc or args.indosum:
        sys.path.insert(0, str(ROOT / "scripts"))
        import event_census
    if args.detik:
        n, skip = (int(x) for x in args.detik.split(":"))
        dump(_grep(event_census.detik(n, skip), args.grep), "id", args.published, args.out, args.dateline, has_title=True,
             items=args.items)
    if args.bbc:
        section, n, skip = args.bbc.split(":")
        dump(_grep(event_census.bbc(section, int(n), int(skip)), args.grep), "en", args.published, args.out, args.dateline,
             has_title=True, items=args.items)
    if args.indosum:
        n, skip = (int(x) for x in args.indosum.split(":"))
        texts = [(aid, f"IndoSum {aid}\n\n{text}") for aid, text, _ in event_census.indosum(n, skip, detok=True)]
        dump(_grep(texts, args.grep), "id", args.published, args.out, args.dateline, has_title=True, items=args.items)
    if args.ngec:
        dump(corpora.ngec_story_rows(*_range(args.ngec)), "en", args.published, args.out, args.dateline, items=args.items)
    if args.gsd:
        split, _, rows = args.gsd.partition(":")
        dump(corpora.gsd_r21_sentences(split, *_range(rows)), "id", args.published, args.out, args.dateline,
             items=args.items)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
