"""Two writers at once, on SQLite and PostgreSQL: nothing lost, nobody dies.

Each trial starts two processes on one NEW database at the same moment (a barrier), so both
race to create its schema, and both store the same shared articles besides their own. Without
the migration lock one of them dies ("database is locked" on SQLite, UniqueViolation on
PostgreSQL); without the per-article lock/retry a concurrent insert of one article fails.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from kabar.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from pg_schema import fresh_schema_url, skip_reason  # noqa: E402
from store_records import build_record  # noqa: E402

TRIALS = 20
SHARED = ("shared-1", "shared-2")


def _articles(writer: int) -> list[dict]:
    own = [build_record(f"w{writer}-{i}", url=f"https://example.org/w{writer}/{i}", extra=f" Bagian {writer}-{i}.") for i in range(3)]
    shared = [build_record(a, url=f"https://example.org/{a}", extra=" Bersama.") for a in SHARED]
    return [r.to_dict() for r in own + shared]


def _write(url: str, writer: int, barrier, results) -> None:
    try:
        barrier.wait(timeout=30)
        with contextlib.closing(Store.open(url)) as store:
            statuses = [store.save(r) for r in _articles(writer)]
        results.put((writer, "ok", statuses))
    except BaseException as exc:  # reported to the test, which fails with it
        results.put((writer, "error", f"{type(exc).__name__}: {exc}"))


def _trial(url: str) -> list[str]:
    """Problems seen in one trial of two concurrent writers ([] when none)."""
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_write, args=(url, w, barrier, results)) for w in (1, 2)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    problems = [f"writer {w}: {detail}" for w, kind, detail in outcomes if kind != "ok"]
    problems += [f"writer exit status {p.exitcode}" for p in procs if p.exitcode != 0]
    inserted = sum(statuses.count("inserted") for _, kind, statuses in outcomes if kind == "ok")
    with contextlib.closing(Store.open(url)) as store:
        expected = {f"w{w}-{i}" for w in (1, 2) for i in range(3)} | set(SHARED)
        stored = {a["id"] for a in store.articles(limit=100)}
        if stored != expected:
            problems.append(f"stored {sorted(stored)}, expected {sorted(expected)}")
        if inserted != len(expected):  # each shared article inserted once, unchanged for the other writer
            problems.append(f"{inserted} inserts for {len(expected)} articles")
        if store.get("shared-1").to_dict() != build_record("shared-1", url="https://example.org/shared-1", extra=" Bersama.").to_dict():
            problems.append("shared-1 read back differs")
    return problems


@contextlib.contextmanager
def _new_database(backend: str, folder: Path, n: int):
    if backend == "sqlite":
        yield str(folder / f"trial{n}.db")
    else:
        with fresh_schema_url() as url:
            yield url


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_concurrent_writers_on_new_databases_lose_nothing(backend, tmp_path):
    if backend == "postgresql" and skip_reason():
        pytest.skip(skip_reason())
    failures = {}
    for n in range(TRIALS):
        with _new_database(backend, tmp_path, n) as url:
            problems = _trial(url)
        if problems:
            failures[n] = problems
    assert not failures, f"{len(failures)} of {TRIALS} trials lost data or failed: {failures}"


ARTICLE = "Banjir di {place}\n\nBanjir merendam ratusan rumah warga di {place} pada Senin pagi, kata petugas.\n"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_kabar_ingest_commands_into_one_new_database(backend, tmp_path):
    """The real CLI, twice at once, on overlapping inputs: both exit 0 and every article is stored once."""
    if backend == "postgresql" and skip_reason():
        pytest.skip(skip_reason())
    for writer, places in ((1, ("Bekasi", "Bogor", "Depok")), (2, ("Depok", "Tangerang", "Bogor"))):
        folder = tmp_path / f"in{writer}"
        folder.mkdir()
        for place in places:
            (folder / f"{place}.txt").write_text(ARTICLE.format(place=place), encoding="utf-8")
    # The store path is under test: the stages that load models are left out to keep the test short.
    light = [f"--disable={name}" for name in ("entities", "actors", "coref", "temporal", "quantities", "quotes", "events", "places")]
    kabar = [sys.executable, "-m", "kabar.cli", "ingest", "--lang", "id", "--quiet", *light]
    with _new_database(backend, tmp_path, 0) as url:
        procs = [subprocess.Popen([*kabar, str(tmp_path / f"in{w}"), "--db", url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in (1, 2)]
        outputs = [p.communicate(timeout=300) for p in procs]
        for p, (out, err) in zip(procs, outputs):
            assert p.returncode == 0, f"exit {p.returncode}: {out}\n{err}"
            assert "0 failed" in out
        with contextlib.closing(Store.open(url)) as store:
            titles = sorted(a["title"] for a in store.articles(limit=100))
    assert titles == [f"Banjir di {p}" for p in ("Bekasi", "Bogor", "Depok", "Tangerang")]
