"""Benchmark corpora read from ../shared/data (never copied into the repo); empty lists when it is absent.

Imported by the bench_*.py scripts, which run as `python benchmarks/bench_x.py` (this folder is
then on sys.path).
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KABAR_SHARED", ROOT.parent / "shared"))


def indosum(n: int) -> list[str]:
    """Bodies (paragraphs joined by blank lines, no title) of the first ``n`` IndoSum dev articles."""
    out: list[str] = []
    for f in sorted((SHARED / "data/corpora/indosum-dev/indosum").glob("dev.*.jsonl")):
        for line in f.open(encoding="utf-8"):
            obj = json.loads(line)
            out.append("\n\n".join(" ".join(" ".join(s) for s in p) for p in obj["paragraphs"]))
            if len(out) >= n:
                return out
    return out


def bbc_files() -> list[Path]:
    root = SHARED / "data/corpora/bbc-news/news"
    return sorted(root.glob("*/*.txt")) if root.is_dir() else []


def bbc() -> list[str]:
    """Bodies of all BBC articles (the first line, the headline, dropped), sorted by section and name."""
    out = []
    for f in bbc_files():
        text = f.read_text(encoding="utf-8", errors="replace")
        out.append(text.split("\n", 1)[1].strip() if "\n" in text else text)
    return out


def detik() -> list[str]:
    """Bodies of the detik-2025 articles."""
    path = SHARED / "data/corpora/detik-2025/data_berita.csv"
    if not path.is_file():
        return []
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as fh:
        return [row["isi_berita"] for row in csv.DictReader(fh) if row.get("isi_berita")]


def indosum_words(limit: int) -> list[str]:
    """The first ``limit`` or so tokens of IndoSum dev, in order (its text is pre-tokenised)."""
    words: list[str] = []
    for f in sorted((SHARED / "data/corpora/indosum-dev/indosum").glob("dev.*.jsonl")):
        for line in f.open(encoding="utf-8"):
            for para in json.loads(line)["paragraphs"]:
                for sent in para:
                    words.extend(sent)
            if len(words) > limit:
                return words
    return words


def gum_words() -> list[str]:
    """Every token of the GUM Wikinews news and interview documents (openly licensed English news)."""
    words: list[str] = []
    for f in sorted((SHARED / "data/ner-en/gum-wikinews/dep").glob("*.conllu")):
        for line in f.open(encoding="utf-8"):
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                words.append(cols[1])
    return words


def _detik_casing(limit: int = 3000) -> dict[str, str]:
    """Lower-case word -> its usual printed form in detik-2025 bodies (mid-sentence uses only, a form kept when it
    covers at least two thirds of the word's uses): the truecaser of the lower-cased NERP text."""
    import re
    from collections import Counter, defaultdict

    seen: dict[str, Counter] = defaultdict(Counter)
    for body in detik()[:limit]:
        for sent in re.split(r"(?<=[.!?])\s+|\n+", body):
            words = re.findall(r"[A-Za-z][A-Za-z'\-]*", sent)
            for w in words[1:]:
                seen[w.lower()][w] += 1
    out = {}
    for low, forms in seen.items():
        form, n = forms.most_common(1)[0]
        if form != low and n >= 2 and n * 3 >= 2 * sum(forms.values()):
            out[low] = form
    return out


_NERP_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "%", "..."}


def conllu_texts(path: Path) -> list[str]:
    """The sentences of a CoNLL-U file as printed (its ``# text =`` lines), in file order."""
    return [line[len("# text = "):].strip() for line in path.open(encoding="utf-8") if line.startswith("# text = ")]


_CLOSING = frozenset(",.:;?!)]%")


def print_join(words: list[str]) -> tuple[str, list[int]]:
    """Tokens joined as print spaces them (stops and closing brackets glued to the word before, opening brackets to
    the word after, straight double quotes alternately opening and closing around their words); returns the text and
    each token's start offset: the one detokeniser of the census scripts."""
    out, starts = "", []
    quote_open = after_open = False
    for w in words:
        closing = w == '"' and quote_open
        stop = w[:1] in _CLOSING and not any(ch.isalnum() for ch in w)  # ",", "...", '?"', "%."; not ",dengan"
        glue = not out or after_open or closing or out.endswith(("(", "[")) or stop
        after_open = w == '"' and not quote_open
        if w == '"':
            quote_open = not quote_open
        if not glue:
            out += " "
        starts.append(len(out))
        out += w
    return out, starts


