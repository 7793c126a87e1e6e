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
