"""Event census on unlabelled articles outside gold/dev (Indonesian or English), for error analysis.

    .venv/bin/python scripts/event_census.py --corpus detik --n 60 [--skip 0] > /tmp/ev_census.txt
    .venv/bin/python scripts/event_census.py --corpus indosum --n 60
    .venv/bin/python scripts/event_census.py --corpus bbc --section politics --n 40
    .venv/bin/python scripts/event_census.py --corpus polnear --n 30 --skip 0

Runs the whole pipeline on ``--n`` articles (detik-2025: every k-th row with a body, gold/dev
articles skipped; indosum: the first dev articles after ``--skip``; bbc-news: every k-th file of
``--section``, gold/dev articles skipped; polnear: every k-th of PolNeAR's sorted train texts after ``--skip``, dated by
the file name) and prints every coded event
with its category, actor -> recipient, modality, claimant, confidence, evidence and the sentence
that holds it, so wrong events can be counted by class by reading. The corpora are research-only
(detik, bbc-news, PolNeAR) or CC BY-SA (IndoSum): nothing of them is written to the repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpora  # noqa: E402  (benchmarks/corpora.py: the census text readers)
import make_dev_texts as mdt  # noqa: E402


def detik(n: int, skip: int, aspect: str = "") -> list[tuple[str, str]]:
    gold = set(mdt.DETIK_IDS) | {p.name.split(".")[0].removeprefix("detik-")
                                 for p in (ROOT / "gold" / "dev" / "id").glob("detik-*")}
    rows = [r for r in mdt.detik_rows(mdt.shared_root()) if r.get("isi_berita") and r["id"] not in gold
            and aspect.lower() in r.get("aspek_target", "").lower()]
    step = max(1, len(rows) // n)
    copies = mdt.detik_gold_copies(mdt.detik_rows(mdt.shared_root()))  # copies of gold articles: never read
    return [(f"detik-{r['id']}", mdt.detik_text(r), _iso(r.get("tanggal", ""))) for r in rows[skip::step][:n]
            if r["id"] not in copies]


def detik_range(spec: str) -> list[tuple[str, str, str]]:
    """detik rows A:B in the entity census's fixed order, so slices read by any census can be named once."""
    import entity_census
    start, end = (int(x) for x in spec.split(":"))
    return entity_census.detik(mdt.shared_root(), 0, ranges=[(start, end)])


def _iso(tanggal: str) -> str:
    """detik-2025's 'MM/DD/YYYY HH:MM' as YYYY-MM-DD (the day the events are dated against); else the old fixed day."""
    try:
        m, d, y = tanggal.split()[0].split("/")
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    except (ValueError, IndexError):
        return "2025-10-15"


def indosum(n: int, skip: int, detok: bool = False) -> list[tuple[str, str]]:
    return [(f"indosum-{i}", detokenise(t) if detok else t, "2025-10-15")
            for i, t in enumerate(corpora.indosum(n + skip))][skip:]


_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "%", "/"}
_NO_SPACE_AFTER = {"(", "[", "/"}


def detokenise(text: str) -> str:
    """IndoSum's pre-tokenised text spaced as a newspaper prints it (`" Kami ... , " kata X` -> `"Kami ...," kata X`,
    "( 2 / 5 )" -> "(2/5)"), so the quotes stage reads its direct quotes and their speakers as in detik text:
    without this a census cannot judge the claimants of events inside quotes (session 18's finding)."""
    paras = []
    for para in text.split("\n\n"):
        out: list[str] = []
        glue = True  # no space before the next token
        inside = False  # within a straight-quoted stretch of this paragraph
        for tok in para.split():
            if tok == '"':
                opening = not inside
                inside = not inside
            else:
                opening = tok == "\u201c"
            closing = tok == "\u201d" or (tok == '"' and not opening)
            if out and not glue and not closing and tok not in _NO_SPACE_BEFORE:
                out.append(" ")
            out.append(tok)
            glue = opening or tok in _NO_SPACE_AFTER
        paras.append("".join(out))
    return "\n\n".join(paras)


