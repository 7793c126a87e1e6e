"""What keeps the server safe to run: the ingest token, read-only connections, page headers.

Request bodies are capped by FastAPI itself (``max_body_size``, see ``kabar.serve.app``).
"""

from __future__ import annotations

import hmac
from typing import Any, Optional

from fastapi import HTTPException, Request
from sqlalchemy import event
from sqlalchemy.pool import StaticPool

from kabar.store import Store

__all__ = ["check_token", "make_read_only", "PAGE_HEADERS"]

# Pages load only what the package ships; inline script is never run (the record JSON sits in
# <script type="application/json">, which is data). /docs sets its own headers.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def check_token(request: Request, configured: Optional[str]) -> None:
    """Allow the request only with ``Authorization: Bearer <configured token>``; compared in constant time."""
    if not configured:
        raise HTTPException(status_code=403, detail="ingest is off: start kabar serve with an ingest token to turn it on")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(status_code=401, detail="ingest needs 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode("utf-8"), configured.encode("utf-8")):
        raise HTTPException(status_code=403, detail="wrong ingest token")


def make_read_only(store: Store) -> None:
    """Every new connection of the store refuses writes (SQLite ``query_only``, PostgreSQL read-only sessions).

    A guard beneath the app: even a route that tried to write could not.
    """
    dialect = store.engine.dialect.name
    if dialect == "sqlite" and getattr(store, "_wrote", False):
        # Store.close() refreshes SQLite's planner statistics after writes; once read-only it could not: do it now.
        store._analyze()
        store._wrote = False

    @event.listens_for(store.engine, "connect")
    def _read_only(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        if dialect == "sqlite":
            cursor.execute("PRAGMA query_only = ON")
        elif dialect == "postgresql":
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_conn.commit()
        cursor.close()

    if isinstance(store.engine.pool, StaticPool):  # one shared connection (an in-memory database): guard it in place
        with store.engine.connect() as conn:
            _read_only(conn.connection.dbapi_connection, None)
    else:
        store.engine.dispose()  # connections opened before (migrations) are dropped; new ones get the guard
