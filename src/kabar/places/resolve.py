"""Toponym resolution: a place name, read in its article, to one gazetteer place with a confidence.

Each candidate place of a name is scored by a prior (how big or how high in the hierarchy it is) plus the
article's context: the countries it names (from places that are not ambiguous, and the actor codes earlier
stages gave), the first-order divisions it names ("Jakarta Utara" inside DKI Jakarta), a qualifier right
after the name ("Springfield, Illinois"), the dateline, and the language's home countries. A name with no
gazetteer place falls back to the country its qualifier or its actor code names, marked ``fallback``; a
name that cannot be placed at all is left alone and never affects the others.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional

from kabar.lang import pack
from kabar.places import Place, PlaceGazetteer, places, plain, unmarked

#: Prior of a place by kind, before its population counts (a country is what a bare name most often means).
KIND_PRIOR = {"country": 3.2, "region": 2.6, "area": 2.4, "admin1": 1.6, "city": 0.0, "admin2": 1.3, "admin3": 0.4}


@dataclass
class Resolution:
    place: Place
    confidence: float
    fallback: bool = False
    alternatives: list[Place] = field(default_factory=list)


@dataclass
class Context:
    """What an article says about where it is: country weights, divisions named, the dateline place."""

    lang: Optional[str] = None
    countries: Counter = field(default_factory=Counter)
    admin1: set[str] = field(default_factory=set)
    dateline: Optional[Place] = None
    home: tuple[str, ...] = ()
    own: Counter = field(default_factory=Counter)  # what of ``countries`` lone small towns gave themselves


@functools.cache
def words(lang: Optional[str]) -> dict:
    """The language pack's place words (``lang/<code>/places.toml``) as folded sets."""
    data = pack(lang).data("places")
    out = {k: frozenset(w.lower() for w in v) for k, v in data.items() if isinstance(v, list)}
    out["home_countries"] = tuple(data.get("home_countries", []))
    out["bare_name_penalty"] = float(data.get("bare_name_penalty", 0.8))
    out["adjectives_before_place"] = int(data.get("adjectives_before_place", 0))
    out["modifier_before_noun"] = bool(data.get("modifier_before_noun", False))  # session 21: "the Khasavyurt ceasefire"
    out["name_articles_list"] = tuple(w.lower() for w in data.get("name_articles", []))  # in order: the first is added
    # session 20: words between distance words and a reference phrase ("15 km to the south of"), each as its words
    out["reference_links"] = tuple(tuple(x.lower().split()) for x in data.get("reference_links", []))
    for key in ("facility_nouns", "adverbial_links", "name_references", "participle_endings", "settlement_words",
                "purpose_markers", "purpose_verbs", "motion_verbs", "motion_preps", "verb_joiners",
                "passive_auxiliaries", "passive_between", "passive_verb_prefixes", "local_group_nouns",
                "local_source_nouns", "source_frames", "object_quantifiers", "ordinal_words", "appositive_place_nouns",
                "against_target_events", "site_words"):
        out.setdefault(key, frozenset())

    # unions the places stage asks of every mention, built once per language here rather than per mention
    def get(*keys: str) -> frozenset:
        return frozenset().union(*(out.get(k, frozenset()) for k in keys))

    out["located_preps"] = get("location_preps", "target_preps")
    out["phrase_preps"] = get("location_preps", "target_preps", "origin_preps")
    out["name_tails"] = get("place_suffixes", "facility_words", "site_words")
    out["adjective_stops"] = get("function_words", "phrase_preps")
    out["lowercase_common"] = get("function_words", "place_prefixes", "place_suffixes", "place_modifiers",
                                  "facility_words")
    return out


@functools.cache
def _affixes(lang: Optional[str]) -> tuple[frozenset, frozenset, int]:
    """The pack's place prefixes, its place suffixes and facility words, and the most words one of them has
    (a name's first and last words are looked up, not every affix tried on every name)."""
    w = words(lang)
    prefixes = w.get("place_prefixes", frozenset())
    suffixes = w.get("place_suffixes", frozenset()) | w.get("facility_words", frozenset()) | \
        w.get("lookup_suffixes", frozenset())  # session 33 (loccty33): "Maru LGA" is looked up as "Maru" too
    return prefixes, suffixes, max((a.count(" ") + 1 for a in prefixes | suffixes), default=0)


def variants(name: str, lang: Optional[str]) -> list[str]:
    """The name, then the name without a place word ("Kabupaten Bogor", "Homs province", "the West Bank"): the
    longest place word that opens it, and the longest that ends it."""
    out = [name]
    low = name.lower()
    prefixes, suffixes, most = _affixes(lang)
    parts = low.split(" ")
    for k in range(min(most, len(parts) - 1), 0, -1):
        prefix = " ".join(parts[:k])
        if prefix in prefixes and len(name) > len(prefix) + 1:
            out.append(name[len(prefix) + 1:])
            break
    for k in range(min(most, len(parts) - 1), 0, -1):
        suffix = " ".join(parts[-k:])
        if suffix in suffixes and len(name) > len(suffix) + 1:
            if name[: -len(suffix) - 1].lower() not in words(lang).get("place_modifiers", ()):
                out.append(name[: -len(suffix) - 1])  # (session 19: not "Western" of "the Western Mountains")
            break
    if low.startswith("the "):
        out.append(name[4:])
    return out


#: the kinds of place a division word after a name means ("Edo State" is Edo state, not Edo, old Tokyo)
DIVISION_KINDS = ("admin1", "admin2", "admin3", "region")


