"""Actor resolution: canonical names, CAMEO-style actor codes, Wikidata ids and refined types for entities.

Each entity is resolved from its mentions, in this order: the whole mention in the
gazetteer ("Gedung Putih", "Kementerian Pertahanan Inggris"); the mention parsed
into role words, a country or body, and a name ("Presiden Rusia Vladimir Putin":
office president + Russia + a known person); then the role phrase right before
the mention ("Juru bicara Dewan Keamanan Nasional | John Kirby"). People resolve by
the article's date (the same name codes IDNMIL in 2022 and IDNGOV in 2025).
Entities that resolve to the same gazetteer entry are merged. Role words are
language data in ``lang/<code>/actors.toml``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from typing import Any, Optional

from kabar import lang as langpacks
from kabar.gazetteer import Entry, Gazetteer, gazetteer, head_word, is_firm_code, name_key
from kabar.record import Article, Entity
from kabar.text.home import article_home, country_counts, dominates
from kabar.text.names import one_letter_more
from kabar.places.resolve import place_country
from kabar.stages import stage

_WORD = re.compile(r"[\w][\w.'’-]*")
_GPE_KINDS = {"country", "city", "region"}
_LEFT_WINDOW = 80  # characters of left context searched for a role phrase
_MAX_PHRASE = 7  # words in one gazetteer or role phrase


@dataclasses.dataclass
class ActorLexicon:
    """One language's role words, compiled for longest-match parsing."""

    offices: dict[str, tuple[str, Optional[str]]]  # phrase -> (office key, fixed country)
    roles: dict[str, dict[str, Any]]
    transparent: set[str]
    connectors: set[str]
    office_roles: dict[str, str]
    home_country: Optional[str]
    home_offices: frozenset[str] = frozenset()  # offices that, with no country in the title, are the home country's
    apposition_markers: frozenset[str] = frozenset()  # "X, from Human Rights Watch": affiliation words after a name
    local_offices: frozenset[str] = frozenset()  # regent, mayor, governor: an IGO acronym after them is a place
    club_titles: frozenset[str] = frozenset()  # office words a club or firm also has ("kapten", "president")

    @functools.cached_property
    def club_title_words(self) -> frozenset[str]:
        """Every word of the ``club_titles`` entries ("wakil presiden": "wakil", "presiden")."""
        return frozenset(w for t in self.club_titles for w in t.split())

    @functools.cached_property
    def phrase_heads(self) -> frozenset[str]:
        """First words of the multi-word offices, roles and transparent phrases."""
        return frozenset(k.split()[0] for keys in (self.offices, self.roles, self.transparent) for k in keys if " " in k)

    @classmethod
    def of(cls, code: Optional[str]) -> "ActorLexicon":
        data = langpacks.pack(code).data("actors")
        offices = {}
        for k, v in data.get("offices", {}).items():
            offices[name_key(k)] = (v["office"], v.get("country")) if isinstance(v, dict) else (v, None)
        return cls(
            offices=offices,
            roles={name_key(k): v for k, v in data.get("roles", {}).items()},
            transparent={name_key(w) for w in data.get("transparent", {}).get("words", [])},
            connectors={name_key(w) for w in data.get("connectors", {}).get("words", [])},
            office_roles=dict(data.get("office_roles", {})),
            home_country=data.get("home_country"),
            home_offices=frozenset(data.get("home_offices", [])),
            apposition_markers=frozenset(name_key(w) for w in data.get("apposition_markers", [])),
            local_offices=frozenset(data.get("local_offices", [])),
            club_titles=frozenset(name_key(w) for w in data.get("club_titles", [])),
        )


@functools.cache
def lexicon(code: Optional[str]) -> ActorLexicon:
    return ActorLexicon.of(code)


@dataclasses.dataclass
class Part:
    """One parsed piece of a mention: an office, a role word, a transparent word, a gazetteer entry, or a plain word."""

    kind: str  # office | role | transparent | connector | entry | word
    text: str
    start: int  # character offsets within the parsed string
    end: int
    value: Any = None
    form_kind: Optional[str] = None


@dataclasses.dataclass
class Resolution:
    entry: Optional[Entry] = None
    code: Optional[str] = None
    type: Optional[str] = None
    name: Optional[str] = None  # the name part of the mention (role words stripped)
    composed: bool = False
    form_kind: Optional[str] = None
    club: bool = False  # session 29: a club's or firm's office, no state role (``_club_office``)
    listed: bool = False  # session 30: coded only by the hand-written firm list (``Gazetteer.firm_is_curated``)

    @property
    def key(self) -> Optional[tuple]:
        if self.entry is not None and not self.composed:
            return ("entry", self.entry.id)
        return None


def parse(text: str, lang: Optional[str], gaz: Optional[Gazetteer] = None) -> list[Part]:
    """Split ``text`` into office/role/transparent words, gazetteer names and plain words (longest match first)."""
    return list(_parse_cached(text, lang))


@functools.cache
def _phrase_heads(lang: Optional[str]) -> frozenset[str]:
    return lexicon(lang).phrase_heads | gazetteer().phrase_heads


@functools.cache
def _phrase_keys(lang: Optional[str]) -> tuple[frozenset[str], dict[str, int]]:
    """Every key a parsed phrase can match (offices, roles, transparent words, gazetteer forms), and for each
    first word of a key the most words a key opening with it has: a phrase whose key is none of these is
    skipped before it is looked up, one sure to have more words than that before its key is made."""
    lex, gaz = lexicon(lang), gazetteer()
    keys = frozenset(lex.offices) | frozenset(lex.roles) | frozenset(lex.transparent) | gaz.form_keys
    most: dict[str, int] = {}
    for k in keys:
        ws = k.split()
        if ws and len(ws) > most.get(ws[0], 0):
            most[ws[0]] = len(ws)
    return keys, most


_head_word = functools.lru_cache(maxsize=50_000)(head_word)  # of one word: the same few thousand words recur
_NO_TOKEN = "_.'-"  # the ASCII characters of a _WORD match other than letters and digits


def _token_breaks(text: str, words: list[tuple[str, int, int]]) -> Optional[list[int]]:
    """For ASCII ``text`` only (None otherwise): for each of its _WORD matches, how many of the matches up to it
    open a new word of ``name_key`` of a phrase holding them. A match opens one when it has a letter or digit
    and white space or a hyphen stands between it and the previous such match: name_key splits there (NFKC and
    case folding change no ASCII letter, and edge trimming takes punctuation only), while a match of
    ``_.'-`` alone may vanish and is not counted. So the key of a phrase of matches i..j (i with a letter or
    digit) has at least ``1 + breaks[j] - breaks[i]`` words, with a last match of one letter or digit left out
    (a possessive trim can drop it: "O 's")."""
    if not text.isascii():
        return None
    out: list[int] = []
    total, prev_end = 0, -1
    for w, s, e in words:
        if w.strip(_NO_TOKEN):
            if prev_end >= 0:
                gap = text[prev_end:s]
                if "-" in gap or (gap and gap.split(None, 1) != [gap]):
                    total += 1
            prev_end = e
        out.append(total)
    return out


