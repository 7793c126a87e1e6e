"""The query layer (kabar.store.queries / filters) on SQLite and PostgreSQL."""

import pydantic
import pytest
from store_records import build_record

from kabar.record import ActorRef, Claimant
from kabar.store import queries as q
from kabar.store.filters import EntityFilter, EventFilter, QuoteFilter


def _second_article():
    """Another outlet and language; its first event has no date of its own (falls back to published)."""
    rec = build_record("a2", url="https://example.org/news/2", lang="en", published="2024-04-10")
    rec.outlet = "Other Wire"
    v1, v2 = rec.events
    v1.event, v1.date, v1.mode, v1.quad_code = "ASSAULT", None, ["aerial"], "MATERIAL_CONFLICT"
    v1.actor = [ActorRef(name="Israel", code="ISRMIL")]
    v1.recipient = [ActorRef(name="Rusia", code="RUSGOV"), ActorRef(name="Iran", code="IRN")]
    v1.claimant = Claimant(name="Kantor Berita", entity="E9")
    v1.confidence = 0.3
    v2.date = "2024-04-11"
    return rec


@pytest.fixture
def filled(store):
    store.save(build_record())
    store.save(_second_article())
    return store


def _ids(store, **filters):
    return [r["global_id"] for r in q.iter_events(store, EventFilter(**filters))]


def test_event_row_carries_the_article_the_evidence_and_split_codes(filled):
    [row] = [r for r in q.iter_events(filled) if r["global_id"] == "a1:V1"]
    record = build_record()
    v1 = record.events[0]
    assert (row["article_id"], row["event_id"], row["category"]) == ("a1", "V1", "ACCUSE")
    assert (row["date"], row["event_date"], row["published"]) == ("2024-03-05", "2024-03-05", "2024-03-05")
    assert (row["url"], row["outlet"], row["lang"]) == (record.url, "Contoh News", "id")
    assert (row["actor_code"], row["actor_country"], row["actor_role"]) == ("IDN", "IDN", None)
    assert [(a["code"], a["country"], a["role"]) for a in row["actors"]] == [("IDN", "IDN", None), ("IDNGOV", "IDN", "GOV")]
    assert (row["recipient_code"], row["recipient_name"], row["recipient_country"]) == ("ISR", "Israel", "ISR")
    assert (row["claimant_name"], row["claimant_entity"], row["quote_id"]) == ("Retno Marsudi", "E1", "Q1")
    assert (row["quad_code"], row["quad_class"], row["cameo"], row["cameo_root"], row["goldstein"]) == (
        "VERBAL_CONFLICT", 3, "111", "11", -2.0)
    assert row["evidence_text"] == record.text[v1.evidence.start:v1.evidence.end]
    first_sentence = record.sentences[0]
    assert row["evidence_sentence"] == record.text[first_sentence.start:first_sentence.end]
    assert (row["modality"], row["confidence"]) == ("asserted", 0.8)


def test_split_actor_code():
    assert q.split_actor_code("RUSGOV") == ("RUS", "GOV", None)
    assert q.split_actor_code("USA") == ("USA", None, None)
    assert q.split_actor_code("IGOASN") == (None, "IGO", "ASN")
    assert q.split_actor_code(None) == (None, None, None)


