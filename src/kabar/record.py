"""The article record: the one data model every part of kabar speaks.

This module imports nothing else of kabar. Every offset (``start``/``end``) is a
character offset into ``Article.text`` (the cleaned body) unless a field says
otherwise, so each extracted item can be shown in its sentence.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import email.utils
import hashlib
import operator
import re
import unicodedata
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_serializer

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


# Numbers are seconds since 1970 (milliseconds when larger than this); smaller ones are not plausible
# timestamps of news (before 1973-03-03): 86400 or 20240305 would silently become a day in 1970.
EPOCH_MIN, EPOCH_MS_FROM = 100_000_000, 100_000_000_000
PUBLISHED_FORMS = "YYYY-MM-DD (ISO 8601), an RFC 2822 date such as 'Tue, 05 Mar 2024 10:00:00 +0700', or epoch seconds"


def parse_published(value: Any) -> Any:
    """The one reading of a publication date, as a ``date`` (the day where it was published).

    Accepted: a date or datetime; an ISO 8601 string (its first ten characters); an RFC 2822
    string (RSS ``pubDate``, e-mail ``Date``); epoch seconds or milliseconds as a number or a
    string of digits. Empty is None. Anything else raises ValueError with a one-line reason.
    """
    if value is None or isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"not a date: {value!r:.60} (give {PUBLISHED_FORMS})")
    text = str(value).strip()
    if not text:
        return None
    if isinstance(value, (int, float)) or text.isdigit() and len(text) >= 9:
        return _from_epoch(float(text))
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not a date: {text[:60]!r} (give {PUBLISHED_FORMS})") from None


def _from_epoch(number: float) -> _dt.date:
    if number != number or abs(number) < EPOCH_MIN:  # NaN, or too small to be a timestamp of news
        raise ValueError(f"{number:.15g} is not a plausible epoch timestamp (seconds since 1970; give {PUBLISHED_FORMS})")
    seconds = number / 1000 if abs(number) >= EPOCH_MS_FROM else number
    try:
        return _dt.datetime.fromtimestamp(seconds, tz=_dt.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"{number:.15g} is beyond the dates an epoch timestamp can give") from None


def normalise_for_id(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def article_id(text: str) -> str:
    """A stable id: a hash of the normalised body, so the same article is stored once."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


# C0 control characters but tab and newline, DEL, and the C1 controls (U+0080-U+009F): never article text.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """The text without control characters (tab and newline kept).

    A NUL is refused by PostgreSQL and kept by SQLite (one input, two outcomes); an ESC can
    drive the terminal that later shows the text. Neither carries meaning in news text.
    """
    return CONTROL_CHARACTERS.sub("", text)


def normalise_text(text: str) -> str:
    """Line ends made ``\\n`` (Windows and old Mac ends alike), so offsets mean the same on every platform;
    other control characters removed (:func:`strip_controls`)."""
    return strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclasses.dataclass
class Metadata:
    """What is said about an article besides its text: the one list of these fields.

    Readers fill it from a file; what a user states (``--published``, ``--lang`` ...) is
    laid over it with :meth:`over`.
    """

    title: Optional[str] = None
    published: Optional[str | _dt.date] = None
    lang: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(Metadata))

    def fields(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in Metadata.field_names()}

    def over(self, found: "Metadata") -> "Metadata":
        """These values where given (not empty), ``found``'s elsewhere."""
        return Metadata(**{k: getattr(self, k) or getattr(found, k) or None for k in Metadata.field_names()})


IssueKind = Literal["failed", "skipped", "dropped", "note"]


