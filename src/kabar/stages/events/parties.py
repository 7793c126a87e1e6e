"""Parties as PLOVER actor references: entity codes, role nouns, political organisations and titles."""

from __future__ import annotations

import bisect
import re
from typing import Optional

from kabar.gazetteer import gazetteer, is_firm_code
from kabar.places.resolve import candidates
from kabar.record import ActorRef, Entity
from kabar.stages.events.units import Raw, Unit, is_country_code
from kabar.text.sentences import nlp_for

_WORD_RE = re.compile(r"\S+")


class PartyCoding:
    """From argument units to actor references with codes."""

    def _ref(self, u: Unit) -> ActorRef:
        """An actor reference; people, organisations and role nouns without a code get the article's home country."""
        if u.ent is not None:
            if self._on_air(u):
                return ActorRef(name=u.ent.name, code=None, entity=u.ent.id)
            code = self._metonym(u) or u.ent.actor or self._region(u)
            if code and is_country_code(code) and len(code) == 3 and u.ent.type in ("GPE", "NORP", "LOC") \
                    and self.lex.tables.get("home", {}).get("country_role_after"):
                code += self._role_after(u) or ""
            if not code and u.ent.type == "PER":
                code = self._affiliation(u.ent)
            if not code and u.ent.type in ("PER", "ORG"):
                code = self.people_home or self.home
                role = self._political_role(u.ent)
                if role is not None and u.ent.type == "ORG":
                    code = self._country_before_name(u.ent) or code
                if code and role:
                    code = None if role in self._no_home_roles() else code[:3] + role
            return ActorRef(name=u.ent.name, code=code, entity=u.ent.id)
        home = self.people_home or self.home
        if u.role and u.role in self._no_home_roles():
            home = None  # "rebels" with no country named are not the article's home country's
        foreign = self._foreign_before(u) or self._of_states_after(u)  # "foreign terror suspects": of some other country
        code = (home + (u.role or "")) if home and not foreign else None
        if self.lex.tables.get("home", {}).get("role_phrase_country") and u.text and not foreign:
            # "the French foreign minister" (an unnamed speaker's "we", a role phrase): the country it names
            country = self._phrase_country(u.text) or self._place_after(u)
            if country:
                role = u.role or self._phrase_role(u.text)
                code = country + (role or "")
        if u.role and not foreign and (code is None or code == (home or "") + u.role):
            # "ditangkap polisi perairan Malaysia": Malaysia's; "Polisi Malaysia menangkap ... Polisi juga menyita ..."
            back = self._country_after(u) or (self._discourse_country(u.start, u.role) if home else "")
            code = back + u.role if back else code
        ref = ActorRef(name=u.text, code=code, entity=None)
        self._role_refs.add(id(ref))
        return ref

    def _on_air(self, u: Unit) -> bool:
        """Session 31 (codesen31): a news outlet named after a medium preposition (``[home] medium_preps``: "an interview
        on BBC Radio 4's Women's Hour", "he asked on BBC Radio 4's World at One programme") is where the words were
        said, no party: it keeps no code (it took the home country, "-> GBR", where GOLD has no recipient). An outlet
        written as a party ("warned the BBC", "the Sunday Times alleged") is not touched. Outlets: the gazetteer's
        media entries, which the actors stage leaves uncoded."""
        preps = self.lex.word("medium_preps")
        if not preps or u.ent.type != "ORG" or u.ent.actor:
            return False
        words = [w.lower() for w in self.r.text[max(0, u.start - 30):u.start].split()]
        while words and words[-1] in self.lex.dets:
            words.pop()
        if not words or words[-1] not in preps:
            return False
        return any(e.kind == "media" for e in gazetteer().lookup(u.ent.name, self.r.lang))

    def _region(self, u: Unit) -> Optional[str]:
        """Session 31 (codes2en31): a continent or region, or its people's adjective, that the actors stage leaves
        uncoded (the entity stays a place or a NORP) is, as an event's party, CAMEO's region code ([region_parties], by
        the entity's name): "US aid to rebuild Europe" -> EUR, "support for Africa" -> AFR, "Asian states could stop
        funding" -> ASA. A role noun right after the adjective adds its role ("European leaders have blamed the US" ->
        EURGOV); the entity itself keeps no code (GOLD codes no place entity). Not after a location preposition, not
        before a hyphen ("a Europe-wide policy"), and the adjective before any other lower-case noun ("European law")
        only where that noun is one of ``[home] region_heads`` ("Asian states")."""
        table = self.lex.tables.get("region_parties", {})
        if not table or u.ent.type not in ("NORP", "LOC", "GPE"):
            return None
        text = self.r.text
        code = table.get(text[u.start:u.end].lower())
        if not code:
            return None
        before = text[max(0, u.start - 20):u.start].split()
        if before and before[-1].lower() in self.lex.word("location_preps"):
            return None
        if text[u.end:u.end + 1] in ("-", "\u2013"):
            return None  # "a Europe-wide policy": no party
        raw = self._text_words_after(u)
        after = [w.lower() for w in raw]
        role = self._role_after(u)
        if role is not None:
            return code + role
        if u.ent.type == "NORP" and raw and raw[0].isalpha() and raw[0].islower():
            # the adjective before a lower-case noun names a party only before a role noun (above) or a word for its
            # states ([home] region_heads: "Asian states"); "European law", "the European economy", "African debt": none
            return code if after[0] in self.lex.word("home_region_heads") else None
        return code

    def _text_words_after(self, u: Unit) -> list[str]:
        """The words of the 40 characters after a unit, punctuation and quotes stripped at their edges."""
        return [w.strip(",;:.\"'“”‘’()") for w in self.r.text[u.end:u.end + 40].split()]

    def _role_after(self, u: Unit) -> Optional[str]:
        """The role of a role noun right after the unit (``[generic_actors]``: "European leaders", "Singapore police",
        "Chinese officials"; no punctuation between), "" for a role noun without a role, None where there is none.
        Session 32 (rolenoun32): with ``[home] country_role_gap`` set, also past a possessive and at most that many
        lower-case nouns or adjectives (by the parse), to a role noun of ``[generic_actors]`` or of
        ``[generic_actors.after_country]`` ("the German regulator", "US market regulators", "Australia's securities
        watchdog", "US bankruptcy court judge"); and a role noun of ``[home] country_role_heads`` right after the
        matched one is the head that gives the role ("Syrian government troops": MIL, not GOV)."""
        after = [w.lower() for w in self._text_words_after(u)]
        n, role = self.lex.phrases("generic_actors").match_at(after, 0) if after else (0, None)
        if n and after[0]:
            return self._role_head(after, n, role or "")
        gap = int(self.lex.tables.get("home", {}).get("country_role_gap", 0))
        return self._role_past_modifiers(u, gap) if gap else None

    def _role_head(self, words: list[str], end: int, role: str) -> str:
        """``role``, or the role of a role noun of ``[home] country_role_heads`` at ``words[end]`` (the compound's head:
        "government troops")."""
        n, head = self.lex.phrases("country_roles").match_at(words, end)
        heads = self.lex.tables.get("home", {}).get("country_role_heads", ())
        return head if n and head in heads else role

    def _role_past_modifiers(self, u: Unit, gap: int) -> Optional[str]:
        """The role of a role noun after a possessive and at most ``gap`` modifier words (see ``_role_after``)."""
        rows = [(m.start(), m.group()) for m in _WORD_RE.finditer(self.r.text, u.end, u.end + 60)]
        if rows and rows[0][0] == u.end and rows[0][1].lower() in self.lex.word("partitive_possessor_marks"):
            rows = rows[1:]  # "Australia's securities watchdog"
        elif rows and rows[0][0] == u.end:
            return None  # "US-backed", "Britain," : no role noun after the name
        words = [w.lower().rstrip(",;:.\"'”’)") for _, w in rows]
        table = self.lex.phrases("country_roles")
        stop = self.lex.word("preps") | self.lex.dets | self.lex.word("aux") | self.lex.word("coord")
        for k in range(min(gap + 1, len(rows))):
            n, role = table.match_at(words, k)
            if n:
                return self._role_head(words, k + n, role or "")
            a, w = rows[k]
            if not w.isalpha() or not w.islower() or w in stop or self.parse is None:
                return None
            t = self.parse.token_at(a)
            if t is None or self.parse.pos[t] not in ("NOUN", "ADJ"):
                return None
        return None

    def _country_before_name(self, e: Entity) -> str:
        """Session 31 (codesen31): the country written right before a political body's name that the actors stage left
        uncoded ("a probe by the US Securities and Exchange Commission", "the US Department of Justice"; a coded country
        mention, one space between): that country, not the article's home (CHNGOV in a story on a Chinese bank). Not
        after a hyphen ("the US-China Economic and Security Review Commission" is no body of China's)."""
        text = self.r.text
        for m in e.mentions:
            k = bisect.bisect_left(self.mention_ends, m.start - 1)
            if k >= len(self.mentions) or self.mention_ends[k] != m.start - 1 or text[m.start - 1] != " ":
                continue
            start, _end, other = self.mentions[k]
            code = other.actor or ""
            if other is e or other.type not in ("GPE", "NORP"):
                continue
            if not is_country_code(code) or text[max(0, start - 1):start] in ("-", "\u2013"):
                continue
            return code
        return ""

    def _metonym(self, u: Unit) -> Optional[str]:
        """Session 27 (events-en27): the code of a seat that stands for a body when it acts or is acted on ("filed a
        complaint against Brussels", "Brussels has criticised", "asked Brussels to lift the measures"):
        [party_metonyms], by the entity's name. Not where the name is only a place or a modifier: after a location
        preposition ("clashes in Brussels"), after a determiner or before a noun ("a Brussels police major", "the
        Brussels attacks"; by the parse, or without one any lower-case word but an auxiliary, a preposition or
        "and"), nor a pronoun or description the city was resolved to ("they" for the protesters in Brussels)."""
        table = self.lex.tables.get("party_metonyms", {})
        if not table or u.ent is None or u.ent.type != "GPE":
            return None
        text = self.r.text
        surface = text[u.start:u.end].lower()
        code = table.get(surface)
        if not code or surface != u.ent.name.lower():
            return None
        before = text[max(0, u.start - 20):u.start].split()
        if before and before[-1].lower() in self.lex.word("location_preps") | self.lex.word("determiners"):
            return None  # "in Brussels"; "the Brussels attacks", "a Brussels police major": the name modifies a noun
        after = text[u.end:u.end + 30].split()
        nxt = after[0] if after else ""
        if nxt.isalpha() and nxt.islower():
            t = self.parse.token_at(text.find(nxt, u.end)) if self.parse is not None else None
            if t is not None:
                if self.parse.pos[t] in ("NOUN", "PROPN", "ADJ", "NUM"):
                    return None
            elif nxt not in self.lex.word("aux") | self.lex.word("finite_aux") | self.lex.word("clause_verbs") \
                    | self.lex.word("preps") | self.lex.word("coord"):
                return None
        return code

    def _discourse_country(self, at: int, role: str) -> str:
        """The country of the force a bare role noun goes back to: "Kepolisian Nasional Filipina menangkap X. ...
        kepolisian menangkap X di rumahnya", "Polisi Malaysia menangkap dua WNI. Polisi juga menyita paspor mereka" (and
        an arrest's implied agent, "turut diamankan"). Of the parties with that role ([home] discourse_roles: police,
        troops) named with a country before ``at`` (an organisation coded COUNTRY+ROLE, or the role noun right before a
        coded country, "Polisi Malaysia"; not a person, whose country may be the article's default), the last one's
        country; '' where none is, or where a force of the article's home country is named before ``at`` too (a joint
        raid, "Satgas Polda Bali dan juga Kepolisian China melakukan penggerebekan": the bare noun stays the home's)."""
        seen = self._discourse_parties().get(role)
        if not seen:
            return ""
        home = (self.people_home or self.home or "")[:3]
        before = [country for pos, country in seen if pos < at]
        if not before or home in before:
            return ""  # a home force named too: "Satgas Polda Bali dan juga Kepolisian China ... kepolisian menangkap"
        return before[-1]

    def _country_after(self, u: Unit) -> str:
        """The country a role noun names after it in a head-initial language: "polisi Malaysia", "polisi perairan
        Malaysia", "pasukan keamanan Myanmar" (at most ``[home] role_country_gap`` lower-case nouns or adjectives between,
        by the parse's part of speech; no verb, preposition or punctuation), the coded country's code; '' otherwise. A
        country after a verb is its object ("pasukan menyerang Suriah"), after a preposition a place or a party."""
        gap = int(self.lex.tables.get("home", {}).get("role_country_gap", 0))
        if not gap:
            return ""
        k = bisect.bisect_left(self.mention_starts, u.end)
        if k >= len(self.mentions):
            return ""
        start, _end, e = self.mentions[k]
        code = e.actor or ""
        if e.type not in ("GPE", "NORP") or len(code) != 3 or not is_country_code(code):
            return ""
        between = self._token_rows_between(u.end, start)
        if len(between) > gap or (between and self.parse is None):
            return ""
        # Session 30 (speed30): a word that fails by itself fails the gap whatever the parse says of the others, so the
        # words are read before the parse is asked for (and the sentence parsed): "pengunjuk rasa di Jakarta"
        preps = self.lex.word("preps")
        if any(not w.isalpha() or not w.islower() or w in preps for _, w in between):
            return ""
        for a, w in between:
            t = self.parse.token_at(a)
            if t is None or self.parse.pos[t] not in ("NOUN", "ADJ"):
                return ""
        return code

    def _discourse_parties(self) -> dict:
        """role -> [(start, country)] in text order, for the roles of [home] discourse_roles (see _discourse_country)."""
        if self._discourse_cache is not None:
            return self._discourse_cache
        roles = frozenset(self.lex.tables.get("home", {}).get("discourse_roles", ()))
        out: dict = {}
        if roles:
            g = self.lex.phrases("generic_actors")
            text = self.r.text
            for start, _end, e in self.mentions:
                code = e.actor or ""
                if e.type == "PER":
                    continue  # a person's country may be only the article's default ("Kepala Polisi Iligan X": IDNCOP)
                if len(code) >= 6 and code[3:6] in roles and is_country_code(code[:3]):
                    out.setdefault(code[3:6], []).append((start, code[:3]))
                elif e.type == "GPE" and is_country_code(code) and g.table:
                    before = text[max(0, start - 40):start]
                    if not before[-1:].isspace():
                        continue
                    words = [w.lower() for w in before.split()]
                    n = g.match_ending_at(words, len(words) - 1) if words else 0
                    role = (g.table[tuple(words[len(words) - n:])] or "") if n else ""
                    if role in roles:
                        out.setdefault(role, []).append((start, code))
        self._discourse_cache = out
        return out

    def _foreign_before(self, u: Unit) -> bool:
        """A role noun right after a word that says it is of another country ([home] foreign_words: "foreign terror
        suspects", "foreign troops", with at most one word between), so not of the article's home country."""
        words = self.lex.word("home_foreign_words")
        if not words:
            return False
        raw = [w.strip(",;:\"'“”‘’()") for w in self.r.text[max(0, u.start - 40):u.start].split()[-2:]]
        before = [w.lower() for w in raw]
        if before and before[-1] in words:
            return True
        # one plain word may stand between ("foreign terror suspects"); a name may not ("Foreign Office officials")
        return len(before) == 2 and before[0] in words and raw[1][:1].islower()

    def _of_states_after(self, u: Unit) -> bool:
        """Session 33 (evargen33): a role noun followed by one of ``[home] states_after_preps`` (of, from, in), at most
        ``states_object_reach`` lower-case words past a determiner, and a plural of states (``[home] states_heads``:
        "the governments of the stricken countries", "people in poor countries", "workers in other countries") is of
        states the text leaves unnamed, not the article's home country's: like "foreign" before it, no code."""
        preps = self.lex.word("home_states_after_preps")
        heads = self.lex.word("home_states_heads")
        if not preps or not heads:
            return False
        reach = int(self.lex.tables.get("home", {}).get("states_object_reach", 0))
        words = self.r.text[u.end:u.end + 80].split()[:reach + 3]
        if not words or words[0] not in preps:
            return False
        k = 1
        if k < len(words) and words[k].lower() in self.lex.dets:
            k += 1
        for w in words[k:k + reach + 1]:
            w = w.rstrip(",.;:!?\"'”’)")
            if not w.isalpha() or not w.islower():
                return False
            if w in heads:
                return True
        return False

    def _place_after(self, u: Unit) -> str:
        """'Teachers in Haiti', 'police from Kenya': a role noun followed by a location or source preposition
        and a coded place is of that place's country, or ''. An office ([home] office_of_roles) followed by "of"
        (`office_of_preps`) and a coded place is that country's: "Leader of Poland", "the president of France"
        ("supporters of Israel" are not Israel's: CVL is no office)."""
        preps = self.lex.word("location_preps") | self.lex.word("source_preps")
        if u.role and u.role in self.lex.tables.get("home", {}).get("office_of_roles", ()):
            preps = preps | self.lex.word("office_of_preps")  # "the leader of Poland", "the army of Myanmar"
        text = self.r.text
        for e in self.r.entities:
            code = (e.actor or "")[:3]
            if e.type not in ("GPE", "LOC") or len(code) != 3 or not code.isalpha() or not code.isupper():
                continue
            for m in e.mentions:
                gap = text[u.end:m.start] if u.end <= m.start <= u.end + 12 else None
                if gap is not None and gap.strip().lower() in preps and gap[:1].isspace():
                    return code
        return ""

    def _phrase_role(self, text: str) -> str:
        """The role of the role noun that ends a phrase ("the French foreign minister": GOV), or ''."""
        words = [t.lower() for t in text.replace("'s", " 's").split()]
        g = self.lex.phrases("generic_actors")
        n = g.match_ending_at(words, len(words) - 1) if words else 0
        return (g.table[tuple(words[len(words) - n:])] or "") if n else ""

    def _no_home_roles(self) -> frozenset:
        """Roles the pack does not give the article's home country by default ([home] no_home_roles)."""
        return frozenset(self.lex.tables.get("home", {}).get("no_home_roles", ()))

    def _roles_from_location(self, r: Raw) -> None:
        """'Police arrested two men in Sydney': a role noun belongs to the country its clause is set in,
        not to the article's most-mentioned country."""
        loc = next(((u.ent.actor or "")[:3] for u in r.location if u.ent is not None and u.ent.type in ("GPE", "LOC")
                    and len(u.ent.actor or "") >= 3), None)
        if not loc:
            return
        for ref, u in list(zip(r.actor_refs, r.actor)) + list(zip(r.recipient_refs, r.recipient)):
            if id(ref) in self._role_refs and not (self._foreign_before(u) or self._of_states_after(u)):
                ref.code = loc + (u.role or "")  # also where the article has no home country at all

    def _coded_in_own_right(self, ref: ActorRef) -> bool:
        """A party whose code comes from the actors stage, a role noun ("police", "pasukan"), or an
        uncoded organisation or person that is political by pattern (`_political_role`); a person
        or firm coded only by the article's home country is not enough to make an event."""
        if ref.entity is not None:
            e = self.r.entity(ref.entity)
            if e is None:
                return False
            if e.id in self.r.state.list_only_firms:
                # Session 30 (codes-en30): a firm coded by the hand-written list (curated/firms.csv: "Gazprom" RUSBUS)
                # gives its code to the party, but makes an event only where it made one uncoded (by the test below
                # without its code): as a source of events the census judged it 14 of 30 right ("GM pulled out of an
                # agreement", "Google ... captured economists"); the Phoenix firms keep session 28's behaviour
                return self._political_role(e) is not None and bool(self.people_home or self.home)
            # a political organisation by pattern counts only where its country is known
            by_pattern = self._political_role(e) is not None and bool(self.people_home or self.home)
            if not e.actor and self._affiliation(e) and e.id in self._list_only_affiliations:
                return by_pattern  # session 30: "Emilio Botin, chairman of Santander": as uncoded (the firm's code only)
            return bool(e.actor or self._affiliation(e) or by_pattern)
        return id(ref) in self._role_refs

    def _country_for_role_only(self, r: Raw, actor_codes: set) -> None:
        """'bantuan untuk para pengungsi Rohingya yang berada di perbatasan Bangladesh': a recipient
        coded by a role alone (REF, GOV: the actors stage found no country) takes the first coded
        country named after it in the sentence that is not the actor's own."""
        roles = self._role_codes()
        sent = self.r.sentences[r.sent_index]
        for ref in r.recipient_refs:
            if not ref.code or len(ref.code) != 3 or ref.code not in roles:
                continue
            after = r.trig_span[1]
            for start, end, e in self.mentions:
                code = (e.actor or "")[:3]
                if (after <= start < sent.end and e.type == "GPE" and len(code) == 3 and code not in roles
                        and code not in actor_codes and code.isupper()):
                    ref.code = code + ref.code
                    r.confidence -= 0.05
                    break

    def _home_for_role_only(self, refs: list[ActorRef]) -> None:
        """A party the actors stage coded with a role and no country ("GOV" for "Departemen Kajian ...")
        belongs to the article's home country, like an uncoded party: "GOV" alone would compare as a
        country of its own (the first three letters), and a protest's implied target became "GOVGOV"."""
        home = (self.people_home or self.home or "")[:3]
        if not home:
            return
        roles, no_home = self._role_codes(), self._no_home_roles()
        for ref in refs:
            if ref.code and len(ref.code) == 3 and ref.code in roles and ref.code not in no_home:
                ref.code = home + ref.code

    def _role_codes(self) -> set:
        if not hasattr(self, "_roles_cache"):
            lx = self.lex
            vals = set(lx.phrases("generic_actors").table.values()) | set(lx.phrases("org_heads").table.values())
            vals |= set(lx.phrases("offices").table.values())
            self._roles_cache = {v for v in vals if isinstance(v, str) and len(v) == 3}
        return self._roles_cache

    def _political_role(self, e: Entity) -> Optional[str]:
        """Role code ("" when only the country is known) of an entity the actors stage left uncoded
        but that is a political actor by pattern: an organisation whose name carries a ministry,
        court, party, police, army, council or parliament head word ("Municipality of Livorno",
        "Komisi 1 DPR RI"), an organisation that speaks in a quote, or a person with an office
        title next to the name ("Kapolsek Cikokol AKP Efendi", "Claudio De Vincenti, undersecretary").
        None otherwise: a firm, a club, a private person."""
        if e.id in self._political:
            return self._political[e.id]
        role: Optional[str] = None
        lx = self.lex
        if e.type == "ORG":
            words = [t.text.lower() for t in nlp_for(self.r.lang).tokenizer(e.name)]
            not_heads = lx.phrases("org_not_heads")
            if not any(not_heads.match_at(words, k)[0] for k in range(len(words))):
                for table in (lx.phrases("org_heads"), lx.phrases("agents")):  # hand-written heads first
                    for k in range(len(words)):
                        n, found = table.match_at(words, k)
                        if n:
                            role = found or ""
                            break
                    if role is not None:
                        break
                if role is None and e.type in lx.word("org_speaker_types") and e.id in self._speakers \
                        and not self._named_as_firm(e):
                    role = ""
        elif e.type == "PER":
            role = self._title_role(e)
        self._political[e.id] = role
        return role

    def _named_as_firm(self, e: Entity) -> bool:
        """An organisation the article calls a firm: a firm word (``firm_words``) in a mention ("the carmaker",
        "the firm said") or just before its name ("US bank Wells Fargo", "electronics giants Hitachi" do
        not count, "lender Barclays" does). A firm that speaks in a quote is no political actor (BBC business
        census: "Barclays said", "the Italian firm" Fiat made firms' talks and deals events)."""
        firm = self.lex.phrases("gate_firm_words")
        for m in e.mentions:
            words = self._low_words_between(m.start, m.end)
            if firm.find(words, 0, len(words)):
                return True
            sent = self.r.sentence_at(m.start)
            before = self._low_words_between(sent.start if sent else max(0, m.start - 60), m.start)[-3:]
            if any(firm.match_ending_at(before, k) for k in range(len(before))):
                return True
        return False

    def _affiliation(self, e: Entity) -> Optional[str]:
        """The code of the body an uncoded person speaks for, from an apposition after the name: a coded
        organisation with a role ("Jeff Rathke, the State Department spokesperson", "X, a spokesman for
        the Home Office"), or a coded country with an office title ("X, Thailand's foreign minister")."""
        cache = self.__dict__.setdefault("_affiliations", {})
        if e.id in cache:
            return cache[e.id]
        code: Optional[str] = None
        doc = self.doc
        stop = {",", ".", ";", ":", "(", ")", "who", "which", "that", "whose"}
        for m in e.mentions:
            if code or m.kind not in (None, "", "name", "alias", "surname"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.end >= len(doc) or doc[span.end].text != ",":
                continue
            k = span.end + 1
            while k < len(doc) and k < span.end + 12 and doc[k].text.lower() not in stop and doc[k].pos_ not in ("VERB", "AUX"):
                k += 1
            if k == span.end + 1:
                continue
            lo, hi = doc[span.end + 1].idx, doc[k - 1].idx + len(doc[k - 1])
            words = [t.text.lower() for t in doc[span.end + 1:k]]
            titled = any(tab.find(words, 0, len(words)) for tab in (self.lex.phrases("offices"), self.lex.phrases("agents")))
            for _, _, other in self._mentions_between(lo, hi):
                c = other.actor or ""
                if other is e or len(c) < 3 or not c[:3].isalpha() or not c[:3].isupper():
                    continue
                if other.type == "ORG" and is_firm_code(c) and not titled \
                        and not set(words) & self.lex.word("firm_affiliation_preps"):
                    # session 28 (actors-en28): a firm after the name is the person's own only through a title or an
                    # affiliation word ("X, chief executive of Barclays"); "X, sued Morgan Stanley" names the other party
                    continue
                if other.type == "ORG" and len(c) >= 6:
                    code = c
                    if other.id in self.r.state.list_only_firms:  # session 30: a hand-listed firm's (see below)
                        self._list_only_affiliations.add(e.id)
                elif other.type in ("GPE", "NORP") and titled:
                    code = c[:3] + (next((r for j in range(len(words)) for r in [self.lex.phrases("offices").match_at(words, j)[1]] if r), "") or "GOV")
                if code:
                    break
        if code is None:
            code = self._origin(e)
        cache[e.id] = code
        return code

    def _origin(self, e: Entity) -> Optional[str]:
        """The country of an uncoded person named right after an origin phrase ("Penggiat media sosial asal Rusia,
        Sergei Domogatskii", "WN Australia berinisial AB"; pack ``origin_words``): a coded country mention that ends
        at most a comma before the name, with an origin word just before it."""
        origin = self.lex.phrases("origin_words")
        if not origin.lengths:
            return None
        text = self.r.text
        for m in e.mentions:
            if m.kind not in (None, "", "name", "alias", "surname"):
                continue
            before = [x for x in self._mentions_between(max(0, m.start - 40), m.start) if x[2] is not e]
            if not before:
                continue
            g_start, g_end, g = before[-1]
            c = g.actor or ""
            if g.type not in ("GPE", "NORP") or len(c) < 3 or not c[:3].isalpha() or not c[:3].isupper():
                continue
            if text[g_end:m.start].strip() not in ("", ","):
                continue
            words = self._low_words_between(max(0, g_start - 30), g_start)
            if words and origin.match_ending_at(words, len(words) - 1):
                return c[:3]
        return None

    def _title_role(self, e: Entity) -> Optional[str]:
        """An office title in apposition to a person's name: before it ("Menteri X", "the president
        of the region, X") or after it ("X, undersecretary to the prime minister")."""
        offices = self.lex.phrases("offices")
        agents = self.lex.phrases("agents")  # "Ambassador X", "X, a senior police officer"
        # a title that in the article's domain is no office ("All Blacks captain Tama Umaga" in a sport article)
        plain = {w.lower() for w in self.lex.tables.get("nonevent", {}).get("domain_titles", {}).get(getattr(self, "domain", None) or "", [])}
        doc = self.doc
        for m in e.mentions:
            if m.kind not in (None, "", "name", "alias", "surname"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            sent_char = next((x.start for x in self.r.sentences if x.start <= m.start < x.end), 0)
            lo = span.start
            while lo > 0 and span.start - lo < 7 and doc[lo - 1].idx >= sent_char:
                lo -= 1
            before = [t.text.lower() for t in doc[lo:span.start]]
            according = self.lex.phrases("according")
            for k in range(len(before)):
                if k and according.match_ending_at(before, k - 1):
                    continue  # "Menurut jaksa, Sri menagih utang": the office is the source's, not the name's
                n, role = offices.match_at(before, k)
                if not n:
                    n, role = agents.match_at(before, k)
                    n = n if k + n == len(before) else 0  # an agent noun only right before the name
                if n and plain and " ".join(before[k:k + n]) in plain:
                    continue
                if n and self._office_of_private_body(doc, lo + k + n):
                    continue  # "the president of Lions Gate, Steve Beeks": a firm's office, no state's
                if n and (k + n == len(before) or before[k + n] in (",", "of", "to", "dari", "the")
                          or self._name_chain(doc, lo + k + n, span.start)):
                    return role or ""
            after = [t.text.lower() for t in doc[span.end:min(len(doc), span.end + 5)]]
            if after and after[0] == ",":
                for k in (1, 2):
                    if k < len(after):
                        n, role = offices.match_at(after, k)
                        n, role = (n, role) if n else agents.match_at(after, k)
                        if n and not (plain and " ".join(after[k:k + n]) in plain) \
                                and not self._office_of_private_body(doc, span.end + k + n):
                            return role or ""
        return None

    def _name_chain(self, doc, a: int, b: int) -> bool:
        """Tokens ``a``..``b``-1 between a title and a name are more of the name ("President George W. Bush"): each
        capitalised or an initial's full stop. Before session 25 only the last was tested, so "The Aviator's producers
        are Michael Mann and Graham King - with Mr Evans ... left off" made "King" Mr Evans's office (USAGOV); the pack's
        ``[political_orgs] title_name_chain`` asks for the whole chain (English)."""
        if a >= b:
            return False
        if not self.lex.title_name_chain:
            return doc[b - 1].text[:1].isupper()
        return all(doc[x].text[:1].isupper() or doc[x].text == "." for x in range(a, b))

    def _office_of_private_body(self, doc, t: int) -> bool:
        """The title ending before token ``t`` is held in a private body: "of" or "at" (past "the") and an
        organisation the actors stage left uncoded and that is no political actor by pattern ("Steve Beeks,
        president of Lions Gate", "Michael Weiss, president of StreamCast Networks"): a firm's or a club's office,
        no state's. A country, a coded body or a political one ("president of the European Parliament") keeps it."""
        if not self.lex.office_of_private_body:
            return False
        if t >= len(doc) or doc[t].text.lower() not in ("of", "at"):
            return False
        u = t + 1
        if u < len(doc) and doc[u].text.lower() == "the":
            u += 1
        if u >= len(doc):
            return False
        at = doc[u].idx
        ent = next((e for e in self.r.entities for m in e.mentions if m.start <= at < m.end), None)
        if ent is None or ent.type != "ORG" or ent.actor:
            return False
        return self._political_role(ent) is None

    def _no_home_against_home(self, r: Raw) -> None:
        """'Students protest against Israel': unnamed actors are not given the country they act against.
        A province or town of the home country on the other side ("mengingatkan Pemprov Jawa Timur",
        "insiden di Magetan menewaskan pekerja") is a domestic party, not the country acted against.
        Kept: a party the text names ("the US government is to investigate US Airways", "the group made a claim
        against the Russian government" with the group Yukos), and a role noun of a body of the state ([home]
        state_roles: "the US administration asked Congress"): a country deals with its own firms and organs."""
        home = self.people_home or self.home
        if not home:
            return
        state = frozenset(self.lex.tables.get("home", {}).get("state_roles", ()))
        for mine, units, other in ((r.actor_refs, r.actor, r.recipient), (r.recipient_refs, r.recipient, r.actor)):
            if any(u.ent is not None and u.ent.type == "GPE" and (u.ent.actor or "")[:3] == home
                   and not self._subnational(u.ent) for u in other):
                for ref, u in zip(mine, units):
                    if u.ent is None and not (u.role and u.role in state):
                        ref.code = None

    def _subnational(self, e: Entity) -> bool:
        """The name is a division or town, not a country: the gazetteer knows it and none of its readings
        is a country (id "c:ISO3"). The places stage runs later, so the name is looked up here."""
        if e.place is not None and e.place.id:
            return not e.place.id.startswith("c:")
        found = candidates(e.name, self.r.lang)
        return bool(found) and not any((p.id or "").startswith("c:") for p in found)

    @staticmethod
    def _codes(refs: list[ActorRef]) -> tuple:
        return tuple(sorted({(r.code or "")[:3] or (r.name or "") for r in refs}))

    def _refs(self, units: list[Unit]) -> list[ActorRef]:
        out, seen = [], set()
        for u in units:
            ref = self._ref(u)
            k = ref.entity or ref.name
            if k not in seen:
                seen.add(k)
                out.append(ref)
        return out