def test_event_date_falls_back_to_the_article_date(filled):
    [row] = [r for r in q.iter_events(filled) if r["global_id"] == "a2:V1"]
    assert (row["date"], row["event_date"], row["published"]) == ("2024-04-10", None, "2024-04-10")


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, ["a1:V1", "a1:V2", "a2:V1", "a2:V2"]),
        ({"actor": "IDN"}, ["a1:V1"]),  # code prefix, any of the actors
        ({"actor": "IDNGOV"}, ["a1:V1"]),
        ({"actor": "TUR"}, ["a1:V2", "a2:V2"]),
        ({"actor": "retno"}, ["a1:V1"]),  # not in capitals: part of a name
        ({"recipient": "RUS"}, ["a2:V1"]),  # RUS matches RUSGOV
        ({"recipient": "IRN"}, ["a2:V1"]),  # the second recipient counts too
        ({"recipient": "ISR"}, ["a1:V1"]),
        ({"category": ["ACCUSE", "assault"]}, ["a1:V1", "a2:V1"]),
        ({"category": "AID"}, ["a1:V2", "a2:V2"]),
        ({"mode": "aerial"}, ["a2:V1"]),
        ({"mode": "aer"}, []),  # a whole mode, not part of one
        ({"modality": ["future"]}, ["a1:V2", "a2:V2"]),
        ({"modality": "asserted,negated"}, ["a1:V1", "a2:V1"]),
        ({"claimant": "marsudi"}, ["a1:V1"]),
        ({"claimant": "E9"}, ["a2:V1"]),
        ({"date_from": "2024-04-01"}, ["a2:V1", "a2:V2"]),  # a2:V1 by its article's date
        ({"date_to": "2024-03"}, ["a1:V1", "a1:V2"]),  # a month bound includes the whole month
        ({"date_from": "2024-03-06", "date_to": "2024-04-10"}, ["a2:V1"]),
        ({"date_from": "2024"}, ["a1:V1", "a1:V2", "a2:V1", "a2:V2"]),
        ({"lang": "en"}, ["a2:V1", "a2:V2"]),
        ({"outlet": "other"}, ["a2:V1", "a2:V2"]),
        ({"article_id": "a1"}, ["a1:V1", "a1:V2"]),
        ({"min_confidence": 0.6}, ["a1:V1"]),
        ({"text": "MENGECAM"}, ["a1:V1", "a2:V1"]),  # words of the evidence span, any case
        ({"text": "100%"}, []),  # % is a character, not a wildcard
        ({"actor": "TUR", "lang": "id", "modality": ["future"]}, ["a1:V2"]),
    ],
)
def test_event_filters(filled, filters, expected):
    assert _ids(filled, **filters) == expected
    assert q.count_events(filled, EventFilter(**filters)) == len(expected)


@pytest.mark.parametrize(
    "bad",
    [{"category": ["BOMB"]}, {"modality": "maybe"}, {"date_from": "05/03/2024"}, {"min_confidence": 2}, {"colour": "red"}],
)
def test_bad_filters_fail_with_a_message(bad):
    with pytest.raises(pydantic.ValidationError):
        EventFilter(**bad)


def _many(store, n=7):
    for i in range(n):
        rec = build_record(f"m{i}", url=f"https://example.org/m/{i}", published=f"2024-05-{10 + i % 3:02d}")
        rec.events[0].date = None
        rec.events[0].confidence = (i % 4) / 4
        store.save(rec)


