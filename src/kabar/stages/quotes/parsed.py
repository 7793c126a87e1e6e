"""Quotes read on the dependency parse (the ``syntax`` stage's), for cues the chunk rules leave unread.

A cue verb the chunk rules found no frame for is read on its parse: the content is the verb's
complement clause (``ccomp``, an open ``xcomp`` of a speech verb, or the ``parataxis`` after a
colon), the speaker its subject (inherited through coordination: "pledged ... but said"; through a
relative or participle clause to the noun it modifies: "officials who said"), or for a passive its
agent ("disampaikan oleh X", "was announced by X"). Constructions this reaches that the chunk rules
miss: a perfect or auxiliary between speaker and verb ("has called", "telah menyampaikan"), adjuncts
between the cue and the complement ("mengatakan pada Senin (12/3) bahwa", "told reporters in London
that"), a coordinated second verb, a relative clause, compound subjects ("Biden and Harris said").

Without a parse (no model) nothing is added: the chunk rules stand alone.
"""

from __future__ import annotations

from typing import Optional

from kabar.stages.quotes.context import Candidate, QuoteContext, clean_ws, strip_span, words_in
from kabar.stages.quotes.lexicon import WORD
from kabar.text.names import fold
from kabar.text.parse import Parse, base

#: Dependents of a speaker noun left out of the speaker phrase (its relative clause holds the cue).
SPEAKER_CUT = ("acl", "appos", "parataxis", "punct", "advcl", "ccomp", "dep")
VERBAL = ("VERB", "AUX")


