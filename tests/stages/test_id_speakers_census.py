"""Round-2 census classes of Indonesian speakers and claimants (detik regional and national desks):
a description ending in a demonstrative speaks back about the person just quoted, a Title Case headline
does not glue a common word onto a person's name, and a verb after "termasuk" ("including") is no speech act."""

from __future__ import annotations

import pytest

from kabar.record import Article


@pytest.fixture(scope="module")
def pipe():  # this module's own pipeline, not conftest.py's
    from kabar.pipeline import Pipeline

    return Pipeline(only=["segment", "entities", "actors", "coref", "quotes"], on_error="raise")


def _run(pipe, text):
    return pipe(Article.new(text, lang="id", published="2025-03-02"))


def _quote(rec, phrase):
    return next(q for q in rec.quotes if phrase in rec.text[q.start:q.end])


@pytest.mark.parametrize("trailer", ["tersebut", "itu", "ini"])
def test_demonstrative_description_is_the_last_speaker(pipe, trailer):
    text = ("Ketua Fraksi Golkar, Hendra Wibisono, menilai harga beras terlalu tinggi.\n\n"
            "\"Kami ingin pasar kembali normal,\" kata Hendra di Jakarta, Selasa (4/3/2025).\n\n"
            f"\"Pemerintah harus turun tangan segera,\" tutup Anggota Komisi XII DPR RI {trailer}.")
    q = _quote(_run(pipe, text), "turun tangan")
    assert q.speaker_name == "Hendra Wibisono"


def test_description_without_demonstrative_stays_raw(pipe):
    text = ("Ketua Fraksi Golkar, Hendra Wibisono, menilai harga beras terlalu tinggi.\n\n"
            "\"Pemerintah harus turun tangan segera,\" kata seorang pedagang pasar.")
    q = _quote(_run(pipe, text), "turun tangan")
    assert q.speaker_name != "Hendra Wibisono"


def test_headline_does_not_glue_common_word_to_a_name(pipe):
    text = ("Bupati Sarmadi Tinjau Banjir di Cirebon, Janji Bantuan Segera Cair\n\n"
            "Bupati Sarmadi meninjau lokasi banjir di Cirebon pada Minggu pagi. Ia akan tinjau ulang tanggul.\n\n"
            "\"Bantuan akan segera cair,\" kata Sarmadi.")
    rec = _run(pipe, text)
    names = [e.name for e in rec.entities if e.type == "PER"]
    assert "Sarmadi" in names and not any("Tinjau" in n for n in names)
    assert _quote(rec, "segera cair").speaker_name == "Sarmadi"


def test_headline_keeps_a_full_name(pipe):
    text = ("Sarmadi Wijoyo Tinjau Banjir di Cirebon Bersama Warga\n\n"
            "Bupati Sarmadi Wijoyo meninjau lokasi banjir pada Minggu pagi.\n\n"
            "\"Bantuan akan segera cair,\" kata Sarmadi.")
    names = [e.name for e in _run(pipe, text).entities if e.type == "PER"]
    assert "Sarmadi Wijoyo" in names


def test_connective_is_no_speaker(pipe):
    text = ("\"Koperasi kami sehat,\" kata Budiman Sastro, ketua koperasi desa.\n\n"
            "Koperasi itu juga mengawasi penyaluran pupuk, termasuk memastikan bantuan pemerintah tepat sasaran.\n\n"
            "\"Pupuk jangan sampai dijual lagi,\" lanjutnya.")
    rec = _run(pipe, text)
    # "termasuk memastikan": an activity in a list, no speech act; the next quote carries Budiman's voice
    assert not any((q.cue or "").lower() == "memastikan" for q in rec.quotes)
    assert _quote(rec, "dijual lagi").speaker_name == "Budiman Sastro"
