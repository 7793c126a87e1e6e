"""scripts/gold_agreement.py: one hand-made gold scored against another (inter-annotator agreement)."""

import importlib.util
import json
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "gold_agreement", Path(__file__).resolve().parents[2] / "scripts" / "gold_agreement.py")
ga = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ga)

TEXT = "Polisi Tangkap Dua Orang\n\nPolda Metro Jaya menangkap Budi di Jakarta, kata Ade Ary.\n"
GOLD = {
    "format": "kabar-gold/1", "id": "t1", "file": "t1.txt", "lang": "id", "title": "Polisi Tangkap Dua Orang",
    "entities": [
        {"type": "ORG", "name": "Polda Metro Jaya", "aliases": [], "actor": "IDNCOP"},
        {"type": "PER", "name": "Budi", "aliases": [], "actor": "IDNCRM"},
        {"type": "GPE", "name": "Jakarta", "aliases": [], "actor": "IDN"},
        {"type": "PER", "name": "Ade Ary", "aliases": [], "actor": "IDNCOP", "optional": True},
    ],
    "quotes": [{"speaker": "Ade Ary", "kind": "indirect", "cue": "kata", "text": "Polda Metro Jaya menangkap Budi di Jakarta"}],
    "events": [{"event": ["COERCE", "SANCTION"], "actor": ["IDNCOP"], "recipient": "IDNCRM", "date": None,
                "modality": "asserted", "claimant": "Ade Ary"}],
    "dates": [], "quantities": [{"text": "Dua", "value": 2}], "removed": [],
}


def _write(folder: Path, gold: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "t1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / "t1.txt").write_text(TEXT, encoding="utf-8")


def test_an_annotation_agrees_with_itself(tmp_path):
    _write(tmp_path / "a", GOLD)
    _write(tmp_path / "b", GOLD)
    b_on_a, a_on_b, names = ga.agreement(tmp_path / "a", tmp_path / "b")
    assert names == ["t1"]
    for s in (b_on_a, a_on_b):
        assert (s.entities.matched, s.entities.predicted, s.entities.gold) == (3, 3, 3)  # the optional one left out
        assert s.quotes.f1 == 1.0 and s.events.f1 == 1.0 and s.event_claimant.hits == 1


def test_disagreements_are_counted_both_ways(tmp_path):
    other = json.loads(json.dumps(GOLD))
    other["entities"][2]["type"] = "LOC"  # Jakarta typed differently
    other["events"][0]["event"] = "ACCUSE"  # another category
    other["events"][0]["claimant"] = None
    _write(tmp_path / "a", GOLD)
    _write(tmp_path / "b", other)
    b_on_a, a_on_b, _ = ga.agreement(tmp_path / "a", tmp_path / "b")
    assert (b_on_a.entities.matched, b_on_a.entities.predicted, b_on_a.entities.gold) == (2, 3, 3)
    assert b_on_a.events.matched == 0 and a_on_b.events.matched == 0
    assert b_on_a.quotes.matched == 1  # quotes agree


def test_a_list_valued_gold_field_predicts_its_first_member():
    pred = ga.as_prediction(GOLD)
    ev = pred["events"][0]
    assert ev["event"] == "COERCE" and ev["actor"] == [{"code": "IDNCOP"}] and ev["recipient"] == [{"code": "IDNCRM"}]
    assert [e["name"] for e in pred["entities"]] == ["Polda Metro Jaya", "Budi", "Jakarta"]
