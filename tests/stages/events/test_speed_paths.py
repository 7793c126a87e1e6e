"""The events coder's fast paths answer what the plain computations answer."""

import random

from kabar.stages.events.coding import _fitting_positions, _ordered_readings, _reading_index
from kabar.stages.events.lexicon import PhraseTable, lexicon


def _plain_match_at(table: PhraseTable, words, i, limit=None):
    end = len(words) if limit is None else min(limit, len(words))
    if not 0 <= i < end:
        return 0, None
    for n in table.lengths.get(words[i], ()):
        if n <= end - i:
            v = table.table.get(tuple(words[i:i + n]))
            if v is not None:
                return n, v
    return 0, None


def test_match_at_equals_the_plain_scan():
    t = PhraseTable()
    for key in [("a",), ("a", "b"), ("a", "b", "c"), ("b", "c"), ("d",)]:
        t.add(key, "-".join(key))
    rng = random.Random(3)
    for _ in range(3000):
        words = [rng.choice("abcdx") for _ in range(rng.randint(0, 6))]
        i = rng.randint(-2, 7)
        limit = rng.choice([None, rng.randint(-1, 7)])
        assert t.match_at(words, i, limit) == _plain_match_at(t, words, i, limit), (words, i, limit)


def test_fitting_readings_are_those_the_per_reading_scan_keeps():
    lx = lexicon("en")
    forms = sorted(lx.triggers.table.items(), key=lambda kv: -len(kv[1]))[:40]  # the forms with most CAMEO readings
    vocab = sorted({w for _, cands in forms for tdef, _ in cands for g in tdef.object_firsts for w in g})
    assert len(forms[0][1]) > 50 and vocab
    rng = random.Random(5)
    for _, cands in forms:
        index = _reading_index(lx, cands)
        ordered = _ordered_readings(lx, cands)
        assert index[0] is ordered
        for _ in range(25):
            around = set(rng.sample(vocab, rng.randint(0, 12))) | {"the", "x"}
            want = [n for n, (tdef, _) in enumerate(ordered)
                    if not (tdef.object_firsts and any(map(around.isdisjoint, tdef.object_firsts)))]
            assert _fitting_positions(index, around) == want
