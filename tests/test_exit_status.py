"""Issue 18: honest summaries and exit statuses, size limits, long texts in sections, dates and language codes."""

from __future__ import annotations

import json

import pytest

from kabar.cli import main
from kabar.pipeline import ArticleRefused, Pipeline, default_config
from kabar.readers import article_from_string
from kabar.record import Article
from kabar.stages import stage
from kabar.store import Store
from kabar.text import sentences as text_sentences

ARTICLE = "Banjir di {place}\n\nBanjir merendam ratusan rumah warga di {place} pada Senin pagi, kata Kepala BPBD Budi Santoso.\n"


@stage("test_robust_boom", requires=("text",), assigns=())
def robust_boom():
    def fail(record):
        raise RuntimeError("boom\nsecond line")

    return fail


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for place in ("Bogor", "Depok"):
        (folder / f"{place}.txt").write_text(ARTICLE.format(place=place), encoding="utf-8")
    return folder


def _config(tmp_path, stages, **pipeline) -> str:
    lines = ["[pipeline]", "stages = [" + ", ".join(f'"{s}"' for s in stages) + "]"] + [f"{k} = {v}" for k, v in pipeline.items()]
    path = tmp_path / "kabar.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_a_failed_stage_is_reported_and_gives_exit_status_3(inputs, tmp_path, capsys):
    config = _config(tmp_path, ["language", "clean", "segment", "test_robust_boom"])
    code = main(["ingest", str(inputs), "--db", str(tmp_path / "k.db"), "--config", config, "--quiet"])
    out, err = capsys.readouterr()
    assert code == 3
    assert "2 inserted, 0 updated, 0 unchanged, 0 duplicate, 0 failed; 2 stored with failed stages" in out
    assert err.count("stage test_robust_boom: failed: RuntimeError: boom") == 2


def test_a_failed_input_wins_over_failed_stages_exit_status_1(inputs, tmp_path, capsys):
    (inputs / "broken.txt").write_bytes(b"\xff\xfe broken")
    config = _config(tmp_path, ["language", "clean", "segment", "test_robust_boom"])
    assert main(["ingest", str(inputs), "--db", str(tmp_path / "k.db"), "--config", config, "--quiet"]) == 1
    assert "2 inserted, 0 updated, 0 unchanged, 0 duplicate, 1 failed; 2 stored with failed stages" in capsys.readouterr().out


def test_extract_exit_status_says_a_stage_failed(inputs, tmp_path, capsys):
    config = _config(tmp_path, ["language", "segment", "test_robust_boom"])
    assert main(["extract", str(inputs / "Bogor.txt"), "--config", config]) == 3
    assert main(["extract", str(inputs / "Bogor.txt"), "--config", _config(tmp_path, ["language", "segment"])]) == 0


def test_an_article_over_the_size_limit_is_refused_and_the_batch_goes_on(inputs, tmp_path, capsys):
    (inputs / "huge.txt").write_text("Judul\n\n" + "Banjir merendam rumah warga. " * 40, encoding="utf-8")
    config = _config(tmp_path, ["language", "clean", "segment"], max_chars=500)
    code = main(["ingest", str(inputs), "--db", str(tmp_path / "k.db"), "--config", config, "--quiet"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "2 inserted, 0 updated, 0 unchanged, 0 duplicate, 1 failed" in out
    [line] = err.splitlines()
    assert "huge.txt: refused: article is 1,161 characters, over the limit of 500" in line


def test_the_default_size_limit_is_generous():
    assert default_config()["pipeline"]["max_chars"] == 2_000_000
    with pytest.raises(ArticleRefused, match="over the limit of 10"):
        Pipeline({**default_config(), "pipeline": {"stages": ["segment"], "max_chars": 10}})(Article.new("x" * 11, lang="id"))


def test_a_text_beyond_spacys_limit_runs_every_stage_in_sections(monkeypatch, seed_path):
    """spaCy's limit lowered to a few thousand characters: the seed article repeated goes through in sections,
    every stage runs, and the record equals the one made in one piece."""
    text = "\n\n".join([seed_path.read_text(encoding="utf-8").split("\n", 1)[1]] * 3)
    pipeline = Pipeline()
    whole = pipeline(article_from_string(text, has_title=False, lang="id", published="2024-01-05"))
    nlp = text_sentences.nlp_for("id")
    monkeypatch.setattr(nlp, "max_length", 3000)  # sections of at most 2,999 characters
    assert len(text) > 3 * nlp.max_length
    cut = pipeline(article_from_string(text, has_title=False, lang="id", published="2024-01-05"))
    assert cut.stages == pipeline.names and not cut.failures
    assert cut.to_dict() == whole.to_dict()


@pytest.mark.parametrize(
    "published, day",
    [("Tue, 05 Mar 2024 23:30:00 -0500", "2024-03-05"), (1709600000, "2024-03-05"), ("1709600000", "2024-03-05"),
     (1709600000000, "2024-03-05"), ("2024-03-05T10:00:00+07:00", "2024-03-05")],
)
def test_jsonl_publication_dates_in_every_accepted_form(tmp_path, capsys, published, day):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "Banjir merendam rumah warga.", "published": published}) + "\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.jsonl"), "--lang", "id", "--disable", "events"]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == day


@pytest.mark.parametrize("published", [86400, 20240305, "kemarin", True, "2024-13-45"])
def test_implausible_or_unreadable_dates_fail_that_line_in_one_line(tmp_path, capsys, published):
    lines = [{"text": "Banjir merendam rumah warga.", "published": published}, {"text": "Gempa mengguncang Palu."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.jsonl"), "--lang", "id", "--disable", "events"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1  # the other line is extracted
    [line] = err.splitlines()
    assert "a.jsonl:1: bad article: published: " in line


def test_a_bad_published_flag_is_one_line_before_any_work(inputs, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(inputs), "--published", "5/3/2024"])
    assert exit_info.value.code == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "--published: not a date: '5/3/2024'" in line


@pytest.mark.parametrize("flag", ["EN", "en-US", "eng", "English"])
def test_language_flag_written_any_usual_way_runs_the_language_stages(inputs, capsys, flag):
    (inputs / "en.txt").write_text("Floods\n\nFloods hit hundreds of homes in Bogor on Monday, officials said.\n", encoding="utf-8")
    assert main(["extract", str(inputs / "en.txt"), "--lang", flag]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["lang"] == "en"
    assert not [w for w in record["warnings"] if "skipped" in w]


def test_unknown_language_is_refused_and_a_packless_one_warned(inputs, capsys):
    with pytest.raises(SystemExit):
        main(["extract", str(inputs / "Bogor.txt"), "--lang", "zz"])
    assert "unknown language 'zz'" in capsys.readouterr().err
    assert main(["extract", str(inputs / "Bogor.txt"), "--lang", "fr-FR"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["lang"] == "fr"
    assert "no language pack for 'fr'" in err and "language-neutral stages" in err


def test_jsonl_language_field_is_normalised_or_the_line_refused(tmp_path, capsys):
    lines = [{"text": "Banjir merendam rumah warga di Bogor.", "lang": "IND"}, {"text": "Gempa mengguncang Palu.", "lang": "qq"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.jsonl")]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["lang"] == "id"
    assert "a.jsonl:2: refused: unknown language 'qq'" in err


def test_pg_and_sqlite_store_the_same_clean_text(tmp_path):
    record = Article.new("Banjir\x00 merendam\x1b[2J rumah.", lang="id", title="Judul\x07")
    assert record.text == "Banjir merendam[2J rumah." and record.title == "Judul"
    with Store.open(tmp_path / "k.db") as store:
        assert store.save(record) == "inserted"
