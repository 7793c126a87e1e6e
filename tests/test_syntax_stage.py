"""The syntax stage: which sentences it parses, offsets, parsing on request, and the stage without a model."""

from __future__ import annotations

import logging

import pytest
import spacy
from spacy.language import Language

from kabar.pipeline import Pipeline
from kabar.record import Article
from kabar.lang import expand
from kabar.stages.syntax import SyntaxStage, needs_words
from kabar.text.parse import parse_of


@Language.component("kabar_test_flat_parse")
def _flat(doc):
    """Every token hangs from the sentence's first token (a stand-in for a trained parser)."""
    for t in doc:
        t.head = doc[0]
        t.dep_ = "ROOT" if t.i == 0 else "dep"
        t.pos_ = "VERB" if t.i == 0 else "X"
    return doc


def _fake_parser():
    nlp = spacy.blank("xx")
    nlp.add_pipe("kabar_test_flat_parse")
    return nlp


def _record(text: str, lang: str = "en") -> Article:
    r = Article.new(text)
    r.lang = lang
    return Pipeline(only=["segment"])(r)


def _stage(**kw) -> SyntaxStage:
    kw.setdefault("eager", True)
    st = SyntaxStage(**kw)
    st._nlp["en"] = st._nlp["id"] = _fake_parser()
    return st


TEXT = "The sky was grey. Kirby said the talks failed. Rain fell all day.\n\n“We will win,” she added."


def test_parses_only_sentences_with_a_cue_or_a_quotation_mark():
    r = _stage()(_record(TEXT))
    p = parse_of(r)
    assert p is not None
    got = [TEXT[s.start:s.end] for s in p.sentences]
    assert got == ["Kirby said the talks failed.", "“We will win,” she added."]


def test_token_offsets_are_the_records():
    r = _stage()(_record(TEXT))
    p = parse_of(r)
    assert p.word and all(TEXT[p.start[i]:p.end[i]] == p.word[i] for i in range(len(p.word)))
    said = p.token_at(TEXT.index("said"))
    assert p.word[said] == "said"


def test_a_skipped_sentence_is_parsed_on_request():
    r = _stage()(_record(TEXT))
    p = parse_of(r)
    pos = TEXT.index("Rain")
    assert p.sentence_at(pos, parse_missing=False) is None
    ps = p.sentence_at(pos)
    assert ps is not None and TEXT[ps.start:ps.end] == "Rain fell all day."
    assert p.word[p.token_at(pos)] == "Rain"


def test_all_sentences_setting():
    r = _stage(all_sentences=True)(_record(TEXT))
    assert len(parse_of(r).sentences) == 4


def test_long_sentences_are_not_parsed():
    r = _stage(max_tokens=3)(_record(TEXT))
    assert parse_of(r).sentences == []


def test_event_trigger_words_select_a_sentence():
    words = needs_words("en")
    assert "said" in words or "say" in words
    text = "Troops attacked the village. The weather was fine."
    trig = [w for w in ("attacked", "attack") if w in words]
    r = _stage()(_record(text))
    got = [text[s.start:s.end] for s in parse_of(r).sentences]
    assert got == (["Troops attacked the village."] if trig else [])


def test_without_a_model_no_parse_and_one_warning(caplog):
    st = SyntaxStage()
    st._nlp["en"] = None
    r = _record(TEXT)
    with caplog.at_level(logging.WARNING, logger="kabar.syntax"):
        st(r)
        st(_record(TEXT))
    assert parse_of(r) is None
    st2 = SyntaxStage(model="/nonexistent/parser")
    with caplog.at_level(logging.WARNING, logger="kabar.syntax"):
        st2(_record(TEXT))
        st2(_record(TEXT))
    assert sum("no parser model" in m for m in caplog.messages) == 1


def test_the_stored_record_does_not_change():
    plain = _record(TEXT).to_dict()
    parsed = _stage()(_record(TEXT)).to_dict()
    assert parsed == plain


