"""Speed rewrites in the text floor give the results of the plain computation."""

import re
import sys

from kabar.text.patterns import URL, URL_MARKS, _url_folded, url_spans


def test_url_prefilter_misses_no_letter_the_pattern_matches_case_insensitively():
    letters = set("".join(URL_MARKS)) - set("./:@")
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        for letter in letters:
            if re.fullmatch(letter, ch, re.I):
                assert letter in _url_folded(ch), (hex(cp), letter)


def test_url_spans_equal_the_full_scan():
    texts = [
        "Lihat detik.com/berita atau WWW.KOMPAS.COM, kirim ke redaksi@kompas.id. Harga 4/1 naik.",
        "HTTPS://example.org/x?y=1 and ftp://files and a.b.CO.UK/path, 10/12/2024 km/jam",
        "tanpa tautan / hanya garis miring @ saja",
        "DETİK.COM/news and detık.com/x and example.net/ and nothing.else",
        "",
    ]
    for text in texts:
        want = [(m.start(), m.end()) for m in URL.finditer(text)]
        assert url_spans(text) == want
        assert url_spans(text) == want  # cached
        got = url_spans(text)
        got.append((0, 0))  # callers own the list they get
        assert url_spans(text) == want


def _plain_word_pattern(forms):
    from kabar.text.patterns import phrase

    alts = "|".join(phrase(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % alts, re.IGNORECASE)


def test_word_pattern_trie_matches_the_longest_first_alternation():
    import random

    from kabar.text.patterns import word_pattern

    forms = ["said", "says", "said to", "say", "told", "told reporters", "according to", "accord", "kata",
             "katanya", "mengatakan", "menurut", "a.k.a", "co-founder", "it's", "s"]
    fast = word_pattern(forms)
    plain = _plain_word_pattern(forms)
    assert "said|says" in plain.pattern and "said|says" not in fast.pattern  # factored on shared beginnings
    rng = random.Random(7)
    pieces = forms + ["SAID", "Said  to", "said\nto", "-said", "said-", "saidx", "xsaid", "Told   Reporters", ",", ".",
                      " ", "  ", "\n", "word", "Katanya", "KATA-kata", "it’s", "accordingly", "co-founders"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", ", ", "\n"]) for _ in range(rng.randint(1, 12)))
        assert [(m.start(), m.end(), m.group()) for m in fast.finditer(text)] == \
            [(m.start(), m.end(), m.group()) for m in plain.finditer(text)], text


def test_word_pattern_keeps_the_alternation_for_forms_a_trie_cannot_take():
    from kabar.text.patterns import word_pattern

    forms = ["Über", "said"]  # not lower-case ASCII: the plain alternation
    assert word_pattern(forms).pattern == _plain_word_pattern(forms).pattern
