"""The PolNeAR span check of scripts/polnear_to_gold.py (session 15): gold offsets follow the control characters the
record drops, and a relative-pronoun Source ("X, who said") is read as its antecedent."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "polnear_to_gold", Path(__file__).resolve().parents[1] / "scripts" / "polnear_to_gold.py")
pg = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(pg)


@pytest.mark.parametrize("orig,norm", [
    ("Hugo Ch\u00c3\u0083\u00c2\u00a1vez said it. He left.", "Hugo Ch\u00c3\u00c2\u00a1vez said it. He left."),
    ("a\r\nb said c", "a\nb said c"),
    ("no change", "no change"),
])
def test_offset_map_keeps_characters(orig, norm):
    m = pg.offset_map(orig, norm)
    for i, ch in enumerate(orig):
        if m[i + 1] > m[i]:
            assert norm[m[i]] == ch
    assert m[len(orig)] == len(norm)
    he = orig.find("He")
    if he >= 0:
        assert norm[m[he]:m[he + 2]] == "He"


@pytest.mark.parametrize("text,window", [
    ("Later, John O'Donnell, a former Trump casino executive, who said it was over, left.", "John O'Donnell"),
    ("Trump attacked Ted Cruz, who said he would win.", "Trump attacked Ted Cruz"),
    ("The Romanian hacker who revealed the address was sentenced.", "The Romanian hacker"),
])
def test_antecedent_window(text, window):
    rel = text.index(" who ") + 1
    a, b = pg.antecedent_window(text, rel)
    assert text[a:b].strip() == window


# Session 30 (polnear30): PolNeAR's unit for a continued quotation
def test_join_continued_joins_a_continuation_in_its_paragraph():
    text = "“A b c,” he said. “D e f.”\n\n“G h.”"
    preds = [
        {"text": "A b c", "start": 0, "end": 8, "cue": "said", "cue_start": 12, "speaker_name": "X"},
        {"text": "D e f.", "start": 18, "end": 26, "cue": "said", "cue_start": None, "speaker_name": "X"},
        {"text": "G h.", "start": 28, "end": 34, "cue": None, "cue_start": None, "speaker_name": "X"},
    ]
    out = pg.join_continued(text, preds)
    assert [p["text"] for p in out] == ["A b c D e f.", "G h."]
    assert out[0]["end"] == 26
    # another speaker's item is not joined
    preds[1]["speaker_name"] = "Y"
    assert len(pg.join_continued(text, preds)) == 3
