"""Cleaning rules in both languages, on inputs other than the seed."""

import pytest

from kabar.record import Article
from kabar.stages.clean import Cleaner, clean_text, rules_for


def run(body, lang):
    return Cleaner()(Article.new(body, lang=lang))


@pytest.mark.parametrize(
    "lang, line, kind",
    [
        ("id", "Baca juga: Harga Beras Naik Lagi di Pasar Induk", "read_also"),
        ("id", "BACA JUGA: Gempa Guncang Cianjur", "read_also"),
        ("id", "MEMBACA\u00a0 Menteri Keuangan Umumkan Paket Stimulus", "read_also"),
        ("id", "Simak juga video berikut ini", "read_also"),
        ("id", "Lihat Juga: Banjir di Kalimantan Selatan", "read_also"),
        ("id", "SCROLL TO CONTINUE WITH CONTENT", "read_also"),
        ("en", "Read more: Floods hit northern Italy", "read_also"),
        ("en", "Related: Election results in full", "read_also"),
        ("en", "READ MORE: Why the talks collapsed", "read_also"),
        ("en", "SCROLL TO CONTINUE WITH CONTENT", "read_also"),
        ("id", "(ANTARA FOTO/Galih Pradipta)", "credit"),
        ("en", "Reuters/Jane Doe", "credit"),
        ("en", "(Reporting by Jane Doe; Editing by John Roe)", "credit"),
        ("id", "Editor: Budi Santoso", "credit"),
        ("en", "Protesters gather outside parliament in Bangkok on Tuesday. Jack Taylor/AFP via Getty Images", "caption"),
        ("id", "Petugas memeriksa puing bangunan yang runtuh di Cianjur. REUTERS/Ajeng Dinar Ulfiana", "caption"),
        ("id", "Foto: Presiden menyapa warga saat kunjungan kerja (Dok. Setpres)", "caption"),
        ("en", "Sign up for our daily newsletter here", "other"),
    ],
)
def test_boilerplate_lines_are_removed(lang, line, kind):
    body = f"Paragraf pertama berisi berita utama hari ini.\n\n{line}\n\nParagraf terakhir menutup berita."
    r = run(body, lang)
    assert [x.kind for x in r.removed] == [kind]
    assert r.removed[0].text == line.strip()
    assert body[r.removed[0].start:].startswith(line.strip())
    assert line.strip()[:12] not in r.text
    assert r.text.startswith("Paragraf pertama") and r.text.endswith("menutup berita.")


@pytest.mark.parametrize(
    "lang, line, outlet",
    [
        ("id", "Baca artikel asli di Kompas", "Kompas"),
        ("id", "Artikel ini telah tayang di Kompas.com dengan judul \"Harga BBM Naik\"", "Kompas.com"),
        ("id", "Artikel ini pertama kali terbit di The Conversation.", "The Conversation"),
        ("en", "Read the original article on Business Insider", "Business Insider"),
        ("en", "This article originally appeared on The Conversation.", "The Conversation"),
        ("en", "This story was originally published by ProPublica.", "ProPublica"),
    ],
)
def test_source_notes_set_original_outlet(lang, line, outlet):
    r = run(f"Body text here.\n{line}", lang)
    assert [x.kind for x in r.removed] == ["source_note"]
    assert r.original_outlet == outlet
    assert r.text == "Body text here."


def test_inline_credit_is_cut_from_a_body_paragraph():
    body = "Warga antre membeli minyak goreng di Medan (ANTARA FOTO/Septianda Perdana). Harga masih tinggi."
    r = run(body, "id")
    assert r.text == "Warga antre membeli minyak goreng di Medan. Harga masih tinggi."
    assert r.removed[0].kind == "credit" and r.removed[0].text == "(ANTARA FOTO/Septianda Perdana)"
    assert body[r.removed[0].start :].startswith("(ANTARA")


def test_ordinary_body_is_untouched():
    body = "Membaca buku adalah kegemaran warga desa itu.\n\nMenurut kepala desa, perpustakaan baru dibuka via jalan desa."
    r = run(body, "id")
    assert r.removed == []
    assert r.text == body


