#!/usr/bin/env python3
"""Score the places stage's event locations on ../shared/data/events/event-location-en (Halterman 2019).

Each item is one English sentence with one event verb and the span(s) of where that event happened (or
none). The sentence runs through kabar's whole pipeline; the event at the gold verb is the pipeline's own
event when it found one there, else the verb alone (evidence = the sentence). Scores:
  location accuracy  the chosen place overlaps a gold location, or both are empty
  country accuracy   over items whose gold location resolves to a country (by the same resolver, in the
                     same sentence): the chosen location is in that country
The RELABEL items (494 with a verb, re-annotated as a gold standard) are the gold sentences. They are split
ONCE (2026-12-04), by a fixed rule no one chooses items by, into two halves:
    tune   int(sha1(str(_id)).hexdigest(), 16) % 2 == 0   (246 items) -- error analysis reads only these
    check  the rest                                        (248 items) -- scored and reported, never inspected
``--split test`` scores all 494 (both halves). The other accepted items (--split dev) were the development
set of the first round. Research use only: evaluation, never training.
    .venv/bin/python scripts/eval_event_location.py [--split tune|check|test|dev] [--start K] [--n N] [--errors FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.pipeline import Pipeline
from kabar.places.resolve import resolve  # noqa: E402
from kabar.record import Article, Event, Span  # noqa: E402
from kabar.stages.places import locate_event  # noqa: E402


def data_path() -> Path:
    base = Path(os.environ.get("KABAR_SHARED", ROOT.parent / "shared"))
    path = base / "data" / "events" / "event-location-en" / "labeled_text.jsonl"
    if not path.is_file():
        sys.exit(f"eval_event_location: {path} not found (needs ../shared/data; set KABAR_SHARED).")
    return path


def span_of(item: dict, span: dict) -> tuple[int, int]:
    """Character span from token indices (the items' own start/end are wrong in the RELABEL part)."""
    toks = item["tokens"]
    if span.get("token_end", len(toks)) < len(toks):
        a, b = toks[span["token_start"]]["start"], toks[span["token_end"]]["end"]
        if item["text"][a:b].strip():
            return a, b
    return span["start"], span["end"]


def half(item: dict) -> str:
    """The gold sentence's half, fixed once by a hash of its ``_id``: tune or check."""
    return "tune" if int(hashlib.sha1(str(item["_id"]).encode("utf-8")).hexdigest(), 16) % 2 == 0 else "check"


def items(split: str) -> list[dict]:
    data = json.loads(data_path().read_text(encoding="utf-8"))
    keep = [x for x in data if x.get("answer") == "accept" and any(s["label"] == "VERB" for s in x.get("spans", []))]
    if split == "dev":
        return [x for x in keep if x["source"] != "RELABEL"]
    gold = [x for x in keep if x["source"] == "RELABEL"]
    return gold if split == "test" else [x for x in gold if half(x) == split]


def event_at(record, verb: tuple[int, int]) -> Event:
    for ev in record.events:
        k = record.text.find(ev.event_text, ev.evidence.start)
        if k == verb[0] or (ev.evidence.start <= verb[0] < ev.evidence.end and ev.event_text == record.text[verb[0]:verb[1]]):
            return ev
    sent = record.sentence_at(verb[0])
    a, b = (sent.start, sent.end) if sent else (0, len(record.text))
    return Event(id="gold", event="ASSAULT", event_text=record.text[verb[0]:verb[1]], evidence=Span(start=a, end=b))


def score_item(pipe: Pipeline, item: dict) -> dict:
    text = item["text"]
    verb = next(span_of(item, s) for s in item["spans"] if s["label"] == "VERB")
    gold = [span_of(item, s) for s in item["spans"] if s["label"] == "LOCATION"]
    record = pipe(Article.new(text, lang="en"))
    lead = 0 if text.startswith(record.text[:40]) else max(0, text.find(record.text[:40]))
    if lead:  # the clean stage strips leading white space: the gold offsets move with the text
        verb = (verb[0] - lead, verb[1] - lead)
        gold = [(a - lead, b - lead) for a, b in gold]
        text = record.text
    mentions, toks, dateline, _ = record.state.places
    ev = event_at(record, verb)
    loc = locate_event(record, ev, mentions, toks, None)
    hit = (not gold and loc is None) or (loc is not None and any(a < loc.end and loc.start < b for a, b in gold))
    gold_country = None
    if gold:
        ctx_res = next((m.resolution for m in mentions for a, b in gold if a < m.end and m.start < b and m.resolution), None)
        if ctx_res is None:
            from kabar.places.resolve import Context
            ctx_res = resolve(text[gold[0][0]:gold[0][1]], Context(lang="en"))
        gold_country = ctx_res.place.country if ctx_res and not ctx_res.fallback else None  # a known place only
    return {"text": text, "verb": text[verb[0]:verb[1]], "gold": [text[a:b] for a, b in gold],
            "pred": loc.text if loc else None, "pred_country": loc.country if loc else None,
            "gold_country": gold_country, "hit": hit, "pipeline_event": ev.id != "gold", "source": loc.source if loc else None}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=("tune", "check", "test", "dev"))
    ap.add_argument("--n", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="skip the first START items (dev: a fresh slice)")
    ap.add_argument("--errors", help="write the misses as JSON lines here (tune and dev only)")
    args = ap.parse_args()
    data = items(args.split)
    if args.start:
        if args.split in ("test", "check"):
            sys.exit("eval_event_location: --start is for the tune and dev splits")
        data = data[args.start:]
    if args.n:
        data = data[: args.n]
    pipe = Pipeline()
    rows = [score_item(pipe, x) for x in data]
    with_loc = [r for r in rows if r["gold"]]
    countried = [r for r in with_loc if r["gold_country"]]
    report = {
        "split": args.split, "items": len(rows),
        "location_accuracy": round(sum(r["hit"] for r in rows) / len(rows), 3),
        "location_accuracy_when_gold_has_one": round(sum(r["hit"] for r in with_loc) / max(1, len(with_loc)), 3),
        "items_with_gold_location": len(with_loc),
        "country_accuracy": round(sum(r["pred_country"] == r["gold_country"] for r in countried) / max(1, len(countried)), 3),
        "items_with_gold_country": len(countried),
        "pipeline_found_the_event": sum(r["pipeline_event"] for r in rows),
    }
    print(json.dumps(report, indent=1))
    if args.errors:
        if args.split in ("test", "check"):
            sys.exit("eval_event_location: errors are written for the tune and dev splits only (the check half is not inspected)")
        with open(args.errors, "w", encoding="utf-8") as fh:
            for r in rows:
                if not r["hit"] or (r["gold_country"] and r["pred_country"] != r["gold_country"]):
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
