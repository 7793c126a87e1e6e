"""Session-6 Indonesian name classes found by an entity census over unlabelled detik-2025 and IndoSum
articles (issue 11, names-id): places inside longer names, and a unit name between a title and the
person's name. Sentences written for these tests.

The blocks after it (each headed "# ---" with a note of where its cases came from) hold the later sessions' classes;
those from the term acronyms on were the session files test_entity_names_id_s12.py ... test_entity_names_id_s16.py
(with _s15b.py), each keeping its own reader where it differed (``_ents_2017`` reads as of 20 October 2017)."""

from __future__ import annotations

import pytest

from kabar.record import Article


def _ents(pipe, text, published="2025-10-20", lang="id"):
    return pipe(Article.new(text, lang=lang, published=published)).entities


def _by_name(ents):
    return {(e.type, e.name): e for e in ents}


def _names(ents):
    return {(e.type, e.name) for e in ents}


def _mention_texts(ents):
    return {m.text for e in ents for m in e.mentions}


def test_province_and_home_country_inside_a_name_are_no_entities(pipe):
    ents = _ents(pipe, "Polda Jawa Tengah menangkap dua orang di sebuah gudang. Majelis Ulama Indonesia "
                       "mengecam perbuatan itu, begitu pula Kementerian Luar Negeri Jepang.")
    names = _by_name(ents)
    assert ("ORG", "Polda Jawa Tengah") in names
    assert ("GPE", "Jawa Tengah") not in names
    assert not any(e.type == "GPE" and e.name in ("Indonesia", "RI") for e in ents)
    assert ("GPE", "Jepang") in names  # a foreign country says whose ministry: it stays


def test_place_inside_a_name_that_also_stands_alone_is_found(pipe):
    ents = _ents(pipe, "Polda Jawa Tengah menyiagakan personel. Hujan deras turun di Jawa Tengah sejak pagi.")
    gpe = _by_name(ents).get(("GPE", "Jawa Tengah"))
    assert gpe is not None and len(gpe.mentions) == 1


def test_body_between_title_and_apposed_name_is_no_person(pipe):
    ents = _ents(pipe, "Kepala Sanggar Tari Lentera, Wulan Sekarsari, datang ke balai desa.")
    names = _by_name(ents)
    assert ("PER", "Wulan Sekarsari") in names
    assert names[("PER", "Wulan Sekarsari")].title == "Kepala Sanggar Tari Lentera"
    assert not any(e.type == "PER" and "Lentera" in e.name for e in ents)


def test_bracketed_acronym_then_name_after_title(pipe):
    ents = _ents(pipe, "Direktur Eksekutif Lembaga Kajian Nusantara Raya (LKNR) Bagus Hermawan menilai kebijakan itu tepat.")
    names = _by_name(ents)
    assert ("PER", "Bagus Hermawan") in names
    assert not any(e.type == "PER" and "Nusantara" in e.name for e in ents)


def test_list_of_names_after_a_title_keeps_the_first_person(pipe):
    ents = _ents(pipe, "Anggota DPRD Rudi Hartono, Siti Aminah, dan Joko Susilo hadir dalam rapat.")
    names = _by_name(ents)
    assert names[("PER", "Rudi Hartono")].title == "Anggota DPRD"


def test_common_noun_acronyms_are_no_entities(pipe):
    ents = _ents(pipe, "Investasi PMA dan PMDN naik tahun ini. Warga mengurus SKCK dan BPKB, lalu KPU menggelar PSU.")
    names = {e.name for e in ents}
    assert not names & {"PMA", "PMDN", "SKCK", "BPKB", "PSU"}
    assert "KPU" in names


def test_unit_head_after_generic_acronym_or_field_opens_a_name(pipe):
    ents = _ents(pipe, "Dapur SPPG Polda Kalteng sudah beroperasi. Kasubbid Penmas Polda Kalteng AKBP Dewi Lestari "
                       "mengatakan dapur itu melayani tiga sekolah.")
    names = _by_name(ents)
    assert ("ORG", "Polda Kalteng") in names
    assert not any(e.type == "GPE" and e.name in ("Kalteng", "Kalimantan Tengah") for e in ents)
    assert ("PER", "Dewi Lestari") in names


def test_short_head_word_groups_with_the_written_out_name(pipe):
    ents = _ents(pipe, "Kejaksaan Negeri Sleman menahan seorang kepala desa. Menurut Kejari Sleman, "
                       "uang itu dipakai untuk keperluan pribadi.")
    orgs = [e for e in ents if e.type == "ORG" and "Sleman" in e.name]
    assert len(orgs) == 1
    assert {m.text for m in orgs[0].mentions} == {"Kejaksaan Negeri Sleman", "Kejari Sleman"}


def test_person_before_an_apposed_relative_stays_a_person(pipe):
    ents = _ents(pipe, "Istri Ketua Koperasi Maju Bersama Hendra Gunawan, Ratna Dewi Lestari dipanggil penyidik. "
                       "Gunawan sendiri belum diperiksa.")
    assert any(e.type == "PER" and e.name == "Hendra Gunawan" for e in ents)


# Session 7 (names-id): classes from a census of 300 unlabelled detik-2025 articles. Sentences written for these tests.

def test_acronym_unit_between_title_and_name_is_part_of_the_office(pipe):
    ents = _ents(pipe, "Menteri PKR Sutan Wiradinata meninjau lokasi banjir. Direktur Layanan Peserta BPJS Kesehatan "
                       "Ratna Kumalasari menyebut klaim naik.")
    names = _by_name(ents)
    assert ("PER", "Sutan Wiradinata") in names and names[("PER", "Sutan Wiradinata")].title == "Menteri PKR"
    assert ("PER", "Ratna Kumalasari") in names
    assert not any(e.type == "PER" and ("PKR" in e.name or "Kesehatan" in e.name) for e in ents)


def test_initials_between_given_name_and_surname_stay_in_the_name(pipe):
    ents = _ents(pipe, "Mantan Presiden AS George HW Bush pernah berkunjung ke Bali.")
    assert ("PER", "George HW Bush") in _by_name(ents)


def test_lone_acronym_after_an_office_is_a_body_but_after_saudara_initials(pipe):
    ents = _ents(pipe, "Kepala BPKN menyampaikan hasil kajian. Penyidik memeriksa Saudara RWT di gedung itu.")
    assert not any(e.type == "PER" and e.name == "BPKN" for e in ents)
    assert ("PER", "RWT") in _by_name(ents)


def test_acronyms_only_after_a_title_name_no_person(pipe):
    ents = _ents(pipe, "Wakil Ketua HMJ FTI hadir dalam diskusi itu bersama mahasiswa lain.")
    assert not any(e.type == "PER" for e in ents)


def test_derived_field_noun_after_a_title_is_no_person(pipe):
    ents = _ents(pipe, "Pengamat Perkotaan menilai trotoar itu sempit. Bendahara Pengeluaran dipanggil auditor.")
    assert not any(e.type == "PER" for e in ents)


def test_utama_after_a_title_belongs_to_the_office(pipe):
    ents = _ents(pipe, "Mantan Komisaris Utama Bank Sentosa Raya diperiksa jaksa kemarin.")
    assert not any(e.type == "PER" for e in ents)


def test_organisation_that_swallowed_a_person_written_alone_later(pipe):
    ents = _ents(pipe, "Kepala Dinas PUPR Jambi Hendra Kusnadi meninjau jembatan itu. Menurut Hendra, perbaikan "
                       "selesai bulan depan.")
    names = _by_name(ents)
    assert ("PER", "Hendra Kusnadi") in names
    assert not any(e.type == "ORG" and "Hendra" in e.name for e in ents)


def test_initials_after_a_rank_are_a_person(pipe):
    ents = _ents(pipe, "Brigpol KRS dan Bripda TNA diperiksa Propam setelah kejadian itu.")
    assert any(e.type == "PER" and e.name == "KRS" for e in ents)


def test_two_bodies_joined_by_dan_are_two_organisations(pipe):
    ents = _ents(pipe, "Kejati dan Kejari menggelar rapat koordinasi. Kementerian Kesehatan dan BPOM menarik obat itu. "
                       "Partai Demokrat dan Partai Republik berbeda pendapat.")
    orgs = {e.name for e in ents if e.type == "ORG"}
    assert not any(" dan " in o or o.endswith(" dan") for o in orgs)
    assert {"Kementerian Kesehatan", "Partai Demokrat", "Partai Republik"} <= orgs


def test_dan_inside_a_ministry_name_stays(pipe):
    ents = _ents(pipe, "Kementerian Pendidikan dan Kebudayaan menerbitkan aturan baru.")
    assert ("ORG", "Kementerian Pendidikan dan Kebudayaan") in _by_name(ents)


def test_unit_of_a_known_body_is_an_organisation_but_a_building_a_place(pipe):
    ents = _ents(pipe, "Badan Riset dan Inovasi Daerah menggelar pameran. Inovasi itu dipamerkan di Gedung DPR RI. "
                       "Satlantas Polres Bogor menutup jalan.")
    names = _by_name(ents)
    assert ("ORG", "Badan Riset dan Inovasi Daerah") in names
    assert ("LOC", "Gedung DPR RI") in names
    assert not any(e.type == "PER" for e in ents)


def test_law_by_title_and_holiday_are_misc(pipe):
    ents = _ents(pipe, "Buruh menolak UU Cipta Kerja. Menjelang Idul Fitri, harga beras naik di Desa Sukamaju.")
    names = _by_name(ents)
    assert ("MISC", "UU Cipta Kerja") in names and ("MISC", "Idul Fitri") in names
    assert not any(e.type == "PER" for e in ents)


def test_body_acronym_before_a_province_or_city_is_its_branch(pipe):
    ents = _ents(pipe, "DPRD Jawa Tengah menggelar rapat paripurna. YLBHI Surabaya mendampingi warga. "
                       "Sidang digelar di PN Jakarta Utara. Harga BBM Jakarta tidak berubah.")
    names = _by_name(ents)
    assert ("ORG", "DPRD Jawa Tengah") in names and ("ORG", "YLBHI Surabaya") in names
    assert ("ORG", "PN Jakarta Utara") in names
    assert not any("BBM" in e.name for e in ents)


def test_degrees_and_honorifics_are_no_part_of_the_name(pipe):
    ents = _ents(pipe, "Dekan Prof. Dr. Ir. Wahyu Pranoto membuka acara. Kapolres AKBP Rudi Hartanto SIK MH menjelaskan "
                       "kronologi. Berkas 212-PKE-DKPP dibacakan.")
    names = _by_name(ents)
    assert ("PER", "Wahyu Pranoto") in names and ("PER", "Rudi Hartanto") in names
    assert not any(e.name.startswith("212") for e in ents)


def test_acronym_defined_by_lower_case_words_is_no_name(pipe):
    ents = _ents(pipe, "Penyidik menemukan dugaan penyalahgunaan dana hibah (PDH) di kabupaten itu. Kasus PDH itu "
                       "ditangani Kejaksaan Negeri Sleman.")
    assert not any(e.name == "PDH" for e in ents)
    assert ("ORG", "Kejaksaan Negeri Sleman") in _by_name(ents)


def test_model_person_holding_an_organisation_head_word_is_no_person(pipe):
    ents = _ents(pipe, "Ia aktif sebagai pengurus Himatek Fakultas Teknik Universitas Mulawarman sejak 2020.")
    assert not any(e.type == "PER" and "Universitas" in e.name for e in ents)


# Session-8 classes (names-id, entity census of 298 unlabelled detik-2025 articles); sentences written for these tests.

def test_constitution_with_its_year_is_a_law_not_a_place(pipe):
    ents = _ents(pipe, "Pemohon menilai pasal itu bertentangan dengan Undang-Undang Dasar Negara Republik Indonesia "
                       "Tahun 1945 dan meminta hakim membatalkannya.")
    assert not any(e.type == "GPE" and "Dasar" in e.name for e in ents)
    assert ("MISC", "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945") in _by_name(ents)


def test_police_headquarters_written_short_are_bodies(pipe):
    ents = _ents(pipe, "Massa bergerak ke Mako Brimob Kwitang. Pelapor lalu diperiksa di Mapolda Metro Jaya, dan "
                       "penyidik Kortas Tipikor memeriksa saksi lain di Mapolresta Sidoarjo.")
    names = _by_name(ents)
    for name in ("Mako Brimob Kwitang", "Mapolda Metro Jaya", "Kortas Tipikor", "Mapolresta Sidoarjo"):
        assert ("ORG", name) in names, name
    assert not any(e.type == "GPE" and e.name.startswith(("Ma", "Kortas")) for e in ents)


def test_word_glued_to_the_outlet_name_is_no_name(pipe):
    ents = _ents(pipe, "Pantauandetikcom di lokasi, ratusan warga sudah antre sejak pagi. Simak videonya di "
                       "TikTokdetikcom.")
    assert not any("detik" in e.name for e in ents)


def test_hyphenated_pair_of_persons_is_two_persons(pipe):
    ents = _ents(pipe, "Survei itu menilai kinerja pemerintahan Prabowo-Gibran cukup baik. Prabowo menyambut hasil "
                       "survei tersebut. Perseteruan Trump-Musk kembali memanas setelah Musk mengkritik Trump.")
    names = _by_name(ents)
    assert not any("-" in e.name for e in ents)
    assert ("PER", "Prabowo") in names and ("PER", "Trump") in names and ("PER", "Musk") in names
    assert any(m.text == "Prabowo" and m.start > 50 for m in names[("PER", "Prabowo")].mentions)


def test_nation_as_a_whole_is_no_group_entity(pipe):
    ents = _ents(pipe, "Kebijakan itu dibuat untuk kepentingan rakyat Indonesia dan masa depan bangsa Indonesia.")
    assert not any(e.type == "NORP" for e in ents)
    assert ("GPE", "Indonesia") in _by_name(ents)


def test_programme_name_is_no_person(pipe):
    ents = _ents(pipe, "Kementerian itu dinilai berperan dalam menjalankan program Asta Cita pemerintah.")
    assert not any(e.type == "PER" for e in ents)


def test_common_word_opening_a_sentence_is_no_part_of_a_name(pipe):
    ents = _ents(pipe, "Jaksa Agung ST Burhanuddin berjanji menuntaskan kasus itu. Janji Burhanuddin diucapkan saat "
                       "kejaksaan menyerahkan uang pengganti. Menurut dia, janji itu akan ditepati.")
    assert not any("Janji" in e.name for e in ents)


def test_division_team_council_and_grade_after_a_title_are_no_persons(pipe):
    ents = _ents(pipe, "Syahmirwan selaku Kepala Divisi Investasi PT AJS menyetujui skema itu. Menko Pangan menjabat "
                       "Ketua Tim Pengarah kegiatan itu. Ketua Kwartir Nasional (Kwarnas), Adhyaksa Dault, hadir. "
                       "Sidang dihadiri pejabat Eselon I kementerian.")
    names = _by_name(ents)
    assert ("PER", "Adhyaksa Dault") in names and ("PER", "Syahmirwan") in names
    for word in ("Divisi", "Tim", "Kwartir", "Eselon"):
        assert not any(e.type == "PER" and word in e.name for e in ents), word


def _types(ents):
    return {e.name: e.type for e in ents}


def test_region_after_a_regional_office_is_a_place_not_part_of_the_holder(pipe):
    # detik-2025 census: the region the gazetteer knows, glued to the holder's name after "Bupati", "Wali Kota"
    ents = _types(_ents(pipe, "Pertemuan itu dihadiri Bupati Agam Benni Warlis dan Wali Kota Sukabumi Ayep Zaki "
                                "di Padang. Hadir pula Wakil Bupati Karawang Maslani."))
    for person in ("Benni Warlis", "Ayep Zaki", "Maslani"):
        assert ents.get(person) == "PER", ents
    for place in ("Agam", "Sukabumi", "Karawang"):
        assert ents.get(place) == "GPE", ents
    assert not any(n.startswith(("Agam ", "Sukabumi ", "Karawang ")) for n in ents), ents


def test_given_name_that_is_a_district_after_a_regional_office_stays_the_name(pipe):
    # "Bambang" and "Guntur" are districts (admin3), not regions a regent or police chief governs
    ents = _types(_ents(pipe, "Bupati Bambang Sutrisno meninjau lokasi bersama Kapolres Guntur Wibowo."))
    assert ents.get("Bambang Sutrisno") == "PER", ents
    assert ents.get("Guntur Wibowo") == "PER", ents


def test_region_of_two_words_after_a_regional_office_stays_whole(pipe):
    ents = _types(_ents(pipe, "Rapat digelar di kantor Wali Kota Jakarta Timur, Senin (20/10)."))
    assert ents.get("Jakarta Timur") == "GPE", ents
    assert "Timur" not in ents, ents


def test_unit_name_after_a_regional_office_written_inside_a_known_name_stays_whole(pipe):
    # "Metro" is a city, but "Metro Jaya" is the unit of "Polda Metro Jaya", written so in the same text
    ents = _types(_ents(pipe, "Gedung Polda Metro Jaya itu dibangun saat Firman Gani menjabat Kapolda Metro Jaya."))
    assert "Jaya" not in ents and "Metro" not in ents, ents


def test_place_name_alias_of_a_body_in_an_address_chain_is_a_place(pipe):
    # detik-2025 census: "Senayan" (an alias of the DPR) between commas before the city names the place
    ents = {e.name: (e.type, e.actor) for e in _ents(pipe, "Rapat digelar di Gedung Nusantara, Kompleks Parlemen, "
                                                           "Senayan, Jakarta, Selasa (21/10). DPR menyetujui usulan itu.")}
    assert ents.get("Senayan", (None,))[0] == "GPE", ents
    assert ents.get("DPR") == ("ORG", "IDNLEG"), ents
    # a body's own short name before the city stays the body
    ents = _types(_ents(pipe, "Jumpa pers digelar di Mabes Polri, Jakarta Selatan, Selasa (21/10)."))
    assert ents.get("Mabes Polri") == "ORG", ents