def bbc(section: str, n: int, skip: int, grep: str = "", span: str = "") -> list[tuple[str, str]]:
    root = mdt.shared_root() / "corpora" / "bbc-news" / "news" / section
    gold = {slug for sec, slug in mdt.BBC if sec == section}
    files = [f for f in sorted(root.glob("*.txt")) if f.stem not in gold]
    if grep:  # a construction's census: only the articles whose text has it (case-insensitive regex)
        import re

        pat = re.compile(grep, re.I)
        files = [f for f in files if pat.search(f.read_text(encoding="utf-8"))]
    if span:  # "A:B": the files A..B-1 of the section's sorted list (gold/dev left out), a fresh slice by position
        lo, hi = (int(x) for x in span.split(":"))
        return [(f"bbc-{section}-{f.stem}", mdt.bbc_text(mdt.shared_root(), section, f.stem), None) for f in files[lo:hi]]
    step = max(1, len(files) // n)
    return [(f"bbc-{section}-{f.stem}", mdt.bbc_text(mdt.shared_root(), section, f.stem), None) for f in files[skip::step][:n]]


def polnear_files(n: int, skip: int, grep: str = "", exclude: tuple[Path, ...] = ()) -> list[Path]:
    """PolNeAR train texts (US political news of 2016, never read by an event census before session 16): every k-th of
    the sorted names from ``skip`` on, so a slice spans all seven publishers and ``--skip`` 0..k-1 gives disjoint slices.
    With ``grep`` only the texts that hold the construction (a regex, case-insensitive) and none of ``exclude``."""
    files = sorted((mdt.shared_root() / "quotes-en" / "polnear" / "data" / "train" / "text").glob("*.txt"))
    if grep:
        import re

        pat = re.compile(grep, re.I)
        files = [f for f in files if f not in exclude and pat.search(f.read_text(encoding="utf-8"))]
    step = max(1, len(files) // max(1, n))
    return files[skip::step][:n]


def polnear_date(name: str) -> str | None:
    """The publication day a PolNeAR file name carries (``nyt_2016-09-30_slug``), so weekdays resolve as in the paper."""
    import re

    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", name)
    return m.group(1) if m else None


def polnear(n: int, skip: int, grep: str = "", exclude_slices: str = "", span: str = "") -> list[tuple[str, str, str | None]]:
    """``exclude_slices`` "N:S,N:S": leave out the texts of those --n/--skip slices (the ones read to write a rule).
    ``span`` "A:B": the texts A..B-1 of the sorted train list instead (the index ranges COMMON.md names as read or fresh)."""
    if span:
        lo, hi = (int(x) for x in span.split(":"))
        files = sorted((mdt.shared_root() / "quotes-en" / "polnear" / "data" / "train" / "text").glob("*.txt"))[lo:hi]
        return [(f"polnear-{f.stem}", f.read_text(encoding="utf-8"), polnear_date(f.name)) for f in files]
    exclude = tuple(f for spec in filter(None, exclude_slices.split(","))
                    for f in polnear_files(*(int(x) for x in spec.split(":"))))
    return [(f"polnear-{f.stem}", f.read_text(encoding="utf-8"), polnear_date(f.name))
            for f in polnear_files(n, skip, grep, exclude)]


def _sentence_articles(tag: str, start: int, sents: list[str], per: int, date):
    """Sentences ``start``.. of a sentence corpus as pseudo-articles of ``per``, one paragraph each (the sentences are
    unrelated), as (id, text, date) census items."""
    return [(f"{tag}-{start + i}", "\n\n".join(sents[i:i + per]) + "\n", date) for i in range(0, len(sents), per)]


def nerp(spec: str, per: int = 10, split: str = "train") -> list[tuple[str, str, str]]:
    """IndoNLU NERP ``split`` sentences A:B (corpora.nerp_sentences, true-cased), ``per`` sentences a pseudo-article, one
    paragraph each (the sentences are unrelated), dated 2017-08-15 (the corpus's news years)."""
    start, end = (int(x) for x in (spec or "0:3361").split(":"))
    sents = corpora.nerp_sentences(start, end, split=split)
    tag = "nerp" if split == "train" else f"nerp{split}"
    return _sentence_articles(tag, start, sents, per, "2017-08-15")


def idner(spec: str, split: str = "train", per: int = 10) -> list[tuple[str, str, None]]:
    """idner-news-2k ``split`` sentences A:B (session 27), ``per`` a pseudo-article, one paragraph each, undated."""
    start, end = (int(x) for x in spec.split(":"))
    sents = corpora.idner_event_sentences(split)[start:end]
    return _sentence_articles(f"idner{split}", start, sents, per, None)


def gsd21(spec: str, per: int = 10) -> list[tuple[str, str, None]]:
    """UD Indonesian-GSD r2.1 train sentences A:B (session 27), ``per`` a pseudo-article, one paragraph each, undated."""
    start, end = (int(x) for x in spec.split(":"))
    sents = corpora.gsd21_event_sentences(start, end)
    return _sentence_articles("gsd", start, sents, per, None)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=("detik", "indosum", "bbc", "polnear", "nerp", "csui", "gsd", "idner"), default="detik",
                    help="nerp: IndoNLU NERP train sentences (--range A:B, true-cased); csui: UD Indonesian-CSUI train "
                         "sentences as pseudo-articles of 10 sentences (quote_census.articles; --skip/--n count them)")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--split", default="train", help="nerp: the IndoNLU split (train, valid, test); gsd: r2.1 train --range A:B")
    ap.add_argument("--aspect", default="", help="detik: only rows whose aspek_target holds this (e.g. Hukum, Politik)")
    ap.add_argument("--skip", type=int, default=0, help="detik, polnear: offset before every k-th; indosum: articles skipped")
    ap.add_argument("--section", default="politics", help="bbc: the BBC section")
    ap.add_argument("--published", default=None,
                    help="bbc: the publication day given to every article (the corpus has none; gold/dev's BBC articles "
                         "are dated 2004-10..2005-03, and office-holders resolve by the date)")
    ap.add_argument("--claims", action="store_true",
                    help="also print, per event, the quote that carries it (speaker, cue, kind) and its paragraph, "
                         "to judge claimant and modality")
    ap.add_argument("--drops", action="store_true",
                    help="also print the triggers found that made no event and why (record.state.event_drops), "
                         "and a count of the reasons at the end: a recall census")
    ap.add_argument("--detok", action="store_true",
                    help="indosum: print-spaced text (quotes and punctuation joined) so its direct quotes are read")
    ap.add_argument("--grep", default="", help="bbc, polnear: only articles whose text matches this regex (a construction's census)")
    ap.add_argument("--exclude", default="", help="polnear: leave out the texts of these --n:--skip slices (\"30:0,30:14\")")
    ap.add_argument("--range", default="", help="bbc: files A:B of the section's sorted list (gold/dev left out) instead of every k-th; "
                    "detik: rows A:B in entity_census.py's order (news desk first, then SHA-1 of the id; gold/dev left out), "
                    "so entity and event censuses name the same slices; polnear: texts A:B of the sorted train list; "
                    "nerp: IndoNLU NERP train sentences A:B, ten a pseudo-article")
    a = ap.parse_args(argv)
    from kabar.pipeline import default_pipeline
    from kabar.record import Article

    from kabar.readers import Metadata
    from kabar.readers.text import read_text

    if a.corpus == "csui":
        import quote_census

        items = [(i, t, None) for i, t in quote_census.articles(a.n, a.corpus, a.skip)]
    else:
        items = (nerp(a.range, split=a.split) if a.corpus == "nerp" else gsd21(a.range) if a.corpus == "gsd"
                 else idner(a.range, a.split) if a.corpus == "idner" else detik_range(a.range) if a.corpus == "detik" and a.range
                 else detik(a.n, a.skip, a.aspect) if a.corpus == "detik" else indosum(a.n, a.skip, a.detok) if a.corpus == "indosum"
                 else polnear(a.n, a.skip, a.grep, a.exclude, a.range) if a.corpus == "polnear"
                 else bbc(a.section, a.n, a.skip, a.grep, a.range))
    if a.published and a.corpus == "bbc":
        items = [(i, t, a.published) for i, t, _ in items]
    lang = "en" if a.corpus in ("bbc", "polnear") else "id"
    pipe = default_pipeline()
    total = 0
    reasons: dict[str, int] = {}
    for art_id, text, published in items:
        # BBC texts as the eval reads a gold text (the headline is the title); Indonesian dated as the detik corpus
        rec = (pipe(read_text(text, Metadata(lang="en", published=published))) if lang == "en"
               else pipe(Article.new(text, lang="id", published=published)))
        print(f"\n######## {art_id}  {published or ''}  ({len(rec.events)} events)  {text.splitlines()[0][:100]}")
        total += len(rec.events)
        for e in rec.events:
            sent = next((rec.text[s.start:s.end] for s in rec.sentences
                         if s.start <= e.evidence.start < s.end), "")
            codes = lambda refs: "+".join((r.code or r.name or "?") for r in refs) or "-"  # noqa: E731
            claim = e.claimant.name if e.claimant else None
            print(f"  E {e.event:<9} {codes(e.actor)[:24]:<14} -> {codes(e.recipient)[:24]:<14} {e.modality[:4]} "
                  f"claim={claim!r} c={e.confidence:.2f}{' R' if e.restates else ''}"
                  f"{' U=' + e.actor_unknown if e.actor_unknown else ''} d={e.date}{' (' + e.date_text + ')' if e.date_text else ''}"
                  f"{f' loc={e.event_loc.text!r}/{e.event_loc.country}' if e.event_loc else ''}")
            print(f"      ev: {rec.text[e.evidence.start:e.evidence.end][:160]}")
            print(f"      S : {sent.strip()[:400]}")
            if a.claims:
                q = next((q for q in rec.quotes if q.id == e.quote), None)
                if q is not None:
                    print(f"      Q : {q.id} {q.kind} speaker={q.speaker_name!r} cue={q.cue!r} :: {q.text[:120]!r}")
                para_start = rec.text.rfind("\n", 0, e.evidence.start) + 1
                para_end = rec.text.find("\n", e.evidence.end)
                para = rec.text[para_start:para_end if para_end >= 0 else len(rec.text)].strip()
                if para != sent.strip():
                    print(f"      P : {para[:700]}")
        if a.drops:
            for s_index, event, trigger, why in rec.state.event_drops:
                reasons[why] = reasons.get(why, 0) + 1
                s = rec.sentences[s_index]
                print(f"  D {event:<9} {why:<32} {trigger!r}")
                print(f"      S : {rec.text[s.start:s.end].strip()[:400]}")
    print(f"\n{total} events on {len(items)} articles ({total / max(1, len(items)):.2f} per article)")
    if a.drops:
        print("triggers that made no event, by reason: "
              + ", ".join(f"{why} {n}" for why, n in sorted(reasons.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
