"""Units and clauses: a sentence's tokens with each entity mention collapsed into one unit, and a found event before coding."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from kabar.record import ActorRef, Article, Entity, Quote
from kabar.stages.events.lexicon import TriggerDef
from kabar.text import marks

ARGUMENT_TYPES = {"PER", "ORG", "GPE", "NORP", "LOC"}
PUNCT = set(",.;:!?()[]—–-" + marks.ALL)
_PUNCT_CHARS = "".join(sorted(PUNCT))


@dataclass(slots=True)  # session 29 (speed): ~30 per sentence; slots make each cheaper to build and read
class Unit:
    kind: str  # "word" | "ent" | "punct"
    text: str
    low: str
    start: int
    end: int
    ent: Optional[Entity] = None
    inner: Optional[Entity] = None  # a mention inside the token ("katanya", "dukungannya")
    role: Optional[str] = None  # role code of a generic actor noun ("polisi" -> COP)


@dataclass
class Clause:
    start: int  # unit indices [start, end)
    end: int
    opener: Optional[str]
    index: int = 0
    subject: Optional[list[Unit]] = None
    purpose: bool = False
    fronted: bool = False  # a sentence-initial subordinate clause whose subject is the main clause's
    existential: bool = False  # a relative clause whose head an existential clause introduced ("Ada ... yang ditahan")


@dataclass
class Raw:
    """An event found in a sentence, before article-level passes."""

    tdef: TriggerDef
    event: str
    voice: str
    trig: tuple[int, int]
    clause: Clause
    sent_index: int
    actor: list[Unit] = field(default_factory=list)
    recipient: list[Unit] = field(default_factory=list)
    actor_refs: list[ActorRef] = field(default_factory=list)
    recipient_refs: list[ActorRef] = field(default_factory=list)
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    instrument: Optional[str] = None
    evidence: tuple[int, int] = (0, 0)
    trig_span: tuple[int, int] = (0, 0)
    modality: str = "asserted"
    confidence: float = 0.75
    recipient_from: str = "clause"
    location: list[Unit] = field(default_factory=list)
    suppressed: bool = False
    quote: Optional[Quote] = None
    actor_unknown: Optional[str] = None
    recode_done: bool = False  # the event took its complement's category (``complement_recode``)
    mutual: bool = False  # coordinated actors acting on "each other": one event per actor, the others its recipient


def is_country_code(code: str) -> bool:
    """A bare three-letter country code ("USA", "IDN"), not a role-coded party ("USAGOV") nor a lower-case name."""
    return len(code) == 3 and code.isalpha() and code.isupper()


def argument_mentions(record: Article) -> list[tuple[int, int, Entity]]:
    spans = []
    for e in record.entities:
        if e.type not in ARGUMENT_TYPES:
            continue
        for m in e.mentions:
            if m.end > m.start:
                spans.append((m.start, m.end, e))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    chosen: list[tuple[int, int, Entity]] = []
    last_end = -1
    for s in spans:
        if s[0] >= last_end:
            chosen.append(s)
            last_end = s[1]
    return chosen


def sentence_units(toks: list[tuple[int, str]], inside: list[tuple[int, int, Entity]]) -> list[Unit]:
    """Tokens of one sentence, with each entity mention collapsed into one unit; ``toks`` are the sentence's
    non-space tokens as (start, text) rows, ``inside`` its mentions.

    ``inside`` is in text order and disjoint (``argument_mentions``' choice), so one pointer walks it
    beside the tokens: no scan of every mention at every token.
    """
    units: list[Unit] = []
    n_toks, n_in = len(toks), len(inside)
    p = 0
    i = 0
    while i < n_toks:
        idx, text = toks[i]
        while p < n_in and inside[p][1] <= idx:  # mentions ending before this token cover no later token
            p += 1
        m = inside[p] if p < n_in else None
        if m is not None and m[0] <= idx:
            j = i
            while j + 1 < n_toks and toks[j + 1][0] < m[1]:
                j += 1
            units.append(Unit("ent", m[2].name, "\x00ent", m[0], m[1], ent=m[2]))
            i = j + 1
            continue
        t_end = idx + len(text)
        kind = "word" if text.strip(_PUNCT_CHARS) else "punct"  # every character a punctuation mark (or none)
        u = Unit(kind, text, text.lower(), idx, t_end)
        if m is not None and idx < m[0] and m[1] <= t_end:  # a mention inside the token: "katanya", "dukungannya"
            u.inner = m[2]
        units.append(u)
        i += 1
    return _fold_glosses(units)


def _fold_glosses(units: list[Unit]) -> list[Unit]:
    """A name glossed in brackets right after it ("Otoritas Jasa Keuangan (OJK)", "Kementerian Keuangan (Kemenkeu)")
    is one unit: the bracket holds a mention of the same entity or an acronym, never a clause boundary, so
    "OJK (...) dan Kemenkeu (...) sepakat" keeps both subjects."""
    k = 0
    out: list[Unit] = []
    n = len(units)
    while k < n:
        u = units[k]
        out.append(u)
        if (u.kind == "ent" and k + 3 < n and units[k + 1].text == "(" and units[k + 3].text == ")"
                and _glosses(u, units[k + 2])):
            k += 4
            continue
        k += 1
    return out


def _glosses(name: Unit, inner: Unit) -> bool:
    """The bracket after a name restates it: the same entity, a one-word name of the same type the entities stage
    kept apart, or a capitalised word ("OJK", "Kemenkeu")."""
    text = inner.text
    if inner.kind == "ent":
        return inner.ent is name.ent or (inner.ent is not None and name.ent is not None and " " not in text.strip()
                                         and inner.ent.type == name.ent.type)
    return inner.kind == "word" and 2 <= len(text) <= 12 and text[:1].isupper() and text.replace("-", "").isalpha()


def past_words(units: list[Unit], k: int, end: int, skip: frozenset[str]) -> int:
    """The first position from ``k`` (``end`` at most) that is not a word of ``skip``: past the determiners before a
    noun ("the government", "a Brussels police major")."""
    while k < end and units[k].kind == "word" and units[k].low in skip:
        k += 1
    return k


def back_past_words(units: list[Unit], k: int, lo: int, skip: frozenset[str]) -> int:
    """The first position from ``k`` going left (``lo - 1`` at the least) that is not a word of ``skip``: back past the
    determiners before a noun ("in the attacks", "dalam para ...")."""
    while k >= lo and units[k].kind == "word" and units[k].low in skip:
        k -= 1
    return k


def position_of(units: list[Unit], u: Unit) -> int:
    for k, x in enumerate(units):
        if x is u:
            return k
    return -1


def position_of_offset(units: list[Unit], offset: int) -> Optional[int]:
    """The unit covering a character offset (an entity mention covers all its tokens), or None."""
    for k, x in enumerate(units):
        if x.start <= offset < x.end:
            return k
    return None
