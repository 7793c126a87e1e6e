"""The NER tagger's inference pass in plain numpy, with the same arithmetic as thinc's layers, and a memo of embeddings.

Why: the tagger is small (64 wide, two convolution layers), so thinc's generic machinery (a Python call and a
backprop closure per layer, Ragged/list conversions, its Cython `gather_add` and `maxout`, two passes for a
layer norm's mean) cost more than the arithmetic: about 2.9 ms an article of the entity stage's ~14. This
module reads the weights of a frozen model once and runs the same operations in the same order (numpy's
matmul on the transposed weights as `matmul_ops.FrozenMatmulOps` does, thinc's own `hash` and `seq2col`,
layer norms with numpy's own reductions), so its scores are bit for bit the model's (a test compares them).

The embedding part (hashing each token's five attributes, summing table rows, the mixing maxout and its layer
norm) depends on nothing but those five attribute values, and in news about 80% of the tokens repeat a
feature row seen before. Its outputs are kept by feature row (`EmbedMemo`). That only keeps the scores
identical when a matrix product gives each row the same bits whatever rows it is computed with; numpy's
BLAS does that for two rows or more here (one row goes through another kernel), so new rows are computed at
least two at a time, and :func:`rows_independent` checks the property on the running machine before the memo
is used. Only for models built by the architecture kabar trains (`scripts/train_ner.py`: spaCy's Tagger.v2
over Tok2Vec.v2 with MultiHashEmbed.v2 and MaxoutWindowEncoder.v2, no static vectors); any other model runs
through thinc as before. It imports nothing else of kabar.
"""
from __future__ import annotations

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


def rows_independent(k: int = 320, n: int = 192, rows: int = 40, least: int = 2) -> bool:
    """Whether numpy's matmul gives every row of a product the same bits however many rows (`least` or more) are
    multiplied together: the property the embedding memo needs. Checked on random float32 data of the model's
    shapes, in several row counts and offsets."""
    rng = numpy.random.default_rng(11)
    X = rng.standard_normal((rows, k)).astype("float32")
    W = numpy.ascontiguousarray(rng.standard_normal((n, k)).astype("float32").T)
    full = X @ W
    tries = [(least, 0), (least, 5), (least + 1, 1), (7, 9), (16, 3), (33, 4), (rows - 1, 1)]
    tries += [(m, 2) for m in range(least + 2, least + 9)]
    for m, off in tries:
        if m >= least and not numpy.array_equal(X[off:off + m] @ W, full[off:off + m]):
            return False
    return True


def least_rows(k: int, n: int, most: int = 16) -> Optional[int]:
    """The fewest rows (2 to `most`) from which every row of a (rows x k) by (k x n) product gets the same bits
    however many rows are multiplied together, or None. OpenBLAS sends a product whose rows x k x n is small to
    another kernel (on one AVX-512 machine: below 6 rows for 512 x 384, the parser's embedding layer)."""
    for least in range(2, most + 1):
        if rows_independent(k, n, least=least):
            return least
    return None


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


