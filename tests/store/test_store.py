import datetime as dt

import pytest
from pydantic import ValidationError
from store_records import build_record
from sqlalchemy import select

from kabar.record import Quote
from kabar.store import Store, resolve_url
from kabar.store.schema import articles

EXPECTED_ROWS = {
    "articles": 1, "removed": 1, "sentences": 3, "entities": 3, "mentions": 4, "quotes": 1,
    "events": 2, "event_actors": 4, "dates": 1, "quantities": 2,
    # kabar.across's tables: filled by across.update, not by saving
    "sightings": 0, "fingerprints": 0, "lsh_bands": 0, "article_facts": 0, "article_links": 0, "event_clusters": 0,
    "ingest_runs": 0, "ingest_inputs": 0, "feed_state": 0, "seen_urls": 0,  # bookkeeping of ingest and watch
}


def _timestamps(store, article_id):
    with store.engine.connect() as conn:
        return conn.execute(select(articles.c.ingested_at, articles.c.updated_at).where(articles.c.id == article_id)).one()


def test_round_trip_is_lossless(store, record):
    assert store.save(record) == "inserted"
    back = store.get(record.id)
    assert back is not None
    assert back.to_dict() == record.to_dict()
    assert back.published == dt.date(2024, 3, 5)
    assert store.counts() == EXPECTED_ROWS
    assert store.get("no-such-id") is None


def test_same_record_twice_is_unchanged_and_writes_nothing(store, record):
    assert store.save(record) == "inserted"
    before = _timestamps(store, record.id)
    assert store.save(build_record()) == "unchanged"
    assert store.counts() == EXPECTED_ROWS
    assert _timestamps(store, record.id) == before


def test_changed_record_is_updated_and_children_replaced(store, record):
    store.save(record)
    ingested_before = _timestamps(store, record.id).ingested_at
    changed = build_record()
    changed.events = changed.events[:1]
    changed.quotes = [Quote(id="Q9", speaker=None, speaker_name="juru bicara", kind="indirect", text="menolak", start=0, end=7)]
    assert store.save(changed) == "updated"
    assert store.count() == 1
    rows = store.counts()
    assert rows["events"] == 1 and rows["event_actors"] == 3 and rows["quotes"] == 1
    assert [q["id"] for q in store.find_quotes()] == ["Q9"]
    assert store.get(record.id).to_dict() == changed.to_dict()
    assert _timestamps(store, record.id).ingested_at == ingested_before


def test_new_version_with_same_url_replaces_the_old_article(store):
    assert store.save(build_record("old")) == "inserted"
    assert store.save(build_record("new", extra=" Kapal tiba Rabu.")) == "updated"
    assert store.count() == 1
    assert store.get("old") is None
    assert store.get("new") is not None
    assert {e["article_id"] for e in store.find_entities()} == {"new"}
    assert store.counts()["entities"] == 3
    # Different urls (or none) are different articles.
    assert store.save(build_record("other", url="https://example.org/news/2")) == "inserted"
    assert store.save(build_record("no-url-1", url=None)) == "inserted"
    assert store.save(build_record("no-url-2", url="")) == "inserted"
    assert store.count() == 4


def test_delete_removes_children(store, record):
    store.save(record)
    assert store.delete(record.id) is True
    assert store.delete(record.id) is False
    assert all(n == 0 for n in store.counts().values())
    assert store.search("Retno") == []


def test_save_many_and_listing(store):
    records = [
        build_record("a", url="u/a", published="2024-01-01", lang="id"),
        build_record("b", url="u/b", published="2024-02-01", lang="en"),
        build_record("c", url="u/c", published="2024-03-01", lang="id"),
    ]
    assert store.save_many(records, batch_size=2) == ["inserted"] * 3
    assert store.save_many(records) == ["unchanged"] * 3
    assert [a["id"] for a in store.articles()] == ["c", "b", "a"]
    assert [a["id"] for a in store.articles(lang="id")] == ["c", "a"]
    assert [a["id"] for a in store.articles(since="2024-02-01")] == ["c", "b"]
    assert [a["id"] for a in store.articles(limit=1, offset=1)] == ["b"]
    assert store.articles()[0]["published"] == "2024-03-01"


