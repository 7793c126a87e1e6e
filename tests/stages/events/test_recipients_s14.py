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

