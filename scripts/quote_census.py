"""Quote census on unlabelled Indonesian (or English BBC) news that is not in gold/dev, for error analysis.

    .venv/bin/python scripts/quote_census.py --n 150 > /tmp/census.txt   # corpus: KABAR_SHARED or ../shared
    .venv/bin/python scripts/quote_census.py --corpus detik-pol --n 60 --dump /tmp/before.jsonl
    .venv/bin/python scripts/quote_census.py --corpus indosum --n 40 --dump /tmp/before-indosum.jsonl
    .venv/bin/python scripts/quote_census.py --unread --n 60 --skip 1 --dump /tmp/b.jsonl  # fresh detik rows
    .venv/bin/python scripts/quote_census.py --corpus bbc --section politics --n 60 --skip 0 --dump /tmp/bbc.jsonl
    .venv/bin/python scripts/quote_census.py --diff /tmp/before.jsonl /tmp/after.jsonl

Runs the whole pipeline on ``--n`` articles spread over the corpus and prints, per paragraph that holds
a quote or a cue word, the paragraph and kabar's quotes in it (speaker | cue | kind | content), and marks
paragraphs with a quotation mark or a cue word that no quote covers (``UNCOVERED``), so wrong and missed
quotes can be counted by reading. Corpora: ``detik`` (every k-th detik-2025 row), ``detik-pol`` (every
k-th detik-2025 row on news.detik.com whose aspect is politics/public policy or law/crime), ``indosum``
(IndoSum dev ``tajuk utama`` articles in a fixed hashed order), ``nerp`` / ``csui`` (IndoNLU NERP train and UD
Indonesian-CSUI train sentences as pseudo-articles of 10 consecutive sentences, one per paragraph; ``--skip``/``--n``
count pseudo-articles, so ``--skip 336 --n 336`` is NERP sentences 3360-6719), ``bbc`` (English: BBC News 2004-2005 articles
of ``--section``, default politics, in a fixed hashed order of their file names, so that ``--skip`` gives disjoint
slices); gold/dev articles are skipped in all.
``--dump`` also writes the quotes as JSON lines, and ``--diff OLD NEW`` prints the quotes that differ
between two dumps (for counting a change's right and wrong effects). The corpus is research-only:
nothing of it is written to the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402  (benchmarks/corpora.py: the census text readers)
import make_dev_texts as mdt  # noqa: E402

POLITICS_LAW = ("Politik & Kebijakan Publik", "Hukum & Kriminalitas")


# detik-2025 slices read by earlier rounds (docs/quotes.md): ``--n`` 150, 80, 100, 300 of ``detik`` and
# every ``detik-pol`` article; ``--unread`` leaves them all out.
READ_DETIK_N = (150, 80, 100, 300)


def nerp_sentences(split: str = "train") -> list[str]:
    """IndoNLU NERP (nerp_ner-prosa) sentences, detokenised; the source is lower-cased, so each sentence's first
    letter and each word the corpus tags as a person, place or organisation (PPL, PLC, IND) are raised."""
    path = mdt.shared_root() / "ner-id" / "indonlu" / "dataset" / "nerp_ner-prosa" / f"{split}_preprocess.txt"
    sents = []
    for sent in corpora.tagged_token_sentences(path):
        # names of people, places and bodies as written in news (the source lower-cases)
        t, _ = corpora.print_join([tok[:1].upper() + tok[1:] if tag[2:] in ("PPL", "PLC", "IND") and tok[:1].isalpha() else tok
                    for tok, tag in sent])
        sents.append(t[:1].upper() + t[1:])
    return sents


def csui_sentences(split: str = "train") -> list[str]:
    """UD Indonesian-CSUI sentences (their ``# text =`` lines)."""
    return corpora.conllu_texts(mdt.shared_root() / "ud" / "indonesian-csui" / f"id_csui-ud-{split}.conllu")


def pseudo_articles(name: str, sents: list[str], n: int, skip: int, size: int = 10) -> list[tuple[str, str]]:
    """Sentence corpora as pseudo-articles of ``size`` consecutive sentences, one paragraph each: article k holds
    sentences [k*size, (k+1)*size); ``skip``/``n`` count articles."""
    out = []
    for k in range(skip, skip + n):
        chunk = sents[k * size:(k + 1) * size]
        if not chunk:
            break
        out.append((f"{name}-{k * size}", "\n\n".join(chunk)))
    return out


def articles(n: int, corpus: str = "detik", skip: int = 0, section: str = "politics",
             unread: bool = False) -> list[tuple[str, str]]:
    """``n`` articles of the corpus outside gold/dev, as (census id, text)."""
    if corpus == "nerp":
        return pseudo_articles("nerp", nerp_sentences(), n, skip)
    if corpus == "csui":
        return pseudo_articles("csui", csui_sentences(), n, skip)
    if corpus == "indosum":
        seen: dict[str, dict] = {}
        for path in sorted((mdt.shared_root() / "corpora" / "indosum-dev" / "indosum").glob("dev.0*.jsonl")):
            for line in path.open(encoding="utf-8"):
                art = json.loads(line)
                if art["id"] not in mdt.INDOSUM and art["id"] not in seen and art.get("category") == "tajuk utama":
                    seen[art["id"]] = art
        arts = sorted(seen.values(), key=lambda a: hashlib.sha1(a["id"].encode()).hexdigest())[skip:skip + n]
        return [(a["id"], mdt.indosum_text(a, a["id"].split("-", 1)[1].replace("-", " "))) for a in arts]
    if corpus in ("gum-fresh", "evloc"):  # session 26 (polnear26): English census text outside gold/dev
        docs = corpora.gum_fresh_docs() if corpus == "gum-fresh" else corpora.event_location_sentences()
        return docs[skip:skip + n]
    if corpus == "ewt-train":  # session 27 (polnear27): UD English-EWT train weblog, newsgroup and email documents
        return corpora.ewt_train_docs()[skip:skip + n]
    if corpus == "ngec":  # session 27 (polnear27): NGEC synthetic stories, one article each (``--skip`` counts stories)
        return corpora.ngec_synthetic_stories()[skip:skip + n]
    if corpus == "bbc":
        root = mdt.shared_root() / "corpora" / "bbc-news" / "news" / section
        used = {slug for sec, slug in mdt.BBC if sec == section}
        slugs = sorted((f.stem for f in root.glob("*.txt") if f.stem not in used),
                       key=lambda s: hashlib.sha1(f"{section}/{s}".encode()).hexdigest())[skip:skip + n]
        return [(f"bbc-{section}-{s}", mdt.bbc_text(mdt.shared_root(), section, s)) for s in slugs]
    gold = set(mdt.DETIK_IDS)
    rows = [r for r in mdt.detik_rows(mdt.shared_root()) if r.get("isi_berita") and r["id"] not in gold]
    if corpus == "detik-pol":
        rows = [r for r in rows if r.get("aspek_target") in POLITICS_LAW and "news.detik.com" in r.get("tautan", "")]
    if unread and corpus == "detik":
        pol = {r["id"] for r in rows if r.get("aspek_target") in POLITICS_LAW and "news.detik.com" in r.get("tautan", "")}
        seen = set()
        for k in READ_DETIK_N:
            seen |= {r["id"] for r in rows[::max(1, len(rows) // k)][:k]}
        rows = [r for r in rows if r["id"] not in pol and r["id"] not in seen]
    rows = rows[skip:]
    step = max(1, len(rows) // n)
    copies = mdt.detik_gold_copies(mdt.detik_rows(mdt.shared_root()))  # copies of gold articles: never read
    return [(f"detik-{r['id']}", mdt.detik_text(r)) for r in rows[::step][:n] if r["id"] not in copies]


def _para(text: str, at: int) -> str:
    s = text.rfind("\n\n", 0, at) + 2 if text.rfind("\n\n", 0, at) >= 0 else 0
    e = text.find("\n\n", at)
    return text[s:e if e >= 0 else len(text)].strip()


def _key(q: dict) -> tuple:
    return (q["speaker"], q["kind"], q["text"])


def diff(old_path: str, new_path: str) -> int:
    old = {json.loads(l)["id"]: json.loads(l) for l in open(old_path, encoding="utf-8")}
    new = {json.loads(l)["id"]: json.loads(l) for l in open(new_path, encoding="utf-8")}
    n_changed = 0
    for art_id, a in new.items():
        b = old.get(art_id)
        if b is None:
            continue
        okeys = {_key(q) for q in b["quotes"]}
        nkeys = {_key(q) for q in a["quotes"]}
        gone = [q for q in b["quotes"] if _key(q) not in nkeys]
        came = [q for q in a["quotes"] if _key(q) not in okeys]
        if not gone and not came:
            continue
        print(f"\n######## {art_id}")
        # pair a gone quote with a new one at the same cue (a changed quote)
        for q in came:
            at = q["cue_start"] if q["cue_start"] is not None else q["start"]
            twin = next((g for g in gone if g["cue_start"] == q["cue_start"] and q["cue_start"] is not None), None)
            n_changed += 1
            print("P: " + _para(a["text"], at)[:700])
            if twin:
                gone.remove(twin)
                print(f"  - {twin['speaker']!r} | {twin['cue']!r} | {twin['kind']} | {twin['text'][:220]}")
            print(f"  + {q['speaker']!r} | {q['cue']!r} | {q['kind']} | {q['text'][:220]}")
        for g in gone:
            n_changed += 1
            at = g["cue_start"] if g["cue_start"] is not None else g["start"]
            print("P: " + _para(b["text"], at)[:700])
            print(f"  - {g['speaker']!r} | {g['cue']!r} | {g['kind']} | {g['text'][:220]}")
    print(f"\n{n_changed} quotes changed, new or gone")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--unread", action="store_true", help="detik: leave out the slices earlier rounds read")
    ap.add_argument("--corpus", choices=("detik", "detik-pol", "indosum", "bbc", "gum-fresh", "evloc", "ewt-train", "ngec", "nerp", "csui"),
                    default="detik")
    ap.add_argument("--section", default="politics", help="bbc: the BBC News section (desk)")
    ap.add_argument("--dump", help="also write the quotes as JSON lines here")
    ap.add_argument("--published", help="publication date given to every article (the BBC corpus has none; its "
                    "articles are from 2004-2005): dated office-holders then count (session 12)")
    ap.add_argument("--attribution", choices=("speech", "wide"), default="speech",
                    help="the quotes stage's mode (wide: also beliefs, intentions, stances, ...; docs/quotes.md)")
    ap.add_argument("--reported-requests", action="store_true",
                    help="turn on [stages.quotes] reported_requests (Indonesian requests with a clause; session 26)")
    ap.add_argument("--diff", nargs=2, metavar=("OLD", "NEW"), help="print the quotes that differ between two dumps")
    a = ap.parse_args(argv)
    if a.diff:
        return diff(*a.diff)
    from kabar.lang import pack
    from kabar.pipeline import Pipeline, default_config, default_pipeline
    from kabar.record import Article

    lang = "en" if a.corpus in ("bbc", "gum-fresh", "evloc", "ewt-train", "ngec") else "id"
    data = pack(lang).data("quotes")
    cues = sorted({w.lower() for k in ("speech_verbs", "inverted", "according") for w in data.get(k, [])}, key=len, reverse=True)
    cue_re = re.compile(r"\b(" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)
    marks = re.compile(r"[\"“”]")
    if a.attribution == "speech" and not a.reported_requests:
        pipe = default_pipeline()
    else:
        config = default_config()
        config["stages"]["quotes"]["attribution"] = a.attribution
        if a.reported_requests:
            config["stages"]["quotes"]["reported_requests"] = True
        pipe = Pipeline(config)
    total = 0
    dump = open(a.dump, "w", encoding="utf-8") if a.dump else None
    for art_id, text in articles(a.n, a.corpus, a.skip, a.section, a.unread):
        rec = pipe(Article.new(text, lang=lang, published=a.published) if a.published else Article.new(text, lang=lang))
        print(f"\n######## {art_id}  ({len(rec.quotes)} quotes)")
        total += len(rec.quotes)
        text = rec.text  # cleaning may have changed the text: quote offsets are the record's
        if dump:
            qs = [{"speaker": q.speaker_name, "cue": q.cue, "kind": q.kind, "text": q.text, "start": q.start,
                   "end": q.end, "cue_start": q.cue_start, **({"attribution": q.attribution} if q.attribution else {})}
                  for q in rec.quotes]
            dump.write(json.dumps({"id": art_id, "text": text, "quotes": qs}, ensure_ascii=False) + "\n")
        pos = 0
        for para in text.split("\n\n"):
            s, e = text.index(para, pos), text.index(para, pos) + len(para)
            pos = e
            qs = [q for q in rec.quotes if (q.start < e and s < q.end) or (q.cue_start is not None and s <= q.cue_start < e)]
            hint = bool(marks.search(para) or cue_re.search(para))
            if not qs and not hint:
                continue
            print(("UNCOVERED " if not qs else "") + "P: " + para.strip()[:600])
            for q in qs:
                print(f"   Q {q.speaker_name!r} | {q.cue!r} | {q.kind} | {q.text[:200]}")
    print(f"\n{total} quotes")
    if dump:
        dump.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
