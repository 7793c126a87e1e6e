"""Article-level passes: claimant chain, dates, casualties, quantity, and the events emitted with CAMEO and Goldstein."""

from __future__ import annotations

import re

import datetime as dt
from typing import Optional

from kabar.places.resolve import place_country
from kabar.record import ActorRef, Claimant, Event, Quantity, Quote, Span
from kabar.stages.events.units import PUNCT, Raw, Unit, is_country_code
from kabar.text.parse import base, read_batched


# finish._anaphoric_day: how many sentences before an act's own a "saat itu" / "dalam pertemuan itu" may point back to (short
# news paragraphs: IndoSum's "Presiden Jokowi pada Kamis sore ... . Undangan itu ... . Pada kesempatan tersebut, ...")
ANAPHOR_LOOKBACK = 4


class EventFinishing:
    """From found events to the record's events."""

    def run(self) -> list[Event]:
        sents = self.r.sentences
        carried: list[Optional[list[Unit]]] = [None]  # carried[i]: the subject sentence i inherits

        def read(i: int) -> list[Raw]:
            got, subject = self._sentence(i, sents[i].start, sents[i].end, carried[i])
            if len(carried) == i + 1:  # a sentence read again (its parse now at hand) carries the same subject on
                carried.append(subject)
            return got

        # the sentences with a trigger missing a party are parsed together, not one parser call each
        raws = [r for got in read_batched(self.parse, len(sents), read) for r in got]
        return self._finish(self._with_judgements(raws))

    def _finish(self, raws: list[Raw]) -> list[Event]:
        lx = self.lex
        self._raws = raws
        self.r.state.event_drops = []
        last_recipient: dict[tuple, list[ActorRef]] = {}
        events: list[Event] = []
        self._ev_sent: dict[int, int] = {}  # the sentence of each emitted event (for anaphoric reactions)
        seen: set = set()
        denials: list[Event] = []  # events of content_object triggers (denials) with no recipient of their own
        for r in raws:
            cat = lx.category(r.event)
            self._captive_actor(r, cat)
            self._implied_agent(r)
            self._speaker_agent(r)
            r.actor_refs = self._refs(r.actor)
            r.recipient_refs = self._refs(r.recipient)
            press = cat.get("press_roles")
            if press:  # "spoke to reporters", "told journalists": the press asks questions, nobody is consulted
                r.recipient_refs = [x for x in r.recipient_refs if not (id(x) in self._role_refs and (x.code or "")[-3:] in press)]
            self._roles_from_location(r)
            self._no_home_against_home(r)
            if set(r.mode) & set(cat.get("own_ground_modes", ())) and self._on_own_ground(r):
                self._drop(r, "own ground")
                continue  # a campaign tour of one's own country's towns and seats visits no other party
            if cat.get("own_ground_no_recipient") and r.recipient_refs and self._on_own_ground(r):
                r.recipient_refs = []  # "Riot police were patrolling two villages in southern Kazakhstan": faces nobody
            if cat.get("own_place_no_recipient") and r.recipient_refs and self._own_place_only(r):
                r.recipient_refs = []  # "promised an upper limit on the number of people allowed into Britain"
            actor_codes = {(a.code or "")[:3] for a in r.actor_refs if a.code}
            r.recipient_refs = [x for x in r.recipient_refs if not (x.entity and any(x.entity == a.entity for a in r.actor_refs))]
            if (r.tdef.reciprocal or cat.get("compound_actor_ok") or cat.get("pair_without_recipient")
                    or r.tdef.pair_without_recipient) \
                    and not r.recipient_refs and len(r.actor_refs) >= 2:
                # "Indonesia dan Pakistan menjalin kerja sama": a mutual act, each party also the other's recipient
                r.recipient_refs = [x.model_copy() for x in reversed(r.actor_refs)]
            if not r.recipient_refs and len(r.actor_refs) >= 2 and self._mutual(r):
                # "Russia and Ukraine accused each other": each actor's recipient is the other (_emit_per_party)
                r.recipient_refs = [x.model_copy() for x in reversed(r.actor_refs)]
                r.mutual = True
                r.recipient_from = "mutual"
            if not r.recipient_refs and cat.get("location_recipient"):
                loc = [self._ref(u) for u in r.location if u.ent is not None and u.ent.type in ("GPE", "LOC") and u.ent.actor]
                loc = [x for x in loc if (x.code or "")[:3] not in actor_codes]
                if loc:
                    r.recipient_refs = loc[:1]
                    r.recipient_from = "location"
                    r.confidence -= 0.05
            self._home_for_role_only(r.actor_refs)
            self._implied_parties(r, cat)
            self._country_for_role_only(r, actor_codes)
            self._home_for_role_only(r.recipient_refs)
            key = (r.event, self._codes(r.actor_refs))
            if r.recipient_refs and r.actor_refs:
                last_recipient[key] = r.recipient_refs
            elif not r.recipient_refs and r.actor_refs and cat.get("inherit_recipient") and key in last_recipient:
                r.recipient_refs = list(last_recipient[key])
                r.recipient_from = "discourse"
                r.confidence -= 0.1
            if not r.recipient_refs and r.tdef.no_recipient_event:
                r.event = r.tdef.no_recipient_event
                r.mode = list(r.tdef.no_recipient_mode)
            if not r.recipient_refs and r.event.lower() in lx.word("anaphoric_events") and r.voice == "active":
                self._anaphoric_recipient(r, events)
            needs_rec = (lx.category_setting(r.event, "needs_recipient") and not self._says_what_kind(r)) \
                or r.tdef.needs_recipient or self._form_needs_recipient(r)
            if needs_rec and not r.recipient_refs and not (lx.category_setting(r.event, "compound_actor_ok") and len(r.actor_refs) >= 2):
                self._drop(r, "needs a recipient")
                continue
            if not r.recipient_refs and r.actor_refs and r.event in lx.tables.get("government_recipient", {}).get("events", ()):
                self._government_recipient(r)  # after the test above: an implied government makes no event of its own
            self._home_recipient(r)
            if cat.get("distinct_codes") and self._one_body(r):
                self._drop(r, "one body with itself")
                continue  # "Polrestabes berkoordinasi dengan Polres Deli Serdang": units of one service work together
            if not r.actor_refs and r.voice == "host":
                self._drop(r, "host without a guest")
                continue  # a host with no guest named ("the bill received a first reading", "received refusals") hosts no visit
            if not r.actor_refs:
                # kept, not dropped: the store can filter on confidence; the reason stays on the event
                r.actor_unknown = "subject not found" if r.voice in ("active", "receive") else f"no agent ({r.voice})"
                r.confidence -= 0.1 if r.voice in ("active", "receive") else 0.0
            if not any(self._coded_in_own_right(ref) for ref in r.actor_refs + r.recipient_refs):
                self._drop(r, "no coded party")
                continue  # no party is a coded actor or a role noun: a business, sport or private sense
            if lx.category_setting(r.event, "needs_actor") and not r.actor_refs:
                self._drop(r, "needs an actor")
                continue
            if not r.actor_refs and r.voice not in ("active", "host") and lx.category_setting(r.event, "needs_agent"):
                # an agentless passive, a bare noun or a receipt with no giver ("pelaku ditembak", "diminta
                # menjauh", "pengiriman bantuan", "mendapat 1 juta kiloliter"): the text leaves the doer
                # unsaid, unlike an active verb whose subject kabar missed
                self._drop(r, "needs an agent")
                continue
            if not r.actor_refs and r.voice == "active" and lx.tables.get("quad", {}).get(r.event, "") in lx.tables.get("speaker_needed", {}).get("quads", []):
                self._drop(r, "statement without a speaker")
                continue  # a statement nobody is found to make ("global poverty threatens ...") is no verbal act
            if not r.actor_refs and not r.recipient_refs:
                self._drop(r, "no party")
                continue
            if self._describes(r):
                self._drop(r, "describes a game, market or show")
                continue
            if self._gated(r):
                self._drop(r, "gated")
                continue  # a game, a market or a show told in the words of conflict and diplomacy (gate.py)
            if r.modality == "future" and r.event in lx.tables.get("future_as", {}):
                r.event = lx.tables["future_as"][r.event]
                r.mode = []
            for ev in self._emit_per_party(r, cat):
                if self.opinion and ev.date is None and ev.claimant is None and not self._person_actor(ev):
                    self._drop(r, "opinion column")
                    continue  # an opinion column's undated claim in the writer's own voice is a view, not an event
                k = (r.sent_index, ev.event, self._codes(ev.actor), self._codes(ev.recipient), ev.date, ev.modality,
                     ev.claimant.name if ev.claimant else None, tuple(a.entity or a.name for a in ev.actor))
                if k in seen:
                    continue
                seen.add(k)
                events.append(ev)
                self._ev_sent[id(ev)] = r.sent_index
                if r.tdef.content_object and not ev.recipient and ev.actor:
                    denials.append(ev)
        answers = {w.upper() for w in lx.word("denial_answers")}  # words are folded to lower case
        for ev in denials:  # "She denied their role was changing": the denial answers the last claim against her side
            claims = sorted((x for x in events if x.event in answers and x.actor and x.recipient
                             and x.evidence.start < ev.evidence.start), key=lambda x: x.evidence.start)
            got = self._accuser(ev, claims)
            if got:
                ev.recipient = got
                ev.confidence = round(ev.confidence - 0.1, 2)
        for n, ev in enumerate(events, 1):
            ev.id = f"V{n}"
        self._link_restatements(events)
        return events

    def _drop(self, r: Raw, why: str) -> None:
        """Note a found trigger that makes no event, and why (``record.state.event_drops``: the census reads them,
        ``scripts/event_census.py --drops``); the note changes nothing that is emitted."""
        self.r.state.event_drops.append((r.sent_index, r.event, self.r.text[r.trig_span[0]:r.trig_span[1]], why))

    def _person_actor(self, ev: Event) -> bool:
        """A named person acts ("Megawati bahkan meminta kepala daerah ..."): a reported act, even in a column."""
        return any((e := self.r.entity(a.entity)) is not None and e.type == "PER" for a in ev.actor)

    def _mutual(self, r: Raw) -> bool:
        """"each other", "one another" ([syntax] mutual_objects) within four words after the trigger, in its clause
        ("accused each other of", "express mutual respect for each other"): the coordinated actors acted on one
        another."""
        sent = self.r.sentences[r.sent_index]
        if self._mutual_before(r, sent):
            # only between parties with codes: "North and South Korea exchanged artillery fire" with "North" uncoded
            # would give an event with no actor (dev tune: one more false event, none matched)
            return all(a.code for a in r.actor_refs)
        table = self.lex.phrases("mutual_objects")
        if not table.table:
            return False
        after = self.r.text[r.trig_span[1]:sent.end].lower().split()[:6]
        words = []
        for w in after:
            words.append(w.strip(".,;:!?\"'“”‘’()"))
            if w[-1:] in ",;:!?.":
                break  # the clause ends at punctuation
        return any(table.match_at(words, k)[0] for k in range(min(4, len(words))))

    def _mutual_before(self, r: Raw, sent) -> bool:
        """A reciprocal marker ([syntax] mutual_before) opening the trigger's phrase, right before it or one word
        before it, in its clause: "Rusia dan Ukraina saling menuduh", "saling melontarkan tuduhan", "the US and China traded
        accusations", "exchanged angry accusations": the coordinated actors acted on one another."""
        table = self.lex.phrases("mutual_before")
        if not table.table:
            return False
        words = []
        for w in reversed(self.r.text[sent.start:r.trig_span[0]].lower().split()[-3:]):
            if w[-1:] in ",;:!?.":
                break  # the clause ends at punctuation
            words.insert(0, w.strip(".,;:!?\"'“”‘’()"))
        n = len(words)
        # the marker may open the trigger's own phrase: "traded accusations", "exchanged fire" (CAMEO phrases)
        first = self.r.text[r.trig_span[0]:r.trig_span[1]].lower().split()[:1]
        if not any(table.match_ending_at(words + first, k) for k in (n, n - 1, n - 2) if 0 <= k < n + len(first)):
            return False
        # "Britain and France exchanged accusations with Iran": the third party is the recipient
        return not self._party_after_role_prep(r, sent)

    def _party_after_role_prep(self, r: Raw, sent) -> bool:
        """A party named after the trigger in its sentence right after a preposition of a third party ([syntax]
        mutual_third_party_preps: "with Iran", "dengan Iran"; not the topic's "over Iraq"): the chunk rules may have
        missed it, but the act is then aimed at it, not mutual."""
        preps = self.lex.word("mutual_third_party_preps")
        dets = self.lex.dets
        for start, _, _ in self.mentions:
            if r.trig_span[1] <= start < sent.end:
                before = self.r.text[max(r.trig_span[1], start - 24):start].lower().split()
                while before and before[-1] in dets:
                    before.pop()
                if before and before[-1] in preps:
                    return True
        return False

    def _anaphoric_recipient(self, r: Raw, events: list[Event]) -> None:
        """A reaction whose object points back at an act told before ("France condemned it", "Germany rejected the
        request", "welcomed the move") is directed at the one who acted: the actor of the latest earlier event of
        the article whose actor has another country than the reacting party ([syntax] anaphoric_acts right after
        the trigger, for the categories of anaphoric_events)."""
        lx = self.lex
        sent = self.r.sentences[r.sent_index]
        after = self.r.text[r.trig_span[1]:sent.end].lower().split()[:4]
        after = [w.strip(".,;:\"'“”‘’") for w in after]
        acts = lx.phrases("anaphoric_acts")
        if not after or not acts.match_at(after, 0)[0]:
            return
        own = {(a.code or "")[:3] for a in r.actor_refs if a.code}
        if not own:
            return
        for ev in reversed(events):
            if self._ev_sent.get(id(ev), -99) < r.sent_index - 2:
                return  # the act pointed at is told in this or the two sentences before
            codes = {(a.code or "")[:3] for a in ev.actor if a.code}
            if ev.actor and codes and not codes & own and not any((a.name or "").startswith("(") for a in ev.actor):
                r.recipient_refs = [a.model_copy() for a in ev.actor]
                r.recipient_from = "anaphor"
                r.confidence -= 0.1
                return

    def _government_recipient(self, r: Raw) -> None:
        """Opposition at home is aimed at the government: an accusation, refusal, request or threat with no
        recipient, by a party of a country with a role that is not government ("The Lib Dems also oppose the plans",
        "The Tories have called for a change in the law"), is directed at that country's government when the sentence
        names it (a GOV entity or role noun of the actor's country: "ministers", "the Cabinet Office") or, with no
        other country's government named, the object after the trigger is one of its acts (``[government_recipient]
        policy_objects`` within ``window`` words: "the bill", "the plans")."""
        lx = self.lex
        table = lx.tables.get("government_recipient", {})
        role = table.get("role", "GOV")
        countries = {(a.code or "")[:3] for a in r.actor_refs}
        # a state named alone ("France") is its government; so is a party coded with no role of its own
        if len(countries) != 1 or any((a.code or "")[3:6] in (role, "") for a in r.actor_refs):
            return
        country = countries.pop()
        if len(country) != 3 or not country.isalpha() or not country.isupper() \
                or country in self._role_codes() | {"IGO", "NGO", "IMG"}:
            return  # an international or non-governmental body has no government of its own
        sent = self.r.sentences[r.sent_index]
        units = self._units_between(sent.start, sent.end)
        words = [u.low for u in units]
        own = {a.entity for a in r.actor_refs if a.entity}
        generic = lx.phrases("generic_actors")
        found: Optional[ActorRef] = None
        foreign = False  # a government of another country named in the sentence owns the plans it names
        trig = next((k for k, u in enumerate(units) if u.start >= r.trig_span[0]), len(units))
        # a government party in the trigger's own clause before it is its subject, whom the chunk rules missed ("he
        # pointed to how Tony Blair had in 1997 complained about ..."): no recipient of the act
        skip = range(r.clause.start, trig) if r.clause.start <= trig else range(0)
        m = 0
        while m < len(units) and found is None:
            u = units[m]
            if m in skip:
                m += 1
                continue
            if u.kind == "ent" and u.ent is not None and u.ent.id not in own and (u.ent.actor or "") == country + role:
                found = ActorRef(name=u.ent.name, code=u.ent.actor, entity=u.ent.id)
            elif u.kind == "ent" and u.ent is not None and (u.ent.actor or "")[3:6] == role:
                foreign = True
            elif u.kind == "word":
                n, got = generic.match_at(words, m)
                if n and got == role and not (m + n < len(units) and units[m + n].kind == "ent"):
                    found = ActorRef(name=f"({role})", code=country + role)
                m += max(n, 1)
                continue
            m += 1
        if found is None and not foreign:
            after = [k for k, u in enumerate(units) if u.start >= r.trig_span[1]][:int(table.get("window", 8))]
            policy = lx.phrases("government_policy_objects")
            if any(policy.match_at(words, k)[0] for k in after):
                found = ActorRef(name=f"({role})", code=country + role)
        if found is None:
            return
        r.recipient_refs = [found]
        r.recipient_from = "implied"
        r.confidence -= 0.1

    def _accuser(self, r: Event, claims: list[Event]) -> list[ActorRef]:
        """The party a denial answers (``content_object`` triggers with no recipient of their own): the actor of the
        latest earlier claim against the denier, an event of ``[syntax] denial_answers`` (accusations, rejections,
        demands, threats) by another party whose recipient is the denier's entity or carries the denier's full code,
        else the latest one aimed at the denier's country ("The Police Federation opposes giving CSOs the power ...
        [the minister] denied their role was changing": the Federation). None when no such claim stands before it:
        the claim denied is then unsaid, and so is its maker."""
        mine_ents = {a.entity for a in r.actor if a.entity}
        mine_codes = {a.code for a in r.actor if a.code and len(a.code) > 3}
        mine_sides = {a.code[:3] for a in r.actor if a.code and len(a.code) >= 3}
        others = [e for e in claims if not any(a.entity and a.entity in mine_ents for a in e.actor)
                  and not any(a.code and a.code in mine_codes for a in e.actor)]  # not the denier's own claims
        for e in reversed(others):
            if any((x.entity and x.entity in mine_ents) or (x.code and x.code in mine_codes) for x in e.recipient):
                return [a.model_copy() for a in e.actor]
        for e in reversed(others):  # else the last claim against the denier's side (its country)
            if any(x.code and x.code[:3] in mine_sides for x in e.recipient):
                return [a.model_copy() for a in e.actor]
        return []

    def _says_what_kind(self, r: Raw) -> bool:
        """Whether the trigger's object names a kind of the category that is an act between parties even with no
        recipient written (the category's ``recipient_optional_words`` among the trigger and the three words after
        it: "provides humanitarian aid", "granted asylum", "sent weapons")."""
        words = self.lex.category_setting(r.event, "recipient_optional_words")
        if not words:
            return False
        after = re.findall(r"\w+", self.r.text[r.trig_span[1]:r.evidence[1]].lower())[:3]
        text = " " + " ".join(re.findall(r"\w+", self.r.text[r.trig_span[0]:r.trig_span[1]].lower()) + after) + " "
        return any(f" {w} " in text for w in words)

    def _form_needs_recipient(self, r: Raw) -> bool:
        """The trigger's own form is one that is this event only with its other party named ("mengamankan")."""
        return tuple(self.r.text[r.trig_span[0]:r.trig_span[1]].lower().split()) in r.tdef.needs_recipient_forms

    def _implied_parties(self, r: Raw, cat: dict) -> None:
        """Parties a category implies: 'Demonstrasi digelar di seluruh AS' (location_actor: the people of
        the place act), and a protest with no named target is against its own country's government
        (implied_recipient_role); the pack's [implied_recipient] gives a role by "EVENT:mode" (an arrest or
        a search with no coded target was of suspects of the actor's country) to an absent or uncoded target."""
        if not r.actor_refs and cat.get("location_actor"):
            loc = [u for u in r.location if u.ent is not None and u.ent.type in ("GPE", "LOC") and u.ent.actor]
            if loc:
                r.actor_refs = [ActorRef(name=loc[0].ent.name, code=(loc[0].ent.actor or "")[:3], entity=loc[0].ent.id)]
                r.actor_unknown = "people of the place"
                r.confidence -= 0.1
        role = cat.get("implied_recipient_role")
        table = self.lex.tables.get("implied_recipient", {})
        by_mode = next((table[f"{r.event}:{m}"] for m in r.mode if f"{r.event}:{m}" in table), table.get(r.event))
        if by_mode and self._form_needs_recipient(r):
            by_mode = None  # "mengamankan aksi": a form that is an arrest only with its party named
        uncoded = bool(by_mode) and bool(r.recipient_refs) and not any(x.code for x in r.recipient_refs)
        if by_mode:
            role = by_mode  # "polisi meringkus satu orang lagi", "menggeledah rumah mereka": the people held or searched
        if role and (not r.recipient_refs or uncoded) and r.actor_refs:
            country = next(((a.code or "")[:3] for a in r.actor_refs if len(a.code or "") >= 3), None)
            if country and country.isupper() and country.isalpha():
                first = r.recipient_refs[0] if uncoded else None
                r.recipient_refs = [ActorRef(name=first.name if first else f"({role})", code=country + role,
                                             entity=first.entity if first else None)]
                r.recipient_from = "implied"
                r.confidence -= 0.1

    def _home_recipient(self, r: Raw) -> None:
        """In a domestic story, an act of a home-country party on nobody coded ("KPK akan meminta pertanggungjawaban
        para pihak tersebut", "meminta uang Rp 88 juta ke korban", "Partai NasDem menonaktifkan kadernya") was done
        to people of the home country: the pack's ``[home] home_recipient_events`` take the home country
        (``people_home``, only where the article names it) as recipient. An event that needs its party named was
        dropped before this."""
        events = self.lex.tables.get("home", {}).get("home_recipient_events", [])
        home = self.people_home
        if not home and self.lex.tables.get("home", {}).get("home_recipient_inferred"):
            if r.tdef.content_object or r.recipient_refs:
                # a denial answers the claim's source (_accuser), not the home country at large; a party named but
                # uncoded ("banning Muslims") is no home party: the story's country is only inferred
                return
            home = (self.home or "")[:3]  # English: the story's inferred home country (coder._home_country)
        if not home or r.event not in events or not r.actor_refs or any(x.code for x in r.recipient_refs):
            return
        if any((a.code or "")[:3] != home for a in r.actor_refs):
            return
        if home != self.people_home and self._names_abroad(r, home):
            return
        if self._states_object(r):
            return
        first = r.recipient_refs[0] if r.recipient_refs else None
        r.recipient_refs = [ActorRef(name=first.name if first else f"({home})", code=home,
                                     entity=first.entity if first else None)]
        r.recipient_from = "implied"
        r.confidence -= 0.1

    def _states_object(self, r: Raw) -> bool:
        """Session 32 (evargen32): the trigger's object is a plural of states (``[home] states_heads``: nations,
        countries) after at most ``states_object_reach`` lower-case words ("called on rich nations to fund a plan",
        "He called on industrialised nations to commit themselves", "we are now asking other countries to join us"):
        states the text does not name, other than the home country, so no inferred home recipient."""
        table = self.lex.tables.get("home", {})
        heads = self.lex.word("home_states_heads")
        if not heads:
            return False
        sent = self.r.sentences[r.sent_index]
        units = self._units_between(r.trig_span[1], sent.end)[:int(table.get("states_object_reach", 0)) + 1]
        for u in units:
            if u.kind != "word" or not self.r.text[u.start:u.end][:1].islower():
                return False
            if u.low in heads:
                return True
        return False

    def _names_abroad(self, r: Raw, home: str) -> bool:
        """Within ``[home] home_recipient_abroad_window`` units after the trigger, its sentence names a coded party of
        another country or an international body, not among the actors ("Obama blames part of the failure in placing
        too much faith in Great Britain, France ...", "began investigating complaints that Ukraine ... had illegally
        dumped", "rejecting a treaty ... that would tie Ukraine closer"): the act may be aimed abroad, so an inferred
        home country is no safe recipient. Only after the trigger: a country named before it is mostly background
        ("a top general in the conflicts in Iraq and Afghanistan, was sentenced"; session 17, events-en12)."""
        window = int(self.lex.tables.get("home", {}).get("home_recipient_abroad_window", 0))
        if window <= 0:
            return False
        sent = self.r.sentences[r.sent_index]
        own = {a.entity for a in r.actor_refs if a.entity}
        units = self._units_between(r.trig_span[1], sent.end)[:window + 1]
        for k, u in enumerate(units[:window]):
            if self._topic_modifier(units, k):
                continue  # "calls for ... advice on the legality of the Iraq war": a topic, not a party abroad
            if u.kind == "ent" and u.ent is not None and u.ent.id not in own:
                code = (u.ent.actor or "")[:3]
                if is_country_code(code) and code != home:
                    return True
        return False

    def _emit_per_party(self, r: Raw, cat: dict) -> list[Event]:
        """Coordinated actors ("Indonesia dan Malaysia mengecam Israel") make one event each; a mutual
        act (talks, cooperation, clashes: reciprocal triggers, compound-actor categories) stays one. With
        no recipient they stay one too, unless the category says ``split_actors`` ("the Tories and the
        Lib Dems have called for an inquiry": two requests, GOLD codes coordinated parties one event each)."""
        refs, recipients = r.actor_refs, r.recipient_refs
        if r.mutual:  # "accused each other": one event per party, the others its recipients
            groups = [[ref] for ref in refs]
        else:
            alone = not recipients and not (self.lex.category_setting(r.event, "split_actors") and all(x.code for x in refs))
            if len(refs) < 2 or r.tdef.reciprocal or cat.get("compound_actor_ok") or alone \
                    or {(x.entity, x.name) for x in refs} == {(x.entity, x.name) for x in recipients}:
                return self._emit(r)
            # parties of one code act as one ("Polsek Kawali dan Polsek Panawangan mengamankan ..."): one event,
            # not two that differ only in the name behind the same code
            by_code: dict = {}
            for ref in refs:
                by_code.setdefault(ref.code or id(ref), []).append(ref)
            groups = list(by_code.values())
        out: list[Event] = []
        try:
            for group in groups:
                r.actor_refs = group
                if r.mutual:
                    r.recipient_refs = [x for x in recipients if (x.entity, x.name) != (group[0].entity, group[0].name)]
                out.extend(self._emit(r))
        finally:
            r.actor_refs, r.recipient_refs = refs, recipients
        return out

    @staticmethod
    def _one_body(r: Raw) -> bool:
        """Session 25 (events-id25): every actor and every recipient is of one country and at most one role ("IDNCOP"
        with "IDNCOP", or with a unit coded only "IDN"): for a category with ``distinct_codes`` the act stays inside one
        body or service (police units coordinating a road closure, a provincial office "berkoordinasi dengan pihak
        terkait"), not between two parties."""
        refs = r.actor_refs + r.recipient_refs
        if not (r.actor_refs and r.recipient_refs) or not all(ref.code for ref in refs):
            return False
        countries = {ref.code[:3] for ref in refs}
        roles = {ref.code[3:6] for ref in refs} - {""}
        return len(countries) == 1 and len(roles) <= 1

    def _on_own_ground(self, r: Raw) -> bool:
        """A visit to nobody named, to places of the visitor's own country or to its own side ("Mr Kennedy is
        visiting a mixture of rural seats", "Later he visits Manchester", "Kennedy has begun a week-long tour" with his
        own party as the other side, "the chancellor is leaving Britain on a tour of Africa"): no other party is met
        (PLOVER CONSULT visit: one actor visits another). A foreign place stays a visit to that country ("visited
        slums in Nairobi", "is visiting Tanzania")."""
        own = {(a.code or "")[:3] for a in r.actor_refs if a.code}
        if len(own) != 1:
            return False
        country = next(iter(own))
        actor_codes = {a.code for a in r.actor_refs if a.code}
        for ref in r.recipient_refs:
            ent = self.r.entity(ref.entity) if ref.entity else None
            if ent is not None and ent.type in ("GPE", "LOC"):
                # a town the gazetteer cannot place in one country ("Manchester") is of the story's home country
                place = (ent.actor or "")[:3] or place_country(ent.name, self.r.lang) or \
                    ((self.people_home or self.home or "") if self._subnational(ent) else "")
                if place == country:
                    continue
                return False
            if ref.code and ref.code in actor_codes:
                continue
            return False
        return True

    def _own_place_only(self, r: Raw) -> bool:
        """Session 27 (events-en27): every recipient is a place named by its name, of the actors' one country, and no
        modifier of a noun after it ("allowed into Britain", "the debt owed to Britain by ...", "go to Limassol for
        talks"; not "the Egyptian people", "the Russian border", nor "the country" or a pronoun standing for it): the
        place is where or what the act is about, no party it is made to. Narrower than _on_own_ground: another party
        of the same code ("The unions had offered the workers") stays."""
        own = {(a.code or "")[:3] for a in r.actor_refs if a.code}
        if len(own) != 1:
            return False
        country = next(iter(own))
        units = {u.ent.id: u for u in r.recipient if u.ent is not None}
        free = self.lex.word("preps") | self.lex.word("coord")
        text = self.r.text
        for ref in r.recipient_refs:
            u = units.get(ref.entity) if ref.entity else None
            if u is None or u.ent.type not in ("GPE", "LOC") or not text[u.start:u.end][:1].isupper():
                return False
            after = text[u.end:u.end + 30].split()
            nxt = after[0].strip(",.;:!?\"'”’)") if after else ""
            if nxt.isalpha() and nxt.islower() and nxt not in free:
                return False  # "the Egyptian people", "the Russian border": the name modifies a noun
            place = (u.ent.actor or "")[:3] or place_country(u.ent.name, self.r.lang)
            if place != country:
                return False
        return True

    def _captive_actor(self, r: Raw, cat: dict) -> None:
        """Suspects and detainees do not detain: a captive noun the chunk rules made the actor of an arrest
        ("to place terror suspects under house arrest", "The foreign terror suspects currently detained are mostly held
        at Belmarsh prison") is the one held (``captive_nouns`` of the category), the doer the category's implied
        agent ([implied_agent]: the police); a place taken as the other party was where they are held."""
        nouns = cat.get("captive_nouns")
        if not nouns or not r.actor or r.voice not in ("active", "noun"):
            return
        if not all(u.kind == "generic" and u.text.lower().split()[-1:] and u.text.lower().split()[-1] in nouns for u in r.actor):
            return
        if any(u.kind == "generic" or (u.ent is not None and u.ent.type not in ("GPE", "LOC")) for u in r.recipient):
            return
        role = self._implied_role(r)
        if not role:
            return
        r.recipient = r.actor
        self._give_implied_agent(r, role)

    def _implied_agent(self, r: Raw) -> None:
        """An agentless passive whose doer the category implies ("was arrested": the police); so does a legal
        act the subject receives with no giver named ("faces charges", "is facing an investigation": a court,
        the police)."""
        if r.voice not in ("passive", "receive") or r.actor or not r.recipient or r.tdef.cameo:  # hand-written triggers only
            return
        role = self._implied_role(r)
        if role:
            self._give_implied_agent(r, role)

    def _implied_role(self, r: Raw) -> Optional[str]:
        """The doer the category implies ([implied_agent]: "EVENT:mode" first, then "EVENT"), or None."""
        table = self.lex.tables.get("implied_agent", {})
        return next((table[f"{r.event}:{m}"] for m in r.mode if f"{r.event}:{m}" in table), table.get(r.event))

    def _give_implied_agent(self, r: Raw, role: str) -> None:
        """The implied doer, a role at the trigger, becomes the actor (with a lower confidence)."""
        a, b = r.trig_span
        r.actor = [Unit("generic", f"({role})", "", a, b, role=role)]
        r.actor_unknown = "implied agent"
        r.confidence -= 0.1

    def _speaker_agent(self, r: Raw) -> None:
        """An agentless passive inside the words of an office of state is its own act ([speaker_agent]):
        "The government says unions will be consulted" = CONSULT government -> unions. A pack may limit the rule to
        some modalities (`modalities`; all when unset): an Indonesian passive told as done or denied in an official's
        words is mostly what others did ("Tersangka dihina", "Jakarta dikunjungi jutaan orang"), what it announces
        ("akan diajak berunding") is its own."""
        table = self.lex.tables.get("speaker_agent", {})
        if r.voice != "passive" or r.actor or not r.recipient or r.event not in table.get("events", ()):
            return
        if "modalities" in table and r.modality not in table["modalities"]:
            return
        q = self.r.quote_at(r.trig_span[0], r.trig_span[1])
        if q is None:
            return
        roles = set(table.get("roles", ()))
        ent = self.r.entity(q.speaker) if q.speaker else None
        a, b = r.trig_span
        if ent is not None:
            if (ent.actor or "")[3:6] in roles or (not ent.actor and self._political_role(ent) in roles):
                r.actor = [Unit("ent", ent.name, "\x00ent", a, b, ent=ent)]
        elif q.speaker_name:
            words = [w for w in q.speaker_name.lower().split() if w]
            g = self.lex.phrases("generic_actors")
            n = g.match_ending_at(words, len(words) - 1) if words else 0
            role = g.table[tuple(words[len(words) - n:])] if n else None
            if role in roles:
                r.actor = [Unit("generic", q.speaker_name, "", a, b, role=role)]
        if r.actor:
            r.actor_unknown = "the speaker (agentless passive)"
            r.confidence -= 0.1

    def _claimant(self, r: Raw) -> tuple[Optional[Claimant], list[Claimant], Optional[str]]:
        q = self.r.quote_at(r.trig_span[0], r.trig_span[1])
        while q is not None and q.parent and q.kind == "indirect" and self._past_own_sentence(q, r.trig_span[0]):
            # reported speech inside a quotation ends with its own sentence: '"Presiden menekankan agar ... . Karena
            # itu, saya meminta BPS ...," tegasnya' is the outer speaker's request, not the President's
            q = self.qby_id.get(q.parent)
        while q is not None and self._presupposed_topic(q):
            # "KPK mengungkapkan alasan belum menahan Kusnadi": the content names a topic, and the act inside it is
            # taken as known, the article's (or the outer speaker's), not newly claimed by the speaker
            q = self.qby_id.get(q.parent) if q.parent else None
        while q is not None and self._trailing_source_elsewhere(q, r.trig_span[1]):
            # a source named after a later clause claims that clause only: "Hamas menyerang Israel pada 7 Oktober, yang
            # menewaskan 1.200 orang, menurut AFP" is the article's attack and AFP's toll
            q = self.qby_id.get(q.parent) if q.parent else None
        if q is not None:
            chain: list[Claimant] = []
            cur: Optional[Quote] = q
            guard = 0
            while cur is not None and guard < 10:
                name = cur.speaker_name or (self.r.entity(cur.speaker).name if cur.speaker and self.r.entity(cur.speaker) else None)
                if name:
                    chain.append(Claimant(name=name, entity=cur.speaker, quote=cur.id))
                cur = self.qby_id.get(cur.parent) if cur.parent else None
                guard += 1
            chain.reverse()
            r.quote = q
            return (chain[-1] if chain else None), chain, q.id
        # "menurut X" / "according to X" in the same sentence
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is None:
            return None, [], None
        units = self._units_between(sent.start, sent.end)
        words = [u.low for u in units]
        table = self.lex.phrases("according")
        basis = self.lex.phrases("according_basis")
        for pos, ln in table.find(words, 0, len(words)):
            if basis.match_at(words, pos + ln)[0]:
                continue  # the act's basis, not its source: "berdasarkan putusan MK", "berdasarkan penyidikan Polres"
            if self._source_of_later_clause(r.trig_span[1], units[pos].start, words[pos - 1] if pos else None):
                continue  # the source of a later clause only (see ``_trailing_source_elsewhere``)
            for k in range(pos + ln, min(len(units), pos + ln + 7)):  # "menurut draf yang dilihat kantor berita Reuters"
                if units[k].kind == "punct" and units[k].low == "," and k > pos + ln and not self._appositive_source(units, k):
                    break  # the source ends at its comma: "Menurut informasi yang diperoleh, Alfian ditetapkan ..."
                if units[k].kind == "ent":
                    e = units[k].ent
                    if r.trig_span[0] <= units[k].start < r.trig_span[1]:
                        break
                    if e.type in ("GPE", "LOC") and k > pos + ln:
                        continue  # a place inside the source's description ("mengutip media massa Ukraina, UNN")
                    if units[k - 1].low in self.lex.word("according_receivers"):
                        continue  # the outlet that received the statement ("keterangan tertulis yang diterima detikcom")
                    c = Claimant(name=e.name, entity=e.id)
                    return c, [c], None
            c = self._unnamed_source(units, pos + ln, r.trig_span[0])
            if c is not None:
                return c, [c], None
        if table.find(words, 0, len(words)):
            return None, [], None  # a source the scan did not name ("Menurut informasi yang diperoleh, ...")
        c = self._continued_report(r, sent)
        if c is not None:
            return c, [c], None
        return None, [], None

    def _unnamed_source(self, units: list[Unit], begin: int, trig_start: int) -> Optional[Claimant]:
        """A source the entity stage does not name, set before the clause with its comma: "Dikutip Biro Pers Istana,
        ketujuh kerja sama itu diteken ...", "Dikutip dari keterangan Tim Media Presiden, Prabowo tiba ...". The
        capitalised words that end the source right before its comma are the claimant's name (no entity); two words
        at least, or one written in capitals ("UNN"), so that a bare title or a common noun written with a capital
        ("Menurut Kapolres, ...") makes none. Not after a receiving word ("... yang diterima Redaksi, ...") and not when
        the source comes after the act (session 33, claimid33; dev gold detik-987)."""
        end = next((k for k in range(begin, min(len(units), begin + 8)) if units[k].kind == "punct"), None)
        if end is None or end == begin or units[end].low != "," or units[end].start > trig_start:
            return None
        k = end
        while k > begin and units[k - 1].kind == "word" and units[k - 1].text[:1].isupper():
            k -= 1
        run = units[k:end]
        if not run or self.lex.word("according_receivers") & {u.low for u in units[begin:k]}:
            return None  # the outlet or office that received the statement is no source of it
        if len(run) < 2 and not (run[0].text.isupper() and run[0].text.isalpha() and len(run[0].text) > 1):
            return None
        return Claimant(name=" ".join(u.text for u in run))

    def _continued_report(self, r: Raw, sent) -> Optional[Claimant]:
        """A speaker who goes on telling their own acts or experiences in the next sentence of the paragraph, with no
        cue of their own: the sentence before ends with reported speech ("X mengatakan/menjelaskan/mengaku
        <content>."), and this one has no quote, cue or source, a word of ``[syntax] report_continuers`` ("juga",
        "kemudian") and the speaker as its subject (the same entity, or a pronoun of ``continuing_subjects``): "Selama
        disekap, Sergei mengaku tangannya diikat ... . Ia juga dipaksa menyerahkan uang US$ 1 juta dengan ancaman ..."
        is Sergei's claim; "KPK juga menyampaikan telah melakukan penggeledahan ... . Kemudian, pada Selasa (15/7), KPK
        menggeledah rumah ..." is KPK's (dev gold). Not when another party is the subject ("Polisi kemudian
        menetapkan keduanya menjadi DPO", "Demonstrasi juga dilakukan ...": the article's narration), not the
        speaker's own next speech act ("Ia juga meminta ...": a speech act is the article's), not across a paragraph
        break, and not after direct speech (a quotation ends with its marks). The event's own ``quote`` stays empty:
        its words are the article's, only their source is the speaker (session 29, claim-id29)."""
        words = self.lex.word("report_continuers")
        if not words or r.sent_index <= 0 or self.r.sentences[r.sent_index] is not sent:
            return None
        prev = self.r.sentences[r.sent_index - 1]
        if "\n" in self.r.text[prev.end:sent.start]:
            return None
        if not words & set(self._low_words_between(sent.start, r.trig_span[0])):
            return None
        if self.lex.tables.get("quad", {}).get(r.event, "").startswith("VERBAL") and r.voice == "active":
            return None  # the speaker's own next speech act ("Ia juga berharap ...", "Namun, ia meminta ...")
        last: Optional[Quote] = None
        for q in self.r.quotes:
            if q.start < sent.end and q.end > sent.start:
                return None  # the sentence's own quote decides (this one is outside it)
            if q.cue_start is not None and sent.start <= q.cue_start < sent.end:
                return None  # a cue of its own
            if (q.kind == "indirect" and prev.start <= q.start < q.end <= prev.end and q.cue_start is not None
                    and prev.start <= q.cue_start < q.start and self._ends_sentence(q.end, prev.end)):
                last = q
        if last is None:
            return None
        name = last.speaker_name or (self.r.entity(last.speaker).name if last.speaker and self.r.entity(last.speaker) else None)
        if not name:
            return None
        pronouns = self.lex.word("continuing_subjects")
        units = [u for u in self._units_between(sent.start, r.trig_span[0]) if u.kind != "punct"]
        for k, u in enumerate(units):
            if u.kind == "ent" and u.ent is not None:
                if not (last.speaker and u.ent.id == last.speaker):
                    return None  # another party opens the sentence: the article's narration
                break
            if u.kind == "word" and u.low in pronouns:
                break
        else:
            return None  # no subject before the trigger names the speaker
        # the continuing word opens the sentence ("Kemudian, pada Selasa (15/7), KPK menggeledah ...") or follows the
        # subject ("Ia juga dipaksa ...", "KPK juga telah menyita ..."): it goes with the main act, not with a phrase
        # deeper in ("Jusuf adalah pendiri CSIS dan ... nama adiknya juga disebut-sebut ...")
        if not (units[0].low in words or (k + 1 < len(units) and units[k + 1].low in words)):
            return None
        return Claimant(name=name, entity=last.speaker, quote=last.id)

    def _ends_sentence(self, end: int, sent_end: int) -> bool:
        """Only closing punctuation between a quote's end and its sentence's end."""
        return not self.r.text[end:sent_end].strip(" .!?\"'\u201d\u2019)")

    def _presupposed_topic(self, q: Quote) -> bool:
        """Reported content that opens with a topic noun of ``[syntax] presupposing_contents`` ("menjelaskan alasan
        ...", "mengungkap kronologi ...", "menjelaskan detail pasal yang diadukan") is a noun phrase, not a
        proposition: the speaker tells the reason, the details or the sequence of an act the text takes as known, so
        that act is not the speaker's claim (dev gold: "KPK mengungkapkan alasan belum menahan Kusnadi" has no
        claimant). A demonstrative after the noun makes it a clause's subject ("mengatakan alasan itu tidak ..."),
        which stays a claim (session 29, claim-id29)."""
        heads = self.lex.word("presupposing_contents")
        if not heads or q.kind != "indirect":
            return False
        words = q.text.lower().split()[:2]
        return bool(words) and words[0].strip(",.") in heads and (
            len(words) < 2 or words[1].strip(",.") not in self.lex.word("demonstratives"))

    def _trailing_source_elsewhere(self, q: Quote, trig_end: int) -> bool:
        """An according source named after the trigger ("..., menurut X", "..., according to X") with a clause break
        between the two: a comma and a relative or contrastive word (``[syntax] according_scope_breaks``:
        ", yang", ", namun", ", which", ", but"). The source then claims the later clause only (a toll, another party's
        view), and the event before the break is the article's (dev gold: detik-971, 1505169310, GUM_news_asylum).
        A source before the content, and cues of speech ("..., kata X"), are not touched."""
        if q.kind != "indirect" or q.cue_start is None or q.cue_start < trig_end or not q.cue:
            return False
        if q.cue.lower().split()[0] not in self.lex.phrases("according").lengths:
            return False
        before = self._low_words_between(max(0, q.cue_start - 30), q.cue_start)[-1:]
        return self._source_of_later_clause(trig_end, q.cue_start, before[0] if before else None)

    def _source_of_later_clause(self, trig_end: int, source_start: int, word_before: Optional[str]) -> bool:
        """An according source at ``source_start`` after the trigger claims a later clause only: a scope break
        between the two, and no ``according_whole_markers`` word right before the source ("..., demikian menurut
        Reuters": the source sums up the whole sentence)."""
        return source_start >= trig_end and word_before not in self.lex.word("according_whole_markers") and \
            self._scope_break(trig_end, source_start)

    def _scope_break(self, start: int, end: int) -> bool:
        """A comma followed by a clause-opening word of ``according_scope_breaks`` between ``start`` and ``end``."""
        breaks = self.lex.word("according_scope_breaks")
        if not breaks:
            return False
        words = self._low_words_between(start, end)
        return any(w == "," and nxt in breaks for w, nxt in zip(words, words[1:]))

    def _past_own_sentence(self, q: Quote, at: int) -> bool:
        """A sentence ends inside the quote before ``at`` ("... tidak naik. Karena itu, saya ..."): a full stop, a
        question or an exclamation mark followed by a space and a capital."""
        return re.search(r"[.!?]\s+[\"'“‘(]?[A-Z]", self.r.text[q.start:at]) is not None

    @staticmethod
    def _appositive_source(units: list[Unit], comma: int) -> bool:
        """The comma after a source's description sets off its name ("Mengutip media massa Ukraina, UNN, kelompok ..."):
        a name between two commas (or closing the sentence). A name after the comma that goes on into a predicate is the
        clause's subject, not the source ("Berdasarkan pantauan detikcom, Purbaya tiba ...", "Menurut jaksa, Sri ...")."""
        k = comma + 1
        if k >= len(units) or units[k].kind != "ent":
            return False
        return k + 1 >= len(units) or (units[k + 1].kind == "punct" and units[k + 1].low in (",", ".", ";"))

    def _qualifies_noun(self, d) -> bool:
        """The date names a noun's period or a law's year, not when the act happened: "tahun anggaran
        2021-2023", "periode 2016-2023", "UU Nomor 31 tahun 1999" (``date_qualifiers`` before it, past
        numbers and dashes)."""
        words = self.lex.word("date_qualifiers")
        if not words:
            return False
        before = self._low_words_between(max(0, d.start - 40), d.start)
        k = len(before) - 1
        while k >= 0 and (before[k].strip("-–/").isdigit() or before[k] in ("-", "–", "/")):
            k -= 1
        return k >= 0 and before[k] in words

    def _dates_an_object(self, d, r: Raw) -> bool:
        """A year written out after the trigger that dates a party or a thing, not the act: one inside a relative clause
        ("mendeportasi Musk, yang ... sejak 2002"; pack ``object_date_relatives``), or one written out
        straight after a noun with no adjunct word before it ("kasus korupsi bansos di Kemensos tahun 2020";
        ``year_adjunct_words``, before it or, as "lalu", after it). Languages without these keys keep every date."""
        rel, adjunct = self.lex.word("object_date_relatives"), self.lex.word("year_adjunct_words")
        if d.start < r.trig_span[1] or not (rel or adjunct):
            return False
        if len(d.value) != 4 or not any(ch.isdigit() for ch in d.text or ""):
            return False  # a day after a relative clause is as often the main act's ("... kerumunan yang ... pada Sabtu malam")
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is None or not sent.start <= d.start < sent.end:
            return False
        between = self._low_words_between(r.trig_span[1], d.start)
        at = next((k for k, w in enumerate(between) if w in rel), None)
        if at is not None:
            aux = self.lex.word("aux")
            verb = next((w for w in between[at + 1:] if w not in aux), "")
            # "serangan yang terjadi pada Senin": a relative clause that tells the event itself keeps its date
            return not self.lex.phrases("light_after").lengths.get(verb)
        if not adjunct:
            return False
        lead = [w for w in (d.text or "").lower().split() if not w[:1].isdigit()]
        before = between[-1:] if between else []
        if not before or all(c in PUNCT for c in before[0]):
            return False  # a fronted or comma-set year is an adjunct of the sentence
        after = self._low_words_between(d.end, d.end + 12)[:1]  # "tahun 2023 lalu", "2019 silam"
        return not any(w in adjunct for w in lead + before + after)

    def _in_relative_clause(self, d, r: Optional[Raw] = None) -> bool:
        """The date is said inside a relative clause that describes a noun ("kesepakatan gencatan senjata yang berlaku
        sejak 10 Oktober lalu", "the coalition, which was established about a year ago") that the act's trigger is not
        part of: it dates that clause's happening, not the act (nor, in another sentence, the day something was said). A
        clause describing the trigger's own noun ("serangan yang terjadi pada Senin") or holding the trigger keeps it.
        The parse decides (the date's sentence is parsed on request); without a parser every date is kept."""
        p = self.parse
        if p is None or p.sentence_at(d.start) is None:
            return False
        toks = p.tokens_in(d.start, d.end)
        if not toks:
            return False
        inside = set(toks)
        head = next((t for t in toks if p.head[t] not in inside or p.head[t] == t), toks[0])
        trig = set(p.tokens_in(*r.trig_span)) if r is not None else set()
        for a in [head] + p.ancestors(head):
            if a in trig:
                return False  # the date hangs on the trigger's own words
            if base(p.dep[a]) == "acl":
                if not self._relative_clause(a):
                    return False  # a bare participle ("a meeting held in Brussels on 17 February") often dates the act
                return not (p.head[a] in trig or trig & set(p.subtree(a)))
        return False

    def _relative_clause(self, a: int) -> bool:
        """An ``acl`` the parse marks as a relative clause (``acl:relcl``) or that opens with a relative word of the
        pack (``relative``: "who", "which", "yang"; a complementizer "that" marking a noun's content is none)."""
        p = self.parse
        if p.dep[a] == "acl:relcl":
            return True
        rel, comp = self.lex.word("relative"), self.lex.word("complementizers")
        return any(p.word[c].lower() in rel and not (p.dep[c] == "mark" and p.word[c].lower() in comp)
                   for c in p.children(a) if c < a)

    def _dates(self, r: Raw) -> list[tuple[Optional[str], Optional[str]]]:
        a, b = r.evidence
        dates = [d for d in self.r.dates if d.value and not self._qualifies_noun(d) and not self._dates_an_object(d, r)
                 and not self._in_a_name(d)]
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is not None:  # the act's own sentence: a date of a clause describing another noun is not its date
            dates = [d for d in dates if not (sent.start <= d.start < sent.end and self._in_relative_clause(d, r))]
        inside = [d for d in dates if d.start < b and d.end > a]
        if len(inside) > 1 and not self._coordinated_dates(inside):
            # one act, several dates in its words ("she was wounded five years ago this week", "vowed Tuesday to
            # remain in the race until June 7"): the date nearest the trigger dates it; only dates joined by a
            # coordinator ("in 2008 and 2012") date one act each
            t = r.trig_span[0]
            inside = [min(inside, key=lambda d: min(abs(d.start - t), abs(d.end - t)))]
        if inside:
            return [(d.value, d.text) for d in inside]
        then = self._anaphoric_day(r, dates) if r.modality in ("asserted", "negated") else None
        if then:
            return [then]
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is not None:
            in_sent = [d for d in dates if sent.start <= d.start < sent.end]
            q = r.quote
            if q is not None:
                outside = [d for d in in_sent if not (q.start <= d.start < q.end)]
                quad = self.lex.tables.get("quad", {}).get(r.event, "")
                if outside and quad.startswith("VERBAL"):
                    # a verbal act inside a quote is made when the quote was spoken
                    return [(outside[0].value, outside[0].text)]
                in_sent = [d for d in in_sent if q.start <= d.start < q.end]
            # a date in a part of the sentence that states no other event ("Rusia menyerang Kyiv, Senin (5/1)")
            free = [d for d in in_sent if not self._other_event_at(d.start, r)]
            if len(free) == 1:
                return [(free[0].value, free[0].text)]
            # one named day beside coarser periods ("Dalam konferensi pers ... pada Rabu (6/8), X sempat meminta maaf
            # usai ... OTT di tahun ini"): the day dates the act, the year or month is a circumstance's
            days = [d for d in free if len(d.value) >= 10]
            if len(days) == 1 and len(free) > 1 and all(d is days[0] or len(d.value) < 10 for d in free):
                return [(days[0].value, days[0].text)]
        if r.modality in ("asserted", "negated") and self._background(r):
            return [(None, None)]  # "kasus ini bermula saat Lisa menuding ...": told as the story's origin, undated
        restated = self._restated_day(r, dates) if r.modality in ("asserted", "negated") else None
        if restated:
            return [restated]
        said = self._said_day(r, dates) if r.modality in ("asserted", "negated") else None
        if said:
            return [said]
        spoken = self._speaker_date(r, dates) if r.modality in ("asserted", "negated") else None
        if spoken:
            return [spoken]
        earlier = self._paragraph_day(r, dates) if r.modality in ("asserted", "negated") else None
        if earlier:
            return [earlier]
        if self.news_date and r.modality in ("asserted", "negated"):
            return [self.news_date]
        if self.r.published and r.modality in ("asserted", "negated") and self._present_perfect(r):
            return [(self.r.published.isoformat(), None)]
        return [(None, None)]

    def _anaphoric_day(self, r: Raw, dates: list) -> Optional[tuple[str, Optional[str]]]:
        """Session 34 (evdate34): an act told after a phrase that points back to a time or an occasion named before
        ("Saat itu, Prabowo bertemu dengan MBZ" after "... terakhir pada September 2025"; "Dalam pertemuan tersebut, KPK
        mengimbau ..."; pack ``time_anaphors``, none in English yet) took place then, not on the news day: the last date
        of the nearest of the ``ANAPHOR_LOOKBACK`` sentences before its own that names one, of any grain, when it is no
        later than the publication day. A date in the sentence before the trigger dates it as usual; the phrase must
        belong to the trigger's clause (``_points_back``)."""
        table = self.lex.phrases("time_anaphors")
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is None or not table.lengths:
            return None
        if any(sent.start <= d.start < r.trig_span[0] for d in dates):
            return None
        before = self._low_words_between(sent.start, r.trig_span[0])
        if not any(self._points_back(before, i, n) for i, n in ((i, table.match_at(before, i)[0])
                                                              for i in range(len(before))) if n):
            return None
        last = None
        for t in reversed([t for t in self.r.sentences if t.end <= sent.start][-ANAPHOR_LOOKBACK:]):
            named = [d for d in dates if t.start <= d.start < t.end and self._adjunct_year(d)]
            if named:
                last = named[-1]
                break
        if last is None:
            return None
        latest = self.r.published.isoformat() if self.r.published else None
        if latest and last.value[:10] > latest:
            return None  # a time after the publication day is a plan, not the time an act told as done took place
        return (last.value, last.text)

    def _points_back(self, words: list[str], i: int, n: int) -> bool:
        """The time phrase ``words[i:i + n]`` is an adjunct of the trigger's own clause (``words`` run from the
        sentence start to the trigger): no ``time_anaphor_breaks`` word right before it ("sejak saat itu"), no
        ``relative`` word since the last comma before it ("Annas, yang saat itu menjabat gubernur, kini ditahan"), and
        no comma and coordinator between it and the trigger ("ditangkap saat itu, dan kini diadili")."""
        if i and words[i - 1] in self.lex.word("time_anaphor_breaks"):
            return False
        rel, coord = self.lex.word("relative"), self.lex.word("coord") - {","}
        clause = words[:i]
        opening = max((k for k, w in enumerate(clause) if all(c in PUNCT for c in w)), default=-1)
        if any(w in rel for w in clause[opening + 1:]):
            return False
        after = words[i + n:]
        return not any(w == "," and k + 1 < len(after) and after[k + 1] in coord for k, w in enumerate(after))

    def _adjunct_year(self, d) -> bool:
        """A bare year is a time something happened only as an adjunct, after a ``year_adjunct_words`` word ("pada
        tahun 1971"); straight after a noun it names the noun's year ("kasus tahun 1965"). Other dates, and every date
        in a language without the key, pass."""
        adjunct = self.lex.word("year_adjunct_words")
        if not adjunct or len(d.value) != 4:
            return True
        lead = [w for w in (d.text or "").lower().split() if not w[:1].isdigit()]
        return any(w in adjunct for w in lead + self._low_words_between(max(0, d.start - 30), d.start)[-1:])

    def _coordinated_dates(self, dates: list) -> bool:
        """Every two neighbouring dates are joined by a coordinator of the pack (``coord``: "and", ","), with at most
        a preposition or determiner word besides ("in 2008 and in 2012", "on Monday and Tuesday")."""
        coord = self.lex.word("coord")
        text = self.r.text
        for x, y in zip(dates, dates[1:]):
            gap = text[x.end:y.start].lower().replace(",", " , ").split()
            if not gap or not any(w in coord for w in gap) or len(gap) > 3:
                return False
        return True

    def _in_a_name(self, d) -> bool:
        """A month or day that is part of a name is no date of the act ("Universitas Sebelas Maret", "Jalan 17
        Agustus"): the date lies inside a mention of an organisation, place, facility or named thing, shares words
        with one that the entities stage ended where the date begins, or is a bare month name right after one."""
        text = self.r.text
        for e, m in self.r.mention_index().overlapping(max(0, d.start - 2), d.end):
            if e.type not in ("ORG", "FAC", "LOC", "MISC"):
                continue
            if m.start < d.start < m.end:  # "Jalan 17" + "17 Agustus", or the whole "Universitas Sebelas Maret"
                return True
            if m.end <= d.start and not text[m.end:d.start].strip() and (d.text or "x")[:1].isupper() \
                    and not any(c.isdigit() for c in d.text or ""):
                return True  # "Universitas Sebelas" + "Maret"
        return False

    def _background(self, r: Raw) -> bool:
        """The event is told as the origin of the story ("Kasus ini bermula saat ...", "berawal dari ..."): a
        ``background_openers`` phrase of the pack earlier in its sentence, so it did not happen on the news day."""
        table = self.lex.phrases("background_openers")
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is None or not table.lengths:
            return False
        before = self._low_words_between(sent.start, r.trig_span[0])
        return any(table.match_ending_at(before, k) for k in range(len(before)))

    def _paragraph_day(self, r: Raw, dates: list) -> Optional[tuple[str, Optional[str]]]:
        """An undated sentence goes on telling the day its paragraph last named ("... diculik pada Jumat (17/10/2025).
        Lima orang tak dikenal menculik dan menganiayanya ..."): the last day named in an earlier sentence of the same
        paragraph, outside direct quotes, when it lies before the news day (a later or equal day is the news day anyway).
        A sentence that says it is now ("kini", "saat ini": pack ``present_cues``) keeps the news day."""
        if self.news_date is None or not self.news_date[0]:
            return None
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is None:
            return None
        text = self.r.text
        para = text.rfind("\n", 0, sent.start) + 1
        if para >= sent.start:
            return None
        words = self._low_words_between(sent.start, sent.end)
        if self.lex.phrases("present_cues").find(words, 0, len(words)) or self._present_tense(r):
            return None
        quoted = [(q.start, q.end) for q in self.r.quotes if q.kind == "direct"]
        named = [d for d in dates if para <= d.start < sent.start and len(d.value) >= 10
                 and not any(a <= d.start < b for a, b in quoted) and not self._in_relative_clause(d)]
        if not named:
            return None
        last = named[-1]
        return (last.value, last.text) if last.value[:10] < self.news_date[0][:10] else None

    def _finite_tense(self, v: int) -> Optional[str]:
        """The tense of the clause headed by ``v`` as the parse's morphology gives it on the finite word (``v`` or its
        auxiliary): "Pres", "Past", or None (no finite word, a modal, a parser without tense features); a perfect
        auxiliary (pack ``perfect_aux``: "has denounced") is no present."""
        p = self.parse
        perfect = self.lex.word("perfect_aux")
        for t in [c for c in p.children(v) if base(p.dep[c]) in ("aux", "cop")] + [v]:
            feats = p.morph[t]
            if "VerbForm=Fin" not in feats:
                continue
            if p.word[t].lower() in perfect and t != v:
                return None
            return "Pres" if "Tense=Pres" in feats else "Past" if "Tense=Past" in feats else None
        return None

    def _present_tense(self, r: Raw) -> bool:
        """The act is told in the present tense ("The Liberal Democrats say they also oppose house arrests", "Most of
        the suspects are detained at Belmarsh"): its clause's finite verb is present and no clause above it is past
        ("said they oppose" is not). Such a sentence tells the state of the news day, not an earlier day of its
        paragraph. Parsers without tense features (Indonesian) never say so."""
        p = self.parse
        if p is None:
            return False
        t = p.token_at(r.trig_span[0])
        if t is None or p.pos[t] != "VERB":
            return False  # a noun trigger ("seeking arrest warrants") or a verb the parse misread
        h = p.clause_head(t)
        if self._finite_tense(h) != "Pres":
            return False
        for a in p.ancestors(h):
            if p.pos[a] in ("VERB", "AUX") and self._finite_tense(a) == "Past":
                return False
        return True

    def _said_day(self, r: Raw, dates: list) -> Optional[tuple[str, Optional[str]]]:
        """A verbal act told without a date, followed by a sentence that says when it was said ("Prabowo meminta para
        penegak hukum serius ... . Hal itu diungkap Prabowo dalam sidang kabinet ..., Senin (20/10) lalu"): the day
        of the first later sentence that opens with a ``said_anaphors`` phrase, in the same paragraph or opening the
        next one, with no day named in the sentences between."""
        if not self.lex.tables.get("quad", {}).get(r.event, "").startswith("VERBAL"):
            return None
        table = self.lex.phrases("said_anaphors")
        sents = self.r.sentences
        sent = self.r.sentence_at(r.trig_span[0])
        if not table.lengths or sent is None:
            return None
        text = self.r.text
        quoted = [(q.start, q.end) for q in self.r.quotes if q.kind == "direct"]

        def days_in(t) -> list:
            return [d for d in dates if t.start <= d.start < t.end and len(d.value) >= 10
                    and not any(a <= d.start < b for a, b in quoted) and not self._in_relative_clause(d)]

        prev_end = sent.end
        for t in sents:
            if t.start < sent.end:
                continue
            new_para = "\n" in text[prev_end:t.start]
            words = self._low_words_between(t.start, t.end)
            if table.match_at(words, 0)[0]:
                got = days_in(t)
                return (got[0].value, got[0].text) if got else None
            if new_para or days_in(t):
                return None
            prev_end = t.end
        return None

    def _restated_day(self, r: Raw, dates: list) -> Optional[tuple[str, Optional[str]]]:
        """Session 30 (claim-id30): an act told without a day, followed by a sentence that tells the same happening
        again to say when it was ("Polresta Bogor Kota memusnahkan 38.875 botol miras ... . Pemusnahan dilakukan di
        Lapangan Mapolresta ..., Selasa (7/10/2025)"; "... mengaku menjadi korban salah tangkap ... . Peristiwa itu
        terjadi pada Rabu (15/10) malam"): the day of that sentence, when it lies on or before the news day. The
        sentence opens with the noun of the trigger's own root (pack ``[morphology]``: "memusnahkan" -> "pemusnahan";
        it may be verbless, "Penyerahan di Gerbang Pancasila ..., Kamis (4/9)") within three sentences, or, for the
        sentence just before it only, with a noun of any happening (``restating_nouns``: "peristiwa", "aksi") and a
        verb of taking place (``restating_verbs``: "terjadi", "dilakukan", "digelar") among its next words. A restating
        sentence without a day lets the search go on ("Penyerahan dilakukan oleh Kolektif ..."); any other sentence that
        names a day stops it."""
        verbs = self.lex.word("restating_verbs")
        sent = self.r.sentence_at(r.trig_span[0])
        if not verbs or sent is None:
            return None
        nouns = self.lex.word("restating_nouns")
        own = self._trigger_nouns(r)
        quoted = [(q.start, q.end) for q in self.r.quotes if q.kind == "direct"]

        def days_in(t) -> list:
            return [d for d in dates if t.start <= d.start < t.end and len(d.value) >= 10
                    and not any(a <= d.start < b for a, b in quoted) and not self._in_relative_clause(d)]

        later = [t for t in self.r.sentences if t.start >= sent.end][:3]
        for k, t in enumerate(later):
            words = self._low_words_between(t.start, t.end)
            first = words[0] if words else ""
            head = words[1:6]
            restates = first in own or (k == 0 and first in nouns and any(w in verbs for w in head))
            got = days_in(t)
            if restates and got:
                latest = (self.news_date[0] if self.news_date and self.news_date[0]
                          else self.r.published.isoformat() if self.r.published else None)
                if latest and got[0].value[:10] > latest[:10]:
                    return None  # a day after the news is no day an act told as done took place on
                return (got[0].value, got[0].text)
            if got:
                return None
        return None

    def _trigger_nouns(self, r: Raw) -> frozenset:
        """The noun forms of the trigger's first word by the pack's morphology ("memusnahkan", "dimusnahkan" ->
        "pemusnahan"; "bertemu" -> "pertemuan"), and the word itself when it is a noun already."""
        rules = self.lex.morph_rules
        words = self._low_words_between(*r.trig_span)
        if not words or not rules.noun_prefix:
            return frozenset()
        w = words[0]
        pairs = rules.roots(w) + rules.passive_root(w)
        out = {rules.forms(root, suffix).get("noun") for root, suffix in pairs}
        for prefix, noun_prefix in rules.intransitive:  # "bertemu" -> "pertemuan"
            if w.startswith(prefix) and len(w) - len(prefix) >= rules.min_root:
                out.add(noun_prefix + w[len(prefix):] + rules.noun_suffix)
        if w.startswith(rules.noun_prefix) and w.endswith(rules.noun_suffix):
            out.add(w)
        return frozenset(f for f in out if f)

    @staticmethod
    def _days(dates: list[tuple[Optional[str], Optional[str]]]) -> list[tuple[Optional[str], Optional[str]]]:
        """An event is dated to the day: a time of day is dropped ("2025-10-11T00:30" -> "2025-10-11"), so
        "Sabtu (11/10) sekitar pukul 00.30 WIB" is one date of one event, not two events."""
        out: dict[Optional[str], Optional[str]] = {}
        for value, text in dates:
            day = value.split("T")[0] if value else value
            out.setdefault(day, text)
        return list(out.items())

    def _speaker_date(self, r: Raw, dates: list) -> Optional[tuple[str, Optional[str]]]:
        """A verbal act told without a date of its own ("Dia mengingatkan publik agar ...", "She urged ...")
        was made when its actor spoke: the date in the cue sentence of the actor's nearest quote, outside
        the quoted words ("..., kata Freddy, Jumat (12/9/2025)"), not the article's news day."""
        if not self.lex.tables.get("quad", {}).get(r.event, "").startswith("VERBAL"):
            return None
        who = {ref.entity for ref in r.actor_refs if ref.entity}
        best: Optional[tuple[int, tuple[str, Optional[str]]]] = None
        for q in self.r.quotes:
            if q.speaker not in who or q.cue_start is None:
                continue
            sent = self.r.sentence_at(q.cue_start)
            if sent is None:
                continue
            # a day named at or after the cue, outside the quoted words ("kata Freddy, Jumat (12/9/2025)"),
            # not a month the sentence talks about
            said = [d for d in dates if q.cue_start <= d.start < sent.end and not (q.start <= d.start < q.end)
                    and len(d.value) >= 10]
            gap = abs(q.cue_start - r.trig_span[0])
            if said and (best is None or gap < best[0]):
                best = (gap, (said[0].value, said[0].text))
        return best[1] if best else None

    def _present_perfect(self, r: Raw) -> bool:
        """'have signed', 'has not pulled out': a perfect auxiliary among the three words before the trigger."""
        aux = self.lex.word("perfect_aux")
        if not aux:
            return False
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is None:
            return False
        before = self._low_words_between(sent.start, r.trig_span[0])[-3:]
        return any(w in aux for w in before)

    def _other_event_at(self, offset: int, r: Raw) -> bool:
        return any(x is not r and x.evidence[0] <= offset < x.evidence[1] for x in self._raws)

    def _dateline(self) -> Optional[tuple[str, str]]:
        meta = self.r.meta or {}
        v = meta.get("dateline_date") or meta.get("dateline")
        if isinstance(v, dict):
            return (v.get("value"), v.get("text")) if v.get("value") else None
        if isinstance(v, str) and v[:4].isdigit():
            return (v, None)
        return None

    def _casualties(self, r: Raw) -> dict[str, float]:
        lx = self.lex
        out: dict[str, float] = {}
        sent = self.r.sentence_at(r.trig_span[0])
        if sent is None:
            return out
        for q in self.quantity_index.overlapping(sent.start, sent.end):  # quantities starting in the sentence
            value = q.value if q.value is not None else q.min
            if value is None:
                continue
            after = [t.text.lower() for t in self._tokens_between(q.end, sent.end)[:6]]
            before = [t.text.lower() for t in self._tokens_between(sent.start, q.start)][-4:]
            noun = (q.noun or "").lower().split() or [t.text.lower() for t in self._tokens_between(q.start, q.end)][1:]
            window_after = noun + after[:5]
            for kind in ("dead", "injured"):
                t = lx.phrases("casualty_" + kind)
                if (t.find(window_after, 0, len(window_after)) or (before and t.match_ending_at(before, len(before) - 1))) and kind not in out:
                    out[kind] = float(value)
                    break
            if lx.category(r.event).get("counts_crowd") and "size" not in out:
                t = lx.phrases("casualty_crowd")
                if t.find(window_after[:3], 0, 3) and r.evidence[0] <= q.start < r.evidence[1]:
                    out["size"] = float(value)
        return out

    def _quantity(self, r: Raw) -> Optional[Quantity]:
        """The first quantity from the trigger to the end of the evidence."""
        a, b = max(r.evidence[0], r.trig_span[0]), r.evidence[1]
        found = self.quantity_index.overlapping(a, b) if a < b else []
        return found[0] if found else None

    def _emit(self, r: Raw) -> list[Event]:
        lx = self.lex
        claimant, chain, quote_id = self._claimant(r)
        if r.tdef.speaker_demand and not self._modal_demand(r, claimant):
            self._drop(r, "modal without a demand on another party")
            return []
        self._declared_threat(r, claimant)
        self._conditional_threat(r, claimant)
        self._should_demand(r, claimant)
        casualties = self._casualties(r) if lx.category(r.event).get("counts_casualties") else {}
        quantity = self._quantity(r)
        quad = lx.tables.get("quad", {}).get(r.event)
        out = []
        for value, text in self._days(self._dates(r)):
            modality = r.modality
            if modality == "asserted" and value and self.r.published:
                try:
                    y, m, d = (value.split("T")[0].split("-") + ["1", "1"])[:3]
                    when = dt.date(int(y), int(m), int(d))
                    days = int(lx.tables.get("modality_rules", {}).get("historical_days", 730))
                    if (self.r.published - when).days >= days:
                        modality = "historical"
                except ValueError:
                    pass
            conf = r.confidence + (0.1 if r.actor_refs and r.recipient_refs and all(x.code for x in r.actor_refs + r.recipient_refs) else 0.0)
            out.append(Event(
                id="V0",
                event=r.event,
                mode=list(dict.fromkeys(r.mode)),
                context=list(dict.fromkeys(r.context)),
                actor=r.actor_refs,
                recipient=r.recipient_refs,
                date=value,
                date_text=text,
                event_text=self.r.text[r.trig_span[0]:r.trig_span[1]],
                evidence=Span(start=r.evidence[0], end=r.evidence[1]),
                quad_code=quad,
                modality=modality,
                claimant=claimant,
                claimant_chain=chain,
                quote=quote_id,
                instrument=r.instrument,
                quantity=quantity,
                dead=casualties.get("dead"),
                injured=casualties.get("injured"),
                size=casualties.get("size"),
                cameo=self._cameo(r),
                goldstein=self._goldstein(r),
                confidence=round(max(0.05, min(0.95, conf)), 2),
                actor_unknown=r.actor_unknown,
            ))
        return out

    def _declared_threat(self, r: Raw, claimant: Optional[Claimant]) -> None:
        """A party announcing its own future use of force is threatening ([declared_as]): the statement
        is the event, made now; someone else's forecast of it is not."""
        to = self.lex.tables.get("declared_as", {}).get(r.event)
        declared = self.lex.tables.get("declared", {})
        if not to or r.modality not in declared.get("modalities", ["future"]) or claimant is None or not r.actor_refs:
            return
        speaker = self.r.entity(claimant.entity) if claimant.entity else None
        scode = ((speaker.actor if speaker else None) or "")[:3]
        if not scode and speaker is None and declared.get("speaker_phrase_country"):
            scode = self._phrase_country(claimant.name)
        if not any((claimant.entity and a.entity == claimant.entity) or (len(scode) == 3 and (a.code or "")[:3] == scode)
                   for a in r.actor_refs):
            return
        mode = self.lex.tables.get("complement_mode", {}).get(f"{to}:{r.event}")
        r.event, r.mode, r.modality = to, ([mode] if mode else []), "asserted"

    def _conditional_threat(self, r: Raw, claimant: Optional[Claimant]) -> None:
        """A party's own future or possible refusal or protest tied to a condition on the other side is a threat
        ([declared] conditional_events, conditional_cues, conditional_to): "The Tories say they will vote against it
        unless changes they want are agreed", "If we don't get the amendments, we will vote against the bill",
        "Millions of workers could strike if ministers scrap their pension scheme, warn union leaders". The event's
        own clause opening with the cue is the condition, not the threat ("if MPs vote against the bill, ...");
        a speaker of another country forecasts, not threatens."""
        declared = self.lex.tables.get("declared", {})
        if r.event not in declared.get("conditional_events", ()) or r.modality not in ("future", "hypothetical") \
                or not r.actor_refs:
            return
        cues = {c.lower() for c in declared.get("conditional_cues", ())}
        if (r.clause.opener or "").lower() in cues:
            return
        sent = self.r.sentences[r.sent_index]
        before = self.r.text[sent.start:r.trig_span[0]].lower()
        after = re.findall(r"[\w']+", self.r.text[r.trig_span[1]:sent.end].lower())
        # a cue after the trigger, or one opening the sentence or the quote before it ('He said: "If we don't get
        # ..., we will ...')
        opens = re.findall(r"(?:^|[:;\"“‘(])\s*([\w']+)", before)
        if not (cues & set(after) or cues & set(opens)):
            return
        if claimant is not None:
            speaker = self.r.entity(claimant.entity) if claimant.entity else None
            scode = ((speaker.actor if speaker else None) or "")[:3]
            if len(scode) == 3 and not any((a.code or "")[:3] == scode for a in r.actor_refs):
                return
        r.event, r.mode, r.modality = declared.get("conditional_to", "THREATEN"), [], "asserted"

    def _should_demand(self, r: Raw, claimant: Optional[Claimant]) -> None:
        """What a speaker says another party should do is the speaker's demand on that party ([declared] demand_cues,
        demand_to): "David Davis says Mr Blunkett should quit" = REQUEST Davis -> Blunkett, not Blunkett's retreat
        (the tune gold codes such demands so: "the Home Secretary should allow phone tapping evidence"). Only an active
        reading with a coded speaker who is not its actor nor the speaker's own state, the cue at most two words before
        the trigger."""
        declared = self.lex.tables.get("declared", {})
        cues = self.lex.phrases("declared_demand_cues")
        to = declared.get("demand_to")
        if not to or not cues.table or r.modality != "hypothetical" or r.voice != "active" or claimant is None \
                or not claimant.entity or not r.actor_refs:
            return
        speaker = self.r.entity(claimant.entity)
        if speaker is None or not speaker.actor or any(a.entity == speaker.id for a in r.actor_refs):
            return
        sent = self.r.sentences[r.sent_index]
        before = [u.low for u in self._units_between(sent.start, r.trig_span[0])][-3:]
        if not any(cues.match_ending_at(before, k) for k in range(len(before))):
            return
        a, b = r.trig_span
        self._speaker_demands(r, self._ref(Unit("ent", speaker.name, "\x00ent", a, b, ent=speaker)), speaker.actor[:3], to)

    @staticmethod
    def _speaker_demands(r: Raw, speaker: ActorRef, own: str, to: str) -> bool:
        """Recode ``r`` as the demand (category ``to``) of ``speaker`` on the event's coded actors; False (``r``
        unchanged) when none is coded or one is the bare code ``own`` of the speaker's state."""
        recipients = [x for x in r.actor_refs if x.code]
        if not recipients or any(x.code == own for x in recipients):
            return False  # "Britain should help", said by its minister: the speaker's own state, a pledge more than a demand
        r.recipient_refs = recipients
        r.actor_refs = [speaker]
        r.event, r.mode, r.modality = to, [], "asserted"
        return True

    def _modal_demand(self, r: Raw, claimant: Optional[Claimant]) -> bool:
        """A modal of obligation before an active verb, said by a coded speaker of another party, is the speaker's
        demand on that party (a trigger with ``speaker_demand``; [declared] demand_to, modal_demand_verb_prefixes,
        modal_demand_skip): "Polda Jabar mesti menghentikan proses hukum kepada Tri Yanto," kata Wana (ICW) = REQUEST
        ICW -> the police. Not a passive or a state ("whistleblower harus diberikan rasa aman", "harus ada"), not a
        negated modal ("tidak perlu khawatir"), not the speaker's own duty ("kami harus ...")."""
        declared = self.lex.tables.get("declared", {})
        to = declared.get("demand_to")
        if not to or r.modality == "negated" or claimant is None or not claimant.entity or not r.actor_refs:
            return False
        speaker = self.r.entity(claimant.entity)
        if speaker is None or any(a.entity == speaker.id for a in r.actor_refs):
            return False
        a, b = r.trig_span
        ref = self._ref(Unit("ent", speaker.name, "\x00ent", a, b, ent=speaker))  # an uncoded person: the people's home
        if not ref.code:
            return False
        skip = self.lex.word("modal_demand_skip")
        prefixes = tuple(declared.get("modal_demand_verb_prefixes", ()))
        sent = self.r.sentences[r.sent_index]
        after = self._low_words_between(r.trig_span[1], sent.end)
        verb = next((w for w in after if w not in skip), "")
        if not (prefixes and verb.startswith(prefixes)):
            return False
        before = self._low_words_between(sent.start, r.trig_span[0])[-1:]
        if before and before[0] in self.lex.word("relative"):
            return False  # "yang harus melaporkan itu adalah individu": a relative clause names who, it asks nothing
        if not self._subject_before_modal(r, sent.start):
            return False
        if any((x.code or "")[3:] in declared.get("modal_demand_not_roles", ()) for x in r.actor_refs):
            return False  # "Perempuan harus merawat kesehatan jantung", "orang perlu memberi mereka waktu": advice to people
        if len(ref.code) > 3 and any(x.code == ref.code for x in r.actor_refs) or self._speaks_for(speaker, r.actor_refs):
            # "Kejaksaan perlu mengambil bahagian," said by a prosecutor (IDNJUD both), "KPK perlu memperhatikan
            # kesehatan tersangka," said by a KPK director: the body's own duty
            return False
        return self._speaker_demands(r, ref, ref.code[:3], to)

    def _subject_before_modal(self, r: Raw, sent_start: int) -> bool:
        """The party the modal binds stands right before it in its sentence (at most three words between, no
        punctuation), and no indefinite opens it ([declared] modal_demand_indefinite): "Pemkot Solo seharusnya
        melakukan", not an inherited subject ("Cuman tetap harus melibatkan ...") nor anyone of a kind ("seorang
        petugas lapas itu harus mengawasi 40 orang": a duty described, not demanded)."""
        if not r.actor or any(not (sent_start <= u.start < r.trig_span[0]) for u in r.actor):
            return False
        last = max(r.actor, key=lambda u: u.end)
        gap = self.r.text[last.end:r.trig_span[0]]
        if len(gap.split()) > 3 or any(c in gap for c in ",;:().!?\"“”"):
            return False
        first = min(r.actor, key=lambda u: u.start)
        opener = self._low_words_between(sent_start, first.start)[-1:]
        return not (opener and opener[0] in self.lex.word("modal_demand_indefinite"))

    def _speaks_for(self, speaker, refs: list[ActorRef]) -> bool:
        """One of ``refs`` is named in the title right before a mention of ``speaker`` (at most six words, no stop
        between: "Plt Deputi Penindakan KPK Asep Guntur Rahayu"): the speaker speaks for that body."""
        ents = {x.entity for x in refs if x.entity}
        for m in speaker.mentions:
            for start, end, e in self._mentions_between(max(0, m.start - 80), m.start):
                gap = self.r.text[end:m.start]
                if e.id in ents and len(gap.split()) <= 6 and not any(c in gap for c in ".;\n"):
                    return True
        return False

    def _phrase_country(self, phrase: str) -> str:
        """The country of a speaker named by a role phrase ("the Iranian foreign minister", "a Chinese
        diplomat"): the one country code among the coded names the phrase holds, else ''."""
        found = set()
        for e in self.r.entities:
            code = (e.actor or "")[:3]
            # the substring test first: most names are not in the phrase, and a name's own pattern is compiled
            # (and evicts others from re's cache) only for those that are
            if is_country_code(code) and any(
                    m.text and m.text in phrase and re.search(r"(?<!\w)" + re.escape(m.text) + r"(?!\w)", phrase)
                    for m in e.mentions):
                found.add(code)
        return found.pop() if len(found) == 1 else ""

    def _cameo(self, r: Raw) -> Optional[str]:
        if r.tdef.cameo and r.tdef.event == r.event:
            return r.tdef.cameo
        table = self.lex.tables.get("cameo", {})
        for m in r.mode:
            for ctx in r.context:
                if f"{r.event}:{m}:{ctx}" in table:
                    return table[f"{r.event}:{m}:{ctx}"]
            if f"{r.event}:{m}" in table:
                return table[f"{r.event}:{m}"]
        return table.get(r.event)

    def _goldstein(self, r: Raw) -> Optional[float]:
        table = self.lex.tables.get("goldstein", {})
        for m in r.mode:
            if f"{r.event}:{m}" in table:
                return float(table[f"{r.event}:{m}"])
        v = table.get(r.event)
        return float(v) if v is not None else None
