"""One sentence: units split into clauses, clause subjects, and every trigger in it."""

from __future__ import annotations

import bisect
from typing import Optional

from kabar.stages.events.units import Clause, Raw, Unit


class SentenceReading:
    """From a sentence to its clauses, their subjects and its coded triggers."""

    def _is_verbish(self, u: Unit) -> bool:
        if u.kind != "word":
            return False
        # the answer depends on the word alone (and the lexicon): worked out once per word form and kept on the
        # lexicon, like coding._reading_index (session 25, speed25b: ~2,300 questions per 150 articles' sentences)
        cache = self.lex.__dict__.get("_verbish")
        if cache is None or len(cache) > 200_000:
            cache = self.lex.__dict__["_verbish"] = {}
        hit = cache.get(u.low)
        if hit is None:
            hit = cache[u.low] = self._verbish_word(u.low)
        return hit

    def _verbish_word(self, w: str) -> bool:
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
        # match_at's own first test (no trigger starts with the word) before the sentence's words are listed
        if u.kind == "word" and u.low in self.lex.triggers.lengths and self.lex.triggers.match_at([x.low for x in units], k)[0]:
            return True
        return self._is_verbish(u)

    def _clauses(self, units: list[Unit]) -> list[Clause]:
        lx = self.lex
        bounds = lx.word("boundaries")
        split_verb = lx.word("split_if_verb")
        spaced_bounds = lx.word("spaced_boundaries")
        clauses: list[Clause] = []
        words = [u.low for u in units]
        start, opener = 0, None
        for i, u in enumerate(units):
            if u.kind == "ent":
                continue
            if u.low in split_verb and self._after_between(units, start, i):
                continue  # "talks between Russia and Ukraine ended": "and" joins the two sides
            # a dash with a space before it ends a dateline ("Merdeka.com - Polisi menangkap ..."), so the
            # outlet is no subject; a hyphen inside a word ("e-KTP", "Jakarta-Bandung") is not a cut
            spaced = u.low in spaced_bounds and u.start > 0 and self.r.text[u.start - 1].isspace()
            cut = spaced or u.low in bounds or (u.low in split_verb and self._verb_follows(units, i + 1)
                                      and (i + 1 < len(units) and units[i + 1].kind != "ent"
                                           or any(self._is_verbish(x) for x in units[start:i])))
            if not cut:
                continue
            if u.low in split_verb and not spaced and u.low not in bounds and self._form_across(words, start, i):
                continue  # "vowed to retaliate", "agreed to concessions": one trigger form runs on past the word
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
            c.purpose = c.opener in lx.word("purpose") or (n > 0 and c.opener in chain and clauses[n - 1].purpose
                                                           and not self._past_tense_start(units, c))
        return clauses

    def _form_across(self, words: list[str], start: int, i: int) -> bool:
        """A hand-written trigger form that starts before the split word at i and runs on beyond it ("vow{,s,ed} to
        retaliate", "agree{,s,d} to concessions", "gather{,s,ed} to protest"): the form is one predicate, and the split
        word opens no clause of its own. Forms that end at the split word ("agreed to") leave the cut alone, so
        "agreed to halt the protests" keeps its content clause."""
        lx = self.lex
        for s in range(max(start, i - lx.triggers.max_len + 1), i):
            n, cands = lx.triggers.match_at(words, s)
            if s + n > i + 1 and any(not t.cameo for t, _ in cands):
                return True
        return False

    def _past_tense_start(self, units: list[Unit], c: Clause) -> bool:
        """A clause opening with a past-tense verb ("..., installed cameras and placed 60,000 police") is
        coordinated with the main predicate, not a further infinitive of a purpose clause ("to protect X
        and keep Y"). Languages without tense suffixes (verb_suffixes empty) never say so."""
        lx = self.lex
        if not lx.verb_suffixes or c.start >= c.end or units[c.start].kind != "word":
            return False
        w = units[c.start].low
        return len(w) >= lx.verb_min_len and w.endswith(lx.verb_suffixes) and w not in lx.word("not_verbs")

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
                q = self._quantity_phrase_start(units, j, k)
                if q is not None:
                    steps += j - q + 1
                    j = q - 1  # "At least 22 ISIS members", "up to 120 civilians": a count, not a preposition
                    continue
                if self._partitive_of(units, j, k, lo):
                    j -= 2  # "Hundreds of ISIS militants", "members of the Islamic State": the party itself
                    steps += 2
                    continue
                return u.low
            if (u.low,) in self.lex.triggers or u.low in self.lex.word("coord"):
                return None
            j -= 1
            steps += 1
        return None

    def _quantity_phrase_start(self, units: list[Unit], j: int, k: int) -> Optional[int]:
        """Where a quantity phrase ([syntax] quantity_phrases: "at least", "up to", "as many as") that holds the word at
        j and ends before k starts: that word is no preposition of the noun phrase at k (session 20, events-en17)."""
        table = self.lex.phrases("quantity_phrases")
        if not table.table:
            return None
        for s in range(max(0, j - 2), j + 1):
            words = [units[m].low for m in range(s, min(k, s + 4))]
            n, _ = table.match_at(words, 0)
            if n and s + n > j and s + n < k:
                return s
        return None

    def _partitive_of(self, units: list[Unit], j: int, k: int, lo: int) -> bool:
        """"of" at j after a count or a member noun ([syntax] partitive_heads, or a number): "Hundreds of ISIS
        militants", "dozens of Hamas fighters", "members of the Islamic State" name the party, they do not put it
        in a prepositional phrase (session 20, events-en17)."""
        if units[j].low not in self.lex.word("partitive_of") or j - 1 < lo:
            return False
        e = units[k].ent
        if e is None or not (e.actor or e.type == "ORG"):
            return False  # "thousands of Muslims" (an uncoded people): the count keeps its role noun; an organisation's
            # members are the organisation, coded or not ("Commanders of the Korean People's Army")
        marks = self.lex.word("partitive_possessor_marks")
        if any(units[m].low in marks for m in range(k + 1, min(len(units), k + 3))):
            return False  # "one of the U.S. government's most-wanted suspects": the party owns the head noun
        u = units[j - 1]
        if u.text[:1].isupper() and any(any(ch.isalnum() for ch in units[m].text) for m in range(j - 1)):
            return False  # "the Member of Parliament": a title inside the sentence, not a count
        return u.kind == "word" and (u.low in self.lex.word("partitive_heads") or u.text.replace(",", "").isdigit())

    def _sentence(self, s_index: int, start: int, end: int, prev_subject: Optional[list[Unit]]) -> tuple[list[Raw], Optional[list[Unit]]]:
        units = self._units_between(start, end)
        if not units:
            return [], prev_subject
        words = [u.low for u in units]
        clauses = self._clauses(units)
        self._assign_subjects(units, words, clauses)
        raws = self._triggers(units, words, clauses, s_index, prev_subject)
        sent_subject = clauses[0].subject if clauses and clauses[0].subject else None
        if sent_subject is None and self.lex.carry_first_clause_subject:
            # "No injuries were reported ..., but South Korea evacuated ...": the sentence's own subject, not the one
            # of a sentence before it, is what "The South" of the next sentence can stand for (session 20, events-en17)
            sent_subject = next((c.subject for c in clauses if c.subject), None)
        sent_subject = sent_subject or prev_subject
        self._sentence_passes(raws, clauses, units)
        return [r for r in raws if not r.suppressed], sent_subject

    def _clause_subject(self, units: list[Unit], words: list[str], c: Clause) -> list[Unit]:
        """A clause's own subject: left of its first trigger, the speaker of a cue in it, or its first free entity."""
        lx = self.lex
        starts = lx.triggers.lengths  # words some trigger starts with: match_at's (0, None) without the call
        for k in range(c.start, c.end):
            if units[k].kind == "word" and k < len(words) and words[k] in starts and lx.triggers.match_at(words, k, c.end)[0]:
                return self._subject_left(units, c.start, k)
        for q in self._cued_quotes_in(units[c.start].start, units[c.end - 1].end):
            e = self.r.entity(q.speaker)
            if e:
                return [Unit("ent", e.name, "\x00ent", q.cue_start, q.cue_end or q.cue_start, ent=e)]
        preps = lx.word("preps")
        for k in range(c.start, c.end):
            if units[k].kind == "ent" and self._prep_before(units, k, c.start) not in preps:
                return self._group(units, k, k, c.end, 1)
        return []

    def _role_subject(self, units: list[Unit], words: list[str], c: Clause, head: bool) -> list[Unit]:
        """Session 35 (evid35): a role noun opening a main or adverbial clause that names no party, with only
        determiners, numbers or `role_subject_skip` words before it, is the subject the clauses hung on it inherit:
        "Massa membawa spanduk saat berdemo", "Puluhan warga datang ke kantor desa untuk memprotes ..."
        (`_clause_subject` takes names only). For a relative clause (``head``) the noun must also end the clause, right
        before "yang": "Sopir yang diamankan itu ..."; "solidaritas terhadap temannya yang dihukum" is no subject's."""
        if not self.lex.role_subjects or (not head and c.opener in self.lex.word("complementizers")):
            return []  # "agar kepolisian dan media bisa saling belajar, ... dan mendorong": the content's subject
        found = self._generic_right(units, words, c.start, min(c.end, c.start + 3))
        if not found:
            return []
        k = next(i for i in range(c.start, c.end) if units[i].start == found[0].start)
        skip = self.lex.dets | self.lex.word("role_subject_skip")
        if any(units[i].kind != "word" or not (units[i].low in skip or units[i].low.isdigit()) for i in range(c.start, k)):
            return []
        return found if not head or found[0].end == units[c.end - 1].end else []

    def _passive_first(self, units: list[Unit], words: list[str], c: Clause) -> bool:
        """The clause's first trigger is read as a passive ("yang ditahan"); an active relative after an existential
        ("ada beberapa partai politik yang mengajaknya bergabung", a celebrity story of the FP benchmark) is left
        as before."""
        lx = self.lex
        for k in range(c.start, c.end):
            if units[k].kind == "word" and k < len(words):
                n, cands = lx.triggers.match_at(words, k, c.end)
                if n:
                    return any(voice == "passive" for _, voice in cands)
        return False

    def _existential_head(self, units: list[Unit], words: list[str], prev: Clause) -> list[Unit]:
        """The role noun an existential clause introduces is the head of the relative clause after it: "Ada empat
        tersangka yang ditahan", "Sejauh ini, ada 10 orang yang ditangkap KPK" report that suspects were held, as
        "Empat tersangka ditahan" does (``existential``: "ada", "terdapat"). Not after a negation ("tidak ada
        barang bukti yang diamankan"), and only when nothing but quantity words stands between the existential
        word and the noun, which ends the clause."""
        lx = self.lex
        exist, neg = lx.word("existential"), lx.sets["negation"]
        for k in range(prev.start, prev.end):
            if units[k].kind != "word" or units[k].low not in exist:
                continue
            if any(units[i].kind == "word" and neg.match_at(words, i, k)[0] for i in range(prev.start, k)):
                return []
            got = self._generic_right(units, words, k + 1, prev.end)
            if got and got[0].end == units[prev.end - 1].end and all(
                    units[i].kind == "word" for i in range(k + 1, prev.end)):
                return got
            return []
        return []

    def _object_head(self, units: list[Unit], words: list[str], prev: Clause, c: Clause) -> Optional[list[Unit]]:
        """The head of a relative clause that hangs on the object of the clause before, not on its subject: a
        predicate stands between that clause's subject and the noun "yang" follows ("Trump akan menghukum negara yang
        mendukung Iran", "Menlu mengecam pihak yang menyerang kapal bantuan", "Polisi menangkap pelaku yang menganiaya
        warga"). The head is a role noun of the pack ending right before "yang" (the relative clause's subject), or
        nobody when it is another noun: the clause's subject is not the relative's (session 19, events-id11: the
        subject was inherited, so Trump "supported" Iran). None, as before, when the relative clause hangs on the
        subject, when no predicate comes first ("Polisi yang bertugas menangkap ...", "Ada empat tersangka yang
        ditahan") or the first is a copula (``relative_copulas``: "PT KAI menjadi perusahaan yang membantu ..."),
        after a comma ("melaporkan ke Menteri BUMN, yang memintanya ...": a non-restrictive clause after a title
        that is no entity; inheriting keeps the home party of such domestic news), and for a passive
        relative clause on another noun ("pihak yang diamankan dalam OTT", "pejabat yang ditangkap di Sultra": the
        gold codes each such telling of an arrest; dropping it lost them on the census)."""
        end = prev.end
        if not prev.subject or end <= prev.start or "," in self.r.text[units[end - 1].end:units[c.start].start]:
            return None  # ", yang" after a title or a noun: a non-restrictive clause, its head not read here
        last = units[end - 1]
        if last.kind != "word":
            return None
        subj_end = max(u.end for u in prev.subject)
        if last.start < subj_end:
            return None
        lx = self.lex
        first = next((k for k in range(prev.start, end - 1) if units[k].kind == "word" and units[k].start >= subj_end
                      and (self._is_verbish(units[k]) or units[k].low in lx.word("relative_copulas")
                           or lx.triggers.match_at(words, k, prev.end)[0])), None)
        if first is None or units[first].low in lx.word("relative_copulas"):
            return None  # no predicate, or a copula: "PT KAI menjadi perusahaan yang ..." is PT KAI
        g = lx.phrases("generic_actors")
        n = g.match_ending_at(words, end - 1, prev.start)
        if n:
            s = end - n
            role = g.table[tuple(words[s:end])]
            return [Unit("generic", " ".join(u.text for u in units[s:end]), "", units[s].start, units[end - 1].end, role=role)]
        if self._passive_first(units, words, c):
            return None  # "KPK belum memerinci pihak yang diamankan dalam OTT": the arrest is told, keep its reading
        return []

    def _cued_quotes_in(self, start: int, end: int) -> list:
        """Quotes with a speaker whose cue starts in [start, end), in ``self.quotes`` order (by bisection, not a scan)."""
        if getattr(self, "_cue_index", None) is None or self._cue_index[0] is not self.quotes:
            cued = sorted((q.cue_start, n) for n, q in enumerate(self.quotes) if q.cue_start is not None and q.speaker)
            self._cue_index = (self.quotes, [cue for cue, _ in cued], [n for _, n in cued])
        _, cues, order = self._cue_index
        lo, hi = bisect.bisect_left(cues, start), bisect.bisect_left(cues, end)
        return [self.quotes[n] for n in sorted(order[lo:hi])]

    def _controlled_subject(self, units: list[Unit], words: list[str], prev: Clause, c: Clause) -> list[Unit]:
        """Object control: the infinitive after "prompting/forcing/persuading X" has X as its subject ("..., prompting
        unions representing 4.5m workers to threaten united action", "prompting him to complain"): the first named
        party or role noun after an ``object_control`` verb of the clause hung on ([syntax] of the pack)."""
        verbs = self.lex.word("object_control")
        if not verbs or c.opener not in self.lex.word("control_openers"):
            return []
        for k in range(prev.start, prev.end):
            if units[k].kind != "word" or words[k] not in verbs:
                continue
            for j in range(k + 1, min(prev.end, k + 4)):
                if units[j].kind == "ent":
                    return [units[j]]
            return self._generic_right(units, words, k + 1, prev.end)
        return []

    def _reported_subject(self, units: list[Unit], words: list[str], prev: Clause, c: Clause) -> list[Unit]:
        """The subject a clause hung on a reported clause inherits: "Polisi mengatakan ratusan buruh berkumpul untuk
        berunjuk rasa", "NYPD said 100,000 people gathered to protest": when the previous clause holds a speech cue
        whose reported words (an indirect quote) begin inside it and go on into this clause, the party that opens
        the reported words (a name or a role noun) is the subject, not the speaker of the cue."""
        a = units[c.start].start
        q = self.r.quote_at(a, a + 1)
        lo = units[prev.start].start
        if q is None or q.kind == "direct" or not (lo < q.start < units[prev.end - 1].end):
            return []
        if q.cue_start is None or not lo <= q.cue_start < q.start:
            return []
        first = next((k for k in range(prev.start, prev.end) if units[k].start >= q.start), None)
        if first is None:
            return []
        for k in range(first, min(prev.end, first + 6)):
            if units[k].kind == "ent":
                return [units[k]]
            got = self._generic_right(units, words, k, prev.end)
            if got:
                return got
        return []

    def _starts_with_predicate(self, units: list[Unit], words: list[str], c: Clause) -> bool:
        lx = self.lex
        aux = lx.word("aux")
        for k in range(c.start, c.end):
            if units[k].kind == "word" and lx.triggers.match_at(words, k, c.end)[0]:
                return True  # a trigger may open with an auxiliary: "is critical of"
            if units[k].kind == "word" and units[k].low in aux:
                continue
            return units[k].kind == "word" and self._is_verbish(units[k])
        return False

    def _addressee_clause(self, units: list[Unit], clauses: list[Clause], n: int) -> bool:
        """Session 29 (recip-en29): clause n is an infinitive (a ``control_openers`` word opens it) after a clause that
        ends in the party a letter is addressed to: an ``addressee_verbs`` phrase ("wrote to", "has written to"), then
        nothing but that party (names, titles, determiners, coordination). The infinitive is the writer's purpose, not
        the addressee's act: "Michael Howard wrote to Tony Blair to demand an inquiry" is Howard's demand (BBC and PolNeAR:
        "has written to the mobile phone operators Vodafone and T-Mobile to challenge", "written to the culture minister
        to offer to buy"). The clause split may also cut before the party, reading "to X to demand" as X's own
        infinitive as after "urged X to": then clause n is the party alone and the next clause the infinitive."""
        lx = self.lex
        phrases = lx.word("addressee_verbs")
        openers = lx.word("control_openers")
        if not phrases or n == 0:
            return False
        c, prev = clauses[n], clauses[n - 1]
        if c.opener not in openers or prev.end <= prev.start:
            return False
        filler = lx.dets | lx.word("coord")

        def party(body: list[Unit]) -> bool:
            # a title before the name is part of the party ("to Prime Minister Tony Blair")
            return any(u.kind == "ent" for u in body) and all(
                u.kind == "ent" or u.low in filler or (u.text[:1].isupper() and u.text.isalpha()) for u in body)

        last = units[prev.end - 1]
        if n + 1 < len(clauses) and clauses[n + 1].opener in openers and last.kind == "word" \
                and f"{last.low} {c.opener}" in phrases and party(units[c.start:c.end]):
            return True  # "wrote | to Tony Blair | to demand": this clause is the party alone
        for k in range(prev.end - 2, prev.start - 1, -1):
            if units[k].kind == "word" and f"{units[k].low} {units[k + 1].low}" in phrases:
                return party(units[k + 2:prev.end])  # "wrote to Prime Minister Tony Blair | to demand"
        return False

    def _assign_subjects(self, units: list[Unit], words: list[str], clauses: list[Clause]) -> None:
        """Subjects of clauses, for inheritance: own, shared over an apposition or a comma, or from the clause hung on."""
        lx = self.lex
        for n, c in enumerate(clauses):
            if self._addressee_clause(units, clauses, n):
                # "Michael Howard wrote to Tony Blair to demand an inquiry": the one written to is no subject; the writer
                # is, for this clause and the infinitive after it
                c.subject = clauses[n - 1].subject
                continue
            own = self._clause_subject(units, words, c)
            if own:
                c.subject = own
            elif n > 1 and c.opener == "," and clauses[0].subject and self._starts_with_predicate(units, words, c) \
                    and not any(units[k].kind == "word" and lx.triggers.match_at(words, k, clauses[0].end)[0]
                                for k in range(clauses[0].start, clauses[0].end)):
                # "Daniel Montalvo, 19, a member of ..., was arrested": the predicate after an apposition
                c.subject = clauses[0].subject
            elif n > 1 and c.opener == "," and clauses[n - 1].opener == "," and self._starts_with_predicate(units, words, c) \
                    and units[clauses[n - 2].end - 1].kind == "ent" \
                    and not any(self._is_verbish(units[k]) and not units[k].text[:1].isupper()  # "Secretary of State"
                                for k in range(clauses[n - 1].start, clauses[n - 1].end)):
                # "X said John Kerry, the Secretary of State, contacted ...": the name before an apposition
                # is the subject of the predicate after it
                c.subject = [units[clauses[n - 2].end - 1]]
            elif n > 0 and c.opener == "," and self._starts_with_predicate(units, words, c) and clauses[n - 1].subject:
                # "Iran issued a statement, accusing Israel ...": a predicate after a comma shares the subject
                c.subject = clauses[n - 1].subject
            elif n > 0 and (c.opener in lx.word("inherit_openers") or c.opener in lx.word("relative")
                            or c.opener in lx.word("complementizers")):
                if c.opener in lx.word("relative"):
                    prev = clauses[n - 1]
                    head = [units[k] for k in range(max(prev.start, prev.end - 2), prev.end) if units[k].kind == "ent"]
                    obj = None if head or c.opener not in lx.word("object_relatives") else self._object_head(units, words, prev, c)
                    c.subject = head[-1:] or (prev.subject or self._role_subject(units, words, prev, head=True) if obj is None else obj)
                    if not c.subject and self._passive_first(units, words, c):
                        c.subject = self._existential_head(units, words, prev)
                        c.existential = bool(c.subject)
                else:
                    c.subject = self._controlled_subject(units, words, clauses[n - 1], c) \
                        or self._reported_subject(units, words, clauses[n - 1], c) or clauses[n - 1].subject
                    if not c.subject and (c.opener not in lx.word("complementizers") or c.opener in lx.word("split_if_verb")) \
                            and not self._passive_first(units, words, c):
                        # not into the content of "bahwa", "agar" ("hakim berpendapat bahwa aset ... dirampas"), nor as the
                        # one a passive acts on ("Tersangka perlu dipastikan kondisinya sebelum ditahan": not yet held)
                        c.subject = self._role_subject(units, words, clauses[n - 1], head=False)


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

    def _triggers(self, units: list[Unit], words: list[str], clauses: list[Clause], s_index: int,
                  prev_subject: Optional[list[Unit]]) -> list[Raw]:
        """Every trigger of the sentence (a clitic form too: "serangannya"), coded."""
        lx = self.lex
        clause_of = {}
        for c in clauses:
            for k in range(c.start, c.end):
                clause_of[k] = c
        raws: list[Raw] = []
        clitics = lx.word("clitics")
        clitic_ends = tuple(clitics)
        starts = lx.triggers.lengths  # words some trigger starts with: match_at's (0, None) without the call
        i = 0
        while i < len(units):
            if units[i].kind != "word":
                i += 1
                continue
            c = clause_of.get(i)
            n, cands = lx.triggers.match_at(words, i, self._trigger_end(words, c)) if words[i] in starts else (0, None)
            clitic = None
            if not n and words[i].endswith(clitic_ends):  # no clitic ends the word: none of the loop's tests holds
                for cl in clitics:
                    w = words[i]
                    if w.endswith(cl) and len(w) > len(cl) + 2:
                        got = lx.triggers.table.get((w[: -len(cl)],))
                        if got:
                            n, cands, clitic = 1, got, cl
                            break
            if not n or c is None:
                i += 1
                continue
            if self._light_verb_of_noun(words, c, i, n) and all(t.cameo or (t.objects and not self._own_object_near(t, words, c, i + n))
                                                                 for t, _ in cands):
                # "expanded judicial cooperation": the verb only carries the noun's event; so does a verb that is
                # an event only with an object of its class ("launched missiles"): "launched an attack on X" is
                # the noun's event once, not also a launch
                i += n
                continue
            raw = self._code_trigger(units, words, clauses, c, i, i + n, cands, clitic, s_index, prev_subject)
            m = n
            joins = lx.word("form_fallback_words")
            while raw is None and m > 1 and words[i + m - 1] in joins:
                # "A US soldier was killed and four wounded": the CAMEO form "killed and {}" asks for a verb after it
                # and fails; the form without its trailing "and"/"or" ("killed") is read instead. A particle is no
                # such word: "kicked off the campaign" is no kick (session 20, events-en17)
                m -= 1
                shorter = lx.triggers.table.get(tuple(words[i:i + m]))
                if shorter:
                    raw = self._code_trigger(units, words, clauses, c, i, i + m, shorter, clitic, s_index, prev_subject)
            if raw is not None:
                raws.append(raw)
            i += n if raw is None else m

        return raws

    def _trigger_end(self, words: list[str], c: Optional[Clause]) -> Optional[int]:
        """Where a trigger form of clause c may end: the clause's end, or one word past it when the clause is cut at
        a complementizer that is also a clause boundary ("that"), so that a form naming its complementizer ("denied
        that", session 15) matches while the content clause keeps its own cut and events. Forms ending in "to" are
        not concerned: "to" is no boundary, and a cut there is left to ``_form_across``."""
        if c is None:
            return None
        lx = self.lex
        if c.end < len(words) and words[c.end] in lx.word("complementizers") and words[c.end] in lx.word("boundaries"):
            return c.end + 1
        return c.end

    def _own_object_near(self, tdef, words: list[str], c, j: int) -> bool:
        """An instrument of one of the trigger's object classes within three words after it ("mengirim bantuan
        pasukan", "sent aid"): the verb's own reading holds, not only the event noun's."""
        lx = self.lex
        for k in range(j, min(c.end, j + 4)):
            m, idef = lx.instruments.match_at(words, k, c.end)
            if m and idef.cls in tdef.objects:
                return True
        return False

    def _light_verb_of_noun(self, words: list[str], c, i: int, n: int) -> bool:
        """A light verb at i followed (within three words) by a hand-written event noun."""
        lx = self.lex
        if lx.phrases("light_before").match_at(words, i, c.end)[0] != n:
            return False
        for k in range(i + n, min(c.end, i + n + 4)):
            m, cands = lx.triggers.match_at(words, k, c.end)
            if m and any(v == "noun" and not t.cameo for t, v in cands):
                return True
        return False

    def _blocked(self, units: list[Unit], words: list[str], c: Clause, i: int, j: int) -> bool:
        lx = self.lex
        blockers = lx.phrases("blockers")
        opens = blockers.lengths  # words some blocker starts with: match_at's (0, None) without the call
        for k in range(max(0, i - 3), min(len(words), j + 1)):
            if words[k] not in opens:
                continue
            n, _ = blockers.match_at(words, k)
            if n and k < j and k + n > i:
                return True
        # the clause-wide part, the same for every trigger of the clause: worked out once per clause
        cache = self.__dict__.setdefault("_clause_blocked", {})
        hit = cache.get(id(c))
        if hit is None or hit[0] is not c or hit[1] is not words:
            ctx = lx.word("block_contexts")
            hit = cache[id(c)] = (c, words, blockers.find(words, c.start, c.end),
                                  any(words[k] in ctx for k in range(c.start, c.end)))
        if hit[3]:
            return True
        if not lx.blockers_local_after_preposition:
            return bool(hit[2])
        return any(not self._blocker_past_preposition(units, k, j) for k, _ in hit[2])

    def _blocker_past_preposition(self, units: list[Unit], k: int, j: int) -> bool:
        """A blocker phrase at k, after the trigger (which ends before j) with a preposition between them, names a
        circumstance of the act, not the trigger's sense: "were killed in the fight for Sharqat" ("fight for" is
        the sense of "fight"), "killed in clashes ... the demand for"; it blocks only the words it covers
        (``[blockers] local_after_preposition``, English; session 20, events-en17)."""
        if k < j:
            return False
        preps = self.lex.word("preps")
        return any(units[m].kind == "word" and units[m].low in preps for m in range(j, k))
