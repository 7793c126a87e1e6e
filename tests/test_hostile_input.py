"""Issue 18: hostile or broken input is reported in one line and never crashes a batch or the terminal."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from kabar.cli import main
from kabar.record import Article
from kabar.store import Store, StoreOpenError

sys.path.insert(0, str(Path(__file__).parent / "store"))
from pg_schema import fresh_schema_url, skip_reason  # noqa: E402

MARKUP = "[bold red]Gempa[/bold red] di Palu\n\nWarga berkata [/quote] lalu pergi. \"Kami aman [/quote],\" kata Budi di Palu, Senin.\n"
PLAIN = "Banjir di Bogor\n\nBanjir merendam ratusan rumah warga di Bogor pada Senin pagi, kata petugas.\n"
ESCAPES = "Judul\x1b]0;owned\x07 berita\n\nTeks \x1b[2J\x1b[31mmerah\x1b[0m dan \x00NUL\x9b serta\rCR di Jakarta.\n"


@pytest.fixture
def hostile(tmp_path):
    (tmp_path / "a_markup.txt").write_text(MARKUP, encoding="utf-8")
    (tmp_path / "b_plain.txt").write_text(PLAIN, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("command", ["extract", "quotes", "entities", "events"])
def test_markup_in_article_text_is_printed_literally(hostile, capsys, command):
    argv = [command, str(hostile / "a_markup.txt"), "--lang", "id"] + (["--format", "pretty"] if command == "extract" else [])
    assert main(argv) == 0
    out = capsys.readouterr().out
    if command == "extract":
        assert "[bold red]Gempa[/bold red] di Palu" in out  # the title as written, not styled away
        assert "[/quote]" in out


def test_ingest_show_with_markup_stores_the_whole_batch_and_show_prints_it(hostile, tmp_path, capsys):
    db = str(tmp_path / "k.db")
    assert main(["ingest", str(hostile), "--db", db, "--show", "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert "2 inserted" in out and "[bold red]Gempa[/bold red]" in out
    with Store.open(db) as store:
        [marked] = [a for a in store.articles() if "Gempa" in a["title"]]
    assert main(["show", marked["id"], "--db", db]) == 0
    assert "[/quote]" in capsys.readouterr().out


def test_control_characters_are_removed_at_reading(tmp_path, capsys):
    (tmp_path / "esc.txt").write_text(ESCAPES, encoding="utf-8")
    assert main(["extract", str(tmp_path / "esc.txt"), "--lang", "id"]) == 0
    record = json.loads(capsys.readouterr().out)
    for field in ("title", "text"):
        assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in record[field]), record[field]
    assert "merah" in record["text"] and "CR di Jakarta" in record["text"]


def test_control_characters_in_a_stored_record_never_reach_the_terminal(tmp_path, capsys):
    db = str(tmp_path / "k.db")
    with Store.open(db) as store:  # stored through the API, not a reader: the view must still be safe
        store.save(Article(id="esc", title="Judul\x1b]0;owned\x07", text="Teks \x1b[2Jbersih\x9b.", lang="id"))
    assert main(["show", "esc", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "\\x1b]0;owned\\x07" in out  # shown, made visible


def test_nul_is_removed_at_reading_on_both_backends(tmp_path, capsys):
    (tmp_path / "nul.txt").write_text("Judul\n\nBanjir\x00 merendam rumah warga di Bogor.\n", encoding="utf-8")
    urls = [str(tmp_path / "k.db")]
    with _maybe_pg() as pg_url:
        urls += [pg_url] if pg_url else []
        for url in urls:
            assert main(["ingest", str(tmp_path / "nul.txt"), "--db", url, "--lang", "id", "--quiet"]) == 0, url
            with Store.open(url) as store:
                [row] = store.articles()
                assert "\x00" not in store.get(row["id"]).text
    assert "0 failed" in capsys.readouterr().out


def _maybe_pg():
    import contextlib

    return fresh_schema_url() if not skip_reason() else contextlib.nullcontext(None)


def test_jsonl_on_standard_input_is_read_as_jsonl(monkeypatch, capsys):
    lines = [{"text": "Banjir merendam rumah warga di Bogor pada Senin.", "title": "Satu"}, {"text": "Gempa mengguncang Palu pada Selasa.", "title": "Dua"}]
    data = "\n".join(json.dumps(x) for x in lines).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    assert main(["extract", "-", "--lang", "id"]) == 0
    titles = [json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()]
    assert titles == ["Satu", "Dua"]


def test_a_readers_unexpected_exception_fails_that_input_only(hostile, tmp_path, monkeypatch, capsys):
    (hostile / "page.html").write_text("<html><body><p>Isi halaman yang cukup panjang.</p></body></html>", encoding="utf-8")

    def broken(*_a, **_k):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean.\nInstall it.")

    monkeypatch.setattr("kabar.readers.read_html", broken)
    code = main(["ingest", str(hostile), "--db", str(tmp_path / "k.db"), "--lang", "id", "--quiet"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "2 inserted, 0 updated, 0 unchanged, 0 duplicate, 1 failed" in out
    [line] = [x for x in err.splitlines() if "page.html" in x]
    assert "ImportError: lxml.html.clean module is now a separate project" in line


# ------------------------------------------------------------------ databases that cannot be opened


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err, err
    return err


def test_a_folder_as_database_is_one_line(tmp_path, capsys):
    assert main(["search", "banjir", "--db", str(tmp_path)]) == 2
    err = _one_line_error(capsys)
    assert str(tmp_path) in err


def test_a_file_that_is_not_a_database_is_one_line(hostile, tmp_path, capsys):
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not sqlite at all " * 100)
    assert main(["ingest", str(hostile / "b_plain.txt"), "--db", str(bad), "--lang", "id"]) == 2
    err = _one_line_error(capsys)
    assert "cannot open database" in err and "not.db" in err and "not a database" in err


def test_an_unreachable_postgresql_is_one_line_naming_the_url(capsys):
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:1/nothing"
    assert main(["search", "banjir", "--db", url]) == 2
    err = _one_line_error(capsys)
    assert "127.0.0.1:1/nothing" in err and "secret" not in err


def test_a_query_on_a_missing_sqlite_database_is_an_error_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "sub" / "none.db"
    assert main(["show", "abc", "--db", str(missing)]) == 2
    assert "no database at" in _one_line_error(capsys)
    assert main(["search", "banjir", "--db", str(missing)]) == 2
    assert not missing.exists() and not missing.parent.exists()
    with pytest.raises(StoreOpenError):
        Store.open(missing, create=False)


# ------------------------------------------------------------------ search edges


@pytest.mark.parametrize("argv", [["--entity", "x" * 60_000], ["--limit", str(10**30), "--entity", "a"], ["--limit", "-1", "--entity", "a"]])
def test_search_edges_are_one_line_errors(tmp_path, capsys, argv):
    with pytest.raises(SystemExit) as exit_info:
        main(["search", *argv, "--db", str(tmp_path / "k.db")])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("kabar search: error: argument")


def test_search_limit_is_honoured_beyond_the_store_default(tmp_path, capsys):
    db = str(tmp_path / "k.db")
    with Store.open(db) as store:
        for i in range(120):
            store.save(Article(id=f"a{i}", text=f"Teks {i}.", lang="id"))
    assert main(["search", "teks", "--db", db, "--limit", "110", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 110


def test_store_refuses_a_huge_name_filter_clearly(tmp_path):
    with Store.open(tmp_path / "k.db") as store:
        with pytest.raises(ValueError, match="at most 10,000"):
            store.find_entities(name="x" * 60_000)
