"""Event clusters: one real-world act reported by several articles; the claims view over them."""
from __future__ import annotations

import datetime as dt

import pytest

from kabar import across
from kabar.across.clusters import EventKey, match_score
from kabar.record import Claimant, Entity, Mention, Quote
from kabar.store import Store
from records import article

D = dt.date(2024, 3, 5)


def key(**kw) -> EventKey:
    base = dict(category="ASSAULT", day=D, actors=frozenset({"RUS"}), recipients=frozenset({"UKR"}), lang="en",
                words=frozenset({"missiles", "kharkiv"}), evidence="fired missiles at kharkiv")
    return EventKey(**(base | kw))


@pytest.mark.parametrize("other, same", [
    (dict(), True),                                                              # the same report
    (dict(day=D + dt.timedelta(days=2)), True),                                  # inside the window
    (dict(day=D + dt.timedelta(days=3)), False),                                 # outside it
    (dict(category="COERCE"), False),                                            # another kind of act
    (dict(actors=frozenset({"UKR"})), False),                                    # contradicting actor
    (dict(actors=frozenset(), recipients=frozenset()), False),                   # no party stated on both sides
    (dict(words=frozenset({"drones", "odesa"}), evidence="drones odesa"), False),  # same parties, other words
    (dict(lang="id", words=frozenset({"rudal"}), evidence="rudal"), False),       # a translation with nothing to tie it
    (dict(lang="id", words=frozenset({"rudal"}), evidence="rudal", names=frozenset({"kirby"})), True),
    (dict(lang="id", words=frozenset({"rudal"}), evidence="rudal", numbers=frozenset({37.0})), True),
    (dict(place="UKR"), True),
])
def test_match_rules(other, same):
    a = key(names=frozenset({"kirby"}), numbers=frozenset({37.0}), place="UKR")
    assert (match_score(a, key(**other)) > 0) is same


def test_contradicting_places_are_two_events():
    assert match_score(key(place="UKR"), key(place="POL")) == 0
    assert match_score(key(place="UKR", point="Kharkiv"), key(place="UKR", point="Odesa")) == 0
    assert match_score(key(place="UKR", point="Kharkiv"), key(place="UKR")) > 0  # one side less precise


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s


def _add(store, rec):
    store.save(rec)
    across.update(store, rec)


REPORT = "Rusia menembakkan rudal ke Kharkiv pada Selasa, kata Kirby."


def _attack(aid, text, evidence, *, published="2024-03-05", modality="asserted", lang="id", outlet=None, actor="RUS"):
    return article(aid, text, lang=lang, published=published, outlet=outlet, people=("Kirby",) if "Kirby" in text else (),
                   events=({"event": "ASSAULT", "evidence": evidence, "trigger": "menembakkan", "actor": actor,
                            "recipient": "UKR", "modality": modality, "date": published},))


def test_reports_from_three_outlets_make_one_cluster_with_two_sources(store):
    _add(store, _attack("a", REPORT, "Rusia menembakkan rudal ke Kharkiv", outlet="Antara"))
    _add(store, _attack("a-copy", REPORT + " Baca juga: berita lain.", "Rusia menembakkan rudal ke Kharkiv",
                        published="2024-03-06", outlet="Kabar Kini"))
    _add(store, _attack("b", "Media Ukraina: Rusia menembakkan rudal ke Kharkiv dan Odesa.", "Rusia menembakkan rudal ke Kharkiv",
                        published="2024-03-06", outlet="Kompas"))
    _add(store, _attack("c", "Rusia menembakkan rudal ke Odesa pekan depannya.", "Rusia menembakkan rudal ke Odesa",
                        published="2024-03-12", outlet="Tempo"))  # a week later: another attack
    found = across.read(store, across.clusters)
    assert len(found) == 1
    view = across.read(store, across.cluster_claims, found[0]["cluster_id"])
    assert view["reports"] == 3
    with store.engine.connect() as conn:
        assert across.group_of(conn, "a-copy") == across.group_of(conn, "a")
    assert view["independent_sources"] == 2  # the copy counts once
    assert view["first"]["article_id"] == "a" and view["first"]["outlet"] == "Antara"
    assert [(r["article_id"], r["independent"]) for r in view["repeated"]] == [("a-copy", False), ("b", True)]


def test_denials_are_listed_as_disputes(store):
    _add(store, _attack("a", REPORT, "Rusia menembakkan rudal ke Kharkiv", outlet="Antara"))
    _add(store, _attack("neg", "Rusia tidak menembakkan rudal ke Kharkiv, kata Moskow.", "Rusia tidak menembakkan rudal ke Kharkiv",
                        modality="negated", outlet="TASS"))
    text = "Kremlin membantah laporan serangan itu."
    rec = article("deny", text, published="2024-03-05", outlet="RIA")
    rec.entities.append(Entity(id="E9", type="ORG", name="Kremlin", actor="RUSGOV",
                               mentions=[Mention(start=0, end=7, text="Kremlin")]))
    rec.quotes.append(Quote(id="Q1", speaker="E9", speaker_name="Kremlin", cue="membantah", kind="indirect",
                            text="laporan serangan itu", start=text.index("laporan"), end=len(text) - 1))
    _add(store, rec)
    cluster = across.read(store, across.clusters)[0]
    view = across.read(store, across.cluster_claims, cluster["cluster_id"])
    kinds = sorted(d["kind"] for d in view["disputed"])
    assert kinds == ["denial", "negated"]
    assert view["first"]["article_id"] == "a"


def test_speaker_claims_say_who_was_first(store):
    kirby_text = "Kirby mengatakan Rusia menembakkan rudal ke Kharkiv."
    for aid, day in (("k1", "2024-03-05"), ("k2", "2024-03-06")):
        rec = _attack(aid, kirby_text, "Rusia menembakkan rudal ke Kharkiv", published=day)
        rec.events[0].claimant = Claimant(name="Kirby", entity="E1")
        _add(store, rec)
    rows = across.read(store, across.speaker_claims, "kirby")
    assert [(r["article_id"], r["first"]) for r in rows] == [("k1", True), ("k2", False)]
    assert all(r["reports"] == 2 for r in rows)
