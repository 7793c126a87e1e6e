"""The shipped dependency parsers (issue 12): offline loading and sensible heads on unseen sentences,
plus train_parser.py's conversion and scoring helpers (on hand-made CoNLL-U; no ../shared needed)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import spacy

from kabar.models import PARSER_COMPONENTS, ParserMissing, available_parsers, load_parser, parser_path
from kabar.text.sentences import nlp_for

ROOT = Path(__file__).resolve().parents[2]

# Hand-written news sentences (not from any treebank): (text, verb, its subject, its object).
SENTENCES = {
    "id": [
        ("Gubernur itu meresmikan jembatan baru di Bandung pada Senin pagi.", "meresmikan", "Gubernur", "jembatan"),
        ("Polisi menangkap dua tersangka di Jakarta.", "menangkap", "Polisi", "tersangka"),
        ("Menteri Keuangan menaikkan harga bahan bakar minggu lalu.", "menaikkan", "Menteri", "harga"),
    ],
    "en": [
        ("The minister announced a new budget on Monday.", "announced", "minister", "budget"),
        ("Police arrested two suspects in Jakarta.", "arrested", "Police", "suspects"),
        ("The company opened a factory in Dublin last year.", "opened", "company", "factory"),
    ],
}


def parse(lang: str, text: str, **kw):
    return load_parser(lang, **kw)(nlp_for(lang).tokenizer(text))


def token(doc, word):
    return next(t for t in doc if t.text == word)


def test_both_parsers_ship():
    assert {"id", "en"} <= set(available_parsers())
    for lang in ("id", "en"):
        assert "CC BY-SA 4.0" in (parser_path(lang) / "LICENSE.txt").read_text()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_loads_the_runtime_components_once(lang):
    nlp = load_parser(lang)
    assert tuple(nlp.pipe_names) == ("kabar_label_strings", *PARSER_COMPONENTS)
    assert load_parser(lang) is nlp
    assert load_parser(lang, morphology=False).pipe_names == ["kabar_label_strings", "tok2vec", "parser"]
    assert "tagger" in load_parser(lang, tags=True).pipe_names


def test_missing_language_is_a_clear_error():
    with pytest.raises(ParserMissing, match="no dependency parser"):
        load_parser("zz")
    assert parser_path("../ner-id") is None


@pytest.mark.parametrize("lang,text,verb,subj,obj", [(lang, *row) for lang, rows in SENTENCES.items() for row in rows])
def test_subject_and_object_of_the_verb(lang, text, verb, subj, obj):
    doc = parse(lang, text)
    v, s, o = token(doc, verb), token(doc, subj), token(doc, obj)
    assert v.dep_ == "ROOT" and v.head == v
    assert s.head == v and s.dep_.startswith("nsubj")
    assert o.head == v and o.dep_ == "obj"
    assert all(t.dep_ for t in doc)


@pytest.mark.parametrize("lang,verb", [("id", "menangkap"), ("en", "arrested")])
def test_upos_and_features(lang, verb):
    text = next(t for t, v, _, _ in SENTENCES[lang] if v == verb)
    doc = parse(lang, text)
    assert token(doc, verb).pos_ == "VERB"
    assert [t.head.i for t in parse(lang, text, morphology=False)] == [t.head.i for t in doc]


def test_parser_runs_on_kabar_docs_as_on_its_own():
    """Docs from kabar's tokenizer (another vocabulary) get the same analysis, readable labels and features."""
    from spacy.tokens import Doc

    nlp = load_parser("id")
    ours = nlp(nlp_for("id").tokenizer("Polisi menangkap dua tersangka di Jakarta."))
    assert ours.vocab is not nlp.vocab
    own = nlp(Doc(nlp.vocab, words=[t.text for t in ours], spaces=[bool(t.whitespace_) for t in ours]))
    analysis = [(t.dep_, t.head.i, t.pos_, str(t.morph)) for t in ours]
    assert analysis == [(t.dep_, t.head.i, t.pos_, str(t.morph)) for t in own]
    assert token(ours, "dua").morph.get("NumType") == ["Card"]


