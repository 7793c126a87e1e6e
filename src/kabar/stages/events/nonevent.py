"""Precision passes: articles that describe rather than report, and restatements within an article.

A sports, markets or entertainment article ("England beat France 30-20", "New Zealand rallied to
a 53-37 win", "harga saham naik") uses the verbs of conflict and diplomacy for games, prices and
tours. The pack's ``[nonevent]`` lists each domain's cue words; an article where one domain's cues
occur ``min_hits`` times or more is of that domain, and there only events with a party of a
political role (police, court, government, army ... ``keep_roles``) are kept. Any article's
sentence holding ``min_sentence_hits`` cues of a domain is likewise a description.

Restatements: a later event of the same category, actor and recipient in the same article restates
the first (a lead and its later paragraph); it is kept, linked by ``restates`` to the first.
"""

from __future__ import annotations

from kabar.record import Event
from kabar.stages.events.units import Raw


class NonEventFilter:
    """Domain of the article and of each sentence, from the pack's cue words."""

    def _domain_counts(self, start: int, end: int) -> dict[str, int]:
        spec = self.lex.tables.get("nonevent", {})
        words = [t.text.lower() for t in self._tokens_between(start, end)]
        out = {}
        for domain, table in self.lex.nonevent_cues.items():
            out[domain] = len(table.find(words, 0, len(words))) if spec else 0
        return out

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
        roles = {(ref.code or "")[3:6] for ref in r.actor_refs + r.recipient_refs if ref.code}
        if roles & keep:
            return False
        if self.domain is not None:
            if self.domain in spec.get("keep_states_in", []) and any(self._is_state(ref) for ref in r.actor_refs + r.recipient_refs):
                return False  # a state is a party: not a market told in the words of politics
            return True
        sent = self.r.sentences[r.sent_index]
        counts = self._domain_counts(sent.start, sent.end)
        return any(v >= int(spec.get("min_sentence_hits", 2)) for v in counts.values())

    def _is_state(self, ref) -> bool:
        """The party is a country named as such (a GPE with a bare country code), not a firm coded by its country."""
        e = self.r.entity(ref.entity) if ref.entity is not None else None
        code = ref.code or ""
        return e is not None and e.type == "GPE" and len(code) == 3 and code.isalpha() and code.isupper() \
            and code not in self._role_codes()

    @staticmethod
    def _link_restatements(events: list[Event]) -> None:
        first: dict[tuple, str] = {}
        for ev in events:
            key = (ev.event, ev.modality, tuple(sorted((a.code or a.name or "")[:3] for a in ev.actor)),
                   tuple(sorted((a.code or a.name or "")[:3] for a in ev.recipient)))
            if not ev.actor and not ev.recipient:
                continue
            if key in first:
                ev.restates = first[key]
            else:
                first[key] = ev.id
