import shutil

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text
from store_records import build_record

from kabar.store import Store, migrate
from kabar.store.schema import articles, metadata

FTS_OBJECTS = ("articles_fts", "ix_articles_fts")

REVISION_NEXT = '''
"""a later revision, made up by the test: articles get a column"""
import sqlalchemy as sa
from alembic import op

revision = "9002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("note", sa.Text(), server_default="migrated"))


def downgrade():
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("note")
'''


def _versions(store):
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()


def test_migrations_build_exactly_the_schema_in_schema_py(store):
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    unexpected = [d for d in diffs if not any(name in str(d[1]) for name in FTS_OBJECTS)]
    assert unexpected == []
    assert _versions(store) == [migrate.head_revision()]


def test_opening_again_runs_no_migration(db_url, monkeypatch):
    Store.open(db_url).close()

    def must_not_run(*args, **kwargs):
        raise AssertionError("upgrade ran on an up-to-date database")

    monkeypatch.setattr(command, "upgrade", must_not_run)
    with Store.open(db_url) as again:
        assert again.count() == 0
        assert _versions(again) == [migrate.head_revision()]


def test_a_database_is_upgraded_in_place(db_url, tmp_path):
    # A database made by this release (the newest shipped revision), holding an article ...
    head = migrate.head_revision()
    with Store.open(db_url) as old:
        assert _versions(old) == [head]
        old.save(build_record())
    # ... meets a later release whose scripts add a revision after it.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9002_note.py").write_text(REVISION_NEXT.replace("{head}", head), encoding="utf-8")
    assert migrate.head_revision(scripts) == "9002"

    with Store.open(db_url, migrate=False) as s:
        assert migrate.upgrade(s.engine, script_location=scripts) is True
        assert migrate.upgrade(s.engine, script_location=scripts) is False
        assert _versions(s) == ["9002"]
        assert "note" in {c["name"] for c in inspect(s.engine).get_columns("articles")}
        with s.engine.connect() as conn:
            assert conn.execute(select(text("note")).select_from(articles)).scalar() == "migrated"
        # Nothing was lost, and the full-text index still follows the table.
        assert s.get("a1").to_dict() == build_record().to_dict()
        assert [h["id"] for h in s.search("Retno")] == ["a1"]
        s.save(build_record(extra=" Pelabuhan Ashdod ditutup."))
        assert [h["id"] for h in s.search("Ashdod")] == ["a1"]


def test_migrations_downgrade_to_nothing(db_url):
    with Store.open(db_url) as s:
        with s.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "base")
        names = set(inspect(s.engine).get_table_names())
    assert not names & {t.name for t in metadata.sorted_tables}
    assert not any(n.startswith("articles_fts") for n in names)
