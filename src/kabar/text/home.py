"""An article's home country where its language pack fixes none (English news comes from many
countries): inferred from the outlet, the institutions named and the most-named country (pack data
``lang/<code>/actors.toml [home_inference]``). Used by the actors stage (domestic titles) and the
events coder (role nouns with no country)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Callable, Optional

from kabar import lang as langpacks
from kabar.record import Article, Entity


@functools.lru_cache(maxsize=4096)
def _whole_word(phrase: str) -> "re.Pattern[str]":
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


def country_counts(codes: list[tuple[Entity, Optional[str]]]) -> Counter:
    """How often each country is named as a place or a people (GPE/NORP entities with a country code),
    each entity weighted by its mentions."""
    counts: Counter = Counter()
    for ent, code in codes:
        if ent.type in ("GPE", "NORP") and code and len(code) >= 3 and code[:3].isalpha() and code[:3].isupper():
            counts[code[:3]] += max(1, len(ent.mentions))
    return counts


def institution_countries(record: Article) -> Counter:
    """Country -> how often the article names one of its institutions (pack ``home_inference.institutions``:
    "Downing Street", "the Home Office", "the White House"); empty where the pack lists none. Counted once per
    article (kept on ``record.state``, review34): the actors stage and the events coder both ask. Not to be changed
    by the caller."""
    key = (record.lang, record.text)
    kept = record.state.institutions
    if kept is not None and kept[0] == key:
        return kept[1]
    inf = langpacks.pack(record.lang).data("actors").get("home_inference") or {}
    low = record.text.lower()
    inst: Counter = Counter()
    for k, c in inf.get("institutions", {}).items():
        if k not in low:  # most articles name none of them: a substring test before the whole-word count
            continue
        n = len(_whole_word(k).findall(low))
        if n:
            inst[c] += n
    record.state.institutions = (key, inst)
    return inst


def dominates(n: int, rival: int, inf: dict) -> bool:
    """A country named ``n`` times is clearly the article's against a rival named ``rival`` times
    (pack ``home_inference``: at least ``min_mentions``, and ``dominance`` times the rival)."""
    return n >= int(inf.get("min_mentions", 4)) and n >= int(inf.get("dominance", 3)) * max(1, rival)


def article_home(record: Article, codes: list[tuple[Entity, Optional[str]]],
                 is_country: Optional[Callable[[str], bool]] = None) -> Optional[str]:
    """The home country of an article in a language with no fixed one (English news comes from many
    countries), on clear evidence only: the outlet's country (pack ``home_inference.outlets``); else a
    named institution of one country (Downing Street, the Home Office) that is also the most-named country
    or at least not outnumbered by another; else a country named far more often than any other
    (``min_mentions``, ``dominance``); else, where the pack allows it (``coded_parties``) and the caller can tell a
    country code from a role prefix (``is_country``), the country of the coded people and organisations
    (:func:`_party_home`). None when the pack fixes a home country or nothing is clear."""
    data = langpacks.pack(record.lang).data("actors")
    inf = data.get("home_inference") or {}
    if data.get("home_country") or not inf:
        return None
    for outlet in (record.outlet, record.original_outlet):
        low = (outlet or "").lower()
        for k, c in inf.get("outlets", {}).items():
            if low and k in low:
                return c
    counts = country_counts(codes)
    inst = institution_countries(record)
    ranked = counts.most_common(2)
    top, second = (ranked[0] if ranked else (None, 0)), (ranked[1][1] if len(ranked) > 1 else 0)
    if len(inst) == 1:
        c = next(iter(inst))
        if top[0] in (None, c) or counts[c] >= top[1]:
            return c
        if inf.get("coded_parties") and is_country is not None and _party_home(codes, is_country, inf) == c:
            return c  # "the House of Lords" and 35 British parties against Iraq named 4 times as a place
        return None
    if inst:
        return None  # institutions of two countries: no single home
    if top[0] and dominates(top[1], second, inf):
        return top[0]
    if inf.get("coded_parties") and is_country is not None:
        return _party_home(codes, is_country, inf)
    return None


def _party_home(codes: list[tuple[Entity, Optional[str]]], is_country: Callable[[str], bool], inf: dict) -> Optional[str]:
    """A country that the coded people and organisations of the article far outnumber every other for
    (pack ``home_inference.coded_parties``): a domestic political story names its ministers, parties and
    parliament far more often than its country ("Howard taunts Blair over splits": 60 British mentions, the
    country named once). Only a country code counts (``is_country``: a role prefix such as IGO is no home), by
    the same ``min_mentions`` and ``dominance`` as places."""
    counts: Counter = Counter()
    for ent, code in codes:
        if code and len(code) >= 3 and is_country(code[:3]):
            counts[code[:3]] += max(1, len(ent.mentions))
    ranked = counts.most_common(2)
    if not ranked:
        return None
    top, second = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    return top[0] if dominates(top[1], second, inf) else None
