"""A named-entity recogniser that tags each token (BILUO) instead of running spaCy's transition parser.

Why: spaCy's `ner` walks a transition system one token at a time; on kabar's small CNN that
walk cost more than the network itself (about 8 of 14 microseconds per token, measured in
benchmarks/bench_ner.py), and the entity stages must keep up with a news stream on one core.
A tagger scores every token in one matrix product; entities are then read off the scores by a
constrained Viterbi search (a B- must be closed by an L- of the same type) run only over the
short stretches where some entity tag is likely, so decoding stays far below the network's cost.

The component is registered with spaCy as the factory ``kabar_tagger_ner``; it trains with spaCy's
own loop (`scripts/train_ner.py`), takes partial annotation (tokens marked missing give no
gradient), scores itself with spaCy's entity P/R/F, and sets ``doc.ents``. It imports nothing else
of kabar.
"""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Optional

import numpy
from spacy.language import Language
from spacy.pipeline.tagger import DEFAULT_TAGGER_MODEL, Tagger
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import validate_examples
from spacy.util import registry
from thinc.api import Model, SequenceCategoricalCrossentropy

OUT = "O"
# A stretch is decoded when some token's outside probability falls below this; elsewhere every
# token is O. Tokens that clear it are at least 1/3 likely to be inside an entity.
ACTIVE_BELOW = 2.0 / 3.0


def ner_tagger_score(examples, **kwargs):
    return get_ner_prf(examples, **kwargs)


@Language.factory(
    "kabar_tagger_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={"model": DEFAULT_TAGGER_MODEL, "label_smoothing": 0.0,
                    "scorer": {"@scorers": "kabar.ner_tagger_scorer.v1"}},
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_tagger_ner(nlp: Language, name: str, model: Model, label_smoothing: float,
                    scorer: Optional[Callable]) -> "TaggerNER":
    return TaggerNER(nlp.vocab, model, name, label_smoothing=label_smoothing, scorer=scorer)


@registry.scorers("kabar.ner_tagger_scorer.v1")
def make_ner_tagger_scorer():
    return ner_tagger_score


