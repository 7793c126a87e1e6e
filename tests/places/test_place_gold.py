"""gold/dev's place gold (the ``places`` key, docs/places.md "Place gold") stays well-formed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kabar.places import places

GOLD_DEV = Path(__file__).resolve().parents[2] / "gold" / "dev"
GOLD_FILES = sorted(GOLD_DEV.glob("*/*.gold.json"))
TUNE = set(json.loads((GOLD_DEV / "split.json").read_text(encoding="utf-8"))["tune"])


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_place_gold_items(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert "places" in gold
    gaz = places()
    names = {e["name"] for e in gold["entities"] if e["type"] in ("GPE", "LOC")}
    for item in gold["places"]:
        assert set(item) <= {"name", "forms", "country", "gazetteer", "optional", "reviewed", "note"}, item
        assert item["name"] in names and item["forms"] and item["forms"][0] == item["name"]
        assert item["country"] is None or gaz.country(item["country"]) is not None, item
        assert item["gazetteer"] is None or gaz.get(item["gazetteer"]) is not None, item
        if item["gazetteer"] and item["country"]:
            assert gaz.get(item["gazetteer"]).country == item["country"], item
        if path.name[: -len(".gold.json")] in TUNE:
            assert item.get("reviewed", True), f"tune place not reviewed: {item}"
