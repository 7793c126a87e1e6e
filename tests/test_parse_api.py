"""The query API over a dependency parse (kabar.text.parse), on hand-made trees (no model needed)."""

from __future__ import annotations

import pytest

from kabar.text.parse import Parse, base, read_batched


def conll(parse: Parse, offset: int, rows: list[tuple[str, str, int, str]], morph: dict[int, str] | None = None):
    """Add one sentence at ``offset`` of ``parse.text``: rows of (word, pos, head 1-based (0 root), dep)."""
    text = parse.text
    out, pos = [], offset
    for n, (w, p, h, d) in enumerate(rows):
        s = text.index(w, pos)
        pos = s + len(w)
        out.append((s, pos, w, w.lower(), p, (morph or {}).get(n + 1, ""), d, (h - 1) if h else n))
    return parse.add_sentence(out[0][0], out[-1][1], out)


def make(text: str, rows, morph=None) -> Parse:
    p = Parse(text, "xx")
    conll(p, 0, rows, morph)
    return p


def tok(p: Parse, word: str, nth: int = 0) -> int:
    return [i for i in range(len(p.word)) if p.word[i] == word][nth]


SAID_THAT = make("Kirby said that the talks failed.", [
    ("Kirby", "PROPN", 2, "nsubj"), ("said", "VERB", 0, "root"), ("that", "SCONJ", 6, "mark"),
    ("the", "DET", 5, "det"), ("talks", "NOUN", 6, "nsubj"), ("failed", "VERB", 2, "ccomp"), (".", "PUNCT", 2, "punct"),
])


def test_subject_and_complement_of_a_speech_verb():
    p = SAID_THAT
    said = tok(p, "said")
    assert p.word[p.subject(said)] == "Kirby"
    comp = p.complement(said)
    assert p.word[comp] == "failed" and p.marker(comp) == "that"
    assert p.span_text(comp) == "that the talks failed"
    assert p.span_text(comp, without=[tok(p, "that")]) == "the talks failed"


def test_offsets_are_the_texts():
    p = SAID_THAT
    for i in range(len(p.word)):
        assert p.text[p.start[i]:p.end[i]] == p.word[i]
    assert p.token_at(p.text.index("talks") + 2) == tok(p, "talks")
    assert p.tokens_in(0, 11) == [tok(p, "Kirby"), tok(p, "said")]
    assert p.sentence_at(3).start == 0 and p.sentence_at(500) is None


def test_token_starting_at_only_where_a_token_begins():
    p = SAID_THAT
    talks = p.text.index("talks")
    assert p.token_starting_at(talks) == tok(p, "talks")
    assert p.token_starting_at(talks + 2) is None  # inside the word: token_at's answer, but no token starts there
    assert p.token_starting_at(500) is None


def test_token_starting_at_parses_a_missing_sentence_only_when_asked():
    text = "One. Two said so. Three."
    p = Parse(text, "xx")
    batches = []
    p.fill = _one_word_fill(text, batches)
    p.set_parseable([(0, 4), (5, 17), (18, 24)])
    assert p.token_starting_at(5, parse_missing=False) is None and batches == []
    assert p.token_starting_at(5) is not None and batches == [[(5, 17)]]


def test_root_clause_head_and_ancestors():
    p = SAID_THAT
    assert p.roots(p.sentences[0]) == [tok(p, "said")]
    assert p.clause_head(tok(p, "talks")) == tok(p, "failed")
    assert p.clause_head(tok(p, "said")) == tok(p, "said")
    assert p.ancestors(tok(p, "the")) == [tok(p, "talks"), tok(p, "failed"), tok(p, "said")]
    assert p.parent(tok(p, "said")) is None


