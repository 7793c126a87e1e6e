"""One language's quote knowledge (``quotes.toml``), compiled once, and the word patterns the finder shares."""

from __future__ import annotations

import re
from typing import Optional

from kabar import lang as langpacks
from kabar.text.names import fold
from kabar.text.patterns import phrase, word_pattern

#: ``[stages.quotes] attribution``: "speech" (statements, gold/dev's convention) or "wide" (PolNeAR's: also
#: beliefs, intentions, stances, evaluations, topics and findings, each quote tagged with its kind).
ATTRIBUTION_MODES = ("speech", "wide")
WIDE_KINDS = ("belief", "intention", "stance", "evaluation", "topic", "finding")

WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
#: A parenthesised acronym inside a title, followed by more of it: "Anggaran (DJA) Kementerian" (no boundary);
#: also a clipped form of one or two short capitalised words: "Menteri Pertanian (Mentan) Andi", "(Ditjen Intram) Kemenhub".
ACRONYM = re.compile(r"\((?:[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*|[A-Z][a-z]{3,7}(?: [A-Z][A-Za-z]{2,7})?)\)[\s\u00a0]+[A-Z]")
#: An acronym in parentheses right after the name it abbreviates: "the Project and Contract Office (PCO) in Baghdad".
NAME_ACRONYM = re.compile(r"\([A-Z][A-Z0-9&]{1,7}\)")
PARAGRAPH = re.compile(r"[^\n]+")
SENT_END = ".!?…"
HEADLINE = re.compile(r"[ \t]*(?P<sp>[^\W\d][^\n:.!?;,\"“”]{0,60}?)[ \t]*:[ \t]+(?P<body>\S)")


_POSSESSIVE_GAP = re.compile(r"^(?:['\u2019]s\b)?(?:\s+[A-Z][\w.'\u2019-]*){0,5}\s*$")


def role_gap(gap: str) -> bool:
    """What may stand between a body and its person in one subject: nothing, or a possessive and a
    capitalised role ("Labour's Shadow Home Secretary | Yvette Cooper", "Golkar | Ketua Umum | ...")."""
    return not gap.strip() or _POSSESSIVE_GAP.match(gap) is not None


