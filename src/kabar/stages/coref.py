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
"description"); :meth:`kabar.record.Article.mention_at` finds the entity behind any span.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import Optional

from kabar import lang as langpacks
from kabar.record import Article, Entity, Mention
from kabar.stages import stage
from kabar.text import marks
from kabar.text.datelines import DATELINE
from kabar.text.tokens import Toks, fold_token, toks_of

QUOTE_OPEN = set(marks.OPENING)
QUOTE_CLOSE = set(marks.CLOSING)
QUOTE_BOTH = {'"'}  # the straight apostrophe is too often an apostrophe


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
    token_end: int = 0  # token after the anaphor (descriptions)
    min_score: Optional[float] = None  # the form's own threshold, when the lexicon sets one
    offices: tuple = ()  # gazetteer office keys a description names ("the foreign secretary": foreign_secretary)
    holder_only: bool = False  # a dated text: only the office's holder named in it, else left to the quote stage
    own_name: bool = False  # only a body whose name ends in the head ("the federation": "Police Federation")
    name_word: bool = False  # only a body whose name has the head as a word ("the bank": "Bank of America")


class CorefData:
    """The language's coref lexicons, compiled once."""

    def __init__(self, lang: Optional[str]):
        data = langpacks.pack(lang).data("coref")
        self.pronouns: dict[str, dict] = {}
        for group in data.get("pronouns", []):
            for form in group.get("forms", []):
                self.pronouns[fold_token(form)] = {"types": dict(group.get("types", {})), "gender": group.get("gender"),
                                             "min_score": group.get("min_score")}
        clit = data.get("clitics", {})
        self.suffix = clit.get("suffix", "") or ""
        self.clitic_words = {fold_token(w) for w in clit.get("words", [])} if self.suffix else set()
        self.clitic_types = dict(clit.get("types", {}))
        desc = data.get("descriptions", {})
        self.det_before = {fold_token(w) for w in desc.get("determiners_before", [])}
        self.det_after = {fold_token(w) for w in desc.get("determiners_after", [])}
        self.max_mod = int(desc.get("max_modifiers", 2))
        self.blockers = {fold_token(w) for w in desc.get("blockers", [])}
        # "the shadow chancellor", "the former home secretary": not the office's holder, only a person titled so
        self.office_modifiers = {fold_token(w) for w in desc.get("office_modifiers", [])}
        # "the prime minister" is no one coded as the opposition (GBROPP): an office of government is not theirs
        self.office_excluded_roles = frozenset(desc.get("office_excluded_roles", []))
        self.heads: dict[tuple[str, ...], dict] = {}
        for head, spec in desc.get("heads", {}).items():
            self.heads[tuple(fold_token(head).split())] = dict(spec)
        self.office_roles = {spec["role"] for spec in self.heads.values() if spec.get("role")}
        self.head_len = max((len(h) for h in self.heads), default=1)
        self.head_first = {h[0] for h in self.heads}
        self.speech_cues = {fold_token(w) for w in data.get("salience", {}).get("speech_cues", [])}
        self.gender_titles = {fold_token(k): v for k, v in data.get("gender_titles", {}).items()}
        self.window_pronoun = int(data.get("settings", {}).get("pronoun_window", 3))
        self.window_description = int(data.get("settings", {}).get("description_window", 6))
        self.min_score = float(data.get("settings", {}).get("min_score", 2.0))
        # Session 29 (recip-en29): an object pronoun is not its own clause's subject ("Mr Clarke accused him")
        bind = data.get("binding", {})
        self.object_forms = {fold_token(w) for w in bind.get("object_forms", [])}
        self.possessive_forms = {fold_token(w) for w in bind.get("possessive_forms", [])}
        self.object_next = {fold_token(w) for w in bind.get("object_next", [])}
        self.clause_breaks = {fold_token(w) for w in bind.get("clause_breaks", [])}
        self.max_gap = int(bind.get("max_gap", 3))
        self.possessive_subjects = {fold_token(w) for w in bind.get("possessors", [])}


@functools.lru_cache(maxsize=16)
def coref_data(lang: Optional[str]) -> CorefData:
    return CorefData(lang)


