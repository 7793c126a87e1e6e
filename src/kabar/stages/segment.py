"""Sentences: the record's sentence spans, from the shared Doc (:mod:`kabar.text.sentences` holds the rules)."""

from __future__ import annotations

from kabar.record import Article, Sentence
from kabar.stages import stage
from kabar.text.sentences import doc_of, sentence_spans


@stage("segment", requires=("text",), assigns=("sentences", "doc"))
class Segmenter:
    def __call__(self, record: Article) -> Article:
        doc = doc_of(record)
        record.sentences = [Sentence(start=s, end=e) for s, e in sentence_spans(doc, record.text)]
        return record