# --- scripts/train_parser.py helpers

def _script():
    spec = importlib.util.spec_from_file_location("kabar_train_parser_script", ROOT / "scripts" / "train_parser.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


CONLLU = """\
# text = Dia membeli rumahnya.
1\tDia\tdia\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\tmembeli\tbeli\tVERB\tVB\tVoice=Act\t0\troot\t_\t_
3-4\trumahnya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
3\trumah\trumah\tNOUN\tNN\t_\t2\tobj\t_\t_
4\tnya\tnya\tPRON\tPRP$\t_\t3\tnmod:poss\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# text = Ia pergi.
1\tIa\tia\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\tpergi\tpergi\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

"""


def test_conllu_to_docbin_keeps_raw_text_and_syntactic_words(tmp_path):
    tp = _script()
    src = tmp_path / "x.conllu"
    src.write_text(CONLLU, encoding="utf-8")
    out = tmp_path / "x.spacy"
    assert tp.to_docbin("id", [src], out) == 2
    from spacy.tokens import DocBin

    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("id").vocab))
    first = docs[0]
    assert first.text.rstrip() == "Dia membeli rumahnya."  # the multiword token's surface, not "rumah nya"
    assert [t.text for t in first] == ["Dia", "membeli", "rumah", "nya", "."]
    assert [t.head.i for t in first] == [1, 1, 1, 2, 1]
    assert [t.dep_ for t in first] == ["nsubj", "ROOT", "obj", "nmod:poss", "punct"]
    assert docs[1].text.rstrip() == "Ia pergi."


def test_conll18_counts_align_by_character_span(tmp_path):
    tp = _script()
    src = tmp_path / "x.conllu"
    src.write_text(CONLLU, encoding="utf-8")
    tp.to_docbin("id", [src], tmp_path / "x.spacy")
    from spacy.tokens import DocBin, Doc

    gold = list(DocBin().from_disk(tmp_path / "x.spacy").get_docs(spacy.blank("id").vocab))[0]
    # kabar's tokenizer leaves "rumahnya" whole: "rumah" and "nya" are missed, the rest scores.
    pred = Doc(gold.vocab, words=["Dia", "membeli", "rumahnya", "."], spaces=[True, True, False, False],
               heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "obj", "punct"])
    assert tp.conll18_counts(gold, pred) == {"gold": 5, "pred": 4, "aligned": 3, "uas": 3, "las": 3}
    # a wrong head, and a label right only in its universal part ("nsubj:pass" ~ "nsubj")
    pred = Doc(gold.vocab, words=["Dia", "membeli", "rumahnya", "."], spaces=[True, True, False, False],
               heads=[1, 1, 1, 2], deps=["nsubj:pass", "ROOT", "obj", "punct"])
    assert tp.conll18_counts(gold, pred) == {"gold": 5, "pred": 4, "aligned": 3, "uas": 2, "las": 2}
    assert tp.f1(3, 5, 4) == pytest.approx(2 / 3)


def test_resume_config_sources_every_component(tmp_path):
    tp = _script()
    nlp = spacy.blank("id")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("tagger")
    from spacy.training import Example

    example = Example.from_dict(nlp.make_doc("Ia pergi"), {"tags": ["PRP", "VB"]})
    nlp.initialize(lambda: [example])
    model = tmp_path / "model"
    nlp.to_disk(model)
    cfg = tp.resume_config(model, tmp_path / "resume.cfg")
    from spacy.util import load_config

    config = load_config(cfg)
    assert config["nlp"]["pipeline"] == ["tok2vec", "tagger"]
    assert all(config["components"][n] == {"source": str(model.resolve())} for n in ("tok2vec", "tagger"))