class TaggerNER(Tagger):
    """BILUO token tagger whose annotation is `doc.ents`."""

    def __init__(self, vocab, model, name="ner", *, label_smoothing=0.0, scorer=ner_tagger_score):
        super().__init__(vocab, model, name, overwrite=False, scorer=scorer, neg_prefix="!",
                         label_smoothing=label_smoothing)
        self._plan = None
        self._forward = None  # set by freeze(): the numpy inference pass of tagger_forward.py
        self._words = None  # (components, WordFeatures or None) of word_features

    def freeze(self) -> None:
        """The weights are final (a loaded model that is only run): predictions go through
        `tagger_forward.TaggerForward`, the same scores without thinc's per-layer machinery, when the model has
        the architecture that module reproduces. Training (`update`, `initialize`) drops it again."""
        from kabar.models.tagger_forward import TaggerForward

        self._forward = TaggerForward.build(self.model)
        self._words = None

    def word_features(self, procs):
        """A `tagger_forward.WordFeatures` that gives this tagger's feature rows straight from words, as Docs run
        through `procs` (the components before it: none, or kabar's name lists) would; None when the tagger is
        not frozen or the components or columns are others (then callers make Docs)."""
        if self._forward is None:
            return None
        procs = tuple(procs)
        made = getattr(self, "_words", None)
        if made is not None and len(made[0]) == len(procs) and all(a is b for a, b in zip(made[0], procs)):
            return made[1]
        from kabar.models.name_lists import NameLists
        from kabar.models.tagger_forward import WordFeatures

        words = None
        if len(procs) <= 1 and all(isinstance(proc, NameLists) for proc in procs):
            words = WordFeatures(self._forward.columns, procs[0] if procs else None)
            words = words if words.supported else None
        self._words = (procs, words)
        return words

    def predict_features(self, feats, needed=None):
        """Scores (as `predict` gives them) of feature rows from `word_features`; only for a frozen tagger.
        `needed`: per array, the rows whose scores are read (the others are zero; `TaggerForward.scores`)."""
        return self._forward.scores(feats, needed)

    def update(self, *args, **kwargs):
        self._forward = self._words = None
        return super().update(*args, **kwargs)

    def from_disk(self, *args, **kwargs):
        self._forward = self._words = None  # new weights: a loader freezes again (kabar.models)
        return super().from_disk(*args, **kwargs)

    def from_bytes(self, *args, **kwargs):
        self._forward = self._words = None
        return super().from_bytes(*args, **kwargs)

    # ------------------------------------------------------------ labels
    @property
    def entity_labels(self) -> tuple[str, ...]:
        return tuple(sorted({t[2:] for t in self.labels if t != OUT}))

    def add_entity_label(self, label: str) -> None:
        for prefix in "BILU":
            self.add_label(f"{prefix}-{label}")
        self._plan = None

    def initialize(self, get_examples, *, nlp=None, labels=None):
        """Labels are the BILUO tags of the entity types seen in the examples (O first)."""
        self._forward = self._words = None
        self.add_label(OUT)
        types = labels if labels is not None else sorted(
            {ent.label_ for eg in get_examples() for ent in eg.reference.ents})
        for label in types:
            self.add_entity_label(label[2:] if label[:2] in ("B-", "I-", "L-", "U-") else label)
        docs, golds = [], []
        for eg in islice(get_examples(), 10):
            docs.append(eg.x)
            tags = self._truths(eg)
            golds.append(self.model.ops.asarray(
                [[1.0 if t == lab else 0.0 for lab in self.labels] for t in tags], dtype="float32"))
        self.model.initialize(X=docs, Y=golds)

    # ------------------------------------------------------------ training
    @staticmethod
    def _truths(eg) -> list[Optional[str]]:
        # "-" is a token whose annotation is missing, None one that does not align: no gradient for either
        return [t if t not in ("-", None, "") else None for t in eg.get_aligned_ner()]

    def get_loss(self, examples, scores):
        validate_examples(examples, "TaggerNER.get_loss")
        loss_func = SequenceCategoricalCrossentropy(names=self.labels, normalize=False, missing_value=None,
                                                    label_smoothing=self.cfg["label_smoothing"])
        truths = [self._truths(eg) for eg in examples]
        d_scores, loss = loss_func(scores, truths)
        if self.model.ops.xp.isnan(loss):
            raise ValueError(f"NaN loss in {self.name}")
        return float(loss), d_scores

    # ------------------------------------------------------------ inference
    def predict(self, docs: Iterable[Doc]):
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            return [numpy.zeros((len(doc), len(self.labels)), dtype="float32") for doc in docs]
        if self._forward is not None:
            return self._forward(docs)
        return [self.model.ops.to_numpy(s) for s in self.model.predict(docs)]

    def set_annotations(self, docs, batch_scores):
        if isinstance(docs, Doc):
            docs = [docs]
        for doc, scores in zip(docs, batch_scores):
            doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in self.decode(scores)], default="outside")

    def _transitions(self):
        """Log-space transition mask (0 allowed, -inf not) and the allowed first and last tags."""
        if self._plan is None:
            labels = self.labels
            n = len(labels)
            allowed = numpy.full((n, n), -numpy.inf, dtype="float32")
            start = numpy.full(n, -numpy.inf, dtype="float32")
            end = numpy.full(n, -numpy.inf, dtype="float32")
            for j, cur in enumerate(labels):
                cp, _, ct = cur.partition("-")
                if cp in ("O", "B", "U"):
                    start[j] = 0.0
                if cp in ("O", "L", "U"):
                    end[j] = 0.0
                for i, prev in enumerate(labels):
                    pp, _, pt = prev.partition("-")
                    if pp in ("B", "I"):
                        ok = cp in ("I", "L") and ct == pt
                    else:
                        ok = cp in ("O", "B", "U")
                    if ok:
                        allowed[i, j] = 0.0
            out_index = labels.index(OUT) if OUT in labels else 0
            self._plan = (allowed, start, end, out_index)
        return self._plan

    @property
    def receptive_field(self) -> int:
        """How many tokens on each side of a token its scores depend on (the CNN's window sizes summed); read off
        the model once (the entity stage asks for every article)."""
        model = self.model
        if getattr(self, "_field", (None,))[0] is not model:
            self._field = (model, sum(int(node.attrs.get("window_size", 0)) for node in model.walk()
                                      if node.name == "expand_window"))
        return self._field[1]

    def decode(self, scores, outside=None) -> list[tuple[int, int, str]]:
        """Entity spans (token start, end, label) from one doc's token scores; `outside` (booleans, one
        per token) marks tokens that the caller knows are in no entity."""
        return [span[:3] for span in self.decode_scored(scores, outside)]

    def decode_scored(self, scores, outside=None) -> list[tuple[int, int, str, float]]:
        """As `decode`, each span with its confidence: the smallest probability the softmax gives any of
        its tokens for the tag the Viterbi path chose there (B-/I-/L-/U- of its type).

        Why the minimum of the chosen tags' probabilities: the tagger scores every token on its own, so
        these are the tokens' marginals; a span is as doubtful as its weakest token (a name glued to a
        common word, a boundary the network hesitated over), and unlike a sum of log-probabilities or a
        path-against-all-O ratio it does not grow with the span's length."""
        n = len(scores)
        if n == 0 or len(self.labels) < 2:
            return []
        scores = numpy.asarray(scores, dtype="float32")
        # the model returns unnormalised scores at inference time: log-softmax them
        logp = scores - scores.max(axis=1, keepdims=True)
        logp -= numpy.log(numpy.exp(logp).sum(axis=1, keepdims=True))
        allowed, start, end, out = self._transitions()
        inactive = logp[:, out] >= numpy.log(ACTIVE_BELOW)
        if outside is not None:
            inactive |= numpy.asarray(outside, dtype=bool)
        active = numpy.flatnonzero(~inactive)
        if not len(active):
            return []
        spans: list[tuple[int, int, str, float]] = []
        labels = self.labels
        # maximal runs of consecutive active tokens; outside them every token is O
        breaks = numpy.flatnonzero(numpy.diff(active) > 1)
        run_starts = numpy.concatenate(([active[0]], active[breaks + 1]))
        run_ends = numpy.concatenate((active[breaks] + 1, [active[-1] + 1]))
        prefix = [tag[0] for tag in labels]
        paths = _viterbi_runs(logp, run_starts, run_ends, allowed, start, end)
        # each active token's log-probability of its tag on the path (the runs cover the active tokens in order)
        chosen_all = logp[active, [tag for path in paths for tag in path]]
        at = 0
        for a, path in zip(run_starts.tolist(), paths):
            chosen = chosen_all[at:at + len(path)]
            at += len(path)
            k, n = 0, len(path)
            while k < n:
                p = prefix[path[k]]
                if p == "U":
                    spans.append((a + k, a + k + 1, labels[path[k]][2:], float(numpy.exp(chosen[k]))))
                elif p == "B":
                    j = k
                    while j < n and prefix[path[j]] != "L":
                        j += 1
                    spans.append((a + k, a + j + 1, labels[path[k]][2:], float(numpy.exp(chosen[k:j + 1].min()))))
                    k = j
                k += 1
        return spans


