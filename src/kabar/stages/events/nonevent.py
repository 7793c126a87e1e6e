"""Precision pass: articles and sentences that describe rather than report (the gate, gate.py, asks more).

A sports, markets or entertainment article ("England beat France 30-20", "New Zealand rallied to
a 53-37 win", "harga saham naik") uses the verbs of conflict and diplomacy for games, prices and
tours. The pack's ``[nonevent]`` lists each domain's cue words; an article where one domain's cues
occur ``min_hits`` times or more is of that domain, and there only events with a party of a
political role (police, court, government, army ... ``keep_roles``) are kept. Any article's
sentence holding ``min_sentence_hits`` cues of a domain is likewise a description. A computer-news domain
(``tech``: "Apple sues file sharers", "BT offered broadband") was added in session 24; in the domains of
``keep_states_in`` a state named as such keeps the event ("China blocks Google news site").

Restatements are linked in ``gate.py``.
"""

from __future__ import annotations

import bisect

from kabar.stages.events.units import Raw, is_country_code
from kabar.text.tokens import toks_of


class NonEventFilter:
    """Domain of the article and of each sentence, from the pack's cue words."""

    def _domain_counts(self, start: int, end: int) -> dict[str, int]:
        """Per domain, the number of positions in [start, end) where one of its cue phrases starts (``PhraseTable.find``'s
        hits), from one pass over the words: only a word some domain's phrase opens with is looked at."""
        spec = self.lex.tables.get("nonevent", {})
        tables = self.lex.nonevent_cues
        out = dict.fromkeys(tables, 0)
        if not spec:
            return out
        words = self._low_words_between(start, end)
        firsts = self.lex.nonevent_firsts
        n = len(words)
        for i, w in enumerate(words):
            if w in firsts:
                for domain, table in tables.items():
                    if w in table.lengths and table.match_at(words, i, n)[0]:
                        out[domain] += 1
        return out

    def _low_words_between(self, start: int, end: int) -> list[str]:
        """The lower-cased texts of the Doc's tokens that start in [start, end) (``_tokens_between``'s), from
        one list made per article: Token objects are slow to make, and every sentence asks."""
        low = getattr(self, "_low_words", None)
        if low is None:
            low = self._low_words = [w.lower() for w in toks_of(self.r).words]
        lo = bisect.bisect_left(self.token_starts, start)
        return low[lo:max(lo, bisect.bisect_left(self.token_starts, end))]

    def _article_domain(self):
        spec = self.lex.tables.get("nonevent", {})
        if not spec:
            return None
        allowed = set(spec.get("article_domains", []))
        counts = {k: v for k, v in self._domain_counts(0, len(self.r.text)).items() if k in allowed}
        need = int(spec.get("min_hits", 4))
        best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
        return best[0] if best[1] >= need else None

    def _describes(self, r: Raw) -> bool:
        """True when the event sits in a sentence or article that describes a game, a market or a show."""
        spec = self.lex.tables.get("nonevent", {})
        if not spec:
            return False
        keep = set(spec.get("keep_roles", []))
        # a target the category implies is the coder's guess: the "(GOV)" a protest is aimed at does not make
        # "England to launch ref protest" in a rugby article a protest against a government (an implied agent
        # stays: only police arrest). A role noun the text names counts even with no code ("the government has
        # ordered a review"); an implied agent with no country does not ("(JUD)" of "the FA charged Millwall").
        # An international body's code leads with its role ("IGOEUR": "the European Parliament has thrown out a
        # bill" in a software article)
        refs = r.actor_refs + ([] if r.recipient_from == "implied" else r.recipient_refs)
        # Session 28 (fp28): an implied agent of a role the domain has its own body for is that body, not the state's:
        # "Aragones had been fined for his actions" in a sport article was fined by a federation, not a court ("(JUD)"
        # with the player's country kept it). Only for `implied_domain_events`: a player "charged with" an offence
        # faces a court
        weak = set(spec.get("implied_domain_roles", {}).get(self.domain or "", []))
        if weak and r.event in spec.get("implied_domain_events", []):
            refs = [ref for ref in refs if not (ref.entity is None and (ref.name or "").startswith("(")
                                                and (ref.code or "")[3:6] in weak)]
        # Session 33 (fpid33): in an article of a domain whose people the army's titles name (a captain, a coach's
        # "pasukan" in sport), a person coded with a role of `domain_weak_roles` is no political party ("Kapten Chelsea
        # ini pun menyanjung Griffiths", GBRMIL); an army or a soldier the text names as such ("Tentara Israel") is one
        weak = set(spec.get("domain_weak_roles", {}).get(self.domain or "", []))
        roles = {part for ref in refs if ref.code and not (weak and ref.code[3:6] in weak and self._is_person(ref))
                 for part in (ref.code[3:6], ref.code[:3])}
        roles |= {u.role for u in r.actor + r.recipient if u.role and not u.text.startswith("(")}
        if roles & keep:
            return False
        if self.domain is not None:
            if self.domain in spec.get("keep_states_in", []) and any(self._is_state(ref) for ref in r.actor_refs + r.recipient_refs):
                return False  # a state is a party: not a market told in the words of politics
            return True
        sent = self.r.sentences[r.sent_index]
        counts = self._domain_counts(sent.start, sent.end)
        # only domains whose two cues make a sentence a description ("sentence_domains", default all): two gadget
        # words ("IBM sold its PC and laptop business") do not make a business or politics sentence one
        only = spec.get("sentence_domains")
        return any(v >= int(spec.get("min_sentence_hits", 2)) for k, v in counts.items() if only is None or k in only)

    def _is_person(self, ref) -> bool:
        e = self.r.entity(ref.entity) if ref.entity is not None else None
        return e is not None and e.type == "PER"

    def _is_state(self, ref) -> bool:
        """The party is a country named as such (a GPE with a bare country code), not a firm coded by its country."""
        e = self.r.entity(ref.entity) if ref.entity is not None else None
        code = ref.code or ""
        return e is not None and e.type == "GPE" and is_country_code(code) and code not in self._role_codes()