def candidates(name: str, lang: Optional[str], gaz: Optional[PlaceGazetteer] = None) -> list[Place]:
    """The gazetteer's places of a name (biggest first): the name as written, else without its place words, else
    with or without its article. The answer depends on nothing but the name, the language and the gazetteer's
    index, and the places stage asks it of the same name many times (each mention, each test of the stage):
    kept in the gazetteer's memo (a new list each call, so a caller may change its own)."""
    gaz = gaz or places()
    return _memoised(gaz, "candidates", name, lang, _candidates)


def _memoised(gaz: PlaceGazetteer, kind: str, name: str, lang: Optional[str], compute) -> list[Place]:
    """``compute(name, lang, gaz)`` kept in the gazetteer's memo ``kind``; a new list each call."""
    memo = gaz.memo(kind)
    hit = memo.get((name, lang))
    if hit is None:
        hit = memo[(name, lang)] = tuple(compute(name, lang, gaz))
    return list(hit)


def _candidates(name: str, lang: Optional[str], gaz: PlaceGazetteer) -> list[Place]:
    forms = variants(name, lang)
    division = name.lower().endswith(tuple(" " + d for d in words(lang).get("division_suffixes", ())))

    def lookup(v: str) -> list[Place]:
        return gaz.lookup(v, lang)

    for look in (lookup, lambda v: _article_variant_hits(v, lang, lookup)):
        # the name and its variants as written, then each with or without its article ("Al-‘Anbar Governorate")
        for v in forms:
            hits = look(v)
            if hits and v != name and division:
                return [p for p in hits if p.kind in DIVISION_KINDS and p.coords != "sea"] or hits  # "Edo State"
            if hits:
                return hits
    return []


def _article_variant_hits(name: str, lang: Optional[str], look) -> list[Place]:
    """A transliterated name written with or without its article (the pack's ``name_articles``): "Al-Anbar" is
    Anbar, "Qamishli" Al Qamishli, "Diwaniyah" Al Diwaniyah. Only for a name the gazetteer knows in no other form.
    ``look``: the gazetteer lookup to ask (the big table's, or the small places')."""
    arts = words(lang).get("name_articles_list", ())
    if not arts:
        return []
    parts = name.replace("-", " ").split()
    if len(parts) > 1 and parts[0].lower() in arts:
        return look(" ".join(parts[1:]))
    if parts and parts[0][:1].isupper():
        return look(f"{arts[0]} {name}")
    return []


def prior(p: Place, name: str, gaz: PlaceGazetteer) -> float:
    s = KIND_PRIOR.get(p.kind, 0.0)
    if p.kind == "city":
        s += math.log10(p.population + 10) / 3.2  # 10 million people: 2.2; 5,000 people: 1.2
    elif p.kind == "admin1" and p.population > 3_000_000:
        s += (math.log10(p.population) - 6.5) / 2  # a big province over a town named after it: Ontario (17.8M)
        # is Canada's province, not the city in California (171,000); 30 million people: +0.5
    if not gaz.is_primary_name(p, name):
        s -= 0.4  # an alternate or historical name
    return s


