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
SPEAKER_CUT = ("acl", "appos", "parataxis", "punct", "advcl", "ccomp", "dep", "list")  # "list": an apposition the
# parser read as a list item ("John Podesta, a former senior White House adviser who ..., said")
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
        matches = []  # cue words the chunk rules left, past the checks that need no parse
        for m in lex.cue_re.finditer(text):
            cs = m.start()
            if cs in claimed or A.inside_pair(cs) is not None or any(c.start <= cs < c.end for c in cands):
                continue  # a cue inside content already found is a claim within a claim: left to the chunk rules
            roles = lex.roles.get(fold(m.group()), set())
            if not ({"verb", "inv", "part"} & roles) or ({"pron", "carry", "acc", "accpron", "belief"} & roles):
                continue
            ss = A.sentence(cs)[0]
            if not self._used_as_cue(A, cs, m.end(), fold(m.group()), roles, ss):
                prev = words_in(text, max(ss, cs - 20), cs)
                if not prev or prev[-1][2].lower() not in lex.relative_pronouns:
                    continue  # not a cue here, and not one opening a relative clause ("yang mengatakan")
            matches.append(m)
        # the sentences to read, parsed in one batch (with a lazy syntax stage they are parsed only now)
        parse.ensure_at([m.start() for m in matches] +
                        [c.cue_start for c in cands if c.cue_start is not None and self._worth_reading(A, c)])
        for c in cands:  # "It was announced by the ministry that ...": a passive's agent, not the dummy subject
            if c.cue_start is None or c.cue_end is None or c.speaker_span is None or c.mode != "phrase":
                continue
            v = parse.token_starting_at(c.cue_start, parse_missing=False)
            if v is None or not parse.is_passive(v):
                continue
            agent = parse.agent(v)
            if agent is None or (parse.start[agent] < c.speaker_span[1] and c.speaker_span[0] < parse.end[agent]):
                continue
            ss, se = A.sentence(c.cue_start)
            m = lex.cue_re.match(text, c.cue_start)
            if m is None:
                continue
            form = fold(m.group())
            got = self._parsed_verb(A, parse, m.start(), m.end(), form, lex.roles.get(form, set()), ss, se)
            if got is not None:
                for name in ("start", "end", "text", "kind", "cue", "cue_end", "speaker_span", "mode", "number", "medium_span"):
                    setattr(c, name, getattr(got, name))
        for m in matches:
            cs, ce = m.start(), m.end()
            if cs in claimed:
                continue
            form = fold(m.group())
            roles = lex.roles.get(form, set())
            ss, se = A.sentence(cs)
            if not self._used_as_cue(A, cs, ce, form, roles, ss) and not self._relative_cue(A, parse, cs, ss):
                continue
            c = self._parsed_verb(A, parse, cs, ce, form, roles, ss, se)
            if c is None and A.inside_pair(cs) is None:
                c = self._parsed_post(A, parse, cs, ce, form, roles, ss, se)
            if c is not None:
                out.append(c)
                claimed.add(cs)
        return out

    def claim_nouns(self, A: QuoteContext, cands: list[Candidate]) -> list[Candidate]:
        """Session 34 (pn34): a statement noun (pack ``claim_nouns``) owned by a name or a possessive pronoun, with a
        "that" clause after it, is the owner's claim: "Donald Trump's assertion that more airstrikes are needed ...",
        "pointed to his claim that Obama wants to take in 250,000 Syrian refugees" (PolNeAR counts these; no verb
        cue reads them). Read on the parse: the noun's ``nmod:poss`` is the speaker (a pronoun resolved like "he",
        "they", "it": ``possessive_pronouns``), the content the clause that "that" marks as a subordinator (not a
        relative pronoun: "the claims that were made"), starting right after it. Not inside a quotation or a
        content already found (a claim within a claim). The chunk rules' reading of the same word as a verb ("Trump's
        claim that he opposed the war has been disputed": speaker "Trump", content to the sentence's end) is dropped
        from ``cands``: the parse found the noun and its owner."""
        parse: Optional[Parse] = getattr(A, "parse", None)
        lex, text = self.lex, A.text
        if parse is None or lex.claim_noun_re is None:
            return []
        hits = [m for m in lex.claim_noun_re.finditer(text)
                if A.inside_pair(m.start()) is None and not any(c.start <= m.start() < c.end for c in cands)]
        if not hits:
            return []
        parse.ensure_at([m.start() for m in hits])
        out: list[Candidate] = []
        for m in hits:
            n = parse.token_starting_at(m.start(), parse_missing=False)
            if n is None or parse.pos[n] != "NOUN" or n + 1 >= parse.sentence_of(n).last:
                continue
            mark, owners = n + 1, parse.kids(n, "nmod:poss")
            head = parse.head[mark]
            if base(parse.dep[mark]) != "mark" or parse.pos[mark] != "SCONJ" or len(owners) != 1 or head <= mark or \
                    not parse.kids(head, "nsubj", "nsubj:pass", "expl"):
                continue
            span = parse.span(head, without=[mark])
            if span is None or span[0] < parse.end[mark]:
                continue
            owner = owners[0]
            number = lex.possessive_pronouns.get(parse.word[owner].lower()) if parse.pos[owner] == "PRON" else None
            if parse.pos[owner] == "PRON" and number is None:
                continue  # "my claim", "your argument": a first- or second-person owner
            speaker = (parse.start[owner], parse.end[owner]) if number else \
                self._speaker_span(A, parse, owner, cut=("case",))
            if speaker is None or A.inside_pair(speaker[0]) is not None:
                continue
            kind, body, start, end = self._kind_and_text(A, *span)
            if len(WORD.findall(body)) < 3:
                continue
            out.append(Candidate(start, end, body, kind, clean_ws(text[parse.start[n]:parse.end[n]]), parse.start[n],
                                 parse.end[n], speaker_span=speaker, mode="pronoun" if number else "phrase",
                                 number=number or "singular", rank=1))
            cands[:] = [c for c in cands if c.cue_start != parse.start[n]]
        return out

    def _parsed_post(self, A, parse: Parse, cs: int, ce: int, form: str, roles, ss: int, se: int) -> Optional[Candidate]:
        """Content before its cue, read on the parse where the chunk rules found no speaker phrase (session 27,
        PolNeAR train): ``“...,” Cecelia Purner, 67, a retired customer service representative in Allentown, Pa.,
        said in a follow-up interview`` (more commas than the chunk rules read through), ``“...,” said another
        leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown``. The cue verb's complement
        clause (``ccomp`` or ``parataxis``) ends before the cue with only punctuation and quotation marks between it
        and the verb's subject (or, the subject after the verb, the cue); the subject is the speaker. Only an active
        speech verb (not a participle, a belief or a carry-over), and the complement starts the sentence."""
        text, lex = A.text, self.lex
        if form in lex.object_content or not ({"verb", "inv"} & roles):
            return None
        v = parse.token_starting_at(cs)
        if v is None or parse.pos[v] != "VERB" or parse.is_passive(v):
            return None
        subj = parse.subject(v, inherit=False)
        if subj is None or base(parse.dep[subj]) != "nsubj":
            return None
        inverted = parse.start[subj] > cs
        speaker = phrase = self._speaker_span(A, parse, subj)
        if phrase is None or not (phrase[0] >= ce if inverted else phrase[1] <= cs):
            return None
        names = [k for k in parse.kids(subj, "appos") if parse.pos[k] == "PROPN"]
        if names and parse.pos[subj] != "PROPN":  # "another leading advocate, Andrew J. Pincus of the firm": the name
            speaker = self._speaker_span(A, parse, names[0], cut=("nmod",))
            if speaker is None:
                return None
        gap_end = cs if inverted else phrase[0]
        gap = " \u00a0,." + "".join(lex.all_marks) + "?!"
        pair = A.pair_ending_at(gap_end)
        if pair is not None and pair.closed and not text[pair.end:gap_end].strip(gap):
            cstart, cend = pair.start, pair.end  # a quotation closed right before the speaker (or the inverted cue)
        else:
            comps = [k for k in parse.children(v) if base(parse.dep[k]) in ("ccomp", "parataxis") and parse.start[k] < cs]
            span = parse.span(comps[0]) if len(comps) == 1 else None
            if span is None:
                return None
            cstart, cend = span
            if cend > gap_end or text[cend:gap_end].strip(gap):
                return None  # words between the clause and its speaker: not this frame
            marks = lex.all_marks - {"'", "’"}
            if sum(ch in marks for ch in text[cstart:cend]) % 2:
                return None  # a quotation opened inside the clause and closed after it, unpaired: where it starts
                # is unknown ('... the U.S."I will say this, ...," Trump said', no space after the stop)
            ps = A.para_starts[A.paragraph_index(cstart)] if A.para_starts else 0
            if any(ch in marks for ch in text[cend:gap_end]) and text[ps:cstart].strip() and \
                    not (cstart > 0 and text[cstart - 1] in marks):
                return None  # a closing mark after the clause but no opening one before it: the quotation began
                # in an earlier sentence ('violence."We are ... countries. We think ... help," said X')
        if text[A.sentence(cstart)[0]:cstart].strip(" \u00a0\n"):
            return None  # the clause does not open the sentence ("In Iowa, the race is close, he said": the chunk rules')
        if inverted and len(words_in(text, *speaker)) > 12:
            return None
        if inverted:
            speaker = self._title_apposition(A, speaker, se)  # "kata Deputi ... BPS, Pudji Ismartini": the holder
        if A.inside_pair(speaker[0]) is not None or not self._speaker_ok(A, speaker):
            return None
        kind, body, start, end = self._kind_and_text(A, cstart, cend)
        if len(WORD.findall(body)) < 3:
            return None
        number = self._pronoun_of(A, speaker)
        return Candidate(start, end, body, kind, clean_ws(text[cs:ce]), cs, ce, speaker_span=speaker,
                         mode="pronoun" if number else "phrase", number=number or "singular",
                         rank=0 if kind == "direct" else 1)

    def _parsed_verb(self, A, parse: Parse, cs: int, ce: int, form: str, roles, ss: int, se: int) -> Optional[Candidate]:
        text, lex = A.text, self.lex
        v = parse.token_starting_at(cs)
        if v is None or parse.pos[v] not in VERBAL:
            return None
        if "part" in roles and not ({"verb", "inv"} & roles) and not any(
                parse.word[k].lower() in lex.auxiliaries for k in parse.kids(v, "aux")):
            return None  # a participle is read here only as a progressive verb: "Clinton is declaring that ..."
        if form in lex.object_content and parse.is_passive(v):
            return None  # "was famously questioned by Keegan, who ...": an act suffered, no statement
        comp = parse.complement(v, lex.complementizers)
        if comp is None or parse.start[comp] < ce:
            return None  # content before the cue is the chunk rules' frame
        if base(parse.dep[comp]) == "xcomp":
            return None  # "urged X to go", "admitted being", "called him a liar": no reported statement
        if form in lex.request_verbs and not parse.kids(comp, "mark"):
            return None  # "urged X to ...", "meminta X agar ..." unless introduced as a statement
        speaker_tok = self._speaker_token(parse, v)
        passive = parse.is_passive(v)
        if speaker_tok is None or (parse.start[speaker_tok] >= cs and not passive):
            return None  # an active verb's subject comes first; a passive's agent may follow ("Disampaikan oleh X bahwa")
        if parse.start[speaker_tok] > parse.start[comp]:
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
        cstart = max(cstart, ce, speaker[1] if speaker[0] > cs else 0)
        cend = min(max(cend, cstart), se)
        q = A.inside_pair(cstart) or A.pair_starting_at(cstart)
        if q is not None and q.start <= cstart + 1 and q.end > cend:
            cend = q.end
        cend = self._cut_trailing_cue(A, cstart, cend)
        cend = self._cut_coordinated_act(A, cstart, cend)
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

    def _relative_cue(self, A: QuoteContext, parse: Parse, cs: int, ss: int) -> bool:
        """``pejabat yang mengatakan bahwa ...``: after a relative pronoun the chunk rules take no cue, but a
        verb the parse makes a relative clause (``acl``) with a complement is one."""
        prev = words_in(A.text, max(ss, cs - 20), cs)
        if not prev or prev[-1][2].lower() not in self.lex.relative_pronouns:
            return False
        v = parse.token_starting_at(cs)
        return v is not None and base(parse.dep[v]) == "acl"

    @staticmethod
    def _speaker_token(parse: Parse, v: int) -> Optional[int]:
        if parse.is_passive(v):
            agent = parse.agent(v)
            if agent is not None:
                return agent
            subj = parse.subject(v, inherit=False)
            return subj if subj is not None and parse.pos[subj] == "PROPN" else None
        return parse.subject(v)

    def _speaker_span(self, A, parse: Parse, t: int, cut: tuple[str, ...] = ()) -> Optional[tuple[int, int]]:
        """The speaker phrase of token ``t``: its subtree without relative clauses, appositions and
        punctuation (and the dependents labelled ``cut``); the agent's preposition dropped; coordinated names kept
        ("Biden and Harris")."""
        labels = cut
        cut = [c for c in parse.children(t) if (base(parse.dep[c]) in SPEAKER_CUT or base(parse.dep[c]) in labels)
               and not (base(parse.dep[c]) == "appos" and parse.pos[c] == "PROPN")]  # "the leader, Maria Lopez,"
        cut += [c for c in parse.kids(t, "case") if parse.start[c] < parse.start[t]]
        span = parse.span(t, without=cut)
        if span is None:
            return None
        s, e = strip_span(A.text, *span, chars=" \t\n\u00a0,;:()")
        if not words_in(A.text, s, e):
            return None
        return (s, e)

    def _worth_reading(self, A: QuoteContext, c: Candidate) -> bool:
        """Whether a chunk candidate's speaker may be read better on the parse: a phrase of two words or
        more that is not one entity mention ("Turkcell now", "It was", "other sites such as Gawker.com");
        "Kirby", "he", "Presiden Joko Widodo" are left unparsed (the parse costs)."""
        if c.speaker_span is None:
            return False
        if self._after_clause(A, c):
            return True
        s, e = c.speaker_span
        if len(words_in(A.text, s, e)) < 2:
            return False
        return not any(t[0] <= s and e <= t[1] for t in A.mentions_in(s, e))

    @staticmethod
    def _after_clause(A: QuoteContext, c: Candidate) -> bool:
        """A speaker phrase the chunk rules took after a comma that names no person, before its cue:
        ``Sandy Phillips, who lost her daughter ... in Aurora, Colorado, in July 2012, said`` gave
        ``Colorado``; the cue verb's parsed subject (the noun the relative clause or apposition hangs
        on) may stand before the comma."""
        s, e = c.speaker_span
        if c.cue_start is None or c.cue_start < e or not A.text[:s].rstrip().endswith(","):
            return False
        return not any(t[2].type == "PER" for t in A.mentions_in(s, e))

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
            if not self._worth_reading(A, c):
                continue
            v = parse.token_starting_at(c.cue_start, parse_missing=False)
            if v is None or parse.pos[v] not in VERBAL:
                continue
            t = self._speaker_token(parse, v)
            if t is None:
                continue
            span = self._speaker_span(A, parse, t)
            s0, e0 = c.speaker_span
            if span is not None and span[1] <= s0 and self._after_clause(A, c):
                first = words_in(A.text, *span)[:1]
                if first and first[0][2].lower() in self.lex.citation_words:
                    continue  # "Melansir Mirror, polisi menyebut ...": the outlet cited is no subject
                if span[0] >= A.sentence(c.cue_start)[0] and A.inside_pair(span[0]) is None and \
                        any(m[2].type in ("PER", "ORG") and span[0] <= m[0] and m[1] <= span[1]
                            for m in A.mentions_in(*span)) and self._speaker_ok(A, span):
                    c.speaker_span = span  # the subject before the relative clause or apposition
                continue
            if span is None or span == (s0, e0) or not (s0 <= span[0] and span[1] <= e0):
                continue
            if not self._speaker_ok(A, span):
                continue
            last = words_in(A.text, *span)[-1:]
            if span[1] < e0 and last and last[0][2].lower() in self.lex.person_titles:
                continue  # "juru" of "juru bicara kepolisian": the parse split a title, not a narrower subject
            if any(t[2].type in ("PER", "ORG", "GPE", "NORP") and not (span[0] <= t[0] and t[1] <= span[1])
                   for t in A.mentions_in(s0, e0)):
                continue  # the part left out names someone ("Malaysia and Indonesia", "X, a spokesman for Y")
            c.speaker_span = span

    def _comma_participle(self, A: QuoteContext, w: tuple[int, int, str]) -> bool:
        """``, echoing``: a word with a participle ending (pack ``participle_suffixes``) right after a comma."""
        sfx = self.lex.participle_suffixes
        return bool(sfx) and w[2].lower().endswith(sfx) and A.text[:w[0]].rstrip().endswith(",")

    def trim_coordinated(self, A: QuoteContext, cands: list[Candidate]) -> None:
        """Content after its cue that runs on into a clause coordinated with the cue verb, not with the
        reported clause: ``He said that he would pray for the nominee but did not suggest it would be
        Trump`` ends at ``nominee`` (the parse makes ``suggest`` a ``conj`` of ``said``). A conjunct opened by a
        complementizer (``says A but that B``) is a second reported clause and stays. Only content that holds a
        coordinator word is parsed for this."""
        parse: Optional[Parse] = getattr(A, "parse", None)
        lex = self.lex
        if parse is None or not (lex.coordinators or lex.participle_suffixes):
            return
        todo = []
        for c in cands:
            if c.cue_start is None or c.cue_end is None or c.cue_end > c.start or c.kind == "direct":
                continue
            ws = words_in(A.text, c.start, c.end)
            if any(w[2].lower() in lex.coordinators for w in ws) or any(
                    self._comma_participle(A, w) for w in ws[1:]):
                todo.append(c)
        if not todo:
            return
        parse.ensure_at([c.cue_start for c in todo])
        for c in todo:
            v = parse.token_starting_at(c.cue_start, parse_missing=False)
            if v is None or parse.pos[v] not in VERBAL:
                continue
            conj = [k for k in parse.kids(v, "conj") if c.start < parse.start[k] < c.end and parse.pos[k] in VERBAL]
            # "said X, echoing a warning ...": a participle clause of the cue verb after a comma is the
            # speaker's doing, not more of what was said
            conj += [k for k in parse.kids(v, "advcl") if c.start < parse.start[k] < c.end and parse.pos[k] in VERBAL
                     and self._comma_participle(A, (parse.start[k], parse.end[k], parse.word[k]))]
            if not conj:
                continue
            for k in sorted(conj, key=lambda t: parse.start[t]):  # the first clause that leaves content enough
                cut = min([parse.start[k]] + [parse.start[t] for t in parse.kids(k, "cc", "punct")
                                               if c.start < parse.start[t] < parse.start[k]])
                if any(parse.word[t].lower() in lex.complementizers for t in parse.tokens_in(cut, parse.start[k])):
                    break  # "says A but that B": a second reported clause, more content
                pair = A.inside_pair(cut)
                if pair is not None and pair is not A.inside_pair(c.start):
                    continue  # the cut would fall inside a quotation
                kind, body, start, end = self._kind_and_text(A, c.start, cut)
                if len(WORD.findall(body)) < 3:
                    continue  # "denied the claims, saying ... but made": the next clause ends it
                c.kind, c.text, c.start, c.end = kind, body, start, end
                break

    def trim_fronted_clause(self, A: QuoteContext, cands: list[Candidate]) -> None:
        """Content after a cue that stands in a fronted subordinate clause ends with that clause: ``Although the mayor
        said the budget was balanced, the council voted to cut spending`` -> ``the budget was balanced`` (was the rest
        of the sentence too), ``While Comey has said that he regularly makes recommendations on cases, Lewandowski
        said ...``. Read on the parse: the cue verb is an adverbial clause (``advcl``) opened by a subordinator (pack
        ``fronted_subordinators``: ``although``, ``while``, ``since``) whose head comes after it, inside the content;
        the content ends where the verb's subtree ends, when a comma separates it from the main clause. ``As Sanders
        noted, the system is rigged`` (the content is the main clause, after the subordinate one) is not touched."""
        parse: Optional[Parse] = getattr(A, "parse", None)
        subs = self.lex.fronted_subordinators
        if parse is None or not subs:
            return
        todo = [c for c in cands if c.cue_start is not None and c.cue_end is not None and c.cue_end <= c.start
                and c.kind != "direct" and "," in A.text[c.start:c.end]]
        if not todo:
            return
        parse.ensure_at([c.cue_start for c in todo])
        for c in todo:
            v = parse.token_starting_at(c.cue_start, parse_missing=False)
            if v is None or parse.pos[v] not in VERBAL or base(parse.dep[v]) != "advcl":
                continue
            h = parse.parent(v)
            if h is None or not (c.start < parse.start[h] < c.end):
                continue
            marks = [k for k in parse.kids(v, "mark")
                     if parse.start[k] < parse.start[v] and parse.word[k].lower() in subs]
            span = parse.span(v)
            if not marks or span is None or any(base(parse.dep[t]) != "advmod"
                                                 for t in parse.tokens_in(span[0], parse.start[min(marks)])):
                continue  # the clause opens with its subordinator ("even though"; "said A, adding B" has none)
            if not (c.start < span[1] < c.end) or span[0] > c.cue_start:
                continue
            cut = span[1]
            if "," not in A.text[cut:parse.start[h]]:
                continue  # no comma closes the subordinate clause: the parse's boundary is a guess
            pair = A.inside_pair(cut)
            if pair is not None and pair is not A.inside_pair(c.start):
                continue  # the cut would fall inside a quotation
            kind, body, start, end = self._kind_and_text(A, c.start, cut)
            if len(WORD.findall(body)) < 2:
                continue
            c.kind, c.text, c.start, c.end = kind, body, start, end