@functools.lru_cache(maxsize=20000)
def _parse_cached(text: str, lang: Optional[str]) -> tuple[Part, ...]:
    gaz = gazetteer()
    lex = lexicon(lang)
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    heads = _phrase_heads(lang)
    keys, most = _phrase_keys(lang)
    breaks = _token_breaks(text, words)
    parts: list[Part] = []
    i = 0
    while i < len(words):
        best: Optional[Part] = None
        w0 = words[i][0]
        h = _head_word(w0)
        longest = min(_MAX_PHRASE, len(words) - i) if h in heads else 1
        # the key of a phrase from here opens with h when this match starts with a letter or digit and the next
        # opens a new key word: no key opening with h has more words than most[h]
        bound = most.get(h, 1) if breaks is not None and longest > 1 and w0[0].isalnum() \
            and breaks[i + 1] > breaks[i] else None
        for n in range(longest, 0, -1):
            if bound is not None and n > 1:
                j = i + n - 1 if len(words[i + n - 1][0].strip(_NO_TOKEN)) > 1 else i + n - 2
                if 1 + breaks[j] - breaks[i] > bound:
                    continue  # its key has more words than any key opening with h
            s, e = words[i][1], words[i + n - 1][2]
            phrase = text[s:e]
            f = name_key(phrase)
            if f not in keys:
                pass
            elif f in lex.offices:
                best = Part("office", phrase, s, e, lex.offices[f])
            elif f in lex.roles:
                best = Part("role", phrase, s, e, lex.roles[f])
            elif f in lex.transparent:
                best = Part("transparent", phrase, s, e)
            else:
                hits = gaz.matches(phrase, lang)
                if hits and (n > 1 or phrase[:1].isupper()):
                    best = Part("entry", phrase, s, e, hits[0][0], hits[0][1].kind)
            if best is not None:
                i += n
                break
        if best is None:
            w, s, e = words[i]
            kind = "connector" if name_key(w) in lex.connectors else "word"
            best = Part(kind, w, s, e)
            i += 1
        parts.append(best)
    return tuple(parts)


def _office_role(lex: ActorLexicon, office: str) -> str:
    return lex.office_roles.get(office, "GOV")


_FORCE_ROLES = ("MIL", "COP")  # armed forces and police share rank words (Brigjen, Jenderal)


def compose(parts: list[Part], lang: Optional[str], on: Optional[dt.date], *, home: bool = True) -> Optional[tuple[str, str, Optional[Entry]]]:
    """The actor code of a role phrase: (code, entity type, the body it names or None), or None without a role.

    "pasukan Rusia" gives RUSMIL/NORP; "Menteri Luar Negeri Rusia" RUSGOV; "juru bicara Gedung Putih" takes
    the White House's code; "pemimpin Houthi" the Houthis'. Without a country, a role word that the
    language pack marks ``home`` takes the pack's home country ("Kementerian Keuangan" in Indonesian news).
    """
    lex = lexicon(lang)
    gaz = gazetteer()
    offices = [p for p in parts if p.kind == "office"]
    roles = [p for p in parts if p.kind == "role"]
    bodies = [p for p in parts if p.kind == "entry"]
    country = None
    body: Optional[Entry] = None
    local = (bool(offices) and offices[0].value[0] in lex.local_offices) \
        or any(p.kind in ("office", "role") and name_key(p.text) in _local_words(lang) for p in parts)
    for p in bodies:
        e = gaz.at(p.value, on)
        if local and e.kind == "igo":
            # "Bupati OKI": a local office's place, not the international body that shares the acronym
            country = country or (lex.home_country if home else None)
            continue
        if e.kind == "country" and country is None:
            country = e.code
        elif e.kind in ("metonym", "org", "igo", "nonstate", "party", "ngo") and body is None:
            body = e
        elif e.kind in ("city", "region") and country is None and e.country:
            country = e.country
    if offices:
        office, fixed = offices[0].value
        role = _office_role(lex, office)
        if fixed:
            return fixed + role, "PER", None
        if body is not None and body.code and (not role or body.kind in ("igo", "nonstate", "ngo", "party")):
            return body.code, "PER", body
        if country:
            return country + role, "PER", None
        if body is not None and body.code:
            if role in _FORCE_ROLES and body.code[3:] in _FORCE_ROLES:
                return body.code, "PER", body  # a rank both forces use: the force named decides ("Brigjen ... Polri")
            return (body.country or "") + role if body.country and role else body.code, "PER", body
        return None
    if roles:
        spec = roles[0].value
        role, typ = spec.get("role", ""), spec.get("type", "ORG")
        if country is None and body is not None and body.country:
            country = body.country
        if country is None and home and spec.get("home") and lex.home_country:
            country = lex.home_country
        if country:
            return country + role, typ, None
        if role:
            return role, typ, None
        return None
    if body is not None and any(p.kind == "transparent" for p in parts):
        return body.code, "ORG", body
    return None


def _name_words(text: str, parts: list[Part]) -> Optional[str]:
    """The proper-name part of a mention: from the first capitalised plain word after the title to the end.

    Names inside the name stay ("Michael Jordan" keeps "Jordan"); a title, role words, a country or a body
    before it go ("Presiden Rusia Vladimir Putin" gives "Vladimir Putin").
    """
    first = None
    for k, p in enumerate(parts):
        if p.kind == "word" and p.text[:1].isupper():
            first = k
            break
        if p.kind == "entry" and p.value.kind == "person":
            first = k
            break
    if first is None:
        return None
    last = first
    for k in range(first, len(parts)):
        p = parts[k]
        if p.kind in ("office", "role", "transparent"):
            break
        if p.kind in ("word", "entry") and (p.text[:1].isupper() or p.text in _PARTICLES or _particle_glued(p.text)):
            last = k
        elif p.kind != "connector" and p.text not in _PARTICLES and p.text not in _HYPHENS:
            break  # a hyphen stays inside a name: "Suleiman al-Amr", "Kim Jong-un"
    return text[parts[first].start:parts[last].end]


def _particle_glued(word: str) -> bool:
    """ "al-Amr", "el-Sisi": a lower-case particle hyphenated to a capitalised name."""
    head, sep, rest = word.partition("-")
    return bool(sep) and head in _PARTICLES and rest[:1].isupper()


_HYPHENS = {"-", "\u2010", "\u2011"}
_PARTICLES = {"bin", "binti", "al", "el", "de", "da", "van", "von", "der", "den", "dos", "du", "la", "le", "del", "di", "ibn"}