# Session 9 (names-id, issue 11): classes from a census of 298 detik-2025 + 100 IndoSum articles. Invented sentences.

def test_bracketed_nickname_and_glued_short_form_join_their_entity(pipe):
    ents = _ents(pipe, "Menteri Sosial Saifullah Yusuf (Gus Ipul) meninjau Kementerian Sosial (Kemensos) di Jakarta. "
                       "Gus Ipul mengatakan Kemensos siap menyalurkan bantuan.")
    names = _by_name(ents)
    per = names[("PER", "Saifullah Yusuf")]
    assert {m.text for m in per.mentions} >= {"Saifullah Yusuf", "Gus Ipul"}
    org = names[("ORG", "Kementerian Sosial")]
    assert "Kemensos" in {m.text for m in org.mentions}
    assert not any(e.name in ("Gus Ipul", "Kemensos") for e in ents)


def test_glued_short_form_without_definition_joins_the_one_ministry_it_fits(pipe):
    ents = _ents(pipe, "Bantuan itu disalurkan Kementerian Sosial bersama Kementerian Keuangan. "
                       "Kemensos memastikan data penerima sudah diperbarui.")
    names = _by_name(ents)
    assert "Kemensos" in {m.text for m in names[("ORG", "Kementerian Sosial")].mentions}
    assert "Kemensos" not in {m.text for m in names[("ORG", "Kementerian Keuangan")].mentions}


def test_party_in_brackets_after_a_person_is_no_nickname(pipe):
    ents = _ents(pipe, "Pada 2022 Joe Biden (Demokrat) kehilangan mayoritas di parlemen. Biden lalu berkampanye.")
    names = _by_name(ents)
    assert "Demokrat" not in {m.text for m in names[("PER", "Joe Biden")].mentions}


def test_place_in_brackets_after_an_organisation_is_no_short_form(pipe):
    ents = _ents(pipe, "Renita dilatih di Pusat Misi Internasional Polri (Serpong) selama tujuh bulan.")
    assert not any(e.type == "ORG" and "Serpong" in {m.text for m in e.mentions} for e in ents)


def test_initials_of_a_person_named_in_full_are_that_person(pipe):
    ents = _ents(pipe, "KPK memeriksa saksi untuk Saudara Lukas Enembe. Orang-orang yang bersama Saudara LE "
                       "harus dimintai pertanggungjawaban, kata Budi Prasetyo. KPK juga menahan tersangka berinisial BP.")
    names = _by_name(ents)
    assert "LE" in {m.text for m in names[("PER", "Lukas Enembe")].mentions}
    assert "BP" not in {m.text for m in names[("PER", "Budi Prasetyo")].mentions}
    assert not any(e.name == "LE" for e in ents)


def test_two_word_short_form_in_brackets_after_an_organisation(pipe):
    ents = _ents(pipe, "Hakim Pengadilan Negeri Jakarta Selatan (PN Jaksel) memutus perkara itu. PN Jaksel menolak gugatan.")
    org = _by_name(ents)[("ORG", "Pengadilan Negeri Jakarta Selatan")]
    assert "PN Jaksel" in {m.text for m in org.mentions}
    assert not any(e.name == "PN Jaksel" for e in ents)


def test_acronym_followed_by_its_lower_case_words_is_no_name(pipe):
    ents = _ents(pipe, "Penyidik menyita uang, catatan, dan BBE (barang bukti elektronik), kata Budi Santoso.")
    assert not any(e.name == "BBE" for e in ents)


def test_english_corporate_office_before_a_name_is_no_organisation(pipe):
    ents = _ents(pipe, "Vice President Corporate Communication Pertamina, Fadjar Djoko Santoso, menambahkan program itu berlanjut.")
    names = _by_name(ents)
    assert ("PER", "Fadjar Djoko Santoso") in names
    assert not any(e.type == "ORG" and "Corporate" in e.name for e in ents)


def test_social_ministry_apps_are_misc(pipe):
    ents = _ents(pipe, "Warga dapat mengecek status bantuan melalui aplikasi Cek Bansos dan SIKS-NG milik pemerintah.")
    types = {e.name: e.type for e in ents}
    assert types.get("Cek Bansos") == "MISC" and types.get("SIKS-NG") == "MISC"


def test_two_full_names_of_one_person_sharing_the_surname_are_one_entity(pipe):
    ents = _ents(pipe, "Terdakwa Thomas Trikasih Lembong hadir di pengadilan. Tom Lembong mengatakan ia tidak bersalah.")
    per = _by_name(ents)[("PER", "Thomas Trikasih Lembong")]
    assert "Tom Lembong" in {m.text for m in per.mentions}


def test_relatives_sharing_a_surname_stay_two_persons(pipe):
    ents = _ents(pipe, "Susilo Bambang Yudhoyono datang bersama Agus Harimurti Yudhoyono. Agus Harimurti Yudhoyono lalu berpidato.")
    names = _by_name(ents)
    assert ("PER", "Susilo Bambang Yudhoyono") in names and ("PER", "Agus Harimurti Yudhoyono") in names


def test_head_word_with_the_acronym_of_the_rest_and_a_company_without_its_form(pipe):
    ents = _ents(pipe, "Kementerian Pekerjaan Umum terus mempercepat penanganan jalan. Saat ini Kementerian PU bekerja di Aceh. "
                       "PT Pindad memproduksi kendaraan taktis. Pindad siap menambah produksi.")
    names = _by_name(ents)
    assert "Kementerian PU" in {m.text for m in names[("ORG", "Kementerian Pekerjaan Umum")].mentions}
    assert "Pindad" in {m.text for m in names[("ORG", "PT Pindad")].mentions}


# --- session 10 (names-id): census of 250 detik + 60 IndoSum articles past the earlier slices ---------------------



@pytest.mark.parametrize("text,absent", [
    # a programme's title-case phrase opened by a field noun: its last words are no person
    ("KPK mendorong pencegahan suap dalam proses Penerimaan Peserta Didik Baru (PPDB) tahun ini.", "Didik Baru"),
    ("Sekolah itu menunda Penerimaan Peserta Didik Baru sampai Juli.", "Didik Baru"),
    # "majelis hakim" is an office: the judge's name is no body's
    ("Setelah itu Ketua Majelis Hakim Ni Luh Suastini membacakan vonis.", "Majelis Hakim Ni Luh Suastini"),
    # "Jenderal" of a consulate general is no rank: the city after it is no person
    ("Acara berlangsung di Kantor Konsulat Jenderal Republik Indonesia, Melbourne, pada Juli.", "Kantor Konsulat"),
    # "ibu kota" is a capital, not "Ibu" + a person
    ("Prabowo menargetkan IKN menjadi Ibu Kota Politik Indonesia pada 2028.", "Kota Politik Indonesia"),
    # the office before a holder's name, not a person
    ("Ruang kerja Pejabat Pembuat Komitmen (PPK) Dinas PUPR Lembata digeledah.", "Pembuat Komitmen"),
    ("Siswa penerima KJP Plus mendapat bantuan.", "KJP"),
    ("Rupiah melemah terhadap KRW dan JPY pagi ini.", "KRW"),
    # the English body's words before its head are the title's, not the body's
    ("Direktur Eksekutif Institute for Development of Economics and Finance (INDEF) Tauhid Ahmad berpendapat.",
     "Direktur Eksekutif Institute for Development of Economics and Finance"),
])
def test_session10_spurious_names_are_gone(pipe, text, absent):
    assert not any(e.name == absent for e in _ents(pipe, text)), absent


@pytest.mark.parametrize("text,name", [
    # the field-phrase rule needs two capitalised words before the span, not the sentence's first word
    ("Perseteruan Trump-Musk kembali memanas setelah Musk mengkritik Trump.", "Musk"),
    ("Ia bertemu direktur Penindakan Budi Santoso kemarin.", "Budi Santoso"),
    # an office's fields joined by "dan" before the holder are no programme phrase
    ("Manajer Riset dan Pengetahuan The Prakarsa Roby Rushandie menilai pasar akan anjlok.", "Roby Rushandie"),
    ("Wakil Ketua Bidang Keuangan & Pengembangan Bisnis Asphirasi Tauhid Hamdi mendukung rencana itu.",
     "Tauhid Hamdi"),
    # a given name recurring alone is no unit before the surname
    ("Kapolres Budi Santoso mengatakan hal itu. Budi juga menyebut pelaku ditangkap.", "Budi Santoso"),
    # a year after the month: a date, not part of the name
    ("Acara digelar di Gedung Sate pada 17 Agustus 2025.", "Gedung Sate"),
])
def test_session10_names_kept(pipe, text, name):
    assert any(e.name == name and e.type == "PER" or e.name == name for e in _ents(pipe, text)), name


def test_session10_date_after_name_stays_out_of_it(pipe):
    ents = _ents(pipe, "Peringatan itu digelar di Gedung Sate pada 17 Agustus 2025.")
    assert not any("Agustus" in e.name for e in ents)


@pytest.mark.parametrize("text,place,holder", [
    ("Pertemuan itu dihadiri Wali Kota Bogor Dedie Rachim di Padang.", "Bogor", "Dedie Rachim"),
    ("Pertemuan itu dihadiri Wali Kota Sukabumi Ayep Zaki di Padang.", "Sukabumi", "Ayep Zaki"),
])
def test_city_after_wali_kota_does_not_take_the_titles_kota(pipe, text, place, holder):
    # the gazetteer knows "Kota Bogor" (and, since the Sukabumi repair, "Kota Sukabumi"): its "Kota" is the title's
    ents = _types(_ents(pipe, text))
    assert ents.get(place) == "GPE" and ents.get(holder) == "PER", ents
    assert "Kota " + place not in ents, ents


# --- session 11 (names-id2): name variants of one referent joined, false joins undone (census of 60 fresh
# detik-2025 articles past the slices of sessions 7-10; sentences written for these tests)

@pytest.mark.parametrize("text,full,nick", [
    ("Menteri Sosial Saifullah Yusuf atau Gus Ipul menyampaikan program itu. \"Sudah dimulai,\" kata Gus Ipul.",
     "Saifullah Yusuf", "Gus Ipul"),
    ("Wasekjen PBNU KH Maksum Faqih atau Gus Maksum mendukung Menteri Keuangan. Gus Maksum menyebut itu wajar.",
     "Maksum Faqih", "Gus Maksum"),
    ("Ketua Umum Rudi Hartawan, yang akrab disapa Kang Rudi, hadir di sana. Kang Rudi lalu berpidato.",
     "Rudi Hartawan", "Kang Rudi"),
])
def test_call_name_after_or_or_a_nickname_phrase_joins_the_person(pipe, text, full, nick):
    names = _by_name(_ents(pipe, text))
    assert nick in {m.text for m in names[("PER", full)].mentions}
    assert ("PER", nick) not in names


def test_second_person_after_or_stays_apart(pipe):
    names = _by_name(_ents(pipe, "Warga memilih antara Prabowo Subianto atau Anies Baswedan. Anies Baswedan kalah."))
    assert ("PER", "Prabowo Subianto") in names and ("PER", "Anies Baswedan") in names


def test_relatives_with_the_same_initial_and_surname_stay_two_persons(pipe):
    names = _by_name(_ents(pipe, "Ayah Raline Shah, Rahmat Shah, ditipu. Pelaku berpura-pura menjadi Raline Shah dan "
                                 "menghubungi Rahmat Shah."))
    assert ("PER", "Raline Shah") in names and ("PER", "Rahmat Shah") in names


def test_second_spelling_of_a_given_name_stays_one_person(pipe):
    names = _by_name(_ents(pipe, "Ketua KPU Mochammad Afifuddin hadir. Muhammad Afifuddin berkata rapat ditunda."))
    per = names[("PER", "Mochammad Afifuddin")]
    assert "Muhammad Afifuddin" in {m.text for m in per.mentions}


def test_lone_surname_shared_by_two_persons_does_not_join_them(pipe):
    ents = _ents(pipe, "David Beckham terkenal sebagai pemain bola. Beckham kini pensiun bersama sang istri, Victoria "
                       "Beckham, dan anak-anaknya. Keluarga Beckham tinggal di London.")
    names = _by_name(ents)
    assert ("PER", "David Beckham") in names and ("PER", "Victoria Beckham") in names


def test_bare_acronym_that_is_the_rest_of_one_body_joins_it(pipe):
    names = _by_name(_ents(pipe, "Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia angkat bicara. "
                                 "Bahlil melanjutkan, Kementerian ESDM sudah memberikan kuota impor."))
    assert "ESDM" in {m.text for m in names[("ORG", "Kementerian ESDM")].mentions}
    assert ("ORG", "ESDM") not in names


@pytest.mark.parametrize("text,a,b", [
    ("Langkah ini didukung oleh Polda Kalimantan Timur. Kasubdit Harda Ditreskrimum Polda Kaltim, AKBP Harun "
     "Purwoko, hadir.", "Polda Kalimantan Timur", "Polda Kaltim"),
    ("Tim itu melakukan monitoring ke Polda Bangka Belitung. Kepala tim ditemui di Polda Babel, Selasa.",
     "Polda Bangka Belitung", "Polda Babel"),
    ("Pemprov Jabar menolak usulan itu. Pemerintah Provinsi Jawa Barat menyatakan anggaran tidak cukup.",
     "Pemerintah Provinsi Jawa Barat", "Pemprov Jabar"),
])
def test_branch_named_with_two_forms_of_its_region_is_one_body(pipe, text, a, b):
    ents = _ents(pipe, text)
    orgs = [e for e in ents if e.type == "ORG" and {a, b} <= {m.text for m in e.mentions}]
    assert len(orgs) == 1


def test_branches_of_two_regions_stay_two(pipe):
    ents = _ents(pipe, "DPRD Jawa Barat dan DPRD Jateng menggelar rapat bersama.")
    assert len([e for e in ents if e.type == "ORG" and e.name.startswith("DPRD")]) == 2


@pytest.mark.parametrize("text,place,acronym", [
    ("Perusahaan itu mengikuti The 40th Trade Expo Indonesia (TEI) 2025 di Tangerang. Pada TEI 2025 ia menandatangani "
     "kesepakatan dengan mitra dari Indonesia.", "Indonesia", "TEI"),
    ("Ada PT Sarana Multi Infrastruktur dan PT Penjaminan Infrastruktur Indonesia (PII) yang ikut terlibat. PII "
     "menjamin proyek di Indonesia.", "Indonesia", "PII"),
    ("Pemerintah tak akan menggunakan APBN untuk membayar utang proyek Kereta Cepat Jakarta-Bandung (KCJB). KCJB "
     "melayani warga Bandung.", "Bandung", "KCJB"),
])
def test_bracketed_acronym_after_a_body_ending_in_a_place_is_not_the_place(pipe, text, place, acronym):
    ents = _ents(pipe, text)
    gpe = _by_name(ents).get(("GPE", place))
    assert gpe is not None and acronym not in {m.text for m in gpe.mentions}


def test_place_acronym_in_brackets_still_joins_the_place(pipe):
    ents = _ents(pipe, "Banjir melanda Nusa Tenggara Barat (NTB) sejak Senin. Pemerintah NTB menyiapkan bantuan.")
    gpe = _by_name(ents)[("GPE", "Nusa Tenggara Barat")]
    assert "NTB" in {m.text for m in gpe.mentions}


@pytest.mark.parametrize("text,holder,body", [
    ("Layanan ini aman dan nyaman, ujar Andre Utama, VP Sales & Marketing Damai Putra Group, dalam keterangannya.",
     "Andre Utama", "Damai Putra Group"),
    ("Hal itu juga ditekankan oleh Wahyudin Sunarya, VP Marketing, Legal & Business Support HCML. Ia menyatakan "
     "bahwa pertumbuhan akan stagnan.", "Wahyudin Sunarya", "HCML"),
    ("Hal itu disampaikan Ahmad Yani, Ketua Panitia Lomba, kemarin.", "Ahmad Yani", "Panitia Lomba"),
])
def test_office_after_a_named_holder_names_a_body_not_a_second_person(pipe, text, holder, body):
    names = _by_name(_ents(pipe, text))
    assert ("PER", holder) in names
    assert not any(t == "PER" and body in n for t, n in names)


@pytest.mark.parametrize("text,place", [
    ("Banjir menerjang Simpang Kolonel Masturi sejak sore.", "Simpang Kolonel Masturi"),
    ("Korban diserang di kawasan Gang Masjid sebelum sekolah.", "Gang Masjid"),
    ("Tambang ilegal ditemukan di Bukit Tengkorak, Kutai Kartanegara.", "Bukit Tengkorak"),
])
def test_alley_junction_and_hill_are_places(pipe, text, place):
    ents = _ents(pipe, text)
    assert _by_name(ents).get(("LOC", place)) is not None
    assert not any(e.type == "PER" for e in ents)


def test_session11_programme_and_document_acronyms_are_no_entities(pipe):
    ents = _ents(pipe, "Kuota FLPP dan BSPS ditambah. Uji coba MLFF berlanjut, sementara SKTM dan SHM No. 10 disita. "
                       "Transaksi dikelola PJP sebelum disalurkan, kata pejabat itu.")
    assert not {e.name for e in ents} & {"FLPP", "BSPS", "MLFF", "SKTM", "SHM", "SHM No. 10", "PJP"}


def test_lone_first_name_of_two_spellings_of_one_person_keeps_them_one(pipe):
    ents = _ents(pipe, "Kasi Intel Kejari Sikka, Okky Prastyo Ajie, menjelaskan kasus itu. Okky mengatakan pelaku "
                       "ditangkap. \"Mereka memanipulasi data,\" kata Okky Prasetyo. Okky menambahkan, tiga pelaku buron.")
    pers = [e for e in ents if e.type == "PER" and e.name.startswith("Okky")]
    assert len(pers) == 1