def test_passive_agent_with_oleh():
    p = make("Hal itu disampaikan oleh Menteri Luar Negeri Retno", [
        ("Hal", "NOUN", 3, "nsubj:pass"), ("itu", "DET", 1, "det"), ("disampaikan", "VERB", 0, "root"),
        ("oleh", "ADP", 5, "case"), ("Menteri", "PROPN", 3, "obl"), ("Luar", "PROPN", 5, "flat"),
        ("Negeri", "PROPN", 5, "flat"), ("Retno", "PROPN", 5, "flat"),
    ])
    v = tok(p, "disampaikan")
    assert p.is_passive(v)
    assert p.span_text(p.agent(v)) == "oleh Menteri Luar Negeri Retno"
    assert p.obliques(v) == [("oleh", tok(p, "Menteri"))]


def test_agent_by_label_and_voice_from_morphology():
    p = make("It was announced by the ministry", [
        ("It", "PRON", 3, "nsubj:pass"), ("was", "AUX", 3, "aux:pass"), ("announced", "VERB", 0, "root"),
        ("by", "ADP", 6, "case"), ("the", "DET", 6, "det"), ("ministry", "NOUN", 3, "obl:agent"),
    ])
    assert p.word[p.agent(tok(p, "announced"))] == "ministry"
    q = make("Disebutkan bahwa harga naik", [
        ("Disebutkan", "VERB", 0, "root"), ("bahwa", "SCONJ", 4, "mark"), ("harga", "NOUN", 4, "nsubj"),
        ("naik", "VERB", 1, "ccomp"),
    ], morph={1: "Voice=Pass"})
    v = tok(q, "Disebutkan")
    assert q.is_passive(v) and q.agent(v) is None and q.word[q.complement(v)] == "naik"


def test_coordinated_subjects():
    p = make("Biden and Harris said it", [
        ("Biden", "PROPN", 4, "nsubj"), ("and", "CCONJ", 3, "cc"), ("Harris", "PROPN", 1, "conj"),
        ("said", "VERB", 0, "root"), ("it", "PRON", 4, "obj"),
    ])
    subj = p.subject(tok(p, "said"))
    assert [p.word[i] for i in p.conjuncts(subj)] == ["Biden", "Harris"]
    assert p.conjuncts(tok(p, "Harris")) == p.conjuncts(subj)
    assert p.word[p.object(tok(p, "said"))] == "it"


def test_coordinated_verbs_share_the_subject():
    p = make("Putin pledged support but said talks must wait", [
        ("Putin", "PROPN", 2, "nsubj"), ("pledged", "VERB", 0, "root"), ("support", "NOUN", 2, "obj"),
        ("but", "CCONJ", 5, "cc"), ("said", "VERB", 2, "conj"), ("talks", "NOUN", 8, "nsubj"),
        ("must", "AUX", 8, "aux"), ("wait", "VERB", 5, "ccomp"),
    ])
    said = tok(p, "said")
    assert p.word[p.subject(said)] == "Putin"
    assert p.subject(said, inherit=False) is None


def test_relative_clause_subject_is_the_antecedent():
    p = make("officials who said the deal was dead", [
        ("officials", "NOUN", 0, "root"), ("who", "PRON", 3, "nsubj"), ("said", "VERB", 1, "acl:relcl"),
        ("the", "DET", 5, "det"), ("deal", "NOUN", 7, "nsubj"), ("was", "AUX", 7, "cop"), ("dead", "ADJ", 3, "ccomp"),
    ])
    said = tok(p, "said")
    assert p.word[p.subject(said)] == "officials"
    assert p.word[p.antecedent(said)] == "officials"


def test_participle_clause_takes_the_noun_it_modifies():
    p = make("pejabat yang mengatakan harga naik", [
        ("pejabat", "NOUN", 0, "root"), ("yang", "PRON", 3, "nsubj"), ("mengatakan", "VERB", 1, "acl"),
        ("harga", "NOUN", 5, "nsubj"), ("naik", "VERB", 3, "ccomp"),
    ], morph={2: "PronType=Rel"})
    assert p.word[p.subject(tok(p, "mengatakan"))] == "pejabat"


