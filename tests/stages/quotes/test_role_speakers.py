"""Speakers named by their office (session 9, issues 12 and 13: claimant = the speaker of the quote that
carries the event): a speaker phrase that is the title the article gave a person is that person; a bare
title word as a narrative sentence's subject carries a later "-nya" cue to that person. One table of
(text, a phrase inside the quote, the speaker it must or must not have), each row named by the case it holds."""

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


IS_SPEAKER = [
    pytest.param(
        "Menteri Sosial Saifullah Yusuf mengunjungi Sukabumi pada Senin (6/10/2025). Ia bertemu warga.\n\n"
        "\"Bantuan ini harus tepat sasaran,\" kata Menteri Sosial di Sukabumi.",
        "tepat sasaran", "Saifullah Yusuf", id="full_title_is_the_office_holder"),
    pytest.param(
        "Jaksa Penuntut Umum (JPU) Tegar Djati Kusuma membacakan dakwaan di PN Semarang, Selasa (22/10/2025).\n\n"
        "\"Perbuatan terdakwa melanggar aturan pengadaan,\" tegas JPU.",
        "melanggar aturan", "Tegar Djati Kusuma", id="title_short_form_is_the_office_holder"),
    pytest.param(
        "Jaksa Agung ST Burhanuddin hadir di gedung DPR pada Senin (6/10/2025).\n\n"
        "\"Kami akan tuntaskan perkara ini,\" kata Jaksa Agung.",
        "tuntaskan", "ST Burhanuddin", id="two_word_office_title_is_its_holder"),
    pytest.param(
        "\"Meminta majelis hakim tidak mempertimbangkan pencabutan BAP oleh Miryam S Haryani,\" ujar jaksa "
        "Irene Putri di Pengadilan Tipikor.\n\n"
        "Keterangan Miryam di hadapan penyidik telah ditunjukkan jaksa melalui barang bukti berupa video "
        "pemeriksaan. Selain itu, jaksa juga menyertakan bukti berupa tulisan tangan Miryam yang merinci "
        "nama-nama anggota DPR.\n\n"
        "\"Barang bukti berupa video pemeriksaan saksi itu sah,\" katanya.",
        "Barang bukti", "Irene Putri", id="title_word_subject_carries_nya_cue_to_the_holder"),
    pytest.param(
        "Menteri Agama Nasaruddin Umar menanggapi pembangunan pondok pesantren dengan dana negara.\n\n"
        "\"Santri itu kan juga manusia. Mereka mau belajar di mana?\" ujar Menag usai konferensi pers di Jakarta.",
        "Santri itu", "Nasaruddin Umar", id="office_short_form_is_the_full_title"),
    pytest.param(
        "Kapolresta Bogor Kota Kombes Pol. Eko Prasetyo memimpin pemusnahan ribuan botol minuman keras di Bogor, "
        "Senin (20/10/2025).\n\nKapolresta menambahkan, sebagian miras yang disita diproduksi secara rumahan.",
        "diproduksi", "Eko Prasetyo", id="one_holder_office_as_bare_speaker-Kapolresta"),
    pytest.param(
        "Presiden Prabowo Subianto memimpin pemusnahan ribuan botol minuman keras di Bogor, Senin (20/10/2025).\n\n"
        "Presiden menambahkan, sebagian miras yang disita diproduksi secara rumahan.",
        "diproduksi", "Prabowo Subianto", id="one_holder_office_as_bare_speaker-Presiden"),
    pytest.param(
        "Menteri PANRB Rini Widyantini mengatakan pihaknya masih menyeleksi ulang kebutuhan ASN. Ia akan "
        "mengikuti arahan Presiden Prabowo Subianto soal pemindahan ASN ke IKN.\n\n"
        "\"Presiden 2028 tuh kan harus ada di sana semuanya. Nanti kita menyesuaikan lagi,\" ujarnya.",
        "2028", "Rini Widyantini", id="title_word_inside_quotation_is_no_subject"),
    pytest.param(
        "\"Pelaku beraksi seorang diri,\" kata Kapolres Harryo Sugihhartono di Surabaya, Senin (20/10/2025).\n\n"
        "Menurut Harryo, pembunuhan ini didasari utang. Di mana Riky Saputra berutang kepada tersangka "
        "sebesar Rp 200 ribu.\n\n"
        "\"Komunikasinya kurang bagus saat pelaku menagih,\" jelasnya.",
        "Komunikasinya", "Harryo Sugihhartono", id="person_named_in_the_speakers_own_paragraph_does_not_take_over"),
    pytest.param(
        "\"Kami mengapresiasi kinerja penyidik,\" kata pengacara Muslim Jaya di Jakarta, Senin (20/10/2025).\n\n"
        "Setelah Lisa Mariana ditetapkan sebagai tersangka, pihaknya memastikan akan terus mengawal kasus tersebut.",
        "mengawal", "Muslim Jaya", id="side_pronoun_is_the_last_speaker"),
    pytest.param(
        "\"Sudah, YW tersangka,\" ujar Juru Bicara KPK Budi Prasetyo di Jakarta, Selasa (21/10/2025).\n\n"
        "Namun belum dirincikan Budi jumlah tersangka dalam kasus ini. KPK menyebut Yudi Wibowo adalah salah "
        "satu tersangkanya.\n\n"
        "\"Nanti kami akan update siapa saja tersangkanya,\" ujarnya.",
        "update", "Budi Prasetyo", id="person_after_a_body_and_its_verb_is_no_subject"),
    pytest.param(
        "Presiden ketujuh Joko Widodo melaporkan sejumlah pihak ke Polda Metro Jaya.\n\n"
        "\"Pasal yang kita duga dilakukan itu ada 310 dan 311 KUHP,\" kata pengacara Jokowi, Yakup Hasibuan, "
        "di Mapolda Metro Jaya, Rabu (30/4/2025).",
        "Pasal yang", "Yakup Hasibuan", id="role_for_a_person_then_the_holders_name"),
]

