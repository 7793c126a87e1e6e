"""The NER tagger's inference pass in plain numpy, with the same arithmetic as thinc's layers, and a memo of embeddings.

Why: the tagger is small (64 wide, two convolution layers), so thinc's generic machinery (a Python call and a
backprop closure per layer, Ragged/list conversions, its Cython `gather_add` and `maxout`, two passes for a
layer norm's mean) cost more than the arithmetic: about 2.9 ms an article of the entity stage's ~14. This
module reads the weights of a frozen model once and runs the same operations in the same order (numpy's
matmul on the transposed weights as `matmul_ops.FrozenMatmulOps` does, thinc's own `hash` and `seq2col`,
layer norms with numpy's own reductions), so its scores are bit for bit the model's (a test compares them).

The embedding part (hashing each token's five attributes, summing table rows, the mixing maxout and its layer
norm) depends on nothing but those five attribute values, and in news about 80% of the tokens repeat a
feature row seen before. Its outputs are kept by feature row (`EmbedMemo`). A row's bits in a matrix product
can depend on where it sits in the product (its place in a BLAS tile, a tail of rows, a product of one row):
`ProductLayout` describes that for the running machine (:func:`product_layout` finds and checks it), so the
memo keeps a row by its feature row and the class of its place and computes new rows at places of that class,
and the whole product's bits come back on every machine a layout explains (session 25). Only for models built by the architecture kabar trains (`scripts/train_ner.py`: spaCy's Tagger.v2
over Tok2Vec.v2 with MultiHashEmbed.v2 and MaxoutWindowEncoder.v2, no static vectors); any other model runs
through thinc as before. It imports nothing else of kabar.
"""
from __future__ import annotations

import functools
import threading
import weakref
from typing import Optional, Sequence

import numpy
from thinc.api import Model, NumpyOps

_OPS = NumpyOps()
_EPS = 1e-08  # thinc's LayerNorm
_FORWARDS: "weakref.WeakSet[TaggerForward]" = weakref.WeakSet()


def clear_memos() -> None:
    """Empty every embedding memo (benchmarks that pass over the same texts again start each pass cold)."""
    for forward in list(_FORWARDS):
        if forward.memo is not None:
            forward.memo.clear()


def _structure(n_embed: int, depth: int, head: bool = True) -> str:
    embed = "|".join(["ints-getitem>>hashembed"] * n_embed)
    encode = ">>".join(["residual(expand_window>>maxout>>layernorm)"] * depth)
    return (f"extract_features>>list2ragged>>with_array({embed})>>with_array(maxout>>layernorm)>>ragged2list"
            f">>with_array({encode})" + (">>with_array(softmax)" if head else ""))


