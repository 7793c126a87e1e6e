"""PLOVER events with actor, recipient, claimant, modality, date and instrument.

Approach: predicate lexicons (``lang/<code>/events.toml``) applied over a
chunked sentence, not a dependency parse. Each sentence becomes a list of
units (a whole entity mention is one unit), split into clauses at
punctuation, subordinators and at "dan"/"and" when a verb follows. A trigger's
voice decides where its arguments sit: the actor is the nearest entity before
an active verb (or after "oleh"/"by" for a passive one), the recipient is the
object after it or the entity after a recipient preposition. A clause without a
subject shares the subject of the clause it is coordinated with or subordinate
to, and "kami"/"we" inside a quote is the speaker. Entities that only modify a
weapon ("misil Korea Utara") are the weapon's maker, never the target.
See docs/events.md for the rules and their known weaknesses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from kabar.record import ActorRef, Article, Claimant, Entity, Event, Quantity, Quote, Span
from kabar.stages import stage
from kabar.stages.events_lexicon import MEANS_CLASSES, InstrumentDef, Lexicon, TriggerDef, lexicon
from kabar.text.sentences import doc_of, nlp_for

ARGUMENT_TYPES = {"PER", "ORG", "GPE", "NORP", "LOC"}
PUNCT = set(",.;:!?()[]\"'“”‘’«»—–-")


# ------------------------------------------------------------------ units and clauses


@dataclass
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


def _mentions(record: Article) -> list[tuple[int, int, Entity]]:
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


def _units(doc, start: int, end: int, mentions: list[tuple[int, int, Entity]]) -> list[Unit]:
    """Tokens of one sentence, with each entity mention collapsed into one unit."""
    toks = [t for t in doc if start <= t.idx < end and not t.is_space]
    inside = [m for m in mentions if m[0] < end and m[1] > start]
    units: list[Unit] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        t_end = t.idx + len(t.text)
        covering = next((m for m in inside if m[0] <= t.idx < m[1]), None)
        if covering is not None:
            j = i
            while j + 1 < len(toks) and toks[j + 1].idx < covering[1]:
                j += 1
            units.append(Unit("ent", covering[2].name, "\x00ent", covering[0], covering[1], ent=covering[2]))
            i = j + 1
            continue
        kind = "punct" if all(c in PUNCT for c in t.text) else "word"
        u = Unit(kind, t.text, t.text.lower(), t.idx, t_end)
        inner = next((m for m in inside if t.idx < m[0] and m[1] <= t_end), None)
        if inner is not None:  # a mention inside the token: "katanya", "dukungannya"
            u.inner = inner[2]
        units.append(u)
        i += 1
    return units


def _pos(units: list[Unit], u: Unit) -> int:
    for k, x in enumerate(units):
        if x is u:
            return k
    return -1


# ------------------------------------------------------------------ the stage


@stage("events", requires=("text", "sentences", "entities", "dates", "quantities", "quotes"), assigns=("events",), topic="events")
class EventStage:
    def __init__(self, min_confidence: float = 0.0):
        self.min_confidence = min_confidence

    def __call__(self, record: Article) -> Article:
        lex = lexicon(record.lang)
        if not lex.triggers.table:
            return record
        coder = _Coder(record, lex)
        record.events = coder.run()
        self.last_dropped = coder.dropped  # predicates found but not coded, with the reason: for error analysis only
        if self.min_confidence:
            record.events = [e for e in record.events if e.confidence >= self.min_confidence]
        return record


class _Coder:
    def __init__(self, record: Article, lex: Lexicon):
        self.r = record
        self.lex = lex
        self.doc = doc_of(record)
        self.mentions = _mentions(record)
        self.quotes = list(record.quotes)
        self.qby_id = {q.id: q for q in self.quotes}
        self.home = self._home_country()
        # uncoded people and organisations quoted in a language's press are most often of its country
        # ("people_home" in the pack, e.g. IDN for Indonesian), when the article names that country at all
        ph = lex.tables.get("home", {}).get("people_home")
        self.people_home = ph if ph and self._named_in_body(ph) else None
        self._role_refs: set[int] = set()
        self._political: dict[str, Optional[str]] = {}
        self._speakers = {q.speaker for q in self.quotes if q.speaker}
        self.dropped: list[tuple[str, Raw]] = []  # (reason, raw) of predicates not coded: for error analysis
        self.news_date = self._news_date()

    def _home_country(self) -> Optional[str]:
        """The country most mentioned through coded entities: where unnamed police, suspects and
        uncoded people of the article belong (a domestic story names its country's institutions)."""
        counts: dict[str, int] = {}
        roles = self._role_codes() | {"IGO", "NGO", "IMG"}  # "GOV", "OPP": a role without a country is no home
        for e in self.r.entities:
            code = (e.actor or "")[:3]
            if len(code) == 3 and code.isalpha() and code.isupper() and code not in roles:
                counts[code] = counts.get(code, 0) + max(1, len(e.mentions))
        if not counts:
            return None
        best = max(counts.items(), key=lambda kv: kv[1])
        return best[0] if best[1] >= 2 else None

    def _named_in_body(self, country: str) -> bool:
        """The country is named as a place or party of the story, not only by the dateline
        ("Jakarta, CNN Indonesia --") or an outlet's name."""
        skip = int(self.lex.tables.get("home", {}).get("dateline_chars", 80))
        for e in self.r.entities:
            code = e.actor or ""
            if code[:3] != country or code[3:] == "MED" or e.type not in ("GPE", "ORG", "PER", "NORP"):
                continue
            if any(m.start >= skip for m in e.mentions):
                return True
        return False

    def _news_date(self) -> Optional[tuple[str, str]]:
        """The day the article reports on: the dateline, else a day the text names that is the publication day."""
        dl = self._dateline()
        if dl:
            return dl
        if self.r.published is None:
            return None
        iso = self.r.published.isoformat()
        for d in self.r.dates:
            if d.value == iso:
                return (d.value, d.text)
        return None

    # ---------------------------------------------------------- helpers over units

    def _is_verbish(self, u: Unit) -> bool:
        if u.kind != "word":
            return False
        w = u.low
        lx = self.lex
        if w in lx.word("not_verbs"):
            return False
        if w in lx.word("verbs") or (w,) in lx.triggers or (w,) in lx.phrases("light_before"):
            return True
        if len(w) >= lx.verb_min_len and any(w.startswith(p) for p in lx.verb_prefixes):
            return True
        if len(w) >= lx.verb_min_len and any(w.endswith(s) for s in lx.verb_suffixes):
            return True
        return False

    def _verb_follows(self, units: list[Unit], j: int) -> bool:
        aux = self.lex.word("aux")
        k = j
        while k < len(units) and units[k].kind == "word" and units[k].low in aux:
            k += 1
        if k >= len(units):
            return False
        u = units[k]
        if u.kind == "ent" or (u.kind == "word" and u.low in self.lex.word("subject_pronoun_fallback") | self.lex.word("we")):
            k2 = k + 1
            while k2 < len(units) and units[k2].kind == "word" and units[k2].low in aux:
                k2 += 1
            return k2 < len(units) and self._is_verbish(units[k2])
        if u.kind == "word" and self.lex.triggers.match_at([x.low for x in units], k)[0]:
            return True
        return self._is_verbish(u)

    def _clauses(self, units: list[Unit]) -> list[Clause]:
        lx = self.lex
        bounds = lx.word("boundaries")
        split_verb = lx.word("split_if_verb")
        clauses: list[Clause] = []
        start, opener = 0, None
        for i, u in enumerate(units):
            if u.kind == "ent":
                continue
            if u.low in split_verb and self._after_between(units, start, i):
                continue  # "talks between Russia and Ukraine ended": "and" joins the two sides
            cut = u.low in bounds or (u.low in split_verb and self._verb_follows(units, i + 1)
                                      and (i + 1 < len(units) and units[i + 1].kind != "ent"
                                           or any(self._is_verbish(x) for x in units[start:i])))
            if not cut:
                continue
            if i > start:
                clauses.append(Clause(start, i, opener))
                opener = u.low
            elif u.kind == "word" or opener is None:
                opener = u.low  # ", dan": the word decides
            start = i + 1
        if start < len(units):
            clauses.append(Clause(start, len(units), opener))
        chain = lx.word("coord") | split_verb
        for n, c in enumerate(clauses):
            c.index = n
            c.purpose = c.opener in lx.word("purpose") or (n > 0 and c.opener in chain and clauses[n - 1].purpose)
        return clauses

    def _prep_before(self, units: list[Unit], k: int, lo: int) -> Optional[str]:
        """The preposition governing the entity at k (scanning back over its noun phrase)."""
        preps = self.lex.word("preps")
        steps = 0
        j = k - 1
        while j >= lo and steps < 4:
            u = units[j]
            if u.kind != "word":
                return None
            if u.low in preps:
                return u.low
            if (u.low,) in self.lex.triggers or u.low in self.lex.word("coord"):
                return None
            j -= 1
            steps += 1
        return None

    def _instrument_at(self, words: list[str], i: int) -> tuple[int, Optional[InstrumentDef]]:
        return self.lex.instruments.match_at(words, i)

    def _means_owner(self, units: list[Unit], words: list[str], k: int) -> bool:
        """True when the entity at k only names the maker/owner of a weapon or aid ("misil Korea Utara")."""
        lx = self.lex
        for back in (1, 2, 3):
            j = k - back
            if j < 0 or units[j].kind != "word":
                break
            if units[j].low in lx.word("maker_words"):
                continue
            n = lx.instruments.match_ending_at(words, j)
            if n:
                idef = lx.instruments.table[tuple(words[j - n + 1:j + 1])]
                return idef.cls in MEANS_CLASSES
            if back >= 2:
                break
        j = k + 1
        while j < len(units) and units[j].kind == "word" and units[j].low in lx.word("maker_words"):
            j += 1
        if j < len(units) and units[j].kind == "word":
            n, idef = lx.instruments.match_at(words, j)
            if n and idef.cls in MEANS_CLASSES:
                return True
        return False

    def _group(self, units: list[Unit], k: int, lo: int, hi: int, direction: int) -> list[Unit]:
        """The entity at k plus entities coordinated with it ("Rusia dan Korea Utara")."""
        coord = self.lex.word("coord")
        dets = self.lex.word("determiners") | self.lex.word("definite_articles")
        group = [units[k]]
        j = k
        while True:
            n = j + direction
            if not (lo <= n < hi) or units[n].kind == "ent" or units[n].low not in coord:
                break
            m = n + direction
            while lo <= m < hi and units[m].kind == "word" and units[m].low in dets:
                m += direction
            if lo <= m < hi and units[m].kind == "ent":
                group.append(units[m])
                j = m
            else:
                break
        if direction < 0:
            group.reverse()
        return group

    def _we(self, u: Unit) -> Optional[Entity]:
        """'kami'/'we' inside a quote stands for the speaker (or the speaker's organisation)."""
        if u.kind != "word" or u.low not in self.lex.word("we"):
            return None
        q = self.r.quote_at(u.start, u.end)
        if q and q.speaker:
            return self.r.entity(q.speaker)
        return None

    def _as_arg(self, u: Unit) -> Optional[Unit]:
        if u.kind == "ent":
            return u
        if u.inner is not None:
            return Unit("ent", u.inner.name, "\x00ent", u.start, u.end, ent=u.inner)
        e = self._we(u)
        if e is not None:
            return Unit("ent", e.name, "\x00ent", u.start, u.end, ent=e)
        return None

    def _subject_left(self, units: list[Unit], lo: int, i: int) -> list[Unit]:
        preps = self.lex.word("preps")
        for k in range(i - 1, lo - 1, -1):
            a = self._as_arg(units[k])
            if a is None:
                continue
            if units[k].kind == "ent" and self._prep_before(units, k, lo) in preps:
                continue
            if units[k].kind == "ent":
                group = self._group(units, k, lo, i, -1)
                if self._prep_before(units, _pos(units, group[0]), lo) in preps:
                    continue
                return group
            return [a]
        return []

    def _generic_left(self, units: list[Unit], words: list[str], lo: int, i: int) -> list[Unit]:
        g = self.lex.phrases("generic_actors")
        for k in range(i - 1, lo - 1, -1):
            n = g.match_ending_at(words, k, lo)
            if n:
                s = k - n + 1
                role = g.table[tuple(words[s:k + 1])]
                return [Unit("generic", " ".join(u.text for u in units[s:k + 1]), "", units[s].start, units[k].end, role=role)]
        return []

    def _generic_right(self, units: list[Unit], words: list[str], j: int, hi: int) -> list[Unit]:
        g = self.lex.phrases("generic_actors")
        for k in range(j, min(hi, j + 5)):
            n, role = g.match_at(words, k, hi)
            if n:
                return [Unit("generic", " ".join(u.text for u in units[k:k + n]), "", units[k].start, units[k + n - 1].end, role=role)]
            if units[k].kind == "ent":
                break
        return []

    def _scan_right(self, units: list[Unit], words: list[str], j: int, hi: int) -> dict[str, list[Unit]]:
        """Arguments after the predicate: object/recipient, agent, source, location, means owner."""
        lx = self.lex
        found: dict[str, list[Unit]] = {}
        for k in range(j, hi):
            u = units[k]
            arg = self._as_arg(u)
            if arg is None:
                continue
            if u.kind != "ent":
                if k == j or u.inner is not None:  # "kita" after a noun ("nota protes kita") owns it, is no object
                    found.setdefault("object", [arg])
                continue
            prep = self._prep_before(units, k, j)
            if prep in lx.word("agent_preps"):
                found.setdefault("agent", self._group(units, k, j, hi, 1))
            elif prep in lx.word("source_preps"):
                found.setdefault("source", [u])
            elif prep in lx.word("location_preps"):
                found.setdefault("location", [u])
            elif prep in lx.word("recipient_preps"):
                found.setdefault("object", self._group(units, k, j, hi, 1))
            elif prep is None:
                if self._means_owner(units, words, k):
                    found.setdefault("owner", [u])
                else:
                    found.setdefault("object", self._group(units, k, j, hi, 1))
        return found

    def _objects_ok(self, tdef: TriggerDef, units: list[Unit], words: list[str], clause: Clause, i: int, j: int,
                    voice: str, clitic: Optional[str]) -> tuple[bool, list[InstrumentDef], Optional[str]]:
        """Instruments in the clause; with an object restriction, whether one of the right class is there."""
        lx = self.lex
        lo = clause.start if voice in ("passive", "noun") else i
        found: list[tuple[InstrumentDef, str]] = []
        k = lo
        while k < clause.end:
            n, idef = lx.instruments.match_at(words, k, clause.end)
            if n:
                if k + n <= clause.end:
                    text_end = k + n
                    # extend over the maker entity: "misil Korea Utara", "misil balistik"
                    if text_end < clause.end and units[text_end].kind == "ent":
                        text_end += 1
                    found.append((idef, self.r.text[units[k].start:units[text_end - 1].end]))
                k += n
            else:
                k += 1
        # a named force is its own instrument: "Pasukan Rusia dikerahkan", "Russian troops were deployed"
        for k in range(lo, clause.end):
            if units[k].kind == "ent" and units[k].ent is not None and units[k].ent.type == "NORP":
                for w in self.r.text[units[k].start:units[k].end].lower().split():
                    n, idef = lx.instruments.match_at([w], 0)
                    if n and idef.cls == "troops":
                        found.append((idef, units[k].text))
                        break
        if not tdef.objects:
            return True, [f[0] for f in found], (found[0][1] if found else None)
        good = [f for f in found if f[0].cls in tdef.objects]
        if good:
            return True, [g[0] for g in good], good[0][1]
        # a pronoun object ("menggunakannya", "used them") standing for a weapon named earlier
        anaphor = clitic in lx.word("object_clitics") or (j < clause.end and units[j].low in {"it", "them", "itu", "tersebut"})
        if anaphor:
            for k in range(i - 1, -1, -1):
                n = lx.instruments.match_ending_at(words, k)
                if n:
                    idef = lx.instruments.table[tuple(words[k - n + 1:k + 1])]
                    if idef.cls in tdef.objects:
                        return True, [idef], None
        # "menggunakannya dalam dua serangan": a noun of the same category in the clause
        for k in range(j, clause.end):
            n, cands = lx.triggers.match_at(words, k, clause.end)
            if n and any(c[0].event == tdef.event and c[1] == "noun" for c in cands):
                return True, [], None
        return False, [], None

    # ---------------------------------------------------------- one sentence

    def _sentence(self, s_index: int, start: int, end: int, prev_subject: Optional[list[Unit]]) -> tuple[list[Raw], Optional[list[Unit]]]:
        lx = self.lex
        units = _units(self.doc, start, end, self.mentions)
        if not units:
            return [], prev_subject
        words = [u.low for u in units]
        clauses = self._clauses(units)
        clause_of = {}
        for c in clauses:
            for k in range(c.start, c.end):
                clause_of[k] = c
        raws: list[Raw] = []

        # subjects of clauses for inheritance
        def clause_subject(c: Clause) -> list[Unit]:
            for k in range(c.start, c.end):
                if units[k].kind == "word" and lx.triggers.match_at(words, k, c.end)[0]:
                    return self._subject_left(units, c.start, k)
            for q in self.quotes:
                if q.cue_start is not None and q.speaker and units[c.start].start <= q.cue_start < units[c.end - 1].end:
                    e = self.r.entity(q.speaker)
                    if e:
                        return [Unit("ent", e.name, "\x00ent", q.cue_start, q.cue_end or q.cue_start, ent=e)]
            preps = lx.word("preps")
            for k in range(c.start, c.end):
                if units[k].kind == "ent" and self._prep_before(units, k, c.start) not in preps:
                    return self._group(units, k, k, c.end, 1)
            return []

        def starts_with_predicate(c: Clause) -> bool:
            aux = lx.word("aux")
            for k in range(c.start, c.end):
                if units[k].kind == "word" and units[k].low in aux:
                    continue
                return units[k].kind == "word" and (self._is_verbish(units[k]) or bool(lx.triggers.match_at(words, k, c.end)[0]))
            return False

        for n, c in enumerate(clauses):
            own = clause_subject(c)
            if own:
                c.subject = own
            elif n > 1 and c.opener == "," and clauses[0].subject and starts_with_predicate(c) \
                    and not any(units[k].kind == "word" and lx.triggers.match_at(words, k, clauses[0].end)[0]
                                for k in range(clauses[0].start, clauses[0].end)):
                # "Daniel Montalvo, 19, a member of ..., was arrested": the predicate after an apposition
                c.subject = clauses[0].subject
            elif n > 0 and c.opener == "," and starts_with_predicate(c) and clauses[n - 1].subject:
                # "Iran issued a statement, accusing Israel ...": a predicate after a comma shares the subject
                c.subject = clauses[n - 1].subject
            elif n > 0 and (c.opener in lx.word("inherit_openers") or c.opener in lx.word("relative")
                            or c.opener in lx.word("complementizers")):
                if c.opener in lx.word("relative"):
                    prev = clauses[n - 1]
                    head = [units[k] for k in range(max(prev.start, prev.end - 2), prev.end) if units[k].kind == "ent"]
                    c.subject = head[-1:] or prev.subject
                else:
                    c.subject = clauses[n - 1].subject

        # "Selain menyerang dengan senjata tajam, pelaku sempat ...", "After meeting Xi, Biden said ...":
        # a sentence-initial subordinate clause without a subject has the main clause's subject
        fronted = lx.word("fronted_openers")
        if len(clauses) > 1 and not clauses[0].subject and clauses[1].opener == "," and (
                clauses[0].opener in fronted or (units[clauses[0].start].kind == "word" and words[clauses[0].start] in fronted)):
            c1 = clauses[1]
            main = c1.subject or [g for g in self._generic_right(units, words, c1.start, min(c1.end, c1.start + 2))]
            if main:
                clauses[0].subject = main
                clauses[0].fronted = True

        i = 0
        while i < len(units):
            if units[i].kind != "word":
                i += 1
                continue
            c = clause_of.get(i)
            n, cands = lx.triggers.match_at(words, i, c.end if c else None)
            clitic = None
            if not n:
                for cl in lx.word("clitics"):
                    w = words[i]
                    if w.endswith(cl) and len(w) > len(cl) + 2:
                        got = lx.triggers.table.get((w[: -len(cl)],))
                        if got:
                            n, cands, clitic = 1, got, cl
                            break
            if not n or c is None:
                i += 1
                continue
            raw = self._code_trigger(units, words, clauses, c, i, i + n, cands, clitic, s_index, prev_subject)
            if raw is not None:
                raws.append(raw)
            i += n

        sent_subject = clauses[0].subject if clauses and clauses[0].subject else prev_subject
        self._sentence_passes(raws, clauses)
        return [r for r in raws if not r.suppressed], sent_subject

    def _blocked(self, units: list[Unit], words: list[str], c: Clause, i: int, j: int) -> bool:
        lx = self.lex
        for k in range(max(0, i - 3), min(len(words), j + 1)):
            n, _ = lx.phrases("blockers").match_at(words, k)
            if n and k < j and k + n > i:
                return True
        if lx.phrases("blockers").find(words, c.start, c.end):
            return True
        ctx = lx.word("block_contexts")
        return any(words[k] in ctx for k in range(c.start, c.end))

    def _code_trigger(self, units, words, clauses, c: Clause, i: int, j: int, cands, clitic, s_index, prev_subject) -> Optional[Raw]:
        lx = self.lex
        if self._blocked(units, words, c, i, j):
            return None
        first = units[i].text
        if first[:1].isupper() and i > 0 and any(x.kind == "word" for x in units[:i]) and units[i - 1].low not in PUNCT:
            return None  # a capitalised word inside the sentence is a name ("Shell said"), not a predicate
        # choose a voice: light verb + noun, or noun + "happened" verb; passive auxiliaries (en)
        chosen = None
        for tdef, voice in sorted(cands, key=lambda cv: (cv[0].order, ("active", "passive", "receive", "host", "noun").index(cv[1]))):
            if voice == "active" and self._not_a_verb_here(units, words, c, i, j):
                voice = "noun"  # "staged a protest against": the form is a noun here
            v = voice
            span_start = i
            if voice == "noun":
                k = i - 1
                skippable = lx.word("determiners") | lx.word("definite_articles") | lx.word("aux")
                while k >= c.start and k >= i - 3 and units[k].kind == "word" and units[k].low in skippable:
                    k -= 1
                ln = lx.phrases("light_before").match_ending_at(words, k, c.start) if k >= c.start else 0
                rn = lx.phrases("light_receive").match_ending_at(words, k, c.start) if k >= c.start else 0
                if rn >= ln and rn:
                    v, span_start = "receive", k - rn + 1  # "menuai kecaman dari X", "drew criticism from X"
                elif ln:
                    v, span_start = "active", k - ln + 1
                else:
                    after = False
                    for k2 in range(j, min(c.end, j + 5)):
                        if lx.phrases("light_after").match_at(words, k2, c.end)[0]:
                            after = True
                            break
                    v = "nominal" if after else "bare"
            elif voice == "active":
                k = i - 1
                hops = 0
                while k >= c.start and hops < 3 and units[k].kind == "word":
                    if units[k].low in lx.word("passive_aux") and not words[i].endswith("ing"):
                        v = "passive"
                        break
                    if units[k].low not in lx.word("aux"):
                        break
                    k -= 1
                    hops += 1
                if v == "active" and lx.word("passive_aux") and j < c.end and units[j].low in lx.word("agent_preps") \
                        and words[i].endswith("ed"):
                    v = "passive"
            ok, instruments, instrument_text = self._objects_ok(tdef, units, words, c, i, j, "noun" if v in ("nominal", "bare") else v, clitic)
            if not ok:
                continue
            rank = 0 if tdef.objects else 1
            if chosen is None or rank < chosen[0]:
                chosen = (rank, tdef, v, span_start, instruments, instrument_text)
            if rank == 0:
                break
        if chosen is None:
            return None
        _, tdef, voice, span_start, instruments, instrument_text = chosen
        if tdef.needs_named_object and not (j < c.end and units[j].kind == "ent" and units[j].ent is not None
                                            and units[j].ent.actor):
            return None  # "menekan Korea Utara" is pressure; "menekan pertahanan lawan", "menekan harga" are not
        bare = voice == "bare"
        if bare:
            voice = "nominal"
            if not lx.tables.get("category", {}).get(tdef.event, {}).get("bare_noun", True):
                return None
            k = span_start - 1
            dets = lx.word("determiners") | lx.word("definite_articles")
            while k >= c.start and units[k].kind == "word" and units[k].low in dets:
                k -= 1
            if not lx.genitive_after_noun and k >= c.start and units[k].kind == "ent":
                k -= 1  # "in Russian attacks": the genitive before the noun
            if k >= c.start and units[k].kind == "word" and units[k].low in lx.word("preps"):
                return None  # "dalam dukungan DPRK", "in the attacks": a circumstance, not a reported act

        raw = Raw(tdef=tdef, event=tdef.event, voice=voice, trig=(span_start, j), clause=c, sent_index=s_index)
        raw.trig_span = (units[span_start].start, units[j - 1].end)
        left = self._subject_left(units, c.start, span_start)
        right = self._scan_right(units, words, j, c.end)
        if voice in ("active", "nominal", "noun"):
            if voice == "nominal":
                gen = []
                if lx.genitive_after_noun and j < c.end and units[j].kind == "ent":
                    gen = self._group(units, j, j, c.end, 1)
                elif not lx.genitive_after_noun:
                    k = span_start - 1
                    while k >= c.start and units[k].kind == "word" and units[k].low in lx.word("definite_articles") | lx.word("determiners"):
                        k -= 1
                    if k >= c.start and units[k].kind == "ent":
                        gen = [units[k]]
                    elif k >= c.start:
                        gen = self._generic_left(units, words, k, k + 1)  # "worker protests", "police raids"
                if not gen and lx.genitive_after_noun and j < c.end:
                    gen = self._generic_right(units, words, j, j + 1)  # "demo buruh", "serangan polisi"
                    if gen:
                        right = self._scan_right(units, words, j + 1, c.end)
                if gen and lx.genitive_after_noun and gen[-1].kind == "ent":
                    right = self._scan_right(units, words, _pos(units, gen[-1]) + 1, c.end)
                between = self._between(units, j, c.end)
                source_is_actor = not lx.tables.get("category", {}).get(tdef.event, {}).get("source_recipient")
                raw.actor = between or gen or right.get("agent", []) or (right.get("source", []) if source_is_actor else [])
                raw.recipient = [] if between else right.get("object", [])
                if bare and not between and not (raw.actor and raw.recipient):
                    return None  # a bare noun is an event only with its own two parties
            else:
                raw.actor = left
                raw.recipient = right.get("object", [])
                if clitic in lx.word("object_clitics") and not raw.recipient and units[i].inner is not None:
                    raw.recipient = [self._as_arg(units[i])]
        if not raw.recipient and voice in ("active", "nominal") and lx.tables.get("category", {}).get(tdef.event, {}).get("source_recipient"):
            raw.recipient = right.get("source", [])
        if voice == "passive":
            raw.recipient = left
            raw.actor = right.get("agent", [])
            if not raw.actor and lx.tables.get("category", {}).get(tdef.event, {}).get("passive_subject_acts"):
                raw.actor, raw.recipient = left, []  # "pasukan Rusia dikerahkan", "Russian troops were deployed"
        elif voice == "receive":
            raw.recipient = left
            raw.actor = right.get("source", []) or right.get("owner", [])
        elif voice == "host":
            raw.recipient = left
            raw.actor = right.get("object", [])
        raw.location = right.get("location", [])

        # a clause without its own subject shares the subject of the clause it hangs on
        needs_subject = voice in ("active", "receive", "host", "passive")
        if needs_subject and not left:
            inherited = c.subject if c.subject and not (c.subject and c.subject[0].start >= units[span_start].start) else None
            if c.fronted:  # the main clause's subject follows; it is the actor of an active verb only
                inherited = c.subject if voice == "active" and span_start == i else None  # not "dilakukan pemeriksaan"
            if inherited:
                if voice == "active":
                    raw.actor = list(inherited)
                else:
                    raw.recipient = list(inherited)
                raw.confidence -= 0.05
            elif voice == "active" and c.start < span_start:
                fallback = self._description_subject(units, c.start, span_start, prev_subject)
                if fallback:
                    raw.actor = fallback
                    raw.confidence -= 0.15
        if voice == "active" and not raw.actor:
            raw.actor = self._generic_left(units, words, c.start, span_start)
        if voice in ("active", "nominal"):
            # "asked the government", "menangkap pelaku", "minta Menlu untuk ... ke AS": the role noun
            # right after the verb is its object, before any party named further on
            near = self._generic_right(units, words, j, c.end) if not raw.recipient else []
            if raw.recipient and j < c.end:
                # a role noun right after the verb is its object ("minta Menlu untuk ... ke AS"),
                # unless a name follows it as its genitive ("situs pemerintah Ukraina")
                n_role, _ = lx.phrases("generic_actors").match_at(words, j, c.end)
                n_inst, idef = lx.instruments.match_at(words, j, c.end)
                if n_inst and idef.cls in tdef.objects:
                    n_role = 0  # "deployed troops to X": the troops are the means, not the target
                first = self._generic_right(units, words, j, c.end) if n_role else []
                after = j + n_role
                gate = lx.word("purpose") | lx.word("complementizers")
                rec_at = next((k for k in range(after, c.end) if units[k].start >= raw.recipient[0].start), c.end)
                if first and not (after < c.end and units[after].kind == "ent") \
                        and any(units[k].kind == "word" and units[k].low in gate for k in range(after, rec_at)):
                    near = first  # the later party belongs to the content ("untuk ... ke AS")
            if near:
                raw.recipient = near
            if raw.recipient and any(a.start == raw.recipient[0].start for a in raw.actor):
                raw.recipient = []  # "demo buruh": the genitive role is the actor
        if voice == "passive" and not raw.recipient:
            raw.recipient = self._generic_left(units, words, c.start, span_start)

        if tdef.reciprocal and raw.recipient and voice in ("active", "nominal"):
            raw.actor = raw.actor + raw.recipient
            raw.recipient = []

        # modes and contexts
        raw.mode = list(tdef.mode)
        raw.context = list(tdef.context)
        for ev, to, mode, table in lx.tables.get("object_recode", []):
            if ev == raw.event and table.find(words, j, min(c.end, j + 5)):
                raw.event, raw.mode, raw.context = to, list(mode), []
                tdef = TriggerDef(order=tdef.order, event=to, mode=mode)
                raw.tdef = tdef
                instruments = []
                break
        inst_modes = [d.mode for d in instruments if d.mode]
        if tdef.event == "ASSAULT" and inst_modes:
            raw.mode = [m for m in inst_modes if m not in ("troops", "police")][:1] or raw.mode
        for d in instruments:
            for ctx in d.context:
                if ctx not in raw.context:
                    raw.context.append(ctx)
        if instrument_text and (instruments and instruments[0].cls in MEANS_CLASSES):
            raw.instrument = instrument_text
        for ev, mode, table in lx.mode_cues:
            if ev == tdef.event and table.find(words, c.start, c.end) and mode not in raw.mode:
                raw.mode.append(mode)
        for ctx, table in lx.context_cues:
            if table.find(words, c.start, c.end) and ctx not in raw.context:
                raw.context.append(ctx)

        first = c.start
        for u in raw.actor:
            k = _pos(units, u)
            if c.start <= k < span_start:
                first = k
                break
        else:
            first = span_start if not raw.actor else c.start
        last = c.end - 1
        while last > first and units[last].kind == "punct":
            last -= 1
        raw.evidence = (units[first].start, units[last].end)
        raw.modality = self._modality(units, words, clauses, c, span_start, j)
        if voice in ("noun", "nominal"):
            raw.confidence -= 0.1
        if not raw.actor:
            raw.confidence -= 0.15
        return raw

    def _after_between(self, units: list[Unit], lo: int, i: int) -> bool:
        k = i - 1
        while k >= lo and units[k].kind == "ent":
            k -= 1
        dets = self.lex.word("determiners") | self.lex.word("definite_articles")
        while k >= lo and units[k].kind == "word" and units[k].low in dets:
            k -= 1
        return k < i - 1 and k >= lo and units[k].kind == "word" and units[k].low in self.lex.word("between_preps")

    def _between(self, units: list[Unit], j: int, hi: int) -> list[Unit]:
        """'talks between Russia and China', 'bentrokan antara polisi dan warga': both sides act."""
        k = j
        while k < hi and k < j + 2 and units[k].kind == "word" and units[k].low not in self.lex.word("between_preps"):
            k += 1
        if k >= hi or units[k].kind != "word" or units[k].low not in self.lex.word("between_preps"):
            return []
        dets = self.lex.word("determiners") | self.lex.word("definite_articles")
        m = k + 1
        while m < hi and units[m].kind == "word" and units[m].low in dets:
            m += 1
        if m < hi and units[m].kind == "ent":
            group = self._group(units, m, m, hi, 1)
            return group if len(group) >= 2 else []
        return []

    def _not_a_verb_here(self, units: list[Unit], words: list[str], c: Clause, i: int, j: int) -> bool:
        """An active form that is a noun or a participle in this position: after a determiner
        ("a religious retreat" is caught by the noun list, "the decline", "a strike"), or a
        reduced relative before the clause's own verb ("the taxes requested in arrears ... are")."""
        lx = self.lex
        dets = lx.word("determiners") | lx.word("definite_articles")
        if i > c.start and units[i - 1].kind == "word" and units[i - 1].low in dets:
            return True
        if (i - 2 >= c.start and units[i - 2].kind == "word" and units[i - 2].low in dets and units[i - 1].kind == "word"
                and units[i - 1].low not in lx.word("aux") and not lx.phrases("generic_actors").match_ending_at(words, i - 1, c.start)
                and (any(v == "noun" for _, v in (lx.triggers.table.get((words[i],)) or []))
                     or (lx.verb_suffixes and not any(words[i].endswith(x) for x in lx.verb_suffixes + ("s",))))):
            return True  # "a religious retreat", "the biggest decline": determiner + modifier + noun or bare stem
        finite = lx.word("finite_aux")
        if not finite or not any(words[i].endswith(x) for x in lx.verb_suffixes):
            return False
        if i - 2 < c.start or units[i - 1].kind != "word" or units[i - 2].kind != "word":
            return False
        if units[i - 2].low not in dets or units[i - 1].low in lx.word("aux") or units[i - 1].low in PUNCT:
            return False
        if lx.phrases("generic_actors").match_ending_at(words, i - 1, c.start):
            return False  # "the police arrested": a role noun is the subject
        return any(units[k].kind == "word" and units[k].low in finite for k in range(j, c.end))

    def _description_subject(self, units, lo, i, prev_subject) -> list[Unit]:
        """'Kerajaan terisolasi itu telah mengirimkan ...': a definite description with no entity
        before the verb stands for the previous sentence's subject (when coref left it unresolved)."""
        lx = self.lex
        skip = lx.word("aux") - lx.word("demonstratives")
        words = [u.low for u in units[lo:i] if u.kind == "word" and u.low not in skip]
        if not prev_subject or not words or len(words) > 4:
            return []
        if any(units[k].kind == "ent" for k in range(lo, i)):
            return []
        if words[-1] in lx.word("demonstratives") or words[0] in lx.word("definite_articles"):
            if words[0] in lx.word("subject_pronoun_fallback") or words[0] in lx.word("we"):
                return []
            return [u for u in prev_subject if u.ent is not None and u.ent.type in ("GPE", "ORG", "NORP")][:1]
        return []

    def _modality(self, units, words, clauses, c: Clause, i: int, j: int) -> str:
        lx = self.lex
        lo = c.start
        # a clause hanging on the previous one ("plans to attack", "akan ... untuk menargetkan") reads its cues too
        n = c.index
        chain_lo = lo
        chain = lx.word("split_if_verb") | lx.word("purpose") | lx.word("complementizers") | lx.word("coord")
        while n > 0 and clauses[n].opener in chain:
            n -= 1
            chain_lo = clauses[n].start
        cancel = lx.phrases("cue_cancel")

        def hits(table_name: str, a: int, b: int) -> bool:
            for pos, ln in lx.phrases(table_name).find(words, a, b):
                if pos + ln < len(words) and cancel.match_at(words, pos + ln)[0]:
                    continue
                return True
            return False

        if hits("negation", max(chain_lo, i - 3), i):
            return "negated"
        if hits("negation_governing", 0, i):
            return "negated"
        if c.opener in lx.word("boundaries") and lx.phrases("hypothetical_governing").match_at([c.opener], 0)[0]:
            return "hypothetical"
        if hits("hypothetical_governing", chain_lo, i):
            return "hypothetical"
        if hits("hypothetical", max(chain_lo, i - 4), i):
            return "hypothetical"
        fut = lx.phrases("future")
        fcancel = lx.phrases("future_cancel")
        for pos, ln in fut.find(words, chain_lo, c.end):
            if pos >= j and pos - j > 6:
                continue
            if pos >= i and pos < j:
                continue
            if pos + ln < len(words) and fcancel.match_at(words, pos + ln)[0]:
                continue
            return "future"
        if hits("future_governing", 0, i):
            return "future"
        if hits("historical", chain_lo, c.end):
            return "historical"
        return "asserted"

    def _sentence_passes(self, raws: list[Raw], clauses: list[Clause]) -> None:
        lx = self.lex
        comp = lx.word("complement_taking")
        # (1) the content of a request, threat, accusation, refusal or promise is not a separate event
        for r in raws:
            for t in raws:
                if t is r or t.trig[0] >= r.trig[0] or t.event not in comp:
                    continue
                same = t.clause is r.clause
                chained = r.clause.index == t.clause.index + 1 and r.clause.opener in (lx.word("complementizers") | lx.word("purpose"))
                # "asked France to help, and Japan asked Australia": a predicate with its own subject,
                # neither the asker nor the one asked, is a new event, not the content
                own = {id(u.ent) for u in r.actor if u.ent is not None}
                if own and not own & {id(u.ent) for u in t.actor + t.recipient if u.ent is not None}:
                    continue
                if same or chained:
                    r.suppressed = True
                    # "threatened to attack South Korea": the content's target is the recipient
                    if not t.recipient and r.recipient and not (t.actor and r.actor and r.actor[0].ent is not t.actor[0].ent
                                                                and r.clause is t.clause):
                        t.recipient = r.recipient
                    mode = lx.tables.get("complement_mode", {}).get(f"{t.event}:{r.event}")
                    if mode and mode not in t.mode:
                        t.mode.append(mode)
        # (2) a purpose clause ("untuk menargetkan ...") lends its recipient to the matrix event
        for r in raws:
            if r.suppressed or not r.clause.purpose:
                continue
            matrix = [t for t in raws if not t.suppressed and not t.clause.purpose and t.clause.index < r.clause.index]
            if not matrix:
                continue
            m = matrix[-1]
            if m.event == r.event and not m.recipient and r.recipient:
                m.recipient = r.recipient
                m.evidence = (m.evidence[0], max(m.evidence[1], r.evidence[1]))
            r.suppressed = True
        # (3) "launched a petition ..., asking the government to ...", "mengajukan gugatan, menuntut
        # pemerintah ...": a later predicate of the same category that shares the subject restates the
        # event and names its recipient; it completes the first event instead of making a second
        live = [r for r in raws if not r.suppressed]
        for a, b in zip(live, live[1:]):
            if (a.event == b.event and not a.recipient and b.recipient and b.clause.index > a.clause.index
                    and a.actor and (not b.actor or {id(u.ent) for u in b.actor} == {id(u.ent) for u in a.actor})):
                a.recipient = b.recipient
                a.evidence = (a.evidence[0], max(a.evidence[1], b.evidence[1]))
                b.suppressed = True

    # ---------------------------------------------------------- article level

    def run(self) -> list[Event]:
        raws: list[Raw] = []
        prev_subject = None
        for s_index, s in enumerate(self.r.sentences):
            got, prev_subject = self._sentence(s_index, s.start, s.end, prev_subject)
            raws.extend(got)
        return self._finish(raws)

    def _ref(self, u: Unit) -> ActorRef:
        """An actor reference; people, organisations and role nouns without a code get the article's home country."""
        if u.ent is not None:
            code = u.ent.actor
            if not code and u.ent.type in ("PER", "ORG"):
                code = self.people_home or self.home
                role = self._political_role(u.ent)
                if code and role:
                    code = code[:3] + role
            return ActorRef(name=u.ent.name, code=code, entity=u.ent.id)
        home = self.people_home or self.home
        code = (home + (u.role or "")) if home else None
        ref = ActorRef(name=u.text, code=code, entity=None)
        self._role_refs.add(id(ref))
        return ref

    def _roles_from_location(self, r: Raw) -> None:
        """'Police arrested two men in Sydney': a role noun belongs to the country its clause is set in,
        not to the article's most-mentioned country."""
        loc = next(((u.ent.actor or "")[:3] for u in r.location if u.ent is not None and u.ent.type in ("GPE", "LOC")
                    and len(u.ent.actor or "") >= 3), None)
        if not loc or not (self.people_home or self.home):
            return  # only refines the home-country fallback of international stories
        for ref, u in list(zip(r.actor_refs, r.actor)) + list(zip(r.recipient_refs, r.recipient)):
            if id(ref) in self._role_refs:
                ref.code = loc + (u.role or "")

    def _coded_in_own_right(self, ref: ActorRef) -> bool:
        """A party whose code comes from the actors stage, a role noun ("police", "pasukan"), or an
        uncoded organisation or person that is political by pattern (`_political_role`); a person
        or firm coded only by the article's home country is not enough to make an event."""
        if ref.entity is not None:
            e = self.r.entity(ref.entity)
            if e is None:
                return False
            # a political organisation by pattern counts only where its country is known
            return bool(e.actor or (self._political_role(e) is not None and (self.people_home or self.home)))
        return id(ref) in self._role_refs

    def _country_for_role_only(self, r: Raw, actor_codes: set) -> None:
        """'bantuan untuk para pengungsi Rohingya yang berada di perbatasan Bangladesh': a recipient
        coded by a role alone (REF, GOV: the actors stage found no country) takes the first coded
        country named after it in the sentence that is not the actor's own."""
        roles = self._role_codes()
        sent = self.r.sentences[r.sent_index]
        for ref in r.recipient_refs:
            if not ref.code or len(ref.code) != 3 or ref.code not in roles:
                continue
            after = r.trig_span[1]
            for start, end, e in self.mentions:
                code = (e.actor or "")[:3]
                if (after <= start < sent.end and e.type == "GPE" and len(code) == 3 and code not in roles
                        and code not in actor_codes and code.isupper()):
                    ref.code = code + ref.code
                    r.confidence -= 0.05
                    break

    def _role_codes(self) -> set:
        if not hasattr(self, "_roles_cache"):
            lx = self.lex
            vals = set(lx.phrases("generic_actors").table.values()) | set(lx.phrases("org_heads").table.values())
            vals |= set(lx.phrases("offices").table.values())
            self._roles_cache = {v for v in vals if isinstance(v, str) and len(v) == 3}
        return self._roles_cache

    def _political_role(self, e: Entity) -> Optional[str]:
        """Role code ("" when only the country is known) of an entity the actors stage left uncoded
        but that is a political actor by pattern: an organisation whose name carries a ministry,
        court, party, police, army, council or parliament head word ("Municipality of Livorno",
        "Komisi 1 DPR RI"), an organisation that speaks in a quote, or a person with an office
        title next to the name ("Kapolsek Cikokol AKP Efendi", "Claudio De Vincenti, undersecretary").
        None otherwise: a firm, a club, a private person."""
        if e.id in self._political:
            return self._political[e.id]
        role: Optional[str] = None
        lx = self.lex
        if e.type == "ORG":
            words = [t.text.lower() for t in nlp_for(self.r.lang).tokenizer(e.name)]
            not_heads = lx.phrases("org_not_heads")
            if not any(not_heads.match_at(words, k)[0] for k in range(len(words))):
                heads = lx.phrases("org_heads")
                for k in range(len(words)):
                    n, found = heads.match_at(words, k)
                    if n:
                        role = found or ""
                        break
                if role is None and e.type in lx.word("org_speaker_types") and e.id in self._speakers:
                    role = ""
        elif e.type == "PER":
            role = self._title_role(e)
        self._political[e.id] = role
        return role

    def _title_role(self, e: Entity) -> Optional[str]:
        """An office title in apposition to a person's name: before it ("Menteri X", "the president
        of the region, X") or after it ("X, undersecretary to the prime minister")."""
        offices = self.lex.phrases("offices")
        doc = self.doc
        for m in e.mentions:
            if m.kind not in (None, "", "name", "alias", "surname"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            sent_char = next((x.start for x in self.r.sentences if x.start <= m.start < x.end), 0)
            lo = span.start
            while lo > 0 and span.start - lo < 7 and doc[lo - 1].idx >= sent_char:
                lo -= 1
            before = [t.text.lower() for t in doc[lo:span.start]]
            for k in range(len(before)):
                n, role = offices.match_at(before, k)
                if n and (k + n == len(before) or before[k + n] in (",", "of", "to", "dari", "the")
                          or doc[lo + len(before) - 1].text[:1].isupper()):
                    return role or ""
            after = [t.text.lower() for t in doc[span.end:min(len(doc), span.end + 5)]]
            if after and after[0] == ",":
                for k in (1, 2):
                    if k < len(after):
                        n, role = offices.match_at(after, k)
                        if n:
                            return role or ""
        return None

    def _no_home_against_home(self, r: Raw) -> None:
        """'Students protest against Israel': unnamed actors are not given the country they act against."""
        home = self.people_home or self.home
        if not home:
            return
        for mine, units, other in ((r.actor_refs, r.actor, r.recipient), (r.recipient_refs, r.recipient, r.actor)):
            if any(u.ent is not None and u.ent.type == "GPE" and (u.ent.actor or "")[:3] == home for u in other):
                for ref, u in zip(mine, units):
                    if u.ent is None or not u.ent.actor:
                        ref.code = None

    @staticmethod
    def _codes(refs: list[ActorRef]) -> tuple:
        return tuple(sorted({(r.code or "")[:3] or (r.name or "") for r in refs}))

    def _refs(self, units: list[Unit]) -> list[ActorRef]:
        out, seen = [], set()
        for u in units:
            ref = self._ref(u)
            k = ref.entity or ref.name
            if k not in seen:
                seen.add(k)
                out.append(ref)
        return out

    def _finish(self, raws: list[Raw]) -> list[Event]:
        lx = self.lex
        cats = lx.tables.get("category", {})
        self._raws = raws
        last_recipient: dict[tuple, list[ActorRef]] = {}
        events: list[Event] = []
        seen: set = set()
        for r in raws:
            cat = cats.get(r.event, {})
            r.actor_refs = self._refs(r.actor)
            r.recipient_refs = self._refs(r.recipient)
            self._roles_from_location(r)
            self._no_home_against_home(r)
            actor_codes = {(a.code or "")[:3] for a in r.actor_refs if a.code}
            r.recipient_refs = [x for x in r.recipient_refs if not (x.entity and any(x.entity == a.entity for a in r.actor_refs))]
            if not r.recipient_refs and cat.get("location_recipient"):
                loc = [self._ref(u) for u in r.location if u.ent is not None and u.ent.type in ("GPE", "LOC") and u.ent.actor]
                loc = [x for x in loc if (x.code or "")[:3] not in actor_codes]
                if loc:
                    r.recipient_refs = loc[:1]
                    r.recipient_from = "location"
                    r.confidence -= 0.05
            self._country_for_role_only(r, actor_codes)
            key = (r.event, self._codes(r.actor_refs))
            if r.recipient_refs and r.actor_refs:
                last_recipient[key] = r.recipient_refs
            elif not r.recipient_refs and r.actor_refs and cat.get("inherit_recipient") and key in last_recipient:
                r.recipient_refs = list(last_recipient[key])
                r.recipient_from = "discourse"
                r.confidence -= 0.1
            if not r.recipient_refs and r.tdef.no_recipient_event:
                r.event = r.tdef.no_recipient_event
                r.mode = list(r.tdef.no_recipient_mode)
            words_trig = tuple(self.r.text[r.trig_span[0]:r.trig_span[1]].lower().split())
            needs_rec = cats.get(r.event, {}).get("needs_recipient") or r.tdef.needs_recipient or words_trig in r.tdef.needs_recipient_forms
            if needs_rec and not r.recipient_refs and not (cats.get(r.event, {}).get("compound_actor_ok") and len(r.actor_refs) >= 2):
                self.dropped.append(("needs recipient", r))
                continue
            if r.voice in ("active", "receive", "host") and not r.actor_refs:
                self.dropped.append(("no subject", r))
                continue  # the clause's subject was not found: whoever acted, kabar cannot say
            if not any(self._coded_in_own_right(ref) for ref in r.actor_refs + r.recipient_refs):
                self.dropped.append(("nothing coded", r))
                continue  # no party is a coded actor or a role noun: a business, sport or private sense
            if cats.get(r.event, {}).get("needs_actor") and not r.actor_refs:
                self.dropped.append(("needs actor", r))
                continue
            if not r.actor_refs and not r.recipient_refs:
                self.dropped.append(("no party", r))
                continue
            if r.modality == "future" and r.event in lx.tables.get("future_as", {}):
                r.event = lx.tables["future_as"][r.event]
                r.mode = []
            for ev in self._emit(r):
                k = (r.sent_index, ev.event, self._codes(ev.actor), self._codes(ev.recipient), ev.date, ev.modality,
                     ev.claimant.name if ev.claimant else None)
                if k in seen:
                    continue
                seen.add(k)
                events.append(ev)
        for n, ev in enumerate(events, 1):
            ev.id = f"V{n}"
        return events

    # ---------------------------------------------------------- claimant, date, quantities

    def _claimant(self, r: Raw) -> tuple[Optional[Claimant], list[Claimant], Optional[str]]:
        q = self.r.quote_at(r.trig_span[0], r.trig_span[1])
        if q is not None:
            chain: list[Claimant] = []
            cur: Optional[Quote] = q
            guard = 0
            while cur is not None and guard < 10:
                name = cur.speaker_name or (self.r.entity(cur.speaker).name if cur.speaker and self.r.entity(cur.speaker) else None)
                if name:
                    chain.append(Claimant(name=name, entity=cur.speaker, quote=cur.id))
                cur = self.qby_id.get(cur.parent) if cur.parent else None
                guard += 1
            chain.reverse()
            r.quote = q
            return (chain[-1] if chain else None), chain, q.id
        # "menurut X" / "according to X" in the same sentence
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is None:
            return None, [], None
        units = _units(self.doc, sent.start, sent.end, self.mentions)
        words = [u.low for u in units]
        table = self.lex.phrases("according")
        for pos, ln in table.find(words, 0, len(words)):
            for k in range(pos + ln, min(len(units), pos + ln + 4)):
                if units[k].kind == "ent":
                    e = units[k].ent
                    if r.trig_span[0] <= units[k].start < r.trig_span[1]:
                        break
                    c = Claimant(name=e.name, entity=e.id)
                    return c, [c], None
        return None, [], None

    def _dates(self, r: Raw) -> list[tuple[Optional[str], Optional[str]]]:
        a, b = r.evidence
        inside = [d for d in self.r.dates if d.value and d.start < b and d.end > a]
        if inside:
            return [(d.value, d.text) for d in inside]
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is not None:
            in_sent = [d for d in self.r.dates if d.value and sent.start <= d.start < sent.end]
            q = r.quote
            if q is not None:
                outside = [d for d in in_sent if not (q.start <= d.start < q.end)]
                quad = self.lex.tables.get("quad", {}).get(r.event, "")
                if outside and quad.startswith("VERBAL"):
                    # a verbal act inside a quote is made when the quote was spoken
                    return [(outside[0].value, outside[0].text)]
                in_sent = [d for d in in_sent if q.start <= d.start < q.end]
            # a date in a part of the sentence that states no other event ("Rusia menyerang Kyiv, Senin (5/1)")
            free = [d for d in in_sent if not self._other_event_at(d.start, r)]
            if len(free) == 1:
                return [(free[0].value, free[0].text)]
        if self.news_date and r.modality in ("asserted", "negated"):
            return [self.news_date]
        return [(None, None)]

    def _other_event_at(self, offset: int, r: Raw) -> bool:
        return any(x is not r and x.evidence[0] <= offset < x.evidence[1] for x in self._raws)

    def _dateline(self) -> Optional[tuple[str, str]]:
        meta = self.r.meta or {}
        v = meta.get("dateline_date") or meta.get("dateline")
        if isinstance(v, dict):
            return (v.get("value"), v.get("text")) if v.get("value") else None
        if isinstance(v, str) and v[:4].isdigit():
            return (v, None)
        return None

    def _casualties(self, r: Raw) -> dict[str, float]:
        lx = self.lex
        out: dict[str, float] = {}
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is None:
            return out
        for q in self.r.quantities:
            if not (sent.start <= q.start < sent.end):
                continue
            value = q.value if q.value is not None else q.min
            if value is None:
                continue
            after = [t.text.lower() for t in self.doc if q.end <= t.idx < sent.end][:6]
            before = [t.text.lower() for t in self.doc if sent.start <= t.idx < q.start][-4:]
            noun = (q.noun or "").lower().split() or [t.text.lower() for t in self.doc if q.start <= t.idx < q.end][1:]
            window_after = noun + after[:5]
            for kind in ("dead", "injured"):
                t = lx.phrases("casualty_" + kind)
                if (t.find(window_after, 0, len(window_after)) or (before and t.match_ending_at(before, len(before) - 1))) and kind not in out:
                    out[kind] = float(value)
                    break
            if r.event == "PROTEST" and "size" not in out:
                t = lx.phrases("casualty_crowd")
                if t.find(window_after[:3], 0, 3) and r.evidence[0] <= q.start < r.evidence[1]:
                    out["size"] = float(value)
        return out

    def _quantity(self, r: Raw) -> Optional[Quantity]:
        a, b = r.evidence
        for q in self.r.quantities:
            if a <= q.start < b and q.start >= r.trig_span[0]:
                return q
        return None

    def _emit(self, r: Raw) -> list[Event]:
        lx = self.lex
        claimant, chain, quote_id = self._claimant(r)
        casualties = self._casualties(r) if r.event in ("ASSAULT", "PROTEST", "COERCE") else {}
        quantity = self._quantity(r)
        quad = lx.tables.get("quad", {}).get(r.event)
        out = []
        for value, text in self._dates(r):
            modality = r.modality
            if modality == "asserted" and value and self.r.published:
                try:
                    y, m, d = (value.split("T")[0].split("-") + ["1", "1"])[:3]
                    when = dt.date(int(y), int(m), int(d))
                    days = int(lx.tables.get("modality_rules", {}).get("historical_days", 730))
                    if (self.r.published - when).days >= days:
                        modality = "historical"
                except ValueError:
                    pass
            conf = r.confidence + (0.1 if r.actor_refs and r.recipient_refs and all(x.code for x in r.actor_refs + r.recipient_refs) else 0.0)
            out.append(Event(
                id="V0",
                event=r.event,
                mode=list(dict.fromkeys(r.mode)),
                context=list(dict.fromkeys(r.context)),
                actor=r.actor_refs,
                recipient=r.recipient_refs,
                date=value,
                date_text=text,
                event_text=self.r.text[r.trig_span[0]:r.trig_span[1]],
                evidence=Span(start=r.evidence[0], end=r.evidence[1]),
                quad_code=quad,
                modality=modality,
                claimant=claimant,
                claimant_chain=chain,
                quote=quote_id,
                instrument=r.instrument,
                quantity=quantity,
                dead=casualties.get("dead"),
                injured=casualties.get("injured"),
                size=casualties.get("size"),
                cameo=self._cameo(r),
                goldstein=self._goldstein(r),
                confidence=round(max(0.05, min(0.95, conf)), 2),
            ))
        return out

    def _cameo(self, r: Raw) -> Optional[str]:
        table = self.lex.tables.get("cameo", {})
        for m in r.mode:
            for ctx in r.context:
                if f"{r.event}:{m}:{ctx}" in table:
                    return table[f"{r.event}:{m}:{ctx}"]
            if f"{r.event}:{m}" in table:
                return table[f"{r.event}:{m}"]
        return table.get(r.event)

    def _goldstein(self, r: Raw) -> Optional[float]:
        table = self.lex.tables.get("goldstein", {})
        for m in r.mode:
            if f"{r.event}:{m}" in table:
                return float(table[f"{r.event}:{m}"])
        v = table.get(r.event)
        return float(v) if v is not None else None
