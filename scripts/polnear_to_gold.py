"""Convert PolNeAR (brat Source/Cue/Content attributions) to kabar-gold/1 quotes and score kabar on it.

PolNeAR has no stated license (research use only), so the gold files go to a
git-ignored folder (``build/polnear-dev/`` by default) and point at the texts in
``../shared/data`` instead of copying them.

    .venv/bin/python scripts/polnear_to_gold.py                 # convert the dev split
    .venv/bin/python scripts/polnear_to_gold.py --score         # convert, run kabar, print figures
    .venv/bin/python scripts/polnear_to_gold.py --score --limit 20

Conversion: one annotator per document (the first ``.ann`` by name); each
Attribution relation becomes a quote with ``speaker`` = the Source span text
(null for Attribution-no-source, which are optional), ``cue`` = the Cue text,
``text`` = the Content without quotation marks that wrap it whole, ``kind``
from the marks in the content. Each document's gold ``entities`` list makes
the source strings that share a capitalised last word aliases of each other
("Trump", "Donald Trump", "Mr. Trump"), since PolNeAR gives no coreference.

Scoring (printed with counts):
- GOLD.md quotes: kabar's own scorer (``kabar.evaluate.scoring.score_quotes``) on these gold
  files: speaker name must equal the Source text or an alias. A pronoun Source ("he") can
  only match an unresolved pronoun, so this figure punishes resolving pronouns.
- content F1: the same matching without the speaker condition (detection quality).
- span-speaker F1 (headline): content match plus a speaker check that follows the span: the
  predicted speaker is right when the gold Source span overlaps a mention of the predicted
  speaker entity (coreference included), or when the predicted name and the Source text
  share their last name word, or the folded strings contain each other.
- speaker accuracy: span-speaker correctness over content-matched pairs. For a pronoun Source
  ("he") the check can only follow the coref stage's mentions, so it rewards agreeing with coref;
  ``speaker_accuracy_non_pronoun_sources`` counts only pairs whose Source is not a pronoun.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

QUOTE_OPEN = "“\"„«‘'"
QUOTE_CLOSE = "”\"“»’'"
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "them", "his", "her", "their", "one"}


def shared_root() -> Path:
    env = os.environ.get("KABAR_SHARED")
    base = Path(env) if env else ROOT.parent / "shared"
    root = base / "data" / "quotes-en" / "polnear"
    if not root.is_dir():
        sys.exit(f"PolNeAR not found at {root}: this script needs ../shared/data (or KABAR_SHARED)")
    return root


def read_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[dict[str, list[str]]], list[str]]:
    spans, rels, kinds = {}, [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, mid, surface = (line.split("\t") + ["", ""])[:3]
            label, _, offs = mid.partition(" ")
            frags = [tuple(int(x) for x in f.split()) for f in offs.split(";")]
            spans[tid] = (label, frags, surface)
        elif line.startswith("E"):
            _, body = line.split("\t", 1)
            parts: dict[str, list[str]] = defaultdict(list)
            head = None
            for item in body.split():
                role, _, ref = item.partition(":")
                role = re.sub(r"\d+$", "", role)
                if head is None:
                    head = role
                    continue
                parts[role].append(ref)
            rels.append(parts)
            kinds.append(head or "")
    return spans, rels, kinds


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").casefold()
    s = re.sub(r"[-‐‑–—]", " ", s)
    return " ".join(s.split())


def strip_wrap(text: str) -> tuple[str, str]:
    t = text.strip()
    core = t.rstrip(" .,;:")
    if len(core) >= 2 and core[0] in QUOTE_OPEN and core[-1] in QUOTE_CLOSE and not any(
            ch in QUOTE_OPEN + QUOTE_CLOSE for ch in core[1:-1] if ch not in "'’"):
        return "direct", core[1:-1].strip().rstrip(",").strip()
    if any(ch in t for ch in "“”\"«»"):
        return "mixed", t
    return "indirect", t


def last_cap(s: str) -> str | None:
    caps = [w for w in re.findall(r"[\w.'’-]+", s) if w[:1].isupper() and w.lower() not in ("mr.", "mrs.", "ms.", "dr.", "sen.", "gov.")]
    return fold(caps[-1]).rstrip(".") if caps else None


def metadata(root: Path) -> dict[str, dict[str, str]]:
    with open(root / "data" / "metadata.tsv", encoding="utf-8") as f:
        return {row["filename"]: row for row in csv.DictReader(f, delimiter="\t")}


def convert(split: str, out: Path, limit: int | None = None) -> list[Path]:
    root = shared_root()
    meta = metadata(root)
    texts = sorted((root / "data" / split / "text").glob("*.txt"))[: limit or None]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for tpath in texts:
        doc = tpath.stem
        anns = sorted((root / "data" / split / "attributions").glob(f"{doc}_*.ann"))
        if not anns:
            continue
        text = tpath.read_text(encoding="utf-8")
        spans, rels, kinds = read_ann(anns[0])
        quotes = []
        for parts, head in zip(rels, kinds):
            if not parts.get("Content"):
                continue
            frags = [f for ref in parts["Content"] for f in spans[ref][1]]
            content = " ".join(text[s:e] for s, e in sorted(frags))
            kind, body = strip_wrap(content)
            src = [f for ref in parts.get("Source", []) for f in spans[ref][1]]
            cue = [f for ref in parts.get("Cue", []) for f in spans[ref][1]]
            speaker = " ".join(text[s:e] for s, e in sorted(src)) if src else None
            q = {"speaker": speaker, "kind": kind, "cue": " ".join(text[s:e] for s, e in sorted(cue)) or None,
                 "text": body, "content_span": [min(s for s, _ in frags), max(e for _, e in frags)],
                 "source_spans": sorted(src)}
            if speaker is None:
                q["optional"] = True
            quotes.append(q)
        names = sorted({q["speaker"] for q in quotes if q["speaker"]})
        entities = []
        for n in names:
            key = last_cap(n)
            aliases = sorted({m for m in names if m != n and key and last_cap(m) == key})
            entities.append({"type": "PER", "name": n, "aliases": aliases, "actor": None, "optional": True})
        rel = os.path.relpath(tpath, out)
        m = meta.get(doc, {})
        gold = {"format": "kabar-gold/1", "id": doc, "file": rel, "lang": "en",
                "published": m.get("publication_date") or None, "title": text.split("\n", 1)[0].strip(),
                "original_outlet": None, "removed": [], "entities": entities, "quotes": quotes,
                "events": [], "dates": [], "quantities": [],
                "note": "PolNeAR dev (research use only; not for redistribution). Annotator file: " + anns[0].name}
        p = out / f"{doc}.gold.json"
        p.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(p)
    return written


# ---------------------------------------------------------------- scoring


def span_speaker_ok(pred: dict, gold: dict, record) -> bool:
    if gold.get("speaker") is None:
        return pred.get("speaker_name") is None
    gname, pname = fold(gold["speaker"]), fold(pred.get("speaker_name") or "")
    if not pname:
        return False
    if pname == gname or (len(pname) > 3 and (pname in gname or gname in pname)):
        return True
    lp, lg = last_cap(pred.get("speaker_name") or ""), last_cap(gold["speaker"])
    if lp and lg and lp == lg:
        return True
    ent = record.entity(pred.get("speaker")) if pred.get("speaker") else None
    if ent is not None:
        for s, e in gold.get("source_spans", []):
            if any(m.start < e and s < m.end for m in ent.mentions):
                return True
    return False


def score(gold_paths: list[Path], verbose: bool = False) -> dict:
    from kabar.evaluate.scoring import NameBook, score_quotes, token_f1
    from kabar import stages as registry
    from kabar.pipeline import Pipeline
    from kabar.record import Article

    # keep PolNeAR's offsets: the text goes in as is (no language id, no cleaning)
    wanted = ("segment", "entities", "actors", "coref", "syntax", "quotes")
    pipe = Pipeline(only=[n for n in wanted if n in registry.names()])
    strict = {"matched": 0, "pred": 0, "gold": 0}
    content = {"matched": 0, "pred": 0, "gold": 0}
    spansp = {"matched": 0, "pred": 0, "gold": 0}
    kind_ok = [0, 0]
    spk = [0, 0]
    spk_named = [0, 0]
    t_all = 0.0
    for gp in gold_paths:
        g = json.loads(gp.read_text(encoding="utf-8"))
        text = (gp.parent / g["file"]).read_text(encoding="utf-8")
        t0 = time.perf_counter()
        rec = pipe(Article.new(text, lang="en", published=g.get("published")))
        t_all += time.perf_counter() - t0
        preds = [q.to_dict() for q in rec.quotes]
        golds = g["quotes"]
        prf, kind = score_quotes(preds, golds, NameBook(g["entities"]))
        strict["matched"] += prf.matched
        strict["pred"] += prf.predicted
        strict["gold"] += prf.gold
        kind_ok[0] += kind.hits
        kind_ok[1] += kind.total
        req = [x for x in golds if not x.get("optional")]
        for bucket, need_speaker in ((content, False), (spansp, True)):
            used = set()
            matched = opt_matched = 0
            for p in preds:
                best, best_f = None, 0.0
                for i, x in enumerate(golds):
                    if i in used:
                        continue
                    f = token_f1(p.get("text"), x.get("text"))
                    if f >= 0.5 and f > best_f and (not need_speaker or span_speaker_ok(p, x, rec)):
                        best, best_f = i, f
                if best is not None:
                    used.add(best)
                    if golds[best].get("optional"):
                        opt_matched += 1
                    else:
                        matched += 1
                    if not need_speaker:
                        spk[1] += 1
                        ok = span_speaker_ok(p, golds[best], rec)
                        spk[0] += ok
                        gsrc = (golds[best].get("speaker") or "").strip().lower()
                        if gsrc and gsrc not in PRONOUNS:  # named or described Source: no coref in the check
                            spk_named[0] += ok
                            spk_named[1] += 1
                        if verbose and not ok:
                            print("SPK", p.get("speaker_name"), "| gold:", golds[best].get("speaker"), "|",
                                  p.get("cue"), "|", (p.get("text") or "")[:80])
                elif verbose and not need_speaker:
                    print("FP ", p.get("speaker_name"), "|", p.get("cue"), "|", (p.get("text") or "")[:100])
            if verbose and not need_speaker:
                for i, x in enumerate(golds):
                    if i not in used and not x.get("optional"):
                        print("FN ", x.get("speaker"), "|", x.get("cue"), "|", x["text"][:100])
            bucket["matched"] += matched
            bucket["pred"] += len(preds) - opt_matched
            bucket["gold"] += len(req)
    def prf_of(d):
        p = d["matched"] / d["pred"] if d["pred"] else 0.0
        r = d["matched"] / d["gold"] if d["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3), **d}
    return {"articles": len(gold_paths), "gold_md_quotes": prf_of(strict), "kind_agrees": [kind_ok[0], kind_ok[1]],
            "content_only": prf_of(content), "span_speaker": prf_of(spansp), "speaker_accuracy": [spk[0], spk[1]],
            "speaker_accuracy_non_pronoun_sources": [spk_named[0], spk_named[1]],
            "pipeline_seconds": round(t_all, 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train", "annotator-training"])
    ap.add_argument("--out", default=str(ROOT / "build" / "polnear-dev"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--score", action="store_true", help="run kabar on the texts and print the figures")
    ap.add_argument("--verbose", action="store_true", help="list false positives and misses")
    a = ap.parse_args(argv)
    out = Path(a.out)
    if a.split != "dev" and a.out == str(ROOT / "build" / "polnear-dev"):
        out = ROOT / "build" / f"polnear-{a.split}"
    paths = convert(a.split, out, a.limit)
    n = sum(len(json.loads(p.read_text())["quotes"]) for p in paths)
    print(f"wrote {len(paths)} gold files ({n} quotes) to {out}")
    if a.score:
        res = score(paths, a.verbose)
        print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