def test_body_before_a_comma_and_an_honorific_is_no_office_holder(pipe):
    # the English form of the office-after-holder rule must not read a body as the holder ("..., Dr Guy X said")
    ents = pipe(Article.new("In a report published this week for the Video Standards Council, Dr Guy Cumberbatch said: "
                            "\"The research is exaggerated.\"", lang="en")).entities
    assert ("PER", "Guy Cumberbatch") in {(e.type, e.name) for e in ents}
    assert not any(e.type == "PER" and "Council" in e.name for e in ents)


# --- Term acronyms, palaces, two-word names opening longer ones, hyphenated pairs
# From session-12 Indonesian entity classes (issue 11, names-id3): found on the new detik tune articles and
# confirmed on unlabelled detik-2025 slices (docs/entities.md, "Indonesian classes of session 12"). Sentences
# written for these tests; each case that asserts a change fails on main f72085f.


def _mentions_of(ents, name):
    return sorted(m.text for e in ents if e.name == name for m in e.mentions)


# -- an acronym defined by capitalised words that no source reads as a name is a term, not a body ---------------

@pytest.mark.parametrize("text, acronym", [
    ("Pemprov membebaskan denda Pajak Kendaraan Bermotor (PKB) tahun ini. Tunggakan PKB turun.", "PKB"),
    ("Hotel itu dibangun di kawasan Ruang Terbuka Hijau (RTH) tanpa kajian. Warga menolak alih fungsi RTH.", "RTH"),
    ("Menurut dia, lembaga itu bisa menyusun Key Performance Indicator (KPI) bagi menteri. KPI dinilai tiap enam bulan.", "KPI"),
])
def test_acronym_of_a_title_case_term_is_no_entity(pipe, text, acronym):
    ents = _ents(pipe, text)
    assert not any(m.text == acronym for e in ents for m in e.mentions), _names(ents)


def test_term_acronym_is_no_alias_of_a_name_with_those_initials(pipe):
    ents = _ents(pipe, "Data Kartu Keluarga (KK) di Kabupaten Kendal diperiksa ulang, kata Budi Santoso.")
    assert _mentions_of(ents, "Kabupaten Kendal") == ["Kabupaten Kendal"]


@pytest.mark.parametrize("text, name", [
    # a body word of the pack or an English body word makes the phrase a body all the same
    ("Suku bunga diumumkan dalam rapat Federal Open Market Committee (FOMC) pekan depan.", "FOMC"),
    ("Peneliti dari Pusat Kerukunan Umat Beragama (PKUB) hadir dalam rapat itu.", "PKUB"),
])
def test_acronym_of_a_body_stays(pipe, text, name):
    assert any(m.text == name for e in _ents(pipe, text) for m in e.mentions)


def test_party_defined_by_its_name_stays(pipe):
    ents = _ents(pipe, "Ketua Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar hadir. PKB siap berkoalisi.")
    assert ("ORG", "Partai Kebangkitan Bangsa") in _names(ents)
    assert "PKB" in _mentions_of(ents, "Partai Kebangkitan Bangsa")


# -- a palace written as the place of an event, with its city, is the building ----------------------------------

def test_palace_with_its_city_after_di_is_a_place(pipe):
    ents = _ents(pipe, "Hal itu diungkap Prabowo dalam sidang kabinet paripurna di Istana Negara, Jakarta, Senin (20/10).")
    assert ("LOC", "Istana Negara") in _names(ents)
    assert next(e for e in ents if e.name == "Istana Negara").actor is None


def test_palace_as_speaker_or_without_address_stays_the_government(pipe):
    ents = _ents(pipe, "Istana menegaskan Presiden tidak ikut campur. Trump berbicara di Gedung Putih seperti "
                       "dikutip kantor berita AFP.")
    assert ("LOC", "Istana") not in _names(ents)
    assert ("ORG", "Gedung Putih") in _names(ents)


# -- a person's shorter name that begins one longer name of the text is that person ------------------------------

def test_two_word_name_that_begins_a_longer_name_is_the_same_person(pipe):
    ents = _ents(pipe, "Tersangka lainnya adalah Alvin Pradipta Adiyota (APA), pihak swasta. KPK menggeledah rumah "
                       "Chrisna Damayanto dan Alvin Pradipta Adiyota kawasan Kota Bekasi.")
    persons = [e for e in ents if e.type == "PER" and e.name.startswith("Alvin")]
    assert len(persons) == 1 and persons[0].name == "Alvin Pradipta Adiyota"


def test_short_name_of_a_police_spokesman_joins_the_full_name(pipe):
    ents = _ents(pipe, "Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi membenarkan penangkapan itu. "
                       "Menurut Ade Ary, tersangka sudah ditahan.")
    assert "Ade Ary" in _mentions_of(ents, "Ade Ary Syam Indradi")


# -- places and words that are no names -------------------------------------------------------------------------

def test_hotel_at_the_end_and_fort_at_the_start_are_places(pipe):
    ents = _ents(pipe, "Rapat digelar di The Trans Luxury Hotel, Bandung. Kamera juga dipasang di kawasan wisata "
                       "Benteng Kuto Besak (BKB) Palembang.")
    assert {("LOC", "The Trans Luxury Hotel"), ("LOC", "Benteng Kuto Besak")} <= _names(ents)


def test_kasintel_and_yuk_are_no_persons(pipe):
    ents = _ents(pipe, "Kerugian itu sesuai hasil audit BPKP dan BPK, kata Kasintel. Yuk, simak ulasan lengkapnya.")
    assert not any(e.type == "PER" for e in ents), _names(ents)


def test_acronym_of_an_association_stays(pipe):
    # slice C: "Aliansi" opens no body in org_heads, so it is a term_blockers word
    ents = _ents(pipe, "Aliansi Jurnalis Independen (AJI) Kota Jayapura mengkritik hal itu. AJI menilai pers belum bebas.")
    assert any(m.text == "AJI" for e in ents for m in e.mentions)


def test_name_that_begins_a_hyphenated_pair_stays_apart(pipe):
    ents = _ents(pipe, "Pasangan Ridwan Kamil-Uu Ruzhanul Ulum unggul. Ridwan Kamil menyambut hasil itu.")
    assert ("PER", "Ridwan Kamil") in _names(ents)


# --- Fields after a title, term acronyms, bracketed short forms before a region, English universities
# From session-13 Indonesian precision classes (issue 11, names-id4): counted in a precision census of unread
# detik-2025 rows (docs/entities.md, "Session 13: Indonesian precision census"). Sentences written for these tests;
# 15 of the 24 cases fail on main 32b32e4 (the others guard against over-firing, or the model alone gets them).


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


# --- A body's bracketed acronym says where its name starts
# From session-14 Indonesian classes (issue 11, names-id5): a body's bracketed acronym says where its name starts
# (docs/entities.md, "Session 14 (names-id5)"). Sentences written for these tests.


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


# --- Short unit heads, "RI" after a body, quoted titles, a regional body written two ways
# From session-15 Indonesian classes (issue 11, names-id6): what kabar named on national politics and law news that
# a gold annotator would not (docs/entities.md, "Session 15 (names-id6)"). Sentences written for these tests.


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


# --- Programme and project names after their head noun; glued list numbers
# From session-15 Indonesian programme names (issue 11, names-id7): a name right after a programme's or a project's
# head noun is no person, body or place; the tune gold leaves such names unmarked or marks them MISC optional
# (docs/entities.md, "Session 15 (names-id7)"). Sentences written for these tests after the census constructions.


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
    mentions = _mention_texts(_ents(pipe, text))
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


# --- A regional body or unit of administration written in full and short; law subjects
# From session-16 Indonesian name variants (issue 11, names-id8): one regional body written in full and with a one-
# word short head, one small unit of administration written with and without its unit word, are one entity each, as
# the gold lists one entity with aliases (docs/entities.md, "Session 16"). Sentences written for these tests after
# the census constructions (IndoSum rows 900-939).


def _ents_2017(pipe, text, published="2017-10-20", lang="id"):
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
    ents = _ents_2017(pipe, text)
    assert _together(ents, long_, short), _groups(ents)


def test_two_bodies_with_one_initials_take_no_short_form(pipe):
    """"PT" would be the initials of both courts: the short form joins neither, and the courts stay apart."""
    text = ("Kasus itu naik ke Pengadilan Tinggi Bengkulu. Sebelumnya Pengadilan Tipikor Bengkulu memvonis terdakwa. "
            "Jaksa di PT Bengkulu belum menjawab.")
    ents = _ents_2017(pipe, text)
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
    ents = _ents_2017(pipe, text)
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
    ents = _ents_2017(pipe, text)
    assert _together(ents, long_, short), _groups(ents)


def test_unit_of_administration_is_a_political_place(pipe):
    """"Gunung Putri" alone reads as a mountain (LOC); with "Kecamatan" it is the district, one GPE."""
    text = ("Banjir melanda Kecamatan Gunung Putri, Kabupaten Bogor. Di Gunung Putri, warga mengungsi ke masjid.")
    ents = _ents_2017(pipe, text)
    e = next(e for e in ents if "Kecamatan Gunung Putri" in {m.text for m in e.mentions})
    assert "Gunung Putri" in {m.text for m in e.mentions} and e.type == "GPE", (e.type, _groups(ents))


def test_regency_and_bare_city_stay_two(pipe):
    """"Kabupaten Bekasi" and "Bekasi" (the city) are two places: kabupaten is no unit word."""
    text = "Pelaku ditangkap di Kabupaten Bekasi, Jawa Barat. Ia lalu dibawa ke Bekasi untuk diperiksa."
    ents = _ents_2017(pipe, text)
    assert not _together(ents, "Kabupaten Bekasi", "Bekasi"), _groups(ents)


# -- a second spelling of one word of a person's name ----------------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Anggota Komisi III DPR Akbar Faisal hadir dalam rapat itu. Menurut Akbar Faizal, kesaksian itu janggal.",
     "Akbar Faisal", "Akbar Faizal"),
    ("Pengasuh pesantren Salahuddin Wahid menilai isu itu keliru. Abdurrahman Wahid pernah menjadi presiden. "
     "Kata Salahudhin Wahid, semua pihak harus tenang.", "Salahuddin Wahid", "Salahudhin Wahid"),
])
def test_second_spelling_of_a_name_is_one_person(pipe, text, a, b):
    ents = _ents_2017(pipe, text)
    assert _together(ents, a, b), _groups(ents)


@pytest.mark.parametrize("text, a, b", [
    # two words differ: a relative, not a second spelling
    ("Salahuddin Wahid menilai isu itu keliru. Abdurrahman Wahid pernah menjadi presiden.",
     "Salahuddin Wahid", "Abdurrahman Wahid"),
    # the differing word is short or hyphen-glued: two persons
    ("Kim Jong-nam tewas di bandara. Kim Jong-un tidak berkomentar.", "Kim Jong-nam", "Kim Jong-un"),
])
def test_other_persons_stay_apart(pipe, text, a, b):
    ents = _ents_2017(pipe, text)
    assert not _together(ents, a, b), _groups(ents)


# -- names-id9: the subject after "tentang" in a law's reference is the law's title, not a body ------------------------


@pytest.mark.parametrize("text, subject", [
    ("Pemerintah menerbitkan Peraturan Pemerintah Pengganti Undang-Undang (Perppu) Nomor 2 Tahun 2017 tentang "
     "Organisasi Kemasyarakatan. Sejumlah ormas menolaknya.", "Organisasi Kemasyarakatan"),
    ("Massa menolak Perppu tentang Organisasi Masyarakat di depan gedung parlemen.", "Organisasi Masyarakat"),
    ("Fraksi itu membahas Perppu nomor 1 tahun 2017 tentang akses informasi keuangan dan Perppu nomor 2 tahun 2017 "
     "tentang Organisasi Kemasyarakatan kemarin.", "Organisasi Kemasyarakatan"),
])
def test_law_subject_is_no_body(pipe, text, subject):
    ents = _ents_2017(pipe, text)
    assert subject not in _mention_texts(ents), [(e.type, e.name) for e in ents]


@pytest.mark.parametrize("text, name", [
    # no law word before "tentang": a body the sentence talks about
    ("Diskusi tentang Organisasi Kemasyarakatan Pemuda Pancasila digelar di Medan.", "Pemuda Pancasila"),
    # a body the gazetteer knows stays, even as a law's subject
    ("Undang-Undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Korupsi digugat lagi.",
     "Komisi Pemberantasan Korupsi"),
])
def test_names_outside_a_law_subject_stay(pipe, text, name):
    ents = _ents_2017(pipe, text)
    assert any(name in n for n in _mention_texts(ents)), [(e.type, e.name) for e in ents]


# --- Session 17 (names-id10): non-entities and wrong types on fresh detik news (entity_census --detik-ranges 712-751,
# 40 articles, every prediction judged). Sentences written for these tests after the census's shapes.

@pytest.mark.parametrize("text, name", [
    # a zoo, a restaurant, an eatery: buildings the model typed GPE (the tune gold types hotels and markets LOC)
    ("Kapolda meminta agar Kebun Binatang Bandung segera kembali dibuka untuk publik.", "Kebun Binatang Bandung"),
    ("Petugas mengamankan pelaku di Rumah Makan Saudagar, Kayuagung, pada siang hari.", "Rumah Makan Saudagar"),
    ("Pertemuan itu digelar di Restoran Sederhana, Jakarta Pusat.", "Restoran Sederhana"),
    # an English stadium's tail
    ("Arsenal menjamu West Ham di Emirates Stadium, Sabtu malam.", "Emirates Stadium"),
])
def test_venue_is_a_physical_place(pipe, text, name):
    ents = _ents(pipe, text)
    assert ("LOC", name) in _names(ents), [(e.type, e.name) for e in ents]


@pytest.mark.parametrize("text, term", [
    # a head word opening the words of a common acronym written in brackets after them: a kind of thing
    ("Empat anggota Lembaga Swadaya Masyarakat (LSM) terjaring operasi tangkap tangan.", "Lembaga Swadaya Masyarakat"),
    ("Ia meninjau penyaluran BBM ke Stasiun Pengisian Bahan Bakar Umum (SPBU) di Bandar Lampung.",
     "Stasiun Pengisian Bahan Bakar Umum"),
    ("Purbaya ingin mempercepat pembayaran kompensasi kepada Badan Usaha Milik Negara (BUMN) penugasan.",
     "Badan Usaha Milik Negara"),
    ("Jasa Marga menambah Stasiun Pengisian Kendaraan Listrik Umum (SPKLU) di rest area.",
     "Stasiun Pengisian Kendaraan Listrik Umum"),
])
def test_common_acronym_written_out_is_no_name(pipe, text, term):
    ents = _ents(pipe, text)
    assert term not in _mention_texts(ents), [(e.type, e.name) for e in ents]


@pytest.mark.parametrize("text, name", [
    # a body's acronym that is no common word keeps the body
    ("Badan Pemeriksa Keuangan (BPK) menemukan kejanggalan dalam laporan itu.", "Badan Pemeriksa Keuangan"),
    ("Badan Gizi Nasional (BGN) menghentikan sementara dapur itu.", "Badan Gizi Nasional"),
    # a common acronym inside a body's name: the ministry is a body
    ("Kementerian BUMN menunjuk direksi baru pekan lalu.", "Kementerian BUMN"),
])
def test_bodies_with_acronyms_stay(pipe, text, name):
    ents = _ents(pipe, text)
    assert ("ORG", name) in _names(ents), [(e.type, e.name) for e in ents]


@pytest.mark.parametrize("text, name", [
    # the Sumatran short form of a city government and the coordinating ministry's short head open bodies (were PER)
    ("Empat anggota LSM memeras seorang ASN Pemko Padangsidimpuan.", "Pemko Padangsidimpuan"),
    ("Kejaksaan menahan Plt Kadis PUTR Pemko Binjai berinisial RIP.", "Pemko Binjai"),
    ("Gubernur mengusulkan kepada Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan (Kemenko IPK) "
     "Agus Harimurti Yudhoyono agar kawasan itu dibangun.", "Kemenko IPK"),
])
def test_short_government_heads_open_bodies(pipe, text, name):
    ents = _ents(pipe, text)
    assert ("ORG", name) in _names(ents), [(e.type, e.name) for e in ents]
    assert not any(e.type == "PER" and name in e.name for e in ents)


def test_ministry_short_form_in_brackets_stays_its_alias(pipe):
    # (an intermediate version made "kemenko" a head word: the bracketed short form then stood apart, validation slice)
    ents = _ents(pipe, "BPJS bersama Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Kemenko PMK) "
                       "akan segera membahas aturan itu.")
    long_ = [e for e in ents if e.name.startswith("Kementerian Koordinator")]
    assert len(long_) == 1 and "Kemenko PMK" in {m.text for m in long_[0].mentions}, [(e.type, e.name) for e in ents]
    assert ("ORG", "Kemenko PMK") not in _names(ents)


@pytest.mark.parametrize("text, place, initials", [
    # two capitals equal to the initials of a place opened by a unit word are someone's initials or another body's
    ("Densus menangkap empat orang di Kota Medan. Ada tiga terduga teroris yang diamankan, yakni RW, KM, dan AY.",
     "Kota Medan", "KM"),
    ("Para mahasiswa tiba di Kelurahan Mugassari. Fakhrian juga menjabat Menteri Sosial BEM KM Unissula.",
     "Kelurahan Mugassari", "KM"),
])
def test_two_letter_initials_name_no_unit_place(pipe, text, place, initials):
    ents = _ents(pipe, text)
    e = _by_name(ents).get(("GPE", place))
    assert e is not None and initials not in {m.text for m in e.mentions}, [(x.type, x.name) for x in ents]


def test_bracketed_acronym_of_a_regency_stays_its_alias(pipe):
    ents = _ents(pipe, "Keracunan terjadi di Kabupaten Bandung Barat (KBB). Pemerintah KBB menanggung biaya perawatan.")
    e = _by_name(ents).get(("GPE", "Kabupaten Bandung Barat"))
    assert e is not None and "KBB" in {m.text for m in e.mentions}, [(x.type, x.name) for x in ents]


# -- names-id11 (session 17): one referent written twice, and names cut short or run on (detik slice 752-791) -------


