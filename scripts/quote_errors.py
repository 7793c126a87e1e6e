"""Quote errors of the TUNE half of a gold folder, one line each, for error analysis.

    .venv/bin/python scripts/quote_errors.py gold/dev/en

Only the tune half is ever read (GOLD split rule: the check half is scored, never inspected), so
there is no option to choose the half. Uses the scorer's own matching (speaker name and content
token F1 >= 0.5, kabar.evaluate.scoring.score_quotes) and prints, per article:

- SPK: a prediction whose content matches a gold quote but whose speaker does not (both names);
- FP: a prediction that matches no gold quote, even by content alone;
- FN: a required gold quote that no prediction matches, even by content alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kabar.evaluate import predict  # noqa: E402
from kabar.evaluate.gold import load  # noqa: E402
from kabar.evaluate.scoring import NameBook, _greedy, token_f1  # noqa: E402


def errors(preds: list[dict], golds: list[dict], names: NameBook) -> list[tuple[str, dict, dict | None]]:
    def full(p, g):
        return names.matches(p.get("speaker_name"), g.get("speaker")) and token_f1(p.get("text"), g.get("text")) >= 0.5

    def content(p, g):
        return token_f1(p.get("text"), g.get("text")) >= 0.5

    def prefer(p, g, i):
        return (bool(g.get("optional")), -token_f1(p.get("text"), g.get("text")), i)

    _, _, pairs = _greedy(preds, golds, full, prefer)
    done_p = {id(p) for p, _ in pairs}
    done_g = {id(g) for _, g in pairs}
    rest_p = [p for p in preds if id(p) not in done_p]
    rest_g = [g for g in golds if id(g) not in done_g]
    _, _, cpairs = _greedy(rest_p, rest_g, content, prefer)
    out = [("SPK", p, g) for p, g in cpairs]
    cp = {id(p) for p, _ in cpairs}
    cg = {id(g) for _, g in cpairs}
    out += [("FP", p, None) for p in rest_p if id(p) not in cp]
    out += [("FN", g, None) for g in rest_g if id(g) not in cg and not g.get("optional")]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold")
    args = ap.parse_args()
    for g in load([args.gold], half="tune"):
        if not (g.text_path and g.text_path.exists()):
            continue
        pred = predict(g)
        for kind, a, b in errors(pred.get("quotes") or [], g.list("quotes"), NameBook(g.list("entities"))):
            if kind == "SPK":
                print(f"SPK  pred={a.get('speaker_name')!r} gold={b.get('speaker')!r} cue={a.get('cue')!r} | "
                      f"{(a.get('text') or '')[:90]}  [{g.id[:30]}]")
            elif kind == "FP":
                print(f"FP   {a.get('speaker_name')!r} cue={a.get('cue')!r} | {(a.get('text') or '')[:110]}  [{g.id[:30]}]")
            else:
                print(f"FN   {a.get('speaker')!r} cue={a.get('cue')!r} | {(a.get('text') or '')[:110]}  [{g.id[:30]}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
