"""Alembic environment for kabar's store.

``Store.open`` runs this programmatically and hands over its connection in
``config.attributes["connection"]``; the ``sqlalchemy.url`` option is the fallback
for running the ``alembic`` command by hand with ``-x``-free configs.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kabar.store.schema import metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("kabar's migrations run online only (Store.open runs them)")

connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
