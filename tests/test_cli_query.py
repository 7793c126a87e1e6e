"""kabar search / stats over a store of hand-made records (no pipeline run)."""

import json
import sys
from pathlib import Path

import pytest

from kabar.cli import main
from kabar.store import Store

sys.path.insert(0, str(Path(__file__).parent / "store"))
from store_records import build_record  # noqa: E402

N_ARTICLES = 60  # two events each: 120 events, above the old silent cap of 100


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "k.db")
    with Store.open(path) as store:
        records = []
        for i in range(N_ARTICLES):
            rec = build_record(f"a{i:03d}", url=f"https://example.org/{i}", published=f"2024-0{1 + i % 3}-15")
            if i % 2:
                rec.events[0].recipient[0].code = "RUSGOV"
            records.append(rec)
        store.save_many(records)
    return path


def _jsonl(capsys):
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_limit_is_not_capped_and_zero_streams_everything(db, capsys):
    assert main(["search", "--category", "ACCUSE,AID", "--limit", "110", "--db", db, "--format", "jsonl"]) == 0
    assert len(_jsonl(capsys)) == 110
    assert main(["search", "--category", "ACCUSE", "--category", "AID", "--limit", "0", "--db", db, "--format", "jsonl"]) == 0
    rows = _jsonl(capsys)
    assert len(rows) == 2 * N_ARTICLES and len({r["global_id"] for r in rows}) == 2 * N_ARTICLES


def test_event_filters_from_flags(db, capsys):
    def ids(*flags):
        assert main(["search", *flags, "--limit", "0", "--db", db, "--format", "jsonl"]) == 0
        return [r["global_id"] for r in _jsonl(capsys)]

    assert ids("--recipient", "RUS") == [f"a{i:03d}:V1" for i in range(1, N_ARTICLES, 2)]
    assert ids("--recipient", "ISR", "--from", "2024-02", "--to", "2024-02") == []  # V1 is dated 2024-03-05 in the text
    assert len(ids("--modality", "future", "--to", "2024-03")) == N_ARTICLES  # V2 is dated 2024-03
    assert len(ids("--claimant", "retno", "--min-confidence", "0.8")) == N_ARTICLES
    assert ids("--min-confidence", "0.81") == []
    assert ids("--category", "AID", "--article", "a007") == ["a007:V2"]


def test_pretty_events_table_shows_actor_recipient_and_evidence(db, capsys):
    assert main(["search", "--recipient", "RUS", "--limit", "1", "--db", db]) == 0
    out = capsys.readouterr().out
    for shown in ("IDN + IDNGOV", "RUSGOV", "ACCUSE", "Retno Marsudi", "Indonesia mengecam serangan itu", "a001:V1"):
        assert shown in out


def test_counts(db, capsys):
    assert main(["search", "--count-by", "speaker", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"speaker": "Retno Marsudi", "quotes": N_ARTICLES, "articles": N_ARTICLES}]
    assert main(["search", "--count-by", "dyad", "--recipient", "RUS", "--db", db, "--format", "json"]) == 0
    half = N_ARTICLES // 2
    assert json.loads(capsys.readouterr().out) == [
        {"actor": "IDN", "recipient": "RUSGOV", "count": half, "categories": 1},
        {"actor": "IDNGOV", "recipient": "RUSGOV", "count": half, "categories": 1},
    ]
    assert main(["search", "--count-by", "category-day", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"day": "2024-03", "category": "AID", "count": N_ARTICLES},
        {"day": "2024-03-05", "category": "ACCUSE", "count": N_ARTICLES},
    ]
    assert main(["search", "--count-by", "dyad-month", "--limit", "1", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"actor": "IDN", "recipient": "ISR", "month": "2024-03", "count": half, "categories": 1}]


def test_stats(db, capsys):
    assert main(["stats", "--db", db, "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["tables"]["events"] == 2 * N_ARTICLES
    assert summary["events_by_category"] == {"ACCUSE": N_ARTICLES, "AID": N_ARTICLES}
    assert summary["top_speakers"][0]["speaker"] == "Retno Marsudi"
    assert main(["stats", "--db", db]) == 0
    assert "Top dyads" in capsys.readouterr().out


def test_quotes_entities_and_full_text(db, capsys):
    assert main(["search", "--speaker", "retno", "--from", "2024-02", "--to", "2024-02", "--limit", "0", "--db", db,
                 "--format", "jsonl"]) == 0
    assert len(_jsonl(capsys)) == N_ARTICLES // 3
    assert main(["search", "--actor", "IDN", "--article", "a000", "--db", db, "--format", "jsonl"]) == 0
    assert [r["name"] for r in _jsonl(capsys)] == ["Retno Marsudi", "Indonesia"]  # --actor alone: entities
    assert main(["search", "kekerasan", "--limit", "3", "--db", db, "--format", "jsonl"]) == 0
    assert len(_jsonl(capsys)) == 3


@pytest.mark.parametrize(
    "flags, message",
    [
        (["--category", "BOMB"], "--category: unknown PLOVER event type 'BOMB'"),
        (["--from", "March"], "--from: dates are YYYY"),
        (["--speaker", "x", "--recipient", "RUS"], "--speaker does not apply to events"),
        (["--table", "quotes", "--sort=-date"], "--sort applies to events only"),
        (["--recipient", "RUS", "--sort", "colour"], "unknown sort 'colour'"),
        ([], "give a query, a filter"),
    ],
)
def test_bad_flags_fail_with_one_line(db, capsys, flags, message):
    assert main(["search", *flags, "--db", db]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
