"""In-document coreference: pronouns, "-nya" cue forms and definite descriptions to entities.

Rule-based and explainable. Each anaphor (a pronoun such as "dia"/"he", the "-nya" of
"katanya", or a description such as "negara itu"/"the spokesman") gets the entity
with the best salience among compatible ones in the last few sentences:

* compatibility: the form's type weights (PER for "dia", NORP/ORG/GPE for "mereka"),
  from ``lang/<code>/coref.toml``; a mismatching gender title rules a person out;
* recency: sentences back from the anaphor;
* grammatical role: the first compatible mention of a sentence (its subject, roughly)
  and a name right after a speech cue ("kata Kirby") are more salient;
* for descriptions, a role match ("presiden" for a person introduced as "Presiden ...")
  and a country modifier matching the entity's actor code ("presiden Rusia tersebut").

A mention inside quotation marks is a weak antecedent for an anaphor outside them,
and never the speaker of a "katanya". Surnames and acronyms are linked by the
entities stage already. Resolved anaphors are added as Mentions (kind "pronoun" or
"description"); :func:`mention_at` finds the entity behind any span.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import Optional

from kabar import lang as langpacks
from kabar.record import Article, Entity, Mention
from kabar.stages import stage
from kabar.stages.entities import fold
from kabar.stages.segment import doc_of

QUOTE_OPEN = {"\u201c", "\u00ab", "\u2018", "\u201e", "\u2039"}
QUOTE_CLOSE = {"\u201d", "\u00bb", "\u2019", "\u203a"}
QUOTE_BOTH = {'"'}


@dataclass
class Anaphor:
    start: int  # character offsets
    end: int
    text: str
    kind: str  # "pronoun" | "description"
    types: dict
    token: int  # token index where it starts
    role: Optional[str] = None
    gender: Optional[str] = None
    modifier: Optional[tuple[int, int]] = None  # char span of a name inside the description
    speaker_cue: bool = False  # a "-nya" cue form: the speaker, never someone inside the quote


class CorefData:
    """The language's coref lexicons, compiled once."""

    def __init__(self, lang: Optional[str]):
        data = langpacks.pack(lang).data("coref")
        self.pronouns: dict[str, dict] = {}
        for group in data.get("pronouns", []):
            for form in group.get("forms", []):
                self.pronouns[fold(form)] = {"types": dict(group.get("types", {})), "gender": group.get("gender")}
        clit = data.get("clitics", {})
        self.suffix = clit.get("suffix", "") or ""
        self.clitic_words = {fold(w) for w in clit.get("words", [])} if self.suffix else set()
        self.clitic_types = dict(clit.get("types", {}))
        desc = data.get("descriptions", {})
        self.det_before = {fold(w) for w in desc.get("determiners_before", [])}
        self.det_after = {fold(w) for w in desc.get("determiners_after", [])}
        self.max_mod = int(desc.get("max_modifiers", 2))
        self.blockers = {fold(w) for w in desc.get("blockers", [])}
        self.heads: dict[tuple[str, ...], dict] = {}
        for head, spec in desc.get("heads", {}).items():
            self.heads[tuple(fold(head).split())] = dict(spec)
        self.head_len = max((len(h) for h in self.heads), default=1)
        self.speech_cues = {fold(w) for w in data.get("salience", {}).get("speech_cues", [])}
        self.gender_titles = {fold(k): v for k, v in data.get("gender_titles", {}).items()}
        self.window_pronoun = int(data.get("settings", {}).get("pronoun_window", 3))
        self.window_description = int(data.get("settings", {}).get("description_window", 6))
        self.min_score = float(data.get("settings", {}).get("min_score", 2.0))


@functools.lru_cache(maxsize=16)
def coref_data(lang: Optional[str]) -> CorefData:
    return CorefData(lang)


# ---------------------------------------------------------------- finding anaphors
def _quoted(doc) -> bytearray:
    """1 for tokens inside quotation marks (paired within a paragraph; an unpaired mark quotes nothing)."""
    inside = bytearray(len(doc))
    open_at = None
    for i, tok in enumerate(doc):
        t = tok.text
        if "\n" in t or (open_at is not None and "\n\n" in doc[i - 1].whitespace_):
            open_at = None
        if t in QUOTE_OPEN or (t in QUOTE_BOTH and open_at is None):
            open_at = i
        elif (t in QUOTE_CLOSE or t in QUOTE_BOTH) and open_at is not None:
            for k in range(open_at, i + 1):
                inside[k] = 1
            open_at = None
    return inside


