"""Session-15 Indonesian classes (issue 11, names-id6): what kabar named on national politics and law news that a
gold annotator would not (docs/entities.md, "Session 15 (names-id6)"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kabar.record import Article


def _ents(pipe, text, published="2025-10-20", lang="id"):
    return pipe(Article.new(text, lang=lang, published=published)).entities


def _names(ents):
    return {(e.type, e.name) for e in ents}


# -- a head of a unit written short is an office: no body, the holder after it ---------------------------------------

@pytest.mark.parametrize("text, not_names, person", [
    ("Ia mengapresiasi Kakorlantas Polri Irjen Agus Suryonugroho atas kepemimpinannya.", ["Kakorlantas Polri"],
     "Agus Suryonugroho"),
    ('"Saya selaku Kakorlantas Polri meminta pengguna jalan patuh," jelasnya di Surabaya.', ["Kakorlantas Polri"], None),
    ("Peserta terpilih akan mengisi jabatan Kasespimti Sespim Lemdiklat Polri tahun depan.",
     ["Kasespimti Sespim Lemdiklat Polri", "Kasespimti"], None),
    ("Dirtipidter Bareskrim Polri Brigjen Nunung Syaifuddin menyebut tambang itu ilegal.", [], "Nunung Syaifuddin"),
    ("Kanit Reskrim Polsek Sako Iptu Andi Saputra mengatakan pelaku sudah ditangkap.", [], "Andi Saputra"),
])
def test_unit_head_written_short_is_an_office(pipe, text, not_names, person):
    names = {n for _, n in _names(_ents(pipe, text))}
    assert not names & set(not_names), names
    if person:
        assert person in names, names


# -- a run after an office, then the office's short title in brackets: the run is the unit, not the person ----------

@pytest.mark.parametrize("text, not_person, person", [
    ("Kepala Puspenkum (Kapuspenkum) Kejagung RI Anang Supriatna menekankan pentingnya informasi yang akurat.",
     "Puspenkum", "Anang Supriatna"),
    ("Hal itu untuk mengisi posisi Kepala Sekolah Pimpinan Tinggi (Kasespimti) Sespim Lemdiklat Polri, kata Irjen Anwar.",
     "Sekolah Pimpinan Tinggi", "Anwar"),
])
def test_bracketed_short_title_after_the_run_makes_it_the_unit(pipe, text, not_person, person):
    ents = _ents(pipe, text)
    assert ("PER", not_person) not in _names(ents), _names(ents)
    assert ("PER", person) in _names(ents), _names(ents)


def test_bracketed_acronym_that_is_no_title_still_ends_a_unit_before_the_name(pipe):
    # the guard: an acronym in brackets is the body's own short form, as before
    ents = _ents(pipe, "Direktur Riset Indonesia Presidential Studies (IPS) Arman Salam menilai hal itu wajar.")
    assert ("PER", "Arman Salam") in _names(ents), _names(ents)


# -- the home country's short form right after a body's name is part of the body --------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Ketua Dewan Perwakilan Daerah (DPD) RI Sultan Baktiar Najamudin menanggapi aksi itu.", "Dewan Perwakilan Daerah"),
    ("Audit itu dilakukan BPKP dan BPK RI, kata Sahroni kepada wartawan.", "BPK"),
    ("Kabid Humas Kejagung RI Irwan Datuiding menambahkan bahwa setiap informasi diverifikasi.", "Kejagung"),
])
def test_ri_after_a_body_is_no_country_entity(pipe, text, body):
    ents = _ents(pipe, text)
    assert ("ORG", body) in _names(ents), _names(ents)
    assert not any(e.type == "GPE" for e in ents), _names(ents)


@pytest.mark.parametrize("text", [
    "Ia menganggap peluang investasi untuk masuk ke RI sangat terbuka.",
    "Pertumbuhan ekonomi RI mencapai 5 persen pada kuartal ketiga.",
])
def test_ri_on_its_own_stays_the_country(pipe, text):
    ents = _ents(pipe, text)
    assert any(e.type == "GPE" and any(m.text == "RI" for m in e.mentions) for e in ents), _names(ents)


# -- a quoted title after "bertajuk", "berjudul": its words are no names ----------------------------------------------

@pytest.mark.parametrize("text, not_names, kept", [
    ("Nasky Putra Tandjung bicara dalam Sarasehan Nasional bertajuk 'Urgensi Reformasi Polri Menuju Institusi "
     "Profesional, Transparan, dan Humanis', yang digelar di Jakarta.", ["Reformasi Polri", "Humanis"],
     ["Nasky Putra Tandjung", "Jakarta"]),
    ('Ia menulis buku berjudul "Jalan Tengah Sistem Pemilu Legislatif di Indonesia" tahun lalu.',
     ["Jalan Tengah Sistem Pemilu Legislatif"], ["Indonesia"]),
])
def test_spans_in_a_quoted_title_are_no_names(pipe, text, not_names, kept):
    names = {n for _, n in _names(_ents(pipe, text))}
    assert not names & set(not_names), names
    assert set(kept) <= names, names


@pytest.mark.parametrize("text, kept", [
    ("Hal ini dia ungkapkan dalam seminar bertema 'Tantangan dan Peluang Ekspor Pasca Kebijakan Trump' di Semarang.",
     ("PER", "Trump")),
])
def test_known_person_and_place_in_a_quoted_title_stay(pipe, text, kept):
    ents = _ents(pipe, text)
    assert kept in _names(ents), _names(ents)


def test_quoted_speech_after_other_words_is_untouched(pipe):
    ents = _ents(pipe, "Ia berkata 'Budi Santoso sudah pulang ke Bandung' kepada wartawan.")
    assert ("PER", "Budi Santoso") in _names(ents), _names(ents)


# -- one regional body written with its bracketed short form, with the short head, or with the region word ------------

@pytest.mark.parametrize("text, forms", [
    ("Kejaksaan Negeri (Kejari) Jember menetapkan lima tersangka. Kepala Kejari Jember Ichwan Efendi membenarkannya.",
     {"Kejaksaan Negeri (Kejari) Jember", "Kejari Jember"}),
    ("Kejaksaan Negeri (Kejari) Bandar Lampung bekerja sama dengan yayasan itu. Jaksa dari Kejaksaan Negeri Kota Bandar "
     "Lampung mendampingi warga.", {"Kejaksaan Negeri (Kejari) Bandar Lampung", "Kejaksaan Negeri Kota Bandar Lampung"}),
    ("DPRD Provinsi Banten menolak usulan itu. Ketua DPRD Banten Fahmi Hakim hadir dalam rapat.",
     {"DPRD Provinsi Banten", "DPRD Banten"}),
])
def test_regional_body_written_two_ways_is_one_entity(pipe, text, forms):
    ents = _ents(pipe, text)
    holders = [e for e in ents if e.type == "ORG" and {m.text for m in e.mentions} & forms]
    assert len(holders) == 1 and forms <= {m.text for m in holders[0].mentions}, _names(ents)


def test_city_police_and_regency_police_stay_two_bodies(pipe):
    # the region word names the body in "Kepolisian Resor Kota" (Polresta), "Pemerintah Kota" (Pemkot)
    ents = _ents(pipe, "Kepolisian Resor Kota Malang dan Polres Malang menggelar razia bersama, Senin (20/10).")
    holders = [e for e in ents if e.type == "ORG"]
    assert len(holders) == 2, _names(ents)
