"""kabar's BILUO tagger NER component: constrained decoding, partial annotation, save and load."""
from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example

from kabar.models.tagger_ner import TaggerNER, _viterbi

LABELS = ("O", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-PER", "I-PER", "L-PER", "U-PER")


def _component() -> TaggerNER:
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("kabar_tagger_ner", name="ner")
    for lab in LABELS:
        ner.add_label(lab)
    return ner


def _scores(rows: list[dict[str, float]]) -> numpy.ndarray:
    """Unnormalised scores: each row gives log-probabilities of some tags; the rest are very unlikely."""
    out = numpy.full((len(rows), len(LABELS)), -20.0, dtype="float32")
    for i, row in enumerate(rows):
        for tag, value in row.items():
            out[i, LABELS.index(tag)] = value
    return out


def test_all_outside_gives_no_entities():
    ner = _component()
    assert ner.decode(_scores([{"O": 0.0}] * 5)) == []


def test_unit_and_multi_token_entities():
    ner = _component()
    scores = _scores([{"U-PER": 0.0}, {"O": 0.0}, {"B-LOC": 0.0}, {"I-LOC": 0.0}, {"L-LOC": 0.0}, {"O": 0.0}])
    assert ner.decode(scores) == [(0, 1, "PER"), (2, 5, "LOC")]


def test_decoding_repairs_an_unclosed_begin():
    """Argmax would give B-LOC then O; the constrained search must close or drop the span, never leave it open."""
    ner = _component()
    scores = _scores([{"O": -0.1}, {"B-LOC": -0.2, "U-LOC": -0.9}, {"O": -0.1, "L-LOC": -1.0}, {"O": 0.0}])
    spans = ner.decode(scores)
    assert spans in ([(1, 2, "LOC")], [(1, 3, "LOC")])


def test_types_cannot_change_inside_an_entity():
    ner = _component()
    # B-PER is best at 0, but L-LOC at 1: a PER entity must end in L-PER, so the decoder picks one type
    scores = _scores([{"B-PER": -0.1, "B-LOC": -0.5}, {"L-LOC": -0.1, "L-PER": -0.6}])
    spans = ner.decode(scores)
    assert len(spans) == 1 and spans[0][:2] == (0, 2)


def test_viterbi_matches_brute_force():
    ner = _component()
    allowed, start, end, _ = ner._transitions()
    rng = numpy.random.default_rng(7)
    import itertools

    for _ in range(20):
        logp = numpy.log(rng.dirichlet(numpy.ones(len(LABELS)), size=3)).astype("float32")
        best, best_score = None, -numpy.inf
        for path in itertools.product(range(len(LABELS)), repeat=3):
            score = start[path[0]] + end[path[-1]] + sum(logp[t, k] for t, k in enumerate(path))
            score += sum(allowed[a, b] for a, b in zip(path, path[1:]))
            if score > best_score:
                best, best_score = list(path), score
        assert _viterbi(logp, allowed, start, end) == best


def _train(examples, steps=60):
    nlp = spacy.blank("en")
    nlp.add_pipe("kabar_tagger_ner", name="ner")
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(steps):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    return nlp


def _example(nlp_vocab, words, ents, missing=()):
    ref = Doc(nlp_vocab, words=words)
    ref.set_ents([Span(ref, s, e, label=lab) for s, e, lab in ents],
                 missing=[Span(ref, i, i + 1) for i in missing], default="outside")
    return Example(Doc(nlp_vocab, words=words), ref)


def test_learns_a_toy_set_and_round_trips(tmp_path):
    vocab = spacy.blank("en").vocab
    examples = [
        _example(vocab, ["Alice", "visited", "Paris", "today"], [(0, 1, "PER"), (2, 3, "LOC")]),
        _example(vocab, ["Bob", "Smith", "left", "New", "York"], [(0, 2, "PER"), (3, 5, "LOC")]),
        _example(vocab, ["the", "weather", "was", "fine"], []),
    ]
    nlp = _train(examples)
    doc = nlp("Bob Smith left New York")
    assert [(e.text, e.label_) for e in doc.ents] == [("Bob Smith", "PER"), ("New York", "LOC")]
    assert nlp.get_pipe("ner").entity_labels == ("LOC", "PER")
    nlp.to_disk(tmp_path / "m")
    again = spacy.load(tmp_path / "m")
    assert [(e.text, e.label_) for e in again("Bob Smith left New York").ents] == [(e.text, e.label_) for e in doc.ents]
    scores = nlp.evaluate(examples)
    assert scores["ents_f"] > 0.9


def test_missing_tokens_give_no_gradient():
    """A token marked missing contributes nothing to the loss; an O token does."""
    vocab = spacy.blank("en").vocab
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("kabar_tagger_ner", name="ner")
    full = [_example(vocab, ["Alice", "ran"], [(0, 1, "PER")])]
    nlp.initialize(lambda: full)
    scores = ner.model.predict([full[0].predicted])
    loss_full, _ = ner.get_loss(full, scores)
    partial = [_example(vocab, ["Alice", "ran"], [(0, 1, "PER")], missing=[1])]
    loss_partial, d_partial = ner.get_loss(partial, scores)
    assert loss_partial < loss_full
    assert not numpy.any(numpy.asarray(d_partial[0])[1])


def test_empty_doc():
    vocab = spacy.blank("en").vocab
    nlp = _train([_example(vocab, ["Alice", "ran"], [(0, 1, "PER")])], steps=2)
    assert list(nlp(Doc(nlp.vocab, words=[])).ents) == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_shipped_models_use_the_tagger(lang):
    from kabar.models import load_ner

    nlp = load_ner(lang)
    assert isinstance(nlp.get_pipe("ner"), TaggerNER)


# Session 20 (names-id15): every decoded span carries the tagger's confidence, the smallest probability the softmax
# gives any of its tokens for the tag on the decoded path.

def test_decode_scored_gives_the_weakest_tag_probability():
    ner = _component()
    scores = _scores([{"U-PER": 0.0, "O": -1.0}, {"O": 0.0}, {"B-LOC": 0.0}, {"I-LOC": 0.0, "O": -0.5},
                      {"L-LOC": 0.0}])
    spans = ner.decode_scored(scores)
    assert [s[:3] for s in spans] == [(0, 1, "PER"), (2, 5, "LOC")] == ner.decode(scores)
    p_per = 1.0 / (1.0 + numpy.exp(-1.0))  # U-PER against O (the other tags are e^-20: negligible)
    p_inner = 1.0 / (1.0 + numpy.exp(-0.5))  # the I-LOC token is the LOC span's weakest
    assert spans[0][3] == pytest.approx(p_per, abs=1e-4)
    assert spans[1][3] == pytest.approx(p_inner, abs=1e-4)


def test_decode_scored_is_near_one_for_a_sure_span():
    ner = _component()
    spans = ner.decode_scored(_scores([{"B-PER": 0.0}, {"L-PER": 0.0}, {"O": 0.0}]))
    assert len(spans) == 1 and spans[0][3] > 0.999
