"""A one-word name the model typed as a person or place is a company when its sentence treats it as one.

"Shares in Genentech rose", "Roche chief executive Franz Humer", "Japanese carmaker Nissan": the model has
no world knowledge of brands and often calls them PER or GPE. The pack lists the words that only a business
takes right before (``company_cues_before``) or right after (``company_cues_after``) its name.
"""

from __future__ import annotations

from kabar.stages.entities.loading import Cand, Resources
from kabar.text.tokens import Toks


def _follows(T: Toks, k: int, cue: tuple[str, ...]) -> bool:
    return k + len(cue) <= T.n and tuple(T.folded[k:k + len(cue)]) == cue


def _precedes(T: Toks, k: int, cue: tuple[str, ...]) -> bool:
    return k - len(cue) >= 0 and tuple(T.folded[k - len(cue):k]) == cue


def is_company(T: Toks, res: Resources, group: list[Cand], etype: str) -> bool:
    """True for a PER/GPE/LOC entity of the model alone, named by up to three words, with a company cue
    beside it. A cue ending in a relation word that may also introduce a person ("spokesman for Tony Blair")
    only counts for a one-word name."""
    if etype not in ("PER", "GPE", "LOC") or not (res.company_before or res.company_after):
        return False
    names = [c for c in group if c.source not in ("alias",)]
    if not names or any(c.entries or c.title or c.office or c.length > 3 or c.source != "ner" for c in names):
        return False
    one_word = all(c.length == 1 for c in names)
    before = res.company_before if one_word else [cue for cue in res.company_before if cue[-1] != "for"]
    return any(any(_follows(T, c.end, cue) for cue in res.company_after)
               or any(_precedes(T, c.start, cue) for cue in before) for c in names)
