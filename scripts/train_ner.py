#!/usr/bin/env python3
"""Train kabar's shipped NER pipelines (Indonesian, English) from ../shared/data.

Reads the open NER sets, maps their labels to kabar's PER/ORG/LOC, writes
spaCy DocBins to a work folder, trains with spaCy's own loop (configs/ner-<lang>.cfg),
evaluates on every data set's own test split and copies the pipeline to
src/kabar/models/ner-<lang>/. See docs/ner.md for the label mapping and licenses.

    .venv/bin/python scripts/train_ner.py --lang id
    .venv/bin/python scripts/train_ner.py --lang en --max-steps 4000
    .venv/bin/python scripts/train_ner.py --lang id --eval-only   # re-evaluate the shipped model
"""
from __future__ import annotations

import argparse
import csv
import functools
import json
import os
import random
import re
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
SEED = 20251126
WORK_TMP = ROOT / "build" / "ner" / "lists"
LABELS = ("PER", "ORG", "LOC")

# ---------------------------------------------------------------- label mapping
# One table per source tag set; None drops the span (its tokens become O).
# The reasons are in docs/ner.md.
NERGRIT_MAP = {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"}
NERP_MAP = {"PPL": "PER", "IND": "ORG", "PLC": "LOC", "EVT": None, "FNB": None}
IDNER_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
WIKIANN_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
WNUT_MAP = {
    "person": "PER", "corporation": "ORG", "group": "ORG", "location": "LOC",
    "product": None, "creative-work": None,
}
GUM_MAP = {"person": "PER", "organization": "ORG", "place": "LOC"}


@dataclass
class Sentence:
    words: list[str]
    spans: list[tuple[int, int, str]]  # token start, token end (exclusive), label
    spaces: list[bool] | None = None
    missing: list[int] = field(default_factory=list)  # tokens whose label is unknown


@dataclass
class DataSet:
    """One source corpus: where its splits are, how to read them, how to map labels."""

    name: str
    lang: str
    reader: Callable[[Path], list[Sentence]]
    splits: dict[str, str]  # split name -> path relative to data dir
    labels: tuple[str, ...]  # the mapped labels this set annotates
    train: bool = True  # False: evaluation only (GUM)
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- readers
def _columns(path: Path, token_col: int, tag_col: int, tab: bool) -> Iterator[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            parts = line.split("\t") if tab else line.split()
            if len(parts) <= max(token_col, tag_col):
                continue
            sent.append((parts[token_col], parts[tag_col].strip()))
    if sent:
        yield sent


def iob_to_spans(tags: list[str], mapping: dict[str, str | None]) -> list[tuple[int, int, str]]:
    """IOB1/IOB2 tags to mapped token spans; an I- that does not continue a span starts one."""
    spans: list[tuple[int, int, str | None]] = []
    start, kind = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, typ = tag.partition("-")
        if prefix not in ("B", "I") or not typ:
            prefix, typ = "O", ""
        continues = prefix == "I" and kind == typ
        if start is not None and not continues:
            spans.append((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "I") and not continues:
            start, kind = i, typ
    out = []
    for s, e, typ in spans:
        if typ not in mapping:
            raise ValueError(f"unmapped tag {typ!r}")
        if mapping[typ]:
            out.append((s, e, mapping[typ]))
    return out


def column_reader(token_col: int, tag_col: int, tab: bool, mapping: dict) -> Callable[[Path], list[Sentence]]:
    def read(path: Path) -> list[Sentence]:
        out = []
        for sent in _columns(path, token_col, tag_col, tab):
            words = [w for w, _ in sent]
            out.append(Sentence(words, iob_to_spans([t for _, t in sent], mapping)))
        return out
    return read


_ENTITY_OPEN = re.compile(r"\((\d+)-([a-z]+)")
_ENTITY_CLOSE = re.compile(r"(\d+)\)")


def gum_documents(folder: Path, splits: tuple[str, ...], exclude_dev_gold: bool) -> list[Path]:
    """GUM's own train/dev/test split (splits.md), news and interview documents only.

    With `exclude_dev_gold`, documents whose text is in kabar's development gold set
    (gold/dev/en) are left out, so that training on GUM does not flatter `kabar eval gold/dev`.
    """
    split_of: dict[str, str] = {}
    section = None
    for line in (folder.parent / "splits.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.strip().startswith("* ") and section:
            split_of[line.strip()[2:].strip()] = section
    out = []
    for path in sorted(folder.glob("*.conllu")):
        if split_of.get(path.stem) not in splits:
            continue
        if exclude_dev_gold and (ROOT / "gold" / "dev" / "en" / f"{path.stem}.txt").exists():
            continue
        out.append(path)
    return out


def gum_reader(splits: tuple[str, ...], exclude_dev_gold: bool = False) -> Callable[[Path], list[Sentence]]:
    return lambda folder: read_gum(folder, gum_documents(folder, splits, exclude_dev_gold))


def read_gum(folder: Path, paths: Optional[list[Path]] = None) -> list[Sentence]:
    """GUM conllu: named person/organization/place mentions from MISC Entity= brackets.

    GUM annotates every mention (also "the president", "it"); a mention counts as a
    named entity when its syntactic head inside the span is a PROPN. Nested named
    mentions keep the outermost; a leading determiner is dropped (CoNLL convention).
    """
    files = paths if paths is not None else sorted(folder.glob("*.conllu"))
    return [_gum_sentence(rows) for path in files for rows in _conllu_rows(path)]


def _conllu_rows(path: Path) -> Iterator[list[list[str]]]:
    """The word rows of each sentence of a CoNLL-U file (comments, multiword ranges and empty nodes left out)."""
    rows: list[list[str]] = []
    for raw in path.open(encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if rows:
                yield rows
            rows = []
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        rows.append(cols)
    if rows:
        yield rows


def _gum_sentence(rows: list[list[str]]) -> Sentence:
    words = [r[1] for r in rows]
    spaces = ["SpaceAfter=No" not in r[9] for r in rows]
    heads = [int(r[6]) - 1 for r in rows]
    upos = [r[3] for r in rows]
    open_: dict[str, tuple[int, str]] = {}
    mentions = []
    for i, r in enumerate(rows):
        misc = dict(kv.split("=", 1) for kv in r[9].split("|") if "=" in kv)
        ent = misc.get("Entity")
        if not ent:
            continue
        pos = 0
        while pos < len(ent):
            m = _ENTITY_OPEN.match(ent, pos)
            if m:
                open_[m.group(1)] = (i, m.group(2))
                nxt = re.search(r"[()]", ent[m.end():])
                pos = m.end() + (nxt.start() if nxt else len(ent))
                if pos < len(ent) and ent[pos] == ")":  # closes on the same token
                    s, typ = open_.pop(m.group(1))
                    mentions.append((s, i + 1, typ))
                    pos += 1
                continue
            m = _ENTITY_CLOSE.match(ent, pos)
            if m:
                if m.group(1) in open_:
                    s, typ = open_.pop(m.group(1))
                    mentions.append((s, i + 1, typ))
                pos = m.end()
                continue
            pos += 1
    named = []
    for s, e, typ in mentions:
        if typ not in GUM_MAP:
            continue
        span_heads = [k for k in range(s, e) if not (s <= heads[k] < e)]
        if not span_heads or upos[span_heads[0]] != "PROPN":
            continue
        while s < e - 1 and upos[s] == "DET":
            s += 1
        named.append((s, e, GUM_MAP[typ]))
    named.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, str]] = []
    for s, e, lab in named:
        if any(ks <= s and e <= ke for ks, ke, _ in kept):
            continue
        if any(s < ke and ks < e for ks, ke, _ in kept):
            continue
        kept.append((s, e, lab))
    return Sentence(words, kept, spaces)


def read_alfina_gold(path: Path) -> list[Sentence]:
    """Luthfi et al.'s gold standard (Indonesian Wikipedia, IO tags Person/Place/Organisation).

    The file has few blank lines, so sentences are cut after ".", "!" and "?"; IO tags cannot
    separate two neighbouring names of one type, which the text seldom has.
    """
    mapping = {"Person": "PER", "Place": "LOC", "Organisation": "ORG"}
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if words:
            iob = [("I-" + mapping[t]) if t in mapping else "O" for t in tags]
            out.append(Sentence(list(words), iob_to_spans(iob, {v: v for v in mapping.values()})))
        words.clear()
        tags.clear()

    for raw in path.open(encoding="utf-8"):
        parts = raw.rstrip("\r\n").split("\t")
        if len(parts) < 2 or not parts[0].strip():
            flush()
            continue
        words.append(parts[0].strip())
        tags.append(parts[1].strip())
        if parts[0].strip() in (".", "!", "?"):
            flush()
    flush()
    return out


def read_ud_partial(path: Path) -> list[Sentence]:
    """UD sentences as partly annotated NER data: no entity spans, O for words that cannot be in a name.

    Treebank text is full, ordinary sentences, which the NER sets (WikiANN fragments, tweets)
    lack; without it the model tags common words in news. Proper nouns, capitalised words after
    the first, and words bridging two of those ("Bank *of* America") are left unknown (missing),
    so the treebank teaches only what is *not* a name.
    """
    return [_ud_sentence(rows) for rel in path.read_text().split() for rows in _conllu_rows(path.parent / rel)]


def _ud_sentence(rows: list[list[str]]) -> Sentence:
    words = [r[1] for r in rows]
    spaces = ["SpaceAfter=No" not in r[9] for r in rows]
    namey = [r[3] == "PROPN" or (i > 0 and r[1][:1].isupper()) for i, r in enumerate(rows)]
    unknown = set(i for i, n in enumerate(namey) if n)
    for i in range(len(rows)):
        if namey[i]:
            for j in range(i + 2, min(i + 5, len(rows))):  # bridge up to 3 words between name words
                if namey[j]:
                    unknown.update(range(i + 1, j))
                    break
    return Sentence(words, [], spaces, sorted(unknown))


# ---------------------------------------------------------------- data sets
DATASETS = {
    "nergrit": DataSet(
        "nergrit", "id", column_reader(0, 1, True, NERGRIT_MAP),
        {"train": "ner-id/indonlu/dataset/nergrit_ner-grit/train_preprocess.txt",
         "dev": "ner-id/indonlu/dataset/nergrit_ner-grit/valid_preprocess.txt",
         "test": "ner-id/indonlu/dataset/nergrit_ner-grit/test_preprocess.txt"},
        ("PER", "ORG", "LOC")),
    "idner": DataSet(
        "idner", "id", column_reader(0, 2, False, IDNER_MAP),
        {"train": "ner-id/idner-news-2k/train.txt",
         "dev": "ner-id/idner-news-2k/dev.txt",
         "test": "ner-id/idner-news-2k/test.txt"},
        ("PER", "ORG", "LOC")),
    "nerp": DataSet(
        "nerp", "id", column_reader(0, 1, True, NERP_MAP),
        {"train": "ner-id/indonlu/dataset/nerp_ner-prosa/train_preprocess.txt",
         "dev": "ner-id/indonlu/dataset/nerp_ner-prosa/valid_preprocess.txt",
         "test": "ner-id/indonlu/dataset/nerp_ner-prosa/test_preprocess.txt"},
        ("PER", "ORG", "LOC"), extra={"lowercased": True}),
    # Wikipedia text like NERGrit's; no split of its own, so it only trains
    "alfina-gold": DataSet(
        "alfina-gold", "id", read_alfina_gold, {"train": "ner-id/alfina-dbpedia/goldstandard-0811.txt"},
        ("PER", "ORG", "LOC")),
    "wikiann": DataSet(
        "wikiann", "en", column_reader(1, 2, True, WIKIANN_MAP),
        {"train": "ner-en/wikiann-en/train.conllu",
         "dev": "ner-en/wikiann-en/val.conllu",
         "test": "ner-en/wikiann-en/test.conllu"},
        ("PER", "ORG", "LOC")),
    "wnut17": DataSet(
        "wnut17", "en", column_reader(0, 1, True, WNUT_MAP),
        {"train": "ner-en/wnut17/wnut17train.conll",
         "dev": "ner-en/wnut17/emerging.dev.conll",
         "test": "ner-en/wnut17/emerging.test.annotated"},
        ("PER", "ORG", "LOC")),
    # UD treebanks as partial "not a name" data (CC BY-SA 4.0); the split file lists conllu files.
    "ud-id": DataSet(
        "ud-id", "id", read_ud_partial, {"train": "ud/ud-id-train.list"}, (), extra={"files": [
            "indonesian-gsd/r2.1/id_gsd-ud-train.conllu", "indonesian-csui/id_csui-ud-train.conllu"]}),
    "ud-en": DataSet(
        "ud-en", "en", read_ud_partial, {"train": "ud/ud-en-train.list"}, (), extra={"files": [
            "english-ewt/en_ewt-ud-train.conllu"]}),
    # GUM Wikinews news and interviews: its train split (minus kabar's dev gold documents) trains,
    # its dev and test splits evaluate.
    "gum": DataSet(
        "gum", "en", gum_reader(("dev", "test")), {"test": "ner-en/gum-wikinews/dep"},
        ("PER", "ORG", "LOC"), train=False),
    "gum-train": DataSet(
        "gum-train", "en", gum_reader(("train",), exclude_dev_gold=True), {"train": "ner-en/gum-wikinews/dep"},
        ("PER", "ORG", "LOC")),
}

# Which sets train each language's model; the rest of the language's sets are evaluation only.
TRAIN_SETS = {"id": ["nergrit", "idner", "nerp", "ud-id"], "en": ["wikiann", "gum-train", "wnut17", "ud-en"]}
# The shipped recipe per language (what docs/ner.md reports); command-line flags override it.
RECIPES = {
    "id": {"oversample": {"nergrit": 2}, "dev_into_train": False, "vectors": 0, "pretrain": 0},
    "en": {"oversample": {}, "dev_into_train": True, "vectors": 0, "pretrain": 0},
}


# ---------------------------------------------------------------- helpers
def data_dir() -> Path:
    """../shared/data, or $KABAR_SHARED/data; exits with a clear message when absent."""
    shared = Path(os.environ.get("KABAR_SHARED", ROOT.parent / "shared"))
    path = shared / "data"
    if not path.is_dir():
        sys.exit(f"train_ner: training data not found at {path}. "
                 "Put the shared data folder beside the project (../shared/data) "
                 "or set KABAR_SHARED to the folder that holds data/.")
    return path


def load_split(ds: DataSet, split: str) -> list[Sentence]:
    if split not in ds.splits:
        return []
    if "files" in ds.extra:  # several files in one split: read them through a list in the work folder
        listing = WORK_TMP / f"{ds.name}-{split}.list"
        listing.parent.mkdir(parents=True, exist_ok=True)
        listing.write_text("\n".join(str(data_dir() / "ud" / f) for f in ds.extra["files"]))
        return ds.reader(listing)
    path = data_dir() / ds.splits[split]
    if not path.exists():
        sys.exit(f"train_ner: {ds.name} {split} split missing: {path}")
    return ds.reader(path)


@functools.lru_cache(maxsize=None)
def build_casing(lang: str) -> dict[str, str]:
    """Most frequent non-sentence-initial casing of each word in openly licensed cased text.

    Used to restore case in lowercased training text (NERP) without looking at its labels:
    capitalisation is a strong NER cue, and a model that only sees lowercase in one source
    learns that lowercase words are names.
    """
    counts: dict[str, Counter] = {}
    for sent in cased_text(lang):
        for w in sent[1:]:
            counts.setdefault(w.lower(), Counter())[w] += 1
    return {low: c.most_common(1)[0][0] for low, c in counts.items()}


def cased_text(lang: str) -> Iterator[list[str]]:
    """Cased sentences whose licenses allow a shipped model: NER train splits, UD, IndoSum."""
    for name in TRAIN_SETS[lang]:
        ds = DATASETS[name]
        if ds.extra.get("lowercased"):
            continue
        for s in load_split(ds, "train"):
            yield s.words
    base = data_dir()
    ud = {"id": ["ud/indonesian-gsd/r2.1/id_gsd-ud-train.conllu", "ud/indonesian-csui/id_csui-ud-train.conllu"],
          "en": ["ud/english-ewt/en_ewt-ud-train.conllu"]}[lang]
    for rel in ud:
        for rows in _conllu_rows(base / rel):
            yield [r[1] for r in rows]
    if lang == "id":
        seen = set()
        for path in sorted((base / "corpora/indosum-dev/indosum").glob("dev.*.jsonl")):
            for line in path.open(encoding="utf-8"):
                art = json.loads(line)
                if art["id"] in seen:
                    continue
                seen.add(art["id"])
                for para in art["paragraphs"]:
                    yield from para


def truecase(sent: Sentence, casing: dict[str, str], mark_missing: bool = False) -> Sentence:
    """Restore case from `casing`; with `mark_missing`, capitalised words outside any span become unknown.

    NERP annotates companies (IND) but not parties, ministries or agencies: its O on
    "golkar" or "kpk" would teach the model that they are no entity. Leaving such
    tokens unannotated (spaCy's missing value) keeps NERP's names and places without that.
    """
    words = [casing.get(w, w) for w in sent.words]
    missing = []
    if mark_missing:
        inside = {i for a, b, _ in sent.spans for i in range(a, b)}
        missing = [i for i, w in enumerate(words) if i not in inside and w[:1].isupper()]
    for i, w in enumerate(words):
        if i == 0 or words[i - 1] in (".", "!", "?"):
            words[i] = w[:1].upper() + w[1:]
    return Sentence(words, sent.spans, sent.spaces, missing)


def to_docbin(nlp, sentences: Iterable[Sentence]):
    from spacy.tokens import Doc, DocBin, Span

    db = DocBin(store_user_data=False)
    for s in sentences:
        doc = Doc(nlp.vocab, words=s.words, spaces=s.spaces)
        doc.set_ents([Span(doc, a, b, label=lab) for a, b, lab in s.spans],
                     missing=[Span(doc, i, i + 1) for i in s.missing], default="outside")
        db.add(doc)
    return db


def training_sentences(lang: str, split: str, seed: int, dev_into_train: bool) -> list[Sentence]:
    """Mapped sentences of the language's training sets.

    `dev` is only for picking the best checkpoint: it comes from DEV_SETS, capped at DEV_CAP;
    with `dev_into_train` the rest of each dev split is added to training.
    """
    casing = build_casing(lang) if any(DATASETS[n].extra.get("lowercased") for n in TRAIN_SETS[lang]) else {}
    out: list[Sentence] = []
    for name in TRAIN_SETS[lang]:
        ds = DATASETS[name]
        dev = load_split(ds, "dev")
        random.Random(f"{seed}-{name}").shuffle(dev)
        held, rest = dev[: DEV_CAP.get(name, len(dev))], dev[DEV_CAP.get(name, len(dev)):]
        if split == "dev":
            sents = held if name in DEV_SETS[lang] else []
        else:
            sents = (load_split(ds, "train") + (rest if dev_into_train else [])) * OVERSAMPLE.get(name, 1)
        if ds.extra.get("lowercased"):
            sents = [truecase(s, casing, mark_missing=True) for s in sents]
        out.extend(sents)
        print(f"  {name} {split}: {len(sents)} sentences", flush=True)
    random.Random(f"{seed}-{split}").shuffle(out)
    return out


# Dev sets only pick the best checkpoint; large ones are capped so evaluation stays cheap.
DEV_CAP = {"wikiann": 2000, "nerp": 400, "wnut17": 400}
# Copies of a set per epoch (--oversample nergrit=2): small sets with their own conventions.
OVERSAMPLE: dict[str, int] = {}
# Checkpoints are chosen on the sets whose annotation matches the targets.
DEV_SETS = {"id": ["nergrit", "idner"], "en": ["wikiann"]}


# ---------------------------------------------------------------- static vectors
def _stable_hash(text: str) -> int:
    """gensim seeds each word's vector from a hash; Python's str hash changes per process."""
    import zlib

    return zlib.crc32(text.encode("utf-8"))


def vector_text(lang: str) -> Iterator[list[str]]:
    """Lowercased training text for vectors: only text a shipped model may learn from."""
    for sent in cased_text(lang):
        yield [w.lower() for w in sent]
    for name in TRAIN_SETS[lang]:
        ds = DATASETS[name]
        for split in ("train", "dev"):
            if split == "train" and not ds.extra.get("lowercased"):
                continue  # already in cased_text
            for s in load_split(ds, split):
                yield [w.lower() for w in s.words]


def build_vectors(lang: str, work: Path, dim: int, rows: int, seed: int) -> Path:
    """word2vec (gensim, skip-gram, one worker) on `vector_text`, converted with `spacy init vectors`."""
    import subprocess

    try:
        from gensim.models import Word2Vec
    except ImportError:
        sys.exit("train_ner: --vectors needs gensim (pip install gensim); it is only used to build the model")
    out = work / f"vectors-{dim}x{rows}"
    if (out / "config.cfg").exists():
        return out
    sents = [[w for w in s if w.strip() and not any(c.isspace() for c in w)] for s in vector_text(lang)]
    print(f"  word2vec on {len(sents)} sentences, {sum(map(len, sents))} tokens", flush=True)
    t0 = time.perf_counter()
    model = Word2Vec(sents, vector_size=dim, window=5, min_count=3, sg=1, negative=5, epochs=8,
                     workers=1, seed=seed, hashfxn=_stable_hash, max_final_vocab=rows)
    print(f"  word2vec: {len(model.wv)} words in {time.perf_counter() - t0:.0f} s", flush=True)
    txt = work / f"vectors-{dim}.txt"
    model.wv.save_word2vec_format(str(txt), binary=False)
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", lang, str(txt), str(out),
                    "--attr", "LOWER", "--name", f"kabar_{lang}_w2v{dim}"], check=True)
    return out


# ---------------------------------------------------------------- name lists (features)
# Open lists of names the tagger reads as token features (kabar.models.name_lists). Each source:
# (label, path under data/, how to read it). Licenses are in docs/ner.md.
ALFINA = "ner-id/alfina-dbpedia/expanded-dbpedia/mdee_gazetteer"
NAME_LIST_SOURCES = {
    "id": ["alfina", "id-admin", "wikidata-countries", "kabar-gazetteer"],
    "en": ["alfina", "wikidata-countries", "kabar-gazetteer"],
}


def name_lists(lang: str) -> dict[str, list[str]]:
    """{label: names} for `lang` from the sources in NAME_LIST_SOURCES, cleaned of obvious noise.

    Dropped: entries with broken encoding, entries that do not start with a capital or a digit,
    and one-word entries that the language's cased text mostly writes in lower case (a village
    called "Baru" must not mark every "baru").
    """
    base = data_dir()
    casing = build_casing(lang)
    out: dict[str, set[str]] = {"PER": set(), "ORG": set(), "LOC": set()}

    def add(label: str, name: str) -> None:
        name = " ".join(name.split())
        if not name or "\ufffd" in name or not (name[0].isupper() or name[0].isdigit()) or len(name) > 80:
            return
        if " " not in name and casing.get(name.lower(), name)[:1].islower():
            return
        out[label].add(name)

    sources = NAME_LIST_SOURCES[lang]
    if "alfina" in sources:
        for label, fname in (("PER", "person"), ("LOC", "place"), ("ORG", "organization")):
            for line in (base / ALFINA / f"{fname}.txt").open(encoding="utf-8", errors="replace"):
                add(label, line.strip())
    if "id-admin" in sources:
        for fname in ("provinces", "cities", "districts", "villages"):
            for row in csv.reader((base / "gazetteer/id-admin-regions/csv" / f"{fname}.csv").open(encoding="utf-8")):
                name = row[-1].strip().title()
                add("LOC", name)
                for head in ("Kabupaten ", "Kota "):
                    if name.startswith(head):
                        add("LOC", name[len(head):])
    if "wikidata-countries" in sources:
        path = base / "gazetteer/country-aliases-wikidata/country_aliases/country_aliases.csv"
        for row in csv.DictReader(path.open(encoding="utf-8")):
            if row["language"] in ("en", "id", "ms"):
                add("LOC", row["label"])
    if "kabar-gazetteer" in sources:
        gaz = ROOT / "src/kabar/gazetteer/data"
        types = {r["id"]: r["type"] for r in csv.DictReader((gaz / "entries.tsv").open(encoding="utf-8"), delimiter="\t")}
        label_of = {"GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "PER": "PER"}
        for r in csv.DictReader((gaz / "forms.tsv").open(encoding="utf-8"), delimiter="\t"):
            label = label_of.get(types.get(r["entry"], ""))
            if label and r["lang"] in ("*", lang) and r["kind"] != "demonym":
                add(label, r["form"])
    return {label: sorted(names) for label, names in out.items()}


def write_name_lists(lang: str, work: Path) -> Path:
    lists = name_lists(lang)
    path = work / "name_lists.json"
    path.write_text(json.dumps(lists, ensure_ascii=False))
    print("  name lists: " + ", ".join(f"{k} {len(v)}" for k, v in lists.items()), flush=True)
    return path


# ---------------------------------------------------------------- tok2vec pretraining
def pretrain_text(lang: str) -> Iterator[str]:
    """Raw sentences for `spacy pretrain`: the openly licensed cased text, once per sentence."""
    seen: set[str] = set()
    for words in cased_text(lang):
        text = " ".join(w for w in words if w.strip())
        if len(words) >= 3 and text not in seen:
            seen.add(text)
            yield text


def pretrain_tok2vec(lang: str, work: Path, config_path: Path, overrides: dict, epochs: int, seed: int) -> Path:
    """Pretrain the ner component's tok2vec with spaCy's character objective on `pretrain_text`.

    The network learns to predict each word's first and last characters from its context, which
    teaches it what name-like words look like and where they occur; the weights start the NER
    training (`initialize.init_tok2vec`) and cost nothing at inference time.
    """
    import spacy
    from spacy.training.pretrain import pretrain
    from thinc.api import Config

    key = json.dumps({k: v for k, v in sorted(overrides.items()) if "tok2vec" in k or k.startswith("nlp")},
                     sort_keys=True)
    out = work / f"pretrain-{epochs}-{_stable_hash(key + str(config_path)):08x}"
    weights = out / f"model{epochs - 1}.bin"
    if weights.exists():
        return weights
    out.mkdir(parents=True, exist_ok=True)
    raw = work / "pretrain.jsonl"
    n = 0
    with raw.open("w", encoding="utf-8") as fh:
        for text in pretrain_text(lang):
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            n += 1
    print(f"  pretraining on {n} sentences for {epochs} epochs", flush=True)
    cfg = spacy.util.load_config(config_path, overrides=overrides, interpolate=False)
    cfg = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=False).config  # spaCy's defaults
    defaults = Config().from_disk(Path(spacy.__file__).parent / "default_config_pretraining.cfg", interpolate=False)
    cfg["pretraining"] = defaults["pretraining"]
    cfg["pretraining"].update({"component": "ner", "layer": "tok2vec", "max_epochs": epochs})
    cfg["corpora"]["pretrain"] = defaults["corpora"]["pretrain"]
    cfg["paths"]["raw_text"] = str(raw)
    cfg["system"]["seed"] = seed
    cfg = cfg.interpolate()
    _use_matmul_ops()
    pretrain(cfg, out, silent=False, skip_last=True)
    return weights


# ---------------------------------------------------------------- evaluation
def evaluate(nlp, sentences: list[Sentence], labels: tuple[str, ...]) -> dict:
    """Exact-span P/R/F1 on gold tokenisation, counting only labels the set annotates."""
    from spacy.tokens import Doc

    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    docs = (Doc(nlp.vocab, words=s.words, spaces=s.spaces) for s in sentences)
    for s, doc in zip(sentences, nlp.pipe(docs, batch_size=256)):
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in labels}
        gold = {(a, b, lab) for a, b, lab in s.spans if lab in labels}
        for _, _, lab in pred & gold:
            tp[lab] += 1
        for _, _, lab in pred - gold:
            fp[lab] += 1
        for _, _, lab in gold - pred:
            fn[lab] += 1

    def prf(t, p, n):
        prec = t / (t + p) if t + p else 0.0
        rec = t / (t + n) if t + n else 0.0
        f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"p": round(prec, 4), "r": round(rec, 4), "f": round(f, 4), "tp": t, "fp": p, "fn": n}

    per = {lab: prf(tp[lab], fp[lab], fn[lab]) for lab in labels}
    total = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {"sentences": len(sentences), **total, "per_label": per}