def test_warm_start_adds_vectors_without_changing_the_function(tmp_path):
    """Adding static vectors to a trained tok2vec (train_parser --warm-from) starts from the old model's
    function exactly: every old weight is copied and the mixing layer's new inputs start at zero."""
    import numpy
    from spacy.training import Example
    from spacy.util import load_config
    from spacy.vectors import Vectors

    tp = _script()
    nlp = spacy.blank("id")
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 32, "attrs": ["NORM", "PREFIX", "SHAPE"],
                  "rows": [500, 100, 50], "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 32, "depth": 2, "window_size": 1,
                   "maxout_pieces": 3}}})
    nlp.add_pipe("tagger")
    examples = [Example.from_dict(nlp.make_doc("Ia pergi ke pasar"), {"tags": ["PRP", "VB", "IN", "NN"]})]
    nlp.initialize(lambda: examples)
    for _ in range(3):
        nlp.update(examples)
    old = tmp_path / "old"
    nlp.to_disk(old)
    vec = spacy.blank("id")
    words = ["ia", "pergi", "ke", "pasar"]
    vec.vocab.vectors = Vectors(strings=vec.vocab.strings, data=numpy.eye(4, 8, dtype="float32") + 0.5,
                                keys=[vec.vocab.strings.add(w) for w in words], attr="NORM")
    vec.to_disk(tmp_path / "vectors")
    cfg = tp.warm_config(old, tmp_path / "vectors", tmp_path / "warm.cfg")
    tp._register_warm_start()
    warm = spacy.util.load_model_from_config(load_config(cfg), auto_fill=True)
    warm.initialize(lambda: [Example.from_dict(warm.make_doc("Ia pergi ke pasar"), {"tags": ["PRP", "VB", "IN", "NN"]})])
    assert warm.vocab.vectors.shape == (4, 8)
    text = "Ia pergi ke pasar"
    before = nlp.get_pipe("tagger").model.predict([nlp.make_doc(text)])[0]
    after = warm.get_pipe("tagger").model.predict([warm.make_doc(text)])[0]
    numpy.testing.assert_allclose(after, before, rtol=1e-5, atol=1e-6)
    embed = warm.get_pipe("tok2vec").model.get_ref("embed")
    assert any(node.name == "static_vectors" for node in embed.walk())
    # a Doc of another vocabulary (as kabar's tokenizer makes) is lent the model's vectors and gets the same tags
    from kabar.models import _register_label_strings

    _register_label_strings()
    warm.add_pipe("kabar_label_strings", first=True)
    foreign = spacy.blank("id").make_doc(text)
    assert foreign.vocab.vectors.shape[0] == 0
    own = warm(warm.make_doc(text))
    theirs = warm(foreign)
    assert foreign.vocab.vectors.shape == (4, 8)
    assert [t.tag_ for t in theirs] == [t.tag_ for t in own]
    numpy.testing.assert_allclose(warm.get_pipe("tok2vec").model.predict([theirs])[0],
                                  warm.get_pipe("tok2vec").model.predict([own])[0], rtol=1e-5, atol=1e-6)


# Session 21 (speed21): kabar.models.parser_steps, spaCy's greedy parse with the step loop in Python

STEP_TEXTS = {
    "id": ("Gubernur itu meresmikan jembatan baru di Bandung pada Senin pagi, kata juru bicara pemerintah provinsi. "
           "Ya. Polisi menangkap dua tersangka di Jakarta setelah warga melapor bahwa rumah mereka dibobol pada "
           "malam hari, sementara tiga orang lain yang diduga terlibat masih diburu petugas di luar kota. "
           "\"Kami akan terus mengejar mereka,\" ujar Kapolres."),
    "en": ("The minister announced a new budget on Monday, a spokesman said. Yes. Police arrested two suspects in "
           "Jakarta after residents reported that their homes had been broken into overnight, while three others "
           "believed to be involved were still being hunted outside the city. \"We will keep looking,\" he said."),
}


