"""scripts/eval_event_location.py's totals (session 28, loc28): the right-country misses counted by outcome, so the
check half's misses can be told apart as totals without reading an item."""

from __future__ import annotations

import importlib.util
import inspect
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "eval_event_location", Path(__file__).resolve().parents[2] / "scripts" / "eval_event_location.py")
ev = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(ev)


def _row(gold_country, pred, pred_country, hit):
    return {"gold_country": gold_country, "pred": pred, "pred_country": pred_country, "hit": hit}


# Session 28 (loc28)
def test_country_misses_by_outcome():
    rows = [
        _row("SYR", "Aleppo", "SYR", True),        # right country: no miss
        _row("SYR", None, None, False),            # the event left unplaced
        _row("IRQ", None, None, False),
        _row("IRQ", "Saudi Arabia", "SAU", False),  # another place, another country
        _row("KWT", "Middle East", None, False),    # another place, of no country
        _row("PSE", "Karni", "USA", True),          # the gold place itself, resolved to another country
        _row(None, "Gaza", "PSE", True),            # the gold place has no country: not counted
        _row(None, None, None, True),
    ]
    assert ev.country_misses(rows) == {"unplaced": 2, "wrong_place": 2, "gold_place_other_country": 1}
    assert ev.country_misses([]) == {"unplaced": 0, "wrong_place": 0, "gold_place_other_country": 0}


# Session 28 (loc28)
def test_min_score_reaches_the_locator():
    """``--min-score`` is passed to ``locate_event`` (its default is the stage's shipped 1.0)."""
    assert inspect.signature(ev.score_item).parameters["min_score"].default == 1.0
    assert "min_score)" in inspect.getsource(ev.score_item).replace(" ", "")