def find_anaphors(doc, cd: CorefData, covered: bytearray) -> list[Anaphor]:
    out: list[Anaphor] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        f = fold(tok.text)
        if covered[i]:
            i += 1
            continue
        if f in cd.pronouns:
            p = cd.pronouns[f]
            out.append(Anaphor(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun", p["types"], i, gender=p["gender"]))
            i += 1
            continue
        if f in cd.clitic_words and f.endswith(cd.suffix):
            s = tok.idx + len(tok.text) - len(cd.suffix)
            out.append(Anaphor(s, tok.idx + len(tok.text), tok.text[-len(cd.suffix):], "pronoun", cd.clitic_types, i, speaker_cue=True))
            i += 1
            continue
        desc = _description_at(doc, i, cd, covered)
        if desc is not None:
            out.append(desc)
            i = max(i + 1, desc_end_token(doc, desc))
            continue
        i += 1
    return out


def desc_end_token(doc, a: Anaphor) -> int:
    for k in range(a.token, len(doc)):
        if doc[k].idx >= a.end:
            return k
    return len(doc)


def _head_at(doc, i: int, cd: CorefData) -> Optional[tuple[int, dict]]:
    for size in range(min(cd.head_len, len(doc) - i), 0, -1):
        key = tuple(fold(doc[i + k].text) for k in range(size))
        if key in cd.heads:
            return size, cd.heads[key]
    return None


def _description_at(doc, i: int, cd: CorefData, covered: bytearray) -> Optional[Anaphor]:
    n = len(doc)
    if cd.det_before:
        # "the" + modifiers + head, not followed by a name or "of"
        if fold(doc[i].text) not in cd.det_before:
            return None
        j = i + 1
        for _ in range(cd.max_mod + 1):
            if j >= n or covered[j]:
                return None
            hit = _head_at(doc, j, cd)
            if hit is not None:
                size, spec = hit
                end = j + size
                if end < n and (doc[end].text[:1].isupper() or fold(doc[end].text) in cd.blockers and fold(doc[end].text) == "of"):
                    return None
                if end < n and covered[end]:
                    return None
                return _make(doc, i, end, spec, None)
            t = doc[j]
            if not t.is_alpha or not t.text.islower() or fold(t.text) in cd.blockers:
                return None
            j += 1
        return None
    if cd.det_after:
        hit = _head_at(doc, i, cd)
        if hit is None:
            return None
        size, spec = hit
        # not a title before a name: "Presiden Joko Widodo"
        j = i + size
        modifier = None
        for _ in range(cd.max_mod + 1):
            if j >= n:
                return None
            f = fold(doc[j].text)
            if f in cd.det_after:
                return _make(doc, i, j + 1, spec, modifier)
            if covered[j]:
                # one name may modify the head ("presiden Rusia tersebut"); it must end right before the determiner
                k = j
                while k < n and covered[k] == covered[j] and covered[k]:
                    k += 1
                if modifier is not None or k >= n or fold(doc[k].text) not in cd.det_after:
                    return None
                modifier = (doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text))
                j = k
                continue
            t = doc[j]
            if not t.is_alpha or not t.text.islower() or f in cd.blockers:
                return None
            j += 1
    return None


def _make(doc, s: int, e: int, spec: dict, modifier) -> Anaphor:
    span = doc[s:e]
    return Anaphor(
        span.start_char, span.end_char, span.text, "description", dict(spec.get("types", {})), s,
        role=spec.get("role"), gender=spec.get("gender"), modifier=modifier,
    )


# ---------------------------------------------------------------- resolution
@dataclass
class _Cand:
    entity: Entity
    start: int
    end: int
    sent: int
    subject: bool
    after_cue: bool
    quoted: bool


def _entity_gender(entity: Entity, titles: dict, cd: CorefData) -> Optional[str]:
    for m in entity.mentions:
        t = titles.get((m.start, m.end))
        if t:
            g = cd.gender_titles.get(fold(t)) or cd.gender_titles.get(fold(t).split()[-1])
            if g:
                return g
    return None


def _entity_roles(entity: Entity, titles: dict) -> set[str]:
    roles = set()
    for m in entity.mentions:
        t = titles.get((m.start, m.end))
        if t:
            roles.add(fold(t))
    return roles


class Resolver:
    def __init__(self, record: Article, cd: CorefData):
        self.record = record
        self.cd = cd
        self.doc = doc_of(record)
        self.sent_starts = [s.start for s in record.sentences] or [0]
        self.titles = record.cache.get("entity_titles", {})
        self.quoted = _quoted(self.doc)
        self.tok_starts = [t.idx for t in self.doc]
        self.cands: list[_Cand] = []
        self._subject_seen: dict[tuple[int, str], bool] = {}
        for e in record.entities:
            for m in e.mentions:
                self._add(e, m.start, m.end)
        self.cands.sort(key=lambda c: c.start)
        self._mark_subjects()
        self.genders = {e.id: _entity_gender(e, self.titles, cd) for e in record.entities}
        self.roles = {e.id: _entity_roles(e, self.titles) for e in record.entities}
        self.by_char = {}
        for e in record.entities:
            for m in e.mentions:
                self.by_char[(m.start, m.end)] = e

    def sent_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def tok_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.tok_starts, char) - 1)

    def _add(self, e: Entity, start: int, end: int) -> _Cand:
        ti = self.tok_of(start)
        prev = [fold(self.doc[k].text) for k in range(max(0, ti - 2), ti)]
        c = _Cand(e, start, end, self.sent_of(start), False, any(p in self.cd.speech_cues for p in prev), bool(self.quoted[ti]) if len(self.quoted) else False)
        self.cands.append(c)
        return c

    def _mark_subjects(self) -> None:
        seen: set[tuple[int, str]] = set()
        for c in self.cands:
            if c.quoted:
                continue
            key = (c.sent, c.entity.type)
            if key not in seen:
                seen.add(key)
                c.subject = True

    def resolve(self, a: Anaphor) -> Optional[Entity]:
        si = self.sent_of(a.start)
        window = self.cd.window_description if a.kind == "description" else self.cd.window_pronoun
        a_quoted = bool(self.quoted[a.token]) if a.kind != "pronoun" or not a.speaker_cue else False
        modifier_entity = self.by_char.get(a.modifier) if a.modifier else None
        best: dict[str, tuple[float, Entity]] = {}
        counts: dict[str, int] = {}
        for c in self.cands:
            if c.end > a.start:
                break
            counts[c.entity.id] = counts.get(c.entity.id, 0) + 1
            dist = si - c.sent
            if dist > window:
                continue
            w = a.types.get(c.entity.type, 0.0)
            if w <= 0 or c.entity is modifier_entity:
                continue
            if a.gender and self.genders.get(c.entity.id) not in (None, a.gender):
                continue
            if c.quoted and not a_quoted:
                if a.speaker_cue and dist == 0:
                    continue
                w -= 1.5
            score = w + max(0.0, 3.0 - dist)
            if c.subject:
                score += 1.5
            if c.after_cue:
                score += 1.5
            if a.role:
                roles = self.roles.get(c.entity.id, set())
                if any(a.role in r.split() or a.role == r for r in roles):
                    score += 3.0
            if modifier_entity is not None and modifier_entity.actor and c.entity.actor:
                if c.entity.actor[:3] == modifier_entity.actor[:3]:
                    score += 2.0
            score += 0.3 * min(counts[c.entity.id], 5)
            prev = best.get(c.entity.id)
            if prev is None or score > prev[0]:
                best[c.entity.id] = (score, c.entity)
        if not best:
            return None
        score, entity = max(best.values(), key=lambda x: x[0])
        if score < self.cd.min_score:
            return None
        return entity

    def add(self, entity: Entity, a: Anaphor) -> None:
        """A resolved anaphor is itself an antecedent for later ones ("dia ... dia")."""
        c = self._add(entity, a.start, a.end)
        c.subject = False
        self.cands.sort(key=lambda x: x.start)


