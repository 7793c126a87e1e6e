"""Copies and translations are linked one article at a time; sightings keep exact copies as one record."""
from __future__ import annotations

import pytest

from kabar import across
from kabar.store import Store
from records import article

BODY = "\n\n".join(
    f"Paragraf {i}: Menteri Keuangan menyebut dana daerah yang mengendap di bank mencapai ratusan triliun rupiah pada bulan {i}."
    for i in range(12)
)
OTHER = "\n\n".join(f"Paragraf {i}: tim nasional menang tipis dalam laga uji coba ke-{i} di stadion utama." for i in range(12))


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s


def _add(store, rec):
    status = store.save(rec)
    if status in ("inserted", "updated"):
        across.update(store, rec)
    return status


def _group(store, aid):
    with store.engine.connect() as conn:
        return across.group_of(conn, aid)


def test_truncated_copy_with_boilerplate_joins_the_original(store):
    _add(store, article("orig", BODY, published="2024-03-05", outlet="detik.com"))
    paras = BODY.split("\n\n")
    copy = "BACA JUGA: Harga cabai naik\n\n" + "\n\n".join(paras[:8]) + "\n\nSimak berita lainnya di Kabar Kini."
    _add(store, article("copy", copy, published="2024-03-06", outlet="Kabar Kini"))
    _add(store, article("other", OTHER, published="2024-03-05"))
    assert _group(store, "copy") == _group(store, "orig")
    assert _group(store, "other") != _group(store, "orig")
    members = across.read(store, across.group_members, _group(store, "orig"))
    assert [m["id"] for m in members if m["representative"]] == ["orig"]  # the earliest heads the group
    assert {m["id"]: m["relation"] for m in members} == {"orig": "original", "copy": "copy"}


def test_a_late_original_still_heads_its_group(store):
    _add(store, article("copy", BODY, published="2024-03-06", original_outlet="detik.com"))
    _add(store, article("orig", BODY + "\n\nParagraf akhir yang hanya ada di versi asli.", published="2024-03-05"))
    members = across.read(store, across.group_members, _group(store, "orig"))
    assert members[0]["id"] == "orig" and {m["id"] for m in members} == {"orig", "copy"}


def test_translation_links_on_language_independent_facts(store):
    common = dict(people=("Guntur Aryo Tejo",), dates=(("24 Oktober", "2017-10-24"),))
    id_text = "Kombes Guntur Aryo Tejo mengatakan polisi menangkap empat terduga pada 24 Oktober dan menyita 12 telepon."
    en_text = "Senior Commissioner Guntur Aryo Tejo said police arrested four suspects on 24 Oktober and seized 12 phones."
    ev = {"event": "COERCE", "actor": "IDNCOP", "recipient": "IDN"}
    _add(store, article("id1", id_text, lang="id", published="2017-10-24", numbers=(("12 telepon", 12.0),),
                        events=(ev | {"evidence": "polisi menangkap empat terduga"},), **common))
    _add(store, article("noise", "Pertandingan berakhir imbang pada 24 Oktober.", lang="id", published="2017-10-24",
                        dates=(("24 Oktober", "2017-10-24"),)))
    en = article("en1", en_text, lang="en", published="2017-10-25", numbers=(("12 phones", 12.0),),
                 events=(ev | {"evidence": "police arrested four suspects"},), **common)
    assert store.save(en) == "inserted"
    link = across.update(store, en)
    assert link.relation == "translation" and link.linked_to == "id1"
    assert _group(store, "en1") == _group(store, "id1") != _group(store, "noise")


def test_same_language_unrelated_facts_do_not_make_a_translation(store):
    _add(store, article("a", "Presiden Joko Widodo meresmikan jalan tol pada 5 Maret.", people=("Joko Widodo",),
                        dates=(("5 Maret", "2024-03-05"),)))
    _add(store, article("b", "President Joko Widodo opened a dam on 9 March.", lang="en", people=("Joko Widodo",),
                        dates=(("9 March", "2024-03-09"),)))
    assert _group(store, "a") != _group(store, "b")  # one shared name is not a translated report


def test_exact_copy_under_another_title_is_one_article_with_a_sighting(store):
    first = article("same", BODY, title="Dana daerah mengendap", outlet="detik.com")
    second = article("same", BODY, title="DANA MENGENDAP: Rp 234 triliun", outlet="Kabar Kini")
    assert store.save(first) == "inserted"
    assert store.save(second) == "duplicate"
    assert store.save(second) == "unchanged" and store.save(first) == "unchanged"  # re-ingesting changes nothing
    assert store.get("same").title == "Dana daerah mengendap"
    assert [s["title"] for s in store.sightings("same")] == ["DANA MENGENDAP: Rp 234 triliun"]


def test_same_url_is_still_an_update(store):
    store.save(article("u", BODY, title="Judul lama", url="https://x.example/1"))
    assert store.save(article("u", BODY, title="Judul baru", url="https://x.example/1")) == "updated"
    assert store.get("u").title == "Judul baru" and store.sightings("u") == []


def test_update_indexes_only_the_new_article(store, monkeypatch):
    for n in range(3):
        _add(store, article(f"s{n}", OTHER.replace("tim", f"tim{n}"), published="2024-03-05"))
    seen = []
    real = across.copies.fingerprint
    monkeypatch.setattr(across.copies, "fingerprint", lambda text: seen.append(text) or real(text))
    _add(store, article("new", BODY))
    assert seen == [BODY]  # stored articles are not fingerprinted again
