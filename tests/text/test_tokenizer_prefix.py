"""kabar.text.sentences.quick_prefix_search: the tokenizer's prefix search without a scan of every chunk, same answers."""

import re

import spacy

from kabar.text.sentences import _top_level_alternatives, nlp_for, quick_prefix_search


def test_top_level_alternatives_skip_groups_classes_and_escapes():
    assert _top_level_alternatives(r"^a|^(b|c)|^[|x]|^\||<d>") == ["^a", "^(b|c)", "^[|x]", r"^\|", "<d>"]


def test_indonesian_prefix_search_is_replaced_and_answers_as_spacy_s():
    tok = nlp_for("id").tokenizer
    full = re.compile(spacy.blank("id").tokenizer.prefix_search.__self__.pattern).search
    assert tok.prefix_search is not full and tok.prefix_search.pattern == full.__self__.pattern
    for s in ["(dok.", "Rp10", "USD5", '"Kami', "kata", "/2", "x<a href='y'>z", "<a b>Baca", "(<a>", "<b/>kata",
              "<strong />x", "a<b", "..", "—Jakarta", ""]:
        m1, m2 = full(s), tok.prefix_search(s)
        assert (m1 and m1.span()) == (m2 and m2.span()), s


def test_indonesian_tokens_unchanged():
    text = "Polisi (dok.) menyita Rp10 juta dan USD5 <a href='x'>Baca juga</a> di Jakarta, kata Kapolres."
    ours = [t.text for t in nlp_for("id").tokenizer(text)]
    plain = spacy.blank("id")
    assert ours == [t.text for t in plain.tokenizer(text)]


def test_fully_anchored_patterns_are_left_alone():
    assert quick_prefix_search(re.compile(r"^a|^\(|^b").search) is None
    assert quick_prefix_search(None) is None
    assert quick_prefix_search(re.compile(r"^a|.b").search) is None  # an unanchored alternative with no plain first character
