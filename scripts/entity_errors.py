"""Entity errors of the TUNE half of a gold folder, one line each, for error analysis.

    .venv/bin/python scripts/entity_errors.py gold/dev/id [--json out.jsonl]

Only the tune half is ever read (GOLD split rule: the check half is scored, never inspected), so
there is no option to choose the half. Prints, per article, the predicted entities that matched no
gold item (FP, with type, mention texts and title) and the required gold entities that no
prediction matched (FN), using the scorer's own matching (kabar.evaluate.scoring).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kabar.evaluate import predict  # noqa: E402
from kabar.evaluate.gold import load  # noqa: E402
from kabar.evaluate.scoring import _body_and_removed, _contains_word, _entity_names, fold  # noqa: E402


def errors(pred_entities, gold_entities, text, removed):
    body, cut = _body_and_removed(text, list(removed))
    usable, out = [], []
    for e in pred_entities:
        surfaces = {fold(e.get("name"))} | {fold(m.get("text")) for m in e.get("mentions") or []}
        surfaces.discard("")
        if cut and surfaces and not any(_contains_word(body, s) for s in surfaces) and any(_contains_word(cut, s) for s in surfaces):
            out.append(("FP-removed", e))
            continue
        usable.append(e)
    used_g, used_p = set(), set()
    ranked = []
    for pi, p in enumerate(usable):
        for gi, g in enumerate(gold_entities):
            if p.get("type") == g.get("type") and fold(p.get("name")) in _entity_names(g):
                ranked.append(((bool(g.get("optional")), gi), pi, gi))
    for _, pi, gi in sorted(ranked):
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
    for pi, p in enumerate(usable):
        if pi not in used_p:
            out.append(("FP", p))
    for gi, g in enumerate(gold_entities):
        if gi not in used_g and not g.get("optional"):
            out.append(("FN", g))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold")
    ap.add_argument("--json", help="also write the errors as JSONL here")
    args = ap.parse_args()
    rows = []
    for g in load([args.gold], half="tune"):
        if not (g.text_path and g.text_path.exists()):
            continue
        text = g.read_text()
        pred = predict(g)
        for kind, e in errors(pred.get("entities") or [], g.list("entities"), text, g.list("removed")):
            row = {"article": g.id, "kind": kind, "type": e.get("type"), "name": e.get("name"),
                   "mentions": sorted({m.get("text") for m in e.get("mentions") or []}),
                   "aliases": e.get("aliases") or [], "title": e.get("title"), "actor": e.get("actor")}
            rows.append(row)
            print(f"{kind:10} {row['type']:5} {row['name']!r:45} {row['mentions'] or row['aliases']}  [{g.id[:40]}]")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
