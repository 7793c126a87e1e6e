"""Ingest bookkeeping in the store: checkpoints of ingest runs, and what the feed follower has seen.

A run is keyed by its inputs and reading options. Each input's count of done items
moves forward in its own small transaction right after the article is saved; a run killed
between the two redoes one article, which the store's idempotent save turns into
"unchanged" (never a duplicate). A run stays open until every input has been read; the
same command then finds it and continues; once finished, the next run starts afresh.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, Callable, Optional

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine

from kabar.store.schema import feed_state, ingest_inputs, ingest_runs, seen_urls


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def run_key(inputs: list[str], options: dict[str, Any]) -> str:
    blob = json.dumps({"inputs": inputs, "options": options}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class IngestLog:
    """The checkpoint of one run: ``done(input)`` is what to skip, ``advance`` moves past one item."""

    def __init__(self, engine: Engine, key: str, inputs: list[str], restart: bool = False):
        self.engine, self.key = engine, key
        self.resumed = False
        self._done: dict[str, tuple[int, bool]] = {}
        with self._write() as conn:
            row = conn.execute(select(ingest_runs.c.finished_at).where(ingest_runs.c.key == key)).first()
            if row is not None and row.finished_at is None and not restart:
                self.resumed = True
                for r in conn.execute(select(ingest_inputs).where(ingest_inputs.c.run_key == key)):
                    self._done[r.input] = (r.items, r.finished)
            else:
                conn.execute(delete(ingest_inputs).where(ingest_inputs.c.run_key == key))
                conn.execute(delete(ingest_runs).where(ingest_runs.c.key == key))
                conn.execute(insert(ingest_runs).values(key=key, inputs=inputs, started_at=_now(), finished_at=None))
        self._counts = {name: items for name, (items, _) in self._done.items()}

    def _write(self):
        return self.engine.execution_options(kabar_write=True).begin()

    def done(self, input_name: str) -> Optional[int]:
        """Items of this input already done (to skip); None when the whole input is done."""
        items, finished = self._done.get(input_name, (0, False))
        return None if finished else items

    def skipped_items(self, reread: Callable[[str], bool] = lambda name: False) -> int:
        """Items done before, leaving out inputs that are read again whole (``reread``)."""
        return sum(items for name, (items, _) in self._done.items() if not reread(name))

    def advance(self, input_name: str) -> None:
        n = self._counts.get(input_name, 0) + 1
        with self._write() as conn:
            if input_name in self._counts:
                conn.execute(
                    update(ingest_inputs)
                    .where(ingest_inputs.c.run_key == self.key, ingest_inputs.c.input == input_name)
                    .values(items=n)
                )
            else:
                conn.execute(insert(ingest_inputs).values(run_key=self.key, input=input_name, items=n, finished=False))
        self._counts[input_name] = n

    def finish_input(self, input_name: str) -> None:
        with self._write() as conn:
            if input_name in self._counts:
                conn.execute(
                    update(ingest_inputs)
                    .where(ingest_inputs.c.run_key == self.key, ingest_inputs.c.input == input_name)
                    .values(finished=True)
                )
            else:
                conn.execute(insert(ingest_inputs).values(run_key=self.key, input=input_name, items=0, finished=True))
        self._counts.setdefault(input_name, 0)

    def finish(self) -> None:
        with self._write() as conn:
            conn.execute(update(ingest_runs).where(ingest_runs.c.key == self.key).values(finished_at=_now()))


class FeedLog:
    """What ``kabar watch`` knows: each feed's validators, and the entry links already handled."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def _write(self):
        return self.engine.execution_options(kabar_write=True).begin()

    def validators(self, url: str) -> tuple[Optional[str], Optional[str]]:
        with self.engine.connect() as conn:
            row = conn.execute(select(feed_state.c.etag, feed_state.c.last_modified).where(feed_state.c.url == url)).first()
        return (row.etag, row.last_modified) if row else (None, None)

    def checked(self, url: str, status: str, etag: Optional[str] = None, last_modified: Optional[str] = None, keep: bool = False) -> None:
        """Note a fetch of the feed; ``keep`` leaves the stored validators as they are (304s and failures)."""
        values: dict[str, Any] = {"checked_at": _now(), "status": status}
        if not keep:
            values.update(etag=etag, last_modified=last_modified)
        with self._write() as conn:
            if conn.execute(update(feed_state).where(feed_state.c.url == url).values(**values)).rowcount == 0:
                conn.execute(insert(feed_state).values(url=url, **{"etag": None, "last_modified": None, **values}))

    def unseen(self, urls: list[str]) -> set[str]:
        if not urls:
            return set()
        with self.engine.connect() as conn:
            seen = set(conn.execute(select(seen_urls.c.url).where(seen_urls.c.url.in_(urls))).scalars())
        return set(urls) - seen

    def see(self, url: str, feed: str, article_id: Optional[str]) -> None:
        with self._write() as conn:
            if conn.execute(select(seen_urls.c.url).where(seen_urls.c.url == url)).first() is None:
                conn.execute(insert(seen_urls).values(url=url, feed=feed, article_id=article_id, seen_at=_now()))
