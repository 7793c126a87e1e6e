"""The four frames a cue stands in: after the content, before it, 'according to', a relative clause."""

from __future__ import annotations

import bisect
import re
from typing import Optional

from kabar.stages.quotes.context import Candidate, QuoteContext, clean_ws, leading_phrase, strip_span, words_in
from kabar.stages.quotes.lexicon import SENT_END, WORD
from kabar.stages.quotes.pairs import Pair
from kabar.text.names import fold
from kabar.text.parse import base

# patterns compiled once (re.compile inside a function looks its cache up on every call)
_COMMA = re.compile(r"[\s\u00a0]*,[\s\u00a0]*")
_SPACES = re.compile(r"[\s\u00a0]*")
_WS_ANY = re.compile(r"\s*")
_SPACES_RUN = re.compile(r"[\s\u00a0]+")
_GAP = re.compile(r"[ \u00a0]+")
_UP_TO_COMMA_OR_COLON = re.compile(r"[^,:]*[,:]")
_UP_TO_SPACED_COMMA = re.compile(r"(?:[^,]|,(?=\S))*,(?=[\s\u00a0])")
_AS_THEN_COLON = re.compile(r"[\s\u00a0]*(?:sebagai|as)?[\s\u00a0]*[:,]?[\s\u00a0]*", re.I)


#: Dependents of a verb that are adjuncts, not its reported clause (a fronted "On Friday morning, ..." or "Although ...").
_ADJUNCT_DEPS = ("obl", "advmod", "advcl", "nmod", "npadvmod")


def cue_verb_on_parse(A: QuoteContext, cs: int):
    """The article's parse and the verb token that starts at the cue ``cs`` (None without a parse, when the sentence
    cannot be parsed, or when the parse has no verb there)."""
    parse = getattr(A, "parse", None)
    v = parse.token_starting_at(cs) if parse is not None else None
    return parse, (v if v is not None and parse.pos[v] in ("VERB", "AUX") else None)


def predicate_on_parse(A: QuoteContext, s: int, e: int) -> bool:
    """Whether the parse heads the text ``s:e`` with a predicate: a token of it whose head lies outside it is a verb
    or an auxiliary, or has a subject or a copula of its own (a clause, not a noun phrase or an adjunct). Without a
    parse of the sentence: False."""
    parse = getattr(A, "parse", None)
    if parse is None or parse.sentence_at(s) is None:
        return False
    toks = [t for t in parse.tokens_in(s, e) if parse.pos[t] != "PUNCT"]
    inside = set(toks)
    tops = [t for t in toks if parse.head[t] == t or parse.head[t] not in inside]
    return any(parse.pos[t] in ("VERB", "AUX") or parse.kids(t, "nsubj", "nsubj:pass", "cop") for t in tops)


def _adverb_on_parse(A: QuoteContext, s: int, e: int) -> bool:
    """Whether the parse tags the word ``s:e`` an adverb ("reported just today"). Without a parse: False."""
    parse = getattr(A, "parse", None)
    if parse is None or parse.sentence_at(s) is None:
        return False
    return any(parse.pos[t] == "ADV" for t in parse.tokens_in(s, e))