def resolve_mention(text: str, lang: Optional[str], on: Optional[dt.date], ner_type: Optional[str] = None) -> Resolution:
    """Resolve one mention's text on its own (no context)."""
    # a copy of the kept answer (callers change theirs): what dataclasses.replace gives a Resolution (every field an
    # __init__ field, no __post_init__), at ~0.5 instead of ~5 us, ~22 times an article (session 23)
    kept = _resolve_cached(text, lang, on, ner_type)
    copy = object.__new__(Resolution)
    copy.__dict__.update(kept.__dict__)
    return copy


@functools.lru_cache(maxsize=20000)
def _resolve_cached(text: str, lang: Optional[str], on: Optional[dt.date], ner_type: Optional[str]) -> Resolution:
    gaz = gazetteer()
    hits = gaz.matches(text, lang)
    hits = [h for h in hits if not (ner_type == "PER" and h[0].type != "PER")]
    # a place the entity stage named by an organisation's place-name alias ("Senayan, Jakarta"): the place
    hits = [h for h in hits if not (ner_type == "GPE" and h[0].kind == "org" and h[1].kind == "alias")]
    if hits:
        e, f = hits[0]
        e = gaz.at(e, on)
        return Resolution(entry=e, code=e.code, type=_type_of(e, f.kind), name=text.strip(), form_kind=f.kind)
    parts = parse(text, lang, gaz)
    name = _name_words(text, parts)
    person_hit = None
    by_surname = False
    if name:
        for e, f in gaz.matches(name, lang):
            if e.kind == "person":
                person_hit = gaz.at(e, on)
                break
        words = name.split()
        for drop in (1, 2):  # "Muhammad Tito Karnavian": a given name before a known person's form (the entity
            if person_hit is not None or ner_type != "PER" or len(words) - drop < 2:  # stage read it as hers)
                break
            hit = next((e for e, f in gaz.matches(" ".join(words[drop:]), lang)
                        if e.kind == "person" and f.text == " ".join(words[drop:])), None)
            if hit is not None:
                person_hit = gaz.at(hit, on)
        if person_hit is None and ner_type in (None, "PER") and any(p.kind == "office" for p in parts):
            person_hit = _by_surname(name, parts, lang, on)
        if person_hit is None and ner_type == "PER" and on is not None and len(parts) == 1:
            person_hit = _by_single_name(name, on)
            by_surname = person_hit is not None
    if person_hit is not None:
        code = person_hit.code
        if code and code.endswith("ELI") and any(p.kind == "office" for p in parts):
            # out of office that day by the gazetteer, but the text gives today's office: it wins
            comp = compose(parts, lang, on)
            code = comp[0] if comp is not None and comp[1] == "PER" and len(comp[0]) > 3 else code
        return Resolution(entry=person_hit, code=code, type="PER", name=name, form_kind="surname" if by_surname else "name")
    comp = compose(parts, lang, on)
    if comp is not None:
        code, typ, body = comp
        if typ == "PER":
            if not name:  # a bare title ("Presiden Rusia"): the office holder that day
                who = resolve_title(text, lang, on)
                if who is not None:
                    return Resolution(entry=who, code=who.code, type="PER", name=who.name_in(lang), composed=False)
                return Resolution(code=code, type=ner_type or "PER", name=text.strip(), composed=True)
            return Resolution(code=code, type="PER", name=name, composed=True)
        if typ == "NORP" and ner_type == "ORG" and parts and parts[0].kind not in ("role", "office"):
            # session 25 (names-id25): a group word inside a body's name makes no group of it: "Front Rakyat
            # Indonesia", "Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR) Provinsi Jambi", "DPD Partai Rakyat
            # Sulawesi Selatan" were NORP (IndoSum rows 2600-2799); "pasukan Rusia" opens with its group word
            typ = "ORG"
        return Resolution(code=code, type=typ, name=_strip_lower(text), composed=True)
    # a name with a demonym or country in it and no role ("Bank Rakyat Indonesia"): no actor
    return Resolution(name=name or text.strip())


def _by_surname(name: str, parts: list[Part], lang: Optional[str], on: Optional[dt.date]) -> Optional[Entry]:
    """ "Presiden Putin": a single surname after a title names the office holder that day with that surname."""
    if " " in name.strip():
        return None
    office, fixed = next(p.value for p in parts if p.kind == "office")
    surname = name_key(name)
    cands = [e for e in _surnames().get(surname, [])]
    gaz = gazetteer()
    live = []
    for e in cands:
        t = gaz.tenure(e.id, on)
        if t is not None and (office in t.offices or office in ("leader", "minister")):
            live.append(gaz.at(e, on))
    return live[0] if len(live) == 1 else None


@functools.cache
def _surnames() -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for e in gazetteer().entries.values():
        if e.kind == "person":
            out.setdefault(name_key(e.name).split(" ")[-1], []).append(e)
    return out


_SINGLE_NAME_MIN = 5  # shorter single names ("Kim", "Lee", "Joko") are too common to name one person


def _by_single_name(name: str, on: dt.date) -> Optional[Entry]:
    """ "Trump", "Widodo" alone: the gazetteer person whose surname it is and who holds an office on the
    article's date (a story that names a leader by surname only); of several such office holders, the one
    head of state or government. First names are not looked up ("Sergei" is not Lavrov, and "Prabowo" is
    also a Javanese surname: "Kapten Suryo Prabowo")."""
    key = name_key(name)
    if " " in key or len(key) < _SINGLE_NAME_MIN or key in _first_names():
        return None  # "Prabowo" is a surname (Listyo Sigit Prabowo) and a first name (Prabowo Subianto)
    gaz = gazetteer()
    live = [(e, t) for e in _surnames().get(key, []) for t in [gaz.tenure(e.id, on)] if t is not None]
    if len(live) > 1:
        live = [(e, t) for e, t in live if _HEADS & set(t.offices)]
    return gaz.at(live[0][0], on) if len(live) == 1 else None


_HEADS = {"president", "prime_minister", "head_of_state", "head_of_government"}


@functools.cache
def _first_names() -> frozenset[str]:
    """First words of the gazetteer's people with two or more words in their name."""
    return frozenset(name_key(e.name).split(" ")[0] for e in gazetteer().entries.values()
                     if e.kind == "person" and " " in name_key(e.name))


def resolve_title(title_text: str, lang: Optional[str], on: Optional[dt.date], country: Optional[str] = None) -> Optional[Entry]:
    """The person a title names on a day: "presiden Rusia" -> Putin; "the president" with country="USA" -> ...

    The country comes from the title itself, else from ``country`` (the caller's choice, e.g. the
    article's main country); None when neither gives one or nobody held the office that day.
    """
    parts = parse(title_text, lang)
    offices = [p for p in parts if p.kind == "office"]
    if not offices:
        return None
    office, fixed = offices[0].value
    gaz = gazetteer()
    where = fixed
    for p in parts:
        if p.kind == "entry":
            e = p.value
            if e.kind == "country":
                where = where or e.code
            elif e.kind in ("igo",) and e.code:
                where = where or e.code
    where = where or country
    if not where:
        return None
    return gaz.leader(where, office, on or dt.date.today())


