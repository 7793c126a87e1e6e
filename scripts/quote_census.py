"""Quote census on unlabelled detik-2025 articles that are not in gold/dev, for error analysis.

    .venv/bin/python scripts/quote_census.py --n 150 > /tmp/census.txt   # corpus: KABAR_SHARED or ../shared

Runs the whole pipeline on ``--n`` articles spread over the corpus (every k-th row, gold/dev
articles skipped) and prints, per paragraph that holds a quote or a cue word, the paragraph and
kabar's quotes in it (speaker | cue | kind | content), and marks paragraphs with a quotation mark
or a cue word that no quote covers (``UNCOVERED``), so wrong and missed quotes can be counted by
reading. The corpus is research-only: nothing of it is written to the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import make_dev_texts as mdt  # noqa: E402


def articles(n: int) -> list[tuple[str, str]]:
    """Every k-th detik-2025 row with a body, gold/dev articles skipped, as (corpus id, text)."""
    gold = set(mdt.DETIK_IDS)
    rows = [r for r in mdt.detik_rows(mdt.shared_root()) if r.get("isi_berita") and r["id"] not in gold]
    step = max(1, len(rows) // n)
    return [(r["id"], mdt.detik_text(r)) for r in rows[::step][:n]]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=150)
    a = ap.parse_args(argv)
    from kabar.lang import pack
    from kabar.pipeline import default_pipeline
    from kabar.record import Article

    data = pack("id").data("quotes")
    cues = sorted({w.lower() for k in ("speech_verbs", "inverted", "according") for w in data.get(k, [])}, key=len, reverse=True)
    cue_re = re.compile(r"\b(" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)
    marks = re.compile(r"[\"“”]")
    pipe = default_pipeline()
    total = 0
    for art_id, text in articles(a.n):
        rec = pipe(Article.new(text, lang="id"))
        print(f"\n######## detik-{art_id}  ({len(rec.quotes)} quotes)")
        total += len(rec.quotes)
        text = rec.text  # cleaning may have changed the text: quote offsets are the record's
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
