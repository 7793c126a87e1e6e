"""Session-16 Indonesian name variants (issue 11, names-id8): one regional body written in full and with a one-word
short head, one small unit of administration written with and without its unit word, are one entity each, as the gold
lists one entity with aliases (docs/entities.md, "Session 16"). Sentences written for these tests after the census
constructions (IndoSum rows 900-939)."""

from __future__ import annotations

import pytest

from kabar.record import Article


def _ents(pipe, text, published="2017-10-20", lang="id"):
    return pipe(Article.new(text, lang=lang, published=published)).entities


def _groups(ents):
    return [{m.text for m in e.mentions if m.kind in ("name", "alias", "acronym")} for e in ents]


def _together(ents, a, b):
    return any({a, b} <= g for g in _groups(ents))


# -- a regional body and its one-word short head with the same region ----------------------------------------------

@pytest.mark.parametrize("text, long_, short", [
    ("Majelis hakim Pengadilan Negeri Bengkulu menunda sidang. Juru bicara PN Bengkulu menyebut alasannya.",
     "Pengadilan Negeri Bengkulu", "PN Bengkulu"),
    ("Terdakwa diadili di Pengadilan Negeri Jakarta Utara pekan lalu. Hakim PN Jakarta Utara lalu menolak eksepsi.",
     "Pengadilan Negeri Jakarta Utara", "PN Jakarta Utara"),
    ("Hakim Pengadilan Negeri (PN) Medan menjatuhkan vonis. Putusan PN Medan itu dibacakan Senin.",
     "Pengadilan Negeri (PN) Medan", "PN Medan"),
    ("Ketua Majelis Ulama Indonesia (MUI) Kota Sukabumi meminta warga tenang. MUI Kota Sukabumi akan bertemu polisi.",
     "Majelis Ulama Indonesia (MUI) Kota Sukabumi", "MUI Kota Sukabumi"),
    ("Ketua Organisasi Angkutan Darat (Organda) Pekanbaru menolak aturan itu. Rapat dihadiri Dishub Pekanbaru, "
     "Polresta Pekanbaru, Organda Pekanbaru dan perwakilan pengemudi.",
     "Organisasi Angkutan Darat (Organda) Pekanbaru", "Organda Pekanbaru"),
])
def test_regional_body_and_its_short_head_are_one(pipe, text, long_, short):
    ents = _ents(pipe, text)
    assert _together(ents, long_, short), _groups(ents)


def test_two_bodies_with_one_initials_take_no_short_form(pipe):
    """"PT" would be the initials of both courts: the short form joins neither, and the courts stay apart."""
    text = ("Kasus itu naik ke Pengadilan Tinggi Bengkulu. Sebelumnya Pengadilan Tipikor Bengkulu memvonis terdakwa. "
            "Jaksa di PT Bengkulu belum menjawab.")
    ents = _ents(pipe, text)
    assert not _together(ents, "Pengadilan Tinggi Bengkulu", "Pengadilan Tipikor Bengkulu"), _groups(ents)


@pytest.mark.parametrize("text, a, b", [
    # another region: the branch of another place
    ("Hakim Pengadilan Negeri Medan menolak gugatan itu, dan PN Bengkulu juga menolak.",
     "Pengadilan Negeri Medan", "PN Bengkulu"),
    # another head: initials that are not the short word
    ("Gugatan masuk ke Pengadilan Negeri Medan. Komisi Yudisial menyurati PA Medan.", "Pengadilan Negeri Medan",
     "PA Medan"),
])
def test_other_bodies_stay_apart(pipe, text, a, b):
    ents = _ents(pipe, text)
    assert not _together(ents, a, b), _groups(ents)


# -- a small unit of administration with and without its unit word --------------------------------------------------

@pytest.mark.parametrize("text, long_, short", [
    ("Polisi menggerebek gudang di Kelurahan Leuwigajah, Kota Cimahi. Warga Leuwigajah terkejut.",
     "Kelurahan Leuwigajah", "Leuwigajah"),
    ("Ia meninjau lokasi peletakan batu pertama yaitu di Nagari Kasang, Kecamatan Batang Anai. Lahan di Kasang "
     "sudah dibebaskan.",
     "Nagari Kasang", "Kasang"),
    ("Serangan udara menghantam Distrik Achin di Provinsi Nangarhar. Militan di Achin melarikan diri.",
     "Distrik Achin", "Achin"),
])
def test_unit_of_administration_with_and_without_its_word_is_one(pipe, text, long_, short):
    ents = _ents(pipe, text)
    assert _together(ents, long_, short), _groups(ents)


