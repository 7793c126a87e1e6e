"""spaCy's greedy dependency parse with its step loop driven from Python: the same parse, ~30% less parser CPU.

Why: spaCy's compiled greedy loop (``Parser.greedy_parse`` -> ``_parseC`` -> ``predict_states``, spaCy 3.8.18's
wheel, built with Cython 3.3) runs without the GIL but takes it and drops it again around every inline
``Vec.arg_max`` / ``VecVec.add_i`` call: ~130 ``PyGILState_Ensure``/``Release`` pairs per parser state per
transition (one per hidden unit), which cost more than the arithmetic of the step (docs/syntax.md, session 21).
Here each step is spaCy's and thinc's own compiled parts called once for all the states of the batch, with the
GIL held throughout:

- the feature ids: ``ParserStepModel.get_token_ids``;
- the lower layer: ``precompute_hiddens.predict`` (spaCy's ``sum_state_features`` with the same BLIS
  ``saxpy``, the bias, the maxout: thinc's, or for a model kabar froze numpy's maximum, ``FrozenMatmulOps.maxout``):
  the values ``predict_states`` computes, in the same order;
- the upper layer: BLIS ``sgemm`` through ``blis.py.gemm``, the routine ``predict_states`` reaches through
  thinc's ``CBlas``, with the same sizes and strides, then the bias and the unseen classes set to the step's
  minimum score, as ``predict_states`` does;
- the move: ``Parser.transition_states`` (spaCy's ``c_transition_batch``: the best valid move of each state).

So the scores are the compiled loop's bit for bit and the parse is the same (tests/models/test_parser_model.py
checks it against ``Parser.pipe``; the records of the 300 benchmark articles are byte-identical). A parser this
does not cover (beam search, no upper layer, no maxout, a GPU) goes through spaCy's own ``pipe``.
"""
from __future__ import annotations

from typing import Any

import numpy

from kabar.models.matmul_ops import FrozenMatmulOps


def supports(proc: Any) -> bool:
    """Whether ``proc`` is a spaCy transition parser whose greedy parse :func:`pipe` runs: beam width 1, an
    upper layer, a maxout lower layer, CPU ops."""
    from spacy.pipeline.transition_parser import Parser
    from thinc.api import NumpyOps

    def blis_ops(ops) -> bool:  # thinc's CPU ops with its BLIS products (an AppleOps, say, swaps in others)
        return isinstance(ops, NumpyOps) and type(ops).cblas is NumpyOps.cblas

    if not isinstance(proc, Parser) or proc.cfg.get("beam_width", 1) != 1:
        return False
    model = proc.model
    if not model.attrs.get("has_upper") or not blis_ops(model.ops):
        return False
    lower = model.get_ref("lower")
    return lower.has_dim("nP") is True and lower.get_dim("nP") >= 2 and blis_ops(lower.ops)


def predict(parser, docs: list) -> list:
    """The parse states of ``docs`` (what ``parser.predict`` gives with beam width 1)."""
    from blis.py import gemm

    if not any(len(doc) for doc in docs):
        return parser.moves.init_batch(docs)
    parser._ensure_labels_are_added(docs)
    batch = parser.moves.init_batch(docs)
    model = parser.model.predict(docs)  # tokvecs and the lower layer precomputed for every token
    lower, upper = model.state2vec, model.vec2scores
    if isinstance(lower.ops, FrozenMatmulOps):  # the lower layer's maxout by numpy's maximum: the same floats, faster
        lower.numpy_ops = lower.ops
    weights, bias = upper.get_param("W"), upper.get_param("b")
    unseen = numpy.flatnonzero(model._class_mask == 0)
    states = [state for state in batch if not state.is_final()]
    while states:
        hidden = lower.predict(model.get_token_ids(states))
        scores = gemm(hidden, weights, trans2=True, beta=0.0)
        scores += bias
        if len(unseen):
            scores[:, unseen] = scores.min()
        states = parser.transition_states(states, scores)
    model.clear_memory()
    return batch


def pipe(parser, docs: list, batch_size: int) -> list:
    """``parser.pipe(docs, batch_size=batch_size)`` as a list, the parse made by :func:`predict`: the same
    minibatches (``batch_size`` docs, parsed a quarter at a time by length) as spaCy's ``Parser.pipe``."""
    from spacy.util import minibatch

    docs = list(docs)
    for chunk in minibatch(docs, size=batch_size):
        by_length = sorted(chunk, key=len)
        for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
            sub = list(sub)
            parser.set_annotations(sub, predict(parser, sub))
    return docs