@pytest.mark.parametrize("form,out", [
    ("attack{,s,ed}", ["attack", "attacks", "attacked"]),
    ("hand{,s,ed} back", ["hand back", "hands back", "handed back"]),
    ("say", ["say"]),
])
def test_brace_expansion(form, out):
    assert expand(form) == out


def test_lazy_stage_parses_only_what_is_asked_for():
    r = _stage(eager=False)(_record(TEXT))
    p = parse_of(r)
    assert p is not None and p.sentences == []
    assert p.token_at(TEXT.index("sky")) is not None
    assert [TEXT[s.start:s.end] for s in p.sentences] == ["The sky was grey."]
    p.ensure()
    assert len(p.sentences) == 4
    p.ensure()  # nothing twice
    assert len(p.sentences) == 4 and len(set((s.start, s.end) for s in p.sentences)) == 4


def _rows_from_tokens(p) -> list[tuple]:
    return list(zip(p.start, p.end, p.word, p.lemma, p.pos, p.morph, p.dep, p.head))


@pytest.mark.parametrize("lang,text", [
    ("en", "Police in London said on Monday that the protesters, who had gathered outside, were arrested by officers."),
    ("id", "Polisi mengatakan bahwa para pengunjuk rasa ditangkap oleh petugas di Jakarta pada Senin."),
])
def test_rows_are_the_tokens_attributes(lang, text):
    """The stage reads the parse as arrays (speed); the rows are what the Token attributes say: lemma, POS
    (else the tag), morphology ("" when empty), label ("dep" when none) and the head's index."""
    from kabar.models import available_parsers
    from kabar.stages.syntax import load_parser
    from kabar.text.tokens import toks_of

    if lang not in available_parsers():
        pytest.skip(f"no shipped parser for {lang}")
    st = SyntaxStage(all_sentences=True, eager=True)
    r = st(_record(text, lang))
    p = parse_of(r)
    assert p.word
    nlp = load_parser(lang)
    toks = toks_of(r)
    keep = [i for i in range(toks.n) if toks.words[i].strip()]
    doc = spacy.tokens.Doc(nlp.vocab, words=[toks.words[i] for i in keep], spaces=[bool(toks.ws[i]) for i in keep])
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    want = [(toks.idx[keep[t.i]], toks.idx[keep[t.i]] + len(t.text), t.text, t.lemma_, t.pos_ or t.tag_,
             str(t.morph), t.dep_ or "dep", t.head.i) for t in doc]
    assert _rows_from_tokens(p) == want
    assert "" in p.morph or all(p.morph)  # an empty morphology is "", never spaCy's "_"
    assert "_" not in p.morph


def test_loaded_models_are_frozen_out_of_the_gc():
    import gc

    from kabar.models import _with_matmul_ops

    _with_matmul_ops(spacy.blank("xx"))
    assert gc.get_freeze_count() > 0


@pytest.mark.parametrize("lang,text", [
    ("en", "Police said the protesters were arrested. The minister, who arrived late, denied it. Rain fell.\n\n"
           "“We will win,” she added, warning that talks could fail."),
    ("id", "Polisi mengatakan para pengunjuk rasa ditangkap. Menteri itu membantahnya. Hujan turun.\n\n"
           "“Kami akan menang,” katanya, seraya memperingatkan bahwa perundingan bisa gagal."),
])
def test_one_batch_gives_the_parse_of_single_calls(lang, text):
    """Requests are batched (Parse.ensure_at, read_batched): the parse of a sentence must not depend on the
    sentences parsed with it."""
    from kabar.models import available_parsers

    if lang not in available_parsers():
        pytest.skip(f"no shipped parser for {lang}")
    single = parse_of(SyntaxStage()(_record(text, lang)))
    for s in [(x.start, x.end) for x in _record(text, lang).sentences]:
        single.ensure_at([s[0]])  # one parser call per sentence
    batch = parse_of(SyntaxStage()(_record(text, lang)))
    batch.ensure()  # one call for all
    assert len(single.sentences) == len(batch.sentences) == 4

    def rows(p):
        return sorted(zip(p.start, p.word, p.pos, p.morph, p.dep, [p.start[h] for h in p.head]))

    assert rows(single) == rows(batch)