def title_code(title: str, lang: Optional[str], on: Optional[dt.date], home: Optional[str] = None) -> Optional[str]:
    """A person's code from their own office as written before their name: "Duta Besar Jepang untuk
    Indonesia" -> JPNGOV (the first country, not the nearest), "Kombes Pol" -> IDNCOP. An office with no
    country in it is the home country's when the pack lists it in ``home_offices`` ("Jaksa" in Indonesian
    news; ``home``, where given, comes first: an article's inferred home country where the pack has none fixed, or
    the foreign country a story in a fixed-home pack is about); otherwise no code:
    a role alone (JUD, MIL) is not an actor code."""
    parts = parse(title, lang)
    comp = compose(parts, lang, on)
    lex = lexicon(lang)
    bare_roles = set(lex.office_roles.values()) | {v.get("role", "") for v in lex.roles.values()}
    if comp is not None and comp[0] and comp[0] not in bare_roles:
        return comp[0]
    offices = [p for p in parts if p.kind == "office"]
    home = home or lex.home_country
    if offices and home and any(p.value[0] in lex.home_offices for p in offices) \
            and not any(p.kind == "entry" for p in parts):
        office = next(p.value[0] for p in offices if p.value[0] in lex.home_offices)
        return home + _office_role(lex, office)
    return None


def _type_of(e: Entry, form_kind: Optional[str]) -> str:
    if e.kind in _GPE_KINDS:
        return "NORP" if form_kind == "demonym" else "GPE"
    if e.kind == "place":
        return "LOC"
    return e.type or "ORG"


def _strip_lower(text: str) -> str:
    return text.strip()


def _left_context(record: Article, start: int) -> str:
    """The text left of a mention within its sentence (at most _LEFT_WINDOW characters)."""
    lo = max(0, start - _LEFT_WINDOW)
    s = record.sentence_at(start)
    if s is not None:
        lo = max(lo, s.start)
    return record.text[lo:start]


def _local_entry(entry, local: frozenset, lang: Optional[str], on: Optional[dt.date]) -> bool:
    """Session 30 (acronym30): whether a gazetteer entry is what one of the article's own acronyms (defined for
    another body: ``WorkState.local_acronyms``) would be looked up as."""
    eid = getattr(entry, "id", None)
    return any(getattr(resolve_mention(t, lang, on).entry, "id", None) == eid for t in local)


def _context_code(left: str, lang: Optional[str], on: Optional[dt.date], person: bool = True) -> Optional[tuple[str, Optional[Entry]]]:
    """The code of the role phrase that ends right where the mention begins, if the whole tail parses as one.

    Across a comma only a phrase naming a person (an office, a spokesperson) is an apposition ("the
    Pakistani foreign minister, X"); a body before a comma is a fronted phrase, not the mention's own
    ("in a US court, Riggs Bank pleaded")."""
    if not left or left[-1:] not in (" ", "\u00a0"):
        return None
    parts = parse(left, lang)
    apposed = bool(parts) and bool(left[parts[-1].end:].strip())
    if apposed and not person:
        return None
    best = None
    for k in range(len(parts) - 1, -1, -1):
        p = parts[k]
        if p.kind == "word" or (k + 1 < len(parts) and _punctuated(left, p, parts[k + 1])) \
                or (p.kind == "entry" and p.value.kind == "person"):
            break  # "In London, Foreign Minister X"; "President Putin, X": not X's own title
        tail = parts[k:]
        if not any(q.kind in ("office", "role", "transparent") for q in tail):
            continue
        comp = compose(tail, lang, on, home=False)
        if comp is not None and tail[0].kind in ("office", "role", "transparent", "entry") \
                and not (apposed and not any(q.kind in ("office", "transparent") for q in tail)):
            best = (comp[0], comp[2])
    if best is None and person:
        return _title_run_code(left, parts, lang, on)
    return best


def _punctuated(text: str, a: Part, b: Part) -> bool:
    """Punctuation other than brackets between two adjacent parts ("London, Foreign Minister")."""
    return bool(text[a.end:b.start].strip(" \u00a0()"))


def _title_run_code(left: str, parts: list[Part], lang: Optional[str], on: Optional[dt.date]) -> Optional[tuple[str, Optional[Entry]]]:
    """A person's long title with unit words inside ("Anggota Komisi II DPR RI Fraksi Golkar X", "Kepala
    Seksi Intelijen Kejari Jayawijaya, X", "Tory shadow health secretary X"): the run of capitalised words,
    role parts and portfolio words right before an office, ending right before the name (no punctuation
    inside but brackets), composed without its plain words. The run must hold an office or spokesperson word,
    end in a body, role or office and hold no person, so a list of names ("Menlu Rusia Sergei Lavrov, Wang
    Yi") gives nothing."""
    k = len(parts)
    while k > 0:
        p = parts[k - 1]
        if k < len(parts) and _punctuated(left, p, parts[k]):
            break  # punctuation inside: a fronted phrase or another clause, not the title
        if p.kind == "word" and not (p.text[:1].isupper() or p.text[:1].isdigit()
                                     or (k < len(parts) and parts[k].kind == "office")):
            break
        k -= 1
    run = parts[k:]
    if not run or run[-1].kind not in ("entry", "role", "office") \
            or not any(p.kind in ("office", "transparent") for p in run) \
            or any(p.kind == "entry" and p.value.kind == "person" for p in run):
        return None
    comp = compose([p for p in run if p.kind != "word"], lang, on, home=False)
    return (comp[0], comp[2]) if comp is not None else None


def _right_context(record: Article, end: int) -> str:
    """The text right of a mention within its sentence (at most _LEFT_WINDOW characters)."""
    hi = min(len(record.text), end + _LEFT_WINDOW)
    s = record.sentence_at(end - 1) if end else None
    if s is not None:
        hi = min(hi, s.end)
    return record.text[end:hi]


_APPOSITION = re.compile(r"\s*,\s*(.+?)(?=[,;:()\"“”]|\.\s|\.$|$)")


def _apposition_code(right: str, lang: Optional[str], on: Optional[dt.date]) -> Optional[tuple[str, Optional[Entry]]]:
    """A person's title or affiliation set off after the name: "X, the leader of the Public and Commercial
    Services union"; "X, pelapor khusus PBB untuk ..." (IGOUNO); "X, from Human Rights Watch"; "X, for the
    Tories". An office or spokesperson word composes with the body or country in the phrase (a bare role is
    no code); an affiliation word of the pack (``apposition_markers``) takes the organisation's code, never
    a place's ("X, 46, from Leeds")."""
    m = _APPOSITION.match(right)
    if not m:
        return None
    raw = parse(m.group(1), lang)
    parts = [p for p in raw if p.kind != "connector"]
    if not parts or any(p.kind == "entry" and p.value.kind == "person" for p in parts):
        return None
    lex = lexicon(lang)
    head = next((i for i, p in enumerate(parts) if p.kind in ("office", "transparent")), None)
    if head is not None and all(p.kind == "entry" for p in parts[:head]) and any(p.kind == "entry" for p in parts):
        # "X, the Russian ambassador", "X, pelapor khusus PBB untuk ..."
        comp = compose([p for p in parts if p.kind != "word"], lang, on, home=False)
        bare = set(lex.office_roles.values()) | {v.get("role", "") for v in lex.roles.values()}
        return (comp[0], comp[2]) if comp is not None and comp[0] and comp[0] not in bare else None
    if name_key(raw[0].text) in lex.apposition_markers:  # "X, from Human Rights Watch"; "X, of Plaid Cymru"
        body = next((p for p in raw[1:] if p.kind != "connector"), None)
        if body is not None and body.kind == "entry" and body.value.kind not in _GPE_KINDS | {"place"} and body.value.code:
            e = gazetteer().at(body.value, on)
            return e.code, e
    return None