class FrameReading:
    """One method per frame a cue can stand in."""

    #: Words before a parenthetical cue (``A, X said, B``) for A to be read as the first part of the content.
    PARENTHETICAL_BEFORE = 12

    def _post(self, A, cs, ce, form, roles, ss, se, lstart, left, pronoun=False, force=False) -> Optional[Candidate]:
        """Content before the cue: ``“...,” kata X`` / ``..., X said.`` / ``..., katanya``."""
        text, lex = A.text, self.lex
        if form in lex.object_content:
            return None  # "which X have criticised": an act on its object, never a cue after its content
        boundary = text[lstart - 1] if lstart > 0 else ""
        speaker = left
        cue_end = ce
        mode = "pronoun" if pronoun else "phrase"
        if speaker is None and not pronoun:
            if "inv" not in roles:
                return None
            speaker = self._phrase_after(text, ce, se)
            if speaker is None:
                return None
            if len(words_in(text, *speaker)) > 6 and not A.mentions_in(*speaker):
                return None  # "has already said tackling world poverty would be ...": a clause, not a speaker
            speaker = self._title_apposition(A, speaker, se)
            if A.pair_ending_at(lstart) is None and self._subject_before_on_parse(A, cs, ce, ss):
                return None  # "Neil Sroka, communications director of X, said Sanders has several options": the
                # parse's subject stands before the cue and its clause after it; no "<content>, said <speaker>"
            tail = speaker[1]
        else:
            tail = ce
        if speaker is not None and not pronoun and not self._speaker_ok(A, speaker):
            return None
        medium = None
        aud = self._audience(text, tail, se, need=form in lex.object_verbs)
        if aud is not None:
            cue_end = aud[0] if speaker is None or speaker[1] <= cs else cue_end
            if not aud[2]:
                medium = (aud[1], aud[0])
            tail = aud[0]
        resumes = boundary == "," and not pronoun and speaker is not None and speaker[0] >= ce and \
            A.pair_ending_at(lstart) is None and \
            _COMMA.match(text, tail) is None and self._parenthetical_rest(A, tail, se, text[ss:lstart]) is not None
        if not force and not resumes and self._opens_clause(text, tail, se, strict=self._closed_quote_before(A, lstart)):
            return None  # the cue opens reported content: a "before" frame
        if not force and A.pair_ending_at(lstart) is None and self._quote_after_comma(A, tail, se):
            return None  # "Opening words, Najib Razak said, “We are ...”": the quote is what was said
        if boundary == "," and not pronoun and A.pair_ending_at(lstart) is None:
            # “...,” Khaled Al-Maeena, editor at the Saudi Gazette, said: the name before the apposition
            pstart, _ = self._left_clause(A, ss, lstart - 1)
            prev_pair = A.pair_ending_at(pstart)
            named = self._strip_phrase(text, pstart, lstart - 1)
            if prev_pair is not None and named is not None and text[named[0]].isupper() and \
                    len(words_in(text, *named)) <= 5 and self._speaker_ok(A, named):
                speaker, lstart, boundary = named, pstart, text[pstart - 1]
        # the content: a quote closing right before, or the clause from the sentence start
        follow: list[Pair] = []
        pair = A.pair_ending_at(lstart)
        if pair is not None and text[min(ss, pair.start):pair.start].strip(" \u00a0—–-([") and \
                A.sentence_index(pair.start) == A.sentence_index(cs):
            pair = None  # “burn bag,” inside a longer clause: that clause is the content
        if pair is not None:
            got = self._quoted_before(A, pair, cs, tail, se)
            if got is None:
                return None
            start, end, body, follow = got
            kind = "direct"
        else:
            cstart = ss
            inner = A.inside_pair(lstart - 1)
            if inner is not None and inner.start >= ss - 1:
                cstart = inner.inner_start
            cend = lstart if boundary in lex.all_marks else lstart - 1
            kind, body, start, end = self._kind_and_text(A, cstart, cend)
            after = self._parenthetical_rest(A, tail, se, body, inverted=speaker is not None and speaker[0] >= ce) \
                if boundary == "," else None
            title_only = boundary == "," and speaker is not None and speaker[1] <= cs and self._title_words(body)
            if title_only and after is None:
                return None  # "Pengacara Ridwan Kamil, Muslim Jaya Butar Butar, turut berkomentar ...": the title
            if after is not None:  # "Sebab, kata Yusril, <isi>": the cue stands inside its content
                k2, b2, s2, e2 = self._kind_and_text(A, after, se)
                opener_only = self._strip_phrase(text, start, end) is None or not WORD.search(body) or \
                    all(w.lower() in lex.clause_openers for w in WORD.findall(body)) or title_only
                if opener_only:
                    kind, body, start, end = k2, b2, s2, e2
                else:
                    kind = "mixed" if "mixed" in (kind, k2) or "direct" in (kind, k2) else "indirect"
                    body, end = body + " " + b2, e2
            if len(WORD.findall(body)) < 2:
                return None
            bw = WORD.findall(body)
            if kind == "indirect" and len(bw) <= 8 and bw[0].lower() in lex.adjunct | lex.wh_starts and \
                    WORD.search(text, tail, se) is not None:
                return None  # "In the second case, X asks ...": a fronted adjunct, not reported content
            if speaker is not None and speaker[1] <= cs and self._fronted_topic(body) and \
                    WORD.search(text, tail, se) is not None:
                return None  # "Terkait hal ini, X mengungkapkan ...", "Sementara itu, X menyatakan ...": no content
            if speaker is not None and speaker[1] <= cs and kind == "indirect" and \
                    not self._ends_sentence(A, tail, se) and self._adjunct_on_parse(A, cs, start, end):
                return None  # "On Friday morning, the third day of his swing, Gary Johnson told a joke": the parse
                # hangs the fronted phrase on the cue verb as an adjunct; no reported clause. Not for a cue that ends
                # its sentence (time words at most after it): it reports the stretch before it, however the parser hung
                # it ("Since Clinton has 2.5 million more votes than Sanders, superdelegates who back him would be going
                # against the will of the voters, Mook said.", session 31)
        sp_mode_number = self._pronoun_of(A, speaker) if not pronoun else "singular"
        if sp_mode_number:
            mode = "pronoun"
        if mode != "phrase" and "carry" in roles:
            mode = "carry"
        return Candidate(start, end, body, kind, clean_ws(text[cs:cue_end]), cs, cue_end,
                         speaker_span=None if pronoun else speaker, mode=mode,
                         number=sp_mode_number or "singular", medium_span=medium, rank=0 if kind == "direct" else 1,
                         follow=follow)

    @staticmethod
    def _subject_before_on_parse(A: QuoteContext, cs: int, ce: int, ss: int) -> bool:
        """Whether the parse gives the cue verb at ``cs`` its own subject before it (in the sentence), with an
        apposition or a relative clause after its head, and a complement clause after the verb: ``X, <apposition>, said <clause>`` is the speaker, then the content, not
        content before an inverted speaker. Without a parse: False (the chunk reading stands)."""
        parse, v = cue_verb_on_parse(A, cs)
        if v is None:
            return False
        subj = parse.subject(v, inherit=False)
        if subj is None or not ss <= parse.start[subj] < cs:
            return False
        span = parse.span(subj)
        if span is None or "," not in A.text[span[0]:min(span[1], cs)]:
            return False  # "And Trump, said Sunshine, ... doesn't forgive": no apposition on the subject; a parenthetical cue
        comp = next(iter(parse.kids(v, "ccomp")), None)
        return comp is not None and parse.start[comp] >= ce and \
            any(parse.pos[t] in ("VERB", "AUX") for t in parse.subtree(comp))  # "said Mr King": a name is no clause

    def _ends_sentence(self, A: QuoteContext, pos: int, se: int) -> bool:
        """Whether nothing but the pack's time words follows ``pos`` in its sentence, and no colon (``..., Mook
        said.``, ``said on Monday.``; not ``has announced £100m of new investment.``, nor ``In a 1963 speech, he
        declared:`` before a quotation in the next paragraph)."""
        return ":" not in A.text[pos:se] and all(w.lower() in self.lex.time_words for _, _, w in words_in(A.text, pos, se))

    def _clause_after_fronted(self, A: QuoteContext, parse, toks: list[int]) -> bool:
        """Whether the text of ``toks`` holds, after a comma, a clause whose subject opens right after that comma
        (session 31, polnear31): the main clause after a fronted subordinate one, whatever the parser hung it on
        ("Since Clinton has more votes, superdelegates would be going against the will of the voters" -> acl of
        "votes"; "If states fail in ensuring students' protections, the U.S. Department of Justice can step in" ->
        relcl of "protections"). A relative pronoun subject ("protections, which can ...") is no main clause."""
        text = A.text
        inside = set(toks)
        for t in toks:
            if parse.pos[t] not in ("VERB", "AUX") and not parse.kids(t, "cop"):
                continue
            for s in parse.kids(t, "nsubj", "nsubj:pass"):
                span = parse.span(s)
                if s not in inside or span is None or text[span[0]:span[1]].lower() in self.lex.relative_pronouns:
                    continue
                if text[:span[0]].rstrip(" \u00a0").endswith(",") and min(toks) < s:
                    return True
        return False

    def _adjunct_on_parse(self, A: QuoteContext, cs: int, start: int, end: int) -> bool:
        """Whether the parse reads the text ``start:end`` before the cue verb at ``cs`` as adjuncts of that verb
        (obliques, adverbs, adverbial clauses, each a dependent of the verb) rather than a reported clause."""
        parse, v = cue_verb_on_parse(A, cs)
        if v is None:
            return False
        toks = [t for t in parse.tokens_in(start, end) if parse.pos[t] != "PUNCT"]
        if not toks or parse.sentence_of(toks[0]) is not parse.sentence_of(v):
            return False
        inside = set(toks)
        tops = [t for t in toks if parse.head[t] not in inside or parse.head[t] == t]
        if not tops or any(parse.head[t] != v for t in tops):
            return False
        if any(base(parse.dep[t]) == "advcl" and not parse.kids(t, "mark") for t in tops):
            return False  # "It effectively disbanded after the election, Politico reported": a main clause the parser
            # hung on the cue as an unmarked adverbial clause is the content; "Although there is ..." is marked
        if any(base(parse.dep[t]) != "advcl" for t in tops) and any(
                parse.kids(t, "nsubj", "nsubj:pass", "csubj") for t in toks):
            return False  # a clause with its own subject (a copular one too: "approval ... should be little more than
            # a formality") under a phrase the parser made an oblique: content
        if any(base(parse.dep[t]) == "advcl" for t in tops) and self._clause_after_fronted(A, parse, toks):
            return False  # "Since Clinton has more votes, superdelegates would be going against ..., Mook said": the
            # parser hung the main clause under the fronted one (session 31)
        if any(base(parse.dep[t]) in ("obl", "nmod") and not parse.kids(t, "case") for t in tops):
            return False  # a bare noun phrase the parser made an oblique ("The job of firms such as HP now, she said in
            # a speech, was ..."): a fronted adjunct opens with its preposition ("On Friday", "After the closeout")
        deps = [base(parse.dep[t]) for t in sorted(tops)]
        # a fronted phrase the parser misread as the verb's subject after a first adjunct ("On Friday morning, the
        # third day ..."); a subject first is the parenthetical cue's content ("The job of firms such as HP now, she
        # said in a speech, was to ...")
        return deps[0] in _ADJUNCT_DEPS and all(d in _ADJUNCT_DEPS or d == "nsubj" for d in deps)

    def _title_words(self, body: str) -> bool:
        """Whether a part before ``, X mengatakan, ...`` is only the speaker's title (an apposition, no content):
        ``Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan``, ``Direktur Penyuluhan, Pelayanan``
        (a title or office word, then capitalised words and title connectors)."""
        lex = self.lex
        ws = WORD.findall(body)
        if not ws or ws[0].lower() not in lex.title_words:
            return False
        return all(w[:1].isupper() or w.lower() in lex.title_joins for w in ws)

    def _parenthetical_rest(self, A, tail: int, se: int, before: str, inverted: bool = True) -> Optional[int]:
        """Where the content resumes after ``<X>, kata Y, <rest>``: a short part before the cue and a
        clause (not an adjunct or a title apposition) after the speaker's comma; None otherwise."""
        text, lex = A.text, self.lex
        m = _COMMA.match(text, tail)
        if m is None and lex.predicate_openers and inverted:
            # no comma after the speaker: the content resumes only at a word that opens a predicate ("Pembukaan
            # blokir, kata Purbaya juga sudah sesuai ...", session 22); "kata Budi ditemui di ...", "kata Budi
            # saat ..." stay adjuncts of the cue
            nxt = words_in(text, tail, se)[:1]
            if nxt and nxt[0][2] in lex.predicate_openers and not text[tail:nxt[0][0]].strip() and \
                    len(WORD.findall(before)) <= self.PARENTHETICAL_BEFORE and A.inside_pair(nxt[0][0]) is None and \
                    len(words_in(text, nxt[0][0], se)) >= 3:
                return nxt[0][0]
            return None
        if m is None or len(WORD.findall(before)) > self.PARENTHETICAL_BEFORE or A.inside_pair(m.end()) is not None:
            return None
        ws = words_in(text, m.end(), se)
        if len(ws) < 4 or text[m.end():m.end() + 1] in lex.all_marks:
            return None
        first = ws[0][2].lower()
        if first in lex.relative_pronouns | lex.apposition_starts | lex.title_determiners | lex.coordinators:
            return None  # ", kata X, seorang petani", ", said X, who ...": an apposition or a relative clause; ", dan
            # setelah ...": a clause coordinated with the speaker's, not the content resuming
        if "part" in lex.roles.get(fold(first), ()) or any(first.endswith(x) for x in lex.participle_suffixes):
            return None  # ", X said, citing ...": a participle clause of the cue, not more content
        if (first in lex.adjunct | lex.stops | lex.time_words | lex.time_trailers | lex.audience_determiners |
                lex.quantifiers or not any(w[:1].islower() and w.lower() not in lex.person_titles | lex.title_connectors
                                           for _, _, w in ws[:3])) and not predicate_on_parse(A, m.end(), se):
            return None  # ", said X, in a statement", ", kata Budi, Kepala Dinas Pendidikan Kota Bandung.": an adjunct
            # or an apposition; but "Pasalnya, kata Masinton, di dalam penjara praktik pungli masih menjadi momok",
            # "TNI, kata Gatot, juga akan menambah armada": a clause the parse heads with a predicate is the content
        return m.end()

    def _quoted_before(self, A, pair: Pair, cs: int, tail: int, se: int) -> Optional[tuple[int, int, str, list[Pair]]]:
        """A quote closing right before the cue, with what continues it after the attribution:
        (start, end, text, later quoted stretches kept apart); None when it holds no word."""
        text, lex = A.text, self.lex
        follow: list[Pair] = []
        start, end = pair.start, pair.end
        body = self._pair_text(A, pair)
        # “A,” kata X, “B.”: the quote goes on after the attribution
        cont = _COMMA.match(text, tail)
        if cont:
            q = A.pair_starting_at(cont.end())
            if q is not None and q.start == cont.end():
                body = body + " " + self._pair_text(A, q)
                end = q.end
        # “A,” he said. “B.”: following sentences of the same paragraph that are all quote
        nxt_end = self._sentence_tail(A, tail, se)
        while nxt_end is not None:
            q = A.pair_starting_at(nxt_end)
            if q is None or A.paragraph_index(q.start) != A.paragraph_index(cs) or \
                    text[nxt_end:q.start].strip() or self._attributed_after(A, q):
                break
            if lex.split_continued:
                follow.append(q)  # house style: each quoted stretch is its own item, same speaker and cue
            else:
                body = body + " " + self._pair_text(A, q)
                end = q.end
            nxt_end = q.end
            m2 = _SPACES.match(text, nxt_end)
            nxt_end = m2.end() if m2 else nxt_end
        if not WORD.search(body):
            return None
        return start, end, body, follow

    def _cut_coordinated_act(self, A: QuoteContext, s: int, e: int) -> int:
        """``Mr Prentis said workers did not want to strike and called for talks``: a coordinated speech act in the
        past (pack ``coordinated_acts``) after reported content is the speaker's next act, not part of what was said.
        A perfect or passive auxiliary in the content (``coordinated_act_blockers``: "said the minister had ignored
        warnings and rejected calls") may govern the second verb too, so the content is then left whole."""
        rx = self.lex.coordinated_act_re
        if rx is None:
            return e
        text = A.text
        for m in rx.finditer(text, s, e):
            if A.inside_pair(m.start()) is not None:
                continue
            before = words_in(text, s, m.start())
            if len(before) < 3 or any(w.lower() in self.lex.coordinated_act_blockers for _, _, w in before):
                return e
            return strip_span(text, s, m.start(), " \t\n\u00a0,;-–—")[1]
        return e

    def cut_before_own_act(self, A: QuoteContext, cands: list[Candidate]) -> None:
        """A reported clause ends where the same speaker's next speech act, read as a quote of its own, begins:
        ``Suu Kyi said it was too early to congratulate winners but added, “I think ...”``, ``Netanyahu said he
        would go ahead, although he tweeted that ...`` (pack ``act_joins``; only a pronoun, an adverb or nothing
        between the join and the second cue, so another speaker's claim is left to ``_cut_trailing_cue``)."""
        lex, text = self.lex, A.text
        if not lex.act_joins:
            return
        fillers = lex.singular | lex.plural | {t for t in lex.trailing if " " not in t}
        for c in cands:
            if c.kind == "direct" or c.cue_start is None or c.cue_start > c.start:
                continue
            inner = [k for k in cands if k is not c and k.cue_start is not None and c.start < k.cue_start < c.end
                     and k.start >= k.cue_start and A.inside_pair(k.cue_start) is None]
            for k in sorted(inner, key=lambda k: k.cue_start):
                ws = words_in(text, c.start, k.cue_start)
                i = len(ws)
                while i > 0 and (ws[i - 1][2].lower() in fillers or ws[i - 1][2].lower().endswith(lex.adverb_suffixes)
                                 and len(ws[i - 1][2]) > 4):
                    i -= 1
                if i < 3 or ws[i - 1][2].lower() not in lex.act_joins:
                    continue
                cut = strip_span(text, c.start, ws[i - 1][0], " \t\n\u00a0,;-–—")[1]
                kind, body, start, end = self._kind_and_text(A, c.start, cut)
                if len(WORD.findall(body)) >= 3:
                    c.kind, c.text, c.start, c.end = kind, body, start, end
                break

    def _cut_trailing_cue(self, A: QuoteContext, s: int, e: int) -> int:
        """``X said that A, an official said.``: the content stops before the later attribution."""
        text = A.text
        for m in self.lex.cue_re.finditer(text, s, e) if self.lex.cue_re is not None else ():
            if A.inside_pair(m.start()) is not None:
                continue
            before = words_in(text, max(s, m.start() - 30), m.start())
            if before and before[-1][2].lower() in self.lex.coordinators and m.start() - before[-1][1] <= 2 and \
                    "verb" in self.lex.roles.get(fold(m.group()), ()) and before[-1][0] > s + 1 and \
                    self._opens_clause(text, m.end(), e):
                k = len(before) - 1
                while k > 0 and before[k - 1][2].lower() in self.lex.coordinators and before[k - 1][0] > s + 1:
                    k -= 1  # "said the party had won and then told reporters that ...": "and then" both go
                return before[k][0]  # "says she respects X but argues that ...": a second claim
            lstart, boundary = self._left_clause(A, s, m.start())
            comma_mark = boundary in self.lex.all_marks and text[lstart - 2:lstart - 1] == ","
            if (boundary not in (",", "—", "–") and not comma_mark) or lstart <= s + 1:
                continue
            joined = WORD.findall(text, lstart, m.start())
            if boundary == "," and 2 <= len(joined) <= 6 and joined[0].lower() in self.lex.claim_joins and \
                    joined[1].lower() not in self.lex.complementizers and \
                    "verb" in self.lex.roles.get(fold(m.group()), ()) and self._opens_clause(text, m.end(), e):
                return lstart - 1  # "said profits rose, but analysts said the outlook was weak": another speaker's claim
            if len(joined) > 5 or self._opens_clause(text, m.end(), e):
                continue
            return lstart if comma_mark else lstart - 1
        return e

    def _sentence_tail(self, A: QuoteContext, pos: int, se: int) -> Optional[int]:
        """Where the next sentence starts if only an adjunct and a full stop follow ``pos``."""
        text = A.text
        rest = text[pos:se]
        m = re.search(r"[.!?…]", rest)
        if m is None or len(WORD.findall(rest[:m.start()])) > 6:
            return None
        k = pos + m.end()
        while k < len(text) and text[k] in " \u00a0":
            k += 1
        return k

    def _attributed_after(self, A: QuoteContext, q: Pair) -> bool:
        """Whether a quote has its own cue right after it (then it is a quote of its own)."""
        if self.lex.cue_re is None:
            return False
        ss, se = A.sentence(q.end - 1)
        m = self.lex.cue_re.search(A.text, q.end, min(len(A.text), q.end + 60))
        return m is not None and m.start() < max(se, q.end + 1) and not A.text[q.end:m.start()].strip(" ,").count(".")

    def _quote_after_comma(self, A: QuoteContext, pos: int, se: int) -> bool:
        """Whether a comma and a quotation of three words or more follow ``pos`` in its sentence."""
        m = _COMMA.match(A.text, pos)
        if m is None or m.end() >= se:
            return False
        q = A.pair_starting_at(m.end())
        first = WORD.search(A.text, q.inner_start, q.inner_end) if q is not None else None
        return q is not None and q.words(A.text) >= 3 and first is not None and first.group()[:1].isupper()

    def _closed_quote_before(self, A: QuoteContext, lstart: int) -> bool:
        """Whether a quotation closing on a comma stands right before the speaker phrase (``“...,” Clinton told
        a crowd in Tampa``): that quotation is what was said. (After ``?”`` a new sentence may follow.)"""
        pair = A.pair_ending_at(lstart)
        if pair is None or not pair.closed:
            return False
        if A.text[A.sentence(pair.start)[0]:pair.start].strip(" \u00a0—–-(["):
            return False  # a quoted phrase inside a longer clause ("warga yang “sangat rentan”, tanggung jawab")
        inner = A.text[pair.inner_start:pair.inner_end].rstrip(" \u00a0")
        return inner[-1:] == "," or A.text[pair.end:lstart].strip(" \u00a0")[:1] == ","

    def _opens_clause(self, text: str, pos: int, se: int, strict: bool = False) -> bool:
        """Whether what follows a cue reads as its content ("that ...") rather than an adjunct. ``strict``
        (a quotation was closed right before the speaker): only a complementizer or a colon opens content,
        so ``“...,” Sanders said of his rival, before ...`` and ``“...,” X said answering ...`` keep the quotation."""
        lex = self.lex
        rest = text[pos:se].strip(" \u00a0")
        if rest[:1] == "(" and ")" in rest:  # "said Rep. Bobby Scott (D-Va.) at the time": an aside, then the rest
            rest = rest[rest.index(")") + 1:].strip(" \u00a0")
        if not rest or rest[0] in SENT_END or rest[0] in ",;" or rest[0] in lex.all_marks:
            return False
        ws = WORD.findall(rest)
        if not ws:
            return False
        first = ws[0].lower()
        if first in lex.complementizers or rest[0] == ":":
            return True
        if strict:
            return False
        if first in lex.adjunct or first in lex.stops:
            head = re.split(r"[,;]", rest, maxsplit=1)[0]
            hw = WORD.findall(head)
            return any(w.lower() in lex.complementizers for w in hw)
        return len(ws) > 2

    def _pre(self, A, cs, ce, form, roles, ss, se, left) -> Optional[Candidate]:
        """Content after the cue: ``Kirby mengatakan (kepada FT) (bahwa) ...``."""
        text, lex = A.text, self.lex
        if not self._speaker_ok(A, left):
            return None
        if left[0] < ss:
            return None
        cue_end = ce
        medium = None
        aud = self._audience(text, ce, se, need=form in lex.object_verbs)
        if aud is not None:
            cue_end = aud[0]
            if not aud[2]:
                medium = (aud[1], aud[0])
        elif form in lex.object_verbs:
            # "X told him that ...": skip a pronoun object
            w = WORD.match(text, _WS_ANY.match(text, ce).end())
            if w and w.group().lower() in lex.object_pronouns:
                cue_end = ce
                ce = w.end()
        cstart = self._commitment(text, ce, form)
        if cstart is None:
            cstart = self._parenthetical_main(A, left, aud[0] if aud else ce, ss, se)
        if cstart is None:
            cstart = self._content_after(A, aud[0] if aud else ce, se)
        if cstart is None:
            return None
        if form in lex.request_verbs and lex.question_after_object:
            cstart = self._question_after_object(A, cstart, se)
        request = False
        if form in lex.request_verbs and not self._introduced(A, aud[0] if aud else ce, cstart):
            if form in lex.reported_requests and A.inside_pair(cs) is None and self._request_clause(A.text, cstart, se):
                pass  # "Prabowo meminta para hakim berpihak ...": the request is reported speech (session 26); inside
                # a quotation it is the quoted speaker's own words ("“Berdasarkan alasan-alasan tersebut meminta ...”")
            elif not lex.wide_requests:
                return None  # "X meminta Y agar ...", "X urged Y to ...": a request, not a statement
            request = True  # wide mode: the request is the source's stance (its object and infinitive, _wide_kinds)
        cend = se
        q = A.inside_pair(cstart) or A.pair_starting_at(cstart)
        if q is not None and q.start <= cstart + 1 and q.end > cend:
            cend = q.end
        i = bisect.bisect_left(A.top_starts, cstart)
        while i < len(A.top) and A.top[i].start < cend:  # a quote opened in the content that closes in a later sentence
            if cend < A.top[i].end:
                cend = A.top[i].end
            i += 1
        outer = A.inside_pair(cs)
        if outer is not None:
            cend = min(cend, outer.inner_end)  # a claim reported inside a quote ends with that quote
        cend = self._cut_breaks(text, cstart, cend)
        cend = self._cut_at_participle(A, cstart, cend)
        cend = self._cut_trailing_cue(A, cstart, cend)
        cend = self._cut_coordinated_act(A, cstart, cend)
        kind, body, start, end = self._kind_and_text(A, cstart, cend)
        wide = lex.wide_kind(form)
        body_words = WORD.findall(body)  # session 35 (speed35): the content's words found once, not four times
        if len(body_words) < 2 and kind != "direct" and wide != "intention" and wide not in lex.object_kinds:
            return None  # one word is no content; an intention's infinitive may be ("declined to comment", wide mode),
            # and so may a stance's, an evaluation's or a topic's object ("super PACs favor Cruz", session 33)
        bw = [w.lower() for w in body_words[:3]]
        head = [w for w in bw if w not in ("the", "a", "an", "sebuah", "suatu")]
        if head and head[0] in lex.non_speaker:
            return None  # "wrote the word “war”": a word is named, nothing is reported
        if len(bw) >= 2 and kind == "indirect" and bw[1] in lex.demonstratives and \
                (bw[0] in lex.attribution_nouns or bw[0] in lex.demonstrative_heads) and (len(bw) == 2 or bw[2] in lex.adjunct | lex.audience_markers):
            return None  # "menyampaikan pernyataan itu dalam sambutannya": the object, not the content
        if kind == "indirect" and len(bw) >= 2 and len(body_words) <= 3 and bw[0] in lex.demonstratives and \
                not lex.head_initial:
            return None  # "denied these allegations": a demonstrative object, no content
        number = self._pronoun_of(A, left)
        mode = "pronoun" if number else "phrase"
        if mode == "pronoun" and "carry" in roles:
            mode = "carry"
        return Candidate(start, end, body, kind, clean_ws(text[cs:cue_end]), cs, cue_end, speaker_span=left,
                         mode=mode, number=number or "singular", medium_span=medium, rank=1, request=request)

    #: Words an adjunct between a parenthetical cue and its comma may have ("in an op-ed on Thursday").
    PARENTHETICAL_ADJUNCT = 8

    def _parenthetical_main(self, A: QuoteContext, left: tuple[int, int], pos: int, ss: int, se: int) -> Optional[int]:
        """Where the main clause starts after a cue in a clause opened by one of the pack's ``parenthetical_openers``
        when an adjunct stands between the cue and the comma that closes the clause (session 31, polnear31): "As The
        Times reported on Saturday, he has already emerged as ..." -> "he has ...", "But as the Global Times noted in
        an op-ed Thursday, the leading GOP candidate ..." (was: no content, or the adjunct as the content: "reported
        just today"). The opener starts the sentence or follows only clause openers ("But as"); the adjunct
        opens with a time word, an adverb or one of the pack's ``parenthetical_adjunct_starts`` (not "with": "As Freddy
        ... joked with his best friend at the table, his younger brother grew impatient" is a time clause), holds no
        quotation mark, complementizer or predicate on the parse ("As he said he would, ...", "As she announced her
        bid, ..." are left alone). None otherwise; with no
        adjunct ("As X said, ...") the content after the comma is read as before."""
        text, lex = A.text, self.lex
        if not lex.parenthetical_openers:
            return None
        before = words_in(text, ss, left[0])
        if not before or before[-1][2].lower() not in lex.parenthetical_openers or text[before[-1][1]:left[0]].strip():
            return None
        rest = text[ss:before[-1][0]].strip(" \u00a0\n").lower()
        while (op := leading_phrase(rest, lex.clause_openers)) is not None:
            rest = rest[len(op):].lstrip(" \u00a0,")
        if rest:
            return None  # "performed as analysts predicted on Monday, ...", "..., as X said on Monday, ...": no
            # sentence-opening clause (a trailing "as" clause reports what stands before it)
        comma = text.find(",", pos, se)
        if comma < 0 or A.inside_pair(pos) is not None:
            return None
        gap = words_in(text, pos, comma)
        if not gap or len(gap) > self.PARENTHETICAL_ADJUNCT or any(ch in lex.all_marks or ch in ";:()" for ch in text[pos:comma]):
            return None
        first = gap[0][2].lower()
        if not (first in lex.parenthetical_adjunct_starts or first in lex.time_words or
                lex.adverb_suffixes and first.endswith(lex.adverb_suffixes) or _adverb_on_parse(A, *gap[0][:2])):
            return None
        if any(w.lower() in lex.complementizers for _, _, w in gap) or predicate_on_parse(A, pos, comma):
            return None
        start = _SPACES.match(text, comma + 1).end()
        if start >= se or text[start] in lex.all_marks or len(words_in(text, start, se)) < 3:
            return None  # a quotation after the comma is read as before ("said on Monday, “...”")
        return start

    def _question_after_object(self, A: QuoteContext, cstart: int, se: int) -> int:
        """Where a question reported after a request verb's object starts (session 30): ``asked Pence whether that
        would happen``, ``asked former Attorney General Eric Holder whether ...``, ``asked Trump how high the wall
        would be`` -> the question word; ``cstart`` when the content does not read so (a quotation, no question word
        within the pack's window, punctuation or a break word first: ``asked X about Y when``, ``asked X to leave
        if``)."""
        text, lex = A.text, self.lex
        if cstart >= len(text) or text[cstart] in lex.all_marks or A.inside_pair(cstart) is not None:
            return cstart
        ws = words_in(text, cstart, se)[:lex.question_object_window + 1]
        if not ws or ws[0][2].lower() in lex.question_words:
            return cstart  # "asked whether ...": no object, the content already opens with the question
        for k in range(1, len(ws)):
            s, _, w = ws[k]
            low = w.lower()
            if any(ch in ",;:()" or ch in lex.all_marks for ch in text[ws[k - 1][1]:s]):
                return cstart
            if low in lex.question_object_breaks:
                return cstart
            if low in lex.question_after_object:
                return s if len(words_in(text, s, se)) >= 3 else cstart
        return cstart

    def _request_clause(self, text: str, cstart: int, se: int) -> bool:
        """Whether a request verb's content asks someone to act (session 26): not a thing asked for ("meminta maaf",
        "meminta keterangan saksi"), but a clause opened within its first words by a marker ("meminta Y agar ...",
        "mendesak Y untuk mengungkap ...") or by a verb after the object ("meminta para hakim berpihak ...")."""
        lex = self.lex
        head = re.split(r"[,;:]", text[cstart:se], maxsplit=1)[0]
        ws = [w.lower() for w in WORD.findall(head)[:lex.request_window]]
        if not ws or ws[0] in lex.request_object_nouns or ws[0] in lex.relative_pronouns:
            return False  # "meminta maaf"; "perasaan mendesak yang lebih tinggi": an adjective
        if any(w in lex.request_clause_markers for w in ws):
            return True
        return any(len(w) >= lex.request_verb_min_len and w.startswith(lex.request_verb_prefixes)
                   and w not in lex.request_non_verbs for w in ws[1:])

    def _fronted_topic(self, body: str) -> bool:
        """Whether a clause before a speaker is only a discourse opener (``Sementara itu``) or a short topic
        adjunct after one (``Terkait hal ini``, ``Kemudian, terkait kedaulatan energi``, ``As for the budget``)."""
        lex = self.lex
        rest = body.strip(" \u00a0,")
        while (op := leading_phrase(rest.lower(), lex.clause_openers)) is not None:
            rest = rest[len(op):].lstrip(" \u00a0,")
        if not WORD.search(rest):
            return True
        return leading_phrase(rest.lower(), lex.topic_openers) is not None and len(WORD.findall(rest)) <= 5

    def _introduced(self, A: QuoteContext, pos: int, cstart: int) -> bool:
        """Whether reported content is opened by a quotation mark, a colon or a complementizer."""
        text = A.text
        if cstart < len(text) and text[cstart] in self.lex.all_marks:
            return True
        between = text[pos:cstart]
        if ":" in between or any(w.lower() in self.lex.complementizers for w in WORD.findall(between)):
            return True
        head = [w.lower() for w in WORD.findall(text, cstart, min(len(text), cstart + 60))[:4]]
        return any(w in self.lex.question_words for w in head)  # "asked (Sanders) whether ...": a question

    def _skip_attribution_noun(self, text: str, pos: int, se: int) -> Optional[int]:
        """After ``menurut pernyataan resmi dari`` / ``according to a statement from``: where the source starts."""
        lex = self.lex
        p = _SPACES.match(text, pos).end()
        low = text[p:se].lower()
        for noun in lex.attribution_nouns:
            if low.startswith(noun) and (len(low) == len(noun) or not low[len(noun)].isalnum() and low[len(noun)] != "-"):
                p += len(noun)
                break
        else:
            return None
        for _ in range(3):  # "resmi dari", "pihak", "issued by"
            q = _SPACES.match(text, p).end()
            low = text[q:se].lower()
            for link in lex.attribution_links:
                if low.startswith(link) and (len(low) == len(link) or not low[len(link)].isalnum()):
                    p = q + len(link)
                    break
            else:
                break
        return p

    def _document_source(self, A: QuoteContext, span: tuple[int, int]) -> bool:
        """``menurut undang-undang``, ``according to the rules``: a document or rule, not a speaker."""
        lex = self.lex
        ws = [w for _, _, w in words_in(A.text, *span) if w.lower() not in lex.title_determiners | lex.audience_determiners]
        if not ws:
            return False
        head = ws[0] if lex.head_initial else ws[-1]
        if head.lower() not in lex.according_non_sources:
            return False
        return not any(t[2].type in ("PER", "ORG", "NORP") for t in A.mentions_in(*span))

    def _marker_source(self, A: QuoteContext, span: tuple[int, int]) -> bool:
        """A finding marker's source ("In a new Fox News poll released Thursday, ...", "In Monday's poll, ..."): at most
        ten words, a poll or survey among them and no "of" before it, opened by a determiner or a capital (wide mode,
        session 25, PolNeAR train[640:840])."""
        lex = self.lex
        ws = [w.lower() for _, _, w in words_in(A.text, *span)]
        at = next((i for i, w in enumerate(ws) if w in lex.finding_marker_sources), None)
        if at is None or len(ws) > 10 or "of" in ws[:at]:
            return False  # "In the wake of polls", "an average of polls": the poll is no head
        return ws[0] in lex.finding_marker_openers or A.text[span[0]].isupper()

    def _source_modifier(self, rest: str) -> bool:
        """Whether what follows an "according to" source to the sentence end only describes the source: a
        relative clause (``who spoke on condition of anonymity``) or a short apposition (``, a former aide.``)."""
        lex = self.lex
        ws = WORD.findall(rest)
        if not ws:
            return False
        first = ws[0].lower()
        if first in lex.relative_pronouns and not rest.lstrip(" \u00a0").startswith(","):
            return "," not in rest  # a comma after the clause may resume the content
        if rest.lstrip(" \u00a0").startswith(",") and rest.count(",") == 1 and len(ws) <= 6:
            return first in lex.articles or first in lex.apposition_starts
        return False

    def _document_words(self, A: QuoteContext, span: tuple[int, int]) -> bool:
        """Whether a source phrase holds a document or rule noun (``according_non_sources``: "a draft resolution
        seen", where the participle hides the head from ``_document_source``) and names no person or body."""
        lex = self.lex
        if not any(w.lower() in lex.according_non_sources for _, _, w in words_in(A.text, *span)):
            return False
        return not any(t[2].type in ("PER", "ORG", "NORP") for t in A.mentions_in(*span))

    def _source_tail(self, rest: str) -> bool:
        """Whether what follows an "according to" source that comes after its content runs to the sentence end with
        no comma, semicolon, colon or quotation mark: nothing there can resume the content, so it modifies the source
        (``..., according to a publishing executive familiar with the talks.``, ``according to data released Friday
        by state regulators.``, ``according to X and officials who worked with him.``; session 23, PolNeAR train)."""
        return not any(ch in ",;:" or ch in self.lex.all_marks for ch in rest)

    def _according_unpunctuated(self, A, cs, ce, ss, se) -> Optional[Candidate]:
        """``Menurut Prabowo keberadaan tanggul laut dapat ...``: no comma closes the source, the named entity
        right after the cue does, when a lower-case word (or another entity's name) follows it directly and the
        rest runs at least six words before any comma."""
        text, lex = A.text, self.lex
        if WORD.search(text, ss, cs) is not None:
            return None
        p = _SPACES_RUN.match(text, ce)
        if p is None:
            return None
        at = [t for t in A.mentions_in(p.end(), se) if t[0] == p.end() and t[2].type in ("PER", "ORG")]
        if not at:
            return None
        ms, me, ent, _ = max(at, key=lambda t: t[1])
        gap = _GAP.match(text, me)
        nxt = WORD.match(text, gap.end()) if gap is not None else None
        if nxt is None:
            return None
        w = nxt.group()
        if not w[0].islower():
            if not any(t[0] == nxt.start() and t[2] is not ent for t in A.mentions_in(nxt.start(), nxt.end())):
                return None  # "Menurut Budi Santoso Wijaya ...": the name may go on
        elif w.lower() in lex.wh_starts | lex.apposition_starts | lex.stops | lex.name_particles or \
                w.lower() in lex.complementizers or w.lower() in lex.relative_pronouns:
            return None  # "Menurut Budi yang juga ketua koperasi, ...": the source goes on
        comma = text.find(",", nxt.start(), se)
        if len(words_in(text, nxt.start(), comma if comma > 0 else se)) < 6:
            return None
        kind, body, start, end = self._kind_and_text(A, nxt.start(), se)
        if len(WORD.findall(body)) < 3:
            return None
        return Candidate(start, end, body, kind, clean_ws(text[cs:ce]), cs, ce, speaker_span=(ms, me),
                         mode="phrase", number="singular", rank=2)

    def _according(self, A, cs, ce, form, ss, se) -> Optional[Candidate]:
        text, lex = A.text, self.lex
        marker = form in lex.finding_markers
        bare = None if marker else self._according_unpunctuated(A, cs, ce, ss, se)
        if bare is not None:
            return bare
        speaker = self._phrase_after(text, ce, se)
        if marker and (speaker is None or not self._marker_source(A, speaker)):
            return None  # "in Iowa", "in record numbers": only "In <a poll>, <finding>" (the caller, cues.py, reads a
            # marker only where it opens its sentence: not "is trailing in the polls")
        if speaker is not None:
            named = self._title_apposition(A, speaker, se)
            if named != speaker and text[named[1]:named[1] + 1] == ",":
                speaker = named  # "Menurut Kepala Dinas Tenaga Kerja Garut, Muksin, ...": the office's holder speaks
        after_noun = self._skip_attribution_noun(text, ce, se) if lex.attribution_nouns else None
        if after_noun is not None:
            named = self._phrase_after(text, after_noun, se)
            if named is not None and (A.mentions_in(*named) or text[named[0]].isupper()):
                speaker = named  # "menurut pernyataan dari Kementerian Kesehatan": the body, not the statement
        if speaker is None or not self._speaker_ok(A, speaker):
            return None
        if self._document_source(A, speaker):
            return None
        if self._pronoun_of(A, speaker) is None and words_in(text, *speaker)[0][2].lower() in lex.first:
            return None
        lstart, boundary = self._left_clause(A, ss, cs)
        head = text[ss:cs].strip(" \u00a0,")
        after_sp = text[speaker[1]:se]
        if head and WORD.search(head) and self._source_modifier(after_sp):
            after_sp = ""  # "..., according to an official who spoke on condition of anonymity.": the source's own clause
        elif head and WORD.search(head) and self._source_tail(after_sp):
            if self._document_words(A, speaker):
                return None  # "according to a draft resolution seen by the press": a document, not a speaker
            after_sp = ""
        if not head or not WORD.search(head):
            # "Menurut X, ..." : content after the comma that closes the source
            m = _UP_TO_COMMA_OR_COLON.match(after_sp)
            if not m:
                return None
            kind, body, start, end = self._kind_and_text(A, speaker[1] + m.end(), se)
        elif not WORD.search(after_sp.strip(" .\u00a0")) or after_sp.strip()[:1] in SENT_END:
            kind, body, start, end = self._kind_and_text(A, ss, cs)
        else:
            # "Rusia, menurut X, telah ...": the clause around the parenthetical source (a decimal comma is no comma)
            m = _UP_TO_SPACED_COMMA.match(after_sp)
            if not m:
                return None
            k1, b1, s1, e1 = self._kind_and_text(A, ss, cs)
            k2, b2, s2, e2 = self._kind_and_text(A, speaker[1] + m.end(), se)
            kind = "mixed" if "mixed" in (k1, k2) or "direct" in (k1, k2) else "indirect"
            body, start, end = b1 + " " + b2, s1, e2
        if len(WORD.findall(body)) < 2:
            return None
        number = self._pronoun_of(A, speaker)
        return Candidate(start, end, body, kind, clean_ws(text[cs:ce]), cs, ce, speaker_span=speaker,
                         mode="pronoun" if number else "phrase", number=number or "singular", rank=2)

    def _relative(self, A: QuoteContext, m: re.Match) -> Optional[Candidate]:
        text = A.text
        sp = (m.start("sp"), m.end("sp"))
        sp = self._strip_phrase(text, *sp)
        if sp is None or not self._speaker_ok(A, sp):
            return None
        aux = self.lex.aux_words
        if aux and all(w.lower() in aux for _, _, w in words_in(text, *sp)):
            return None  # 'what are called “qualified industrial zones”', 'what has been dubbed “...”': a passive, no one
        after = _AS_THEN_COLON.match(text, m.end())
        q = A.pair_starting_at(after.end())
        if q is None or q.start != after.end():
            return None
        number = self._pronoun_of(A, sp)
        return Candidate(q.start, q.end, self._pair_text(A, q), "mixed", clean_ws(text[sp[0]:m.end("verb")]),
                         sp[0], m.end("verb"), speaker_span=sp, mode="pronoun" if number else "phrase",
                         number=number or "singular", rank=1)
