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


# Session 19 (speed-pipe)

LEAD_TEXTS = [
    "Presiden tiba via Getty Images. Foto: ANTARA FOTO/Galih (Reuters/ABC) | AFP\nBaca juga: Harga naik",
    "Police said (Reuters) through AP Photo / John Smith.  READ MORE: x\n“Quote.” (ant/abc) end",
    "  \t(Foto: dok. Humas)  ",
    "",
    "plain words only, nothing to cut",
]


def _cleaning_rules():
    from kabar.stages.clean import rules_for

    for code in ("id", "en", "xx"):
        rules = rules_for(code)
        yield from rules.paragraph + rules.inline


def test_cleaning_rule_leads_find_what_the_plain_rules_find():
    from kabar.text.patterns import with_lead

    led = 0
    for rule in _cleaning_rules():
        plain = rule.pattern.pattern
        if plain.startswith("(?=["):  # the lead with_lead put there
            led += 1
            plain = re.sub(r"^\(\?=\[(?:\\.|[^\]])*\]\)", "", plain, count=1)
        old = re.compile(plain, re.UNICODE)
        assert with_lead(plain, re.UNICODE).pattern == rule.pattern.pattern
        for text in LEAD_TEXTS + [t.upper() for t in LEAD_TEXTS]:
            for k in range(len(text) + 1):
                for s in (text[k:], text[:k]):
                    a, b = rule.pattern.search(s), old.search(s)
                    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (plain[:60], s)
            assert [m.span() for m in rule.pattern.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert led >= 3  # the caption rule and the bracketed credits of each language get one


def test_leading_chars_fires_only_where_it_can_follow_the_pattern():
    from kabar.text.patterns import leading_chars

    # fires: an unanchored alternation, optional and zero-width parts before the first character
    lead = leading_chars(r"(?:\b(?:via|lewat)\s+x|[/|]\s*y|\(z)")
    assert lead.startswith("(?=[") and all(c in lead for c in "vl/|(")
    assert re.compile(leading_chars(r"(?<=[.!?])\s*[(\[]x")).match(" ") is not None  # white space can open it
    assert "\\s" in leading_chars(r"(?<=[.!?])\s*[(\[]x")
    # does not fire: anchored, opening with a literal or a class (the engine skips to those itself), case-insensitive,
    # able to match empty, any character, a negated class, a back-reference
    for pattern in (r"^\s*Foto", r"abc", r"[ab]c", r"(?i:via)\s+x", r"(?:via)?", r"\s*", r".x|y", r"(?:[^a]b|c)",
                    r"(a)?\1b", r"(?:(?i)x)"):
        assert leading_chars(pattern) == "", pattern


def test_date_tries_match_as_the_longest_first_alternation():
    from kabar.text.dates import grammar
    from kabar.text.patterns import alternation, trie_alternation

    # falls back: a form that is not lower-case ASCII keeps the alternation
    assert trie_alternation(["Senin", "lusa"]) == alternation(["Senin", "lusa"])
    assert trie_alternation([]) == alternation([])
    texts = {
        "id": "Kemarin lusa, KEMARIN  malam dan besok pagi; akhir pekan lalu hingga 3 hari lalu, tiga   pekan lalu. "
              "dua hari yang lalu, kemarinnya, minggu depan\nBulan depan. 10 tahun mendatang",
        "en": "The day before yesterday, last  weekend and next week; three days ago, 2 weeks later, "
              "THIS YEAR, the end of the year, lastweek, this morningside",
    }
    for code, text in texts.items():
        g = grammar(code)
        pats = dict((kind, rx) for kind, _, rx in g.patterns)
        for kind, table in (("relative", [g.relative]), ("counted", [g.numbers, g.rel_units, g.rel_dirs])):
            src = pats[kind].pattern
            for words in table:
                src = src.replace(trie_alternation(words), alternation(words), 1)
            assert src != pats[kind].pattern  # the trie was in use
            old = re.compile(src)
            for k in range(len(text) + 1):
                a, b = pats[kind].match(text, k), old.match(text, k)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (code, kind, text[k:k + 30])


def test_quote_mark_scan_visits_exactly_the_marks():
    from kabar.stages.quotes.lexicon import QuoteLexicon
    from kabar.stages.quotes.pairs import _marks_pattern, pair_marks

    for code in ("id", "en"):
        lex = QuoteLexicon(code)
        rx = _marks_pattern(frozenset(lex.all_marks))
        for cp in range(0x3000):
            ch = chr(cp)
            assert bool(rx.fullmatch(ch)) == (ch in lex.all_marks), (code, hex(cp))
        # fires: paired marks across the text; does not fire: an apostrophe inside a word
        text = "“Kami siap,” katanya. Dia bilang 'tidak' dan Jum'at \"lagi\" ''dua''"
        spans = [(p.start, p.end) for p in pair_marks(text, lex)]
        assert (0, 12) in spans and all(text[s] != "'" or text[s - 1] == " " for s, _ in spans)
    assert _marks_pattern(frozenset()).search("“x”") is None


# Session 21 (speed-ent3)

def test_token_lists_read_from_the_array_columns_equal_the_tokens_own_values():
    """Toks builds its lists from the Doc array's columns: each token's offset, text, white space, sentence start,
    folded form and flags are the spaCy token's own (an empty Doc gives empty lists)."""
    from kabar.record import Article
    from kabar.stages.segment import Segmenter
    from kabar.text.tokens import Toks, _flags, fold_token, toks_of

    text = "Presiden Joko Widodo tiba.\n\nDia   berkata: \u201cKami siap,\u201d kata 3M-Eleven kepada WARTAWAN di Jakarta-Timur."
    T = toks_of(Segmenter()(Article.new(text, lang="id", published="2024-01-05")))
    tokens = list(T.doc)
    assert T.n == len(tokens) > 10
    assert T.idx == [t.idx for t in tokens] and all(type(i) is int for i in T.idx)
    assert T.words == [t.text for t in tokens]
    assert T.ws == [t.whitespace_ for t in tokens]
    assert T.sent_start == [k == 0 or bool(t.is_sent_start) for k, t in enumerate(tokens)]
    assert any(T.sent_start[1:]) and not all(T.sent_start)
    assert T.folded == [fold_token(t.text) for t in tokens]
    assert (T.cap, T.word) == ([_flags(t.text)[0] for t in tokens], [_flags(t.text)[1] for t in tokens])
    assert all(type(x) is bool for x in T.cap + T.word + T.sent_start)
    empty = Toks(T.doc[0:0].as_doc(), "")
    assert (empty.n, empty.words, empty.cap, empty.word, empty.sent_start) == (0, [], [], [], [])


# Session 23 (speed23)

def test_nocase_chars_holds_every_character_a_case_insensitive_word_takes():
    from kabar.text.patterns import nocase_chars

    chars = nocase_chars(["ks", "in-the"])
    for cp in range(0x10000):
        ch = chr(cp)
        if 0xD800 <= cp < 0xE000:
            continue
        assert (ch in chars) == bool(re.fullmatch("(?i:[ksinthe-])", ch)), hex(cp)
    assert "\u212a" in chars and "\u017f" in chars and "\u0130" in chars  # Kelvin sign, long s, dotted I
    assert nocase_chars([]) == frozenset() and nocase_chars(["\U0001d400"]) is None


def test_date_prefix_searched_from_its_tail_finds_what_the_whole_window_finds():
    from kabar.text.dates import _tail_start, grammar

    texts = {
        "id": "Sejak  Senin lalu, setiap hari Minggu, pada tanggal 5 Januari - 7 Februari 2024, SELAMA 2023 hingga 2024\n"
              "menjelang akhir bulan, tiap-tiap pekan, Sampai\n, pada awal-awal bulan  \n",
        "en": "Since last Monday, every Sunday, on 5 January - 7 February 2024, DURING 2023 through 2024\n"
              "before the end of the month, each week, until\n ſince \u212a, in early-mid  \n the late- ",
    }
    for code, text in texts.items():
        g = grammar(code)
        assert g.prefix_chars is not None and "-" in g.prefix_chars
        found = 0
        for k in range(len(text) + 1):
            for left in (text[max(0, k - 80):k], text[:k].upper(), text[:k] + "\n"):
                a = g.rx_prefix.search(left)
                b = g.rx_prefix.search(left, _tail_start(left, g.prefix_chars))
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (code, left)
                found += bool(a and a.end() > a.start())
        assert found > 20  # the windows hold real prefixes, not only empty matches
    assert _tail_start("abc  ", None) == 0 and _tail_start("xyz in ", frozenset("in")) == 3
