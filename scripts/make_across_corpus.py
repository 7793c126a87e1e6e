#!/usr/bin/env python3
"""Build the test corpus for kabar.across (copies, translations) from real articles in ../shared/data.

Writes ``build/across/corpus.jsonl`` (never committed: the source texts may not be redistributed).
Each line is one article as kabar ingests it (``text`` with the title as first line, ``lang``,
``published``, ``url``, ``outlet``) plus the truth: ``group`` (the original it is a copy of, or
its own key) and ``kind`` (original, reformatted, truncated, boilerplate, updated, retitled,
translation, translated_original).

* Originals: detik-2025 articles (one month of Indonesian national news, many on the same
  stories: the hard negatives) and BBC politics articles (2004-2005).
* Copies of a seeded random sample of originals, as syndication makes them: reformatted (other
  paragraph breaks, quotation marks, title casing), truncated (the first 55-85% of paragraphs),
  wrapped in boilerplate (read-also inserts naming other articles' titles, a dateline, a footer),
  updated (a paragraph added at the end), and exact copies under another title and outlet.
* Source duplicates: originals that the corpus itself repeats share one truth group
  (:func:`source_duplicates`: exact sentence overlap, not the measure under test).
* Translations: the hand-written translations in ``gold/across/translations`` with their
  originals from ``gold/dev`` (both committed; licences in gold/dev/LICENSE.md).

    .venv/bin/python scripts/make_across_corpus.py [--detik 200] [--bbc 150] [--copies 100]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "across" / "corpus.jsonl"
TRANSLATIONS = ROOT / "gold" / "across" / "translations.json"
SEED = 20261204

READ_ALSO = {"id": "Baca juga: {}", "en": "Read more: {}"}
FOOTER = {
    "id": ["Simak berita lainnya di {} dan ikuti kami di media sosial.", "Artikel ini telah tayang di {}."],
    "en": ["Follow {} on Twitter and Facebook for the latest news.", "This story first appeared on {}."],
}
PARTNERS = ["Warta Nusantara", "Kabar Kini", "Suara Daerah", "Daily Wire Service", "Morning Post Online", "Portal Berita 24"]


def shared_data() -> Path:
    base = Path(os.environ.get("KABAR_SHARED", ROOT.parent / "shared")) / "data"
    if not base.is_dir():
        sys.exit(f"make_across_corpus: {base} not found; this script needs the open data in ../shared/data")
    return base


def detik(data: Path, n: int) -> list[dict]:
    csv.field_size_limit(1 << 30)
    out = []
    with (data / "corpora/detik-2025/data_berita.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            body = "\n\n".join(p.strip() for p in row["isi_berita"].splitlines() if p.strip())
            try:
                day = dt.datetime.strptime(row["tanggal"].strip(), "%m/%d/%Y %H:%M").date().isoformat()
            except ValueError:
                day = None
            out.append({"key": f"detik-{row['id']}", "title": row["judul"].strip(), "body": body, "lang": "id",
                        "published": day, "url": row["tautan"].strip(), "outlet": "detik.com"})
            if len(out) >= n:
                break
    return out


def bbc(data: Path, n: int) -> list[dict]:
    out = []
    for f in sorted((data / "corpora/bbc-news/news/politics").glob("*.txt"))[:n]:
        lines = f.read_text(encoding="utf-8", errors="replace").strip().split("\n")
        body = "\n\n".join(p.strip() for p in lines[1:] if p.strip())
        out.append({"key": f"bbc-politics-{f.stem}", "title": lines[0].strip(), "body": body, "lang": "en",
                    "published": None, "url": f"https://news.bbc.co.uk/politics/{f.stem}", "outlet": "BBC News"})
    return out


_SENT = re.compile(r"(?<=[.!?])\s+")


def sentences(body: str) -> set[str]:
    return {" ".join(x.split()).lower() for p in paragraphs(body) for x in _SENT.split(p) if len(x.split()) >= 6}


def source_duplicates(originals: list[dict]) -> dict[str, str]:
    """Originals that the source itself repeats (a wire story run twice, an update sharing most of its
    sentences verbatim) belong to one group in the truth: key -> group key. The test is exact
    sentence overlap (at least half of the shorter article's sentences of six or more words), a
    different measure from the MinHash word shingles under test."""
    sents = {a["key"]: sentences(a["body"]) for a in originals}
    parent = {a["key"]: a["key"] for a in originals}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    index: dict[str, list[str]] = {}
    for k, ss in sents.items():
        for x in ss:
            index.setdefault(x, []).append(k)
    shared: dict[tuple[str, str], int] = {}
    for keys in index.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                shared[(a, b)] = shared.get((a, b), 0) + 1
    for (a, b), n in shared.items():
        if n >= 0.5 * min(len(sents[a]), len(sents[b])):
            parent[find(b)] = find(a)
    return {k: find(k) for k in parent}


def paragraphs(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


def reformat(a: dict, rng: random.Random) -> dict:
    paras = paragraphs(a["body"])
    merged: list[str] = []
    for p in paras:  # merge some neighbours, split some long ones at a sentence end
        if merged and rng.random() < 0.3:
            merged[-1] += " " + p
        elif len(p) > 300 and rng.random() < 0.5:
            cut = p.find(". ", len(p) // 2)
            merged += [p[: cut + 1], p[cut + 2 :]] if cut > 0 else [p]
        else:
            merged.append(p)
    body = "\n\n".join(merged)
    body = body.replace('"', "\u201c", 1).replace("  ", " ") if rng.random() < 0.5 else body.replace("\u201c", '"').replace("\u201d", '"')
    return {**a, "title": a["title"].upper() if rng.random() < 0.5 else f"{a['title']} | {rng.choice(PARTNERS)}", "body": body}


def truncate(a: dict, rng: random.Random) -> dict:
    paras = paragraphs(a["body"])
    keep = max(2, round(len(paras) * rng.uniform(0.55, 0.85)))
    return {**a, "body": "\n\n".join(paras[:keep])}


def boilerplate(a: dict, rng: random.Random, others: list[dict]) -> dict:
    paras = paragraphs(a["body"])
    for _ in range(rng.randint(1, 2)):
        other = rng.choice(others)
        paras.insert(rng.randint(1, max(1, len(paras) - 1)), READ_ALSO[a["lang"]].format(other["title"]))
    partner = rng.choice(PARTNERS)
    if rng.random() < 0.5:
        paras[0] = f"{partner.upper()} - {paras[0]}"
    paras.append(rng.choice(FOOTER[a["lang"]]).format(partner))
    return {**a, "body": "\n\n".join(paras), "outlet": partner}


def updated(a: dict, rng: random.Random, others: list[dict]) -> dict:
    other = rng.choice(others)
    extra = paragraphs(other["body"])[-1]
    return {**a, "body": a["body"] + "\n\n" + extra}


def retitled(a: dict, rng: random.Random) -> dict:
    return {**a, "title": f"{rng.choice(PARTNERS)}: {a['title']}", "outlet": rng.choice(PARTNERS)}


def item(a: dict, group: str, kind: str, n: int) -> dict:
    key = a["key"] if kind == "original" else f"{a['key']}~{kind}{n}"
    host = re.sub(r"\W+", "", (a.get("outlet") or "x").lower())
    url = a["url"] if kind in ("original", "translated_original") else f"https://{host}.example/{key}"
    return {"key": key, "group": group, "kind": kind, "lang": a["lang"], "published": a["published"], "url": url,
            "outlet": a.get("outlet"), "text": f"{a['title']}\n\n{a['body']}"}


def translations() -> list[dict]:
    spec = json.loads(TRANSLATIONS.read_text(encoding="utf-8"))
    out = []
    for pair in spec["pairs"]:
        orig_path = (TRANSLATIONS.parent / pair["original"]).resolve()
        gold = json.loads(orig_path.with_name(orig_path.name[: -len(".txt")] + ".gold.json").read_text(encoding="utf-8"))
        group = f"dev-{orig_path.stem}"
        out.append({"key": group, "group": group, "kind": "translated_original", "lang": gold["lang"],
                    "published": gold["published"], "url": None, "outlet": None,
                    "text": orig_path.read_text(encoding="utf-8")})
        out.append({"key": f"tr-{Path(pair['translation']).stem}", "group": group, "kind": "translation",
                    "lang": pair["lang"], "published": pair["published"], "url": None, "outlet": None,
                    "text": (TRANSLATIONS.parent / "translations" / pair["translation"]).read_text(encoding="utf-8")})
    return out


def build(n_detik: int, n_bbc: int, n_copies: int) -> list[dict]:
    data = shared_data()
    rng = random.Random(SEED)
    originals = detik(data, n_detik) + bbc(data, n_bbc)
    truth = source_duplicates(originals)
    items = [item(a, truth[a["key"]], "original", 0) for a in originals]
    for n, a in enumerate(rng.sample(originals, min(n_copies, len(originals)))):
        same_lang = [o for o in originals if o["lang"] == a["lang"] and o is not a]
        makers = [
            ("reformatted", lambda: reformat(a, rng)), ("truncated", lambda: truncate(a, rng)),
            ("boilerplate", lambda: boilerplate(a, rng, same_lang)), ("updated", lambda: updated(a, rng, same_lang)),
            ("retitled", lambda: retitled(a, rng)),
        ]
        for kind, make in rng.sample(makers, rng.randint(1, 3)):
            items.append(item(make(), truth[a["key"]], kind, n))
    items += translations()
    rng.shuffle(items)
    return items


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--detik", type=int, default=200)
    ap.add_argument("--bbc", type=int, default=150)
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    items = build(args.detik, args.bbc, args.copies)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for it in items:
        kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
    print(f"{len(items)} articles -> {args.out}: {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