def resolve_record(record: Article, cd: CorefData) -> Article:
    if not record.entities:
        return record
    doc = doc_of(record)
    covered = bytearray(len(doc))
    starts = [t.idx for t in doc]
    for e in record.entities:
        for m in e.mentions:
            k = max(0, bisect.bisect_right(starts, m.start) - 1)
            while k < len(doc) and doc[k].idx < m.end:
                covered[k] = 1
                k += 1
    anaphors = find_anaphors(doc, cd, covered)
    if not anaphors:
        return record
    resolver = Resolver(record, cd)
    for a in anaphors:
        entity = resolver.resolve(a)
        if entity is None:
            continue
        entity.mentions.append(Mention(start=a.start, end=a.end, text=record.text[a.start:a.end], kind=a.kind))
        resolver.add(entity, a)
    for e in record.entities:
        e.mentions.sort(key=lambda m: (m.start, -m.end))
    record.cache.pop("mention_index", None)
    return record


def mention_at(record: Article, start: int, end: int) -> Optional[tuple[Entity, Mention]]:
    """The entity mention at a character span: an exact match, else the smallest mention
    containing the span, else the one overlapping it most. None when nothing overlaps."""
    best = None
    best_key = None
    for e in record.entities:
        for m in e.mentions:
            if m.end <= start or m.start >= end:
                continue
            if m.start == start and m.end == end:
                return e, m
            contains = m.start <= start and end <= m.end
            overlap = min(end, m.end) - max(start, m.start)
            key = (1 if contains else 0, -(m.end - m.start) if contains else overlap)
            if best_key is None or key > best_key:
                best, best_key = (e, m), key
    return best


@stage("coref", requires=("entities",), assigns=("entities",), topic="coref")
class CorefResolver:
    def __init__(self, **_config):
        pass

    def __call__(self, record: Article) -> Article:
        return resolve_record(record, coref_data(record.lang))
