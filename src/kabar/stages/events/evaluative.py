"""Judgements stated in quotes: a speaker's condemning or praising word applied to a named party.

GOLD codes "It is hypocrisy," X said of Y; "this move from government is clumsy, unthinking"; "X menilai
kebijakan Y memalukan" as ACCUSE ``disapprove`` (praise: SUPPORT ``praise``) by the speaker against the
party, though no verb of criticism is written (issue #13). The words are the pack's ``[evaluative]``
lists (strong words only: sport and show quotes are full of milder ones). The party must be named in the
clause of the word (or the that-clause it opens: "damning that the Home Office ..."), or after "of"/"tentang"
right after the quote's cue; with no party named there is no event (precision first). The actor is the
speaker, the claimant the quote (``_claimant`` reads the quote at the word), the evidence the quoted words
of that sentence.
"""

from __future__ import annotations

import bisect
import functools
from typing import Optional

from kabar.record import Entity, Quote
from kabar.stages.events.lexicon import TriggerDef
from kabar.stages.events.units import Clause, Raw, Unit

_JUDGEMENTS = (("ACCUSE", "disapprove"), ("SUPPORT", "praise"))


@functools.lru_cache(maxsize=None)
def _tdef(event: str, mode: str) -> TriggerDef:
    """The reading an evaluative word stands for: one per category, a party required."""
    return TriggerDef(order=-1, event=event, mode=(mode,), needs_recipient=True)