def test_obliques_with_their_prepositions():
    p = make("He told reporters in London yesterday", [
        ("He", "PRON", 2, "nsubj"), ("told", "VERB", 0, "root"), ("reporters", "NOUN", 2, "iobj"),
        ("in", "ADP", 5, "case"), ("London", "PROPN", 2, "obl"), ("yesterday", "NOUN", 2, "obl:tmod"),
    ])
    told = tok(p, "told")
    assert p.obliques(told) == [("in", tok(p, "London")), (None, tok(p, "yesterday"))]
    assert p.word[p.object(told)] == "reporters"
    assert p.kids(told, "obl:tmod") == [tok(p, "yesterday")]


def test_open_complement_inherits_and_parataxis_is_a_complement():
    p = make("Ia ingin menegaskan : kami siap", [
        ("Ia", "PRON", 2, "nsubj"), ("ingin", "VERB", 0, "root"), ("menegaskan", "VERB", 2, "xcomp"),
        (":", "PUNCT", 6, "punct"), ("kami", "PRON", 6, "nsubj"), ("siap", "ADJ", 3, "parataxis"),
    ])
    v = tok(p, "menegaskan")
    assert p.word[p.subject(v)] == "Ia"
    assert p.word[p.complement(v)] == "siap"
    assert p.span_text(p.complement(v)) == "kami siap"  # the colon at the edge trimmed


def test_missing_sentence_parsed_on_request():
    text = "One. Two said so."
    p = Parse(text, "xx")
    conll(p, 0, [("One", "NUM", 0, "root"), (".", "PUNCT", 1, "punct")])
    calls = []

    def fill(parse, spans):
        calls.append(spans)
        conll(parse, 5, [("Two", "NUM", 2, "nsubj"), ("said", "VERB", 0, "root"), ("so", "ADV", 2, "advmod"),
                         (".", "PUNCT", 2, "punct")])

    p.fill = fill
    p.set_parseable([(0, 4), (5, 17)])
    assert p.sentence_at(7, parse_missing=False) is None
    ps = p.sentence_at(7)
    assert ps is not None and calls == [[(5, 17)]]
    assert p.word[p.subject(tok(p, "said"))] == "Two"
    assert [s.start for s in p.sentences_in(0, 100)] == [0, 5]


@pytest.mark.parametrize("label,main", [("nsubj:pass", "nsubj"), ("obl", "obl"), ("acl:relcl", "acl")])
def test_label_main_part(label, main):
    assert base(label) == main


def test_ensure_at_parses_the_asked_sentences_in_one_batch():
    text = "One. Two said so. Three."
    p = Parse(text, "xx")
    batches = []

    def fill(parse, spans):
        batches.append(list(spans))
        for s, e in spans:
            w = text[s:e].rstrip(".")
            parse.add_sentence(s, e, [(s, s + len(w), w, "", "X", "", "root", 0)])

    p.fill = fill
    p.set_parseable([(0, 4), (5, 17), (18, 24)])
    p.ensure_at([6, 19, 7])
    assert batches == [[(5, 17), (18, 24)]]
    p.ensure_at([6, 1])
    assert batches[-1] == [(0, 4)] and len(batches) == 2
    p.ensure_at([6])
    assert len(batches) == 2


def _one_word_fill(text, batches):
    def fill(parse, spans):
        batches.append(list(spans))
        for s, e in spans:
            w = text[s:e].rstrip(".")
            parse.add_sentence(s, e, [(s, s + len(w), w, "", "X", "", "root", 0)])
    return fill


def test_noting_requests_answers_none_and_notes_the_offset():
    text = "One. Two said so. Three."
    p = Parse(text, "xx")
    batches = []
    p.fill = _one_word_fill(text, batches)
    p.set_parseable([(0, 4), (5, 17), (18, 24)])
    with p.noting_requests() as asked:
        assert p.sentence_at(6) is None and p.token_at(19) is None
    assert asked == [6, 19] and batches == [] and p.sentences == []
    assert p.sentence_at(6) is not None and batches == [[(5, 17)]]  # outside the block: parsed on request