# ---------------------------------------------------------------- finding anaphors
def _quoted(T: Toks) -> bytearray:
    """1 for tokens inside quotation marks (paired within a paragraph; an unpaired mark quotes nothing)."""
    inside = bytearray(T.n)
    open_at = None
    for i, t in enumerate(T.words):
        if "\n" in t or (open_at is not None and "\n" in T.ws[i - 1]):
            open_at = None
        if t in QUOTE_OPEN or (t in QUOTE_BOTH and open_at is None):
            open_at = i
        elif (t in QUOTE_CLOSE or t in QUOTE_BOTH) and open_at is not None:
            inside[open_at:i + 1] = b"\x01" * (i + 1 - open_at)
            open_at = None
    return inside


def find_anaphors(T: Toks, cd: CorefData, covered: bytearray) -> list[Anaphor]:
    out: list[Anaphor] = []
    folded = T.folded
    i = 0
    while i < T.n:
        f = folded[i]
        if covered[i]:
            i += 1
            continue
        if f in cd.pronouns:
            p = cd.pronouns[f]
            s, e = T.char_span(i, i + 1)
            out.append(Anaphor(s, e, T.words[i], "pronoun", p["types"], i, gender=p["gender"], min_score=p["min_score"]))
        elif f in cd.clitic_words:
            e = T.idx[i] + len(T.words[i])
            out.append(Anaphor(e - len(cd.suffix), e, T.words[i][-len(cd.suffix):], "pronoun", cd.clitic_types, i,
                               speaker_cue=True))
        elif f in cd.det_before or f in cd.head_first:
            desc = _description_at(T, i, cd, covered)
            if desc is not None:
                out.append(desc)
                i = desc.token_end
                continue
        i += 1
    return out


def _head_at(T: Toks, i: int, cd: CorefData) -> Optional[tuple[int, dict]]:
    if T.folded[i] not in cd.head_first:
        return None
    for size in range(min(cd.head_len, T.n - i), 0, -1):
        spec = cd.heads.get(tuple(T.folded[i:i + size]))
        if spec is not None:
            return size, spec
    return None


def _description_at(T: Toks, i: int, cd: CorefData, covered: bytearray) -> Optional[Anaphor]:
    n = T.n
    if cd.det_before:
        # "the" + modifiers + head, not followed by a name or "of"
        if T.folded[i] not in cd.det_before:
            return None
        j = i + 1
        for _ in range(cd.max_mod + 1):
            if j >= n or covered[j]:
                return None
            hit = _head_at(T, j, cd)
            if hit is not None:
                size, spec = hit
                end = j + size
                if end < n and (T.cap[end] or T.folded[end] == "of" or covered[end]):
                    return None
                return _make(T, i, end, spec, None)
            w = T.words[j]
            if not w.isalpha() or not w.islower() or T.folded[j] in cd.blockers:
                return None
            j += 1
        return None
    if cd.det_after:
        hit = _head_at(T, i, cd)
        if hit is None:
            return None
        size, spec = hit
        j = i + size
        modifier = None
        for _ in range(cd.max_mod + 1):
            if j >= n:
                return None
            f = T.folded[j]
            if f in cd.det_after:
                return _make(T, i, j + 1, spec, modifier)
            if covered[j]:
                # one name may modify the head ("presiden Rusia tersebut") if the determiner follows it;
                # a name right after the head otherwise makes it a title ("Presiden Joko Widodo")
                k = j
                while k < n and covered[k]:
                    k += 1
                if modifier is not None or k >= n or T.folded[k] not in cd.det_after:
                    return None
                modifier = T.char_span(j, k)
                j = k
                continue
            w = T.words[j]
            if not w.isalpha() or not w.islower() or f in cd.blockers:
                return None
            j += 1
    return None