def tagged_token_sentences(path: Path, tag_col: int = 1) -> list[list[tuple[str, str]]]:
    """The sentences of a CoNLL-like token file (a token a line, tab- or else space-separated columns, a blank line
    between sentences, LF or CRLF) as (token, tag) pairs, the tag from column ``tag_col`` ("O" when the line has
    none): the one reader of the NER corpora's files for the census scripts."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\r\n")
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        parts = line.split("\t") if "\t" in line else line.split(" ")
        cur.append((parts[0], parts[tag_col].strip() if len(parts) > tag_col else "O"))
    if cur:
        sents.append(cur)
    return sents


def bio_spans(sent: list[tuple[str, str]], starts: list[int], type_of, base: int = 0,
              i_continues: bool = False) -> list[tuple[int, int, str]]:
    """The (start, end, type) spans a sentence's BIO tags mark, its tokens starting at ``base`` + ``starts``:
    ``type_of`` maps a tag's type ("PER", "PLACE") to the reader's, None for a type it does not count (read as
    "O"); an I- tag of another type than the open span's starts a span of its own, or with ``i_continues`` goes on with
    the open span (entity_census's rough NERP reference reads it so). The census scripts' one reading of the NER
    corpora's tags."""
    spans: list[tuple[int, int, str]] = []
    span = None
    for (w, tag), s0 in zip(sent, starts):
        typ = type_of(tag[2:]) if tag[:2] in ("B-", "I-") else None
        if typ and (tag.startswith("B-") or span is None or (span[2] != typ and not i_continues)):
            if span:
                spans.append(tuple(span))
            span = [base + s0, base + s0 + len(w), typ]
        elif typ:
            span[1] = base + s0 + len(w)
        else:
            if span:
                spans.append(tuple(span))
            span = None
    if span:
        spans.append(tuple(span))
    return spans


def nerp_sentences(start: int = 0, end: int | None = None, split: str = "train") -> list[str]:
    """IndoNLU NERP sentences ``start:end`` (CoNLL token<TAB>tag, lower-cased), true-cased and spaced as print:
    a named token (PPL/PLC/IND/EVT/FNB) is capitalised (upper-cased when it is three letters or fewer or has no
    vowel), any other word takes its usual detik form (_detik_casing), the sentence's first word is capitalised."""
    path = SHARED / f"data/ner-id/indonlu/dataset/nerp_ner-prosa/{split}_preprocess.txt"
    if not path.is_file():
        return []
    casing = _detik_casing()
    sents = tagged_token_sentences(path)
    out = []
    for sent in sents[start:end]:
        words = []
        for i, (tok, tag) in enumerate(sent):
            w = casing.get(tok, tok)
            if tag != "O" and w == tok and tok.isalpha():
                w = tok.upper() if len(tok) <= 3 or not set(tok) & set("aeiou") else tok.capitalize()
            if i == 0 or (words and words[-1] in {".", "!", "?"}):
                w = w[:1].upper() + w[1:]
            words.append(w)
        text, inside, glue = "", False, True
        for w in words:
            closing = w == '"' and inside
            if not glue and not closing and w not in _NERP_NO_SPACE_BEFORE and w != "/":
                text += " "
            if glue and text.endswith('"') and inside:
                w = w[:1].upper() + w[1:]
            text += w
            if w == '"':
                inside = not inside
            glue = w in {"(", "/"} or (w == '"' and inside)
        out.append(text)
    return out


def gum_fresh_docs() -> list[tuple[str, str]]:
    """The GUM Wikinews documents NOT in gold/dev/en, as (doc id, text): sentences from the CoNLL-U ``# text =``
    lines, paragraphs at ``# newpar`` (session 26, polnear26: census text for the English quotes stage)."""
    used = {p.name.split(".")[0] for p in (ROOT / "gold" / "dev" / "en").glob("GUM_*")}
    out: list[tuple[str, str]] = []
    for f in sorted((SHARED / "data/ner-en/gum-wikinews/dep").glob("*.conllu")):
        if f.stem in used:
            continue
        paras: list[list[str]] = []
        for line in f.open(encoding="utf-8"):
            if line.startswith("# newpar") and not line.startswith("# newpar_block"):
                paras.append([])
            elif line.startswith("# text = "):
                if not paras:
                    paras.append([])
                paras[-1].append(line[len("# text = "):].strip())
        out.append((f.stem, "\n\n".join(" ".join(p) for p in paras if p)))
    return out


def event_location_sentences(sources: tuple[str, ...] = ("Atrocities", "wiki", "Xinhua"),
                             per_doc: int = 10) -> list[tuple[str, str]]:
    """event-location-en items of the given ``source`` values (not the *_RA slices), in file order, de-duplicated and
    joined ``per_doc`` at a time into pseudo-articles (one paragraph per item), as (id, text) (session 26)."""
    path = SHARED / "data/events/event-location-en/labeled_text.jsonl"
    if not path.is_file():
        return []
    items = json.loads(path.read_text(encoding="utf-8"))
    out: list[tuple[str, str]] = []
    for src in sources:
        seen: set[str] = set()
        texts = []
        for x in items:
            t = (x.get("text") or "").strip()
            if x.get("source") == src and t and t not in seen:
                seen.add(t)
                texts.append(t)
        for i in range(0, len(texts), per_doc):
            out.append((f"evloc-{src}-{i // per_doc:03d}", "\n\n".join(texts[i:i + per_doc])))
    return out


# Session 27 (events-id27): Indonesian sentence census text the brief names as fresh.
def gsd21_event_sentences(start: int = 0, end: int | None = None, split: str = "train") -> list[str]:
    """UD Indonesian-GSD r2.1 ``split`` sentences ``start:end`` (their ``# text =`` lines, as printed), in file order."""
    path = SHARED / f"data/ud/indonesian-gsd/r2.1/id_gsd-ud-{split}.conllu"
    if not path.is_file():
        return []
    return conllu_texts(path)[start:end]


def idner_event_sentences(split: str = "train") -> list[str]:
    """idner-news-2k ``split`` sentences (token POS TAG lines, CRLF), joined with print spacing (session 27)."""
    import re

    path = SHARED / f"data/ner-id/idner-news-2k/{split}.txt"
    if not path.is_file():
        return []
    out = []
    for sent in tagged_token_sentences(path, 2):
        toks = [tok for tok, _ in sent]
        if toks:
            t = re.sub(r" ([,.;:!?)])", r"\1", " ".join(toks))
            out.append(re.sub(r"\( ", "(", t))
    return out


# Session 27 (eventdate27)
def ngec_story_rows(start: int, end: int) -> list[tuple[str, str]]:
    """NGEC synthetic stories (gpt_synthetic_events_2023-10-19_19.csv) rows start..end-1 in file order, as
    (id, text): English news-like stories that date their acts in the text ("on Thursday", "last month")."""
    csv.field_size_limit(10**7)
    path = SHARED / "data/events/ngec-2025/synthetic-training/gpt_synthetic_events_2023-10-19_19.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [(f"ngec-{i}", (rows[i].get("text") or "").strip()) for i in range(start, min(end, len(rows)))
            if (rows[i].get("text") or "").strip()]


