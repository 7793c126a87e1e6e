"""A resumable ingest: read inputs, extract (here, in worker processes or on Dask), store through one writer.

Items flow in reading order; after each one is stored (or logged as failed, or skipped) the
run's checkpoint moves past it, so a run stopped by Ctrl-C or kill -9 continues where it
stopped. Per-article failures go to the error log (JSONL: where, why) and never stop the
batch. On a terminal a progress bar shows articles/s and, when the inputs can be counted
cheaply, the ETA.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterable, Optional

from kabar.readers import Metadata, ReadItem, ReadOptions, expand, is_url, read_paths
from kabar.scale.workers import PipelineSpec, make_runner, run_ordered
from kabar.store.ingest_log import IngestLog, run_key

STATUSES = ("inserted", "updated", "unchanged", "duplicate", "failed", "skipped")


@dataclass
class IngestResult:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    resumed_items: int = 0  # items of an interrupted run passed over because they were done
    interrupted: bool = False
    skip_reasons: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        c = self.counts
        line = (f"{c['inserted']} inserted, {c['updated']} updated, {c['unchanged']} unchanged, "
                f"{c['duplicate']} duplicate, {c['failed']} failed")
        if c["skipped"]:
            reasons = ", ".join(f"{n} {why}" for why, n in sorted(self.skip_reasons.items(), key=lambda kv: -kv[1]))
            line += f", {c['skipped']} skipped ({reasons})"
        if self.resumed_items:
            line += f"; resumed an interrupted run after {self.resumed_items} items done before"
        return line


class ErrorLog:
    """Failed items as JSON lines: time, input, where in it, reason."""

    def __init__(self, path: Optional[str]):
        self._fh: Optional[IO[str]] = open(path, "a", encoding="utf-8") if path else None

    def write(self, item: ReadItem, reason: str) -> None:
        if self._fh is None:
            return
        entry = {"time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "input": item.input, "source": item.source, "reason": reason}
        self._fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


def input_names(paths: Iterable[str]) -> list[str]:
    """The run's inputs as stable names (absolute paths, URLs), for its checkpoint key."""
    return [p if (p == "-" or is_url(p)) else os.path.abspath(p) for p in map(str, paths)]


def _stamp(path: str) -> Optional[list[int]]:
    """Size and modification time: a file changed since an interrupted run makes a new run, not a resumed one."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size if os.path.isfile(path) else 0, st.st_mtime_ns]


def count_items(paths: Iterable[str], options: ReadOptions) -> Optional[int]:
    """How many items the inputs hold, when that is cheap to know (text, HTML, JSONL, tables); else None."""
    from kabar.readers import detect_format
    from kabar.readers.table import count_rows

    total = 0
    for path, error in expand(paths):
        if error:
            total += 1
            continue
        if path == "-" or is_url(path):
            return None
        with open(path, "rb") as fh:
            head = fh.read(65536)
            fmt = options.input_format if options.input_format != "auto" else detect_format(path, head)
            if fmt in ("warc", "feed") or path.endswith(".gz"):
                return None
            if fmt == "jsonl":
                fh.seek(0)
                total += sum(1 for line in fh if line.strip())
            elif fmt in ("csv", "tsv"):
                total += count_rows(path, "\t" if fmt == "tsv" else None)
            else:
                total += 1
    return total


def ingest(
    paths: list[str],
    store,
    *,
    meta: Optional[Metadata] = None,
    options: Optional[ReadOptions] = None,
    spec: Optional[PipelineSpec] = None,
    workers: int = 1,
    dask: Any = None,
    errors: Optional[str] = None,
    restart: bool = False,
    progress: bool = False,
    on_item: Optional[Callable[[ReadItem, Any, str, Optional[str]], None]] = None,
    after_save: Optional[Callable[[Any], Any]] = None,
) -> IngestResult:
    """Ingest ``paths`` into ``store``; ``on_item(item, record, status, error)`` is called for each item in order,
    ``after_save(record)`` after each record that was inserted or updated (the CLI links copies and clusters there)."""
    meta, options, spec = meta or Metadata(), options or ReadOptions(), spec or PipelineSpec()
    inputs = input_names(paths)
    key_options = {"meta": vars(meta), "input_format": options.input_format, "columns": vars(options.columns) if options.columns else None,
                   "stamps": [_stamp(p) for p in inputs]}
    log = IngestLog(store.engine, run_key(inputs, key_options), inputs, restart=restart)

    def reread(path: str) -> bool:
        """Standard input and feed URLs say something new each time: read them whole (saving is idempotent)."""
        return path == "-" or is_url(path)

    def name(item_input: str) -> str:
        return input_names([item_input])[0]

    def done(path: str) -> Optional[int]:
        return 0 if reread(path) else log.done(name(path))

    result = IngestResult(resumed_items=log.skipped_items(reread))

    items = read_paths(paths, meta, options, done=done)
    total = count_items(paths, options) if progress else None
    error_log = ErrorLog(errors)
    runner = make_runner(spec, workers, dask)
    bar = _Progress(total - result.resumed_items if total is not None else None) if progress else None
    current: Optional[str] = None
    try:
        for outcome in run_ordered(items, runner, lambda it: it.record):
            item = outcome.item
            status, error = _store(store, item, outcome, result)
            if after_save and status in ("inserted", "updated"):
                after_save(outcome.record)
            if error:
                error_log.write(item, error)
            if item.input != current:
                if current is not None:
                    log.finish_input(name(current))
                current = item.input
            log.advance(name(item.input))
            if on_item:
                on_item(item, outcome.record, status, error)
            if bar:
                bar.advance(status)
        if current is not None:
            log.finish_input(name(current))
        log.finish()
    except KeyboardInterrupt:
        result.interrupted = True
    finally:
        runner.close()
        error_log.close()
        if bar:
            bar.stop()
    return result


def _store(store, item: ReadItem, outcome, result: IngestResult) -> tuple[str, Optional[str]]:
    if item.skipped:
        result.counts["skipped"] += 1
        result.skip_reasons[item.skipped] = result.skip_reasons.get(item.skipped, 0) + 1
        return "skipped", None
    error = item.error or outcome.error
    if error is None:
        try:
            status = store.save(outcome.record)
        except Exception as exc:  # the store refused this record: it fails alone
            error = f"not stored: {type(exc).__name__}: {exc}"[:500]
        else:
            result.counts[status] += 1
            return status, None
    result.counts["failed"] += 1
    return "failed", error


class _Progress:
    """A rich progress bar on stderr: articles done, articles/s, and the ETA when the total is known."""

    def __init__(self, total: Optional[int]):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        columns = [SpinnerColumn(), TextColumn("ingest")]
        if total is not None:
            columns += [BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
        else:
            columns += [TextColumn("{task.completed} items")]
        columns += [TextColumn("{task.fields[rate]} articles/s"), TextColumn("{task.fields[failed]} failed"), TimeElapsedColumn()]
        self._bar = Progress(*columns, console=Console(stderr=True), transient=False)
        self._task = self._bar.add_task("ingest", total=total, rate="-", failed=0)
        self._started = time.perf_counter()
        self._articles = self._failed = 0
        self._bar.start()

    def advance(self, status: str) -> None:
        self._articles += status not in ("skipped", "failed")
        self._failed += status == "failed"
        rate = self._articles / max(time.perf_counter() - self._started, 1e-9)
        self._bar.update(self._task, advance=1, rate=f"{rate:.1f}", failed=self._failed)

    def stop(self) -> None:
        self._bar.stop()