def test_unit_of_administration_is_a_political_place(pipe):
    """"Gunung Putri" alone reads as a mountain (LOC); with "Kecamatan" it is the district, one GPE."""
    text = ("Banjir melanda Kecamatan Gunung Putri, Kabupaten Bogor. Di Gunung Putri, warga mengungsi ke masjid.")
    ents = _ents(pipe, text)
    e = next(e for e in ents if "Kecamatan Gunung Putri" in {m.text for m in e.mentions})
    assert "Gunung Putri" in {m.text for m in e.mentions} and e.type == "GPE", (e.type, _groups(ents))


def test_regency_and_bare_city_stay_two(pipe):
    """"Kabupaten Bekasi" and "Bekasi" (the city) are two places: kabupaten is no unit word."""
    text = "Pelaku ditangkap di Kabupaten Bekasi, Jawa Barat. Ia lalu dibawa ke Bekasi untuk diperiksa."
    ents = _ents(pipe, text)
    assert not _together(ents, "Kabupaten Bekasi", "Bekasi"), _groups(ents)


# -- a second spelling of one word of a person's name ----------------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Anggota Komisi III DPR Akbar Faisal hadir dalam rapat itu. Menurut Akbar Faizal, kesaksian itu janggal.",
     "Akbar Faisal", "Akbar Faizal"),
    ("Pengasuh pesantren Salahuddin Wahid menilai isu itu keliru. Abdurrahman Wahid pernah menjadi presiden. "
     "Kata Salahudhin Wahid, semua pihak harus tenang.", "Salahuddin Wahid", "Salahudhin Wahid"),
])
def test_second_spelling_of_a_name_is_one_person(pipe, text, a, b):
    ents = _ents(pipe, text)
    assert _together(ents, a, b), _groups(ents)


@pytest.mark.parametrize("text, a, b", [
    # two words differ: a relative, not a second spelling
    ("Salahuddin Wahid menilai isu itu keliru. Abdurrahman Wahid pernah menjadi presiden.",
     "Salahuddin Wahid", "Abdurrahman Wahid"),
    # the differing word is short or hyphen-glued: two persons
    ("Kim Jong-nam tewas di bandara. Kim Jong-un tidak berkomentar.", "Kim Jong-nam", "Kim Jong-un"),
])
def test_other_persons_stay_apart(pipe, text, a, b):
    ents = _ents(pipe, text)
    assert not _together(ents, a, b), _groups(ents)


# -- names-id9: the subject after "tentang" in a law's reference is the law's title, not a body ------------------------

def _names(ents):
    return {m.text for e in ents for m in e.mentions}


@pytest.mark.parametrize("text, subject", [
    ("Pemerintah menerbitkan Peraturan Pemerintah Pengganti Undang-Undang (Perppu) Nomor 2 Tahun 2017 tentang "
     "Organisasi Kemasyarakatan. Sejumlah ormas menolaknya.", "Organisasi Kemasyarakatan"),
    ("Massa menolak Perppu tentang Organisasi Masyarakat di depan gedung parlemen.", "Organisasi Masyarakat"),
    ("Fraksi itu membahas Perppu nomor 1 tahun 2017 tentang akses informasi keuangan dan Perppu nomor 2 tahun 2017 "
     "tentang Organisasi Kemasyarakatan kemarin.", "Organisasi Kemasyarakatan"),
])
def test_law_subject_is_no_body(pipe, text, subject):
    ents = _ents(pipe, text)
    assert subject not in _names(ents), [(e.type, e.name) for e in ents]


@pytest.mark.parametrize("text, name", [
    # no law word before "tentang": a body the sentence talks about
    ("Diskusi tentang Organisasi Kemasyarakatan Pemuda Pancasila digelar di Medan.", "Pemuda Pancasila"),
    # a body the gazetteer knows stays, even as a law's subject
    ("Undang-Undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Korupsi digugat lagi.",
     "Komisi Pemberantasan Korupsi"),
])
def test_names_outside_a_law_subject_stay(pipe, text, name):
    ents = _ents(pipe, text)
    assert any(name in n for n in _names(ents)), [(e.type, e.name) for e in ents]
