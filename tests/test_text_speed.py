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


def _without_lead(rx):
    """The date context pattern as it was before its lookahead lead (kabar.text.dates._lead)."""
    p = re.sub(r"^\(\?=(?:\(\?i:\[[^\]]*\]\)(?:\|\$)?|\[[^\]]*\]|\\d)\)", "", rx.pattern)
    assert p != rx.pattern
    return re.compile(p, rx.flags)


def test_date_context_leads_let_through_every_character_their_words_start_with():
    from kabar.lang import pack
    from kabar.text.dates import _lead

    assert _lead([]) == ""
    assert _lead(["every"]) == "(?=(?i:[Ee]))" and _lead(["every"], or_end=True) == "(?=(?i:[Ee])|$)"
    for code in ("id", "en"):
        lists = pack(code).data("temporal").get("lists", {})
        for key in ("prepositions", "modifiers", "classifiers", "habitual"):
            words = lists.get(key, [])
            if not words:
                continue
            lead = re.compile(_lead(words))
            for first in {w.strip()[0] for w in words if w.strip()}:
                literal = re.compile("(?i:%s)" % re.escape(first))
                for cp in range(0x10000):  # "K" (Kelvin sign) for "k", "ſ" for "s": what the words' own pattern takes
                    ch = chr(cp)
                    if literal.fullmatch(ch):
                        assert lead.match(ch), (code, key, first, hex(cp))


def test_date_context_patterns_find_what_they_found_without_the_lead():
    from kabar.text.dates import grammar

    texts = {
        "id": "Sejak  Senin lalu, setiap hari Minggu, pada tanggal 5 Januari - 7 Februari 2024, SELAMA 2023 hingga 2024\n"
              "menjelang akhir bulan, tiap-tiap pekan, Sampai\n",
        "en": "Since last Monday, every Sunday, on 5 January - 7 February 2024, DURING 2023 through 2024\n"
              "before the end of the month, each week, until\n ſince \u212a",
    }
    for code, text in texts.items():
        g = grammar(code)
        for name in ("rx_prefix", "rx_habitual", "rx_prev_month", "rx_prev_year"):
            rx = getattr(g, name)
            old = _without_lead(rx)
            for k in range(len(text) + 1):
                for left in (text[max(0, k - 80):k], text[max(0, k - 12):k], text[k:]):
                    a, b = rx.search(left), old.search(left)
                    assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (code, name, left)
