"""Coding one trigger: its voice, its parties by voice, an inherited subject, modes and evidence."""

from __future__ import annotations

import operator
from typing import Optional

from kabar.stages.events.lexicon import MEANS_CLASSES, TriggerDef
from kabar.stages.events.units import PUNCT, Clause, Raw, Unit, back_past_words, past_words, position_of


_VOICE_ORDER = ("active", "passive", "receive", "host", "noun")
_NO_WORDS: frozenset = frozenset()


def _ordered_readings(lex, cands) -> list:
    """A trigger's readings (trigger, voice) in the order they are tried.

    ``cands`` is the lexicon's own list for the trigger form, so the order is worked out once per form and
    kept on the lexicon (with the list, so its id stays its own)."""
    cache = lex.__dict__.setdefault("_ordered_readings", {})
    hit = cache.get(id(cands))
    if hit is None or hit[0] is not cands:
        ordered = sorted(cands, key=lambda cv: (cv[0].order, _VOICE_ORDER.index(cv[1])))
        hit = cache[id(cands)] = (cands, ordered)
    return hit[1]


def _reading_index(lex, cands) -> tuple:
    """(ordered readings, positions of the readings with no object group, word -> [(position, group)] of the
    others' groups' first words, groups per gated position), worked out once per trigger form and kept on the
    lexicon like :func:`_ordered_readings`. A CAMEO form has up to ~150 readings, each needing every one of its
    groups in the clause: which readings fit is then found from the clause's words, not reading by reading."""
    cache = lex.__dict__.setdefault("_reading_index", {})
    hit = cache.get(id(cands))
    if hit is None or hit[0] is not cands:
        ordered = _ordered_readings(lex, cands)
        hit = cache[id(cands)] = (cands, ordered) + _groups_index(lex, tuple([tdef for tdef, _ in ordered]))
    return hit[1:]


def _groups_index(lex, tdefs: tuple) -> tuple:
    """:func:`_reading_index`'s (free positions, word -> [(position, group)], groups per gated position) for a form's
    readings' definitions in order. It depends on those definitions only, and the forms of one verb mostly share them
    ("arrest", "arrested", "arrests": 1,326 forms in 150 BBC articles, 382 distinct lists), so it is kept per list of
    definitions (session 32: built once for each, where it was built for each form)."""
    cache = lex.__dict__.setdefault("_groups_index", {})
    key = tuple(map(id, tdefs))
    hit = cache.get(key)
    if hit is None or not all(map(operator.is_, hit[0], tdefs)):
        free: list[int] = []
        by_word: dict[str, list[tuple[int, int]]] = {}
        need: dict[int, int] = {}
        for n, tdef in enumerate(tdefs):
            if not tdef.object_firsts:
                free.append(n)
                continue
            need[n] = len(tdef.object_firsts)
            for g, firsts in enumerate(tdef.object_firsts):
                for w in firsts:
                    by_word.setdefault(w, []).append((n, g))
        # kept for the process's life: tuples of ints, which the garbage collector stops tracking, not lists it
        # would scan in every collection (a form's index holds hundreds; English sees ~1,300 forms in 150 articles)
        by_word = {w: tuple(hits) for w, hits in by_word.items()}
        hit = cache[key] = (tdefs, free, by_word, need)
    return hit[1:]


def _fitting_positions(index: tuple, around: set) -> list[int]:
    """Positions (in order) of the readings whose every object group has a first word in ``around``, and of
    those with no group: the readings ``any(map(around.isdisjoint, tdef.object_firsts))`` would not skip."""
    _, free, by_word, need = index
    if not need:
        return free
    marks: set[tuple[int, int]] = set()
    for w in around:
        hits = by_word.get(w)
        if hits:
            marks.update(hits)
    if not marks:
        return free
    count: dict[int, int] = {}
    for n, _ in marks:
        count[n] = count.get(n, 0) + 1
    fits = [n for n, k in count.items() if k == need[n]]
    return sorted(free + fits) if fits else free