def _make(T: Toks, s: int, e: int, spec: dict, modifier) -> Anaphor:
    cs, ce = T.char_span(s, e)
    return Anaphor(
        cs, ce, T.text[cs:ce], "description", dict(spec.get("types", {})), s,
        role=spec.get("role"), gender=spec.get("gender"), modifier=modifier, token_end=e,
        offices=tuple(spec.get("offices", ())), holder_only=bool(spec.get("holder_only")),
        own_name=bool(spec.get("own_name")), name_word=bool(spec.get("name_word")),
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
            g = cd.gender_titles.get(fold_token(t)) or cd.gender_titles.get(fold_token(t).split()[-1])
            if g:
                return g
    return None


def _offices_held(record: Article) -> dict[str, frozenset]:
    """Office keys each person entity of the text holds on the publication day, by the gazetteer's dated tenures."""
    from kabar.gazetteer import gazetteer
    from kabar.record import parse_published

    on = parse_published(record.published) if record.published else None
    if on is None or not hasattr(on, "year"):
        return {}
    gaz = gazetteer()
    out: dict[str, frozenset] = {}
    for e in record.entities:
        if e.type != "PER":
            continue
        held: set[str] = set()
        for entry, _ in gaz.matches(e.name, record.lang):
            if entry.kind == "person":
                for t in gaz.tenures_of(entry.id):
                    if t.holds(on):
                        held.update(t.offices)
        if held:
            out[e.id] = frozenset(held)
    return out


def _last_word(text: str) -> str:
    words = fold_token(text).split()
    return words[-1] if words else ""


def _entity_roles(entity: Entity, titles: dict) -> set[str]:
    return {fold_token(t) for m in entity.mentions if (t := titles.get((m.start, m.end)))}


class Resolver:
    """Antecedent candidates (every entity mention) with their salience features, in text order."""

    def __init__(self, record: Article, cd: CorefData, T: Toks):
        self.cd = cd
        self.T = T
        self.sent_starts = [s.start for s in record.sentences] or [0]
        titles = record.state.entity_titles
        self.quoted = _quoted(T)
        self.cands: list[_Cand] = []
        self.starts: list[int] = []
        for e in record.entities:
            for m in e.mentions:
                self.cands.append(self._cand(e, m.start, m.end))
        self.cands.sort(key=lambda c: c.start)
        self.starts = [c.start for c in self.cands]
        self.starts_of: dict[str, list[int]] = {}  # entity id -> its candidates' starts, sorted
        for c in self.cands:
            self.starts_of.setdefault(c.entity.id, []).append(c.start)
        seen: set[tuple[int, str]] = set()
        for c in self.cands:  # the first unquoted mention of each type in a sentence: its subject, roughly
            key = (c.sent, c.entity.type)
            if not c.quoted and key not in seen:
                seen.add(key)
                c.subject = True
        self.genders = {e.id: _entity_gender(e, titles, cd) for e in record.entities}
        self.roles = {e.id: _entity_roles(e, titles) for e in record.entities}
        self.record = record
        self.dated = bool(record.published)
        self.by_char = {(m.start, m.end): e for e in record.entities for m in e.mentions}
        dateline = DATELINE.match(record.text)
        self.dateline_end = dateline.end() if dateline is not None else 0

    @functools.cached_property
    def held(self) -> dict[str, frozenset]:
        """Office keys each person of the text holds on the publication day: looked up in the gazetteer only when a
        description that names an office is resolved, not for every article."""
        return _offices_held(self.record)

    def _holds_other_office(self, eid: str, role: str) -> bool:
        """Whether the entity is titled only as the role with an office modifier before it ("shadow foreign
        secretary", "former home secretary"): another office than the bare role names."""
        roles = self.roles.get(eid, ())
        if role in roles:
            return False
        for r in roles:
            if r.endswith(" " + role):
                before = r[: -len(role)].split()
                if before and before[-1] in self.cd.office_modifiers:
                    return True
        return False

    def sent_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def _cand(self, e: Entity, start: int, end: int) -> _Cand:
        ti = max(0, bisect.bisect_right(self.T.idx, start) - 1)
        cue = any(self.T.folded[k] in self.cd.speech_cues for k in range(max(0, ti - 2), ti))
        return _Cand(e, start, end, self.sent_of(start), False, cue, bool(self.quoted[ti]) if self.T.n else False)

    def resolve(self, a: Anaphor) -> Optional[Entity]:
        si = self.sent_of(a.start)
        window = self.cd.window_description if a.kind == "description" else self.cd.window_pronoun
        a_quoted = bool(self.quoted[a.token]) and not a.speaker_cue
        modifier_entity = self.by_char.get(a.modifier) if a.modifier else None
        head = _last_word(a.text) if a.kind == "description" else None
        words = fold_token(a.text).split() if a.kind == "description" else []
        if words and words[0] in self.cd.det_before:
            words = words[1:]
        modified = bool(a.role) and bool(set(words) & self.cd.office_modifiers)
        if a.offices and " ".join(words) == fold_token(a.role or ""):
            # the office's holder that day, named anywhere before: "the prime minister" is Tony Blair
            holders = {eid for eid, held in self.held.items() if held & set(a.offices)
                       and self.starts_of.get(eid) and self.starts_of[eid][0] < a.start}
            if len(holders) == 1:
                eid = holders.pop()
                return next(c.entity for c in self.cands if c.entity.id == eid)
            if a.holder_only and self.dated:
                return None  # "The home secretary said" with no holder named: the quote stage reads the office
        lo_char = self.sent_starts[max(0, si - window)]
        lo = bisect.bisect_left(self.starts, lo_char)
        hi = bisect.bisect_left(self.starts, a.start)
        bound = self._local_subject(a, lo, hi, si)
        counts: dict[str, int] = {}  # mentions of each entity so far; those before the window by bisection
        best: dict[str, tuple[float, Entity]] = {}
        for c in self.cands[lo:hi]:
            if c.end > a.start:
                continue
            if a.kind == "description" and c.end <= self.dateline_end:
                continue  # the place and outlet a report was filed from ("Jakarta, CNN Indonesia --") are not "kota itu"
            eid = c.entity.id
            if eid not in counts:
                counts[eid] = bisect.bisect_left(self.starts_of[eid], lo_char)
            counts[eid] += 1
            w = a.types.get(c.entity.type, 0.0)
            if w <= 0 or c.entity is modifier_entity or eid == bound:
                continue
            if a.gender and self.genders.get(eid) not in (None, a.gender):
                continue
            if a.own_name and head != _last_word(c.entity.name):
                continue  # "the committee" is a committee of the text, not the nearest body
            if a.name_word and (c.entity.type == "PER" or head not in fold_token(c.entity.name).split()):
                continue  # session 28 (actors-en28): "the bank" is a bank the text named ("Riggs Bank", "Bank of America")
            if modified and not any(r.endswith(" ".join(words)) for r in self.roles.get(eid, ())):
                continue  # "the shadow chancellor" is only someone written "shadow chancellor X"
            if a.role and not modified and self._holds_other_office(eid, fold_token(a.role)):
                continue  # "the foreign secretary" is not "shadow foreign secretary John Carter"
            if modifier_entity is not None and len(modifier_entity.actor or "") >= 3 and c.entity.type == "PER" \
                    and (c.entity.actor or "")[:3] != modifier_entity.actor[:3]:
                # "pengusaha Mesir itu" (the Egyptian businessman) is no Indonesian official named before, nor a person
                # the text gives no country: the country in the description then stays its own party
                continue
            if a.offices and not modified and (c.entity.actor or "")[3:6] in self.cd.office_excluded_roles:
                continue  # "called on the prime minister" is not the leader of the opposition (GBROPP) named before
            dist = si - c.sent
            if c.quoted and not a_quoted:
                if a.speaker_cue and dist == 0:
                    continue  # "katanya" is never someone inside the quote it closes
                w -= 1.5
            score = w + max(0.0, 3.0 - dist) + 0.3 * min(counts[eid], 5)
            if c.subject:
                score += 1.5
            if c.after_cue:
                score += 1.5
            if a.offices and self.held.get(eid, frozenset()) & set(a.offices):
                score += 3.0  # the gazetteer's holder of the office that day: "the prime minister" is Tony Blair in 2005
            elif a.role and any(a.role == r or a.role in r.split() for r in self.roles.get(eid, ())):
                score += 3.0
            elif a.role and any(w in self.cd.office_roles for r in self.roles.get(eid, ()) for w in r.split()):
                score -= 3.0  # "the foreign secretary" is not the person written as "president Jose Manuel Barroso"
            elif a.kind == "description" and c.entity.type != "PER" and head == _last_word(c.entity.name):
                score += 3.0  # "the federation" after "Police Federation": the body's own closing word
            if modifier_entity is not None and modifier_entity.actor and c.entity.actor \
                    and c.entity.actor[:3] == modifier_entity.actor[:3]:
                score += 2.0
            if eid not in best or score > best[eid][0]:
                best[eid] = (score, c.entity)
        if not best:
            return None
        score, entity = max(best.values(), key=lambda x: x[0])
        return entity if score >= (a.min_score if a.min_score is not None else self.cd.min_score) else None

    def _local_subject(self, a: Anaphor, lo: int, hi: int, si: int) -> Optional[str]:
        """Session 29 (recip-en29): the entity an object pronoun may not stand for, the subject of its own verb
        ([binding] of the pack): "Mr Clarke accused him of ...", "Blair told him", "Brown said Blair had asked him" (not
        Blair; Brown may be meant). The nearest mention before the pronoun in its sentence, with only one to
        ``max_gap`` lower-case words between them (the verb and its auxiliaries), none of them a clause break ("to",
        "that", "says"): "Clarke asked Howard to apologise to him" binds nobody, nor does a possessor ("his colleagues
        had told him", ``possessors``). A possessive form ("her record") is
        no object: one only when the word after it is ``object_next`` or no word."""
        cd, T = self.cd, self.T
        f = fold_token(a.text)
        if a.kind != "pronoun" or f not in cd.object_forms:
            return None
        if f in cd.possessive_forms:
            nxt = a.token + 1
            if nxt < T.n and T.words[nxt][:1].isalnum() and T.folded[nxt] not in cd.object_next:
                return None  # "defended her record": her owns the noun after it
        prev = next((c for c in reversed(self.cands[lo:hi]) if c.end <= a.start), None)
        if prev is None or prev.sent != si:
            return None
        if fold_token(T.text[prev.start:prev.end]) in cd.possessive_subjects or T.text[prev.start:prev.end].endswith(("'s", "’s")):
            return None  # "his colleagues had told him": the subject is what the possessor owns
        k = bisect.bisect_left(T.idx, prev.end)
        between = range(k, a.token)
        if not 1 <= len(between) <= cd.max_gap:
            return None
        for t in between:
            w = T.words[t]
            if not (w.isalpha() and w.islower()) or T.folded[t] in cd.clause_breaks:
                return None
        return prev.entity.id

    def add(self, entity: Entity, a: Anaphor) -> None:
        """A resolved anaphor is itself an antecedent for later ones ("dia ... dia").

        A resolved speaker ("katanya", "ujarnya") is who the sentence is about, so it becomes the
        subject in place of a later mention of the same type in that sentence: in `"...," katanya
        usai meresmikan prasasti Presiden Soekarno`, the next "katanya" is the speaker again,
        not Soekarno."""
        c = self._cand(entity, a.start, a.end)
        if a.kind == "description" and a.role:  # "the foreign secretary" again is the same person
            self.roles.setdefault(entity.id, set()).add(fold_token(a.role))
        if a.speaker_cue and not c.quoted:
            c.subject = True
            sent_end = self.sent_starts[c.sent + 1] if c.sent + 1 < len(self.sent_starts) else None
            later = bisect.bisect_right(self.starts, c.start)
            end = bisect.bisect_left(self.starts, sent_end) if sent_end is not None else len(self.starts)
            for other in self.cands[later:end]:  # the rest of c's sentence
                if other.sent == c.sent and other.entity.type == entity.type:
                    other.subject = False
        k = bisect.bisect_right(self.starts, c.start)
        self.starts.insert(k, c.start)
        self.cands.insert(k, c)
        bisect.insort(self.starts_of.setdefault(entity.id, []), c.start)


def resolve_record(record: Article, cd: CorefData) -> Article:
    if not record.entities:
        return record
    T = toks_of(record)
    covered = bytearray(T.n)
    for e in record.entities:
        for m in e.mentions:
            k = max(0, bisect.bisect_right(T.idx, m.start) - 1)
            while k < T.n and T.idx[k] < m.end:
                covered[k] = 1
                k += 1
    anaphors = find_anaphors(T, cd, covered)
    if not anaphors:
        return record
    resolver = Resolver(record, cd, T)
    for a in anaphors:
        entity = resolver.resolve(a)
        if entity is None:
            continue
        entity.mentions.append(Mention(start=a.start, end=a.end, text=record.text[a.start:a.end], kind=a.kind))
        resolver.add(entity, a)
    for e in record.entities:
        e.mentions.sort(key=lambda m: (m.start, -m.end))
    return record


@stage("coref", requires=("entities",), assigns=("entities",), topic="coref")
class CorefResolver:
    def __call__(self, record: Article) -> Article:
        return resolve_record(record, coref_data(record.lang))
