"""``kabar watch``: follow RSS/Atom feeds, storing only what is new, until stopped.

Each cycle asks every feed with its last ETag / Last-Modified (an unchanged feed answers 304
and costs nothing), keeps the entries whose link is not yet in the store's seen-URL set,
fetches their pages politely, extracts and stores them, and logs one line. A feed or page
that fails for a passing reason (network, 5xx) is tried again next cycle; the loop itself
never stops on one. The seen set and the validators live in the store, so a restarted
follower goes on without duplicates.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from kabar.readers import Metadata, ReadItem, is_url
from kabar.readers.feeds import FeedError, entry_item, parse_feed
from kabar.readers.fetch import FetchError, PoliteFetcher
from kabar.scale.ingest import ErrorLog
from kabar.scale.workers import PipelineSpec, make_runner, run_ordered
from kabar.store.ingest_log import FeedLog

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.I)
_UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """'90s', '15m', '1h', '2d' or plain seconds, as seconds."""
    m = _EVERY.match(text)
    if not m:
        raise ValueError(f"--every {text!r}: give a number with s, m, h or d (e.g. 15m)")
    return float(m.group(1)) * _UNIT[(m.group(2) or "s").lower()]


def feed_list(feeds: list[str]) -> list[str]:
    """Feed URLs and files; ``@FILE`` stands for the URLs it lists, one per line (# starts a comment)."""
    out: list[str] = []
    for f in feeds:
        if f.startswith("@"):
            for line in Path(f[1:]).read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    out.append(line)
        else:
            out.append(f)
    return out


@dataclass
class Cycle:
    number: int
    feeds: int = 0
    unchanged: int = 0
    feed_failed: int = 0
    new: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {"inserted": 0, "updated": 0, "unchanged": 0, "failed": 0})
    retry: int = 0

    def line(self, seconds: float) -> str:
        c = self.counts
        stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        return (
            f"{stamp} cycle {self.number}: {self.feeds} feeds ({self.unchanged} not modified, {self.feed_failed} failed), "
            f"{self.new} new entries: {c['inserted']} inserted, {c['updated']} updated, {c['unchanged']} unchanged, "
            f"{c['failed']} failed, {self.retry} to retry; {seconds:.1f} s"
        )


class Follower:
    def __init__(self, store, fetcher: PoliteFetcher, spec: PipelineSpec, meta: Metadata, errors: ErrorLog, warn: Callable[[str], None]):
        self.store, self.fetcher, self.meta, self.errors, self.warn = store, fetcher, meta, errors, warn
        self.feed_log = FeedLog(store.engine)
        self.runner = make_runner(spec)

    def _fetch_feed(self, feed: str, cycle: Cycle):
        """The feed's bytes (None: not modified since the last cycle) and its new validators."""
        if not is_url(feed):
            return Path(feed).read_bytes(), None
        etag, last_modified = self.feed_log.validators(feed)
        answer = self.fetcher.get(feed, etag, last_modified)
        if answer.status == 304:
            cycle.unchanged += 1
            self.feed_log.checked(feed, "not modified", keep=True)
            return None, None
        return answer.body, (answer.etag, answer.last_modified)

    def poll(self, feed: str, cycle: Cycle) -> None:
        cycle.feeds += 1
        try:
            data, validators = self._fetch_feed(feed, cycle)
            if data is None:
                return
            title, entries = parse_feed(data, feed)
        except (FetchError, FeedError, OSError) as exc:
            cycle.feed_failed += 1
            self.warn(f"{feed}: {exc}")
            if is_url(feed):
                self.feed_log.checked(feed, f"failed: {exc}"[:500], keep=True)
            return
        keys = {e.index: e.link or e.guid or f"{feed}#{e.title or e.index}" for e in entries}
        unseen = self.feed_log.unseen(list(keys.values()))
        fresh = [e for e in entries if keys[e.index] in unseen]
        cycle.new += len(fresh)
        retry_before = cycle.retry
        self._ingest(feed, title, fresh, keys, cycle)
        if validators is not None:
            # Entries left to retry: forget the validators, so the next cycle reads the whole feed again.
            retrying = cycle.retry > retry_before
            self.feed_log.checked(feed, "ok, entries to retry" if retrying else "ok", *(validators if not retrying else (None, None)))

    def _ingest(self, feed: str, title: str, fresh: list, keys: dict, cycle: Cycle) -> None:
        items = (self._item(e, keys[e.index], feed, title, cycle) for e in fresh)
        for outcome in run_ordered((i for i in items if i is not None), self.runner, lambda it: it[0].record):
            (item, key), record = outcome.item, outcome.record
            error = item.error or outcome.error
            if error is None:
                try:
                    cycle.counts[self.store.save(record)] += 1
                except Exception as exc:  # the store refused it: try again next cycle
                    self.warn(f"{item.source}: not stored: {type(exc).__name__}: {exc}")
                    cycle.retry += 1
                    continue
            else:
                cycle.counts["failed"] += 1
                self.errors.write(item, error)
                self.warn(f"{item.source}: {error}")
            self.feed_log.see(key, feed, record.id if record is not None else None)

    def _item(self, entry, key: str, feed: str, title: str, cycle: Cycle) -> Optional[tuple[ReadItem, str]]:
        """(item, seen-key), or None when its page must wait for the next cycle."""
        try:
            item = entry_item(entry, feed, self.meta, self.fetcher, outlet=title, retry_later=True)
        except FetchError as exc:
            cycle.retry += 1
            self.warn(f"{feed}#entry{entry.index}: {exc.reason}; will try again next cycle")
            return None
        return item, key


def watch(
    feeds: list[str],
    store,
    *,
    every: float = 900.0,
    cycles: Optional[int] = None,
    delay: float = 1.0,
    spec: Optional[PipelineSpec] = None,
    lang: Optional[str] = None,
    errors: Optional[str] = None,
    log: Callable[[str], Any] = print,
    warn: Optional[Callable[[str], Any]] = None,
    fetcher: Optional[PoliteFetcher] = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Follow ``feeds`` for ``cycles`` cycles (None: until Ctrl-C); returns the number of failed entries."""
    import sys

    warn = warn or (lambda msg: print(f"kabar: {msg}", file=sys.stderr))
    error_log = ErrorLog(errors)
    follower = Follower(store, fetcher or PoliteFetcher(delay=delay), spec or PipelineSpec(), Metadata(lang=lang), error_log, warn)
    failed, n = 0, 0
    try:
        while cycles is None or n < cycles:
            n += 1
            cycle, started = Cycle(n), time.perf_counter()
            for feed in feed_list(feeds):
                follower.poll(feed, cycle)
            failed += cycle.counts["failed"]
            log(cycle.line(time.perf_counter() - started))
            if cycles is None or n < cycles:
                sleep(every)
    except KeyboardInterrupt:
        log(f"stopped after {n} cycles")
    finally:
        follower.runner.close()
        error_log.close()
    return failed
