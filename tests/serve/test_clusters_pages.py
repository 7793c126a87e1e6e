"""The across pages: clusters of reports, one cluster's claims view, an article's group of copies."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kabar import across
from kabar.serve import create_app
from kabar.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "across"))
from records import article  # noqa: E402

TEXTS = {
    "a": "Rusia menembakkan rudal ke Kharkiv pada Selasa, kata <script>alert(1)</script> Kirby.",
    "b": "Media Ukraina melaporkan Rusia menembakkan rudal ke Kharkiv dan warga berlindung di stasiun.",
}


def _attack(aid, published, outlet):
    return article(aid, TEXTS[aid], published=published, outlet=outlet,
                   events=({"event": "ASSAULT", "evidence": "Rusia menembakkan rudal ke Kharkiv", "trigger": "menembakkan",
                            "actor": "RUS", "recipient": "UKR", "date": published},))


@pytest.fixture
def client(db_url):
    with Store.open(db_url) as store:
        for aid, day, outlet in (("a", "2024-03-05", "Antara"), ("b", "2024-03-06", "Kompas")):
            rec = _attack(aid, day, outlet)
            store.save(rec)
            across.update(store, rec)
        with TestClient(create_app(store)) as c:
            yield c


def test_cluster_list_and_view_html_and_json(client):
    listed = client.get("/clusters.json").json()["clusters"]
    assert len(listed) == 1 and listed[0]["reports"] == 2
    cid = listed[0]["cluster_id"]
    view = client.get(f"/clusters/{cid}.json").json()
    assert view["first"]["outlet"] == "Antara" and view["independent_sources"] == 2
    html = client.get(f"/clusters/{cid}").text
    assert "Antara" in html and "Kompas" in html and "<script>alert" not in html
    assert client.get("/clusters/no-such.json").status_code == 404


def test_group_page_lists_the_report(client):
    data = client.get("/groups/a.json").json()
    assert [m["id"] for m in data["members"]] == ["a"]
    assert client.get("/groups/unknown.json").status_code == 404