def _first_rows(row_keys: list, wanted: dict) -> list[int]:
    """The position of each wanted key's first occurrence, in the order of `wanted`."""
    first: dict = {}
    for i, key in enumerate(row_keys):
        if key in wanted and key not in first:
            first[key] = i
    return [first[key] for key in wanted]


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
        # the embedding memo and the pass over needed rows only (`scores`) both need each row's bits to be
        # independent of the rows multiplied with it
        self.independent = self.supported and all(
            rows_independent(W.shape[0], W.shape[1])
            for W in [layer[0] for layer in self.layers] + ([self.out_W] if self.head else []))
        # the memo needs the embedding layer's rows independent from `least` rows on; a batch of fewer rows goes
        # through another BLAS kernel in the thinc model too, so it is computed as it is, not from the memo
        self.least = least_rows(*self.layers[0][0].shape) if self.supported else None
        # the same for the last encoder layer, which `vectors` runs on the tokens' rows alone (not the pads)
        self.last_least = least_rows(*self.layers[-1][0].shape) if self.supported and self.depth else None
        self.memo = EmbedMemo(self.layers[0][2]) if memo and self.least is not None else None
        _FORWARDS.add(self)

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
        memo = self.memo
        row_keys = F.view(f"V{F.shape[1] * F.itemsize}").ravel().tolist()
        with memo.lock:
            slot = memo.slot
            idx = list(map(slot.get, row_keys))
            if None not in idx:
                return memo.table[idx]
            new: dict[bytes, int] = {}
            for i, key in zip(idx, row_keys):
                if i is None and key not in new:
                    new[key] = len(new)
            if len(new) > memo.limit:
                return self._embed(F)  # more new rows than the memo holds: computed as they are
            if len(slot) + len(new) > memo.limit:
                slot = memo.slot = {}  # started afresh: a bounded table
            rows = [row_keys.index(key) for key in new] if len(new) < 8 else _first_rows(row_keys, new)
            # too few rows would go through another BLAS kernel (other bits): new rows are computed `least` or more at once
            fresh = self._embed(F[rows + rows[:1] * (self.least - len(rows))] if len(rows) < self.least
                                else F[rows])[:len(rows)]
            base = len(slot)
            if base + len(rows) > len(memo.table):
                grown = numpy.empty((min(memo.limit, max(2 * len(memo.table), base + len(rows))),
                                     memo.table.shape[1]), dtype="float32")
                grown[:base] = memo.table[:base]
                memo.table = grown
            memo.table[base:base + len(rows)] = fresh
            for key, j in new.items():
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
        the full pass's, since every row's bits are independent of the rows multiplied with it
        (`rows_independent`)."""
        lengths = [len(f) for f in feats]
        n_tags = self.out_W.shape[1]
        total = sum(lengths)
        if not total:
            return [numpy.zeros((0, n_tags), dtype="float32") for _ in feats]
        P, starts = self._padded(feats, lengths)
        want = None
        if needed is not None and self.independent and self.depth:
            want = numpy.concatenate([numpy.asarray(m, dtype=bool).reshape(n) for m, n in zip(needed, lengths) if n])
            if want.all():
                want = None
        for k in range(1, self.depth + (want is None)):
            P += self._maxout_norm(_OPS.seq2col(P, self.window), k)
        if want is None:
            X = numpy.concatenate([P[a:a + n] for a, n in zip(starts, lengths) if n])
            S = numpy.matmul(X, self.out_W)
            S += self.out_b
        else:  # the last layer and the output on the needed rows alone
            S = numpy.zeros((total, n_tags), dtype="float32")
            rows = numpy.concatenate([numpy.arange(a, a + n) for a, n in zip(starts, lengths) if n])[want]
            if len(rows):
                S[want] = self._last_rows(P, rows)
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
        lengths = [len(f) for f in feats]
        if not sum(lengths):
            return [numpy.zeros((n, self.layers[-1][2]), dtype="float32") for n in lengths]
        P, starts = self._padded(feats, lengths)
        least = self.last_least
        if least is None or len(P) < least:
            for k in range(1, self.depth + 1):
                P += self._maxout_norm(_OPS.seq2col(P, self.window), k)
            return [P[a:a + n] for a, n in zip(starts, lengths)]
        for k in range(1, self.depth):
            P += self._maxout_norm(_OPS.seq2col(P, self.window), k)
        # the last layer on the tokens' rows alone (session 23): its output at the pad rows is read by nothing, and
        # the pads are ~13% of the rows of a parser call (4 per sentence of ~27 tokens); a row's floats are the full
        # pass's, since the last layer's rows get the same bits in any product of `least` rows or more (`least_rows`)
        rows = numpy.concatenate([numpy.arange(a, a + n) for a, n in zip(starts, lengths) if n])
        X = self._last_layer(P, rows, least)
        out, src = [], 0
        for n in lengths:
            out.append(X[src:src + n])
            src += n
        return out

    def _last_layer(self, P: numpy.ndarray, rows: numpy.ndarray, least: int) -> numpy.ndarray:
        """The last encoder layer's output (residual included) at the padded rows `rows`: its input gathered as seq2col
        lays it out (each such row is at least `window` rows from P's edges: the pads)."""
        w = self.window
        C = P.take((rows[:, None] + numpy.arange(-w, w + 1)).ravel(), axis=0).reshape(len(rows), -1)
        # fewer than `least` rows would go through another BLAS kernel than the full pass's product of many rows
        if len(rows) < least:
            C = numpy.concatenate([C] + [C[:1]] * (least - len(rows)))
        return P.take(rows, axis=0) + self._maxout_norm(C, self.depth)[:len(rows)]

    def _last_rows(self, P: numpy.ndarray, rows: numpy.ndarray) -> numpy.ndarray:
        """Scores of the padded rows `rows` alone: the last encoder layer's input gathered as seq2col lays it out
        (each needed row is at least `window` rows from P's edges: the pads), then that layer and the output."""
        X = self._last_layer(P, rows, 2)
        two = len(rows) == 1
        S = numpy.matmul(numpy.concatenate((X, X)) if two else X, self.out_W)[:len(rows)]
        S += self.out_b
        return S


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
