"""POST /ingest: off by default, the token (missing, wrong, right), batches, and markup in an ingested article."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kabar.serve import Settings, create_app
from kabar.serve.run import ServeError, read_token
from kabar.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from serve_records import TOKEN  # noqa: E402

AUTH = {"Authorization": f"Bearer {TOKEN}"}
HOSTILE = (
    "Jakarta - Presiden Joko Widodo mengatakan Indonesia mendukung Palestina. "
    '<script>window.pwned = true</script> "Kami <b>menolak</b> kekerasan," kata Retno Marsudi '
    '<img src=x onerror="window.pwned = true"> di Jakarta.'
)


@pytest.fixture
def client(db_url, pipeline):
    store = Store.open(db_url)
    app = create_app(store, Settings(ingest_token=TOKEN))
    app.state.pipeline = pipeline
    with TestClient(app) as c:
        yield c
    store.close()


def test_token_missing_wrong_and_right(client, seed_path):
    article = {"text": seed_path.read_text(encoding="utf-8").split("\n", 1)[1], "published": "2024-01-05", "lang": "id"}
    missing = client.post("/ingest", json=article)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert client.post("/ingest", json=article, headers={"Authorization": "Bearer wrong-token-wrong-token"}).status_code == 403
    assert client.post("/ingest", json=article, headers={"Authorization": TOKEN}).status_code == 401  # no scheme
    assert client.post("/ingest", json={"oops": 1}).status_code == 401  # refused before the body is looked at
    assert client.get("/.json").json()["counts"]["articles"] == 0

    done = client.post("/ingest", json=article, headers=AUTH)
    assert done.status_code == 200, done.text
    result = done.json()["results"][0]
    assert result["status"] == "inserted" and result["events"] > 0 and result["quotes"] > 0
    record = client.get(f"/articles/{result['id']}.json").json()["article"]
    assert record["published"] == "2024-01-05" and "events" in record["stages"]
    again = client.post("/ingest", json=article, headers=AUTH).json()
    assert again["unchanged"] == 1  # re-ingesting is idempotent


def test_batch_reports_a_bad_article_and_stores_the_rest(client):
    batch = [
        {"text": "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia mengecam serangan itu.", "lang": "id"},
        {"text": "   ", "lang": "id"},
        {"text": "Jakarta - Presiden Prabowo bertemu Presiden Xi Jinping di Beijing.", "published": "not a date"},
    ]
    data = client.post("/ingest", json=batch, headers=AUTH).json()
    assert [r["status"] for r in data["results"]] == ["inserted", "failed", "failed"]
    assert "neither 'text' nor 'html'" in data["results"][1]["error"]
    assert data["results"][2]["index"] == 2 and data["results"][2]["error"]
    assert client.get("/.json").json()["counts"]["articles"] == 1
    too_many = client.post("/ingest", json=[batch[0]] * 51, headers=AUTH)
    assert too_many.status_code == 413


def test_markup_in_an_ingested_article_renders_as_text(client):
    data = client.post("/ingest", json={"text": HOSTILE, "title": "<script>alert(1)</script>", "lang": "id"}, headers=AUTH).json()
    article_id = data["results"][0]["id"]
    html = client.get(f"/articles/{article_id}").text
    assert "&lt;script&gt;window.pwned = true&lt;/script&gt;" in html
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; · kabar</title>" in html
    assert "<script>window" not in html and "<script>alert" not in html and "<img src" not in html and "<b>" not in html
    assert html.count("<script") == 2  # the record as JSON data, and reader.js
    assert '<script type="application/json" id="record-data">' in html and "\\u003cscript\\u003e" in html


def test_token_sources(tmp_path, monkeypatch):
    monkeypatch.delenv("KABAR_INGEST_TOKEN", raising=False)
    assert read_token(None) is None
    monkeypatch.setenv("KABAR_INGEST_TOKEN", "short")
    with pytest.raises(ServeError, match="too short"):
        read_token(None)
    path = tmp_path / "token"
    path.write_text(TOKEN + "\n")
    assert read_token(str(path)) == TOKEN
    with pytest.raises(ServeError, match="cannot read"):
        read_token(str(tmp_path / "absent"))
