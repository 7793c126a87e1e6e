#!/usr/bin/env python3
"""Measure kabar.across: duplicate groups, translation links, event clusters.

Ingests ``build/across/corpus.jsonl`` (``scripts/make_across_corpus.py``) through the real path
(pipeline, store, ``across.update`` after each stored article) into a fresh SQLite file, then:

* duplicate groups: pairwise precision/recall over the corpus's same-language articles (is each
  pair in one stored group exactly when the corpus made one a copy of the other?);
* translations: for each hand-written translation, is it in its original's group? and how many
  articles were linked as translations to an article of another story;
* event clusters: on the hand-labelled pairs of ``gold/across/event_pairs.jsonl`` (each pair names
  two events by corpus key, category and evidence words), pairwise precision/recall/F1 of "same
  cluster", overall and per half (even pair ids: tune, read for error analysis; odd: check).

    .venv/bin/python scripts/eval_across.py [--corpus build/across/corpus.jsonl] [--keep-db]
    .venv/bin/python scripts/eval_across.py --dump-pairs candidates.jsonl   # candidate pairs to label
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "build" / "across" / "corpus.jsonl"
PAIRS = ROOT / "gold" / "across" / "event_pairs.jsonl"
DB = ROOT / "build" / "across" / "eval.db"


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def ingest(items: list[dict], db: Path) -> tuple[dict[str, str], float, float]:
    """key -> stored article id; seconds in the pipeline; seconds in across.update."""
    import kabar
    from kabar import across
    from kabar.store import Store

    if db.exists():
        db.unlink()
    ids: dict[str, str] = {}
    t_pipe = t_across = 0.0
    with Store.open(db) as store:
        for it in items:
            t0 = time.process_time()
            record = kabar.extract(it["text"], published=it["published"], lang=it["lang"], url=it["url"], outlet=it["outlet"])
            t1 = time.process_time()
            status = store.save(record)
            if status in ("inserted", "updated"):
                across.update(store, record)
            t_across += time.process_time() - t1
            t_pipe += t1 - t0
            ids[it["key"]] = record.id
    return ids, t_pipe, t_across


def groups_by_article(db: Path) -> tuple[dict[str, str], dict[str, tuple[str, str | None]]]:
    from sqlalchemy import select

    from kabar.store import Store
    from kabar.store.schema import article_links

    with Store.open(db) as store, store.engine.connect() as conn:
        rows = conn.execute(select(article_links)).all()
    return {r.article_id: r.group_id for r in rows}, {r.article_id: (r.relation, r.linked_to) for r in rows}


def duplicate_scores(items, ids, group) -> dict:
    same_lang = [it for it in items if it["kind"] not in ("translation", "translated_original")]
    tp = fp = fn = 0
    for a, b in itertools.combinations(same_lang, 2):
        truth = a["group"] == b["group"]
        pred = group.get(ids[a["key"]], ids[a["key"]]) == group.get(ids[b["key"]], ids[b["key"]])
        tp += truth and pred
        fp += pred and not truth
        fn += truth and not pred
    return prf(tp, fp, fn) | {"articles": len(same_lang), "copies": sum(it["kind"] != "original" for it in same_lang)}


def translation_scores(items, ids, group, links) -> dict:
    by_key = {it["key"]: it for it in items}
    originals = {it["group"]: it for it in items if it["kind"] == "translated_original"}
    found = []
    for it in items:
        if it["kind"] == "translation":
            orig = originals[it["group"]]
            if group.get(ids[it["key"]]) == group.get(ids[orig["key"]]):
                found.append(it["key"])
    truth_of = {ids[it["key"]]: it["group"] for it in items}
    wrong = [
        aid for aid, (rel, to) in links.items()
        if rel == "translation" and to is not None and truth_of.get(aid) != truth_of.get(to)
    ]
    n = sum(it["kind"] == "translation" for it in items)
    return {"pairs": n, "linked": len(found), "wrong_links": len(wrong), "linked_keys": sorted(found)}


def _find_event(record, category: str, words: str):
    words_l = words.lower()
    for ev in record.events:
        text = record.text[ev.evidence.start : ev.evidence.end].lower()
        if ev.event == category and words_l in text:
            return ev
    return None


def cluster_scores(db: Path, ids: dict[str, str], pairs_path: Path) -> dict:
    from sqlalchemy import select

    from kabar.store import Store
    from kabar.store.schema import event_clusters

    if not pairs_path.is_file():
        return {"pairs": 0, "note": f"{pairs_path} not found"}
    with Store.open(db) as store:
        with store.engine.connect() as conn:
            cluster = {(r.article_id, r.event_id): r.cluster_id for r in conn.execute(select(event_clusters))}
        counts = {"tune": [0, 0, 0, 0], "check": [0, 0, 0, 0]}  # tp fp fn tn; tune = even ids, check = odd
        missing = []
        for line in pairs_path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            pair = json.loads(line)
            found = []
            for side in ("a", "b"):
                s = pair[side]
                record = store.get(ids.get(s["key"], ""))
                ev = _find_event(record, s["event"], s["words"]) if record else None
                found.append((record.id, ev.id) if ev else None)
            if None in found:
                missing.append(pair.get("id"))
                continue
            pred = cluster.get(found[0]) is not None and cluster.get(found[0]) == cluster.get(found[1])
            truth = pair["same"]
            c = counts["check" if pair["id"] % 2 else "tune"]
            c[0] += truth and pred
            c[1] += pred and not truth
            c[2] += truth and not pred
            c[3] += (not truth) and (not pred)
    total = [sum(x) for x in zip(*counts.values())]
    out = prf(*total[:3]) | {"pairs_scored": sum(total), "tn": total[3], "pairs_missing": missing}
    for half, c in counts.items():
        out[half] = prf(*c[:3]) | {"pairs": sum(c)}
    return out


def dump_pairs(db: Path, items: list[dict], ids: dict[str, str], out: Path, limit: int) -> int:
    """Candidate event pairs for hand labelling: same category, different articles, publication within 3 days."""
    import datetime as dt

    from kabar.store import Store

    key_of = {}
    for it in items:
        key_of.setdefault(ids[it["key"]], it["key"])
    with Store.open(db) as store:
        recs = [store.get(aid) for aid in key_of]
    evs = [(r, e) for r in recs if r for e in r.events]
    cands = []
    for (ra, ea), (rb, eb) in itertools.combinations(evs, 2):
        if ra.id == rb.id or ea.event != eb.event:
            continue
        if ra.published and rb.published and abs((ra.published - rb.published).days) > 3:
            continue
        cands.append((ra, ea, rb, eb))
    with out.open("w", encoding="utf-8") as fh:
        for n, (ra, ea, rb, eb) in enumerate(cands[:limit]):
            side = lambda r, e: {"key": key_of[r.id], "event": e.event, "words": r.text[e.evidence.start:e.evidence.end][:80],
                                 "actor": [a.code for a in e.actor], "recipient": [a.code for a in e.recipient],
                                 "date": e.date, "published": r.published.isoformat() if r.published else None,
                                 "sentence": r.text[max(0, e.evidence.start - 120):e.evidence.end + 120]}
            fh.write(json.dumps({"id": n, "a": side(ra, ea), "b": side(rb, eb), "same": None}, ensure_ascii=False) + "\n")
    return len(cands)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--pairs", type=Path, default=PAIRS)
    ap.add_argument("--db", type=Path, default=DB)
    ap.add_argument("--dump-pairs", type=Path, help="write candidate event pairs for labelling and stop")
    ap.add_argument("--dump-limit", type=int, default=2000)
    ap.add_argument("--reuse", action="store_true", help="score the database of the last run instead of ingesting again")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        sys.exit(f"eval_across: {args.corpus} not found; run scripts/make_across_corpus.py first")
    items = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    args.db.parent.mkdir(parents=True, exist_ok=True)
    ids_file = args.db.with_suffix(".ids.json")
    if args.reuse and args.db.is_file() and ids_file.is_file():
        ids, t_pipe, t_across = json.loads(ids_file.read_text()), 0.0, 0.0
    else:
        ids, t_pipe, t_across = ingest(items, args.db)
        ids_file.write_text(json.dumps(ids))
    if args.dump_pairs:
        n = dump_pairs(args.db, items, ids, args.dump_pairs, args.dump_limit)
        print(f"{n} candidate pairs -> {args.dump_pairs}")
        return 0
    group, links = groups_by_article(args.db)
    report = {
        "articles": len(items),
        "stored": len(set(ids.values())),
        "cpu_seconds": {"pipeline": round(t_pipe, 1), "store_and_across": round(t_across, 1)},
        "duplicates": duplicate_scores(items, ids, group),
        "translations": translation_scores(items, ids, group, links),
        "event_pairs": cluster_scores(args.db, ids, args.pairs),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