def _step_docs(lang: str, nlp):
    from spacy.tokens import Doc

    doc = nlp_for(lang).tokenizer(STEP_TEXTS[lang])
    docs, words = [], []
    for t in doc:  # a Doc per sentence (split after . ! ?), as the syntax stage sends them, lengths 1 to ~40
        words.append(t)
        if t.text in ".!?" or t.i == len(doc) - 1:
            docs.append(Doc(doc.vocab, words=[w.text for w in words], spaces=[bool(w.whitespace_) for w in words]))
            words = []
    return docs + [Doc(doc.vocab, words=["Ya"], spaces=[False])]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("batch_size", [1024, 2])
def test_step_loop_parses_as_spacy(lang, batch_size):
    """kabar's loop gives every token the head and label spaCy's own Parser.pipe gives, one call for the
    sentences of different lengths together and in minibatches of two (batch_size 2)."""
    from kabar.models import parser_steps

    nlp = load_parser(lang)
    parser = nlp.get_pipe("parser")
    assert parser_steps.supports(parser)

    def analysed():
        docs = _step_docs(lang, nlp)
        for name, proc in nlp.pipeline:
            if name != "parser":
                docs = [proc(d) for d in docs]
        return docs

    theirs = list(parser.pipe(analysed(), batch_size=batch_size))
    ours = parser_steps.pipe(parser, analysed(), batch_size)
    assert len(ours) == len(theirs) == 5
    for a, b in zip(ours, theirs):
        assert [(t.head.i, t.dep_) for t in a] == [(t.head.i, t.dep_) for t in b]
    assert any(t.dep_ == "nsubj" for d in ours for t in d)  # a real parse, not two empty ones


def test_step_loop_leaves_what_it_does_not_cover_to_spacy():
    """Only a greedy transition parser with the shipped layers is stepped; a beam parser or another
    component is not, and the syntax stage then runs the component's own pipe."""
    from kabar.models import parser_steps

    nlp = load_parser("en")
    parser = nlp.get_pipe("parser")
    assert not parser_steps.supports(nlp.get_pipe("tok2vec"))
    assert not parser_steps.supports(nlp.get_pipe("morphologizer"))
    width = parser.cfg.get("beam_width", 1)
    try:
        parser.cfg["beam_width"] = 4
        assert not parser_steps.supports(parser)
    finally:
        parser.cfg["beam_width"] = width
    assert parser_steps.supports(parser)


# Session 22 (speed22): the parsers' tok2vec by tagger_forward's numpy pass, and the step loop's maxout by numpy


def _fresh_tok2vec_forward(nlp):
    from kabar.models import tok2vec_forward
    from kabar.models.tagger_forward import TaggerForward

    assert tok2vec_forward(nlp.get_pipe("tok2vec")) is not None
    return TaggerForward.build(nlp.get_pipe("tok2vec").model)  # its own memo, cold


@pytest.mark.parametrize("lang", ["id", "en"])
def test_tok2vec_forward_gives_thincs_vectors_bit_for_bit(lang):
    """The numpy pass gives every token the vectors thinc's model gives, bit for bit: all the sentences in one
    batch (memo cold, then warm), each sentence alone (a batch of one token, and of fewer rows than the memo needs
    for the same BLAS kernel, are computed as they are), and without the memo."""
    import numpy

    from kabar.models.tagger_forward import TaggerForward

    nlp = load_parser(lang)
    model = nlp.get_pipe("tok2vec").model
    forwards = [_fresh_tok2vec_forward(nlp), TaggerForward.build(model, memo=False)]
    # the memo is on exactly where this machine's BLAS gives a row the same bits in any batch of `least` rows or more
    # (session 24's machine never does: there the memo must be off and both passes are the plain one)
    assert (forwards[0].memo is not None) == (forwards[0].least is not None)
    docs = _step_docs(lang, nlp)
    batches = [docs, docs[::-1], docs[:1], docs[-1:], [docs[0], docs[-1]]]
    batches += [[d[:k].as_doc()] for d in docs[:1] for k in range(1, (forwards[0].least or 2) + 2)]
    for forward in forwards:
        for batch in batches:
            want = model.predict(batch)
            got = forward.vectors(forward.features(batch))
            assert len(got) == len(want)
            for a, b in zip(got, want):
                assert a.shape == b.shape and numpy.array_equal(a.view("uint32"), b.view("uint32"))
    assert forwards[0].memo is None or len(forwards[0].memo.slot) > 0


