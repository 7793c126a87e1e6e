"""Thinc ops with numpy matrix products: the same numbers as thinc's own, in every layout a layer asks for."""
from __future__ import annotations

import numpy
import pytest
from thinc.api import Maxout, NumpyOps, chain, with_array

from kabar.models.matmul_ops import MatmulOps, use_matmul_ops


@pytest.mark.parametrize("trans1,trans2", [(False, False), (True, False), (False, True), (True, True)])
def test_gemm_matches_thinc(trans1, trans2):
    rng = numpy.random.default_rng(3)
    x = rng.standard_normal((7, 5)).astype("float32")
    y = rng.standard_normal((5, 4) if not trans2 else (4, 5)).astype("float32")
    if trans1:  # stored transposed; the product still multiplies the (7, 5) matrix
        x = numpy.ascontiguousarray(x.T)
    want = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = MatmulOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.dtype == want.dtype and numpy.allclose(got, want, atol=1e-5)
    out = numpy.zeros_like(want)
    assert MatmulOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    assert numpy.allclose(out, want, atol=1e-5)


def test_a_model_gives_the_same_outputs_and_gradients():
    model = chain(with_array(Maxout(8, 6, nP=3)), with_array(Maxout(3, 8, nP=2)))
    X = [numpy.random.default_rng(1).standard_normal((5, 6)).astype("float32")]
    model.initialize(X=X)
    y1, back1 = model.begin_update(X)
    d1 = back1([numpy.ones_like(y1[0])])
    use_matmul_ops(model)
    assert all(isinstance(node.ops, MatmulOps) for node in model.walk())
    y2, back2 = model.begin_update(X)
    d2 = back2([numpy.ones_like(y2[0])])
    assert numpy.allclose(y1[0], y2[0], atol=1e-5) and numpy.allclose(d1[0], d2[0], atol=1e-5)


def test_shipped_models_use_it():
    from kabar.models import load_ner

    nlp = load_ner("en", tokenizer=False)
    assert all(isinstance(node.ops, MatmulOps) for node in nlp.get_pipe("ner").model.walk())


def test_frozen_ops_multiply_by_a_kept_transposed_copy_of_registered_weights_only():
    from kabar.models.matmul_ops import FrozenMatmulOps

    rng = numpy.random.default_rng(5)
    model = with_array(Maxout(8, 6, nP=3))
    X = [rng.standard_normal((5, 6)).astype("float32")]
    model.initialize(X=X)
    want = model.predict(X)[0]
    ops = FrozenMatmulOps()
    for node in model.walk():
        node.ops = ops
    ops.freeze(model)
    assert numpy.allclose(model.predict(X)[0], want, atol=1e-5)
    assert numpy.allclose(model.predict(X)[0], want, atol=1e-5)  # the kept copy, second time
    assert len(ops._transposed) == 1
    a = rng.standard_normal((4, 6)).astype("float32")  # an activation, not a weight: multiplied, never kept
    b = rng.standard_normal((3, 6)).astype("float32")
    assert numpy.allclose(ops.gemm(a, b, trans2=True), a @ b.T, atol=1e-5) and len(ops._transposed) == 1
    out = numpy.zeros((4, 3), dtype="float32")
    assert ops.gemm(a, b, out=out, trans2=True) is out


def test_loaded_models_use_the_frozen_ops():
    from kabar.models import load_parser
    from kabar.models.matmul_ops import FrozenMatmulOps

    nlp = load_parser("en")
    assert all(isinstance(node.ops, FrozenMatmulOps) for node in nlp.get_pipe("tok2vec").model.walk())


# Session 22 (speed22): the frozen ops' maxout by numpy's maximum, thinc's floats


@pytest.mark.parametrize("pieces", [1, 2, 3, 4])
def test_frozen_maxout_gives_thincs_floats_bit_for_bit(pieces):
    from thinc.api import NumpyOps

    from kabar.models.matmul_ops import FrozenMatmulOps

    rng = numpy.random.default_rng(pieces)
    for rows in (1, 7, 300):  # 300 x 16 units and more go through numpy
        Z = rng.standard_normal((rows, 16, pieces)).astype("float32")
        Z[0, :4, -1] = Z[0, :4, 0]  # ties between pieces
        Z[-1, 4:8] = 0.0
        want, which = NumpyOps().maxout(Z)
        got, none = FrozenMatmulOps().maxout(Z)
        assert which is not None and (none is None) == (rows == 300)  # no arg-max (only a backward pass reads it)
        assert got.shape == want.shape and got.dtype == want.dtype
        assert numpy.array_equal(got.view("uint32"), want.view("uint32"))