def evaluate_untyped(nlp, sentences: list[Sentence]) -> dict:
    """Span-only F1: GUM tags a country acting as an agent 'organization', so types diverge by design."""
    flat = [Sentence(s.words, [(a, b, "X") for a, b, _ in s.spans], s.spaces) for s in sentences]

    class Untyped:
        vocab = nlp.vocab

        def pipe(self, docs, batch_size=256):
            for doc in nlp.pipe(docs, batch_size=batch_size):
                doc.ents = [e.__class__(doc, e.start, e.end, label="X") for e in doc.ents]
                yield doc

    return evaluate(Untyped(), flat, ("X",))


def eval_language(nlp, lang: str) -> dict:
    report = {}
    for name, ds in DATASETS.items():
        if ds.lang != lang or "test" not in ds.splits:
            continue
        test = load_split(ds, "test")
        t0 = time.perf_counter()
        res = evaluate(nlp, test, ds.labels)
        if name == "nerp":  # the shipped model meets cased text; report both views of NERP
            casing = build_casing(lang)
            res["truecased"] = evaluate(nlp, [truecase(s, casing) for s in test], ds.labels)
        if name == "gum":
            res["untyped"] = evaluate_untyped(nlp, test)
        res["seconds"] = round(time.perf_counter() - t0, 2)
        report[name] = res
        print(f"  {name:8s} test  P {res['p']:.3f}  R {res['r']:.3f}  F1 {res['f']:.3f}  ({res['sentences']} sent)",
              flush=True)
    return report