class EvaluativeReading:
    """Events from evaluative words inside quotes (mixed into the event coder)."""

    def _with_judgements(self, raws: list[Raw]) -> list[Raw]:
        """The found events with the article's quoted judgements merged in, in sentence order."""
        extra = self._evaluative_raws(raws)
        return sorted(raws + extra, key=lambda r: r.sent_index) if extra else raws

    def _evaluative_raws(self, raws: list[Raw]) -> list[Raw]:
        """Judgement events of every quote with a known speaker, none where a trigger already coded the clause."""
        lx = self.lex
        tables = [(ev, mode, lx.phrases("evaluative_" + mode)) for ev, mode in _JUDGEMENTS]
        tables = [t for t in tables if t[2].table]
        if not tables or not self.quotes:
            return []
        coded = [r.trig_span for r in raws]
        firsts = lx.word("evaluative_firsts")  # a quoted stretch with none of them among its tokens has no hit
        sents = self.r.sentences
        starts = [s.start for s in sents]
        out: list[Raw] = []
        for q in self.quotes:
            speaker = self.r.entity(q.speaker) if q.speaker else None
            if speaker is None:
                continue
            for s_index in range(max(0, bisect.bisect_right(starts, q.start) - 1), bisect.bisect_left(starts, q.end)):
                a, b = max(q.start, sents[s_index].start), min(q.end, sents[s_index].end)
                if b > a:
                    out.extend(self._judgements_in(q, speaker, s_index, a, b, tables, coded, firsts))
        return out

    def _judgements_in(self, q: Quote, speaker: Entity, s_index: int, a: int, b: int, tables, coded,
                       firsts: Optional[frozenset] = None) -> list[Raw]:
        """The judgements of the quoted words [a, b) of one sentence: one per clause, its first listed word.
        ``firsts``: the first words of the tables' phrases; a stretch none of whose tokens is one holds no hit, so
        its units and clauses are not built (the units' words are its tokens' lower case or a mention's mark)."""
        if "?" in self.r.text[a:b + 2]:
            return []  # a question judges nobody ("Is Russia being reckless?" she asked)
        if firsts is not None and firsts.isdisjoint([t.lower() for _, t in self._token_rows_between(a, b)]):
            return []
        units = self._units_between(a, b)
        if not units:
            return []
        words = [u.low for u in units]
        clauses = self._clauses(units)
        negation = self.lex.phrases("negation")
        out = []
        for c in clauses:
            lo, hi = units[c.start].start, units[c.end - 1].end
            if any(lo <= s < hi for s, _ in coded):
                continue  # a verb of the clause is coded already ("condemned the plan as shameful")
            for event, mode, table in tables:
                hits = table.find(words, c.start, c.end)
                if not hits:
                    continue
                k, n = hits[0]
                if any(negation.match_ending_at(words, m, c.start) for m in range(max(c.start, k - 2), k)):
                    continue  # "not shameful", "bukan memalukan"
                party = self._judged_party(units, words, clauses, c, k, speaker) or self._of_party(q, speaker)
                if not party:
                    continue
                # its own voice: the word is no verb, so no verb rule (the parse's noun gate) reads it as one
                raw = Raw(tdef=_tdef(event, mode), event=event, voice="judgement", trig=(k, k + n), clause=c,
                          sent_index=s_index, mode=[mode])
                raw.trig_span = (units[k].start, units[k + n - 1].end)
                raw.actor = [Unit("ent", speaker.name, "\x00ent", q.cue_start or a, q.cue_end or a, ent=speaker)]
                raw.recipient = party
                raw.evidence = (a, b)
                raw.modality = self._modality(units, words, clauses, c, k, k + n)
                raw.confidence -= 0.15  # no verb of criticism: a reading of the words, not a reported act
                out.append(raw)
                break
        return out

    def _judged_party(self, units: list[Unit], words: list[str], clauses: list[Clause], c: Clause, k: int,
                      speaker: Entity) -> list[Unit]:
        """The party the word is said of: the clause's first party before the word (its subject: "Russia's
        attack on Ukraine is shameful" judges Russia), else the first after it ("the hypocrisy of MPs"), else
        the subject of a that-clause the word ends its clause with ("damning that the Home Office ...").
        Never the speaker, a place after a location preposition, or a role noun outside the pack's roles."""
        spans = [(c.start, c.end)]
        nxt = clauses[c.index + 1] if c.index + 1 < len(clauses) else None
        if nxt is not None and nxt.opener in self.lex.word("complementizers") and k >= c.end - 2:
            spans.append((nxt.start, min(nxt.end, nxt.start + 4)))
        for lo, hi in spans:
            found = self._parties_in(units, words, lo, hi, speaker)
            if found:
                return next((g for m, g in found if m < k), found[0][1])
        return []

    def _parties_in(self, units: list[Unit], words: list[str], lo: int, hi: int, speaker: Entity) -> list[tuple[int, list[Unit]]]:
        """(position, party) of the named parties and role nouns of [lo, hi), in text order."""
        locs = self.lex.word("location_preps")
        generic, roles = self.lex.phrases("generic_actors"), self.lex.word("evaluative_roles")
        found = []
        m = lo
        while m < hi:
            u = units[m]
            n, role = generic.match_at(words, m, hi) if u.kind == "word" else (0, None)
            if u.kind == "ent" and u.ent is not None and u.ent.id != speaker.id and self._prep_before(units, m, lo) not in locs:
                found.append((m, [u]))
            elif n and role in roles and not (m + n < hi and units[m + n].kind == "ent"):
                # "the government", "polisi"; not "thousands" or "warga"; "pemerintah Malaysia" is Malaysia's
                found.append((m, [Unit("generic", " ".join(x.text for x in units[m:m + n]), "", u.start,
                                       units[m + n - 1].end, role=role)]))
                m += n
                continue
            m += 1
        return found

    def _of_party(self, q: Quote, speaker: Entity) -> list[Unit]:
        """'"It is hypocrisy," X said of Y': the party after an ``of_cues`` word right after the cue."""
        if q.cue_end is None:
            return []
        sent = self.r.sentence_at(q.cue_end)
        if sent is None:
            return []
        units = self._units_between(q.cue_end, sent.end)
        after = self.lex.word("evaluative_of")
        if len(units) >= 2 and units[0].low in after and units[1].kind == "ent" and units[1].ent is not None \
                and units[1].ent.id != speaker.id:
            return [units[1]]
        return []
