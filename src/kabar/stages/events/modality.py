"""Modality (asserted, future, hypothetical, negated, historical) and sentence-level passes over found events."""

from __future__ import annotations

import re
from typing import Optional

from kabar.stages.events.units import PUNCT, Clause, Raw, Unit
from kabar.text.parse import base

# what a denial governs: its object ("denied the attack"), its complement ("denied that it attacked", "denied
# attacking"), and a denial noun's ("bantahan bahwa ...", "denial of ...")
_DENIED_EDGES = {"obj", "dobj", "ccomp", "xcomp", "csubj", "acl", "nmod"}


class ModalityReading:
    """Modality cues and their scope."""

    def _modality(self, units, words, clauses, c: Clause, i: int, j: int, content_after: bool = False, event: str = "") -> str:
        """``content_after``: the trigger takes a complement ("threatened to", "mengancam akan"), whose own
        future cue is the content's, not the act's. ``event``: the trigger's category, for ``stance_future``."""
        lx = self.lex
        lo = c.start
        # a clause hanging on the previous one ("plans to attack", "akan ... untuk menargetkan") reads its cues too
        n = c.index
        chain_lo = lo
        chain = lx.word("split_if_verb") | lx.word("purpose") | lx.word("complementizers") | lx.word("coord")
        while n > 0 and clauses[n].opener in chain:
            if clauses[n].opener in PUNCT and self._names_own_subject(units, words, clauses[n]):
                break  # "Tak ingin jatuh korban, polisi menembak": a comma clause with its own subject
            n -= 1
            chain_lo = clauses[n].start
        cancel = lx.phrases("cue_cancel")

        # "mengatakan jika", "menduga kalau": after a verb of saying or thinking the condition word says "that" (pack
        # `[gate] complement_condition_after`, which the gate reads too), so it governs no hypothetical
        says_that = lx.word("gate_complement_condition_after")

        def hits(table_name: str, a: int, b: int, not_after: frozenset = frozenset()) -> bool:
            for pos, ln in lx.phrases(table_name).find(words, a, b):
                if pos + ln < len(words) and cancel.match_at(words, pos + ln)[0]:
                    continue
                if pos > 0 and words[pos - 1] in not_after:
                    continue
                return True
            return False

        if hits("negation", max(chain_lo, i - 3), i):
            return "negated"
        if self._denial_before(words, i, units) and not lx.phrases("negation_governing").match_at(words, i)[0]:
            return "negated"  # a denial is not negated by an earlier one ("selalu membantah ..., membantah pernah menerima")
        if c.opener in lx.word("boundaries") and lx.phrases("hypothetical_governing").match_at([c.opener], 0)[0] \
                and not (c.start >= 2 and words[c.start - 1] == c.opener and words[c.start - 2] in says_that):
            return "hypothetical"
        if hits("hypothetical_governing", chain_lo, i, says_that):
            return "hypothetical"
        if hits("hypothetical", max(chain_lo, i - 4), i):
            return "hypothetical"
        if c.existential and hits("hypothetical", clauses[c.index - 1].start, clauses[c.index - 1].end):
            return "hypothetical"  # "Kemungkinan ada dua orang yang ditetapkan sebagai tersangka": the hedge is the report's
        fut = lx.phrases("future")
        fcancel = lx.phrases("future_cancel")
        for pos, ln in fut.find(words, chain_lo, c.end):
            if pos >= j and (pos - j > 6 or content_after):
                continue
            if pos >= i and pos < j:
                continue
            if pos + ln < len(words) and fcancel.match_at(words, pos + ln)[0]:
                continue
            if event in lx.word("stance_events") and " ".join(words[pos:pos + ln]) in lx.word("stance_future"):
                continue  # session 32 (evid32): "fraksinya siap mendukung evaluasi": readiness to support is the stance, now
            return "future"
        if hits("future_governing", 0, i):
            return "future"
        if c.index > 0 and c.opener in lx.word("temporal_openers") and self._future_clause(words, clauses[c.index - 1]):
            return "future"  # "Trump akan berada di Seoul pekan depan, setelah mengunjungi Jepang": the visit is planned too
        if hits("historical", chain_lo, c.end):
            return "historical"
        return "asserted"

    def _denial_before(self, words, i: int, units=None) -> bool:
        """A denial before the trigger governs it, unless the denial is itself negated: "tidak membantah bahwa
        dia menculik", "tak menyangkal, dirinya bertemu dengan Presiden", "did not deny that he attacked" admit
        the act (session 16: all 33 uses of a negated denial in detik-2025 and IndoSum dev are admissions).
        Only within the denial's scope (``_denial_governs``): "denied by Jack Straw, who accused ..." accuses."""
        lx = self.lex
        neg = lx.phrases("negation")
        cancel = lx.phrases("cue_cancel")
        for pos, ln in lx.phrases("negation_governing").find(words, 0, i):
            if pos + ln < len(words) and cancel.match_at(words, pos + ln)[0]:
                continue
            k = pos - 1
            while k >= 0 and words[k] in lx.word("admission_skip"):
                k -= 1
            if k >= 0 and neg.match_ending_at(words, k):
                continue
            if units is not None and not self._denial_governs(units, words, pos, ln, i):
                continue
            return True
        return False

    def _denial_governs(self, units, words, pos: int, ln: int, i: int) -> bool:
        """The trigger at ``i`` lies in what the denial at ``pos`` denies. By the parse where the sentence has
        one: the trigger hangs under the denial through its object or complement (``_DENIED_EDGES``), not
        through a relative clause, its subject, agent or a clause joined to it. Without a parse: no ";" and no
        relative pronoun after a comma ("denied by Jack Straw, who accused") stands between the two."""
        rel = self.lex.word("relative") - self.lex.word("complementizers")
        p = getattr(self, "parse", None)
        if p is not None:
            d = p.token_starting_at(units[pos].start)
            t = p.token_at(units[i].start) if d is not None else None
            # a denial the parser did not read as a verb or a noun ("denied claims" as an adjective) leaves it to the words
            if d is not None and t is not None and p.sent[d] == p.sent[t] and p.pos[d] in ("VERB", "NOUN", "AUX") \
                    and base(p.dep[d]) != "amod":
                for _ in range(64):
                    h = p.head[t]
                    if h == t:
                        return False  # the root reached: the trigger is outside the denial's phrase
                    if p.dep[t].endswith("relcl") and any(p.word[k].lower() in rel for k in p.children(t)):
                        return False  # "the claims of X, who accused ...": the relative clause is asserted
                    if h == d:
                        return self._denied_edge(p, t)
                    t = h
                return False
        for k in range(pos + ln, i):
            if words[k] == ";":
                return False
            if words[k] == "," and k + 1 < i and words[k + 1] in rel:
                return False
        return True

    def _denied_edge(self, p, t: int) -> bool:
        """The edge from a denial to ``t`` carries what is denied: an object or complement, an oblique ("denied any
        role in the attacks", attached to the verb) but not the agent, and a clause the parser hung as an adverbial
        that a complementizer opens ("membantah bahwa Indonesia telah mengirim senjata": advcl in the id parse)."""
        label = base(p.dep[t])
        if label in _DENIED_EDGES or (label == "obl" and p.dep[t] != "obl:agent"):
            return True
        comp = self.lex.word("complementizers")
        return label == "advcl" and any(base(p.dep[k]) == "mark" and p.word[k].lower() in comp for k in p.children(t))

    def _future_clause(self, words, c: Clause) -> bool:
        """The clause carries a future cue of its own (not one cancelled: "akan selalu")."""
        fcancel = self.lex.phrases("future_cancel")
        for pos, ln in self.lex.phrases("future").find(words, c.start, c.end):
            if not (pos + ln < len(words) and fcancel.match_at(words, pos + ln)[0]):
                return True
        return False

    def _names_own_subject(self, units, words, c: Clause) -> bool:
        """The clause names its own subject (an entity or a role noun) before its first predicate."""
        lx = self.lex
        roles = lx.phrases("generic_actors")
        for k in range(c.start, c.end):
            u = units[k]
            if u.kind == "ent" or (u.kind == "word" and roles.match_at(words, k, c.end)[0]):
                return True
            if u.kind == "word" and (self._is_verbish(u) or lx.triggers.match_at(words, k, c.end)[0]):
                return False
        return False

    def _content_of_report(self, t: Raw, r: Raw) -> bool:
        """A report noun (``report_nouns``) stands between the trigger ``t`` and its content ``r``: the
        content is what the report says, and its parties are not ``t``'s recipient."""
        if t.tdef.content_object:
            return True  # a denial's content ("denied that it had attacked Ukraine") is the claim denied
        nouns = self.lex.word("report_nouns")
        if not nouns:
            return False
        between = re.findall(r"\w+", self.r.text[t.trig_span[1]:r.trig_span[0]].lower())
        return any(w in nouns for w in between)

    def _promise_word(self, t: Raw) -> str:
        """The first word of the trigger's own words ("pledged" of "pledged to"), lower case."""
        words = self.r.text[t.trig_span[0]:t.trig_span[1]].lower().split()
        return words[0] if words else ""

    def _coordinated_content(self, t: Raw, r: Raw, units: Optional[list[Unit]], clauses: list[Clause]) -> bool:
        """"meminta KPK memeriksa X dan menahan Y": a predicate joined by "dan" to the clause of a request that asked
        a party to act (a predicate after the one asked) is more of what was asked, not an act done. A speech act there
        is the asker's own ("meminta massa pulang dan menjanjikan aparat melanjutkan proses hukum": a promise made)."""
        lx = self.lex
        if (units is None or t.event not in lx.word("coordinated_content") or r.event in lx.word("complement_taking")
                or t.voice != "active" or r.clause.index <= t.clause.index or r.clause.opener not in lx.word("coord")):
            return False
        if r.clause.subject and min(u.start for u in r.clause.subject) >= units[r.clause.start].start:
            return False  # "... dan KPK menahan Y": the clause names its own doer
        # the clauses between go on with what was asked: "untuk mengungkap siapa X yang diburon ... dan segera menangkapnya"
        links = lx.word("coord") | lx.word("object_relatives")
        between = [c for c in clauses if t.clause.index < c.index < r.clause.index]
        if any(c.opener not in links and not (c.index == t.clause.index + 1 and c.opener in lx.word("complementizers"))
               for c in between):
            return False
        if between and between[0].opener in lx.word("complementizers"):
            return True  # "mendesak polisi untuk ...": the content opens with its complementizer
        if not t.recipient or between:
            return False
        first = min(u.start for u in t.recipient)
        return any(u.start > first and self._is_verbish(u) for u in units[t.trig[1]:t.clause.end])

    def _content_subject_recipient(self, raws: list[Raw], clauses: list[Clause], units: list[Unit]) -> None:
        """A request with no one asked in its own clause asks the subject of the content clause that follows it,
        opened by a pack ``content_subject_openers`` word ("Kemenkeu mengingatkan agar masyarakat segera ...", "meminta
        agar semua anggota DPR menjaga sikap"): a named party or a role noun at the clause's start, past determiners
        ("semua", "para"). A clause that opens with anything else (a thing asked for: "meminta agar proses hukum
        dipercepat") gives none."""
        lx = self.lex
        openers = lx.word("content_subject_openers")
        if not openers:
            return
        lead_words = openers | lx.word("determiners")  # the opener and determiners before the clause's subject
        asking = lx.word("complement_subject_recipient")
        generic = lx.phrases("generic_actors")
        words = [u.low for u in units]
        for t in raws:
            if t.recipient or t.voice != "active" or t.event not in asking:
                continue
            if any(u.kind in ("ent", "generic") for u in units[t.trig[1]:t.clause.end]):
                continue  # something stands between the verb and the clause end: the chunk rules had their say
            nxt = next((c for c in clauses if c.index == t.clause.index + 1), None)
            if nxt is None or nxt.opener not in openers:
                continue
            k = nxt.start
            while k < nxt.end and units[k].low in lead_words:
                k += 1
            if k >= nxt.end:
                continue
            got = None
            for m in range(k, min(nxt.end, k + 3)):  # "agar semua anggota DPR ...": a head noun before the name
                if units[m].kind == "ent":
                    got = units[m]
                    break
                n, role = generic.match_at(words, m, nxt.end) if m == k else (0, None)
                if n:  # a role noun heads the clause; after a head noun it only qualifies it ("agar kawasan publik")
                    got = Unit("generic", " ".join(u.text for u in units[m:m + n]), "", units[m].start,
                               units[m + n - 1].end, role=role)
                    break
                if units[m].kind != "word" or self._is_verbish(units[m]):
                    break  # the content's predicate comes first: no one asked stands there
            if got is not None and not any(a.start == got.start for a in t.actor):
                t.recipient = [got]

    def _sentence_passes(self, raws: list[Raw], clauses: list[Clause], units: Optional[list[Unit]] = None) -> None:
        lx = self.lex
        comp = lx.word("complement_taking")
        # session 34 (evid34): a modal's demand on its subject (finish._modal_demand) stands beside the act it demands,
        # which is neither its content nor its restatement ("dunia mesti terus menekan Korea Utara")
        raws = [r for r in raws if not r.tdef.speaker_demand]
        # (0) "mengingatkan agar masyarakat segera ...": the one asked is the subject of the content clause
        if units is not None:
            self._content_subject_recipient(raws, clauses, units)
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
                if same or chained or self._coordinated_content(t, r, units, clauses):
                    r.suppressed = True
                    harm = lx.tables.get("promise_recode", {}).get(f"{t.event}:{r.event}")
                    if harm and not t.recode_done and (r.recipient or r.location) and self._promise_word(t) in lx.word("promise_forms"):
                        # "Hamas pledged to continue attacks on Israel", "vowed to impose sanctions on": a promise of
                        # harm to another (a target or a place named) is a threat; "vowed to fight on" names none
                        t.event, t.mode, t.recode_done = harm, [], True
                    to = lx.tables.get("complement_recode", {}).get(f"{t.event}:{r.event}")
                    if to and not t.recode_done:
                        # "agreed to halt the protests", "promised to withdraw": the promised act is the event
                        t.event, t.mode, t.recode_done = to, list(r.mode), True
                        if not t.recipient and r.recipient:
                            t.recipient = r.recipient
                        continue
                    # "threatened to attack South Korea": the content's target is the recipient; not the content
                    # of a report that is denied or confirmed ("denied reports it was withdrawing from Iraq")
                    if not t.recipient and r.recipient and not self._content_of_report(t, r) and not (t.actor and r.actor and r.actor[0].ent is not t.actor[0].ent
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
            lends = m.event == r.event or lx.category(m.event).get("purpose_recipient")
            if lends and not m.recipient and r.recipient:
                m.recipient = r.recipient
                m.evidence = (m.evidence[0], max(m.evidence[1], r.evidence[1]))
            r.suppressed = True
        # (3) "launched a petition ..., asking the government to ...", "mengajukan gugatan, menuntut
        # pemerintah ...": a later predicate of the same category that shares the subject restates the
        # event and names its recipient; it completes the first event instead of making a second
        live = [r for r in raws if not r.suppressed]
        # (4) "menculik dan menganiaya korban", "arrested and charged two men": coordinated verbs share the object
        words_coord = {w for w in lx.word("coord") if w not in PUNCT}
        for a, b in zip(live, live[1:]):
            joined = (a.voice == b.voice == "active" and b.clause.index == a.clause.index + 1
                      and b.clause.opener in words_coord and b.trig[0] == b.clause.start)
            if joined and not a.recipient and b.recipient:
                a.recipient = list(b.recipient)
            # (4b) ... and two acts of one category share the subject: "troops shot and injured two rebels", "Police
            # shot dead four suspected extremists Thursday and wounded a fifth" (the parse read "troops shot" as a
            # compound noun, so the second verb found no subject and was an attack by nobody beside the first one's).
            # Not across categories: "the police would raid these places and march the clients out" is no protest
            if joined and a.event == b.event and a.actor and not b.actor:
                b.actor = list(a.actor)
                b.confidence -= 0.05
        # (4c) "Insurgents shot down a U.S. helicopter ..., killing 15 soldiers and wounding 21": a participle of harm
        # (`[casualties] toll_participles`) with no subject of its own, after an act of its category whose doer is
        # named, is that act's toll, no second attack by nobody; its victims name the act's target if it has none
        tolls = lx.word("toll_participles")
        if tolls and units is not None:
            for b in live:
                if b.suppressed or b.voice != "active" or b.actor or units[b.trig[0]].low not in tolls:
                    continue
                a = next((t for t in reversed(live) if t.trig[0] < b.trig[0] and not t.suppressed
                          and t.clause.index < b.clause.index and t.event == b.event), None)
                if a is None or not a.actor:
                    continue
                if not a.recipient and b.recipient:
                    a.recipient = list(b.recipient)
                    a.evidence = (a.evidence[0], max(a.evidence[1], b.evidence[1]))
                b.suppressed = True
            live = [r for r in live if not r.suppressed]
        for a, b in zip(live, live[1:]):
            if (a.event == b.event and not a.recipient and b.recipient and b.clause.index > a.clause.index
                    and a.actor and (not b.actor or {id(u.ent) for u in b.actor} == {id(u.ent) for u in a.actor})):
                a.recipient = b.recipient
                a.evidence = (a.evidence[0], max(a.evidence[1], b.evidence[1]))
                b.suppressed = True
