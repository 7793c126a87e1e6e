"""Entity census on unlabelled news (not in gold/dev): every predicted entity with its sentence.

    .venv/bin/python scripts/entity_census.py --detik 300 --indosum 100 --out /tmp/census.jsonl
    .venv/bin/python scripts/entity_census.py --detik 0 --indosum 0 --bbc 200 --out /tmp/census-en.jsonl

Reads ../shared/data/corpora (detik-2025 CSV, IndoSum dev folds, BBC News 2004-2005; research-only,
never copied into the repo) and skips every article that gold/dev uses. detik articles are taken
from the news desk (news.detik.com) first, then the others; BBC articles from the politics desk,
then business, tech, entertainment, sport (the corpus has no world desk); each group in SHA-1
order of the corpus id, so the slice is fixed and chosen by no one (`--bbc-desks politics,business
--bbc-skip 200` shares --bbc out over the named desks and leaves out each desk's first 200). One JSON line per predicted entity: article, type, name, actor,
title, mention texts and the sentence of the first mention. Read the output, count error classes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402  (benchmarks/corpora.py: the census text readers)
import make_dev_texts as mdt  # noqa: E402


def _sha(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def detik(data: Path, n: int, skip: int = 0, distinct: bool = False,
          ranges: list[tuple[int, int]] | None = None) -> list[tuple[str, str, str]]:
    gold = set(mdt.DETIK_IDS)
    rows = [r for r in mdt.detik_rows(data) if r["id"] not in gold and r.get("isi_berita")]
    rows.sort(key=lambda r: (0 if "//news.detik.com" in r["tautan"] else 1, _sha(r["id"])))
    if distinct:  # the corpus repeats some texts under several ids: keep the first of each
        seen_texts: set[str] = set()
        rows = [r for r in rows if not (mdt.detik_text(r) in seen_texts or seen_texts.add(mdt.detik_text(r)))]
    out = []
    picked = [r for a, b in ranges for r in rows[a:b]] if ranges else rows[skip:skip + n]
    copies = mdt.detik_gold_copies(mdt.detik_rows(data))  # copies of gold articles: never read
    picked = [r for r in picked if r["id"] not in copies]
    for r in picked:
        month, day, year = r["tanggal"].split()[0].split("/")
        out.append((f"detik-{r['id']}", mdt.detik_text(r), f"{year}-{int(month):02d}-{int(day):02d}"))
    return out


def indosum(data: Path, n: int, skip: int = 0, category: str = "tajuk utama") -> list[tuple[str, str, str | None]]:
    seen: dict[str, dict] = {}
    for path in sorted((data / "corpora" / "indosum-dev" / "indosum").glob("dev.0*.jsonl")):
        for line in path.open(encoding="utf-8"):
            art = json.loads(line)
            if art["id"] not in mdt.INDOSUM and art["id"] not in seen and art.get("category") == category:
                seen[art["id"]] = art
    arts = sorted(seen.values(), key=lambda a: _sha(a["id"]))[skip:skip + n]
    out = []
    for a in arts:
        title = a["id"].split("-", 1)[1].replace("-", " ")
        out.append((a["id"], mdt.indosum_text(a, title), None))
    return out


def indosum_rows(data: Path, a: int, b: int) -> list[tuple[str, str, str | None]]:
    """IndoSum rows a..b (end exclusive) in the dev folds' file order, every category, as
    benchmarks/corpora.py and event_census.py number them ("IndoSum rows 2600-2999"); gold articles left out."""
    out, row = [], 0
    for path in sorted((data / "corpora" / "indosum-dev" / "indosum").glob("dev.*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if a <= row < b:
                art = json.loads(line)
                if art["id"] not in mdt.INDOSUM:
                    title = art["id"].split("-", 1)[1].replace("-", " ")
                    out.append((f"{art['id']}#{row}", mdt.indosum_text(art, title), None))
            row += 1
    return out


BBC_DESKS = ("politics", "business", "tech", "entertainment", "sport")


def bbc(data: Path, n: int, desks: tuple[str, ...] = BBC_DESKS, skip: int = 0,
        sorted_below: int | None = None) -> list[tuple[str, str, str | None]]:
    """English BBC articles outside gold/dev, as make_dev_texts writes them. With the default desks: politics
    desk first, then the others. With desks chosen (`--bbc-desks politics,business`): n shared out evenly over
    them (the first desks take the remainder), each desk's first `skip` articles left out (a fresh slice).
    `sorted_below`: keep only files whose index in their desk's name-sorted listing is below it (session 6
    read business and tech files from index 200 of that listing)."""
    root = data / "corpora" / "bbc-news" / "news"
    used = set(mdt.BBC)
    if sorted_below is not None:
        for desk in desks:
            used |= {(desk, p.stem) for p in sorted((root / desk).glob("*.txt"))[sorted_below:]}
    cands = sorted((_sha(f"{p.parent.name}/{p.stem}"), p.parent.name, p.stem)
                   for p in root.glob("*/*.txt") if (p.parent.name, p.stem) not in used and p.parent.name in desks)
    if tuple(desks) == BBC_DESKS and not skip:
        picked = sorted(cands, key=lambda c: BBC_DESKS.index(c[1]))[:n]
    else:
        share = [n // len(desks) + (1 if i < n % len(desks) else 0) for i in range(len(desks))]
        picked = [c for d, k in zip(desks, share) for c in [c for c in cands if c[1] == d][skip:skip + k]]
    return [(f"bbc-{desk}-{slug}", mdt.bbc_text(data, desk, slug), None) for _, desk, slug in picked]


NERP = ("ner-id", "indonlu", "dataset", "nerp_ner-prosa")
NERP_TYPES = {"PPL": "PER", "PLC": "GPE", "IND": "ORG", "EVT": "MISC", "FNB": "MISC"}


def nerp_sentences(data: Path, splits: tuple[str, ...] = ("valid", "test"), per: int = 10):
    """IndoNLU NERP sentences (lower-cased CoNLL, token<TAB>BIO tag) of the given splits, joined into
    pseudo-articles of `per` sentences. Returns (id, text, None) triples and, per id, the tagged spans
    (start, end, kabar type) of the corpus' own annotation (a rough reference)."""
    arts, ref = [], {}
    for split in splits:
        sents = corpora.tagged_token_sentences(data.joinpath(*NERP) / f"{split}_preprocess.txt")
        for i in range(0, len(sents), per):
            text, spans = "", []
            for sent in sents[i:i + per]:
                words = [w for w, _ in sent]
                st, starts = corpora.print_join(words)
                base = len(text) + (1 if text else 0)
                text = f"{text} {st}" if text else st
                spans += corpora.bio_spans(sent, starts, lambda t: NERP_TYPES.get(t, t), base, i_continues=True)
            aid = f"nerp-{split}-{i // per}"
            arts.append((aid, text, None))
            ref[aid] = spans
    return arts, ref


