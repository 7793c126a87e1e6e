"""Event errors of the TUNE half of a gold folder, for error analysis.

    .venv/bin/python scripts/event_errors.py gold/dev/en [--save preds.jsonl | --pred preds.jsonl]

Only the tune half is ever read (GOLD split rule: the check half is scored, never inspected), so
there is no option to choose the half. Uses the scorer's own matching (kabar.evaluate.scoring) and
prints, per article:
  FN  each required gold event no prediction matched, with the nearest prediction (same sentence
      words first, then most agreeing fields) and the fields that fail (cat, actor, recip, date),
      or "none predicted" when no prediction shares its words or category;
  FP  each prediction that matched no gold item, with the nearest gold item and its failing fields,
      or "no gold near" (an event the gold does not have).
A summary counts the failing fields over all errors, which is what to fix first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kabar.evaluate import predict  # noqa: E402
from kabar.evaluate.gold import load  # noqa: E402
from kabar.evaluate.scoring import NameBook, _codes, _gold_accepts, _gold_categories, score_events, token_f1  # noqa: E402


def _ev(item) -> str:
    e = item.get("evidence")
    return (item.get("_text") or "")[e.get("start", 0):e.get("end", 0)] if isinstance(e, dict) else (e or "")


def _fails(p, g) -> list[str]:
    out = []
    if p.get("event") not in _gold_categories(g):
        out.append("cat")
    if not _gold_accepts(g.get("actor"), _codes(p.get("actor"))):
        out.append("actor")
    if not _gold_accepts(g.get("recipient"), _codes(p.get("recipient"))):
        out.append("recip")
    if g.get("date") is not None and p.get("date") != g.get("date"):
        out.append("date")
    return out


def _near(item, others, fails_of):
    """The nearest of ``others``: overlapping evidence first, then fewest failing fields."""
    best, key = None, None
    for o in others:
        overlap = token_f1(_ev(item), _ev(o))
        k = (overlap >= 0.3, -len(fails_of(o)), overlap)
        if key is None or k > key:
            best, key = o, k
    if best is None or (not key[0] and key[1] < -1):
        return None, None
    return best, fails_of(best)


def _codes_str(refs) -> str:
    if refs is None:
        return "-"
    if isinstance(refs, list) and refs and isinstance(refs[0], dict):
        return "+".join(str(r.get("code") or r.get("name")) for r in refs)
    return json.dumps(refs)


def _pred_str(p) -> str:
    return (f"{p.get('event')} {_codes_str(p.get('actor'))}->{_codes_str(p.get('recipient'))} "
            f"d={p.get('date')} m={p.get('modality')} c={(p.get('claimant') or {}).get('name') if isinstance(p.get('claimant'), dict) else p.get('claimant')} "
            f"| {p.get('event_text')!r} | {_ev(p)[:110]!r}")


def _gold_str(g) -> str:
    return (f"{g.get('event')} {json.dumps(g.get('actor'))}->{json.dumps(g.get('recipient'))} d={g.get('date')} "
            f"m={g.get('modality')} c={g.get('claimant')}{' OPT' if g.get('optional') else ''} | {_ev(g)[:110]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold")
    ap.add_argument("--save", help="write the predicted records here (JSONL) for a later --pred")
    ap.add_argument("--pred", help="read predicted records from here instead of running the pipeline")
    args = ap.parse_args()
    cached = {}
    if args.pred:
        for line in Path(args.pred).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            cached[rec["_gold_id"]] = rec
    saved = []
    tally: Counter = Counter()
    totals: Counter = Counter()
    for g in load([args.gold], half="tune"):
        if not (g.text_path and g.text_path.exists()):
            continue
        pred = cached.get(g.id) or predict(g)
        pred["_gold_id"] = g.id
        saved.append(pred)
        preds = pred.get("events") or []
        for p in preds:
            p["_text"] = pred.get("text") or ""
        golds = g.list("events")
        names = NameBook(g.list("entities"))
        prf, mod, cla = score_events(preds, golds, names)
        totals.update(matched=prf.matched, predicted=prf.predicted, gold=prf.gold, mod=mod.hits, cla=cla.hits)

        def cand(p, gg):
            return not _fails(p, gg)

        used_p, used_g = set(), set()
        ranked = []
        for pi, p in enumerate(preds):
            for gi, gg in enumerate(golds):
                if cand(p, gg):
                    ranked.append(((bool(gg.get("optional")), gi), pi, gi))
        for _, pi, gi in sorted(ranked):
            if pi in used_p or gi in used_g:
                continue
            used_p.add(pi)
            used_g.add(gi)
        lines = []
        for gi, gg in enumerate(golds):
            if gi in used_g or gg.get("optional"):
                continue
            near, fails = _near(gg, preds, lambda p, gg=gg: _fails(p, gg))
            why = "none predicted" if near is None else ",".join(fails)
            tally[("FN", why)] += 1
            lines.append(f"  FN [{why}] gold {_gold_str(gg)}")
            if near is not None:
                lines.append(f"        near {_pred_str(near)}")
        for pi, p in enumerate(preds):
            if pi in used_p:
                continue
            near, fails = _near(p, golds, lambda gg, p=p: _fails(p, gg))
            why = "no gold near" if near is None else ",".join(fails)
            tally[("FP", why)] += 1
            lines.append(f"  FP [{why}] pred {_pred_str(p)}")
            if near is not None:
                lines.append(f"        near {_gold_str(near)}")
        for pi in sorted(used_p):
            p = preds[pi]
            lines.append(f"  OK pred {_pred_str(p)}")
        print(f"== {g.id}  (pred {len(preds)}, gold req {sum(1 for x in golds if not x.get('optional'))})")
        print("\n".join(lines))
    print(f"\n== events matched {totals['matched']}, predicted {totals['predicted']}, gold {totals['gold']}; "
          f"modality right {totals['mod']}, claimant right {totals['cla']} (of matched)")
    print("\n== failing fields (kind, why): count")
    for (kind, why), n in tally.most_common():
        print(f"  {kind} {why:20} {n}")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            for rec in saved:
                for p in rec.get("events") or []:
                    p.pop("_text", None)
                f.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
