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
- span-speaker in PolNeAR's units (``span_speaker_polnear_units``, session 30): the same, after joining each
  continued quotation (``"A," X said. "B."``: two kabar items by house style, one PolNeAR attribution) to the item
  before it (``join_continued``); a convention figure beside the headline, not a replacement of it.
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
from typing import Optional

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


def convert(split: str, out: Path, limit: int | None = None, skip: int = 0) -> list[Path]:
    root = shared_root()
    meta = metadata(root)
    texts = sorted((root / "data" / split / "text").glob("*.txt"))[skip:][: limit or None]
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
                 "source_spans": sorted(src), "cue_spans": sorted(cue)}
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
    if gname in RELATIVE_SOURCES and gold.get("source_spans"):
        # PolNeAR marks the relative pronoun as the Source ("John O'Donnell, a former casino executive, who said
        # ..."): the speaker is its antecedent, the last name before the pronoun (an apposition read through)
        a, b = antecedent_window(record.text, gold["source_spans"][0][0])
        if a < b:
            held = sorted(record.mentions_in(a, b), key=lambda t: (t[1].end, t[1].start))
            if held and ent is not None and held[-1][0] is ent:
                return True
            if lp and lp == last_cap(record.text[a:b]):
                return True
    return False


RELATIVE_SOURCES = {"who", "which", "that"}


def antecedent_window(text: str, rel: int) -> tuple[int, int]:
    """The phrase a relative pronoun at ``rel`` hangs on: back to the comma before it, and over one more comma when
    that phrase is an apposition (it opens lower case: "a former senior adviser"); never past the sentence."""
    floor = max(text.rfind(ch, 0, rel) for ch in ".!?\n;:")
    floor = max(floor, rel - 200)
    e = rel
    while e > floor + 1 and text[e - 1] in " ,\u00a0":
        e -= 1
    for _ in range(2):
        c = text.rfind(",", floor + 1, e)
        start = max(c, floor) + 1
        seg = text[start:e].strip()
        if seg[:1].islower() and c > floor:
            e = c
            continue
        return start, e
    return e, e


def offset_map(orig: str, norm: str) -> list[int]:
    """Offset in ``orig`` -> offset in ``norm``, for a ``norm`` made by deleting characters (control characters,
    the CR of CRLF); a character that differs and is not deleted counts as replaced."""
    out = [0] * (len(orig) + 1)
    j = 0
    for i, ch in enumerate(orig):
        out[i] = j
        if j < len(norm) and norm[j] == ch:
            j += 1
        elif j < len(norm) and i + 1 < len(orig) and orig[i + 1] == norm[j]:
            continue  # deleted
        elif j < len(norm):
            j += 1  # replaced
    out[len(orig)] = j
    return out


def shift_offsets(golds: list[dict], m: list[int]) -> list[dict]:
    """Gold quotes with their character spans moved by the offset map ``m`` (copies; the files are not touched)."""
    out = []
    for x in golds:
        y = dict(x)
        for key in ("source_spans", "cue_spans"):
            if y.get(key):
                y[key] = [[m[a], m[b]] for a, b in y[key]]
        if y.get("content_span"):
            a, b = y["content_span"]
            y["content_span"] = [m[a], m[b]]
        out.append(y)
    return out


def match_content(preds: list[dict], golds: list[dict], accept=None) -> dict[int, int]:
    """Prediction index -> gold index: each prediction in turn takes the gold quote not taken yet whose
    content it overlaps best (token F1 of at least 0.5), among those ``accept(pred, gold)`` allows."""
    from kabar.evaluate.scoring import token_f1

    pair: dict[int, int] = {}
    used: set[int] = set()
    for pi, p in enumerate(preds):
        best, best_f = None, 0.0
        for i, x in enumerate(golds):
            if i in used:
                continue
            f = token_f1(p.get("text"), x.get("text"))
            if f >= 0.5 and f > best_f and (accept is None or accept(p, x)):
                best, best_f = i, f
        if best is not None:
            used.add(best)
            pair[pi] = best
    return pair


