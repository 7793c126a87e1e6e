"""Revision 0002_query: its backfill, and a full-text table that datasette detects."""

import sqlite3

from alembic import command
from sqlalchemy import select
from store_records import build_record

from kabar.store import Store, migrate
from kabar.store.schema import events

# datasette's own detection query (datasette/utils/__init__.py, detect_fts_sql), run here as datasette runs it.
DATASETTE_DETECT_FTS = r"""
    select name from sqlite_master
        where rootpage = 0
        and (
            sql like '%VIRTUAL TABLE%USING FTS%content="{table}"%'
            or sql like '%VIRTUAL TABLE%USING FTS%content=[{table}]%'
            or (
                tbl_name = "{table}"
                and sql like '%VIRTUAL TABLE%USING FTS%'
            )
        )
"""
# datasette's table search (?_search=...&_searchmode=raw): the table's rowid against the FTS table's.
DATASETTE_SEARCH = "select id from articles where rowid in (select rowid from articles_fts where articles_fts match :search)"


def _query_columns(store):
    with store.engine.connect() as conn:
        stmt = select(events.c.article_id, events.c.id, events.c.effective_date, events.c.mode).order_by(events.c.article_id, events.c.id)
        return [tuple(r) for r in conn.execute(stmt)]


def test_upgrade_backfills_the_query_columns_of_stored_events(db_url):
    undated = build_record("b", url="https://example.org/b", published="2024-04-10")
    undated.events[0].date = None
    undated.events[1].mode = ["aerial", "naval"]
    with Store.open(db_url) as s:
        s.save(build_record())
        s.save(undated)
        written = _query_columns(s)
        with s.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0001")
    assert written == [("a1", "V1", "2024-03-05", None), ("a1", "V2", "2024-03", None),
                       ("b", "V1", "2024-04-10", None), ("b", "V2", "2024-03", "aerial,naval")]
    with Store.open(db_url) as again:  # upgrades 0001 -> head, filling the columns from what is stored
        assert _query_columns(again) == written
        assert {h["id"] for h in again.search("Retno")} == {"a1", "b"}


def test_datasette_detects_the_full_text_table_and_searches_through_it(tmp_path):
    path = tmp_path / "kabar.db"
    with Store.open(path) as s:
        s.save(build_record(extra=" Pelabuhan Ashdod ditutup."))
        s.save(build_record("b", url="https://example.org/b"))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(DATASETTE_DETECT_FTS.format(table="articles")).fetchall() == [("articles_fts",)]
        assert conn.execute(DATASETTE_DETECT_FTS.format(table="events")).fetchall() == []
        assert conn.execute(DATASETTE_SEARCH, {"search": "Ashdod"}).fetchall() == [("a1",)]
        assert sorted(conn.execute(DATASETTE_SEARCH, {"search": "kekerasan"}).fetchall()) == [("a1",), ("b",)]
    finally:
        conn.close()


def test_a_0001_database_becomes_detectable_and_keeps_its_index(tmp_path):
    path = tmp_path / "old.db"
    with Store.open(path) as s:
        with s.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0001")
            # an article stored under 0001 (a raw insert: that schema has no query columns)
            conn.exec_driver_sql(
                "INSERT INTO articles (id, title, text, record, content_hash, ingested_at, updated_at) "
                "VALUES ('old', 'judul', 'Pelabuhan Ashdod ditutup.', '{}', 'x', '2024-01-01', '2024-01-01')"
            )
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(DATASETTE_DETECT_FTS.format(table="articles")).fetchall() == []  # 0001 hides it
        assert conn.execute(DATASETTE_SEARCH, {"search": "Ashdod"}).fetchall() == [("old",)]
    finally:
        conn.close()
    Store.open(path).close()  # upgrades to head, re-declaring and rebuilding the index
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(DATASETTE_DETECT_FTS.format(table="articles")).fetchall() == [("articles_fts",)]
        assert conn.execute(DATASETTE_SEARCH, {"search": "Ashdod"}).fetchall() == [("old",)]
    finally:
        conn.close()


def test_newest_first_pages_read_the_date_index(tmp_path):
    """The sort key queries use must be spelled exactly as the index is, or SQLite sorts every event."""
    from sqlalchemy import select

    from kabar.store import queries as q

    with Store.open(tmp_path / "k.db") as s:
        keys = q.EVENT_SORTS["-date"].keys
        stmt = select(events.c.article_id).order_by(*(k.desc() for k in keys)).limit(51)
        sql = str(stmt.compile(s.engine, compile_kwargs={"literal_binds": True}))
        with s.engine.connect() as conn:
            plan = " ".join(str(row) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "ix_events_date_key" in plan and "TEMP B-TREE" not in plan


def test_closing_after_writes_leaves_planner_statistics(tmp_path):
    path = tmp_path / "k.db"
    with Store.open(path) as s:
        s.save(build_record())
    conn = sqlite3.connect(path)
    try:
        analysed = {row[0] for row in conn.execute("SELECT tbl FROM sqlite_stat1")}
    finally:
        conn.close()
    assert {"events", "event_actors", "articles"} <= analysed
