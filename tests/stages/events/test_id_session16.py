"""Indonesian events, session 16 (events-id7): a negated denial is an admission (no refusal, and it does not negate the
act it admits); seats, votes and markets are won, not seized. Sentence in, fields out, whole pipeline.

The sentences are written for these tests in general news style (none is taken from a corpus or from gold/dev).
The positive cases fail on main 9025b09; the guards (a plain denial, a denial that negates the denied act, a town
seized, a coup) keep the rules from reaching further.
"""

from __future__ import annotations

import kabar


def events(sentence: str, published: str | None = "2025-10-20"):
    return kabar.extract(sentence, has_title=False, lang="id", published=published).events


def of(sentence: str, event: str):
    return [e for e in events(sentence) if e.event == event]


# ---- a negated denial admits

def test_a_denial_not_made_is_no_refusal():
    assert not of("Sementara itu, adanya politik uang di Jakarta Utara tidak ditampik Bawaslu DKI.", "REJECT")
    assert not of("Menteri Luar Negeri Retno Marsudi tidak membantah tuduhan Komisi I DPR.", "REJECT")
    assert not of("Juru bicara KPK Budi Prasetyo tak pernah menyangkal tuduhan Indonesia Corruption Watch.", "REJECT")


def test_an_admitted_act_is_asserted():
    got = of("Menteri Luar Negeri Retno Marsudi tidak membantah bahwa Indonesia telah mengirim senjata ke Ukraina.", "AID")
    assert got and all(e.modality == "asserted" for e in got)


def test_guard_a_denial_still_refuses_and_negates_the_denied_act():
    assert of("Menteri Luar Negeri Retno Marsudi membantah tuduhan Komisi I DPR.", "REJECT")
    got = of("Menteri Luar Negeri Retno Marsudi membantah bahwa Indonesia telah mengirim senjata ke Ukraina.", "AID")
    assert got and all(e.modality == "negated" for e in got)


# ---- seats, votes and markets are won

def test_a_seat_won_back_is_no_seizure():
    assert not of("Ketua DPD Partai Golkar Sulawesi Selatan menyebut Golkar harus merebut kembali kursi Ketua DPRD Sulsel.",
                  "COERCE")
    assert not of("Partai Demokrat Amerika Serikat berhasil merebut kursi DPR dan Senat.", "COERCE")


def test_a_market_dominated_is_no_seizure():
    assert not of("Kementerian Perdagangan menyebut perusahaan Jepang telah menguasai pasar otomotif Indonesia.", "COERCE")


def test_guard_a_town_and_a_government_seized_stay_coercion():
    assert of("Pasukan Rusia merebut kota Avdiivka dari tentara Ukraina.", "COERCE")
    assert of("Militer Myanmar mengambil alih kekuasaan dari pemerintah sipil Aung San Suu Kyi.", "COERCE")