_COORDINATED = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*)*(?=\s*,)")


def _firm_apposition_code(right: str, lang: Optional[str], on: Optional[dt.date]) -> Optional[str]:
    """Session 28 (actors-en28): an organisation described as a firm of a country in an apposition after its name:
    "Parmalat, the Italian food group, ..." -> ITABUS; "EADS and BAE Systems, the European defence and aerospace
    firms which own Airbus" -> EURBUS for both (a name coordinated before the described one shares the apposition).
    The apposition opens with an article (``articles``) and a country or people, then at most
    ``gap`` lower-case words (industries: "defence and aerospace") and a firm head: a firm role word ("firm",
    "carmaker", "lender") or one of ``heads`` right after an industry word ("food group": "group" is read as a firm
    only here), at the end of the apposition or before one of ``after_head`` ("which own Airbus"); all keys of the
    pack's [firm_apposition]."""
    data = langpacks.pack(lang).data("actors").get("firm_apposition") or {}
    if not data:
        return None
    co = _COORDINATED.match(right)
    if co:
        right = right[co.end():]
    m = _APPOSITION.match(right)
    if not m:
        return None
    parts = [p for p in parse(m.group(1), lang)]
    if len(parts) < 3 or name_key(parts[0].text) not in {name_key(w) for w in data.get("articles", [])}:
        return None
    first = parts[1]
    if first.kind != "entry":
        return None
    e = gazetteer().at(first.value, on)
    country = e.code if e.kind == "country" else (e.country if e.kind == "region" else None)
    if not country or len(country) != 3:
        return None
    heads = {name_key(w) for w in data.get("heads", [])}
    after = {name_key(w) for w in data.get("after_head", [])}
    for k in range(2, min(len(parts), 3 + int(data.get("gap", 0)))):
        p = parts[k]
        # a firm role word after any industry words; a word of ``heads`` only right after an industry word of the
        # pack's [transparent] ("the Italian food group"; "the Palestinian militant group" is no firm)
        firm = (p.kind == "role" and p.value.get("role") == "BUS") \
            or (p.kind == "word" and name_key(p.text) in heads and parts[k - 1].kind == "transparent")
        if firm:
            rest = parts[k + 1:]
            return country + "BUS" if not rest or name_key(rest[0].text) in after else None
        if not (p.kind in ("transparent", "connector") or (p.kind == "word" and p.text.islower())):
            return None
    return None


_CLUB_RIGHT = re.compile(r"\s*,\s*([^,;:()\"“”]+)")


def _club_office(record: Article, ent: Entity, lang: Optional[str], on: Optional[dt.date]) -> Optional[str]:
    """Session 29 (sportroles29): the office of a person that is a club's or a firm's, not a state's: a title word the
    pack lists in ``club_titles`` ("kapten", "presiden", "president") qualified by the name of an organisation
    (or another name) of the article that the gazetteer does not code as a state body ("Kapten Chelsea", "Presiden
    Tottenham", "X, president of Real Madrid"). Returns the organisation's firm code (``...BUS``) or "" (no code);
    None when the person's office is no such title."""
    lex = lexicon(lang)
    if not lex.club_titles or not _club_title_near(record, ent, lex):
        return None
    orgs = {}
    for o in record.entities:
        # a club the entities stage typed as a person is a name all the same ("Kapteni Chelsea", alias "Chelsea")
        if o.type not in ("ORG", "PER") or o is ent:
            continue
        for m in o.mentions:
            if m.kind in ("name", "alias", "acronym") and m.text[:1].isupper():
                orgs[m.text] = o.type
    if not orgs or any(resolve_mention(m.text, lang, on, "PER").entry is not None
                       for m in ent.mentions if m.kind in ("name", "alias")):
        return None  # a known person keeps the gazetteer's code ("Presiden PEA Mohammed bin Zayed" is AREGOV)
    phrases = [ent.title] if ent.title else []
    for m in [m for m in ent.mentions if m.kind == "name"][:3]:
        r = _CLUB_RIGHT.match(_right_context(record, m.start + len(m.text)))
        if r and r.group(1)[:1].islower():
            # an apposition writes the office in lower case ("X, kapten Persija Jakarta"); a capital opens another
            # clause or list item ("oleh Donald Trump, Presiden Prabowo tampil ...")
            phrases.append(r.group(1))
    for m in [m for m in ent.mentions if m.kind == "name"][:3]:
        # the English order: "Real Madrid president Florentino Perez", "Chelsea captain X"
        left = _left_context(record, m.start)
        for name in sorted(orgs, key=len, reverse=True):
            # (the substring test first: a name's pattern is compiled only where the name is written)
            b = name in left and re.search(r"(?<!\w)" + re.escape(name) + r"\s+([\w-]+(?:\s+[\w-]+)?)\s+$", left)
            if b and name_key(b.group(1)) in lex.club_titles:
                code = resolve_mention(name, lang, on, orgs[name]).code or ""
                return code if not code or code.endswith("BUS") else None
    for text in phrases:
        parts = parse(text, lang)
        head = next((i for i, p in enumerate(parts) if p.kind == "office"), None)
        if head is None or name_key(parts[head].text) not in lex.club_titles:
            continue
        rest = text[parts[head].end:]
        for name in sorted(orgs, key=len, reverse=True):
            if name not in rest or not re.match(r"\s*(?:[a-z]\w*\s+){0,2}" + re.escape(name) + r"(?!\w)", rest):
                continue
            code = resolve_mention(name, lang, on, orgs[name]).code or ""
            if code and not code.endswith("BUS"):
                # a state body, party or IGO ("Presiden PKS", "President of the European Commission"); a known person
                # is another clause's subject ("oleh Donald Trump, Presiden Prabowo tampil ...")
                return None
            return code
    return None


