"""Temporal stage: table-driven cases (tests/stages/data/temporal_cases.toml) and properties."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kabar.record import Article
from kabar.stages.segment import Segmenter
from kabar.stages.temporal import TemporalStage, parse_absolute, resolve

CASES = tomllib.loads((Path(__file__).parent / "data" / "temporal_cases.toml").read_text(encoding="utf-8"))["case"]


def _values(items):
    return [it.value if it.value is not None else "null" for it in items]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}:{c['text'][:40]}" for c in CASES])
def test_case(case):
    items = resolve(case["text"], case.get("pub"), case["lang"])
    assert _values(items) == case["values"], [(it.text, it.value) for it in items]
    for it in items:
        assert case["text"][it.start:it.end] == it.text


def test_enough_cases_in_both_languages():
    assert len(CASES) >= 150
    assert {c["lang"] for c in CASES} == {"id", "en"}


def test_span_house_rule_includes_preposition_for_named_periods():
    items = resolve("Kementerian mengatakan pada bulan Oktober bahwa ia datang pada hari Kamis.", "2024-01-05", "id")
    assert [it.text for it in items] == ["pada bulan Oktober", "pada hari Kamis"]
    items = resolve("Ia datang pada tanggal 30 Desember.", "2024-01-05", "id")
    assert [it.text for it in items] == ["30 Desember"]


def test_grains():
    items = resolve("Kemarin, pekan lalu, bulan lalu, tahun lalu, pukul 10.00 WIB.", "2024-01-05", "id")
    assert [it.grain for it in items] == ["day", "week", "month", "year", "time"]


def test_stage_uses_dateline_when_published_absent():
    text = "Jakarta, Selasa (21/10/2025) - Menteri mengatakan harga naik kemarin."
    r = Segmenter()(Article.new(text, lang="id"))
    r = TemporalStage()(r)
    assert [d.value for d in r.dates] == ["2025-10-21", "2025-10-20"]
    assert r.meta["temporal_reference"] == {"date": "2025-10-21", "source": "dateline"}


def test_stage_on_record_with_published():
    r = Segmenter()(Article.new("Serangan terjadi pada 30 Desember dan 2 Januari.", lang="id", published="2024-01-05"))
    r = TemporalStage()(r)
    assert [d.value for d in r.dates] == ["2023-12-30", "2024-01-02"]


@pytest.mark.parametrize("text,lang,expected", [
    ("2 Januari 2024", "id", "2024-01-02"),
    ("17 Agustus 1945", "id", "1945-08-17"),
    ("5 Jan 2024", "en", "2024-01-05"),
    ("January 5, 2024", "en", "2024-01-05"),
    ("21/10/2025", "id", "2025-10-21"),
])
def test_absolute_dates_agree_with_dateparser(text, lang, expected):
    assert parse_absolute(text, lang) == expected
    assert _values(resolve(text, None, lang)) == [expected]


def test_unknown_language_falls_back_to_dateparser_for_absolute_dates():
    assert _values(resolve("5 janvier 2024", None, "fr")) == ["2024-01-05"]
    assert resolve("hier", "2024-01-05", "fr") == []


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200) | st.lists(
    st.sampled_from(["pada", "hari", "Kamis", "(4/1)", "30", "Desember", "2 Januari", "tahun", "lalu", "depan",
                     "kemarin", "pukul", "10.00", "WIB", "on", "Thursday", "last", "week", "May", "2024", "-", "/",
                     "ago", "three", "days", "12/31/9999", "0001", "29", "Februari", ",", "(", ")", " ", "\n",
                     "a.m.", "next", "year", "Minggu", "mid-", "31", "9999"]),
    max_size=40).map(" ".join)
DATES = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, published=DATES, lang=st.sampled_from(["id", "en", "xx", "fr", None, "zz"]))
def test_never_raises_and_spans_match(text, published, lang):
    items = resolve(text, published, lang)
    for it in items:
        assert 0 <= it.start <= it.end <= len(text)
        assert text[it.start:it.end] == it.text


@settings(max_examples=100, deadline=None)
@given(text=TEXT, published=DATES, lang=st.sampled_from(["id", "en", "qq"]))
def test_stage_never_raises(text, published, lang):
    r = Segmenter()(Article.new(text, lang=lang, published=published))
    r = TemporalStage()(r)
    for d in r.dates:
        assert r.text[d.start:d.end] == d.text


def test_stage_sets_dateline_date_even_with_published():
    text = "Jakarta, Senin (12/6) - Menteri mengatakan harga naik kemarin."
    r = TemporalStage()(Segmenter()(Article.new(text, lang="id", published="2017-06-13")))
    assert r.meta["dateline_date"] == {"value": "2017-06-12", "text": "Senin (12/6)"}
    r = TemporalStage()(Segmenter()(Article.new("JAKARTA, KOMPAS.com - Menteri bertemu Presiden.", lang="id",
                                                 published="2017-06-13")))
    assert "dateline_date" not in r.meta


@pytest.mark.parametrize("lang,text,dateline", [
    ("id", "Bandung, Rabu (3/9/2025) - Wali kota meresmikan pasar baru pada Jumat lalu.", "Rabu (3/9/2025)"),
    ("en", "LONDON, Monday, March 3, 2025 - The council opened a new market last Friday.", "Monday, March 3, 2025"),
])
def test_stage_searches_the_text_once(monkeypatch, lang, text, dateline):
    """The dates and the dateline read one search's expressions (the search is most of the stage's time)."""
    from kabar.stages import temporal

    calls = []
    real = temporal.find
    monkeypatch.setattr(temporal, "find", lambda t, lg: calls.append(t) or real(t, lg))
    r = TemporalStage()(Segmenter()(Article.new(text, lang=lang, published="2025-03-10")))
    assert len(calls) == 1
    assert r.meta["dateline_date"]["text"] == dateline
    assert len(r.dates) == 2


# Session 28 (dates28): relative days and weekdays inside a quotation count from the day its cue names
@pytest.mark.parametrize("lang,pub,text,expected", [
    ("id", "2025-08-31", '"Kita sudah menyatakan lebih dulu kemarin bahwa kami siap," kata Sarmuji saat dihubungi, '
     'Sabtu (30/8/2025).', ["2025-08-29", "2025-08-30"]),
    ("id", "2025-09-03", '"Hari ini kami rapat dan besok kami umumkan," ujar dia, Senin (1/9/2025).',
     ["2025-09-01", "2025-09-02", "2025-09-01"]),
    ("en", "2005-02-24", '"We met yesterday," he said on Monday.', ["2005-02-20", "2005-02-21"]),
    # the cue names no day: the publication day stays the reference
    ("id", "2025-08-31", '"Kita sudah menyatakan kemarin," kata Sarmuji.', ["2025-08-30"]),
    # a cue day after the publication day is no say-day
    ("id", "2024-01-05", '"Kita sudah menyatakan kemarin," kata Sarmuji, Sabtu (30/8/2025).', ["2024-01-04", "2025-08-30"]),
    # a relative word outside the quotation keeps the publication day
    ("id", "2025-08-31", 'Kemarin dia datang. "Kami siap," kata Sarmuji, Sabtu (30/8/2025).',
     ["2025-08-30", "2025-08-30"]),
    # the cue's day lies in a later paragraph: not the quotation's
    ("id", "2025-09-03", '"Hari ini kami rapat."\n\nIa berkata, Senin (1/9/2025).', ["2025-09-03", "2025-09-01"]),
    # a cue opening the quotation with a colon; a quotation of several sentences, each opened again, is one
    ("en", "2023-10-19", 'Jon Walton said: "It was mobbed. "Every week has gone mad." Annie Walker said on Saturday: '
     '"The stores were heaving today as many finished work on Friday."', ["2023-10-14", "2023-10-14", "2023-10-13"]),
])
def test_quoted_relative_days_count_from_the_cue_day(lang, pub, text, expected):
    assert _values(resolve(text, pub, lang)) == expected


# Session 35 (evdate35)
@pytest.mark.parametrize("pub,text,expected", [
    ("2005-01-13", "The tit-for-tat WTO filings last autumn were rejected.", ["2004"]),
    ("2023-02-23", "Sales rose last summer.", ["2022"]),
    ("2004-10-11", "Last summer, they met.", ["2004"]),
    ("2023-10-19", "The bridge will open next summer.", ["2024"]),
    ("2023-10-19", "Earlier this spring, he left.", ["2023"]),
    # no direction word, a determiner before it, a capitalised title: no date
    ("2023-10-19", "In the summer he left.", []),
    ("2023-10-19", "It was the last summer of his life.", []),
    ("2023-10-19", "He starred in I Know What You Did Last Summer.", []),
])
def test_a_season_after_a_direction_word_gives_its_year(pub, text, expected):
    assert _values(resolve(text, pub, "en")) == expected
