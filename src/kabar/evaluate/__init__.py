"""Evaluation against gold files: run the pipeline (or read records made elsewhere) and score.

The figures and their rules are GOLD.md's; :mod:`kabar.evaluate.scoring` holds the rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from kabar.evaluate.gold import GoldArticle, GoldError, load
from kabar.evaluate.scoring import Scores, score_article
from kabar.record import stage_failures

__all__ = ["evaluate", "Report", "GoldError", "load", "score_article", "format_report"]


@dataclass
class Report:
    total: Scores = field(default_factory=Scores)
    articles: list[tuple[str, Scores]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    no_text: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": len(self.articles),
            "missing_predictions": self.missing,
            "stage_failures": self.failures,
            "skipped_no_text": self.no_text,
            "total": self.total.as_dict(),
            "per_article": {aid: s.as_dict() for aid, s in self.articles},
        }


def _predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    text = Path(path).read_text(encoding="utf-8")
    try:
        obj = json.loads(text)
        items = obj if isinstance(obj, list) else [obj]
    except json.JSONDecodeError:
        items = [json.loads(line) for line in text.splitlines() if line.strip()]
    for rec in items:
        for key in ("id", "url", "title"):
            if rec.get(key):
                out.setdefault(f"{key}:{rec[key]}", rec)
    return out


def predict(gold: GoldArticle, pipeline=None) -> dict[str, Any]:
    """Run kabar on a gold article's text with the gold's own ``published`` and ``lang``."""
    from kabar.pipeline import default_pipeline
    from kabar.readers import Metadata
    from kabar.readers.text import read_text

    record = read_text(gold.read_text(), Metadata(published=gold.data.get("published"), lang=gold.data.get("lang")))
    return (pipeline or default_pipeline())(record).to_dict()


def evaluate(gold_paths: Iterable[str | Path], pred_path: Optional[str | Path] = None, pipeline=None,
             half: Optional[str] = None) -> Report:
    golds = load(gold_paths, half=half)
    preds = _predictions(pred_path) if pred_path else None
    report = Report()
    for g in golds:
        text = g.read_text() if g.text_path and g.text_path.exists() else None
        if text is None and g.text_path is not None and preds is None:
            # Texts of corpora that may not be redistributed are rebuilt, not committed
            # (scripts/make_dev_texts.py); without them the article cannot be run, only reported.
            report.no_text.append(g.id)
            continue
        if preds is not None:
            pred = next((preds[k] for k in (f"id:{g.id}", f"url:{g.data.get('url')}", f"title:{g.data.get('title')}") if k in preds), None)
            if pred is None:
                report.missing.append(g.id)
                pred = {}
        else:
            pred = predict(g, pipeline)
        report.failures += [f"{g.id}: {failure}" for failure in stage_failures(pred.get("warnings"))]
        s = score_article(pred, g.data, text)
        report.articles.append((g.id, s))
        report.total += s
    return report


_ROWS = (
    ("entities", "Entities", "prf"),
    ("quotes", "Quotes", "prf"),
    ("quote_kind", "  kind agrees (matched quotes)", "ratio"),
    ("events", "Events", "prf"),
    ("event_modality", "  modality accuracy (matched)", "ratio"),
    ("event_claimant", "  claimant accuracy (matched)", "ratio"),
    ("events_no_date", "  relaxed: date ignored", "prf"),
    ("events_no_date_recipient", "  relaxed: date, recipient ignored", "prf"),
    ("events_category_only", "  relaxed: category only", "prf"),
    ("boilerplate_recall", "Boilerplate found (>=90% covered)", "ratio"),
    ("boilerplate_precision_chars", "Boilerplate precision (chars)", "ratio"),
    ("dates_recall", "Dates recall", "ratio"),
    ("quantities_recall", "Quantities recall", "ratio"),
    ("title", "Title exact", "ratio"),
    ("original_outlet", "Original outlet exact", "ratio"),
)


def format_report(report: Report, *, per_article: bool = False) -> str:
    lines = []

    def block(title: str, s: Scores):
        lines.append(title)
        for key, label, kind in _ROWS:
            v = getattr(s, key)
            if kind == "prf":
                lines.append(f"  {label:<36} P {v.precision:.3f}  R {v.recall:.3f}  F1 {v.f1:.3f}   (matched {v.matched}, predicted {v.predicted}, gold {v.gold})")
            else:
                lines.append(f"  {label:<36} {v.value:.3f}   ({v.hits}/{v.total})")

    if per_article:
        for aid, s in report.articles:
            block(f"article {aid}", s)
    block(f"total over {len(report.articles)} article(s), micro-averaged", report.total)
    for failure in report.failures:
        lines.append(f"stage failure: {failure}")
    if report.missing:
        lines.append(f"no prediction for: {', '.join(report.missing)} (scored as empty)")
    if report.no_text:
        lines.append(f"skipped, article text absent ({len(report.no_text)}): {', '.join(report.no_text)}"
                     " (rebuild the texts with scripts/make_dev_texts.py)")
    return "\n".join(lines)