@dataclasses.dataclass(frozen=True)
class Issue:
    """A stage failure, a skipped stage, an item dropped for lack of evidence or a stage's note: structured, one line.

    ``str(issue)`` is the line kept in ``Article.warnings`` (the record's JSON); :meth:`parse`
    reads such a line back, so records made elsewhere are judged the same way.
    """

    kind: IssueKind
    stage: str
    message: str

    def __str__(self) -> str:
        if self.kind == "failed":
            return f"{self.stage}: failed: {self.message}"[:500]
        if self.kind == "skipped":
            return f"{self.stage}: skipped, {self.message}"
        if self.kind == "note":
            return f"{self.stage}: {self.message}"
        return f"dropped: {self.message}"

    @classmethod
    def parse(cls, line: str) -> Optional["Issue"]:
        if line.startswith("dropped: "):
            return cls("dropped", "", line[len("dropped: "):])
        stage, sep, rest = line.partition(": failed: ")
        if sep and stage and " " not in stage:
            return cls("failed", stage, rest)
        stage, sep, rest = line.partition(": skipped, ")
        if sep and stage and " " not in stage:
            return cls("skipped", stage, rest)
        stage, sep, rest = line.partition(": ")
        if sep and stage and " " not in stage:
            return cls("note", stage, rest)
        return None


def stage_failures(warnings: Optional[list[str]]) -> list[Issue]:
    """The stage failures among a record's warning lines."""
    issues = (Issue.parse(w) for w in warnings or ())
    return [i for i in issues if i is not None and i.kind == "failed"]


@dataclasses.dataclass
class WorkState:
    """Working state that stages share and that is never serialised.

    ``doc`` is the spaCy Doc over ``doc_text`` (made by the text floor), ``tokens`` plain-list views
    of it, ``entity_titles`` the role title seen before a person mention, by the mention's
    (start, end); the entity stage writes it and coreference reads it.
    """

    doc: Any = None
    doc_text: Optional[str] = None
    tokens: Any = None
    entity_titles: dict[tuple[int, int], str] = dataclasses.field(default_factory=dict)
    syntax: Any = None  # the syntax stage's parse (kabar.text.parse.Parse) of the sentences that need one
    places: Any = None  # the places stage's mentions, tokens, dateline and context (read by its evaluations)
    # the events stage's found triggers that made no event: (sentence index, category, trigger text, reason)
    event_drops: list[tuple[int, str, str, str]] = dataclasses.field(default_factory=list)
    # session 28 (actors-en28): ids of the entities the actors stage coded as firms by the firm list (gazetteer.firm)
    # or a firm apposition ("X, the Italian food group")
    listed_firms: frozenset = frozenset()
    # session 30 (codes-en30): of those, the firms coded by the hand-written list curated/firms.csv (the events stage:
    # a party's code, but no event alone)
    list_only_firms: frozenset = frozenset()
    # session 30 (acronym30): acronyms the article defines in brackets for a body other than the gazetteer's entry of
    # that acronym ("the Financial Services Authority (FSA)"): the actors stage does not look them up
    local_acronyms: frozenset = frozenset()
    # session 32 (linkid32): entity id -> the gazetteer name of the office-holder its one-word name is the first name
    # of (entities.grouping.leader_given_names: "Prabowo" beside "Listyo Sigit Prabowo" is Prabowo Subianto)
    leader_names: dict = dataclasses.field(default_factory=dict)
    # review34: ((lang, text), country -> count) of the institutions the article names (kabar.text.home.
    # institution_countries), counted once for the actors stage's home inference and the events coder's
    institutions: Optional[tuple] = None


_THIRD = operator.itemgetter(2)  # a SpanIndex row's position in its list


