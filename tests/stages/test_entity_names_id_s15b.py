"""Session-15 Indonesian programme names (issue 11, names-id7): a name right after a programme's or a project's head
noun is no person, body or place; the tune gold leaves such names unmarked or marks them MISC optional
(docs/entities.md, "Session 15 (names-id7)"). Sentences written for these tests after the census constructions."""

from __future__ import annotations

import pytest

from kabar.record import Article


def _ents(pipe, text, published="2025-10-20", lang="id"):
    return pipe(Article.new(text, lang=lang, published=published)).entities


def _mentions(ents):
    return {m.text for e in ents for m in e.mentions}


# -- a programme's or a project's name after its head noun (or opened by it) is no entity ------------------------------

@pytest.mark.parametrize("text, not_mentions, kept", [
    ("Perusahaan itu menyebutnya sebagai program MAMAKU atau Masyarakat Mandiri Kutawaru di Cilacap.",
     ["MAMAKU"], ["Cilacap"]),
    ("Kegiatan ini menandai selesainya proyek Climate Resilient and Inclusive Cities (CRIC) di lima kota.",
     ["Climate Resilient", "Inclusive Cities", "CRIC"], []),
    ("Perusahaan menggelar Proyek Simple Surfactant Flood (SSF) di Lapangan Balam South, Riau.",
     ["Simple Surfactant Flood", "SSF"], ["Riau"]),
    ("Ia mendukung program Sekolah Rakyat (SR) yang digagas pemerintah pusat.", ["Sekolah Rakyat", "SR"], []),
    ("Responden menilai program Sekolah Rakyat dan Kopdes Merah Putih masih belum optimal.",
     ["Sekolah Rakyat", "Kopdes Merah Putih"], []),
    ("Ia menjalankan program BPJS Universal Coverage Health (UCH) di Kabupaten Bekasi.",
     ["Universal Coverage Health", "UCH"], ["Kabupaten Bekasi"]),
    ("Tulisan ini dibuat peserta program Magang Bersertifikat Kampus Merdeka di Jakarta.", ["Merdeka"], ["Jakarta"]),
])
def test_programme_name_after_its_head_noun_is_no_entity(pipe, text, not_mentions, kept):
    mentions = _mentions(_ents(pipe, text))
    assert not mentions & set(not_mentions), mentions
    assert set(kept) <= mentions, mentions


# -- the owner after the head noun stays: an office and its holder, a body, a company, a university's unit ------------

@pytest.mark.parametrize("text, kept", [
    ("Warga menyambut program Presiden Prabowo Subianto untuk desa.", ("PER", "Prabowo Subianto")),
    ("Anggaran itu dipakai untuk program Kementerian Sosial di daerah terpencil.", ("ORG", "Kementerian Sosial")),
    ("Proyek itu dikerjakan oleh PT Wijaya Karya di Semarang.", ("ORG", "PT Wijaya Karya")),
    ("Mahasiswa Program Studi Sosiologi FISIP Unud itu meninggal setelah jatuh dari gedung FISIP Unud, Denpasar.",
     ("ORG", "FISIP Unud")),
    ("Program Kerja Nyata dipimpin oleh Wali Kota Surabaya Eri Cahyadi.", ("PER", "Eri Cahyadi")),
])
def test_owner_after_a_programme_head_stays(pipe, text, kept):
    ents = _ents(pipe, text)
    assert kept in {(e.type, e.name) for e in ents}, [(e.type, e.name) for e in ents]


# -- a numbered list run together by the scraped text: the glued number is no part of the name before it -------------

@pytest.mark.parametrize("text, names", [
    ("Wilayah itu terbagi dalam delapan kecamatan, yaitu:\n\n1. Kecamatan Gambir2. Kecamatan Menteng3. Kecamatan Tanah "
     "Abang4. Kecamatan Senen", {"Kecamatan Gambir", "Kecamatan Menteng", "Kecamatan Tanah Abang"}),
    ("Menteri dengan kinerja terburuk menurut survei itu:\n\n1. Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil "
     "Lahadalia2. Menteri HAM Natalius Pigai3. Menteri Kebudayaan Fadli Zon", {"Bahlil Lahadalia", "Natalius Pigai"}),
    ("KPK memeriksa para saksi berikut:\n\n1. Siti Aisyah, Direktur PT Saibah Mulia Mandiri2. Mochamad Iqbal, "
     "pegawai swasta", {"PT Saibah Mulia Mandiri", "Mochamad Iqbal"}),
])
def test_glued_list_number_ends_the_name(pipe, text, names):
    got = {e.name for e in _ents(pipe, text)}
    assert names <= got, got


@pytest.mark.parametrize("text, glued", [
    ("Mobil itu sudah memenuhi standar Euro3. Kapasitas mesinnya 1.500 cc.", "Euro3"),  # no list before it
    ("Daftar:\n\n1. Kecamatan Gambir3. Kecamatan Menteng", "Gambir3"),  # 3 does not follow 1
])
def test_number_glued_outside_a_list_stays_one_word(text, glued):
    from kabar.text.sentences import make_doc, nlp_for

    assert glued in [t.text for t in make_doc(nlp_for("id"), text)]


def test_glued_list_number_is_split_off():
    from kabar.text.sentences import make_doc, nlp_for

    words = [t.text for t in make_doc(nlp_for("id"), "Daftar:\n\n1. Kecamatan Gambir2. Kecamatan Menteng3. Senen")]
    assert words[words.index("Gambir"):words.index("Gambir") + 3] == ["Gambir", "2", "."], words
    assert "Menteng" in words and "3" in words, words
