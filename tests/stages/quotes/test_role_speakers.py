"""Speakers named by their office (session 9, issues 12 and 13: claimant = the speaker of the quote that
carries the event): a speaker phrase that is the title the article gave a person is that person; a bare
title word as a narrative sentence's subject carries a later "-nya" cue to that person."""

from __future__ import annotations

import pytest

from kabar.record import Article


@pytest.fixture(scope="module")
def pipe():
    from kabar.pipeline import Pipeline

    return Pipeline(only=["segment", "entities", "actors", "coref", "quotes"], on_error="raise")


def _run(pipe, text, lang="id"):
    return pipe(Article.new(text, lang=lang, published="2025-03-02"))


def _quote(rec, phrase):
    return next(q for q in rec.quotes if phrase in rec.text[q.start:q.end])


def test_full_title_is_the_office_holder(pipe):
    text = ("Menteri Sosial Saifullah Yusuf mengunjungi Sukabumi pada Senin (6/10/2025). Ia bertemu warga.\n\n"
            "\"Bantuan ini harus tepat sasaran,\" kata Menteri Sosial di Sukabumi.")
    assert _quote(_run(pipe, text), "tepat sasaran").speaker_name == "Saifullah Yusuf"


def test_title_short_form_is_the_office_holder(pipe):
    text = ("Jaksa Penuntut Umum (JPU) Tegar Djati Kusuma membacakan dakwaan di PN Semarang, Selasa (22/10/2025).\n\n"
            "\"Perbuatan terdakwa melanggar aturan pengadaan,\" tegas JPU.")
    assert _quote(_run(pipe, text), "melanggar aturan").speaker_name == "Tegar Djati Kusuma"


def test_two_word_office_title_is_its_holder(pipe):
    text = ("Jaksa Agung ST Burhanuddin hadir di gedung DPR pada Senin (6/10/2025).\n\n"
            "\"Kami akan tuntaskan perkara ini,\" kata Jaksa Agung.")
    assert _quote(_run(pipe, text), "tuntaskan").speaker_name == "ST Burhanuddin"


def test_title_of_nobody_stays_raw(pipe):
    text = ("Menteri Sosial Saifullah Yusuf mengunjungi Sukabumi pada Senin (6/10/2025).\n\n"
            "\"Harga beras sudah turun,\" kata Menteri Perdagangan di Jakarta.")
    assert _quote(_run(pipe, text), "beras").speaker_name != "Saifullah Yusuf"


def test_bare_title_as_speaker_phrase_is_not_forced_to_a_person(pipe):
    # "jaksa juga menyatakan": the bare word may be the prosecution as a body (dev gold), so it stays as written
    text = ("\"Meminta majelis hakim menolak pencabutan BAP,\" ujar jaksa Irene Putri di Pengadilan Tipikor.\n\n"
            "Dalam pertimbangannya, jaksa juga menyatakan bahwa keterangan saksi itu bertentangan dengan saksi lain.")
    q = _quote(_run(pipe, text), "bertentangan")
    assert q.speaker_name != "Irene Putri"


def test_title_word_subject_carries_nya_cue_to_the_holder(pipe):
    text = ("\"Meminta majelis hakim tidak mempertimbangkan pencabutan BAP oleh Miryam S Haryani,\" ujar jaksa "
            "Irene Putri di Pengadilan Tipikor.\n\n"
            "Keterangan Miryam di hadapan penyidik telah ditunjukkan jaksa melalui barang bukti berupa video "
            "pemeriksaan. Selain itu, jaksa juga menyertakan bukti berupa tulisan tangan Miryam yang merinci "
            "nama-nama anggota DPR.\n\n"
            "\"Barang bukti berupa video pemeriksaan saksi itu sah,\" katanya.")
    assert _quote(_run(pipe, text), "Barang bukti").speaker_name == "Irene Putri"



def test_office_short_form_is_the_full_title(pipe):
    text = ("Menteri Agama Nasaruddin Umar menanggapi pembangunan pondok pesantren dengan dana negara.\n\n"
            "\"Santri itu kan juga manusia. Mereka mau belajar di mana?\" ujar Menag usai konferensi pers di Jakarta.")
    assert _quote(_run(pipe, text), "Santri itu").speaker_name == "Nasaruddin Umar"


