"""Places: GPE/LOC entities placed on the map, and each event's location chosen from its clause.

Reads what earlier stages left on the record (entities with their mentions and actor codes, quotes, dates,
events, the tokens of the shared Doc) and imports no other stage. Three steps:

1. place mentions: the mentions of GPE/LOC entities, plus capitalised names that a place word introduces
   ("the town of Bakwa", "Homs province", "desa Sukamaju") or that follow a location preposition and are
   in the gazetteer;
2. each mention resolved with :mod:`kabar.places.resolve` in the article's context (its countries, the
   dateline, a qualifier after a comma, the other places of its sentence); ``Entity.place`` is the
   resolution of the entity's best-placed mention;
3. each event's ``event_loc``: the mention in its sentence that reads as where the event happened (after a
   location or target preposition, close to the trigger, inside the clause) rather than who acted (the
   actor country), where someone comes from ("a driver from Abidjan") or where a speaker spoke ("said in
   Washington that ..."); else a place of the previous sentence; else the dateline.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from kabar.lang import pack
from kabar.places import PRECISION_RANK, Place, places
from kabar.places.resolve import (Context, Resolution, article_context, candidates, contains, dominant_country,
                                  far_namesake, lone_small_towns, resolve, rivalled, village_places, words)
from kabar.record import Article, Entity, Event, EventLocation, PlaceRef
from kabar.stages import stage
from kabar.text.parse import base, parse_of, read_batched
from kabar.text.tokens import toks_of

PLACE_TYPES = ("GPE", "LOC")
NAME_KINDS = ("name", "alias", "acronym")
#: A dateline: "KYIV (Reuters) -", "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --".
DATELINE = re.compile(r"\s*(?:([A-Z][A-Z'’. -]{1,30}[A-Z])\s*[,(]|([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*,\s*[^\n,]{2,40}?\s(?:--|-|–|—)\s)")
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    entity: Optional[Entity] = None
    resolution: Optional[Resolution] = None


class Tokens:
    """Token offsets of the article, from the Doc the segment stage made (shared through the text floor)."""

    def __init__(self, record: Article):
        toks = toks_of(record)
        self.text = record.text
        kept = [(i, w) for i, w in zip(toks.idx, toks.words) if w.strip()]
        self.spans = [(i, i + len(w)) for i, w in kept]
        self.starts = [a for a, _ in self.spans]
        self.words = [w for _, w in kept]  # text[a:b] of each span

    def index_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def before(self, offset: int, n: int) -> list[str]:
        """Up to ``n`` lower-cased tokens ending before ``offset``, nearest last."""
        i = bisect.bisect_left(self.starts, offset)
        return [self.text[a:b].lower() for a, b in self.spans[max(0, i - n):i]]

    def after(self, offset: int, n: int) -> list[str]:
        i = bisect.bisect_left(self.starts, offset)
        return [self.text[a:b].lower() for a, b in self.spans[i:i + n]]

    def between(self, a: int, b: int) -> list[str]:
        """The lower-cased tokens starting in [a, b)."""
        i, j = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)
        return [self.text[x:y].lower() for x, y in self.spans[i:j]]


@stage("places", requires=("text", "sentences", "entities"), assigns=("places",), topic="places")
class PlaceStage:
    def __init__(self, min_event_score: float = 1.0, use_dateline: bool = True):
        """``min_event_score``: how well a place must read as the event's (1.0 = a bare name near the verb);
        ``use_dateline``: place an event at the dateline when its sentence and the one before name no place."""
        self.min_event_score = float(min_event_score)
        self.use_dateline = bool(use_dateline)
        places()  # load the gazetteer (about a second) with the pipeline, not on the first article

    def __call__(self, record: Article) -> Article:
        toks = Tokens(record)
        mentions = place_mentions(record, toks)
        dateline = dateline_of(record)
        village = villages(record, mentions)
        # (session 35: a village no place of its name can be, a big city's name, says nothing of the article's country)
        ctx = article_context(((m.text, m.entity.actor if m.entity else None) for m in mentions
                               if not (village[id(m)] and (c := candidates(m.text, record.lang)) and
                                       not village_places(c))),
                              record.lang, dateline.text if dateline else None)
        for e in record.entities:  # "Afghan troops", "pasukan Israel": a group's country is context too
            if e.type == "NORP" and e.actor and places().country(e.actor[:3]):
                ctx.countries[e.actor[:3]] += 0.5 * len(e.mentions)
        resolve_mentions(record, mentions, ctx, village)
        if dateline is not None:
            dateline.resolution = resolve(dateline.text, ctx)
        record.state.places = (mentions, toks, dateline, ctx)  # for the evaluation scripts and tests
        for e in record.entities:
            own = [m.resolution for m in mentions if m.entity is e and m.resolution is not None]
            if own:
                e.place = place_ref(max(own, key=lambda r: (not r.fallback, r.confidence)), PlaceRef)
        events = record.events  # the events' sentences the parse is asked for are parsed in one batch
        for ev, loc in zip(events, read_batched(parse_of(record), len(events), lambda i: locate_event(
                record, events[i], mentions, toks, dateline if self.use_dateline else None, self.min_event_score))):
            ev.event_loc = loc
        return record


# ------------------------------------------------------------------ mentions


def place_mentions(record: Article, toks: Tokens) -> list[PlaceMention]:
    """Mentions of GPE/LOC entities and the place names the entity stage missed, in text order.

    A name a place word introduces ("the village of Mainok") is a place even where the entity stage took it
    for something else; a name after a bare preposition only where nothing else claims it."""
    found = [_narrowed(_extended(_with_article(PlaceMention(m.start, m.end, m.text, e), record), record, toks),
                       record.lang)
             for e in record.entities
             if e.type in PLACE_TYPES for m in e.mentions
             if m.kind in NAME_KINDS and m.end > m.start and not _demonym(m.text, record.lang)]
    places_taken = [(m.start, m.end) for m in found]
    # a name after "in" is a place even where the entity stage read a person in it ("in Sheikh Sa'eed") or an
    # organisation ("in Deir Ezzor"), unless the article names that person again or the name reads as an
    # organisation's ("in President Obama's parade", "in the Health Ministry")
    taken = [(m.start, m.end) for e in record.entities if e.type not in ("PER", "MISC", "ORG") for m in e.mentions]
    taken += [(m.start, m.end) for e in record.entities for m in e.mentions
              if e.type in ("PER", "ORG") and not _name_may_be_place(e, m, record)]
    taken += [(d.start, d.end) for d in record.dates]
    named = [PlaceMention(m.start, m.end, m.text, e) for e in record.entities for m in e.mentions
             if e.type in ("PER", "ORG") and m.end > m.start]
    # session 29 (loc29): a name the entity stage read as a people is no place, whatever place word follows it ("the
    # traditionally Arab sector": Arab, Alabama, was the event's place)
    peoples = {(m.start, m.end) for e in record.entities if e.type == "NORP" for m in e.mentions}
    for m, strong in cue_places(record, toks):
        if (m.start, m.end) in peoples:
            continue
        if not _overlaps(m, places_taken) and (strong or not _overlaps(m, taken)):
            # session 26: a cue's name inside a longer name the entity stage read as a person or organisation that
            # the gazetteer knows whole is that name ("off the Horn of Africa" was "Horn", a town in Germany)
            m = next((k for k in named if k.start <= m.start and m.end <= k.end and (k.start, k.end) != (m.start, m.end)
                      and not _overlaps(k, places_taken) and candidates(k.text, record.lang)), m)
            found.append(m)
    borders = border_mentions(record)
    if borders:
        spans = [(m.start, m.end) for m in borders]
        found = [m for m in found if not _overlaps(m, spans)] + borders
    return sorted((m for m in found if not _not_a_place(m.text, record.lang)), key=lambda m: m.start)


def _not_a_place(name: str, lang: Optional[str]) -> bool:
    """A name no gazetteer knows that opens or ends with one of the pack's ``not_place_words`` ("the Commons",
    "Hunting Bill", "Cold War", "Pasal 5"): an institution, law, event, day or faith, not a place."""
    stop = words(lang).get("not_place_words", frozenset())
    parts = [w for w in (w.strip(".,'’") for w in name.lower().split()) if w]
    if not parts or parts[-1] in words(lang)["name_tails"]:
        return False  # "Parliament Square", "Treasury Building": a place word ends it
    if all(_faith_word(p, words(lang)) for p in parts) and not candidates(name, lang):
        return True  # session 19: "in the Shi'ite neighbourhood of Kadhimiya", "on the Islamist rebel defenses",
        # "insurgents on Shi'ites making a trek": a faith, sect or its people (6 such event places in the development
        # items, all wrong)
    return (parts[0] in stop or parts[-1] in stop) and not candidates(name, lang)


def _name_may_be_place(e: Entity, m, record: Article) -> bool:
    """Whether a name the entity stage read as a person or organisation may still be a place after a location
    preposition: a person named only once ("in Sheikh Sa'eed", not "in President Obama's" where the article
    names Obama again); an organisation the gazetteer knows as a place ("in Deir Ezzor", "in Raqqa"), or one
    with no actor code, no organisation word, no article before it and not written as an acronym ("inside Kafr
    Sousah"); never a building ("Al-Midan Theater")."""
    if e.type == "PER":
        return len(e.mentions) == 1
    w = words(record.lang)
    if m.text.split()[-1].lower() in w["facility_nouns"]:
        return False  # "outside Al-Midan Theater in Haifa": a building, placed by its town
    if candidates(m.text, record.lang):
        return True
    tails = _org_words(record.lang)
    before = record.text[max(0, m.start - 12):m.start].split()[-1:]
    return not e.actor and not m.text.isupper() and not any(t.lower() in tails for t in m.text.split()) and \
        not (before and before[0].lower() in DETERMINERS)  # "an interest in the Rock Machine": a body's name


@functools.cache
def _org_words(lang: Optional[str]) -> frozenset:
    data = pack(lang).data("entities")
    return frozenset(w.lower() for k in ("org_tails", "org_of_heads") for w in data.get(k, []))


def border_mentions(record: Article) -> list[PlaceMention]:
    """"the Iraqi-Syrian border", "perbatasan Irak-Suriah": a border two peoples or countries name, one place
    (not two adjectives, nor the first country alone). It lies in no single country: it resolves to the
    first one named, marked ``fallback``, with the other as the alternative."""
    w = words(record.lang)
    out = []
    for rx in _border_patterns(record.lang):
        for mt in rx.finditer(record.text):
            countries = [_people_country(mt.group(k), record.lang) for k in (1, 2)]
            known = [c for c in countries if c is not None]
            if not known or len(known) < 2 and not any(
                    mt.group(k).lower().endswith(tuple(w["demonym_endings"])) for k in (1, 2)):
                continue
            first = places().country(known[0])
            if first is None:
                continue
            others = [p for p in (places().country(c) for c in known[1:]) if p is not None]
            m = PlaceMention(mt.start(), mt.end(), mt.group(0), resolution=Resolution(first, 0.5, True, others))
            if not any(o.start < m.end and m.start < o.end for o in out):
                out.append(m)
    return out


@functools.cache
def _border_patterns(lang: Optional[str]) -> tuple[re.Pattern, ...]:
    """The pack's "X-Y border" and "perbatasan X-Y" patterns, compiled once per language (none without
    ``border_words``)."""
    border = words(lang).get("border_words")
    if not border:
        return ()
    alt = "|".join(sorted((re.escape(b) for b in border), key=len, reverse=True))
    pair = r"([A-Z][\w'’]+)-([A-Z][\w'’]+)"
    return re.compile(pair + r"\s+(?:" + alt + r")\b"), re.compile(r"\b(?:" + alt + r")\s+" + pair)


def _people_country(word: str, lang: Optional[str]) -> Optional[str]:
    """The country a people or country name means ("Iraqi", "Suriah"), or None."""
    from kabar.gazetteer import gazetteer

    for entry, form in gazetteer().matches(word, lang):
        if entry.kind == "country" and entry.country and form.text.lower() == word.lower():
            return entry.country
    return None


def object_read_as_person(record: Article, verb_end: int, mentions: list[PlaceMention]) -> Optional[PlaceMention]:
    """A name the entity stage read as a person that stands right after an event's verb and that the gazetteer
    knows as a town or region by exactly that name ("The army captured Jaffna"): the event's target place.
    Only a name the article never uses for a person elsewhere (one mention)."""
    gaz = places()
    # after a verb of taking a place ("captured Birao", "overran Badme") any town the gazetteer knows by that name
    verb = record.text[max(0, verb_end - 30):verb_end].split()[-1:]
    seizing = bool(verb) and verb[0].lower() in words(record.lang).get("seizing_verbs", ())
    entering = bool(verb) and verb[0].lower() in words(record.lang).get("entry_verbs", ())
    spans = [(m.start, m.end) for e in record.entities if e.type == "PER" and len(e.mentions) == 1 for m in e.mentions]
    if seizing or entering:  # "Eritrea captured Badme" with Badme read as an organisation, named once, not one by its words
        spans += [(m.start, m.end) for e in record.entities if e.type == "ORG" and len(e.mentions) == 1
                  for m in e.mentions if m.start == verb_end + 1 and _name_may_be_place(e, m, record)]
    bare = re.match(r" ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)", record.text[verb_end:verb_end + 60])
    name = re.sub(r"['’]s$", "", bare.group(1)) if bare else ""  # "strike Al-Bab's last line": the owner
    if bare and not any(m.start < verb_end + 1 + len(bare.group(1)) and verb_end + 1 < m.end
                        for e in record.entities for m in e.mentions):
        spans.append((verb_end + 1, verb_end + 1 + len(name)))  # a name no entity claims
    for a, b in spans:
        m = PlaceMention(a, b, record.text[a:b])
        if m.start != verb_end + 1 or record.text[verb_end:m.start] != " " or _overlaps(m, [(x.start, x.end) for x in mentions]):
            continue
        if _date_at(record, m.start):
            continue  # session 13: "was fatally shot March 12": a month the dates stage read, not the town of March
        hits = [p for p in candidates(m.text, record.lang) if gaz.is_primary_name(p, m.text)
                and (p.kind in ("admin1", "admin2", "region") or p.population >= 20000)]
        ctx = record.state.places[3] if getattr(record.state, "places", None) else Context(lang=record.lang)
        if hits:
            return PlaceMention(m.start, m.end, m.text, resolution=resolve(m.text, ctx))
        if seizing and not m.text.isupper():  # "captured Birao", "Eritrea captured Badme": a smaller town, taken
            # only where the resolver keeps it (not a far namesake in a country nothing else in the text names)
            res = resolve(m.text, ctx)
            if res is not None and not res.fallback and res.place.kind == "city" and gaz.is_primary_name(res.place, m.text):
                return PlaceMention(m.start, m.end, m.text, resolution=res)
            towns = [p for p in candidates(m.text, record.lang) if p.kind == "city" and gaz.is_primary_name(p, m.text)]
            if len(towns) == 1:  # "rebels captured Birao ... after French forces": the world's only town of the
                # name, though the text names no country near it (a far namesake of nothing: the verb takes a town)
                return PlaceMention(m.start, m.end, m.text, resolution=Resolution(towns[0], 0.5))
        if entering and not m.text.isupper() and not _demonym(m.text, record.lang) and \
                not record.text[m.end:m.end + 2].startswith(("'", "’")):
            # session 17: "the YPG and SDF reportedly entered Kafr Naya", "is now storming Hazrama": what one enters
            # or storms is a place, though no gazetteer knows it (then it falls back to the text's country); not an
            # owner ("storming Syrian Arab Army's defenses")
            return PlaceMention(m.start, m.end, m.text, resolution=resolve(m.text, ctx))
    return None


def subject_read_as_person(record: Article, ev: Event, trig: tuple[int, int],
                           mentions: list[PlaceMention]) -> Optional[PlaceMention]:
    """A name the entity stage read as a person (named once) or as nothing, at the head of its clause as the
    subject of a passive verb of taking a place (``seizing_verbs``): "Jaffna was captured by government forces",
    "The second largest, Kisangani was captured last month" (session 16, RA rows 0-999: 2 such subjects, both gold).
    Only where the gazetteer gives that name, as a place's own name, to one place of 20,000+ people or division in
    the world and that place is a city of 100,000 or a division: a surname is mostly many towns' name ("Lincoln",
    "Jackson", "Hamilton"; "Arad" is a Romanian city and county and an Israeli town). The passive-subject rule
    then scores it."""
    w = words(record.lang)
    verb = record.text[trig[0]:trig[1]].lower()
    if verb not in w.get("seizing_verbs", ()) or (ev.quad_code or "").startswith("VERBAL"):
        return None
    sent = record.sentence_at(trig[0])
    head = record.text[sent.start if sent else 0:trig[0]]
    named = re.search(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)\s+((?:\w+\s+){0,2})$", head)
    if named is None or not named.group(2).split() or \
            not all(t in w["passive_auxiliaries"] or t in w["passive_between"] for t in named.group(2).split()) or \
            not any(t in w["passive_auxiliaries"] for t in named.group(2).split()):
        return None
    start = (sent.start if sent else 0) + named.start(1)
    m = PlaceMention(start, start + len(named.group(1)), named.group(1))
    if _overlaps(m, [(x.start, x.end) for x in mentions]) or not _clause_head(record, m):
        return None
    if any(a.start < m.end and m.start < a.end and not (e.type == "PER" and len(e.mentions) == 1)
           for e in record.entities for a in e.mentions):
        return None  # an organisation, or a person the article names again
    gaz = places()
    hits = {p.id: p for p in candidates(m.text, record.lang) if gaz.is_primary_name(p, m.text)
            and (p.kind in ("admin1", "admin2", "region") or p.population >= 20000)}
    if len(hits) != 1:
        return None
    ctx = record.state.places[3] if getattr(record.state, "places", None) else Context(lang=record.lang)
    m.resolution = resolve(m.text, ctx)
    return m if _well_known(m) and m.resolution.place.id in hits else None


def _extended(m: PlaceMention, record: Article, toks: Tokens) -> PlaceMention:
    """"Jakarta" read as the entity where the text says "Jakarta Utara": the longer name the gazetteer knows."""
    i = bisect.bisect_left(toks.starts, m.end)
    if i >= len(toks.spans) or record.text[m.end:toks.spans[i][0]] != " ":
        return m
    a, b = toks.spans[i]
    if not record.text[a:b][:1].isupper() or not candidates(record.text[m.start:b], record.lang):
        return m
    return PlaceMention(m.start, b, record.text[m.start:b], m.entity)


@functools.cache
def _article_before(lang: Optional[str]) -> Optional[re.Pattern]:
    """One of the pack's ``name_articles`` glued by a hyphen right before a name: "Al-", "el-", "Ad-", "ez-" (session
    20: the list was written here beside the pack's, with four articles the pack lacked); None for a pack without."""
    arts = "|".join(sorted((re.escape(a) for a in words(lang)["name_articles"]), key=len, reverse=True))
    return re.compile(r"(?:^|(?<=[\s(“\"]))(?:" + arts + r")-$", re.IGNORECASE) if arts else None


def _with_article(m: PlaceMention, record: Article) -> PlaceMention:
    """Session 19: a place the entity stage read without the Arabic article glued to it ("Al-[Sha'ar Mountains]",
    "Al-[Nuba Mountains]") is the whole name: the hyphen before the cut name read as a compound's second half
    (-2.0) and hid the preposition ("in the Al-Sha'ar Mountains"); development items 3000-4627: 4 such mountains,
    each the gold place, none placed."""
    glued = _article_before(record.lang)
    mt = glued.search(record.text[max(0, m.start - 5):m.start]) if glued else None
    if mt is None or not m.text[:1].isupper():
        return m
    start = m.start - len(mt.group(0))
    return PlaceMention(start, m.end, record.text[start:m.end], m.entity)


def _narrowed(m: PlaceMention, lang: Optional[str]) -> PlaceMention:
    """"the mostly-Kurdish town of Khanaqin" read as one entity: the place is what follows "town of"."""
    cut = _narrowing_cut(m.text, lang)
    if cut is None:
        return m
    return PlaceMention(m.start + cut, m.end, m.text[cut:], m.entity)


@functools.lru_cache(maxsize=20_000)
def _narrowing_cut(text: str, lang: Optional[str]) -> Optional[int]:
    """Where the name after the last place word of ``text`` begins, or None (session 29, speed: the same place names
    recur, each once looked at against every place prefix of the pack)."""
    low = text.lower()
    cuts = [k + len(prefix) + 1 for prefix in words(lang)["place_prefixes"] for k in (low.rfind(prefix + " "),)
            if k > 0 and text[k + len(prefix) + 1:][:1].isupper()]
    return max(cuts) if cuts else None  # the last place word's name, whatever order the set of place words is read in


def _overlaps(m: PlaceMention, spans: list[tuple[int, int]]) -> bool:
    return any(a < m.end and m.start < b for a, b in spans)


def _demonym(text: str, lang: Optional[str], endings: bool = True) -> bool:
    """"Afghan", "Kurdish", "U.S.-led": a people or an adjective, not a place (the actor gazetteer knows
    demonyms; an unknown word with a demonym ending, or "-led"/"-backed", is one too)."""
    from kabar.gazetteer import gazetteer

    hits = gazetteer().matches(text, lang)
    if hits:
        return all(f.kind == "demonym" for _, f in hits)
    low = text.lower()
    if re.search(r"-[a-z]+$", text) and not candidates(text, lang):
        return True
    return endings and low.endswith(tuple(words(lang)["demonym_endings"])) and not candidates(text, lang)


def _strip_modifiers(before: list[str], w: dict) -> list[str]:
    """The words before a name without determiners and modifiers ("over northern and southern Iraq")."""
    out = [t for t in before if t not in DETERMINERS]
    while out and (out[-1] in w["place_modifiers"] or _faith_word(out[-1], w)):
        out.pop()  # (session 19: a faith's word too: "in Catholic west Belfast")
    return out


def _faith_word(word: str, w: dict) -> bool:
    """One of the pack's ``faith_words`` ("Shi'ite", "Islamist", "Catholic"), its apostrophes aside."""
    faiths = w.get("faith_words")
    return bool(faiths) and word.lower().replace("'", "").replace("’", "") in faiths


def dated_tokens(record: Article, toks: Tokens) -> set[int]:
    """Indices of the tokens that start inside a date the dates stage read. Session 35 (speed35): found once per
    article by bisection (the starts are in text order) instead of a scan of every date at each test (~65 an article)."""
    out: set[int] = set()
    for d in record.dates:
        out.update(range(bisect.bisect_left(toks.starts, d.start), bisect.bisect_left(toks.starts, d.end)))
    return out


def cue_places(record: Article, toks: Tokens) -> list[tuple[PlaceMention, bool]]:
    """Capitalised names a place word introduces or follows (strong), or that a location preposition
    introduces (weak: kept where no entity claims the name)."""
    w = words(record.lang)
    text = record.text
    out = []
    i, n = 0, len(toks.spans)
    # session 15: a day or month the dates stage read is no part of a name ("on the streets of Nuevo Laredo
    # Wednesday", "In the capital Saturday")
    dated = dated_tokens(record, toks).__contains__
    words_ = toks.words
    articles = w["name_articles"]
    while i < n:
        tok = words_[i]
        if not (tok[:1].isupper() or "-" in tok or tok in articles):
            # session 23: neither capitalised, nor hyphenated, nor a name article: the test below fails, ~400 times an
            # article (an upper-case first letter or a hyphen is what _capitalised needs)
            i += 1
            continue
        a, b = toks.spans[i]
        if not (_capitalised(tok, w) or (tok in articles and _particle_opens(text, toks, i))) or dated(i):
            i += 1
            continue
        # a sentence's first word is capitalised whatever it is: a name there is a cue only by its appositive below
        opener = i == 0 or text[toks.spans[i - 1][0]:toks.spans[i - 1][1]] in ".!?\"“"
        j = i
        while True:
            if j + 1 < n and _capitalised(text[toks.spans[j + 1][0]:toks.spans[j + 1][1]], w) and \
                    toks.spans[j + 1][0] - toks.spans[j][1] <= 1 and not dated(j + 1):
                j += 1
            elif j + 2 < n and text[toks.spans[j + 1][0]:toks.spans[j + 1][1]] == "-" and \
                    toks.spans[j + 1][0] == toks.spans[j][1] and toks.spans[j + 2][0] == toks.spans[j + 1][1] and \
                    text[toks.spans[j + 2][0]].isalpha():
                j += 2  # "Al-Dawr", "Mazar-e-Sharif": one hyphenated name
            elif j + 3 < n and text[toks.spans[j + 1][0]:toks.spans[j + 1][1]].lower() in w["name_articles"] and \
                    text[toks.spans[j + 2][0]:toks.spans[j + 2][1]] == "-" and \
                    toks.spans[j + 2][0] == toks.spans[j + 1][1] and toks.spans[j + 3][0] == toks.spans[j + 2][1]:
                j += 3  # "Hanish al-Kabir", "Deir ez-Zor"
            elif j + 2 < n and _capitalised(text[toks.spans[j + 2][0]:toks.spans[j + 2][1]], w) and \
                    _ayn_opens(text, toks, j + 2, w) and toks.spans[j + 1][0] - toks.spans[j][1] <= 1:
                j += 2  # session 21: "‘Ayn ‘Issa": one name
            else:
                break
        start, end = a, toks.spans[j][1]
        if opener:
            if _opening_place_appositive(text, end, w):
                # session 32 (locmore32): "Eastern Slavonia, 30 km north of Vukovar, was captured", "Agasha, a village
                # bordering the River Buruku, came into limelight": a sentence's opening name that the appositive places
                out.append((PlaceMention(start, end, text[start:end]), True))
                i = j + 1
            else:
                i += 1
            continue
        if _ayn_opens(text, toks, i, w):
            start = toks.spans[i - 1][0]  # session 21: "the key town of ‘Ibta", "in ‘Ayn Al-Fijah"
        before = _strip_modifiers(toks.before(start, 5), w)
        after = toks.after(end, 2)
        word_before = _place_word_before(record, toks, start, w)
        strong = word_before or bool(after) and (after[0] in w["place_suffixes"] or " ".join(after) in
                                                 w["place_suffixes"]) or (j > i and text[toks.spans[j][0]:end].lower()
                                                                     in w["facility_words"]) or \
            (j > i and _named_site(record, text[toks.spans[j][0]:end], start, end, w)) or \
            _listed_before_place_word(text, end, w) or bool(after) and after[0] in w.get("list_place_words", ()) and \
            LIST_END.search(text[max(0, a - 60):a]) is not None
        if strong and not word_before and len(after) == 2 and after[1] == "of" and after[0] in w["settlement_words"] and \
                not candidates(text[start:end], record.lang) and not _names_its_settlement(toks, i, w):
            strong = False  # "the Basque city of Bilbao": a word describing the town named next, no place
        if not strong and j > i and _toponym_head(record, tok, start, end, w):
            strong = True  # session 30 (loc30): "captured Jabal al-Sayyid", "withdrew from Kafr Nabuda" (read as persons)
        if not strong and _known_town_before_facility(record, toks, start, end, after, w):
            strong = True  # session 15: "destroyed the Omagh home of", "patrolled the Shinjuku station"
        if not strong and (_settlement_appositive(text, end, w) or _distance_appositive(text, end, w)):
            strong = True  # session 31 (locment31): "Miringa, a village in Biu", "Garam, a village sharing boundary";
            # session 32 (locmore32): "Martin Brod, some 220 kilometers (150 miles) west of Sarajevo"
        inside = _inside_known_place(record, start, end, w)
        prep = bool(before) and before[-1] in w["location_preps"] or _purpose_or_motion_target(toks.before(start, 6), w) \
            or inside or _possessed_after_prep(record, start, end, w) is not None \
            or _place_verb_object(record, toks, start, end, w) or _noun_place_prep(before, w)
        # ("in Spain's Basque Country"; "patrolled Korangi"; "the villages surrounding Huddur")
        if prep and not strong and _owner_of_a_thing(text, end, w) and not candidates(text[start:end], record.lang):
            prep = False  # "at Plescio's funeral": a name no gazetteer knows, owning a thing, is a person's
        if not (strong or prep) and _unclaimed_big_place(record, start, end):
            strong = True  # session 20: "kicked out of Al-Bab", "send reinforcements to Al-Bab", "past Ramadi"
        if (strong or prep) and not _demonym(text[start:end], record.lang, endings=not (word_before or inside)) and \
                not (j == i and (tok.lower() in w["place_modifiers"] or tok.lower() in w["facility_nouns"])):
            # session 15: a compass word or a building capitalised alone is no name ("in Thailand's restive South",
            # "detonated bombs at a Mosque in the western Pakistani city of Quetta")
            out.append((PlaceMention(start, end, text[start:end]), strong))
        i = j + 1
    return out + lowercase_places(record, toks, w)


def _named_site(record: Article, tail: str, start: int, end: int, w: dict) -> bool:
    """Session 32 (locfac32): a name of two or more words ending in one of the pack's ``site_words`` is a site ("Beaufort
    Castle", "Al-Ta’ai Grammar School", "the Quraytayn Orchards": read as organisations), unless the entity stage read a
    person ending there ("Barbara Castle")."""
    return tail.lower() in w["site_words"] and \
        not any(e.type == "PER" and start <= m.start < end and m.end == end for e in record.entities for m in e.mentions)


#: session 31 (locment31): ", a village in", "; a small border town": the comma, the indefinite article, the words after;
#: session 32 (locrel32): the definite one too (", the main city in", ", the regional capital of")
SETTLEMENT_APPOSITIVE = re.compile(r"\s*[,;]\s+(?:a|an|the)\s+((?:[a-z][\w-]*\s*){1,5})")


def _settlement_appositive(text: str, end: int, w: dict) -> bool:
    """Session 31 (locment31): the name is followed by a comma and an indefinite appositive whose head is one of the
    pack's ``settlement_words`` after at most two modifiers ("Pervomayskaya, a village in the southern Russian region",
    "Garam, a village sharing boundary"): the name is a settlement, whatever the
    entity stage read in it. Session 32 (locrel32): or a definite one ("Mbuji Mayi, the main city in the
    diamond-producing Eastern Kasai province, was captured", read as a person). Not one whose settlement word is a noun's modifier ("Smith, a town councillor"): the
    word after it is a preposition or function word, a participle, or nothing (a punctuation mark)."""
    mt = SETTLEMENT_APPOSITIVE.match(text, end)
    if mt is None:
        return False
    ws = mt.group(1).split()
    for i in range(min(3, len(ws))):
        for k in (2, 1):
            if " ".join(ws[i:i + k]) in w["settlement_words"] and len(ws[i:i + k]) == k:
                nxt = ws[i + k] if i + k < len(ws) else None
                if nxt is None and mt.end(1) == mt.end() and not re.match(r"\s*[,;.)]", text[mt.end():mt.end() + 3]):
                    return False  # a name follows ("a village Chief"): not the appositive's head
                return nxt is None or nxt in w["phrase_preps"] or nxt in w["function_words"] or \
                    nxt.endswith(tuple(w["participle_endings"]))
    return False


#: session 32 (locmore32): the words between a name's comma and the next capitalised word (", about 180 km (110 miles)
#: south of " before "Mogadishu")
DISTANCE_APPOSITIVE = re.compile(r"\s*,\s+([^,;:!?A-Z]{1,60}?)\s*(?=[A-Z])")
#: ", a " / "; an " after a name: an indefinite appositive opens
INDEFINITE_APPOSITIVE = re.compile(r"\s*[,;]\s+(?:a|an)\s")


def _distance_appositive(text: str, end: int, w: dict) -> bool:
    """Session 32 (locmore32): the name is followed by a comma, a distance with its number and one of the pack's
    ``name_references`` ("Bur Hakaba, about 180 km (110 miles) south of Mogadishu", "Martin Brod, some 220 kilometers
    (150 miles) west of Sarajevo"): only a place lies so far from another."""
    mt = DISTANCE_APPOSITIVE.match(text, end)
    return mt is not None and any(c.isdigit() for c in mt.group(1)) and \
        _reference_phrase(mt.group(1), w["name_references"], w)


def _opening_place_appositive(text: str, end: int, w: dict) -> bool:
    """Session 32 (locmore32): a name that opens a sentence is a place by its appositive alone: a distance from a place
    (``_distance_appositive``) or an indefinite settlement appositive ("Agasha, a village bordering ..."; not a
    definite one: "Subsequently, the city's ...")."""
    return _distance_appositive(text, end, w) or \
        INDEFINITE_APPOSITIVE.match(text, end) is not None and _settlement_appositive(text, end, w)


def _noun_place_prep(before: list[str], w: dict) -> bool:
    """Session 32 (locrel32): the words before a name end with one of the pack's ``noun_place_preps`` right after a
    plural place word (``list_place_words``, ``place_plurals``): "patrolled the villages surrounding Huddur",
    "targeting the villages surrounding Tal Al-‘Eiss" place the name as "around Huddur" does. Not the word alone
    ("the controversy surrounding David Blunkett", "speculation surrounding Malcolm Glazer": BBC corpus)."""
    return len(before) >= 2 and before[-1] in w.get("noun_place_preps", ()) and \
        (before[-2] in w.get("list_place_words", ()) or before[-2] in w.get("place_plurals", ()))


def _place_verb_object(record: Article, toks: Tokens, start: int, end: int, w: dict) -> bool:
    """Session 31 (locment31): the name stands right after a verb whose object is a place: one of the pack's
    ``place_object_verbs`` ("patrolled Korangi", "patrolled bustling downtown Ulan Bator") or ``entry_verbs`` ("Upon
    entering Al-Fijah, the army"), or a ``seizing_verbs`` one when the gazetteer knows the name ("captured
    Kasumbalesa"; "captured Mahmud" may be a man). A weak cue: kept only where no entity claims the name, or the
    entity stage read in it a person named once or an organisation that may be a place."""
    raw = toks.before(start, 4)
    out = [t for t in raw if t not in DETERMINERS]
    while out and (out[-1] in w["place_modifiers"] or re.fullmatch(r"[a-z]+ing", out[-1]) and len(out) > 1
                   and out[-2] in w.get("place_object_verbs", ())):
        out.pop()
    if not out or len(raw) - len(out) > 2:
        return False
    tail = record.text[end:end + 30]
    if _owns_named_thing(tail, w):
        return False  # "patrolling Narathiwat's Chanae district": the named thing it owns is the place
    verb = out[-1]
    if verb in w.get("place_object_verbs", ()) or verb in w.get("entry_verbs", ()):
        return True
    name = record.text[start:end]  # not an acronym ("captured the KNU headquarters of Manerplaw": the owner's)
    return verb in w.get("seizing_verbs", ()) and not name.isupper() and bool(candidates(name, record.lang))


def _toponym_head(record: Article, first: str, start: int, end: int, w: dict) -> bool:
    """Session 30 (loc30): a name of two or more words opened by one of the pack's ``toponym_heads`` ("Kafr Nabuda",
    "Tal Maksour", "Jabal al-Sayyid"), that is not a person's name the article gives otherwise too ("Tal Becker ... Becker
    said")."""
    heads = w.get("toponym_heads", ())
    if first.lower() not in heads:
        return False
    return not any(e.type == "PER" and any(m.start == start for m in e.mentions) and
                   any(record.text[m.start:m.end].split()[0].lower() not in heads for m in e.mentions if m.end > m.start)
                   for e in record.entities)  # (a person inside the name is not it: "Dahiyat Al-Assad")


#: session 20: a capitalised name no entity claims is a place mention wherever it stands when the gazetteer knows it as
#: a country or a city or division of this many people: the entity stage misses big towns of the Arabic press
BIG_PLACE = 100_000


def _unclaimed_big_place(record: Article, start: int, end: int) -> bool:
    """Session 20: a capitalised name the entity stage missed (or read as an organisation that may be a place) and
    that no date claims, which the gazetteer knows by its own name as a country, or a city or division of ``BIG_PLACE``
    people or more ("forced the Turkish Armed Forces to send reinforcements to Al-Bab", "kicked out of Al-Bab", "fired
    at demonstrators who thronged Hama": development items 0-4627, 133 events left unplaced had a gold place no
    mention covered, 35 of them a place the gazetteer knows, 19 by its own name as a country or a 100,000+ town;
    this places 9 of them). It is only a mention: it must still read as the event's place to be taken. Not an
    acronym, a person's name, a name after a determiner or inside a longer run of names, nor a noun's modifier
    (session 21: the possessive endings and whether a modifier precedes its noun are the pack's
    ``possessive_endings`` and ``modifier_before_noun``)."""
    name = record.text[start:end]
    if name.isupper() or any(d.start < end and start < d.end for d in record.dates):
        return False
    w = words(record.lang)
    before = record.text[max(0, start - 40):start].split()[-1:]
    if before and (before[0].lower() in DETERMINERS or before[0][:1].isupper()):
        return False  # "a hotel owned by a Kikuyu": one of a people; "patrolling the Gulf": no Gulf Province (PNG);
        # "Wells Fargo said" at a sentence's head (the run of names begins after its first word): part of a name
    tail = record.text[end:end + 30]
    if _owns_named_thing(tail, w):
        return False  # "patrolling Narathiwat's Chanae district", "Paddy's Bar": the named thing it owns places it
    nxt = re.match(r"\s*([a-z][\w-]*)", tail) if w["modifier_before_noun"] else None
    if nxt and not tail[:1] in "'’" and nxt.group(1) not in w["adjective_stops"] and \
            nxt.group(1) not in w["name_tails"] and nxt.group(1) not in w["facility_nouns"]:
        return False  # "the 1996 Khasavyurt ceasefire agreement", "an Orange sign": a modifier of a noun
    for e in record.entities:
        for m in e.mentions:
            if m.start < end and start < m.end and (e.type != "ORG" or not _name_may_be_place(e, m, record)):
                return False
    gaz = places()  # the place's own name, not an alternate ("Jim" is no Jimma, "SAMs" no Samsun)
    return any(gaz.is_primary_name(p, name) and (p.kind == "country" or p.population >= BIG_PLACE)
               for p in candidates(name, record.lang))


def _owns_named_thing(tail: str, w: dict) -> bool:
    """The text after a name is a possessive and a capitalised name ("'s Chanae district", "'s Bar"): the name owns a
    named thing, which is where it is."""
    return any(tail.startswith(p) and re.match(r"\s+[A-Z]", tail[len(p):]) for p in w["possessive_endings"])


def _names_its_settlement(toks: Tokens, i: int, w: dict) -> bool:
    """Session 17: a name right after a location preposition or a verb of entering or taking a place, then a
    settlement word and "of", names that settlement; the "of" names the division around it: "invaded Garubula village
    of Biu local Government area", "in Kayamla village of Konduga LGA", "in Bama town of Borno State" (development
    items 0-3999: 10 of 10 such names after no determiner were the gold place). After "the" the name describes the
    town named next ("the Basque city of Bilbao", "the West Bank town of Jenin")."""
    before = toks.before(toks.spans[i][0], 1)
    prev = before[-1].lower() if before else ""
    return prev in w["location_preps"] or prev in w["target_preps"] or prev in w.get("seizing_verbs", ()) or \
        prev in w.get("entry_verbs", ())


def _known_town_before_facility(record: Article, toks: Tokens, start: int, end: int, after: list[str], w: dict) -> bool:
    """A name between a determiner and a lower-case facility noun that the gazetteer knows by exactly that name as a
    town of 20,000+ people or a division: "the Omagh home of", "the Shinjuku station" (session 15; the entity stage
    often reads such a name as an organisation or nothing). Not a country ("the U.S. embassy": whose)."""
    if not after or not re.match(r" [a-z]", record.text[end:end + 2]) or after[0] not in w["facility_nouns"] and \
            not (len(after) == 2 and after[1] in w["facility_nouns"] and after[0] not in w["adjective_stops"]):
        return False  # session 32 (locfac32): one lower-case word may stand before the noun ("the Tarmiyah pumping
        # station", "the Bijeljina police headquarters")
    prev = toks.before(start, 1)
    if not prev or prev[0] not in DETERMINERS:
        return False
    gaz = places()
    name = record.text[start:end]
    return any(gaz.is_primary_name(p, name) and (p.kind in ("admin1", "admin2", "region") or
                                                 p.kind == "city" and p.population >= 20000)
               for p in candidates(name, record.lang))


#: ", Tse-Usenda and Tse-Torkula villages": the rest of a list of names, then the word after it
LIST_REST = re.compile(r"((?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}){0,6},?\s+(?:and|or)\s+"
                       r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+([a-z]+)\b")


#: "Al-Assad and " before the last name of a list
LIST_END = re.compile(r"[A-Z][\w'’-]*\s*(?:,|,?\s+(?:and|or))\s+$")


def _listed_before_place_word(text: str, end: int, w: dict) -> bool:
    """The name opens a list of names that a plural place word (``list_place_words``) closes: "the Al-Assad and
    Minyan suburbs", "Angyom, Tse-Usenda and Tse-Torkula villages" (each is a place, not only the last)."""
    mt = LIST_REST.match(text, end)
    return mt is not None and mt.group(2) in w.get("list_place_words", ())


def _inside_known_place(record: Article, start: int, end: int, w: dict) -> bool:
    """A name no gazetteer knows, then one of the pack's ``contained_in_preps``, place modifiers and a name the
    gazetteer knows ("stormed Najarah in eastern Aleppo", "shelled Gagrian and Sawjian area in Poonch district"):
    a place inside that one (not "Obama in Washington": Obama is a town the gazetteer knows)."""
    preps = w.get("contained_in_preps")
    if not preps:
        return False
    mt = _CONTAINED_TAIL.match(record.text, end)
    if mt is None or mt.group(1).lower() not in preps:
        return False
    between = mt.group(2).lower().split()
    if any(t not in w["place_modifiers"] and t not in DETERMINERS for t in between):
        return False
    if re.search(r"[A-Z][\w'’.-]*\s+of\s+$", record.text[max(0, start - 40):start]):
        return False  # "the Temple of Heaven in downtown Beijing": the end of a longer name
    container = mt.group(3)
    if _demonym(container, record.lang):
        return False  # "the house of Aden Hashi Ayro in the central Somali town of ...": a people, no place
    return bool(candidates(container, record.lang)) and not candidates(record.text[start:end], record.lang) and \
        not record.text[start:end].isupper()


_CONTAINED_TAIL = re.compile(r"(?:\s+(?:area|areas|villages?|towns?))?\s+(\w+)\s+((?:[a-z-]+\s+){0,2})"
                             r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*)")


def _owner_of_a_thing(text: str, end: int, w: dict) -> bool:
    """A possessive follows the name, then a common noun that is not a place noun ("'s funeral", not "'s
    outskirts")."""
    mt = re.match(r"['’]s\s+(?:[a-z-]+\s+)?([a-z-]+)", text[end:end + 40])
    return mt is not None and mt.group(1) not in w["possessive_place_nouns"] and mt.group(1) not in w["place_suffixes"]


def lowercase_places(record: Article, toks: Tokens, w: dict) -> list[tuple[PlaceMention, bool]]:
    """In a sentence written all in lower case ("troops patrolled the streets of the capital moroni"), a name
    a place word introduces that the gazetteer knows by exactly that name (a town of 20,000+, a division or a
    country): case cannot mark it, the place word does."""
    out = []
    gaz = places()
    common = w["lowercase_common"]
    for sent in record.sentences:
        if any(c.isupper() for c in record.text[sent.start:sent.end]):
            continue
        i, n = bisect.bisect_left(toks.starts, sent.start), len(toks.spans)
        while i < n and toks.spans[i][0] < sent.end:
            a = toks.spans[i][0]
            if not _place_word_before(record, toks, a, w):
                i += 1
                continue
            for k in (2, 1):
                if i + k > n:
                    continue
                b = toks.spans[i + k - 1][1]
                name = record.text[a:b]
                if not re.fullmatch(r"[a-z][a-z' -]+", name) or b > sent.end or any(t in common for t in name.split()):
                    continue
                if any(gaz.is_primary_name(p, name) and (p.kind in ("country", "admin1", "region") or
                                                          p.population >= 20000)
                       for p in candidates(name, record.lang)):
                    out.append((PlaceMention(a, b, name), True))
                    i += k - 1
                    break
            i += 1
    return out


def _particle_opens(text: str, toks: Tokens, i: int) -> bool:
    """Token ``i`` (one of the pack's ``name_articles``, which the caller tests) is an Arabic article the tokenizer
    split from its name: "al" "-" "Bukamal" ("in al-Bukamal", "the town of al-Wafa")."""
    sp = toks.spans
    return i + 2 < len(sp) and text[sp[i + 1][0]:sp[i + 1][1]] == "-" \
        and sp[i + 1][0] == sp[i][1] and sp[i + 2][0] == sp[i + 1][1] and text[sp[i + 2][0]].isupper()


def _ayn_opens(text: str, toks: Tokens, i: int, w: dict) -> bool:
    """Session 21: the token before name ``i`` is one of the pack's ``name_opening_marks`` glued to it, after a space:
    the ayn a transliteration writes at the head of an Arabic name ("the town of ‘Ibta", "in ‘Ayn Al-Fijah", "the
    villages of ‘Arak"). The tokenizer splits it off, so the place word or preposition before it was not read as the
    name's (development items 0-4627: 20 gold places open so, none placed)."""
    if i < 2 or not w["name_opening_marks"]:
        return False
    (pa, pb), (a, _) = toks.spans[i - 1], toks.spans[i]
    return text[pa:pb] in w["name_opening_marks"] and pb == a and toks.spans[i - 2][1] < pa


def _capitalised(tok: str, w: dict) -> bool:
    """A capitalised word, or a name opened by one of the pack's ``name_articles`` in lower case and a hyphen ("al-Bab",
    "ez-Zor", "ash-Sham"; session 20: the articles were a list in code beside the pack's)."""
    if tok[:1].isupper():
        return any(c.isalpha() for c in tok)
    head, hyphen, rest = tok.partition("-")
    return bool(hyphen) and head in w["name_articles"] and head == head.lower() and rest[:1].isalnum()


def dateline_of(record: Article) -> Optional[PlaceMention]:
    m = DATELINE.match(record.text[:80])
    if m is None:
        return None
    g = 1 if m.group(1) else 2
    name = m.group(g).strip()
    if not candidates(name, record.lang):
        return None
    return PlaceMention(m.start(g), m.start(g) + len(name), name)


def resolve_mentions(record: Article, mentions: list[PlaceMention], ctx: Context,
                     village: Optional[dict[int, bool]] = None) -> None:
    """Resolve each mention with its qualifier ("Tbilisi, Georgia") and its sentence's other places; ``village``:
    whether the text calls each mention (by ``id``) a village (``_called_village``; read here when not given)."""
    by_sentence: dict[int, list[PlaceMention]] = {}
    for m in mentions:
        by_sentence.setdefault(_sentence_index(record, m.start), []).append(m)
    local = {id(m): _framed_as_locality(record, m) for m in mentions}
    village = village if village is not None else villages(record, mentions)
    for group in by_sentence.values():
        for m in group:
            if m.resolution is not None:
                continue  # resolved where it was found (a border)
            nearby = Counter()
            for other in group:
                if other is m:
                    continue
                cands = candidates(other.text, record.lang)[:10]
                country = dominant_country(cands, other.text, record.lang)
                if country and not (lone_small_towns(cands, country) and
                                    _far_namesake_alone(cands, country, ctx, local[id(other)])) \
                        and not rivalled(other.text, country, record.lang):  # session 25 (places25b): "Norfolk"
                    nearby[country] += 1
            qualifier = next((o.text for o in group if o.start > m.end and _contained_in(record, m, o)), None) or \
                next((o.text for o in group if o.end < m.start and _possessor_of(record, o, m)), None)
            try:
                m.resolution = resolve(m.text, ctx, qualifier=qualifier, nearby=nearby,
                                       actor_code=m.entity.actor if m.entity else None, local=local[id(m)],
                                       village=village[id(m)])
                if qualifier is None and (m.resolution is None or m.resolution.fallback) and \
                        (point := _reference_qualifier(record, m, group)) is not None:
                    near = resolve(point, ctx, nearby=nearby)
                    if near is not None and not near.fallback:
                        m.resolution = Resolution(near.place, 0.5, True, [m.resolution.place] if m.resolution else [])
            except Exception as exc:  # one place that cannot be read never blanks the others
                record.warnings.append(f"places: {m.text!r}: {type(exc).__name__}: {exc}"[:300])


def _reference_qualifier(record: Article, m: PlaceMention, group: list[PlaceMention]) -> Optional[str]:
    """Session 33 (loccty33): the place a distance phrase names right after ``m``, as ``_reference_point`` reads it
    ("Dmorovce, 16 kilometers (10 miles) northeast of Gnjilane", "Abu Saida, a town near Baquba", "Mahmudiyah 30 km
    south of Baghdad"): a name the gazetteer lacks (or only falls back for) falls back to that place, not to the
    country the article names most (the US of "U.S. forces" there). Not a qualifier that picks among the name's own
    places: a reference point is no container ("Hawija, a town near Kirkuk" lies 55 km from it)."""
    w = words(record.lang)
    if not w.get("reference_prefixes"):
        return None
    ref = min((o for o in group if o.start >= m.end), key=lambda o: o.start, default=None)
    if ref is None:
        return None
    between = record.text[m.end:ref.start]
    if (settlement := _settlement_named(record.lang)) is not None:
        between = settlement.sub(" ", between)
    if between.lstrip().startswith(","):
        return ref.text if _comma_reference(between.lstrip()[1:], record.lang, w) else None
    return ref.text if _reference_phrase(between, w["name_references"], w) else None


def _far_namesake_alone(cands: list, country: str, ctx: Context, local: bool = False) -> bool:
    """A sentence's other name whose only places in ``country`` are small towns far from what the article names
    ("Somerset and Hampshire" in a British article): it does not vouch for that country next to it."""
    best = max((p for p in cands if p.country == country), key=lambda p: p.population, default=None)
    return best is not None and far_namesake(best, ctx, None, None, places(), local)


def _framed_as_locality(record: Article, m: PlaceMention) -> bool:
    """Session 27 (loc27): the text frames the name as a locality of the place it is about: a place word ends the
    name or follows it ("the Al-Rashidiyah District", "the Panorama area", "Al-Midan and Al-Hamidiyah districts"), a
    place word and "of" come before it ("the town of Al-Qasr", "two villages of Kaura"), or a capitalised
    possessor's "'s" ("Hama's Hamidiyeh", "Mecca's Al-Nur hospital"). Such a small town far abroad is a namesake
    sooner (``far_namesake``'s ``local``)."""
    w = words(record.lang)
    none = frozenset()
    tails = w.get("place_suffixes", none) | w.get("facility_words", none) | w.get("list_place_words", none)
    parts = m.text.lower().split()
    if len(parts) > 1 and parts[-1] in tails:
        return True
    nxt = re.match(r"\s+([a-z]+)", record.text[m.end:m.end + 30])
    if nxt and nxt.group(1) in tails:
        return True
    head = record.text[max(0, m.start - 40):m.start]
    before = head.lower().split()
    if len(before) >= 3 and before[-1] == "of" and _demonym(head.split()[-3], record.lang):
        return False  # "the Swiss city of Montreux": the text says whose town it is
    if len(before) >= 2 and before[-1] == "of" and (" ".join(before[-2:]) in w.get("place_prefixes", none) or
                                                     before[-2] in w["settlement_words"] or
                                                     before[-2] in w.get("place_suffixes", none) or
                                                     before[-2].rstrip("s") in w.get("place_suffixes", none)):
        return True
    return bool(re.search(r"[A-Z][\w.-]*['’]s\s+(?:[a-z]+\s+)?$", head))


#: "‘Arak village", "Bardeh villages": the word right after a name
NEXT_WORD = re.compile(r"\s+([a-z]+)")
#: "village of" right after a name: the name describes the village named next ("the Gaza village of Beit Lahiya")
WORD_OF = re.compile(r"\s+[a-z]+\s+of\b")
#: ", a small village", "; an Alawite village": an indefinite appositive's first three words
APPOSITIVE_HEAD = re.compile(r"\s*[,;]\s+(?:a|an)\s+((?:[\w-]+\s*){1,3})")
#: "the settlements of Hawsh Nasri (twice), Arbil (four times), ... and": a plural place word, "of" and a list of
#: names up to the name read
_LISTED_NAME = r"[‘'’]?[A-Z][\w'’‘-]*(?:\s+[A-Z][\w'’‘-]*)*(?:\s*\([^()]{0,20}\))?"
VILLAGE_LIST = re.compile(r"\b([a-z]+)\s+of\s+(?:" + _LISTED_NAME + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+))+[‘'’]?$")


def villages(record: Article, mentions: list[PlaceMention]) -> dict[int, bool]:
    """Whether the text calls each mention's name (by the mention's ``id``) a village in one of its mentions: a name
    means one place in an article ("a large weapons depot at ‘Arak" is the village "the villages of ‘Arak" named)."""
    called = {m.text for m in mentions if _called_village(record, m)}
    return {id(m): m.text in called for m in mentions}


def _called_village(record: Article, m: PlaceMention) -> bool:
    """Session 35 (loc35): the text calls the name a village (pack ``village_words``, or their plural): "the villages
    of ‘Arak", "‘Arak village", "Miringa, a village in Biu": no big city is what it means (``resolve``'s ``village``)."""
    vill = words(record.lang).get("village_words", frozenset())
    if not vill:
        return False

    def is_village(word: str) -> bool:
        return word in vill or word.endswith("s") and word[:-1] in vill

    after = record.text[m.end:m.end + 60]
    before = record.text[max(0, m.start - 40):m.start].rstrip(" '‘’`").lower().split()
    nxt = NEXT_WORD.match(after)
    if nxt and is_village(nxt.group(1)):
        # not a name that describes the village ("this West Bank settlement", "the Gaza village of Beit Lahiya")
        return not (before and before[-1] in DETERMINERS) and WORD_OF.match(after) is None
    if (head := APPOSITIVE_HEAD.match(after)) and any(is_village(x) for x in head.group(1).split()):
        return True
    if nxt and nxt.group(1) in words(record.lang).get("place_suffixes", ()):
        return False  # "the Shah Sawan village of Tuz Khurmatu district": the district holds the village
    if len(before) >= 2 and before[-1] == "of" and is_village(before[-2]):
        return True
    listed = VILLAGE_LIST.search(record.text[max(0, m.start - 200):m.start])  # "the villages of 'Arak, Bardeh, and"
    return listed is not None and listed.group(1)[:-1] in vill and listed.group(1).endswith("s")


def _contained_in(record: Article, inner: PlaceMention, outer: PlaceMention) -> bool:
    """"Tbilisi, Georgia", "the Karrada district of Baghdad": the text names ``outer`` as ``inner``'s container."""
    between = record.text[inner.end:outer.start]
    if between.strip() == ",":
        return True
    tokens = between.lower().split()
    w = words(record.lang)
    while len(tokens) > 1 and tokens[-1] in w["place_modifiers"] and tokens[-1] not in w.get("list_joiners", ()):
        tokens.pop()  # session 35 (loc35): "al-Qanat Street in eastern Baghdad", "Mosul in northern Iraq"
    if not tokens or tokens[-1] not in ("of", "di", "in") or CONTAINER_LINK.match(between) is None:
        return False
    if len(tokens) <= 3:
        return True
    # session 23: place words, links and modifiers only ("the Aziziyah district in the city of Aleppo")
    plain = w["place_suffixes"] | w["settlement_words"] | w["container_links"] | w["place_modifiers"] | DETERMINERS
    return len(tokens) <= 5 and all(t in plain for t in tokens)


def _possessor_of(record: Article, outer: PlaceMention, inner: PlaceMention) -> bool:
    """Session 27 (loc27): "Hama's Hamidiyeh neighbourhood", "Mecca's Al-Nur hospital", "Baghdad's northern
    al-Husseiniya district": the place's "'s" (and at most two lower-case modifiers) right before the name names its
    container, as "the Karrada district of Baghdad" does."""
    return re.fullmatch(r"['’]s\s+(?:[a-z][a-z-]*\s+){0,2}", record.text[outer.end:inner.start]) is not None


def _sentence_index(record: Article, offset: int) -> int:
    for i, s in enumerate(record.sentences):
        if s.start <= offset < s.end:
            return i
    return -1


def place_ref(res: Resolution, model=PlaceRef, **extra):
    p = res.place
    admin1 = places().get(p.admin1)
    return model(id=p.id, name=p.name, country=p.country or None, admin1=admin1.name if admin1 else None,
                 lat=p.lat, lon=p.lon, precision=p.precision, confidence=res.confidence, fallback=res.fallback,
                 **extra)


# ------------------------------------------------------------------ event location


def trigger_span(record: Article, ev: Event) -> tuple[int, int]:
    a, b = ev.evidence.start, ev.evidence.end
    k = record.text.find(ev.event_text, a, max(b, a + len(ev.event_text)))
    return (k, k + len(ev.event_text)) if k >= 0 else (a, a)


def locate_event(record: Article, ev: Event, mentions: list[PlaceMention], toks: Tokens,
                 dateline: Optional[PlaceMention], min_score: float = 1.0) -> Optional[EventLocation]:
    """The place of the event's sentence that reads as where it happened; else the previous sentence's
    place introduced by a location preposition; else the dateline; else None."""
    trig = trigger_span(record, ev)
    si = _sentence_index(record, trig[0])
    if si < 0:
        return None
    sent = record.sentences[si]
    scored = _clause_places(record, ev, trig, mentions, sent, toks, min_score)
    source = "clause"
    if (not scored or scored[0][0] < min_score) and (governing := _governing_event(record, ev, trig, sent)):
        head = trigger_span(record, governing)
        governed = _clause_places(record, governing, head, mentions, sent, toks, min_score)
        if governed and governed[0][0] >= min_score:
            scored, trig = governed, head
    if (not scored or scored[0][0] < min_score) and not (ev.quad_code or "").startswith("VERBAL"):
        # a statement, request or accusation is seldom made where the sentence before happened (census of 56
        # BBC and 40 detik articles: all 8 verbal events placed this way were wrong, 2 of 6 material ones right)
        source = "neighbour"
        prev = record.sentences[si - 1] if si > 0 else None
        scored = [(s - 0.5, m) for s, m in (
            (event_score(record, m, ev, (prev.end, prev.end), {}, toks), m) for m in mentions
            if prev is not None and prev.start <= m.start < prev.end and _after_prep(record, m, toks))]
        scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < min_score:
        if dateline is None or dateline.resolution is None:
            return None
        return location_from(dateline, record, "dateline", 0.5)
    best_score, best = most_specific(record, scored, min_score, trig)
    margin = best_score - max((x for x, m in scored if m is not best), default=best_score - 2.0)
    if source == "clause" and not (ev.evidence.start <= best.start < ev.evidence.end):
        source = "sentence"
    return location_from(best, record, source, 1.0 / (1.0 + math.exp(-margin)))


#: the parse's relation of a verb that tells what went on with (or right after) the verb it hangs on: "attacked three
#: villages ..., killing at least 50 people", "stormed Giza ... as they burnt the palace" (advcl). Not a coordinated
#: verb (conj): "captured by Iran and paraded on Iranian television", "captured ... but released within days",
#: "captured the Golan Heights ... and has since annexed" (dev items: 5 of 7 such changes wrong)
GOVERNED_EVENT_DEPS = frozenset({"advcl"})


def _clause_places(record: Article, ev: Event, trig: tuple[int, int], mentions: list[PlaceMention], sent,
                   toks: Tokens, min_score: float) -> list[tuple[float, PlaceMention]]:
    """The places of the event's sentence with how well each reads as where the event happened, best first (a name
    after the verb that the entity stage read as a person may be its target place: ``object_read_as_person``)."""
    obj = object_read_as_person(record, trig[1], mentions) or subject_read_as_person(record, ev, trig, mentions)
    if obj is not None:
        mentions = mentions + [obj]
    roles = event_roles(ev)
    return sorted(_participle_rules(record, trig, [(event_score(record, m, ev, trig, roles, toks), m)
                                                   for m in mentions if sent.start <= m.start < sent.end],
                                    min_score), key=lambda x: -x[0])


def _governing_event(record: Article, ev: Event, trig: tuple[int, int], sent) -> Optional[Event]:
    """Session 31 (locpick31): the event whose verb the parse makes the head of this event's verb, when this one
    hangs on it as an adverbial clause (``GOVERNED_EVENT_DEPS``) and that one is a material event (not a statement)
    of the same sentence. An event whose verb names no place of its own happened where that event happened ("Boko
    Haram insurgents attacked three villages -- Gaya, Fa'a, and Zang -- ..., killing at least 50 people": Gaya;
    "stormed Giza ... as they burnt the palace": Giza; "captured Jabal al-Sayyid after killing over 20 enemy
    combatants"). None without a parse, for another relation, a statement ("the minister said ..."), or a verb the
    pipeline reads no event at ("repelled each attempt, killing over 30"; "a firm decision ... to launch a major
    invasion of South Vietnam, paving the way": dev items, both wrong when any verb governed)."""
    parse = parse_of(record)
    if parse is None or trig[1] <= trig[0] or parse.sentence_at(trig[0]) is None or \
            _speech_event(record, trig, words(record.lang)):
        return None
    t = parse.token_at(trig[0])
    if t is None or base(parse.dep[t]) not in GOVERNED_EVENT_DEPS:
        return None
    h = parse.head[t]
    if h == t or parse.pos[h] != "VERB" or not sent.start <= parse.start[h] < sent.end:
        return None
    return next((other for other in record.events if other is not ev and other.quad_code and
                 not other.quad_code.startswith("VERBAL") and trigger_span(record, other)[0] == parse.start[h]), None)


def _participle_rules(record: Article, trig: tuple[int, int], scored: list[tuple[float, PlaceMention]],
                      min_score: float) -> list[tuple[float, PlaceMention]]:
    """The two participle rules, one or the other: an event told by a participle after a comma whose own phrase
    names a place that reads as the event's ranks that phrase first (``_own_phrase_first``); any other event ranks
    the places of a participle phrase after its verb last (``_participle_phrase_last``)."""
    endings = tuple(words(record.lang)["participle_endings"])
    if endings and record.text[trig[0]:trig[1]].lower().endswith(endings) and \
            record.text[:trig[0]].rstrip().endswith(",") and \
            any(s >= min_score and m.start >= trig[1] for s, m in scored):
        return _own_phrase_first(trig, scored, min_score)
    return _participle_phrase_last(record, trig, scored, min_score)


def _own_phrase_first(trig: tuple[int, int], scored: list[tuple[float, PlaceMention]],
                      min_score: float) -> list[tuple[float, PlaceMention]]:
    """An event whose verb is a participle after a comma ("launched an offensive in East Ghouta, targeting the
    village of Hawsh") hangs on the clause before it: that clause's places are the event's only when its own
    phrase names none, so they lose 1.0 when a place after the verb reads as the event's (session 21: and fall below
    it: "continued their offensive in the northern districts of Aleppo on Saturday, targeting both the Shuqayf and
    Bustan Al-Basha districts")."""
    own = max(s for s, m in scored if s >= min_score and m.start >= trig[1])
    return [(_below_own(s, own) if m.end <= trig[0] else s, m) for s, m in scored]


def _below_own(s: float, own: float) -> float:
    """A place of the clause before a participle event, when the participle's own phrase names one that scores
    ``own``: it loses 1.0 and stays below that place."""
    return min(s - 1.0, own - 0.1)


def _participle_phrase_last(record: Article, trig: tuple[int, int], scored: list[tuple[float, PlaceMention]],
                            min_score: float) -> list[tuple[float, PlaceMention]]:
    """Session 21, the mirror of the rule above: a participle phrase after a comma that follows the event's verb
    ("launched an offensive in the countryside of the Latakia Governorate on Friday, targeting the town of Kinsibba")
    is a predication of its own: its places lose 1.0 when a place outside it reads as the event's."""
    inside = [_in_participle_phrase(record, trig, m) for _, m in scored]
    if not any(s >= min_score and not i for (s, _), i in zip(scored, inside)):
        return scored
    return [(s - 1.0 if i else s, m) for (s, m), i in zip(scored, inside)]


def _in_participle_phrase(record: Article, trig: tuple[int, int], m: PlaceMention) -> bool:
    """The place stands after the event's verb in a phrase a comma and a participle open (``participle_endings``;
    not an ``inclusion_words`` or ``adverbial_links`` word: ", including", ", following")."""
    w = words(record.lang)
    endings = tuple(w["participle_endings"])
    if not endings or m.start <= trig[1]:
        return False
    return any(word.endswith(endings) and word not in w["inclusion_words"] and word not in w["adverbial_links"]
               for word in re.findall(r",\s+([a-z]+)\b", record.text[trig[1]:m.start]))


CONTAINER_LINK = re.compile(r"^[^.;:!?]{0,80}$")


def most_specific(record: Article, scored: list[tuple[float, PlaceMention]], min_score: float,
                  trig: tuple[int, int] = (-1, -1)):
    """The best place, or a place named just before it that it contains: "in Okha village, Ovia local
    government area of Edo State", "the Vedeno region of southern Chechnya" happened in Okha, in Vedeno. The
    containers may chain ("Buwa village in Ibi local government area of Taraba State": Buwa)."""
    top = scored[0][0]
    best_score, best = scored[0]
    paired = _place_word_pair(record, scored, best, min_score)
    if paired is not None:
        return paired if paired[1] is not best else (best_score, best)
    while True:
        inner = _contained_before(record, scored, best, top, min_score, trig, best_score)
        if inner is None:
            return _named_facility(record, scored, *_facility_in_town(
                record, scored, *_town_inside(scored, best_score, best, min_score, record, trig), min_score), min_score)
        best_score, best = inner


def _facility_in_town(record: Article, scored: list[tuple[float, PlaceMention]], best_score: float,
                      best: PlaceMention, min_score: float) -> tuple[float, PlaceMention]:
    """A building's name no gazetteer knows, then a location preposition, place modifiers and a place it knows:
    the event is placed by the town ("in the front of the Town Hall in downtown Colombo", "destroyed the British
    Consulate-General ... in Istanbul": the building has no country of its own; session 14, RA rows 1000-1999)."""
    res = best.resolution
    if res is not None and not res.fallback:
        return best_score, best
    w = words(record.lang)
    last = best.text.lower().split()[-1:]
    if not last or last[0] not in w["facility_nouns"]:
        return best_score, best
    for score_, m in sorted(scored, key=lambda x: x[1].start):
        if m.start < best.end or score_ < min_score or m.resolution is None or m.resolution.fallback:
            continue
        between = record.text[best.end:m.start]
        gap = [t for t in between.lower().split() if t not in w["place_modifiers"] and t not in DETERMINERS]
        if len(between) <= 80 and not re.search(r"[.;:!?]", between) and gap[-1:] and gap[-1] in w["location_preps"]:
            return score_, m
        break
    return best_score, best


def _named_facility(record: Article, scored: list[tuple[float, PlaceMention]], best_score: float,
                    best: PlaceMention, min_score: float) -> tuple[float, PlaceMention]:
    """Session 17: a building with a name, then a location preposition and the known place that holds it, is where
    the event happened, placed in that place: "stood outside the Victoria Hotel in Warsaw", "a counter-attack at the
    Kindi Hospital in northern Aleppo", "blew up at Keysansey hospital in northern Mogadishu", "near Handarat Refugee
    Camp in northern Aleppo" (development items 0-3999: of the named buildings before "in/near/at" and a place, the
    gold took the building 18 times, the town 4). The building must score within 1.0 of the place, carry a name of
    its own (not an acronym, not a people's: "the MFO base in Al-Gurah", "the Israeli Embassy in Buenos Aires"), and
    takes the place's resolution, marked ``fallback`` (the building's own name may be a far town: Victoria)."""
    res = best.resolution
    if res is None or res.fallback:
        return best_score, best
    w = words(record.lang)
    nouns = w["facility_nouns"]
    for score_, m in scored:
        if m is best or m.end > best.start or score_ < min_score or score_ < best_score - 1.0:
            continue
        words_ = m.text.split()
        between = record.text[m.end:best.start]
        gap = between.lower().split()
        own = words_[-1].lower() in nouns
        if not own and gap[:1] and gap[0] in nouns:
            gap, own = gap[1:], True  # "Keysansey hospital in": the noun after the name
        elif not own and len(gap) >= 2 and gap[1] in nouns and " ".join(gap[:2]) in w["place_suffixes"]:
            gap, own = gap[2:], True  # session 19: "el-Ain refugee camp near": a two-word place noun
        if not own or len(between) > 60 or re.search(r"[.,;:!?()]", between):
            continue
        gap = [t for t in gap if t not in w["place_modifiers"] and t not in DETERMINERS]
        if len(gap) >= 3 and " ".join(gap[1:]) in w["place_prefixes"]:
            gap = gap[:1]  # session 19: "the Palmasola prison in the eastern city of Santa Cruz", "el-Ain refugee camp
            # near the city of Nablus": the place is named by its place word (development items: 2 such sentences,
            # both the building's)
        if gap != ["in"] and gap != ["near"] and gap != ["at"] and gap != ["outside"] or \
                m.text.isupper() or any(t.isupper() and len(t) > 1 for t in words_) or _demonym(words_[0], record.lang):
            continue
        return score_, PlaceMention(m.start, m.end, m.text, m.entity,
                                    Resolution(res.place, res.confidence, fallback=True))
    return best_score, best


#: how far below a division or country a town it contains may score and still be the event's place
TOWN_INSIDE_MARGIN = 2.5


def _town_inside(scored: list[tuple[float, PlaceMention]], best_score: float, best: PlaceMention,
                 min_score: float, record: Article, trig: tuple[int, int]) -> tuple[float, PlaceMention]:
    """A town the sentence names inside the chosen division or country, read as the event's place too, is the
    more precise place: "In Diyala province, ... were killed when a bomb struck their van near Mandali", "were
    patrolling the capital of the Central African Republic, Bangui", "the commercial centre of Adamawa State,
    Mubi" (dev items 3000-3599: 4 such events placed at the division or country)."""
    res = best.resolution
    if res is None or res.fallback:
        return best_score, best
    if _fronted_frame(record, best):
        # session 15: "In the province of Hama, terrorists shelled the settlement of Maharda": the first settlement
        # named by its settlement word after the frame, in the frame's country or no gazetteer's
        named = sorted(((s, m) for s, m in scored if m.start > trig[1] > best.end and
                        not re.search(r"[,;:.]", record.text[trig[1]:m.start]) and m.start - trig[1] <= 60 and
                        s >= max(min_score, best_score - TOWN_INSIDE_MARGIN) and _settlement_named_before(record, m)
                        and (m.resolution is None or m.resolution.fallback or
                             m.resolution.place.country == res.place.country)), key=lambda x: x[1].start)
        if named:
            return named[0]
    if res.place.kind not in ("country", "admin1"):
        return best_score, best
    best_inside = _in_participle_phrase(record, trig, best)
    towns = [(s, m) for s, m in scored if m is not best and s >= max(min_score, best_score - TOWN_INSIDE_MARGIN)
             and (best_inside or not _in_participle_phrase(record, trig, m))
             and m.resolution is not None and not m.resolution.fallback and m.resolution.place.kind == "city"
             and contains(res.place, m.resolution.place)]
    return max(towns, key=lambda x: x[0]) if towns else (best_score, best)


def _fronted_frame(record: Article, m: PlaceMention) -> bool:
    """The place is in a location phrase that opens its sentence and ends at a comma ("In the province of Hama, ...",
    "In the Gaza Strip, ...")."""
    sent = record.sentence_at(m.start)
    if sent is None:
        return False
    head, rest = record.text[sent.start:m.start].split(), record.text[m.end:m.end + 2]
    return 0 < len(head) <= 5 and head[0].lower() in words(record.lang)["location_preps"] and \
        not any("," in t for t in head) and rest.startswith(",")


def _settlement_named_before(record: Article, m: PlaceMention) -> bool:
    """A ``settlement_words`` word (or its plural) and "of" stand right before the name: "the settlement of Maharda",
    "the settlements of Arbil, Hawsh Harabu"."""
    w = words(record.lang)
    before = record.text[max(0, m.start - 40):m.start].lower().split()
    if len(before) < 2 or before[-1] != "of":
        return False
    word = before[-2]
    return word in w["settlement_words"] or word.endswith("s") and word[:-1] in w["settlement_words"]


def _place_word_pair(record: Article, scored: list[tuple[float, PlaceMention]], best: PlaceMention,
                     min_score: float):
    """"the A <place word> of B": one name lies in the other, whichever scored best. After a settlement word
    ("the Azov Sea port city of Mariupol", "the Basque city of Bilbao") B is the town and A only describes it;
    after any other place word A is the part ("the Sayidda Zaynab district of Damascus", "the Vedeno region of
    Chechnya"), unless A is a place the gazetteer knows and B one it does not ("the Homs neighbourhood of Baba
    Amr"). Returns the inner (score, mention), or None when ``best`` has no such partner."""
    w = words(record.lang)
    settlements = w["settlement_words"]
    if not settlements:
        return None
    for score_, m in scored:
        if m is best or score_ < min_score:
            continue
        a, b = (m, best) if m.end <= best.start else (best, m)
        word = _pair_word(record.text[a.end:b.start], w)
        if word is None:
            continue
        before = record.text[max(0, a.start - 30):a.start].split()[-1:]
        if word in settlements and before and (before[0].lower() in DETERMINERS or before[0].islower() and
                                               before[0].lower() not in w["phrase_preps"] and
                                               before[0].lower() not in w.get("seizing_verbs", ()) and
                                               before[0].lower() not in w.get("entry_verbs", ())):
            inner = b  # "near the Basque city of Bilbao" (but "in Kayamla village of Konduga LGA": A is the village;
            # session 17: so is it after a verb of taking or entering a place: "invaded Garubula village of Biu")
        else:
            inner = b if _well_known(a) and a.resolution.place.kind != "region" and _rank(b, unknown=0) == 0 else a
            # (session 26: a region is the part, whatever B is: "the East Ghouta region of Greater Damascus")
        return (score_, m) if inner is m else (None, best)
    return None


def _well_known(m: PlaceMention) -> bool:
    """A place the gazetteer knows that is more than a small town (a city of 100,000 or a division)."""
    res = m.resolution
    return res is not None and not res.fallback and (res.place.kind != "city" or res.place.population >= 100_000)


def _pair_word(between: str, w: dict) -> Optional[str]:
    """The place word of a "<place word> of" link between two names (" district of ", " port city of the "), or
    None."""
    mt = re.fullmatch(r"\s+([a-z][a-z -]*?)\s+of\s+(?:the\s+)?((?:[a-z-]+\s+)*)", between)
    if mt is None or any(t not in w["place_modifiers"] for t in mt.group(2).split()):
        return None  # (session 26: place modifiers may stand before B: "the East Ghouta region of rural Damascus")
    word = mt.group(1)
    return word if word in w["place_suffixes"] or word in w["settlement_words"] else None


def _contained_before(record: Article, scored: list[tuple[float, PlaceMention]], best: PlaceMention, top: float,
                      min_score: float, trig: tuple[int, int], best_score: Optional[float] = None):
    """A place named just before ``best`` that ``best`` contains, scoring within 1.0 of the top, or None."""
    w = words(record.lang)
    links = w["container_links"]
    for score_, m in scored:
        if m.start >= best.start:
            continue
        between = record.text[m.end:best.start]
        if score_ > 0 and score_ >= (top if best_score is None else best_score) - 2.5 and \
                not m.end <= trig[0] < best.start and _list_then_link(between, w):
            return score_, m  # session 17: "raided Sibaya and Chiri villages in Sinjar": the places listed, not the
            # one that holds them (development items 0-3999: 9 such lists, every one the gold place)
        if score_ < min_score or score_ < top - 1.0:
            if not (score_ > 0 and score_ >= (top if best_score is None else best_score) - 2.5 and
                    (_suffix_then_link(between, w) or _inside_link(between, w))):
                continue  # (but "invaded Maitsaba village in Zurmi LGA, killing": its own place word and the link
                # alone join it to the container, however far the verb)
        if between.startswith(("'s", "’s")) or m.end <= trig[0] < best.start:
            continue  # "Baghdad's district of Karrada" names the bigger place first; the verb between splits them
        if w["facility_nouns"] & set(between.lower().split()[:1]):
            continue  # "the MFO base in Al-Gurah": a facility is placed by its town
        tokens = between.replace(",", " , ").replace("(", " ( ").split()
        # the words of the link, not the names of the containers between ("Okha village, Ovia South West
        # local government area of Edo State")
        plain = [t.lower() for t in tokens if t not in ",(" and not t[:1].isupper()]
        if CONTAINER_LINK.match(between) and tokens and len(plain) <= 6 and \
                any(t.lower() in links for t in tokens) and \
                not any(t.lower() in words(record.lang)["list_joiners"] for t in tokens) and _rank(m) <= _rank(best):
            return score_, m
    return None


#: the rest of a list of names after its first: ", Al-Jubeileh, and", " and Chiri", ", Katsina/Ala and Logo"
LIST_TAIL = re.compile(r"(?:\s*,?\s+(?:and\s+)?|\s*,\s*)(?:[A-Z][\w'’/-]*(?:\s+[A-Z][\w'’/-]*)*(?:\s*,?\s+(?:and\s+)?|\s*,\s*))*"
                       r"(?:and\s+)?[A-Z][\w'’/-]*(?:\s+[A-Z][\w'’/-]*)*\s+")


#: an acronym's plural ("LGAs"), which LIST_TAIL would take for one more name of the list unless lower-cased
ACRONYM_PLURAL = re.compile(r"\b[A-Z]{2,}\w*\b")


def _list_then_link(between: str, w: dict) -> bool:
    """Between the first name of a list and a place: the list's other names, a plural place word that closes it
    (``list_place_words``, "local government areas") and a container link: "Sibaya [and Chiri villages in] Sinjar",
    "Chibok [and Biu local government areas of] Borno State"."""
    linked = w.get("linked_list_place_words", frozenset())
    between = ACRONYM_PLURAL.sub(lambda m: m.group(0).lower() if m.group(0).lower() in linked else m.group(0), between)
    mt = LIST_TAIL.match(between)
    if mt is None or " and " not in " " + mt.group(0).replace(",", " ") + " ":
        return False
    parts = between[mt.end():].lower().split()
    if parts[-1:] == ["the"]:
        parts = parts[:-1]
    if len(parts) < 2 or parts[-1] not in w["container_links"] or parts[-1] in (",", "("):
        return False
    word = parts[:-1]
    if word and word[-1] == "the":
        word = word[:-1]
    return bool(word) and (word[-1] in w.get("list_place_words", ()) or word[-1] in linked) and \
        len(word) <= 3


def _inside_link(between: str, w: dict) -> bool:
    """Between two names only a place word, one of ``contained_in_preps`` and place modifiers: "Najarah [in
    eastern] Aleppo", "Sawjian [area in] Poonch"."""
    parts = between.lower().split()
    if parts and parts[0] in w["place_suffixes"]:
        parts = parts[1:]
    return bool(parts) and parts[0] in w.get("contained_in_preps", ()) and \
        all(t in w["place_modifiers"] or t in DETERMINERS for t in parts[1:])


def _suffix_then_link(between: str, w: dict) -> bool:
    """Between two names only a place word and a container link: "Maitsaba [village in] Zurmi LGA"."""
    parts = between.lower().replace(",", " , ").split()
    return len(parts) >= 2 and " ".join(parts[:-1]) in w["place_suffixes"] and parts[-1] in w["container_links"]


def _rank(m: PlaceMention, unknown: int = 1) -> int:
    """How coarse a mention's place is (city 1 ... country 4); a place no gazetteer knows counts as a town
    (or as ``unknown``)."""
    if m.resolution is None or m.resolution.fallback:
        return unknown
    return PRECISION_RANK.get(m.resolution.place.precision, 1)


def event_roles(ev: Event) -> dict[str, str]:
    roles = {}
    for ref in ev.recipient:
        if ref.entity:
            roles[ref.entity] = "recipient"
    for ref in ev.actor:
        if ref.entity:
            roles[ref.entity] = "actor"
    return roles


def event_score(record: Article, m: PlaceMention, ev: Event, trig: tuple[int, int], roles: dict[str, str],
                toks: Tokens) -> float:
    """How well a place mention reads as where the event happened (1.0 = a plain place name nearby)."""
    w = words(record.lang)
    raw_before = toks.before(m.start, 6)
    before = _strip_modifiers(raw_before, w)
    prev = before[-1] if before else ""
    s = 1.0
    introduced = _introduced(record, m, toks)
    if not introduced and prev not in w["location_preps"] and prev not in w["target_preps"]:
        skipped = _skip_adjectives(raw_before, w)  # "in the restive Diyala province", "in biblical Bethlehem"
        if skipped is not None:
            before, prev = skipped, skipped[-1]
    if prev in ("'s", "’s") and not introduced and (prep := _possessed_after_prep(record, m.start, m.end, w)):
        prev = prep  # "in Baghdad's southern district of Saiydiah": in Saiydiah; "in Baghdad's western Amriya
        # district", "in Russia's troubled North Caucasus": there
    noun_prep = _noun_place_prep(before, w)  # session 32 (locrel32): "the villages surrounding Huddur"
    located = prev in w["location_preps"] or prev in w["target_preps"] or introduced or noun_prep
    if prev in w["location_preps"] or introduced or noun_prep:
        s += 1.2 + 0.4 * introduced
    elif located:
        s += 0.8
    elif prev in ("of",) and _name_before(record, m, toks):
        s -= 1.5  # "Islamic State of Iraq": part of a longer name
    owner_subject = not located and _possessive_subject(record, m, ev, trig, w)
    if not located and (_passive_subject(record, m, ev, trig, w) or owner_subject or
                        _local_group_subject(record, m, ev, trig, toks.after(m.end, 1), w)):
        s += 1.2  # session 14: "Vukovar was captured", "The capital, Kabul, is patrolled": the place undergoes it;
        # "New Delhi police shot dead a man": the local group acts where it is; session 16: "Japan's top police
        # official has been shot": the owner of what undergoes it
        located = True
    purpose = not located and _purpose_or_motion_target(raw_before, w) and _hangs_on_trigger(record, m, trig, toks, w)
    if purpose:
        s += 0.8  # "launched an assault to enter the Dumayr Airbase", "unable to push on to Dong Ha": the target
        located = True
    if not located and _included_in_places(toks.before(m.start, 10), w):
        s += 1.2  # session 18: "raided offices ... in three different cities, including Shanghai": one of them
        located = True
    if prev in w["origin_preps"] and any(t in w["leaving_words"] for t in before[-4:-1]):
        s += 1.2  # "before withdrawing from Akhtreen", "drove the militants from Manbij": they were there
        located = True
    elif prev in w["origin_preps"] or prev in w["origin_after_comma"] and len(before) >= 2 and before[-2] == ",":
        s -= 2.0  # "a driver from Abidjan", "Dmitri Dashinski, of Belarus,"
    elif _origin_appositive(record, m, trig, w):
        s -= 2.0  # session 16: "Moussa Ranimat, 28, of the Village of Tsurif near Hebron, detonated": his origin
    if _reference_point(record, m, w):
        s -= 3.0  # "in Taji, just north of Baghdad": Baghdad only says where Taji is
    parsed_against = _parsed_against(record, m, trig, w)
    against = not located and _not_location_phrase(_own_phrase(record, m, trig, raw_before, toks, w), w) or \
        parsed_against
    if against:
        s -= 1.0  # "demonstrated against the French company and Libya": what it was against, not where
        if located and parsed_against and ev.event.lower() in w["against_target_events"]:
            s -= 1.0  # session 29 (loc29): "protesting against the Israeli military operation in Gaza": the place
            # of the thing protested, its own location phrase inside the "against" phrase (not an attack's: "launched
            # a counter-attack against the rebels in the northern Latakia countryside" was there); the categories are
            # places data (xx places.toml against_target_events, session 30)
    if located and _fronted(record, m, toks, w):
        s += 0.8  # "In Samarra, a merchant was killed ...": a place put before the clause frames all of it
    if speaker_location(record, m, trig, before, w) and not (located and _fronted(record, m, toks, w)) and \
            not _local_source(record, m, trig, raw_before, w):
        s -= 3.0  # (not "In the West Bank town of Jericho, officials said soldiers shot ...": it frames what is said)
    nxt = toks.after(m.end, 3)
    town_facility = not located and bool(nxt) and nxt[0] in w["facility_nouns"] and _town_before_facility(m, raw_before)
    if town_facility:
        s += 1.0  # "attacked a Mogadishu hotel", "destroyed an upscale Baghdad restaurant": the hotel is there
        located = True
    role = roles.get(m.entity.id) if m.entity else None
    if role == "actor" and not located:
        s -= 2.0
    elif not located:  # a bare name: the verb's object ("struck Kharkiv") or a modifier ("misil Korea Utara")
        between = [t for t in toks.between(trig[1], m.start) if t not in DETERMINERS and t not in w["place_modifiers"]] \
            if m.start >= trig[1] else None  # "entered eastern Aleppo": the object still
        if between and len(between) == 2 and between[1] == "of" and between[0] in w["object_quantifiers"]:
            between = []  # session 16: "captured a third of Croatia", "destroyed much of Grozny": the object still
        s += 0.4 if not against and (between == [] or role == "recipient" and m.start >= trig[1]) else \
            -w["bare_name_penalty"]
    tail = record.text[m.end:m.end + 3]
    if tail.startswith(("'s", "’s")) and _possessed_place_noun(toks.after(m.end, 6)[1:], w):
        # (session 13: a facility too: "at Bethlehem's Church of the Nativity", "the West Bank's largest hospital")
        s += 0.6 if not located else 0.0  # "in Liberia's capital", "along Syria's northern border"
        if _named_after_possessive(record.text[m.end:m.end + 60], w):
            s -= 1.0  # "Baghdad's southern district of Saiydiah": the place named next is inside it
    elif tail.startswith(("'s", "’s", "'", "’")) and (owner_subject or not located and
                                                     _possessive_object(record, m, ev, trig, toks, w)):
        pass  # session 15: "patrolled Bangladesh's cities and towns", "destroyed one of Baghdad's main bridges": the
        # verb's object is a thing of the place, there (session 16: "patrolled Paris' troubled suburbs"); and so is
        # a passive verb's subject ("Japan's top police official has been shot")
    elif tail.startswith(("'s", "’s", "'", "’", "-")) or (tail[:1] == " " and tail[1:2].isupper() and not
                                                            (nxt and nxt[0] in w["place_suffixes"]) and
                                                            not _date_at(record, m.end + 1)):
        s -= 2.0  # "Caracas' newspaper", "U.S.-led", "U.S. President": the place modifies a noun
    elif m.start > 0 and record.text[m.start - 1] in "-–/" or m.text.endswith(("-", "–")):
        s -= 2.0  # "an Asia-Pacific summit": the second half of a compound
    elif _country_modifier(record, m, raw_before, nxt, w) or _abbreviated_country_before_noun(record, m, nxt, w):
        s -= 3.0  # "in a U.S. airstrike": a country before a common noun says whose, not where; session 15: an
        # abbreviated one with no article too ("captured by U.S. forces", "shot down two U.S. helicopters")
    if _speech_event(record, trig, w) and m.start > trig[1] and toks.index_at(m.start) - toks.index_at(trig[1]) > 3:
        s -= 2.0  # "X said that ... in Ghouta": the place belongs to what was said, not to the saying
    elif _speech_event(record, trig, w) and m.end < trig[0] and "," in record.text[m.end:trig[0]] and \
            not (located and _fronted(record, m, toks, w)):
        s -= 3.0  # "... killed eight in Baghdad on Sunday, officials said": what was said, before the saying (as
        # sure as a speaker's place: of 172 speech verbs in the development items, 154 have no place)
    if ev.evidence.start <= m.start < ev.evidence.end:
        s += 0.8
    if nxt and nxt[0] in w["facility_nouns"] and not town_facility:
        s -= 0.6  # "near the MFO base in Al-Gurah": the town named with a facility places it better
        if _after_place_possessive(record, m):
            s -= 2.0  # session 16: "outside Mecca's Al-Nur hospital": the hospital's name (a town in Iran), owned
            # by the place before it (not "Istanbul's Bayrampasa prison": a district of Istanbul)
    if m.start > trig[1]:
        gap = toks.between(trig[1], m.start)
        if len(gap) <= 3 and gap and gap[0] in w["located_preps"]:
            s += 0.3  # "demonstrated in Hamburg": the verb's own place phrase
        elif (other := _other_trigger_between(record, ev, trig[1], m.start)) is not None and \
                not _same_harm_told_on(ev, other, trig, toks, w):
            s -= 1.0  # "detonated a bomb in Bogota and attacked a base in Arauca": Arauca is the attack's
        elif _coordinated_verb_phrase(gap, w):
            s -= 2.0  # session 19: "was captured ... and is believed held in Gaza", "was shot in the leg and was
            # evacuated to South Africa": the place of what followed, not of the event
        elif _new_clause_before(record, ev, trig, m, w):
            s -= 2.0  # session 26: "shot and killed a motorist in the West Bank, and Israeli soldiers went in to the
            # West Bank town of Jenin": a clause of its own after a comma and "and", whose verb is no event of the kind
    s -= min(1.0, 0.03 * abs(toks.index_at(m.start) - toks.index_at(trig[0])))
    known = m.resolution is not None and not m.resolution.fallback
    if m.resolution is not None:  # session 27 (loc27): a name fallen back to the town it is in is as precise as the
        # town ("on Istanbul's Ataturk airport"); a fallback to a country adds nothing
        s += {"city": 0.3, "admin2": 0.2, "admin1": 0.1}.get(m.resolution.place.precision, 0.0)
    if not known and _owner_of_a_thing(record.text, m.end, w):
        s -= 1.5  # "at Dellacroce's funeral": a name no gazetteer knows that owns a thing is a person's
    elif not known and not located and m.text.split()[-1].lower() not in w["name_tails"]:
        s -= 0.5  # a bare name no gazetteer knows, no preposition nor place word places: often a person ("Kermiche")
    parsed = parsed_attachment(record, m, trig, located, known)
    if purpose:
        parsed = max(parsed, 0.0)  # the purpose clause is the parse's own clause below the verb ("acl", "xcomp")
    return s + (min(parsed, 0.0) if against else parsed)


#: "U.S.", "UK", "US": a country's abbreviation
ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}")


def _abbreviated_country_before_noun(record: Article, m: PlaceMention, nxt: list[str], w: dict) -> bool:
    """A country written as an abbreviation right before a common noun that is no place noun: "by U.S. forces",
    "two U.S. helicopters", "the first U.S. weightlifting gold" say whose (session 15, RA rows 3600-4199: 6 such
    mentions chosen as the event's place, none its place); "on U.S. soil", "the U.S. state of Ohio" stay places."""
    res = m.resolution
    if res is None or res.fallback or res.place.kind != "country" or not ABBREVIATION.fullmatch(m.text):
        return False
    if not nxt or not re.fullmatch(r"[a-z][a-z-]+", nxt[0]) or record.text[m.end:m.end + 1] != " ":
        return False
    return not (nxt[0] in w["function_words"] or nxt[0] in w["possessive_place_nouns"] or
                nxt[0] in w["place_suffixes"] or nxt[0] in w["settlement_words"] or nxt[0] in w["phrase_preps"])


def _possessive_object(record: Article, m: PlaceMention, ev: Event, trig: tuple[int, int], toks: Tokens,
                       w: dict) -> bool:
    """A known place whose "'s" opens the event's object, right after its verb (determiners, place modifiers and an
    ``object_quantifiers`` word with "of" between): "patrolled Bangladesh's cities and towns", "patrolling
    Venezuela's major oil installations", "destroyed one of Baghdad's main bridges" (session 15). Not a statement,
    nor a possessor of a name ("met Iraq's President Saddam")."""
    res = m.resolution
    if res is None or res.fallback or m.start <= trig[1] or (ev.quad_code or "").startswith("VERBAL"):
        return False
    owned = _owned_word(record, m)
    if owned is None or owned in w["ordinal_words"]:
        return False  # ("captured Sweden's first singles crown", "China's first gold medal": a record, no thing)
    gap = [t for t in toks.between(trig[1], m.start) if t not in DETERMINERS and t not in w["place_modifiers"]]
    if len(gap) >= 2 and gap[-1] == "of" and (gap[-2] in w["object_quantifiers"] or re.fullmatch(r"\d+", gap[-2])):
        gap = gap[:-2]
    return not gap


#: ", of ...", ", 28, of ...": a person's origin appositive opens (the name before it is capitalised)
ORIGIN_APPOSITIVE = re.compile(r"[A-Z][\w'’.-]*\s*,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?(\w+)\s[^,;:()]*$")


def _origin_appositive(record: Article, m: PlaceMention, trig: tuple[int, int], w: dict) -> bool:
    """The place lies inside a person's origin appositive before the event's verb: a capitalised name, a comma,
    an age and a comma, one of ``origin_after_comma`` ("of"), then no comma before the place, and a comma after it
    before the verb ("Moussa Ranimat, 28, of the Village of Tsurif near Hebron, detonated a bomb ... in Tel Aviv";
    session 16, RA rows 0-999). Session 8's rule saw only the place right after "of" ("Dashinski, of Belarus,")."""
    if m.end > trig[0]:
        return False
    sent = record.sentence_at(m.start)
    head = record.text[sent.start if sent else 0:m.start]
    opened = ORIGIN_APPOSITIVE.search(head[-120:])
    if opened is None or opened.group(1).lower() not in w["origin_after_comma"]:
        return False
    rest = record.text[m.end:trig[0]]
    return "," in rest and not re.search(r"[;:()]", rest[:rest.index(",")])


def _after_place_possessive(record: Article, m: PlaceMention) -> bool:
    """A known place's "'s" right before the name, which the gazetteer puts in another country
    ("Mecca's Al-Nur hospital": Al-Nur is a town in Iran). A name the gazetteer does not know stays."""
    state = getattr(record.state, "places", None)
    mentions = state[0] if state else []
    gap = record.text[:m.start]
    if not re.search(r"['’]s?\s+$", gap):
        return False
    end = len(re.sub(r"['’]s?\s+$", "", gap))
    if m.resolution is None or m.resolution.fallback and not m.resolution.alternatives:
        return False  # a name no gazetteer knows stays the facility's place ("Istanbul's Bayrampasa prison")
    # session 27 (loc27): the possessor is now the name's qualifier, so the foreign town falls back to it and stays
    # its first alternative
    own = (m.resolution.alternatives[0] if m.resolution.fallback else m.resolution.place).country
    return any(o.end == end and o.resolution is not None and not o.resolution.fallback and
               o.resolution.place.country != own for o in mentions)


def _owned_word(record: Article, m: PlaceMention) -> Optional[str]:
    """The lower-case word a place's "'s" owns; after a name ending in "s" the bare apostrophe too (session 16:
    "patrolled Paris' troubled suburbs")."""
    pattern = r"['’]s?\s+([a-z]+)" if m.text.endswith("s") else r"['’]s\s+([a-z]+)"
    owned = re.match(pattern, record.text[m.end:m.end + 20])
    return owned.group(1) if owned else None


def _possessive_subject(record: Article, m: PlaceMention, ev: Event, trig: tuple[int, int], w: dict) -> bool:
    """A known place whose "'s" opens the subject of the event's passive verb, at the head of its clause (an
    ``object_quantifiers`` word and "of" may stand before it): "Japan's top police official has been shot", "Many of
    Chechnya's towns have been destroyed", "Somalia's seawaters are being patrolled" (session 16, RA rows 0-999: 4
    such subjects, all gold places, none placed before). The thing undergoes the event where its owner is. Only
    lower-case words between the "'s" and the auxiliaries; not a record ("Burundi's first elected president"), not
    a statement."""
    res = m.resolution
    if res is None or res.fallback or m.end > trig[0] or (ev.quad_code or "").startswith("VERBAL"):
        return False
    owned = _owned_word(record, m)
    if owned is None or owned in w["ordinal_words"] or owned in w["function_words"]:
        return False
    tail = record.text[m.end:trig[0]]
    words_ = tail.split()[1:]  # the possessed noun phrase, then the auxiliaries
    k = next((i for i, t in enumerate(words_) if t in w["passive_auxiliaries"] or t in w["passive_between"]), None)
    if k is None or k == 0 or k > 5:
        return False
    phrase, gap = words_[:k], words_[k:]
    if not all(re.fullmatch(r"[a-z][a-z-]*", t) and t not in w["function_words"] for t in phrase):
        return False
    if not all(t in w["passive_auxiliaries"] or t in w["passive_between"] for t in gap) or \
            not any(t in w["passive_auxiliaries"] for t in gap):
        return False
    quantifier = re.search(r"\b([A-Za-z]+)\s+of\s+$", record.text[max(0, m.start - 30):m.start])
    if quantifier and quantifier.group(1).lower() in w["object_quantifiers"]:  # "Many of Chechnya's towns"
        return _clause_head(record, PlaceMention(m.start - len(quantifier.group(0)), m.end, m.text))
    return _clause_head(record, m)


def _possessed_place_noun(after: list[str], w: dict) -> bool:
    """After a place's "'s", a ``possessive_place_nouns`` or facility noun within two words, or after up to
    ``adjectives_before_place`` adjectives joined by "and" (session 14: "patrolled Tokyo's skies", "bombed
    Baghdad's largest Shiite slum", "patrolled Hyderabad's rutted and chaotic streets"): a part of the place."""
    nouns = w["possessive_place_nouns"] | w["facility_nouns"]
    if any(t in nouns for t in after[:2]):
        return True
    n = 0
    for t in after[:2 * w["adjectives_before_place"]]:
        if t in nouns:
            return True
        if t in w["function_words"] and t not in w["verb_joiners"] or not re.fullmatch(r"[\w-]+", t):
            return False
        n += t not in w["verb_joiners"]
        if n > w["adjectives_before_place"]:
            return False
    return False


def _passive_subject(record: Article, m: PlaceMention, ev: Event, trig: tuple[int, int], w: dict) -> bool:
    """The place is the subject of the event's verb in the passive, named at the head of its clause (after
    determiners, or as the appositive of a common noun: "The capital, Kabul, is patrolled"), then only a place
    word, a comma, ``passive_auxiliaries`` and ``passive_between`` words before the verb ("Vukovar was captured",
    "The al-Muthanna province is now patrolled"; id: a ``passive_verb_prefixes`` verb, "Kabul diduduki"). Not a
    statement ("Syria was accused"), nor a name after "Hamburg," (a container: "from Hamburg, Germany was shot")."""
    aux, between_ok, prefixes = w["passive_auxiliaries"], w["passive_between"], w["passive_verb_prefixes"]
    if not aux and not prefixes or m.end > trig[0] or (ev.quad_code or "").startswith("VERBAL"):
        return False
    gap = record.text[m.end:trig[0]].lower().replace(",", " , ").split()
    named = _well_known(m)  # a city of 100,000 or a division; a smaller town only with a place word or as the
    # appositive of a noun ("Adams was shot": a person the entity stage read as Adams, a town of 5,515)
    if gap[:1] and gap[0] in w["place_suffixes"]:
        gap, named = gap[1:], True
    if gap[:1] == [","]:
        gap, named = gap[1:], named or record.text[:m.start].rstrip().endswith(",")
    if (appositive := _place_appositive(record.text[m.end:trig[0]], m, w, record.lang)) is not None:
        gap, named = appositive, True  # session 31 (locpick31): "Belet Huen, about 200 miles (322 kilometers)
        # northwest of Mogadishu, was captured", "Mbuji Mayi, the main city in the diamond-producing Eastern Kasai
        # province, was captured": the appositive between the name and its verb says what the place is
    if not named:
        return False
    if not all(t in aux or t in between_ok for t in gap):
        return False
    verb = record.text[trig[0]:trig[1]].lower()
    if not any(t in aux for t in gap) and not any(verb.startswith(p) and len(verb) > len(p) + 2 for p in prefixes):
        return False
    if any(t in aux for t in gap) and w["participle_endings"] and verb.endswith(tuple(w["participle_endings"])):
        return False  # session 17: "Israel has been shelling the northern Gaza area", "Russia is stepping up": the
        # progressive is active, its subject acts (development items 0-3999: of 42 names before "is/are/was/were/has
        # been <verb>-ing", 5 were gold, none as the subject itself)
    return _clause_head(record, m)


#: ", <appositive>, <auxiliaries>" between a name and its verb: the appositive opens with a lower-case word or a
#: number ("the main city in ...", "about 200 miles ... of", "35 kilometers west of", "which borders Serbia") and holds
#: no comma nor sentence mark; the words after it
APPOSITIVE_GAP = re.compile(r"\s*,\s*([a-z0-9][^,;:!?\"“”]{0,120}?)\s*,\s*((?:[a-z]+\s+)*)$")


@functools.cache
def _place_phrases(lang: Optional[str]) -> Optional[re.Pattern]:
    """The pack's multi-word ``place_prefixes`` and ``reference_prefixes`` ("part of", "west of") as one pattern of
    whole words, compiled once per language; None for a pack without."""
    w = words(lang)
    phrases = sorted((p for p in w["place_prefixes"] | w["reference_prefixes"] if " " in p), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b") if phrases else None


def _place_appositive(gap: str, m: PlaceMention, w: dict, lang: Optional[str]) -> Optional[list[str]]:
    """The words after an appositive that sets a place apart from its passive verb, when the appositive says it is a
    place (a ``settlement_words``/``place_suffixes``/``facility_nouns`` word, a ``place_prefixes`` or
    ``reference_prefixes`` phrase: "Eastern Slavonia, the last Serb-held part of Croatia, was captured", "Samashki, 35
    kilometers west of the shattered Chechen capital Grozny, was captured") or the gazetteer knows the name; None
    otherwise."""
    mt = APPOSITIVE_GAP.match(gap)
    if mt is None:
        return None
    inner = mt.group(1).lower()
    toks = set(re.findall(r"[a-z-]+", inner))
    phrases = _place_phrases(lang)
    says_place = bool(toks & (w["settlement_words"] | w["place_suffixes"] | w["facility_nouns"])) or \
        bool(phrases and phrases.search(inner))
    known = m.resolution is not None and not m.resolution.fallback
    return mt.group(2).split() if says_place or known else None


def _clause_head(record: Article, m: PlaceMention) -> bool:
    """The name opens its clause: only determiners, numbers and ``distance_words`` ("Around 3,000 Hong Kong
    people") before it since the sentence's start or a comma, and that comma does not follow a name ("from
    Hamburg, Germany was shot": the comma joins a town to its country)."""
    sent = record.sentence_at(m.start)
    head = record.text[sent.start if sent else 0:m.start]
    parts = re.split(r",(?!\d{3})", head)  # (not the comma of "3,000")
    parts = [",".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts
    if not all(t.lower() in DETERMINERS or t.lower() in words(record.lang)["distance_words"] or
               re.fullmatch(r"[\d.,]+", t) for t in parts[-1].split()):
        return False
    if len(parts) == 2:
        prev = parts[0].split()
        if not prev or prev[-1][:1].isupper() and not _date_at(record, (sent.start if sent else 0) +
                                                               len(parts[0].rstrip()) - 1):
            return False  # (session 23: a fronted date is no container: "On Friday, New Delhi police shot dead")
    return True


def _local_group_subject(record: Article, m: PlaceMention, ev: Event, trig: tuple[int, int], nxt: list[str],
                         w: dict) -> bool:
    """The place names the local group that is the event's subject, at the head of its clause, the verb next
    (after ``passive_auxiliaries`` and ``passive_between`` words only): "New Delhi police shot dead a man", "Hong
    Kong police detonated a bomb", "Hong Kong people demonstrated Sunday": the group acts where it is."""
    groups = w["local_group_nouns"]
    if not groups or not nxt or nxt[0] not in groups or m.end > trig[0] or (ev.quad_code or "").startswith("VERBAL"):
        return False
    gap = record.text[m.end:trig[0]].lower().split()[1:]
    return all(t in w["passive_auxiliaries"] or t in w["passive_between"] for t in gap) and _clause_head(record, m)


def _purpose_or_motion_target(raw_before: list[str], w: dict) -> bool:
    """The name is the object of a purpose clause ("to enter the strategic Dumayr Airbase", "to capture Qabasin":
    a ``purpose_markers`` word, then one of ``purpose_verbs``) or the goal of a move ("advanced to Aabed", "push on
    to Dong Ha": one of ``motion_verbs``, at most two words, then a ``motion_preps`` word)."""
    if not w.get("purpose_verbs") and not w.get("motion_verbs"):
        return False
    out = list(raw_before)
    n = 0
    while out and (out[-1] in DETERMINERS or out[-1] in w["place_modifiers"] or
                   n < w["adjectives_before_place"] and out[-1] not in w["adjective_stops"] and
                   out[-1] not in w.get("purpose_verbs", ()) and re.fullmatch(r"[a-z][a-z-]*", out[-1])):
        n += out[-1] not in DETERMINERS and out[-1] not in w["place_modifiers"]
        out.pop()
    if len(out) >= 2 and out[-1] in w.get("purpose_verbs", ()) and out[-2] in w.get("purpose_markers", ()):
        return True
    return bool(out) and out[-1] in w.get("motion_preps", ()) and any(
        t in w.get("motion_verbs", ()) for t in out[-4:-1])


def _included_in_places(before: list[str], w: dict) -> bool:
    """The name is one of the places a location phrase closed by a plural place word names, added by an
    ``inclusion_words`` word: "in three different cities, including Shanghai", "in several provinces, such as
    Helmand" (session 18). The plural place word comes right before the inclusion word (a comma between) and a
    location preposition at most four words before it (numbers, adjectives and determiners between)."""
    words_ = w.get("inclusion_words", frozenset())
    if before and before[-1] in DETERMINERS:
        before = before[:-1]  # session 22: "in at least two regions, including the Swat Valley"
    if not words_ or not before:
        return False
    for k in (2, 1):
        if len(before) > k and " ".join(before[-k:]) in words_:
            rest = before[:-k]
            break
    else:
        return False
    if rest and rest[-1] == ",":
        rest = rest[:-1]
    if not rest or rest[-1] not in w.get("place_plurals", frozenset()) | w.get("list_place_words", frozenset()):
        return False
    for t in reversed(rest[:-1][-5:]):
        if t in w["location_preps"]:
            return True
        if t in w["adjective_stops"] or not re.fullmatch(r"[a-z0-9][a-z0-9,.-]*", t):
            return False
    return False


def _hangs_on_trigger(record: Article, m: PlaceMention, trig: tuple[int, int], toks: Tokens, w: dict) -> bool:
    """The purpose clause or the move is the event's own: the purpose marker comes within six words after the
    event's verb with no comma between ("launched another powerful assault to enter"; not "focus on the flank
    where fighters are lurking, waiting for an opportunity to enter Syria"), the move is the event's verb ("push
    on to Dong Ha"; not "was captured and sent to Hoa Lo prison")."""
    if m.start <= trig[1]:
        return False
    gap = toks.between(trig[1], m.start)
    verb = record.text[trig[0]:trig[1]].lower().split()[-1:]
    if verb and verb[0] in w.get("motion_verbs", ()) and len(gap) <= 4 and any(t in w["motion_preps"] for t in gap):
        return True
    k = next((i for i, t in enumerate(gap) if t in w.get("purpose_markers", ())), None)
    return k is not None and k <= 6 and "," not in gap[:k] and \
        any(t in w.get("purpose_verbs", ()) for t in gap[k + 1:k + 2])


def _town_before_facility(m: PlaceMention, raw_before: list[str]) -> bool:
    """A town, district or region the gazetteer knows (not a country: "the U.S. Embassy" is not in the US) named
    between a determiner or lower-case adjective and a facility noun: "a Mogadishu hotel", "their West Bank
    hideout", not "the MFO base" (no known place)."""
    res = m.resolution
    if res is None or res.fallback or res.place.kind == "country":
        return False
    return not raw_before or raw_before[-1] in DETERMINERS or bool(re.fullmatch(r"[a-z][a-z-]*", raw_before[-1]))


#: dependency relations that open a clause or phrase of its own below the event's verb: a place inside one
#: belongs to it ("the group, which held hostages in Lima, demonstrated ...")
OWN_CLAUSE = frozenset({"acl", "ccomp", "csubj", "parataxis"})


def parsed_attachment(record: Article, m: PlaceMention, trig: tuple[int, int], located: bool = False,
                      known: bool = True) -> float:
    """With a parse (the syntax stage's, when a parser model is installed): +0.5 for a place the event's verb
    governs directly (its oblique or object, or a noun of one: "captured Jaffna", "demonstrated in Hamburg"),
    -1.0 for a place in a relative, complement or parenthetical clause below the verb or inside its subject
    without a preposition ("U.S. soldiers shot"), -0.5 for a place in a
    clause beside it; 0 without a parse. (Adverbial clauses and coordinated verbs keep their places: "killed
    when a bomb exploded in Diyala" happened in Diyala.)"""
    parse = parse_of(record)
    if parse is None or trig[1] <= trig[0] or parse.sentence_at(trig[0]) is None:
        return 0.0
    t = parse.token_at(trig[0])
    inside = parse.tokens_in(m.start, m.end)
    if t is None or not inside or parse.sentence_of(t) is not parse.sentence_of(inside[0]):
        return 0.0
    h = next((i for i in inside if parse.head[i] not in inside or parse.head[i] == i), inside[-1])
    up = parse.ancestors(h)
    if t in up:
        path = [h] + up[:up.index(t)]
        if any(base(parse.dep[i]) in OWN_CLAUSE for i in path):
            return -1.0
        if not located and len(path) == 1 and parse.dep[h] == "nsubj:pass" and \
                not DASH_AFTER.match(record.text, m.end):
            return 0.5 if known else 0.0  # "Gibraltar was captured": what the verb acted on, there (a name no
            # gazetteer knows is more often a person: "Kermiche was killed")
        if not located and any(base(parse.dep[i]) in ("nsubj", "csubj") for i in path):
            return -1.0  # "U.S. soldiers shot ...", "as the United States weighed ...": whose, not where
        return 0.5 if len(path) <= 2 and base(parse.dep[path[-1]]) in ("obl", "obj", "nmod", "advmod") else 0.0
    if h in parse.ancestors(t):
        return 0.0  # the place heads what the verb sits in ("the attack on Kabul" with the verb below)
    return -0.5 if parse.clause_head(h) != parse.clause_head(t) else 0.0


def _parsed_against(record: Article, m: PlaceMention, trig: tuple[int, int], w: dict) -> bool:
    """With a parse: the place hangs, below the event's verb, from a phrase an ``against_preps`` word opens
    ("protested against NATO's war on Yugoslavia": the war's target, not where they protested). Not every
    ``not_location_preps`` word: "shot with a gun in central Moscow" was in Moscow."""
    parse = parse_of(record)
    if parse is None or not w.get("against_preps") or parse.sentence_at(trig[0]) is None:
        return False
    t = parse.token_at(trig[0])
    inside = parse.tokens_in(m.start, m.end)
    if t is None or not inside or parse.sentence_of(t) is not parse.sentence_of(inside[0]):
        return False
    h = next((i for i in inside if parse.head[i] not in inside or parse.head[i] == i), inside[-1])
    up = parse.ancestors(h)
    if t not in up:
        return False
    path = up[:up.index(t)]  # the nouns between the place and the verb, the place's own phrase excluded
    return any((parse.marker(i) or "").split()[-1:] and (parse.marker(i) or "").split()[-1] in w["against_preps"]
               for i in path)


#: "MEXICO CITY -- ...": a name before a dash is a dateline, whatever the parser made of it
DASH_AFTER = re.compile(r"\s*(?:--|—|–)")
#: "in Baghdad's southern" before a name: the possessor's preposition places what follows
POSSESSOR_BEFORE = re.compile(r"\b(\w+)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.-]*['’]s\s*$")


@functools.cache
def possessor_before(lang: Optional[str]) -> re.Pattern:
    """POSSESSOR_BEFORE with up to two of the pack's place modifiers before the possessor ("in central China's")."""
    mods = "|".join(sorted((re.escape(m) for m in words(lang)["place_modifiers"]), key=len, reverse=True))
    return re.compile(r"\b(\w+)\s+(?:the\s+)?(?:(?:" + mods + r")\s+){0,2}(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.-]*['’]s\s*$") \
        if mods else POSSESSOR_BEFORE
def _possessed_after_prep(record: Article, start: int, end: int, w: dict) -> Optional[str]:
    """The location preposition before a place's possessor when the name at ``start``-``end`` is what the
    possessor holds: "in Baghdad's southern district of Saiydiah", and with up to ``adjectives_before_place``
    lower-case place modifiers or adjectives after the possessive, "in Baghdad's western Amriya district", "in
    Russia's troubled North Caucasus", "in Spain's Basque Country". The possessor is a place the gazetteer knows
    (not "On New Year's Eve") and the name is no modifier of a common noun ("in India's Independence Day parade
    in New York")."""
    head = record.text[max(0, start - 100):start]
    tail = re.search(r"['’]s\s+((?:[a-z][a-z-]*\s+)*)$", head)
    if tail is None:
        return None
    between = tail.group(1).split()
    if len(between) > max(2, w["adjectives_before_place"]) or any(t in w["adjective_stops"] or t in DETERMINERS
                                                                  for t in between if t not in w["place_modifiers"]):
        return None
    owner = possessor_before(record.lang).search(head[:tail.start() + 2])
    prep = owner.group(1).lower() if owner else None
    if prep not in w["location_preps"]:
        return None
    who = re.search(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s$", head[:tail.start() + 2])
    if who is None or not candidates(who.group(1), record.lang):
        return None
    nxt = re.match(r"\s+([a-z][a-z-]*)", record.text[end:end + 30])
    if nxt and nxt.group(1) not in w["adjective_stops"] and nxt.group(1) not in w["name_tails"] and \
            not _date_at(record, end + nxt.start(1)):  # "in Spain's Basque Country last year"
        return None
    return prep


#: "'s southern district of Saiydiah", "'s North Phyongan province": a name follows the possessive
NAMED_AFTER_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,3}(?:of\s+)?[A-Z]")


def _named_after_possessive(tail: str, w: dict) -> bool:
    """A name follows the possessive across place words only ("'s southern district of Saiydiah"), not across a
    preposition ("Jamaica's capital on Saturday": session 13, the name is the day's)."""
    mt = NAMED_AFTER_POSSESSIVE.match(tail)
    if mt is None:
        return False
    between = tail[:mt.end() - 1].split()[1:]
    if between and between[-1] == "of":
        between = between[:-1]
    return not any(t in w["adjective_stops"] for t in between)


def _coordinated_verb_phrase(gap: list[str], w: dict) -> bool:
    """Between the event's verb and the place, "and" opens a verb phrase of its own: one of ``verb_phrase_openers``
    (an auxiliary, "became", "later") right after it ("captured in June and is believed held in Gaza", "was captured
    and enslaved by the Romans and became their historian in Palestine"; session 19, development items 0-4627: 9 such
    places chosen, 8 of them where the gold has none)."""
    openers = w.get("verb_phrase_openers")
    joiners = w["verb_joiners"]  # session 20: the pack's joiners ("and", "or"), not a literal "and"
    return bool(openers) and any(t in joiners and u in openers for t, u in zip(gap, gap[1:]))


def _new_clause_before(record: Article, ev: Event, trig: tuple[int, int], m: PlaceMention, w: dict) -> bool:
    """Session 26, with a parse: between the event's verb and the place, a comma and one of ``verb_joiners`` open a
    clause of another verb (the joiner's head), with a subject of its own ("..., and Israeli soldiers went in to the
    West Bank town of Jenin") or none ("was captured, and acknowledged before a judge in Madrid"), that no comma closes
    before the place (not "were killed, and more than 50 wounded, in an explosion ... in Shikarpur": the place of
    both) and whose verb tells no event of the event's kind."""
    parse = parse_of(record)
    if parse is None or parse.sentence_at(trig[0]) is None:
        return False
    joints = [j for j in re.finditer(r",\s+(\w+)\s", record.text[trig[1]:m.start])
              if j.group(1).lower() in w["verb_joiners"]]
    if not joints:
        return False
    joiner = parse.token_at(trig[1] + joints[-1].start(1))
    t = parse.token_at(trig[0])
    if joiner is None or t is None or base(parse.dep[joiner]) != "cc":
        return False
    v = parse.head[joiner]
    if base(parse.dep[v]) == "nsubj":
        v = parse.head[v]  # the parser may hang the joiner on the clause's subject ("and Israeli soldiers went")
    # (a verb in lower case: the tagger may read a name of a list as one: ", and Liwaa Suqour Al-Sham at")
    if v == t or parse.pos[v] != "VERB" or not parse.word[v][:1].islower() or not parse.start[joiner] < parse.start[v] < m.start or \
            "," in record.text[parse.end[v]:m.start] or parse.sentence_of(v) is not parse.sentence_of(t):
        return False
    return not any(o is not ev and o.event == ev.event and o.event_text and
                   record.text.find(o.event_text, o.evidence.start) == parse.start[v] for o in record.events)


def _other_trigger_between(record: Article, ev: Event, a: int, b: int) -> Optional[tuple[int, Event]]:
    """Another event's verb standing between ``a`` and ``b`` after a comma or "and" (the place belongs to that
    event's clause), with its offset; None when none does."""
    for other in record.events:
        if other is ev or not other.event_text:
            continue
        k = record.text.find(other.event_text, other.evidence.start)
        if a < k < b and record.text[a:k].count(",") + record.text[a:k].count(" and ") > 0 and \
                not _adverbial(record.text[a:k], words(record.lang)) and \
                record.text[a:k].strip(" ,").lower() not in words(record.lang)["verb_joiners"]:
            return k, other
    return None


def _same_harm_told_on(ev: Event, other: tuple[int, Event], trig: tuple[int, int], toks: Tokens, w: dict) -> bool:
    """Session 24: the other verb goes on telling the same kind of event ("shot dead four ... Thursday and wounded a
    fifth in two shootouts in southern Egypt", "was killed and four wounded when ... in Iraq's northern Nineveh
    province") and the event's own words before it hold no location preposition (not "captured ... in a Slovak
    mountain hut and deported to ... Mauthausen"): the place after it is the event's too."""
    k, o = other
    return o.event == ev.event and not any(t in w["location_preps"] for t in toks.between(trig[1], k))


def _adverbial(between: str, w: dict) -> bool:
    """The other event's verb, after the text ``between``, is an adverbial of the event: an ``adverbial_links``
    word comes after the last comma or joiner ("killed on Monday, during clashes with ... in Rawiya"), so its
    place is the event's too; after "and" or a comma alone it is a clause of its own."""
    for t in reversed(re.findall(r"[\w'’-]+|,", between.lower())):
        if t in w["adverbial_links"]:
            return True
        if t == "," or t in w["list_joiners"]:
            return False
    return False


def _own_phrase(record: Article, m: PlaceMention, trig: tuple[int, int], raw_before: list[str], toks: Tokens,
                w: dict) -> list[str]:
    """The words before a name that may hold its preposition: not across the event's verb when the name follows it
    (session 15: "patrolled downtown Caracas" is the verb's object, whatever preposition stands before the verb),
    unless the verb ends in such a preposition ("talks with Iran", "protested against")."""
    if m.start <= trig[1] or trig[1] <= trig[0]:
        return raw_before
    verb = record.text[trig[0]:trig[1]].lower().split()
    if verb[-1:] and verb[-1] in w["not_location_preps"]:
        return raw_before
    gap = toks.between(trig[1], m.start)
    return gap if len(gap) < len(raw_before) else raw_before


def _not_location_phrase(before: list[str], w: dict) -> bool:
    """The nearest preposition before a name (within its phrase) is one that names a target or partner,
    not a place: "against the French company and Libya", "talks with Iran"."""
    stop = w["phrase_preps"]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t in w["not_location_preps"]:
            # session 15: "About 200 National Guardsmen patrolled downtown Caracas", "more than 2,800 people": before
            # a number the word is an approximator, not a preposition
            return not (k + 1 < len(before) and re.fullmatch(r"[\d][\d.,]*", before[k + 1]))
        if t in stop or not re.fullmatch(r"[\w'’.-]+", t) or t in w["function_words"] and t not in w["verb_joiners"]:
            # "and"/"or" (the pack's joiners) join names of one phrase: "against the French company and Libya"
            return False
    return False


def _skip_adjectives(before: list[str], w: dict) -> Optional[list[str]]:
    """The words before a name with up to ``adjectives_before_place`` lower-case adjectives and the determiner
    before them taken away, when a location preposition then comes: "in the restive Diyala province"."""
    out = list(before)
    n = 0
    stop = w["adjective_stops"]
    while out and n < w["adjectives_before_place"] and out[-1] not in stop and out[-1] not in DETERMINERS and re.fullmatch(r"[a-z][a-z-]*", out[-1]):
        if len(out) >= 3 and out[-2] in ("-", "–") and re.fullmatch(r"[a-z]+", out[-3]) and out[-3] not in stop \
                and out[-3] not in DETERMINERS and out[-3] not in w["location_preps"]:
            del out[-2:]  # session 16: "in Serb-held Vogosca", "in rebel-held Idlib": the tokenizer split one adjective
        out.pop()
        n += 1
    if n == 0:
        return None
    out = _strip_modifiers(out, w)
    return out if out and (out[-1] in w["location_preps"] or out[-1] in ("'s", "’s")) else None


def _fronted(record: Article, m: PlaceMention, toks: Tokens, w: dict) -> bool:
    """The place's preposition opens the sentence and a comma closes the phrase: "In Samarra, ..."."""
    sent = record.sentence_at(m.start)
    if sent is None:
        return False
    head = [t for t in toks.between(sent.start, m.start) if t not in ("``", '"', "“")]
    longest = 8 if _introduced(record, m, toks) and "," not in head else 4  # "In the ancient West Bank town of Jericho,"
    return bool(head) and head[0] in w["location_preps"] and len(head) <= longest and \
        record.text[m.end:m.end + 1] == ","


def _reference_point(record: Article, m: PlaceMention, w: dict) -> bool:
    """The place is a reference point for the one named before it: after a comma, a ``reference_prefixes``
    phrase and distance words only ("Taji, just north of Baghdad", "Bur Hakaba, about 180 km (110 miles) south
    of Mogadishu"); without a comma, a ``name_references`` phrase right after a name ("the town of al-Wafa west
    of Ramadi", "Mahmudiyah 30 km south of Baghdad")."""
    if not w.get("reference_prefixes"):
        return False
    head = record.text[max(0, m.start - 100):m.start]
    if (settlement := _settlement_named(record.lang)) is not None:
        head = settlement.sub(" ", head)
    k = head.rfind(", ")  # not the comma of "1,200 km"
    if k > 0 and _names_place(head[:k].split()[-2:], w) and _comma_reference(head[k + 1:], record.lang, w):
        return True
    tokens = head.replace("(", " ").replace(")", " ").split()
    return bool(w.get("name_references")) and any(
        _reference_phrase(" ".join(tokens[-n:]), w["name_references"], w) and _names_place(tokens[-n - 2:-n], w)
        for n in range(1, min(len(tokens), 9)))


def _comma_reference(phrase: str, lang: Optional[str], w: dict) -> bool:
    """The words after a name's comma are a ``reference_prefixes`` phrase once an indefinite settlement head is left
    out ("Taji, just north of Baghdad", "Alwara Mandi, a village about 100 kilometers west of Miran Shah"): read the
    same way for the place named last (``_reference_point``) and for the name before it (``_reference_qualifier``)."""
    return _reference_phrase(_without_settlement_head(phrase, lang), w["reference_prefixes"], w)


def _without_settlement_head(phrase: str, lang: Optional[str]) -> str:
    """Session 32 (locrel32): the words after the comma without an indefinite appositive's head ("a village", "an
    impoverished village", "a small border town"), so that "Alwara Mandi, a village about 100 kilometers (60 miles)
    west of Miran Shah" and "Abu Saida, a town near ..." read the town named last as the reference point, as "Taji,
    just north of Baghdad" does."""
    head = _settlement_head(lang)
    return head.sub(" ", phrase, count=1) if head is not None else phrase


@functools.cache
def _settlement_head(lang: Optional[str]) -> Optional[re.Pattern]:
    """An indefinite article, at most two modifiers and one of the pack's ``settlement_words`` at the start of a
    phrase (``_without_settlement_head``); None for a pack without settlement words."""
    alt = "|".join(sorted((re.escape(x) for x in words(lang)["settlement_words"]), key=len, reverse=True))
    return re.compile(r"^\s*(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + alt + r")(?=\s)") if alt else None


@functools.cache
def _settlement_named(lang: Optional[str]) -> Optional[re.Pattern]:
    """"the capital" or "the capital," right before a name: "350 kilometres north of the capital Mogadishu" is a
    reference phrase as "north of Mogadishu" is (the words are taken out before the phrase is read); None for a pack
    without ``settlement_words``."""
    alt = "|".join(sorted((re.escape(x) for x in words(lang)["settlement_words"]), key=len, reverse=True))
    # session 19: up to two words may describe the settlement, and "of" may name it ("15 km to the south of the
    # northern city of Aleppo", "east of the south Lebanese port city of Saida")
    return re.compile(r"(?<=\sof)\s+the\s+(?:[A-Za-z-]+\s+){0,2}?(?:" + alt + r")\s*(?:,|of)?\s*$") if alt else None


def _names_place(named: list[str], w: dict) -> bool:
    """The last of the words before a reference phrase closes a place's name ("Taji", "al-Wafa", "Diyala
    province"), not a date, a clause or a common noun; a place word counts only after a name: "in a town
    northeast of Baghdad" names no town, so Baghdad is the best place the text gives."""
    if not named:
        return False
    last = named[-1].rstrip(",")
    if _capitalised(last, w):
        return True
    return last.lower() in w["place_suffixes"] and len(named) > 1 and _capitalised(named[-2], w)


def _reference_phrase(text: str, refs: frozenset, w: dict) -> bool:
    """``text`` is distance words, then one of ``refs``, then at most "the", all in lower case: "just north of",
    "about 180 km (110 miles) south of the" (not "Jakarta Barat": a compass word in a name)."""
    if any(c.isupper() for c in text):
        return False
    phrase = re.sub(r"^the\s+|\s+the$", "", " ".join(text.replace("(", " ").replace(")", " ").split()))
    for ref in refs:  # every ref that ends the phrase, not the first the set yields ("east of" in "northeast of")
        if phrase == ref or phrase.endswith(" " + ref):
            rest = phrase[:len(phrase) - len(ref)].split()
            for link in w["reference_links"]:  # session 19: "15 km to the south of" (session 20: pack data)
                if link and tuple(rest[-len(link):]) == link:
                    rest = rest[:-len(link)]
                    break
            if all(t in w["distance_words"] or re.fullmatch(r"[\d.,]+", t) for t in rest):
                return True
    return False


def _date_at(record: Article, offset: int) -> bool:
    """A date expression starts at ``offset`` ("in Corsica Thursday": the capital is the day's, not a noun's)."""
    return any(d.start <= offset < d.end for d in record.dates)


def _country_modifier(record: Article, m: PlaceMention, before: list[str], nxt: list[str], w: dict) -> bool:
    """A country named between an article and a common noun: "in a U.S. airstrike", "the U.S. aircraft" (but
    "the U.S. capital", "the U.S. state of Ohio": a place noun keeps it a place; after "the" only an abbreviation
    counts: "the Philippines killed" is the country)."""
    k = len(before)  # session 13: up to two adjectives after "a"/"an": "near a passing U.S. patrol"
    while k > 1 and len(before) - k < 2 and re.fullmatch(r"[a-z][a-z-]+", before[k - 1]) and \
            before[k - 1] not in w["function_words"] and before[k - 1] not in DETERMINERS and \
            before[k - 1] not in w["phrase_preps"]:
        k -= 1
    if k < len(before) and before[k - 1] in ("a", "an"):
        before = before[:k]
    if not before or before[-1] not in ("a", "an", "the") or not nxt or not re.fullmatch(r"[a-z][a-z-]+", nxt[0]):
        return False
    if nxt[0] in w["settlement_words"]:
        return False  # "in a Myanmar town near the Thai border": a town of that country, somewhere in it
    if before[-1] == "the" and (nxt[0] in w["possessive_place_nouns"] or nxt[0] in w["place_suffixes"] or
                                any(c.islower() for c in m.text)):
        return False  # after "the" only an abbreviation ("U.S.", "UK") is surely a modifier, not "the Philippines"
    if m.resolution is None or m.resolution.fallback:
        return False
    return m.resolution.place.kind == "country" and nxt[0] not in w["function_words"]


def _introduced(record: Article, m: PlaceMention, toks: Tokens) -> bool:
    return _place_word_before(record, toks, m.start, words(record.lang))


def _place_word_before(record: Article, toks: Tokens, start: int, w: dict) -> bool:
    """A place word written in lower case right before ``start`` ("the town of", "kota"), not part of a
    longer name ("Islamic State of Iraq")."""
    i = bisect.bisect_left(toks.starts, start)
    words_before = [(record.text[a:b], record.text[a:b].lower()) for a, b in toks.spans[max(0, i - 5):i]]
    while words_before and (words_before[-1][1] in DETERMINERS or words_before[-1][1] in w["place_modifiers"]):
        words_before.pop()
    for n in (2, 1):
        tail = words_before[-n:]
        if len(tail) == n and " ".join(low for _, low in tail) in w["place_prefixes"]:
            return not tail[0][0][:1].isupper() or i - n - 1 < 0 or record.text[toks.spans[i - n - 1][0]] in ".!?"
    # session 24: a place noun, a comma, then the name in apposition, closed by a punctuation mark ("near the capital,
    # Mogadishu.", "died at National Hospital in the capital, Colombo."): the name is that place, as after "the
    # capital of" (not a comma that ends a clause: "the skies over the nation's capital, Navy warships were sent")
    return len(words_before) >= 2 and words_before[-1][1] == "," and \
        words_before[-2][1] in w["appositive_place_nouns"] and bool(APPOSITION_CLOSED.match(record.text, start))


#: a capitalised name and the punctuation that closes an apposition ("Mogadishu.", "Guatemala City, and")
APPOSITION_CLOSED = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*\s*(?:[,.;:)]|$)")


def _name_before(record: Article, m: PlaceMention, toks: Tokens) -> bool:
    i = bisect.bisect_left(toks.starts, m.start)
    if i < 2:
        return False
    a, b = toks.spans[i - 2]
    return record.text[a:b][:1].isupper()


def _after_prep(record: Article, m: PlaceMention, toks: Tokens) -> bool:
    w = words(record.lang)
    before = _strip_modifiers(toks.before(m.start, 4), w)
    return bool(before) and before[-1] in w["location_preps"] or _introduced(record, m, toks)


def speaker_location(record: Article, m: PlaceMention, trig: tuple[int, int], before: list[str], w: dict) -> bool:
    """Where a statement was made rather than where the reported event happened: the place follows a speech
    verb ("said in Washington", "told reporters in Jakarta"), or the event is inside a quote and the place
    is outside it."""
    if before and before[-1] in w["location_preps"] and any(t in w["speech_verbs"] for t in before[-5:-1]):
        return not _speech_event(record, trig, w) and not _after_own_verb(record, m, trig, w)
    for q in record.quotes:
        if q.start <= trig[0] < q.end and not q.start <= m.start < q.end:
            return True
    return False


def _local_source(record: Article, m: PlaceMention, trig: tuple[int, int], raw_before: list[str], w: dict) -> bool:
    """Session 32 (locmore32): the place names where the teller of a reported event is, one of the pack's
    ``local_source_nouns`` right before a location preposition ("A police source in Ramadi said the blast killed four",
    "another senior policeman in Kirkuk, said seven people were killed"), before the report: a local source tells
    of what happened where it is. Not a source a ``source_frames`` phrase cites ("According to a military source in
    Damascus, the army attacked the rebels at Zara": the newsroom's usual source, wherever the event was)."""
    if not (len(raw_before) >= 2 and raw_before[-1] in w["location_preps"] and
            raw_before[-2] in w["local_source_nouns"] and m.end < trig[0]):
        return False
    sent = record.sentence_at(m.start)
    head = record.text[sent.start if sent else 0:m.start].lower()
    return not any(f in head for f in w["source_frames"])


def _after_own_verb(record: Article, m: PlaceMention, trig: tuple[int, int], w: dict) -> bool:
    """Session 22: the event's verb stands between the speech verb and the place's preposition, with no speech
    verb after it ("has been reported killed at Ejule"): the place is the reported event's, not the speaker's."""
    if not trig[0] < trig[1] <= m.start:
        return False
    between = re.findall(r"[\w'’]+", record.text[trig[1]:m.start].lower())
    return len(between) <= 3 and not any(t in w["speech_verbs"] for t in between)


def _speech_event(record: Article, trig: tuple[int, int], w: dict) -> bool:
    """The event is the statement itself ("accused ... in Washington"): its place is where it was said."""
    return record.text[trig[0]:trig[1]].lower() in w["speech_verbs"]


def location_from(m: PlaceMention, record: Article, source: str, choice: float) -> EventLocation:
    span = dict(start=m.start, end=m.end, text=record.text[m.start:m.end], source=source)
    if m.resolution is None:
        return EventLocation(name=m.text, confidence=round(0.3 * choice, 3), **span)
    loc = place_ref(m.resolution, EventLocation, **span)
    loc.confidence = round(max(0.05, min(0.99, loc.confidence * choice)), 3)
    return loc
