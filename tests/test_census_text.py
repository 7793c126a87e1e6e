"""benchmarks/corpora.py's print_join: the census scripts' one way of turning corpus tokens into printed text."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import corpora  # noqa: E402


# Session 29 (review): one detokeniser for entity_labelled, entity_census and quote_census
def test_print_join_glues_stops_brackets_and_quotes_and_keeps_offsets():
    words = ["Dia", "berkata", '"', "kami", "siap", '"', "(", "Senin", ")", ",", "naik", "75", "%.", "Lalu", "...",
             "benar", '?"', "ujar", "X", ",dengan", "Y"]
    text, starts = corpora.print_join(words)
    assert text == 'Dia berkata "kami siap" (Senin), naik 75%. Lalu... benar?" ujar X ,dengan Y'
    assert [text[s:s + len(w)] for s, w in zip(starts, words)] == words


def test_print_join_quote_at_start_and_bracket():
    text, starts = corpora.print_join(['"', "Ya", '"', "[", "1", "]"])
    assert text == '"Ya" [1]' and starts == [0, 1, 3, 5, 6, 7]