@pytest.mark.parametrize("sort", list(q.EVENT_SORTS))
def test_cursor_pages_visit_every_row_once_in_order(store, sort):
    _many(store)
    everything = q.events_page(store, sort=sort, limit=1000).rows
    seen, cursor = [], None
    while True:
        page = q.events_page(store, sort=sort, limit=3, cursor=cursor)
        assert len(page.rows) <= 3
        seen += [r["global_id"] for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == [r["global_id"] for r in everything]
    assert len(set(seen)) == 14
    if sort == "-date":
        dates = [r["date"] for r in everything]
        assert dates == sorted(dates, reverse=True)
    if sort == "confidence":
        confidences = [r["confidence"] for r in everything]
        assert confidences == sorted(confidences)


def test_iteration_streams_in_batches_and_respects_limit(store):
    _many(store)
    all_rows = [r["global_id"] for r in q.iter_events(store, batch_size=1000)]
    assert [r["global_id"] for r in q.iter_events(store, batch_size=2)] == all_rows
    assert [r["global_id"] for r in q.iter_events(store, batch_size=4, limit=5)] == all_rows[:5]
    assert len(all_rows) == 14


def test_bad_cursor_sort_and_limit_are_query_errors(filled):
    page = q.events_page(filled, sort="date", limit=1)
    with pytest.raises(q.QueryError, match="sort order"):
        q.events_page(filled, sort="-date", cursor=page.next_cursor)
    with pytest.raises(q.QueryError, match="not a cursor"):
        q.events_page(filled, cursor="%%%garbage")
    with pytest.raises(q.QueryError, match="unknown sort"):
        q.events_page(filled, sort="colour")
    with pytest.raises(q.QueryError, match="positive"):
        q.events_page(filled, limit=0)


def test_categories_by_day(filled):
    assert q.event_categories_by_day(filled) == [
        {"day": "2024-03", "category": "AID", "count": 1},
        {"day": "2024-03-05", "category": "ACCUSE", "count": 1},
        {"day": "2024-04-10", "category": "ASSAULT", "count": 1},
        {"day": "2024-04-11", "category": "AID", "count": 1},
    ]
    assert q.event_categories_by_day(filled, EventFilter(lang="id", category=["ACCUSE"])) == [
        {"day": "2024-03-05", "category": "ACCUSE", "count": 1}
    ]


def test_dyads_count_every_actor_recipient_pair(filled):
    pairs = {(d["actor"], d["recipient"]): d["count"] for d in q.dyads(filled)}
    # a1:V1 has two actors and one recipient; a2:V1 one actor and two recipients; the AID events no recipient.
    assert pairs == {("IDN", "ISR"): 1, ("IDNGOV", "ISR"): 1, ("ISRMIL", "RUSGOV"): 1, ("ISRMIL", "IRN"): 1}
    monthly = q.dyads(filled, by_month=True, flt=EventFilter(actor="ISR"))
    assert sorted((d["actor"], d["recipient"], d["month"], d["count"]) for d in monthly) == [
        ("ISRMIL", "IRN", "2024-04", 1), ("ISRMIL", "RUSGOV", "2024-04", 1)]
    assert len(q.dyads(filled, limit=2)) == 2
    by_type = q.dyads(filled, by_category=True, flt=EventFilter(recipient="ISR"))
    assert sorted((d["actor"], d["category"], d["count"]) for d in by_type) == [("IDN", "ACCUSE", 1), ("IDNGOV", "ACCUSE", 1)]


def test_quotes_entities_and_speakers(filled):
    assert [r["global_id"] for r in q.iter_quotes(filled, QuoteFilter(speaker="retno"))] == ["a1:Q1", "a2:Q1"]
    assert [r["global_id"] for r in q.iter_quotes(filled, QuoteFilter(text="kekerasan", lang="en"))] == ["a2:Q1"]
    assert [r["global_id"] for r in q.iter_quotes(filled, QuoteFilter(date_to="2024-03"))] == ["a1:Q1"]
    assert q.top_speakers(filled) == [{"speaker": "Retno Marsudi", "quotes": 2, "articles": 2}]
    rows = list(q.iter_entities(filled, EntityFilter(actor="idn", article_id="a1")))
    assert [(r["entity_id"], r["actor_country"], r["actor_role"], r["mentions"]) for r in rows] == [
        ("E1", "IDN", "GOV", 2), ("E2", "IDN", None, 1)]
    assert [r["name"] for r in q.iter_entities(filled, EntityFilter(name="erdoğan", type="per"))] == [
        "Recep Tayyip ERDOĞAN", "Recep Tayyip ERDOĞAN"]


def test_articles_stream_with_records(filled):
    rows = list(q.iter_articles(filled, with_record=True, batch_size=1))
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert rows[0]["record"] == build_record().to_dict()
    assert [r["id"] for r in q.iter_articles(filled, q.ArticleFilter(date_from="2024-04"))] == ["a2"]


# Session 22 (attrib22): a wide-mode quote's kind (Quote.attribution) is stored in quotes.attribution (revision 0005)
# and filtered on: "statement" is every quote without one, "wide" every quote with one.
def test_quote_attribution_is_stored_and_filtered(store):
    rec = build_record("a3")
    first = rec.quotes[0]
    rec.quotes.append(first.model_copy(update={"id": "Q2", "attribution": "belief", "start": first.start,
                                               "end": first.end}))
    store.save(rec)
    rows = {r["global_id"]: r["attribution"] for r in q.iter_quotes(store, QuoteFilter(article_id="a3"))}
    assert rows == {"a3:Q1": None, "a3:Q2": "belief"}
    ids = lambda v: [r["global_id"] for r in q.iter_quotes(store, QuoteFilter(attribution=v))]  # noqa: E731
    assert ids("statement") == ["a3:Q1"]
    assert ids("wide") == ids("belief") == ids("belief,stance") == ["a3:Q2"]
    assert ids("stance") == []
    assert sorted(ids("statement,belief")) == ["a3:Q1", "a3:Q2"]
    assert store.get("a3").quotes[1].attribution == "belief"
    with pytest.raises(pydantic.ValidationError):
        QuoteFilter(attribution="rumour")
