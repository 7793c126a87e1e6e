#!/usr/bin/env python3
"""Inter-annotator agreement: one hand-made gold set scored against another by GOLD.md's rules.

Why: the check halves of gold/dev barely move when rules that are right on unlabelled news are added. Two
people annotating the same article under the same conventions show how far apart careful annotations are, i.e.
how high a system can be expected to score against one of them, and which items the conventions leave open.

Each gold file of ``--second`` (a folder of ``*.gold.json``, written blind by a second annotator) is turned into a
prediction record (its required items: an entity by its canonical name and type, a quote by speaker and text, an
event by its first listed category, actor and recipient and its date, modality and claimant) and scored with
``kabar.evaluate.scoring.score_article`` against the file of the same name under ``--first``; then the other way
round. An item the annotator marked optional is left out of the prediction (it is that annotator's "not required").
    .venv/bin/python scripts/gold_agreement.py --first gold/dev/id --second /work/iaa/id
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kabar.evaluate.scoring import Scores, score_article  # noqa: E402


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else (None if isinstance(value, list) else value)


def _refs(value: Any) -> list[dict[str, Any]]:
    code = _first(value)
    return [{"code": code}] if code else []


def as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """A gold file's required items in the shape of a kabar record (what ``score_article`` reads)."""
    def required(items):
        return [x for x in items or [] if not x.get("optional")]

    return {
        "title": gold.get("title"),
        "original_outlet": gold.get("original_outlet"),
        "entities": [{"type": e.get("type"), "name": e.get("name"), "mentions": []} for e in required(gold.get("entities"))],
        "quotes": [{"speaker_name": q.get("speaker"), "text": q.get("text"), "kind": q.get("kind")}
                   for q in required(gold.get("quotes"))],
        "events": [{"event": _first(v.get("event")), "actor": _refs(v.get("actor")), "recipient": _refs(v.get("recipient")),
                    "date": v.get("date"), "modality": v.get("modality"), "claimant": v.get("claimant")}
                   for v in required(gold.get("events"))],
        "removed": [{"text": r.get("text")} for r in gold.get("removed") or []],
        "dates": [{"value": d.get("value")} for d in gold.get("dates") or []],
        "quantities": list(gold.get("quantities") or []),
    }


def agreement(first: Path, second: Path) -> tuple[Scores, Scores, list[str]]:
    """(second scored against first, first scored against second, the article names compared)."""
    a_on_b, b_on_a, names = Scores(), Scores(), []
    for path in sorted(second.glob("*.gold.json")):
        other = first / path.name
        if not other.is_file():
            continue
        g1 = json.loads(other.read_text(encoding="utf-8"))
        g2 = json.loads(path.read_text(encoding="utf-8"))
        text_path = first / (g1.get("file") or "")
        text: Optional[str] = text_path.read_text(encoding="utf-8") if text_path.is_file() else None
        b_on_a += score_article(as_prediction(g2), g1, text)
        a_on_b += score_article(as_prediction(g1), g2, text)
        names.append(path.name[: -len(".gold.json")])
    return b_on_a, a_on_b, names


def _line(label: str, s: Scores) -> str:
    e, q, v = s.entities, s.quotes, s.events
    return (f"{label}: entities F1 {e.f1:.3f} ({e.matched}/{e.predicted}/{e.gold}), quotes F1 {q.f1:.3f} "
            f"({q.matched}/{q.predicted}/{q.gold}), events F1 {v.f1:.3f} ({v.matched}/{v.predicted}/{v.gold}; modality "
            f"{s.event_modality.hits}/{s.event_modality.total}, claimant {s.event_claimant.hits}/{s.event_claimant.total}), "
            f"dates R {s.dates_recall.hits}/{s.dates_recall.total}, quantities R {s.quantities_recall.hits}/{s.quantities_recall.total}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first", required=True, help="folder of the first annotation (gold/dev/<lang>)")
    ap.add_argument("--second", required=True, help="folder of the second, blind annotation of some of its articles")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    b_on_a, a_on_b, names = agreement(Path(a.first), Path(a.second))
    if not names:
        sys.exit("gold_agreement: no file of --second has a namesake under --first")
    if a.json:
        print(json.dumps({"articles": names, "second_vs_first": b_on_a.as_dict(), "first_vs_second": a_on_b.as_dict()}, indent=1))
    else:
        print(f"{len(names)} articles: {', '.join(names)}")
        print(_line("second scored against first", b_on_a))
        print(_line("first scored against second", a_on_b))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
