"""A table of sentence-level event tests (tests/stages/data/event_sentences.tsv), run through the whole pipeline.

Each row: language, expected PLOVER category ("-" = the sentence must give no event), actor and
recipient codes (first three letters; "" = not checked, "null" = must be empty), modality,
claimant (a part of its name), the sentence, what the row exercises, and "xfail" for rows the
coder does not yet get right (a strict xfail: a row that starts passing fails the run until its
mark is removed, so the table tracks progress honestly).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kabar

TABLE = Path(__file__).parent / "data" / "event_sentences.tsv"


def rows() -> list[tuple[str, ...]]:
    out = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + [""] * 9
        out.append(tuple(cells[:9]))
    return out


def _codes(refs) -> list[str]:
    return [(r.code or "")[:3] for r in refs if r.code]


def _fits(want: str, refs) -> bool:
    if not want:
        return True
    if want == "null":
        return not refs
    return want in _codes(refs)


def matches(row: tuple[str, ...], events) -> bool:
    lang, event, actor, recipient, modality, claimant, sentence, tags, status = row
    if event == "-":
        return not events
    for e in events:
        if e.event != event or not _fits(actor, e.actor) or not _fits(recipient, e.recipient):
            continue
        if modality and e.modality != modality:
            continue
        if claimant and not (e.claimant and claimant.lower() in (e.claimant.name or "").lower()):
            continue
        return True
    return False


def code(lang: str, sentence: str):
    return kabar.extract(sentence, has_title=False, lang=lang).events


def test_table_covers_the_brief():
    table = rows()
    assert len(table) >= 200
    for lang in ("en", "id"):
        cats = {r[1] for r in table if r[0] == lang}
        assert {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
                "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "-"} <= cats, lang
        mods = {r[4] for r in table if r[0] == lang}
        assert {"asserted", "negated", "future", "hypothetical"} <= mods, lang
        assert any(r[5] for r in table if r[0] == lang), "claimant rows"


@pytest.mark.parametrize("row", [pytest.param(r, id=f"{r[0]}-{n}-{r[1]}",
                                              marks=[pytest.mark.xfail(strict=True, reason="known weakness")] if r[8] == "xfail" else [])
                                 for n, r in enumerate(rows())])
def test_sentence(row):
    events = code(row[0], row[6])
    got = [(e.event, _codes(e.actor), _codes(e.recipient), e.modality, e.claimant.name if e.claimant else None) for e in events]
    assert matches(row, events), f"{row[6]!r}: want {row[1:6]}, got {got}"
