"""Reading cue words: every cue in its sentence, the speaker phrase it names (subject, apposition, pronoun)."""

from __future__ import annotations

import re
from typing import Optional

from kabar.stages.quotes.frames import cue_verb_on_parse, predicate_on_parse
from kabar.stages.quotes.context import Candidate, QuoteContext, clean_ws, strip_span, words_in
from kabar.stages.quotes.lexicon import ACRONYM, HEADLINE, NAME_ACRONYM, WORD, role_gap
from kabar.stages.quotes.pairs import is_apostrophe
from kabar.text.names import fold
from kabar.text.parse import base

# patterns compiled once (re.compile inside a function looks its cache up on every call)
_SPACES = re.compile(r"[\s\u00a0]*")
# "Democratic | presidential candidate | Bernie Sanders": lower-case role words between a body or group and a person
_ROLE_GAP = re.compile(r"^(?:[\s\u00a0]+[a-z][\w-]*){1,3}[\s\u00a0]+$")
_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,3}|(?:[A-Z]\.)+[A-Z])\.(?=[\s\u00a0]+[A-Z])")  # "Gov. ", "U.S. "
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")  # "$1.6 billion": no sentence end
_SPACES_COMMA = re.compile(r"[\s\u00a0]*(,[\s\u00a0]*)?")
_COMMA = re.compile(r"[\s\u00a0]*,[\s\u00a0]*")
_COMMA_OR_COLON = re.compile(r"[\s\u00a0]*[,:][\s\u00a0]*")
_YEAR_OR_AGE = re.compile(r"\(\d{1,4}\)")
_MARKER_THEN_WORD = re.compile(r"\w+[\s\u00a0]+\W?(\w)")  # "to impose", "to “bring": the word after a marker
_PLURAL_POSSESSIVE = re.compile(r"[sS][’'][ \u00a0]+[a-z]")  # "Sanders’ campaign manager", "the officials' aide"
_ASIDE_BEFORE_CUE = re.compile(r"\((?:[^()\s]+\s?){1,3}\)[ \u00a0]*")  # a parenthetical of one to three words
#: A dateline opening a paragraph: "WASHINGTON (AP) —", "WASHINGTON, Dec. 8 (UPI) —", "JAKARTA, KOMPAS.com -": an
#: upper-case place, then capitalised words, numbers, commas, periods or a parenthesised agency, then a dash.
_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]+)*(?:[ \t,.]+(?:[A-Z][\w.'’-]*|\d{1,4}\.?|\([^()\n]{1,25}\)))*"
                       r"[ \t]*(?:—|–|--|-)[ \t]+")


_DASHES = ("-", "—", "–")


def _after_dateline(text: str, ss: int, limit: int) -> int:
    """Where a clause starts after a dateline that opens its paragraph (no speaker: "WASHINGTON (AP) — ...")."""
    if ss and text[ss - 1] != "\n":
        return ss
    m = _DATELINE.match(text, ss, limit)
    return m.end() if m is not None and m.end() - ss <= 60 else ss


#: Roles of a cue that may take its speaker from the phrase before it (an inverted-only cue may not).
_SUBJECT_ROLES = frozenset({"verb", "part", "pron", "carry", "acc", "accpron", "name", "belief"})


class CueReading:
    """From each cue word to a candidate: the frame it stands in and its speaker phrase."""

    # -- the frames
    def find(self, A: QuoteContext) -> list[Candidate]:
        cands: list[Candidate] = []
        text, lex = A.text, self.lex
        if lex.cue_re is not None:
            for m in lex.cue_re.finditer(text):
                c = self._from_cue(A, m.start(), m.end(), fold(m.group()))
                if c is not None and fold(m.group()) in lex.object_content:
                    c = self._object_only(A, c)
                if c is not None:
                    cands.append(c)
        if lex.finding_marker_re is not None:  # wide mode: "In a new Fox News poll released Thursday, ..." (session 25)
            for m in lex.finding_marker_re.finditer(text):
                ss, se = A.sentence(m.start())
                if WORD.search(text, ss, m.start()) is None:
                    c = self._according(A, m.start(), m.end(), fold(m.group()), ss, se)
                    if c is not None:
                        cands.append(c)
        if lex.relative_re is not None:
            for m in lex.relative_re.finditer(text):
                c = self._relative(A, m)
                if c is not None:
                    cands.append(c)
        if lex.noun_cue_re is not None:
            for m in lex.noun_cue_re.finditer(text):
                c = self._noun_cue(A, m)
                if c is not None:
                    cands.append(c)
        if lex.headline_colon:
            cands.extend(self.headline_colons(A))
        if lex.attribution_dashes:
            cands.extend(self.dash_attributions(A))
        for c in list(cands):
            for q in c.follow:
                cands.append(Candidate(q.start, q.end, self._pair_text(A, q), "direct", c.cue, None, None,
                                       mode="continue", rank=3))
        covered = [(c.start, c.end) for c in cands]
        for p in A.top:
            if any(s <= p.inner_start and p.inner_end <= e for s, e in covered):
                continue
            if any(c.start <= p.start < c.end for c in cands):
                continue
            ps = A.para_starts[A.paragraph_index(p.start)]
            if p.words(text) < 5:
                continue
            if text[ps:p.start].strip():
                # `X said it was reviewing the scheme. "Unions will be consulted..."`: a quote that opens the
                # sentence right after a quote of the same paragraph goes on with its speaker
                if not any(ps < c.end <= p.start and c.cue is not None and not text[A.sentence(c.end - 1)[1]:p.start].strip()
                           for c in cands):
                    continue
            # a whole-paragraph quote with no cue: the previous speaker goes on, or nobody known
            tail = text[p.end:A.sentence(p.end - 1)[1]].strip()
            if tail and not tail.startswith(tuple(lex.all_marks)):
                continue
            if not text[ps:p.start].strip() and A.title_case_line(p.start):
                continue  # "Detik Pagi, Jangan Tidur Lagi!": a Title Case slogan or programme line, not speech
            cands.append(Candidate(p.start, p.end, self._pair_text(A, p), "direct", None, None, None,
                                   mode="continue", rank=3))
        return cands

    def _left_clause(self, A: QuoteContext, ss: int, cue_start: int) -> tuple[int, str]:
        """Start of the clause before a cue and the boundary character that opened it."""
        text = A.text
        for s, e, w in reversed(words_in(text, max(ss, cue_start - 120), cue_start)):
            if w.lower() in self.lex.complementizers and not text[e:cue_start].strip(" \u00a0").startswith(tuple(",;:")):
                if not any(ch in ",;:(—–\n" or ch in self.lex.all_marks for ch in text[e:cue_start]):
                    ss = e  # "Kirby mengatakan bahwa Rusia menyatakan": the clause starts after "bahwa"
                break
        i = cue_start - 1
        while i >= ss:
            ch = text[i]
            if ch in self.lex.all_marks and i > ss and is_apostrophe(text[i - 1], text[i + 1:i + 2]):
                i -= 1
                continue
            if ch in self.lex.all_marks and i > ss and _PLURAL_POSSESSIVE.match(text, i - 1) and \
                    A.pair_ending_at(i + 1) is None:
                i -= 1  # "“...,” Jeff Weaver, Sanders’ campaign manager, said": a possessive after -s closes no
                continue  # quotation (session 18, PolNeAR train[120:200])
            if ch == "(" and self._aside_before_cue(text, i, cue_start) and self._after_name(text, ss, i):
                i -= 1  # "“...,” Rep. Earl Blumenauer (D-Ore.) said": a short aside (party and state) closing the
                continue  # speaker's name, no boundary (session 16, PolNeAR train[200:320])
            if ch == "(" and _YEAR_OR_AGE.match(text, i, cue_start):
                i -= 1  # "Scott Mainwairing (1999) menyatakan", "Budi (45) mengatakan": a year or an age, no boundary
                continue
            if ch == "(" and (ACRONYM.match(text, i) or NAME_ACRONYM.match(text, i) and self._after_name(text, ss, i)):
                i -= 1  # "Kepala Badan Pengatur Jalan Tol (BPJT) Kementerian PU X mengatakan", "the Office (PCO) in
                continue  # Baghdad said": part of the speaker phrase
            if ch in self.lex.all_marks and self._phrase_inside_clause(A, ss, i):
                i = A.pair_ending_at(i + 1).start - 1  # 'she was “impressed” with X, but lamented that ...': a quoted
                continue  # phrase inside the clause is read through
            if ch in ",;:(—–\n" or ch in self.lex.all_marks:
                return i + 1, ch
            if ch == "-" and i > ss and text[i - 1] == " ":
                return i + 1, ch
            i -= 1
        return ss, ""

    def _aside_before_cue(self, text: str, i: int, cue_start: int) -> bool:
        """Whether the parenthesis at ``i`` is a short aside that ends the speaker's name right before the cue, or
        before at most two auxiliaries or time words (pack ``coordinated_act_blockers``, ``time_words``) that stand
        before it: ``Sen. Bernie Sanders (I-Vt.) has criticized``, ``Rep. Jim Jordan (R-Ohio) also said``."""
        m = _ASIDE_BEFORE_CUE.match(text, i, cue_start)
        if m is None:
            return False
        gap = text[m.end():cue_start].split()
        return len(gap) <= 2 and all(w.lower() in self.lex.coordinated_act_blockers or w.lower() in self.lex.time_words
                                     for w in gap)

    def _phrase_inside_clause(self, A: QuoteContext, ss: int, i: int) -> bool:
        """Whether the mark at ``i`` closes a short quoted phrase inside a clause: words before it in the sentence,
        no punctuation closing it inside (`“impressed”`, not `“... time,”`), and a word right after it."""
        text = A.text
        pair = A.pair_ending_at(i + 1)
        if pair is None or not pair.closed or pair.start <= ss or pair.words(text) > 6:
            return False
        inner = text[pair.inner_start:pair.inner_end].rstrip()
        if not inner or inner[-1] in ",.;:?!…":
            return False
        before = text[ss:pair.start].rstrip(" \u00a0")
        w = WORD.match(text, _SPACES.match(text, i + 1).end())
        return bool(before) and before[-1] not in ",;:—–-(" and w is not None and \
            w.group().lower() not in self.lex.clause_joins  # '“flawed” and all three parties have said': a new clause

    def _from_cue(self, A: QuoteContext, cs: int, ce: int, form: str) -> Optional[Candidate]:
        text, lex = A.text, self.lex
        roles = lex.roles.get(form, set())
        ss, se = A.sentence(cs)
        if not self._used_as_cue(A, cs, ce, form, roles, ss):
            return None
        if form in lex.object_content and self._passive_near(A, ss, cs):
            return None  # "The peg is blamed by lawmakers for ...", "has been widely criticised": no speaker's act
        if form in lex.object_content:
            nxt = WORD.match(text, _SPACES.match(text, ce).end())
            after_comma = text[ss:cs].rstrip().endswith(",")
            if nxt is not None and (nxt.group().lower() in lex.agent_markers or
                                    after_comma and nxt.group().lower() in lex.naming_links or
                                    "verb" in lex.roles.get(fold(nxt.group()), set())):
                return None  # "the plan, criticised by unions", "The report, praised as ...", "of those questioned
                # said": a participle of a noun
        if "accpron" in roles:
            return self._according_pronoun(A, cs, ce, ss, se)
        if "acc" in roles:
            return self._according(A, cs, ce, form, ss, se)
        lstart, boundary = self._left_clause(A, ss, cs)
        content_before = lstart > ss and text[ss:lstart - 1].strip() != "" or A.pair_ending_at(lstart) is not None
        if boundary in lex.all_marks and A.pair_ending_at(lstart) is None:
            content_before = False
        post_ok = boundary in (",", ";", "—", "–", "-") or boundary in lex.all_marks
        left = self._cut_clause(A, self._strip_phrase(text, lstart, cs))
        if lstart > ss and lex.after_clause_subordinators and (left is None or not self._speaker_ok(A, left)) and \
                A.inside_pair(cs) is None:
            sub = WORD.match(text, _SPACES.match(text, lstart).end())
            if sub is not None and sub.group().lower() in lex.after_clause_subordinators and sub.end() < cs and \
                    self._root_before(A, ss, lstart):
                # "..., when Hillary Clinton called the Republican frontrunner “ISIS’ best recruiter”": the subject
                # after the subordinator speaks; the main clause before the comma is not what was said (the parse's
                # root verb comes before: not a fronted clause, "From the first days of his papacy, when he insisted on
                # ..., Francis has understood", "regardless of ..., when a man tells a woman ..., he is discrediting")
                after = self._cut_clause(A, self._strip_phrase(text, sub.end(), cs))
                if after is not None and self._speaker_ok(A, after):
                    left, content_before, post_ok = after, False, False
        if left is not None and boundary == "," and lex.speaker_adjuncts and \
                words_in(text, *left)[0][2] in lex.speaker_adjuncts:
            # "Laurent Lamothe, melalui akun Twitternya mengatakan, ...": an adjunct after the speaker's comma; the
            # speaker is the phrase before that comma
            pstart, pboundary = self._left_clause(A, ss, lstart - 1)
            named = self._cut_clause(A, self._strip_phrase(text, pstart, lstart - 1))
            if named is not None and self._named(A, named):
                left, lstart, boundary = named, pstart, pboundary
                content_before = lstart > ss and text[ss:lstart - 1].strip() != ""
                post_ok = boundary in (",", ";", "—", "–", "-") or boundary in lex.all_marks
        if not post_ok and lstart == ss and left is not None and self._question_before(A, ss, cs, left):
            content_before = post_ok = True  # “... ?” David Chen asked.: the segmenter ended the sentence at “?”
        if self._passive_before(A, ss, cs) and not form.endswith("ing"):
            return self._passive(A, cs, ce, form, roles, ss, se, lstart, post_ok and content_before)
        if lex.manner_preps and "acc" not in roles and "accpron" not in roles:
            nxt = WORD.match(text, _SPACES.match(text, ce).end())
            if nxt is not None and nxt.group().lower() in lex.manner_preps and not text[ce:nxt.start()].strip():
                return None  # "Netanyahu responded by settling a dispute", "proposals announced by X": a manner or an
                # agent follows, no reported content (a participle after it may report: "hit back by saying ...")
        if left is not None and "inv" in roles and not (roles & _SUBJECT_ROLES):
            # An inverted-only cue ("kata", "tegas", "jelas", "kisah", "dinyatakan") names its speaker after it:
            # a phrase right before it is no speaker but a clause it sits in: an adjective ("tetap tegas",
            # "ukurannya jelas"), a noun ("mengungkap kisah"), a passive's subject ("mahasiswa itu dinyatakan
            # meninggal", "nama saya juga diakui") (detik-2025 census: 9 such junk speakers in 60 articles).
            return None
        relative = False
        if left is not None and boundary == "," and len(words_in(text, *left)) == 1 and \
                text[left[0]:left[1]].lower() in lex.relative_pronouns:
            left = self._antecedent(A, ss, lstart - 1)  # "the World Bank, which said ...": the antecedent speaks
            if left is None:
                return None
            relative = True
        if "name" in roles and "part" in roles and "verb" not in roles:
            # ", calling it “a disgrace”", ", describing him as a liar": a naming participle names for the clause's
            # subject, and only names (no reported clause after it)
            if A.inside_pair(cs) is not None or not self._participial(A, lstart, cs, boundary, roles):
                return None  # inside a quotation it names for the quoted speaker's subject, not the article's
            w = WORD.match(text, _SPACES.match(text, ce).end())
            if w is None or w.group().lower() in lex.participle_non_content:
                return None  # "calling for talks", "calling on the council to ...": a request, not a name
            subject = self._clause_subject(A, cs, ss, lstart, boundary)
            return self._naming(A, cs, ce, roles, ss, se, subject) if subject is not None else None
        if "name" in roles:
            named = left
            if named is None and boundary == "," and "verb" not in roles and "," in text[ss:lstart - 1]:
                # "The head of X, Peter Brown, called ...": an apposition closed right before the verb (not
                # "The report, praised as ...", a participle after its noun)
                named = self._appositive_subject(A, ss, lstart - 1)
            c = self._naming(A, cs, ce, roles, ss, se, named)
            if c is not None or "verb" not in roles:
                return c
        if relative:
            c = self._pre(A, cs, ce, form, roles, ss, se, left)
            return self._cut_at_comma(A, c) if c is not None else None
        if not lstart > ss and "inv" in roles and "verb" not in roles and not left:
            c = self._fronted(A, cs, ce, form, roles, ss, se)  # "Disebutkan X bahwa ...": a passive cue first
            if c is not None:
                return c
        if left is None and boundary in _DASHES and "verb" in roles and lstart - 1 > ss:
            # "Deborah Jordan Reynolds - Santilli's girlfriend and co-host - told The Washington Post that ...": an
            # apposition between dashes; the phrase before the opening dash is the subject. The dash may be doubled
            # ("The Supreme Court justice -- who has been ... -- said she regretted ...", session 30), and a subject
            # that is neither named nor capitalised throughout is taken when the parse makes it the cue verb's
            # subject (read inverted, the clause after the cue was the speaker: "she regretted her remarks")
            d = e = lstart - 1
            while d - 1 > ss and text[d - 1] == boundary:
                d -= 1
            while e < cs and text[e] == boundary:
                e += 1
            dash = text[d:e]
            opening = text.rfind(f" {dash} ", ss, d - 1)
            if opening > ss and A.inside_pair(opening) is None and text[opening - 1:opening] not in _DASHES:
                subject = self._appositive_subject(A, ss, opening)
                if subject is not None and (self._named(A, subject) or all(
                        w[:1].isupper() for _, _, w in words_in(text, *subject)) or
                        self._subject_on_parse(A, cs, subject)):
                    left, post_ok = subject, False
        if left is None and boundary == "," and "verb" in roles:
            named = self._named_after_quote(A, ss, lstart - 1)
            if named is not None:  # “...,” Khaled Al-Maeena, editor at the Saudi Gazette, said.
                return self._post(A, cs, ce, form, roles, ss, se, named[0], named, force=True)
            sp = self._phrase_after(text, ce, se) if "inv" in roles else None
            named_after = sp is not None and (bool(A.mentions_in(*sp)) or text[sp[0]].isupper()) and \
                (text[sp[1]:se + 1].lstrip(" \u00a0")[:1] in (",", ".", ";", "!", "?", "") or
                 self._all_name(A, sp) and not self._opens_clause(text, sp[1], se)) and \
                not self._clause_after_cue(A, sp)  # "said David Chen on Monday."; not "said Mr. Trump had ..."
            if not named_after and sp is not None and self._role_after_cue(A, cs, sp, se):
                named_after = True  # "Prices rose sharply in March, said a spokesman for the ministry."
            person = self._person_after_cue(A, ce, se) if not named_after and "inv" in roles else None
            if person is not None and lstart > ss and A.pair_ending_at(lstart) is None and \
                    predicate_on_parse(A, ss, lstart - 1):  # the part before is a clause, not "Roffman, a securities
                # analyst for ..., recalled numerous telephone calls with Trump"
                return self._post(A, cs, ce, form, roles, ss, se, lstart, person, force=True)
            if not named_after:  # "..., said David Chen(, the governor).": inverted, no apposition before
                left = self._appositive_subject(A, ss, lstart - 1)
            if left is not None and not any(t[2].type == "PER" for t in A.mentions_in(*left)):
                comma = text.rfind(",", ss, left[0])
                named = self._named_before_apposition(A, ss, comma) if comma > ss else None
                # "Gregory Lukasik, CEO Ecolab Southeast Asia, menegaskan": a person before a role naming a body
                if named is not None and not text[comma + 1:left[0]].strip() and (
                        not self._named(A, left) or any(t[2].type == "PER" for t in A.mentions_in(*named))):
                    left = (named[0], left[1])  # "Ahmad Fauzi, Kepala Dinas Pendidikan, menjelaskan": the named subject
            if left is not None:
                post_ok = False  # "X, a spokesman, said ...": the commas close an apposition
        if ({"verb", "part"} & roles) and "pron" not in roles and self._participial(A, lstart, cs, boundary, roles):
            subject = self._clause_subject(A, cs, ss, lstart, boundary)
            if subject is None:
                return None
            w = WORD.match(text, _SPACES.match(text, ce).end())
            if w and w.group().lower() in lex.participle_non_content and self._commitment(text, ce, form) is None:
                return None  # "telling of a story", "tweeting about": no reported content follows
            return self._pre(A, cs, ce, form, roles, ss, se, subject)
        if "part" in roles and "verb" not in roles:
            # "with Boswell stating: ...": a named subject right before; "are confirming judges" is no cue
            if left is None or not text[left[0]].isupper() or len(words_in(text, *left)) > 4 or \
                    any(w.lower() in lex.auxiliaries for _, _, w in words_in(text, *left)):
                return None
            return self._pre(A, cs, ce, form, roles, ss, se, left)
        if "belief" in roles and "verb" in roles and not ({"inv", "pron", "carry"} & roles):
            return self._pre(A, cs, ce, form, roles, ss, se, left) if left is not None else None
        if "pron" in roles:
            if left is None and post_ok and content_before:
                return self._post(A, cs, ce, form, roles, ss, se, lstart, None, pronoun=True, force=True)
            return None
        if post_ok and content_before and not self._infinitive_commitment(A, ce, form):
            c = self._post(A, cs, ce, form, roles, ss, se, lstart, left)
            if c is not None:
                return c
        if "verb" in roles and left is not None:
            c = self._pre(A, cs, ce, form, roles, ss, se, left)
            if c is not None or not (post_ok and content_before) or form in lex.request_verbs:
                return c
            first = WORD.match(text, strip_span(text, ss, lstart)[0])
            if first is not None and first.group().lower() in lex.adjunct | lex.wh_starts:
                return None  # "In a statement to the ABC, the Church denied ...": a fronted adjunct is no content
            return self._post(A, cs, ce, form, roles, ss, se, lstart, left, force=True)
        return None

    def _infinitive_commitment(self, A: QuoteContext, ce: int, form: str) -> bool:
        """Whether a commitment verb is followed by its marker and a verb the parse reads as one: then the infinitive
        is what was promised, never the clause before the cue (``..., while Mr. Trump has vowed to leave such spending
        untouched``, ``At rally after rally, he vows to impose a tax``; not ``“...,” she vowed to supporters``).
        Without a parse, False (the clause before stays the content it was)."""
        parse = getattr(A, "parse", None)
        mark = self._commitment(A.text, ce, form) if parse is not None else None
        if mark is None:
            return False
        verb = _MARKER_THEN_WORD.match(A.text, mark)
        t = parse.token_starting_at(verb.start(1)) if verb is not None else None
        return t is not None and parse.pos[t] in ("VERB", "AUX")

    def _used_as_cue(self, A: QuoteContext, cs: int, ce: int, form: str, roles: set[str], ss: int) -> bool:
        """False when the cue word is a name, is itself quoted, is negated, or is a noun here."""
        text, lex = A.text, self.lex
        if text[cs].isupper() and text[cs:ce].lower() == text[cs:ce].lower() and cs > ss and \
                text[cs - 2:cs].strip() not in (":", "“", '"', "—"):
            if not (cs - ss <= 2 or text[cs:ce].isupper() and len(form) > 3 or A.title_case_line(cs)):
                return False  # "United States", "Kata Data": a name, not a cue
        before = text[max(0, cs - 1):cs]
        after = text[ce:ce + 1]
        if form in lex.after_quote_only and A.pair_ending_at(cs) is None:
            return False  # "ponsel, pesan singkat": a noun unless it follows a quotation
        glued = before in lex.all_marks and cs >= 2 and text[cs - 2] in ",?!" and A.pair_ending_at(cs) is not None
        if (before and before in lex.all_marks and not glued) or (after and after in lex.all_marks):
            return False  # the word itself is quoted: 'kata "perang"', '"said"' (not '"...,"kata dia': a typo)
        prev_words = words_in(text, max(ss, cs - 40), cs)
        if prev_words:
            pw = prev_words[-1][2].lower()
            if pw in lex.negators or pw in lex.non_cue_before or pw in lex.verb_non_cue_before and "verb" in roles or \
                    pw in lex.noun_markers and "part" not in roles:  # "amid claims that", "his reported views"
                if "acc" not in roles and not text[prev_words[-1][1]:cs].strip():
                    return False
        after_possessor = re.search(r"\w[’']s\s+$", text[max(ss, cs - 4):cs]) is not None
        if after_possessor and lex.noun_markers and "part" not in roles and self._modifier_on_parse(A, cs):
            return False  # "Mr Houston's reported views": a possessor's noun modifier ("Blair's said": "has said")
        if after_possessor and form in lex.needs_complementizer:
            return False  # "Editor's note: ...": a mostly-noun form after a possessor is its noun (no "'s" = "has")
        nxt = _SPACES.match(text, ce).end()
        if nxt < len(text) and text[nxt] in lex.all_marks and A.pair_starting_at(nxt) is not None:
            q = A.pair_starting_at(nxt)
            if q.words(text) <= 2 and "verb" not in roles and "acc" not in roles:
                return False  # "kata “perang”": the word is named, not used
        if form in lex.catenatives:
            w = WORD.match(text, nxt)
            if w and w.group().lower() == "to" and not text[ce:nxt].strip():
                return False  # "where he went on to complete a doctorate": a chain without a speech verb
        if form in lex.noun_forms:
            w = WORD.match(text, nxt)
            if w and w.group().lower() in lex.noun_followers:
                return False  # "Recent reports have revealed", "claims can be": a noun, not a cue
        senses = lex.object_senses.get(form)
        if senses and "inv" in roles and self._after_closed_quote(A, cs):
            senses = None  # “...,” added a New Hampshire Democrat: inverted after a quotation, the word after names
            # the speaker, not an object of another sense ("added a new rule")
        if senses:
            w = WORD.match(text, nxt)
            if w and w.group().lower() in senses:
                return False  # "mengakui kedaulatan X", "mengucapkan terima kasih": another sense
            if any(t[0] == nxt and "@" + t[2].type in senses for t in A.mentions_in(nxt, nxt + 1)):
                return False  # "mengakui Palestina"
        if form in lex.needs_complementizer:
            w = WORD.match(text, nxt)
            if w and form in lex.object_verbs:  # "reminded reporters that": the audience, then "that"
                ahead = words_in(text, nxt, min(len(text), nxt + 60))[:4]
                hit = next((x for x in ahead if x[2].lower() in lex.complementizers), None)
                if hit is not None and not any(ch in ",;:.!?" for ch in text[nxt:hit[0]]):
                    w = WORD.match(text, hit[0])
            elif w and lex.adverb_suffixes:  # "acknowledge privately that", "confirmed again that": an adverb first
                ahead = words_in(text, nxt, min(len(text), nxt + 40))[:3]
                k = 0
                while k < min(2, len(ahead) - 1) and (ahead[k][2].lower().endswith(lex.adverb_suffixes) or
                                                     ahead[k][2].lower() in lex.time_words) and \
                        not text[ahead[k][1]:ahead[k + 1][0]].strip():
                    k += 1
                if k and ahead[k][2].lower() in lex.complementizers:
                    w = WORD.match(text, ahead[k][0])
            after_comma = _SPACES.match(text, nxt + 1).end() if text[nxt:nxt + 1] == "," and \
                form not in lex.noun_forms else -1  # not "won four states, “...,” her aide said"
            if not (text[nxt:nxt + 1] == ":" or text[nxt:nxt + 1] in lex.all_marks or
                    (after_comma > 0 and (pc := A.pair_starting_at(after_comma)) is not None and
                     pc.words(text) >= 3) or  # "as X put it, “...”": a comma before a quoted sentence
                    (w and w.group().lower() in lex.complementizers) or
                    (lex.comma_introduces and text[nxt:nxt + 1] == "," and cs > ss)):  # "Dia melanjutkan, ..."
                return False  # "four other states", "swing states": a noun unless "states that ..."
        return True

    @staticmethod
    def _after_closed_quote(A: QuoteContext, cs: int) -> bool:
        """Whether the cue follows a closed quotation whose words end on a comma, ``?`` or ``!`` (inside or after the
        closer): ``“...,” added``, ``''...?'' asked``."""
        q = A.pair_ending_at(cs)
        if q is None or not q.closed or A.text[q.end:cs].strip(" \u00a0,"):
            return False
        inner = A.text[q.inner_start:q.inner_end].rstrip(" \u00a0")
        return inner[-1:] in (",", "?", "!") or A.text[q.end:cs].strip(" \u00a0") == ","

    @staticmethod
    def _modifier_on_parse(A: QuoteContext, cs: int) -> bool:
        """Whether the parse reads the word at ``cs`` as an adjectival modifier of a noun (``amod``)."""
        parse = getattr(A, "parse", None)
        v = parse.token_starting_at(cs) if parse is not None else None
        return v is not None and parse.dep[v].split(":")[0] == "amod"

    def _clause_after_cue(self, A: QuoteContext, span: tuple[int, int]) -> bool:
        """Whether the phrase read after a cue as an inverted speaker is a clause, the cue's content: it opens with a
        subject pronoun and runs on (``..., said she sees teachers lining up behind Clinton``), or an auxiliary
        (pack ``coordinated_act_blockers``) stands inside it before another word (``Mr. Coffman, who represents ...,
        said Mr. Trump had disrespected American troops``); the subject before the apposition speaks then (session
        27, PolNeAR train)."""
        ws = [w.lower() for _, _, w in words_in(A.text, *span)]
        if len(ws) >= 3 and ws[0] in self.lex.singular | self.lex.plural:
            return True
        return any(w in self.lex.coordinated_act_blockers for w in ws[1:-1])

    def _all_name(self, A: QuoteContext, span: tuple[int, int]) -> bool:
        """Whether ``span`` is a name (titles before it allowed): every other word inside a named mention."""
        names = [(t[0], t[1]) for t in A.mentions_in(*span) if t[3].kind in ("name", "alias", "acronym", None)]
        ws = words_in(A.text, *span)
        return bool(names) and all(any(a <= s and e <= b for a, b in names) or w.lower() in self.lex.person_titles
                                   or (w + ".").lower() in self.lex.person_titles for s, e, w in ws)

    def _named(self, A: QuoteContext, span: tuple[int, int]) -> bool:
        return any(t[2].type in ("PER", "ORG", "GPE", "NORP") for t in A.mentions_in(*span))

    def _named_before_apposition(self, A: QuoteContext, ss: int, comma: int) -> Optional[tuple[int, int]]:
        """``X, <role>, said``: the entity mention that is the whole phrase before the apposition."""
        start, boundary = self._left_clause(A, ss, comma)
        if start != ss and boundary != "\n":
            return None
        seg = self._strip_phrase(A.text, start, comma)
        if seg is None:
            return None
        for t in A.mentions_in(*seg):
            if t[0] == seg[0] and t[1] == seg[1] and t[2].type in ("PER", "ORG"):
                return seg
        return None

    def _antecedent(self, A: QuoteContext, ss: int, comma: int) -> Optional[tuple[int, int]]:
        """The noun phrase a relative pronoun after ``comma`` refers to: a mention ending there, or a short name."""
        text = A.text
        _, e = strip_span(text, ss, comma)
        hits = [t for t in A.mentions_in(max(ss, e - 80), e) if t[1] == e and t[2].type in ("PER", "ORG", "NORP", "GPE")]
        if hits:
            return (hits[0][0], hits[0][1])
        start, boundary = self._left_clause(A, ss, comma)
        seg = self._strip_phrase(text, start, comma)
        if seg is not None and start == ss and len(words_in(text, *seg)) <= 4 and self._speaker_ok(A, seg):
            return seg
        return None

    @staticmethod
    def _after_name(text: str, ss: int, i: int) -> bool:
        """Whether the word right before position ``i`` (a parenthesis) is capitalised: a name's acronym follows."""
        w = list(WORD.finditer(text, max(ss, i - 40), i))
        return bool(w) and w[-1].group()[:1].isupper() and not text[w[-1].end():i].strip()

    def _cut_at_comma(self, A: QuoteContext, c: Candidate) -> Candidate:
        """A relative clause's content ends at the comma that closes the clause."""
        text = A.text
        k = c.start
        while True:
            k = text.find(",", k, c.end)
            if k < 0:
                return c
            if A.inside_pair(k) is None:
                break
            k += 1
        kind, body, start, end = self._kind_and_text(A, c.start, k)
        if len(WORD.findall(body)) >= 2:
            c.kind, c.text, c.start, c.end = kind, body, start, end
        return c

    def _naming(self, A: QuoteContext, cs: int, ce: int, roles: set, ss: int, se: int,
                left: Optional[tuple[int, int]]) -> Optional[Candidate]:
        """``X described the deal as historic`` / ``X has called the plan “a mistake”``: the object and
        what it is called are what X said (up to the clause end, or the quotation's end without "as")."""
        text, lex = A.text, self.lex
        if left is None or not self._speaker_ok(A, left):
            return None
        limit = min(se, ce + 120)
        ws = words_in(text, ce, limit)
        link = next((i for i, (_, _, w) in enumerate(ws[:8]) if w.lower() in lex.naming_links), None)
        mark = next((i for i in range(ce, limit) if text[i] in lex.all_marks and A.pair_starting_at(i) is not None
                     and A.pair_starting_at(i).start == i), None)
        if link is not None and any(ch in ".;!?()" for ch in text[ce:ws[link][0]]):
            link = None
        if link is not None:
            cstart = ce if text[ce:ws[link][0]].strip() else ws[link][1]  # "menyebutnya sebagai ...": no object
            cend = se
            k = cstart
            while True:  # the clause ends at a comma outside quotation marks (one opening a quotation goes on)
                k = text.find(",", k, se)
                if k < 0:
                    break
                q = A.pair_starting_at(k + 1)
                if A.inside_pair(k) is None and not (q is not None and not text[k + 1:q.start].strip()):
                    break
                k = (q.end if q is not None and A.inside_pair(k) is None else k + 1)
            if k > ws[link][1]:
                cend = k
        elif mark is not None and "verb" not in roles:
            n = len(words_in(text, ce, mark))  # an object with a clause of its own may be long when unbroken:
            gap = _DECIMAL_POINT.sub("", _ABBREVIATION.sub("", text[ce:mark]))  # "calling Indiana Gov. Mike Pence
            # “my partner”", "called Ford’s plans to open a $1.6 billion plant “an absolute disgrace”"
            if n > 12 or n > 7 and "," in gap or any(ch in ".;!?" for ch in gap):
                return None  # "called the assault that killed five police officers “an attack on our country”"
            cstart, cend = ce, A.pair_starting_at(mark).end
        elif (pred := self._naming_predicate(A, cs, ce, se)) is not None and mark is None:
            cstart, cend = ce, pred  # "Sanders calls Clinton unqualified": an object and its name on the parse
        else:
            return None
        kind, body, start, end = self._kind_and_text(A, cstart, cend)
        if len(WORD.findall(body)) < 2:
            return None
        number = self._pronoun_of(A, left)
        return Candidate(start, end, body, kind, clean_ws(text[cs:ce]), cs, ce,
                         speaker_span=left, mode="pronoun" if number else "phrase", number=number or "singular", rank=1)

    def _naming_predicate(self, A: QuoteContext, cs: int, ce: int, se: int) -> Optional[int]:
        """``X called Y a Z`` with no quotation mark and no link word: where the name ends, when the parse gives the
        naming verb an object right after it and then a noun or adjective predicate of that object (``xcomp``, or
        an unmarked oblique or a second object: "called Mr. Yanukovych an outstanding leader ...", "calls Clinton
        unqualified", "calling Trump a fascist"); the name's own clauses run with it. Only verbs of the pack's
        ``naming_predicate_verbs`` (not "praised", "criticized": their object is content already). None without a
        parse."""
        if fold(A.text[cs:ce]) not in self.lex.naming_predicate_verbs or A.inside_pair(cs) is not None:
            return None  # inside a quotation the name is the quoted speaker's report, not the article's
        parse, v = cue_verb_on_parse(A, cs)
        if v is None:
            return None
        obj = parse.object(v)
        if obj is None or parse.start[obj] < ce or parse.kids(obj, "case"):
            return None
        preds = [k for k in parse.children(v) if parse.dep[k] in ("xcomp", "obl:unmarked", "obj", "iobj") and
                 k != obj and parse.pos[k] in ("NOUN", "ADJ", "PROPN") and parse.start[k] > parse.end[obj] and
                 not parse.kids(k, "case", "mark") and  # a second object: "calling Trump a fascist"
                 parse.word[k].lower() not in self.lex.time_words]  # not "called both candidates Tuesday night"
        if not preds:
            return None
        end = parse.span(preds[0], without=parse.kids(preds[0], "conj", "cc"))[1]  # not "and vowing to ..."
        if A.text.find(",", parse.end[obj], parse.start[preds[0]]) >= 0 or end > se:
            return None  # "called Trump, a fascist": an apposition, not a name
        nxt = WORD.match(A.text, _SPACES.match(A.text, end).end())
        if nxt is not None and nxt.group().lower() in self.lex.audience_determiners:
            return None  # "called the mogul turned candidate an obvious phony": the parse ended the name too early
        return end

    def _before_role_noun(self, A: QuoteContext, span: tuple[int, int]) -> bool:
        """A subject the chunk rules ended right before a lower-case title or office word: ``The Florida`` of
        ``The Florida senator``, a place naming the role's seat, not the speaker."""
        w = WORD.match(A.text, span[1] + 1) if A.text[span[1]:span[1] + 1] == " " else None
        return w is not None and w.group()[:1].islower() and \
            w.group().lower() in self.lex.title_words

    def _object_only(self, A: QuoteContext, c: Candidate) -> Optional[Candidate]:
        """The content of an act on its object ends where a clause is joined after the object (pack
        ``object_content_breaks``): "criticized Ford for opening a plant in Mexico, but it is unclear ..."."""
        if c.kind == "direct" or c.cue_start is None or c.start < c.cue_start:
            return c
        if self._relative_gap(A, c):
            return None
        low = A.text[c.start:c.end].lower()
        cut = min((i for i in (self._object_break(low, b) for b in self.lex.object_breaks) if i > 0), default=None)
        if cut is None or A.inside_pair(c.start + cut) is not None:
            return c
        kind, body, start, end = self._kind_and_text(A, c.start, c.start + cut)
        if not WORD.search(body):
            return c
        c.kind, c.text, c.start, c.end = kind, body, start, end
        return c

    def _relative_gap(self, A: QuoteContext, c: Candidate) -> bool:
        """Session 33 (pn33): an act in a relative clause whose object is the noun before it: the parse makes the cue
        a clause of a noun (``acl``, ``acl:relcl``) with no object of its own, and the words read as its object lie
        after that clause (the main predicate: "The plan he criticized was horrific") or open with a naming link (only
        what the noun was called: "a rate of progress Ms Abbott described as “painful”", "the candidates most
        described as anti-establishment"); so too a clause whose relative pronoun hangs on the cue, whatever the parse
        made of the clause ("its own report on CSOs which it describes as “encouraging”": read by the relative-clause
        frame). Not an oblique inside the clause ("X, the front-runner, called on tech companies to ...", a parse that
        hangs the verb under the apposition)."""
        parse, v = cue_verb_on_parse(A, c.cue_start)
        if v is None:
            return False
        rel = [k for k in parse.children(v) if parse.start[k] < c.cue_start and
               parse.word[k].lower() in self.lex.relative_pronouns]  # "its own report which it describes as ..."
        obj = parse.object(v)
        if base(parse.dep[v]) != "acl" and not rel or obj is not None and obj not in rel:
            return False
        span = parse.span(v)
        first = WORD.search(A.text, c.cue_end or c.start, c.end)  # the word after the cue, read or not
        return span is not None and c.start >= span[1] or \
            first is not None and first.group().lower() in self.lex.naming_links

    def _object_break(self, low: str, brk: str) -> int:
        """Where ``brk`` cuts an object content (-1: nowhere). A break that opens a relative clause (", which ") cuts
        only a clause running to the content's end: "criticized Clinton, who won New York, for her ties to Wall
        Street" keeps its "for" phrase after the clause."""
        i = low.find(brk)
        if i > 0 and WORD.findall(brk) and WORD.findall(brk)[0] in self.lex.relative_pronouns and \
                "," in low[i + len(brk):]:
            return -1
        return i

    def _passive_near(self, A: QuoteContext, ss: int, cs: int) -> bool:
        """A passive auxiliary among the three words before the cue, no punctuation between: "has been widely"."""
        prev = words_in(A.text, max(ss, cs - 40), cs)[-3:]
        for s, e, w in reversed(prev):
            if any(ch in ",;:()" for ch in A.text[e:cs]):
                return False
            if w.lower() in self.lex.passive_auxiliaries:
                return True
        return False

    def _passive_before(self, A: QuoteContext, ss: int, cs: int) -> bool:
        """Whether a passive auxiliary stands right before the cue: "it was announced by X"."""
        prev = words_in(A.text, max(ss, cs - 20), cs)
        return bool(prev) and prev[-1][2].lower() in self.lex.passive_auxiliaries and not A.text[prev[-1][1]:cs].strip()

    def _passive(self, A: QuoteContext, cs: int, ce: int, form: str, roles: set, ss: int, se: int, lstart: int,
                 content_before: bool) -> Optional[Candidate]:
        """A passive cue speaks only through its agent: "It was confirmed by X that ...", "“...,” it was announced by X"."""
        text, lex = A.text, self.lex
        w = WORD.match(text, _SPACES.match(text, ce).end())
        if w is None or w.group().lower() not in lex.agent_markers:
            return None
        if content_before:
            return self._post(A, cs, ce, form, {"inv"}, ss, se, lstart, None, force=True)
        agent = self._phrase_after(text, ce, se)
        if agent is None:
            return None
        c = self._pre(A, cs, agent[1], form, roles, ss, se, agent)
        if c is not None:
            c.cue, c.cue_end = clean_ws(text[cs:ce]), ce
        return c

    def _fronted(self, A: QuoteContext, cs: int, ce: int, form: str, roles: set, ss: int, se: int) -> Optional[Candidate]:
        """``Disebutkan X bahwa ...`` / ``Ditegaskan oleh X, ...``: a passive cue opening the sentence, its agent, the content."""
        text, lex = A.text, self.lex
        agent = self._phrase_after(text, ce, se)
        if agent is None or not self._speaker_ok(A, agent):
            return None
        rest = _SPACES_COMMA.match(text, agent[1])
        w = WORD.match(text, rest.end())
        if not (rest.group(1) or (w is not None and w.group().lower() in lex.complementizers)):
            return None
        c = self._pre(A, cs, agent[1], form, roles | {"verb"}, ss, se, agent)
        if c is not None:
            c.cue, c.cue_end = clean_ws(text[cs:ce]), ce
        return c

    def _noun_cue(self, A: QuoteContext, m: re.Match) -> Optional[Candidate]:
        """``..., demikian pernyataan Kementerian X``: an attribution noun after the content, its source after it."""
        text = A.text
        cs = m.start("op")
        ss, se = A.sentence(cs)
        lstart, boundary = self._left_clause(A, ss, cs)
        if boundary not in (",", "—", "–") and boundary not in self.lex.all_marks:
            return None
        if not (lstart > ss and text[ss:lstart - 1].strip()) and A.pair_ending_at(lstart) is None:
            return None
        ce = self._skip_attribution_noun(text, m.start("noun"), se) or m.end()
        return self._post(A, cs, ce, fold(m.group("noun")), {"inv"}, ss, se, lstart, None)

    def _named_after_quote(self, A: QuoteContext, ss: int, comma: int) -> Optional[tuple[int, int]]:
        """The name right after a closing quote, with appositions between it and the cue."""
        text = A.text
        end = comma
        for _ in range(3):
            start, boundary = self._left_clause(A, ss, end)
            if boundary in self.lex.all_marks and A.pair_ending_at(start) is not None:
                named = self._strip_phrase(text, start, end)
                if named is not None and text[named[0]].isupper() and len(words_in(text, *named)) <= 5 and \
                        self._speaker_ok(A, named):
                    return named
                return None
            if boundary != ",":
                return None
            end = start - 1
        return None

    def _title_apposition(self, A: QuoteContext, speaker: tuple[int, int], se: int) -> tuple[int, int]:
        """``ujar Kabid Humas Polda, Kombes Awi Setiyono``: a role, a comma, then the person who holds it."""
        text = A.text
        longer = self._title_run_to_name(A, speaker, se)
        if longer is not None:
            return longer
        if any(t[2].type == "PER" for t in A.mentions_in(*speaker)):
            return speaker
        ws = words_in(text, *speaker)
        if ws and all(w[:1].isupper() and w.lower() not in self.lex.title_words for _, _, w in ws) \
                and A.mentions_in(*speaker):
            return speaker  # "ujar Frederic Docquier, ekonom asal Belgia ...": a name (mistyped), then its apposition
        m = _COMMA.match(text, speaker[1])
        if m is None:
            return speaker
        second = self._phrase_after(text, m.end(), se)
        if second is None:
            return speaker
        ws = words_in(text, *second)
        titled = len(ws) >= 2 and ws[0][2].lower() in self.lex.person_titles and ws[-1][2][:1].isupper()
        if titled or any(t[2].type == "PER" and t[0] < second[1] and second[0] < t[1]
                         for t in A.mentions_in(*second)):
            return (speaker[0], second[1])
        return speaker

    def _title_run_to_name(self, A: QuoteContext, speaker: tuple[int, int], se: int) -> Optional[tuple[int, int]]:
        """A title the speaker phrase stopped inside, read on to its holder's name: ``kata Pelaksana Tugas (Plt)
        Deputi Penindakan dan Eksekusi KPK Asep Guntur Rahayu`` (a clipped short form in parentheses), ``kata Kabid
        Hubungan Media dan Kehumasan pada Puspenkum Kejagung RI Irwan Datuiding``, ``ungkap Wakil Sekretaris Jenderal
        untuk Operasi Perdamaian Jean-Pierre Lacroix`` (a title connector, pack ``title_connectors``, that is also a
        speaker stop). The run after the phrase holds only capitalised words, connectors and one-word parentheses,
        and a person's mention ends it (at most two more capitalised words after the mention starts); None when
        the phrase opens with no title or office word or no such run follows."""
        text, lex = A.text, self.lex
        ws = words_in(text, *speaker)
        if not ws or not (ws[0][2].lower() in lex.person_titles or ws[0][2].lower() in lex.office_words):
            return None
        joins = lex.title_joins
        prev, end, per_start, after_per = speaker[1], None, None, 0
        for s, e, w in words_in(text, speaker[1], min(se, speaker[1] + 200)):
            gap = text[prev:s].strip()
            if gap not in ("", "(", ")", ") (", ")(", ",", "),"):
                break  # a comma: a title listing its fields or closed before its holder ("Energi Baru, Terbarukan, dan
                # Konservasi Energi (EBTKE) Kementerian ESDM, Eniya Listiani Dewi")
            if not (w[:1].isupper() or w.lower() in joins and per_start is None or gap == "(" and text[e:e + 1] == ")"):
                break
            if per_start is None and any(t[2].type == "PER" and t[0] == s for t in A.mentions_in(s, e)):
                per_start = s
            elif per_start is not None:
                after_per += 1
            prev, end = e, e
            if after_per > 2:
                return None
        if per_start is None or end is None or text[end:end + 1] == "(":
            return None
        return (speaker[0], end)

    def _participial(self, A: QuoteContext, lstart: int, cs: int, boundary: str, roles: set) -> bool:
        """``..., saying ...`` / ``sambil mengatakan`` / ``He smiled and said``: the cue's subject is the clause's."""
        text, lex = A.text, self.lex
        ws = [w.lower() for _, _, w in words_in(text, lstart, cs)]
        if "part" in roles and boundary in (",", "—", "–", "-") and (not ws or len(ws) == 1 and lex.adverb_suffixes and
                                                                ws[0].endswith(lex.adverb_suffixes)):
            return True  # ", saying", ", boldly claiming": a participle clause, an adverb before it allowed
        if len(ws) == 1 and ws[0] in lex.part_markers and (boundary in (",", "—", "–", "-") or "part" in roles):
            return True
        if "part" in roles and not ws and boundary in lex.all_marks and text[max(0, lstart - 2):lstart - 1] == ",":
            pair = A.pair_ending_at(lstart)  # 'said the deal was “a disaster,” adding that ...': the comma sits
            if pair is not None and text[A.sentence(cs)[0]:pair.start].strip():  # inside a quoted phrase of the clause
                return True
        if len(ws) == 1 and ws[0] in lex.part_markers and boundary in lex.all_marks:
            pair = A.pair_ending_at(lstart)  # 'declaring it “another super Tuesday” and said ...': a quoted phrase
            if pair is not None and text[A.sentence(cs)[0]:pair.start].strip():  # inside the clause, not before it
                return True
        if len(ws) > 1 and ws[-1] in lex.coordinators and (ws[-2:][0] not in lex.singular | lex.plural):
            return True
        if "part" in roles and len(ws) > 2 and ws[-1] in lex.manner_preps:
            return True  # "The foreign secretary hit back by saying ...": the clause's subject speaks
        if "part" in roles and ws and ws[-1] in lex.time_preps and (
                len(ws) == 1 and boundary in (",", "—", "–") or len(ws) > 2 and self._verb_before(A, lstart, cs)) \
                and self._reports_after_time_prep(A, cs):
            return True  # "Sanders called her son her hero before explaining why ...", "Trump told reporters, before
            # insisting ...": the clause's subject speaks (not "One month after announcing his support, Rubio ...")
        return False

    def _reports_after_time_prep(self, A: QuoteContext, cs: int) -> bool:
        """A participle after a time preposition reports when a clause or a quotation follows it ("that", a
        wh-word, a pronoun subject, a quotation mark, a colon or comma), or when its object is what it reports
        (``object_content_verbs``: "while praising Hillary Clinton as ...", an audience verb: "after telling his
        aides he planned ..."); not an object of another sense ("while adding Democratic strongholds", "while
        claiming U.S. tax breaks")."""
        text, lex = A.text, self.lex
        m = lex.cue_re.match(text, cs) if lex.cue_re is not None else None
        if m is None:
            return False
        form = fold(m.group())
        if form in lex.object_content or m.group().lower() in lex.object_verbs:
            return True
        rest = text[m.end():m.end() + 80].lstrip(" \u00a0")
        if rest[:1] in (":", ",") or rest[:1] in lex.all_marks:
            return True
        w = WORD.match(rest)
        return w is not None and w.group().lower() in (lex.complementizers | lex.wh_starts | lex.singular |
                                                      lex.plural | lex.first)

    @staticmethod
    def _root_before(A: QuoteContext, ss: int, pos: int) -> bool:
        """Whether the parse's root of the sentence is a verb between ``ss`` and ``pos`` (the main clause comes
        first). Without a parse: False."""
        parse = getattr(A, "parse", None)
        ps = parse.sentence_at(pos) if parse is not None else None
        if ps is None:
            return False
        return any(ss <= parse.start[r] < pos and parse.pos[r] in ("VERB", "AUX") for r in parse.roots(ps))

    @staticmethod
    def _verb_before(A: QuoteContext, start: int, cs: int) -> bool:
        """Whether the parse has a verb between ``start`` and the word before ``cs`` (a main clause before a time
        preposition and its participle)."""
        parse = getattr(A, "parse", None)
        if parse is None:
            return False
        prep = A.text.rfind(" ", start, cs - 1)
        if parse.sentence_at(cs) is None:  # parses the sentence when the stage skipped it
            return False
        return any(parse.pos[t] in ("VERB", "AUX") for t in parse.tokens_in(start, max(start, prep)))

    def _clause_subject(self, A: QuoteContext, cs: int, ss: int, lstart: int, boundary: str) -> Optional[tuple[int, int]]:
        """The speaker of a participle or coordinated cue: the reporter of the clause, else its subject (the parsed
        one when the chunk rules find no name or pronoun, or stop before a role noun)."""
        reporter = self._reporter_subject(A, cs, ss)
        subject = reporter or self._subject(A, ss, lstart if boundary else cs)
        if reporter is None and subject is not None and self.lex.participle_suffixes:
            ws = WORD.findall(A.text, *subject)
            comma = A.text.find(",", subject[1], cs)
            if ws and ws[0].lower().endswith(self.lex.participle_suffixes) and comma > 0 and \
                    (len(ws) == 1 or not any(t[0] == subject[0] for t in A.mentions_in(*subject))):
                # "Realising his error, Mr Campbell then e-mailed ..., but suggesting ...": a fronted participle
                # clause is no subject, nor is a pronoun inside it ("Realising his", "his" resolved to another name)
                subject = self._subject(A, comma + 1, lstart if boundary else cs)
                for _ in range(3):  # "Speaking in Salem, New Hampshire, Trump went after Bush, calling him ...": a
                    # place closed by a comma is still the fronted clause's; its subject comes after
                    if subject is None or A.text.find(",", subject[1], cs) != subject[1]:
                        break
                    nxt = subject[1]
                    if not any(t[2].type in ("GPE", "LOC") for t in A.mentions_in(*subject)):
                        break
                    subject = self._subject(A, nxt + 1, lstart if boundary else cs)
        if reporter is None and subject is not None and self.lex.head_initial:
            end = self._title_chain_person(A, words_in(A.text, subject[0], cs))
            if end is not None and end > subject[1]:
                return (subject[0], end)  # "Executive General Manager Pertamina ..., Erwin Dwiyanto": the person
        if reporter is None and (subject is None or not (self._named(A, subject) or self._pronoun_of(A, subject))):
            subject = self._parsed_subject(A, cs, ss) or subject  # "The" of "The attorney general of X ..."
        elif reporter is None and self._before_role_noun(A, subject):
            wider = self._parsed_subject(A, cs, ss)  # "The Florida senator ..., saying": not "Florida"
            if wider is not None and wider[0] <= subject[0] and subject[1] < wider[1]:
                subject = wider
        elif reporter is None:
            parsed = self._parsed_subject(A, cs, ss)  # "The prince called for Trump to quit, calling him ...": the
            names = [t for t in A.mentions_in(*subject) if t[0] >= subject[0]]  # name after the main verb is its
            if parsed is not None and names and parsed[1] <= names[0][0] and \
                    any(w[:1].islower() for w in WORD.findall(A.text, parsed[1], names[0][0])) and \
                    self._person_like(A, parsed):  # object, not the subject (not "The documentary showed X, telling")
                subject = parsed
            elif parsed is not None and parsed[0] <= subject[0] and subject[1] < parsed[1] and \
                    A.text.startswith(tuple(self.lex.possessive_markers), subject[1]):
                subject = parsed  # "Nevada's governor, Brian Sandoval, ..., but cautioned": not the possessor
        return subject

    def _person_like(self, A: QuoteContext, span: tuple[int, int]) -> bool:
        """A phrase that can speak: a person or body named in it, or a title or role noun at its end (``The prince``)."""
        if any(t[2].type in ("PER", "ORG", "NORP") for t in A.mentions_in(*span)):
            return True
        ws = WORD.findall(A.text, *span)
        return bool(ws) and ws[-1].lower() in self.lex.role_words

    def _role_words(self, gap: str) -> bool:
        """Lower-case role words between a body or group and its person in one subject: ``Democratic | presidential
        candidate | Bernie Sanders``, ``The World Bank | chief economist | Peter Brown`` (no joining word)."""
        ws = [w.lower() for w in WORD.findall(gap)]
        roles = self.lex.role_words
        return _ROLE_GAP.match(gap) is not None and ws[-1] in roles and \
            not any(w in self.lex.stops | self.lex.coordinators | self.lex.clause_joins or
                    w.endswith("ed") and w not in roles for w in ws)  # not "Google fired engineer X"

    def _subject(self, A: QuoteContext, ss: int, limit: int) -> Optional[tuple[int, int]]:
        """The subject of the sentence's main clause: a pronoun, a named mention near the start, or a name run."""
        text, lex = A.text, self.lex
        ss = _after_dateline(text, ss, limit)
        span = self._strip_phrase(text, ss, limit)
        if span is None:
            return None
        s = span[0]
        ws = words_in(text, s, limit)
        if not ws or A.inside_pair(s) is not None or text[s] in lex.all_marks:
            return None  # a sentence that opens with a quotation: its subject is not the quoted words
        if ws[0][2].lower() in lex.singular | lex.plural:
            return (ws[0][0], ws[0][1])
        near = ws[min(5, len(ws) - 1)][1]
        for t in A.mentions_in(s, near):
            if t[0] >= s and t[2].type in ("PER", "ORG", "NORP") and A.inside_pair(t[0]) is None:
                seg = text[s:t[0]]
                if not set(seg) & set(",;:()"):
                    end = t[1]
                    for u in A.mentions_in(end, end + 80):  # "Shadow Home Secretary Yvette Cooper": the person
                        if u[0] >= end and u[2].type == "PER" and (role_gap(text[end:u[0]]) or t[2].type != "PER" and
                                                                   self._role_words(text[end:u[0]])):
                            end = u[1]
                            break
                    return (s, end)
                break
        end = None
        for a, b, w in ws[:8]:
            if end is not None and text[end:a].strip():
                break
            if w[:1].isupper():
                end = b
            elif end is None or w.lower() not in ("of", "for", "the", "dari", "untuk"):
                break
        return (s, end) if end is not None else None

    def _title_chain_person(self, A: QuoteContext, ws) -> Optional[int]:
        """``Executive General Manager Pertamina Patra Niaga Regional Sumbagsel, Erwin Dwiyanto menyambut ... dan
        menegaskan ...``: a clause that opens with a title or office word and runs on in capitalised words, connectors
        and commas to a person's name is that person's (the end of the name), not the body named first in it."""
        lex = self.lex
        if not ws or ws[0][2].lower() not in lex.title_words:
            return None
        end = None
        for a, b, w in ws:
            if not (w[:1].isupper() or w.lower() in lex.title_joins):
                break
            if end is not None and set(A.text[end:a]) & set(".;:!?\"“”()"):
                break
            end = b
        if end is None:
            return None
        pers = [t for t in A.mentions_in(ws[0][0], end) if t[2].type == "PER" and t[1] == end]
        return end if pers else None

    def _question_before(self, A: QuoteContext, ss: int, cs: int, left: tuple[int, int]) -> bool:
        """Whether a quotation closing on ``?`` or ``!`` ends right before this sentence, in its paragraph,
        and the words before the cue are a short name or a pronoun (``“Why now?” Laura Smith asked.``)."""
        pair = A.pair_ending_at(ss)
        if pair is None or not pair.closed or A.text[pair.end:ss].strip():
            return False
        if A.text[pair.inner_start:pair.inner_end].rstrip(" \u00a0")[-1:] not in ("?", "!"):
            return False
        if A.paragraph_index(pair.start) != A.paragraph_index(cs) or left[0] != ss:
            return False
        return len(words_in(A.text, *left)) <= 6 and (self._named(A, left) or bool(self._pronoun_of(A, left)))

    @staticmethod
    def _subject_on_parse(A: QuoteContext, cs: int, span: tuple[int, int]) -> bool:
        """Whether the parse's subject of the cue verb at ``cs`` is a word of ``span`` (session 30)."""
        parse = getattr(A, "parse", None)
        if parse is None:
            return False
        v = parse.token_starting_at(cs)
        if v is None or parse.pos[v] not in ("VERB", "AUX"):
            return False
        t = parse.subject(v)
        return t is not None and span[0] <= parse.start[t] < span[1]

    def _role_after_cue(self, A: QuoteContext, cs: int, sp: tuple[int, int], se: int) -> bool:
        """Whether the phrase after an inverted cue is its speaker though it names nobody: it opens with an article
        (``articles``), is no clause, and the parse makes it the cue verb's subject (or its object, the verb's
        complement clause standing before it): "Prices rose sharply in March,
        said a spokesman for the ministry." (session 30: the clause before the comma was read as a subject with an
        apposition, the role phrase as what was said); not "Mr. Smith, the mayor, said the plan failed" (the parse's
        subject is Smith)."""
        text = A.text
        first = WORD.match(text, sp[0])
        if first is None or first.group().lower() not in self.lex.articles or self._clause_after_cue(A, sp):
            return False
        parse = getattr(A, "parse", None)
        v = parse.token_starting_at(cs) if parse is not None else None
        if v is None or parse.pos[v] not in ("VERB", "AUX"):
            return False
        end = text.find(",", sp[1], se) if "," in text[sp[1]:se] else se
        t = parse.subject(v)
        if t is None and any(parse.start[c] < cs for c in parse.kids(v, "ccomp", "parataxis")):
            # "The talks failed, said a spokesman.": the parser may take the inverted subject for an object when the
            # clause before is the verb's complement
            t = next(iter(parse.kids(v, "obj")), None)
        return t is not None and sp[0] <= parse.start[t] < max(sp[1], end)

    def _person_after_cue(self, A: QuoteContext, ce: int, se: int) -> Optional[tuple[int, int]]:
        """The person named between an inverted cue and the next comma or the sentence end, in a phrase of
        at most eight words that is no clause: "..., said lobbyist and GOP strategist Charlie Black, Manafort's
        former business partner." (session 30: the chunk phrase stops at "and", and the clause before the comma was
        read as a subject with an apposition, the role phrase as the content)."""
        text = A.text
        comma = text.find(",", ce, se)
        end = comma if comma > 0 else se
        span = strip_span(text, ce, end)
        if span[0] >= span[1] or len(words_in(text, *span)) > 8 or A.inside_pair(span[0]) is not None:
            return None
        if self._clause_after_cue(A, span):
            return None
        lex = self.lex
        people = [t for t in A.mentions_in(*span) if t[2].type == "PER" and t[3].kind != "pronoun" and
                  span[0] <= t[0] and t[1] <= span[1]]
        if not people or text[people[-1][1]:span[1]].strip(" \u00a0.") != "":
            return None  # the name must close the phrase: not "says he's open to ...", "noted testimony by X in ..."
        before = [w.lower() for _, _, w in words_in(text, span[0], people[-1][0])]
        stops = (lex.title_connectors - lex.coordinators) | lex.agent_markers | lex.audience_markers | \
            lex.speaker_place_preps
        if any(w in stops for w in before):
            return None  # "said an aide to President Obama", "noted testimony by X": the person is not the speaker
        return people[-1][0], people[-1][1]

    def _parsed_subject(self, A: QuoteContext, cs: int, ss: int) -> Optional[tuple[int, int]]:
        """The parse's subject of a participle or coordinated cue (inherited from the main clause), when the
        chunk rules find no name or pronoun there: ``The attorney general of New York is suing Trump,
        claiming ...`` -> the attorney general of New York (the capitalised run alone would give "The")."""
        parse = getattr(A, "parse", None)
        if parse is None or A.inside_pair(cs) is not None:
            return None  # a cue inside a quotation: a claim within a claim, its subject stays the chunk's
        v = parse.token_starting_at(cs)
        if v is None or parse.pos[v] not in ("VERB", "AUX"):
            return None
        t = parse.subject(v)
        if t is None and parse.dep[v].split(":")[0] == "advcl" and parse.head[v] != v:
            t = parse.subject(parse.head[v])  # "The secretary hit back by saying ...": the verb it modifies
        if t is None or parse.start[t] >= cs:  # the parser hung the participle elsewhere: the main clause's subject
            roots = [r for r in parse.roots(parse.sentence_of(v)) if parse.start[r] < cs]
            t = parse.subject(roots[0]) if roots else None
        if t is None or parse.start[t] >= cs or parse.start[t] < ss:
            return None
        span = self._speaker_span(A, parse, t)
        if span is None or span[0] < ss or span[1] > cs or not self._speaker_ok(A, span) or \
                A.inside_pair(span[0]) is not None:
            return None
        return span

    def _reporter_subject(self, A: QuoteContext, cs: int, ss: int) -> Optional[tuple[int, int]]:
        """``X said A, adding that B`` / ``X said A and warned B``: a participle or coordinated cue the parser
        hangs inside the complement of an earlier cue verb goes back to that verb's speaker, not to the
        reported clause's subject (``A``'s) nor to a name that opens ``A``."""
        parse = getattr(A, "parse", None)
        if parse is None or A.inside_pair(cs) is not None:
            return None
        v = parse.token_starting_at(cs)
        if v is None or parse.subject(v, inherit=False) is not None:
            return None  # "Jaksa mengatakan Dirut X lalu melaporkan ...": a verb with its own subject is X's
        h = parse.complement_owner(v)
        if h is None or parse.start[h] < ss or parse.start[h] >= cs:
            return None
        m = self.lex.cue_re.match(A.text, parse.start[h]) if self.lex.cue_re is not None else None
        if m is None or "verb" not in self.lex.roles.get(fold(m.group()), set()):
            return None
        t = parse.subject(h)
        if t is None or parse.start[t] >= parse.start[h] or parse.start[t] < ss:
            return None
        span = self._speaker_span(A, parse, t)
        if span is None or span[0] < ss or not self._speaker_ok(A, span) or A.inside_pair(span[0]) is not None:
            return None
        return span

    def _according_pronoun(self, A: QuoteContext, cs: int, ce: int, ss: int, se: int) -> Optional[Candidate]:
        """``Menurutnya, ...``: according to a pronoun written as a suffix."""
        text = A.text
        m = _COMMA_OR_COLON.match(text, ce)
        if m is not None:
            kind, body, start, end = self._kind_and_text(A, m.end(), se)
        elif text[ss:cs].strip(" \u00a0,") and text[ce:se].strip(" .\u00a0") == "":
            kind, body, start, end = self._kind_and_text(A, ss, cs)
        else:
            return None
        if len(WORD.findall(body)) < 2:
            return None
        return Candidate(start, end, body, kind, clean_ws(text[cs:ce]), cs, ce, mode="pronoun", rank=2)

    def headline_colons(self, A: QuoteContext) -> list[Candidate]:
        """``Trump: I'm the worst thing ...``: a short name, a colon and a claim opening a paragraph."""
        text, lex = A.text, self.lex
        out = []
        for ps in A.para_starts:
            m = HEADLINE.match(text, ps)
            if m is None:
                continue
            sp = (m.start("sp"), m.end("sp"))
            ws = words_in(text, *sp)
            if not ws or len(ws) > 5 or any(w[:1].isdigit() for _, _, w in ws):
                continue
            if not (ws[0][2][:1].isupper() and ws[-1][2][:1].isupper()):
                continue
            if any(w.casefold() in lex.colon_non_speakers for _, _, w in ws):
                continue
            cut = next((i for i, (_, _, w) in enumerate(ws) if i and w.islower() and w in lex.stops), None)
            if cut is not None:  # "Purbaya ke Kepala Daerah: ...": the addressee is no part of the speaker
                ws = ws[:cut]
                sp = (sp[0], ws[-1][1])
            while len(ws) > 1 and "inv" in lex.roles.get(fold(ws[0][2]), ()) and not A.mentions_in(ws[0][0], ws[0][1]):
                ws = ws[1:]  # "Cerita Prabowo Saat Naik Alphard: ...", "Pesan Jokowi: ...": a speech noun before the name
                sp = (ws[0][0], sp[1])
            hits = A.mentions_in(*sp)
            if lex.head_initial and ws[0][2].lower() in lex.non_speaker_subjects and \
                    not any(t[2].type in ("PER", "ORG") for t in hits):
                continue  # "RUU Pangan: ...": a text is no speaker
            known = lex.title_words | lex.title_connectors | set(lex.title_short_forms)
            loose = [i for i, (a, _, w) in enumerate(ws)
                     if w.lower() not in known and not any(t[0] <= a < t[1] for t in hits)]
            if loose and hits:
                if not any(t[0] < ws[loose[0]][0] for t in hits):
                    continue  # "Taktik Elon Musk Lawan Trump: ...", "UU BUMN Baru: ...": a headline's topic, no speaker
                ws = ws[:loose[0]]  # "Prabowo Marah soal Koruptor: ...": the name, not what it did
                sp = (sp[0], ws[-1][1])
            elif loose and len(ws) > 2:
                continue
            ss, se = A.sentence(m.start("body"))
            if self._transcript_label(ws):
                se = self._turn_end(A, se)
            kind, body, start, end = self._kind_and_text(A, m.start("body"), se)
            if len(WORD.findall(body)) < 3:
                continue
            out.append(Candidate(start, end, body, kind, ":", m.end("sp"), m.end("sp") + 1, speaker_span=sp,
                                 mode="phrase", rank=2))
        return out

    def _transcript_label(self, ws: list[tuple[int, int, str]]) -> bool:
        """Session 32 (polnear32): ``FALLIN:``, ``JOEL BENENSON:``: a transcript's speaker label, every word upper case
        and at least the pack's ``transcript_label_min_letters`` letters long ("UN: ..." is a headline's topic)."""
        least = self.lex.transcript_label_min_letters
        return least > 0 and all(w.isupper() and sum(ch.isalpha() for ch in w) >= least for _, _, w in ws)

    def _turn_end(self, A: QuoteContext, se: int) -> int:
        """The end of a transcript turn whose first sentence ends at ``se``: its paragraph's end, or the sentence before
        the next turn's label inside the paragraph ("CLINTON: ... . TRUMP: ...")."""
        text = A.text
        i = A.paragraph_index(se)
        pe = A.para_starts[i + 1] if i + 1 < len(A.para_starts) else len(text)
        while se < pe:
            nxt = se + len(text[se:pe]) - len(text[se:pe].lstrip())
            if nxt >= pe:
                break
            ns, ne = A.sentence(nxt)
            if ne <= se:
                break
            m = HEADLINE.match(text, ns)
            if m is not None and self._transcript_label(words_in(text, m.start("sp"), m.end("sp"))):
                break
            se = min(ne, pe)
        return se

    def dash_attributions(self, A: QuoteContext) -> list[Candidate]:
        """``“He represents our greatest shame.” ― Sonya Herridge``: a paragraph that is one quotation followed by a
        dash (pack ``attribution_dashes``) and a bare name that ends the paragraph (a pull quote, a reader's answer, an
        epigraph): one to five words, the first capitalised, no digit, no comma (``— Peres, on whether ...``, a caption
        with a topic, is left alone, as are a quotation inside a sentence and a dash before a lower-case phrase)."""
        text, lex = A.text, self.lex
        out = []
        for p in A.top:
            ps = A.para_starts[A.paragraph_index(p.start)]
            if text[ps:p.start].strip() or p.words(text) < 3:
                continue
            pe = text.find("\n", p.end)
            pe = len(text) if pe < 0 else pe
            rest = text[p.end:pe]
            lead = len(rest) - len(rest.lstrip(" \t\u00a0"))
            dash = next((d for d in lex.attribution_dashes if rest.startswith(d, lead)), None)
            if dash is None:
                continue
            ds = p.end + lead
            de = ds + len(dash)
            sp = strip_span(text, de, pe, " \t\n\u00a0,;:.")
            ws = words_in(text, *sp)
            if not ws or len(ws) > 5 or any(ch in ",;:()" for ch in text[sp[0]:sp[1]]):
                continue  # a bare name ends the paragraph ("— Peres, on whether ..." is an interview's caption)
            if not ws[0][2][:1].isupper() or any(ch.isdigit() for _, _, w in ws for ch in w):
                continue
            if any(w.casefold() in lex.colon_non_speakers for _, _, w in ws):
                continue
            if sum(1 for _, _, w in ws if w[:1].isupper()) < len(ws) / 2:
                continue  # "― Woman raped in Surabaya" is read, "― and then he left" is not (first word lower case)
            out.append(Candidate(p.start, p.end, self._pair_text(A, p), "direct", dash, ds, de, speaker_span=sp,
                                 mode="phrase", rank=2))
        return out

    def _appositive_subject(self, A: QuoteContext, ss: int, comma: int) -> Optional[tuple[int, int]]:
        """``Chris Cox, who runs the NRA’s lobbying arm, says``: the subject before the apposition."""
        text, lex = A.text, self.lex
        end = comma
        for _ in range(5):
            start, boundary = self._left_clause(A, ss, end)
            if boundary == "(" and start - 1 > ss:
                end = start - 1  # "Selasa (22/8)": a parenthesis is read through
                start, boundary = self._left_clause(A, ss, end)
            seg = self._strip_phrase(text, start, end)
            first = WORD.match(text, seg[0]) if seg is not None else None
            if first is not None and boundary == "," and (first.group().lower() in lex.adjunct or
                                                          first.group().lower() in lex.time_trailers):
                end = start - 1  # ", dalam Konferensi ... di Jenewa, Selasa (22/8),": adjuncts, not the subject
                continue
            if seg is not None and self._speaker_ok(A, seg) and (boundary in ("", ",") or start == ss):
                ws = words_in(text, *seg)
                if any(w[:1].isupper() for _, _, w in ws) or boundary == "":
                    if text[seg[0]:seg[0] + 1].isupper() or start == ss:
                        return self._cut_adjunct(A, seg)
            if boundary != ",":
                return None
            end = start - 1
        return None

    def _cut_clause(self, A: QuoteContext, span: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
        """Cut a speaker phrase at a clause boundary outside any entity mention.

        ``The broadcasts began on August 10 and South Korea says`` -> ``South Korea``: a joining
        word after a clause-like left part (a lowercase word that is no title word, or a digit)
        starts the speaker; a relative pronoun (``who``, ``yang``) ends it.
        """
        if span is None:
            return None
        text, lex = A.text, self.lex
        s, e = span
        for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text[s:e]):  # "Church. The Church": a sentence end inside
            prev = WORD.findall(text, s, s + m.start())
            if prev and len(prev[-1]) > 2 and prev[-1].lower() + "." not in lex.person_titles:
                s = s + m.end()
        ws = words_in(text, s, e)
        inside = [(t[0], t[1]) for t in A.mentions_in(s, e)]

        def in_mention(a: int) -> bool:
            return any(ms <= a < me for ms, me in inside)

        for i, (a, b, w) in enumerate(ws):
            if 0 < i < len(ws) - 1 and w.lower() in lex.relative_pronouns and not in_mention(a):
                head = ws[:i]
                named = any(t[0] < a for t in A.mentions_in(s, a)) or all(x[:1].isupper() for _, _, x in head)
                if named:  # "Jenderal X yang ... mengatakan": the named head speaks
                    e = strip_span(text, s, a)[1]
                    ws = head
                break
        for i in range(len(ws) - 2, 0, -1):
            a, b, w = ws[i]
            if w.lower() not in lex.clause_joins or in_mention(a):
                continue
            left_words = [x for _, _, x in ws[:i]]
            clause_like = any(x.isdigit() or (x[:1].islower() and x.lower() not in lex.person_titles
                                               and x.lower() not in lex.office_words
                                               and x.lower() not in lex.title_connectors
                                               and x.lower() not in lex.name_particles) for x in left_words)
            right = ws[i + 1:]
            subject_like = len(right) <= 6 and right[0][2][:1].isupper() and not any(
                x[:1].islower() and x.lower() not in lex.person_titles and x.lower() not in lex.office_words
                and x.lower() not in lex.title_connectors and x.lower() not in lex.name_particles
                for _, _, x in right)
            if clause_like and subject_like:
                s = ws[i + 1][0]
            break
        s, e = strip_span(text, s, e)
        return self._cut_adjunct(A, (s, e)) if s < e else None

    def _cut_adjunct(self, A: QuoteContext, span: tuple[int, int]) -> tuple[int, int]:
        """``Kepolisian Metropolitan Washington sebagaimana dikutip Reuters``, ``Menteri Luar Negeri Israel dalam
        pernyataan resminya``: a lower-case adjunct after a speaker written before its verb (where, through what or
        as quoted by whom it spoke; pack ``speaker_adjuncts``) ends the speaker."""
        s, e = span
        if not self.lex.speaker_adjuncts:
            return span
        inside = [(t[0], t[1]) for t in A.mentions_in(s, e)]
        for a, b, w in words_in(A.text, s, e)[1:]:
            if w in self.lex.speaker_adjuncts and not any(ms <= a < me for ms, me in inside):
                return strip_span(A.text, s, a)
        return span

    def _vague(self, A: QuoteContext, span: tuple[int, int]) -> bool:
        """``Some individuals``, ``beberapa ahli``, ``Menurut informasi``: a vague source naming no entity."""
        ws = words_in(A.text, *span)
        if not ws:
            return False
        first, last = ws[0][2].lower(), ws[-1][2].lower()
        quantifier_alone = len(ws) == 1 and first in self.lex.quantifiers and first not in self.lex.group_quantifiers
        source = first in self.lex.non_human_sources or last in self.lex.non_human_sources
        if not (quantifier_alone or source):
            return False
        return not any(t[2].type in ("PER", "ORG", "GPE", "NORP") for t in A.mentions_in(*span))

    def _speaker_ok(self, A: QuoteContext, span: tuple[int, int]) -> bool:
        ws = words_in(A.text, *span)
        if not ws or len(ws) > 20 or len(ws) > 12 and not self._title_chain(ws):
            return False
        if self._vague(A, span):
            return False
        if ws[-1][2].lower() in self.lex.non_speaker or ws[-1][2].lower() in self.lex.first:
            return False
        if len(ws) > 1 and any(w.lower() in self.lex.first for _, _, w in ws) and A.inside_pair(span[0]) is not None:
            return False  # inside a quotation, "saya punya semangat ketika", "tentu kami akan mengawal ...": no speaker
        if self.lex.head_initial and ws[0][2].lower() in self.lex.non_speaker_subjects and \
                not any(t[2].type in ("PER", "ORG") for t in A.mentions_in(*span)):
            return False  # "Hal ini menegaskan", "Pasal 22E UUD 1945 yang menyatakan": a matter or a text, no speaker
        if ws[0][2].lower() in self.lex.wh_starts or ws[0][2].lower() in self.lex.stops and not self._counted(ws):
            return False
        if any(w.lower() in self.lex.negators for _, _, w in ws):
            return False
        if len(ws) == 1 and self._lone_adverb(A, ws[0]):
            return False
        return True

    def _counted(self, ws: list[tuple[int, int, str]]) -> bool:
        """``About four in 10 voters``, ``Nearly half``: an approximator (pack ``count_approximators``) before a count
        (a digit or one of ``count_words``) opens a poll's respondents, not an adjunct."""
        return len(ws) >= 2 and ws[0][2].lower() in self.lex.count_approximators and \
            (ws[1][2][:1].isdigit() or ws[1][2].lower() in self.lex.count_words)

    def _lone_adverb(self, A: QuoteContext, w: tuple[int, int, str]) -> bool:
        """A one-word speaker phrase that is a lower-case adverb (``and now confirmed it's Crenshaw``, ``...
        suddenly insist``): a time word (pack ``time_words``, ``clause_time_openers``) or an -ly word the parse tags
        as an adverb (not ``family``); session 18, PolNeAR train[120:200]."""
        low = w[2]
        if not low.islower():
            return False
        if low in self.lex.time_words or low in self.lex.clause_time_openers:
            return True
        if not (self.lex.adverb_suffixes and low.endswith(self.lex.adverb_suffixes)) or A.parse is None:
            return False
        t = A.parse.token_starting_at(w[0])
        return t is not None and A.parse.end[t] == w[1] and A.parse.pos[t] == "ADV"

    def _title_chain(self, ws: list[tuple[int, int, str]]) -> bool:
        """A long speaker phrase that is one title and a name: every word capitalised, a title or office word or
        a connector (``Ketua IPFO sekaligus Deputi Bidang Koordinasi Infrastruktur Dasar Kemenko IPK Muhammad
        Rachmat Kaimuddin``), not a clause."""
        lex = self.lex
        return all(w[:1].isupper() or w.lower() in lex.title_connectors or w.lower() in lex.office_words
                   or w.lower() in lex.person_titles for _, _, w in ws)

    def _pronoun_of(self, A: QuoteContext, span: Optional[tuple[int, int]]) -> Optional[str]:
        if span is None:
            return None
        low = A.text[span[0]:span[1]].lower()
        if low in self.lex.nonhuman:
            return "nonhuman"  # "It said": a body (the company, the report's author), never a person
        if low in self.lex.singular:
            return "singular"
        if low in self.lex.plural:
            return "plural"
        return None
