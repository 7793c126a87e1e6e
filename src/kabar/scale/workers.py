"""Run the pipeline on many records: in this process, in local worker processes, or on a Dask cluster.

Every way gives results in input order, so the one writer (the caller) stores exactly what a
single process would. Workers build the pipeline once (a process pool's initializer, or on a
Dask worker's first task) and keep it; each is limited to one BLAS thread by default. At most
``window`` records are in flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import collections
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional, TypeVar

from kabar.record import Article

T = TypeVar("T")


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to build the same pipeline as the caller (plain data: it travels to workers)."""

    config: Optional[dict[str, Any]] = None
    disable: tuple[str, ...] = ()
    strict: bool = True
    threads: int = 1

    def key(self) -> str:
        import json

        return json.dumps([self.config, self.disable, self.strict], sort_keys=True, default=str)

    def build(self):
        from kabar.pipeline import Pipeline, default_pipeline

        if self.config is None and not self.disable:
            return default_pipeline()
        return Pipeline(self.config, disable=self.disable, strict=self.strict)


_PIPELINES: dict[str, Any] = {}
_LOCK = threading.Lock()  # Dask threads of one process share its pipeline, one article at a time


def worker_pipeline(spec: PipelineSpec):
    """This process's pipeline for ``spec``, built (and its thread limit set) on first use."""
    key = spec.key()
    if key not in _PIPELINES:
        from kabar.scale.threads import limit_threads

        if spec.threads:
            limit_threads(spec.threads)
        _PIPELINES[key] = spec.build()
    return _PIPELINES[key]


def extract_one(spec: PipelineSpec, record: Article) -> dict[str, Any]:
    """The task a worker runs: the whole pipeline on one record, sent back as its JSON-ready dict
    (the working state, such as the spaCy Doc, stays behind)."""
    with _LOCK:
        return worker_pipeline(spec)(record).to_dict()


def extract_batch(spec: PipelineSpec, records: list[Article]) -> list[Any]:
    """A task of several records (fewer, larger tasks: less scheduler work per article, and the records'
    parse requests share parser calls: ``Pipeline.run_many``); each comes back as its dict, or as the
    exception that stopped it."""
    with _LOCK:
        results = worker_pipeline(spec).run_many(records)
    out: list[Any] = []
    for result in results:
        if isinstance(result, Exception):  # one bad article fails alone, not its batch
            out.append(result)
            continue
        try:
            out.append(result.to_dict())
        except Exception as exc:
            out.append(exc)
    return out


def _init_process(spec: PipelineSpec) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops after the stored article
    worker_pipeline(spec)


@dataclass
class Outcome:
    """One input's result, in input order: the record, or the error that stopped it."""

    item: Any
    record: Optional[Article] = None
    error: Optional[str] = None


class _Done:
    """An already-settled future, for items that need no work (read errors, skips)."""

    def __init__(self, value: Any = None):
        self.value = value

    def result(self) -> Any:
        return self.value

    def done(self) -> bool:
        return True


@dataclass
class Runner:
    """``submit(record) -> future`` plus the number of records kept in flight."""

    submit: Callable[[Article], Any]
    window: int
    close: Callable[[], None] = field(default=lambda: None)


BATCH = 16  # records run together (Pipeline.run_many) in this process or in a worker: their parses share parser calls


def local_runner(spec: PipelineSpec, pipeline: Any = None, batch: int = BATCH) -> Runner:
    """Runs in this process, ``batch`` records at a time (``pipeline``: a built one instead of ``spec``'s)."""
    pipeline = pipeline if pipeline is not None else worker_pipeline(spec)

    def run(records: list[Article]) -> _Done:
        try:
            return _Done(pipeline.run_many(records))
        except Exception as exc:  # the batch's driver failed: every record of it fails, the run goes on
            return _Done([exc] * len(records))

    batches = _Batches(run, size=max(1, batch))
    return Runner(batches.add, window=max(1, batch))


def process_runner(spec: PipelineSpec, workers: int, batch: int = BATCH) -> Runner:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a fresh interpreter per worker, safe whatever threads this process runs
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_process, initargs=(spec,))
    batches = _Batches(lambda records: pool.submit(extract_batch, spec, records), size=max(1, batch))
    return Runner(batches.add, window=workers * max(1, batch) * 2, close=lambda: pool.shutdown(cancel_futures=True))


