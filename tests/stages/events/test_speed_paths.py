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


# Session 32 (speed32)

def test_forms_with_the_same_definitions_share_one_groups_index():
    lx = lexicon("en")
    by_defs: dict = {}
    for _, cands in lx.triggers.table.items():
        defs = tuple(id(tdef) for tdef, _ in _ordered_readings(lx, cands))
        by_defs.setdefault(defs, []).append(cands)
    shared = [group for group in by_defs.values() if len(group) > 1 and any(t.object_firsts for t, _ in
                                                                            _ordered_readings(lx, group[0]))]
    assert shared  # "arrest", "arrested", ...: one verb's forms
    for group in shared[:30]:
        first = _reading_index(lx, group[0])
        for cands in group[1:]:
            index = _reading_index(lx, cands)
            assert index[0] is _ordered_readings(lx, cands)
            # built once for the definitions (on main each form built its own: equal, but not the same object)
            assert index[2] is first[2] and index[3] is first[3] and index[1] is first[1]
        # and what it holds is the per-reading index of the form
        ordered = _ordered_readings(lx, group[0])
        free = [n for n, (t, _) in enumerate(ordered) if not t.object_firsts]
        need = {n: len(t.object_firsts) for n, (t, _) in enumerate(ordered) if t.object_firsts}
        words = {}
        for n, (t, _) in enumerate(ordered):
            for g, firsts in enumerate(t.object_firsts):
                for w in firsts:
                    words.setdefault(w, []).append((n, g))
        assert first[1] == free and first[3] == need and first[2] == {w: tuple(h) for w, h in words.items()}


# Session 35 (speed35)

def _as_arg_before(self, u):
    """`_as_arg` as it was: the quote looked up twice, by `_we` and then `_we_unnamed`."""
    from kabar.stages.events.units import Unit

    if u.kind == "ent":
        return u
    if u.inner is not None:
        return Unit("ent", u.inner.name, "\x00ent", u.start, u.end, ent=u.inner)
    q = self._we_quote(u)
    e = self.r.entity(q.speaker) if q and q.speaker else None
    if e is not None:
        return Unit("ent", e.name, "\x00ent", u.start, u.end, ent=e)
    q = self._we_quote(u)
    if q and not q.speaker and q.speaker_name:
        return Unit("generic", q.speaker_name, "", u.start, u.end, role="")
    return None


_SPEED35_TEXTS = [
    ("en", "\u201cWe will attack the rebels in the north,\u201d Defence Minister John Smith said on Monday. \u201cWe "
           "condemn the attack,\u201d a spokesman said. Police arrested two protesters in London."),
    ("id", "\u201cKami akan menangkap para pelaku,\u201d kata Kapolri Listyo Sigit Prabowo di Jakarta, Senin. "
           "\u201cKita mengecam serangan itu,\u201d ujar seorang warga. Polisi menangkap dua pengunjuk rasa."),
]


def test_as_arg_gives_the_answers_of_the_two_lookups(monkeypatch):
    """`_as_arg` looks the unit's quote up once; every answer (on hand-made texts with "we" in quotes and, when
    ../shared/data is there, 8 + 8 benchmark articles) is the one the two look-ups gave, and the quoted "we" of a
    named speaker is that speaker."""
    import kabar
    from kabar.stages.events.arguments import ArgumentFinding

    real = ArgumentFinding._as_arg
    wrong: list = []
    seen = {"all": 0, "we": 0}

    def both(self, u):
        got = real(self, u)
        seen["all"] += 1
        if got is not None and u.kind == "word":
            seen["we"] += 1
        if got != _as_arg_before(self, u):
            wrong.append((u.text, got))
        return got

    monkeypatch.setattr(ArgumentFinding, "_as_arg", both)
    texts = [(code, "Judul\n\n" + text) for code, text in _SPEED35_TEXTS]
    try:
        import corpora

        texts += [("en", f.read_text(encoding="utf-8", errors="replace")) for f in corpora.bbc_files()[:8]]
        texts += [("id", "Judul\n\n" + body) for body in corpora.detik()[:8]]
    except Exception:  # no benchmarks/ on the path or no ../shared/data
        pass
    for code, text in texts:
        kabar.extract(text, lang=code, published="2024-01-05")
    assert not wrong, wrong[:5]
    assert seen["all"] > 20 and seen["we"] >= 2, seen
