"""The article record: the one data model every part of kabar speaks.

This module imports nothing else of kabar. Every offset (``start``/``end``) is a
character offset into ``Article.text`` (the cleaned body) unless a field says
otherwise, so each extracted item can be shown in its sentence.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

SCHEMA_VERSION = "kabar-record/1"

EntityType = Literal["PER", "ORG", "GPE", "LOC", "NORP", "MISC"]
RemovedKind = Literal["caption", "credit", "read_also", "source_note", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "future", "hypothetical", "negated", "historical"]
PLOVER_EVENTS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
PloverEvent = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
QuadCode = Literal["VERBAL_COOPERATION", "MATERIAL_COOPERATION", "VERBAL_CONFLICT", "MATERIAL_CONFLICT"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class Span(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Removed(_Model):
    """A piece of the input that is not body text; kept so nothing is dropped silently."""

    kind: RemovedKind
    text: str
    start: int = Field(ge=0, description="offset in the body as read, before cleaning")


class Sentence(Span):
    pass


class Mention(Span):
    text: str
    kind: Literal["name", "alias", "pronoun", "description", "acronym"] = "name"


PlacePrecision = Literal["city", "admin2", "admin1", "country"]


class PlaceRef(_Model):
    """A place resolved to the place gazetteer (``kabar.places``): where a GPE/LOC entity is on the map."""

    id: Optional[str] = Field(None, description="gazetteer id: c:ISO3, a1:CC.code, gn:GeoNames id, adm:IDN:code ...")
    name: str
    country: Optional[str] = Field(None, description="ISO 3166 alpha-3")
    admin1: Optional[str] = Field(None, description="name of the first-order division it lies in")
    lat: Optional[float] = None
    lon: Optional[float] = None
    precision: Optional[PlacePrecision] = Field(None, description="what the coordinates stand for (ACLED-like)")
    confidence: float = Field(0.5, ge=0.0, le=1.0)
    fallback: bool = Field(False, description="the exact place is unknown: this is the country (or region) it is in")


class EventLocation(PlaceRef):
    """Where an event happened, with the span of the place's mention that supports it."""

    start: Optional[int] = Field(None, ge=0)
    end: Optional[int] = Field(None, ge=0)
    text: Optional[str] = Field(None, description="the place as written")
    source: Optional[str] = Field(None, description="clause, sentence, neighbour or dateline: where it was found")


class Entity(_Model):
    id: str
    type: EntityType
    name: str
    actor: Optional[str] = None
    wikidata: Optional[str] = None
    mentions: list[Mention] = Field(default_factory=list)
    place: Optional[PlaceRef] = Field(None, description="for GPE/LOC entities: the gazetteer place (places stage)")


class Quote(_Model):
    id: str
    speaker: Optional[str] = Field(None, description="entity id of the speaker")
    speaker_name: Optional[str] = None
    cue: Optional[str] = None
    kind: QuoteKind
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    medium: Optional[str] = Field(None, description="outlet the statement was made to, kept apart from the speaker")
    medium_entity: Optional[str] = None
    parent: Optional[str] = Field(None, description="id of the quote this one is nested in (claim chain)")


class ActorRef(_Model):
    name: Optional[str] = None
    code: Optional[str] = None
    entity: Optional[str] = None


class Claimant(_Model):
    name: str
    entity: Optional[str] = None
    quote: Optional[str] = None


