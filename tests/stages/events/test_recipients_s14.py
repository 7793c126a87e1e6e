"""Session 14 (recip2): a reciprocal marker before the trigger ("saling menuduh", "traded accusations",
"exchanged prisoners") makes coordinated actors act on one another: one event per actor, the other its
recipient, as "accused each other" already did. Through the whole pipeline."""

from __future__ import annotations

import pytest

import kabar


def _events(text: str, lang: str, published: str = "2025-07-07"):
    rec = kabar.extract(text, has_title=False, lang=lang, published=published)
    return [(e.event, sorted((a.code or "")[:3] for a in e.actor), sorted((a.code or "")[:3] for a in e.recipient))
            for e in rec.events]


@pytest.mark.parametrize("text, event, a, b", [
    ("Rusia dan Ukraina saling menuduh melanggar gencatan senjata.", "ACCUSE", "RUS", "UKR"),
    ("Rusia dan Ukraina saling bertukar tahanan pada Senin.", "RETREAT", "RUS", "UKR"),
])
def test_saling_before_the_verb_makes_each_party_the_others_recipient(text, event, a, b):
    got = [g for g in _events(text, "id") if g[0] == event]
    assert (event, [a], [b]) in got and (event, [b], [a]) in got


@pytest.mark.parametrize("text, event, a, b", [
    ("The US and China traded accusations over the currency.", "ACCUSE", "USA", "CHN"),
    ("Israel and Egypt exchanged prisoners earlier this month.", "RETREAT", "ISR", "EGY"),
])
def test_traded_or_exchanged_makes_each_party_the_others_recipient(text, event, a, b):
    got = [g for g in _events(text, "en", "2005-01-15") if g[0] == event]
    assert (event, [a], [b]) in got and (event, [b], [a]) in got


def test_a_third_party_after_with_is_no_mutual_act():
    # the act is aimed at Iran (found or not by the chunk rules), so Britain and France are not each other's recipient
    got = _events("Britain and France exchanged accusations with Iran on Monday.", "en", "2005-01-15")
    assert got and not any(set(act) | set(rec) == {"GBR", "FRA"} for _, act, rec in got)



def _coded(text: str, lang: str, published: str):
    rec = kabar.extract(text, has_title=False, lang=lang, published=published)
    return [(e.event, [a.code or "" for a in e.actor], [a.code or "" for a in e.recipient]) for e in rec.events]


def test_a_country_and_its_titled_holder_are_one_party_en():
    # "by Spanish Judge Baltasar Garzon": the judge is the complaint's maker, not its target (was ESP -> the judge)
    got = _coded("The settlement follows a legal complaint filed against Riggs Bank by Spanish Judge Baltasar Garzon.",
                 "en", "2005-02-25")
    accuse = [g for g in got if g[0] == "ACCUSE"]
    assert accuse and all(act == ["ESPJUD"] and "ESPJUD" not in rec for _, act, rec in accuse)


def test_a_country_and_its_titled_holder_are_one_party_id():
    # "oleh Presiden Rusia Vladimir Putin ke Ukraina": Ukraine is the target (was Russia -> Putin)
    got = _coded("Serangan oleh Presiden Rusia Vladimir Putin ke Ukraina dikecam.", "id", "2025-07-07")
    assert any(ev == "ASSAULT" and [c[:3] for c in act] == ["RUS"] and [c[:3] for c in rec] == ["UKR"]
               for ev, act, rec in got)


def test_an_uncoded_party_makes_no_mutual_act():
    # "North" is no coded party: no event with a null actor and South Korea as recipient
    got = _events("North and South Korea exchanged artillery fire yesterday.", "en", "2015-08-21")
    assert not any(act == [""] and rec == ["KOR"] for _, act, rec in got)