def _layer_norm(X: numpy.ndarray, G: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    """thinc's LayerNorm forward, the same floats: numpy's mean and var share their first steps (the row sum over
    the width, divided by the width as an intp; X minus that mean), done here once instead of twice."""
    n = numpy.intp(X.shape[1])
    mu = numpy.add.reduce(X, axis=1, keepdims=True)
    numpy.true_divide(mu, n, out=mu, casting="unsafe")
    dist = X - mu
    var = numpy.multiply(dist, dist)
    var = numpy.add.reduce(var, axis=1, keepdims=True)
    numpy.true_divide(var, n, out=var, casting="unsafe")
    var += _EPS
    dist *= var ** (-1.0 / 2.0)
    dist *= G
    dist += b
    return dist


class ProductLayout:
    """Where the bits of each row of a float32 product (rows x k) by (k x n) come from on the running machine's BLAS.

    Why: OpenBLAS computes a product's rows in tiles. On one machine (AMD EPYC, OpenBLAS's Haswell kernels, session
    25) a tile is 12 rows, and a row's bits depend on whether its place is in the first or the second half of its
    tile and on whether it is in a whole tile or in the last rows % 12 (another kernel); a product of one row goes
    through yet another (numpy's gemv). Elsewhere every row gets the same bits in any product of a few rows or more
    (tile 1, one class, `least` 2 to 6). The embedding memo and the passes over some rows only (`TaggerForward`)
    reproduce a whole product's rows with this: in a product of `least` rows or more, a row at place i < tile *
    (rows // tile) gets the bits of its class ``classes[i % tile]``, which any product of a multiple of `tile` rows
    (`least` or more) gives a row at a place of that class whatever the other rows; a row of the tail (the last
    rows % tile) gets the bits the same tail rows get after `pad` rows of anything. Smaller products are computed
    as they are. `product_layout` finds the tile, classes and least on the running machine and checks them."""

    def __init__(self, tile: int, classes: Sequence[int], least: int):
        self.tile = tile
        self.classes = numpy.asarray(classes, dtype=numpy.intp)
        self.n_classes = int(self.classes.max()) + 1
        self.least = least
        # a multiple of the tile from `least` rows on: the fewest rows a product of whole tiles has, and the rows
        # put before a tail
        self.pad = tile * -(-least // tile)
        self.slots = [numpy.flatnonzero(self.classes == c) for c in range(self.n_classes)]

    def __repr__(self) -> str:
        return f"ProductLayout(tile={self.tile}, classes={self.classes.tolist()}, least={self.least})"

    def head(self, m: int) -> int:
        """How many leading rows of a product of `m` rows (`least` or more) are in whole tiles."""
        return self.tile * (m // self.tile)

    def position_classes(self, f: int) -> numpy.ndarray:
        """The class of each of the first `f` places (whole tiles) of a product."""
        return numpy.resize(self.classes, f)

    def in_classes(self, fn, X: numpy.ndarray, cls: numpy.ndarray) -> numpy.ndarray:
        """`fn` (rows -> rows, row by row after its product) of the rows X, row j with the bits of class cls[j]: the
        rows laid at places of their class in whole tiles, the free places filled with X's first row."""
        n = len(X)
        if self.n_classes == 1:
            if n >= self.pad and n % self.tile == 0:
                return fn(X)
            size = max(self.pad, self.tile * -(-n // self.tile))
            return fn(X[numpy.concatenate((numpy.arange(n), numpy.zeros(size - n, dtype=numpy.intp)))])[:n]
        members = [numpy.flatnonzero(cls == c) for c in range(self.n_classes)]
        tiles = max([self.pad // self.tile] + [-(-len(j) // len(s)) for j, s in zip(members, self.slots) if len(j)])
        src = numpy.zeros(tiles * self.tile, dtype=numpy.intp)
        places = []
        for j, s in zip(members, self.slots):
            at = (numpy.arange(tiles)[:, None] * self.tile + s).ravel()[:len(j)]
            src[at] = j
            places.append(at)
        Y = fn(X[src])
        out = numpy.empty((n, Y.shape[1]), dtype=Y.dtype)
        for j, at in zip(members, places):
            out[j] = Y[at]
        return out

    def tail(self, fn, X: numpy.ndarray) -> numpy.ndarray:
        """`fn` of the rows X as the last len(X) (< tile) rows of a larger product give them."""
        return fn(X[numpy.concatenate((numpy.zeros(self.pad, dtype=numpy.intp), numpy.arange(len(X))))])[self.pad:]

    def inputs(self, m: int, positions: numpy.ndarray) -> numpy.ndarray:
        """The places (sorted) whose input rows `rows` reads to give `positions`."""
        if m < self.least:
            return numpy.arange(m)
        f = self.head(m)
        if f < m and (positions >= f).any():
            return numpy.union1d(positions, numpy.arange(f, m))
        return numpy.unique(positions)

    def rows(self, fn, m: int, positions: numpy.ndarray, inputs_at) -> numpy.ndarray:
        """Rows `positions` of `fn` over a product of `m` rows, each with the whole product's bits; `inputs_at(places)`
        gives the input rows of some places (`inputs` says which)."""
        if m < self.least:
            return fn(inputs_at(numpy.arange(m)))[positions]
        f = self.head(m)
        head = positions < f
        if head.all():
            return self.in_classes(fn, inputs_at(positions), self.classes[positions % self.tile])
        tail = self.tail(fn, inputs_at(numpy.arange(f, m)))
        if not head.any():
            return tail[positions - f]
        out = numpy.empty((len(positions), tail.shape[1]), dtype=tail.dtype)
        at = positions[head]
        out[head] = self.in_classes(fn, inputs_at(at), self.classes[at % self.tile])
        out[~head] = tail[positions[~head] - f]
        return out


_LAYOUTS: dict = {}
_LAYOUTS_LOCK = threading.Lock()


@functools.cache
def _blas_libraries():
    """threadpoolctl's controller of the BLAS libraries numpy loaded (looked up once: ~0.2 ms)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController().select(user_api="blas")


def _blas_threads() -> tuple:
    """The loaded BLAS libraries with their thread counts now (a product's layout depends on them; ~2 us a call)."""
    return tuple(sorted((str(lib.internal_api), int(lib.get_num_threads() or 0))
                        for lib in _blas_libraries().lib_controllers))


def product_layout(k: int, n: int, most_tile: int = 24, most_least: int = 16) -> Optional[ProductLayout]:
    """The `ProductLayout` of (rows x k) by (k x n) float32 products on the running machine, or None when none of
    tile 1 to `most_tile` and least 1 to `most_least` explains its bits. Checked on random data of those shapes:
    every row of products of 1 to 2 * tile + most_least + 1 rows and of a few larger ones (up to 1,001), asked in
    reverse order and as random subsets, must get the whole product's bits. Kept per shape and per BLAS thread
    count: with more threads a product may be split otherwise (this machine's OpenBLAS with two threads matches no
    layout, so the memo stays off there and the plain pass gives thinc's output)."""
    key = (k, n, most_tile, most_least, _blas_threads())
    with _LAYOUTS_LOCK:
        if key in _LAYOUTS:
            return _LAYOUTS[key]
    rng = numpy.random.default_rng(25)
    W = numpy.ascontiguousarray(rng.standard_normal((n, k)).astype("float32").T)
    pool = rng.standard_normal((1200, k)).astype("float32")

    def fn(X):
        return numpy.matmul(X, W)

    found = None
    for tile in range(1, most_tile + 1):
        found = _try_tile(tile, fn, pool, rng, most_least)
        if found is not None:
            break
    with _LAYOUTS_LOCK:
        _LAYOUTS[key] = found
    return found


def _try_tile(tile: int, fn, pool: numpy.ndarray, rng, most_least: int) -> Optional[ProductLayout]:
    size = tile * -(-max(32, most_least) // tile)
    found: list = []
    classes = []
    for p in range(tile):
        X = pool[1:size + 1].copy()
        X[p] = pool[0]
        bits = fn(X)[p]
        c = next((i for i, b in enumerate(found) if numpy.array_equal(b, bits)), None)
        if c is None:
            found.append(bits)
            c = len(found) - 1
        classes.append(c)
    layout = ProductLayout(tile, classes, 1)
    small = list(range(1, 2 * tile + most_least + 2))
    for m in small + [5 * tile + 3, 97, 300, 1001]:
        if m < layout.least:
            continue
        off = int(rng.integers(0, len(pool) - m + 1))
        X = pool[off:off + m]
        want = fn(X)
        take = lambda at: X[at]  # noqa: E731
        every = numpy.arange(m)[::-1]
        some = numpy.flatnonzero(rng.random(m) < 0.5)
        if not (numpy.array_equal(layout.rows(fn, m, every, take), want[every])
                and (not len(some) or numpy.array_equal(layout.rows(fn, m, some, take), want[some]))):
            if m >= most_least:
                return None
            layout = ProductLayout(tile, classes, m + 1)
    return layout


class EmbedMemo:
    """Embedding outputs by feature row (the five attribute hashes as 40 bytes), up to `limit` rows, then
    started afresh. Thread-safe: a lock guards the table while rows are looked up and added."""

    def __init__(self, width: int, limit: int = 50_000):
        self.limit = limit
        self.table = numpy.empty((min(limit, 4096), width), dtype="float32")
        self.slot: dict[bytes, int] = {}
        self.lock = threading.Lock()

    def clear(self) -> None:
        with self.lock:
            self.slot = {}


class TaggerForward:
    """Scores of a frozen kabar tagger model (:meth:`__call__` on Docs, :meth:`scores` on feature arrays)."""

    def __init__(self, model: Model, memo: bool = True):
        nodes = list(model.walk())
        self.columns = next(node for node in nodes if node.name == "extract_features").attrs["columns"]
        self.tables = [(node.get_param("E"), int(node.attrs["seed"])) for node in nodes if node.name == "hashembed"]
        # the hash-embed layers read the feature columns in order (spaCy's MultiHashEmbed gives column i to table i)
        columns = [node.attrs.get("column") for node in nodes if node.name == "ints-getitem>>hashembed"]
        self._columns_ok = columns == list(range(len(self.tables)))
        maxouts = [node for node in nodes if node.name == "maxout"]
        norms = [node for node in nodes if node.name == "layernorm"]
        self.layers = []
        for mx, ln in zip(maxouts, norms):
            nO, nP, nI = mx.get_dim("nO"), mx.get_dim("nP"), mx.get_dim("nI")
            W = numpy.ascontiguousarray(mx.get_param("W").reshape(nO * nP, nI).T)
            self.layers.append((W, mx.get_param("b").reshape(nO * nP), nO, nP, ln.get_param("G"), ln.get_param("b")))
        # no softmax: a spaCy Tok2Vec.v2 (the parsers' shared tok2vec), whose output is the encoder's (`vectors`)
        softmax = next((node for node in nodes if node.name == "softmax"), None)
        self.head = softmax is not None
        self.out_W = numpy.ascontiguousarray(softmax.get_param("W").T) if softmax is not None else None
        self.out_b = softmax.get_param("b") if softmax is not None else None
        windows = {int(node.attrs["window_size"]) for node in nodes if node.name == "expand_window"}
        self.window = windows.pop() if len(windows) == 1 else -1
        self.depth = len(self.layers) - 1
        encoder = next((node for node in nodes if node.name.startswith("with_array(residual(")), None)
        self.pad = encoder.attrs.get("pad") if encoder is not None else None
        self.supported = (
            model.name.replace(">>dropout", "") == _structure(len(self.tables), self.depth, self.head)
            and self._columns_ok and len(self.tables) == len(self.columns) and self.window >= 1
            and self.pad == self.window * self.depth
            and (softmax is None or (not softmax.attrs.get("softmax_normalize")
                                     and softmax.attrs.get("softmax_temperature", 1.0) == 1.0)))
        self._want_memo = memo
        self._find_layouts()
        _FORWARDS.add(self)

    def _find_layouts(self) -> None:
        """Where each layer's product gives a row its bits on this machine with the BLAS threads set now
        (`product_layout`): the embedding memo and the passes over some rows only (`scores` with `needed`,
        `vectors`' last layer) reproduce the whole product's rows with it; None (no layout explains this BLAS)
        turns them off. Found again, with the memo emptied, when the thread count changes (`_check_threads`)."""
        self.threads = _blas_threads()
        shapes = [layer[0].shape for layer in self.layers] + ([self.out_W.shape] if self.head else [])
        self.layouts = [product_layout(*shape) for shape in shapes] if self.supported else []
        embed = self.layouts[0] if self.layouts else None
        last = self.layouts[self.depth] if self.layouts and self.depth else None
        self.independent = bool(self.head and last is not None and self.layouts[-1] is not None)
        # a product of fewer than `least` rows goes through another BLAS kernel, in the thinc model too: computed as
        # it is, not from the memo
        self.least = embed.least if embed is not None else None
        self.memo = EmbedMemo(self.layers[0][2]) if self._want_memo and embed is not None else None

    def _check_threads(self) -> None:
        if _blas_threads() != self.threads:
            self._find_layouts()

    @classmethod
    def build(cls, model: Model, memo: bool = True) -> Optional["TaggerForward"]:
        """The forward for `model`, or None when the model is not of the architecture this module reproduces."""
        try:
            forward = cls(model, memo=memo)
        except (StopIteration, KeyError, ValueError, AttributeError):
            return None
        return forward if forward.supported else None

    # ------------------------------------------------------------ the layers
    def _maxout_norm(self, X: numpy.ndarray, k: int) -> numpy.ndarray:
        W, b, nO, nP, G, gb = self.layers[k]
        Y = numpy.matmul(X, W)
        Y += b
        Z = Y.reshape(Y.shape[0], nO, nP)
        best = numpy.maximum(Z[:, :, 0], Z[:, :, 1])
        for p in range(2, nP):
            numpy.maximum(best, Z[:, :, p], out=best)
        return _layer_norm(best, G, gb)

    def _embed(self, F: numpy.ndarray) -> numpy.ndarray:
        """Rows of uint64 features -> the embedding layer's output (hash embeddings, mixing maxout, layer norm)."""
        parts = []
        for c, (E, seed) in enumerate(self.tables):
            keys = _OPS.hash(numpy.ascontiguousarray(F[:, c]), seed) % E.shape[0]
            rows = E[keys[:, 0]]
            for j in range(1, keys.shape[1]):
                rows += E[keys[:, j]]
            parts.append(rows)
        return self._maxout_norm(numpy.hstack(parts), 0)

    def _embed_memo(self, F: numpy.ndarray) -> numpy.ndarray:
        """The embedding layer's output of `least` or more feature rows, as one product of them gives it: the rows in
        whole tiles from the memo, kept by feature row and the class of their place (`ProductLayout`); the tail (the
        last rows % tile) computed as a product's tail."""
        layout = self.layouts[0]
        m = len(F)
        f = layout.head(m)
        if f < m:
            tail = layout.tail(self._embed, F[f:])
            if not f:
                return tail
            return numpy.concatenate((self._embed_head(F[:f], layout), tail))
        return self._embed_head(F, layout)

    def _embed_head(self, F: numpy.ndarray, layout: "ProductLayout") -> numpy.ndarray:
        memo = self.memo
        if layout.n_classes > 1:  # the key: the feature row and its place's class
            K = numpy.empty((len(F), F.shape[1] + 1), dtype="uint64")
            K[:, :-1] = F
            K[:, -1] = layout.position_classes(len(F))
        else:
            K = F
        row_keys = K.view(f"V{K.shape[1] * K.itemsize}").ravel().tolist()
        with memo.lock:
            slot = memo.slot
            idx = list(map(slot.get, row_keys))
            if None not in idx:
                return memo.table[idx]
            first: dict[bytes, int] = {}  # each new key's first place, in the order of the places
            for j in [j for j, i in enumerate(idx) if i is None]:
                first.setdefault(row_keys[j], j)
            if len(slot) + len(first) > memo.limit:
                # started afresh (a bounded table): then every row of the batch is new, the known ones too (before
                # session 25 the known ones were looked up in the emptied table: a KeyError once the memo filled)
                slot = memo.slot = {}
                first = {}
                for j, key in enumerate(row_keys):
                    first.setdefault(key, j)
            if len(first) > memo.limit:  # more new rows than the memo holds: computed as they are
                return layout.in_classes(self._embed, F, layout.position_classes(len(F)))
            rows = list(first.values())
            cls = K[rows, -1].astype(numpy.intp) if layout.n_classes > 1 else numpy.zeros(len(rows), dtype=numpy.intp)
            fresh = layout.in_classes(self._embed, F[rows], cls)
            base = len(slot)
            if base + len(rows) > len(memo.table):
                grown = numpy.empty((min(memo.limit, max(2 * len(memo.table), base + len(rows))),
                                     memo.table.shape[1]), dtype="float32")
                grown[:base] = memo.table[:base]
                memo.table = grown
            memo.table[base:base + len(rows)] = fresh
            for j, key in enumerate(first):
                slot[key] = base + j
            return memo.table[list(map(slot.__getitem__, row_keys))]

    # ------------------------------------------------------------ the model
    def features(self, docs: Sequence) -> list[numpy.ndarray]:
        """Each Doc's feature rows, as spaCy's FeatureExtractor reads them."""
        return [numpy.asarray(doc.to_array(self.columns), dtype="uint64").reshape(len(doc), len(self.columns))
                for doc in docs]

    def __call__(self, docs: Sequence) -> list[numpy.ndarray]:
        return self.scores(self.features(docs))

    def scores(self, feats: Sequence[numpy.ndarray], needed: Optional[Sequence[Sequence[bool]]] = None) -> list[numpy.ndarray]:
        """Unnormalised tag scores (tokens x tags) of each feature array, as the thinc model predicts them.

        `needed` (one boolean per row of each array): the rows whose scores the caller reads. The others are zero,
        and the last encoder layer and the output run on the needed rows alone (the entity stage reads about two
        thirds of the rows it sends; the earlier layers' outputs are needed around them). A needed row's floats are
        the full pass's: each product's rows are computed where they get the whole product's bits
        (`ProductLayout.rows`)."""
        self._check_threads()
        lengths = [len(f) for f in feats]
        n_tags = self.out_W.shape[1]
        total = sum(lengths)
        if not total:
            return [numpy.zeros((0, n_tags), dtype="float32") for _ in feats]
        P, starts = self._padded(feats, lengths)
        want = None
        if needed is not None and self.independent:
            want = numpy.concatenate([numpy.asarray(m, dtype=bool).reshape(n) for m, n in zip(needed, lengths) if n])
            if want.all():
                want = None
        for k in range(1, self.depth + (want is None)):
            P += self._maxout_norm(_OPS.seq2col(P, self.window), k)
        if want is None:
            X = numpy.concatenate([P[a:a + n] for a, n in zip(starts, lengths) if n])
            S = numpy.matmul(X, self.out_W)
            S += self.out_b
        else:  # the last layer and the output on the needed rows alone (and the rows their products' bits need)
            S = numpy.zeros((total, n_tags), dtype="float32")
            if want.any():
                S[want] = self._last_rows(P, starts, lengths, numpy.flatnonzero(want))
        out, src = [], 0
        for n in lengths:
            out.append(S[src:src + n])
            src += n
        return out

    def _padded(self, feats: Sequence[numpy.ndarray], lengths: list[int]) -> tuple[numpy.ndarray, list[int]]:
        """The embedding layer's output laid out for the encoder, and where each array's rows start."""
        total = sum(lengths)
        F = numpy.ascontiguousarray(numpy.concatenate([f for f in feats if len(f)]), dtype="uint64")
        # a batch of a token or a few multiplies them alone (another BLAS kernel, as in the thinc model): not from the memo
        H = self._embed_memo(F) if self.memo is not None and len(F) >= self.least else self._embed(F)
        # the encoder sees the documents one after another with `pad` zero rows before, between and after them
        # (thinc's with_array(pad=...)), so no document's scores depend on its neighbours
        pad = self.pad
        starts = []
        at, src = pad, 0
        size = total + pad * (sum(1 for n in lengths if n) + 1)
        P = numpy.zeros((size, H.shape[1]), dtype="float32")
        for n in lengths:
            starts.append(at)
            if n:
                P[at:at + n] = H[src:src + n]
                at += n + pad
                src += n
        return P, starts

    def vectors(self, feats: Sequence[numpy.ndarray]) -> list[numpy.ndarray]:
        """The encoder's output (tokens x width) of each feature array: what a head-less model (spaCy's Tok2Vec.v2,
        the parsers' tok2vec) predicts, bit for bit."""
        self._check_threads()
        lengths = [len(f) for f in feats]
        if not sum(lengths):
            return [numpy.zeros((n, self.layers[-1][2]), dtype="float32") for n in lengths]
        P, starts = self._padded(feats, lengths)
        last = self.layouts[self.depth] if self.depth else None
        if last is None or len(P) < last.least:
            for k in range(1, self.depth + 1):
                P += self._maxout_norm(_OPS.seq2col(P, self.window), k)
            return [P[a:a + n] for a, n in zip(starts, lengths)]
        for k in range(1, self.depth):
            P += self._maxout_norm(_OPS.seq2col(P, self.window), k)
        # the last layer on the tokens' rows alone (session 23): its output at the pad rows is read by nothing, and
        # the pads are ~13% of the rows of a parser call (4 per sentence of ~27 tokens); each row gets the full
        # pass's bits (`ProductLayout.rows`)
        X = self._last_layer(P, _token_rows(starts, lengths))
        out, src = [], 0
        for n in lengths:
            out.append(X[src:src + n])
            src += n
        return out

    def _windows(self, P: numpy.ndarray, at: numpy.ndarray) -> numpy.ndarray:
        """Rows `at` of seq2col(P): each row with its `window` neighbours either side, zeros beyond P's edges."""
        w = self.window
        near = at[:, None] + numpy.arange(-w, w + 1)
        C = P.take(near.clip(0, len(P) - 1).ravel(), axis=0).reshape(len(at), 2 * w + 1, P.shape[1])
        outside = (near < 0) | (near >= len(P))
        if outside.any():
            C[outside] = 0
        return C.reshape(len(at), -1)

    def _last_layer(self, P: numpy.ndarray, rows: numpy.ndarray) -> numpy.ndarray:
        """The last encoder layer's output (residual included) at the padded rows `rows`, as its product over all of
        P's rows gives them."""
        layout = self.layouts[self.depth]
        Y = layout.rows(lambda C: self._maxout_norm(C, self.depth), len(P), rows, lambda at: self._windows(P, at))
        return P.take(rows, axis=0) + Y

    def _last_rows(self, P: numpy.ndarray, starts: list[int], lengths: list[int], want: numpy.ndarray) -> numpy.ndarray:
        """Scores of the tokens `want` (indices into the tokens of all arrays) alone: the output's product is over
        the tokens' rows, the last layer's over P's, and each needed row gets its whole product's bits
        (`ProductLayout.rows`)."""
        tokens = _token_rows(starts, lengths)
        out = self.layouts[-1]
        read = out.inputs(len(tokens), want)
        X = self._last_layer(P, tokens[read])

        def scores(X):
            S = numpy.matmul(X, self.out_W)
            S += self.out_b
            return S

        return out.rows(scores, len(tokens), want, lambda at: X[numpy.searchsorted(read, at)])


def _token_rows(starts: list[int], lengths: list[int]) -> numpy.ndarray:
    """The padded array's rows that hold tokens (not the pads around each array), in order."""
    return numpy.concatenate([numpy.arange(a, a + n) for a, n in zip(starts, lengths) if n])


class WordFeatures:
    """Feature rows of a word sequence as `Doc(vocab, words)`, kabar's name lists and ``doc.to_array(columns)``
    give them, without the Doc: the lexeme attributes (NORM, PREFIX, SUFFIX, SHAPE, ...) of each distinct word are
    kept, and the name-list codes come from `NameLists.matches` over the words' ORTH hashes.

    Why: the entity stage runs the tagger on a few hundred words an article; building a Doc for them, marking its
    tokens' tags and reading them back cost more than the tagger's whole encoder. A word's lexeme attributes do
    not depend on its neighbours, and a fresh Doc sets no token-level value that the tagger reads but the tag.
    Words not seen before go through one Doc together, so their attributes are what a Doc gives them (and the
    vocabulary keeps or drops their lexemes as it does for any Doc). Only for columns among LEXEME and TAG."""

    LEXEME = ("ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX")

    def __init__(self, columns: Sequence, name_lists=None, limit: int = 100_000):
        from spacy.attrs import IDS, ORTH, TAG, intify_attr

        ids = [intify_attr(c) for c in columns]
        lexeme = {IDS[name] for name in self.LEXEME}
        self.supported = all(i in lexeme for i in ids if i != TAG) and (TAG not in ids or name_lists is not None)
        self.name_lists = name_lists if TAG in ids else None
        self.tag_col = ids.index(TAG) if TAG in ids else None
        self.lex_ids = [i for i in ids if i != TAG] + [ORTH]  # the row's lexeme columns, then ORTH for the lists
        self.lex_cols = [k for k, i in enumerate(ids) if i != TAG]
        self._all_cols = list(range(len(ids)))
        self.width = len(ids)
        self.limit = limit
        self._vocab = None
        self._slot: dict[str, int] = {}  # word -> its row in _table
        self._table = numpy.zeros((1024, len(self.lex_ids)), dtype="uint64")
        self._codes: dict[str, tuple] = {}
        self.lock = threading.Lock()

    def _label_codes(self, label: str) -> tuple[int, int, int, int]:
        """The TAG hashes of B-, I-, L- and U-`label`, the values a token's ``tag_`` gets from the name lists."""
        codes = self._codes.get(label)
        if codes is None:
            from spacy.strings import hash_string

            codes = self._codes[label] = tuple(hash_string(p + label) for p in ("B-", "I-", "L-", "U-"))
        return codes

    def _add(self, vocab, words: list[str]) -> None:
        """Rows of words not seen before, read off one Doc of them."""
        from spacy.tokens import Doc

        new = list(dict.fromkeys(words))
        if len(self._slot) + len(new) > self.limit:
            self._slot = {}
        base = len(self._slot)
        if base + len(new) > len(self._table):
            grown = numpy.zeros((max(2 * len(self._table), base + len(new)), len(self.lex_ids)), dtype="uint64")
            grown[:base] = self._table[:base]
            self._table = grown
        self._table[base:base + len(new)] = Doc(vocab, words=new).to_array(self.lex_ids).reshape(len(new), -1)
        for k, w in enumerate(new):
            self._slot[w] = base + k

    def __call__(self, vocab, words: Sequence[str]) -> numpy.ndarray:
        """uint64 rows (one per word, one column per model column)."""
        with self.lock:
            if vocab is not self._vocab:
                self._vocab, self._slot = vocab, {}
            idx = list(map(self._slot.get, words))
            if None in idx:
                self._add(vocab, [w for w, i in zip(words, idx) if i is None])
                idx = list(map(self._slot.__getitem__, words))
            table = self._table[idx]
        if self.tag_col is None and self.lex_cols == self._all_cols:
            return numpy.ascontiguousarray(table[:, :-1])
        out = numpy.zeros((len(words), self.width), dtype="uint64")
        out[:, self.lex_cols] = table[:, :-1]
        if self.tag_col is not None:
            at: list[int] = []
            codes: list[int] = []
            for s, e, label in self.name_lists.matches(table[:, -1].tolist()):
                b, i, l, u = self._codes.get(label) or self._label_codes(label)
                if e - s == 1:
                    at.append(s)
                    codes.append(u)
                    continue
                at.extend(range(s, e))
                codes.append(b)
                codes.extend([i] * (e - s - 2))
                codes.append(l)
            if at:
                out[at, self.tag_col] = codes
        return out
