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