class Quantity(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: Optional[float] = None
    min: Optional[float] = None
    max: Optional[float] = None
    unit: Optional[str] = None
    noun: Optional[str] = Field(None, description="the counted noun: 'misil balistik', 'people'")
    si_value: Optional[float] = None
    si_unit: Optional[str] = None


class DateItem(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: Optional[str] = Field(None, description="YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; null when unresolvable")
    grain: Optional[Literal["year", "month", "week", "day", "time"]] = None

    @field_validator("value")
    @classmethod
    def _iso_prefix(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and not (len(v) >= 4 and v[:4].isdigit()):
            raise ValueError(f"date value must start with a year: {v!r}")
        return v


class Event(_Model):
    id: str
    event: PloverEvent
    mode: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    actor: list[ActorRef] = Field(default_factory=list)
    recipient: list[ActorRef] = Field(default_factory=list)
    date: Optional[str] = None
    date_text: Optional[str] = None
    event_loc: Optional[EventLocation] = Field(None, description="where it happened (places stage)")
    event_text: str
    evidence: Span
    quad_code: Optional[QuadCode] = None
    modality: Modality = "asserted"
    claimant: Optional[Claimant] = None
    claimant_chain: list[Claimant] = Field(default_factory=list, description="outermost first; the innermost is `claimant`")
    quote: Optional[str] = None
    instrument: Optional[str] = None
    quantity: Optional[Quantity] = None
    dead: Optional[float] = None
    injured: Optional[float] = None
    size: Optional[float] = None
    cameo: Optional[str] = None
    goldstein: Optional[float] = None
    confidence: float = Field(0.5, ge=0.0, le=1.0)

    @field_validator("event_loc", mode="before")
    @classmethod
    def _loc_from_name(cls, v: Any) -> Any:
        """Records written before the places stage carried ``event_loc`` as a bare name."""
        return {"name": v} if isinstance(v, str) else v


class Article(_Model):
    """One article and everything kabar found in it.

    ``text`` is the cleaned body; ``removed`` keeps what cleaning took out.
    Stages fill the lists; the pipeline records which stages ran.
    """

    schema_: str = Field(SCHEMA_VERSION, alias="schema")
    id: str
    lang: Optional[str] = None
    title: Optional[str] = None
    published: Optional[_dt.date] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    original_outlet: Optional[str] = None
    author: Optional[str] = None
    text: str
    removed: list[Removed] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    dates: list[DateItem] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    stages: list[str] = Field(default_factory=list, description="names of the stages that ran, in order")
    warnings: list[str] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    # Non-serialised working state shared between stages (e.g. the spaCy Doc).
    _cache: dict[str, Any] = PrivateAttr(default_factory=dict)

    @field_validator("published", mode="before")
    @classmethod
    def _parse_published(cls, v: Any) -> Any:
        if isinstance(v, _dt.datetime):
            return v.date()
        if isinstance(v, str):
            v = v.strip()
            if not v:
                return None
            return _dt.date.fromisoformat(v[:10])
        return v

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return cls.model_validate(data)

    @property
    def cache(self) -> dict[str, Any]:
        return self._cache

    def entity(self, entity_id: Optional[str]) -> Optional[Entity]:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def snippet(self, start: int, end: int) -> str:
        return self.text[start:end]

    def drop_unevidenced(self) -> list[str]:
        """Remove items whose span cannot be shown in the text; return what was removed and why.

        Every item must point inside ``text``; a mention's or quote's own ``text`` must be what
        its span shows (quotes up to the quotation marks that wrap them), so nothing is stored
        that cannot be shown in its sentence.
        """
        n = len(self.text)
        problems: list[str] = []

        def inside(start: int, end: int) -> bool:
            return 0 <= start < end <= n

        def shown(start: int, end: int, claimed: str) -> bool:
            return inside(start, end) and " ".join(self.text[start:end].split()) == " ".join(claimed.split())

        for e in self.entities:
            bad = [m for m in e.mentions if not shown(m.start, m.end, m.text)]
            for m in bad:
                problems.append(f"entity {e.id}: mention {m.text!r} at {m.start}-{m.end} is not in the text")
            e.mentions = [m for m in e.mentions if m not in bad]
        kept = [e for e in self.entities if e.mentions]
        problems += [f"entity {e.id} ({e.name}): no mention left" for e in self.entities if not e.mentions]
        self.entities = kept
        for name in ("quotes", "dates", "quantities"):
            items = getattr(self, name)
            good = [x for x in items if inside(x.start, x.end)]
            problems += [f"{name}: {x.text[:40]!r} at {x.start}-{x.end} is outside the text" for x in items if x not in good]
            setattr(self, name, good)
        good_events = [e for e in self.events if inside(e.evidence.start, e.evidence.end)]
        problems += [f"event {e.id}: evidence {e.evidence.start}-{e.evidence.end} is outside the text" for e in self.events if e not in good_events]
        self.events = good_events
        for e in self.events:
            loc = e.event_loc
            if loc is not None and loc.start is not None and not shown(loc.start, loc.end or loc.start, loc.text or ""):
                problems.append(f"event {e.id}: location {loc.text!r} at {loc.start}-{loc.end} is not in the text")
                e.event_loc = None
        return problems


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the record, generated from the models (the single source of truth)."""
    return Article.model_json_schema(by_alias=True)