def report_markdown(lang: str, report: dict) -> str:
    lines = [f"### ner-{lang}", "", "| data set (test split) | sentences | P | R | F1 | PER F1 | ORG F1 | LOC F1 |",
             "|---|---|---|---|---|---|---|---|"]
    for name, r in report.items():
        if not isinstance(r, dict) or "per_label" not in r:
            continue
        pl = r["per_label"]
        lines.append(f"| {name} | {r['sentences']} | {r['p']:.3f} | {r['r']:.3f} | {r['f']:.3f} | "
                     f"{pl['PER']['f']:.3f} | {pl['ORG']['f']:.3f} | {pl['LOC']['f']:.3f} |")
        for sub in ("truecased", "untyped"):
            if sub in r:
                s = r[sub]
                lines.append(f"| {name} ({sub}) | {s['sentences']} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | | | |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=["id", "en"], required=True)
    ap.add_argument("--out", type=Path, help="where the shipped pipeline goes (default src/kabar/models/ner-LANG)")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "ner", help="DocBins and training output")
    ap.add_argument("--config", type=Path, help="default configs/ner-LANG.cfg")
    ap.add_argument("--max-steps", type=int, help="override training.max_steps")
    ap.add_argument("--train-sets", help="comma-separated data sets to train on (default: all of the language's)")
    ap.add_argument("--dev-into-train", action=argparse.BooleanOptionalAction, default=None,
                    help="train on each dev split too, except the capped part that picks the checkpoint")
    ap.add_argument("--oversample", action="append", default=[], metavar="SET=K",
                    help="repeat a training set K times per epoch")
    ap.add_argument("--eval-only", action="store_true", help="evaluate the pipeline at --out, no training")
    ap.add_argument("--report", type=Path, help="JSON report path (default WORK/LANG/report.json)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--vectors", type=int, default=None, metavar="DIM",
                    help="build word2vec vectors of DIM dimensions from openly licensed text and use them")
    ap.add_argument("--vector-rows", type=int, default=30000)
    ap.add_argument("--pretrain", type=int, default=None, metavar="EPOCHS",
                    help="pretrain the tok2vec on openly licensed raw text for EPOCHS epochs first")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="extra spaCy config override, e.g. components.ner.model.hidden_width=32")
    args = ap.parse_args(argv)

    import spacy

    from kabar.models import register_factories

    register_factories()  # kabar's tagger NER and name-list components

    lang = args.lang
    data_dir()  # fail early and clearly
    out = args.out or ROOT / "src" / "kabar" / "models" / f"ner-{lang}"
    work = args.work / lang
    work.mkdir(parents=True, exist_ok=True)
    report_path = args.report or work / "report.json"
    if args.train_sets:
        TRAIN_SETS[lang] = args.train_sets.split(",")
    recipe = RECIPES[lang]
    OVERSAMPLE.update(recipe["oversample"])
    for item in args.oversample:
        name, _, k = item.partition("=")
        OVERSAMPLE[name] = int(k)
    if args.dev_into_train is None:
        args.dev_into_train = recipe["dev_into_train"]
    if args.vectors is None:
        args.vectors = recipe["vectors"]

    if not args.eval_only:
        blank = spacy.blank(lang)
        print(f"converting training data for {lang}", flush=True)
        train = training_sentences(lang, "train", args.seed, args.dev_into_train)
        dev = training_sentences(lang, "dev", args.seed, args.dev_into_train)
        to_docbin(blank, train).to_disk(work / "train.spacy")
        to_docbin(blank, dev).to_disk(work / "dev.spacy")
        print(f"  train {len(train)} / dev {len(dev)} sentences", flush=True)

        config = args.config or ROOT / "configs" / f"ner-{lang}.cfg"
        overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
                     "system.seed": args.seed}
        if args.max_steps:
            overrides["training.max_steps"] = args.max_steps
        if args.vectors:
            vec = build_vectors(lang, work, args.vectors, args.vector_rows, args.seed)
            overrides["paths.vectors"] = str(vec)
            overrides["components.ner.model.tok2vec.embed.include_static_vectors"] = True
        for item in args.set:
            key, _, value = item.partition("=")
            overrides[key] = json.loads(value) if value[:1] in "0123456789-[{tfn\"" else value
        if "name_lists" in spacy.util.load_config(config, interpolate=False)["nlp"]["pipeline"]:
            overrides["initialize.components.name_lists.path"] = str(write_name_lists(lang, work))
        if args.pretrain is None:
            args.pretrain = recipe.get("pretrain", 0)
        if args.pretrain:
            overrides["paths.init_tok2vec"] = str(pretrain_tok2vec(lang, work, config, overrides, args.pretrain,
                                                                   args.seed))
        t0 = time.perf_counter()
        train_pipeline(config, work / "output", overrides)
        train_seconds = time.perf_counter() - t0
        best = spacy.load(work / "output" / "model-best")
        ship(best, lang, out)
    else:
        train_seconds = None

    nlp = spacy.load(out)
    print(f"evaluating {out}", flush=True)
    report = eval_language(nlp, lang)
    report["_meta"] = {"lang": lang, "train_sets": TRAIN_SETS[lang], "seed": args.seed,
                       "argv": sys.argv[1:] if argv is None else argv, "oversample": OVERSAMPLE,
                       "dev_into_train": args.dev_into_train, "vectors": args.vectors,
                       "pretrain_epochs": getattr(args, "pretrain", None),
                       "name_lists": ({lab: len(v) for lab, v in json.loads((work / "name_lists.json").read_text()).items()}
                                      if (work / "name_lists.json").exists() and not args.eval_only else None),
                       "train_seconds": round(train_seconds, 1) if train_seconds else None,
                       "model_bytes": sum(p.stat().st_size for p in out.rglob("*") if p.is_file()),
                       "spacy": spacy.__version__}
    report_path.write_text(json.dumps(report, indent=2))
    md = report_markdown(lang, report)
    report_path.with_suffix(".md").write_text(md)
    print(md)
    print(f"report: {report_path}")
    return 0


