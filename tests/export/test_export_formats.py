"""Every export format round-trips the seed article's events; pandas reads CSV and Parquet as they are."""

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from kabar import export
from kabar.cli import build_parser, main
from kabar.export import gdelt, plover
from kabar.export._columns import COLUMNS, LIST_SEPARATOR, flat
from kabar.store import Store
from kabar.store import queries as q
from kabar.store.filters import EventFilter

DOCS = Path(__file__).resolve().parents[2] / "docs" / "export.md"
SEED_URL = "https://example.org/seed-000"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    """The seed article ingested as the README's tour does it (the pipeline runs once for the module)."""
    seed = Path(__file__).resolve().parents[2] / "examples" / "seed-000.txt"
    db = str(tmp_path_factory.mktemp("export") / "seed.db")
    assert main(["ingest", str(seed), "--published", "2024-01-05", "--url", SEED_URL, "--outlet", "Contoh",
                 "--db", db, "--quiet"]) == 0
    with Store.open(db) as store:
        rows = list(q.iter_events(store))
    assert len(rows) >= 3, "the seed must give several events for these tests to mean anything"
    return db, rows


def _export(db, tmp_path, fmt, *extra):
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--format", fmt, "--db", db, "-o", str(out), "--quiet", *extra]) == 0
    return out


def _typed(value: str, kind: str):
    """A CSV cell back to its value, by the column's kind."""
    if kind == "list":
        return value.split(LIST_SEPARATOR) if value else []
    if value == "":
        return None
    return {"int": int, "float": float}.get(kind, str)(value)


