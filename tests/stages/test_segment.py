from kabar.record import Article
from kabar.stages.segment import Segmenter, doc_of


def sents(text, lang):
    r = Segmenter()(Article.new(text, lang=lang))
    for s in r.sentences:
        assert r.text[s.start:s.end] == r.text[s.start:s.end].strip()
    return [r.text[s.start:s.end] for s in r.sentences]


def test_quote_and_attribution_stay_together_id():
    text = "“Kami tidak akan mundur. Kami akan terus berjuang,” kata Ketua Serikat Buruh. Demo berlanjut."
    assert sents(text, "id") == [
        "“Kami tidak akan mundur. Kami akan terus berjuang,” kata Ketua Serikat Buruh.",
        "Demo berlanjut.",
    ]


def test_quote_and_attribution_stay_together_en():
    text = 'Talks failed. "We are ready!" she said. Mr. Brown disagreed.'
    assert sents(text, "en") == ["Talks failed.", '"We are ready!" she said.', "Mr. Brown disagreed."]


def test_opening_quote_starts_the_next_sentence():
    text = "Dia mendukung rencana itu. “Ini penting bagi kami,” ujarnya."
    assert sents(text, "id") == ["Dia mendukung rencana itu.", "“Ini penting bagi kami,” ujarnya."]


def test_paragraph_break_ends_a_sentence_and_abbreviations_do_not():
    text = "Rapat dipimpin Dr. Hasan di Jl. Merdeka\n\nHasil rapat diumumkan besok."
    assert sents(text, "id") == ["Rapat dipimpin Dr. Hasan di Jl. Merdeka", "Hasil rapat diumumkan besok."]


def test_unbalanced_quote_does_not_swallow_the_article():
    text = "“Kalimat tanpa penutup. Kalimat kedua.\n\nParagraf baru. Kalimat lain."
    out = sents(text, "id")
    assert out[-2:] == ["Paragraf baru.", "Kalimat lain."]


def test_unknown_language_uses_multilingual_tokenizer():
    r = Article.new("Bonjour à tous. Merci beaucoup.", lang="fr")
    doc = doc_of(r)
    assert doc.text == r.text
    assert len(Segmenter()(r).sentences) == 2


# ------------------------------------------------------------------ speed rewrites keep spaCy's results

SAMPLES = [
    "Talks failed. \"We are ready!\" she said. Mr. Brown disagreed...   Then? Nothing!! (Really.) Yes.",
    "Harga naik 2,5 persen.Kemarin turun. “Kami siap!” katanya… Lalu?! Tidak. — Selesai .",
    "A. B. C.\n\nNew paragraph .. with odd ?! punctuation ) and ” quotes “ here .\n",
    "一。二！三？ Ende. ¿Qué? ¡Sí! Ok",
    "",
    ".",
    "no final mark at all",
]


def test_the_sentence_rule_is_spacys_sentencizer():
    import spacy
    from spacy.attrs import IS_PUNCT

    from kabar.text.sentences import _sentencizer

    for code in ("en", "id", "xx"):
        nlp = spacy.blank(code)
        spacy_rule = nlp.add_pipe("sentencizer")
        for text in SAMPLES:
            doc = nlp.make_doc(text)
            words = [t.text for t in doc]
            punct = [bool(x) for x in doc.to_array([IS_PUNCT]).tolist()] if len(doc) else []
            assert _sentencizer(words, punct) == spacy_rule.predict([doc])[0], (code, text)


def test_the_tokenizer_cache_changes_no_token():
    from kabar.text.sentences import TOKENIZER_CACHE, nlp_for

    text = " ".join(SAMPLES) + " 'quoted' “curly” U.S.-based e-mail co-op (2024) Rp1,5 triliun, 10.000-an."
    tok = nlp_for("en").tokenizer
    assert tok.max_cache_size == TOKENIZER_CACHE
    first = [(t.text, t.idx) for t in tok(text)]
    again = [(t.text, t.idx) for t in tok(text)]  # from the cache now
    fresh = spacy_tokenizer_without_cache("en", text)
    assert first == again == fresh


def spacy_tokenizer_without_cache(code, text):
    import spacy

    from kabar import lang as langpacks

    nlp = spacy.blank(code)
    for abbr in langpacks.pack(code).data("segment").get("abbreviations", []):
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    nlp.tokenizer.max_cache_size = 0
    return [(t.text, t.idx) for t in nlp.tokenizer(text)]


# Session 19 (speed-pipe)

def test_list_number_repair_reads_only_tokens_before_a_full_stop():
    text = "Daftar:\n1. Kecamatan Gambir2. Kecamatan Menteng3. Kecamatan Tanah Abang\nHarga Euro3. naik. Covid19 turun."
    words = [t.text for t in doc_of(Article.new(text, lang="id"))]
    # fires: the numbers glued to the list's items are split off
    assert "Gambir" in words and "Menteng" in words and words.count("2") == 1 and words.count("3") == 1
    # does not fire: a number glued to a word with no list before it stays
    assert "Euro3" in words and "Covid19" in words
    # no full stop at all: nothing to read, the Doc is the tokenizer's
    assert [t.text for t in doc_of(Article.new("Gambir2 Menteng3 tanpa titik", lang="id"))] == ["Gambir2", "Menteng3", "tanpa", "titik"]