class ParsedReading:
    """The parse's reading of cue verbs (mixed into the finder)."""

    def from_parse(self, A: QuoteContext, cands: list[Candidate]) -> list[Candidate]:
        parse: Optional[Parse] = getattr(A, "parse", None)
        lex = self.lex
        if parse is None or lex.cue_re is None:
            return []
        claimed = {c.cue_start for c in cands if c.cue_start is not None}
        out: list[Candidate] = []
        text = A.text
        matches = [m for m in lex.cue_re.finditer(text) if m.start() not in claimed]
        # the sentences to read, parsed in one batch (with a lazy syntax stage they are parsed only now)
        parse.ensure_at([m.start() for m in matches] +
                        [c.cue_start for c in cands if c.cue_start is not None and c.speaker_span is not None])
        for m in matches:
            cs, ce = m.start(), m.end()
            if cs in claimed or A.inside_pair(cs) is not None:
                continue
            if any(c.start <= cs < c.end for c in cands):
                continue  # a cue inside content already found is a claim within a claim: left to the chunk rules
            form = fold(m.group())
            roles = lex.roles.get(form, set())
            if "verb" not in roles or ({"pron", "carry", "acc", "accpron", "belief"} & roles):
                continue
            ss, se = A.sentence(cs)
            if not self._used_as_cue(A, cs, ce, form, roles, ss):
                continue
            c = self._parsed_verb(A, parse, cs, ce, form, roles, ss, se)
            if c is not None:
                out.append(c)
                claimed.add(cs)
        return out

    def _parsed_verb(self, A, parse: Parse, cs: int, ce: int, form: str, roles, ss: int, se: int) -> Optional[Candidate]:
        text, lex = A.text, self.lex
        if parse.sentence_at(cs) is None:
            return None
        v = parse.token_at(cs)
        if v is None or parse.start[v] != cs or parse.pos[v] not in VERBAL:
            return None
        comp = parse.complement(v, lex.complementizers)
        if comp is None or parse.start[comp] < ce:
            return None  # content before the cue is the chunk rules' frame
        if base(parse.dep[comp]) == "xcomp":
            return None  # "urged X to go", "admitted being", "called him a liar": no reported statement
        if form in lex.request_verbs and not parse.kids(comp, "mark"):
            return None  # "urged X to ...", "meminta X agar ..." unless introduced as a statement
        speaker_tok = self._speaker_token(parse, v)
        if speaker_tok is None or parse.start[speaker_tok] >= cs:
            return None
        speaker = self._speaker_span(A, parse, speaker_tok)
        if speaker is None or speaker[0] < ss or A.inside_pair(speaker[0]) is not None:
            return None
        if not self._speaker_ok(A, speaker):
            return None
        marks = [k for k in parse.kids(comp, "mark") if parse.start[k] <= parse.start[comp]]
        span = parse.span(comp, without=marks)
        if span is None:
            return None
        cstart, cend = span
        cstart = max(cstart, ce)
        cend = min(max(cend, cstart), se)
        q = A.inside_pair(cstart) or A.pair_starting_at(cstart)
        if q is not None and q.start <= cstart + 1 and q.end > cend:
            cend = q.end
        cend = self._cut_trailing_cue(A, cstart, cend)
        kind, body, start, end = self._kind_and_text(A, cstart, cend)
        if len(WORD.findall(body)) < 3:
            return None
        cue_end = ce
        medium = None
        aud = self._audience(text, ce, se, need=form in lex.object_verbs)
        if aud is not None and aud[0] <= start:
            cue_end = aud[0]
            if not aud[2]:
                medium = (aud[1], aud[0])
        number = self._pronoun_of(A, speaker)
        return Candidate(start, end, body, kind, clean_ws(text[cs:cue_end]), cs, cue_end, speaker_span=speaker,
                         mode="pronoun" if number else "phrase", number=number or "singular",
                         medium_span=medium, rank=4)

    @staticmethod
    def _speaker_token(parse: Parse, v: int) -> Optional[int]:
        if parse.is_passive(v):
            agent = parse.agent(v)
            if agent is not None:
                return agent
            subj = parse.subject(v, inherit=False)
            return subj if subj is not None and parse.pos[subj] == "PROPN" else None
        return parse.subject(v)

    def _speaker_span(self, A, parse: Parse, t: int) -> Optional[tuple[int, int]]:
        """The speaker phrase of token ``t``: its subtree without relative clauses, appositions and
        punctuation; the agent's preposition dropped; coordinated names kept ("Biden and Harris")."""
        cut = [c for c in parse.children(t) if base(parse.dep[c]) in SPEAKER_CUT
               and not (base(parse.dep[c]) == "appos" and parse.pos[c] == "PROPN")]  # "the leader, Maria Lopez,"
        cut += [c for c in parse.kids(t, "case") if parse.start[c] < parse.start[t]]
        span = parse.span(t, without=cut)
        if span is None:
            return None
        s, e = strip_span(A.text, *span, chars=" \t\n\u00a0,;:()")
        if not words_in(A.text, s, e):
            return None
        return (s, e)

    def refine_speakers(self, A: QuoteContext, cands: list[Candidate]) -> None:
        """Speaker phrases the chunk rules cut too wide, narrowed to the cue verb's parsed subject:
        ``Turkcell now says`` -> Turkcell, ``Conservatives in parliament say`` -> Conservatives, ``The
        bank had been accused`` -> (no subject: left). Only a narrower phrase inside the chunk's is taken."""
        parse: Optional[Parse] = getattr(A, "parse", None)
        if parse is None:
            return
        for c in cands:
            if c.speaker_span is None or c.cue_start is None or c.mode not in ("phrase", "pronoun") or c.rank == 4:
                continue
            if parse.sentence_at(c.cue_start) is None:
                continue
            v = parse.token_at(c.cue_start)
            if v is None or parse.start[v] != c.cue_start or parse.pos[v] not in VERBAL:
                continue
            t = self._speaker_token(parse, v)
            if t is None:
                continue
            span = self._speaker_span(A, parse, t)
            s0, e0 = c.speaker_span
            if span is None or span == (s0, e0) or not (s0 <= span[0] and span[1] <= e0):
                continue
            if not self._speaker_ok(A, span):
                continue
            if any(t[2].type in ("PER", "ORG", "GPE", "NORP") and not (span[0] <= t[0] and t[1] <= span[1])
                   for t in A.mentions_in(s0, e0)):
                continue  # the part left out names someone ("Malaysia and Indonesia", "X, a spokesman for Y")
            c.speaker_span = span