@pytest.mark.parametrize("text, a, b", [
    # a given name written again with one letter more
    ("Ketua DPRD Kota Tegal Amithya Ratnasari Wulandari menolak kenaikan tunjangan. Amithya menyebut anggaran "
     "terbatas. Aminthya juga meminta anggota dewan berhemat.", "Amithya Ratnasari Wulandari", "Aminthya"),
    # a body's name written again with one letter less or more in a word after its head
    ("Bank Sentral Norwegia memangkas suku bunga acuan. Bank Sentra Norwegia menyebut inflasi melandai. "
     "Bank Sentral Norwegiaa akan memantau pasar.", "Bank Sentral Norwegia", "Bank Sentra Norwegia"),
])
def test_second_spelling_with_one_letter_more_is_one_entity(pipe, text, a, b):
    ents = _ents(pipe, text)
    assert _together(ents, a, b), _groups(ents)


def test_canonical_name_is_not_the_slip_with_one_letter_more(pipe):
    ents = _ents(pipe, "Bank Sentral Norwegia memangkas suku bunga acuan. Bank Sentral Norwegiaa akan memantau pasar.")
    names = {e.name for e in ents if e.type == "ORG"}
    assert "Bank Sentral Norwegia" in names and "Bank Sentral Norwegiaa" not in names, names


@pytest.mark.parametrize("text, a, b", [
    # a letter changed, not added: two bodies (district and provincial prosecutors)
    ("Kejari Sumsel dan Kejati Sumsel menggelar rapat bersama di Palembang.", "Kejari Sumsel", "Kejati Sumsel"),
    # two given names four letters long: no second spelling
    ("Rini Wulandari dan Rina Susanti datang bersama. Rina kemudian pulang lebih dulu.",
     "Rini Wulandari", "Rina"),
])
def test_other_names_one_letter_apart_stay_apart(pipe, text, a, b):
    ents = _ents(pipe, text)
    assert not _together(ents, a, b), _groups(ents)


@pytest.mark.parametrize("text, body, person", [
    ("Direktur Pemasaran, Pelayanan, dan Hubungan Masyarakat Kementerian Perdagangan Sulistyowati mengatakan, target "
     "ekspor naik. \"Kami siap,\" ujar Sulistyowati. Kementerian Perdagangan juga hadir.",
     "Kementerian Perdagangan", "Sulistyowati"),
    ("Direktur Bisnis Bank Nusa Sejahtera Bramantyo Adi Nugroho (Bram) menyampaikan, laba naik. Bank Nusa Sejahtera "
     "membuka cabang.", "Bank Nusa Sejahtera", "Bramantyo Adi Nugroho"),
])
def test_body_written_alone_elsewhere_is_cut_off_the_person_after_it(pipe, text, body, person):
    ents = _ents(pipe, text)
    names = _names(ents)
    assert ("ORG", body) in names and ("PER", person) in names, names
    assert f"{body} {person}" not in _mention_texts(ents), names


def test_two_bodies_joined_by_dan_each_written_alone_elsewhere(pipe):
    ents = _ents(pipe, "Bank Nusa Sejahtera bekerja sama dengan Bank Syariah Nasional (BSN). Dengan itu, Bank Nusa "
                       "Sejahtera dan BSN dapat melakukan lindung nilai. Bank Nusa Sejahtera menyambut baik.")
    names = _names(ents)
    assert ("ORG", "Bank Nusa Sejahtera dan BSN") not in names and ("ORG", "Bank Nusa Sejahtera") in names, names


@pytest.mark.parametrize("text, law, short", [
    ("Hakim menilai pasal dalam Undang-Undang Informasi dan Transaksi Elektronik (UU ITE) kerap disalahgunakan. "
     "Revisi UU ITE sedang dibahas.", "Undang-Undang Informasi dan Transaksi Elektronik", "UU ITE"),
])
def test_law_title_with_dan_and_its_bracketed_short_name(pipe, text, law, short):
    ents = _ents(pipe, text)
    assert _together(ents, law, short), _groups(ents)


def test_law_title_stops_before_a_second_law(pipe):
    ents = _ents(pipe, "Gubernur merujuk Undang-Undang Keistimewaan dan Peraturan Gubernur yang baru.")
    assert "Undang-Undang Keistimewaan dan Peraturan Gubernur" not in _mention_texts(ents), _groups(ents)


def test_lower_case_syllable_after_a_hyphen_stays_in_a_titled_name(pipe):
    ents = _ents(pipe, "Pelatih Shin Tae-yong memberi pesan kepada para pemain muda.")
    assert ("PER", "Shin Tae-yong") in _names(ents), _names(ents)


@pytest.mark.parametrize("text, place, person", [
    ("Kapolsek Wanareja, AKP Sudarmanto membenarkan adanya kejadian itu.", "Wanareja", "Sudarmanto"),
    ("Kapolsek Karangtengah, Kompol Hendra Wijaya menjelaskan kronologinya.", "Karangtengah", "Hendra Wijaya"),
])
def test_place_after_an_office_and_before_a_comma_and_rank_is_no_person(pipe, text, place, person):
    ents = _ents(pipe, text)
    assert ("PER", person) in _names(ents) and not any(e.type == "PER" and e.name == place for e in ents), _names(ents)


def test_person_before_a_comma_and_a_rank_stays_a_person(pipe):
    ents = _ents(pipe, "Presiden Joko Widodo, Jenderal Andika Perkasa, dan para menteri hadir di Istana.")
    assert ("PER", "Joko Widodo") in _names(ents), _names(ents)


@pytest.mark.parametrize("text, whole", [
    # a bracketed acronym after the run names the whole body: no person after it
    ("Usulan itu disampaikan ke Kepala Badan Pangan Nasional (BPN) Arief Prasetyo. Menurut Badan Pangan, stok aman.",
     "Badan Pangan Nasional"),
    # the words after "dan" are no acronym of a second body
    ("Kementerian Haji dan Umrah menyiapkan kuota baru. Kementerian Haji juga menyiapkan petugas untuk ibadah haji "
     "dan umrah tahun depan.", "Kementerian Haji dan Umrah"),
])
def test_body_names_that_end_in_a_common_word_stay_whole(pipe, text, whole):
    ents = _ents(pipe, text)
    assert whole in _mention_texts(ents), _groups(ents)


# --- session 17 (names-id12): a body word written out, its short form in brackets, then the body's name (census of the
# detik corpus outside gold: 45 such uses in 41 articles, 19 read as two or three entities); sentences written here
@pytest.mark.parametrize("text, name, alias", [
    # a name the model typed a person, its short form written with the name later
    ("Bangunan Pondok Pesantren (Ponpes) Al Khoziny di Sidoarjo ambruk. Polisi memeriksa pengasuh Ponpes Al Khoziny.",
     "Pondok Pesantren (Ponpes) Al Khoziny", "Ponpes Al Khoziny"),
    # a hyphen inside the name
    ("Rencana membangun kembali Pondok Pesantren (Ponpes) Al-Khoziny Buduran disorot. Ketua Alumni Ponpes Al-Khoziny, "
     "Zaenal Abidin, menegaskan itu.", "Pondok Pesantren (Ponpes) Al-Khoziny", "Ponpes Al-Khoziny"),
    # a task force named by a short form
    ("Satuan Tugas (Satgas) Pangan Polri memeriksa pasar. Satgas Pangan menemukan beras oplosan.",
     "Satuan Tugas (Satgas) Pangan", "Satgas Pangan"),
])
def test_body_word_with_bracketed_short_form_before_a_name(pipe, text, name, alias):
    ents = _ents(pipe, text)
    e = _by_name(ents).get(("ORG", name))
    assert e is not None and alias in {m.text for m in e.mentions}, [(x.type, x.name) for x in ents]
    assert not any(x.type == "PER" for x in ents if "Khoziny" in x.name)
    assert "Pondok Pesantren" not in {x.name for x in ents} and "Satuan Tugas" not in {x.name for x in ents}


def test_body_word_before_a_person_named_as_a_body_elsewhere(pipe):
    # the model's person after the bracket is the body's name when the text writes it after a head word elsewhere
    ents = _ents(pipe, "Pesantren Al Khoziny Dibangun Ulang\n\nBangunan ambruk di Pondok Pesantren (Ponpes) Al Khoziny, "
                       "Sidoarjo, Jawa Timur.")
    assert ("ORG", "Pondok Pesantren (Ponpes) Al Khoziny") in _names(ents), [(x.type, x.name) for x in ents]


@pytest.mark.parametrize("text, person", [
    # a person after the bracket stays a person without a head word before the name elsewhere: here the name follows
    # a region the model read with it ("Bone Adriani Alimuddin")
    ("Sekda Pemerintah Kabupaten (Pemkab) Bone Adriani Alimuddin menyebut anggaran itu cukup.", "Adriani"),
    # a short form no written-out words spell stays apart: the title's short form before a person
    ("Kepala Staf Angkatan Darat (KSAD) Jenderal Dudung Abdurachman meninjau lokasi.", "Dudung"),
])
def test_no_body_over_a_person_after_a_bracket(pipe, text, person):
    ents = _ents(pipe, text)
    assert any(x.type == "PER" and person in x.name for x in ents), [(x.type, x.name) for x in ents]
    assert not any(x.type == "ORG" and person in x.name for x in ents), [(x.type, x.name) for x in ents]


def test_spelled_by():
    from kabar.stages.entities.titles import _spelled_by
    assert _spelled_by("ponpes", ["pondok", "pesantren"])
    assert _spelled_by("satgas", ["satuan", "tugas"])
    assert _spelled_by("lapas", ["lembaga", "pemasyarakatan"])
    assert _spelled_by("rsup", ["rumah", "sakit", "umum", "pusat"])
    assert not _spelled_by("ponpes", ["satuan", "tugas"])
    assert not _spelled_by("rsu", ["rumah", "sakit", "umum", "pusat"])  # every word gives a letter


# --- Session 18 (names-id13): false positives on fresh news (entity_census --detik-ranges 852-926, IndoSum tajuk utama
# rows 300-449): an office's field, a committee or a cabinet read as the person of the title before it; a directorate
# general read as a general; "warga" before a town read as a group. Sentences written for these tests.

@pytest.mark.parametrize("text, person, field", [
    ("Menteri Agraria dan Tata Ruang Nusron Wahid meninjau lahan itu pada Senin.", "Nusron Wahid", "Agraria"),
    ("Direktur Jenderal Strategi Ekonomi dan Fiskal Kemenkeu, Febrio Kacaribu, menjawab pertanyaan wartawan.",
     "Febrio Kacaribu", "Strategi Ekonomi"),
    ("Asisten Pidana Khusus Kejati Riau, Ahmad Fauzi, menyebut berkas perkara sudah lengkap.", "Ahmad Fauzi",
     "Pidana Khusus"),
    ("Kepala Departemen Kebijakan Moneter BI Hendra Wijaya memaparkan data inflasi.", "Hendra Wijaya", "Moneter"),
])
def test_office_field_after_a_title_is_no_person(pipe, text, person, field):
    ents = _ents(pipe, text)
    assert any(e.type == "PER" and e.name == person for e in ents), [(e.type, e.name) for e in ents]
    assert not any(e.type == "PER" and field in e.name for e in ents), [(e.type, e.name) for e in ents]


@pytest.mark.parametrize("text, body, wrong", [
    ("Ketua Komite Ekonomi dan Industri Nasional (KEIN) Budi Santoso hadir dalam rapat itu.",
     "Komite Ekonomi dan Industri Nasional", "Komite Ekonomi"),
    ("Presiden mengumpulkan para menteri Kabinet Merah Putih di Istana pada Rabu.", "Kabinet Merah Putih", "Merah Putih"),
    ("Jokowi dan sejumlah Menteri Kabinet Kerja meresmikan jalan tol itu.", "Kabinet Kerja", "Kerja"),
])
def test_committee_and_cabinet_are_bodies_not_persons(pipe, text, body, wrong):
    ents = _ents(pipe, text)
    assert ("ORG", body) in _names(ents), [(e.type, e.name) for e in ents]
    assert not any(e.type == "PER" and wrong in e.name for e in ents), [(e.type, e.name) for e in ents]


def test_directorate_general_is_a_body_not_a_general(pipe):
    ents = _ents(pipe, "Paspor tersangka ditahan Direktorat Jenderal Imigrasi Kementerian Hukum sejak pekan lalu.")
    assert not any(e.type == "PER" and e.name.startswith("Direktorat") for e in ents), [(e.type, e.name) for e in ents]
    assert any(e.type == "ORG" and e.name.startswith("Direktorat Jenderal Imigrasi") for e in ents)


def test_warga_before_a_town_is_no_group_but_before_a_country_it_is(pipe):
    ents = _ents(pipe, "Pelaku berinisial DS (41), warga Kota Bogor, ditangkap polisi. Seorang warga Garut ikut diperiksa.")
    assert not any(e.type == "NORP" for e in ents), [(e.type, e.name) for e in ents]
    assert ("GPE", "Kota Bogor") in _names(ents) and ("GPE", "Garut") in _names(ents)
    ents = _ents(pipe, "Ribuan warga Venezuela kembali turun ke jalan menentang pemerintah.")
    assert any(e.type == "NORP" and e.name == "warga Venezuela" for e in ents), [(e.type, e.name) for e in ents]


def test_cabinet_secretary_is_a_title_not_a_cabinet(pipe):
    ents = _ents(pipe, "Hal itu disampaikan Sekretaris Kabinet Teguh Santoso usai rapat terbatas di Jakarta.")
    assert ("PER", "Teguh Santoso") in _names(ents), [(e.type, e.name) for e in ents]
    assert not any(e.type == "ORG" and "Kabinet" in e.name for e in ents), [(e.type, e.name) for e in ents]


@pytest.mark.parametrize("text, venue", [
    ("\"Kuota akan ditambah,\" katanya dalam konferensi pers di Kantor BI, Jakarta, Senin (20/10/2025).", "Kantor BI"),
    ("Rapat itu digelar di Kantor Kementerian ESDM pada Senin pagi.", "Kantor Kementerian ESDM"),
    ("Direktur itu berbicara kepada wartawan di Kantor Pusat Bank Mandiri, Jakarta.", "Kantor Pusat Bank Mandiri"),
    ("Penyidik memeriksa tiga saksi di Kantor KPK, Jakarta Selatan, Selasa (7/10).", "Kantor KPK"),
])
def test_body_office_as_the_place_of_an_event_is_a_place(pipe, text, venue):
    ents = _ents(pipe, text)
    assert ("LOC", venue) in _names(ents), [(e.type, e.name) for e in ents]
    assert ("ORG", venue) not in _names(ents)


@pytest.mark.parametrize("text, body", [
    # a body whose own name opens with the word, also after "di"
    ("Bantuan itu bisa diambil di Kantor Pos Indonesia Cabang Cikini mulai Jumat.", "Kantor Pos Indonesia"),
    ("Laporan itu dimuat di laman Kantor Staf Presiden pada Senin.", "Kantor Staf Presiden"),
    # the office as a body, not as a place
    ("Kepala Kantor Wilayah Kemenkumham Jawa Barat meninjau lapas itu.", "Kantor Wilayah Kemenkumham"),
])
def test_office_named_body_stays_a_body(pipe, text, body):
    ents = _ents(pipe, text)
    assert any(e.type == "ORG" and e.name.startswith(body) for e in ents), [(e.type, e.name) for e in ents]


# Session 19 (names-id14): precision on fresh detik news desk text (entity_census --detik-ranges 200-239, every
# prediction judged by source: the model alone, the title grammar alone, the gazetteer, the organisation scan).
# Sentences written for these tests after the census sentences.

def test_title_grammar_person_of_common_words_is_dropped(pipe):
    ents = _ents(pipe, "Para korban bencana sosial menerima bantuan dari pemerintah pada Sabtu. Sementara itu, Direktur "
                       "Perlindungan Sosial Korban Bencana Sosial dan Non Alam Kemensos, Adrianus Alla menyampaikan pihaknya "
                       "sudah mendata 22 keluarga.")
    assert not any(e.type == "PER" and "Korban" in e.name for e in ents), [(e.type, e.name) for e in ents]
    assert ("PER", "Adrianus Alla") in _names(ents)


def test_title_grammar_person_with_a_name_stays(pipe):
    ents = _ents(pipe, "Hal ini diungkapkan jaksa Irene Putri saat membacakan surat tuntutan bagi terdakwa.")
    assert ("PER", "Irene Putri") in _names(ents), [(e.type, e.name) for e in ents]


def test_unknown_acronym_typed_place_by_the_model_is_a_body(pipe):
    ents = _ents(pipe, "Massa menuntut pemerintah menghapuskan badan Imigrasi dan Bea Cukai (ICE) yang menjadi pusat "
                       "tindakan keras.")
    assert ("ORG", "ICE") in _names(ents), [(e.type, e.name) for e in ents]


def test_unknown_acronym_after_a_place_preposition_is_not_retyped(pipe):
    ents = _ents(pipe, "Menteri itu berkunjung ke SRMA 33 Tangerang Selatan pada Minggu.")
    assert ("ORG", "SRMA") not in _names(ents), [(e.type, e.name) for e in ents]


def test_ministry_long_and_short_forms_are_one_body(pipe):
    ents = _ents(pipe, "KPK sedang menangani dua perkara di Kementerian Ketenagakerjaan. Budi mencontohkan pengusutan perkara "
                       "di Kemenaker yang berawal dari OTT.")
    body = [e for e in ents if any(m.text == "Kemenaker" for m in e.mentions)]
    assert len(body) == 1 and body[0].type == "ORG", [(e.type, e.name) for e in ents]
    assert {"Kemenaker", "Kementerian Ketenagakerjaan"} <= {m.text for m in body[0].mentions}
    assert body[0].actor == "IDNGOV"


def test_national_agency_opening_a_sentence_is_found(pipe):
    ents = _ents(pipe, "BPJS Kesehatan terus berupaya menekan angka penyakit kronis di Indonesia.")
    assert ("ORG", "BPJS Kesehatan") in _names(ents), [(e.type, e.name) for e in ents]


