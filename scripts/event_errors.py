"""Event errors of the TUNE half of a gold folder, for error analysis.

    .venv/bin/python scripts/event_errors.py gold/dev/id [--cache preds.jsonl] [--reuse]

Only the tune half is ever read (GOLD split rule: the check half is scored, never inspected), so
there is no option to choose the half. Uses the scorer's own matching
(kabar.evaluate.scoring.score_events) and prints, per article:

- FN: each required gold event no prediction matched, with the nearest prediction (same category
  first, then most agreeing fields) and the fields that fail (category, actor, recipient, date);
- FP: each prediction that matched nothing (required or optional), with its evidence;
- MM: matched pairs whose modality or claimant disagree ("other telling" when the two evidences share few words:
  the scorer paired kabar's telling of the event with the gold item of another telling of it);
- OK (with --matched): every matched pair, optional gold marked; --only picks articles by id.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kabar.evaluate import predict  # noqa: E402
from kabar.evaluate.gold import load  # noqa: E402
from kabar.evaluate.scoring import NameBook, _claimant_name, _codes, event_fails, match_events  # noqa: E402


def _short(p) -> str:
    a = sorted(_codes(p.get("actor")) or []) or None
    r = sorted(_codes(p.get("recipient")) or []) or None
    return (f"{p.get('event')} {a}->{r} {p.get('date')} {p.get('modality')} "
            f"claim={_claimant_name(p)!r} :: {(p.get('evidence') or '')[:150]!r}")


def _gshort(g) -> str:
    return (f"{g.get('event')} {g.get('actor')}->{g.get('recipient')} {g.get('date')} {g.get('modality')} "
            f"claim={g.get('claimant')!r} :: {(g.get('evidence') or '')[:150]!r}")


def _same_telling(p, g) -> bool:
    """The predicted and the gold evidence share half the words of the shorter (the same sentence part states both)."""
    a = {w for w in (p.get("evidence") or "").lower().split() if len(w) >= 3}
    b = {w for w in (g.get("evidence") or "").lower().split() if len(w) >= 3}
    return bool(a and b) and len(a & b) >= 0.5 * min(len(a), len(b))


def analyse(pred: list, gold: list, names: NameBook, matched: bool = False):
    rows = []
    pairs = match_events(pred, gold, names)
    used_p, used_g = {pi for pi, _ in pairs}, {gi for _, gi in pairs}
    for pi, gi in pairs:
        p, g = pred[pi], gold[gi]
        if matched:
            rows.append(("OK", "optional" if g.get("optional") else "", _short(p), _gshort(g)))
        if not g.get("optional"):
            bad = []
            if p.get("modality") != g.get("modality"):
                bad.append(f"modality {p.get('modality')}!={g.get('modality')}")
            if not names.matches(_claimant_name(p), g.get("claimant")):
                bad.append(f"claimant {_claimant_name(p)!r}!={g.get('claimant')!r}")
            if bad and not _same_telling(p, g):
                # the scorer paired kabar's one telling of the event with the gold item of another telling (a quote
                # restating a narrated lead, or the reverse): only finding the gold's telling fixes the claimant
                bad.append("other telling")
            if bad:
                rows.append(("MM", "; ".join(bad), _short(p), _gshort(g)))
    for gi, g in enumerate(gold):
        if gi in used_g or g.get("optional"):
            continue
        best = None
        for p in pred:
            f = event_fails(p, g)
            key = ("category" in f, len(f))
            if best is None or key < best[0]:
                best = (key, f, p)
        if best:
            rows.append(("FN", ",".join(best[1]), _gshort(g), "nearest: " + _short(best[2])))
        else:
            rows.append(("FN", "none", _gshort(g), ""))
    for pi, p in enumerate(pred):
        if pi not in used_p:
            rows.append(("FP", "", _short(p), ""))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold")
    ap.add_argument("--cache", help="JSONL of predictions (written, or read with --reuse)")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--matched", action="store_true", help="also print the matched pairs (OK)")
    ap.add_argument("--only", default="", help="only articles whose id holds this")
    args = ap.parse_args()
    cached = {}
    if args.reuse and args.cache and Path(args.cache).exists():
        for line in Path(args.cache).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            cached[r["id"]] = r["events"]
    out = []
    for g in load([args.gold], half="tune"):
        if not (g.text_path and g.text_path.exists()) or args.only not in g.id:
            continue
        events = cached.get(g.id)
        if events is None:
            rec = predict(g)
            body = rec.get("text") or ""
            events = rec.get("events") or []
            for e in events:
                ev = e.get("evidence")
                if isinstance(ev, dict):
                    e["evidence"] = body[ev.get("start", 0):ev.get("end", 0)]
        out.append({"id": g.id, "events": events})
        rows = analyse(events, g.list("events"), NameBook(g.list("entities")), args.matched)
        print(f"=== {g.id}")
        for kind, why, a, b in rows:
            print(f"  {kind} {why:18} {a}")
            if b:
                print(f"  {'':21} {b}")
    if args.cache and not args.reuse:
        with open(args.cache, "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