class TriggerCoding:
    """One trigger to one event before article-level passes."""

    def _bare_ok(self, units, c: Clause, i: int) -> bool:
        """Session 30 (trig-id30): a bare root trigger ("dukung") stands right after a pronoun of ``bare_after``, at most
        two ``bare_aux`` words between ("akan saya tindak", "kami juga tolak"), in its own clause, not opening an object
        relative ("yang kita sepakati")."""
        aux, after = self.lex.word("bare_aux"), self.lex.word("bare_after")
        k, skipped = i - 1, 0
        while k >= c.start and units[k].kind == "word" and units[k].low in aux and skipped < 2:
            k, skipped = k - 1, skipped + 1
        if not (k >= c.start and units[k].text.lower() in after):
            return False
        # "nilai-nilai yang kita sepakati": an object relative names a thing by a past act, it reports none
        return not (k - 1 >= 0 and units[k - 1].kind == "word" and units[k - 1].low in self.lex.word("relative"))

    def _code_trigger(self, units, words, clauses, c: Clause, i: int, j: int, cands, clitic, s_index, prev_subject) -> Optional[Raw]:
        """The event a trigger at units [i, j) codes, with its parties, modes and evidence; None if it codes none."""
        if self._blocked(units, words, c, i, j):
            return None
        if tuple(words[i:j]) in self.lex.phrases("bare_forms") and not self._bare_ok(units, c, i):
            return None  # session 30 (trig-id30): a bare root is a verb only after "kami"/"saya" ("pasti kami dukung")
        if i > 0 and words[i - 1] in self.lex.word("gerund_openers") and tuple(words[i:j]) in self.lex.phrases("progressives"):
            return None  # "the case for invading Iraq", "experience of working with children": a derived -ing form as a gerund
        first = units[i].text
        if first[:1].isupper() and i > 0 and any(x.kind == "word" for x in units[:i]) and units[i - 1].low not in PUNCT:
            return None  # a capitalised word inside the sentence is a name ("Shell said"), not a predicate
        if self._attributive(units, words, c, i, j):
            return None
        if self.lex.phrases("generic_actors").match_at(words, i, c.end)[0] > j - i:
            return None  # "Riot police fired tear gas": the form opens a role noun of the pack, a party, no act
        chosen = self._choose_voice(units, words, c, i, j, cands, clitic)
        if chosen is None:
            return None
        _, tdef, voice, span_start, instruments, instrument_text = chosen
        if voice in ("noun", "bare", "nominal") and self._named_by_place(units, words, c, i, j):
            return None
        if tdef.object_then and not self._object_then(units, j, tdef.object_then):
            return None  # "told reporters", "told the BBC that ...": telling asks for nothing without "to" after its object
        if tdef.needs_named_object and not (j < c.end and units[j].kind == "ent" and units[j].ent is not None
                                            and units[j].ent.actor):
            return None  # "menekan Korea Utara" is pressure; "menekan pertahanan lawan", "menekan harga" are not
        if tdef.goal_after_object and j + 1 < c.end and units[j + 1].low in tdef.goal_after_object:
            return None  # "menargetkan IKN menjadi ibu kota politik": a goal set for the party, no strike on it
        venue = None
        if tdef.venue:
            venue = self._venue(units, c, j, tdef, voice)
            if venue is None:
                return None  # "melaporkan hasilnya", "Reuters melaporkan": a report to no authority accuses nobody
        bare = voice == "bare"
        if bare:
            voice = "nominal"
            if not self._bare_noun_ok(units, c, tdef, span_start):
                return None
        raw = Raw(tdef=tdef, event=tdef.event, voice=voice, trig=(span_start, j), clause=c, sent_index=s_index)
        raw.trig_span = (units[span_start].start, units[j - 1].end)
        left = self._subject_left(units, c.start, span_start)
        if left and voice == "active":
            left = self._reported_left(units, words, c, span_start, left)
        if not self._place_parties(raw, units, words, c, i, j, span_start, left, clitic, bare):
            return None
        self._inherit_subject(raw, units, words, c, i, j, span_start, left, prev_subject)
        cat = self.lex.category(raw.event)
        if not raw.recipient and voice == "active" and cat.get("complement_recipient") \
                and (not cat.get("complement_recipient_modes") or set(tdef.mode) & set(cat["complement_recipient_modes"])):
            # session 30 (recip-en30): ``complement_recipient_modes`` keeps it to the triggers of those modes
            # ("alleged that X", "complained that X"; not "investigated claims that X was blaming him")
            raw.recipient = self._complement_subject(units, words, clauses, c, raw.actor)
        self._parse_check(raw, units, words, span_start)
        self._parse_recipient_check(raw, units, words, span_start)
        self._parse_fill(raw, units, words, span_start)
        if venue is not None:
            raw.recipient = [u for u in raw.recipient if not (venue.start <= u.start < venue.end)]
        if tdef.content_object:  # "denied the party was trying to hide ...": the claim's parties are no recipient
            raw.recipient = [u for u in raw.recipient if u.start < raw.trig_span[0]]
        if tdef.reciprocal and raw.recipient and voice in ("active", "nominal"):
            raw.actor = raw.actor + raw.recipient
            raw.recipient = []
        self._modes_and_contexts(raw, words, c, j, instruments, instrument_text)
        raw.evidence = self._evidence(raw, units, c, span_start)
        raw.modality = self._modality(units, words, clauses, c, span_start, j,
                                      content_after=raw.event in self.lex.word("complement_taking"), event=raw.event)
        if voice in ("noun", "nominal"):
            raw.confidence -= 0.1
        if not raw.actor:
            raw.confidence -= 0.15
        return raw

    def _object_then(self, units, j: int, seqs: tuple[tuple[str, ...], ...], reach: int = 4) -> bool:
        """One of ``seqs`` follows the object that starts at unit ``j`` (at most ``reach`` units on) and a word follows
        it: "told [him] to leave", "told [Mr Trump] not to use". The object holds no punctuation, boundary word,
        preposition, subject pronoun or question word: "told Yahoo in response to", "told POLITICO he planned to",
        "telling his supporters what they want to" tell, they ask nothing."""
        lx = self.lex
        stops = lx.word("boundaries") | lx.word("preps") | lx.word("subject_pronoun_fallback") | lx.word("gate_question_words")
        text = self.r.text
        for k in range(j + 1, min(len(units), j + 1 + reach)):
            # the words as written: a pronoun resolved to a name is a name unit ("told POLITICO [he] planned to")
            if units[k - 1].kind == "punct" or text[units[k - 1].start:units[k - 1].end].lower() in stops:
                return False
            for seq in seqs:
                n = len(seq)
                if tuple(u.low for u in units[k:k + n]) == seq and k + n < len(units) and units[k + n].kind == "word":
                    return True
        return False

    def _venue(self, units, c: Clause, j: int, tdef, voice: str) -> Optional[Unit]:
        """The authority a report goes to: the unit after a recipient preposition ("ke", "kepada") whose first word is
        one of the trigger's ``venue`` words ("ke polisi", "ke Polda Metro Jaya", "ke KPK"), or with ``venue_person``
        a named person right after an active verb (an empty unit then: "melaporkan Ferry Irwandi"); None when there is
        none or the clause holds a ``venue_block`` word ("melaporkan harta kekayaan ke KPK", "Harta kekayaan itu
        dilaporkan Elpi" is a filing)."""
        if any(units[k].kind == "word" and units[k].low in tdef.venue_block for k in range(c.start, c.end)):
            return None
        preps = self.lex.word("recipient_preps")
        for k in range(j, c.end):
            p = k - 1
            if p > j and units[p].low in tdef.venue_skip:
                p -= 1  # "ke pihak kepolisian"
            if p >= j and units[p].kind == "word" and units[p].low in preps:
                first = units[k].text.lower().split()[:1]
                if first and first[0] in tdef.venue:
                    return units[k]
        if tdef.venue_person and voice == "active" and j < c.end and units[j].kind == "ent" and units[j].ent is not None \
                and units[j].ent.type == "PER":
            return Unit("word", "", "", -1, -1)
        return None

    def _reported_left(self, units, words, c: Clause, span_start: int, left: list) -> list:
        """"Sergei menyebut lima orang tak dikenal menculik ...", "Polisi mengatakan ratusan buruh berdemonstrasi":
        the speaker of an indirect quote is not the subject of a verb inside the reported words when a party (a
        name or a role noun) opens those words before the verb; the speaker stays the subject otherwise
        ("Kapolres mengatakan telah menangkap ...")."""
        if left[0].end > units[span_start].start:
            return left
        q = self.r.quote_at(units[span_start].start, units[span_start].end)
        if q is None or q.kind == "direct" or not left[-1].end <= q.start < units[span_start].start:
            return left
        if q.cue_start is None or q.cue_start >= q.start or q.cue_start < left[0].start:
            return left
        first = next((k for k in range(c.start, span_start) if units[k].start >= q.start), None)
        if first is None:
            return left
        inner = self._subject_left(units, first, span_start) or self._generic_left(units, words, first, span_start)
        return inner or left

    def _complement_subject(self, units, words, clauses, c: Clause, actor) -> list:
        """'memperingatkan bahwa AS akan membayar', 'meminta agar Israel mundur': with no object, the
        subject of the that-clause is the one warned, accused or asked (not the speaker himself)."""
        lx = self.lex
        nxt = clauses[c.index + 1] if c.index + 1 < len(clauses) else None
        if nxt is None or nxt.opener not in lx.word("complementizers"):
            return []
        own = self._clause_subject(units, words, nxt)
        if not own:
            # "mendesak supaya aparat penegak hukum memproses ...", "meminta agar polisi mengusut ...": a role noun
            # heading the complement is the one asked, as a name there is (session 12)
            own = self._head_role(units, words, nxt)
        mine = {id(u.ent) for u in actor if u.ent is not None}
        if not own or any(u.ent is not None and id(u.ent) in mine for u in own):
            return []
        if own[0].start < units[nxt.start].start or own[0].start > units[min(nxt.end, nxt.start + 4) - 1].end:
            return []  # only a subject at the clause's head, not a party further inside it
        return list(own)

    def _head_role(self, units, words, c: Clause) -> list:
        """A role noun heading a clause, after its opener and any determiner ("agar para pembantu Presiden ...",
        "supaya aparat penegak hukum ..."); not one inside a noun phrase ("agar kawasan publik ...", "agar harga gula
        petani ...")."""
        k = c.start
        if k < c.end and units[k].kind == "word" and units[k].low == c.opener:
            k += 1
        while k < c.end and units[k].kind == "word" and units[k].low in self.lex.word("determiners"):
            k += 1
        g = self.lex.phrases("generic_actors")
        n, role = g.match_at(words, k, c.end)
        if not n or (role or "").lower() in self.lex.word("complement_role_skip"):
            return []
        return [Unit("generic", " ".join(u.text for u in units[k:k + n]), "", units[k].start, units[k + n - 1].end, role=role)]

    def _choose_voice(self, units, words, c: Clause, i: int, j: int, cands, clitic):
        """(rank, trigger, voice, span start, instruments, instrument text) of the best reading, or None.

        A light verb + noun or a noun + "happened" verb makes a noun reading; passive auxiliaries
        make a passive one; a reading whose objects do not fit is skipped."""
        chosen = None
        index = _reading_index(self.lex, cands)
        ordered = index[0]
        # a CAMEO pattern's words must be in the clause (the words are needed only when some reading has a group)
        around = set(words[c.start:i]) | set(words[j:c.end]) if index[3] else _NO_WORDS
        # what does not depend on the reading is worked out once per trigger, on the first reading that asks
        not_verb = noun = active = None
        for n in _fitting_positions(index, around):  # the readings none of whose groups lacks all its words here
            tdef, voice = ordered[n]
            if voice == "active":
                if not_verb is None:
                    not_verb = self._not_a_verb_here(units, words, c, i, j)
                if not_verb:
                    voice = "noun"  # "staged a protest against": the form is a noun here
            if voice == "noun":
                if noun is None:
                    noun = self._noun_voice(units, words, c, i, j)
                v, span_start = noun
            elif voice == "active":
                if active is None:
                    active = self._active_voice(units, words, c, i, j)
                v, span_start = active, i
                if v == "active" and self._reduced_passive(units, words, c, i, j, tdef):
                    v = "passive"
            else:
                v, span_start = voice, i
            ok, instruments, instrument_text = self._objects_ok(tdef, units, words, c, i, j, "noun" if v in ("nominal", "bare") else v, clitic)
            if not ok:
                continue
            rank = 0 if tdef.objects else 1
            if chosen is None or rank < chosen[0]:
                chosen = (rank, tdef, v, span_start, instruments, instrument_text)
            if rank == 0:
                break
        return chosen

    def _named_by_place(self, units, words, c: Clause, i: int, j: int) -> bool:
        """A war noun right after a place name (no possessive) names a war ("the Iraq war", "the Gulf war",
        "the Vietnam war"): a topic of the story, not an act it reports (BBC politics census, session 10: "the
        legal advice used to justify the Iraq war", "the Iraq war and now Tony Blair has signed up ..." were
        ASSAULT between Iraq and Blair). Pack key `named_by_place`."""
        if tuple(words[i:j]) not in self.lex.phrases("named_by_place") or i == c.start:
            return False
        prev = units[i - 1]
        if prev.kind != "ent" or prev.ent is None or prev.ent.type not in ("GPE", "LOC", "NORP"):
            return False
        return not self.r.text[prev.start:prev.end].lower().endswith(("'s", "’s"))

    def _attributive(self, units, words, c: Clause, i: int, j: int) -> bool:
        """A one-word past participle between a determiner, a possessive or a possessor and the noun it modifies
        describes that noun and reports no act: "his alleged rival", "his relaxed performances", "Turkey's banned
        Kurdish party", "the proposed changes", "the detained activists". The next word must be a plain noun, not
        an adverb, a preposition or a time word ("Both agreed yesterday", "all agreed to"): pack key
        `attributive_not_nouns`."""
        lx = self.lex
        if j - i != 1 or i == c.start or j >= c.end or not lx.is_past_participle(words[i]):
            return False
        prev, nxt = units[i - 1], units[j]
        low = prev.low if prev.kind == "word" else self.r.text[prev.start:prev.end].lower() if prev.kind == "ent" else ""
        if low not in lx.dets | lx.word("possessives") \
                and not (prev.kind == "ent" and low.endswith(("'s", "’s"))):
            return False  # a resolved possessive ("his" -> Blunkett) or a possessor ("Turkey's") is a mention unit
        stop = (lx.word("aux") | lx.word("preps") | lx.word("determiners") | lx.word("coord") | lx.word("complementizers")
                | lx.word("relative") | lx.word("attributive_not_nouns") | lx.word("verbs"))

        def noun(u) -> bool:
            return (u.kind == "word" and u.text.isalpha() and u.low not in stop and not u.low.endswith("ly")
                    and not lx.is_past_participle(u.low))
        if nxt.kind == "ent" and j + 1 < c.end and units[j + 1].text.islower():
            return noun(units[j + 1])  # "Turkey's banned Kurdish party": a name as modifier, then the noun
        return noun(nxt)

    def _reduced_passive(self, units, words, c: Clause, i: int, j: int, tdef) -> bool:
        """A past participle of an act with an implied doer ([implied_agent]: arrest, charge, sentence ...)
        right after its subject and followed by one of the pack's `reduced_passive_next` words is a passive
        with no auxiliary: headlines ("Former leader of Russia sentenced to prison", "Six charged over
        riot") and reduced relatives ("the men arrested on suspicion of ..."). An active use has its object
        there ("sentenced the man to death")."""
        lx = self.lex
        nxt = lx.phrases("reduced_passive_next")
        if j >= c.end or i == c.start or not lx.is_past_participle(words[i]) or not nxt.match_at(words, j, c.end)[0]:
            return False
        table = lx.tables.get("implied_agent", {})
        if not any(f"{tdef.event}:{m}" in table for m in tdef.mode) and tdef.event not in table:
            return False
        prev = units[i - 1]
        if prev.kind == "word" and (prev.low in lx.word("aux") or prev.low in lx.word("subject_pronoun_fallback")):
            return False  # "has arrested on ...", "they arrested on Monday": a finite verb
        g = lx.phrases("generic_actors")
        n = g.match_ending_at(words, i - 1, c.start)
        if n and (g.table.get(tuple(words[i - n:i])) or "") in {x.upper() for x in lx.word("reduced_passive_agents")}:
            return False  # "police arrested for a second time two men": the agent stands before the verb
        return True

    def _noun_voice(self, units, words, c: Clause, i: int, j: int) -> tuple[str, int]:
        lx = self.lex
        k = i - 1
        skippable = lx.dets | lx.word("aux")
        modifiers = lx.word("light_modifiers")  # "announce a total work stoppage", "staged a peaceful demonstration"
        while k >= c.start and k >= i - 3 and units[k].kind == "word" and (units[k].low in skippable or units[k].low in modifiers):
            k -= 1
        ln = lx.phrases("light_before").match_ending_at(words, k, c.start) if k >= c.start else 0
        rn = lx.phrases("light_receive").match_ending_at(words, k, c.start) if k >= c.start else 0
        if rn >= ln and rn:
            return "receive", k - rn + 1  # "menuai kecaman dari X", "drew criticism from X"
        if ln:
            return "active", k - ln + 1
        for k2 in range(j, min(c.end, j + 5)):
            if lx.phrases("light_after").match_at(words, k2, c.end)[0]:
                return "nominal", i
        return "bare", i

    def _active_voice(self, units, words, c: Clause, i: int, j: int) -> str:
        lx = self.lex
        k = i - 1
        hops = 0
        while k >= c.start and hops < 3 and units[k].kind == "word":
            if units[k].low in lx.word("passive_aux") and not lx.is_participle(words[i]):
                return "passive"
            if units[k].low not in lx.word("aux"):
                break
            k -= 1
            hops += 1
        if lx.word("passive_aux") and j < c.end and units[j].low in lx.word("agent_preps") and lx.is_past_participle(words[i]):
            return "passive"
        return "active"

    def _bare_noun_ok(self, units, c: Clause, tdef: TriggerDef, span_start: int) -> bool:
        """A bare noun codes an event only where its category allows it and it is not a circumstance."""
        lx = self.lex
        if not lx.category(tdef.event).get("bare_noun", True):
            return False
        k = span_start - 1
        k = back_past_words(units, k, c.start, lx.dets)
        if not lx.genitive_after_noun and k >= c.start and units[k].kind == "ent":
            k -= 1  # "in Russian attacks": the genitive before the noun
        # "dalam dukungan DPRK", "in the attacks": a circumstance, not a reported act
        return not (k >= c.start and units[k].kind == "word" and units[k].low in lx.word("preps"))

    def _place_parties(self, raw: Raw, units, words, c: Clause, i: int, j: int, span_start: int, left, clitic, bare: bool) -> bool:
        """Actor, recipient and location by the trigger's voice; False when a bare noun lacks its two parties."""
        lx = self.lex
        tdef, voice = raw.tdef, raw.voice
        right = self._scan_right(units, words, j, c.end)
        if voice in ("active", "nominal", "noun"):
            if voice == "nominal":
                gen = []
                if lx.genitive_after_noun and j < c.end and units[j].kind == "ent":
                    gen = self._group(units, j, j, c.end, 1)
                elif not lx.genitive_after_noun:
                    k = span_start - 1
                    k = back_past_words(units, k, c.start, lx.dets)
                    if k >= c.start and units[k].kind == "ent":
                        gen = [units[k]]
                    elif k >= c.start:
                        gen = self._generic_left(units, words, k, k + 1)  # "worker protests", "police raids"
                if not gen and lx.genitive_after_noun and j < c.end:
                    gen = self._generic_right(units, words, j, j + 1)  # "demo buruh", "serangan polisi"
                    if gen:
                        right = self._scan_right(units, words, j + 1, c.end)
                        holder = self._title_holder(units, words, j, c.end)
                        if holder:
                            # "kunjungan Presiden Prabowo ke Jepang": the title and its holder are one party, not an
                            # actor and a recipient; the holder speaks for it when coded, else the title's role does
                            right = self._scan_right(units, words, position_of(units, holder[-1]) + 1, c.end)
                            if all(u.ent.actor for u in holder):
                                gen = holder
                if gen and lx.genitive_after_noun and gen[-1].kind == "ent":
                    right = self._scan_right(units, words, position_of(units, gen[-1]) + 1, c.end)
                between = self._between(units, j, c.end)
                source_is_actor = not lx.category(tdef.event).get("source_recipient")
                raw.actor = between or gen or right.get("agent", []) or (right.get("source", []) if source_is_actor else [])
                raw.recipient = [] if between else right.get("object", [])
                if not raw.actor:
                    raw.actor = self._light_passive_agent(units, words, c, j)
                if bare and not between and not (raw.actor and raw.recipient):
                    return False  # a bare noun is an event only with its own two parties
            else:
                raw.actor = left
                raw.recipient = right.get("object", [])
                if clitic in lx.word("object_clitics") and not raw.recipient and units[i].inner is not None:
                    raw.recipient = [self._as_arg(units[i])]
        if not raw.recipient and voice in ("active", "nominal") and lx.category(tdef.event).get("source_recipient"):
            raw.recipient = right.get("source", [])
        elif not raw.recipient and voice == "active" and lx.category(tdef.event).get("active_source_recipient"):
            # session 28 (recip-en28): "demanded an apology from Gordon Brown", "sought assurances from Iran": after an
            # active verb the one asked stands after "from"; a noun keeps "from X" as its maker ("calls from X")
            raw.recipient = right.get("source", [])
        if voice == "passive":
            raw.recipient = left
            raw.actor = right.get("agent", []) or self._passive_agent(units, words, j, c.end) or self._place_agent(right.get("location", []))
            if not raw.actor and lx.category(tdef.event).get("passive_subject_acts"):
                raw.actor, raw.recipient = left, []  # "pasukan Rusia dikerahkan", "Russian troops were deployed"
        elif voice == "receive":
            raw.recipient = left
            raw.actor = right.get("source", []) or right.get("owner", [])
            if not raw.actor and span_start < i:
                # session 33 (evid33): an act noun after a receiving light verb takes its doer as a noun's, after
                # "oleh" or as the named party straight after it: "menjadi korban serangan Israel", "mendapat dukungan
                # Partai Golkar" (a receiving verb's own object keeps "dari X"). Not a role noun: "mendapat apresiasi
                # publik" is opinion, no act (the one census change of the role-noun form, wrong)
                raw.actor = right.get("agent", [])
                if not raw.actor and lx.genitive_after_noun and j < c.end and units[j].kind == "ent":
                    raw.actor = self._group(units, j, j, c.end, 1)
        elif voice == "host":
            raw.recipient = left
            raw.actor = right.get("object", [])
        raw.location = right.get("location", [])

        return True

    def _light_passive_agent(self, units, words, c: Clause, j: int) -> list:
        """Session 31 (trigid31): the agent straight after the passive light verb that follows an act noun, as after a
        di- verb ([syntax] ``light_after_passive``, with ``bare_passive_agent``): "OTT terhadap Noel dilakukan KPK pada
        Rabu", "Penggeledahan dilakukan penyidik di rumah Budi". Only the first such verb within five words of the
        noun; nothing when a preposition, a time word or anything but a party follows it, or when a verb follows the
        party (and the rest of its title and name): then the party is the subject of a new clause ("dapat dilakukan
        Menteri Luar Negeri Retno Marsudi berbicara dengan ...", with "setelah" left out)."""
        lx = self.lex
        verbs = lx.word("light_after_passive")
        if not verbs or not lx.bare_passive_agent:
            return []
        k = next((k for k in range(j, min(c.end, j + 5)) if units[k].kind == "word" and units[k].low in verbs), None)
        if k is None:
            return []
        agent = self._passive_agent(units, words, k + 1, c.end)
        after = next((n for n in range(k + 1, c.end) if units[n].start >= agent[-1].end), c.end) if agent else c.end
        while after < c.end and (units[after].kind == "ent" or units[after].text[:1].isupper()):
            after += 1  # the rest of a title and its holder: "Menteri Luar Negeri Retno Marsudi"
        if after < c.end and self._is_verbish(units[after]):
            return []  # "dapat dilakukan [setelah] Menteri Luar Negeri Retno Marsudi berbicara dengan ...": a new clause's subject
        return agent

    def _title_holder(self, units, words, j: int, hi: int) -> list:
        """The named party a role noun right after a noun event qualifies: "kunjungan Presiden Prabowo ke Jepang",
        "komitmen Menteri Luar Negeri Sugiono", "serangan polisi Israel": the title (and the capitalised rest of
        an office name) and its holder are one party, the genitive actor, not an actor and a recipient."""
        n, _ = self.lex.phrases("generic_actors").match_at(words, j, hi)
        k = j + max(n, 1)
        skipped = 0
        while k < hi and skipped < 3 and units[k].kind == "word" and units[k].text[:1].isupper() and units[k].text.isalpha():
            k += 1  # "Menteri Luar Negeri Sugiono": the office's own words
            skipped += 1
        if not (k < hi and units[k].kind == "ent"):
            return []
        group = self._group(units, k, k, hi, 1)
        last = position_of(units, group[-1])
        if len(group) == 1 and last + 1 < hi and units[last + 1].kind == "ent":
            group.append(units[last + 1])  # "Menteri Luar Negeri Indonesia Sugiono": the country, then the holder
        return group if all(u.ent is not None for u in group) else []

    def _place_agent(self, location) -> list:
        """'ditetapkan tersangka di Polda Metro Jaya', 'diperiksa di KPK': an institution named as the
        place of a passive act is its doer, when its role is one the pack lists (police, court ...)."""
        roles = self.lex.word("place_agent_roles")
        for u in location[:1]:
            e = u.ent
            if e is None or e.type != "ORG":
                continue
            role = (e.actor or "")[3:6] or (self._political_role(e) or "")
            if role.lower() in roles:
                return [u]
        return []

    def _inherit_subject(self, raw: Raw, units, words, c: Clause, i: int, j: int, span_start: int, left, prev_subject) -> None:
        """A clause without its own subject shares the subject of the clause it hangs on; role nouns fill gaps."""
        lx = self.lex
        tdef, voice = raw.tdef, raw.voice
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
                topic_preps = lx.word("role_object_preps")
                at = j
                if topic_preps:  # session 29 (recip-en29): "criticised the government ...": the article opens the role
                    at = past_words(units, j, c.end - 1, lx.dets)
                n_role, _ = lx.phrases("generic_actors").match_at(words, at, c.end)
                n_inst, idef = lx.instruments.match_at(words, at, c.end)
                if n_inst and idef.cls in tdef.objects:
                    n_role = 0  # "deployed troops to X": the troops are the means, not the target
                first = self._generic_right(units, words, at, c.end) if n_role else []
                after = at + n_role
                gate = lx.word("purpose") | lx.word("complementizers")
                rec_at = next((k for k in range(after, c.end) if units[k].start >= raw.recipient[0].start), c.end)
                if first and not (after < c.end and units[after].kind == "ent") \
                        and (any(units[k].kind == "word" and units[k].low in gate for k in range(after, rec_at))
                             or (after < rec_at and self._is_verbish(units[after]))
                             or self._topic_after_role(units, after, rec_at, topic_preps)):
                    # the later party belongs to the content ("untuk ... ke AS", "meminta majelis hakim
                    # mengesampingkan ... BAP")
                    near = first
            if near and self._is_means(tdef, units, words, near[0]):
                near = []  # "deployed 60,000 troops", "placed security personnel": the means, not the target
            if near:
                raw.recipient = near
            if raw.recipient and any(a.start == raw.recipient[0].start for a in raw.actor):
                raw.recipient = []  # "demo buruh": the genitive role is the actor
        if voice == "passive" and not raw.recipient:
            raw.recipient = self._generic_left(units, words, c.start, span_start)
            if raw.recipient and not raw.actor and lx.category(tdef.event).get("passive_subject_acts"):
                raw.actor, raw.recipient = raw.recipient, []  # "Thousands of soldiers were deployed": a role noun, as a name

    def _topic_after_role(self, units, after: int, rec_at: int, topic_preps) -> bool:
        """Session 29 (recip-en29): the word right after a role noun that is the verb's object is a preposition of the
        act's topic (``[syntax] role_object_preps``), and the party read as recipient comes later: "attacked the
        government over Iraq", "criticised the government on its plans for Iraq" are aimed at the government. Not a
        role's genitive ("accused the government of Iraq": ``office_of_preps`` followed by the party names whose)."""
        if not topic_preps or not after < rec_at or units[after].kind != "word" or units[after].low not in topic_preps:
            return False
        lx = self.lex
        if units[after].low in lx.word("office_of_preps"):
            k = past_words(units, after + 1, rec_at, lx.dets)
            if k == rec_at:
                return False  # "the government of Iraq": the party is the role's own
        return True

    def _modes_and_contexts(self, raw: Raw, words, c: Clause, j: int, instruments, instrument_text) -> None:
        """PLOVER modes and contexts: the trigger's own, a recode by its object, its instruments' and the clause's cues."""
        lx = self.lex
        tdef = raw.tdef
        raw.mode = list(tdef.mode)
        raw.context = list(tdef.context)
        recode = self._object_recode(raw, words, c, j) or self._actor_recode(raw, words, instruments)
        if recode is not None:
            to, mode = recode
            raw.event, raw.mode, raw.context = to, list(mode), []
            tdef = raw.tdef = TriggerDef(order=tdef.order, event=to, mode=mode)
            instruments = []  # the new category's own modes stand; the old trigger's instruments no longer apply
        inst_modes = [d.mode for d in instruments if d.mode]
        if lx.category(tdef.event).get("instrument_modes") and inst_modes:
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

    def _object_recode(self, raw: Raw, words, c: Clause, j: int) -> Optional[tuple[str, tuple]]:
        """(category, modes) a trigger takes by the words of its object, within five words after the
        trigger (pack ``[[object_recode]]``); the first listed recode that fits wins."""
        trig = set(words[raw.trig[0]:raw.trig[1]])
        for ev, to, mode, table, trigger_words, at_home_only in self.lex.tables.get("object_recode", []):
            if trigger_words and trig.isdisjoint(trigger_words):
                continue  # a recode for some of the category's verbs only ("warned X against", not "threatened")
            if at_home_only and self._between_countries(raw):
                continue  # "Russia warned Poland against deploying the missiles": a state's warning to another deters
            # a verb's own recode may read past the clause's end ("warned Mr Brown not | to be tempted")
            end = min(len(words), j + 5) if trigger_words else min(c.end, j + 5)
            if ev == raw.event and table.find(words, j, end):
                return to, mode
        return None

    @staticmethod
    def _between_countries(raw: Raw) -> bool:
        """The actor and the recipient are coded parties of two different countries."""
        def countries(units) -> set:
            return {(u.ent.actor or "")[:3] for u in units if u.ent is not None and len(u.ent.actor or "") >= 3}
        a, r = countries(raw.actor), countries(raw.recipient)
        return bool(a) and bool(r) and not a & r

    def _actor_recode(self, raw: Raw, words, instruments) -> Optional[tuple[str, tuple]]:
        """(category, modes) a trigger takes by the kind of its actor (pack ``[[actor_recode]]``): a
        politician or a party that "attacked" someone with no weapon named attacked in words ("X attacked
        the government over Iraq" is ACCUSE). Every actor must be of a listed role or entity type. An
        instrument in the clause keeps the category: any, or with ``blocking_instruments`` one of those
        classes (a weapon; "attacked the cost of the asylum system" names a policy field, no weapon)."""
        if not raw.actor:
            return None
        trig = set(words[raw.trig[0]:raw.trig[1]])
        for ev, to, mode, forms, roles, types, blocking in self.lex.tables.get("actor_recode", []):
            if ev != raw.event or (forms and trig.isdisjoint(forms)):
                continue
            if any(blocking is None or d.cls in blocking for d in instruments):
                continue
            def fits(u) -> bool:
                if u.ent is None:
                    return bool(u.role) and u.role in roles
                code = u.ent.actor or ""
                return (len(code) >= 6 and code[3:6] in roles) or u.ent.type in types
            if all(fits(u) for u in raw.actor):
                return to, mode
        return None

    def _evidence(self, raw: Raw, units, c: Clause, span_start: int) -> tuple[int, int]:
        """The evidence span: from the actor (or the trigger) to the clause's end, closing punctuation left out."""
        first = c.start
        for u in raw.actor:
            k = position_of(units, u)
            if c.start <= k < span_start:
                first = k
                break
        else:
            first = span_start if not raw.actor else c.start
        last = c.end - 1
        while last > first and units[last].kind == "punct":
            last -= 1
        return (units[first].start, units[last].end)

    def _not_a_verb_here(self, units: list[Unit], words: list[str], c: Clause, i: int, j: int) -> bool:
        """An active form that is a noun or a participle in this position: after a determiner
        ("a religious retreat" is caught by the noun list, "the decline", "a strike"), or a
        reduced relative before the clause's own verb ("the taxes requested in arrears ... are")."""
        lx = self.lex
        dets = lx.dets
        if i > c.start and units[i - 1].kind == "word" and units[i - 1].low in dets:
            return True
        if (i > c.start and units[i - 1].kind == "ent"
                and self.r.text[units[i - 1].start:units[i - 1].end].lower() in lx.word("possessives") & dets
                and (j >= c.end or units[j].kind == "punct"
                     or (units[j].kind == "word" and units[j].low in lx.word("aux") | lx.word("finite_aux")))):
            # "its decline could become irreversible": a possessive that coref resolved is still a determiner of a
            # form that ends its noun phrase (an auxiliary or punctuation next). One followed by more of the phrase
            # ("imposed its arms ban") is left to the noun readings and the parse's gate, as before
            return True
        if i > c.start and units[i - 1].kind == "word" and lx.phrases("light_receive").match_ending_at(words, i - 1, c.start):
            return True  # "faces charges", "drew criticism": the object of a receiving verb is a noun
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
