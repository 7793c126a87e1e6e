"""The non-event gate: readings that describe rather than report, and restatements linked to their event.

The coder's lexicons find a predicate and its parties; many such readings are no political act:
a "rescued" economy, a "war" on prices, a side that "rallied to a 53-37 win", pilgrims "killed in
a stampede", two banks "in talks". The gate asks these questions of a found event, each answered
from the pack's ``[gate]`` table (``lang/<code>/events.toml``), so a language adds words, not code:

* *metaphor object* -- the trigger's object (the first word after it, past determiners,
  prepositions and names; for an English noun trigger also the word before it) is an economy,
  market, figure or contest noun (``metaphor_objects``), for a category in ``metaphor_events``:
  "menyerang perekonomian", "targeted sales growth", "attack on prices", "price war";
* *result* -- the sentence holds a score ("53-37", "2-1"; not a date range the dates stage found)
  and no party has a political role (``keep_roles`` of ``[nonevent]``);
* *accident* -- an ASSAULT with no actor whose clause says the harm came from an accident or a
  disaster ("killed in a stampede", "tewas dalam kecelakaan"; ``accident_nouns`` after
  ``accident_preps``);
* *non-party object* -- a form that is an event only with a party as its object (``nonparty_forms``)
  has an object of ``nonparty_objects``: "meet its targets", "met all of its promises";
* *party object* -- a form that addresses a party only when one follows it (``party_object_forms``) is followed,
  past ``object_skip`` words and numbers, by neither a name, a role noun nor one of ``party_object_preps``:
  "mengusulkan pagu anggaran", "mengusulkan perubahan skema" propose a thing to nobody named;
* *place* -- in a category of ``place_events`` (visits) every recipient is a place of ``place_types`` with
  no code ("tiba di Jalan Pahlawan"): arriving somewhere meets nobody;
* *private actor* -- in a category of ``private_actor_events`` (visits, promises, suspensions)
  the actor is a person or a firm with no code of its own: "Tim Cook mengunjungi Paris", "BA will
  suspend the Saudi flights" are no diplomacy and no sanction;
* *state* -- the trigger follows a copula of state or definition ("remains blocked", "modusnya
  adalah bernegosiasi"; ``state_before``);
* *question* -- an "ask" verb (``question_forms``) of a ``question_events`` category followed, past its
  object (``question_skip``), by a question word (``question_words``), or by nothing before the
  punctuation: "asked why ministers acted", "asked: \"How can they ...?\"" put questions, not requests;
* *facilitation* -- a "help" verb (``facilitation_forms``) with a verb complement in the parse
  ("help the authorities kick out the cheats"): someone helped to do something, no aid given;
* *opinion* -- an "agree" verb (``opinion_forms``) of an ``opinion_events`` category whose parse has a
  clausal complement and no infinitive one: "the men agreed he was brilliant", "agreed that spending would
  rise more slowly" share a view; "agreed to serve", "agreed a deal" stay agreements;
* *norm* -- a generic subject before the trigger (``norm_subjects``: "setiap orang", "barang siapa"):
  the sentence quotes a law, nobody acted;
* *goal* -- in a category of ``goal_events`` (support, aid) the trigger follows a purpose word
  (``goal_before``: "guna mendukung target", "untuk membantu warga"), or a programme is its subject and no
  party was found (``goal_subjects``: "Program ini membantu ..."): what something is for;
* *fiction* -- the sentence, before the trigger, names the work of fiction it tells (``fiction_frames``: "In the
  film ...", "Di film tersebut, ... Tony Stark yang mendukung program pemerintah", "Dalam drama itu, karakter saya harus
  membunuh ..."): a plot, nobody acted;
* *advice* -- a warning (``advice_forms``) told with its content ("warned X that ...", ``advice_words``) between
  parties of one country advises of a danger ("Lord Goldsmith warned Tony Blair that the Iraq war could be
  illegal"); between two countries, or with the warner's side acting or a demand in the content, it stays a threat;
* *condition* -- the trigger follows a cue of ``condition_cues`` ("if", "unless", "once the", "jika", "apabila") in its
  own stretch of the sentence, with no modal between ("once the government approves the deal", "jika diminta oleh
  PPATK"): the act is what something else depends on, nobody did it (``condition_not_after``: "as if"; ``complement_condition_after``: "mengatakan
  jika" = "said that", are no conditions);
* *asked* -- the trigger's sentence ends in a question mark (``question_marks``) with no colon or quotation mark between:
  "Should the United Kingdom approve the treaty ...?" asks whether the act happens;
* *private parties* -- in a category of ``private_party_events`` every party is coded with a private role of
  ``private_party_roles`` ("IDNCVL": "Banyak orang membanggakan ...", "netizen menyambut positif"): people praising people;
* *firms only* -- every party is a firm: an organisation whose name holds a firm word, or a
  country named only as the home of one ("UK bank Barclays", "Chinese companies";
  ``firm_words``), and no party has a political role.

Restatements: a later event of the same category, modality, actor and recipient, of a compatible
date, restates the first; so does a later one with the same actor and no recipient of its own
when the first has one ("police arrested four men ... police also arrested"). Each keeps its own
claimant, evidence and quote; ``restates`` points to the first (never to another restatement), and
``restatement_groups`` gives a reader the events once each, every one with its restatements.
"""

from __future__ import annotations

import re
from typing import Optional

from kabar.record import Event
from kabar.stages.events.units import PUNCT, Raw
from kabar.text.parse import base

# ("53-37", "2-1", "3 - 0"): a score; a longer number is a year range, a dot or colon a time or a decimal
# dependency labels of a noun's own modifiers (UD and spaCy names; `kids` compares base labels)
# (a determiner or a possessor anywhere; a compound only under a verb of the parse: "Kenya military razes",
# "Police clubs protesters" are as often a headline's subject and verb as a noun phrase)
_NOUN_MODIFIERS = ("det", "nmod:poss", "poss")
_NUMBER = re.compile(r"\d[\d.,]*")  # a count before the object: "memeriksa 65 orang saksi"
_CONDITION_SPAN = 12  # words from a condition's cue to the trigger it governs, at most: further, a clause of its own
_SCORE = re.compile(r"(?<![\d.,:/])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,:/%])")


