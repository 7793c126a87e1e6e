"""Scale benchmark: articles/s and peak RSS per stage, for the whole pipeline on 1 and 2 local workers and on a
local Dask cluster of 2 workers, and how cost grows with input size. CPU time is reported beside wall time.

Usage (one part per run, each in a fresh process so its memory figures are its own):
  .venv/bin/python benchmarks/bench_scale.py stages  [--corpus detik|bbc] [--n 300]
  .venv/bin/python benchmarks/bench_scale.py workers [--corpus detik|bbc] [--n 300]
  .venv/bin/python benchmarks/bench_scale.py growth  [--corpus detik|bbc] [--n 25]
  .venv/bin/python benchmarks/bench_scale.py big     [--corpus detik|bbc] [--mb 1]
  .venv/bin/python benchmarks/bench_scale.py read    [--n 16]   (the detik CSV repeated n times: reader memory)
Articles come from ../shared/data (corpora/detik-2025 through kabar's CSV reader, corpora/bbc-news through
its text reader); without it the script says so and stops. Every run uses one BLAS thread per process.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import threading
import time
from typing import Any

import corpora

DETIK = corpora.SHARED / "data/corpora/detik-2025/data_berita.csv"


def load_records(corpus: str, n: int) -> list:
    from kabar.readers import read_paths

    paths = [str(DETIK)] if corpus == "detik" else [str(p) for p in corpora.bbc_files()]
    if not paths or not all(__import__("os").path.exists(p) for p in paths):
        sys.exit(f"needs ../shared/data ({DETIK if corpus == 'detik' else 'corpora/bbc-news'}): absent on this machine")
    out = []
    for item in read_paths(paths):
        if item.ok:
            out.append(item.record)
            if len(out) >= n:
                break
    return out


def copies(records: list, n: int) -> list:
    """``n`` records cycling through ``records``, each a fresh copy (the pipeline fills records in place)."""
    return [records[i % len(records)].model_copy(deep=True) for i in range(n)]


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def words(records: list) -> float:
    return sum(len(r.text.split()) for r in records) / max(1, len(records))


def header(part: str, corpus: str, records: list) -> None:
    import os

    load = os.getloadavg()
    print(f"# bench_scale {part}: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, load average {load[0]:.1f}, python {platform.python_version()}")
    print(f"corpus {corpus}: {len(records)} distinct articles, {words(records):.0f} words/article on average")


# ------------------------------------------------------------------ per stage

def part_stages(corpus: str, n: int) -> None:
    from kabar.pipeline import Pipeline
    from kabar.scale import limit_threads

    limit_threads(1)
    records = load_records(corpus, n)
    header("stages", corpus, records)
    pipe = Pipeline()
    cpu: dict[str, float] = {}
    rss_after: dict[str, float] = {}

    def timed(name, fn):
        def run(record):
            c = time.process_time()
            try:
                return fn(record)
            finally:
                cpu[name] = cpu.get(name, 0.0) + time.process_time() - c
                rss_after.setdefault(name, rss_mib())  # high-water mark once this stage first ran (its models loaded)
        return run

    pipe._stages = [(name, info, timed(name, fn)) for name, info, fn in pipe._stages]  # benchmark-only wrapping
    base_rss = rss_mib()
    for r in copies(records, 3):  # warm-up: models load on first use
        pipe(r)
    pipe.timings.clear()
    cpu.clear()
    batch = copies(records, len(records))
    t, c = time.perf_counter(), time.process_time()
    for r in batch:
        pipe(r)
    wall, cpu_all = time.perf_counter() - t, time.process_time() - c
    print(f"RSS after imports {base_rss:.0f} MiB; peak RSS {rss_mib():.0f} MiB")
    print(f"whole pipeline, one process, one thread: {len(batch) / wall:.1f} articles/s wall, {len(batch) / cpu_all:.1f} articles/s per CPU-second "
          f"({cpu_all / len(batch) * 1000:.1f} ms CPU/article, CPU/wall {cpu_all / wall:.2f})")
    print(f"{'stage':<11} {'CPU ms/art':>10} {'wall ms/art':>11} {'art/CPU-s':>10} {'share':>6} {'RSS MiB':>8}")
    total = sum(cpu.values())
    for name in pipe.names:
        c_ms = cpu.get(name, 0.0) / len(batch) * 1000
        w_ms = pipe.timings.get(name, 0.0) / len(batch) * 1000
        print(f"{name:<11} {c_ms:10.2f} {w_ms:11.2f} {1000 / c_ms if c_ms else float('inf'):10.0f} {cpu.get(name, 0) / total:6.1%} {rss_after.get(name, 0):8.0f}")


# ------------------------------------------------------------------ workers

class Sampler:
    """Peak RSS of each process in this process tree, and their CPU time, sampled every 0.1 s."""

    def __init__(self):
        import psutil

        self.me = psutil.Process()
        self.peak: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def procs(self):
        return [self.me] + self.me.children(recursive=True)

    def cpu(self) -> float:
        total = 0.0
        for p in self.procs():
            try:
                t = p.cpu_times()
                total += t.user + t.system
            except Exception:
                pass
        return total

    def _run(self):
        while not self._stop.is_set():
            for p in self.procs():
                try:
                    self.peak[p.pid] = max(self.peak.get(p.pid, 0.0), p.memory_info().rss / 2**20)
                except Exception:
                    pass
            self._stop.wait(0.1)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run_mode(mode: str, records: list, warm: list) -> dict[str, Any]:
    from kabar.scale.workers import PipelineSpec, make_runner, run_ordered

    spec = PipelineSpec(threads=1)
    with Sampler() as sampler:
        t0 = time.perf_counter()
        runner = make_runner(spec, workers=2 if mode == "2 workers" else 1, dask="local:2" if mode == "dask local:2" else None)
        try:
            list(run_ordered(warm, runner, lambda r: r))  # start workers, load models
            ready = time.perf_counter() - t0
            c0, t1 = sampler.cpu(), time.perf_counter()
            time.sleep(5)  # what the processes burn doing nothing (a Dask cluster's heartbeats and event loops)
            idle = (sampler.cpu() - c0) / (time.perf_counter() - t1)
            c0, t1 = sampler.cpu(), time.perf_counter()
            out = [o.record.to_dict() if o.record is not None else o.error for o in run_ordered(records, runner, lambda r: r)]
            wall, cpu = time.perf_counter() - t1, sampler.cpu() - c0
        finally:
            runner.close()
    workers = {pid: mib for pid, mib in sampler.peak.items() if pid != sampler.me.pid}
    return {"mode": mode, "ready": ready, "wall": wall, "cpu": cpu, "idle": idle, "out": out,
            "rss_main": sampler.peak.get(sampler.me.pid, 0.0), "rss_workers": sorted(workers.values(), reverse=True)}


def part_workers(corpus: str, n: int) -> None:
    from kabar.scale import limit_threads

    limit_threads(1)
    records = load_records(corpus, n)
    header("workers", corpus, records)
    results = []
    for mode in ("1 worker", "2 workers", "dask local:2"):
        res = run_mode(mode, copies(records, len(records)), copies(records, 8))
        results.append(res)
        base = results[0]
        same = "same records" if res["out"] == base["out"] else "RECORDS DIFFER"
        workers = ", ".join(f"{m:.0f}" for m in res["rss_workers"][:4]) or "-"
        print(f"{mode:<13} {len(records) / res['wall']:6.1f} articles/s wall ({base['wall'] / res['wall']:.2f}x), "
              f"{len(records) / res['cpu']:5.1f} articles/CPU-s, CPU {res['cpu']:.1f}s / wall {res['wall']:.1f}s "
              f"(idle background {res['idle']:.2f} CPU-s per s: {len(records) / max(res['cpu'] - res['idle'] * res['wall'], 1e-9):.1f} articles/CPU-s without it); "
              f"start+warm-up {res['ready']:.1f}s; peak RSS main {res['rss_main']:.0f} MiB, biggest processes {workers} MiB; {same}")


# ------------------------------------------------------------------ growth

def part_growth(corpus: str, n: int) -> None:
    from kabar.pipeline import Pipeline
    from kabar.record import Article
    from kabar.scale import limit_threads

    limit_threads(1)
    records = load_records(corpus, n * 16)
    header("growth", corpus, records)
    pipe = Pipeline()
    for r in copies(records, 3):
        pipe(r)
    print("more articles (distinct ones, one process):")
    for k in (1, 4, 16):
        batch = copies(records[: n * k], n * k)
        c = time.process_time()
        for r in batch:
            pipe(r)
        cpu = time.process_time() - c
        kwords = sum(len(r.text.split()) for r in batch) / 1000
        print(f"  {k:>2}x: {len(batch):5d} articles  {cpu:7.1f} s CPU  {cpu / len(batch) * 1000:6.1f} ms CPU/article  "
              f"{cpu / kwords * 1000:6.1f} ms CPU/1000 words  peak RSS {rss_mib():.0f} MiB")
    print("longer articles (k articles joined into one):")
    for k in (1, 4, 16):
        text = "\n\n".join(r.text for r in records[:k])
        art = Article.new(text, title=records[0].title, published=records[0].published, lang=records[0].lang)
        c = time.process_time()
        out = pipe(art)
        cpu = time.process_time() - c
        kb = len(text.encode()) / 1024
        print(f"  {k:>2}x: {kb:7.1f} KB  {cpu:6.2f} s CPU  {cpu / kb * 1000:6.1f} ms CPU/KB  stages run {len(out.stages)}  peak RSS {rss_mib():.0f} MiB")


def part_big(corpus: str, mb: float) -> None:
    from kabar.pipeline import Pipeline
    from kabar.record import Article
    from kabar.scale import limit_threads

    limit_threads(1)
    records = load_records(corpus, 2000)
    header("big", corpus, records)
    pipe = Pipeline()
    pipe(copies(records, 1)[0])
    before = rss_mib()
    limit = int(mb * 1_000_000) - 10_000  # characters: this branch's spaCy refuses 1,000,000 or more (issue 18)
    parts, size, i = [], 0, 0
    while size + len(records[i % len(records)].text) + 2 < limit:
        parts.append(records[i % len(records)].text)
        size += len(parts[-1]) + 2
        i += 1
    text = "\n\n".join(parts)
    art = Article.new(text, title="big", published=records[0].published, lang=records[0].lang)
    t, c = time.perf_counter(), time.process_time()
    out = pipe(art)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    kb = len(text.encode()) / 1024
    failed = [f.stage for f in out.failures]
    print(f"one article of {len(text):,} characters ({kb / 1024:.2f} MB, {i} articles joined): {cpu:.1f} s CPU, {wall:.1f} s wall, "
          f"{cpu / kb * 1000:.1f} ms CPU/KB; RSS {before:.0f} -> {rss_mib():.0f} MiB; stages run {len(out.stages)}/{len(pipe.names)}; "
          f"failed stages: {failed or 'none'}")


def part_read(copies_of: int) -> None:
    """Read (no extraction) the detik CSV and the same rows repeated: peak RSS must not grow with the file."""
    import os
    import tempfile

    from kabar.readers import read_paths

    if not DETIK.exists():
        sys.exit(f"needs {DETIK}: absent on this machine")
    print(f"# bench_scale read: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    head, rows = DETIK.read_bytes().split(b"\n", 1)
    with tempfile.TemporaryDirectory() as tmp:
        for k in (1, copies_of):
            path = os.path.join(tmp, f"x{k}.csv")
            with open(path, "wb") as fh:
                fh.write(head + b"\n")
                for _ in range(k):
                    fh.write(rows if rows.endswith(b"\n") else rows + b"\n")
            t, n = time.perf_counter(), 0
            for item in read_paths([path]):
                n += item.ok
            wall = time.perf_counter() - t
            print(f"  {os.path.getsize(path) / 2**20:7.1f} MB CSV: {n} articles read in {wall:.1f} s ({n / wall:.0f}/s); peak RSS so far {rss_mib():.0f} MiB")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("part", choices=("stages", "workers", "growth", "big", "read"))
    ap.add_argument("--corpus", choices=("detik", "bbc"), default="detik")
    ap.add_argument("--n", type=int)
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_args()
    if args.part == "stages":
        part_stages(args.corpus, args.n or 300)
    elif args.part == "workers":
        part_workers(args.corpus, args.n or 300)
    elif args.part == "growth":
        part_growth(args.corpus, args.n or 25)
    elif args.part == "read":
        part_read(args.n or 16)
    else:
        part_big(args.corpus, args.mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