class QuoteLexicon:
    """One language's quote knowledge, compiled once."""

    def __init__(self, code: str, attribution: str = "speech", reported_requests: bool = False):
        if attribution not in ATTRIBUTION_MODES:
            raise ValueError(f"attribution must be one of {', '.join(ATTRIBUTION_MODES)}, not {attribution!r}")
        d = langpacks.pack(code).data("quotes")
        low = lambda key: [w.lower() for w in d.get(key, [])]  # noqa: E731
        self.roles: dict[str, set[str]] = {}
        for key, role in (("speech_verbs", "verb"), ("inverted", "inv"), ("pronoun_forms", "pron"),
                          ("carry_over", "carry"), ("according", "acc"), ("participles", "part"),
                          ("according_pronoun", "accpron")):
            for form in low(key):
                self.roles.setdefault(fold(form), set()).add(role)
        # "continued to insist", "went on to say", "was quick to point out": a catenative verb and "to" before a
        # reporting verb make one cue (the infinitive alone is no cue: "non_cue_before")
        self.catenatives = {fold(c) for c in low("catenatives")}  # "went on to become": no cue without a speech verb
        for chain in low("catenatives"):
            for verb in low("catenative_verbs"):
                self.roles.setdefault(fold(f"{chain} to {verb}"), set()).add("verb")
        belief = d.get("belief", {})
        if belief.get("enabled", False):  # beliefs and intentions as attributions: a switch, off by default
            for form in [w.lower() for w in belief.get("verbs", [])]:
                self.roles.setdefault(fold(form), set()).update(("verb", "belief"))
        self.attribution = attribution
        self.wide_kinds: dict[str, str] = {}  # cue form -> its kind of attribution ("belief", "stance", ...), wide mode
        self.finding_sources: set[str] = set()
        self.finding_documents: set[str] = set()
        self.document_verbs: set[str] = set()
        self.as_beliefs: set[str] = set()
        self.wide_requests = False
        self.request_forms: set[str] = set()
        self.finding_markers: set[str] = set()
        self.finding_marker_re = None  # a preposition read only where it opens a sentence (no cue role elsewhere)
        self.finding_marker_sources: set[str] = set()
        self.finding_marker_openers: set[str] = set()
        self.object_kinds: set[str] = set()
        self.clause_findings: set[str] = set()
        self.factive_beliefs: set[str] = set()  # knowledge verbs: no admitted belief of an unnamed group (session 34)
        self.wide_participles: set[str] = set()  # wide mode: the participles of wide acts (session 33)
        self._wide_object_forms: set[str] = set()  # stance, evaluation, topic: the object is the content
        if attribution == "wide":
            self._wide(d)
        # Session 28 (polnear28): wide kinds that speech mode counts too ("request", "belief"; `speech_admitted`)
        self.speech_admits = {k.lower() for k in d.get("wide", {}).get("speech_admits", [])} if attribution == "speech" else set()
        self.part_markers = set(low("participle_markers"))
        self.coordinators = set(low("coordinators"))
        self.headline_colon = bool(d.get("headline_colon", False))
        # Session 32 (polnear32): "FALLIN: I think ... . I think ...": a transcript turn (an upper-case name of words of
        # at least this many letters before the colon) runs to its paragraph's end; 0: the turn is its first sentence
        self.transcript_label_min_letters = int(d.get("transcript_label_min_letters", 0) or 0)
        self.split_continued = bool(d.get("split_continued_quotes", False))
        # Session 30 (spkfp30): a raw speaker phrase (no entity) must be a noun phrase: its last word not of these
        # universal parts of speech ("misogynist and birther who", "line by", "Perhaps most"), and no clause
        # inside it ("Bush also won narrower victories in coastal | states"); empty: no check
        self.speaker_phrase_last_pos = {t.upper() for t in d.get("speaker_phrase_last_pos", [])}
        # ... and the marker after which a participle's speaker is the object ("quoted the executive as saying")
        self.speaker_object_markers = set(low("speaker_object_markers"))
        self.role_holders = bool(d.get("bare_title_to_holder", True))
        self.colon_non_speakers = {w.casefold() for w in d.get("colon_non_speakers", [])}
        self.fronted_subordinators = set(low("fronted_subordinators"))  # Session 29: "Although X said A, B ..."
        # Session 31 (polnear31): "As X reported on Saturday, B": the opener of a parenthetical cue clause
        self.parenthetical_openers = set(low("parenthetical_openers"))
        self.parenthetical_adjunct_starts = set(low("parenthetical_adjunct_starts"))
        # Session 29 (polnear29): "“...” ― Sonya Herridge": a paragraph that is a quotation, a dash and a name
        self.attribution_dashes = tuple(sorted(d.get("attribution_dashes", []), key=len, reverse=True))
        self.time_trailers = set(low("time_trailers"))
        self.auxiliaries = set(low("auxiliaries"))
        self.agent_markers = set(low("agent_markers"))
        self.participle_non_content = set(low("participle_non_content"))
        self.person_titles = set(low("person_titles"))
        self.role_nouns = set(low("role_nouns"))  # "Democratic presidential candidate X": a role between body and person
        self.office_words = set(low("office_words"))
        self.name_particles = set(low("name_particles"))
        self.noun_followers = set(low("noun_followers"))
        self.noun_forms = set(low("noun_forms"))
        self.noun_markers = set(low("noun_markers"))  # "amid claims that", "his reported views": a noun or adjective
        self.manner_preps = set(low("manner_prepositions"))  # "hit back by saying ...", "responded by settling"
        self.time_preps = set(low("participle_time_prepositions"))  # "presented a message before explaining why"
        self.needs_complementizer = {fold(w) for w in low("needs_complementizer")}
        self.object_content = {fold(w) for w in low("object_content_verbs")}  # "praised X": content after only
        self.object_content |= self._wide_object_forms
        self.object_breaks = [b.lower() for b in d.get("object_content_breaks", [])]  # "praised X, but ..."
        self.non_human_sources = set(low("non_human_sources")) - self.finding_sources
        self.document_nouns = set(low("document_nouns"))
        self.speaker_place_preps = set(low("speaker_place_preps"))
        self.articles = set(low("articles"))
        # the two frozen once, as the key of the speaker reader's cached name patterns (review34: were frozen per call)
        self.raw_name_keys = (frozenset(self.speaker_place_preps), frozenset(self.articles))
        self.quantifiers = set(low("quantifiers"))
        self.group_quantifiers = set(low("group_quantifiers"))  # "Others say": a lone quantifier that speaks
        self.count_approximators = set(low("count_approximators"))  # "About four in 10 voters said"
        self.count_words = set(low("count_words"))
        self.question_words = set(low("question_words"))
        self.question_after_object = set(low("question_after_object"))  # "asked Pence whether ..." (session 30)
        self.question_object_window = int(d.get("question_object_window", 0) or 0)
        self.question_object_breaks = set(low("question_object_breaks"))
        self.clause_joins = set(low("clause_joins"))
        self.act_joins = set(low("act_joins"))  # "said A but added B": the same speaker's next act ends A
        self.claim_joins = set(low("claim_joins"))  # "said A, but analysts said B": B is another speaker's claim
        self.relative_pronouns = set(low("relative_pronouns"))
        self.title_connectors = set(low("title_connectors"))
        self.audience_determiners = set(low("audience_determiners"))  # "told the FT", "kepada para wartawan"
        self.title_short_forms = {fold(k).lower(): fold(v).lower() for k, v in (d.get("title_short_forms") or {}).items()}
        self.single_holder_titles = set(low("single_holder_titles"))
        self.title_modifiers = set(low("title_modifiers"))  # "Shadow foreign secretary X" is no "the foreign secretary"
        self.body_voices = set(low("body_voices"))  # "a Labour spokesman" speaks for Labour; "the Labour leader" does not
        self.side_pronouns = set(low("side_pronouns"))
        self.relational_roles = sorted(low("relational_roles"), key=len, reverse=True)
        self.title_determiners = set(low("title_determiners"))  # "kata Pak Menteri", "the minister said"
        self.object_pronouns = set(low("object_pronouns"))  # "X told him that ...": skipped before the content
        self.subject_first = bool(d.get("pronoun_subject_first", False))
        self.request_verbs = {fold(w) for w in low("request_verbs")}
        # request verbs whose object and clause are reported speech in speech mode (Indonesian house rule: "X meminta
        # Y agar ...", "X mendesak Y memproses ..."), with the words that open such a clause and the nouns that make the
        # verb ask for a thing instead ("meminta maaf", "meminta keterangan"): session 26
        self.reported_requests = {fold(w) for w in low("reported_requests")} if reported_requests else set()
        for form in self.reported_requests:  # "mengajak X V": a request cue only under the switch
            self.roles.setdefault(form, set()).add("verb")
            self.request_verbs.add(form)
        self.request_clause_markers = set(low("request_clause_markers"))
        self.request_object_nouns = set(low("request_object_nouns"))
        self.request_verb_prefixes = tuple(low("request_verb_prefixes"))
        self.request_non_verbs = set(low("request_non_verbs"))
        self.request_verb_min_len = int(d.get("request_verb_min_len", 6))
        self.request_window = int(d.get("request_window", 8))
        # "promised to build a wall": a commitment's infinitive is what was promised (the marker kept)
        self.commitment_verbs = {fold(w) for w in low("commitment_verbs")}
        self.commitment_markers = set(low("commitment_markers"))
        # Session 35 (pn35): wide mode, an intention phrase with no marker ("is eager", "was willing", "would like")
        # takes its infinitive like a commitment ("Mr. Hurt is eager to get the book out"; was: no content, the
        # marker read as an adjunct). Not one-word forms ("intend", "wish", "preferred"): in a BBC census they ran into
        # the clause after the infinitive, a noun ("the Kremlin's wish to"), or a statement ("preferred to state")
        self.commitment_verbs |= {f for f, k in self.wide_kinds.items()
                                  if k == "intention" and " " in f and f.split()[-1] not in self.commitment_markers}
        self.title_list_joins = set(low("title_list_joins"))  # "Bidang Politik, Hukum, dan Keamanan": one title
        self.partitive_openers = set(low("partitive_openers"))  # "menyebut dari 38 provinsi, 37 ...": content
        self.after_quote_only = {fold(w) for w in low("after_quote_only")}  # '"...," pesan X', not "pesan singkat"
        for form in low("naming_verbs"):  # "called the plan “a mistake”": the quoted name is the content
            self.roles.setdefault(fold(form), set()).add("name")
        self.naming_links = set(low("naming_links"))
        # "Sanders calls Clinton unqualified": naming verbs read with an unquoted name on the parse (session 26)
        self.naming_predicate_verbs = {fold(w) for w in low("naming_predicate_verbs")}
        self.after_clause_subordinators = set(low("after_clause_subordinators"))  # ", when X called ..." (session 26)
        self.cue_re = word_pattern(self.roles)
        # "menurut pernyataan (resmi) dari X", "according to a statement from X": the noun is no speaker
        self.attribution_nouns = sorted(low("attribution_nouns"), key=len, reverse=True)
        self.attribution_links = sorted(low("attribution_links"), key=len, reverse=True)
        # "..., demikian pernyataan X": an attribution noun after these is an inverted cue
        self.noun_cue_re = None
        openers, nouns = low("noun_cue_openers"), self.attribution_nouns
        if openers and nouns:
            self.noun_cue_re = re.compile(
                r"(?<![\w-])(?P<op>%s)\s+(?P<noun>%s)(?![\w-])"
                % ("|".join(phrase(w) for w in sorted(openers, key=len, reverse=True)),
                   "|".join(phrase(w) for w in nouns)), re.IGNORECASE)
        # Session 34 (pn34): "Mr. Trump's claim that ...", "his insistence that ...": a statement noun with its owner and
        # a "that" clause (read on the parse, ParsedReading.claim_nouns); the owner's possessive pronouns by number
        self.claim_noun_re = None
        if low("claim_nouns") and low("complementizers"):
            self.claim_noun_re = re.compile(
                r"(?<![\w-])(?:%s)\s+(?:%s)(?![\w-])" % ("|".join(phrase(w) for w in low("claim_nouns")),
                                                       "|".join(phrase(w) for w in low("complementizers"))),
                re.IGNORECASE)
        self.claim_nouns = {fold(w) for w in low("claim_nouns")}
        self.possessive_pronouns = {k.lower(): v for k, v in d.get("possessive_pronouns", {}).items()}
        # "menurut undang-undang", "according to the rules": a document or rule, not a speaker
        self.according_non_sources = set(low("according_non_sources")) - self.finding_sources - self.finding_documents
        self.head_initial = bool(d.get("head_initial", False))
        # "mengakui kedaulatan X": a cue verb whose plain object makes it another sense
        self.object_senses: dict[str, set[str]] = {
            fold(verb.lower()): {w if w.startswith("@") else w.lower() for w in words}
            for verb, words in d.get("object_senses", {}).items()}
        self.passive_auxiliaries = set(low("passive_auxiliaries"))  # "it was announced by X"
        self.apposition_starts = set(low("apposition_starts"))  # ", kata X, seorang petani": no content
        self.participle_suffixes = tuple(low("participle_suffixes"))
        self.adverb_suffixes = tuple(low("adverb_suffixes"))  # ", boldly claiming": an adverb before a participle
        self.clause_time_openers = sorted(low("clause_time_openers"), key=len, reverse=True)
        self.comma_introduces = bool(d.get("comma_introduces", False))  # "X mengungkapkan, ...": content after a comma
        # "X mengatakan dalam setahun pemerintah telah ...": an adjunct after the cue (no "bahwa" later) opens the content
        self.adjunct_opens_content = bool(d.get("adjunct_opens_content", False))
        self.demonstratives = set(low("demonstratives"))  # "menyampaikan hal itu": an object, not content
        self.demonstrative_heads = set(low("demonstrative_heads"))
        self.anaphoric_trailers = set(low("anaphoric_trailers"))  # "kata politikus itu": the one just named
        # "the 52-year-old said": a description that only points back (regular expressions, whole phrase, any case)
        self.epithets = [re.compile(p, re.I) for p in d.get("anaphoric_epithets", [])]
        self.object_verbs = set(low("object_verbs"))
        self.complementizers = set(low("complementizers"))
        self.audience_markers = set(low("audience_markers"))
        self.audience_generic = sorted(low("audience_generic"), key=len, reverse=True)
        self.singular = set(low("pronouns_singular"))
        self.plural = set(low("pronouns_plural"))
        self.nonhuman = set(low("pronouns_nonhuman"))  # "it": resolved like a group, to a body
        self.first = set(low("pronouns_first"))
        self.clause_openers = sorted(low("clause_openers"), key=len, reverse=True)
        self.possessive_markers = d.get("possessive_markers", [])  # "Mr Jackson's lawyer said": the lawyer speaks
        self.topic_openers = sorted(low("topic_openers"), key=len, reverse=True)  # "Terkait hal ini, X mengatakan"
        self.trailing = sorted(low("speaker_trailing"), key=len, reverse=True)
        self.stops = set(low("speaker_stops"))
        # "Pembukaan blokir, kata Purbaya juga sudah sesuai ...": a word that only opens a predicate ends the speaker
        # phrase and resumes the content even with no comma after the name (session 22)
        self.predicate_openers = set(low("predicate_openers"))
        self.adjunct = set(low("adjunct_starts"))
        self.time_words = set(low("time_words"))
        self.negators = set(low("negators"))
        self.non_cue_before = set(low("non_cue_before"))
        self.verb_non_cue_before = set(low("verb_non_cue_before"))  # "kebebasan berpendapat"; not "karena kata X,"
        self.non_speaker = set(low("non_speaker_heads"))
        self.non_speaker_subjects = set(low("non_speaker_subjects"))
        # "X dalam pernyataan resminya mengatakan", "X, melalui akun Twitternya mengatakan": the adjunct is no speaker
        self.speaker_adjuncts = set(d.get("speaker_adjuncts", []))  # as written: lower case only
        self.citation_words = set(low("citation_words"))  # "Melansir Mirror, polisi menyebut": the outlet cited  # "Hal ini menegaskan": head-initial subjects
        self.wh_starts = set(low("wh_starts"))
        self.breaks = [b.lower() for b in d.get("content_breaks", [])]
        # "said workers did not want to strike and called for talks": the speaker's own next act ends the content
        acts = sorted(low("coordinated_acts"), key=len, reverse=True)
        self.coordinated_act_re = re.compile(
            r"(?<![\w-])(?:%s)\s+(?:%s)(?![\w-])" % ("|".join(phrase(w) for w in self.coordinators),
                                                  "|".join(phrase(w) for w in acts)), re.IGNORECASE) \
            if acts and self.coordinators else None
        self.coordinated_act_blockers = set(low("coordinated_act_blockers"))
        self.media_words = {w.casefold() for w in d.get("media_words", [])}
        openers = [phrase(w) for w in sorted(low("relative_openers"), key=len, reverse=True)]
        verbs = [phrase(w) for w in sorted(low("relative_verbs"), key=len, reverse=True)]
        self.relative_re = None
        if openers and verbs:
            self.relative_re = re.compile(
                r"(?<![\w-])(?:%s)\s+(?P<sp>(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+(?P<verb>%s)(?![\w-])"
                % ("|".join(openers), "|".join(verbs)), re.IGNORECASE)
        marks = d.get("marks", {})
        self.double: dict[str, str] = {o: c for o, c in marks.get("double", [])}
        self.single: dict[str, str] = {o: c for o, c in marks.get("single", [])}
        self.doubled: set[str] = set(marks.get("doubled", []))  # ''...'': a single mark twice is a double one
        self.all_marks = set("".join(self.double) + "".join(self.double.values())
                             + "".join(self.single) + "".join(self.single.values()))
        # unions read word by word in the title and speaker rules, made once
        self.title_words = self.person_titles | self.office_words  # a word that opens or is a title
        self.title_joins = self.title_connectors | self.title_list_joins  # "Energi Baru, Terbarukan, dan ..."
        self.role_words = self.person_titles | self.role_nouns  # a title or role a person holds
        self.aux_words = self.passive_auxiliaries | self.auxiliaries
        self._progressives(d)

    def _wide(self, d: dict) -> None:
        """Wide attribution (``[wide]`` in the pack, PolNeAR's definition): beliefs, intentions, stances,
        evaluations, topics and findings read as attributions with the cue-before frame only ("X believes ...",
        "X endorsed Y"), each cue form tagged with its kind; a finding verb ("shows", "found") counts only after a
        poll, survey or study (``finding_sources``), which then also stand as sources of "according to"."""
        w = d.get("wide", {})
        self.object_kinds = objects = {k.lower() for k in w.get("object_kinds", [])}
        for kind in WIDE_KINDS:
            for form in w.get(kind, []):
                f = fold(form.lower())
                if self.roles.get(f, {"belief"}) - {"belief"}:
                    continue  # already a statement cue: read as one
                self.roles.setdefault(f, set()).update(("verb", "belief"))
                self.wide_kinds.setdefault(f, kind)
                if kind in objects:
                    self._wide_object_forms.add(f)
        # Session 33 (pnwide33): the participles of wide acts, read like the speech participles (", railing against
        # superdelegates", "Outside groups supporting Christie ..."), each tagged with its kind
        for kind, forms in (w.get("participles") or {}).items():
            for form in forms:
                f = fold(form.lower())
                if self.roles.get(f, {"belief"}) - {"belief"}:
                    continue  # already a cue of its own
                self.roles.setdefault(f, set()).update(("part", "belief"))
                self.wide_participles.add(f)
                self.wide_kinds.setdefault(f, kind)
                if kind in objects:
                    self._wide_object_forms.add(f)
        self.finding_sources = {x.lower() for x in w.get("finding_sources", [])}
        # documents: finding sources with a verb that shows or finds only, and sources of "according to"
        self.finding_documents = {x.lower() for x in w.get("finding_documents", [])}
        self.document_verbs = {fold(x.lower()) for x in w.get("document_verbs", [])}
        self.as_beliefs = {fold(x.lower()) for x in w.get("as_beliefs", [])}  # "X sees Y as Z" only
        # Session 33 (pnwide33): finding verbs that count after any source when "that" follows ("The researchers found
        # that ...")
        self.clause_findings = {fold(x.lower()) for x in w.get("clause_findings", [])}
        # Session 34 (pn34): knowledge verbs that admit no belief of a speaker phrase naming no entity (quotes.speech_admitted)
        self.factive_beliefs = {fold(x.lower()) for x in w.get("factive_beliefs", [])}
        # requests (session 25): stances ("called on X to V", "ordered the release of"); then the speech cues among
        # the request verbs ("urged X to V") are read as stances too
        for form in w.get("requests", []):
            f = fold(form.lower())
            if not self.roles.get(f, {"belief"}) - {"belief"}:
                self.roles.setdefault(f, set()).update(("verb", "belief"))
                self.wide_kinds.setdefault(f, "stance")
                self._wide_object_forms.add(f)
                self.request_forms.add(f)
        self.wide_requests = bool(self.request_forms)
        # "In a new Fox News poll released Thursday, Trump achieved 45 percent": a preposition before a poll is an
        # "according to" of its finding (session 25)
        self.finding_markers = {fold(x.lower()) for x in w.get("finding_markers", [])}
        self.finding_marker_sources = {x.lower() for x in w.get("finding_marker_sources", [])}
        self.finding_marker_openers = {x.lower() for x in w.get("finding_marker_openers", [])}
        self.finding_marker_re = word_pattern(self.finding_markers) if self.finding_markers else None
        for f in self.as_beliefs:
            if not self.roles.get(f, {"belief"}) - {"belief"}:
                self.roles.setdefault(f, set()).update(("verb", "belief"))
                self.wide_kinds.setdefault(f, "belief")

    def wide_kind(self, cue: Optional[str]) -> Optional[str]:
        """The kind of attribution a cue makes in wide mode (None: a statement, or speech mode)."""
        if not self.wide_kinds or not cue:
            return None
        return self.wide_kinds.get(fold(cue))

    def _progressives(self, d: dict) -> None:
        """"Clinton is telling voters that ...", "Sanders was touting his wins": an auxiliary and the participle of a
        speech act make one cue, read like the act's finite form (``progressive_verbs`` maps the participle to it):
        its roles (not the inverted or carry-over frames) and the sets it belongs to (object content, audience
        object, request, commitment, needs "that")."""
        table = {fold(k.lower()): fold(v.lower()) for k, v in (d.get("progressive_verbs") or {}).items()}
        auxes = [fold(a.lower()) for a in d.get("progressive_auxiliaries", [])]
        if not table or not auxes:
            return
        sets = (self.object_content, self.object_verbs, self.request_verbs, self.commitment_verbs,
                self.needs_complementizer)
        for part, finite in table.items():
            roles = self.roles.get(finite, set()) - {"inv", "carry", "pron"}
            if not roles:
                continue
            for aux in auxes:
                form = f"{aux} {part}"
                self.roles.setdefault(form, set()).update(roles)
                for group in sets:
                    if finite in group:
                        group.add(form)
        self.cue_re = word_pattern(self.roles)
