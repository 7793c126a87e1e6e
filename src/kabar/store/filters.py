"""Filters over the store's tables: pydantic models that turn into SQLAlchemy WHERE terms.

The API builds them from a query string, the CLI from flags; a bad value fails
with one clear message in both (pydantic's validation error). Every term is
SQLAlchemy Core with bound parameters, and works on SQLite and PostgreSQL.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.sql import ColumnElement

from kabar.record import PLOVER_EVENTS
from kabar.store import contains
from kabar.store.schema import articles, entities, event_actors, events, quotes

__all__ = ["ArticleFilter", "EntityFilter", "EventFilter", "QuoteFilter", "MODALITIES", "evidence_span", "like_prefix"]

MODALITIES = ("asserted", "future", "hypothetical", "negated", "historical")
_CODE = re.compile(r"^[A-Z]{3,}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LIKE_ESCAPE = str.maketrans({"\\": "\\\\", "%": "\\%", "_": "\\_"})


def like_prefix(column, value: str) -> ColumnElement:
    return column.like(value.translate(_LIKE_ESCAPE) + "%", escape="\\")


def _date_bounds(column, date_from: Optional[str], date_to: Optional[str]) -> list[ColumnElement]:
    """ISO-string bounds that include everything inside them: to="2024-03" keeps "2024-03-31"."""
    out = []
    if date_from:
        out.append(column >= date_from)
    if date_to:
        out.append(or_(column <= date_to, like_prefix(column, date_to)))
    return out


class _Filter(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("date_from", "date_to", check_fields=False)
    @classmethod
    def _iso_date(cls, value: Optional[str]) -> Optional[str]:
        if value is None or value == "":
            return None
        value = str(value).strip()
        if not _DATE.match(value):
            raise ValueError(f"dates are YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        return value


def _who(role: str, who: str) -> ColumnElement:
    """Any actor (or recipient) of the event: a code prefix when ``who`` is written as a code, else a name part.

    Written as ``article_id:id IN (the matching event_actors)``: the set is built once
    (from the covering code index for a code), and the expression keeps the planner
    walking the date index for newest-first pages, probing the set, instead of
    fetching every matching event first.
    """
    ea = event_actors.c
    if _CODE.match(who):
        # The range lets the code index find the prefix on both backends; LIKE keeps the match exact.
        match = and_(ea.code >= who, ea.code <= who + "Z" * 12, like_prefix(ea.code, who))
    else:
        match = contains(ea.name, who)
    found = select(ea.article_id + literal(":") + ea.event_id).where(ea.role == role, match)
    return (events.c.article_id + literal(":") + events.c.id).in_(found)


class EventFilter(_Filter):
    """Which events: every given field must hold; list fields match any of their values."""

    actor: Optional[str] = Field(None, description="actor code prefix (RUS finds RUSGOV) or, not in capitals, part of a name")
    recipient: Optional[str] = Field(None, description="as actor, for the recipient")
    category: list[str] = Field(default_factory=list, description="PLOVER event types (any of)")
    mode: Optional[str] = Field(None, description="a PLOVER mode the event carries")
    modality: list[str] = Field(default_factory=list, description="asserted, future, hypothetical, negated, historical (any of)")
    claimant: Optional[str] = Field(None, description="part of the claimant's name, or the claimant's entity id")
    date_from: Optional[str] = Field(None, description="on or after (event date, else article date)")
    date_to: Optional[str] = Field(None, description="on or before; a month or year bound includes all of it")
    lang: Optional[str] = None
    outlet: Optional[str] = Field(None, description="part of the outlet's name")
    article_id: Optional[str] = None
    min_confidence: Optional[float] = Field(None, ge=0.0, le=1.0)
    text: Optional[str] = Field(None, description="words in the evidence span")

    @field_validator("category", mode="before")
    @classmethod
    def _categories(cls, value: Any) -> list[str]:
        values = _listify(value)
        upper = [v.upper() for v in values]
        unknown = [v for v in upper if v not in PLOVER_EVENTS]
        if unknown:
            raise ValueError(f"unknown PLOVER event type {unknown[0]!r}; one of {', '.join(PLOVER_EVENTS)}")
        return upper

    @field_validator("modality", mode="before")
    @classmethod
    def _modalities(cls, value: Any) -> list[str]:
        values = [v.lower() for v in _listify(value)]
        unknown = [v for v in values if v not in MODALITIES]
        if unknown:
            raise ValueError(f"unknown modality {unknown[0]!r}; one of {', '.join(MODALITIES)}")
        return values

    def conditions(self) -> list[ColumnElement]:
        """WHERE terms over ``events`` joined to ``articles``."""
        c = events.c
        out: list[ColumnElement] = []
        if self.actor:
            out.append(_who("actor", self.actor))
        if self.recipient:
            out.append(_who("recipient", self.recipient))
        if self.category:
            out.append(c.event.in_(self.category))
        if self.mode:
            out.append(contains(literal(",") + c.mode + literal(","), f",{self.mode},"))
        if self.modality:
            out.append(c.modality.in_(self.modality))
        if self.claimant:
            out.append(or_(contains(c.claimant_name, self.claimant), c.claimant_entity == self.claimant))
        out.extend(_date_bounds(c.effective_date, self.date_from, self.date_to))
        out.extend(_article_conditions(c.article_id, self.lang, self.outlet, self.article_id))
        if self.min_confidence is not None:
            out.append(c.confidence >= self.min_confidence)
        if self.text:
            out.append(contains(evidence_span(), self.text))
        return out


class QuoteFilter(_Filter):
    speaker: Optional[str] = Field(None, description="part of the speaker's name, or the speaker's entity id")
    text: Optional[str] = Field(None, description="words in the quote")
    kind: Optional[str] = Field(None, description="direct, indirect or mixed")
    attribution: Optional[str] = Field(
        None, description="statement (speech mode's quotes), wide (any other kind), or one kind, comma-separated: "
        "belief, intention, stance, evaluation, topic, finding")
    date_from: Optional[str] = Field(None, description="article published on or after")
    date_to: Optional[str] = None
    lang: Optional[str] = None
    outlet: Optional[str] = None
    article_id: Optional[str] = None

    @field_validator("attribution")
    @classmethod
    def _known_attribution(cls, v: Optional[str]) -> Optional[str]:
        known = ("statement", "wide", "belief", "intention", "stance", "evaluation", "topic", "finding")
        bad = [w for w in (v or "").split(",") if w.strip() and w.strip().lower() not in known]
        if bad:
            raise ValueError(f"unknown attribution {bad[0].strip()!r} (one of {', '.join(known)})")
        return v

    def conditions(self) -> list[ColumnElement]:
        c = quotes.c
        out: list[ColumnElement] = []
        if self.speaker:
            out.append(or_(contains(c.speaker_name, self.speaker), c.speaker == self.speaker))
        if self.text:
            out.append(contains(c.text, self.text))
        if self.kind:
            out.append(c.kind == self.kind)
        if self.attribution:
            wanted = [w.strip().lower() for w in self.attribution.split(",") if w.strip()]
            kinds = [w for w in wanted if w not in ("statement", "wide")]
            either = ([c.attribution.is_(None)] if "statement" in wanted else []) + \
                ([c.attribution.is_not(None)] if "wide" in wanted else []) + ([c.attribution.in_(kinds)] if kinds else [])
            out.append(or_(*either))
        out.extend(_article_conditions(c.article_id, self.lang, self.outlet, self.article_id, self.date_from, self.date_to))
        return out


class EntityFilter(_Filter):
    name: Optional[str] = Field(None, description="part of the entity's name")
    actor: Optional[str] = Field(None, description="actor code prefix")
    type: Optional[str] = Field(None, description="PER, ORG, GPE, LOC, NORP, MISC")
    lang: Optional[str] = None
    outlet: Optional[str] = None
    article_id: Optional[str] = None

    def conditions(self) -> list[ColumnElement]:
        c = entities.c
        out: list[ColumnElement] = []
        if self.name:
            out.append(contains(c.name, self.name))
        if self.actor:
            out.append(like_prefix(c.actor, self.actor.upper()))
        if self.type:
            out.append(c.type == self.type.upper())
        out.extend(_article_conditions(c.article_id, self.lang, self.outlet, self.article_id))
        return out


class ArticleFilter(_Filter):
    date_from: Optional[str] = Field(None, description="published on or after")
    date_to: Optional[str] = None
    lang: Optional[str] = None
    outlet: Optional[str] = None
    article_id: Optional[str] = None

    def conditions(self) -> list[ColumnElement]:
        return _article_conditions(articles.c.id, self.lang, self.outlet, self.article_id, self.date_from, self.date_to)


def evidence_span() -> ColumnElement:
    """The text of an event's evidence span (SQL substr is 1-based and counts characters on both backends)."""
    return func.substr(articles.c.text, events.c.evidence_start + 1, events.c.evidence_end - events.c.evidence_start)