@pytest.mark.parametrize("text, company", [
    ("Eka Sapanca selaku Direktur Utama PT Permata Dunia Sukses Utama sejak 2015.", "PT Permata Dunia Sukses Utama"),
    ("Then Surianto selaku Direktur PT Makassar Tene sejak 2006.", "PT Makassar Tene"),
    ("Lokasi pertama adalah PT Jaya Abadi Steel di Desa Beberan, Ciruas.", "PT Jaya Abadi Steel"),
])
def test_company_cut_by_the_model_takes_the_rest_of_its_run(pipe, text, company):
    ents = _ents(pipe, text)
    assert ("ORG", company) in _names(ents), [(e.type, e.name) for e in ents]
    assert not any(e.type == "PER" and e.name in ("Tene", "Steel") for e in ents)


def test_company_does_not_swallow_the_person_after_it(pipe):
    ents = _ents(pipe, "Direktur Utama PT Pertamina Nicke Widyawati mengatakan pasokan aman.")
    assert ("PER", "Nicke Widyawati") in _names(ents), [(e.type, e.name) for e in ents]
    assert not any(e.type == "ORG" and "Nicke" in e.name for e in ents)


def test_body_with_and_without_the_home_country_suffix_is_one_body(pipe):
    ents = _ents(pipe, "Menurut Kementerian Agama RI, jumlah jemaah naik. Kementerian Agama menyebut kuota ditambah.")
    body = [e for e in ents if e.type == "ORG" and e.name.startswith("Kementerian Agama")]
    assert len(body) == 1, [(e.type, e.name) for e in ents]
    assert {"Kementerian Agama RI", "Kementerian Agama"} <= {m.text for m in body[0].mentions}


def test_body_with_a_foreign_country_after_it_stays_apart(pipe):
    ents = _ents(pipe, "Kementerian Luar Negeri Jepang memanggil duta besar itu. Kementerian Luar Negeri menyebut WNI aman.")
    japan = [e for e in ents if any(m.text == "Kementerian Luar Negeri Jepang" for m in e.mentions)]
    assert japan and not any(m.text == "Kementerian Luar Negeri" for m in japan[0].mentions), [(e.type, e.name) for e in ents]


# Session 20 (names-id15): an entity only the model supports, named once, whose tagger confidence is below the pack's
# lone_model_min_confidence is dropped (IndoSum rows 450-599: 54 of 73 such spans below 0.4 wrong). Sentences written
# for these tests after the census's classes (a declaration's title, a trade fair cut in two, an armed group typed as a
# place).

def test_doubtful_lone_model_span_is_dropped(pipe):
    ents = _ents(pipe, "Para pemimpin menandatangani Deklarasi One ASEAN One Response on Disaster di Jakarta, Selasa. "
                       "Sementara itu, LIPI menyiapkan laporan.")
    names = _names(ents)
    assert not any("Response" in name or "ASEAN" in name for _, name in names), names
    assert ("ORG", "LIPI") in names  # a lone model span the tagger is sure of stays
    assert ("GPE", "Jakarta") in names


def test_doubtful_lone_model_span_cut_from_a_longer_name_is_dropped(pipe):
    ents = _ents(pipe, "Pameran dagang Indonesia Business and Development Expo 2016 digelar pekan ini.")
    assert not any("Business" in e.name for e in ents), [(e.type, e.name) for e in ents]


def test_doubtful_model_span_named_twice_stays(pipe):
    ents = _ents(pipe, "Ia memuji peran koalisi yang dipimpin Hashed al-Shaabi dalam pertempuran itu. Juru bicara "
                       "Hashed al-Shaabi membantah tuduhan tersebut.")
    assert any(e.name == "Hashed al-Shaabi" for e in ents), [(e.type, e.name) for e in ents]


def test_companies_opened_by_a_legal_form_stay_however_doubtful(pipe):
    # the tagger is unsure of these list items (0.04-0.2), but the legal form says each is a company
    ents = _ents(pipe, "Kerugian negara itu ditanggung korporasi PT Multi Nabati Sulawesi, PT Sinar Alam Permai, dan PT "
                       "Wilmar Bioenergi Indonesia.")
    names = _names(ents)
    for name in ("PT Multi Nabati Sulawesi", "PT Sinar Alam Permai", "PT Wilmar Bioenergi Indonesia"):
        assert ("ORG", name) in names, names


def test_lone_model_confidence_needs_the_model_alone():
    from types import SimpleNamespace

    from kabar.stages.entities.loading import Cand
    from kabar.stages.entities.ner import drop_doubtful_lone, lone_model_confidence, model_confidence

    T = SimpleNamespace(folded=["sinar", "alam", "pt", "sinar", "alam", "budi", "datang", "."], n=8,
                        words=["Sinar", "Alam", "PT", "Sinar", "Alam", "Budi", "datang", "."], sent_start=[True] + [False] * 8)
    res = SimpleNamespace(company_forms={"pt"}, place_features={"gedung"}, head_label={("masjid",): "LOC"},
                          org_head_len=1, lone_model_types={"ORG", "GPE"}, body_type_words={"university"},
                          lone_single_person_below=0.0, lone_person_age=True, lone_person_cues_after=frozenset(),
                          lone_person_cues_before=frozenset(), lone_person_skip=frozenset(), lone_person_titles=frozenset(),
                          lone_person_joiners=frozenset())
    decoded = [Cand(0, 2, "ORG", "ner", score=0.2), Cand(2, 5, "ORG", "ner", score=0.2),
               Cand(5, 6, "PER", "ner", score=0.9)]
    table = model_confidence(8, decoded)
    assert table[:2] == [0.2, 0.2] and table[5] == 0.9 and table[6] is None
    lone = [Cand(0, 2, "ORG", "ner")]  # a piece of a decoded span keeps its confidence
    assert lone_model_confidence(T, res, lone, table) == 0.2
    assert lone_model_confidence(T, res, [Cand(5, 7, "PER", "ner")], table) is None  # a rule widened it
    assert lone_model_confidence(T, res, [Cand(0, 2, "ORG", "ner"), Cand(5, 6, "ORG", "ner")], table) is None  # twice
    assert lone_model_confidence(T, res, [Cand(0, 2, "ORG", "gaz")], table) is None
    assert lone_model_confidence(T, res, [Cand(0, 2, "PER", "ner", title="Ketua")], table) is None
    assert lone_model_confidence(T, res, [Cand(0, 2, "ORG", "ner", entries=("x",))], table) is None
    assert lone_model_confidence(T, res, [Cand(2, 5, "ORG", "ner")], table) is None  # opened by a company form
    T.folded[0] = "masjid"  # opened by a head word the pack types
    assert lone_model_confidence(T, res, lone, table) is None
    T.folded[0] = "gedung"
    assert lone_model_confidence(T, res, lone, table) is None
    T.folded[0], T.folded[1] = "sinar", "university"  # a word that makes any name a body
    assert lone_model_confidence(T, res, lone, table) is None
    T.folded[0], T.folded[1] = "sinar", "alam"
    assert lone_model_confidence(T, res, [Cand(0, 2, "PER", "ner")], table) is None  # a type the pack leaves out
    sure = [Cand(5, 6, "PER", "ner")]
    assert drop_doubtful_lone(T, res, [lone, sure], table, 0.4) == [sure]
    res.lone_single_person_below = 0.95  # session 22: a one-word person below the pack's own threshold goes too
    assert drop_doubtful_lone(T, res, [lone, sure], table, 0.4) == []
    assert drop_doubtful_lone(T, res, [[Cand(5, 7, "PER", "ner")]], table, 0.4) != []  # two words: not this rule


# Session 22 (names22): the place in capitals of a paragraph's dateline ("TURIN, JUARA.net - ", "JUARA.NET, BRNO - ")
# is a GPE when the places gazetteer knows it and the entity is named nowhere else (cue_types.dateline_places). The
# model typed such datelines ORG or PER in 22 of the 229 IndoSum articles (all desks) that open a paragraph so; every
# change was right. Sentences written for these tests after the IndoSum sport desk's datelines.

@pytest.mark.parametrize("text, place", [
    ("Pogba Ingin Balas Dendam\n\nMANCHESTER, JUARA.net - Gelandang Manchester United, Paul Pogba (24), menatap "
     "pertandingan melawan Chelsea dengan penuh semangat.", "MANCHESTER"),
    ("Juventus Menang Lagi\n\nTURIN, JUARA.net - Gonzalo Higuain menjadi protagonis Juventus dengan mencetak dua gol "
     "ke gawang Chievo.", "TURIN"),
    ("Rossi Yakin\n\nJUARA.NET, BRNO - Pebalap Movistar Yamaha, Valentino Rossi (38), yakin bahwa persaingan akan "
     "ketat.", "BRNO"),
])
def test_dateline_place_in_capitals_is_a_place(pipe, text, place):
    names = _names(_ents(pipe, text, published="2017-05-01"))
    assert ("GPE", place) in names, names
    assert not any(name == place and t != "GPE" for t, name in names), names


def test_dateline_place_joined_to_a_club_keeps_the_club(pipe):
    # grouping joins the dateline to the club named after the city: the entity is the club, not retyped
    names = _names(_ents(pipe, "Barcelona Kalah\n\nBARCELONA, JUARA.net - Juventus sukses menahan seri FC Barcelona. "
                               "Barcelona gagal mencetak gol di kandang.", published="2017-05-01"))
    assert not any(t == "GPE" and "barcelona" in name.lower() for t, name in names), names


def test_dateline_parts_are_the_words_in_capitals_only():
    from kabar.stages.entities.cue_types import _dateline_parts
    text = "Judul\n\nJUARA.NET, LOS ANGELES - Pemain musim pertama bermain.\n\nTURIN, JUARA.net - Chelsea kalah.\n\n" \
           "Jakarta, CNN Indonesia -- Presiden berpidato."
    assert sorted({text[a:b] for a, b in _dateline_parts(text)}) == ["LOS ANGELES", "TURIN"]


# Session 22 (names22): a one-word person that only the model supports, named once, below the pack's
# lone_single_person_below (0.6) is dropped too (ner.drop_doubtful_lone): on fresh IndoSum technology, sport and
# showbiz text 23 such drops right ("Razer", "Gmail", "Selecao", "Genisys", cut names "Martanto", "Wizards"), 7 wrong
# (one-name persons "Widyawati", "Rumi", players in a line-up); no change on 70 detik news desk articles. Sentences
# written for these tests after the census's classes.

@pytest.mark.parametrize("text, word", [
    ("Dari situ Razer berpikir bahwa kapabilitas ini bisa dimanfaatkan untuk meneruskan daya kartu grafis ke laptop "
     "tipis.", "Razer"),
    ("Apalagi, Google saat ini memang menguasai peramban Chrome, lalu platform Gmail yang memiliki lebih dari satu "
     "miliar pengguna aktif.", "Gmail"),
    ("Tiga gol yang dicetak Paulinho ini membuat total torehan golnya bersama Selecao menjadi delapan.", "Selecao"),
])
def test_doubtful_lone_one_word_person_is_dropped(pipe, text, word):
    names = _names(_ents(pipe, text, published="2017-10-20"))
    assert not any(name == word for _, name in names), names


@pytest.mark.parametrize("text, person", [
    ("Menurut Sutrisno, warga sudah lama menunggu perbaikan jalan itu.", "Sutrisno"),
    ("Gol kemenangan dicetak oleh Jorginho pada menit ke-80.", "Jorginho"),
    ("Bantuan itu diserahkan langsung oleh Widodo kepada warga di balai desa.", "Widodo"),
])
def test_lone_one_word_person_the_model_is_sure_of_stays(pipe, text, person):
    assert ("PER", person) in _names(_ents(pipe, text, published="2017-10-20"))


def test_lone_single_person_setting_is_the_packs():
    from kabar.stages.entities.loading import resources
    assert resources("id").lone_single_person_below == pytest.approx(0.6)
    assert resources("en").lone_single_person_below == 0.0  # English keeps its doubtful lone spans (session 20)


# Session 22 (names22b): a doubted one-word person stays when the text itself says it is a person
# (ner.person_cued): an age in brackets after it, a speech verb after it or an inverted one before it, or a title
# only a person follows (pack lists lone_person_cues_after/_before, lone_person_skip, lone_person_titles). On the
# 150 detik benchmark rows it kept the two persons names22 lost ("ujar Karna (37)", "kata Purbaya"); only a word in
# Title case alone in its run of capitals (not "kata Dawn | Jackson", "Treatment of | Animal", "C9"). Sentences
# written for these tests after those two.

@pytest.mark.parametrize("text, person", [
    ('"Pembayaran QRIS-nya ditempeli barcode lain," ujar Karna (37), salah satu pedagang, di pasar itu.', "Karna"),
    ('"Penyerapan anggaran di daerah berjalan cukup baik," kata Purbaya, dalam rapat koordinasi di Jakarta.', "Purbaya"),
])
def test_doubtful_one_word_person_the_text_cues_stays(pipe, text, person):
    assert ("PER", person) in _names(_ents(pipe, text, published="2025-10-20"))


def test_person_cued_reads_age_speech_verbs_and_titles():
    from types import SimpleNamespace

    from kabar.stages.entities.loading import Cand
    from kabar.stages.entities.ner import person_cued

    def cued(words, k):
        T = SimpleNamespace(words=words, folded=[w.lower() for w in words], n=len(words),
                            sent_start=[True] + [False] * len(words))
        res = SimpleNamespace(lone_person_age=True, lone_person_cues_after=frozenset(["mengatakan"]),
                              lone_person_cues_before=frozenset(["kata"]), lone_person_skip=frozenset(["juga"]),
                              lone_person_titles=frozenset(["pak", "menteri keuangan"]),
                              lone_person_joiners=frozenset(["of"]))
        return person_cued(T, res, Cand(k, k + 1, "PER", "ner"))

    assert cued(["ujar", "Karna", "(", "37", ")", "."], 1)
    assert cued(["Lalu", "Purbaya", "juga", "mengatakan", "itu"], 1)
    assert cued(["Itu", "kata", "Purbaya", "."], 2)
    assert cued(["Itu", "Pak", "Karna", "."], 2)
    assert cued(["Itu", "Menteri", "Keuangan", "Purbaya", "."], 3)
    assert not cued(["Dari", "situ", "Razer", "berpikir", "."], 2)
    assert not cued(["Model", "Razer", "(", "2017", ")", "."], 1)  # a year is no age
    assert not cued(["Platform", "Gmail", "yang", "memiliki"], 1)
    assert not cued(["Itu", "kata", "Dawn", "Jackson", "."], 2)  # cut from a longer name
    assert not cued(["Treatment", "of", "Animal", "mengatakan", "."], 2)
    assert not cued(["Itu", "kata", "C9", "."], 2)  # a code, not a name


def test_lone_person_cues_are_the_packs():
    from kabar.stages.entities.loading import resources
    res = resources("id")
    assert res.lone_person_age and "mengatakan" in res.lone_person_cues_after and "kata" in res.lone_person_cues_before
    assert "pak" in res.lone_person_titles and "ceo" not in res.lone_person_titles  # "CEO Shopee": a body follows too
    assert not resources("en").lone_person_age



# Session 23 (names-id23a): the title grammar on fresh detik-2025 news (rows 712-936 of entity_census's fixed
# order): a body's name glued between an office and its holder, a known person's daughter named before him, the
# holder after a unit and a comma, a place noun before a one-word place that is no surname, and office words the pack
# lacked. Sentences and names written for these tests.

def test_body_between_office_and_holder_written_alone_elsewhere(pipe):
    # the body is written alone elsewhere ("oleh Bumi Karya yaitu") and the holder named by one name ("ujar Rahmat")
    text = ("Jalan tol itu dikelola oleh Lintas Marga yaitu perusahaan negara. Direktur Utama Lintas Marga Rivaldi "
            "Akhmad Purnomo mengatakan, layanan terus dibenahi. \"Kami berbenah,\" ujar Rivaldi dalam keterangannya.")
    ents = _ents(pipe, text)
    assert ("PER", "Rivaldi Akhmad Purnomo") in _names(ents)
    assert not any(e.type == "PER" and "Marga" in e.name for e in ents)
    assert _by_name(ents)[("PER", "Rivaldi Akhmad Purnomo")].title == "Direktur Utama Lintas Marga"


def test_holder_named_by_a_first_name_keeps_the_whole_name(pipe):
    # guards: the words before the one-word name are not written alone elsewhere, or the first word of the rest is not
    text = ("Kepala SPPG Cikaret Wulan Nabila Azhari menyampaikan permintaan maaf. Wulan mengatakan dapur dievaluasi. "
            "Direktur Utama Bumi Karya Rahmat Hidayat Pratama hadir. Perusahaan Bumi Karya itu milik daerah.")
    names = _names(_ents(pipe, text))
    assert ("PER", "Wulan Nabila Azhari") in names
    assert ("PER", "Hidayat Pratama") not in names


def test_daughter_named_before_a_known_person(pipe):
    # "Zulkifli Hasan" is a gazetteer person; "Putri" is written alone as a name later: one person, the daughter
    text = ("Sebelumnya, Ketua Fraksi PAN DPR RI Putri Zulkifli Hasan menyatakan fraksinya siap. "
            "\"Kami siap mengikuti prosesnya,\" kata Putri, Sabtu (30/8/2025).")
    ents = _ents(pipe, text)
    assert ("PER", "Putri Zulkifli Hasan") in _names(ents)
    assert ("PER", "Zulkifli Hasan") not in _names(ents)


def test_known_person_without_a_name_before_stays(pipe):
    text = "Menteri Koordinator Bidang Pangan Zulkifli Hasan hadir. Zulkifli mengatakan stok beras aman."
    assert ("PER", "Zulkifli Hasan") in _names(_ents(pipe, text))