def _club_title_near(record: Article, ent: Entity, lex: ActorLexicon) -> bool:
    """A word of a ``club_titles`` entry in the person's title, in a lower-case apposition after a name, or in the two
    words before a name: the only places ``_club_office`` reads one, checked first because most people have none
    (the organisation scan and its patterns cost more than the rest of the actors stage)."""
    words = lex.club_title_words
    texts = [ent.title] if ent.title else []
    for m in [m for m in ent.mentions if m.kind == "name"][:3]:
        r = _CLUB_RIGHT.match(_right_context(record, m.start + len(m.text)))
        if r:
            texts.append(r.group(1))
        texts.append(" ".join(_left_context(record, m.start).split()[-2:]))
    return any(w in words for t in texts for w in name_key(t).split() + [name_key(x) for x in t.split()])


def _home_votes(results: list[tuple[Entity, Resolution]]) -> list[tuple[Entity, Optional[str]]]:
    """Each entity with the code it votes with for the article's home country (``article_home``): a firm's country says
    where the firm is from, not where the story is (session 28), so a firm votes with none ("Gazprom, the Russian gas
    giant" in a story on a US court, whose judge is the US's)."""
    return [(ent, None if res.form_kind == "firm" or _firm_code(ent, res.code) else res.code) for ent, res in results]


def _firm_code(ent: Entity, code: Optional[str]) -> bool:
    """An organisation coded as a firm (COUNTRY + BUS): its country is not a vote for the article's home."""
    return ent.type == "ORG" and is_firm_code(code)


@functools.cache
def _countryless_roles(lang: Optional[str]) -> frozenset[str]:
    """Role codes that are malformed without a country and take no home country (``countryless_roles`` in the
    pack's [home_inference]): a firm ("BUS") is its own country's, never the article's by default."""
    return frozenset(langpacks.pack(lang).data("actors").get("home_inference", {}).get("countryless_roles", ()))


@functools.cache
def _home_roles(lang: Optional[str]) -> frozenset[str]:
    """The state roles a bare role code may take the article's home country for (``home_roles`` in
    the pack's [home_inference]); "rebels" (REB) are not among them."""
    return frozenset(langpacks.pack(lang).data("actors").get("home_inference", {}).get("home_roles", ()))


@functools.cache
def _building_words(lang: Optional[str]) -> frozenset[str]:
    """The words that open a building's name in the entities pack (``venue_building_heads`` and the first words of
    ``office_venue_heads``): "Gedung Parlemen", "Kantor Kementerian Keuangan" the entities stage read as places."""
    data = langpacks.pack(lang).data("entities")
    return frozenset(name_key(w).split()[0] for w in [*data.get("venue_building_heads", ()),
                                                       *data.get("office_venue_heads", ())])


def _named_before(record: Article, ent: Entity, lang: Optional[str]) -> Optional[str]:
    """The words from a country or body named in the few words before a mention up to the mention
    ("French Justice Minister X", "Iraq's interior minister X"), or None: such a title is not the home
    country's, even where its parts stand apart."""
    for m in ent.mentions[:3]:
        parts = parse(_left_context(record, m.start), lang)[-5:]
        k = next((i for i in range(len(parts) - 1, -1, -1) if parts[i].kind == "entry"), None)
        if k is not None:
            return " ".join(p.text for p in parts[k:])
    return None


@functools.cache
def _local_words(lang: Optional[str]) -> tuple[str, ...]:
    return tuple(sorted((name_key(w) for w in langpacks.pack(lang).data("actors").get("local_words", [])), key=len, reverse=True))


def _after_local_word(record: Article, ent: Entity, lang: Optional[str]) -> bool:
    """Whether the entity's acronym is written right after a local-government word anywhere in the article
    ("Pemkab OKI", "Kejari OKI"), the pack's ``local_words``."""
    words = _local_words(lang)
    if not words:
        return False
    forms = {m.text.strip() for m in ent.mentions if m.text.strip().isupper()}
    for form in forms:
        if form not in record.text:
            continue  # no pattern to compile for a form the text does not hold (its mentions' text is the article's)
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", record.text):
            left = name_key(record.text[max(0, m.start() - 20):m.start()].rstrip())
            if any(left == w or left.endswith(" " + w) for w in words):
                return True
    return False


def _foreign_before(record: Article, ent: Entity, lang: Optional[str], home: str) -> bool:
    """A place of another country than ``home`` among the few words before a mention ("polisi Malaysia",
    "di Chicago, Garda Nasional"): the bare role is not the home country's. A body named before ("Sidang
    MPR di Gedung Parlemen") says nothing of the country."""
    gaz = gazetteer()
    for m in ent.mentions[:3]:
        for p in parse(_left_context(record, m.start), lang)[-5:]:
            if p.kind == "entry" and p.value.kind in _GPE_KINDS:
                e = gaz.at(p.value, record.published)
                if (e.code if e.kind == "country" else e.country or e.code or "")[:3] not in ("", home):
                    return True
    return False


def _story_country(record: Article, codes: list[tuple[Entity, Optional[str]]], lang: Optional[str]) -> Optional[str]:
    """In a language with a fixed home country, a foreign country the article is clearly about: named (as a
    place or a people) at least ``min_mentions`` times and ``dominance`` times as often as the home country
    ("Garda Nasional" in a story on Trump and New York is the US guard). None otherwise."""
    lex = lexicon(lang)
    inf = langpacks.pack(lang).data("actors").get("home_inference") or {}
    counts = country_counts(codes)
    foreign = [(c, n) for c, n in counts.most_common() if c != lex.home_country]
    if not foreign:
        return None
    top, n = foreign[0]
    second = foreign[1][1] if len(foreign) > 1 else 0
    return top if dominates(n, max(counts[lex.home_country], second), inf) else None