def join_continued(text: str, preds: list[dict]) -> list[dict]:
    """PolNeAR's unit for ``"A," X said. "B."``: one attribution whose content is both stretches; kabar's house style
    (gold/dev's, ``split_continued_quotes``) gives two items, the second with the cue's text and no cue offsets.
    Each such continuation in the same paragraph is joined to the item before it when both have the same speaker
    and cue (session 30, polnear30: a figure apart, ``span_speaker_polnear_units``; the headline keeps kabar's
    items)."""
    out: list[dict] = []
    for p in preds:
        prev = out[-1] if out else None
        if prev is not None and p.get("cue_start") is None and p.get("cue") and p.get("cue") == prev.get("cue") and \
                p.get("speaker_name") == prev.get("speaker_name") and p.get("start") is not None and \
                prev.get("end") is not None and prev["end"] <= p["start"] and "\n" not in text[prev["end"]:p["start"]]:
            out[-1] = dict(prev, text=f"{prev.get('text') or ''} {p.get('text') or ''}", end=p["end"])
            continue
        out.append(p)
    return out


def tally(bucket: dict, pair: dict[int, int], n_pred: int, golds: list[dict], n_required: int) -> None:
    """Add one document's content pairs to a matched/pred/gold bucket: a pair with an optional gold counts in neither
    matched nor predicted, and the gold counts only the required attributions."""
    optional = sum(1 for gi in pair.values() if golds[gi].get("optional"))
    bucket["matched"] += len(pair) - optional
    bucket["pred"] += n_pred - optional
    bucket["gold"] += n_required


