"""The event coder over one article: the readings of the package joined."""

from __future__ import annotations

from typing import Optional

from kabar.record import Article, SpanIndex
from kabar.stages.events.arguments import ArgumentFinding
from kabar.stages.events.clauses import SentenceReading
from kabar.stages.events.coding import TriggerCoding
from kabar.stages.events.evaluative import EvaluativeReading
from kabar.stages.events.facts import ArticleFacts
from kabar.stages.events.finish import EventFinishing
from kabar.stages.events.gate import EventGate
from kabar.stages.events.lexicon import EventLexicon
from kabar.stages.events.modality import ModalityReading
from kabar.stages.events.nonevent import NonEventFilter
from kabar.stages.events.parties import PartyCoding
from kabar.stages.events.units import argument_mentions
from kabar.text.home import article_home
from kabar.text.parse import parse_of
from kabar.text.sentences import doc_of
from kabar.text.tokens import toks_of


class EventCoder(ArticleFacts, SentenceReading, ArgumentFinding, TriggerCoding, ModalityReading, PartyCoding, NonEventFilter, EventGate, EvaluativeReading, EventFinishing):
    def __init__(self, record: Article, lex: EventLexicon):
        self.r = record
        self.lex = lex
        self.doc = doc_of(record)
        # one array read (Token objects are slow to make): sentences then find their tokens by bisection
        self.token_starts = toks_of(record).idx
        self.mentions = self._without_role_names(argument_mentions(record))
        self.mention_starts = [m[0] for m in self.mentions]
        self.mention_ends = [m[1] for m in self.mentions]  # the mentions do not overlap: ends sort as starts do
        self.quantity_index = SpanIndex(record.quantities, [(q.start, q.start + 1, q) for q in record.quantities])
        self.quotes = list(record.quotes)
        self.qby_id = {q.id: q for q in self.quotes}
        # the most-named country; else, in a language with no fixed home, the one its institutions name
        # ("the Home Office", "Downing Street") or the outlet's (kabar.text.home.article_home)
        self.home = self._home_country() or article_home(record, [(e, e.actor) for e in record.entities])
        # uncoded people and organisations quoted in a language's press are most often of its country
        # ("people_home" in the pack, e.g. IDN for Indonesian), when the article names that country at all
        ph = lex.tables.get("home", {}).get("people_home")
        self.people_home = self._people_home(ph)
        self._role_refs: set[int] = set()
        # session 30 (codes-en30): people whose code is a hand-listed firm's (parties._affiliation), no event alone
        self._list_only_affiliations: set[str] = set()
        self._discourse_cache: Optional[dict] = None  # parties._discourse_parties
        self._political: dict[str, Optional[str]] = {}
        self._speakers = {q.speaker for q in self.quotes if q.speaker}
        self.news_date = self._news_date()
        self.opinion = self._opinion_piece()
        self.domain = self._article_domain()
        self.parse = parse_of(record)  # None without a parser: the chunk rules alone find the parties

    def _without_role_names(self, mentions: list) -> list:
        """A mention the entities stage took for a name but left uncoded whose words are a role noun of the pack
        ("Protestors block highway", "Militants" at the head of a sentence: a capitalised first word) is the role
        noun, not a name: its words stay words, so the role is read ([generic_actors.roles]). So is one made of a role
        noun, a place preposition and a place ("Workers in Israel", "Leader of Poland"): the place keeps its mention."""
        g = self.lex.phrases("generic_actors")
        if not g.table:
            return mentions
        text = self.r.text
        preps = self.lex.word("location_preps") | self.lex.word("source_preps") | self.lex.word("office_of_preps")
        out = []
        for m in mentions:
            e = m[2]
            if not e.actor:
                words = text[m[0]:m[1]].lower().split()
                n = g.match_at(words, 0)[0] if words else 0
                if n and n == len(words):
                    continue
                inner = sorted(((x.start, x.end, x2) for x2 in self.r.entities for x in x2.mentions
                                if x2 is not e and m[0] < x.start and x.end <= m[1] and x2.type in ("GPE", "LOC")),
                               key=lambda x: (x[0], -x[1])) if n and words[n] in preps else []
                if inner:
                    # "Workers in Israel announce ...", "Leader of Poland": a role noun and its place taken together
                    # for one name; the role stays words and the place inside keeps its own mention. Without a place
                    # inside ("The Municipality of Sarno", a body's own name) the name stays whole.
                    last = -1
                    for x in inner:  # disjoint, in text order, as argument_mentions gives them
                        if x[0] >= last:
                            out.append(x)
                            last = x[1]
                    continue
            out.append(m)
        return out

    # ---------------------------------------------------------- helpers over units

    # ---------------------------------------------------------- one sentence

    # ---------------------------------------------------------- article level

    # ---------------------------------------------------------- claimant, date, quantities
