"""Shared by the English construction tests that read quotes through the parse: the pipeline up to the quotes
stage with the syntax stage on, and the (speaker, cue, content) triples it gives for a text."""

from __future__ import annotations

import pytest

from kabar.record import Article


@pytest.fixture(scope="module")
def pipe():
    from kabar.pipeline import Pipeline

    return Pipeline(only=["segment", "entities", "actors", "coref", "syntax", "quotes"], on_error="raise")


def quotes_of(pipe, text):
    rec = pipe(Article.new(text, lang="en"))
    return [(q.speaker_name, q.cue, q.text) for q in rec.quotes]
