"""The whole Indonesian entity stage scored on labelled news sentences the rules were never tuned on.

    .venv/bin/python scripts/entity_labelled.py --sets idner-dev,nergrit-valid --out /tmp/lab.jsonl
    .venv/bin/python scripts/entity_labelled.py --reuse /tmp/lab.jsonl --list fp --limit 80

Reads IDNER news 2k (PER/ORG/LOC; train and dev) and the IndoNLU NERGrit slice (PERSON/PLACE/ORGANISATION;
train and valid) from ../shared/data/ner-id; never their test splits (those score the NER model). The shipped
NER model was trained on both train splits (scripts/train_ner.py TRAIN_SETS), so on `*-train` the model's own
errors are understated and the rules' are not; `idner-dev` and `nergrit-valid` are unseen by both.

Each sentence runs through the full pipeline as a tiny untitled article. Every predicted mention of kind
name/alias/acronym is a span (character offsets of the detokenised sentence) typed PER, ORG or LOC (kabar's GPE
and LOC both map to LOC); NORP and MISC are counted apart (neither precision nor recall). Scores: exact span and
type; overlap (a predicted span overlapping a gold span of the same type); and "untyped" exact. Each false
positive and false negative carries the stage that made it, read from the entity stage's own candidates: the
candidate's `source` (ner, gaz, pattern, title, group, alias) and, for ner, whether the span is the model's own
decoded span (`ner`), a reshaped one (`ner~`: cut, extended, split by the rules) or one the rules built with no
model span under it (`ner+`); `retyped` when the final type differs from the candidate's label; `later` for
entities added after the entity stage. The model-only entities that ner.drop_doubtful_lone drops are counted
right (gold has no such span) or wrong. A false negative is `model-missed` when no raw model span overlaps it,
`rules-dropped` when the model decoded it exactly (typed as gold) and the output lacks it, else `reshaped`.

Label conventions (see the report): IDNER and NERGrit leave titles out of person spans, as GOLD.md does; they do
not tag nationalities (kabar's NORP, apart here); NERGrit tags some things kabar calls MISC (works, events).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402  (benchmarks/corpora.py: the census text readers)

SETS = {
    "idner-train": ("ner-id/idner-news-2k/train.txt", 2, {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}),
    "idner-dev": ("ner-id/idner-news-2k/dev.txt", 2, {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}),
    "nergrit-train": ("ner-id/indonlu/dataset/nergrit_ner-grit/train_preprocess.txt", 1,
                      {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"}),
    "nergrit-valid": ("ner-id/indonlu/dataset/nergrit_ner-grit/valid_preprocess.txt", 1,
                      {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"}),
}
TYPE = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}  # kabar -> corpus; the rest are "apart"


def sentences(data: Path, name: str) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    """(id, text, gold spans (start, end, PER|ORG|LOC)) of one set, in file order."""
    rel, col, mapping = SETS[name]
    rows = corpora.tagged_token_sentences(data / rel, col)
    out = []
    for n, sent in enumerate(rows):
        text, starts = corpora.print_join([w for w, _ in sent])
        spans = corpora.bio_spans(sent, starts, mapping.get)
        out.append((f"{name}-{n}", text, spans))
    return out


class Tracer:
    """Wraps three names in kabar.stages.entities to see the model's raw spans and each entity's candidates."""

    def __init__(self):
        import kabar.stages.entities as E
        self.E = E
        self.reset()
        run_ner, entity_name, toks_of = E.run_ner, E.entity_name, E.toks_of

        def traced_toks(record):
            T = toks_of(record)
            self.T = T
            return T

        def traced_run_ner(*a, **k):
            out = run_ner(*a, **k)
            self.raw = [(c.start, c.end, c.label) for c in out]
            return out

        def traced_name(T, group, etype, lang):
            self.groups.append([(c.start, c.end, c.label, c.source, c.kind) for c in group])
            return entity_name(T, group, etype, lang)

        def traced_lone(T, res, groups, table, below, *rest):  # rest: the article's lower-case words (session 33)
            out = drop_lone(T, res, groups, table, below, *rest)
            kept = {id(g) for g in out}
            self.dropped += [(c.start, c.end, c.label) for g in groups if id(g) not in kept for c in g]
            return out

        drop_lone = E.drop_doubtful_lone
        E.toks_of, E.run_ner, E.entity_name, E.drop_doubtful_lone = traced_toks, traced_run_ner, traced_name, traced_lone

    def reset(self):
        self.T, self.raw, self.groups, self.dropped = None, [], [], []


def origin(cand, raw) -> str:
    s, e, label, source, _ = cand
    if source != "ner":
        return source
    if any(a == s and b == e for a, b, _ in raw):
        return "ner"
    return "ner~" if any(a < e and s < b for a, b, _ in raw) else "ner+"


def convention(text: str, span: tuple[int, int], g, ktype: str) -> str:
    """A false positive that only a labelling convention makes (kabar follows GOLD.md): a country or town the
    corpus leaves untagged where it acts or qualifies rather than locates ("Rusia dan Jepang telah melarang",
    "pasar Tiongkok"); an acronym in brackets the corpus keeps inside the name ("Mahkamah Konstitusi (MK)", kabar:
    the name and its acronym alias); a lower-case common noun the corpus keeps before a place ("kota Pati",
    "kawasan Pantura"; kabar: "Pati")."""
    s, e = span
    if g is None:
        return "conv:untagged-gpe" if ktype == "GPE" else ""
    gs, ge = g[0], g[1]
    if gs <= s and e <= ge and "(" in text[gs:ge]:
        return "conv:bracket"
    head = text[gs:s].strip()
    if e == ge and s > gs and head and head[0].islower():
        return "conv:common-head"
    return ""


def run(sets: list[str], out: Path) -> None:
    import make_dev_texts as mdt
    from kabar.pipeline import Pipeline
    from kabar.readers import Metadata
    from kabar.readers.text import read_text

    data = mdt.shared_root()
    tracer = Tracer()
    pipe = Pipeline(disable=("events", "places", "temporal", "quantities"))
    with out.open("w", encoding="utf-8") as fh:
        for name in sets:
            for sid, text, gold in sentences(data, name):
                tracer.reset()
                d = pipe(read_text(text, Metadata(published=None, lang="id", has_title=False))).to_dict()
                T = tracer.T
                raw, dropped = [], []
                if T is not None:
                    raw = [(*T.char_span(s, e), lab) for s, e, lab in tracer.raw]
                    dropped = [(*T.char_span(s, e), lab) for s, e, lab in tracer.dropped]
                pred = []
                for n, e in enumerate(d["entities"]):
                    group = tracer.groups[n] if n < len(tracer.groups) and T is not None else None
                    for m in e.get("mentions") or []:
                        if m["kind"] not in ("name", "alias", "acronym"):
                            continue
                        how = "later"
                        if group is not None:
                            for c in group:
                                if T.char_span(c[0], c[1]) == (m["start"], m["end"]):
                                    how = origin(c, tracer.raw)
                                    if TYPE.get(c[2], c[2]) != TYPE.get(e["type"], e["type"]):
                                        how += f" retyped {c[2]}>{e['type']}"
                                    break
                        pred.append((m["start"], m["end"], e["type"], how, e["name"]))
                row = {"id": sid, "text": text, "same_text": d["text"] == text, "gold": gold,
                       "pred": sorted(set(pred)), "raw": raw, "lone_dropped": dropped}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def score(rows: list[dict], listing: str = "", limit: int = 0, only: str = "") -> None:
    exact = Counter()
    overlap = Counter()
    untyped = Counter()
    fp_by, fn_by, apart = Counter(), Counter(), Counter()
    by_type = {t: Counter() for t in ("PER", "ORG", "LOC")}
    raw_c = Counter()
    conv_fp = 0
    lone = Counter()
    lines = []
    for r in rows:
        if only and not r["id"].startswith(only):
            continue
        gold = [tuple(g) for g in r["gold"]]
        pred = [(s, e, TYPE[t], how, nm) for s, e, t, how, nm in r["pred"] if t in TYPE]
        kt = {(s, e): t for s, e, t, _, _ in r["pred"]}
        for s, e, t, how, nm in r["pred"]:
            if t not in TYPE:
                g = next((g[2] for g in gold if g[0] < e and s < g[1]), "-")
                apart[(t, g)] += 1
        gset = set(gold)
        pset = {(s, e, t) for s, e, t, _, _ in pred}
        exact["tp"] += len(gset & pset)
        exact["pred"] += len(pset)
        exact["gold"] += len(gset)
        for t in by_type:
            by_type[t]["tp"] += len({x for x in gset & pset if x[2] == t})
            by_type[t]["pred"] += len({x for x in pset if x[2] == t})
            by_type[t]["gold"] += len({x for x in gset if x[2] == t})
        untyped["tp"] += len({g[:2] for g in gset} & {p[:2] for p in pset})
        untyped["pred"] += len({p[:2] for p in pset})
        untyped["gold"] += len({g[:2] for g in gset})
        overlap["pred"] += len(pset)
        overlap["gold"] += len(gset)
        overlap["tp_p"] += sum(1 for s, e, t in pset if any(a < e and s < b and t == u for a, b, u in gset))
        overlap["tp_g"] += sum(1 for a, b, u in gset if any(a < e and s < b and t == u for s, e, t in pset))
        for s, e, lab in r.get("lone_dropped", []):  # ner.drop_doubtful_lone: right unless gold names the span
            lone[("wrong" if (s, e, TYPE.get(lab, lab)) in gset else "wrong-type" if any(
                (a, b) == (s, e) for a, b, _ in gset) else "right")] += 1
        rset = {(s, e, TYPE.get(lab, lab)) for s, e, lab in r["raw"]}
        raw_c["tp"] += len(gset & rset)
        raw_c["pred"] += len({x for x in rset if x[2] in ("PER", "ORG", "LOC")})
        for s, e, t, how, nm in pred:
            if (s, e, t) in gset:
                continue
            g = next((g for g in gold if g[0] < e and s < g[1]), None)
            shape = ("no-gold" if g is None else "type" if (g[0], g[1]) == (s, e) else
                     "longer" if s <= g[0] and g[1] <= e else "shorter" if g[0] <= s and e <= g[1] else "crossing")
            conv = convention(r["text"], (s, e), g, kt[(s, e)])
            if conv:
                shape = conv
                conv_fp += 1
            fp_by[(how.split()[0] + (" retyped" if "retyped" in how else ""), shape)] += 1
            if listing == "fp":
                gtxt = f"{r['text'][g[0]:g[1]]}/{g[2]}" if g else "-"
                lines.append(f"FP {r['id']}\t{t}\t{r['text'][s:e]}\t[{how}; {shape}; gold {gtxt}]\t| {r['text']}")
        for a, b, u in gold:
            if (a, b, u) in pset:
                continue
            p = next((p for p in pred if p[0] < b and a < p[1]), None)
            inraw = (a, b, u) in rset
            rawover = any(s < b and a < e for s, e, _ in r["raw"])
            cause = ("rules-dropped" if inraw else "reshaped" if rawover or p else "model-missed")
            fn_by[(cause, "pred-overlaps" if p else "none")] += 1
            if listing == "fn":
                ptxt = f"{r['text'][p[0]:p[1]]}/{p[2]} [{p[3]}]" if p else "-"
                lines.append(f"FN {r['id']}\t{u}\t{r['text'][a:b]}\t[{cause}; pred {ptxt}]\t| {r['text']}")

    def prf(tp, p, g):
        P, R = tp / max(p, 1), tp / max(g, 1)
        return f"P {P:.3f} R {R:.3f} F1 {2 * P * R / max(P + R, 1e-9):.3f} ({tp}/{p}/{g})"

    print("exact    ", prf(exact["tp"], exact["pred"], exact["gold"]))
    for t, c in by_type.items():
        print(f"  {t}     ", prf(c["tp"], c["pred"], c["gold"]))
    print(f"  without the {conv_fp} convention-only false positives: P {exact['tp'] / max(exact['pred'] - conv_fp, 1):.3f}")
    print("untyped  ", prf(untyped["tp"], untyped["pred"], untyped["gold"]))
    P, R = overlap["tp_p"] / max(overlap["pred"], 1), overlap["tp_g"] / max(overlap["gold"], 1)
    print(f"overlap   P {P:.3f} R {R:.3f} F1 {2 * P * R / max(P + R, 1e-9):.3f}")
    print("raw model", prf(raw_c["tp"], raw_c["pred"], exact["gold"]), "(exact, the model's decoded spans alone)")
    print("doubtful lone model entities dropped (ner.drop_doubtful_lone):", dict(lone))
    print("apart (kabar type, overlapping gold type):", dict(apart.most_common()))
    print("FP by origin, shape:")
    for k, v in fp_by.most_common():
        print(f"  {v:5d}  {k[0]:<22} {k[1]}")
    print("FN by cause:")
    for k, v in fn_by.most_common():
        print(f"  {v:5d}  {k[0]:<22} {k[1]}")
    for line in lines[:limit or None]:
        print(line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="idner-dev,nergrit-valid", help=f"comma-separated, of {', '.join(SETS)}")
    ap.add_argument("--out", help="write the per-sentence outputs here (JSON lines), then score them")
    ap.add_argument("--reuse", help="score an earlier --out file instead of running the pipeline")
    ap.add_argument("--list", choices=("fp", "fn"), default="", help="print each false positive / negative")
    ap.add_argument("--only", default="", help="score only sentence ids starting with this (e.g. idner-dev)")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    path = Path(args.reuse or args.out or "")
    if not args.reuse:
        if not args.out:
            ap.error("--out or --reuse")
        run(args.sets.split(","), path)
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    score(rows, args.list, args.limit, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
