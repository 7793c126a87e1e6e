"""Run several articles' pipelines in turn so that their requests to a model share one call.

Why: a parser call streams the model's weights and runs its layers once whatever the batch, so a few
sentences per call cost far more per token than many (docs/syntax.md). The stages ask for parses
article by article, at points only the stage knows. :func:`run_interleaved` runs each job (one
article's pipeline) in a thread of its own, one thread at a time: a job that needs a model calls
:func:`defer`, which pauses it; when every unfinished job is paused (or done), each server gets all
its paused requests in one call, and the jobs go on. Each job asks exactly what it would have asked
alone, and only one runs at a time, so nothing but the batching changes. Outside
:func:`run_interleaved`, :func:`defer` serves its one request at once.

:func:`own_cpu` is the CPU time of the current job (its thread's), so per-stage timings stay per article.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Optional, Sequence

_local = threading.local()


class _Job:
    __slots__ = ("fn", "go", "result", "error", "request", "answer", "done", "paused_wall", "group", "worker")

    def __init__(self, fn: Callable[[], Any], group: "_Group"):
        self.fn, self.group = fn, group
        self.go: Optional[threading.Event] = None  # its worker's
        self.result: Any = None
        self.error: Optional[BaseException] = None
        self.request: Optional[tuple[Callable[[list], list], Any, Any]] = None
        self.answer: Any = None
        self.done = False
        self.paused_wall = 0.0
        self.worker: Optional[_Worker] = None

    def pause(self) -> None:
        """Hand the turn back to the driver and wait for the next one."""
        mark = time.perf_counter()
        self.group.back.set()
        self.go.wait()
        self.go.clear()
        self.paused_wall += time.perf_counter() - mark


class _Worker:
    """A thread that runs jobs, kept for the next run: a new thread per article would cost its start and, with
    glibc, a memory arena of its own (cold memory: measured slower and larger)."""

    def __init__(self) -> None:
        self.go = threading.Event()
        self.job: Optional[_Job] = None
        self.thread = threading.Thread(target=self._loop, name="kabar-interleave", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while True:
            self.go.wait()
            self.go.clear()
            job = self.job
            _local.job = job
            try:
                job.result = job.fn()
            except BaseException as exc:  # handed to the caller of run_interleaved
                job.error = exc
            finally:
                _local.job = None
                self.job = None
                job.done = True
                job.group.back.set()


_idle: list[_Worker] = []
_idle_lock = threading.Lock()


def _take_worker() -> _Worker:
    with _idle_lock:
        if _idle:
            return _idle.pop()
    return _Worker()


def _give_back(worker: _Worker) -> None:
    with _idle_lock:
        _idle.append(worker)


class _Group:
    def __init__(self) -> None:
        self.back = threading.Event()
        self.aborted = False  # the driver stopped: jobs still running go on without pausing


def defer(serve: Callable[[list], list], payload: Any, account: Any = None) -> Any:
    """``serve([payload])[0]``, served together with the other paused jobs' requests to the same ``serve``
    (one call with every payload, answers in the same order) when run within :func:`run_interleaved`.
    ``account``: the key under which the serving CPU time is reported (default: ``serve``'s owner's id)."""
    job: Optional[_Job] = getattr(_local, "job", None)
    if job is None or job.group.aborted:
        return serve([payload])[0]
    job.request = (serve, payload, account)
    job.pause()
    answer, job.answer = job.answer, None
    if isinstance(answer, _Failed):
        raise answer.error
    return answer


class _Failed:
    __slots__ = ("error",)

    def __init__(self, error: BaseException):
        self.error = error


def own_cpu() -> float:
    """CPU seconds of the current job: its thread's CPU time (a job has a thread to itself while it runs, and
    uses none while paused); outside a job the process's CPU time. (Not process time less the pauses: with
    many threads alive the kernel sums every thread's time for it, which measured ~10% of the run.)"""
    return time.thread_time() if getattr(_local, "job", None) is not None else time.process_time()


def own_wall() -> float:
    """Wall seconds less the time the current job spent paused."""
    job: Optional[_Job] = getattr(_local, "job", None)
    return time.perf_counter() - (job.paused_wall if job is not None else 0.0)


def interleaved() -> bool:
    """Whether the caller runs as a job of :func:`run_interleaved`."""
    return getattr(_local, "job", None) is not None


def run_interleaved(fns: Sequence[Callable[[], Any]], served_cpu: Optional[dict] = None) -> list[tuple[Any, Optional[BaseException]]]:
    """``(result, error)`` of each of ``fns`` (run in turn, requests through :func:`defer` batched), in order.

    ``served_cpu``: a dict that gets, per ``account`` given to :func:`defer` (by default the ``id`` of the
    ``serve`` function's ``__self__``, else of the function), the CPU seconds spent serving batched requests."""
    if len(fns) <= 1 or interleaved():  # nothing to batch with (or already a job): run as they are
        out = []
        for fn in fns:
            try:
                out.append((fn(), None))
            except Exception as exc:
                out.append((None, exc))
        return out
    group = _Group()
    jobs = [_Job(fn, group) for fn in fns]
    runnable = list(jobs)
    paused: list[_Job] = []
    try:
        while runnable or paused:
            for job in runnable:
                if job.worker is None:
                    job.worker = _take_worker()
                    job.worker.job = job
                    job.go = job.worker.go
                group.back.clear()
                job.go.set()
                group.back.wait()
                if job.done:
                    _give_back(job.worker)
                else:
                    paused.append(job)
            runnable = []
            if paused:
                _serve(paused, served_cpu)
                runnable, paused = paused, []
    finally:
        group.aborted = True
        for job in jobs:  # a job left paused (the driver was interrupted) finishes alone, its requests served at once
            if job.worker is not None and not job.done:
                if job.request is not None:
                    job.answer = _Failed(RuntimeError("interleaved run stopped"))
                    job.request = None
                group.back.clear()
                job.go.set()
                while not job.done:
                    group.back.wait()
                    group.back.clear()
                _give_back(job.worker)
    return [(job.result, job.error) for job in jobs]


def _serve(paused: list[_Job], served_cpu: Optional[dict]) -> None:
    by_server: dict[Any, list[_Job]] = {}
    for job in paused:
        by_server.setdefault((job.request[0], job.request[2]), []).append(job)
    for (serve, account), waiting in by_server.items():
        c0 = time.process_time()
        try:
            answers = serve([job.request[1] for job in waiting])
            for job, answer in zip(waiting, answers):
                job.answer = answer
        except Exception as exc:  # every job that asked gets the error, where it asked
            for job in waiting:
                job.answer = _Failed(exc)
        for job in waiting:
            job.request = None
        if served_cpu is not None:
            key = account if account is not None else id(getattr(serve, "__self__", serve))
            served_cpu[key] = served_cpu.get(key, 0.0) + time.process_time() - c0