def test_holder_after_a_unit_and_a_comma(pipe):
    text = "Penyerahan itu dipimpin oleh Kepala Seksi Intelijen, Hadi Purwanto Sembiring."
    person = _by_name(_ents(pipe, text)).get(("PER", "Hadi Purwanto Sembiring"))
    assert person is not None and person.title == "Kepala Seksi Intelijen"


def test_place_noun_and_place_after_an_office_is_no_person(pipe):
    # "Irjen Teddy Minahasa" (a surname that is a place) is read so only when no place noun opens the run
    text = "Gubernur NTT Melki Laka Lena hadir. Ketua DPD Partai Golkar Provinsi NTT itu menambahkan usulnya."
    ents = _ents(pipe, text)
    assert not any(e.type == "PER" and "NTT" in e.name for e in ents)
    assert any(e.type == "GPE" and e.name == "NTT" for e in ents)


@pytest.mark.parametrize("text, gone", [
    ("Kata Hendra Wibawa, Kepala Ekonom dan Direktur Riset di Bank Sentosa, suku bunga akan turun.", "Ekonom"),
    ("Koordinator Gabungan Buruh, Tono Sasmita, mengatakan aksi itu damai.", "Gabungan Buruh"),
    ("Wali Kota (Walkot) Pekanbaru Agung Nugraha membuka pasar murah. Agung menyebut stok aman.", "Walkot Agung"),
])
def test_office_words_are_no_person(pipe, text, gone):
    assert not any(e.type == "PER" and e.name == gone for e in _ents(pipe, text))


# Session 23 (names-id23b): an acronym defined in brackets after a phrase opened by a term's head noun (data, survei,
# warisan, pajak, kawasan ...) is the term's, no body (detik rows 120-199 of the census order typed 8 such acronyms
# ORG in 80 articles). Sentences written for these tests. (The branch's law-title rule was held back by the lead:
# the Indonesian check half lost two predictions' worth of precision with it and tune gained no match.)

@pytest.mark.parametrize("text, acronym", [
    ("Penerima bansos berada di desil 1 hingga 4 dalam data tunggal sosial ekonomi nasional (DTSN) tahun ini.", "DTSN"),
    ("Pemerintah telah menetapkan lebih dari 2.200 Warisan Budaya Takbenda (WBTb) sejauh ini.", "WBTb"),
    ("Angka stunting menurut Survei Status Gizi Indonesia (SSGI) mencapai 19,8 persen.", "SSGI"),
])
def test_acronym_of_a_headed_term_is_no_body(pipe, text, acronym):
    assert acronym not in _mention_texts(_ents(pipe, text))


def test_acronym_of_a_body_without_a_term_head_stays(pipe):
    ents = _ents(pipe, "Nasabah Koperasi Bahana Lintas Nusantara (BLN) melapor ke polisi. BLN belum menjawab.")
    assert "BLN" in _mention_texts(ents)


# Session 23 (names-id23b): a name the model alone found right after a vehicle's kind noun is the product (MISC).

def test_vehicle_after_its_kind_noun_is_a_product(pipe):
    ents = _ents(pipe, "Penyidik juga menyita satu unit mobil Honda Elysion berwarna hitam milik tersangka.")
    assert ("MISC", "Honda Elysion") in _names(ents)
    assert not any(e.type == "ORG" and "Elysion" in e.name for e in ents)


def test_body_after_a_vehicle_noun_stays_a_body(pipe):
    ents = _ents(pipe, "Ia datang naik mobil dinas Polri ke lokasi bersama Kapolres Bogor.")
    assert ("ORG", "Polri") in _names(ents)


# Session 23 (names-id23c): a Title Case headline in the text capitalises the words after a name and the name runs
# into them; inside such a line a person's or a body's span stops before a function word or a headline verb (pack
# headline_common_words, verbs ending in -kan), a person's span loses such words at its start, and a verb alone is
# no person. Sentences written for these tests.

def test_headline_verb_after_a_full_name_is_cut_off(pipe):
    ents = _ents(pipe, "Gubernur Sarmadi Wijoyo Angkat Bicara soal Banjir di Cirebon\n\n"
                       "Gubernur Jawa Barat Sarmadi Wijoyo meminta warga tetap waspada. Ia meninjau tanggul.\n\n"
                       "\"Kami siagakan pompa,\" kata Sarmadi.")
    assert ("PER", "Sarmadi Wijoyo") in _names(ents)
    assert not any("Angkat" in m for m in _mention_texts(ents))


def test_headline_verb_ending_in_kan_ends_a_body(pipe):
    ents = _ents(pipe, "Kementerian PU Paparkan Rencana Uji Coba Tol Tanpa Henti di Jawa\n\n"
                       "Kementerian Pekerjaan Umum (PU) memaparkan rencana uji coba pembayaran tol tanpa henti. "
                       "Uji coba dimulai tahun depan.")
    assert "Kementerian PU" in _mention_texts(ents)
    assert not any("Paparkan" in m for m in _mention_texts(ents))


def test_headline_function_word_ends_a_body(pipe):
    ents = _ents(pipe, "Bank Nusa Sejahtera Teken Pembiayaan Rp 1 T ke Sektor Tambang\n\n"
                       "Bank Nusa Sejahtera menandatangani perjanjian pembiayaan dengan empat nasabah besar.")
    assert not any("Teken" in m for m in _mention_texts(ents))


def test_headline_noun_ending_in_kan_stays_in_a_body(pipe):
    ents = _ents(pipe, "Dinas Pendidikan Jember Bagikan Seragam Gratis\n\n"
                       "Dinas Pendidikan Jember membagikan seragam gratis kepada siswa baru.")
    assert "Dinas Pendidikan Jember" in _mention_texts(ents)


def test_headline_word_the_body_capitalises_with_the_name_stays(pipe):
    ents = _ents(pipe, "Kejaksaan Negeri Buru Tahan Kepala Desa Terkait Dana Desa\n\n"
                       "Kejaksaan Negeri Buru menahan seorang kepala desa. Kepala Kejaksaan Negeri Buru menyebut "
                       "kerugian negara mencapai Rp 1 miliar.")
    assert any("Kejaksaan Negeri Buru" == m for m in _mention_texts(ents))
    # "Kepala Desa Terkait Dana": what the common word "Desa" opened is no person the body names
    assert not any(e.type == "PER" for e in ents)


def test_headline_verb_after_a_surname_less_mention_joins_the_full_name(pipe):
    ents = _ents(pipe, "Bupati Darmawan Tegaskan Pekerja Bergaji Rendah Tak Bayar Pajak\n\n"
                       "Bupati Darmawan Suteja menegaskan pekerja bergaji rendah tidak membayar pajak daerah.")
    persons = [e for e in ents if e.type == "PER"]
    assert [e.name for e in persons] == ["Darmawan Suteja"]
    assert "Darmawan" in {m.text for m in persons[0].mentions}


# Session 25 (names-id25): census of IndoSum rows 2600-2799 (write), validated on rows 2800-2999, 2050-2219,
# 580-699, 780-999 and 1334-1579. Sentences written for these tests.

def test_body_name_goes_on_to_the_region_a_known_place_opens(pipe):
    # "Jakarta" alone is the entity gazetteer's; "Jakarta Selatan" the places gazetteer's city: the body's name was
    # cut before "Selatan" ("Polres Metro Jakarta"), and a title's holder became the person "Barat"
    ents = _ents(pipe, "Polres Metro Jakarta Selatan menangkap dua pengedar sabu. Anggota Reserse Polres Metro "
                       "Jakarta Barat ikut memeriksa saksi, dan berkas dikirim ke Kejaksaan Negeri Jakarta Pusat.")
    texts = _mention_texts(ents)
    assert {"Polres Metro Jakarta Selatan", "Polres Metro Jakarta Barat", "Kejaksaan Negeri Jakarta Pusat"} <= texts
    assert not any(e.type == "PER" for e in ents)


def test_body_region_tail_leaves_a_place_after_the_body_alone(pipe):
    # guard: a city after a comma is no part of the body's name
    ents = _ents(pipe, "Kasus itu ditangani Polres Bogor, Jawa Barat, sejak pekan lalu.")
    assert "Polres Bogor" in _mention_texts(ents)
    assert ("GPE", "Jawa Barat") in _names(ents)


def test_last_field_word_of_an_office_is_no_first_name(pipe):
    ents = _ents(pipe, "Direktur Tindak Pidana Ekonomi dan Khusus Bareskrim Polri Brigjen Rudi Hartanto meninjau lokasi. "
                       "\"Kami prihatin,\" kata Ketua Majelis Hakim Konstitusi Bambang Wiratmo di Jakarta.")
    names = _names(ents)
    assert ("PER", "Rudi Hartanto") in names and ("PER", "Bambang Wiratmo") in names
    assert not any(e.type == "PER" and e.name.split()[0] in ("Tindak", "Konstitusi") for e in ents)


def test_jendral_spelling_is_a_rank(pipe):
    ents = _ents(pipe, "Surat itu dikirim kepada Panglima Angkatan Bersenjata Filipina Jendral Romeo Bautista.")
    assert ("PER", "Romeo Bautista") in _names(ents)


def test_group_word_inside_a_body_name_keeps_it_a_body(pipe):
    ents = _ents(pipe, "Massa dari Front Rakyat Nusantara berunjuk rasa di depan kantor gubernur.")
    assert ("ORG", "Front Rakyat Nusantara") in _names(ents)
    # guard: a group word that opens the phrase still makes a group
    ents = _ents(pipe, "Pasukan Rusia menembaki kota itu semalam.")
    assert any(e.type == "NORP" and e.name == "Pasukan Rusia" for e in ents)


def test_second_word_of_a_body_head_opens_no_place(pipe):
    ents = _ents(pipe, "Kepala Staf Angkatan Laut Laksamana Hadi Prasetyo hadir dalam upacara itu.")
    assert ("PER", "Hadi Prasetyo") in _names(ents)
    assert not any(e.type == "LOC" for e in ents)


def test_office_of_a_known_police_region_names_no_region_and_holder(pipe):
    # "Kapolda" + "Metro Jaya" ("Polda Metro Jaya" a known body): not the Lampung city "Metro" and a person "Jaya"
    ents = _ents(pipe, "Pelaku meminta maaf kepada Kapolda Metro Jaya atas kejadian itu.")
    assert not any(e.type == "GPE" and e.name == "Metro" for e in ents)
    assert not any(e.name == "Jaya" for e in ents)
    assert "Kapolda Metro Jaya" in _mention_texts(ents)
    # guard: a holder named after the office keeps the office as title
    ents = _ents(pipe, "Kapolda Metro Jaya Irjen Sugeng Hartono menjelaskan kronologi kejadian.")
    assert ("PER", "Sugeng Hartono") in _names(ents)


def test_capitalised_occupation_before_a_name_is_no_part_of_it(pipe):
    ents = _ents(pipe, "Jakarta - Selebriti Maya Kirana dan Dimas Aryanto ternyata membatasi akses anak pada media "
                       "sosial. Artis Nadia Permata kembali diperiksa polisi.")
    names = _names(ents)
    assert ("PER", "Maya Kirana") in names and ("PER", "Nadia Permata") in names
    assert not any(e.type == "PER" and e.name.split()[0] in ("Selebriti", "Artis") for e in ents)
    # guard: in lower case the occupation is no title, a place after it stays a place
    ents = _ents(pipe, "Banyak selebriti Hollywood lain yang mengkritik kebijakan itu.")
    assert not any(e.type == "PER" for e in ents)


def test_number_word_opening_a_sentence_is_no_place(pipe):
    ents = _ents(pipe, "Polisi menyisir kampung itu. Lima orang ditemukan tewas di rumah kontrakan.")
    assert not any(e.name == "Lima" for e in ents)
    # guard: the city after a preposition stays
    ents = _ents(pipe, "Presiden Peru kembali ke Lima pada Senin.")
    assert ("GPE", "Lima") in _names(ents)


def test_circuits_sports_halls_and_stops_are_places(pipe):
    ents = _ents(pipe, "Final digelar di GOR Cendana, Kupang. Rossi menang di Sirkuit Assen pekan lalu, "
                       "sementara massa berkumpul di Halte Harmoni.")
    names = _names(ents)
    assert {("LOC", "GOR Cendana"), ("LOC", "Sirkuit Assen"), ("LOC", "Halte Harmoni")} <= names


# Session 26 (names-id26): a bare membership title names the body joined (UD-GSD r2.1 train sentences 0-1999 census:
# "anggota Kongres", "anggota Mercosur", "anggota YogyaFree" were PER); English body words ending a name written in
# Indonesian text type it ORG ("Pakistan Halal Authority" was PER "Halal Authority" in detik-987, tune).
def test_body_after_a_bare_membership_title_is_no_person(pipe):
    ents = _ents(pipe, "Perubahan dukungan oleh anggota Kongres berubah dalam semalam. Venezuela menjadi anggota "
                       "Mercosur pada 2012.")
    names = _names(ents)
    assert ("ORG", "Kongres") in names and ("ORG", "Mercosur") in names
    assert not any(e.type == "PER" for e in ents)
    # guard: the holder named after the member's body stays a person with the title
    ents = _ents(pipe, "Hal itu disampaikan anggota DPR Budi Santoso di Jakarta.")
    by = _by_name(ents)
    assert ("PER", "Budi Santoso") in by and by[("PER", "Budi Santoso")].title == "anggota DPR"


def test_english_body_word_ending_a_name_types_it_a_body(pipe):
    ents = _ents(pipe, "MoU antara Badan Penyelenggara Jaminan Produk Halal dan Pakistan Halal Authority "
                       "ditandatangani. Jabatannya sebagai Kepala Library Technologies Group.")
    assert not any(e.type == "PER" for e in ents)
    assert ("ORG", "Halal Authority") in _names(ents) or ("ORG", "Pakistan Halal Authority") in _names(ents)


# Session 27 (names-id27): classes the labelled IDNER news / NERGrit sentences showed (scripts/entity_labelled.py);
# sentences written for these tests.
def test_award_category_after_a_title_is_no_person(pipe):
    ents = _ents(pipe, "Ia memenangi Piala Citra untuk Aktor Pendatang Baru Terbaik tahun lalu.")
    assert not any(e.type == "PER" for e in ents)
    # guard: a name after the same title stays a person
    ents = _ents(pipe, "Aktor Reza Rahadian hadir di acara itu.")
    assert ("PER", "Reza Rahadian") in _names(ents)


def test_body_after_an_office_phrase_gives_up_the_holder(pipe):
    ents = _ents(pipe, "Kepala Bidang Pencegahan Badan Narkotika Nasional Agus Salim menyampaikan imbauan itu. "
                       "Deputi bidang Pencegahan Kementerian Koordinator Maritim Rudi Hartono meninjau lokasi.")
    names = _names(ents)
    assert ("ORG", "Badan Narkotika Nasional") in names and ("PER", "Agus Salim") in names
    assert ("ORG", "Kementerian Koordinator Maritim") in names and ("PER", "Rudi Hartono") in names


def test_holder_after_a_known_body_before_an_apposition_stays(pipe):
    ents = _ents(pipe, "Istri mantan Ketua Umum Partai Golkar Setya Novanto, Deisti Astriani, hadir di sidang itu.")
    names = _names(ents)
    assert ("PER", "Setya Novanto") in names and ("PER", "Deisti Astriani") in names


def test_lower_case_unit_word_makes_no_field_phrase_of_the_holder(pipe):
    ents = _ents(pipe, "Hal itu disampaikan Staf Khusus Presiden bidang Komunikasi Politik Rudi Hartono di Jakarta.")
    assert ("PER", "Rudi Hartono") in _names(ents)


# Session 28 (names-id28): classes a census of detik-2025 articles outside gold/dev showed (distinct rows 100-159
# written from, 300-379 checked); sentences written for these tests.
def test_one_word_model_place_no_gazetteer_knows_is_no_entity(pipe):
    # Session 28 (names-id28): a car, a cited author, a job title are no places
    for text, word in (("Presiden sudah memberi contoh dengan memakai Maung setiap hari.", "Maung"),
                       ("Biaya kampanye sangat mahal (Aspinall dan Berenschot, 2019).", "Aspinall"),
                       ("Turut hadir Widyaprada Ahli Utama dari kementerian itu.", "Widyaprada")):
        ents = _ents(pipe, text)
        assert not any(e.type == "GPE" and e.name == word for e in ents), (text, _names(ents))


def test_one_word_model_place_in_an_address_or_after_di_stays(pipe):
    # Session 28 (names-id28) guard: beside another place by a comma, or after "di", the word stays a place
    ents = _ents(pipe, "Balai itu berada di Jalan Perum Griya Asri Raya, Jelupang, Kecamatan Serpong Utara.")
    assert ("GPE", "Jelupang") in _names(ents)
    ents = _ents(pipe, "Polisi menangkap pelaku di Jakarta dan Medan.")
    assert ("GPE", "Jakarta") in _names(ents) and ("GPE", "Medan") in _names(ents)
    # located by "di" and a known place after it: a border post the gazetteers lack
    ents = _ents(pipe, "Pos lintas batas itu ada tiga. Yakni, Motaain di Kabupaten Belu, serta dua pos lain.")
    assert ("GPE", "Motaain") in _names(ents)


def test_body_acronym_opening_a_titled_name_ends_the_office(pipe):
    # Session 28 (names-id28): the acronym is the body's, written on its own elsewhere in the article
    ents = _ents(pipe, "Jaksa mengatakan Dirut ABS Hendra Wijaya lalu melapor ke Menteri BUMN. Para mantan direksi "
                       "PT ABS, yakni Hendra Wijaya selaku Direktur Utama, dihukum.")
    names = _names(ents)
    assert ("PER", "Hendra Wijaya") in names and ("PER", "ABS Hendra Wijaya") not in names
    assert sum(1 for e in ents if e.type == "PER") == 1
    ents = _ents(pipe, "Himpunan Pengusaha Muda Indonesia (Hipmi) mendukung kebijakan itu. \"Kami mendukung,\" ujar "
                       "Ketua Umum BPP Hipmi Akbar Wicaksono dalam keterangan tertulis.")
    assert ("PER", "Akbar Wicaksono") in _names(ents)
    assert not any(e.type == "PER" and e.name.startswith("Hipmi") for e in ents)


