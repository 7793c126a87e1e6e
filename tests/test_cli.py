"""The command line end to end on small inputs (SQLite in a temporary folder)."""

import json

import pytest

from kabar.cli import main

EN = "Minister resigns\n\nThe finance minister resigned on Friday after weeks of protests over fuel prices, officials said.\n\nRead more: Fuel prices explained\n"
ID = "Banjir Rendam Jakarta\n\nBanjir merendam ratusan rumah warga di Jakarta Timur pada Senin pagi.\n\nBaca juga: Hujan Deras Diprediksi Berlanjut\n"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "id.txt").write_text(ID, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"Judul\n\n\xff\xfe\x00 rusak")
    return tmp_path


def test_extract_jsonl(files, capsys):
    assert main(["extract", str(files / "id.txt"), "--published", "2024-02-05"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["lang"] == "id" and rec["title"] == "Banjir Rendam Jakarta"
    assert rec["removed"][0]["kind"] == "read_also"
    assert rec["published"] == "2024-02-05"


def test_extract_pretty_seed(capsys, seed_path):
    assert main(["extract", str(seed_path), "--published", "2024-01-05", "--format", "pretty"]) == 0
    out = capsys.readouterr().out
    assert "Business Insider" in out and "read_also" in out and "caption" in out


def test_ingest_is_idempotent_and_reports_broken_files(files, tmp_path, capsys):
    db = str(tmp_path / "k.db")
    code = main(["ingest", str(files), "--db", db])
    out, err = capsys.readouterr()
    assert code == 1  # something failed ...
    assert "broken.txt" in err and "not UTF-8" in err  # ... and it is named with its reason
    assert "2 inserted, 0 updated, 0 unchanged, 0 duplicate, 1 failed" in out  # ... and the rest is stored

    assert main(["ingest", str(files / "en.txt"), str(files / "id.txt"), "--db", db]) == 0
    assert "0 inserted, 0 updated, 2 unchanged, 0 duplicate, 0 failed" in capsys.readouterr().out

    from kabar.store import Store

    with Store.open(db) as store:
        assert store.count() == 2


def test_changed_article_with_same_url_is_updated(files, tmp_path, capsys):
    db = str(tmp_path / "k.db")
    main(["ingest", str(files / "en.txt"), "--db", db, "--url", "https://x.example/a"])
    (files / "en.txt").write_text(EN.replace("Friday", "Saturday"), encoding="utf-8")
    main(["ingest", str(files / "en.txt"), "--db", db, "--url", "https://x.example/a"])
    out = capsys.readouterr().out
    assert "0 inserted, 1 updated" in out
    from kabar.store import Store

    with Store.open(db) as store:
        assert store.count() == 1


def test_show_and_search(files, tmp_path, capsys):
    db = str(tmp_path / "k.db")
    main(["ingest", str(files / "id.txt"), "--db", db, "--quiet"])
    capsys.readouterr()
    assert main(["search", "banjir", "--db", db, "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 1
    aid = hits[0]["id"]
    assert main(["show", aid, "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Banjir Rendam Jakarta"
    assert main(["show", "nope", "--db", db]) == 1


def test_unknown_language_is_stored_with_its_code(tmp_path, capsys):
    f = tmp_path / "fr.txt"
    f.write_text("Titre\n\nLe gouvernement a annoncé lundi une nouvelle réforme des retraites très contestée.", encoding="utf-8")
    assert main(["ingest", str(f), "--db", str(tmp_path / "k.db")]) == 0
    assert main(["extract", str(f)]) == 0
    rec = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rec["lang"] == "fr"
    assert rec["warnings"]


def test_eval_prints_every_figure(seed_gold, capsys):
    assert main(["eval", str(seed_gold)]) == 0
    out = capsys.readouterr().out
    for label in ("Entities", "Quotes", "kind agrees", "Events", "modality", "claimant", "Boilerplate found", "Boilerplate precision", "Dates recall", "Quantities recall"):
        assert label in out
    assert "(3/3)" in out  # boilerplate


def test_eval_json_and_bad_gold(seed_gold, tmp_path, capsys):
    assert main(["eval", str(seed_gold), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["total"]["boilerplate_recall"] == {"hits": 3, "total": 3, "ratio": 1.0}
    bad = tmp_path / "x.gold.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["eval", str(bad)]) == 2


def test_schema_command(capsys):
    assert main(["schema"]) == 0
    assert "Article" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["entities", "quotes", "events"])
def test_table_commands(command, seed_path, capsys):
    assert main([command, str(seed_path), "--published", "2024-01-05", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"id", command} and out[command]
    assert main([command, str(seed_path), "--published", "2024-01-05"]) == 0
    assert command.capitalize() in capsys.readouterr().out


# Session 22 (attrib22): --attribution wide sets [stages.quotes] attribution for the commands that run the pipeline;
# without it the records are speech mode's (no "attribution" key at all).
def test_attribution_flag_picks_the_quotes_mode(tmp_path, capsys):
    f = tmp_path / "a.txt"
    # Session 28 (polnear28): a stance, not a belief ("X believes S" by a named source is now a speech-mode quote too)
    f.write_text("Wide mode\n\nSenator Maria Lopez endorsed the tax plan on Monday. "
                 "She said the vote would be close.\n", encoding="utf-8")
    assert main(["extract", str(f), "--lang", "en", "--attribution", "wide"]) == 0
    wide = json.loads(capsys.readouterr().out)
    assert [(q["cue"], q.get("attribution")) for q in wide["quotes"]] == [("endorsed", "stance"), ("said", None)]
    assert main(["extract", str(f), "--lang", "en"]) == 0
    speech = json.loads(capsys.readouterr().out)
    assert [q["cue"] for q in speech["quotes"]] == ["said"]
    assert not any("attribution" in q for q in speech["quotes"])
    with pytest.raises(SystemExit):
        main(["extract", str(f), "--attribution", "everything"])
