"""What two reports of one story share, in two forms.

* Within a language a copy shares most of its word sequences: MinHash over word shingles
  (datasketch), banded for locality-sensitive lookup, finds syndicated copies, updates,
  truncations and copies wrapped in other boilerplate.
* Across languages the words differ but the facts do not: people's names, actor codes,
  resolved dates, numbers and coded events survive translation. :func:`facts` turns a record
  into that language-independent set; :mod:`kabar.across.copies` weighs it by rarity.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from kabar.names import fold
from kabar.record import Article

NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: pairs with Jaccard >= ~0.45 share a band with probability >= 0.9
ROWS = NUM_PERM // BANDS
SHINGLE = 5
SEED = 20261204

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Fingerprint:
    shingles: int
    hashvalues: np.ndarray  # NUM_PERM unsigned 64-bit MinHash values

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, shingles: int, data: bytes) -> "Fingerprint":
        return cls(shingles, np.frombuffer(data, dtype="<u8"))

    def bands(self) -> list[tuple[int, str]]:
        """(band number, key) pairs; two fingerprints sharing any pair are near-duplicate candidates."""
        out = []
        for b in range(BANDS):
            chunk = self.hashvalues[b * ROWS : (b + 1) * ROWS].astype("<u8").tobytes()
            out.append((b, hashlib.blake2b(chunk, digest_size=8).hexdigest()))
        return out

    def jaccard(self, other: "Fingerprint") -> float:
        """MinHash estimate of the Jaccard similarity of the two shingle sets."""
        return float(np.mean(self.hashvalues == other.hashvalues))

    def containment(self, other: "Fingerprint") -> float:
        """Estimated share of the smaller text's shingles found in the larger one (a truncated copy scores high)."""
        j = self.jaccard(other)
        smaller = min(self.shingles, other.shingles)
        if smaller == 0:
            return 0.0
        inter = j * (self.shingles + other.shingles) / (1.0 + j)
        return min(1.0, inter / smaller)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def fingerprint(text: str) -> Fingerprint:
    """MinHash of the body's word 5-grams (folded case, punctuation and spacing ignored)."""
    tokens = words(text)
    grams = {" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))} if tokens else set()
    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return Fingerprint(len(grams), np.asarray(mh.hashvalues, dtype=np.uint64))


def _number(value: float | None) -> str | None:
    if value is None or value != value or abs(value) < 10:  # small counts are everywhere
        return None
    return f"{value:.6g}"


def facts(record: Article) -> set[str]:
    """Language-independent facts of a record: names, actors, dates, numbers, coded events.

    Each fact is a short string with a kind prefix (``p:`` person-name word, ``a:`` actor code,
    ``d:`` resolved day, ``q:`` number, ``e:`` event tuple).
    """
    out: set[str] = set()
    for ent in record.entities:
        if ent.type == "PER":
            out.update(f"p:{w}" for w in words(ent.name) if len(w) > 2)
        if ent.actor:
            out.add(f"a:{ent.actor}")
    for d in record.dates:
        if d.value and len(d.value) >= 10:
            out.add(f"d:{d.value[:10]}")
    for q in record.quantities:
        n = _number(q.value if q.value is not None else q.min)
        if n:
            out.add(f"q:{n}")
    for ev in record.events:
        actor = ev.actor[0].code[:3] if ev.actor and ev.actor[0].code else "-"
        recipient = ev.recipient[0].code[:3] if ev.recipient and ev.recipient[0].code else "-"
        out.add(f"e:{ev.event}:{actor}:{recipient}")
    return out
