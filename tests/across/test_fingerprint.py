"""MinHash fingerprints: copies score high whatever their layout, other stories low."""
from __future__ import annotations

from kabar.across.fingerprint import Fingerprint, facts, fingerprint
from records import article

STORY = " ".join(
    f"Kalimat nomor {i} tentang rapat kabinet yang membahas anggaran daerah dan harga pangan di pasar induk."
    for i in range(40)
)
OTHER = " ".join(f"Pertandingan ke-{i} berakhir imbang setelah kedua tim bermain bertahan sepanjang babak kedua." for i in range(40))


def test_reformatted_copy_is_nearly_identical():
    a, b = fingerprint(STORY), fingerprint(STORY.upper().replace(". ", ".\n\n"))
    assert a.jaccard(b) > 0.95


def test_truncated_copy_is_contained_though_its_jaccard_is_low():
    a, half = fingerprint(STORY), fingerprint(STORY[: len(STORY) // 2])
    assert a.jaccard(half) < 0.7
    assert half.containment(a) > 0.8


def test_different_stories_share_nothing():
    assert fingerprint(STORY).jaccard(fingerprint(OTHER)) < 0.1


def test_bands_agree_for_copies_and_round_trip_through_bytes():
    a = fingerprint(STORY)
    back = Fingerprint.from_bytes(a.shingles, a.to_bytes())
    assert back.bands() == a.bands() and back.jaccard(a) == 1.0
    assert set(a.bands()) & set(fingerprint(STORY + " Tambahan.").bands())
    assert not set(a.bands()) & set(fingerprint(OTHER).bands())


def test_facts_are_language_independent():
    id_rec = article("a", "Jenderal Mulyono mengatakan 107 orang tewas pada 12 September.", lang="id",
                     people=("Mulyono",), numbers=(("107 orang", 107),), dates=(("12 September", "2015-09-12"),),
                     events=({"event": "ASSAULT", "evidence": "107 orang tewas", "actor": "SAU", "recipient": "SAU"},))
    en_rec = article("b", "General Mulyono said 107 people were killed on September 12.", lang="en",
                     people=("Mulyono",), numbers=(("107 people", 107),), dates=(("September 12", "2015-09-12"),),
                     events=({"event": "ASSAULT", "evidence": "107 people were killed", "actor": "SAUGOV", "recipient": "SAU"},))
    assert facts(id_rec) == facts(en_rec) == {"p:mulyono", "q:107", "d:2015-09-12", "e:ASSAULT:SAU:SAU"}
