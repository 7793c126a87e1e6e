#!/usr/bin/env python3
"""Train kabar's shipped syntax pipelines (tagger, morphologiser, dependency parser) for id and en.

Reads the Universal Dependencies treebanks in ``../shared/data/ud`` (CC BY-SA 4.0), converts them
to spaCy DocBins, trains with spaCy's own loop from ``configs/parser-<lang>.cfg``, evaluates on the
test splits (tokenised by kabar's own tokenizer, so the figures are "from raw words", aligned to
the gold words by spaCy's scorer) and copies the pipeline to ``src/kabar/models/parser-<lang>/``.

    .venv/bin/python scripts/train_parser.py --lang id
    .venv/bin/python scripts/train_parser.py --lang en --max-epochs 12
    .venv/bin/python scripts/train_parser.py --lang en --eval-only     # re-evaluate the shipped model

Data per language (docs/syntax.md gives the figures):

* ``id``: UD Indonesian-GSD r2.1 train + UD Indonesian-CSUI train; dev GSD r2.1 dev; tested on
  GSD r2.1 test and on CSUI test. (GSD's v2.17 files are not mixed in: their segmentation differs.)
* ``en``: UD English-EWT train / dev / test.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "parser"
MODELS = ROOT / "src" / "kabar" / "models"

TREEBANKS = {
    "id": {
        "train": ["indonesian-gsd/r2.1/id_gsd-ud-train.conllu", "indonesian-csui/id_csui-ud-train.conllu"],
        "dev": ["indonesian-gsd/r2.1/id_gsd-ud-dev.conllu"],
        "test": {
            "gsd": "indonesian-gsd/r2.1/id_gsd-ud-test.conllu",
            "csui": "indonesian-csui/id_csui-ud-test.conllu",
        },
    },
    "en": {
        "train": ["english-ewt/en_ewt-ud-train.conllu"],
        "dev": ["english-ewt/en_ewt-ud-dev.conllu"],
        "test": {"ewt": "english-ewt/en_ewt-ud-test.conllu"},
    },
}


def ud_root() -> Path:
    base = Path(os.environ.get("KABAR_SHARED", ROOT.parent / "shared"))
    ud = base / "data" / "ud"
    if not ud.is_dir():
        sys.exit(f"train_parser: {ud} not found. This script needs the open data in ../shared/data "
                 "(or KABAR_SHARED pointing at a folder that holds data/ud).")
    return ud


def to_docbin(lang: str, files: list[Path], out: Path) -> int:
    """CoNLL-U files -> one DocBin of sentence Docs (syntactic words as tokens; spaCy aligns them
    to the tokenizer's tokens during training and scoring)."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    vocab = spacy.blank(lang).vocab
    db = DocBin(store_user_data=False)
    n = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        for doc in conllu_to_docs(text, n_sents=1, merge_subtokens=False, no_print=True):
            db.add(spacy.tokens.Doc(vocab).from_docs([doc]) if doc.vocab is not vocab else doc)
            n += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return n


def prepare(lang: str) -> dict[str, Path]:
    ud = ud_root()
    spec = TREEBANKS[lang]
    paths = {}
    for split in ("train", "dev"):
        paths[split] = WORK / lang / f"{split}.spacy"
        n = to_docbin(lang, [ud / p for p in spec[split]], paths[split])
        print(f"{lang} {split}: {n} sentences -> {paths[split]}")
    for name, p in spec["test"].items():
        paths[f"test-{name}"] = WORK / lang / f"test-{name}.spacy"
        n = to_docbin(lang, [ud / p], paths[f"test-{name}"])
        print(f"{lang} test {name}: {n} sentences")
    return paths


def train(lang: str, paths: dict[str, Path], max_epochs: int | None, max_steps: int | None) -> Path:
    from spacy.cli.train import train as spacy_train

    out = WORK / lang / "model"
    overrides = {"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"])}
    if max_epochs is not None:
        overrides["training.max_epochs"] = max_epochs
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    t0 = time.time()
    spacy_train(ROOT / "configs" / f"parser-{lang}.cfg", out, overrides=overrides, use_gpu=-1)
    print(f"trained {lang} in {time.time() - t0:.0f} s")
    return out / "model-best"


def evaluate(lang: str, model: Path, paths: dict[str, Path]) -> dict:
    """UAS, LAS, UPOS, morphology and words/s on each test split, with kabar's tokenizer."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = spacy.load(model)
    results = {}
    for key, path in paths.items():
        if not key.startswith("test-"):
            continue
        gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        examples = [Example(nlp.make_doc(d.text), d) for d in gold]
        n_words = sum(len(d) for d in gold)
        t0 = time.process_time()
        for ex, doc in zip(examples, nlp.pipe([e.predicted for e in examples], batch_size=256)):
            ex.predicted = doc
        cpu = time.process_time() - t0
        scores = _score(nlp, examples)
        results[key[5:]] = {
            "sentences": len(gold), "words": n_words,
            "uas": round(scores["dep_uas"], 4), "las": round(scores["dep_las"], 4),
            "upos": round(scores.get("pos_acc") or 0.0, 4), "xpos": round(scores.get("tag_acc") or 0.0, 4),
            "morph": round(scores.get("morph_acc") or 0.0, 4),
            "words_per_s_cpu": int(n_words / cpu) if cpu else None,
        }
        print(f"{lang} {key}: {json.dumps(results[key[5:]])}")
    return results


def _score(nlp, examples) -> dict:
    from spacy.scorer import Scorer

    return Scorer(nlp).score(examples)


def ship(lang: str, model: Path) -> Path:
    dest = MODELS / f"parser-{lang}"
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(model, dest)
    for junk in ("tokenizer",):  # the stage feeds its own Docs; the config rebuilds the blank tokenizer
        p = dest / junk
        if p.exists():
            p.unlink() if p.is_file() else shutil.rmtree(p)
    print(f"shipped {dest} ({sum(f.stat().st_size for f in dest.rglob('*') if f.is_file()) // 1024} KiB)")
    return dest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=sorted(TREEBANKS), required=True)
    ap.add_argument("--max-epochs", type=int)
    ap.add_argument("--max-steps", type=int)
    ap.add_argument("--eval-only", action="store_true", help="evaluate the shipped model, do not train")
    ap.add_argument("--no-ship", action="store_true", help="train and evaluate, but do not copy into the package")
    ap.add_argument("--ship-from", type=Path, help="ship and evaluate this trained pipeline folder (e.g. an interrupted run's model-best)")
    args = ap.parse_args(argv)
    paths = prepare(args.lang)
    if args.eval_only:
        model = MODELS / f"parser-{args.lang}"
    elif args.ship_from:
        model = ship(args.lang, args.ship_from)
    else:
        model = train(args.lang, paths, args.max_epochs, args.max_steps)
        if not args.no_ship:
            model = ship(args.lang, model)
    results = evaluate(args.lang, model, paths)
    out = WORK / args.lang / "scores.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"scores -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