class SpanIndex:
    """Items by their [start, end) spans, sorted by start, so a span question bisects instead of scanning.

    Built from a list and rebuilt when that list is replaced or changes size. Answers keep the
    items' order in that list, so they are what a scan of the list would find.
    """

    def __init__(self, source: list, items: list[tuple[int, int, Any]]):
        self.source, self.size = source, len(source)
        self.by_id: Optional[dict[str, Any]] = None
        rows = sorted(((s, e, n, item) for n, (s, e, item) in enumerate(items)), key=lambda t: (t[0], t[1], t[2]))
        self.rows = rows
        self.starts = [t[0] for t in rows]
        self.reach: list[int] = []  # the furthest end among rows up to here: where a backward walk may stop
        furthest = -1
        for t in rows:
            furthest = max(furthest, t[1])
            self.reach.append(furthest)

    def fresh(self, source: list, size: int) -> bool:
        return self.source is source and self.size == size

    def _rows(self, start: int, end: int) -> list[tuple]:
        """Rows whose span overlaps [start, end) (or holds ``start`` when end == start + 1), in list order."""
        hi = bisect.bisect_left(self.starts, end)
        lo = hi
        while lo > 0 and self.reach[lo - 1] > start:
            lo -= 1
        hits = [t for t in self.rows[lo:hi] if t[1] > start]
        if len(hits) > 1:  # session 29 (speed): most lookups find one item or none
            hits.sort(key=_THIRD)
        return hits

    def covering(self, offset: int) -> list[Any]:
        """Items whose span holds ``offset``, in list order."""
        return [t[3] for t in self._rows(offset, offset + 1)]

    def overlapping(self, start: int, end: int) -> list[Any]:
        """Items whose span overlaps [start, end), in list order."""
        return [t[3] for t in self._rows(start, end)]


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
    title: Optional[str] = Field(None, description="a person's office as written before their name")
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
    attribution: Optional[Literal["belief", "intention", "stance", "evaluation", "topic", "finding"]] = Field(
        None, description="wide attribution mode only: what kind of attribution this is beyond a statement "
        "(absent for a statement, and in the default speech mode)")

    @model_serializer(mode="wrap")
    def _drop_absent_attribution(self, handler):
        # absent, not null: records made in speech mode stay as they were before the field existed
        out = handler(self)
        if out.get("attribution") is None:
            out.pop("attribution", None)
        return out


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
    actor_unknown: Optional[str] = Field(None, description="why the actor is empty (agentless passive, subject not found ...)")
    restates: Optional[str] = Field(None, description="id of an earlier event of the article this one restates")

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

    _state: WorkState = PrivateAttr(default_factory=WorkState)
    _issues: list[Issue] = PrivateAttr(default_factory=list)
    _indexes: dict[str, SpanIndex] = PrivateAttr(default_factory=dict)

    @field_validator("published", mode="before")
    @classmethod
    def _parse_published(cls, v: Any) -> Any:
        return parse_published(v)

    @classmethod
    def new(cls, text: str, metadata: Optional[Metadata] = None, *, id: Optional[str] = None,
            meta: Optional[dict[str, Any]] = None, **fields: Any) -> "Article":
        """A bare record for a body of text: line ends normalised, the id a hash of the normalised body.

        Metadata comes as a :class:`Metadata` or as its fields by keyword (``title=``, ``published=`` ...).
        """
        metadata = metadata or Metadata(**fields)
        text = normalise_text(text)
        stated = {k: strip_controls(v) if isinstance(v, str) else v for k, v in metadata.fields().items()}
        return cls(id=id or article_id(text), text=text, meta=dict(meta or {}), **stated)

    @staticmethod
    def metadata_fields() -> tuple[str, ...]:
        return Metadata.field_names()

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return cls.model_validate(data)

    # ------------------------------------------------------------ working state and issues

    def _private(self, name: str) -> Any:
        """A private attribute's value (``self._state`` ...), read from pydantic's dict of them directly (session 23):
        reading one as an attribute first fails the instance look-up, then goes through pydantic's ``__getattr__``,
        which asks the attribute's ``ModelPrivateAttr`` for a ``__get__`` (a second failed look-up) before it reads
        that same dict: ~2 us, ~75 times an article. A record without private values takes pydantic's own path."""
        try:
            return self.__pydantic_private__[name]
        except (KeyError, TypeError):
            return getattr(self, name)

    @property
    def state(self) -> WorkState:
        return self._private("_state")

    def note(self, issue: Issue) -> None:
        """Record a structured issue; its one-line form goes to ``warnings``."""
        self._issues.append(issue)
        self.warnings.append(str(issue))

    @property
    def issues(self) -> list[Issue]:
        """This run's issues; for a record read back from JSON, those its warning lines hold."""
        if self._issues:
            return list(self._issues)
        return [i for i in map(Issue.parse, self.warnings) if i is not None]

    @property
    def failures(self) -> list[Issue]:
        return [i for i in self.issues if i.kind == "failed"]

    # ------------------------------------------------------------ span questions, answered from an index

    def _index(self, name: str, source: list, size: int, build) -> SpanIndex:
        indexes = self._private("_indexes")
        idx = indexes.get(name)
        if idx is None or not idx.fresh(source, size):
            idx = SpanIndex(source, build())
            idx.size = size
            indexes[name] = idx
        return idx

    def entity(self, entity_id: Optional[str]) -> Optional[Entity]:
        idx = self._index("entities", self.entities, len(self.entities), lambda: [])
        if idx.by_id is None:
            idx.by_id = {}
            for e in self.entities:
                idx.by_id.setdefault(e.id, e)
        return idx.by_id.get(entity_id)

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        idx = self._index("sentences", self.sentences, len(self.sentences),
                          lambda: [(s.start, s.end, s) for s in self.sentences])
        found = idx.covering(offset)
        return found[0] if found else None

    def mention_index(self) -> "SpanIndex":
        """Every entity mention as (entity, mention), indexed by offset; rebuilt when mentions are added or removed."""
        size = sum(len(e.mentions) for e in self.entities)
        return self._index("mentions", self.entities, size,
                           lambda: [(m.start, m.end, (e, m)) for e in self.entities for m in e.mentions])

    def mentions_changed(self) -> None:
        """Drop the mention index after a mention moved from one entity to another (the count alone, which
        ``mention_index`` checks, does not change then)."""
        self._indexes.pop("mentions", None)

    def mentions_at(self, offset: int) -> list[tuple[Entity, Mention]]:
        """(entity, mention) pairs whose mention covers ``offset``, in start order."""
        return self.mention_index().covering(offset)

    def mentions_in(self, start: int, end: int) -> list[tuple[Entity, Mention]]:
        """(entity, mention) pairs whose mention overlaps [start, end), in start order."""
        return self.mention_index().overlapping(start, end)

    def mention_at(self, start: int, end: int) -> Optional[tuple[Entity, Mention]]:
        """The entity mention at a character span: an exact match, else the smallest mention
        containing the span, else the one overlapping it most. None when nothing overlaps."""
        best = best_key = None
        for e, m in self.mentions_in(start, end):
            if m.start == start and m.end == end:
                return e, m
            contains = m.start <= start and end <= m.end
            overlap = min(end, m.end) - max(start, m.start)
            key = (1 if contains else 0, -(m.end - m.start) if contains else overlap)
            if best_key is None or key > best_key:
                best, best_key = (e, m), key
        return best

    def quote_at(self, start: int, end: int) -> Optional[Quote]:
        """The innermost quote whose span contains [start, end) (the claimant of what is said there)."""
        idx = self._index("quotes", self.quotes, len(self.quotes), lambda: [(q.start, q.end, q) for q in self.quotes])
        best = None
        for q in idx.covering(start):
            if end <= q.end and (best is None or (q.end - q.start) < (best.end - best.start)):
                best = q
        return best

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
            kept_mentions = []
            for m in e.mentions:
                if shown(m.start, m.end, m.text):
                    kept_mentions.append(m)
                else:
                    problems.append(f"entity {e.id}: mention {m.text!r} at {m.start}-{m.end} is not in the text")
            e.mentions = kept_mentions
        problems += [f"entity {e.id} ({e.name}): no mention left" for e in self.entities if not e.mentions]
        self.entities = [e for e in self.entities if e.mentions]
        for name in ("quotes", "dates", "quantities"):
            items = getattr(self, name)
            problems += [f"{name}: {x.text[:40]!r} at {x.start}-{x.end} is outside the text" for x in items if not inside(x.start, x.end)]
            setattr(self, name, [x for x in items if inside(x.start, x.end)])
        problems += [f"event {e.id}: evidence {e.evidence.start}-{e.evidence.end} is outside the text"
                     for e in self.events if not inside(e.evidence.start, e.evidence.end)]
        self.events = [e for e in self.events if inside(e.evidence.start, e.evidence.end)]
        for e in self.events:
            loc = e.event_loc
            if loc is not None and loc.start is not None and not shown(loc.start, loc.end or loc.start, loc.text or ""):
                problems.append(f"event {e.id}: location {loc.text!r} at {loc.start}-{loc.end} is not in the text")
                e.event_loc = None
        return problems


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the record, generated from the models (the single source of truth)."""
    return Article.model_json_schema(by_alias=True)