def test_initials_opening_a_titled_name_stay(pipe):
    # Session 28 (names-id28) guard: initials that name no body elsewhere are the person's own
    ents = _ents(pipe, "Mantan Jaksa Agung HM Prasetyo hadir dalam acara itu.")
    assert ("PER", "HM Prasetyo") in _names(ents)


def test_clipped_given_name_is_the_person_it_clips(pipe):
    # Session 28 (names-id28): "Pras" ... "Prasetyo Hadi", "Febri" ... "Febrian Rizky Akbar": one person each
    ents = _ents(pipe, "Kepala Pusat Data Febrian Rizky Akbar menjelaskan data itu. \"Data ini kami rilis tiap "
                       "bulan,\" ungkap Febri kepada wartawan.")
    assert [e.name for e in ents if e.type == "PER"] == ["Febrian Rizky Akbar"]
    ents = _ents(pipe, "Menteri Sekretaris Negara Prasetyo Hadi hadir di Istana. Pras menjelaskan, program itu "
                       "tetap berjalan.")
    assert [e.name for e in ents if e.type == "PER"] == ["Prasetyo Hadi"]


def test_given_name_of_its_own_is_no_clipped_name(pipe):
    # Session 28 (names-id28) guard: "Budi" is a whole given name beside "Budi Santoso", not "Budiman"'s clip
    ents = _ents(pipe, "Budi Santoso dan Budiman Sudjatmiko hadir. Budi mengatakan acara berjalan lancar.")
    names = _names(ents)
    assert ("PER", "Budi Santoso") in names and ("PER", "Budiman Sudjatmiko") in names
    budiman = next(e for e in ents if e.name == "Budiman Sudjatmiko")
    assert {m.text for m in budiman.mentions} == {"Budiman Sudjatmiko"}


# Session 29 (names-id29): classes a census of the detik-2025 texts outside gold/dev showed; sentences written for
# these tests.
def test_office_seat_after_di_is_a_building(pipe):
    # Session 29 (names-id29): "di Kantor Gubernur ..." is the building, not the person "Kantor"
    for text, name in (("Ia berpidato di Kantor Gubernur Bali, Denpasar, Kamis.", "Kantor Gubernur Bali"),
                       ("Massa berdemo di Kantor Bupati Sleman kemarin.", "Kantor Bupati Sleman")):
        ents = _ents(pipe, text)
        assert ("LOC", name) in _names(ents), (text, _names(ents))
        assert not any(e.type == "PER" and e.name == "Kantor" for e in ents)


def test_office_seat_guard_body_named_by_kantor_stays(pipe):
    # Session 29 (names-id29) guard: a body the head word opens itself is no building
    ents = _ents(pipe, "Kepala Kantor Staf Presiden hadir di Istana.")
    assert not any(e.type == "LOC" and e.name.startswith("Kantor Staf") for e in ents)


def test_police_rank_written_out_is_no_name(pipe):
    # Session 29 (names-id29): "Brigadir Polisi Satu" (Briptu) is a rank, not the person's first name
    ents = _ents(pipe, "Inovasi Brigadir Polisi Satu Renita Rismayanti dipuji PBB. Brigadir Renita senang.")
    assert [e.name for e in ents if e.type == "PER"] == ["Renita Rismayanti"]


def test_group_word_cued_as_a_person_is_that_person(pipe):
    # Session 29 (names-id29): "ujar Muslim" names the lawyer Muslim, no religious group
    ents = _ents(pipe, "\"Ini bukti penyidik bekerja profesional,\" ujar Muslim kepada wartawan, Senin (20/10).")
    assert ("PER", "Muslim") in _names(ents) and ("NORP", "Muslim") not in _names(ents)
    # ... and a mention of the one person whose full name opens with the word
    ents = _ents(pipe, "Pengacara Ridwan Kamil, Muslim Jaya Butar Butar, turut berkomentar. \"Ini bukti penyidik "
                       "bekerja profesional,\" ujar Muslim kepada wartawan.")
    lawyer = next(e for e in ents if e.name == "Muslim Jaya Butar Butar")
    assert "Muslim" in {m.text for m in lawyer.mentions} and not any(e.name == "Muslim" for e in ents)


def test_group_word_after_a_noun_stays_a_group(pipe):
    # Session 29 (names-id29) guard: "umat Muslim", "negara mayoritas Muslim" are the group
    ents = _ents(pipe, "Umat Muslim merayakan Idul Fitri. Negara mayoritas Muslim mengecam serangan itu.")
    assert ("NORP", "Muslim") in _names(ents) and ("PER", "Muslim") not in _names(ents)


def test_one_word_person_named_in_full_elsewhere_is_kept(pipe):
    # Session 29 (names-id29): since session 28 a one-word model place no gazetteer knows is dropped; "Sugeng" after
    # "Sugeng Hariyanto" groups with the person first, so it is kept as a mention of him (either order)
    for text in ("Sugeng Hariyanto ditangkap polisi di Surabaya. Berdasarkan hasil gelar perkara Polda Jawa Timur, "
                 "Sugeng ditetapkan sebagai tersangka.",
                 "Berdasarkan hasil gelar perkara Polda Jawa Timur, Sugeng ditetapkan sebagai tersangka. Sugeng "
                 "Hariyanto ditangkap polisi di Surabaya."):
        ents = _ents(pipe, text)
        sugeng = next(e for e in ents if e.name == "Sugeng Hariyanto")
        assert sugeng.type == "PER" and "Sugeng" in {m.text for m in sugeng.mentions}
        assert not any(e.name == "Sugeng" for e in ents)


def test_two_word_named_thing_before_a_title_is_no_person(pipe):
    # Session 29 (names-id29): "Asta Cita" keeps its MISC span though "Asta" opens a gazetteer person's name
    ents = _ents(pipe, "Program itu sejalan dengan Asta Cita Presiden Prabowo Subianto.")
    assert ("MISC", "Asta Cita") in _names(ents) and not any(e.type == "PER" and e.name == "Asta" for e in ents)


def test_functional_level_and_portfolio_words_are_the_office(pipe):
    # Session 29 (names-id29): "Ahli Madya" ends the office; "Keluarga", "Budaya" are portfolio words, no name
    for text, person in (("Turut hadir Analis Kebijakan Ahli Madya Muhlis Irfan dari BKN.", "Muhlis Irfan"),
                         ("Terlihat Menteri Kependudukan dan Pembangunan Keluarga Wihaji di Istana.", "Wihaji"),
                         ("Bantuan diserahkan Deputi Bidang Sosial, Budaya, dan Pemberdayaan Masyarakat Otorita IKN, "
                          "Alimuddin, kemarin.", "Alimuddin")):
        ents = _ents(pipe, text)
        assert [e.name for e in ents if e.type == "PER"] == [person], (text, _names(ents))


# Session 30 (names-id30): classes read in a census of detik-2025 texts outside gold/dev; sentences written for these
# tests.
def test_gazetteer_body_then_person_after_a_title(pipe):
    # Session 30 (names-id30): a pattern body that swallowed the person after it is cut where a gazetteer body ends
    for text, body, person in (
            ("Ketua Komnas HAM Atnike Nova Sigiro menyesalkan kasus itu.", "Komnas HAM", "Atnike Nova Sigiro"),
            ("Rapat dihadiri Direktur Jenderal (Dirjen) Peternakan dan Kesehatan Hewan Kementerian Pertanian Agung "
             "Suganda, serta pejabat lain.", "Kementerian Pertanian", "Agung Suganda"),
            # the person goes on past the body's span with an initial
            ("Komisioner Komnas HAM Saurlin P Siagian menyebut penilaian itu dilakukan sejak 2023.", "Komnas HAM",
             "Saurlin P Siagian")):
        names = _names(_ents(pipe, text))
        assert ("ORG", body) in names and ("PER", person) in names, (text, names)


def test_gazetteer_body_with_its_own_words_stays_whole(pipe):
    # Session 30 (names-id30) guard: a body's regional or unit words after a gazetteer body are no person
    names = _names(_ents(pipe, "Kepala Badan Gizi Nasional Jawa Barat hadir dalam rapat itu."))
    assert not any(t == "PER" for t, _ in names), names


def test_person_cut_before_the_rest_of_the_name_is_whole(pipe):
    # Session 30 (names-id30): the model's person stopped before the rest of the name, or split it in two
    for text, person in (("Dalam permohonannya, pemohon bernama Daniel Frits Maurits Tangkilisan.",
                          "Daniel Frits Maurits Tangkilisan"),
                         ("Siapa sosok di balik kematian Ketut Parmi?", "Ketut Parmi"),
                         ("Kapolres Kampar AKBP Boby Putra Ramadhan Sebayang mengatakan kegiatan itu lancar.",
                          "Boby Putra Ramadhan Sebayang"),
                         ("Setda Kabupaten Tabanan I Made Agus Hartawiguna yang mewakili bupati hadir.",
                          "I Made Agus Hartawiguna")):
        persons = [e.name for e in _ents(pipe, text) if e.type == "PER"]
        assert persons == [person], (text, persons)


def test_person_not_widened_over_glued_or_office_words(pipe):
    # Session 30 (names-id30) guards: a word glued to the next by a lost line break, an office's field
    persons = [e.name for e in _ents(pipe, "Ketua: Ketut Ngurah AryaBendahara: Ni Kadek Turkini") if e.type == "PER"]
    assert not any("AryaBendahara" in p for p in persons), persons
    persons = [e.name for e in _ents(pipe, "Acara Evaluasi Pemerintahan Presiden Prabowo Subianto Bidang "
                                           "Kesejahteraan Sosial digelar hari ini.") if e.type == "PER"]
    assert "Prabowo Subianto" in persons and not any("Sosial" in p for p in persons), persons


def test_person_not_widened_over_words_before_a_lower_case_word(pipe):
    # Session 30 (names-id30) guard: free capitalised words before a lower-case word are as often a phrase's words
    persons = [e.name for e in _ents(pipe, "Risiko bagi Mendur Bersaudara jika tertangkap tentara Jepang adalah "
                                           "penjara.") if e.type == "PER"]
    assert "Mendur Bersaudara" not in persons, persons


# Session 31 (namesid31): classes read in a census of detik-2025 and IndoSum texts outside gold/dev; sentences written
# for these tests.
def test_titled_run_before_a_comma_and_a_name_is_the_body(pipe):
    # Session 31 (namesid31): "Title Body, Holder": the run after the title is the office's body, not a person
    for text, gone, holder in (
            ("Gedung itu dikelola di bawah kepemimpinan Ketua Umum Dewan Pengurus Pusat (DPP) Gebu Minang, Oesman "
             "Sapta.", "Gebu Minang", "Oesman Sapta"),
            ("Acara itu dihadiri Menteri Pemberdayaan Perempuan dan Perlindungan Anak (PPPA), Arifah Fauzi; dan "
             "Wakil Menteri PU, Diana Kusumastuti.", "Anak", "Arifah Fauzi"),
            ("Ia juga menyinggung kedekatannya dengan Bupati Flotim, Anton Doni Dihen.", "Flotim", "Anton Doni Dihen")):
        persons = [e.name for e in _ents(pipe, text) if e.type == "PER"]
        assert gone not in persons and holder in persons, (text, persons)


def test_titled_person_before_a_comma_stays_in_lists_and_relations(pipe):
    # Session 31 (namesid31) guards: a list of persons, a rank, a person's trade, a title held for someone
    for text, kept in (
            ("Hadir Kapolda Jawa Barat Irjen Rudi Setiawan, Budi Santoso, dan warga.", "Rudi Setiawan"),
            ("Juri terdiri dari Hj Saari (Malaysia), Maxine Williamson (Australia), Siti Kamaluddin (Brunei) dan "
             "Raymon Red (Filipina).", "Saari"),
            ("Didampingi Kepala Pusat Penerangan ABRI masa itu, Brigjen Sumrahari, Soemitro berbicara bahwa media "
             "massa berfungsi.", "Sumrahari"),
            ("Putra aktor Will Smith, Jaden meluncurkan video musik.", "Will Smith"),
            ("Hal tersebut disampaikan oleh kuasa hukum Setnov, Fredrich Yunadi.", "Setnov"),
            ("Bersama Prof Sarbini Sumawinata, Daryatmo juga pernah memimpin seminar AD di Bandung.",
             "Sarbini Sumawinata")):
        persons = [e.name for e in _ents(pipe, text) if e.type == "PER"]
        assert kept in persons, (text, persons)


def test_chamber_of_commerce_opens_a_body(pipe):
    # Session 31 (namesid31): "kamar dagang" is a body's head, not the person of the title before it
    names = _names(_ents(pipe, "Hadir pula Ketua Umum Kamar Dagang dan Industri (Kadin) Indonesia Anindya Novyan "
                               "Bakrie."))
    assert ("PER", "Anindya Novyan Bakrie") in names and not any(
        t == "PER" and "Kamar" in n for t, n in names), names


# Session 32 (entid32): classes read in an entity census of detik-2025 news-desk texts outside gold/dev; sentences
# written for these tests.
def test_building_written_as_a_venue_is_a_place(pipe):
    # Session 32 (entid32): a body named by a building word, where something happens, with its address or day after
    for text, name in (
            ("Dialog itu berlangsung di Kompleks Parlemen, Senayan, Jakarta, pada Rabu (4/9).", "Kompleks Parlemen"),
            ("Hal itu diungkapkan usai sidang tahunan di Gedung Parlemen, Jakarta, hari ini.", "Gedung Parlemen"),
            ("Prabowo berbicara dalam sidang kabinet di Istana Negara, Senin (20/10/2025).", "Istana Negara"),
            ("Hal itu disampaikan Erick di kompleks Istana Kepresidenan, Jakarta, Rabu (4/6/2025).",
             "Istana Kepresidenan"),
            ("Hal itu disampaikan dalam pembukaan forum iklim 2025, Gedung Parlemen, Senayan, Jakarta.",
             "Gedung Parlemen")):
        names = _names(_ents(pipe, text))
        assert ("LOC", name) in names and ("ORG", name) not in names, (text, names)


def test_palace_as_the_government_stays_a_body(pipe):
    # Session 32 (entid32) guards: no place or day after it, or no venue at all
    for text, name in (
            ("Afifuddin mengakui tak ada diskusi dengan pihak Istana maupun DPR.", "Istana"),
            ('"Ini tidak benar," kata Trump di Gedung Putih seperti dikutip dari Associated Press.', "Gedung Putih")):
        names = _names(_ents(pipe, text))
        assert ("ORG", name) in names, (text, names)


def test_holder_before_a_comma_does_not_open_inside_an_office(pipe):
    # Session 32 (entid32): "Title A dan B Name, Title2 Body": the last word of the first office is not the holder's
    names = _names(_ents(pipe, "Hadir Wakil Menteri Koperasi Farida Farichah, Wakil Menteri Kelautan dan Perikanan "
                               "Didit Herdiawan, Direktur Utama Agrinas Pangan Nusantara Joao Angelo de Sousa Mota, "
                               "serta para kepala daerah."))
    assert ("PER", "Didit Herdiawan") in names and ("PER", "Perikanan Didit Herdiawan") not in names, names


# Session 32 (linkid32)
def test_bare_first_name_of_the_president_is_not_the_police_chief(pipe):
    # Session 32 (linkid32): "Prabowo" beside "Listyo Sigit Prabowo" only is President Prabowo Subianto
    ents = _ents(pipe, "Prabowo meminta polisi menindak tegas pelaku kerusuhan. Kapolri Jenderal Listyo Sigit Prabowo "
                       "menyatakan siap. \"Kami siap,\" kata Sigit. Prabowo juga meminta menteri bekerja keras.")
    sigit = next(e for e in ents if e.name == "Listyo Sigit Prabowo")
    assert {m.text for m in sigit.mentions} == {"Listyo Sigit Prabowo", "Sigit"}
    assert any(e.type == "PER" and {m.text for m in e.mentions} == {"Prabowo"} for e in ents)


def test_leader_first_name_keeps_a_full_name_that_is_the_leader(pipe):
    # Session 32 (linkid32) guard: "Tito" beside "Muhammad Tito Karnavian" is that man (the gazetteer's Tito Karnavian)
    ents = _ents(pipe, "Mendagri Muhammad Tito Karnavian hadir di Jakarta. Tito mengatakan program itu berjalan.")
    tito = next(e for e in ents if e.name == "Muhammad Tito Karnavian")
    assert "Tito" in {m.text for m in tito.mentions}


# Session 32 (officeid32): an office's last field word read as the holder's first name, and a body running into the
# holder after its field words (detik-2025 news-desk census outside gold/dev); sentences written for these tests.
def test_office_field_word_is_not_the_holders_first_name(pipe):
    # Session 32 (officeid32)
    for text, person, wrong in (
            ("Hadir pula Wakil Kepala Badan Penyelenggara Jaminan Produk Halal Afriansyah Noor.",
             "Afriansyah Noor", "Halal Afriansyah Noor"),
            ("Hadir Mendikti Saintek Brian Yuliarto dan Sekretaris Kabinet Teddy Indra Wijaya.",
             "Brian Yuliarto", "Saintek Brian Yuliarto")):
        names = _names(_ents(pipe, text))
        assert ("PER", person) in names and ("PER", wrong) not in names, (text, names)


def test_body_after_its_fields_stops_at_the_holders_given_name(pipe):
    # Session 32 (officeid32)
    names = _names(_ents(pipe, "Mereka adalah Kepala Departemen Eksternal Maria Victoria Viyata Mayos, Kepala "
                               "Departemen Kajian Muhammad Riyadh."))
    assert ("PER", "Maria Victoria Viyata Mayos") in names, names
    assert not any("Maria" in n and t == "ORG" for t, n in names), names


