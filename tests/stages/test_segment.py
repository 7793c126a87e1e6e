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
