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

    for _, proc in nlp.pipeline:
        if isinstance(getattr(proc, "model", None), Model):
            use_matmul_ops(proc.model)
    return nlp


def ner_path(lang: str) -> Path | None:
    """Folder of the shipped NER pipeline for `lang`, or None when kabar has none."""
    if not lang or "/" in lang or "\\" in lang or lang.startswith("."):
        return None
    path = MODELS_DIR / f"ner-{lang}"
    return path if (path / "config.cfg").is_file() else None


def available_ner() -> list[str]:
    """Languages with a shipped NER pipeline."""
    return sorted(p.name[4:] for p in MODELS_DIR.glob("ner-*") if (p / "config.cfg").is_file())


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

PARSER_COMPONENTS = ("tok2vec", "tagger", "parser")  # what the syntax stage runs; the morphologizer is opt-in


class ParserMissing(LookupError):
    """No shipped dependency parser for the language (kabar has parsers for id and en)."""


def parser_path(lang: str) -> Path | None:
    """Folder of the shipped dependency parser for `lang`, or None when kabar has none."""
    if not lang or "/" in lang or "\\" in lang or lang.startswith("."):
        return None
    path = MODELS_DIR / f"parser-{lang}"
    return path if (path / "config.cfg").is_file() else None


def available_parsers() -> list[str]:
    """Languages with a shipped dependency parser."""
    return sorted(p.name[7:] for p in MODELS_DIR.glob("parser-*") if (p / "config.cfg").is_file())


def load_parser(lang: str, *, morphology: bool = False) -> "spacy.Language":
    """The shipped syntax pipeline for `lang`, loaded once per process (thread-safe).

    Components: tok2vec, tagger (XPOS into ``token.tag_``) and parser (``token.dep_``/``token.head``,
    UD v2 labels); with ``morphology=True`` also the morphologizer (UPOS into ``token.pos_`` and
    features into ``token.morph``), which costs about a quarter more time. Without it ``token.pos_``
    is empty. There is no tokenizer: call it on Docs that kabar's tokenizer made
    (``nlp(doc)`` or ``nlp.pipe(docs)``); the weights load into spaCy's multi-language class, so
    loading skips the language's tokenizer exceptions (the model's features, norm/prefix/suffix/shape,
    come from the Doc's own vocabulary). Raises :class:`ParserMissing` when there is no model.
    """
    if parser_path(lang) is None:
        raise ParserMissing(
            f"kabar has no dependency parser for language {lang!r} (shipped: {', '.join(available_parsers()) or 'none'}); "
            "scripts/train_parser.py trains one into src/kabar/models/parser-<lang>/")
    with _lock:
        return _load_parser(lang, morphology)


@lru_cache(maxsize=None)
def _load_parser(lang: str, morphology: bool) -> "spacy.Language":
    import spacy

    exclude = ["tokenizer"] + ([] if morphology else ["morphologizer"])
    nlp = spacy.load(parser_path(lang), exclude=exclude, config={"nlp": {"lang": "xx"}})
    return _with_matmul_ops(nlp)
