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
set of the first round; all 4,628 of them had been read by the end of session 12. ``--split ra`` (session 13)
is the research assistants' items without an ``answer`` (annotated, never reviewed: noisier than the rest), with a
verb, whose sentence is neither a gold sentence nor an accepted one, in file order. Research use only: evaluation,
never training.
    .venv/bin/python scripts/eval_event_location.py [--split tune|check|test|dev|ra] [--source S] [--start K] [--n N] [--errors FILE] [--min-score X]

The dateline the places stage finds in the item's own text ("BAGHDAD -- A car bomb ...") is passed to
``locate_event`` as the stage itself passes it (session 13; it was None before, so such events were scored
as if the text had no dateline).
"""

from __future__ import annotations

import argparse
import difflib
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
    if split == "ra":
        seen = {x["text"] for x in data if x.get("answer") == "accept"}
        return [x for x in data if x.get("answer") is None and x["text"] not in seen
                and any(s["label"] == "VERB" for s in x.get("spans", []))]
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


def offset_map(text: str, clean: str) -> list[int]:
    """For each offset of ``text`` (and its end), the offset of the same character in ``clean``, the cleaned text
    (white space stripped or shrunk); a character the cleaning dropped maps to where the dropped run was."""
    move = [0] * (len(text) + 1)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, text, clean, autojunk=False).get_opcodes():
        for k in range(i1, i2):
            move[k] = j1 + (k - i1) if tag == "equal" else j1 + min(k - i1, max(0, j2 - j1 - 1))
    move[len(text)] = len(clean)
    return move


def moved_span(move: list[int], span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    return move[a], (move[b - 1] + 1 if b > a else move[a])


def score_item(pipe: Pipeline, item: dict, use_dateline: bool = True, gold_without_context: bool = False,
               aligned: bool = True, min_score: float = 1.0) -> dict:
    text = item["text"]
    verb = next(span_of(item, s) for s in item["spans"] if s["label"] == "VERB")
    gold = [span_of(item, s) for s in item["spans"] if s["label"] == "LOCATION"]
    record = pipe(Article.new(text, lang="en"))
    if aligned and record.text != text:
        # session 23: the clean stage strips leading white space and shrinks runs of spaces inside the text ("were
        # killed    including", "Syria   s civil war"): every gold offset moves with the text, not only by the lead
        move = offset_map(text, record.text)
        verb = moved_span(move, verb)
        gold = [moved_span(move, g) for g in gold]
        text = record.text
    else:
        lead = 0 if text.startswith(record.text[:40]) else max(0, text.find(record.text[:40]))
        if lead:  # the clean stage strips leading white space: the gold offsets move with the text
            verb = (verb[0] - lead, verb[1] - lead)
            gold = [(a - lead, b - lead) for a, b in gold]
            text = record.text
    mentions, toks, dateline, ctx = record.state.places
    ev = event_at(record, verb)
    loc = locate_event(record, ev, mentions, toks, dateline if use_dateline else None, min_score)
    hit = (not gold and loc is None) or (loc is not None and any(a < loc.end and loc.start < b for a, b in gold))
    # the measurement as it was before session 13 (no dateline; a gold place no mention covers resolved without
    # its sentence), reported beside the new one so that a change of measurement is not read as a gain
    old_loc = locate_event(record, ev, mentions, toks, None, min_score) if dateline is not None else loc
    old_hit = (not gold and old_loc is None) or (old_loc is not None and any(a < old_loc.end and old_loc.start < b
                                                                             for a, b in gold))
    gold_country = old_gold_country = None
    if gold:
        from kabar.places.resolve import Context
        covered = next((m.resolution for m in mentions for a, b in gold if a < m.end and m.start < b and m.resolution), None)
        old_res = covered or resolve(text[gold[0][0]:gold[0][1]], Context(lang="en"))
        old_gold_country = old_res.place.country if old_res and not old_res.fallback else None
        ctx_res = next((m.resolution for m in mentions for a, b in gold if a < m.end and m.start < b and m.resolution), None)
        if ctx_res is None:  # no mention covers the gold place: resolve it in its sentence's context, as the stage
            # resolves every mention (session 13; before, without it: "al-Yarmouk Hospital in western Baghdad" was
            # Syria's, "Victoria Hotel" in Warsaw Australia's, so a right place scored as a wrong country)
            from kabar.places.resolve import Context
            ctx_res = resolve(text[gold[0][0]:gold[0][1]], Context(lang="en") if gold_without_context else ctx)
        gold_country = ctx_res.place.country if ctx_res and not ctx_res.fallback else None  # a known place only
    return {"text": text, "verb": text[verb[0]:verb[1]], "gold": [text[a:b] for a, b in gold],
            "pred": loc.text if loc else None, "pred_country": loc.country if loc else None,
            "gold_country": gold_country, "hit": hit, "pipeline_event": ev.id != "gold", "source": loc.source if loc else None,
            "id": item["_id"], "quad": ev.quad_code if ev.id != "gold" else None, "old_hit": old_hit, "old_pred_country": old_loc.country if old_loc else None,
            "old_gold_country": old_gold_country}


def country_misses(rows: list[dict]) -> dict[str, int]:
    """Session 28 (loc28): the right-country misses by outcome, as totals (so the check half can be read this way
    without reading an item): ``unplaced`` no place chosen; ``wrong_place`` a place that overlaps no gold place, in
    another country or none; ``gold_place_other_country`` the gold place itself, resolved to another country (or to
    none) than the gold place resolves to in the same sentence (a span that overlaps it but is not it)."""
    out = {"unplaced": 0, "wrong_place": 0, "gold_place_other_country": 0}
    for r in rows:
        if not r["gold_country"] or r["pred_country"] == r["gold_country"]:
            continue
        out["unplaced" if r["pred"] is None else "gold_place_other_country" if r["hit"] else "wrong_place"] += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=("tune", "check", "test", "dev", "ra"))
    ap.add_argument("--n", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="skip the first START items (dev, ra: a fresh slice)")
    ap.add_argument("--source", help="dev and ra only: keep the items of this `source` (e.g. Unknown_Andy, Atrocities) "
                                     "before --start/--n, so a range is counted in that source's file order")
    ap.add_argument("--errors", help="write the misses as JSON lines here (tune, dev and ra only)")
    ap.add_argument("--rows", help="write every row as JSON lines here (tune, dev and ra only), to diff two runs")
    ap.add_argument("--no-dateline", action="store_true", help="as before session 13: pass no dateline")
    ap.add_argument("--unaligned", action="store_true",
                    help="as before session 23: move the gold offsets by the stripped lead only, not through the "
                         "spaces the clean stage shrinks inside the text")
    ap.add_argument("--min-score", type=float, default=1.0,
                    help="the places stage's min_event_score (default 1.0, as shipped): how well a place must read as "
                         "the event's to be chosen (session 28: a measurement knob, not a setting to tune)")
    ap.add_argument("--gold-without-context", action="store_true",
                    help="as before session 13: a gold place no mention covers is resolved without its sentence")
    args = ap.parse_args()
    data = items(args.split)
    if args.source:
        if args.split not in ("dev", "ra"):
            sys.exit("eval_event_location: --source is for the dev and ra splits")
        data = [x for x in data if x["source"] == args.source]
    if args.start:
        if args.split in ("test", "check"):
            sys.exit("eval_event_location: --start is for the tune and dev splits")
        data = data[args.start:]
    if args.n:
        data = data[: args.n]
    pipe = Pipeline()
    rows = [score_item(pipe, x, not args.no_dateline, args.gold_without_context, not args.unaligned, args.min_score)
            for x in data]
    with_loc = [r for r in rows if r["gold"]]
    countried = [r for r in with_loc if r["gold_country"]]
    report = {
        "split": args.split, "items": len(rows),
        "location_accuracy": round(sum(r["hit"] for r in rows) / len(rows), 3),
        "location_accuracy_when_gold_has_one": round(sum(r["hit"] for r in with_loc) / max(1, len(with_loc)), 3),
        "items_with_gold_location": len(with_loc),
        "country_accuracy": round(sum(r["pred_country"] == r["gold_country"] for r in countried) / max(1, len(countried)), 3),
        "items_with_gold_country": len(countried),
        "country_misses": country_misses(rows),
        "pipeline_found_the_event": sum(r["pipeline_event"] for r in rows),
        "measured_as_before_session_13": {
            "location_accuracy": round(sum(r["old_hit"] for r in rows) / len(rows), 3),
            "country_accuracy": round(sum(r["old_pred_country"] == r["old_gold_country"] for r in rows
                                          if r["old_gold_country"]) / max(1, sum(bool(r["old_gold_country"]) for r in rows)), 3),
            "items_with_gold_country": sum(bool(r["old_gold_country"]) for r in rows)},
    }
    print(json.dumps(report, indent=1))
    if args.rows:
        if args.split in ("test", "check"):
            sys.exit("eval_event_location: rows are written for the tune, dev and ra splits only")
        with open(args.rows, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.errors:
        if args.split in ("test", "check"):
            sys.exit("eval_event_location: errors are written for the tune, dev and ra splits only (the check half is not inspected)")
        with open(args.errors, "w", encoding="utf-8") as fh:
            for r in rows:
                if not r["hit"] or (r["gold_country"] and r["pred_country"] != r["gold_country"]):
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