def test_read_batched_parses_the_asked_sentences_once_in_one_batch():
    """The answers are those of parsing each sentence on request; the parser is called once."""
    text = "One. Two said so. Three. Four."
    spans = [(0, 4), (5, 17), (18, 24), (25, 30)]

    def run(batched: bool):
        p = Parse(text, "xx")
        batches = []
        p.fill = _one_word_fill(text, batches)
        p.set_parseable(spans)
        reads = []

        def read(i):  # sentences 1 and 3 ask for their parse
            reads.append(i)
            ps = p.sentence_at(spans[i][0]) if i in (1, 3) else None
            return None if ps is None else p.word[ps.first]

        got = read_batched(p, len(spans), read) if batched else [read(i) for i in range(len(spans))]
        return got, batches, reads

    assert run(True)[0] == run(False)[0] == [None, "Two said so", None, "Four"]
    assert run(True)[1] == [[(5, 17), (25, 30)]] and run(False)[1] == [[(5, 17)], [(25, 30)]]
    assert run(True)[2] == [0, 1, 2, 3, 1, 3]  # only the reads that asked run again
    assert read_batched(None, 2, lambda i: i * 2) == [0, 2]


# Session 26 (speed26)

def test_add_columns_builds_the_parse_add_sentence_builds():
    """The syntax stage adds a sentence as columns (each list extended once); the parse is the one the rows give."""
    text = "He said so. They left. It rained."
    rows1 = [(0, 2, "He", "he", "PRON", "Case=Nom", "nsubj", 1), (3, 7, "said", "say", "VERB", "", "root", 1),
             (8, 10, "so", "so", "ADV", "", "advmod", 1), (10, 11, ".", ".", "PUNCT", "", "punct", 1)]
    rows2 = [(12, 16, "They", "they", "PRON", "", "nsubj", 1), (17, 21, "left", "leave", "VERB", "", "root", 1),
             (21, 22, ".", ".", "PUNCT", "", "punct", 1)]
    a, b = Parse(text, "xx"), Parse(text, "xx")
    for s, e, rows in ((12, 22, rows2), (0, 11, rows1)):  # out of text order, as requests may come
        a.add_sentence(s, e, rows)
        cols = [list(c) for c in zip(*rows)]
        b.add_columns(s, e, *cols)
    fields = ("start", "end", "word", "lemma", "pos", "morph", "dep", "head", "sent", "sentences", "_order",
              "_sent_starts")
    assert [getattr(a, f) for f in fields] == [getattr(b, f) for f in fields]
    assert b.subject(tok(b, "said")) == tok(b, "He") and b.sentence_at(13).first == 0


# Session 34 (speed34)

def test_sentences_kept_in_start_order_as_they_are_added():
    """Each added sentence is placed by its start (after any with the same start): the order a stable sort of all of
    them by start gives, and every offset finds its own sentence, whatever order the parser's batches add them in."""
    text = "A b. C d. E f. G h. I j."
    spans = [(0, 4), (5, 9), (10, 14), (15, 19), (20, 24)]
    for order in ([3, 0, 4, 1, 2], [4, 3, 2, 1, 0], [2, 4, 0, 3, 1]):
        p = Parse(text, "xx")
        for n in order:
            s, e = spans[n]
            p.add_sentence(s, e, [(s, s + 1, text[s], "", "X", "", "root", 0)])
        assert p._order == sorted(range(len(order)), key=lambda k: p.sentences[k].start)
        assert p._sent_starts == [s for s, _ in spans]
        assert [p.sentence_at(s + 2).start for s, _ in spans] == [s for s, _ in spans]
        assert [ps.start for ps in p.sentences_in(0, len(text))] == [s for s, _ in spans]
