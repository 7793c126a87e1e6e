"""The server's parts alone: highlighting, the page registry, filter parameters, the serve command."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kabar import cli
from kabar.serve import create_app, highlight, registry
from kabar.serve.pages.articles import snippet_parts
from kabar.store import Store

sys.path.insert(0, str(Path(__file__).parent))


def record(text, entities=(), quotes=(), events=()):
    return {"text": text, "entities": list(entities), "quotes": list(quotes), "events": list(events)}


def test_overlapping_spans_are_cut_into_escaped_pieces():
    text = 'Ali said "<b>war</b> now" & left.'
    quote_start = text.index('"')
    rec = record(
        text,
        entities=[{"id": "E1", "type": "PER", "mentions": [{"start": 0, "end": 3}]}],
        quotes=[{"id": "Q1", "speaker": "E1", "start": quote_start, "end": text.index("&") - 1, "cue_start": 4, "cue_end": 8}],
        events=[{"id": "V1", "quad_code": "VERBAL_CONFLICT", "evidence": {"start": text.index("war"), "end": len(text) - 1}}],
    )
    html = str(highlight.article_html(rec))
    assert html.startswith('<span class="ent ent-PER" data-items="E1">Ali</span> ')
    assert '<span class="cue q0" data-items="Q1">said</span>' in html
    assert '<span class="q0 quote" data-items="Q1">&#34;&lt;b&gt;</span>' in html
    assert '<span class="ev ev-vk q0 quote" data-items="Q1 V1">war&lt;/b&gt; now&#34;</span>' in html
    assert '<span class="ev ev-vk" data-items="V1"> &amp; left</span>.' in html
    assert "<b>" not in html
    # the pieces put back together are the text
    import re
    from html import unescape

    assert unescape(re.sub(r"<[^>]+>", "", html)) == text


def test_spans_outside_the_text_are_dropped_and_speakers_get_stable_colours():
    rec = record("abc", quotes=[{"id": "Q1", "speaker": "E1", "start": 0, "end": 9},
                                {"id": "Q2", "speaker_name": "X", "start": 0, "end": 1},
                                {"id": "Q3", "speaker": "E1", "start": 1, "end": 2}])
    assert [m.item for m in highlight.marks(rec)] == ["Q2", "Q3"]
    assert highlight.speaker_colours(rec) == {"E1": 0, "X": 1}


def test_evidence_in_its_sentence():
    row = {"evidence_sentence": "A <hit> B", "evidence_text": "<hit>"}
    assert str(highlight.evidence_html(row)) == "A <mark>&lt;hit&gt;</mark> B"
    assert str(highlight.evidence_html({"evidence_sentence": "S", "evidence_text": "elsewhere"})) == "<mark>elsewhere</mark>"


def test_search_snippets_become_parts():
    assert snippet_parts("a \x02b\x03 c") == [{"text": "a ", "match": False}, {"text": "b", "match": True},
                                             {"text": " c", "match": False}]
    assert snippet_parts("") == []


def test_a_new_page_is_one_function_and_one_template(tmp_path):
    """What a map page would do: register, get HTML + JSON twin + navigation link, with no other edit."""

    @registry.page("/test-map", "error.html", "Test map", nav="Test map", order=99)
    def test_map(zoom: int = 3):
        return {"status": zoom, "detail": "places go here"}

    try:
        with Store.open(tmp_path / "k.db") as store, TestClient(create_app(store)) as client:
            html = client.get("/test-map", params={"zoom": 5}).text
            assert "places go here" in html and '<a href="/test-map" class="here">Test map</a>' in html
            assert client.get("/test-map.json", params={"zoom": 5}).json() == {"status": 5, "detail": "places go here"}
            assert client.get("/test-map", params={"_format": "json"}).json()["status"] == 3
            assert client.get("/test-map.json", params={"zoom": "x"}).status_code == 422
            assert "/test-map.json" in client.get("/openapi.json").json()["paths"]
            with pytest.raises(ValueError, match="two pages claim"):
                registry.page("/test-map", "error.html", "again")(lambda: {})
    finally:
        registry._PAGES.pop("/test-map", None)


def test_serve_refuses_a_missing_database_and_binds_localhost(tmp_path, monkeypatch, capsys):
    assert cli.main(["serve", "--db", str(tmp_path / "typo.db")]) == 2
    assert "no database at" in capsys.readouterr().err
    assert not (tmp_path / "typo.db").exists()

    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    monkeypatch.delenv("KABAR_INGEST_TOKEN", raising=False)
    Store.open(tmp_path / "k.db").close()
    assert cli.main(["serve", "--db", str(tmp_path / "k.db")]) == 0
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    assert seen["app"].state.settings.ingest_token is None
    assert "read-only" in capsys.readouterr().err


def test_pages_load_nothing_from_other_hosts():
    """No CDN: no template or static file points a script, style, font or image at another host."""
    import re
    from importlib import resources

    root = resources.files("kabar.serve")
    external = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""", re.I)
    files = [f for folder in ("templates", "static") for f in root.joinpath(folder).iterdir() if f.is_file()]
    assert len(files) > 10
    for f in files:
        if f.name.endswith((".html", ".css", ".js", ".svg")):
            assert not external.search(f.read_text(encoding="utf-8")), f.name


def test_read_only_guard_keeps_an_in_memory_store():
    from sqlalchemy.exc import DBAPIError

    from serve_records import build_record

    store = Store.open(":memory:")
    store.save(build_record("m1"))
    with TestClient(create_app(store)) as client:
        assert client.get("/articles.json").json()["articles"][0]["id"] == "m1"
    with pytest.raises(DBAPIError), store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM articles")
    store.close()