def test_office_field_words_before_the_holder_stay_with_the_office(pipe):
    # Session 32 (officeid32): the model's span and the holder run before a comma open on the office's last field word
    names = _names(_ents(pipe, "Hadir Sekretaris Utama BKN Imas Sukmariah, Direktur Pengelolaan Sistem Informasi dan "
                               "Digitalisasi Wahyu Firdaus, Direktur Pengelolaan Data dan Penyajian Informasi ASN I "
                               "Ketut Buana."))
    assert ("PER", "Wahyu Firdaus") in names and not any("Digitalisasi" in n for _, n in names), names
    # guard: a place unit before a place's name is no field word of the office
    names = _names(_ents(pipe, "Bhabinkamtibmas Kelurahan Fatukoa, Kecamatan Maulafa, Kota Kupang, Aipda Endy Soleman "
                               "Boko, dikenal akrab dengan masyarakat."))
    assert ("PER", "Fatukoa") not in names, names


# Session 33 (entprec33): a one-word model name whose word the article also writes in lower case, and a ticket of two
# gazetteer first names joined by a hyphen (detik-2025 news-desk census outside gold/dev); sentences written for these
# tests.
def test_one_word_model_name_written_lower_case_elsewhere_is_dropped(pipe):
    # Session 33 (entprec33)
    for text, wrong in (
            ("Majelis menghadirkan Tomi Joko Irianto sebagai saksi yang diajukan Investigator. Majelis juga memberi "
             "kesempatan kepada investigator untuk bertanya.", "Investigator"),
            ("Menurut Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Risal Wasal, tarif "
             "transportasi umum multimoda harus terjangkau.", "Multimoda")):
        names = _names(_ents(pipe, text))
        assert not any(n == wrong for _, n in names), (text, names)


def test_lower_case_word_guard_keeps_cued_persons_and_short_forms(pipe):
    # Session 33 (entprec33) guard: a bracketed short form and a cued person stay though the word is also common
    names = _names(_ents(pipe, "Menurut data dari Kementerian Ekonomi Kreatif (Ekraf), sektor ekraf tumbuh pesat."))
    assert ("ORG", "Ekraf") in names, names
    for text in ("\"Kami akan terus berjuang,\" kata Indah kepada wartawan di Bandung. Pemandangan di sana indah sekali.",
                 "Pedagang bernama Indah (45) mengaku rugi. Pemandangan pasar itu tidak indah lagi, ujarnya."):
        names = _names(_ents(pipe, text))
        assert ("PER", "Indah") in names, (text, names)


def test_ticket_of_two_gazetteer_first_names_is_two_persons(pipe):
    # Session 33 (entprec33): neither named alone elsewhere; the old rule needed one of them alone
    names = _names(_ents(pipe, "Survei ini menilai kementerian terbaik dalam setahun pemerintahan Prabowo-Gibran "
                               "berjalan, kata peneliti Ali Noer Zaman."))
    assert ("PER", "Prabowo-Gibran") not in names, names
    assert ("PER", "Prabowo") in names and ("PER", "Gibran") in names, names
    # guard: a hyphenated first name before a surname stays one name
    names = _names(_ents(pipe, "Hal itu disampaikan Wakil Sekretaris Jenderal untuk Operasi Perdamaian Jean-Pierre "
                               "Lacroix kepada wartawan."))
    assert ("PER", "Jean") not in names and ("PER", "Pierre") not in names, names


def test_stop_listed_informasi_and_sumber_go_on_with_a_bodys_name(pipe):
    # Session 33 (entprec33): `inner_name_words` "informasi", "sumber" after a name word inside a body's name
    for text, body in (
            ("Kepala Biro Komunikasi dan Layanan Informasi Kemenkeu, Deni Surjantoro mengatakan video itu hoaks.",
             "Biro Komunikasi dan Layanan Informasi Kemenkeu"),
            ("Ia bertemu pimpinan Kementerian Perindustrian dan Teknologi Informasi (MIIT) di Beijing.",
             "Kementerian Perindustrian dan Teknologi Informasi"),
            ("Ia telah berkoordinasi dengan Direktorat Kepatuhan Internal dan Transformasi Sumber Daya Aparatur "
             "(KITSDA) untuk itu.", "Direktorat Kepatuhan Internal dan Transformasi Sumber Daya Aparatur")):
        names = _names(_ents(pipe, text))
        assert ("ORG", body) in names, (text, names)


# Session 33 (entlink33): classes read in an entity census of detik-2025 news-desk texts outside gold/dev; sentences
# written for these tests.
def test_regency_short_form_after_an_office_is_a_place(pipe):
    # Session 33 (entlink33): a regency's or Jakarta city's short form after an office or a body is the place, no person
    for text, place in (
            ("KPK menangkap Bupati Koltim dalam operasi tangkap tangan di Sulawesi Tenggara.", "Koltim"),
            ("Ketua DPC PDIP Jaksel Yuke Yurike menyampaikan hal itu di kantornya.", "Jaksel")):
        names = _names(_ents(pipe, text))
        assert ("GPE", place) in names and ("PER", place) not in names, (text, names)


def test_jakarta_city_and_its_short_form_in_brackets_are_one_place(pipe):
    # Session 33 (entlink33): "Jakarta Pusat (Jakpus)" stays one place with its short form
    ents = _ents(pipe, "Massa langsung mendatangi Mako Brimob Kwitang, Jakarta Pusat (Jakpus), pada Jumat malam.")
    place = next(e for e in ents if e.name in ("Jakarta Pusat", "Jakpus"))
    assert {m.text for m in place.mentions} >= {"Jakarta Pusat", "Jakpus"}, [(e.name, e.mentions) for e in ents]


def test_given_names_of_the_name_lists_stop_a_body_before_its_holder():
    # Session 33 (entlink33): "Khairul" opens person names of the NER name lists, not of the gazetteer: a given name
    from kabar.stages.entities.loading import resources
    res = resources("id")
    assert {"khairul", "wahyu", "budi", "eko"} <= res.given_names
    assert not {"sultan", "jenderal", "di", "partai"} & res.given_names


# Session 34 (entid34): classes read in an entity census of the 835 distinct detik-2025 texts outside gold/dev (a law
# written short and in full, a common noun's phrase read as a person, a derived noun before a ticket); sentences
# written for these tests.
def test_law_written_short_and_in_full_is_one_entity(pipe):
    # Session 34 (entid34): "UU X" / "Undang-Undang X", "PP Nomor N" / "Peraturan Pemerintah Nomor N", "RI" dropped
    ents = _ents(pipe, "Komisi VII DPR RI menyetujui revisi Undang-Undang Kepariwisataan. Anggota Komisi VII Siti "
                       "Mukaromah mengatakan UU Kepariwisataan perlu diperbarui. Pemerintah merujuk Undang-Undang RI "
                       "Nomor 7 Tahun 2011 dan PP Nomor 28 Tahun 2025. Menurut dia, UU Nomor 7 Tahun 2011 serta "
                       "Peraturan Pemerintah Nomor 28 Tahun 2025 masih berlaku.")
    laws = {e.name: {m.text for m in e.mentions} for e in ents if e.type == "MISC"}
    assert laws == {"Undang-Undang Kepariwisataan": {"Undang-Undang Kepariwisataan", "UU Kepariwisataan"},
                    "Undang-Undang RI Nomor 7 Tahun 2011": {"Undang-Undang RI Nomor 7 Tahun 2011",
                                                            "UU Nomor 7 Tahun 2011"},
                    "Peraturan Pemerintah Nomor 28 Tahun 2025": {"Peraturan Pemerintah Nomor 28 Tahun 2025",
                                                                 "PP Nomor 28 Tahun 2025"}}, laws


def test_law_key_keeps_different_laws_apart():
    # Session 34 (entid34): a bill is not its law, another number is another law, a type the pack does not know has no key
    from kabar.stages.entities.grouping import law_key
    from kabar.stages.entities.loading import resources
    res = resources("id")
    forms = (res.law_short_forms, res.law_key_skip)
    assert law_key("UU No. 7 Tahun 2011", *forms) == law_key("Undang-Undang RI Nomor 7 Tahun 2011", *forms)
    assert law_key("UU ITE", *forms) == law_key("Undang-undang ITE", *forms) == "law:undang undang ite"
    assert law_key("RUU Polri", *forms) != law_key("UU Polri", *forms)
    assert law_key("UU Nomor 8 Tahun 2019", *forms) != law_key("UU Nomor 8 Tahun 2018", *forms)
    assert law_key("Undang-Undang", *forms) is None and law_key("Kementerian Hukum", *forms) is None


def test_person_opened_by_a_common_word_of_the_article_is_dropped(pipe):
    # Session 34 (entid34): the first word is also written in lower case in the article and is no given name
    for text, wrong in (
            ("Turnamen memakai tiga lapangan. Tim U-14 bertanding di Lapangan Tri Sakti, Kuta, pada Sabtu.",
             "Lapangan Tri Sakti"),
            ("Banyak dapur belum memiliki Sertifikat Laik Higiene dan Sanitasi. Padahal sertifikat itu wajib, kata "
             "Kepala BGN Dadan Hindayana.", "Sertifikat Laik Higiene")):
        names = _names(_ents(pipe, text))
        assert ("PER", wrong) not in names, (text, names)
    # guard: a given name that is also a common word ("surya" = sun) opens a person's name
    names = _names(_ents(pipe, "Panel surya dipasang di atap sekolah. Kepala sekolah Surya Ramadan mengatakan "
                               "listrik kini lebih hemat."))
    assert ("PER", "Surya Ramadan") in names, names


def test_derived_noun_before_a_ticket_is_no_given_name(pipe):
    # Session 34 (entid34): "Pemerintahan Prabowo-Gibran": "Pemerintahan" is no first name of "Prabowo"
    ents = _ents(pipe, "Presiden Prabowo Subianto meresmikan program itu di Jakarta. Pertamina mendukung swasembada "
                       "energi selama satu tahun Pemerintahan Prabowo-Gibran ini.")
    pers = [e for e in ents if e.type == "PER" and e.name.startswith("Prabowo")]
    assert len(pers) == 1 and {m.text for m in pers[0].mentions} >= {"Prabowo Subianto", "Prabowo"}, \
        [(e.name, [m.text for m in e.mentions]) for e in ents]
    assert "Pemerintahan Prabowo" not in _mention_texts(ents)


def test_code_inside_a_reference_number_is_no_name(pipe):
    # Session 34 (entid34): a one-word span in a run with a digit and two slashes or more is the number's code
    ents = _ents(pipe, "Kejari Sikka menerbitkan Surat Perintah Penyidikan Nomor PRINT-02/M.2.24/Fd/10/2025 untuk "
                       "kasus itu. Laporan diterima dengan nomor LP/B/3442/IX/2025/SPKT di kantor polisi.")
    names = _names(ents)
    assert not any(n in ("PRINT", "LP") for _, n in names), names
    # guard: a line break after a date in brackets does not glue the next sentence's first name to it
    ents = _ents(pipe, '"Kami menghormati putusan itu," kata Menteri Luar Negeri Sugiono, Jumat (12/9/2025).\n\n'
                       'Sugiono juga mengingatkan Israel agar menghentikan serangan ke Gaza.')
    assert ("PER", "Sugiono") in _names(ents), _names(ents)


# Session 34 (coord34): two bodies joined by "dan" read as one organisation, found in the entity census of the 835
# distinct detik-2025 texts outside gold/dev; sentences written for these tests.
def test_second_body_after_dan_ends_the_first(pipe):
    # Session 34 (coord34): a police unit ("Resmob") and the ombudsman open a body of their own after "dan"
    names = _names(_ents(pipe, "Kamal akhirnya ditangkap polisi dari Polsek Kuta dan Resmob Polda Sulawesi Utara. "
                               "Hal itu sesuai rekomendasi dari Komnas HAM dan Ombudsman, kata dia."))
    assert ("ORG", "Polsek Kuta") in names and ("ORG", "Komnas HAM") in names, names
    assert not any(" dan " in n for _, n in names), names


def test_body_in_a_comma_list_ends_the_portfolio_list(pipe):
    # Session 34 (coord34): a company form or a glued head ("Kemenko") after the comma opens the next body
    names = _names(_ents(pipe, "Program ini hasil kolaborasi antara Pemkab Gresik, Yayasan PPNU Trate, dan PT "
                               "Petrokimia Gresik. Dia menyebut Kementerian UMKM, Kemenko Hukum, HAM, Imigrasi dan "
                               "Pemasyarakatan."))
    assert {("ORG", "Yayasan PPNU Trate"), ("ORG", "PT Petrokimia Gresik"), ("ORG", "Kementerian UMKM")} <= names, names
    assert not any("," in n for _, n in names), names
    # guard: a ministry whose portfolio is a comma list, and one with "dan" inside its name, stay whole
    names = _names(_ents(pipe, "Kementerian Pendidikan Tinggi, Sains, dan Teknologi bersama Kementerian Hukum dan "
                               "HAM serta Kementerian Energi dan Sumber Daya Mineral menggelar rapat."))
    assert {("ORG", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi"), ("ORG", "Kementerian Hukum dan HAM"),
            ("ORG", "Kementerian Energi dan Sumber Daya Mineral")} <= names, names


# Session 35 (entlab35): a capital "I" before a Balinese birth-order name opens the person's name, no roman numeral of
# the body before it (836 detik-2025 texts outside gold/dev); sentences written for these tests.
def test_balinese_i_opens_a_name_not_a_unit_number(pipe):
    names = _names(_ents(pipe, "Hal itu disampaikan Direktur Utama RSUD Sanjiwani I Ketut Arsana kepada wartawan. "
                               "Komisi I DPR juga membahas soal itu bersama Kodam IX Udayana."))
    assert ("ORG", "RSUD Sanjiwani") in names and ("PER", "I Ketut Arsana") in names, names
    assert ("ORG", "Komisi I DPR") in names, names  # guard: a roman numeral before no birth-order name stays


def test_roman_unit_number_after_a_title_belongs_to_the_office(pipe):
    ents = _ents(pipe, "Asisten III Bidang Administrasi Umum Setda Kabupaten Badung I Gusti Ngurah Arya membuka rapat.")
    person = _by_name(ents).get(("PER", "I Gusti Ngurah Arya"))
    assert person is not None, _names(ents)
    assert person.title == "Asisten III Bidang Administrasi Umum Setda Kabupaten Badung"
    assert not any(e.type == "PER" and e.name.startswith("III") for e in ents), _names(ents)


# Session 35 (entid35): false-positive classes read in an entity census of the 835 distinct detik-2025 texts outside
# gold/dev (a term's last words before its acronym read as a person; places and English-named firms typed as
# settlements or persons); sentences written for these tests.
def test_term_spelt_by_its_acronym_is_no_person(pipe):
    # Session 35 (entid35): the bracketed acronym spells a longer term than the person's name (ner.expanded_term_person)
    for text, wrong in (
            ("Survei itu dihimpun dengan mengacu pada data Nomor Induk Kependudukan (NIK) yang dikelola Kemendagri. "
             "Data itu diperbarui tiap bulan.", "Induk Kependudukan"),
            ("Pemerintah juga mempercepat pembangunan Pembangkit Listrik Tenaga Surya (PLTS) di desa-desa, kata Bahlil "
             "Lahadalia di Jakarta.", "Surya")):
        names = _names(_ents(pipe, text))
        assert not any(t == "PER" and n == wrong for t, n in names), (text, names)
    # guards: a call title opens the acronym ("Kang Dedi Mulyadi (KDM)"), a given name the model kept
    for text, person in (
            ("Gubernur Jawa Barat Kang Dedi Mulyadi (KDM) menanggapi hal itu di Bandung.", "Dedi Mulyadi"),
            ("Tersangka Siti Nur Azizah (SNA) ditahan polisi di Bekasi.", "Siti Nur Azizah")):
        names = _names(_ents(pipe, text))
        assert any(t == "PER" and person in n for t, n in names), (text, names)


def test_expanded_term_person_needs_the_letter_of_the_word_before():
    # Session 35 (entid35): the acronym must end with the name's initials and the word before gives the letter before
    from kabar.stages.entities.loading import Cand, resources
    from kabar.stages.entities.ner import expanded_term_person
    from kabar.stages.segment import Segmenter
    from kabar.text.tokens import toks_of
    res = resources("id")

    def check(text, start, end):
        r = Article.new(text, lang="id", published="2025-10-20")
        Segmenter()(r)
        return expanded_term_person(toks_of(r), res, [Cand(start, end, "PER", "ner")])

    assert check("data Nomor Induk Kependudukan (NIK) itu", 2, 4)
    assert not check("data Nomor Induk Kependudukan (NKP) itu", 2, 4)  # the acronym does not end with "IK"
    assert not check("Ketua M Fahrudin (MFR) hadir", 1, 3)  # the name's initials open the acronym
    assert not check("Ketua Kang Dedi Mulyadi (KDM) hadir", 2, 4)  # a call title


def test_places_and_english_named_firms_get_their_type(pipe):
    # Session 35 (entid35): loc_heads "lapangan", "museum", "spbu"; body_type_words "publishing", "logistics", ...
    names = _names(_ents(pipe, "Monumen Nasional di Lapangan Merdeka, Jakarta Pusat, menyimpan sejarah. Pencuri "
                               "membobol Museum Louvre di Paris. Sopir itu berhenti di depan SPBU Kaligawe."))
    assert {("LOC", "Lapangan Merdeka"), ("LOC", "Museum Louvre"), ("LOC", "SPBU Kaligawe")} <= names, names
    names = _names(_ents(pipe, "Mengutip Smithsonian Magazine, kenaikan permukaan laut dapat merusak situs. Harvard "
                               "Health Publishing melaporkan bahwa berlari baik. Direktur Operasional DNR Logistics "
                               "tahun 2018, Kanisius Jerry Tengker, ditahan."))
    assert {("ORG", "Smithsonian Magazine"), ("ORG", "Harvard Health Publishing"), ("ORG", "DNR Logistics")} <= names, \
        names