def score(p: Place, name: str, ctx: Context, qualifier: Optional[Place], gaz: PlaceGazetteer,
          actor_country: Optional[str] = None, nearby: Optional[Counter] = None) -> float:
    s = prior(p, name, gaz)
    if ctx.lang and gaz.is_exonym(p, name, ctx.lang):
        s += 2.4  # the pack says what this spelling means in the language ("Roma" is Rome in Indonesian)
    if p.country and ctx.countries:
        s += 2.2 * ctx.countries.get(p.country, 0) / max(ctx.countries.values())
    if p.country and nearby:
        s += 2.0 * nearby.get(p.country, 0) / max(nearby.values())
    if p.admin1 and p.admin1 in ctx.admin1:
        s += 1.5
    if ctx.dateline is not None and p.country and p.country == ctx.dateline.country:
        s += 0.8
    if p.country and p.country in ctx.home:
        s += 0.6
    if actor_country and p.country == actor_country:
        s += 0.5
    if qualifier is not None and contains(qualifier, p):
        s += 4.0
    return s


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``inner`` lies in ``outer`` (same place, its country, or its first-order division)."""
    if outer.id == inner.id:
        return False
    if outer.kind == "country":
        return inner.country == outer.country and inner.kind != "country"
    return inner.admin1 == outer.id


def resolve(name: str, ctx: Context, *, qualifier: Optional[str] = None, actor_code: Optional[str] = None,
            nearby: Optional[Counter] = None, gaz: Optional[PlaceGazetteer] = None,
            local: bool = False, village: bool = False) -> Optional[Resolution]:
    """The gazetteer place ``name`` most likely means in this article, or a country fallback, or None.

    ``nearby`` counts the countries of the other places in the same sentence ("the governor of Georgia met
    voters in Atlanta"); ``actor_code`` is the code an earlier stage gave the name; ``local`` says the text frames
    the name as a locality (a place word or a place's possessive with it: see ``far_namesake``); ``village`` that
    the text calls it a village (no city of ``VILLAGE_MOST`` people or more, no division, is what it means)."""
    gaz = gaz or places()
    actor_country = (actor_code or "")[:3] or None
    qual = best_qualifier(qualifier, ctx, gaz) if qualifier else None
    cands = candidates(name, ctx.lang, gaz)
    if village and cands:
        # session 35 (loc35): "the villages of 'Arak, Bardeh" in Homs is no Iranian city of 500,000 people; nor is the
        # country the actors stage read off that city the village's
        cands, was = village_places(cands), cands
        if not cands and actor_country in {p.country for p in was}:
            actor_country = None
    compass = compass_words(name, ctx.lang) if cands else 0
    if compass:
        # Session 29: "the West" is no place (not Cameroon's West Region); "the North East" of a British story is a
        # place of its own country or that country, never the namesake district abroad (Botswana's North-East)
        if compass == 1 or not ctx.home:
            return None
        own = [p for p in cands if p.country in ctx.home]
        if not own:
            home = gaz.country(ctx.home[0])
            return Resolution(home, 0.4, True) if home is not None else None
        cands = own
    if cands and ctx.home and home_division(name, ctx.lang):
        cands = [p for p in cands if p.country in ctx.home]  # "Desa Batu Gajah" is no town in Malaysia
        if not cands:
            res = fallback(qual, actor_country, gaz, ctx, nearby)
            home = gaz.country(ctx.home[0])
            return res if res is not None and res.place.country in ctx.home or home is None else \
                Resolution(home, 0.4, True)
    if not cands:
        small = small_place(name, ctx, qual, actor_country, nearby, gaz)
        if small is None and vouched_countries(ctx, qual, actor_country, nearby) & spelling_rules(ctx.lang)[2]:
            small = small_place(name, ctx, qual, actor_country, nearby, gaz, spelling_candidates)
        return small or lone_reading(name, ctx, qual, actor_country, nearby, gaz) or \
            fallback(qual, actor_country, gaz, ctx, nearby)
    if qual is not None and named_after_elsewhere(name, cands, qual, ctx.lang, gaz):
        return Resolution(qual, 0.5, True, cands[:3])
    world = world_city(cands)
    cands = cands[:40] + context_divisions(name, ctx, qual, actor_country, nearby, gaz, cands[:40])
    scored = sorted(((score(p, name, ctx, qual, gaz, actor_country, nearby) + WORLD_CITY * (p is world), p)
                     for p in cands), key=lambda x: (-x[0], -x[1].population))
    scored = prefer_city_over_its_division(scored, name, gaz)
    scored = prefer_country_over_small_town(scored, name, qual, gaz)
    top = scored[0][1]
    if qual is not None and qual.country and top.country != qual.country and top.kind == "city" and \
            (top.population < SMALL_TOWN or local and gaz.is_primary_name(qual, qualifier)) and \
            not any(p.country == qual.country for p in cands[:40]) and \
            not near_city(qual, top):  # session 27 (loc27): "Jerusalem's Old City" is the Old City next to it
        # session 23: the text names the place that holds it ("the Aziziyah district in the city of Aleppo") and no
        # place of the name lies in that country: a small namesake elsewhere is not what it means; session 35
        # (loc35): nor a bigger town, when the text frames the name as a locality of that place, named by its own name
        # ("Baghdad's northern al-Husseiniya district" is no town of 50,651 people in Egypt; "Kasi's hometown of
        # Quetta" stays Quetta: Kasi is only an alternate name of Varanasi)
        return Resolution(qual, 0.5, True, [top])
    if far_namesake(scored[0][1], ctx, qual, nearby, gaz, local) and \
            (qual is not None or not unvouched_region(cands, ctx, actor_country, nearby)):
        own = scored[0][1].country
        res = fallback(qual, actor_country if actor_country != own else None, gaz, ctx, nearby)
        if res is not None and res.place.country and res.place.country != own:
            # session 25: a division of the name in the fallback's own country that the small table holds (a county:
            # "Somerset", "Hampshire", "Midlothian" in a British article) is that country's place, not just the
            # country; a small town is not ("Shannon" airport in an article the US context sent abroad)
            small = small_place(name, ctx, qual, actor_country, nearby, gaz)
            if small is not None and small.place.kind == "admin2" and small.place.country == res.place.country:
                return Resolution(small.place, small.confidence, False, [scored[0][1]])
            return Resolution(res.place, res.confidence, True, [scored[0][1]])
    return _best(scored, 0.99)


def named_after_elsewhere(name: str, cands: list[Place], qual: Place, lang: Optional[str],
                          gaz: PlaceGazetteer) -> bool:
    """A building named after a place, with the place holding it named next ("the Al-Quds Hospital in Aleppo",
    "the Palestine Hotel in Baghdad"): the name ends in a facility word that is no division word, the gazetteer
    knows the name only without it, and none of its places lies in or near the qualifier. The building is in the
    qualifier, not in the place it is named after (session 18)."""
    w = words(lang)
    tail = name.lower().split()[-1] if name.split() else ""
    if tail not in w.get("facility_words", frozenset()) or tail in w.get("place_suffixes", frozenset()) or \
            gaz.lookup(name, lang):
        return False
    return not any(p.id == qual.id or contains(qual, p) or p.country == qual.country or near_city(qual, p)
                   for p in cands)


def _best(scored: list[tuple[float, Place]], cap: float) -> Resolution:
    """The top-scored place, its confidence its share of the candidates' softmax (at most ``cap``), and the next
    three as alternatives."""
    top = scored[0][0]
    total = sum(math.exp(s - top) for s, _ in scored)
    return Resolution(scored[0][1], round(min(cap, 1.0 / total), 3), False, [p for _, p in scored[1:4]])


def small_candidates(name: str, lang: Optional[str], gaz: PlaceGazetteer) -> list[Place]:
    """The small places (``PlaceGazetteer.lookup_small``) of a name no bigger place has, tried as
    :func:`candidates` tries the name: as written, without its place words, with or without its article (kept in
    the gazetteer's memo as :func:`candidates` is)."""
    return _memoised(gaz, "small_candidates", name, lang, _small_candidates)


def _small_candidates(name: str, lang: Optional[str], gaz: PlaceGazetteer) -> list[Place]:
    forms = variants(name, lang)
    for look in (gaz.lookup_small, lambda v: _article_variant_hits(v, lang, gaz.lookup_small)):
        for v in forms:
            hits = look(v)
            if hits:
                return hits
    return []


@functools.cache
def spelling_rules(lang: Optional[str]) -> tuple[frozenset, tuple, frozenset, int]:
    """The pack's spelling key (``lang/xx/places.toml``, session 31): its name articles, its folds compiled once (each
    "pattern => replacement"), the countries whose places are looked up by it and the shortest key looked up."""
    data = pack(lang).data("places")
    folds = tuple((re.compile(a.strip()), b.strip()) for a, _, b in (f.partition("=>") for f in data.get("spelling_folds", [])))
    return (frozenset(a.lower() for a in data.get("name_articles", [])), folds,
            frozenset(data.get("spelling_countries", [])), int(data.get("spelling_key_min", 5)))


#: a letter written twice or more in a row: the spelling key keeps one
DOUBLED_LETTER = re.compile(r"([a-z])\1+")


def spelling_key(name: str, lang: Optional[str]) -> str:
    """A transliterated name's spelling key (session 31, locgaz31): folded, its transliteration marks, articles and
    doubled letters dropped, then the pack's ``spelling_folds`` applied: "Baqouba", "Baqubah" -> "bakuba"; "Tel
    Abyad", "Tall Abyad" -> "tal abyad"; "Muqdadiya", "Al Miqdadiyah" -> "mukdadia" / "mikdadia" (not one key: a
    vowel the press writes otherwise stays apart)."""
    articles, folds, _, _ = spelling_rules(lang)
    k = unmarked(plain(name).replace("-", " ").replace("\u2019", "").replace("\u2018", ""))
    k = " ".join(w for w in k.split() if w not in articles)
    for pattern, repl in folds:
        k = pattern.sub(repl, k)
    return DOUBLED_LETTER.sub(r"\1", k)


def _spelling_index(lang: Optional[str]):
    """key -> places of the spelling countries, by their own names, built once per gazetteer and language."""
    def build(gaz: PlaceGazetteer) -> dict[str, list[Place]]:
        index: dict[str, list[Place]] = {}
        for p in gaz.places_in(spelling_rules(lang)[2]):
            index.setdefault(spelling_key(p.name, lang), []).append(p)
        return index
    return build


def spelling_index_name(lang: Optional[str]) -> tuple:
    """The name :func:`_spelling_candidates` keeps a language's spelling index under: the rules it is built from (name
    articles, folds as written, countries), not the language. The index reads nothing else of the pack, so languages
    with the same rules share one build (session 32, speed32b: ``en`` and ``id`` take the ``xx`` pack's folds and
    countries and the same articles; a process running both built the same ~8,500 keys twice, ~0.16 s)."""
    articles, folds, countries, _ = spelling_rules(lang)
    return ("spelling", articles, tuple((pattern.pattern, pattern.flags, repl) for pattern, repl in folds), countries)


def spelling_candidates(name: str, lang: Optional[str], gaz: PlaceGazetteer) -> list[Place]:
    """Session 31 (locgaz31): the places of a name no table knows as written that have its spelling key (see
    ``spelling_key``), tried as :func:`candidates` tries the name (as written, then without its place words), in the
    countries of the pack's ``spelling_countries`` only, biggest first: "Baqouba" is Baqubah, "Sheikh Meskin" Shaykh
    Miskin, "Harbinefseh" Harbinafsah. :func:`small_place` keeps those of a country the text vouches for."""
    return _memoised(gaz, "spelling_candidates", name, lang, _spelling_candidates)


def _spelling_candidates(name: str, lang: Optional[str], gaz: PlaceGazetteer) -> list[Place]:
    least = spelling_rules(lang)[3]
    index = gaz.derived(spelling_index_name(lang), _spelling_index(lang))
    for v in variants(name, lang):
        k = spelling_key(v, lang)
        if len(k.replace(" ", "")) >= least and index.get(k):
            return sorted(index[k], key=lambda p: -p.population)
    return []


#: a small place is what a name qualified by a city means only this close to it ("Broadway, New York" is a street
#: of the city, not the village of Broadway, Virginia)
NEAR_CITY_KM = 50.0


def near_city(city: Place, p: Place) -> bool:
    """``p`` lies within ``NEAR_CITY_KM`` of a city, or (session 26) of a valley-sized region of curated/regions.csv in
    its own country ("Kinsibba in Jabal Al-Akrad": such a region has no division for ``contains`` to read)."""
    local = city.kind == "city" or city.kind == "region" and city.precision == "admin2" and city.country == p.country
    return local and None not in (city.lat, p.lat) and km(city.lat, city.lon, p.lat, p.lon) <= NEAR_CITY_KM


def small_place(name: str, ctx: Context, qual: Optional[Place], actor_country: Optional[str],
                nearby: Optional[Counter], gaz: PlaceGazetteer, find=None) -> Optional[Resolution]:
    """A name no bigger place has, read as a small place ("the village of Akhtarin", "captured Badme") only in a
    country the text vouches for: its qualifier contains it or names its country, its sentence, the article, its
    dateline, the actors stage or the language's home names that country. A small namesake elsewhere (an English
    word that is a village somewhere) is not what the text means: the name falls back as before. A name written
    in capitals only is an acronym ("IS", "PKK"), not a village. ``find``: where the places of the name are looked
    for (``small_candidates``; session 31, ``spelling_candidates``: the places of its spelling key)."""
    if not any(c.islower() for c in name):
        return None
    cands = (find or small_candidates)(name, ctx.lang, gaz)
    if not cands:
        return None
    vouched = vouched_countries(ctx, qual, actor_country, nearby)
    cands = [p for p in cands[:40] if p.country in vouched and (qual is None or qual.kind == "country" or
                                                                 contains(qual, p) or near_city(qual, p))]
    if not cands:
        return None
    scored = sorted(((score(p, name, ctx, qual, gaz, actor_country, nearby), p) for p in cands),
                    key=lambda x: (-x[0], -x[1].population))
    return _best(scored, 0.9)


def lone_reading(name: str, ctx: Context, qual: Optional[Place], actor_country: Optional[str],
                 nearby: Optional[Counter], gaz: PlaceGazetteer) -> Optional[Resolution]:
    """Session 31 (locvouch31): a name only the small table knows, as written (not without a place word), whose
    places all lie in one country of the pack's ``spelling_countries`` (the countries whose names the press
    transliterates), read as that place though the text does not vouch for the country, when the text names no
    country of those at all and no qualifier: "US soldier killed in Khaldiyah", "the villages surrounding Huddur",
    "attacked Christian homes in Maaloula" (the US, or nothing, named). A text that names another of those countries
    ("the Syrian Arab Army ... capturing all of Aliyah": El Alia is in Tunisia) still refuses it (``small_place``)."""
    if qual is not None or not any(c.islower() for c in name):
        return None
    cands = gaz.lookup_small(name) or _article_variant_hits(name, ctx.lang, gaz.lookup_small)
    if not unvouched_region(cands, ctx, actor_country, nearby):
        return None
    scored = sorted(((score(p, name, ctx, qual, gaz, actor_country, nearby), p) for p in cands[:40]),
                    key=lambda x: (-x[0], -x[1].population))
    return _best(scored, LONE_READING_CAP)


def unvouched_region(cands: list[Place], ctx: Context, actor_country: Optional[str],
                     nearby: Optional[Counter]) -> bool:
    """All of a name's places lie in one country of the pack's ``spelling_countries`` and the text vouches for no
    other of those countries (``vouched_countries``, without a qualifier; the name's own country may count itself):
    nothing in it points to another reading of the name (``lone_reading``; in ``resolve``, such a town is no far
    namesake: "U.S. forces captured Saddam ... in Tikrit" is Tikrit, 42,477 people, not a fallback to the US)."""
    region = spelling_rules(ctx.lang)[2]
    return bool(cands) and len({p.country for p in cands}) == 1 and cands[0].country in region and \
        not (vouched_countries(ctx, None, actor_country, nearby) & region) - {cands[0].country}


#: the most confidence a lone reading (``lone_reading``) has: the text does not vouch for its country
LONE_READING_CAP = 0.6


def vouched_countries(ctx: Context, qual: Optional[Place], actor_country: Optional[str],
                      nearby: Optional[Counter]) -> set[str]:
    """The countries the text vouches for a small place in (``small_place``): the language's home, the article's and
    the sentence's countries, or only the qualifier's when it names one; its dateline's; the actors stage's."""
    vouched = set(ctx.home) | {c for c, n in ctx.countries.items() if n > 0} | \
        {c for c, n in (nearby or Counter()).items() if n > 0}
    if qual is not None:
        vouched = {qual.country} if qual.country else vouched
    if ctx.dateline is not None and ctx.dateline.country:
        vouched.add(ctx.dateline.country)
    if actor_country:
        vouched.add(actor_country)
    return vouched


#: a town smaller than this, far from everything else the article names, is a namesake (see ``far_namesake``)
SMALL_TOWN = 50_000
#: the kinds of place that may be such a town: a city, or an Indonesian regency or district (no population)
SMALL_KINDS = ("city", "admin2", "admin3")
FAR_KM = 3000.0
#: session 35 (loc35): a place the text calls a village is no city of this many people or more
VILLAGE_MOST = 100_000
#: session 27 (loc27): the distance for a town the text frames as one of its own localities ("the town of Al-Qasr",
#: "the Panorama area", "Hama's Hamidiyeh neighbourhood"; see ``far_namesake``)
LOCAL_FAR_KM = 1000.0


def rival_divisions(name: str, lang: Optional[str], gaz: PlaceGazetteer) -> list[Place]:
    """The second-order divisions of ``SMALL_TOWN`` people or more the small table holds under a name (an English
    county: "Kent", "Norfolk", "Surrey"), which the big table's namesakes (Kent, Washington) would otherwise hide."""
    return [p for p in small_candidates(name, lang, gaz)[:40] if p.kind == "admin2" and p.population >= SMALL_TOWN]


def rivalled(name: str, country: str, lang: Optional[str], gaz: Optional[PlaceGazetteer] = None) -> bool:
    """A name whose big-table places lie in ``country`` but which is also a rival division elsewhere (an English
    county named like American towns: "Norfolk", "Suffolk", "Kent"): it vouches for no country by itself. The
    division must hold at least as many people as the biggest of those places ("San Antonio", Texas, 1.4 million,
    still names the US, though a Chilean province of 105,000 has the name; "Ipswich", England, 178,835, still names
    the UK before Queensland's Ipswich, 119,357)."""
    if not any(c.islower() for c in name):
        return False
    gaz = gaz or places()
    biggest = max((p.population for p in candidates(name, lang, gaz) if p.country == country), default=0)
    return any(p.country != country and p.population >= biggest for p in rival_divisions(name, lang, gaz))


def context_divisions(name: str, ctx: Context, qual: Optional[Place], actor_country: Optional[str],
                      nearby: Optional[Counter], gaz: PlaceGazetteer, cands: list[Place]) -> list[Place]:
    """Session 25 (places25b): the rival divisions (``rival_divisions``) of a name the big table knows, in a country
    the text vouches for (its context, sentence, dateline, actor code, qualifier or home names it) where none of the
    big table's places of the name lies. They join the candidates and are scored as they are: the population prior
    of a foreign city against the article's country ("Kent" in a British article is the county, not Kent, Washington;
    in an American one still the city)."""
    if not any(c.islower() for c in name):
        return []
    vouched = set(ctx.home) | {c for c, n in ctx.countries.items() if n > 0} | \
        {c for c, n in (nearby or Counter()).items() if n > 0}
    if ctx.dateline is not None and ctx.dateline.country:
        vouched.add(ctx.dateline.country)
    if actor_country:
        vouched.add(actor_country)
    if qual is not None and qual.country:
        vouched = {qual.country}
    held = {p.country for p in cands}
    ids = {p.id for p in cands}
    return [p for p in rival_divisions(name, ctx.lang, gaz) if p.country in vouched and p.country not in held
            and p.id not in ids and (qual is None or qual.kind == "country" or contains(qual, p))]


def far_namesake(p: Place, ctx: Context, qual: Optional[Place], nearby: Optional[Counter],
                 gaz: PlaceGazetteer, local: bool = False) -> bool:
    """A small town in a country nothing else in the article names, thousands of kilometres from every
    country it does name: the gazetteer's namesake of a place it lacks ("Yorkshire" is a village in New
    York, "Labrador" a suburb in Queensland, "Ghat" a town in Libya in an article about Kashmir), not what
    the text means. Border towns stay ("Sderot" next to Gaza): the countries named are near them. An Indonesian
    district or regency (no population in the table) counts as such a town outside Indonesian text ("Kabila, ...
    who seized control of Congo" is not the district of Kabila in Gorontalo).

    Session 27 (loc27): a name the text frames as a locality of its own (``local``: "the town of Al-Qasr", "the
    Panorama area", "the Al-Rashidiyah District", "Hama's Hamidiyeh neighbourhood") is such a namesake already
    ``LOCAL_FAR_KM`` (1,000 km) from what the article names: El Ksar (Tunisia) in a Syrian article, Panórama (Greece)
    near Deir Ezzor, Kaouara (Ivory Coast) for "Kaura local government area in Kaduna State"."""
    if p.kind not in SMALL_KINDS or p.population >= SMALL_TOWN or p.lat is None or \
            (qual is not None and contains(qual, p)) or p.country in ctx.home:
        return False
    if own_support(p, ctx, nearby) or (qual is not None and qual.country == p.country):
        return False
    named = Counter(ctx.countries)
    named.update(nearby or Counter())
    if qual is not None and qual.country:
        named[qual.country] += 1  # "the Ghat area of Doda district": Doda's country
    if ctx.dateline is not None and ctx.dateline.country:
        named[ctx.dateline.country] += 1
    named = {c for c, n in named.items() if n > 0 and c and c != p.country}
    if not named:
        return False
    for c in named:
        q = gaz.country(c)
        if q is None or q.lat is None or km(p.lat, p.lon, q.lat, q.lon) < (LOCAL_FAR_KM if local else FAR_KM):
            return False
    return True


def village_places(cands: list[Place]) -> list[Place]:
    """The places of a name the text calls a village: a town of fewer than ``VILLAGE_MOST`` people or a district, not
    a bigger city, a division or a country ("the settlements of Hawsh Nasri, Arbil" in Damascus is no Iraqi
    governorate)."""
    return [p for p in cands if p.kind == "city" and p.population < VILLAGE_MOST or p.kind == "admin3"]


def lone_small_towns(cands: list[Place], country: str) -> bool:
    """All of a name's places in ``country`` are towns smaller than ``SMALL_TOWN``."""
    return all(p.kind in SMALL_KINDS and p.population < SMALL_TOWN for p in cands if p.country == country)


def own_support(p: Place, ctx: Context, nearby: Optional[Counter]) -> bool:
    """Whether the article names ``p``'s country beyond small towns like ``p`` (a lone town counts its own
    country in the article's context, when its name means one country): in its sentence, or a quarter as
    often as the country it names most ("Somerset and Hampshire" in a British article that names the US once)."""
    if (nearby or Counter()).get(p.country, 0) > 0:
        return True
    support = ctx.countries.get(p.country, 0) - ctx.own.get(p.country, 0)
    return support > 0 and support >= 0.25 * max(ctx.countries.values(), default=0)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    a = math.sin(math.radians(lat2 - lat1) / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) \
        * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


#: how much a world city outweighs the small towns named after it ("London" in an article that names the US)
WORLD_CITY = 2.0


def world_city(cands: list[Place]) -> Optional[Place]:
    """A city of a million people or more at least 20 times bigger than any other place of its name: London
    (not London, Ohio), Moscow (not Moscow, Idaho), Paris (not Paris, Texas, unless the text says so)."""
    cities = sorted((p for p in cands if p.kind == "city"), key=lambda p: -p.population)
    if not cities or cities[0].population < 1_000_000:
        return None
    rest = max((p.population for p in cands if p is not cities[0] and p.id != cities[0].admin1), default=0)
    return cities[0] if cities[0].population >= 20 * rest else None


def home_division(name: str, lang: Optional[str]) -> bool:
    """The name opens with a word for one of the home country's divisions ("Desa ...", "Kecamatan ...")."""
    low = name.lower()
    return any(low.startswith(p + " ") for p in words(lang).get("home_place_prefixes", ()))


def prefer_city_over_its_division(scored: list[tuple[float, Place]], name: str,
                                  gaz: PlaceGazetteer) -> list[tuple[float, Place]]:
    """"Kharkiv" or "Moscow" is the city more often than the province of the same name around it; but a
    village elsewhere in the country is not the division it is named after ("England and Wales": the
    village of Wales in Yorkshire won through England's context, not the country of Wales)."""
    best_score, best = scored[0]
    if best.kind == "city" and best.population < SMALL_TOWN:
        for i, (s, p) in enumerate(scored[1:], 1):
            if p.kind == "admin1" and p.country == best.country and best.admin1 != p.id and \
                    p.population > 10 * best.population and gaz.is_primary_name(p, name):
                return promoted(scored, i)
    if best.kind != "admin1":
        return scored
    for i, (s, p) in enumerate(scored[1:], 1):
        if p.kind == "city" and p.admin1 == best.id and s > best_score - 1.5 and gaz.is_primary_name(p, name):
            return promoted(scored, i)
    return scored


def promoted(scored: list[tuple[float, Place]], i: int) -> list[tuple[float, Place]]:
    """``scored`` with its ``i``-th place put first, just above the top score."""
    return [(scored[0][0] + 0.01, scored[i][1])] + [x for j, x in enumerate(scored) if j != i]


def prefer_country_over_small_town(scored: list[tuple[float, Place]], name: str, qual: Optional[Place],
                                   gaz: PlaceGazetteer) -> list[tuple[float, Place]]:
    """Session 35 (loc35): a country's own name is that country, not a town of fewer than ``SMALL_TOWN`` people named
    after it that the article's other places pulled ahead ("a strike in Venezuela" next to Havana is no town of
    16,601 people in Cuba), unless the qualifier holds the town ("Lebanon, Pennsylvania")."""
    best = scored[0][1]
    if best.kind != "city" or best.population >= SMALL_TOWN or (qual is not None and contains(qual, best)):
        return scored
    for i, (_, p) in enumerate(scored[1:], 1):
        if p.kind == "country" and gaz.is_primary_name(p, name):
            return promoted(scored, i)
    return scored


def best_qualifier(text: str, ctx: Context, gaz: PlaceGazetteer) -> Optional[Place]:
    """The place named right after a name ("Springfield, Illinois", "the Karrada district of Baghdad")."""
    hits = [p for p in candidates(text, ctx.lang, gaz) if p.kind in ("country", "admin1", "region", "city", "admin2")]
    if not hits:
        return None
    return max(hits, key=lambda p: (score(p, text, ctx, None, gaz), p.population))


def fallback(qualifier: Optional[Place], actor_country: Optional[str], gaz: PlaceGazetteer,
             ctx: Context, nearby: Optional[Counter] = None) -> Optional[Resolution]:
    """An unknown place: the region or country named with it, else the one country of the places its sentence
    names ("Jimbaran, near Sanur"), else the country the actors stage coded it with, else the language's home
    country when the article names it most, else the country the article is clearly about (named at least
    twice as often as any other)."""
    if qualifier is not None:
        return Resolution(qualifier, 0.5, True)
    near = [c for c, n in (nearby or Counter()).items() if n > 0]
    if len(near) == 1 and gaz.country(near[0]) is not None:
        return Resolution(gaz.country(near[0]), 0.4, True)
    country = gaz.country(actor_country)
    if country is not None:
        return Resolution(country, 0.4, True)
    ranked = ctx.countries.most_common(2)
    top = ranked[0][1] if ranked else 0
    for home in ctx.home:
        if top and ctx.countries.get(home, 0) == top and gaz.country(home) is not None:
            return Resolution(gaz.country(home), 0.3, True)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        country = gaz.country(ranked[0][0])
        if country is not None:
            return Resolution(country, 0.3, True)
    return None


def names_no_country(cands: Iterable[Place]) -> bool:
    """Some candidate is an area of no country: a continent ("Asia", "Africa"), which names no country whatever
    towns hold its name (session 13)."""
    return any(p.kind in ("area", "region") and not p.country for p in cands)


def own_named(cands: list[Place], name: Optional[str], lang: Optional[str] = None) -> list[Place]:
    """The candidates that have ``name`` as their own name (or are a country or a division), when there are
    such and the places holding it only as an alternate name are not 30 times bigger: "Bethlehem" is the own
    name of towns in Palestine, South Africa and the US and only an alternate (Portuguese) name of Belém, which
    therefore does not make the name Brazil's; "Mecca", "Canton", "Madras" stay the big cities' English names."""
    if not name:
        return cands
    key = plain(name)
    gaz = places()
    own = [p for p in cands if p.kind != "city" or plain(p.name) == key or gaz.is_exonym(p, name, lang)]
    if not own or len(own) == len(cands):
        return cands
    others = [p for p in cands if p not in own]
    if names_no_country(own):
        return own  # session 13: "Africa" is the continent, not Mahdia (Tunisia), whose alternate name it is; an
        # area of no country has no population to compare, and "across Africa" made the article Tunisian
    if max(p.population for p in others) > 30 * max(p.population for p in own):
        return cands  # "Mecca", "Canton", "Madras": the big city's English name, not the small towns'
    return own


def dominant_country(cands: list[Place], name: Optional[str] = None, lang: Optional[str] = None) -> Optional[str]:
    """The country a name means without context: its only one, or that of a place ten times bigger than any
    other of the name ("Melbourne" is Australia's before Florida's); with ``name``, among the places that have
    it as their own name (see ``own_named``)."""
    cands = own_named(cands, name, lang)
    if names_no_country(cands):
        return None  # session 13: "Asia" the continent names no country, though a town "Asia" lies in the Philippines
    countries = {p.country for p in cands if p.country}
    if len(countries) == 1:
        return next(iter(countries))
    cities = sorted((p for p in cands if p.kind == "city"), key=lambda p: -p.population)
    if cities and len(cities) == len(cands) and (len(cities) == 1 or cities[0].population >= 10 * cities[1].population):
        return cities[0].country or None
    return None


def article_context(names: Iterable[tuple[str, Optional[str]]], lang: Optional[str],
                    dateline: Optional[str] = None, gaz: Optional[PlaceGazetteer] = None) -> Context:
    """Context from an article's place names (with the actor code each has, if any).

    Countries count when a name is a country, when all of a name's places lie in one country, or when an
    earlier stage coded the name with a country; divisions count when a name is one without a rival.
    """
    gaz = gaz or places()
    ctx = Context(lang=lang, home=words(lang).get("home_countries", ()))
    for name, actor_code in names:
        cands = candidates(name, lang, gaz)
        own = own_named(cands, name, lang)
        # (not an alternate name's country, and none for a name an area of no country holds: "Asia", "Africa")
        countries = set() if names_no_country(own) else {p.country for p in own if p.country}
        dominant = dominant_country(own, lang=lang)  # (own_named is done: the same as with cands and the name)
        if dominant and rivalled(name, dominant, lang, gaz):
            dominant = None  # session 25 (places25b): "Kent", "Norfolk" name no country by themselves (see rivalled)
        if dominant:
            ctx.countries[dominant] += 1
            if lone_small_towns(cands, dominant):
                ctx.own[dominant] += 1
        elif not cands and actor_code and gaz.country(actor_code[:3]) is not None:
            ctx.countries[actor_code[:3]] += 1  # the actors stage's country for a name the gazetteer lacks
        elif cands and cands[0].kind == "country" and not any(p.kind == "admin1" for p in cands):
            ctx.countries[cands[0].country] += 1
        admin1 = [p for p in cands if p.kind in ("admin1", "region")]
        if len(admin1) == 1:
            ctx.admin1.add(admin1[0].id)
        for p in cands[:1]:
            if p.kind in ("city", "admin2", "admin3") and len(countries) == 1 and p.admin1:
                ctx.admin1.add(p.admin1)
    if dateline:
        res = resolve(dateline, ctx, gaz=gaz)
        if res is not None and not res.fallback:
            ctx.dateline = res.place
            ctx.countries[res.place.country] += 1
    return ctx


def compass_words(name: str, lang: Optional[str]) -> int:
    """How many words ``name`` has when it is made only of compass words (pack ``compass_words``: "the West" 1,
    "the North East", "South-West" 2), else 0: such a name is a part of some country or of the world."""
    compass = words(lang).get("compass_words")
    if not compass:
        return 0
    parts = [w for w in re.split(r"[\s\-\u2010\u2011]+", plain(name)) if w and w != "the"]
    return len(parts) if parts and all(w in compass for w in parts) else 0


@functools.lru_cache(maxsize=4096)
def place_country(name: str, lang: Optional[str], prefer: Optional[str] = None) -> Optional[str]:
    """The country a place name means without context, for a GPE the actor gazetteer lacks or the events
    coder finds uncoded ("California", "East Los Angeles": subnational places take their country's code,
    GOLD house style): ``prefer`` (the article's own country) where it has a place of that name ("Jawa"
    is not Jordan's), else its only country, or that of a place ten times more populous than any other's.
    Session 29 (actors-en29): a name made only of compass words (pack ``compass_words``: "the West", "the North East",
    "South-West") names a part of some country or of the world, not the namesake district abroad (Botswana's
    North-East, Cameroon's West Region): one word gives no country ("the West" is no country, "the North" of a Korean
    story is the other Korea), several give ``prefer`` only (a British story's "North East")."""
    n = compass_words(name, lang)
    if n:
        return prefer if n > 1 else None
    best: dict[str, int] = {}
    for p in own_named(candidates(name, lang), name, lang):
        if p.country:
            best[p.country] = max(best.get(p.country, 0), p.population)
    if prefer and prefer in best:
        return prefer
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] >= 10 * max(1, ranked[1][1]):
        return ranked[0][0]
    return None