class EventGate:
    """Precision questions asked of every found event before it is emitted (``_gated``)."""

    def _gate_spec(self) -> dict:
        return self.lex.tables.get("gate", {})

    def _gated(self, r: Raw) -> Optional[str]:
        """The reason this reading is no event ("metaphor", "private", "state", "facilitation", "result",
        "accident", "firms"), or None."""
        spec = self._gate_spec()
        if not spec:
            return None
        if self._norm_text(r):
            return "norm"
        if self._generic(r):
            return "generic"  # "police could refuse the request", "has the power to suspend", "would normally invite"
        if self._nominal_mention(r):
            return "nominal"  # "the 11 September attacks", "his election pledges": a noun, no act told
        if self._embedded_question(r):
            return "question"  # "Asked if he would welcome BNP voters, he said ...": the act is only asked about
        if self._condition(r):
            return "condition"  # "once the government approves the deal", "jika diminta oleh PPATK": a condition, no act
        if self._asked(r):
            return "question"  # "Should the United Kingdom approve the treaty ...?", "Bisakah dia menyelamatkan semua orang?"
        if self._negated(r):
            return "negated"  # "the UK could not simply refuse", "without asking people to pay": the act did not happen
        if r.event in spec.get("indefinite_events", []) and self._indefinite_object(r):
            return "generic"  # "can't arrest anyone", "detaining someone clearly is": nobody in particular
        if r.event in spec.get("document_events", []) and self._document_subject(r):
            return "document"  # "The Police Bill proposes extra powers": a text says what it holds, nobody acts
        if r.event in spec.get("goal_events", []) and self._goal(r):
            return "goal"
        if self._sense_phrase(r):
            return "sense"  # "close to the border", "domestic demand", "heart attack", "pantang menyerah"
        if self._fiction(r):
            return "fiction"  # "Di film tersebut, ... Tony Stark yang mendukung program pemerintah": a plot told
        if r.event in spec.get("case_events", []) and self._in_a_case(r):
            return "case"  # "terdakwa Nasori menyerahkan dana Rp 4,5 miliar kepada saksi ...": a bribe told in a case
        if not r.recipient and self._sense_phrase(r, "gate_party_sense_phrases"):
            return "sense"  # "struggling with a ballooning trade deficit": a difficulty; "struggled with rebels" stays
        if self._hyphen_compound(r):
            return "compound"  # "Scandal-hit supplier", "a career-threatening injury": a modifier, no act
        if self._contest(r):
            return "contest"  # "England have beaten Australia", "Timnas menghajar Brunei": a game won, nobody hurt
        if self._vote_contest(r):
            return "contest"  # "Sanders beat her 51% to 36% in West Virginia", "a grueling primary fight": a vote won
        if r.event in spec.get("verbal_attack_events", []) and self._verbal_attack(r):
            return "verbal"  # "Trump ... attacking him", "hit him for it": a person attacked by nobody named is a word war
        if r.event in spec.get("verbal_attack_events", []) and self._word_war(r):
            return "verbal"  # "Trump ... has also hit Mrs. Clinton over her husband's trade policies": politicians' words
        if r.event in spec.get("verbal_attack_events", []) and self._feud(r):
            return "verbal"  # "The two political leaders clashed", "the legal fight between Russia and Yukos": a dispute
        if r.event in spec.get("sought_events", []) and self._sought(r):
            return "sought"  # "Yukos claimed it sought help in the US": the subject asks for the help, nobody gives it
        if r.event in spec.get("poll_events", []) and self._poll_share(r):
            return "poll"  # "71 percent of Sanders supporters approved of Obama": a survey's figure, nobody acts
        if r.event in spec.get("advice_events", []) and self._warning_of_danger(r):
            return "advice"  # "Lord Goldsmith warned Tony Blair ... that the Iraq war could be illegal": advice at home
        if r.event in spec.get("campaign_rally_events", []) and self._campaign_rally(r):
            return "campaign"  # "Trump ... rallies in Virginia", "sought to rally older voters": a candidate's rally
        if self._force_subject(r):
            return "force"  # "natural disasters that have struck the US", "hit by production bottlenecks"
        if self._first_word(r) in self.lex.word("gate_force_act_forms") and not self._armed_actor(r):
            return "unarmed"  # "welfare officers patrol problem estates": only soldiers or police patrol as MOBILIZE
        if r.event in spec.get("metaphor_events", []) and self._metaphor_object(r):
            return "metaphor"
        if not r.recipient and self._first_word(r) in spec.get("metaphor_event_forms", {}).get(r.event, []) \
                and self._metaphor_object(r):
            return "metaphor"  # "blamed record fuel prices for their results": a market force, nobody accused
        if self._trigger_words(r) & self.lex.word("gate_nonparty_forms") and (
                self._metaphor_object(r, "gate_nonparty_objects") or self._nonparty_subject(r)):
            return "metaphor"  # "meet its targets", "memeriksa tiga saksi": an event only with a party as its object
        if self._first_word(r) in self.lex.word("gate_party_object_forms") and \
                r.event in spec.get("party_object_events", [r.event]) and self._thing_object(r):
            return "metaphor"  # "mengusulkan pagu anggaran": a thing proposed, nobody addressed
        if r.event in spec.get("place_events", []) and self._place_only(r, spec.get("place_types", [])):
            return "place"  # "para mahasiswa tiba di Jalan Pahlawan": arriving somewhere meets nobody
        if r.event in spec.get("place_events", []) and self._visitors(r):
            return "visitor"  # "wisatawan ... berkunjung ke Borobudur", "tourists visited Bali": travel, no diplomacy
        if self._target_goal(r):
            return "goal"  # "Prabowo menargetkan IKN menjadi ibu kota politik", "ditargetkan rampung 2026": a goal set
        if r.event in spec.get("private_actor_events", []) and r.actor_refs \
                and not any(self._coded_in_own_right(ref) for ref in r.actor_refs):
            return "private"  # a star visits Seoul, an airline suspends flights, a firm promises a feature
        if self._state_predicate(r):
            return "state"
        if r.event in spec.get("question_events", []) and self._question(r):
            return "question"  # "asked why the government had acted", "asked: \"How can they ...?\""
        if r.event in spec.get("facilitation_events", []) and self._facilitation(r):
            return "facilitation"
        if r.event in spec.get("opinion_events", []) and self._opinion(r):
            return "opinion"  # "agreed he was brilliant", "we agreed that there is cause for optimism"
        if r.event in spec.get("private_object_events", []) and self._private_object(r, "gate_kin_objects"):
            return "private"  # "Jokowi mengajak cucunya", "meminta maaf kepada istrinya": a family matter, even a president's
        keep = set(self.lex.tables.get("nonevent", {}).get("keep_roles", []))
        # a role the text names, not one a category implies ("(GOV)", the target of a protest)
        roles = {(ref.code or "")[3:6] for ref in r.actor_refs + r.recipient_refs
                 if ref.code and not (ref.entity is None and (ref.name or "").startswith("("))}
        roles |= {u.role for u in r.actor + r.recipient if u.role}  # "polisi" where no home country is known
        if roles & keep:
            return None
        if self._reports_result(r):
            return "result"
        if r.event in spec.get("accident_events", []) and not r.actor_refs and self._accident(r):
            return "accident"
        if self._firms_only(r):
            return "firms"
        if r.event in spec.get("private_party_events", []) and self._private_form(r, spec) \
                and self._private_parties(r, spec.get("private_party_roles", [])):
            return "private"  # "Beberapa orang di India menyarankan wanita hamil ...": people advising people
        return None

    # ------------------------------------------------------------------ the questions

    def _words_after(self, start: int, end: int, limit: int = 6) -> list[str]:
        """Lower-cased words from ``start`` to the next punctuation (at most ``limit``), an entity mention
        read as one "\\x00ent" word, so that the object after a name ("Russia's economy") is reached."""
        out: list[str] = []
        for t in self._tokens_between(start, end):
            if t.is_space:
                continue
            if all(c in PUNCT for c in t.text) and t.text not in ("'s", "’s", "-"):
                break  # a hyphen joins ("box-office"): the pack's forms are tokenised the same way
            inside = next((m for m in self._mentions_between(t.idx, t.idx + 1) if m[0] <= t.idx < m[1]), None)
            if inside is not None:
                if not out or out[-1] != "\x00ent":
                    out.append("\x00ent")
            else:
                out.append(t.text.lower())
            if len(out) >= limit:
                break
        return out

    def _low_words_after(self, r: Raw) -> list[str]:
        """The lower-cased words from the trigger's end to its sentence's end, as written (punctuation kept, a name
        not joined into one word, unlike `_words_after`): what the object, goal, poll and warning questions read."""
        return self._low_words_between(r.trig_span[1], self.r.sentences[r.sent_index].end)

    def _trigger_words(self, r: Raw) -> set[str]:
        """The trigger's words: a light verb's noun counts too ("melakukan pemeriksaan acak")."""
        return set(self._low_words_between(r.trig_span[0], r.trig_span[1]))

    def _first_word(self, r: Raw) -> str:
        first = self._low_words_between(r.trig_span[0], r.trig_span[1])[:1]
        return first[0] if first else ""

    def _metaphor_object(self, r: Raw, table: str = "gate_metaphor_objects") -> bool:
        lx = self.lex
        objects = lx.phrases(table)
        if not objects.table:
            return False
        sent = self.r.sentences[r.sent_index]
        words = self._words_after(r.trig_span[1], sent.end)
        k = self._object_start(words, marks=True)
        if k < len(words) and objects.match_at(words, k)[0]:
            return True
        last = self._low_words_between(r.trig_span[0], r.trig_span[1])[-1:]
        if k == 0 and words and last and objects.match_at(last + words[:1], 0)[0] == 2:
            return True  # the trigger's own noun and its modifier: "memenuhi permintaan pasar"
        if not lx.genitive_after_noun and k + 1 < len(words) and words[k] != "\x00ent" and objects.match_at(words, k + 1)[0]:
            return True  # the object after one modifier ("the ailing economy", "record profits")
        if r.voice in ("noun", "nominal", "bare") and not lx.genitive_after_noun:
            before = self._low_words_between(sent.start, r.trig_span[0])
            if before and objects.match_ending_at(before, len(before) - 1):
                return True  # "a price war", "the ratings battle"
        return False

    def _private_object(self, r: Raw, table: str) -> bool:
        """The active trigger's object (the first word after it, past ``object_skip`` words, numbers and the
        prepositions of ``party_object_preps``) is a phrase of ``table``, one's own family (``kin_objects``: "mengajak
        cucunya", "meminta maaf kepada istrinya", "sang adik", "his wife"): no party of politics is acted on."""
        objects = self.lex.phrases(table)
        if not objects.table or r.voice != "active":
            return False
        words = self._low_words_after(r)[:8]  # raw words: "his" may be a mention of the actor
        skip, preps = self.lex.phrases("gate_object_skip"), self.lex.word("gate_party_object_preps")
        k = 0
        while k < len(words):
            if objects.match_at(words, k)[0]:
                return True  # before the skip too: "sang adik", "para penggemar"
            if not (words[k] in preps or _NUMBER.fullmatch(words[k]) or skip.match_at(words, k)[0]):
                return False
            k += max(1, skip.match_at(words, k)[0])
        return False

    def _thing_object(self, r: Raw) -> bool:
        """The first word after the trigger (past ``object_skip`` words and numbers) is no name, no role noun
        and no preposition of ``party_object_preps``, and no such preposition follows in the clause ("mengusulkan
        tiga warisan budaya kepada UNESCO"): the form's object is a thing, not the party addressed."""
        sent = self.r.sentences[r.sent_index]
        words = self._words_after(r.trig_span[1], sent.end, limit=16)
        if any(w in self.lex.word("gate_party_object_preps") for w in words):
            return False
        k = self._object_start(words)
        if k >= len(words):
            return False
        return words[k] != "\x00ent" and not self.lex.phrases("agents").match_at(words, k)[0]

    def _object_start(self, words: list[str], marks: bool = False) -> int:
        """Where the object's head stands in the words after a trigger: past numbers and ``object_skip`` words
        (articles, determiners, "of", "against", count words), and with ``marks`` past name marks and a possessive
        "'s" too ("attacked Russia's economy"): a metaphor's object may stand behind a name, a thing's may not."""
        skip = self.lex.phrases("gate_object_skip")
        k = 0
        while k < len(words):
            n = skip.match_at(words, k)[0]
            if not n and (_NUMBER.fullmatch(words[k]) or marks and words[k] in ("\x00ent", "'s", "’s")):
                n = 1
            if not n:
                break
            k += n
        return k

    def _nonparty_subject(self, r: Raw) -> bool:
        """The non-party object stands before the form as its passive or relative subject ("saksi yang
        diperiksa", "saksi telah diperiksa", "the targets were met"), past the relative word and auxiliaries."""
        objects = self.lex.phrases("gate_nonparty_objects")
        if not objects.table:
            return False
        before = self._clause_words_before(r, 6)
        skip = self.lex.word("aux") | self.lex.word("relative")
        k = len(before)
        while k > 0 and before[k - 1] in skip:
            k -= 1
        return k > 0 and bool(objects.match_ending_at(before, k - 1))

    @staticmethod
    def _place_only(r: Raw, types) -> bool:
        """Every recipient is a place with no actor code of its own (a street, a square, a building)."""
        units = [u for u in r.recipient if u.ent is not None]
        return bool(units) and len(units) == len(r.recipient_refs) and \
            all(u.ent.type in types and not u.ent.actor for u in units)

    def _norm_text(self, r: Raw) -> bool:
        """The sentence states a rule for anyone, not an act: a generic subject before the trigger ("Setiap
        orang yang dengan sengaja menyerang ... dipidana", "Barang siapa ..."; ``norm_subjects``): a quoted law."""
        subjects = self.lex.phrases("gate_norm_subjects")
        if not subjects.table:
            return False
        sent = self.r.sentences[r.sent_index]
        before = self._low_words_between(sent.start, r.trig_span[0])
        return bool(subjects.find(before, 0, len(before)))

    def _clause_words_before(self, r: Raw, limit: int) -> list[str]:
        """Up to ``limit`` lower-cased words before the trigger, back to the last punctuation mark."""
        sent = self.r.sentences[r.sent_index]
        before = self._low_words_between(sent.start, r.trig_span[0])
        k = len(before)
        while k > 0 and not all(c in PUNCT for c in before[k - 1]) and len(before) - k < limit:
            k -= 1
        return before[k:]

    def _negated(self, r: Raw) -> bool:
        """A reading negated by a word of ``negation_dropped`` at most three words before the trigger, in its clause:
        the text says the act did not happen ("Lib Dem voters do not agree with their policies", "improve public
        services without asking people to pay more taxes"), and GOLD codes such acts only as optional items. A
        negation read from a denial ("denied that ...") is left: the denial's content is another matter. An act
        between two countries stays, negated ("Russia did not attack Ukraine, the ministry said": a state's denial of
        a charge is news of its own, as in the house tests and ``_condition``)."""
        neg = self.lex.phrases("gate_negation_dropped")
        if r.modality != "negated" or not neg.table:
            return False
        before = self._clause_words_before(r, 3)
        if not neg.find(before, 0, len(before)):
            return False
        mine = {(ref.code or "")[:3] for ref in r.actor_refs if len(ref.code or "") >= 3}
        theirs = {(ref.code or "")[:3] for ref in r.recipient_refs if len(ref.code or "") >= 3}
        return not (mine and theirs and not mine & theirs)

    def _generic(self, r: Raw) -> bool:
        """An ability, a habit or a hypothetical act of nobody in particular, not a reported act: a power
        or right before the trigger (``ability_before``: "has the power to suspend or bar"), a habitual
        adverb right before it (``habitual``: "would normally invite"), a duty, role or purpose ending at most one
        word before it (``duty_before``: "bertujuan untuk menangkap"), or a hypothetical reading whose
        actor is missing or only a role noun ("police could refuse the request", "judges can jail",
        "unless changes are agreed")."""
        lx = self.lex
        ability, habitual = lx.phrases("gate_ability_before"), lx.phrases("gate_habitual")
        if not ability.table and not habitual.table:
            return False
        before = self._clause_words_before(r, 5)
        if ability.table and ability.find(before, 0, len(before)):
            return True
        near = before[-3:]
        if habitual.table and habitual.find(near, 0, len(near)):
            return True
        duty = lx.phrases("gate_duty_before")
        if duty.table and any(duty.match_ending_at(before, len(before) - 1 - k) for k in range(min(2, len(before)))):
            return True  # "dengan tujuan untuk menguasai", "berperan mulai dari menyebarkan": ends at most a word before
        return r.modality == "hypothetical" and all(u.kind == "generic" for u in r.actor)

    def _nominal_mention(self, r: Raw) -> bool:
        """An active form the parse reads as a noun (``nominal_pos``) names an act in passing ("the 11
        September attacks", "his election pledges are worthless", "its arms ban", "for sports clubs"): a
        mention, not a report.
        Forms with a verb suffix ("-ed") are verbs on their own and are not parsed for this."""
        lx = self.lex
        pos = lx.word("gate_nominal_pos")
        if not pos or r.voice != "active" or self.parse is None:
            return False
        first = self._first_word(r)
        if not first or any(first.endswith(x) for x in lx.verb_suffixes):
            return False
        p = self.parse
        if self._modifier_noun(r):
            return True  # "vice president of search properties", "his war record": the noun names a kind of thing
        if not first.endswith("s") and not any(v == "noun" for _, v in (lx.triggers.table.get((first,)) or [])):
            return False  # only a form that can be a noun (a listed noun form, a plural): the parser errs on "quit"
        if p.sentence_at(r.trig_span[0]) is None:
            return False
        v = p.token_at(r.trig_span[0])
        if v is None or p.pos[v] not in {x.upper() for x in pos} or p.parent(v) is None:
            return False  # a noun at the root is most often a verb the parser missed ("Mr Blunkett quit ...")
        head = p.parent(v)
        # a noun that modifies another ("its arms ban") or a plural inside a prepositional phrase ("for local
        # sports clubs", "from New York bars", "with grants"): a thing named, no act told. Only under a verb of
        # the parse: with none above it the parser most often missed a headline's verb ("Police clubs
        # protesters"); a clause opener it reads as a preposition ("as sanctions take hold") opens a clause.
        bounds = lx.word("boundaries")
        under_verb = any(p.pos[a] in ("VERB", "AUX") for a in p.ancestors(v))
        if under_verb and (base(p.dep[v]) == "compound" or (
                first.endswith("s") and any(p.word[c].lower() not in bounds for c in p.kids(v, "case")))):
            return True
        if lx.phrases("light_before").match_at([self.r.text[p.start[head]:p.end[head]].lower()], 0)[0]:
            return False  # the object of a light verb is an act told: "repeated his call for", "issued a call"
        # a noun the parse gives a determiner or a possessor ("his pledges", "the 11 September attacks"), or, under a
        # verb, a noun modifier ("wants house arrest", "smoking bans had helped", "are plotting terror attacks"; not
        # in a phrase of the verb's: "placed X under house arrest" tells the act)
        return bool(p.kids(v, *_NOUN_MODIFIERS)) or (under_verb and bool(p.kids(v, "compound")) and not p.kids(v, "case"))

    def _modifier_noun(self, r: Raw) -> bool:
        """A one-word lower-case trigger the parse reads as a NOUN compound of the very next word, itself a
        common NOUN: "search properties", "search engines", "war record", "protest songs". It names a kind of
        thing. The word must be lower case, not the sentence's first word, and under a verb of the parse (a
        headline's verb is often misparsed as a noun: "Rebels reject calls for ceasefire")."""
        p = self.parse
        a, b = r.trig_span
        if p.sentence_at(a) is None:
            return False
        v = p.token_at(a)
        if v is None or p.end[v] != b or p.pos[v] != "NOUN" or base(p.dep[v]) != "compound":
            return False
        head = p.parent(v)
        sent = p.sentence_at(a)
        if head != v + 1 or p.pos[head] != "NOUN" or v == sent.first or not p.word[v].islower():
            return False
        if p.pos[v - 1] not in ("ADP", "DET", "ADJ", "NUM", "PART", "CCONJ") and p.word[v - 1] not in ("'s", "’s"):
            return False  # after a noun the word is as often a verb the parser took for a noun ("protesters picket gigs")
        if not any(p.pos[x] in ("VERB", "AUX") for x in p.ancestors(v)):
            return False  # no verb above: the parser most often missed a headline's verb ("voters reject referendum")
        return not self._mentions_between(p.start[head], p.end[head])

    def _visitors(self, r: Raw) -> bool:
        """A visit whose clause names visitors (``visitor_nouns``: tourists, passengers, "wisatawan", "pengunjung")
        before the trigger: tourism, not diplomacy ("jumlah wisatawan yang berkunjung ke Indonesia", "TWC berharap
        wisatawan domestik tak bosan berkunjung ke kawasan Borobudur")."""
        nouns = self.lex.word("gate_visitor_nouns")
        return bool(nouns) and any(w in nouns for w in self._clause_words_before(r, 8))

    def _target_goal(self, r: Raw) -> bool:
        """A "target" verb (``target_forms``) followed within eight words by a word of a goal or an amount
        (``target_goal_words``): "menargetkan IKN menjadi ibu kota politik", "ditargetkan rampung pada 2026",
        "menargetkan pertumbuhan 8 persen", "targets 5 per cent growth": a goal set, nobody attacked."""
        forms = self.lex.word("gate_target_forms")
        if not forms or self._first_word(r) not in forms:
            return False
        goal = self.lex.word("gate_target_goal_words")
        return any(w in goal for w in self._low_words_after(r)[:8])

    def _contest(self, r: Raw) -> bool:
        """A beating verb (``contest_forms``: "beat", "beaten", "menghajar") whose every recipient is a state, a
        team or a people (``contest_types``: GPE, ORG, NORP) and no party of a political role: a country or a
        club is beaten in a game, while an assault's victims are people ("beat protesters", "beaten by police")."""
        forms = self.lex.word("gate_contest_forms")
        if not forms or self._first_word(r) not in forms:
            return False
        types = set(self._gate_spec().get("contest_types", []))
        units = [u for u in r.recipient if u.ent is not None]
        if not units or len(units) < len(r.recipient_refs) or not all(u.ent.type in types for u in units):
            return False
        keep = set(self.lex.tables.get("nonevent", {}).get("keep_roles", []))
        return not (self._party_roles(r) & keep)

    @staticmethod
    def _party_roles(r: Raw) -> set:
        """The roles of an event's parties: those in their codes ("USAMIL" -> MIL) and role nouns with no code."""
        roles = {(ref.code or "")[3:6] for ref in r.actor_refs + r.recipient_refs if ref.code}
        return roles | {u.role for u in r.actor + r.recipient if u.role}

    def _vote_contest(self, r: Raw) -> bool:
        """A contest verb or noun (``vote_contest_forms``: beat, defeat, fight, battle) in a sentence that counts
        votes (``vote_words``: election, primary, ballot, polls, percent, %, delegates ...) is a race between
        candidates, not violence: "We're going to have to beat Donald Trump at the ballot box", "Sanders would
        beat the New York businessman 52 to 38 percent" (PolNeAR census, session 16). A party of an armed or
        police role (``vote_force_roles``) or an unnamed victim ("beat voters", "fought protesters at the
        polls": a role noun, no candidate) keeps the event, and so does a state fighting or fought by anyone but a
        person (a war in an election year; a candidate "beat the New York businessman" names a state in passing)."""
        spec = self._gate_spec()
        forms = self.lex.word("gate_vote_contest_forms")
        if not forms or self._first_word(r) not in forms:
            return False
        if any(u.ent is None and u.role for u in r.recipient):
            return False  # a role noun beaten ("beat voters at a polling station"): no race between candidates
        people = all(u.ent is not None and u.ent.type == "PER" for u in r.actor)
        if any(u.ent is not None and u.ent.type == "GPE" for u in r.actor + ([] if people else r.recipient)):
            return False  # a state fights, or is fought by a body ("Russia attacked Ukraine before the election")
        force = set(spec.get("vote_force_roles", []))
        if self._party_roles(r) & force:
            return False
        sent = self.r.sentences[r.sent_index]
        return not self.lex.word("gate_vote_words").isdisjoint(self._low_words_between(sent.start, sent.end))

    def _verbal_attack(self, r: Raw) -> bool:
        """An attack verb or noun (``verbal_attack_forms``: attack, hit, punch) whose attacker was not found and whose
        every target is a named person, with no weapon and no casualty in the sentence: in political news this is a
        candidate's or a commentator's words ("The super PAC replaced ... ads supporting Rubio and attacking Iowa winner
        Ted Cruz with commercials", "none was willing to hit him for it", "the attacks on the former secretary of
        state"; PolNeAR census, session 16 events-en8: 8 of the 11 ASSAULT events with no attacker). A state, a people
        or a role noun attacked ("beheaded Americans", "attacks on reconstruction efforts"), a weapon ("attacking him
        with a knife"), a death or wound in the sentence, or a passive ("a man ... who was beaten and kicked": the
        one harmed is the subject, more often hurt than criticised) keeps the event."""
        forms = self.lex.word("gate_verbal_attack_forms")
        if not forms or r.actor_refs or r.instrument or r.voice == "passive" or self._first_word(r) not in forms:
            return False
        if not r.recipient or not all(u.ent is not None and u.ent.type == "PER" for u in r.recipient):
            return False
        return not self._casualty_in_sentence(r)

    def _casualty_in_sentence(self, r: Raw) -> bool:
        """A death or a wound (``casualty_dead``, ``casualty_injured``) anywhere in the trigger's sentence: what keeps
        an attack word an ASSAULT for `_verbal_attack` and `_word_war`."""
        sent = self.r.sentences[r.sent_index]
        words = self._low_words_between(sent.start, sent.end)
        return any(self.lex.phrases(name).find(words, 0, len(words)) for name in ("casualty_dead", "casualty_injured"))

    def _word_war(self, r: Raw) -> bool:
        """An attack form (``word_war_forms``: hit, target, battle, conflict, destroy ...) between parties that are
        all people or bodies of one country in a political role (``word_war_roles``: government, candidates,
        legislators, parties, the opposition, courts), with at least one party found, no weapon and no casualty in
        the sentence: a fight in words or votes ("Mr. Trump ... has also hit Mrs. Clinton over her husband's trade
        policies", "Obama wasn't targeting just Trump", "Sanders and Clinton battled over who had the more
        progressive solutions", "Trump is destroying the Republican Party's chance"; PolNeAR train --skip 8, 11, 13,
        session 18 events-en14). A state or a people as a party (a bare country code), an armed, police, rebel or
        criminal party, a party of another country, a role noun with no code, a passive with no attacker named, or a
        weapon or a death keeps it."""
        spec = self._gate_spec()
        forms = self.lex.word("gate_word_war_forms")
        if not forms or r.instrument or self._first_word(r) not in forms:
            return False
        if r.voice == "passive" and not r.actor_refs:
            return False  # "Hillary Clinton was attacked on Thursday": the one harmed is the subject (`_verbal_attack`)
        refs = r.actor_refs + r.recipient_refs
        if not refs or any(u.ent is None for u in r.actor + r.recipient):
            return False  # a role noun ("voters", "the troops") or nobody named
        roles = set(spec.get("word_war_roles", []))
        codes = [ref.code or "" for ref in refs]
        if any(len(c) < 6 or c[3:6] not in roles for c in codes) or len({c[:3] for c in codes}) != 1:
            return False
        return not self._casualty_in_sentence(r)

    def _feud(self, r: Raw) -> bool:
        """Session 32 (evargen32): a fight form (``feud_forms``: clash, fight, battle) whose parties are of one country
        at most, one of them a body or person of a civil role (``feud_roles``: government, legislators, parties, courts,
        firms ...) and none armed, police, rebel or criminal (``feud_keep_roles``), with no weapon and no casualty in the
        sentence, is a dispute in words, votes or courts: "The two political leaders clashed", "the UK's top judge has
        revealed he has clashed with ministers", "Mr Blunkett's battle with Humberside chief David Westwood", "the legal
        fight between Russia and Yukos", "The clash between Yukos and the Kremlin" (BBC politics and business census).
        Unlike `_word_war` role nouns and bare country codes may stand among the parties; "angry crowds ... in clashes
        with the police" (a police party) and a fight between two countries keep the ASSAULT."""
        spec = self._gate_spec()
        forms = self.lex.word("gate_feud_forms")
        if not forms or r.instrument or self._first_word(r) not in forms:
            return False
        roles = self._party_roles(r)
        if not roles & set(spec.get("feud_roles", [])) or roles & set(spec.get("feud_keep_roles", [])):
            return False
        countries = {(ref.code or "")[:3] for ref in r.actor_refs + r.recipient_refs if ref.code}
        if len(countries) > 1:
            return False
        return not self._casualty_in_sentence(r)

    def _sought(self, r: Raw) -> bool:
        """Session 32 (evargen32): an aid noun (``sought_nouns``: help, aid, assistance) right after a verb of seeking
        or wanting (``sought_forms``), one word at most between ("sought help in the US", "wanted help to get people
        on the housing ladder", "sought US help"): the help is asked for, and the subject asks, nobody gives it."""
        spec = self._gate_spec()
        if self._first_word(r) not in set(spec.get("sought_nouns", [])):
            return False
        before = self._clause_words_before(r, 2)
        forms = set(spec.get("sought_forms", []))
        # "wanted to help fund Gazprom's plans": after "to" the form is a verb, its subject the helper
        return bool(before) and (before[-1] in forms or (len(before) > 1 and before[-2] in forms and before[-1] != "to"))

    def _poll_share(self, r: Raw) -> bool:
        """Support or opposition told as a share of the people asked (``poll_share_words``: percent, per cent, %):
        in the clause before the trigger ("71 percent of Sanders supporters approved of Obama", "Forty six percent
        were certain they would support Vermont Sen. Bernie Sanders over Trump") or as a margin after it ("male
        troops backed Trump, 57 percent to 22 percent"). A survey's figure, no act of a party (PolNeAR train --skip 8,
        11, session 18 events-en14). An actor of a voting or ruling role (``poll_keep_roles``: "Parliament backed
        the bill, 60 percent to 40 percent") keeps it."""
        shares = self.lex.word("gate_poll_share_words")
        if not shares:
            return False
        keep = set(self._gate_spec().get("poll_keep_roles", []))
        if any((ref.code or "")[3:6] in keep for ref in r.actor_refs):
            return False
        if not shares.isdisjoint(self._clause_words_before(r, 12)):
            return True
        after = self._low_words_after(r)
        margin = self.lex.word("gate_poll_margin_words")
        return any(w in shares and not margin.isdisjoint(after[k + 1:k + 3]) for k, w in enumerate(after))

    def _warning_of_danger(self, r: Raw) -> bool:
        """A warning (``advice_forms``) told with its content (a word of ``advice_words``, "that", after the trigger
        and before the next punctuation mark) between parties of one country advises of a danger, nobody threatens:
        "Lord Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war could be illegal" (English dev tune gold:
        no THREATEN, an optional CONSULT), "Home Secretary Charles Clarke has also warned that a Madrid-style
        bombing could happen". A warning between two countries deters and stays ("Russia warned Poland that ..."),
        and so does one whose content opens with the warner's own side or tells the one warned what to do
        (``advice_own``: "warned ministers that we will strike", "warned ministers that they should prepare themselves
        for substantial rewriting of the Bill")."""
        forms = self.lex.word("gate_advice_forms")
        if not forms or self._first_word(r) not in forms:
            return False
        def countries(refs) -> set:
            return {(ref.code or "")[:3] for ref in refs if len(ref.code or "") >= 3}
        mine, theirs = countries(r.actor_refs), countries(r.recipient_refs)
        if mine and theirs and not mine & theirs:
            return False  # between two countries (or a country and an international body): a deterrent
        after = self._low_words_after(r)[:14]
        content, own = self.lex.word("gate_advice_words"), self.lex.word("gate_advice_own")
        for k, w in enumerate(after):
            if all(c in PUNCT for c in w):
                return False
            if w in content:  # "that we will strike" (the warner acts), "that they should prepare" (a demand) stay
                return k + 1 < len(after) and after[k + 1] not in own and own.isdisjoint(after[k + 2:k + 4])
        return False

    def _campaign_rally(self, r: Raw) -> bool:
        """A rally (``campaign_rally_forms``) held by the government, a candidate, a legislator or a party only
        (``campaign_rally_roles``, each actor a name the text codes with one of them) gathers support, nobody
        protests: "Trump ... rallies in Virginia", "Clinton has not yet rallied young voters", "sought to rally
        older voters" (PolNeAR census, session 17). A crowd, a role noun ("protesters rallied"), the opposition
        or an actor with no code of those roles keeps the protest."""
        forms = self.lex.word("gate_campaign_rally_forms")
        if not forms or not r.actor or not (self._trigger_words(r) & forms):
            return False  # the trigger's words: "holding a rally" too
        roles = set(self._gate_spec().get("campaign_rally_roles", []))
        return all(u.ent is not None and len(u.ent.actor or "") >= 6 and u.ent.actor[3:6] in roles for u in r.actor)

    def _sense_phrase(self, r: Raw, table: str = "gate_sense_phrases") -> bool:
        """The trigger's first word is inside a phrase of ``sense_phrases``, a fixed sense of the word that
        is no event: "close to" (near), "domestic demand" (a market's), "heart attack", "orders for" (purchases),
        "charged less" (a price), "mengingatkan saya pada" (reminds me of), "pantang menyerah" (perseverance)."""
        phrases = self.lex.phrases(table)
        if not phrases.table:
            return False
        sent = self.r.sentences[r.sent_index]
        words = self._low_words_between(sent.start, sent.end)
        t = len(self._low_words_between(sent.start, r.trig_span[0]))
        for k in range(max(0, t - phrases.max_len + 1), t + 1):
            n = phrases.match_at(words, k)[0]
            if n and k <= t < k + n:
                return True
        return False

    def _fiction(self, r: Raw) -> bool:
        """The sentence names, before the trigger, the film, drama or novel whose plot it tells (``fiction_frames``:
        "in the film", "dalam drama", "di film tersebut", "karakter saya"): the act happens in a story, not in the
        news (a party's role does not keep it: "a US military commander" in a plot is no army)."""
        frames = self.lex.phrases("gate_fiction_frames")
        if not frames.table:
            return False
        sent = self.r.sentences[r.sent_index]
        before = self._low_words_between(sent.start, r.trig_span[0])
        return bool(frames.find(before, 0, len(before)))

    def _in_a_case(self, r: Raw) -> bool:
        """The sentence tells a criminal case (a ``case_words`` phrase: a bribe, a fee, a defendant, a witness, an
        indictment): money handed over there is the crime's, no aid ("terdakwa Nasori menyerahkan dana sejumlah Rp
        4,5 miliar kepada saksi Juliyatmono", "menerima komitmen fee ... dana hibah yang diberikan kepada Korlap")."""
        words = self.lex.phrases("gate_case_words")
        if not words.table:
            return False
        sent = self.r.sentences[r.sent_index]
        low = self._low_words_between(sent.start, sent.end)
        return any(words.match_at(low, k)[0] for k in range(len(low)))

    def _hyphen_compound(self, r: Raw) -> bool:
        """The trigger is the second part of a hyphenated modifier ("Scandal-hit", "career-threatening",
        "state-backed"): it describes the noun it modifies, no act is told. A name before the hyphen
        ("US-backed", "Kremlin-backed") keeps the reading: that party acts. Only where the pack says so
        (``hyphen_compounds``; Indonesian hyphens make reduplications such as "tembak-menembak")."""
        if not self._gate_spec().get("hyphen_compounds", False):
            return False
        a = r.trig_span[0]
        text = self.r.text
        if a < 2 or text[a - 1] != "-" or not text[a - 2].isalnum():
            return False
        return not self._mentions_between(a - 2, a - 1)

    def _force_subject(self, r: Raw) -> bool:
        """The trigger's subject (an active verb's, through a relative pronoun to its antecedent) or a passive
        one's agent is a force of nature or of the market (``force_nouns``): "natural disasters that have
        struck the US", "hit by production bottlenecks", "risiko konflik global selalu mengintai", "tekanan
        tarif AS akan mengancam ...": no party acts (the parse says which word is the subject)."""
        forces = self.lex.word("gate_force_nouns")
        if not forces or self.parse is None or r.voice not in ("active", "passive"):
            return False
        # Session 30 (speed30): the answer is a word of the trigger's sentence; a sentence holding none of the force nouns
        # gives False whatever its parse, so it is not parsed for this
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is not None and forces.isdisjoint(self._low_words_between(sent.start, sent.end)):
            return False
        p = self.parse
        if p.sentence_at(r.trig_span[0]) is None:
            return False
        v = p.token_at(r.trig_span[0])
        if v is None or p.pos[v] not in ("VERB", "AUX", "ADJ"):
            return False
        s = p.agent(v) if (r.voice == "passive" or p.is_passive(v)) else p.subject(v)
        if s is None or self._mentions_between(p.start[s], p.end[s]):
            return False
        return p.word[s].lower() in forces

    def _armed_actor(self, r: Raw) -> bool:
        """An act only forces do (``force_act_forms``: patrol) told of an armed or police actor: a role of
        ``force_act_roles`` in its code or its role noun ("Riot police", "KAZCOP"), or the parse's subject (a passive's
        agent), a conjunct of it or the force after a count's "of" is a word of a ``force_act_instruments`` class
        ("U.S. and British warplanes patrolling the zones", "Army reinforcements patrolled", "Thousands of Serb
        police"). Volunteers, residents and officials do not patrol in PLOVER's sense (MOBILIZE: military or police
        moves); a noun with a determiner, possessor or modifier names the unit, no act ("an attack on a police
        patrol", "when their patrol came under fire")."""
        p = self.parse
        v = p.token_at(r.trig_span[0]) if p is not None and p.sentence_at(r.trig_span[0]) is not None else None
        if v is not None and p.pos[v] == "NOUN" and p.kids(v, *_NOUN_MODIFIERS, "compound", "amod"):
            return False
        roles = set(self._gate_spec().get("force_act_roles", []))
        if {(ref.code or "")[3:6] for ref in r.actor_refs} & roles or {u.role for u in r.actor if u.role} & roles:
            return True
        if v is None:
            return False
        s = p.agent(v) if (r.voice == "passive" or p.is_passive(v)) else p.subject(v)
        if s is None:
            return False
        classes = set(self._gate_spec().get("force_act_instruments", []))
        heads = p.conjuncts(s)
        # a count's or a part's "of" names the force ("Thousands of Serb police", [syntax] partitive_heads)
        heads += [k for h in heads if p.word[h].lower() in self.lex.word("partitive_heads") for k in p.kids(h, "nmod")]
        for h in heads:
            n, idef = self.lex.instruments.match_at([p.word[h].lower()], 0)
            if n and idef.cls in classes:
                return True
        return False

    def _goal(self, r: Raw) -> bool:
        """The trigger is the goal of something else, right after a purpose word ("guna mendukung target",
        "dimaksudkan untuk membantu para pengemudi", "dalam mendukung program"; ``goal_before``, past
        auxiliaries), or its subject is a programme and no party was found (``goal_subjects``: "Program ini
        membantu masyarakat miskin"): what a programme is for, not support or aid given."""
        goal = self.lex.word("gate_goal_before")
        if not goal:
            return False
        sent = self.r.sentences[r.sent_index]
        before = self._low_words_between(sent.start, r.trig_span[0])
        aux = self.lex.word("aux")
        k = len(before) - 1
        while k >= 0 and before[k] in aux:
            k -= 1
        if k >= 0 and before[k] in goal:
            return True
        # no party acts when a programme is the subject: "Program ini membantu masyarakat miskin" (goal_subjects)
        if r.actor or k < 0:
            return False
        if before[k] in self.lex.word("demonstratives"):  # "Program ini", "kebijakan tersebut"
            k -= 1
        return k >= 0 and before[k] in self.lex.word("gate_goal_subjects")

    def _state_predicate(self, r: Raw) -> bool:
        """The trigger is the complement of a copula of state or definition: a description, not an act
        ("the peace process remains blocked", "modusnya adalah bernegosiasi dengan wajib pajak"). A quoted
        judgement ("X adalah sahabat sejati", evaluative.py) is a copula's complement by nature: not gated."""
        if r.voice == "judgement":
            return False
        sent = self.r.sentences[r.sent_index]
        before = self._low_words_between(sent.start, r.trig_span[0])
        return bool(before) and before[-1] in self.lex.word("gate_state_before")

    def _question(self, r: Raw) -> bool:
        """An "ask" verb that puts a question, not a request: a question word after it and its object
        ("asked why ...", "asked ministers whether ...", "was asked about ..."), or nothing after it before
        the punctuation ("asked: \"How ...?\"", "... the MP asked.")."""
        if self._first_word(r) not in self.lex.word("gate_question_forms"):
            return False
        sent = self.r.sentences[r.sent_index]
        words = self._words_after(r.trig_span[1], sent.end)
        if not words:
            return True
        skip = self.lex.word("gate_question_skip")
        k = 0
        while k < len(words) and (words[k] == "\x00ent" or words[k] in skip):
            k += 1
        return k < len(words) and words[k] in self.lex.word("gate_question_words")

    def _embedded_question(self, r: Raw) -> bool:
        """The trigger sits in a yes/no question put to someone: an "ask" verb (``question_forms``) then, past its
        object (``question_skip``), "if"/"whether" (``embedded_question_words``) before the trigger, with no
        punctuation between that word and the trigger ("Asked if he would welcome BNP voters, he said ...",
        "was asked whether Britain would support the plan"): whether the act happens is the question, not a
        report. A "why" question ("asked why Russia attacked") takes the act as given and is not meant."""
        qwords = self.lex.word("gate_embedded_question_words")
        if not qwords:
            return False
        sent = self.r.sentences[r.sent_index]
        before = self._low_words_between(sent.start, r.trig_span[0])
        forms, skip = self.lex.word("gate_question_forms"), self.lex.word("gate_question_skip")
        for k in range(len(before) - 1, -1, -1):
            w = before[k]
            if all(c in PUNCT for c in w):
                return False  # the question ends at a comma, a colon or a quotation mark before the trigger
            if w not in qwords:
                continue
            j = k - 1
            while j >= 0 and before[j] in skip:
                j -= 1
            return j >= 0 and before[j] in forms
        return False

    def _condition(self, r: Raw) -> bool:
        """The trigger sits in a condition: a cue of ``condition_cues`` ("if", "unless", "once the", "jika", "apabila")
        stands before it in its own stretch of the sentence (no punctuation between, at most ``_CONDITION_SPAN``
        words), so the act is only posited as what something else depends on: "Illva will pay 481m yuan, once the
        government approves the deal", "If Britain's proposal ... were adopted", "memberikan informasi nasabah jika
        diminta oleh PPATK", "jika Indonesia menghentikan ekspor, harga CPO dunia dapat bergejolak". It is asked before
        the political-roles keep: a government's act in a condition is no more done than anyone's.
        Kept: a cue right after a word of ``condition_not_after`` or ``complement_condition_after`` is no condition ("as if"; Indonesian "mengatakan jika",
        "menduga jika", "tahu kalau" say "that"); a future or possible modal between the cue and the trigger means the
        trigger heads the main clause of a condition written without its comma ("if they attack we will retaliate",
        a threat the coder reads from that clause); and an act between two countries stays, hypothetical, as the house
        style codes a scenario of conflict ("If Russia attacks Ukraine, NATO will respond": ASSAULT hypothetical). The
        conditions the censuses found were all at home or of one party ("If we reject this treaty, Britain will be
        isolated", "if he refused calls to go head-to-head")."""
        cues = self.lex.phrases("gate_condition_cues")
        if not cues.table:
            return False
        sent = self.r.sentences[r.sent_index]
        before = self._low_words_between(sent.start, r.trig_span[0])
        k = len(before)
        while k > 0 and not all(c in PUNCT for c in before[k - 1]) and len(before) - k < _CONDITION_SPAN:
            k -= 1
        hits = cues.find(before, k, len(before))
        if not hits:
            return False
        pos, n = hits[-1]
        if pos > 0 and (before[pos - 1] in self.lex.word("gate_condition_not_after")
                        or before[pos - 1] in self.lex.word("gate_complement_condition_after")):
            return False
        if any(self.lex.phrases(name).find(before, pos + n, len(before)) for name in ("future", "hypothetical")):
            return False
        mine = {(ref.code or "")[:3] for ref in r.actor_refs if len(ref.code or "") >= 3}
        theirs = {(ref.code or "")[:3] for ref in r.recipient_refs if len(ref.code or "") >= 3}
        return not (mine and theirs and not mine & theirs)  # between two countries: a scenario, kept hypothetical

    def _asked(self, r: Raw) -> bool:
        """The trigger's own sentence is a question: the first sentence-ending mark after the trigger is a question
        mark of ``question_marks``, with no colon and no quotation mark between ("Should the United Kingdom approve the
        treaty establishing a constitution for the European Union?", "Bisakah dia menyelamatkan semua orang?"). Whether
        the act happens is asked, not told. A question that opens with a word of ``question_presupposing`` takes the act
        as given and tells it ("Why is France threatening to invade Egypt?", the PLOVER headline proxy's THREATEN), and
        a question quoted after the act ('Russia attacked Kyiv, prompting him to ask: "Where is the West?"') does not
        count."""
        marks = self._gate_spec().get("question_marks", [])
        if not marks:
            return False
        sent = self.r.sentences[r.sent_index]
        rest = self.r.text[r.trig_span[1]:sent.end]
        for ch in rest:
            if ch in marks:
                break
            if ch in ".!:;\"“”«»" or ch == "\n":
                return False
        else:
            return False
        # the question opens at the sentence's start or after a colon or a quotation mark before the trigger
        head = self.r.text[sent.start:r.trig_span[0]]
        opened = max((head.rfind(c) for c in ":\"“«"), default=-1)
        first = re.findall(r"\w+", head[opened + 1:].lower())[:1]
        return not (first and first[0] in self.lex.word("gate_question_presupposing"))

    def _indefinite_object(self, r: Raw) -> bool:
        """The trigger's object, right after it, is an indefinite pronoun (``indefinite_objects``: "can't arrest
        anyone", "detaining someone clearly is", "would help anybody"): an act on nobody in particular, a
        power or a habit described, not one reported."""
        words = self._low_words_between(r.trig_span[1], self.r.sentences[r.sent_index].end)[:2]
        return bool(words) and bool(self.lex.phrases("gate_indefinite_objects").match_at(words, 0)[0])

    def _document_subject(self, r: Raw) -> bool:
        """The subject of an active trigger in the parse is a text or a plan (``document_subjects``: "The Police
        Bill proposes extra powers", "the plan gives councils help", "the report backs ..."), not a name: what a
        document holds, no party acting (a ``document_events`` category only: a report's accusation is its
        author's)."""
        docs = self.lex.word("gate_document_subjects")
        if not docs or self.parse is None or r.voice != "active":
            return False
        p = self.parse
        if p.sentence_at(r.trig_span[0]) is None:
            return False
        v = p.token_at(r.trig_span[0])
        if v is None or p.pos[v] not in ("VERB", "AUX") or p.is_passive(v):
            return False
        s = p.subject(v, inherit=False)  # the verb's own subject: "His party plans to move" is no plan moving
        if s is None:
            return False
        if p.word[s].lower() in docs:
            return True
        # the parser heads a long name at its first noun ("The Serious Organised Crime and Police Bill"): the noun
        # right before the trigger, past auxiliaries and adverbs, heads the subject in English word order
        skip = self.lex.word("aux") | self.lex.word("gate_habitual")
        k = v - 1
        first = p.sentence_of(v).first
        while k >= first and (p.pos[k] in ("AUX", "ADV", "PART") or p.word[k].lower() in skip):
            k -= 1
        return k >= first and p.start[s] <= p.start[k] and p.pos[k] in ("NOUN", "PROPN") and p.word[k].lower() in docs

    def _facilitation(self, r: Raw) -> bool:
        """A "help" verb with a verb complement helps someone do something ("help the authorities kick
        out the cheats", "membantu wanita mencapai tujuan"): a facilitation, not aid given (the parse says)."""
        v = self._parsed_trigger(r, "gate_facilitation_forms")
        if v is None:
            return False
        p = self.parse
        for c in p.kids(v, "xcomp", "obj", "advcl", "ccomp"):  # parsers attach "kick" and "mencapai" variously
            if p.pos[c] == "VERB" and p.start[c] > p.end[v] and not any(ch in ",;:" for ch in self.r.text[p.end[v]:p.start[c]]):
                return True
        return False

    def _opinion(self, r: Raw) -> bool:
        """An "agree" verb with a clausal complement and no infinitive one in the parse ("agreed (that) X
        would ...", "agreed he was brilliant"): a view shared, not an agreement made. So is an active one with
        nothing after it before the punctuation and no party agreed with, where the pack says so (``opinion_bare``):
        "Mr Valentine ... agreed.", "CENTR ... agrees.", "Mr Gardner agreed:" (a passive "no figure has yet been
        agreed." is a deal made, and stays)."""
        if self._gate_spec().get("opinion_bare") and r.voice == "active" and not r.recipient \
                and len(r.actor_refs) < 2 and self._first_word(r) in self.lex.word("gate_opinion_forms"):
            # (two coordinated parties agreeing, "Britain and France agreed.", made a deal with each other)
            sent = self.r.sentences[r.sent_index]
            if not self._words_after(r.trig_span[1], sent.end, limit=1):
                return True
        v = self._parsed_trigger(r, "gate_opinion_forms")
        if v is None:
            return False
        return bool(self.parse.kids(v, "ccomp")) and not self.parse.kids(v, "xcomp")

    def _parsed_trigger(self, r: Raw, forms: str):
        """The trigger's token in the parse when its first word is one of the pack word list ``forms``, else None."""
        if self._first_word(r) not in self.lex.word(forms) or self.parse is None:
            return None
        return self.parse.token_at(r.trig_span[0])

    def _reports_result(self, r: Raw) -> bool:
        """A score in the sentence: a game told in the words of conflict ("rallied to a 53-37 win")."""
        if not self._gate_spec().get("scores", False):
            return False
        sent = self.r.sentences[r.sent_index]
        text = self.r.text[sent.start:sent.end]
        for m in _SCORE.finditer(text):
            a, b = sent.start + m.start(), sent.start + m.end()
            if not any(d.start < b and d.end > a for d in self.r.dates):  # "17-18 Oktober" is a date range
                return True
        return False

    def _accident(self, r: Raw) -> bool:
        lx = self.lex
        sent = self.r.sentences[r.sent_index]
        words = self._words_after(r.trig_span[1], sent.end, limit=8)
        preps, nouns = lx.phrases("gate_accident_preps"), lx.phrases("gate_accident_nouns")
        for k in range(len(words)):
            n, _ = preps.match_at(words, k)
            if n and any(nouns.match_at(words, x)[0] for x in range(k + n, min(len(words), k + n + 3))):
                return True
        return False

    def _private_form(self, r: Raw, spec: dict) -> bool:
        """The trigger's first word is one of the category's ``private_party_forms`` (Session 33, fpid33: REQUEST only
        for advice and invitations, "menyarankan", "mengajak": a crowd "menyerukan", activists "menyerahkan tuntutan"
        make political demands even when the coder gives their addressee no political role); any form when the
        category lists none."""
        forms = spec.get("private_party_forms", {}).get(r.event)
        return forms is None or self._first_word(r) in forms

    def _private_parties(self, r: Raw, private: list) -> bool:
        """Every party, the actor at least, is coded with a private role of ``private_party_roles`` ("IDNCVL": "banyak
        orang", "masyarakat", "netizen"), none with another code: people praising, agreeing with or rebuffing people is
        no political act. A recipient the category implies counts (a protest's "(GOV)" keeps it); a bare country code
        (an official the coder knows only by nationality) is no private role."""
        if not private or not r.actor_refs:
            return False
        refs = r.actor_refs + r.recipient_refs
        return all(ref.code and len(ref.code) >= 6 and ref.code[3:6] in private for ref in refs)

    def _firms_only(self, r: Raw) -> bool:
        units = [u for u in r.actor + r.recipient if u.ent is not None]
        if not units or len(units) < len(r.actor_refs) + len(r.recipient_refs):
            return False  # a role noun or an implied party is no firm
        return all(self._is_firm(u) for u in units)

    def _is_firm(self, u) -> bool:
        """An organisation named as a firm ("Absa bank", "PT Pertamina"), or a country named only as a
        firm's home: "UK bank Barclays", "Chinese companies" (English, before the noun); "perusahaan
        Jepang", "bank Inggris" (Indonesian, after it)."""
        lx = self.lex
        firm = lx.phrases("gate_firm_words")
        e = u.ent
        code = e.actor or ""
        if code[:3] in ("IGO", "NGO", "IMG") or (len(code) >= 6 and code[3:6] != "BUS"):
            return False  # an international body or an office ("Bank Dunia", a central bank coded GOV)
        if e.type == "ORG":  # a firm word in the name, or just before it ("bank Absa", "the lender Barclays")
            name = self._low_words_between(u.start, u.end)
            if firm.find(name, 0, len(name)):
                return True
            sent = self.r.sentence_at(u.start)
            before = self._low_words_between(sent.start if sent else max(0, u.start - 80), u.start)[-3:]
            while before and not any(all(c in PUNCT for c in w) for w in before[:1]) and \
                    any(all(c in PUNCT for c in w) for w in before):
                before = before[1:]  # only the words after the last punctuation mark
            return any(firm.match_ending_at(before, k) for k in range(len(before)))
        if e.type not in ("GPE", "NORP"):
            return False
        sent = self.r.sentence_at(u.start)
        if lx.genitive_after_noun:
            before = self._low_words_between(sent.start if sent else max(0, u.start - 80), u.start)[-3:]
            return any(firm.match_ending_at(before, k) for k in range(len(before)))
        after = self._words_after(u.end, sent.end if sent else u.end + 80, limit=4)
        for k, w in enumerate(after[:3]):
            if firm.match_at(after, k)[0]:
                return True
            if w == "\x00ent" or w in lx.word("verbs") or w in lx.word("coord") or w in lx.word("preps"):
                return False  # "UK and ...", "UK said", "UK in ...": the country itself
        return False

    # ------------------------------------------------------------------ restatements

    @staticmethod
    def _party_key(refs) -> tuple:
        """Parties as the scorer and a reader compare them: a code's first three letters, else the name."""
        return tuple(sorted({(a.code or "")[:3] if a.code else (a.name or "").lower() for a in refs}))

    def _own_date(self, ev: Event) -> Optional[str]:
        """The event's day when its own sentence names it (not the article's news date, given to all)."""
        sent = self.r.sentence_at(ev.evidence.start)
        if not ev.date or sent is None:
            return None
        day = ev.date[:10]
        return day if any(d.value and d.value[:10] == day and sent.start <= d.start < sent.end for d in self.r.dates) else None

    def _link_restatements(self, events: list[Event]) -> None:
        """``restates`` on each later telling of an event, pointing to the first (see the module doc)."""
        firsts: list[Event] = []
        for ev in events:
            if not ev.actor and not ev.recipient:
                continue
            actor, recip = self._party_key(ev.actor), self._party_key(ev.recipient)
            first = None
            for f in firsts:
                if f.event != ev.event or f.modality != ev.modality or self._party_key(f.actor) != actor:
                    continue
                a, b = self._own_date(ev), self._own_date(f)
                if a and b and a != b:
                    continue  # attacked on Monday and again on Friday: two events
                f_recip = self._party_key(f.recipient)
                if f_recip == recip or (not recip and f_recip and actor):
                    first = f
                    break
            if first is None:
                firsts.append(ev)
                continue
            ev.restates = first.id


def restatement_groups(events: list[Event]) -> list[tuple[Event, list[Event]]]:
    """Each event once: (the first telling, the later tellings that restate it), in article order."""
    by_id = {e.id: e for e in events}
    groups: dict[str, tuple[Event, list[Event]]] = {}
    for e in events:
        if e.restates and e.restates in by_id:
            groups.setdefault(e.restates, (by_id[e.restates], []))[1].append(e)
        else:
            groups.setdefault(e.id, (e, []))
    return list(groups.values())