def score(gold_paths: list[Path], verbose: bool = False, sink=None, attribution: str = "speech") -> dict:
    from kabar.evaluate.scoring import NameBook, score_quotes
    from kabar import stages as registry
    from kabar.pipeline import Pipeline, default_config
    from kabar.record import Article

    # keep PolNeAR's offsets: the text goes in as is (no language id, no cleaning)
    wanted = ("segment", "entities", "actors", "coref", "syntax", "quotes")
    config = default_config()
    config["stages"]["quotes"]["attribution"] = attribution
    pipe = Pipeline(config, only=[n for n in wanted if n in registry.names()])
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # attribution kind -> [span-speaker matched, predicted]
    strict = {"matched": 0, "pred": 0, "gold": 0}
    content = {"matched": 0, "pred": 0, "gold": 0}
    spansp = {"matched": 0, "pred": 0, "gold": 0}
    units = {"matched": 0, "pred": 0, "gold": 0}  # span speaker with continued quotes joined (join_continued)
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
        if rec.text != text:  # the record drops control characters (mojibake "Ã\x83Â¡"): gold offsets follow it
            golds = shift_offsets(golds, offset_map(text, rec.text))
        if sink is not None:
            sink(g, text, rec, preds, golds)
        prf, kind = score_quotes(preds, golds, NameBook(g["entities"]))
        strict["matched"] += prf.matched
        strict["pred"] += prf.predicted
        strict["gold"] += prf.gold
        kind_ok[0] += kind.hits
        kind_ok[1] += kind.total
        req = [x for x in golds if not x.get("optional")]
        joined = join_continued(rec.text, preds)
        tally(units, match_content(joined, golds, lambda p, x: span_speaker_ok(p, x, rec)), len(joined), golds, len(req))
        for bucket, need_speaker in ((content, False), (spansp, True)):
            pair = match_content(preds, golds, (lambda p, x: span_speaker_ok(p, x, rec)) if need_speaker else None)
            for pi, p in enumerate(preds):
                if pi in pair and not need_speaker:
                    gold = golds[pair[pi]]
                    spk[1] += 1
                    ok = span_speaker_ok(p, gold, rec)
                    spk[0] += ok
                    gsrc = (gold.get("speaker") or "").strip().lower()
                    if gsrc and gsrc not in PRONOUNS:  # named or described Source: no coref in the check
                        spk_named[0] += ok
                        spk_named[1] += 1
                    if verbose and not ok:
                        print("SPK", p.get("speaker_name"), "| gold:", gold.get("speaker"), "|",
                              p.get("cue"), "|", (p.get("text") or "")[:80])
                elif verbose and not need_speaker:
                    print("FP ", p.get("speaker_name"), "|", p.get("cue"), "|", (p.get("text") or "")[:100])
            if verbose and not need_speaker:
                used = set(pair.values())
                for i, x in enumerate(golds):
                    if i not in used and not x.get("optional"):
                        print("FN ", x.get("speaker"), "|", x.get("cue"), "|", x["text"][:100])
            if need_speaker:
                for pi, p in enumerate(preds):
                    k = p.get("attribution") or "statement"
                    by_kind[k][1] += 1
                    by_kind[k][0] += pi in pair
            tally(bucket, pair, len(preds), golds, len(req))
    def prf_of(d):
        p = d["matched"] / d["pred"] if d["pred"] else 0.0
        r = d["matched"] / d["gold"] if d["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3), **d}
    return {"articles": len(gold_paths), "gold_md_quotes": prf_of(strict), "kind_agrees": [kind_ok[0], kind_ok[1]],
            "content_only": prf_of(content), "span_speaker": prf_of(spansp),
            "span_speaker_polnear_units": prf_of(units), "speaker_accuracy": [spk[0], spk[1]],
            "speaker_accuracy_non_pronoun_sources": [spk_named[0], spk_named[1]],
            "attribution": attribution, "by_kind_matched_predicted": {k: v for k, v in sorted(by_kind.items())},
            "pipeline_seconds": round(t_all, 2)}


# ---------------------------------------------------------------- error classes (train split only)

PASSIVE = re.compile(r"\b(was|were|is|are|been|be|being)\s+(\w+ly\s+)?\w+(ed|en|wn|ld|id|ght)\b", re.I)


class Classifier:
    """Counts error classes per document (``sink`` of ``score``) and keeps one line per error.

    Classes: SPK-* (content found, speaker wrong), SHORT/LONG (a prediction overlaps the gold
    content but matches less than half its words), MISS-* (nothing overlaps; by the cue's form),
    FP-* (a prediction over no gold content). Flags on misses: nested, unquoted, pronoun source.
    """

    def __init__(self):
        from collections import Counter
        from kabar.lang import pack as lang_pack
        self.counts = Counter()
        self.flags = Counter()
        self.cues = defaultdict(Counter)
        self.lines: list[str] = []
        pack = lang_pack("en").data("quotes")
        self.speech = {w.lower() for w in pack.get("speech_verbs", [])} | {w.lower() for w in pack.get("participles", [])}
        self.belief = {w.lower() for w in pack.get("belief", {}).get("verbs", [])}

    def __call__(self, g, text, rec, preds, golds):
        from kabar.text.parse import parse_of
        parse = parse_of(rec)
        pair = match_content(preds, golds)
        used = set(pair.values())
        doc = g["id"][:40]
        for pi, gi in pair.items():
            p, x = preds[pi], golds[gi]
            if span_speaker_ok(p, x, rec):
                continue
            src = (x.get("speaker") or "").strip()
            cls = "SPK-nosource-gold" if not src else "SPK-none" if not p.get("speaker_name") else \
                "SPK-pronoun" if src.lower() in PRONOUNS else "SPK-name"
            self.add(cls, f"{cls}\tpred={p.get('speaker_name')!r}\tgold={src!r}\tcue={p.get('cue')!r}\t{(p.get('text') or '')[:90]}\t[{doc}]")
        gspans = [tuple(x["content_span"]) for x in golds]
        for gi, x in enumerate(golds):
            if gi in used or x.get("optional"):
                continue
            s, e = x["content_span"]
            over = [p for p in preds if p.get("start") is not None and p["start"] < e and s < p["end"]]
            cue = (x.get("cue") or "").strip()
            flags = []
            if any(i != gi and a <= s and e <= b and (a, b) != (s, e) for i, (a, b) in enumerate(gspans)):
                flags.append("nested")
            if x.get("kind") == "indirect":
                flags.append("unquoted")
            if (x.get("speaker") or "").strip().lower() in PRONOUNS:
                flags.append("pronoun-source")
            if over:
                q = max(over, key=lambda p: min(p["end"], e) - max(p["start"], s))
                cls = "SHORT" if (q["end"] - q["start"]) < (e - s) else "LONG"
                detail = f"pred={(q.get('text') or '')[:70]!r}"
            else:
                cls = "MISS-" + self.cue_class(cue, x.get("cue_spans") or [], parse)
                detail = ""
                if cls in ("MISS-noun", "MISS-verb-unknown", "MISS-verb-known", "MISS-other"):
                    self.cues[cls][cue.lower()] += 1
            for f in flags:
                self.flags[f"{cls}:{f}"] += 1
            self.add(cls, f"{cls}\tsrc={x.get('speaker')!r}\tcue={cue!r}\t{','.join(flags)}\t{x['text'][:100]}\t{detail}\t[{doc}]")
        for pi, p in enumerate(preds):
            if pi in pair or p.get("start") is None:
                continue
            if any(a < p["end"] and p["start"] < b for a, b in gspans):
                continue  # counted as SHORT/LONG on the gold side (or a second claim on a gold span)
            self.add("FP", f"FP\tpred={p.get('speaker_name')!r}\tcue={p.get('cue')!r}\t{(p.get('text') or '')[:100]}\t[{doc}]")

    def cue_class(self, cue: str, spans, parse) -> str:
        low = cue.lower()
        if not cue:
            return "nocue"
        if "according" in low:
            return "according"
        if PASSIVE.search(low):
            return "passive"
        words = re.findall(r"[\w’'-]+", low)
        if words and any(w in self.belief for w in words):
            return "belief"
        if parse is not None and spans:
            toks = [t for a, b in spans for t in parse.tokens_in(a, b)]
            poss = {parse.pos[t] for t in toks}
            if toks and not (poss & {"VERB", "AUX"}):
                return "noun" if poss & {"NOUN", "PROPN"} else "other"
        if words and (words[-1] in self.speech or low in self.speech or any(w in self.speech for w in words)):
            return "verb-known"
        return "verb-unknown"

    def add(self, cls: str, line: str) -> None:
        self.counts[cls] += 1
        self.lines.append(line)

    def report(self, path: Optional[Path]) -> dict:
        if path:
            path.write_text("\n".join(sorted(self.lines)) + "\n", encoding="utf-8")
        return {"classes": dict(self.counts.most_common()), "flags": dict(self.flags.most_common(30)),
                "top_cues": {k: ", ".join(f"{c}:{n}" for c, n in v.most_common(40)) for k, v in self.cues.items()}}


def sample(paths: list[Path], n: Optional[int]) -> list[Path]:
    """``n`` documents spread evenly over the split (every k-th by name), all when n is None."""
    if not n or n >= len(paths):
        return paths
    step = len(paths) / n
    return [paths[int(i * step)] for i in range(n)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train", "annotator-training"])
    ap.add_argument("--out", default=str(ROOT / "build" / "polnear-dev"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--skip", type=int, default=0, help="leave out the first N documents (by file name) before --limit")
    ap.add_argument("--score", action="store_true", help="run kabar on the texts and print the figures")
    ap.add_argument("--verbose", action="store_true", help="list false positives and misses")
    ap.add_argument("--sample", type=int, default=None, help="score N documents spread over the split")
    ap.add_argument("--classify", default=None, metavar="FILE",
                    help="count error classes and list the errors to FILE (train split only: dev is the measured set)")
    ap.add_argument("--attribution", choices=("speech", "wide"), default="speech",
                    help="the quotes stage's mode: speech (statements, gold/dev's convention; default) or wide "
                         "(also beliefs, intentions, stances, evaluations, topics, findings: PolNeAR's definition)")
    a = ap.parse_args(argv)
    if a.classify and a.split == "dev":
        ap.error("--classify reads errors: use --split train (dev is the measured set, not for error analysis)")
    out = Path(a.out)
    if a.split != "dev" and a.out == str(ROOT / "build" / "polnear-dev"):
        out = ROOT / "build" / f"polnear-{a.split}"
    if a.skip and a.split == "dev":
        ap.error("--skip picks a slice for error analysis: use --split train")
    paths = sample(convert(a.split, out, a.limit, a.skip), a.sample)
    n = sum(len(json.loads(p.read_text())["quotes"]) for p in paths)
    print(f"wrote {len(paths)} gold files ({n} quotes) to {out}")
    if a.score or a.classify:
        clf = Classifier() if a.classify else None
        res = score(paths, a.verbose, sink=clf, attribution=a.attribution)
        if clf is not None:
            res["errors"] = clf.report(Path(a.classify))
        print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
