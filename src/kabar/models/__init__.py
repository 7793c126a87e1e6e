"""Trained pipelines shipped inside the package, so a fresh install needs no download.

`ner-<lang>/` folders are written by scripts/train_ner.py (see docs/ner.md); their `ner` component
is kabar's BILUO token tagger (`tagger_ner.py`). This package imports nothing else of kabar so that
stages and scripts can use it alone.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported lazily: loading it costs ~1 s
    import spacy

MODELS_DIR = Path(__file__).resolve().parent
NER_LABELS = ("PER", "ORG", "LOC")

_lock = threading.Lock()


def register_factories() -> None:
    """Make kabar's spaCy components known to spaCy (the shipped pipelines' configs name them)."""
    from kabar.models import name_lists, tagger_ner  # noqa: F401  registration happens on import


def load_pipeline(path: str | Path) -> "spacy.Language":
    """A spaCy pipeline folder given by configuration (any NER; kabar's components are registered), cached."""
    with _lock:
        return _load_path(str(Path(path).expanduser().resolve()))


@lru_cache(maxsize=None)
def _load_path(path: str) -> "spacy.Language":
    import spacy

    register_factories()
    return _with_matmul_ops(spacy.load(path, exclude=["tokenizer"], config={"nlp": {"lang": "xx"}}))


def _with_matmul_ops(nlp: "spacy.Language") -> "spacy.Language":
    """Matrix products through numpy instead of thinc's BLIS, about twice as fast here (matmul_ops.py)."""
    from thinc.api import Model

    from kabar.models.matmul_ops import use_matmul_ops
    from kabar.models.tagger_ner import TaggerNER

    from spacy.pipeline import Tok2Vec

    from kabar.models.tagger_forward import TaggerForward

    for _, proc in nlp.pipeline:
        if isinstance(getattr(proc, "model", None), Model):
            use_matmul_ops(proc.model, frozen=True)
        if isinstance(proc, TaggerNER):  # kabar's tagger runs its numpy pass (tagger_forward.py)
            proc.freeze()
        if isinstance(proc, Tok2Vec):  # so may a tok2vec (the parsers'), when asked: tok2vec_forward
            forward = TaggerForward.build(proc.model)
            if forward is not None:
                _TOK2VEC_FORWARDS[id(proc)] = (proc, forward)
    # Every loader ends here, once per model (the loaders are cached). A loaded model is a large graph of
    # long-lived Python objects that the cyclic GC would otherwise scan again in every full collection
    # (~1.5 ms per article measured); gc.freeze() moves what is alive now to the permanent generation,
    # which the collector skips. Objects made later are collected as usual.
    import gc

    gc.freeze()
    return nlp


_TOK2VEC_FORWARDS: dict = {}  # id of a loaded Tok2Vec component -> (it, its TaggerForward)


def tok2vec_forward(proc):
    """The numpy pass (`tagger_forward.TaggerForward`, whose ``vectors`` are the component's output bit for bit) of a
    spaCy ``Tok2Vec`` component that a loader here froze, or None (another component, architecture or model).

    Why: thinc's generic layers (a closure per layer, Ragged conversions, its Cython ``maxout`` and ``gather_add``,
    two passes per layer norm) cost about as much as the arithmetic in the parsers' tok2vec, and most tokens repeat
    an embedding row seen before (docs/syntax.md, session 22)."""
    got = _TOK2VEC_FORWARDS.get(id(proc))
    return got[1] if got is not None and got[0] is proc else None


def _model_path(kind: str, lang: str) -> Path | None:
    """``<kind>-<lang>/`` of the shipped models when it holds a spaCy pipeline; a `lang` that could leave
    the models folder ("../x") names none."""
    if not lang or "/" in lang or "\\" in lang or lang.startswith("."):
        return None
    path = MODELS_DIR / f"{kind}-{lang}"
    return path if (path / "config.cfg").is_file() else None


def _available(kind: str) -> list[str]:
    """Languages with a shipped ``<kind>-<lang>/`` pipeline."""
    return sorted(p.name[len(kind) + 1:] for p in MODELS_DIR.glob(f"{kind}-*") if (p / "config.cfg").is_file())


def ner_path(lang: str) -> Path | None:
    """Folder of the shipped NER pipeline for `lang`, or None when kabar has none."""
    return _model_path("ner", lang)


def available_ner() -> list[str]:
    """Languages with a shipped NER pipeline."""
    return _available("ner")


def load_ner(lang: str, *, tokenizer: bool = True) -> "spacy.Language | None":
    """The shipped NER pipeline for `lang` (loaded once per process), or None if there is none.

    With ``tokenizer=True`` its tokenizer is spaCy's blank tokenizer for the language, so token
    character offsets agree with `spacy.blank(lang)`. Callers that feed it their own Docs
    (kabar's entities stage does) pass ``tokenizer=False``: the weights are then loaded into
    spaCy's multi-language class, which skips building the language's tokenizer exceptions
    (about 2 s for Indonesian, most of the load time). Predictions on a given Doc are the same:
    the model's features (norm, prefix, suffix, shape) do not depend on the language class,
    which a test checks.
    """
    if ner_path(lang) is None:
        return None
    with _lock:
        return _load(lang, tokenizer)


@lru_cache(maxsize=None)
def _load(lang: str, tokenizer: bool = True) -> "spacy.Language":
    import spacy

    register_factories()

    if not tokenizer:
        return _load_path(str(ner_path(lang)))

    # The saved tokenizer is spaCy's blank one (train_ner.py asserts it), and the config
    # rebuilds exactly that; reading it from disk as well would load the Indonesian
    # exceptions (~16k special cases) a second time and double the load time.
    return _with_matmul_ops(spacy.load(ner_path(lang), exclude=["tokenizer"]))


# --- dependency parsers (issue 12): `parser-<lang>/` folders written by scripts/train_parser.py (docs/syntax.md)

PARSER_COMPONENTS = ("tok2vec", "morphologizer", "parser")  # the trained components load_parser gives by default


class ParserMissing(LookupError):
    """No shipped dependency parser for the language (kabar has parsers for id and en)."""


def parser_path(lang: str) -> Path | None:
    """Folder of the shipped dependency parser for `lang`, or None when kabar has none."""
    return _model_path("parser", lang)


def available_parsers() -> list[str]:
    """Languages with a shipped dependency parser."""
    return _available("parser")


def load_parser(lang: str, *, morphology: bool = True, tags: bool = False) -> "spacy.Language":
    """The shipped syntax pipeline for `lang`, loaded once per process (thread-safe).

    Components: tok2vec, morphologizer (UPOS into ``token.pos_``, features such as ``Voice=Pass`` into
    ``token.morph``) and parser (``token.dep_``/``token.head``, UD v2 labels). ``morphology=False``
    leaves the morphologizer out (``token.pos_`` stays empty; the parse is the same, a little faster);
    ``tags=True`` adds the tagger (treebank XPOS into ``token.tag_``; for id a mix of the GSD and CSUI
    tag sets). There is no tokenizer and no lemmatizer: call it on Docs that kabar's tokenizer made
    (``nlp(doc)`` or ``nlp.pipe(docs)``). The weights load into spaCy's multi-language class, so loading
    skips the language's tokenizer exceptions; the model's features (norm, prefix, suffix, shape) come
    from the Doc's own vocabulary. Raises :class:`ParserMissing` when there is no model.
    """
    if parser_path(lang) is None:
        raise ParserMissing(
            f"kabar has no dependency parser for language {lang!r} (shipped: {', '.join(available_parsers()) or 'none'}); "
            "scripts/train_parser.py trains one into src/kabar/models/parser-<lang>/")
    with _lock:
        return _load_parser(lang, bool(morphology), bool(tags))


@lru_cache(maxsize=None)
def _load_parser(lang: str, morphology: bool, tags: bool) -> "spacy.Language":
    import spacy

    exclude = ["tokenizer"] + ([] if morphology else ["morphologizer"]) + ([] if tags else ["tagger"])
    nlp = spacy.load(parser_path(lang), exclude=exclude, config={"nlp": {"lang": "xx"}})
    _register_label_strings()
    nlp.add_pipe("kabar_label_strings", first=True)
    return _with_matmul_ops(nlp)


def _register_label_strings() -> None:
    from spacy.language import Language

    if not Language.has_factory("kabar_label_strings"):
        Language.factory("kabar_label_strings")(lambda nlp, name: _share_labels(nlp))


def _share_labels(nlp: "spacy.Language"):
    """A first component that teaches a Doc's vocabulary the model's label strings (dependency labels,
    with the parser's projectivity-decorated ones, tags and morphological features), once per vocabulary,
    so the pipeline also runs on Docs from another vocabulary (kabar's tokenizer's): the components write
    label hashes that ``token.dep_``/``token.morph`` must be able to read back."""
    labels: set[str] = set()
    feats: set[str] = set()
    for _, proc in nlp.pipeline:
        moves = getattr(proc, "moves", None)
        if moves is not None:
            for per_action in moves.labels.values():
                labels.update(per_action)
        cfg = getattr(proc, "cfg", {})
        for key in ("labels_morph", "labels_pos"):
            for k, v in (cfg.get(key) or {}).items():
                labels.add(str(k))
                if key == "labels_morph" and isinstance(v, str):
                    feats.add(v)
        labels.update(str(label) for label in getattr(proc, "labels", ()) or ())
    labels = sorted(label for label in labels | feats if label)
    mark = f"kabar-parser-labels-{nlp.meta.get('name', '')}-{len(labels)}-{hash(tuple(labels)) & 0xffffffff:x}"
    own = nlp.vocab
    vectors = own.vectors if own.vectors.shape[0] else None  # a model with static word vectors (keyed by hash)

    def kabar_label_strings(doc):
        strings = doc.vocab.strings
        if vectors is not None and doc.vocab is not own and doc.vocab.vectors is not vectors:
            # the tok2vec reads the static vectors from the Doc's vocabulary: lend it the model's table (its
            # keys are string hashes, the same in every vocabulary); one table per language, as the vocabulary
            doc.vocab.vectors = vectors
        if doc.vocab is not own and mark not in strings:  # a vocabulary is taught once
            for label in labels:
                strings.add(label)
            for feat in feats:  # MorphAnalysis reads features from the Doc's own morphology table
                doc.vocab.morphology.add(feat)
            strings.add(mark)
        return doc

    return kabar_label_strings