# Session 23 (speed23): the tok2vec's last layer on the tokens' rows alone


@pytest.mark.parametrize("lang", ["id", "en"])
def test_tok2vec_last_layer_on_token_rows_gives_the_full_pass_bits(lang):
    """`vectors` runs the last encoder layer on the tokens' rows only (not the pads between documents): the same bits
    as running it on every row, for several documents, one, one token, and an empty document among them."""
    import numpy

    from kabar.models.tagger_forward import _OPS

    nlp = load_parser(lang)
    forward = _fresh_tok2vec_forward(nlp)
    if forward.layouts[forward.depth] is None:
        pytest.skip("no product layout explains this machine's BLAS for the last layer (product_layout), so "
                    "`vectors` runs the last layer on every row (the full pass itself)")
    docs = _step_docs(lang, nlp)

    def full_pass(feats):
        lengths = [len(f) for f in feats]
        P, starts = forward._padded(feats, lengths)
        for k in range(1, forward.depth + 1):
            P += forward._maxout_norm(_OPS.seq2col(P, forward.window), k)
        return [P[a:a + n] for a, n in zip(starts, lengths)]

    batches = [docs, docs[:1], [docs[0][:1].as_doc()], [docs[0], docs[0][:0].as_doc(), docs[-1][:2].as_doc()]]
    for batch in batches:
        feats = forward.features(batch)
        got, want = forward.vectors(feats), full_pass(feats)
        assert len(got) == len(want)
        for a, b in zip(got, want):
            assert a.shape == b.shape and numpy.array_equal(a.view("uint32"), b.view("uint32"))


def test_tok2vec_forward_only_for_the_tok2vecs_kabar_loaded():
    from kabar.models import tok2vec_forward

    nlp = load_parser("en")
    assert tok2vec_forward(nlp.get_pipe("morphologizer")) is None and tok2vec_forward(nlp.get_pipe("parser")) is None
    blank = spacy.blank("en")
    blank.add_pipe("tok2vec")
    blank.initialize()
    assert tok2vec_forward(blank.get_pipe("tok2vec")) is None  # not frozen by kabar's loaders: thinc runs it


@pytest.mark.parametrize("lang", ["id", "en"])
def test_syntax_stage_components_give_spacys_analysis(lang):
    """What the syntax stage runs (the tok2vec's numpy pass, spaCy's morphologizer, the step loop with the frozen
    ops' maxout) gives every token the POS, morphology, head and label of spaCy's own components, and the same
    tensor bit for bit."""
    import numpy

    from kabar.stages.syntax import SyntaxStage

    nlp = load_parser(lang)
    theirs = _step_docs(lang, nlp)
    for _, proc in nlp.pipeline:
        theirs = list(proc.pipe(theirs, batch_size=1024)) if hasattr(proc, "pipe") else [proc(d) for d in theirs]
    ours = _step_docs(lang, nlp)
    SyntaxStage()._parse(nlp, [(_Toks(d), _NoParse(), 0, 0, list(range(len(d))), d) for d in ours])
    attrs = ["POS", "MORPH", "DEP", "HEAD"]
    for a, b in zip(ours, theirs):
        assert numpy.array_equal(a.to_array(attrs), b.to_array(attrs))
        assert numpy.array_equal(a.tensor.view("uint32"), b.tensor.view("uint32"))
    assert any(t.dep_ == "nsubj" for d in ours for t in d)


class _NoParse:
    def add_sentence(self, *args):
        pass

    def add_columns(self, *args):  # session 26 (speed26): the stage adds a sentence's rows as columns
        pass


class _Toks:
    def __init__(self, doc):
        self.idx = [t.idx for t in doc]
        self.words = [t.text for t in doc]
