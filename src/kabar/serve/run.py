"""Running the app: ``kabar serve`` opens the store, reads the ingest token, and hands the app to uvicorn."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

from sqlalchemy.engine import make_url

from kabar.store import Store, resolve_url

__all__ = ["serve", "read_token", "open_existing"]

TOKEN_ENV = "KABAR_INGEST_TOKEN"
MIN_TOKEN_CHARS = 16


class ServeError(ValueError):
    pass


def read_token(token_file: Optional[str]) -> Optional[str]:
    """The ingest token from a file (first line) or $KABAR_INGEST_TOKEN; None leaves ingest off."""
    if token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip().splitlines()[0].strip()
        except (OSError, IndexError) as exc:
            raise ServeError(f"cannot read an ingest token from {token_file}: {exc or 'empty file'}") from None
    else:
        token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        return None
    if len(token) < MIN_TOKEN_CHARS:
        raise ServeError(f"the ingest token is too short: use at least {MIN_TOKEN_CHARS} characters")
    return token


def open_existing(db: Optional[str]) -> Store:
    """Open the store; a SQLite file that does not exist is an error (serving it would create an empty one)."""
    url = resolve_url(db)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and not Path(parsed.database).is_file():
        raise ServeError(f"no database at {parsed.database}: ingest articles first (kabar ingest FILE --db ...)")
    return Store.open(url)


def serve(db: Optional[str], host: str = "127.0.0.1", port: int = 8000, token_file: Optional[str] = None) -> int:
    import uvicorn

    from kabar.serve.app import Settings, create_app

    try:
        token = read_token(token_file)
        store = open_existing(db)
    except ServeError as exc:
        print(f"kabar: {exc}", file=sys.stderr)
        return 2
    app = create_app(store, Settings(ingest_token=token))
    where = store.engine.url.render_as_string(hide_password=True)
    mode = "ingest ON (token required)" if token else "read-only"
    print(f"kabar serve: {where}, {mode}; pages at http://{host}:{port}/  API docs at http://{host}:{port}/docs", file=sys.stderr)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
    finally:
        store.close()
    return 0
