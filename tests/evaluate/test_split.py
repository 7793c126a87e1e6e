"""gold/dev is split once into a tune half and a check half (gold/dev/split.json).

Every gold file must sit in exactly one half, and `kabar eval --half` must score only that half,
so that figures on the check half are never mixed with the half that error analysis reads.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kabar.evaluate.gold import GoldError, gold_name, load, read_split

GOLD_DEV = Path(__file__).resolve().parents[2] / "gold" / "dev"


def test_every_dev_gold_file_is_in_exactly_one_half():
    halves = read_split(GOLD_DEV / "split.json")
    names = {gold_name(p) for p in GOLD_DEV.glob("*/*.gold.json")}
    assert names - set(halves) == set(), "gold files missing from split.json"
    assert set(halves) - names == set(), "split.json names files that do not exist"


def _gold(folder: Path, name: str) -> None:
    (folder / f"{name}.txt").write_text("Judul\n\nIsi.\n", encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps({"format": "kabar-gold/1", "id": name, "file": f"{name}.txt"}))


def test_half_selects_only_its_files(tmp_path):
    sub = tmp_path / "id"
    sub.mkdir()
    for name in ("a", "b", "c"):
        _gold(sub, name)
    (tmp_path / "split.json").write_text(json.dumps({"tune": ["a", "c"], "check": ["b"]}))
    assert [g.id for g in load([tmp_path], half="tune")] == ["a", "c"]
    assert [g.id for g in load([tmp_path], half="check")] == ["b"]
    assert len(load([tmp_path])) == 3


def test_unlisted_file_is_an_error_not_silently_dropped(tmp_path):
    _gold(tmp_path, "a")
    _gold(tmp_path, "b")
    (tmp_path / "split.json").write_text(json.dumps({"tune": ["a"], "check": []}))
    with pytest.raises(GoldError, match="not listed"):
        load([tmp_path], half="check")


def test_name_in_both_halves_is_an_error(tmp_path):
    _gold(tmp_path, "a")
    (tmp_path / "split.json").write_text(json.dumps({"tune": ["a"], "check": ["a"]}))
    with pytest.raises(GoldError, match="both halves"):
        load([tmp_path], half="tune")


def test_eval_skips_gold_whose_text_is_absent(tmp_path):
    from kabar.evaluate import evaluate

    (tmp_path / "x.gold.json").write_text(json.dumps({"format": "kabar-gold/1", "id": "x", "file": "x.txt", "lang": "id"}))
    report = evaluate([tmp_path])
    assert report.no_text == ["x"] and report.articles == []
