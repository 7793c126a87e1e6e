"""Entity recognition: patterns, titles, merge rules, grouping, with a stub gazetteer and a fake NER."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import pytest
import spacy

import kabar.stages.entities as E
from kabar.pipeline import make_record
from kabar.stages.segment import Segmenter


@dataclass(frozen=True)
class StubEntry:
    id: str
    kind: str
    name: str
    type: str
    code: Optional[str] = None

    def name_in(self, lang):
        return self.name


STUB_FORMS = [
    # form, id, kind, type, form kind
    ("Jepang", "c:JPN", "country", "GPE", "name"),
    ("Japan", "c:JPN", "country", "GPE", "name"),
    ("Tokyo", "g:tokyo", "city", "GPE", "name"),
    ("Israel", "c:ISR", "country", "GPE", "name"),
    ("Israeli", "c:ISR", "country", "GPE", "demonym"),
    ("Korea Selatan", "c:KOR", "country", "GPE", "name"),
    ("Korsel", "c:KOR", "country", "GPE", "short"),
    ("Amerika Serikat", "c:USA", "country", "GPE", "name"),
    ("AS", "c:USA", "country", "GPE", "acronym"),
    ("France", "c:FRA", "country", "GPE", "name"),
    ("French", "c:FRA", "country", "GPE", "demonym"),
    ("Kremlin", "m:kremlin", "metonym", "ORG", "name"),
    ("Reuters", "media:reuters", "media", "ORG", "name"),
]


class StubGazetteer:
    def surface_forms_detailed(self, lang=None):
        for form, eid, kind, typ, fkind in STUB_FORMS:
            yield form, StubEntry(eid, kind, form, typ), fkind, False

    def surface_forms(self, lang=None):
        for form, entry, _, _ in self.surface_forms_detailed(lang):
            yield form, entry


@pytest.fixture
def stub_gazetteer(monkeypatch):
    monkeypatch.setattr(E, "_gazetteer", lambda: StubGazetteer())
    monkeypatch.setattr(E, "_ner_model", lambda lang: None)
    E.resources.cache_clear()
    yield
    E.resources.cache_clear()


def run(text: str, lang: str = "id", **config):
    r = make_record(text, lang=lang, published="2024-03-01")
    Segmenter()(r)
    E.EntityRecogniser(**config)(r)
    return r


def by_name(record):
    return {e.name: e for e in record.entities}


def check_offsets(record):
    for e in record.entities:
        for m in e.mentions:
            assert record.text[m.start:m.end] == m.text


# ---------------------------------------------------------------- Indonesian
def test_title_and_country_are_not_part_of_the_person(stub_gazetteer):
    r = run("Perdana Menteri Jepang Fumio Kishida tiba di Tokyo pada Selasa.")
    names = by_name(r)
    assert names["Fumio Kishida"].type == "PER"
    assert names["Jepang"].type == "GPE"
    assert "Tokyo" in names
    assert not any("Perdana" in n or "Selasa" in n for n in names)
    check_offsets(r)


def test_organisation_inside_title_phrase_is_its_own_entity(stub_gazetteer):
    r = run("Juru bicara Kementerian Luar Negeri Teuku Faizasyah menolak berkomentar. "
            "Faizasyah hanya mengatakan bahwa pertemuan itu berjalan baik.")
    names = by_name(r)
    assert names["Kementerian Luar Negeri"].type == "ORG"
    per = names["Teuku Faizasyah"]
    assert per.type == "PER"
    assert [m.text for m in per.mentions] == ["Teuku Faizasyah", "Faizasyah"]
    assert per.mentions[1].kind == "alias"
    assert r.cache["entity_titles"][(per.mentions[0].start, per.mentions[0].end)] == "Juru bicara"


def test_acronym_defined_in_parentheses(stub_gazetteer):
    r = run("Komisi Pemberantasan Korupsi (KPK) menahan seorang bupati. Menurut KPK, uang itu disita.")
    kpk = by_name(r)["Komisi Pemberantasan Korupsi"]
    assert kpk.type == "ORG"
    assert [(m.text, m.kind) for m in kpk.mentions] == [
        ("Komisi Pemberantasan Korupsi", "name"), ("KPK", "acronym"), ("KPK", "acronym")]


def test_surname_links_to_full_name_mentioned_earlier(stub_gazetteer):
    r = run("Presiden Joko Widodo meresmikan bendungan itu. Widodo berharap bendungan itu membantu petani.")
    per = by_name(r)["Joko Widodo"]
    assert [m.text for m in per.mentions] == ["Joko Widodo", "Widodo"]
    assert len(r.entities) == 1


def test_hyphenated_and_spaced_name_are_one_entity(stub_gazetteer):
    r = run("Pemimpin tertinggi Kim Jong-Un meninjau pabrik. Pemimpin Kim Jong Un kemudian berpidato.")
    pers = [e for e in r.entities if e.type == "PER"]
    assert len(pers) == 1
    assert len(pers[0].mentions) == 2


def test_group_noun_with_country_is_norp_and_country_stays(stub_gazetteer):
    r = run("Pasukan Israel menyerang sebuah kamp. Pemerintah Israel belum berkomentar.")
    names = by_name(r)
    assert names["Pasukan Israel"].type == "NORP"
    isr = names["Israel"]
    assert isr.type == "GPE"
    assert len(isr.mentions) == 2  # the one inside the group and the one after "Pemerintah"


def test_gazetteer_aliases_group_by_entry(stub_gazetteer):
    r = run("Amerika Serikat dan Korea Selatan menggelar latihan. AS menyebut latihan itu rutin, Korsel setuju.")
    names = by_name(r)
    usa = names["Amerika Serikat"]
    assert [(m.text, m.kind) for m in usa.mentions] == [("Amerika Serikat", "name"), ("AS", "acronym")]
    assert [m.text for m in names["Korea Selatan"].mentions] == ["Korea Selatan", "Korsel"]


def test_ids_follow_first_mention(stub_gazetteer):
    r = run("Jepang dan Israel berunding di Tokyo. Israel menolak.")
    assert [e.id for e in r.entities] == [f"E{i}" for i in range(1, len(r.entities) + 1)]
    assert [e.name for e in r.entities] == ["Jepang", "Israel", "Tokyo"]
    firsts = [e.mentions[0].start for e in r.entities]
    assert firsts == sorted(firsts)


def test_lower_case_and_common_words_are_not_entities(stub_gazetteer):
    r = run("Namun, hujan turun sejak Senin. Menariknya, harga beras tidak naik pada Januari.")
    assert r.entities == []


def test_text_without_names_has_no_entities(stub_gazetteer):
    assert run("harga cabai naik lagi di pasar pagi ini.").entities == []
    assert run("").entities == []


# ---------------------------------------------------------------- English
def test_english_ministry_pattern_and_title(stub_gazetteer):
    r = run("The French Ministry of Defence said on Monday that Defence Minister Sebastien Lecornu would visit Israel.",
            lang="en")
    names = by_name(r)
    assert any(n.endswith("Ministry of Defence") and e.type == "ORG" for n, e in names.items())
    assert names["Sebastien Lecornu"].type == "PER"
    assert names["Israel"].type == "GPE"
    assert "Monday" not in names


def test_english_acronym_from_initials_and_outlet(stub_gazetteer):
    r = run("The Financial Times reported the deal first. The FT said talks had stalled, Reuters added.", lang="en")
    ft = by_name(r)["Financial Times"]
    assert [(m.text, m.kind) for m in ft.mentions] == [("Financial Times", "name"), ("FT", "acronym")]
    assert "Reuters" in by_name(r)


def test_english_forces_and_demonym(stub_gazetteer):
    r = run("Israeli forces entered the town. Israel said the operation was over.", lang="en")
    names = by_name(r)
    assert names["Israeli forces"].type == "NORP"
    assert names["Israel"].type == "GPE"
    # the demonym inside the group is a mention of the country, not its name
    assert [m.text for m in names["Israel"].mentions] == ["Israeli", "Israel"]


def test_mr_title_and_surname(stub_gazetteer):
    r = run("Mr. Peter Hughes, a lawyer, disagreed. Hughes said the ruling would be appealed.", lang="en")
    per = by_name(r)["Peter Hughes"]
    assert [m.text for m in per.mentions] == ["Peter Hughes", "Hughes"]


# ---------------------------------------------------------------- NER merge rules (fake model)
class FakeNER:
    """A text -> Doc callable that tags given substrings, like a trained model would."""

    def __init__(self, tags):
        self.tags = tags
        self.nlp = spacy.blank("xx")

    def __call__(self, text):
        doc = self.nlp(text)
        ents = []
        for sub, label in self.tags:
            i = text.find(sub)
            if i >= 0:
                span = doc.char_span(i, i + len(sub), label=label, alignment_mode="expand")
                if span is not None and not any(span.start < e.end and e.start < span.end for e in ents):
                    ents.append(span)
        doc.ents = sorted(ents, key=lambda s: s.start)
        return doc


@pytest.fixture
def fake_ner(monkeypatch, stub_gazetteer):
    def install(tags):
        monkeypatch.setattr(E, "_ner_model", lambda lang: FakeNER(tags))
        E.resources.cache_clear()
    return install


def test_ner_person_span_is_cut_after_title_and_country(fake_ner):
    fake_ner([("Presiden Jepang Fumio Kishida", "PER")])
    r = run("Presiden Jepang Fumio Kishida berbicara.")
    names = by_name(r)
    assert names["Fumio Kishida"].type == "PER"
    assert names["Jepang"].type == "GPE"


def test_ner_junk_is_dropped(fake_ner):
    fake_ner([("Namun", "ORG"), ("2024", "MISC"), ("menteri", "PER"), ("Presiden", "PER"), ("Rabu", "LOC")])
    r = run("Namun pada Rabu 2024 menteri itu dan Presiden diam.")
    assert r.entities == []


def test_ner_sentence_initial_common_word_is_dropped(fake_ner):
    fake_ner([("Pelabuhan", "LOC")])
    r = run("Pelabuhan itu sepi. Kapal masuk ke pelabuhan lain.")
    assert r.entities == []


def test_gazetteer_label_overrides_ner(fake_ner):
    fake_ner([("Israel", "PER"), ("Dewi Lestari", "PER")])
    r = run("Israel menolak usulan Dewi Lestari.")
    names = by_name(r)
    assert names["Israel"].type == "GPE"
    assert names["Dewi Lestari"].type == "PER"


def test_longer_ner_organisation_keeps_country_inside(fake_ner):
    fake_ner([("Bank Sentral Jepang", "ORG")])
    r = run("Bank Sentral Jepang menahan suku bunga.")
    names = by_name(r)
    assert names["Bank Sentral Jepang"].type == "ORG"


def test_ner_surname_found_alone_joins_the_person(fake_ner):
    fake_ner([("Dewi Lestari", "PER"), ("Lestari", "PER")])
    r = run("Penulis Dewi Lestari datang. Lestari lalu membaca puisi.")
    per = by_name(r)["Dewi Lestari"]
    assert [m.text for m in per.mentions] == ["Dewi Lestari", "Lestari"]


# ---------------------------------------------------------------- robustness
@pytest.mark.parametrize("lang", ["fr", "zz", None])
def test_unknown_language_does_not_crash(stub_gazetteer, lang):
    r = make_record("Le président Emmanuel Macron a rencontré Fumio Kishida à Tokyo.", lang=lang)
    Segmenter()(r)
    E.EntityRecogniser()(r)
    check_offsets(r)


def test_no_gazetteer_no_model_still_finds_patterns(monkeypatch):
    monkeypatch.setattr(E, "_gazetteer", lambda: None)
    monkeypatch.setattr(E, "_ner_model", lambda lang: None)
    E.resources.cache_clear()
    try:
        r = run("Badan Pusat Statistik mencatat inflasi. Gubernur Ridwan Kamil menanggapi data itu.")
    finally:
        E.resources.cache_clear()
    names = by_name(r)
    assert names["Badan Pusat Statistik"].type == "ORG"
    assert names["Ridwan Kamil"].type == "PER"


def test_fold_matches_gold_rules():
    assert E.fold("Kim  Jong-Un") == E.fold("kim jong un")
    assert E.fold("ＫＰＫ") == "kpk"


def test_real_gazetteer_when_present():
    try:
        from kabar.gazetteer import gazetteer

        gazetteer()
    except Exception:
        pytest.skip("gazetteer data not built")
    E.resources.cache_clear()
    r = make_record("Gedung Putih menyatakan Korea Utara mengirim rudal ke Rusia.", lang="id")
    Segmenter()(r)
    E.EntityRecogniser(ner=False)(r)
    names = by_name(r)
    assert names["Gedung Putih"].type == "ORG"
    assert names["Korea Utara"].type == "GPE"
    assert names["Rusia"].type == "GPE"


def test_table_rows_for_the_cli(stub_gazetteer):
    r = run("Komisi Pemberantasan Korupsi (KPK) memeriksa Gubernur Ridwan Kamil di Tokyo.")
    rows = E.table_rows(r)
    assert [row["name"] for row in rows] == [e.name for e in r.entities]
    kpk = next(row for row in rows if row["name"] == "Komisi Pemberantasan Korupsi")
    assert kpk["aliases"] == ["KPK"] and kpk["kinds"] == {"name": 1, "acronym": 1}
    table = E.format_table(r)
    assert table.splitlines()[0].split() == ["id", "type", "name", "actor", "n", "also"]
    assert "Ridwan Kamil" in table