def _use_matmul_ops() -> None:
    """Models built from here on multiply matrices through numpy (kabar.models.matmul_ops: ~2x faster here)."""
    from thinc.api import set_current_ops

    from kabar.models.matmul_ops import ops

    set_current_ops(ops())


def train_pipeline(config: Path, output: Path, overrides: dict) -> None:
    """spaCy's training loop, with matrix products through numpy (kabar.models.matmul_ops: ~2x faster here)."""
    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_nlp

    _use_matmul_ops()
    output.mkdir(parents=True, exist_ok=True)
    cfg = spacy.util.load_config(config, overrides=overrides, interpolate=False)
    nlp = init_nlp(cfg, use_gpu=-1)
    train_nlp(nlp, output, use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)


def ship(nlp, lang: str, out: Path) -> None:
    """Save only what inference needs: the blank tokenizer, the name lists and the ner component."""
    import spacy

    if out.exists():
        shutil.rmtree(out)
    assert type(nlp.tokenizer) is type(spacy.blank(lang).tokenizer)
    nlp.meta["name"] = f"ner_{lang}"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "kabar NER (PER/ORG/LOC), trained by scripts/train_ner.py; see docs/ner.md"
    nlp.meta["license"] = "CC BY-SA 4.0 (trained on UD treebank text; credits in docs/ner.md)"
    nlp.meta["sources"] = [{"name": n, "path": p} for n in TRAIN_SETS[lang]
                           for p in (["ud/" + f for f in DATASETS[n].extra["files"]] if "files" in DATASETS[n].extra
                                     else DATASETS[n].splits.values())]
    if "name_lists" in nlp.pipe_names:
        nlp.meta["name_lists"] = NAME_LIST_SOURCES[lang]
    nlp.to_disk(out)


if __name__ == "__main__":
    raise SystemExit(main())
