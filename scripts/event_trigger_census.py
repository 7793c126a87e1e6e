#!/usr/bin/env python3
"""Trigger census on the event-location sentences (Halterman 2019): does kabar code the marked event verb, and how?

Each item of ``../shared/data/events/event-location-en/labeled_text.jsonl`` is one English newswire sentence (AP,
AFP, Xinhua, ...) with ONE marked event verb (span label VERB). Every sentence runs through kabar's whole pipeline,
as ``eval_event_location.py`` runs it (its loader and offsets are reused), and the census prints per item:

  HIT    an event whose trigger (``event_text`` at its place) covers the gold verb: category, actor -> recipient,
         modality; ``ARGS?`` when the actor or the recipient is empty although the parse gives the verb a subject
         (agent of a passive) or an object (subject of a passive, oblique with a role preposition) that is a
         coded country or organisation
  NEAR   no trigger at the verb, but an event whose evidence covers it (another word of its clause is the trigger)
  DROP   a trigger at the verb that made no event, with the coder's drop reason (``record.state.event_drops``)
  NONE   no trigger at the verb at all

and at the end a tally (hit, near, drop by reason, none; hits with an empty slot the parse could fill).
Items: every item with a VERB span, in file order, without the check half of the gold RELABEL items (scored by
``eval_event_location.py --split check``, never inspected). ``--start K --n N`` take a fixed slice of that order, so
slices can be named and kept disjoint. Research use only: evaluation and error analysis, never training; nothing of
the data is written to the repository.

    PYTHONPATH=src .venv/bin/python scripts/event_trigger_census.py --start 0 --n 400 > /tmp/trig0.txt
    ... --rows FILE   one JSON line per item (to diff two runs: scripts/event_trigger_census.py --diff A B)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import eval_event_location as evl  # noqa: E402  (its data_path and span_of; it puts src/ on the path)

PARTY_TYPES = ("GPE", "ORG", "NORP")


def census_items(source: str | None = None) -> list[dict]:
    """Every item with a marked verb, file order; the gold check half left out (never inspected). With ``source``
    only the items of that ``source`` field ("AP", "Unknown_Andy", ...), still in file order, so a slice of one
    source can be named (``--source Unknown_Andy --start 0 --n 1100``)."""
    data = json.loads(evl.data_path().read_text(encoding="utf-8"))
    return [x for x in data if any(s["label"] == "VERB" for s in x.get("spans", []))
            and not (x.get("source") == "RELABEL" and x.get("answer") == "accept" and evl.half(x) == "check")
            and (source is None or x.get("source") == source)]


def _codes(refs) -> str:
    return "+".join((r.code or r.name or "?") for r in refs) or "-"


def _party_at(record, p, t) -> str | None:
    """The code of a coded country/organisation/people the parse phrase headed by ``t`` stands for: a mention
    covering its head word (or a conjunct's), or its possessor, compound or adjective ("Israeli troops")."""
    if t is None:
        return None
    heads = []
    for c in p.conjuncts(t):
        heads.append(c)
        heads += [k for k in p.children(c) if p.dep[k] in ("compound", "amod", "nmod:poss")]
    for h in heads:
        for e in record.entities:
            if e.type in PARTY_TYPES and e.actor and any(m.start <= p.start[h] < m.end for m in e.mentions):
                return e.actor
    return None


def verb_span(item: dict) -> tuple[int, int]:
    """The marked verb's character span, widened to whole words (some items' token offsets cut a word)."""
    text = item["text"]
    a, b = next(evl.span_of(item, s) for s in item["spans"] if s["label"] == "VERB")
    while a > 0 and text[a - 1].isalpha():
        a -= 1
    while b < len(text) and text[b].isalpha():
        b += 1
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    return a, b


def parse_roles(record, verb: tuple[int, int]) -> dict:
    """What the dependency parse says of the verb: its label, voice, and the coded party in each role."""
    from kabar.text.parse import parse_of

    p = parse_of(record)
    if p is None or p.sentence_at(verb[0]) is None:
        return {}
    v = p.token_at(verb[0])
    if v is None:
        return {}
    passive = p.is_passive(v)
    subj = p.subject(v)
    obj = p.object(v)
    agent = p.agent(v)
    obl = [(prep, c) for prep, c in p.obliques(v) if prep and prep.split()[-1] in ("to", "against", "with", "on", "at", "into", "from", "for")]
    out = {"dep": p.describe(v), "passive": passive,
           "subj": p.span_text(subj), "obj": p.span_text(obj), "agent": p.span_text(agent),
           "obl": [f"{prep} {p.span_text(c)}" for prep, c in obl]}
    actor_party = _party_at(record, p, agent) if passive else _party_at(record, p, subj)
    rec_party = _party_at(record, p, subj) if passive else _party_at(record, p, obj)
    if rec_party is None and not passive:
        rec_party = next((c for prep, t in obl if (c := _party_at(record, p, t))), None)
    out["actor_party"] = actor_party
    out["recipient_party"] = rec_party
    return out


def census_row(pipe, item: dict) -> dict:
    from kabar.record import Article

    text = item["text"]
    verb = verb_span(item)
    record = pipe(Article.new(text, lang="en"))
    lead = 0 if text.startswith(record.text[:40]) else max(0, text.find(record.text[:40]))
    if lead:  # the clean stage strips leading white space: the gold offsets move with the text
        verb = (verb[0] - lead, verb[1] - lead)
    t = record.text
    vword = t[verb[0]:verb[1]]
    row = {"id": item["_id"], "source": item.get("source"), "text": t, "verb": vword, "events": []}
    hit = near = None
    for ev in record.events:
        k = t.find(ev.event_text, ev.evidence.start) if ev.event_text else -1
        at_verb = k >= 0 and k < verb[1] and verb[0] < k + len(ev.event_text)
        covers = ev.evidence.start <= verb[0] < ev.evidence.end
        info = {"event": ev.event, "mode": ev.mode, "actor": _codes(ev.actor), "recipient": _codes(ev.recipient),
                "modality": ev.modality, "trigger": ev.event_text, "at_verb": at_verb, "covers": covers,
                "unknown": ev.actor_unknown}
        row["events"].append(info)
        if at_verb and hit is None:
            hit = info
        elif covers and near is None:
            near = info
    vlow = vword.lower()
    drops = [(event, trig, why) for _, event, trig, why in record.state.event_drops
             if vlow and vlow in trig.lower().split()]
    row["drops"] = drops
    row["parse"] = parse_roles(record, verb)
    if hit is not None:
        row["status"] = "hit"
        row["hit"] = hit
        pr = row["parse"]
        gaps = []
        if hit["actor"] == "-" and pr.get("actor_party"):
            gaps.append("actor")
        if hit["recipient"] == "-" and pr.get("recipient_party"):
            gaps.append("recipient")
        row["gaps"] = gaps
    elif drops:
        row["status"] = "drop"
        row["why"] = drops[0][2]
    elif near is not None:
        row["status"] = "near"
        row["near"] = near
    else:
        row["status"] = "none"
    return row


def show(n: int, row: dict) -> None:
    st = row["status"]
    pr = row["parse"]
    head = f"[{n}] {st.upper():<4}"
    if st == "hit":
        h = row["hit"]
        head += (f" {h['event']:<9} {h['actor'][:20]:<12} -> {h['recipient'][:20]:<12} {h['modality'][:4]}"
                 f" trig={h['trigger']!r}{' ARGS?' + ','.join(row['gaps']) if row['gaps'] else ''}")
    elif st == "drop":
        head += " " + "; ".join(f"{e} {why} {trig!r}" for e, trig, why in row["drops"])
    elif st == "near":
        h = row["near"]
        head += f" {h['event']} trig={h['trigger']!r} {h['actor']} -> {h['recipient']}"
    print(f"{head}  verb={row['verb']!r}")
    print(f"     S: {row['text'][:400]}")
    if pr:
        print(f"     P: {pr['dep']} pass={pr['passive']} subj={pr['subj']!r} obj={pr['obj']!r} agent={pr['agent']!r}"
              f" obl={pr['obl']} -> actor_party={pr['actor_party']} recipient_party={pr['recipient_party']}")
    others = [e for e in row["events"] if not e["at_verb"]]
    for e in others:
        print(f"     other: {e['event']} {e['actor']} -> {e['recipient']} trig={e['trigger']!r}")


def tally(rows: list[dict]) -> None:
    status = Counter(r["status"] for r in rows)
    whys = Counter(r["why"] for r in rows if r["status"] == "drop")
    hits = [r for r in rows if r["status"] == "hit"]
    gaps = Counter(g for r in hits for g in r["gaps"])
    null_actor = sum(r["hit"]["actor"] == "-" for r in hits)
    null_rec = sum(r["hit"]["recipient"] == "-" for r in hits)
    cats = Counter(r["hit"]["event"] for r in hits)
    print(f"\n{len(rows)} items: hit {status['hit']}, near (evidence covers, other trigger) {status['near']}, "
          f"dropped {status['drop']}, no trigger {status['none']}")
    print("dropped by reason: " + ", ".join(f"{w} {k}" for w, k in whys.most_common()))
    print(f"hits with no actor {null_actor}, no recipient {null_rec}; of them the parse names a coded party: "
          f"actor {gaps['actor']}, recipient {gaps['recipient']}")
    print("hit categories: " + ", ".join(f"{c} {k}" for c, k in cats.most_common()))


def diff(a: str, b: str) -> None:
    """Print the items whose outcome differs between two ``--rows`` files (same slice): to judge each change."""
    def load(path):  # keyed by position: the item ids of the file are not unique
        return {n: json.loads(x) for n, x in enumerate(open(path, encoding="utf-8"))}
    ra, rb = load(a), load(b)

    def key(r):
        return [(e["event"], e["actor"], e["recipient"], e["modality"], e["trigger"]) for e in r["events"]]
    n = 0
    for i, r in ra.items():
        s = rb.get(i)
        if s is None or key(r) == key(s):
            continue
        n += 1
        print(f"[{n}] {r['text'][:400]}\n     verb={r['verb']!r}")
        for e in r["events"]:
            print(f"   - {e['event']} {e['actor']} -> {e['recipient']} {e['modality']} trig={e['trigger']!r}")
        for e in s["events"]:
            print(f"   + {e['event']} {e['actor']} -> {e['recipient']} {e['modality']} trig={e['trigger']!r}")
    print(f"\n{n} items changed of {len(ra)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--start", type=int, default=0, help="first item of the fixed order")
    ap.add_argument("--n", type=int, default=400, help="number of items")
    ap.add_argument("--rows", help="write one JSON line per item here")
    ap.add_argument("--source", help="only the items of this source field (AP, Unknown_Andy, ...); --start/--n then "
                    "count within it")
    ap.add_argument("--quiet", action="store_true", help="the tally only")
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two --rows files and stop")
    a = ap.parse_args()
    if a.diff:
        diff(*a.diff)
        return 0
    from kabar.pipeline import Pipeline

    data = census_items(a.source)[a.start:a.start + a.n]
    pipe = Pipeline()
    rows = []
    for n, item in enumerate(data, a.start):
        row = census_row(pipe, item)
        rows.append(row)
        if not a.quiet:
            show(n, row)
    tally(rows)
    if a.rows:
        with open(a.rows, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
