"""Resumable ingest: killed midway and continued, errors logged, local worker processes in input order."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from kabar.cli import main
from kabar.pipeline import default_config
from kabar.scale.ingest import count_items, ingest
from kabar.scale.workers import PipelineSpec
from kabar.readers import ReadOptions
from kabar.store import Store

LIGHT = '[pipeline]\nstages = ["language", "clean"]\n'  # fast stages: these tests are about the machinery


def _articles(n):
    return [{"text": f"Banjir merendam {i} rumah warga di Jakarta Timur pada Senin pagi, kata petugas.", "title": f"Banjir {i}"} for i in range(n)]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _count(db):
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_ingest_killed_midway_resumes_with_nothing_lost_and_nothing_doubled(tmp_path):
    n = 400
    data = _jsonl(tmp_path / "many.jsonl", _articles(n))
    (tmp_path / "light.toml").write_text(LIGHT, encoding="utf-8")
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "kabar.cli", "ingest", str(data), "--db", str(db), "--config", str(tmp_path / "light.toml"), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored_at_kill = _count(db)
    assert 0 < stored_at_kill < n, "the ingest was not killed midway"

    errors = tmp_path / "errors.jsonl"
    code = main(["ingest", str(data), "--db", str(db), "--config", str(tmp_path / "light.toml"), "--quiet", "--errors", str(errors)])
    assert code == 0
    with Store.open(db) as store:
        assert store.count() == n  # nothing lost; ids are unique, so nothing doubled
        titles = {a["title"] for a in store.articles(limit=n + 10)}
    assert titles == {f"Banjir {i}" for i in range(n)}
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        done = conn.execute("SELECT items, finished FROM ingest_inputs").fetchall()
    assert done == [(n, 1)]
    assert not errors.exists() or errors.read_text() == ""


def test_second_run_continues_and_reports_it(tmp_path, capsys):
    data = _jsonl(tmp_path / "a.jsonl", _articles(6))
    (tmp_path / "light.toml").write_text(LIGHT, encoding="utf-8")
    db = str(tmp_path / "k.db")
    spec = PipelineSpec(default_config() | {"pipeline": {"stages": ["language", "clean"]}})
    seen = []

    def stop_after_four(item, record, status, error):
        seen.append(status)
        if len(seen) == 4:
            raise KeyboardInterrupt

    with Store.open(db) as store:
        first = ingest([str(data)], store, spec=spec, on_item=stop_after_four)
        assert first.interrupted and store.count() == 4
        second = ingest([str(data)], store, spec=spec)
        assert second.counts["inserted"] == 2 and second.resumed_items == 4 and not second.interrupted
        assert "resumed an interrupted run after 4 items" in second.summary()
        third = ingest([str(data)], store, spec=spec)  # the run finished: the same command starts afresh
        assert third.counts["unchanged"] == 6 and third.resumed_items == 0

        seen.clear()
        assert ingest([str(data)], store, spec=spec, on_item=stop_after_four).interrupted
        _jsonl(data, _articles(7))  # the file changed since: a new run, not a resumed one
        fourth = ingest([str(data)], store, spec=spec)
        assert fourth.resumed_items == 0 and fourth.counts == {"inserted": 1, "updated": 0, "unchanged": 6, "duplicate": 0, "failed": 0, "skipped": 0}


def test_per_article_errors_go_to_the_error_log_and_never_stop_the_batch(tmp_path, capsys):
    table = tmp_path / "berita.csv"
    table.write_text('judul,isi\nSatu,"Banjir merendam rumah warga di Jakarta, kata petugas."\nDua,\nTiga,"Presiden meresmikan jembatan di Surabaya."\n', encoding="utf-8")
    (tmp_path / "light.toml").write_text(LIGHT, encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    code = main(["ingest", str(table), "--db", str(tmp_path / "k.db"), "--config", str(tmp_path / "light.toml"), "--errors", str(errors), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1 and "2 inserted, 0 updated, 0 unchanged, 0 duplicate, 1 failed" in out
    [entry] = [json.loads(line) for line in errors.read_text().splitlines()]
    assert entry["source"] == f"{table}:3" and entry["input"] == str(table) and "empty text" in entry["reason"]


def test_progress_total_is_counted_when_cheap(tmp_path):
    data = _jsonl(tmp_path / "a.jsonl", _articles(3))
    table = tmp_path / "t.csv"
    table.write_text('title,text\nA,"one\ntwo"\nB,three\n', encoding="utf-8")
    (tmp_path / "x.txt").write_text("T\n\nBody.", encoding="utf-8")
    assert count_items([str(data), str(table), str(tmp_path / "x.txt")], ReadOptions()) == 6
    (tmp_path / "c.warc").write_bytes(b"WARC/1.0\r\n")
    assert count_items([str(tmp_path / "c.warc")], ReadOptions()) is None


def test_progress_bar_runs_to_the_end(tmp_path, capsys):
    data = _jsonl(tmp_path / "a.jsonl", _articles(3))
    spec = PipelineSpec(default_config() | {"pipeline": {"stages": ["language", "clean"]}})
    with Store.open(tmp_path / "k.db") as store:
        result = ingest([str(data)], store, spec=spec, progress=True)
    assert result.counts["inserted"] == 3
    assert "3/3" in capsys.readouterr().err


def test_worker_processes_give_the_single_process_records_in_input_order(tmp_path):
    import kabar

    config = default_config() | {"pipeline": {"stages": ["language", "clean"]}}  # light: spawning workers is the cost here
    texts = [f"Judul {i}\n\nBanjir merendam {i} rumah di Jakarta. Petugas mengevakuasi warga." for i in range(8)]
    single = [r.to_dict() for r in kabar.extract_many(texts, config=config)]
    pooled = [r.to_dict() for r in kabar.extract_many(texts, workers=2, config=config)]
    assert pooled == single
    assert [r["title"] for r in pooled] == [f"Judul {i}" for i in range(8)]


def test_extract_many_raises_or_skips_a_failed_item():
    import kabar

    config = default_config() | {"pipeline": {"stages": ["language", "clean"]}}
    with pytest.raises(RuntimeError, match="empty article"):
        list(kabar.extract_many(["Judul\n\nIsi berita.", "   "], config=config))
    assert len(list(kabar.extract_many(["Judul\n\nIsi berita.", "   "], config=config, on_error="skip"))) == 1