NOT_SPEAKER = [
    pytest.param(
        "Menteri Sosial Saifullah Yusuf mengunjungi Sukabumi pada Senin (6/10/2025).\n\n"
        "\"Harga beras sudah turun,\" kata Menteri Perdagangan di Jakarta.",
        "beras", "Saifullah Yusuf", id="title_of_nobody_stays_raw"),
    # "jaksa juga menyatakan": the bare word may be the prosecution as a body (dev gold), so it stays as written
    pytest.param(
        "\"Meminta majelis hakim menolak pencabutan BAP,\" ujar jaksa Irene Putri di Pengadilan Tipikor.\n\n"
        "Dalam pertimbangannya, jaksa juga menyatakan bahwa keterangan saksi itu bertentangan dengan saksi lain.",
        "bertentangan", "Irene Putri", id="bare_title_as_speaker_phrase_is_not_forced_to_a_person"),
    pytest.param(
        "\"Pasal yang kita duga dilakukan itu ada 310 dan 311 KUHP,\" kata pengacara Joko Widodo kepada wartawan "
        "di Mapolda Metro Jaya, Rabu (30/4/2025).",
        "Pasal yang", "Yakup Hasibuan", id="role_for_a_person_without_a_holders_name_is_unchanged"),
]


@pytest.mark.parametrize("text, phrase, speaker", IS_SPEAKER)
def test_office_names_its_holder(pipe, text, phrase, speaker):
    assert _quote(_run(pipe, text), phrase).speaker_name == speaker


@pytest.mark.parametrize("text, phrase, speaker", NOT_SPEAKER)
def test_office_does_not_name_this_person(pipe, text, phrase, speaker):
    assert _quote(_run(pipe, text), phrase).speaker_name != speaker