class ActorStage:
    """Give every entity its canonical name, actor code, Wikidata id and refined type; merge same-entry entities."""

    def __init__(self, merge: bool = True):
        self.gaz = gazetteer()
        self.merge = merge

    def __call__(self, record: Article) -> Article:
        lang = record.lang
        on = record.published
        results: list[tuple[Entity, Resolution]] = []
        for ent in record.entities:
            res = self._resolve_entity(record, ent, lang, on)
            results.append((ent, res))
        domestic = lexicon(lang).home_country or article_home(record, _home_votes(results), is_country=self._is_country)
        for ent, res in results:
            if ent.type == "GPE" and res.code is None:
                # a subnational place the gazetteer lacks ("California", "Livorno") is its country's (GOLD style);
                # the article's own country first where it has a place of that name ("Jawa" is not Jordan's)
                res.code = place_country(ent.name, lang, prefer=domestic)
        for ent, res in results:
            if res.entry is not None and res.entry.kind == "igo" and res.form_kind == "acronym" \
                    and _after_local_word(record, ent, lang):
                # "OKI" in a story on Ogan Komering Ilir ("Pemkab OKI", "Bupati OKI"): the place, not the OIC
                res.entry, res.code, res.type, res.form_kind = None, domestic, "GPE", None
        named = {res.code[:3] for _, res in results if res.code and res.form_kind not in ("surname", "firm")}
        for ent, res in results:
            if res.form_kind == "surname" and (res.code or "")[:3] not in named:
                # a surname alone names that leader only in a story that names the leader's country
                # (a "Thomas" in an Australian court story is not Grenada's prime minister)
                res.entry, res.code, res.form_kind = None, None, None
        home = article_home(record, _home_votes(results), is_country=self._is_country)
        if home:
            # a domestic title without a country ("Home Secretary Charles Clarke") is the article's home country's
            for ent, res in results:
                if ent.type == "PER" and ent.title and res.code is None and not getattr(res, "club", False):
                    before = _named_before(record, ent, lang)
                    # "French Justice Minister X": the country named before the title, never the home country
                    code = title_code(before, lang, on) if before else title_code(ent.title, lang, on, home=home)
                    if code is not None:
                        res.code, res.composed, res.type = code, True, "PER"
                elif res.code in _home_roles(lang) and not _named_before(record, ent, lang):
                    # a bare state role ("ministers" -> GOV, "police" -> COP) is malformed alone: the home country's
                    res.code = home + res.code
        elif lexicon(lang).home_country:
            # a pack with a fixed home country: a bare state role ("Gedung Parlemen" LEG, "Markas Besar
            # Kepolisian ..." COP) is that country's, or the foreign country the article is clearly about
            story = _story_country(record, [(ent, res.code) for ent, res in results], lang)
            fixed = story or lexicon(lang).home_country
            for ent, res in results:
                if res.code in _home_roles(lang) and not _foreign_before(record, ent, lang, fixed):
                    res.code = fixed + res.code
                elif story and ent.type == "PER" and ent.title and res.composed and not _named_before(record, ent, lang) \
                        and res.code == title_code(ent.title, lang, on):
                    # "Letnan Jenderal Abdul Ghani" in a story set in Iraq: an office the pack gives the home country
                    # only for want of one named (``home_offices``) is the story's country's; "Kapolri" stays Indonesian
                    res.code = title_code(ent.title, lang, on, home=story) or res.code
        for ent, res in results:
            if res.code in _countryless_roles(lang):
                # a firm noun with no country before the name ("Raksasa minyak Yukos"): a bare BUS codes no one
                res.code = None
            self._apply(ent, res, lang)
        # session 28 (actors-en28): entities coded as firms by the firm list or an apposition ("X, the Italian food group"),
        # which the events stage's home country leaves out (a firm's country is not where the story is)
        record.state.listed_firms = frozenset(ent.id for ent, res in results if res.form_kind == "firm")
        # session 30 (codes-en30): of those, the ones coded by the hand-written firm list (curated/firms.csv)
        record.state.list_only_firms = frozenset(ent.id for ent, res in results if res.form_kind == "firm" and res.listed)
        if self.merge:
            record.entities = _merge(results)
        return record

    def _is_country(self, code: str) -> bool:
        """A three-letter code the gazetteer knows as a country (not a role or IGO prefix), for article_home."""
        return self.gaz.country(code) is not None

    def _resolve_entity(self, record: Article, ent: Entity, lang: Optional[str], on: Optional[dt.date]) -> Resolution:
        names = [m for m in ent.mentions if m.kind in ("name", "alias", "acronym")] or ent.mentions
        if ent.type == "PER":
            club = _club_office(record, ent, lang, on)
            if club is not None:
                # session 29 (sportroles29): "Kapten Chelsea, Gary Cahill", "X, president of Real Madrid": a club's or
                # firm's office is no state role; the firm's code where it has one (BUS), else none
                res = Resolution(name=None)
                res.code, res.composed, res.type = (club or None), bool(club), "PER"
                res.name = self._canonical_name(ent, res, lang)
                res.club = True
                return res
        best: Optional[Resolution] = None
        texts = [(m.text, m.start) for m in names] or [(ent.name, None)]
        leader = record.state.leader_names.get(ent.id) if ent.type == "PER" else None
        if leader:  # session 32 (linkid32): "Prabowo" beside "Listyo Sigit Prabowo" is the office-holder
            texts = [(leader, None)] + texts
        distinct = list({t: None for t, _ in texts})
        local = record.state.local_acronyms  # session 30 (acronym30): defined by the text for another body
        resolved = [resolve_mention(text, lang, on, ent.type) for text in sorted(distinct, key=lambda t: -len(t))
                    if text not in local]
        # A country named by its name anywhere in the article is a GPE, even if a longer
        # demonym form ("Indonesian") also refers to it; a demonym-only entity stays NORP.
        exact = [r for r in resolved if r.entry is not None and not r.composed]
        exact.sort(key=lambda r: r.form_kind == "demonym")
        best = exact[0] if exact else next((r for r in resolved if r.code), None)
        if ent.type == "PER" and ent.title and (best is None or best.code is None or best.code.endswith("ELI")):
            # the office written before the name is today's: a known person out of the gazetteer's offices
            # that day ("Menteri Keuangan Sri Mulyani" after the gazetteer's horizon) takes it over "elite"
            code = title_code(ent.title, lang, on)
            if code is not None:
                best = best or Resolution(name=ent.name)
                best.code, best.composed, best.type = code, True, "PER"
        elite = best is not None and best.entry is not None and bool(best.code) and best.code.endswith("ELI")
        if (best is None or best.code is None or elite) and ent.type not in ("GPE", "LOC"):
            # a place after an office ("Kapolda Sumut") is the office's jurisdiction, not its holder
            for text, start in texts[:3]:
                if start is None:
                    continue
                ctx = _context_code(_left_context(record, start), lang, on, person=ent.type == "PER")
                if ctx is None and not elite and ent.type == "PER":
                    ctx = _apposition_code(_right_context(record, start + len(text)), lang, on)
                if ctx is not None and local and ctx[1] is not None and _local_entry(ctx[1], local, lang, on):
                    ctx = None  # session 30 (acronym30): "Rob McIvor, FSA spokesman" is not the gazetteer's FSA's
                if elite:  # a known person out of office by the gazetteer: the office before the name is today's
                    if ctx is not None and len(ctx[0]) > 3:
                        best.code = ctx[0]
                    break
                if ctx is not None:
                    code, body = ctx
                    base = best or Resolution(name=text.strip())
                    base.code = code
                    base.composed = True
                    base.type = base.type or ent.type
                    best = base
                    break
        # Session 31 (codesen31): a bare firm role read before the name ("car giant General Motors", "troubled Russian
        # crude producer Yukos": BUS, no country) is no code (``countryless_roles``, dropped below): it must not keep the
        # firm's apposition or list from coding it (it left "General Motors" and "Yukos" to the article's home country)
        bare = best is not None and best.code in _countryless_roles(lang)
        if ent.type == "ORG" and (best is None or best.code is None or bare):
            for text, start in texts[:3]:
                code = _firm_apposition_code(_right_context(record, start + len(text)), lang, on) \
                    if start is not None else None
                if code is not None:
                    best = best or Resolution(name=text.strip())
                    best.code, best.composed, best.type, best.form_kind = code, True, "ORG", "firm"
                    break
        bare = best is not None and best.code in _countryless_roles(lang)
        if ent.type == "ORG" and (best is None or best.code is None or bare) and distinct:
            # Session 28 (actors-en28): a listed multinational ("Boeing", "Deutsche Bank", "Barclays"; Phoenix, MIT) is its
            # own country's firm; not where another name of the entity is the listed name and more words ("Borders
            # Council", whose "Borders" is a listed firm), nor over the article's own description ("China's Lenovo",
            # "Parmalat, the Italian food group")
            keys = {name_key(t) for t in distinct}
            for text in sorted(distinct, key=len, reverse=True):
                firm = self.gaz.firm(text)
                if firm is None:
                    continue
                key = name_key(text)
                if not any(k.startswith(key + " ") for k in keys):
                    best = best or Resolution(name=text.strip())
                    best.code, best.composed, best.type, best.form_kind = firm, True, "ORG", "firm"
                    best.listed = self.gaz.firm_is_curated(text)
                break
        if best is None:
            best = Resolution(name=None)
        best.name = self._canonical_name(ent, best, lang)
        if ent.type == "PER" and best.name and " " not in best.name and ent.name.endswith(" " + best.name) \
                and ent.name in getattr(record.state, "peer_names", ()):
            # the entities stage named a peer known only by title and one name "Lord Falconer"
            # (entities.peer_name): "Falconer" alone names no one
            best.name = ent.name
        return best

    def _canonical_name(self, ent: Entity, res: Resolution, lang: Optional[str]) -> str:
        surfaces = [m.text.strip() for m in ent.mentions if m.kind in ("name", "alias", "acronym")] or [ent.name]
        e = res.entry
        if e is not None and not res.composed:
            if e.kind == "person":
                stripped = [_person_name(s, lang) for s in surfaces]
                stripped = [s for s in stripped if s]
                gold = name_key(e.name)
                for s in stripped:
                    if name_key(s) == gold:
                        return s
                if stripped:
                    return max(stripped, key=lambda s: (len(s.split()), len(s)))
                return e.name
            # a people's adjective ("British", "American") also refers to the country, but never names it
            adjective = {s for s in surfaces if resolve_mention(s, lang, None).form_kind == "demonym"}
            if e.kind not in _GPE_KINDS and adjective and adjective >= set(surfaces):
                # only a party's adjective ("Tory leader", "Lib Dem MPs"): the party by the form the text writes
                # (gold's rule: the canonical name is a form of the text), the commonest, then the longest
                counts = Counter(surfaces)
                return max(counts, key=lambda s: (counts[s], len(s)))
            named = [s for s in surfaces if s not in adjective] if len(set(surfaces)) > 1 else surfaces
            # a lower-case article in front is the sentence's, not the name's: "the UN" is named "UN"
            surfaces = [s[4:] if s.startswith("the ") and len(s) > 4 else s for s in (named or surfaces)]
            own = e.names.get(lang or "", "")
            for s in surfaces:
                if own and name_key(s) == name_key(own):
                    return s
            counts = Counter(surfaces)
            return max(counts, key=lambda s: (counts[s], len(s)))
        if res.type == "PER" or ent.type == "PER":
            stripped = [n for n in (_person_name(s, lang) for s in surfaces) if n]
            if stripped:
                return max(stripped, key=lambda s: (len(s.split()), len(s)))
        if not surfaces:
            return ent.name
        longest = max(surfaces, key=len)
        if ent.name in surfaces and _one_letter_more(ent.name, longest):
            return ent.name  # "Bank Sentral Swiss" ... "Bank Sentral Swisss": the longest is a slip of the pen
        return longest

    def _apply(self, ent: Entity, res: Resolution, lang: Optional[str]) -> None:
        if ent.type == "LOC" and res.composed and (res.type == "PER" or (
                res.type == "ORG" and name_key(ent.name).partition(" ")[0] in _building_words(lang))):
            # session 29 (names-id29): a building named after an office, as the entities stage read it ("di Kantor
            # Gubernur Jawa Tengah"): the office's words compose a person ("Kantor"), but the name is the building's;
            # session 32 (entid32): so too a body's role word in a name a building word opens ("di Gedung Parlemen,
            # Jakarta", "di Kantor Kementerian Keuangan, Jakarta"); "Rutan Polres Polman" stays the body it composes
            ent.actor = None
            return
        ent.name = res.name or ent.name
        if ent.type == "MISC" and (res.entry is None or res.composed):
            # a law, document or named event: a body's word inside ("Parliament Act", "Police Bill") makes no actor
            ent.actor = None
            return
        if ent.type == "LOC" and res.entry is not None and res.entry.kind == "metonym":
            # the building itself, as the entities stage read it ("di Istana Negara, Jakarta"), not the government
            ent.actor = None
            return
        ent.actor = res.code
        if res.entry is not None and not res.composed:
            ent.wikidata = res.entry.wikidata
            if res.entry.kind == "media":
                ent.actor = None
        if res.type and not (ent.type == "PER" and res.type != "PER"):
            ent.type = res.type


