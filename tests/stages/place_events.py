"""Shared by the places-stage tests: an article run through the pipeline, the event at a verb, and where the places
stage puts it (the events stage's own event at that verb when it found one, else the verb alone, as
scripts/eval_event_location.py does, so the cases test the placing)."""

from __future__ import annotations

import pytest

from kabar.pipeline import Pipeline
from kabar.record import Article, Event, Span
from kabar.stages.places import locate_event


def run(pipe, lang, text):
    return pipe(Article.new(text, lang=lang, published="2024-05-01"))


def event_at(record, verb: str) -> Event:
    start = record.text.find(verb)
    assert start >= 0, verb
    for ev in record.events:
        if ev.event_text == verb and ev.evidence.start <= start < ev.evidence.end:
            return ev
    sent = record.sentence_at(start)
    return Event(id="t", event="ASSAULT", event_text=verb, evidence=Span(start=sent.start, end=sent.end))


def locate(record, verb: str):
    """The place the stage gives the event at ``verb`` (None when it places it nowhere)."""
    mentions, toks, dateline, _ = record.state.places
    return locate_event(record, event_at(record, verb), mentions, toks, dateline)


@pytest.fixture(scope="module")
def pipe():
    """One pipeline per test module (import the fixture by name)."""
    return Pipeline(on_error="raise")


def place_of(pipe, lang, text, verb):
    """Where the places stage puts the event at ``verb`` of ``text``."""
    return locate(run(pipe, lang, text), verb)