def dask_runner(spec: PipelineSpec, address: Any) -> Runner:
    """``local:N`` starts a LocalCluster of N one-thread worker processes; a string is a scheduler's
    address; a ``distributed.Client`` is used as it is (and left open)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is an extra
        raise RuntimeError("--dask needs Dask distributed: pip install 'kabar[dask]'") from exc
    cluster = None
    if isinstance(address, Client):
        client = address
    elif address.startswith("local:"):
        n = int(address.split(":", 1)[1] or 1)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    workers = max(1, sum(client.nthreads().values()))
    batches = _Batches(lambda records: client.submit(extract_batch, spec, records, pure=False), size=DASK_BATCH)

    def close() -> None:
        if client is not address:
            client.close()
        if cluster is not None:
            cluster.close()

    return Runner(batches.add, window=workers * DASK_BATCH * 3, close=close)


DASK_BATCH = 4  # records per Dask task


class _Batches:
    """Groups records into one task per ``size``; each record gets a handle on its place in its task."""

    def __init__(self, submit: Callable[[list[Article]], Any], size: int):
        self._submit, self.size = submit, size
        self._records: list[Article] = []
        self._handles: list[_InBatch] = []

    def add(self, record: Article) -> "_InBatch":
        handle = _InBatch(self)
        self._records.append(record)
        self._handles.append(handle)
        if len(self._records) >= self.size:
            self.flush()
        return handle

    def flush(self) -> None:
        if self._records:
            future = self._submit(self._records)
            for i, handle in enumerate(self._handles):
                handle.future, handle.index = future, i
            self._records, self._handles = [], []


class _InBatch:
    def __init__(self, batches: _Batches):
        self.batches, self.future, self.index = batches, None, 0

    def done(self) -> bool:
        return self.future is not None and self.future.done()

    def result(self) -> Any:
        if self.future is None:  # asked for before its batch filled up: send the batch as it is
            self.batches.flush()
        return self.future.result()[self.index]


def make_runner(spec: PipelineSpec, workers: int = 1, dask: Any = None) -> Runner:
    if dask:
        return dask_runner(spec, dask)
    if workers > 1:
        return process_runner(spec, workers)
    return local_runner(spec)


def _settle(item: Any, future: Any) -> Outcome:
    if future is None:
        return Outcome(item)
    try:
        value = future.result()
    except Exception as exc:  # a worker's failure (or a dead worker) fails this article, not the batch
        value = exc
    if isinstance(value, BaseException):
        if type(value).__name__ == "ArticleRefused":  # the pipeline's size/language gate: not a failure of kabar's
            return Outcome(item, error=f"refused: {value}"[:500])
        return Outcome(item, error=f"extraction failed: {type(value).__name__}: {value}"[:500])
    return Outcome(item, record=Article.from_dict(value) if isinstance(value, dict) else value)


def run_ordered(items: Iterable[T], runner: Runner, record_of: Callable[[T], Optional[Article]]) -> Iterator[Outcome]:
    """Outcomes of ``items`` in their order; ``record_of(item)`` is the record to extract (None: pass through)."""
    pending: collections.deque = collections.deque()
    for item in items:
        try:
            record = record_of(item)
        except (ValueError, TypeError, KeyError) as exc:  # an item that is no article fails alone
            pending.append((item, _Done(exc)))
            continue
        pending.append((item, runner.submit(record) if record is not None else None))
        while len(pending) > runner.window or (pending and _ready(pending[0][1])):
            yield _settle(*pending.popleft())
    while pending:
        yield _settle(*pending.popleft())


def _ready(future: Any) -> bool:
    return future is None or isinstance(future, _Done) or future.done()


def extract_many(
    items: Iterable[Any],
    *,
    workers: int = 1,
    dask: Any = None,
    config: Optional[dict[str, Any]] = None,
    disable: Iterable[str] = (),
    threads: int = 1,
    on_error: str = "raise",
) -> Iterator[Article]:
    """Records for ``items`` (texts, HTML pages, dicts of fields, or records), in input order.

    ``workers``: local processes; ``dask``: a scheduler address, ``local:N`` or a
    ``distributed.Client``. A failed article
    raises (``on_error="raise"``) or is left out (``"skip"``).
    """
    from kabar.readers import article_from_string

    def as_record(item: Any) -> Article:
        if isinstance(item, Article):
            return item
        if isinstance(item, dict):
            fields = dict(item)
            return article_from_string(fields.pop("text", None) or fields.pop("html"), **fields)
        return article_from_string(str(item))

    spec = PipelineSpec(config, tuple(disable), threads=threads)
    runner = make_runner(spec, workers, dask)
    try:
        for outcome in run_ordered(items, runner, as_record):
            if outcome.record is not None:
                yield outcome.record
            elif on_error == "raise":
                raise RuntimeError(outcome.error)
    finally:
        runner.close()