def test_odd_whitespace_is_normalised_one_for_one():
    r = run("Satu\u00a0dua\u202ftiga.\r\n\n\tEmpat lima.", "en")
    assert r.text == "Satu dua tiga.\n\nEmpat lima."


def test_unknown_language_uses_common_rules():
    text, removed, _ = clean_text("Texte principal.\n(Reuters/Jean Dupont)\n", rules_for("fr"))
    assert text == "Texte principal."
    assert removed[0].kind == "credit"


def test_english_markers_do_not_leak_into_indonesian_pack():
    # "Read more:" is an English marker; an Indonesian article quoting it keeps the line.
    r = run("Read more: ini bukan penanda dalam bahasa Indonesia.", "id")
    assert r.removed == []


@pytest.mark.parametrize(
    "lang, line, kind",
    [
        ("en", "Flood water covers the main road near the river. Image: Jane Doe.", "caption"),
        ("en", "A rally outside the court on Monday. Photo: City Council.", "caption"),
        ("en", "“The war will end only when they leave our land, every last one of them.” Maria Ivanova", "caption"),
        ("en", "Lee (left) and Moon (right) at the summit in Panmunjom", "caption"),
        ("id", "Menteri Luar Negeri (kiri) berbincang dengan duta besar (kanan) di Jakarta", "caption"),
        ("id", "(ant/ful)", "credit"),
        ("id", "Video:", "other"),
        # session 15: detik's calls to watch a video or its live show
        ("id", "Saksikan Live Detikpagi :", "other"),
        ("id", "Lihat Video 'Menteri Tinjau Banjir di Bekasi':", "other"),
        ("id", "Melihat Kembali detikSore on Location Jawa Barat:", "other"),
    ],
)
def test_more_boilerplate_lines(lang, line, kind):
    r = run(f"Berita utama hari ini sangat penting.\n\n{line}\n\nPenutup berita.", lang)
    assert [x.kind for x in r.removed] == [kind]


def test_a_sentence_opening_with_lihat_video_stays_body():
    r = run("Berita utama hari ini.\n\nLihat video itu, kata dia: semua sudah jelas.\n\nPenutup berita.", "id")
    assert r.removed == []


def test_editor_initials_closing_a_paragraph():
    r = run("Polisi masih menyelidiki kasus itu, kata dia. [tyo]", "id")
    assert r.text == "Polisi masih menyelidiki kasus itu, kata dia."
    assert r.removed[0].kind == "credit" and r.removed[0].text == "[tyo]"


def test_quotes_with_reporting_verbs_are_not_pull_quotes():
    body = "“We will never give up on the people of this city, never,” said Mayor Smith\n\n“We are ready for anything that comes,” Smith added."
    assert run(body, "en").removed == []


def _rule_examples():
    """Every cleaning rule of every pack, with the examples written beside it in the pack."""
    from kabar import lang as langpacks

    cases = []
    for code in ["xx"] + langpacks.available():
        f = langpacks.pack(code)._root().joinpath("cleaning.toml")
        if not f.is_file():
            continue
        import tomllib

        data = tomllib.loads(f.read_text(encoding="utf-8"))
        for scope in ("paragraph", "inline"):
            for n, rule in enumerate(data.get(scope, [])):
                cases.append(pytest.param(code, scope, n, rule, id=f"{code}-{scope}-{n}-{rule['kind']}"))
    return cases


@pytest.mark.parametrize("code, scope, n, rule", _rule_examples())
def test_every_rule_has_examples_that_it_removes(code, scope, n, rule):
    examples = rule.get("examples") or []
    assert examples, f"{code} {scope} rule {n} has no examples"
    lang = None if code == "xx" else code
    for ex in examples:
        line, piece = (ex["text"], ex["removed"]) if isinstance(ex, dict) else (ex, ex)
        body = f"Kalimat pembuka berita ini.\n\n{line}\n\nKalimat penutup berita ini."
        r = Cleaner()(Article.new(body, lang=lang))
        assert [x.text for x in r.removed] == [piece.strip()], (code, scope, n, line)
        assert r.removed[0].kind == rule["kind"]
        assert r.text.startswith("Kalimat pembuka") and r.text.endswith("penutup berita ini.")
