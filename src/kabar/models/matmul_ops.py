"""Thinc's CPU operations with matrix products done by numpy (OpenBLAS) instead of thinc's bundled BLIS.

Why: on the CPUs kabar was measured on (AMD EPYC, AVX-512), the BLIS kernel that thinc ships ran
the NER tagger's products at about a third of numpy's speed (37 vs 115 GFLOPS for a 771x320 by
320x192 product, one thread), and those products are most of the entity stage's cost. Results agree
to rounding (largest difference 5e-6 on the tagger's scores, no changed prediction on 57,681 tokens;
benchmarks/bench_ner.py and tests/models/test_matmul_ops.py). Everything else is thinc's NumpyOps.

A loaded model's weights never change, so :class:`FrozenMatmulOps` (what ``kabar.models`` loaders give)
also keeps each weight matrix that thinc's layers multiply transposed (``X @ W.T``) as a contiguous
copy of ``W.T``: OpenBLAS runs the short products of a sentence or two (8 to 60 rows) about twice as
fast on it (benchmarks/bench_pipeline.py; the parser's small batches are where that counts).
"""
from __future__ import annotations

import numpy
from thinc.api import Model, NumpyOps


class MatmulOps(NumpyOps):
    """NumpyOps whose `gemm` is numpy.matmul."""

    name = "numpy"  # serialises and reports like thinc's own CPU ops

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def _root(a):
    while isinstance(a.base, numpy.ndarray):
        a = a.base
    return a


class FrozenMatmulOps(MatmulOps):
    """MatmulOps for models whose weights are fixed (inference): ``gemm(X, W, trans2=True)`` with a registered
    weight ``W`` multiplies by a contiguous ``W.T`` made once. Only arrays given to :meth:`freeze` are
    copied, so activations are never cached; training must not use these ops (the copy would go stale)."""

    def __init__(self) -> None:
        super().__init__()
        self._weights: dict[int, numpy.ndarray] = {}  # id -> the weight array (kept alive, so ids stay unique)
        self._transposed: dict[tuple, numpy.ndarray] = {}

    def freeze(self, model: Model) -> None:
        """Register the parameters of every layer of ``model`` as fixed weights."""
        for node in model.walk():
            for name in node.param_names:
                if node.has_param(name):
                    w = _root(node.get_param(name))
                    self._weights[id(w)] = w

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        if trans2 and not trans1:
            root = _root(y)
            if self._weights.get(id(root)) is root:
                key = (id(root), y.__array_interface__["data"][0], y.shape, y.strides)
                b = self._transposed.get(key)
                if b is None:
                    b = self._transposed[key] = numpy.ascontiguousarray(y.T)
                if out is None:
                    return numpy.matmul(x, b)
                numpy.matmul(x, b, out=out)
                return out
        return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)

    def maxout(self, X):
        """The largest of each unit's pieces, as thinc's ``maxout`` (the same floats). From ~4,000 units on by
        numpy's elementwise maximum, several times faster than thinc's loop (which also writes the arg-max a
        backward pass reads: a frozen model runs none, so None stands in for it); below that thinc's own, whose
        call costs less (13 x 128 x 3: 2.4 against 2.9 us; 60 x 128 x 3: 17 against 6 us). The parser's lower layer
        takes this at every transition step (docs/syntax.md, session 22)."""
        if X.shape[0] * X.shape[1] < 4096:
            return super().maxout(X)
        n_pieces = X.shape[2]
        if n_pieces == 1:
            return X[:, :, 0].copy(), None
        best = numpy.maximum(X[:, :, 0], X[:, :, 1])
        for p in range(2, n_pieces):
            numpy.maximum(best, X[:, :, p], out=best)
        return best, None


_OPS = MatmulOps()
_FROZEN = FrozenMatmulOps()


def use_matmul_ops(model: Model, frozen: bool = False) -> Model:
    """Give every layer of a thinc model the numpy-product ops (only where it runs on thinc's CPU ops);
    ``frozen``: the model is only run, never trained, and its transposed weights may be kept."""
    ops = _FROZEN if frozen else _OPS
    for node in model.walk():
        if type(node.ops) is NumpyOps:
            node.ops = ops
    if frozen:
        _FROZEN.freeze(model)
    return model


def ops() -> MatmulOps:
    return _OPS
