"""Thinc's CPU operations with matrix products done by numpy (OpenBLAS) instead of thinc's bundled BLIS.

Why: on the CPUs kabar was measured on (AMD EPYC, AVX-512), the BLIS kernel that thinc ships ran
the NER tagger's products at about a third of numpy's speed (37 vs 115 GFLOPS for a 771x320 by
320x192 product, one thread), and those products are most of the entity stage's cost. Results agree
to rounding (largest difference 5e-6 on the tagger's scores, no changed prediction on 57,681 tokens;
benchmarks/bench_ner.py and tests/models/test_matmul_ops.py). Everything else is thinc's NumpyOps.
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


_OPS = MatmulOps()


def use_matmul_ops(model: Model) -> Model:
    """Give every layer of a thinc model the numpy-product ops (only where it runs on thinc's CPU ops)."""
    for node in model.walk():
        if type(node.ops) is NumpyOps:
            node.ops = _OPS
    return model


def ops() -> MatmulOps:
    return _OPS
