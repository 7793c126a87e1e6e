import json

import pytest
from pydantic import ValidationError

from kabar.record import Article, Entity, Event, Mention, Quote, Sentence, json_schema


def full_record():
    return Article(
        id="x1",
        lang="id",
        title="T",
        published="2024-01-05",
        text="Kirby berkata Rusia menyerang Ukraina.",
        entities=[Entity(id="E1", type="PER", name="John Kirby", actor="USAGOV", mentions=[Mention(start=0, end=5, text="Kirby")])],
        quotes=[Quote(id="Q1", speaker="E1", speaker_name="John Kirby", cue="berkata", kind="indirect", text="Rusia menyerang Ukraina", start=14, end=37)],
        events=[
            Event(
                id="V1",
                event="ASSAULT",
                actor=[{"name": "Rusia", "code": "RUS"}],
                recipient=[{"name": "Ukraina", "code": "UKR"}],
                event_text="Rusia menyerang Ukraina",
                evidence={"start": 14, "end": 37},
                claimant={"name": "John Kirby", "entity": "E1"},
                quote="Q1",
                quad_code="MATERIAL_CONFLICT",
            )
        ],
    )


def test_round_trip_through_json():
    r = full_record()
    d = json.loads(json.dumps(r.to_dict()))
    assert d["schema"] == "kabar-record/1"
    assert d["published"] == "2024-01-05"
    assert Article.from_dict(d) == r


def test_required_fields_of_the_issue_are_in_the_schema():
    props = json_schema()["properties"]
    for key in ("id", "lang", "title", "published", "url", "outlet", "original_outlet", "text", "removed", "sentences", "entities", "quotes", "events", "dates", "quantities"):
        assert key in props
    event = json_schema()["$defs"]["Event"]["properties"]
    for key in ("event", "mode", "context", "actor", "recipient", "date", "event_loc", "event_text", "quad_code", "modality", "claimant", "quote", "evidence", "date_text", "instrument", "quantity", "confidence"):
        assert key in event


@pytest.mark.parametrize(
    "patch",
    [
        {"entities": [{"id": "E1", "type": "PERSON", "name": "x"}]},
        {"quotes": [{"id": "Q", "kind": "reported", "text": "x", "start": 0, "end": 1}]},
        {"events": [{"id": "V", "event": "ATTACK", "event_text": "x", "evidence": {"start": 0, "end": 1}}]},
        {"events": [{"id": "V", "event": "ASSAULT", "modality": "maybe", "event_text": "x", "evidence": {"start": 0, "end": 1}}]},
        {"dates": [{"text": "kemarin", "start": 0, "end": 7, "value": "yesterday"}]},
        {"removed": [{"kind": "advert", "text": "x", "start": 0}]},
        {"sentences": [{"start": -1, "end": 3}]},
        {"surprise": 1},
    ],
)
def test_invalid_records_are_rejected(patch):
    d = full_record().to_dict()
    d.update(patch)
    with pytest.raises(ValidationError):
        Article.from_dict(d)


def test_working_state_is_not_serialised():
    r = full_record()
    r.state.doc = object()
    assert "state" not in r.to_dict() and "_state" not in r.to_dict() and "doc" not in r.to_dict()


def test_items_that_cannot_be_shown_are_dropped():
    r = full_record()
    r.entities[0].mentions.append(Mention(start=6, end=11, text="Kirby"))  # the text there is "rkata"
    r.entities.append(Entity(id="E2", type="GPE", name="Mars", mentions=[Mention(start=100, end=104, text="Mars")]))
    r.quotes[0].end = 500
    problems = r.drop_unevidenced()
    assert len(problems) == 4
    assert [m.text for m in r.entities[0].mentions] == ["Kirby"]
    assert [e.id for e in r.entities] == ["E1"]
    assert r.quotes == [] and len(r.events) == 1
    assert full_record().drop_unevidenced() == []


def test_new_record_normalises_line_ends_and_hashes_the_body():
    from kabar.record import Metadata, article_id

    a = Article.new("Satu dua.\r\nTiga\rempat.", title="T", published="2024-01-05T09:00:00", author="Redaksi")
    assert a.text == "Satu dua.\nTiga\nempat." and a.id == article_id(a.text)
    assert str(a.published) == "2024-01-05" and a.author == "Redaksi"
    b = Article.new("Satu dua.\nTiga\nempat.", Metadata(title="T"), id="given")
    assert b.id == "given" and b.title == "T"
    with pytest.raises(TypeError):
        Article.new("x", titel="T")


def test_span_questions_are_answered_from_an_index():
    r = full_record()
    r.sentences = [Sentence(start=0, end=13), Sentence(start=14, end=38)]
    assert r.sentence_at(20).start == 14 and r.sentence_at(13) is None
    assert r.entity("E1").name == "John Kirby" and r.entity("E9") is None
    assert [m.text for _, m in r.mentions_at(2)] == ["Kirby"] and r.mentions_at(7) == []
    assert r.mention_at(1, 3)[1].text == "Kirby" and r.mention_at(6, 9) is None
    inner = Quote(id="Q2", kind="indirect", text="menyerang", start=20, end=29)
    r.quotes.append(inner)  # the index notices a change in length
    assert r.quote_at(21, 25).id == "Q2" and r.quote_at(15, 18).id == "Q1" and r.quote_at(0, 3) is None
    r.entities[0].mentions.append(Mention(start=30, end=37, text="Ukraina", kind="alias"))
    assert [m.text for _, m in r.mentions_in(25, 38)] == ["Ukraina"]


def test_span_index_answers_as_a_scan_would():
    import random

    from kabar.record import SpanIndex

    rnd = random.Random(7)
    spans = [(s, s + rnd.randint(1, 30), n) for n, s in enumerate(rnd.randint(0, 300) for _ in range(200))]
    idx = SpanIndex(spans, list(spans))
    for a in range(0, 330, 7):
        b = a + rnd.randint(1, 20)
        assert idx.overlapping(a, b) == [n for s, e, n in spans if e > a and s < b]
        assert idx.covering(a) == [n for s, e, n in spans if s <= a < e]


# Session 23 (speed23): Article reads its private attributes from pydantic's dict of them

def test_private_attributes_read_directly_are_pydantics_own():
    a = Article.new("Presiden bertemu menteri. Lalu pergi.", lang="id")
    assert a.state is a._state and a._private("_indexes") is a._indexes
    a.state.syntax = "parse"
    assert a._state.syntax == "parse"
    a.sentences = [Sentence(start=0, end=25)]
    assert a.sentence_at(3) is a.sentences[0] and "sentences" in a._indexes
    b = Article.model_construct(text="x")  # no validation: pydantic still fills the private values
    assert b.state is b._state
    c = Article.new("x")
    object.__setattr__(c, "__pydantic_private__", None)  # a record without private values takes pydantic's path
    with pytest.raises((AttributeError, TypeError)):
        c.state
