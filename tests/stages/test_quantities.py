"""Quantity stage: table-driven cases (tests/stages/data/quantities_cases.toml) and properties."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kabar.record import Article
from kabar.stages.quantities import QuantityStage, parse
from kabar.stages.segment import Segmenter
from kabar.stages.temporal import TemporalStage

CASES = tomllib.loads((Path(__file__).parent / "data" / "quantities_cases.toml").read_text(encoding="utf-8"))["case"]


def _check(q, want):
    for key, expected in want.items():
        got = getattr(q, key)
        if isinstance(expected, float):
            assert got == pytest.approx(expected, rel=1e-6), (key, q)
        else:
            assert got == expected, (key, q)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}:{c['text'][:40]}" for c in CASES])
def test_case(case):
    got = parse(case["text"], case["lang"])
    assert len(got) == len(case["expect"]), [q.model_dump() for q in got]
    for q, want in zip(got, case["expect"]):
        _check(q, want)
        assert case["text"][q.start:q.end] == q.text


def test_enough_cases():
    assert len(CASES) >= 100
    assert {c["lang"] for c in CASES} == {"id", "en"}


def test_locale_separators_differ_by_language():
    assert parse("1.500 orang", "id")[0].value == 1500
    assert parse("1,5 juta orang", "id")[0].value == 1_500_000
    assert parse("1,500 people", "en")[0].value == 1500
    assert parse("1.5 million people", "en")[0].value == 1_500_000


def test_stage_skips_dates_found_by_temporal():
    text = "Pada 2 Januari, sekitar 900 kilometer ditempuh 30 orang."
    r = Segmenter()(Article.new(text, lang="id", published="2024-01-05"))
    r = TemporalStage()(r)
    r.stages.append("temporal")
    r = QuantityStage()(r)
    assert [q.text for q in r.quantities] == ["sekitar 900 kilometer", "30 orang"]


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200) | st.lists(
    st.sampled_from(["Rp", "Rp.", "US$", "$", "£", "€", "2,5", "1.500", "1,500", "1.5", "juta", "million", "bn", "m",
                     "beberapa", "lusin", "dozens", "of", "ratusan", "ribu", "dua", "pertiga", "two-thirds", "a",
                     "hundred", "sekitar", "about", "-", "–", "to", "dan", "and", "antara", "between", "km", "mil",
                     "orang", "people", "%", "persen", "(", ")", "G20", "F-16", "Pasal", "30", "0812", "2024",
                     "999999999999999999", "0,5", "setengah", "half", "tens", "thousands", "seribu", " ", "\n", "."]),
    max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, lang=st.sampled_from(["id", "en", "xx", "fr", None]))
def test_never_raises_and_spans_match(text, lang):
    got = parse(text, lang)
    last_end = 0
    for q in got:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.start >= last_end
        last_end = q.end


@settings(max_examples=100, deadline=None)
@given(text=TEXT, published=st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
       lang=st.sampled_from(["id", "en", "qq"]))
def test_stage_never_raises(text, published, lang):
    r = Segmenter()(Article.new(text, lang=lang, published=published))
    r = QuantityStage()(r)
    for q in r.quantities:
        assert r.text[q.start:q.end] == q.text
