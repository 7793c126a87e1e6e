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


# Session 24 (speed24)

def _rows(doc):
    return [(t.text, t.idx, t.whitespace_, t.norm_, t.lower_, t.shape_, t.is_sent_start) for t in doc]


SPECIAL_FIRST = {
    # a special case early ("Masing-masing", "Don't"), then chunks the prefix, suffix and infix rules split
    "id": 'Masing-masing pihak (dok.) menyita Rp10 juta, kata Kapolres. "Kami siap," ujarnya; undang-undang '
          "baru (2024) berlaku.\n\nPara menteri hadir di Jakarta-Bogor.",
    "en": "Don't panic, China's (BBC) U.S.-based firm's co-op said: \"We're ready.\"\n\nMr. Brown's e-mail (2024) came.",
}


def test_chunk_cache_gives_the_tokenizer_s_own_tokens_id_and_en():
    from kabar.text.sentences import _chunk_cache

    for code, text in SPECIAL_FIRST.items():
        first = doc_of(Article.new(text, lang=code))
        assert [(t.text, t.idx) for t in first] == spacy_tokenizer_without_cache(code, text), code
        again = doc_of(Article.new(text, lang=code))  # every chunk from the cache now
        assert _rows(again) == _rows(first), code
    # the pack decides: Indonesian sends its chunks ahead, English (where it did not pay) does not
    assert set(SPECIAL_FIRST["id"].split()) <= _chunk_cache("id").seen
    assert _chunk_cache("en") is None


def _counting_tokenizer(code):
    import spacy

    from kabar.text.sentences import TOKENIZER_CACHE

    nlp = spacy.blank(code)
    calls = []
    search = nlp.tokenizer.prefix_search

    def prefix_search(s):
        calls.append(s)
        return search(s)

    nlp.tokenizer.prefix_search = prefix_search
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    return nlp.tokenizer, calls


def test_chunks_after_a_special_case_are_split_again_unless_sent_alone():
    from kabar.text.sentences import _ChunkCache

    for code, text in (("id", "masing-masing pihak menyita, kata polisi."), ("en", "don't panic, said the police.")):
        # spaCy alone: after the special case nothing of the text is kept, so a second pass splits the chunks again
        tok, calls = _counting_tokenizer(code)
        plain = [t.text for t in tok(text)]
        calls.clear()
        tok(text)
        assert calls, code
        # sent alone first: the second pass finds every chunk that meets no special case in the cache
        tok, calls = _counting_tokenizer(code)
        _ChunkCache(tok)(text)
        calls.clear()
        assert [t.text for t in tok(text)] == plain, code
        assert not calls, code


def test_chunk_cache_sends_each_new_chunk_once_in_text_order_up_to_its_limit():
    from kabar.text.sentences import _ChunkCache

    sent = []
    warm = _ChunkCache(sent.append, limit=8)
    warm("b a, b (c) a,\n\nb")
    assert sent == ["b", "a,", "(c)"]
    warm("a, d b")
    assert sent[3:] == ["d"]
    warm("x y z w v")
    assert len(warm.seen) == 9
    warm("q r")  # at the limit (spaCy's cache keeps no more either): nothing is sent
    assert "q" not in sent and "r" not in sent
