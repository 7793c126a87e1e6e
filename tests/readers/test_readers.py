import json

import pytest

from kabar.readers import Metadata, article_from_string, read_paths

ID_TEXT = "Judul Berita Hari Ini\n\nPresiden meresmikan jembatan baru di Surabaya pada Senin.\n\nWarga menyambut gembira.\n"

HTML = """<!DOCTYPE html><html><head><title>Minister resigns | Daily Example</title>
<link rel="canonical" href="https://news.example.org/2024/03/minister-resigns">
<meta property="og:site_name" content="Daily Example">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-02T08:00:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Minister resigns</h1>
<p>The finance minister resigned on Friday after weeks of protests over fuel prices, officials said.</p>
<p>Her deputy will take over until a successor is appointed by parliament next month, the government added.</p>
</article><footer>Copyright 2024 Daily Example</footer></body></html>"""


def test_text_reader_takes_first_line_as_title(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ID_TEXT, encoding="utf-8")
    [item] = list(read_paths([f], Metadata(published="2024-01-08")))
    assert item.ok
    r = item.record
    assert r.title == "Judul Berita Hari Ini"
    assert r.text.lstrip().startswith("Presiden meresmikan")
    assert str(r.published) == "2024-01-08"
    assert len(r.id) == 16


def test_text_reader_no_title(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ID_TEXT, encoding="utf-8")
    [item] = list(read_paths([f], Metadata(has_title=False)))
    assert item.record.title is None
    assert item.record.text.startswith("Judul Berita")


def test_same_body_gives_same_id_whatever_the_whitespace():
    a = article_from_string("T\n\nSatu  dua\u00a0tiga.")
    b = article_from_string("T\n\nSatu dua tiga.\n")
    assert a.id == b.id


def test_html_reader_uses_trafilatura_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    [item] = list(read_paths([f]))
    r = item.record
    assert r.title == "Minister resigns"
    assert "finance minister resigned" in r.text
    assert "Home" not in r.text and "Copyright" not in r.text
    assert str(r.published) == "2024-03-02"
    assert r.url == "https://news.example.org/2024/03/minister-resigns"
    assert r.outlet == "Daily Example"
    assert r.author == "Jane Roe" and "author" not in r.meta  # the author is the record's own field


def test_html_author_reaches_the_store(tmp_path):
    from kabar.store import Store

    r = article_from_string(HTML)
    with Store.open(str(tmp_path / "k.db")) as store:
        store.save(r)
        assert store.get(r.id).author == "Jane Roe"


def test_jsonl_line_may_state_its_author(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"text": "Satu dua tiga empat.", "author": "Redaksi", "title": "T"}\n', encoding="utf-8")
    [item] = list(read_paths([f]))
    assert item.record.author == "Redaksi" and item.record.title == "T"


def test_flags_override_file_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    [item] = list(read_paths([f], Metadata(published="2024-03-05", outlet="Other", lang="en")))
    assert str(item.record.published) == "2024-03-05"
    assert item.record.outlet == "Other"
    assert item.record.lang == "en"


def test_html_string_detected():
    r = article_from_string(HTML)
    assert r.title == "Minister resigns"


def test_jsonl_reader_with_ids_and_errors(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Polisi menangkap dua tersangka di Medan.", "title": "Tangkap", "published": "2024-05-01", "lang": "id"}),
        "{not json",
        json.dumps({"url": "https://x.example/b", "html": HTML}),
        json.dumps({"title": "no body"}),
        json.dumps([1, 2]),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([f]))
    assert [i.ok for i in items] == [True, False, True, False, False]
    assert items[0].record.id == "a1" and items[0].record.title == "Tangkap" and items[0].record.lang == "id"
    assert items[1].source.endswith(":2") and "not a JSON line" in items[1].error
    assert items[2].record.url == "https://x.example/b"
    assert "neither 'text' nor 'html'" in items[3].error


def test_folders_globs_and_missing(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("T\n\nBody one.", encoding="utf-8")
    (tmp_path / "d" / "y.txt").write_text("T\n\nBody two.", encoding="utf-8")
    (tmp_path / "d" / "skip.bin").write_bytes(b"\x00\x01")
    got = list(read_paths([tmp_path / "d", str(tmp_path / "d" / "*.txt"), tmp_path / "nope.txt", str(tmp_path / "*.zzz")]))
    assert sum(i.ok for i in got) == 4
    errors = [i.error for i in got if not i.ok]
    assert "no such file" in errors and "no file matches this pattern" in errors


def test_broken_file_is_reported_not_fatal(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\n\xff\xfe broken \xc3")
    good = tmp_path / "good.txt"
    good.write_text("Title\n\nFine body.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    items = {i.source: i for i in read_paths([bad, good, empty])}
    assert "not UTF-8" in items[str(bad)].error
    assert items[str(good)].ok
    assert "empty article" in items[str(empty)].error


def test_empty_html_is_an_error():
    with pytest.raises(ValueError, match="no main text"):
        article_from_string("<html><body><div> </div></body></html>")
