"""Indonesian events, session 14 (events-id5): claimants of reported speech nested in a quotation, molesting as sexual assault, money handed over in a criminal case, ranks and offices held. Sentence in, fields out,
whole pipeline.

The sentences are written for these tests in general news style (none is taken from a corpus or from gold/dev).
The positive cases fail on main f6ec62e; the guards (the inner speaker within its own sentence, aid to flood victims,
an occupied town) keep the rules from reaching further.
"""

from __future__ import annotations

import kabar


def events(sentence: str, published: str | None = "2025-10-20"):
    return kabar.extract(sentence, has_title=False, lang="id", published=published).events


def of(sentence: str, event: str):
    return [e for e in events(sentence) if e.event == event]


def one(sentence: str, event: str):
    got = of(sentence, event)
    assert got, f"{sentence!r}: no {event} in {[(e.event, e.mode) for e in events(sentence)]}"
    return got[0]


def claim(e) -> str | None:
    return e.claimant.name if e.claimant else None


# ---- claimants

def test_reported_speech_nested_in_a_quote_ends_with_its_sentence():
    e = one('"Presiden menekankan agar harga tidak naik. Karena itu, saya meminta BPS membantu memantau harga setiap '
            'minggu," kata Menteri Dalam Negeri Tito Karnavian.', "REQUEST")
    assert claim(e) == "Tito Karnavian"


def test_nested_arrest_after_a_full_stop_is_the_outer_speakers():
    e = one('"Kapolri mengatakan bahwa tidak ada yang kebal hukum. Kami sudah menangkap tiga tersangka korupsi," kata '
            'Kapolda Metro Jaya Irjen Asep Edi Suheri.', "COERCE")
    assert claim(e) == "Asep Edi Suheri"


def test_nested_reported_speech_within_its_sentence_keeps_the_inner_speaker():
    e = one('"Kapolri mengatakan polisi sudah menangkap tiga tersangka korupsi di Jakarta," kata Kapolda Metro Jaya '
            'Irjen Asep Edi Suheri.', "COERCE")
    assert claim(e) == "Kapolri"


# ---- molesting

def test_molesting_is_sexual_assault():
    e = one("Kepala sekolah berinisial M diduga mencabuli 4 muridnya di Polewali Mandar, Sulawesi Barat, Indonesia.",
            "ASSAULT")
    assert e.mode == ["sexual"]


# ---- money handed over in a criminal case

def test_money_handed_over_in_an_indictment_is_no_aid():
    assert not of("Jaksa menyebut terdakwa Nasori menyerahkan dana sejumlah Rp 4,5 miliar kepada Bupati Karanganyar "
                  "Juliyatmono di Jawa Tengah, Indonesia.", "AID")
    assert not of("Menurut dakwaan, Nasori memberikan uang Rp 500 juta kepada Bupati Karanganyar Juliyatmono di "
                  "Indonesia.", "AID")


def test_aid_to_flood_victims_stays_aid():
    e = one("Kementerian Sosial menyerahkan bantuan uang tunai kepada korban banjir di Bekasi, Indonesia.", "AID")
    assert (e.actor[0].code or "")[:3] == "IDN"


# ---- ranks and offices held

def test_holding_a_rank_is_no_seizure():
    assert not of("Partai Gerindra menduduki posisi teratas dalam survei Litbang Kompas di Indonesia.", "COERCE")


def test_occupying_a_town_stays_a_seizure():
    e = one("Pasukan Israel menduduki kota Rafah di Gaza.", "COERCE")
    assert (e.actor[0].code or "")[:3] == "ISR"