def gsd_r21_sentences(split: str, start: int, end: int, per: int = 10) -> list[tuple[str, str]]:
    """UD Indonesian-GSD r2.1 ``split`` sentences start..end-1 (`# text =` lines in file order), joined into
    pseudo-articles of ``per`` sentences, as (id, text)."""
    texts = gsd21_event_sentences(start, end, split)
    return [(f"gsd-{split}-{start + i}", " ".join(texts[i:i + per])) for i in range(0, len(texts), per)]


# Session 27 (polnear27)
def ewt_train_docs(genres: tuple[str, ...] = ("weblog", "newsgroup", "email")) -> list[tuple[str, str]]:
    """UD English-EWT train documents of the given genres (the ``# newdoc id`` prefix), in file order, as (doc id,
    text): sentences from the ``# text =`` lines, paragraphs at ``# newpar`` (census text for the English quotes
    stage; the test and dev files are the parser's)."""
    path = SHARED / "data/ud/english-ewt/en_ewt-ud-train.conllu"
    if not path.is_file():
        return []
    docs: list[tuple[str, list[list[str]]]] = []
    for line in path.open(encoding="utf-8"):
        if line.startswith("# newdoc id = "):
            docs.append((line[len("# newdoc id = "):].strip(), []))
        elif line.startswith("# newpar") and docs:
            docs[-1][1].append([])
        elif line.startswith("# text = ") and docs:
            if not docs[-1][1]:
                docs[-1][1].append([])
            docs[-1][1][-1].append(line[len("# text = "):].strip())
    return [(d, "\n\n".join(" ".join(p) for p in paras if p)) for d, paras in docs
            if d.split("-", 1)[0] in genres]


def ngec_synthetic_stories(start: int = 0, end: int = 3500) -> list[tuple[str, str]]:
    """NGEC's synthetic news stories (``gpt_synthetic_events_2023-10-19_19.csv``) rows ``start``..``end`` in file
    order, as (row id, text), leaving out the stories that name a "County" (read by an earlier places round)
    (session 27, polnear27: census text for the English quotes stage)."""
    return [(i, t) for i, t in ngec_story_rows(start, end) if "County" not in t]
