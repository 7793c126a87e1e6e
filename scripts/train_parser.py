#!/usr/bin/env python3
"""Train kabar's shipped syntax pipelines (tagger, morphologiser, dependency parser) for id and en.

Reads the Universal Dependencies treebanks in ``../shared/data/ud`` (CC BY-SA 4.0), converts them
to spaCy DocBins, trains with spaCy's own loop from ``configs/parser-<lang>.cfg``, evaluates on the
test splits (tokenised by kabar's own tokenizer, so the figures are "from raw words", aligned to
the gold words by spaCy's scorer) and copies the pipeline to ``src/kabar/models/parser-<lang>/``.

    .venv/bin/python scripts/train_parser.py --lang id
    .venv/bin/python scripts/train_parser.py --lang en --max-epochs 12
    .venv/bin/python scripts/train_parser.py --lang en --eval-only     # re-evaluate the shipped model
    .venv/bin/python scripts/train_parser.py --lang id --resume-from build/parser/id/model/model-best \
        --run r2 --set training.optimizer.learn_rate=0.0003 --no-ship    # go on from a checkpoint
    .venv/bin/python scripts/train_parser.py --lang id --ship-from build/parser/id/r2/model-best
    .venv/bin/python scripts/train_parser.py --lang id --warm-from build/parser/id/shipped --run vec64 \
        --set training.optimizer.learn_rate=0.0003 --no-ship   # + static word vectors (build_vectors)

Scores: CoNLL-2018-style UAS/LAS (words aligned by character span, punctuation counted, universal
labels) and spaCy's scorer, on the test sentences tokenised by kabar's tokenizer; words/s in CPU time
for the components `kabar.models.load_parser` loads. docs/syntax.md has the runs and figures.

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


def prepare(lang: str, train_only: str | None = None) -> dict[str, Path]:
    ud = ud_root()
    spec = TREEBANKS[lang]
    paths = {}
    for split in ("train", "dev"):
        files = [p for p in spec[split] if split != "train" or not train_only or train_only in p]
        paths[split] = WORK / lang / (f"{split}-{train_only}.spacy" if split == "train" and train_only else f"{split}.spacy")
        n = to_docbin(lang, [ud / p for p in files], paths[split])
        print(f"{lang} {split}: {n} sentences -> {paths[split]}")
    for name, p in spec["test"].items():
        paths[f"test-{name}"] = WORK / lang / f"test-{name}.spacy"
        n = to_docbin(lang, [ud / p], paths[f"test-{name}"])
        print(f"{lang} test {name}: {n} sentences")
    return paths


# Raw text for the static subword vectors (floret), licensed for a shipped model only. Never the
# research-only corpora (detik-2025, bbc-news); IndoSum articles that are in gold/dev/id are left out.
RAW_TEXT = {
    "id": ["corpora/indosum-dev/indosum/dev.0%d.jsonl" % i for i in range(1, 6)],
    "en": [],
}


def raw_sentences(lang: str) -> list[str]:
    """One sentence per line, tokens joined by spaces: the UD train words plus the licensed raw text
    of RAW_TEXT (IndoSum dev folds, CC BY-SA 4.0, deduplicated by article id, minus gold/dev ids)."""
    ud = ud_root()
    lines: list[str] = []
    for rel in TREEBANKS[lang]["train"]:
        words: list[str] = []
        for line in (ud / rel).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if words:
                    lines.append(" ".join(words))
                words = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    words.append(cols[1])
        if words:
            lines.append(" ".join(words))
    n_ud = len(lines)
    gold_ids = {p.name.split(".")[0] for p in (ROOT / "gold" / "dev" / lang).glob("*.gold.json")}
    seen: set[str] = set()
    n_articles = 0
    for rel in RAW_TEXT[lang]:
        for line in (ud.parent / rel).read_text(encoding="utf-8").splitlines():
            art = json.loads(line)
            if art["id"] in seen or art["id"] in gold_ids:
                continue
            seen.add(art["id"])
            n_articles += 1
            for para in art["paragraphs"]:
                lines.extend(" ".join(sent) for sent in para if sent)
    print(f"{lang} raw text: {n_ud} UD train sentences + {n_articles} articles "
          f"({len(lines) - n_ud} sentences); {len(gold_ids)} gold/dev ids excluded")
    return lines


def build_vectors(lang: str, dim: int, rows: int, epochs: int = 5, min_count: int = 3,
                  name: str = "vectors") -> Path:
    """Train fastText word vectors (the `floret` package in fastText mode, skipgram, subwords 3-5, one
    thread) on the lowercased raw_sentences(lang) and make a spaCy pipeline folder holding them as a
    static table keyed on NORM (kabar's tokens and the treebank Docs both lowercase NORM). The table keeps
    the `rows` most frequent words; every other word of the corpus is mapped to its nearest kept row
    (by cosine, as spaCy's `prune_vectors` does), so the package grows by rows x dim x 4 bytes plus the
    key map. The fastText model is kept in build/ and reused by later calls with the same `dim`."""
    import floret
    import spacy

    out = WORK / lang / name
    out.mkdir(parents=True, exist_ok=True)
    text = out / "raw.txt"
    text.write_text("\n".join(raw_sentences(lang)).lower() + "\n", encoding="utf-8")
    bin_path = out / f"fasttext-{dim}.bin"
    if bin_path.exists():  # the fastText model of an earlier call (training it is the slow part)
        model = floret.load_model(str(bin_path))
    else:
        model = floret.train_unsupervised(str(text), model="skipgram", mode="fasttext", dim=dim, minn=3, maxn=5,
                                          epoch=epochs, minCount=min_count, thread=1, verbose=0)
        model.save_model(str(bin_path))
    import numpy
    from spacy.vectors import Vectors

    words = model.get_words()  # by frequency, most frequent first
    data = numpy.asarray([model.get_word_vector(w) for w in words], dtype="float32")
    nlp = spacy.blank(lang)
    keys = [nlp.vocab.strings.add(w) for w in words]
    vectors = Vectors(strings=nlp.vocab.strings, data=numpy.ascontiguousarray(data[:rows]), keys=keys[:rows],
                      attr="NORM", name=f"kabar_{lang}_{name}")
    if len(words) > rows:  # every other word points at the row of its nearest kept word (cosine)
        kept = data[:rows] / numpy.maximum(numpy.linalg.norm(data[:rows], axis=1, keepdims=True), 1e-8)
        for start in range(rows, len(words), 4096):
            toss = data[start:start + 4096]
            toss = toss / numpy.maximum(numpy.linalg.norm(toss, axis=1, keepdims=True), 1e-8)
            for key, row in zip(keys[start:start + 4096], (toss @ kept.T).argmax(axis=1)):
                vectors.add(key, row=int(row))
    nlp.vocab.vectors = vectors
    n_words = len(words)
    nlp.to_disk(out / "spacy")
    print(f"{lang} vectors: {n_words} words (min count {min_count}), {rows} rows x {dim} -> {out / 'spacy'}")
    return out / "spacy"


def train(lang: str, paths: dict[str, Path], max_epochs: int | None, max_steps: int | None,
          config: Path | None = None, run: str = "model", overrides: dict | None = None) -> Path:
    from spacy.cli.train import train as spacy_train

    out = WORK / lang / run
    overrides = {"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"]), **(overrides or {})}
    if max_epochs is not None:
        overrides["training.max_epochs"] = max_epochs
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    t0 = time.time()
    spacy_train(config or ROOT / "configs" / f"parser-{lang}.cfg", out, overrides=overrides, use_gpu=-1)
    print(f"trained {lang} in {time.time() - t0:.0f} s")
    return out / "model-best"


RUNTIME = ("tok2vec", "morphologizer", "parser")  # what the syntax stage runs (kabar.models.PARSER_COMPONENTS)


def kabar_tokenizer(lang: str):
    """kabar's own tokenizer for the language (spaCy's blank one plus the language pack's abbreviations)."""
    sys.path.insert(0, str(ROOT / "src"))
    from kabar.text.sentences import nlp_for

    return nlp_for(lang).tokenizer


def word_spans(doc) -> list[tuple[int, int]]:
    return [(t.idx, t.idx + len(t.text)) for t in doc]


def conll18_counts(gold, pred) -> dict[str, int]:
    """UAS/LAS counts in the manner of the CoNLL 2018 shared task's evaluation: words are aligned by
    their character span (a gold syntactic word that the tokenizer did not produce, such as "nya"
    inside "rumahnya", is a miss; a predicted token with no gold word of the same span is a false
    positive), punctuation counts, and labels are compared on their universal part ("nsubj:pass" ~
    "nsubj"). `gold` and `pred` are Docs over the same text."""
    g_spans, p_spans = word_spans(gold), word_spans(pred)
    p_index = {sp: i for i, sp in enumerate(p_spans)}
    g_to_p = {gi: p_index.get(sp) for gi, sp in enumerate(g_spans)}
    aligned = uas = las = 0
    for gi, pi in g_to_p.items():
        if pi is None:
            continue
        aligned += 1
        g, p = gold[gi], pred[pi]
        g_head = None if g.head.i == g.i else g_to_p.get(g.head.i, -1)
        p_head = None if p.head.i == p.i else p.head.i
        if g_head == p_head:
            uas += 1
            if g.dep_.split(":")[0].lower() == p.dep_.split(":")[0].lower():
                las += 1
    return {"gold": len(gold), "pred": len(pred), "aligned": aligned, "uas": uas, "las": las}


def f1(correct: int, gold: int, pred: int) -> float:
    return 2 * correct / (gold + pred) if gold + pred else 0.0


def load_model(model: Path, components=None):
    """The pipeline as kabar.models.load_parser loads it: no tokenizer, spaCy's "xx" class, only `components`."""
    import spacy

    nlp = spacy.load(model, exclude=["tokenizer"], config={"nlp": {"lang": "xx"}})
    if components is not None:
        for name in list(nlp.pipe_names):
            if name not in components:
                nlp.remove_pipe(name)
    sys.path.insert(0, str(ROOT / "src"))
    from kabar.models import _register_label_strings, _with_matmul_ops

    _register_label_strings()
    nlp.add_pipe("kabar_label_strings", first=True)  # the Docs come from kabar's tokenizer's vocabulary
    return _with_matmul_ops(nlp)


def resume_config(model: Path, out: Path) -> Path:
    """A training config that goes on from a trained pipeline: every component is sourced from `model`
    (its weights are the starting point; the optimizer starts afresh). Used to continue an interrupted
    or short run within the step budget instead of starting over."""
    from spacy.util import load_config

    config = load_config(model / "config.cfg")
    for name in config["nlp"]["pipeline"]:
        config["components"][name] = {"source": str(model.resolve())}
    out.parent.mkdir(parents=True, exist_ok=True)
    config.to_disk(out)
    return out


def warm_config(model: Path, vectors: Path, out: Path) -> Path:
    """A training config that adds static word vectors (`vectors`, from build_vectors) to the tok2vec of the
    trained pipeline `model` and starts from that pipeline's weights: the `kabar.warm_start.v1` callback
    copies every weight of `model` after initialisation; the tok2vec's mixing layer, which now also reads
    the vectors' projection, keeps its old weights for the hash embeddings and starts at zero for the
    vectors, so training starts from exactly the old model's function."""
    from spacy.util import load_config

    config = load_config(model / "config.cfg")
    config["paths"]["vectors"] = str(vectors.resolve())
    config["initialize"]["vectors"] = "${paths.vectors}"
    config["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] = True
    config["initialize"]["after_init"] = {"@callbacks": "kabar.warm_start.v1", "model": str(model.resolve())}
    out.parent.mkdir(parents=True, exist_ok=True)
    config.to_disk(out)
    return out


def _params(model) -> list[tuple[str, object, str]]:
    return [(node.name, node, name) for node in model.walk(order="dfs_pre") for name in node.param_names if node.has_param(name)]


def warm_start(nlp, source: Path) -> None:
    """Copy the weights of the trained pipeline at `source` into `nlp` (same components, same labels; the
    tok2vec may add static vectors). Nodes are matched in walk order by name, skipping nodes `source`
    lacks (the static vectors' projection); a weight that grew (the mixing layer's input) gets the old
    values in its leading slice and zeros elsewhere."""
    import numpy
    import spacy

    old = spacy.load(source, exclude=["tokenizer"])
    for name, proc in nlp.pipeline:
        if not hasattr(proc, "model"):
            continue
        new_p, old_p = _params(proc.model), _params(old.get_pipe(name).model)
        i = 0
        copied = grown = 0
        for node_name, node, pname in new_p:
            if i < len(old_p) and old_p[i][0] == node_name and old_p[i][2] == pname:
                src = old_p[i][1].get_param(pname)
                dst = node.get_param(pname)
                i += 1
                if src.shape == dst.shape:
                    node.set_param(pname, src.copy())
                    copied += 1
                elif len(src.shape) == len(dst.shape) and all(a <= b for a, b in zip(src.shape, dst.shape)):
                    value = numpy.zeros(dst.shape, dtype=dst.dtype)
                    value[tuple(slice(0, n) for n in src.shape)] = src
                    node.set_param(pname, value)
                    grown += 1
                else:
                    raise ValueError(f"warm_start: {name} {node_name}.{pname}: {src.shape} -> {dst.shape}")
        if i != len(old_p):
            raise ValueError(f"warm_start: {name}: {len(old_p) - i} weights of {source} not matched")
        print(f"warm_start {name}: {copied} weights copied, {grown} grown")


def _register_warm_start() -> None:
    import spacy

    @spacy.registry.callbacks("kabar.warm_start.v1")
    def make_warm_start(model: str):
        def after_init(nlp):
            warm_start(nlp, Path(model))
            return nlp
        return after_init


def evaluate(lang: str, model: Path, paths: dict[str, Path]) -> dict:
    """UAS/LAS (CoNLL 2018 style and spaCy's scorer), tags and words/s on each test split, on kabar's tokens.

    Sentences are the gold ones (each test sentence is tokenised from its raw text by kabar's tokenizer);
    speed is CPU time on one thread for the runtime components (tok2vec, morphologizer, parser) and for
    the whole pipeline (adds the tagger)."""
    import spacy
    from spacy.scorer import Scorer
    from spacy.tokens import DocBin
    from spacy.training import Example

    t0 = time.perf_counter()
    runtime = load_model(model, RUNTIME)
    load_s = time.perf_counter() - t0
    full = load_model(model)
    tokenizer = kabar_tokenizer(lang)
    results = {"load_s_runtime": round(load_s, 2)}
    for key, path in paths.items():
        if not key.startswith("test-"):
            continue
        gold = list(DocBin().from_disk(path).get_docs(full.vocab))
        n_words = sum(len(d) for d in gold)
        speed = {}
        for label, nlp in (("runtime", runtime), ("full", full)):
            docs = [tokenizer(d.text) for d in gold]
            list(nlp.pipe([tokenizer(d.text) for d in gold[:100]]))  # warm-up: first-call allocations are not the rate
            t0 = time.process_time()
            docs = list(nlp.pipe(docs, batch_size=256))
            cpu = time.process_time() - t0
            speed[label] = int(sum(len(d) for d in docs) / cpu) if cpu else None
        # `docs` now holds the full pipeline's output (its parser output is the runtime one's: same weights)
        examples = [Example(p, g) for p, g in zip(docs, gold)]
        sc = Scorer(full).score(examples)
        tot = {"gold": 0, "pred": 0, "aligned": 0, "uas": 0, "las": 0}
        for p, g in zip(docs, gold):
            for k, v in conll18_counts(g, p).items():
                tot[k] += v
        results[key[5:]] = {
            "sentences": len(gold), "words": n_words,
            "uas": round(f1(tot["uas"], tot["gold"], tot["pred"]), 4),
            "las": round(f1(tot["las"], tot["gold"], tot["pred"]), 4),
            "words_f1": round(f1(tot["aligned"], tot["gold"], tot["pred"]), 4),
            "spacy_uas_nopunct": round(sc["dep_uas"], 4), "spacy_las_nopunct": round(sc["dep_las"], 4),
            "upos": round(sc.get("pos_acc") or 0.0, 4), "xpos": round(sc.get("tag_acc") or 0.0, 4),
            "morph": round(sc.get("morph_acc") or 0.0, 4),
            "words_per_s_cpu_runtime": speed["runtime"], "words_per_s_cpu_full": speed["full"],
        }
        print(f"{lang} {key}: {json.dumps(results[key[5:]])}")
    return results


LICENSE_NOTE = """kabar dependency parser ({lang}): spaCy pipeline (tok2vec, tagger, morphologizer, parser)
trained by scripts/train_parser.py; figures in docs/syntax.md.

Trained only on Universal Dependencies treebanks, licensed CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/):
{sources}
The model weights are a work derived from these treebanks and are distributed under the same license,
CC BY-SA 4.0. No other text, vectors or pretrained weights were used.
"""

SOURCES = {
    "id": "  - UD Indonesian-GSD r2.1 (train; dev for model selection) -- McDonald et al. 2013, UD contributors\n"
          "  - UD Indonesian-CSUI (train) -- Alfina, Budi, Suhartanto (Universitas Indonesia)\n",
    "en": "  - UD English-EWT (train; dev for model selection) -- Silveira et al. 2014, UD contributors\n",
}


def ship(lang: str, model: Path) -> Path:
    dest = MODELS / f"parser-{lang}"
    tmp = MODELS / f".parser-{lang}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    shutil.copytree(model, tmp)
    meta = json.loads((tmp / "meta.json").read_text())
    meta.update({"name": f"kabar_parser_{lang}", "license": "CC BY-SA 4.0",
                 "sources": [line.strip(" -") for line in SOURCES[lang].splitlines()]})
    (tmp / "meta.json").write_text(json.dumps(meta, indent=2))
    (tmp / "LICENSE.txt").write_text(LICENSE_NOTE.format(lang=lang, sources=SOURCES[lang]))
    if dest.exists():
        shutil.rmtree(dest)
    tmp.rename(dest)
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
    ap.add_argument("--eval-model", type=Path, help="evaluate this trained pipeline folder, do not train or ship")
    ap.add_argument("--config", type=Path, help="training config (default configs/parser-<lang>.cfg)")
    ap.add_argument("--resume-from", type=Path, help="start from this trained pipeline's weights (e.g. a short run's model-best)")
    ap.add_argument("--warm-from", type=Path,
                    help="add static word vectors (build_vectors) to this trained pipeline's tok2vec and go on from its weights")
    ap.add_argument("--vector-dim", type=int, default=64)
    ap.add_argument("--vector-rows", type=int, default=20000)
    ap.add_argument("--train-only", help="train only on the treebank files whose path contains this (e.g. gsd)")
    ap.add_argument("--run", default="model", help="output folder name under build/parser/<lang>/")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="config override, e.g. components.tok2vec.model.encode.width=192 (repeatable)")
    ap.add_argument("--no-ship", action="store_true", help="train and evaluate, but do not copy into the package")
    ap.add_argument("--ship-from", type=Path, help="ship and evaluate this trained pipeline folder (e.g. an interrupted run's model-best)")
    args = ap.parse_args(argv)
    paths = prepare(args.lang, args.train_only)
    if args.eval_only or args.eval_model:
        model = args.eval_model or MODELS / f"parser-{args.lang}"
    elif args.ship_from:
        model = ship(args.lang, args.ship_from)
    else:
        overrides = {k: _value(v) for k, v in (kv.split("=", 1) for kv in args.set)}
        if args.warm_from:
            _register_warm_start()
            vectors = build_vectors(args.lang, args.vector_dim, args.vector_rows)
            args.config = warm_config(args.warm_from, vectors, WORK / args.lang / f"{args.run}.cfg")
        elif args.resume_from:
            args.config = resume_config(args.resume_from, WORK / args.lang / f"{args.run}.cfg")
        model = train(args.lang, paths, args.max_epochs, args.max_steps, args.config, args.run, overrides)
        if not args.no_ship:
            model = ship(args.lang, model)
    results = evaluate(args.lang, model, paths)
    tag = "shipped" if args.eval_only else (args.eval_model.parent.name + "-" + args.eval_model.name if args.eval_model else args.run)
    out = WORK / args.lang / f"scores-{tag}.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"scores -> {out}")
    return 0


def _value(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return text


if __name__ == "__main__":
    sys.exit(main())