def _listify(value: Any) -> list[str]:
    """None, "A,B", or ["A", "B,C"] -> ["A", "B", "C"] (the API and the CLI both pass commas)."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


def _article_conditions(article_id_column, lang=None, outlet=None, article_id=None, date_from=None, date_to=None
                        ) -> list[ColumnElement]:
    """Conditions on a row's article: on articles itself, or an IN over the articles that match.

    The IN evaluates each article once (SQLite folds case in Python for ``outlet``),
    and spares the row table a join to articles.
    """
    on_article: list[ColumnElement] = [*_published_bounds(date_from, date_to)]
    if lang:
        on_article.append(articles.c.lang == lang)
    if outlet:
        on_article.append(contains(articles.c.outlet, outlet))
    out = [article_id_column == article_id] if article_id else []
    if on_article and article_id_column is articles.c.id:
        out += on_article
    elif on_article:
        out.append(article_id_column.in_(select(articles.c.id).where(*on_article)))
    return out


def _published_bounds(date_from: Optional[str], date_to: Optional[str]) -> list[ColumnElement]:
    # published is a DATE column: compare whole days, widening a month or year bound.
    out = []
    if date_from:
        out.append(articles.c.published >= _first_day(date_from))
    if date_to:
        out.append(articles.c.published <= _last_day(date_to))
    return out


def _first_day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _last_day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(*parts)
