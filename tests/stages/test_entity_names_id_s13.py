"""Session-13 Indonesian precision classes (issue 11, names-id4): counted in a precision census of unread
detik-2025 rows (docs/entities.md, "Session 13: Indonesian precision census"). Sentences written for these tests;
15 of the 24 cases fail on main 32b32e4 (the others guard against over-firing, or the model alone gets them)."""

from __future__ import annotations

import pytest

from kabar.record import Article


def _ents(pipe, text, published="2025-10-20"):
    return pipe(Article.new(text, lang="id", published=published)).entities


def _names(ents):
    return {(e.type, e.name) for e in ents}


# -- an office's field left as the person: "-asi" nouns and field words after a title ----------------------------

@pytest.mark.parametrize("text, field, person", [
    ("Direktur Jenderal Rehabilitasi Sosial, Supomo menyampaikan penguatan layanan merupakan kebijakan penting.",
     "Rehabilitasi Sosial", "Supomo"),
    ("Direktur Transformasi dan Keberlanjutan Bisnis Pertamina Agung Wicaksono mengungkap hal itu di Jakarta.",
     "Transformasi", "Agung Wicaksono"),
    ("Pada November 2009, Direktur Jenderal Migas ESDM saat itu, Evita H Legowo, menerbitkan surat.",
     "Migas ESDM", "Evita H Legowo"),
])
def test_field_after_a_title_is_no_person(pipe, text, field, person):
    names = _names(_ents(pipe, text))
    assert ("PER", field) not in names, names
    assert ("PER", person) in names, names


def test_field_word_publik_after_a_title_is_no_person(pipe):
    names = _names(_ents(pipe, "Menurut Ukay Karyadi, Pengamat Ekonomi dan Kebijakan Publik, harga naik."))
    assert ("PER", "Publik") not in names, names


def test_body_with_an_asi_word_stays_a_body(pipe):
    # "*asi" words are fields after a title, not inside a body's name
    names = _names(_ents(pipe, "Kementerian Koperasi dan UKM menyalurkan bantuan modal kepada pedagang pasar."))
    assert ("ORG", "Kementerian Koperasi dan UKM") in names, names


# -- acronyms of crimes, units and benefits are no bodies -----------------------------------------------------

@pytest.mark.parametrize("text, acronym", [
    ("Saksi didalami terkait aliran uang yang diduga bersumber dari dugaan TPK dalam program sosial.", "TPK"),
    ("Penyidik juga menjerat tersangka dengan pasal TPPU atas aset yang disamarkan.", "TPPU"),
    ("Layanan tidak lagi hanya diberikan di UPT, tetapi menjangkau keluarga penerima manfaat.", "UPT"),
    ("Sekolah itu membuka tiga Rombel baru untuk kelas satu tahun ini.", "Rombel"),
    ("Pekerja yang celaka berhak atas manfaat JKK dan keluarganya atas JKM dari BPJS.", "JKK"),
])
def test_term_acronym_is_no_entity(pipe, text, acronym):
    ents = _ents(pipe, text)
    assert not any(m.text == acronym for e in ents for m in e.mentions), _names(ents)


# -- a body's name, its short form in brackets, then a region: one organisation -----------------------------------

@pytest.mark.parametrize("text, body", [
    ("Kasus itu melibatkan pejabat Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Ogan Komering Ulu (OKU) "
     "dan pihak swasta.",
     "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Ogan Komering Ulu (OKU)"),
    ("Satlantas Polres Serang bersama Dinas Perhubungan (Dishub) Kabupaten Serang menggelar razia.",
     "Dinas Perhubungan (Dishub) Kabupaten Serang"),
    ("Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Nusa Tenggara Barat, Itratip, mengatakan hal itu.",
     "Badan Pengawas Pemilu (Bawaslu) Provinsi Nusa Tenggara Barat"),
    ("Kepala Dinas Sosial (Dinsos) Kota Mataram, Lalu Samsul Adnan, mengatakan bantuan disalurkan.",
     "Dinas Sosial (Dinsos) Kota Mataram"),
])
def test_body_with_bracketed_short_form_then_region_is_one_org(pipe, text, body):
    names = _names(_ents(pipe, text))
    assert ("ORG", body) in names, names


def test_body_before_bracket_and_other_name_stays_apart(pipe):
    # an organisation (not a region) after the bracket: the scan's reading is kept
    names = _names(_ents(pipe, "Ketua Badan Anggaran (Banggar) DPR RI Said Abdullah mengatakan anggaran cukup."))
    assert not any(n.startswith("Badan Anggaran (Banggar) DPR") and t == "ORG" and "Kabupaten" in n for t, n in names)
    assert ("PER", "Said Abdullah") in names, names


def test_region_after_a_person_bracket_is_not_joined(pipe):
    # a person is no body: "Budi (45) Kabupaten Bogor" is not extended
    names = _names(_ents(pipe, "Polisi menangkap Budi Santoso (BS) di Kabupaten Bogor pada Senin malam."))
    assert not any(t == "ORG" and "Kabupaten Bogor" in n for t, n in names), names


# -- English university names are bodies --------------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Ia juga bertemu perwakilan Arizona State University, University of Arizona, dan Northern Arizona State "
     "University di Jakarta.",
     "Arizona State University"),
    ("Ia juga bertemu perwakilan Arizona State University, University of Arizona, dan Northern Arizona State "
     "University di Jakarta.",
     "University of Arizona"),
    ("Studi Harvard University menobatkan Indonesia sebagai negara paling dermawan.", "Harvard University"),
])
def test_english_university_is_org(pipe, text, body):
    names = _names(_ents(pipe, text))
    assert ("ORG", body) in names, names


# -- cabinet short-form titles are no part of the name ---------------------------------------------------------

@pytest.mark.parametrize("text, person, title", [
    ("Hal itu disampaikan Wamenkomdigi Angga Raka Prabowo di Jakarta.", "Angga Raka Prabowo", "Wamenkomdigi"),
    ("Menurut Wamendukbangga Isyana Bagoes Oka, program itu berjalan.", "Isyana Bagoes Oka", "Wamendukbangga"),
])
def test_cabinet_short_title_is_cut(pipe, text, person, title):
    ents = _ents(pipe, text)
    assert ("PER", person) in _names(ents), _names(ents)
    assert not any(e.name.startswith(title) for e in ents), _names(ents)


def test_short_form_inside_a_regional_body_links_its_later_mentions(pipe):
    ents = _ents(pipe, "Kepala Dinas Kesehatan (Dinkes) Kabupaten Cirebon, Budi Santoso, mengatakan kasus naik. "
                       "Dinkes meminta warga waspada.")
    body = next(e for e in ents if e.name == "Dinas Kesehatan (Dinkes) Kabupaten Cirebon")
    assert "Dinkes" in {m.text for m in body.mentions}
    assert ("PER", "Dinkes") not in _names(ents)


def test_a_title_short_form_does_not_join_the_region(pipe):
    # "(Sekwan)" abbreviates "Sekretaris DPRD", not the body "DPRD"
    names = _names(_ents(pipe, "Sekretaris DPRD (Sekwan) Bantaeng, Andi Rahman, membantah tuduhan itu."))
    assert not any("(Sekwan)" in n for t, n in names), names


def test_a_title_acronym_in_brackets_does_not_join_the_region(pipe):
    # "(Kajari)" is the title "Kepala Kejaksaan Negeri": the body keeps the scan's reading
    names = _names(_ents(pipe, "Surat itu diteken Kepala Kejaksaan Negeri (Kajari) Lembata Budi Santoso kemarin."))
    assert not any("(Kajari)" in n for t, n in names), names
