"""Session-14 Indonesian classes (issue 11, names-id5): a body's bracketed acronym says where its name starts
(docs/entities.md, "Session 14 (names-id5)"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kabar.record import Article


def _ents(pipe, text, published="2025-10-20", lang="id"):
    return pipe(Article.new(text, lang=lang, published=published)).entities


def _names(ents):
    return {(e.type, e.name) for e in ents}


def _entity_of(ents, mention):
    return next((e for e in ents if any(m.text == mention for m in e.mentions)), None)


# -- the acronym opens with letters the name lacks: the word before them belongs to the name ----------------------

@pytest.mark.parametrize("text, name", [
    ("Hal itu disampaikan Amran dalam acara Himpunan Pengusaha Muda Indonesia (HIPMI) di Jakarta, Senin (20/10).",
     "Himpunan Pengusaha Muda Indonesia"),
    ("Hal itu disampaikan Prabowo dalam Asosiasi Pemerintah Kabupaten Seluruh Indonesia (APKASI) Otonomi Expo 2025.",
     "Asosiasi Pemerintah Kabupaten Seluruh Indonesia"),
])
def test_acronym_opens_the_name_one_word_earlier(pipe, text, name):
    ents = _ents(pipe, text)
    e = _entity_of(ents, text[text.index("(") + 1:text.index(")")])
    assert e is not None and e.type == "ORG" and e.name == name, _names(ents)


@pytest.mark.parametrize("text, acronym, name", [
    # the word before is lower-case, a title, or spells no letter of the acronym: nothing moves
    ("Ketua Umum Partai Solidaritas Indonesia (PSI) Kaesang Pangarep hadir di Jakarta.", "PSI",
     "Partai Solidaritas Indonesia"),
    ("Pejabat dari Kementerian Pekerjaan Umum (PU) datang ke lokasi banjir.", "PU", "Kementerian Pekerjaan Umum"),
])
def test_acronym_that_fits_its_name_moves_nothing(pipe, text, acronym, name):
    ents = _ents(pipe, text)
    e = _entity_of(ents, acronym)
    assert e is not None and e.name == name, _names(ents)


def test_english_body_opened_late_takes_its_first_word(pipe):
    ents = _ents(pipe, "Laporan baru dari badan meteorologi dunia World Meteorological Organization (WMO) terbit.")
    e = _entity_of(ents, "WMO")
    assert e is not None and e.name == "World Meteorological Organization", _names(ents)


# -- the acronym names the body at the end of a longer name ---------------------------------------------------------

@pytest.mark.parametrize("text, acronym, inner, outer", [
    ("Eks Kepala Dewan Komisioner Lembaga Penjamin Simpanan (LPS) itu menyebut dana aman. Menurut LPS, bank sehat.",
     "LPS", "Lembaga Penjamin Simpanan", "Dewan Komisioner Lembaga Penjamin Simpanan"),
    ("Guru Besar Fakultas Teknik Universitas Brawijaya (UB) Wardana Putra mengungkapkan hal itu. Rektor UB setuju.",
     "UB", "Universitas Brawijaya", "Fakultas Teknik Universitas Brawijaya"),
    ("Ketua Majelis Alumni Ikatan Pelajar Nahdlatul Ulama (IPNU) Hasan Basri bicara soal zakat.",
     "IPNU", "Ikatan Pelajar Nahdlatul Ulama", "Majelis Alumni Ikatan Pelajar Nahdlatul Ulama"),
])
def test_acronym_of_the_inner_body(pipe, text, acronym, inner, outer):
    ents = _ents(pipe, text)
    e = _entity_of(ents, acronym)
    assert e is not None and e.type == "ORG" and e.name == inner, _names(ents)
    assert ("ORG", outer) in _names(ents), _names(ents)


@pytest.mark.parametrize("text, acronym, name", [
    # a field after a body's head is no body of its own
    ("Preservasi jalan pada Satuan Kerja Pembangunan Jalan Nasional (PJN) Wilayah I Sumatera Utara ditunda.", "PJN",
     "Satuan Kerja Pembangunan Jalan Nasional"),
    ("Purbaya menyambangi Kantor Kementerian Pekerjaan Umum (PU), Jakarta Selatan, Kamis (16/10).", "PU",
     "Kantor Kementerian Pekerjaan Umum"),
    # a stock ticker spells no tail's initials
    ("Direktur Utama PT Krakatau Steel Tbk (KRAS) Muhammad Akbar Djohan menyebut industri baja tertinggal.", "KRAS",
     "PT Krakatau Steel Tbk"),
])
def test_acronym_of_a_field_stays_with_the_whole_name(pipe, text, acronym, name):
    ents = _ents(pipe, text)
    e = _entity_of(ents, acronym)
    assert e is not None and e.name.startswith(name), _names(ents)


# -- a regency's short form in brackets after its name is the place, wherever it recurs -----------------------------

@pytest.mark.parametrize("text, short, name", [
    ("Bupati Kolaka Timur (Koltim) Abdul Azis ditangkap KPK. Bupati Koltim itu dibawa ke Jakarta.", "Koltim",
     "Kolaka Timur"),
    ("Banjir melanda Kabupaten Labuhanbatu Utara (Labura). Bupati Labura meninjau lokasi.", "Labura",
     "Kabupaten Labuhanbatu Utara"),
])
def test_regency_short_form_is_the_place(pipe, text, short, name):
    ents = _ents(pipe, text)
    assert ("PER", short) not in _names(ents), _names(ents)
    e = _entity_of(ents, name)
    assert e is not None and e.type == "GPE" and any(m.text == short for m in e.mentions), _names(ents)


def test_bracket_after_a_place_that_spells_no_short_form_is_no_alias(pipe):
    # "(Antara)" is the outlet, not a short form of Jakarta
    ents = _ents(pipe, "Polisi menangkap dua pria di Jakarta Timur (Antara). Keduanya ditahan di Polres Jakarta Timur.")
    e = _entity_of(ents, "Jakarta Timur")
    assert e is not None and not any(m.text == "Antara" for m in e.mentions), _names(ents)


def test_common_noun_acronym_is_no_place_initials(pipe):
    # "KK" (kepala keluarga, a pack generic word) is not the initials of "Kampung Ketengan"
    ents = _ents(pipe, "Longsor menutup jalan di Kampung Ketengan, Desa Cisarua. Banjir merendam rumah milik Euis "
                       "(1 KK, 2 jiwa) dan rumah Asep (2 KK).")
    assert not any(m.text == "KK" for e in ents for m in e.mentions), _names(ents)
    assert ("GPE", "Kampung Ketengan") in _names(ents), _names(ents)
