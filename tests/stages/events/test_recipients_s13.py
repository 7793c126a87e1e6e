"""Session 13 (recip): recipients read from the text, through the whole pipeline (coref included): an office
description that is not the opposition leader named before, party nouns as role nouns, two coordinated parties
agreeing with each other, and an Indonesian description by trade resolved to the person named before."""

from __future__ import annotations

import kabar


def _events(text: str, lang: str, published: str):
    rec = kabar.extract(text, has_title=False, lang=lang, published=published)
    return rec, [(e.event, sorted((a.code or "")[:3] for a in e.actor), sorted((a.code or "") for a in e.recipient))
                 for e in rec.events]


def test_the_prime_minister_is_not_the_opposition_leader_named_before():
    text = ("Tory leader Michael Howard said the plans were wrong. "
            "He called on the prime minister to enter into constructive discussions with his party.")
    rec, got = _events(text, "en", "2005-02-02")
    howard = next(e for e in rec.entities if e.name == "Michael Howard")
    assert not any(m.text == "the prime minister" for m in howard.mentions)
    assert ("REQUEST", ["GBR"], ["GBRGOV"]) in got


def test_both_parties_are_the_home_countrys_parties():
    text = ("Labour and the Tories stepped up their campaigns across Britain. "
            "The Liberal Democrats have warned both parties against pandering to prejudice.")
    _, got = _events(text, "en", "2005-02-14")
    assert any(ev == "REQUEST" and rec == ["GBRPTY"] for ev, _, rec in got)


def test_two_parties_agreeing_are_each_others_recipient():
    _, got = _events("The EU and US have agreed to begin talks on ending subsidies given to aircraft makers.", "en", "2005-01-11")
    agree = [g for g in got if g[0] == "AGREE"]
    assert len(agree) == 1
    assert {c[:3] for c in agree[0][1]} == {"IGO", "USA"} and {c[:3] for c in agree[0][2]} == {"IGO", "USA"}


def test_one_party_agreeing_has_no_recipient_of_its_own():
    _, got = _events("Britain has agreed to begin talks on ending subsidies.", "en", "2005-01-11")
    assert all(rec == [] for ev, _, rec in got if ev == "AGREE")


def test_a_description_by_trade_is_the_person_named_before():
    text = ("Presiden AS Donald Trump berseteru dengan Elon Musk. "
            "Trump mengancam akan mendeportasi taipan teknologi tersebut.")
    rec, got = _events(text, "id", "2025-07-07")
    musk = next(e for e in rec.entities if e.name == "Elon Musk")
    assert any(m.text == "taipan teknologi tersebut" for m in musk.mentions)
    assert any(ev == "THREATEN" and act == ["USA"] and len(r) == 1 for ev, act, r in got)


def test_a_description_naming_a_country_is_no_person_of_another():
    text = ("Bupati Luwu Utara Andi Ibrahim bertemu pengusaha Mesir Ahmed Hassan di Kairo. "
            "Andi Ibrahim menyebut pengusaha Mesir itu menyambut baik tawaran Luwu Utara.")
    rec, got = _events(text, "id", "2025-07-07")
    for e in rec.entities:
        if e.type == "PER":
            assert not any(m.text == "pengusaha Mesir itu" for m in e.mentions)
    assert any(ev == "SUPPORT" and act == ["EGY"] for ev, act, _ in got)
