"""Every endpoint and filter of ``kabar serve``, on SQLite and PostgreSQL (FastAPI's TestClient)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import DBAPIError

from kabar.serve import Settings, create_app
from kabar.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from serve_records import TOKEN, stored_records  # noqa: E402



@pytest.fixture
def store(db_url):
    s = Store.open(db_url)
    s.save_many(stored_records())
    yield s
    s.close()


@pytest.fixture
def client(store):
    with TestClient(create_app(store)) as c:
        yield c


def get_json(client, path, **params):
    response = client.get(path, params=params or None)
    assert response.status_code == 200, response.text
    return response.json()


def event_ids(client, **params):
    return sorted(e["global_id"] for e in get_json(client, "/events.json", limit=1000, **params)["events"])


# ------------------------------------------------------------------ articles


def test_home_counts(client):
    data = get_json(client, "/.json")
    assert data["counts"]["articles"] == 3
    assert data["counts"]["events"] == 6
    assert {s["speaker"] for s in data["speakers"]} == {"Retno Marsudi"}


def test_articles_list_filters_and_cursor_pagination(client):
    assert [a["id"] for a in get_json(client, "/articles.json")["articles"]] == ["a1", "a2", "a3"]
    assert [a["id"] for a in get_json(client, "/articles.json", lang="en")["articles"]] == ["a2"]
    assert [a["id"] for a in get_json(client, "/articles.json", date_from="2024-04")["articles"]] == ["a2", "a3"]
    assert [a["id"] for a in get_json(client, "/articles.json", date_to="2024-04-10")["articles"]] == ["a1", "a2"]
    seen, pages, url = [], 0, "/articles.json?limit=2"
    while url:
        page = get_json(client, url)
        seen, pages, url = seen + [a["id"] for a in page["articles"]], pages + 1, page["next"]
        assert url is None or url.startswith("/articles.json?") and "limit=2" in url
    assert seen == ["a1", "a2", "a3"] and pages == 2


def test_article_search(client):
    data = get_json(client, "/articles.json", q="Retno", lang="en")
    assert [a["id"] for a in data["articles"]] == ["a2"]
    assert any(part["match"] and part["text"].lower() == "retno" for part in data["articles"][0]["snippet"])
    assert get_json(client, "/articles.json", q="nowhere-to-be-found")["articles"] == []


def test_one_article_is_the_whole_record(client, store):
    assert get_json(client, "/articles/a1.json")["article"] == store.get("a1").to_dict()
    assert client.get("/articles/a1", params={"_format": "json"}).json()["article"]["id"] == "a1"
    for path in ("/articles/missing.json", "/articles/missing"):
        response = client.get(path)
        assert response.status_code == 404
        assert "missing" in response.text


# ------------------------------------------------------------------ entities, actors, quotes, speakers


def test_entities_filters_and_pagination(client):
    assert {e["article_id"] for e in get_json(client, "/entities.json", name="retno")["entities"]} == {"a1", "a2", "a3"}
    assert {e["name"] for e in get_json(client, "/entities.json", actor="TUR")["entities"]} == {"Recep Tayyip ERDOĞAN"}
    assert {e["type"] for e in get_json(client, "/entities.json", type="gpe")["entities"]} == {"GPE"}
    assert len(get_json(client, "/entities.json", lang="en")["entities"]) == 3
    first = get_json(client, "/entities.json", limit=4)
    second = get_json(client, first["next"])
    assert len(first["entities"]) == 4 and first["next"]
    assert not {e["global_id"] for e in first["entities"]} & {e["global_id"] for e in second["entities"]}


def test_actors(client):
    actors = {a["actor"]: a for a in get_json(client, "/actors.json")["actors"]}
    # V1 of each article: IDN and IDNGOV act on ISR (TUR's event has no recipient, so no dyad)
    assert actors["ISR"]["as_recipient"] == 6 and actors["ISR"]["as_actor"] == 0
    assert actors["IDN"]["as_actor"] == 3
    assert "TUR" not in actors
    assert {a["actor"] for a in get_json(client, "/actors.json", lang="en")["actors"]} == {"IDN", "IDNGOV", "ISR"}


def test_quotes_speakers_and_speaker_page(client):
    assert len(get_json(client, "/quotes.json", speaker="retno")["quotes"]) == 3
    assert get_json(client, "/quotes.json", text="kekerasan", lang="en")["quotes"][0]["article_id"] == "a2"
    assert get_json(client, "/quotes.json", text="not said")["quotes"] == []
    assert get_json(client, "/speakers.json")["speakers"] == [{"speaker": "Retno Marsudi", "quotes": 3, "articles": 3}]
    page = get_json(client, "/speakers/Retno Marsudi.json")
    assert len(page["quotes"]) == 3
    assert {e["category"] for e in page["claims"]} == {"ACCUSE"} and len(page["claims"]) == 3
    assert get_json(client, "/speakers/nobody.json") == {"name": "nobody", "quotes": [], "claims": [],
                                                           "more_quotes": False, "more_claims": False}


# ------------------------------------------------------------------ events


def test_every_event_filter(client):
    v1 = ["a1:V1", "a2:V1", "a3:V1"]
    v2 = ["a1:V2", "a2:V2", "a3:V2"]
    assert event_ids(client) == sorted(v1 + v2)
    assert event_ids(client, actor="IDN") == v1  # code prefix: IDN and IDNGOV
    assert event_ids(client, actor="Turki") == v2  # a name part
    assert event_ids(client, recipient="ISR") == v1
    assert event_ids(client, category="AID") == v2
    assert event_ids(client, category=["AID", "ACCUSE"]) == sorted(v1 + v2)
    assert event_ids(client, category="aid,accuse") == sorted(v1 + v2)
    assert event_ids(client, modality="future") == v2
    assert event_ids(client, claimant="retno") == v1
    assert event_ids(client, date_from="2024-03-05") == v1  # V2's date is the month 2024-03
    assert event_ids(client, date_to="2024-03") == sorted(v1 + v2)
    assert event_ids(client, lang="en") == ["a2:V1", "a2:V2"]
    assert event_ids(client, outlet="contoh") == sorted(v1 + v2)
    assert event_ids(client, outlet="elsewhere") == []
    assert event_ids(client, min_confidence=0.7) == v1
    assert event_ids(client, text="kapal") == v2
    assert event_ids(client, mode="heavy-weapons") == []
    assert event_ids(client, actor="", category="") == sorted(v1 + v2)  # empty form fields are no filter


def test_event_rows_sort_count_and_pagination(client):
    data = get_json(client, "/events.json", sort="-confidence", limit=2, count="true")
    assert data["total"] == 6
    assert [e["confidence"] for e in data["events"]] == [0.8, 0.8]
    first = data["events"][0]
    assert first["actor_code"] == "IDN" and first["recipient_code"] == "ISR" and first["claimant_name"] == "Retno Marsudi"
    assert first["evidence_text"] == "Indonesia mengecam serangan itu"
    seen, pages, url = [], 0, "/events.json?sort=date&limit=4&category=AID,ACCUSE"
    while url:
        page = get_json(client, url)
        seen, pages, url = seen + [e["global_id"] for e in page["events"]], pages + 1, page["next"]
    assert len(seen) == len(set(seen)) == 6 and pages == 2
    assert get_json(client, "/events.json")["total"] is None  # counting is asked for, not done by default
    assert "count them" in client.get("/events", params={"limit": 2}).text


@pytest.mark.parametrize(
    "params, status",
    [({"category": "DANCE"}, 400), ({"modality": "maybe"}, 400), ({"date_from": "5 March"}, 400),
     ({"cursor": "not-a-cursor"}, 400), ({"sort": "random"}, 422), ({"limit": 0}, 422), ({"limit": 100000}, 422)],
)
def test_bad_event_parameters_are_clear_errors(client, params, status):
    response = client.get("/events.json", params=params)
    assert response.status_code == status
    assert response.json()["detail"]
    assert client.get("/events", params=params).status_code == status  # the HTML page says it too


def test_network_and_timeline(client):
    net = get_json(client, "/network.json")
    assert {n["id"] for n in net["nodes"]} == {"IDN", "IDNGOV", "ISR"}
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("IDN", "ISR")]["count"] == 3 and edges[("IDN", "ISR")]["category"] == "ACCUSE"
    assert edges[("IDN", "ISR")]["categories"] == {"ACCUSE": 3}
    assert len(get_json(client, "/network.json", edges=1)["edges"]) == 1
    assert get_json(client, "/network.json", category="AID")["nodes"] == []
    pairs = get_json(client, "/dyads.json")["dyads"]
    assert {(d["actor"], d["recipient"], d["count"]) for d in pairs} == {("IDN", "ISR", 3), ("IDNGOV", "ISR", 3)}
    monthly = get_json(client, "/dyads.json", by_month="true", lang="id")["dyads"]
    assert {(d["actor"], d["month"], d["count"]) for d in monthly} == {("IDN", "2024-03", 2), ("IDNGOV", "2024-03", 2)}
    line = get_json(client, "/timeline.json")
    assert line["days"] == ["2024-03", "2024-03-05"]
    assert line["categories"] == ["AID", "ACCUSE"]
    assert {(r["day"], r["category"], r["count"]) for r in line["counts"]} == {("2024-03", "AID", 3), ("2024-03-05", "ACCUSE", 3)}
    assert get_json(client, "/timeline.json", lang="en")["counts"][0]["count"] == 1


# ------------------------------------------------------------------ pages, twins, safety


PAGES = ["/", "/articles", "/articles/a1", "/entities", "/actors", "/quotes", "/speakers", "/speakers/Retno%20Marsudi",
         "/events", "/network", "/timeline", "/dyads"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_html_and_the_same_json_twin(client, path):
    html = client.get(path, params={"lang": "id"} if path == "/events" else None)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in html.headers["content-security-policy"]
    twin = "/.json" if path == "/" else path + ".json"
    assert client.get(twin).json() == client.get(path, params={"_format": "json"}).json()


def test_markup_in_stored_text_is_escaped(client):
    html = client.get("/articles/a3").text
    assert '&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;' in html
    assert "<script>alert" not in html and "<img src=x" not in html
    assert 'href="javascript:' not in html  # a stored javascript: URL is not made a link
    assert '<span class="ent ent-PER" data-items="E1">Retno Marsudi</span>' in client.get("/articles/a1").text


def test_events_page_keeps_filters_in_the_query_string(client):
    html = client.get("/events", params={"category": "AID", "actor": "Turki"}).text
    assert '<option value="AID" selected>' in html and 'value="Turki"' in html
    assert html.count('data-category="AID"') == 3 and 'data-category="ACCUSE"' not in html


def test_openapi_documents_the_json_endpoints_and_docs_are_offline(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ["/articles.json", "/articles/{article_id}.json", "/entities.json", "/actors.json", "/quotes.json",
                 "/speakers.json", "/events.json", "/network.json", "/timeline.json", "/dyads.json", "/ingest"]:
        assert path in paths
    names = {p["name"] for p in paths["/events.json"]["get"]["parameters"]}
    assert {"actor", "recipient", "category", "mode", "modality", "claimant", "date_from", "date_to", "lang", "outlet",
            "sort", "cursor", "limit"} <= names
    docs = client.get("/docs").text
    assert "/static-offline-docs/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_read_only_by_default(store, client):
    with pytest.raises(DBAPIError), store.engine.begin() as conn:  # the app's connections refuse any write
        conn.exec_driver_sql("DELETE FROM articles")
    assert get_json(client, "/.json")["counts"]["articles"] == 3
    assert client.post("/ingest", json={"text": "Some news."}).status_code == 403


def test_request_bodies_over_the_limit_are_refused(store):
    app = create_app(store, Settings(ingest_token=TOKEN, max_body_bytes=1000))
    with TestClient(app) as c:
        response = c.post("/ingest", json={"text": "x" * 5000}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
