"""Name lists as features for the NER tagger: each token learns whether it starts, continues or ends a known name.

Why: the shipped NER models learn from a few thousand sentences; most names in a new article were
never seen in training. Lists of names built from open data (Wikipedia-derived person, place and
organisation titles, administrative regions, country names in many languages) carry what the
sentences cannot. The list match is not the answer: it is written into each token's ``tag`` as
a BILU code ("B-LOC", "U-PER+LOC"), which the tagger's embedding reads beside the word's shape and
affixes, so the network learns how far to trust a match in context ("Bunga" the name vs "bunga"
the flower, a list entry inside a longer organisation name).

The component is registered with spaCy as ``kabar_name_lists``; its lists are saved with the
pipeline (``names.json.gz``). It imports nothing else of kabar.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterable, Optional

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

FILE = "names.json.gz"


@Language.factory("kabar_name_lists", assigns=["token.tag"], default_config={"max_tokens": 8})
def make_name_lists(nlp: Language, name: str, max_tokens: int) -> "NameLists":
    return NameLists(name, max_tokens=max_tokens)


SEP = "\x1f"  # joins a name's tokens in the stored key
_MASK = (1 << 64) - 1


def _extend(h: int, orth: int) -> int:
    """Rolling 64-bit key of a token sequence, one ORTH hash at a time."""
    return ((h * 1_000_003) ^ orth) & _MASK


class NameLists:
    """Longest-match lookup of token sequences in typed name lists; marks tokens with BILU codes.

    Every table holds only strings and integers (names as tokens joined by \\x1f, sequences as rolling
    64-bit keys of their tokens' ORTH hashes): Python's garbage collector does not walk such tables,
    and with ~200,000 names a table of tuples made every full collection cost milliseconds.
    """

    def __init__(self, name: str = "name_lists", *, max_tokens: int = 8):
        self.name = name
        self.max_tokens = max_tokens
        self.names: dict[str, str] = {}  # tokens joined by SEP -> "LOC" / "LOC+PER"
        self._index = None  # the same keyed by rolling ORTH-hash keys, built on first use

    # ------------------------------------------------------------ building
    def add(self, tokens: Iterable[str], label: str) -> None:
        toks = [t for t in tokens if t.strip()]
        if not toks or len(toks) > self.max_tokens:
            return
        key = SEP.join(toks)
        old = self.names.get(key)
        self.names[key] = label if not old else "+".join(sorted(set(old.split("+")) | {label}))
        self._index = None

    def __len__(self) -> int:
        return len(self.names)

    # ------------------------------------------------------------ matching
    def _compiled(self):
        """Keys of every listed name and of every proper prefix of one, over ORTH hashes (which a Doc
        gives without building Token objects); first tokens apart, to skip most positions at once."""
        if self._index is None:
            index: dict[int, str] = {}
            prefixes: dict[int, bool] = {}
            heads: dict[int, bool] = {}
            for key, label in self.names.items():
                orths = [hash_string(t) for t in key.split(SEP)]
                heads[orths[0]] = True
                h = 0
                for k, o in enumerate(orths):
                    h = _extend(h, o)
                    if k < len(orths) - 1:
                        prefixes[h] = True
                index[h] = label
            self._index = (index, prefixes, heads)
        return self._index

    def matches(self, orths: list) -> list[tuple[int, int, str]]:
        """Non-overlapping longest matches (start, end, label), left to right, over ORTH hashes (or strings)."""
        if orths and isinstance(orths[0], str):
            orths = [hash_string(w) for w in orths]
        index, prefixes, heads = self._compiled()
        n, limit = len(orths), self.max_tokens
        out = []
        i = 0
        while i < n:
            if orths[i] not in heads:
                i += 1
                continue
            best = None
            h = _extend(0, orths[i])
            j = i + 1
            while True:
                label = index.get(h)
                if label is not None:
                    best = (j, label)
                if h not in prefixes or j >= n or j - i >= limit:
                    break
                h = _extend(h, orths[j])
                j += 1
            if best is None:
                i += 1
                continue
            out.append((i, best[0], best[1]))
            i = best[0]
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        for s, e, label in self.matches(doc.to_array([ORTH]).tolist()):
            if e - s == 1:
                doc[s].tag_ = "U-" + label
                continue
            doc[s].tag_ = "B-" + label
            for k in range(s + 1, e - 1):
                doc[k].tag_ = "I-" + label
            doc[e - 1].tag_ = "L-" + label
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # ------------------------------------------------------------ serialisation
    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        by_label: dict[str, list[list[str]]] = {}
        for key, label in sorted(self.names.items()):
            by_label.setdefault(label, []).append(key.split(SEP))
        data = {"max_tokens": self.max_tokens, "names": by_label}
        with gzip.open(path / FILE, "wt", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))

    def from_disk(self, path, *, exclude=tuple()) -> "NameLists":
        with gzip.open(Path(path) / FILE, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        self.max_tokens = data["max_tokens"]
        self.names = {SEP.join(key): label for label, keys in data["names"].items() for key in keys}
        self._index = None
        return self

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, path: Optional[str] = None) -> None:
        """`path`: a JSON file {label: [name, ...]}; names are tokenised with the pipeline's tokenizer."""
        if not path:
            return
        lists = json.loads(Path(path).read_text(encoding="utf-8"))
        tokenizer = nlp.tokenizer if nlp is not None else None
        self.names, self._index = {}, None
        for label, names in lists.items():
            for name in names:
                tokens = [t.text for t in tokenizer(name)] if tokenizer is not None else name.split()
                self.add(tokens, label)