def _person_name(text: str, lang: Optional[str]) -> Optional[str]:
    parts = parse(text, lang)
    return _name_words(text, parts)


def _merge(results: list[tuple[Entity, Resolution]]) -> list[Entity]:
    """Entities resolving to one gazetteer entry become one (first mention's id), every mention kept."""
    keep: list[Entity] = []
    by_key: dict[tuple, Entity] = {}
    for ent, res in sorted(results, key=lambda r: min((m.start for m in r[0].mentions), default=0)):
        key = res.key
        if key is None:
            key = ("composed", res.code, name_key(ent.name)) if res.code else None
        if key is not None and key in by_key:
            head = by_key[key]
            seen = {(m.start, m.end) for m in head.mentions}
            for m in ent.mentions:
                if (m.start, m.end) in seen:
                    continue
                kind = m.kind
                if kind == "name" and name_key(m.text) != name_key(head.name):
                    kind = "acronym" if m.text.isupper() and len(m.text) <= 6 else "alias"
                head.mentions.append(m.model_copy(update={"kind": kind}))
            head.mentions.sort(key=lambda m: m.start)
            continue
        if key is not None:
            by_key[key] = ent
        keep.append(ent)
    order = {id(e): i for i, (e, _) in enumerate(results)}
    keep.sort(key=lambda e: order[id(e)])
    return keep


stage("actors", requires=("entities",), assigns=("entities",), topic="actors")(ActorStage)


def _one_letter_more(name: str, other: str) -> bool:
    """``other`` is ``name`` with one letter more in one of its words ("Bank Sentral Swiss" / "Bank Sentral
    Swisss"), the entities stage's second spelling of one name (both use text.names.one_letter_more)."""
    a, b = name.split(), other.split()
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(a) != len(b) or len(diff) != 1:
        return False
    return one_letter_more(*diff[0])
