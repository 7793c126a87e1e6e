"""PLOVER events with actor, recipient, claimant, modality, date and instrument.

Approach: predicate lexicons (``lang/<code>/events.toml``) applied over a
chunked sentence, not a dependency parse. Each sentence becomes a list of
units (a whole entity mention is one unit), split into clauses at
punctuation, subordinators and at "dan"/"and" when a verb follows. A trigger's
voice decides where its arguments sit: the actor is the nearest entity before
an active verb (or after "oleh"/"by" for a passive one), the recipient is the
object after it or the entity after a recipient preposition. A clause without a
subject shares the subject of the clause it is coordinated with or subordinate
to, and "kami"/"we" inside a quote is the speaker. Entities that only modify a
weapon ("misil Korea Utara") are the weapon's maker, never the target.
See docs/events.md for the rules and their known weaknesses.

The package: ``lexicon`` (the pack compiled), ``units`` (units, clauses, found events),
``facts`` (article-wide look-ups), ``clauses`` (one sentence), ``arguments`` (parties of a
trigger), ``coding`` (one trigger), ``modality``, ``parties`` (actor codes), ``finish``
(article-level passes and the events emitted), joined in ``coder``.
"""

from __future__ import annotations

from kabar.record import Article
from kabar.stages import stage
from kabar.stages.events.coder import EventCoder
from kabar.stages.events.lexicon import lexicon

__all__ = ["EventStage"]


@stage("events", requires=("text", "sentences", "entities", "dates", "quantities", "quotes"), assigns=("events",), topic="events")
class EventStage:
    def __init__(self, min_confidence: float = 0.0):
        self.min_confidence = min_confidence

    def __call__(self, record: Article) -> Article:
        lex = lexicon(record.lang)
        if not lex.triggers.table:
            return record
        coder = EventCoder(record, lex)
        record.events = coder.run()
        if self.min_confidence:
            record.events = [e for e in record.events if e.confidence >= self.min_confidence]
        return record