def test_save_accepts_a_plain_dict(store, record):
    assert store.save(record.to_dict()) == "inserted"
    assert store.save(record) == "unchanged"


def test_find_entities(store, record):
    store.save(record)
    retno = store.find_entities(name="retno")
    assert [(e["id"], e["mentions"], e["start"], e["text"]) for e in retno] == [
        ("E1", 2, record.text.index("Retno Marsudi"), "Retno Marsudi")
    ]
    assert [e["id"] for e in store.find_entities(actor="IDN")] == ["E1", "E2"]  # code prefix
    assert [e["id"] for e in store.find_entities(actor="idngov")] == ["E1"]
    assert [e["id"] for e in store.find_entities(type="gpe")] == ["E2"]
    assert [e["id"] for e in store.find_entities(name="erdoğan")] == ["E3"]  # Unicode case folding
    assert store.find_entities(name="%") == [] and store.find_entities(name="_") == []  # wildcards are literal
    assert len(store.find_entities()) == 3


def test_find_quotes(store, record):
    store.save(record)
    [q] = store.find_quotes(speaker="MARSUDI")
    assert (q["article_id"], q["id"], q["speaker"]) == (record.id, "Q1", "E1")
    assert record.text[q["start"]:q["end"]] == '"Kami menolak kekerasan,"'
    assert store.find_quotes(text="kekerasan")[0]["id"] == "Q1"
    assert store.find_quotes(speaker="Kirby") == []
    assert store.find_quotes(text="%") == []


def test_find_events(store, record):
    store.save(record)
    ids = lambda **kw: [e["id"] for e in store.find_events(**kw)]  # noqa: E731
    assert ids() == ["V1", "V2"]
    assert ids(event="accuse") == ["V1"]
    assert ids(actor="IDN") == ["V1"]
    assert ids(actor="retno") == ["V1"]  # second actor, by name
    assert ids(recipient="ISR") == ["V1"]
    assert ids(recipient="IDN") == []
    assert ids(claimant="retno") == ["V1"]
    assert ids(modality="future") == ["V2"]
    assert ids(date_from="2024-03-05") == ["V1"]
    assert ids(date_from="2024-03") == ["V1", "V2"]
    assert ids(date_to="2024-03") == ["V1", "V2"]
    assert ids(date_from=dt.date(2024, 3, 6)) == []
    assert ids(date_to="2024-02-28") == []
    [v1] = store.find_events(event="ACCUSE")
    assert record.text[v1["start"]:v1["end"]] == v1["event_text"]
    assert [a["code"] for a in v1["actors"]] == ["IDN", "IDNGOV"]
    assert (v1["quote_id"], v1["claimant_entity"], v1["modality"]) == ("Q1", "E1", "asserted")


def test_open_paths(tmp_path, monkeypatch):
    import platformdirs

    monkeypatch.delenv("KABAR_DB", raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda app: str(tmp_path / "data" / app))
    with Store.open() as s:
        assert s.count() == 0
    assert (tmp_path / "data" / "kabar" / "kabar.db").is_file()
    monkeypatch.setenv("KABAR_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    with Store.open(":memory:") as s:
        assert s.save(build_record()) == "inserted" and s.search("Retno")


def test_sqlite_pragmas(tmp_path):
    with Store.open(tmp_path / "p.db") as s, s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_cascade_from_article(store, record):
    store.save(record)
    with store.engine.begin() as conn:
        conn.execute(articles.delete().where(articles.c.id == record.id))
    assert all(n == 0 for n in store.counts().values())


@pytest.mark.parametrize("bad", [[{"id": "x"}], [{"text": "no id"}]])
def test_save_many_rolls_back_a_failing_batch(store, record, bad):
    with pytest.raises(ValidationError):
        store.save_many([record, *bad])
    assert store.count() == 0