def _viterbi_runs(logp, run_starts, run_ends, allowed, start, end) -> list[list[int]]:
    """Best BILUO tag sequence of every run ``logp[a:b]`` at once: the runs go through the steps side by side (longest
    first, so the runs still going at step t are the first ones), with the same float32 sums and first-best ties as
    one run alone, so each path is the one the run gets alone (`_viterbi`; a test compares them). An article has some forty short
    runs; one numpy step per token of each cost more than the tagger's whole output layer."""
    starts = numpy.asarray(run_starts, dtype=numpy.intp)
    lengths = numpy.asarray(run_ends, dtype=numpy.intp) - starts
    order = numpy.argsort(-lengths, kind="stable")
    starts, lengths = starts[order], lengths[order]
    n_runs, n_tags, longest = len(starts), logp.shape[1], int(lengths[0])
    live = [int(numpy.count_nonzero(lengths > t)) for t in range(longest)]
    score = logp[starts] + start
    back = numpy.empty((longest, n_runs, n_tags), dtype=numpy.int64)
    cols = numpy.arange(n_tags)
    for t in range(1, longest):
        m = live[t]
        cand = score[:m, :, None] + allowed
        best = cand.argmax(axis=1)
        back[t, :m] = best
        score[:m] = cand[numpy.arange(m)[:, None], best, cols] + logp[starts[:m] + t]
    score = score + end
    cur = score.argmax(axis=1)
    tags = numpy.empty((longest, n_runs), dtype=cur.dtype)  # tags[t, r]: run r's tag at step t (t < its length)
    tags[lengths - 1, numpy.arange(n_runs)] = cur
    for t in range(longest - 1, 0, -1):
        m = live[t]
        cur[:m] = back[t, numpy.arange(m), cur[:m]]
        tags[t - 1, :m] = cur[:m]
    out: list[list[int]] = [[] for _ in range(n_runs)]
    for k, n, path in zip(order.tolist(), lengths.tolist(), tags.T.tolist()):
        out[k] = path[:n]
    return out


def _viterbi(logp, allowed, start, end) -> list[int]:
    """Best tag sequence under the BILUO constraints for one run: `_viterbi_runs` of that run alone."""
    return _viterbi_runs(logp, [0], [len(logp)], allowed, start, end)[0]
