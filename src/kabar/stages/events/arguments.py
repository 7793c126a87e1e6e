"""Arguments: the subject left of a trigger, objects and prepositional parties right of it, role nouns."""

from __future__ import annotations

import re
from typing import Optional

from kabar.record import Entity
from kabar.text.parse import base
from kabar.stages.events.lexicon import MEANS_CLASSES, InstrumentDef, TriggerDef
from kabar.stages.events.units import Clause, Unit, back_past_words, past_words, position_of, position_of_offset

# edges that leave a verb's own phrase: a clause below it, or the subject of another predicate; a passive
# subject of the verb itself is its logical object ("a crackdown has been launched")
_CLAUSE_EDGES = frozenset({"nsubj", "csubj", "ccomp", "xcomp", "advcl", "acl", "parataxis", "root", "expl"})
_PASSIVE_SUBJECT = frozenset({"nsubj:pass", "nsubjpass"})
_PARAGRAPH_BREAK = re.compile(r"\n\s*")


class ArgumentFinding:
    """Finding a trigger's parties among the units of its clause."""

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
        dets = self.lex.dets
        group = [units[k]]
        j = k
        while True:
            n = j + direction
            # leftwards the determiner of the entity comes first: "the Tories and [the] Lib Dems"
            while direction < 0 and lo <= n < hi and units[n].kind == "word" and units[n].low in dets:
                n += direction
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

    def _we_quote(self, u: Unit):
        """The quote a 'kami'/'we' word stands in, if any: its speaker is who "we" is."""
        we = self.__dict__.get("_we_words")
        if we is None:
            we = self._we_words = self.lex.word("we")
        if u.kind != "word" or u.low not in we:
            return None
        q = self.r.quote_at(u.start, u.end)
        if q is None and u.low in self.lex.word("side_pronouns"):
            return self._side_quote(u)
        return q

    def _side_quote(self, u: Unit):
        """Session 35 (evid35): "pihaknya" (his or her side) outside any quote is the side of the one who spoke last, in
        this or the previous paragraph: '"...," ujar Kapolsek AKP Heri. Hingga kini, pihaknya masih melakukan
        penyelidikan' (the police), as the quotes stage reads "pihaknya" as a speaker (`side_pronouns`)."""
        before = [q for q in self.r.quotes if q.end <= u.start and q.speaker]
        if not before:
            return None
        q = max(before, key=lambda q: q.end)
        return q if len(_PARAGRAPH_BREAK.findall(self.r.text, q.end, u.start)) <= 1 else None

    def _as_arg(self, u: Unit) -> Optional[Unit]:
        """The party a unit stands for: an entity mention, a mention inside the token, or a 'kami'/'we' inside a quote,
        which stands for the speaker (or the speaker's organisation); 'kita' in a quote whose speaker has a name but
        no entity is the speaker, coded as the home side. Session 35 (speed35): the quote is looked up once per unit
        (two calls before, ~260 units an article)."""
        if u.kind == "ent":
            return u
        if u.inner is not None:
            return Unit("ent", u.inner.name, "\x00ent", u.start, u.end, ent=u.inner)
        q = self._we_quote(u)
        if not q:
            return None
        if q.speaker:
            e = self.r.entity(q.speaker)
            return Unit("ent", e.name, "\x00ent", u.start, u.end, ent=e) if e is not None else None
        if q.speaker_name:
            return Unit("generic", q.speaker_name, "", u.start, u.end, role="")
        return None

    def _topic_modifier(self, units: list[Unit], k: int) -> bool:
        """Session 27 (events-en27): the entity at k only modifies the topic noun right after it ([syntax] topic_heads:
        "the Iraq war", "the Iran-Iraq war", "the Kosovo conflict"): it names the topic's place, not a party of the act
        ("resigned from the government over the Iraq war" is no act on Iraq)."""
        heads = self.lex.word("topic_heads")
        if not heads or units[k].kind != "ent" or not self.r.text[units[k].start:units[k].end][:1].isupper():
            return False  # a name, not a pronoun ("its conflict with Iran", "his policy toward Russia")
        m = k + 1
        # the names of a pair before it ("the Iran-Iraq war", "the Israel-Hamas conflict")
        while m + 1 < len(units) and m <= k + 4 and units[m].kind == "word" and units[m].low in ("-", "–", "/") \
                and units[m + 1].kind == "ent":
            m += 2
        return m < len(units) and units[m].kind == "word" and units[m].low in heads

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
                if self._prep_before(units, position_of(units, group[0]), lo) in preps:
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

    def _passive_agent(self, units: list[Unit], words: list[str], j: int, hi: int) -> list[Unit]:
        """The agent of a passive found without a coded entity after "by"/"oleh": a role noun there
        ("detained by police"), or, where the language puts the agent straight after the verb
        ("ditangkap polisi", "diserang Rusia"), the party right after it."""
        lx = self.lex
        k = j
        if k < hi and units[k].kind == "word" and units[k].low in lx.word("agent_preps"):
            k += 1
        elif not lx.bare_passive_agent:
            return []
        k = past_words(units, k, hi, lx.dets)
        if k + 1 < hi and units[k].kind == "word" and units[k].low in lx.word("agent_group_nouns") and units[k + 1].kind == "ent":
            k += 1  # "diselidiki tim Ditreskrimum Polda Bali": a team or the ranks of a named body act for it
        if k >= hi:
            return []
        if units[k].kind == "ent" and not self._means_owner(units, words, k):
            return self._group(units, k, k, hi, 1)
        n, role = lx.phrases("generic_actors").match_at(words, k, hi)
        if n:
            return [Unit("generic", " ".join(u.text for u in units[k:k + n]), "", units[k].start, units[k + n - 1].end, role=role)]
        return []

    def _scan_right(self, units: list[Unit], words: list[str], j: int, hi: int) -> dict[str, list[Unit]]:
        """Arguments after the predicate: object/recipient, agent, source, location, means owner."""
        lx = self.lex
        found: dict[str, list[Unit]] = {}
        reports = lx.word("report_nouns")
        skip_to = -1
        for k in range(j, hi):
            if k <= skip_to:
                continue  # the holder of a country's title was read with the country ("by Spanish Judge X")
            u = units[k]
            if reports and u.kind == "word" and u.low in reports and k - j <= 2 and "object" not in found:
                # "denied reports it was withdrawing from Iraq": what the report says is not the object; only
                # its source is ("rejected claims by Russia", "denied allegations from the opposition")
                p = k + 2 if k + 2 < hi and units[k + 1].low in lx.word("report_links") else k + 1  # "claims made by"
                if p + 1 < hi and units[p].low in lx.word("agent_preps") | lx.word("source_preps") \
                        and units[p + 1].kind == "ent" and self._as_arg(units[p + 1]) is not None:
                    holder = self._holder_after(units, words, p + 1, hi)  # "criticism from Republican candidate X"
                    found["object"] = [self._as_arg(units[p + 1 if holder is None else holder])]
                break
            arg = self._as_arg(u)
            if arg is None:
                continue
            if u.kind != "ent":
                if k == j or u.inner is not None:  # "kita" after a noun ("nota protes kita") owns it, is no object
                    found.setdefault("object", [arg])
                continue
            if k > j and units[k - 1].kind == "word" and units[k - 1].low in lx.word("currency_words"):
                continue  # "terhadap dolar AS": the country names a currency, no party
            if self.r.text[u.start:u.end].lower() in lx.word("possessives"):
                found.setdefault("owner", [u])  # "withdrew its troops from X": "its" owns the object, is no party
                continue
            if self._topic_modifier(units, k) and self._prep_before(units, k, j) not in lx.word("location_preps"):
                # "over the Iraq war": the country names the topic's place, no party; the topic fills the object's
                # slot, so a party named further on is no object either ("talks on the Syrian crisis ahead of a meeting
                # on Washington's efforts"). After a location preposition it stays the place ("killed in the Iraq war")
                if self._prep_before(units, k, j) not in lx.word("agent_preps") | lx.word("source_preps"):
                    found.setdefault("object", [])
                continue
            prep = self._prep_before(units, k, j)
            holder = self._holder_after(units, words, k, hi) if prep not in lx.word("location_preps") else None
            if holder is not None:
                # "by Spanish Judge Baltasar Garzon", "oleh Presiden Rusia Vladimir Putin": the country names the
                # title's holder, one party; the person stands for it and is no second party (an object)
                skip_to = holder
                k, u = holder, units[holder]
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

    def _holder_after(self, units: list[Unit], words: list[str], k: int, hi: int) -> Optional[int]:
        """The person a country or nationality at k qualifies through a title: "Spanish Judge Baltasar Garzon",
        "Iraqi Prime Minister Iyad Allawi", "Presiden Rusia Vladimir Putin" (the title before the country is
        not between them). The index of the person's entity, or None: between the two only capitalised words
        of a title (at most four) or an office phrase, nothing else."""
        u = units[k]
        if u.kind != "ent" or u.ent is None or u.ent.type not in ("GPE", "NORP", "ORG"):
            return None
        if u.ent.type == "ORG" and u.ent.actor:
            return None  # "Microsoft chief Steve Ballmer": a coded organisation stays the party
        offices = self.lex.phrases("offices")
        titles = self.lex.phrases("person_titles")
        m, plain, titled = k + 1, False, False
        while m < hi and m <= k + 4 and units[m].kind == "word":
            n, _ = offices.match_at(words, m, hi)
            if not n:
                n, _ = titles.match_at(words, m, hi)
            if n:
                m += n
                titled = True
                continue
            titled = False
            if units[m].text.isalpha() and units[m].text.islower():
                plain = True  # "Republican presidential candidate Donald Trump": allowed if a title follows
            elif not (units[m].text[:1].isupper() and units[m].text.isalpha()):
                return None
            m += 1
        if plain and not titled:
            return None
        if u.ent.type == "ORG" and m == k + 1 and len(u.text.split()) > 1:
            return None  # "the Office of Immigrant Affairs Clinton had announced": a relative clause, not a party word
        if m < hi and units[m].kind == "ent" and units[m].ent is not None and units[m].ent.type == "PER":
            return m
        return None

    def _objects_ok(self, tdef: TriggerDef, units: list[Unit], words: list[str], clause: Clause, i: int, j: int,
                    voice: str, clitic: Optional[str]) -> tuple[bool, list[InstrumentDef], Optional[str]]:
        """Instruments in the clause; with an object restriction, whether one of the right class is there."""
        lx = self.lex
        if tdef.object_words and not self._pattern_holds(tdef, words, clause, i, j, voice, units):
            return False, [], None
        if tdef.clause_object and (voice != "active" or not self._clause_object_follows(units, words, clause, j)):
            return False, [], None
        lo = clause.start if voice in ("passive", "noun") else i
        found: list[tuple[InstrumentDef, str]] = []
        hi = clause.end
        if tdef.objects and hi < len(units) and units[hi].low in lx.word("object_continues"):
            hi = min(len(units), hi + 8)  # "described X as a haven for ...", "called X a \"threat\"": the naming goes on
        k = lo
        starts = lx.instruments.lengths  # words some instrument starts with: match_at's (0, None) without the call
        while k < hi:
            if k >= len(words) or words[k] not in starts:
                k += 1
                continue
            n, idef = lx.instruments.match_at(words, k, hi)
            if n:
                if k + n <= hi:
                    text_end = k + n
                    # extend over the maker entity: "misil Korea Utara", "misil balistik"
                    if text_end < hi and units[text_end].kind == "ent":
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
        anaphor = clitic in lx.word("object_clitics") or (j < clause.end and units[j].low in lx.word("anaphoric_objects"))
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

    def _clause_object_follows(self, units: list[Unit], words: list[str], clause: Clause, j: int) -> bool:
        """A content clause with no complementizer right after the verb (``clause_object`` triggers): a determiner or
        possessive, one to four more words of a noun phrase or a name, then a finite verb of ``[syntax] clause_verbs``
        ("denied their role was changing", "denied the party was trying to hide", "denies the concessions were a
        political manoeuvre"). An object with no verb after it ("denied the report", "denied them access") is none."""
        lx = self.lex
        verbs = lx.word("clause_verbs")
        if not verbs or j >= clause.end:
            return False
        first = units[j]
        if not (first.kind == "ent" or (first.kind == "word" and first.low in lx.word("determiners")
                                         | lx.word("definite_articles") | lx.word("possessives"))):
            return False
        stop = lx.word("preps") | lx.word("coord") | lx.word("boundaries") | lx.word("aux")
        for k in range(j + 1, min(clause.end, j + 6)):
            u = units[k]
            if u.kind == "word" and u.low in verbs:
                return True
            if u.kind == "punct" or (u.kind == "word" and (u.low in stop or not u.text.isalpha())):
                return False
        return False

    def _pattern_holds(self, tdef: TriggerDef, words: list[str], clause: Clause, i: int, j: int, voice: str,
                       units: Optional[list[Unit]] = None) -> bool:
        """Every group of a CAMEO pattern occurs in the clause: after an active verb, anywhere but the verb otherwise.
        A word after an auxiliary or "to" is a verb, not the pattern's noun ("stated it would attack X" is no
        announced attack: the statement's content is coded on its own). With ``[cameo_verbs] pattern_in_phrase``
        and a parse, a group must also sit in the verb's own phrase (``_in_verb_phrase``)."""
        spans = [(j, clause.end)] if voice == "active" else [(clause.start, i), (j, clause.end)]
        aux = self.lex.word("aux")
        starts: dict[str, list[int]] = {}
        for lo, hi in spans:
            for k in range(lo, hi):
                if k > j and words[k - 1] in aux:
                    continue
                starts.setdefault(words[k], []).append(k)
        found = []
        for group in tdef.object_words:
            hits = [k for alt in group if alt for k in starts.get(alt[0], ()) if tuple(words[k:k + len(alt)]) == alt]
            if not hits:
                return False
            found.append(hits)
        # Session 30 (speed30): the parse only narrows the hits, so it is asked for (and the sentence parsed) only
        # when every group has one by the words; a group without any fails the pattern with or without it
        if found and units is not None and self.lex.tables.get("cameo_verbs", {}).get("pattern_in_phrase", False):
            in_phrase = self._verb_phrase_test(units, i)
            if in_phrase is not None and not all(any(in_phrase(units[k].start) for k in hits) for hits in found):
                return False
        return True

    def _verb_phrase_test(self, units: list[Unit], i: int):
        """A test of character offsets: is the token there in the phrase of the verb at unit ``i``? On the
        parse, the path from the token up to the verb crosses no clause or subject edge: "denied
        suggestions", "has resisted calls", "a crackdown ... was launched" are the verb's own objects; in
        "said it had found wide support", "say they will look at his plans" the noun belongs to the reported
        clause, which is coded on its own. None (no test) where the sentence has no parse."""
        p, v = self._parse_head(units, i)
        if p is None or v is None:
            return None
        # Session 28 (fp28): a noun reached through more prepositional phrases than this (obl, nmod edges) is a detail of
        # what the verb acts on, not its object: "paid out $3.5m to end investigations into indecency in its US radio and
        # TV shows" ended investigations, closed no radio (CAMEO "1721 radio"); "placed in detention" stays (one such
        # edge), and a phrase of ``pattern_nesting_free`` ("of") counts none: "put their militaries on high levels of alert"
        nest = self.lex.tables.get("cameo_verbs", {}).get("pattern_nesting")
        free = set(self.lex.tables.get("cameo_verbs", {}).get("pattern_nesting_free", []))  # "on high levels of alert"

        def test(offset: int) -> bool:
            t = p.token_at(offset)
            if t is None or p.sent[t] != p.sent[v]:
                return False
            nested = 0
            for _ in range(64):
                if t == v:
                    return True
                h = p.head[t]
                if h == t:
                    return False  # the root reached: the word is outside the verb's phrase
                label = p.dep[t]
                if base(label) in _CLAUSE_EDGES and not (h == v and label in _PASSIVE_SUBJECT):
                    return False
                if nest is not None and base(label) in ("obl", "nmod") and not label.endswith("poss") \
                        and not any(p.word[c].lower() in free for c in p.kids(t, "case")):
                    nested += 1
                    if nested > nest:
                        return False
                t = h
            return False
        return test

    # ---------------------------------------------------------- the dependency parse, where there is one

    def _parse_head(self, units: list[Unit], span_start: int):
        """The parse and the trigger's token in it, or (None, None) where its sentence has no parse. A
        sentence the syntax stage left unparsed is parsed now: only sentences with a party missing ask."""
        p = getattr(self, "parse", None)
        if p is None:
            return None, None
        if p.sentence_at(units[span_start].start) is None:
            return None, None
        return p, p.token_at(units[span_start].start)

    def _parse_party(self, units: list[Unit], words: list[str], p, t: Optional[int]) -> list[Unit]:
        """The party a parse token stands for: the entity, "we" or role noun at its head, one per conjunct
        ("Russia and China" -> both)."""
        if t is None:
            return []
        out: list[Unit] = []
        g = self.lex.phrases("generic_actors")
        for c in p.conjuncts(t):
            k = position_of_offset(units, p.start[c])
            if k is None:
                continue
            a = self._as_arg(units[k])
            if a is None and units[k].kind == "word":
                n = g.match_ending_at(words, k)
                if n:
                    s = k - n + 1
                    a = Unit("generic", " ".join(u.text for u in units[s:k + 1]), "", units[s].start, units[k].end,
                             role=g.table[tuple(words[s:k + 1])])
            if a is not None and all(x.start != a.start for x in out):
                out.append(a)
        return out

    def _party_starts(self, units: list[Unit], words: list[str]) -> set[int]:
        """Session 30 (speed30): the start of the party ``_parse_party`` would read at each unit of the sentence, for
        every unit that is one (its own test, unit by unit): what a parse token of the sentence can stand for."""
        g = self.lex.phrases("generic_actors")
        out: set[int] = set()
        for k, u in enumerate(units):
            if self._as_arg(u) is not None:
                out.add(u.start)
            elif u.kind == "word":
                n = g.match_ending_at(words, k)
                if n:
                    out.add(units[k - n + 1].start)
        return out

    def _parse_check(self, raw, units: list[Unit], words: list[str], span_start: int) -> None:
        """The chunk rules take the nearest party left of the verb; where the parse gives the verb a subject
        of its own that does not cover that party, the party stands outside the verb's clause ("Amnesty said
        protesters were arrested", "X said police attacked Y": Amnesty and X are the speakers). The parse's
        subject then replaces it, or leaves the slot empty when it is no party ("the man")."""
        if raw.voice not in ("active", "passive"):
            return
        slot = "actor" if raw.voice == "active" else "recipient"
        have = getattr(raw, slot)
        if not have:
            return
        # Session 30 (speed30): the parse's subject replaces the party only when its span starts at or after the end of
        # every party and the subject comes before the verb, so some token lies between the last party and the verb;
        # with only white space there ("Police arrested") the parse can change nothing and its sentence is not parsed
        last = max(u.end for u in have)
        if last >= 0 and not self.r.text[last:units[span_start].start].strip():
            return
        p, v = self._parse_head(units, span_start)
        if v is None:
            return
        if self._relative_clause_party(raw, slot, units, words, p, v):
            return
        s = p.subject(v, inherit=False)
        if s is None or p.start[s] >= p.start[v]:
            return
        lo, hi = p.span(s)
        if any(lo <= u.start < hi for u in have):
            return
        if not all(u.end <= lo for u in have):
            return  # the chunk party is not before the parse subject: leave it
        got = self._parse_party(units, words, p, s)
        if not got and p.pos[s] == "PRON":
            return  # "X said it will donate": an unresolved pronoun is most often the nearest party before it
        setattr(raw, slot, got)
        raw.confidence -= 0.05

    def _relative_clause_party(self, raw, slot: str, units: list[Unit], words: list[str], p, v: int) -> bool:
        """Session 32 (actorsen32): every chunk party before the trigger lies inside a relative clause that describes a
        noun before the trigger and does not hold it ("Euronext, which combines the Paris, Amsterdam and Lisbon stock
        exchanges, also began talks"): the clause's parties (NLD, PRT) only describe that noun and are no party of the
        act. The noun's own party, where it names one, replaces them ("Eight protesters who stormed the House of Commons
        chamber have been charged": the protesters); else an active verb's actor is left empty, while a passive keeps its
        party, which often owns the thing acted on ("The allegations, which he has denied, are being investigated").
        Not where the trigger itself heads a relative clause: its party is the noun the clause hangs on, which the parse
        may attach wrongly. True when changed."""
        edges = self.lex.word("relative_party_edges")
        have = getattr(raw, slot)
        if not edges or base(p.dep[v]) in edges:
            return False
        nouns: set[int] = set()
        for u in have:
            t = p.token_at(u.start)
            if t is None or p.sent[t] != p.sent[v] or u.start >= p.start[v]:
                return False
            a = next((a for a in [t] + p.ancestors(t) if base(p.dep[a]) in edges), None)
            if a is None or not self._relative_clause(a) or p.head[a] == v or v in p.subtree(a):
                return False
            nouns.add(p.head[a])
        got = [g for n in sorted(nouns) for g in self._parse_party(units, words, p, n)]
        if any(g.start == u.start for g in got for u in have) or (not got and slot != "actor"):
            return False
        setattr(raw, slot, got)
        raw.confidence -= 0.05
        return True

    def _outside_phrase(self, p, v: int, t: Optional[int], edges: frozenset) -> bool:
        """True when token ``t`` hangs below the verb ``v`` through one of ``edges`` (a clause of its own below
        the verb) whose head comes before ``t``: ``t`` sits in that clause's predicate ("for claiming the EU
        constitution"). A token in the lower clause's subject ("defended the government's record ... is
        forthcoming", often a misparsed object) or not below the verb at all is not judged: False."""
        if t is None or p.sent[t] != p.sent[v]:
            return False
        crossed = False
        at = t
        for _ in range(64):
            if t == v:
                return crossed
            h = p.head[t]
            if h == t:
                return False
            if base(p.dep[t]) in edges and p.start[t] < p.start[at] and not self._means_clause(p, t):
                crossed = True
            t = h
        return False

    def _means_clause(self, p, t: int) -> bool:
        """A clause of means or purpose ("hit back by saying Tory attitudes ...", "retaliated by firing into the north",
        "held meetings to discuss the plan with the ADB"): it tells the act itself, so its party is the act's."""
        m = p.marker(t)
        return bool(m) and m.split()[-1] in self.lex.word("agent_preps") | self.lex.word("purpose")

    def _parse_recipient_check(self, raw, units: list[Unit], words: list[str], span_start: int) -> None:
        """Session 28 (recip-en28): the chunk rules take the first party after an active verb as its recipient; where
        the parse puts that party in a clause below the verb (``[syntax] recipient_clause_edges``: "criticised the
        government for claiming the EU constitution would ...") it is the party of that clause, not of this act. The
        parse's own object of the verb (or its oblique with a recipient preposition) then stands in, or none."""
        edges = frozenset(self.lex.word("recipient_clause_edges"))
        if not edges or raw.voice != "active" or not raw.recipient:
            return
        p, v = self._parse_head(units, span_start)
        if v is None:
            return
        first = raw.recipient[0]
        if first.start < units[span_start].start:
            return  # a recipient before the verb (a fronted object, a reciprocal pair) is not the object read here
        if not self._outside_phrase(p, v, p.token_at(first.start), edges):
            return
        got = self._parse_object_party(raw, units, words, p, v)
        got = [u for u in got if not self._outside_phrase(p, v, p.token_at(u.start), edges)]
        raw.recipient = got
        raw.confidence -= 0.05

    def _parse_object_party(self, raw, units: list[Unit], words: list[str], p, v: int) -> list[Unit]:
        """The party of the verb's own object, or of its oblique with a recipient preposition, not the actor and not
        the act's means."""
        got = self._parse_party(units, words, p, p.object(v)) or self._oblique_party(units, words, p, v)
        if got and (any(a.start == got[0].start for a in raw.actor) or self._is_means(raw.tdef, units, words, got[0])):
            return []
        return got

    def _oblique_party(self, units: list[Unit], words: list[str], p, v: int) -> list[Unit]:
        """The party of the verb's first oblique with a recipient preposition that names one."""
        for prep, c in p.obliques(v):
            if prep and prep.split()[-1] in self.lex.word("recipient_preps"):
                got = self._parse_party(units, words, p, c)
                if got:
                    return got
        return []

    def _is_means(self, tdef: TriggerDef, units: list[Unit], words: list[str], u: Unit) -> bool:
        """A role noun that is the trigger's required object class ("deployed troops") is its means."""
        if not tdef.objects or u.kind != "generic":
            return False
        k = position_of_offset(units, u.start)
        n, idef = self.lex.instruments.match_at(words, k) if k is not None else (0, None)
        return bool(n) and idef.cls in tdef.objects

    def _parse_fill(self, raw, units: list[Unit], words: list[str], span_start: int) -> None:
        """Parties the chunk rules left empty, from the parse: the subject (through coordination, control
        and relative clauses) of an active verb, the agent of a passive, the object or the oblique with a
        recipient preposition, and for a request the subject of its content ("demanded that Israel open")."""
        if raw.voice not in ("active", "passive") or (raw.actor and (raw.recipient or raw.voice == "passive")):
            return
        # Session 30 (speed30): every party this takes is a unit of the sentence that _parse_party reads as one; where
        # there is none (or, for a recipient beside a given actor, none but the actor's) the parse can add nothing
        starts = self._party_starts(units, words)
        if not (starts - {a.start for a in raw.actor} if raw.actor else starts):
            return
        p, v = self._parse_head(units, span_start)
        if v is None:
            return
        lx = self.lex
        if raw.voice == "active" and not raw.actor:
            got = self._parse_party(units, words, p, p.subject(v))
            if got:
                raw.actor = got
                raw.confidence -= 0.05
        if raw.voice == "passive" and not raw.actor:
            got = self._parse_party(units, words, p, p.agent(v))
            if got:
                raw.actor = got
        if raw.voice == "active" and not raw.recipient:
            got = self._parse_party(units, words, p, p.object(v))
            if not got and self.lex.word("recipient_clause_edges"):
                got = self._relative_object_party(units, words, p, v)
            if not got:
                got = self._oblique_party(units, words, p, v)
            if not got and raw.event in lx.word("complement_subject_recipient"):
                comp = p.complement(v)
                if comp is not None:
                    got = self._parse_party(units, words, p, p.subject(comp, inherit=False))
            if got and not any(a.start == got[0].start for a in raw.actor) and not self._is_means(raw.tdef, units, words, got[0]):
                raw.recipient = got

    def _relative_object_party(self, units: list[Unit], words: list[str], p, v: int) -> list[Unit]:
        """Session 28 (recip-en28): a verb whose object is a relative pronoun ("Gordon Brown, whom the Conservatives
        attacked", "its settlements, which the EU condemned") acts on the noun the clause hangs on: the party it names,
        else the party that owns that thing, its possessor ("its settlements") or the subject of the verb whose object
        it is ("Israel has expanded its settlements"), or the agent of the passive it is the subject of ("the
        sanctions, which Russia rejected, were imposed by the EU"). Same sentence, parse only; on the languages whose
        pack reads the parse for recipients (``recipient_clause_edges``)."""
        o = p.object(v)
        if o is None or not p._relative_pronoun(o) or p.start[o] > p.start[v]:
            return []
        a = p.antecedent(v)
        if a is None:
            return []
        got = self._parse_party(units, words, p, a)
        if got:
            return got
        for c in p.kids(a, "nmod:poss"):
            got = self._parse_party(units, words, p, c)
            if got:
                return got
        h = p.head[a]
        if h == a:
            return []
        label = p.dep[a]
        if base(label) in ("obj", "dobj") and base(p.dep[h]) not in _CLAUSE_EDGES - {"root"}:
            return self._parse_party(units, words, p, p.subject(h, inherit=False))
        if label in _PASSIVE_SUBJECT:
            return self._parse_party(units, words, p, p.agent(h))
        return []

    def _after_between(self, units: list[Unit], lo: int, i: int) -> bool:
        k = i - 1
        while k >= lo and units[k].kind == "ent":
            k -= 1
        k = back_past_words(units, k, lo, self.lex.dets)
        return k < i - 1 and k >= lo and units[k].kind == "word" and units[k].low in self.lex.word("between_preps")

    def _between(self, units: list[Unit], j: int, hi: int) -> list[Unit]:
        """'talks between Russia and China', 'bentrokan antara polisi dan warga': both sides act."""
        k = j
        while k < hi and k < j + 2 and units[k].kind == "word" and units[k].low not in self.lex.word("between_preps"):
            k += 1
        if k >= hi or units[k].kind != "word" or units[k].low not in self.lex.word("between_preps"):
            return []
        dets = self.lex.dets
        m = k + 1
        while m < hi and units[m].kind == "word" and units[m].low in dets:
            m += 1
        if m < hi and units[m].kind == "ent":
            group = self._group(units, m, m, hi, 1)
            return group if len(group) >= 2 else []
        return []

    def _pair_subject(self, units, lo: int, i: int) -> list[Unit]:
        """'the two countries', 'both sides' (pack pair_descriptions) right before the verb: the last two
        countries named before it in this or the previous sentence (Session 23: or ``pair_lookback`` sentences back,
        and international bodies whose code opens with one of ``pair_party_prefixes``: "Turkey has agreed a draft
        proposal with the International Monetary Fund ... the two sides had reached general agreement")."""
        words = [u.low for u in units[lo:i]]
        table = self.lex.phrases("pair_descriptions")
        if not words or not table.find(words, 0, len(words)):
            return []
        sent = self.r.sentence_at(units[lo].start)
        if sent is None:
            return []
        # the sentences before this one by their order (Session 23: sentence_at(start - 1) found none when a space or
        # a paragraph break lies between two sentences, so the previous sentence was mostly never read)
        before = [s for s in self.r.sentences if s.end <= sent.start]
        first = before[-max(1, self.lex.pair_lookback):][0] if before else sent
        prefixes = self.lex.word("pair_party_prefixes")
        got: list[Entity] = []
        for _, _, e in reversed(self._mentions_between(first.start, units[lo].start)):
            code = e.actor or ""
            party = (e.type in ("GPE", "NORP") and len(code) == 3) or (e.type == "ORG" and code[:3] in prefixes)
            if party and all(code[:3] != (g.actor or "")[:3] for g in got):
                got.append(e)
            if len(got) == 2:
                break
        if len(got) < 2:
            return []
        return [Unit("ent", e.name, "\x00ent", units[lo].start, units[i - 1].end, ent=e) for e in reversed(got)]

    def _description_subject(self, units, lo, i, prev_subject) -> list[Unit]:
        """'Kerajaan terisolasi itu telah mengirimkan ...': a definite description with no entity
        before the verb stands for the previous sentence's subject (when coref left it unresolved)."""
        lx = self.lex
        pair = self._pair_subject(units, lo, i)
        if pair:
            return pair
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