# Session 21 (speed21)

@pytest.mark.parametrize("lang,text", [
    ("en", "Police said the protesters were arrested. The minister, who arrived late after a long meeting with the "
           "unions in the capital, denied it. Rain fell.\n\n\u201cWe will win,\u201d she added, warning that talks could fail."),
    ("id", "Polisi mengatakan para pengunjuk rasa ditangkap. Menteri itu, yang datang terlambat setelah rapat panjang "
           "dengan serikat buruh di ibu kota, membantahnya. Hujan turun.\n\n\u201cKami akan menang,\u201d katanya."),
])
def test_the_step_loop_gives_spacys_parse_in_the_stage(lang, text, monkeypatch):
    """The stage parses with kabar.models.parser_steps; its rows for sentences of different lengths parsed in one
    call are those of spaCy's own compiled loop (the stage with the step loop turned off)."""
    from kabar.models import available_parsers, parser_steps

    if lang not in available_parsers():
        pytest.skip(f"no shipped parser for {lang}")
    calls = []
    real = parser_steps.pipe
    monkeypatch.setattr(parser_steps, "pipe", lambda *a: calls.append(len(a[1])) or real(*a))
    ours = parse_of(SyntaxStage(all_sentences=True, eager=True)(_record(text, lang)))
    assert calls == [4]  # the four sentences went through the step loop, in one call
    monkeypatch.setattr(parser_steps, "supports", lambda proc: False)
    theirs = parse_of(SyntaxStage(all_sentences=True, eager=True)(_record(text, lang)))
    assert calls == [4]
    assert _rows_from_tokens(ours) == _rows_from_tokens(theirs)
    assert len(set(ours.dep)) > 3


# Session 35 (speed35)

def test_columns_keep_the_strings_across_calls_and_give_the_stores_strings():
    """``_columns`` maps a column of hashes to the string store's strings (0 to ""), as a fresh look-up does; the
    strings are kept per store across parser calls, so a second call reads the store only for new hashes, and
    another store starts its own table."""
    from spacy.strings import StringStore

    from kabar.stages.syntax import _U64

    class Counting(StringStore):
        looked = 0

        def __getitem__(self, key):
            Counting.looked += 1
            return super().__getitem__(key)

    store = Counting(["nsubj", "VERB", "Voice=Pass", "_"])
    h = {s: store.add(s) for s in ("nsubj", "VERB", "Voice=Pass", "_")}
    signed = {s: v - (1 << 64) if v >= 1 << 63 else v for s, v in h.items()}  # the int64 view to_array gives
    st = SyntaxStage()
    col = [signed["nsubj"], 0, signed["VERB"], signed["nsubj"], signed["_"], 0]
    want = ["nsubj", "", "VERB", "nsubj", "_", ""]
    assert st._columns(store)(col) == want
    assert Counting.looked == 3  # each distinct non-zero hash once
    assert st._columns(store)(col + [signed["Voice=Pass"]]) == want + ["Voice=Pass"]
    assert Counting.looked == 4  # only the new one
    assert all(store[v & _U64] == s for s, v in signed.items())
    Counting.looked = 0
    other = Counting(["nsubj"])
    assert st._columns(other)([signed["nsubj"], 0]) == ["nsubj", ""] and Counting.looked == 1


def test_two_parser_calls_give_the_rows_of_fresh_lookups():
    """The same sentences parsed in two calls (the strings kept from the first) have the rows of the Token attributes."""
    from kabar.models import available_parsers

    if "en" not in available_parsers():
        pytest.skip("no shipped parser for en")
    text = "Police said the protesters were arrested by officers. The minister denied it on Monday."
    st = SyntaxStage(all_sentences=True, eager=True)
    first = _rows_from_tokens(parse_of(st(_record(text))))
    again = _rows_from_tokens(parse_of(st(_record(text))))
    fresh = _rows_from_tokens(parse_of(SyntaxStage(all_sentences=True, eager=True)(_record(text))))
    assert first == again == fresh and "dep" not in first[0][6]