def test_jsonl_round_trips_every_field(seed_db, tmp_path):
    db, rows = seed_db
    lines = _export(db, tmp_path, "jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == rows


def test_csv_round_trips_and_pandas_reads_it(seed_db, tmp_path):
    db, rows = seed_db
    path = _export(db, tmp_path, "csv")
    with open(path, encoding="utf-8", newline="") as f:
        back = list(csv.DictReader(f))
    kinds = COLUMNS["events"]
    assert [{k: _typed(v, kinds[k]) for k, v in r.items()} for r in back] == [flat(r, "events") for r in rows]
    frame = pd.read_csv(path)
    assert list(frame.columns) == list(kinds)
    assert frame["global_id"].tolist() == [r["global_id"] for r in rows]
    assert frame["confidence"].tolist() == [r["confidence"] for r in rows]
    assert frame["url"].tolist() == [SEED_URL] * len(rows)


def test_parquet_round_trips_and_pandas_reads_it(seed_db, tmp_path):
    db, rows = seed_db
    path = _export(db, tmp_path, "parquet")
    assert pq.read_table(path).to_pylist() == [flat(r, "events") for r in rows]
    frame = pd.read_parquet(path)
    assert list(frame.columns) == list(COLUMNS["events"])
    assert frame["actor_code"].tolist() == [r["actor_code"] for r in rows]
    assert [list(v) for v in frame["actor_codes"]] == [[a["code"] or "" for a in r["actors"]] for r in rows]


def test_plover_uses_plover_field_names(seed_db, tmp_path):
    db, rows = seed_db
    back = [json.loads(line) for line in _export(db, tmp_path, "plover").read_text(encoding="utf-8").splitlines()]
    assert len(back) == len(rows)
    for rec, row in zip(back, rows):
        assert tuple(rec) == plover.FIELDS
        assert rec["id"] == row["global_id"] and rec["story_ids"] == [row["article_id"]]
        assert rec["event_type"] == row["category"] and rec["event"] == [row["category"]]
        assert (rec["mode"], rec["context"], rec["date"]) == (row["mode"], row["context"], row["date"])
        assert [a["actor_code"] for a in rec["actor"]] == [a["code"] for a in row["actors"]]
        assert [a["code"] for a in rec["recipient"]] == [a["country"] for a in row["recipients"]]
        assert [a["sector"] for a in rec["actor"]] == [a["role"] for a in row["actors"]]
        assert (rec["actor_name"], rec["recipient_code"]) == (row["actor_name"], row["recipient_code"])
        assert rec["quad_code"] == row["quad_class"] and rec["cite_info"]["url"] == SEED_URL
        assert rec["event_text"] == [row["evidence_text"]]


def test_gdelt_tsv_splits_codes_into_gdelt_columns(seed_db, tmp_path):
    db, rows = seed_db
    path = _export(db, tmp_path, "gdelt")
    with open(path, encoding="utf-8", newline="") as f:
        back = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(back) == len(rows) and len(back[0]) == 61
    for rec, row in zip(back, rows):
        assert rec["GLOBALEVENTID"] == row["global_id"] and rec["SOURCEURL"] == SEED_URL
        assert (rec["Actor1Code"], rec["Actor1Name"]) == (row["actor_code"] or "", row["actor_name"] or "")
        assert rec["Actor1CountryCode"] == (row["actor_country"] or "")
        assert rec["Actor1Type1Code"] == (row["actor_role"] or "")
        assert rec["Actor2Code"] == (row["recipient_code"] or "")
        assert rec["EventCode"] == (row["cameo"] or "") and rec["EventRootCode"] == (row["cameo_root"] or "")
        assert rec["QuadClass"] == str(row["quad_class"]) and float(rec["GoldsteinScale"]) == row["goldstein"]
        day = row["event_date"] if row["event_date"] and len(row["event_date"]) == 10 else row["published"]
        assert rec["SQLDATE"] == day.replace("-", "")
        assert len(rec["DATEADDED"]) == 14 and rec["DATEADDED"][:8] == row["ingested_at"][:10].replace("-", "")
    frame = pd.read_csv(path, sep="\t")
    assert list(frame.columns) == list(gdelt.COLUMNS)


def test_gdelt_splits_international_codes():
    row = {"actor_code": "IGOASNMIL", "actor_name": "ASEAN"}
    assert gdelt._actor(row["actor_code"], row["actor_name"])[:4] == ["IGOASNMIL", "ASEAN", None, "ASN"]


@pytest.mark.parametrize("table", ["quotes", "entities"])
def test_quotes_and_entities_as_csv_and_parquet(seed_db, tmp_path, table):
    db, _ = seed_db
    with Store.open(db) as store:
        expected = [flat(r, table) for r in (q.iter_quotes(store) if table == "quotes" else q.iter_entities(store))]
    assert expected
    frame = pd.read_csv(_export(db, tmp_path, "csv", "--table", table))
    assert frame["global_id"].tolist() == [r["global_id"] for r in expected]
    assert pq.read_table(_export(db, tmp_path, "parquet", "--table", table)).to_pylist() == expected


def test_export_filters_and_empty_results(seed_db, tmp_path):
    db, rows = seed_db
    assault = [r["global_id"] for r in rows if r["category"] == "ASSAULT"]
    frame = pd.read_csv(_export(db, tmp_path, "csv", "--category", "assault"))
    assert frame["global_id"].tolist() == assault
    empty = pd.read_parquet(_export(db, tmp_path, "parquet", "--actor", "ZZZ"))
    assert len(empty) == 0 and list(empty.columns) == list(COLUMNS["events"])
    assert pd.read_csv(_export(db, tmp_path, "csv", "--actor", "ZZZ")).empty


def test_articles_jsonl_holds_whole_records(seed_db, tmp_path):
    db, _ = seed_db
    [line] = _export(db, tmp_path, "jsonl", "--table", "articles").read_text(encoding="utf-8").splitlines()
    with Store.open(db) as store:
        [article] = store.articles()
        assert json.loads(line) == store.get(article["id"]).to_dict()


def test_wrong_table_for_a_format_is_an_error(seed_db, tmp_path, capsys):
    db, _ = seed_db
    assert main(["export", "--format", "gdelt", "--table", "quotes", "--db", db, "-o", str(tmp_path / "x")]) == 2
    assert "gdelt exports events, not quotes" in capsys.readouterr().err
    assert main(["export", "--format", "csv", "--table", "quotes", "--recipient", "RUS", "--db", db]) == 2
    assert "--recipient does not apply to quotes" in capsys.readouterr().err


def test_a_registered_format_is_offered_by_the_cli(seed_db):
    db, rows = seed_db

    def write(items, out, table):
        for row in items:
            out.write(row["global_id"] + "\n")

    fmt = export.register(export.Format("ids", "one id per line", ".txt", ("events",), write))
    try:
        assert "ids" in export.formats()
        args = build_parser().parse_args(["export", "--format", "ids"])
        assert args.export_format == "ids"
        buf = io.StringIO()
        with Store.open(db) as store:
            assert export.export(store, fmt, "events", buf, EventFilter(category=["ASSAULT"])) == sum(
                r["category"] == "ASSAULT" for r in rows)
        assert buf.getvalue().split() == [r["global_id"] for r in rows if r["category"] == "ASSAULT"]
    finally:
        export._FORMATS.pop("ids")


def test_docs_describe_every_column():
    docs = DOCS.read_text(encoding="utf-8")
    names = {n for cols in COLUMNS.values() for n in cols} | set(gdelt.COLUMNS) | set(plover.FIELDS)
    missing = sorted(n for n in names if f"`{n}`" not in docs)
    assert missing == []