def gsd_sentences(data: Path, a: int, b: int, per: int = 10) -> list[tuple[str, str, None]]:
    """UD Indonesian-GSD r2.1 train sentences a..b (end exclusive, `# text =` lines in file order), joined
    into pseudo-articles of `per` sentences."""
    path = data / "ud" / "indonesian-gsd" / "r2.1" / "id_gsd-ud-train.conllu"
    if not path.is_file():  # corpora reads KABAR_SHARED's copy, which is ``data``'s (mdt.shared_root)
        sys.exit(f"entity_census: {path} not found")
    return [(aid, text, None) for aid, text in corpora.gsd_r21_sentences("train", a, b, per)]


def _ranges(spec: str) -> list[tuple[int, int]] | None:
    if not spec:
        return None
    out = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out.append((int(a), int(b or a) + 1))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--detik", type=int, default=300)
    ap.add_argument("--indosum", type=int, default=100)
    ap.add_argument("--detik-skip", type=int, default=0,
                    help="leave out the first N detik articles of the fixed order (a fresh slice for a new reading)")
    ap.add_argument("--indosum-skip", type=int, default=0, help="the same for IndoSum")
    ap.add_argument("--indosum-category", default="tajuk utama",
                    help="IndoSum category to draw from (tajuk utama, olahraga, teknologi, showbiz, hiburan): "
                         "the other desks are fresh text once the headlines have been read")
    ap.add_argument("--indosum-rows", default="", help="IndoSum rows of the dev folds' file order, every category "
                    "(the numbering of benchmarks/corpora.py and event_census.py), e.g. 2600-2799 (end inclusive); "
                    "replaces --indosum/--indosum-skip")
    ap.add_argument("--distinct", action="store_true", help="detik: one article per distinct text (the corpus "
                    "repeats some texts under several ids)")
    ap.add_argument("--detik-ranges", default="",
                    help="detik: explicit index ranges of the fixed order instead of --detik/--detik-skip, e.g. "
                         "264-292,680-689 (end inclusive; with --distinct the distinct order)")
    ap.add_argument("--bbc", type=int, default=0, help="English BBC articles (politics desk first)")
    ap.add_argument("--bbc-desks", default=",".join(BBC_DESKS),
                    help="comma-separated BBC desks to draw from; with several, --bbc is shared out evenly "
                         "(the corpus has politics, business, tech, entertainment, sport; no world or uk desk)")
    ap.add_argument("--bbc-skip", type=int, default=0, help="skip this many articles of each desk first "
                    "(a fresh slice for a second reading)")
    ap.add_argument("--bbc-sorted-below", type=int, default=None, help="keep only BBC files whose index in the "
                    "desk's name-sorted listing is below N (session 6 read business/tech from index 200 of it)")
    ap.add_argument("--nerp", action="store_true", help="IndoNLU NERP valid+test sentences, 10 per pseudo-article "
                    "(lower-cased text); each line also carries `nerp`, the corpus tag of an equal span if any")
    ap.add_argument("--gsd-rows", default="", help="UD Indonesian-GSD r2.1 train sentences, e.g. 0-1999 (end "
                    "inclusive), 10 per pseudo-article")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    from kabar.pipeline import default_pipeline
    from kabar.readers import Metadata
    from kabar.readers.text import read_text

    data = mdt.shared_root()
    pipe = default_pipeline()
    n_ent = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        sources = [(a, "id") for a in detik(data, args.detik, args.detik_skip, args.distinct, _ranges(args.detik_ranges)) + (
            [r for a, b in _ranges(args.indosum_rows) for r in indosum_rows(data, a, b)] if args.indosum_rows
            else indosum(data, args.indosum, args.indosum_skip, args.indosum_category))]
        ref: dict = {}
        if args.nerp:
            arts, ref = nerp_sentences(data)
            sources += [(a, "id") for a in arts]
        if args.gsd_rows:
            sources += [(a, "id") for a0, b0 in _ranges(args.gsd_rows) for a in gsd_sentences(data, a0, b0)]
        sources += [(a, "en") for a in bbc(data, args.bbc, tuple(args.bbc_desks.split(",")), args.bbc_skip,
                                             args.bbc_sorted_below)]
        for (art_id, text, published), lang in sources:
            untitled = art_id.startswith(("nerp-", "gsd-"))  # sentence corpora: no headline line
            d = pipe(read_text(text, Metadata(published=published, lang=lang, has_title=not untitled))).to_dict()
            body = d["text"]
            sents = [(s["start"], s["end"]) for s in d.get("sentences") or []]
            spans = [(m["start"], m["end"], e["id"]) for e in d["entities"] for m in e.get("mentions") or []]
            for e in d["entities"]:
                ms = e.get("mentions") or []
                # nested: every mention lies inside a longer mention of another entity
                nested = bool(ms) and all(any(a <= m["start"] and m["end"] <= b and (b - a) > (m["end"] - m["start"])
                                              and other != e["id"] for a, b, other in spans) for m in ms)
                first = min(ms, key=lambda m: m["start"]) if ms else None
                sent = ""
                if first:
                    sent = next((body[a:b] for a, b in sents if a <= first["start"] < b), "")
                row = {"article": art_id, "type": e["type"], "name": e["name"], "actor": e.get("actor"),
                       "title": e.get("title"), "nested": nested,
                                     "mentions": sorted({(m["text"], m["kind"]) for m in ms}),
                       "sentence": " ".join(sent.split())}
                if art_id in ref:  # the corpus tag of a span equal to one of the mentions, if any
                    tags = {(a, b): t for a, b, t in ref[art_id]}
                    row["nerp"] = next((tags[(m["start"], m["end"])] for m in ms if (m["start"], m["end"]) in tags), None)
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n_ent += 1
    print(f"entity_census: {n_ent} entities written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