@pytest.mark.parametrize("office, name, title", [
    ("Kapolresta", "Eko Prasetyo", "Kapolresta Bogor Kota Kombes Pol."),
    ("Presiden", "Prabowo Subianto", "Presiden"),
])
def test_one_holder_office_as_bare_speaker(pipe, office, name, title):
    text = (f"{title} {name} memimpin pemusnahan ribuan botol minuman keras di Bogor, Senin (20/10/2025).\n\n"
            f"{office} menambahkan, sebagian miras yang disita diproduksi secara rumahan.")
    assert _quote(_run(pipe, text), "diproduksi").speaker_name == name


def test_title_word_inside_quotation_is_no_subject(pipe):
    text = ("Menteri PANRB Rini Widyantini mengatakan pihaknya masih menyeleksi ulang kebutuhan ASN. Ia akan "
            "mengikuti arahan Presiden Prabowo Subianto soal pemindahan ASN ke IKN.\n\n"
            "\"Presiden 2028 tuh kan harus ada di sana semuanya. Nanti kita menyesuaikan lagi,\" ujarnya.")
    assert _quote(_run(pipe, text), "2028").speaker_name == "Rini Widyantini"


def test_person_named_in_the_speakers_own_paragraph_does_not_take_over(pipe):
    text = ("\"Pelaku beraksi seorang diri,\" kata Kapolres Harryo Sugihhartono di Surabaya, Senin (20/10/2025).\n\n"
            "Menurut Harryo, pembunuhan ini didasari utang. Di mana Riky Saputra berutang kepada tersangka "
            "sebesar Rp 200 ribu.\n\n"
            "\"Komunikasinya kurang bagus saat pelaku menagih,\" jelasnya.")
    assert _quote(_run(pipe, text), "Komunikasinya").speaker_name == "Harryo Sugihhartono"


def test_side_pronoun_is_the_last_speaker(pipe):
    text = ("\"Kami mengapresiasi kinerja penyidik,\" kata pengacara Muslim Jaya di Jakarta, Senin (20/10/2025).\n\n"
            "Setelah Lisa Mariana ditetapkan sebagai tersangka, pihaknya memastikan akan terus mengawal kasus tersebut.")
    q = _quote(_run(pipe, text), "mengawal")
    assert q.speaker_name == "Muslim Jaya"


def test_person_after_a_body_and_its_verb_is_no_subject(pipe):
    text = ("\"Sudah, YW tersangka,\" ujar Juru Bicara KPK Budi Prasetyo di Jakarta, Selasa (21/10/2025).\n\n"
            "Namun belum dirincikan Budi jumlah tersangka dalam kasus ini. KPK menyebut Yudi Wibowo adalah salah "
            "satu tersangkanya.\n\n"
            "\"Nanti kami akan update siapa saja tersangkanya,\" ujarnya.")
    assert _quote(_run(pipe, text), "update").speaker_name == "Budi Prasetyo"


def test_role_for_a_person_then_the_holders_name(pipe):
    text = ("Presiden ketujuh Joko Widodo melaporkan sejumlah pihak ke Polda Metro Jaya.\n\n"
            "\"Pasal yang kita duga dilakukan itu ada 310 dan 311 KUHP,\" kata pengacara Jokowi, Yakup Hasibuan, "
            "di Mapolda Metro Jaya, Rabu (30/4/2025).")
    assert _quote(_run(pipe, text), "Pasal yang").speaker_name == "Yakup Hasibuan"


def test_role_for_a_person_without_a_holders_name_is_unchanged(pipe):
    text = ("\"Pasal yang kita duga dilakukan itu ada 310 dan 311 KUHP,\" kata pengacara Joko Widodo kepada wartawan "
            "di Mapolda Metro Jaya, Rabu (30/4/2025).")
    assert _quote(_run(pipe, text), "Pasal yang").speaker_name != "Yakup Hasibuan"
