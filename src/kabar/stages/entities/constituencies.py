"""A name the model typed as a person or body is a place when its sentence names it as a parliamentary seat.

"Labour MP for Hornsey and Wood Green", "the Tory candidate in Sedgefield", "the East Kilbride seat": the
model reads the unknown seat after "MP for" as the end of a person or as a body. The pack lists the words
that put a constituency right after them (``constituency_cues_before``) or right before them
(``constituency_cues_after``); a seat named after such a cue, and the seats joined to it by a list word
("Kensington and Chelsea"), are the place (GPE), as the gold house style types administrative units.
"""

from __future__ import annotations

from kabar.stages.entities.companies import _follows, _model_only, _precedes
from kabar.stages.entities.loading import Cand, Resources
from kabar.text.tokens import Toks


def constituency_types(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """GPE for PER/ORG entities of the model alone (up to three words) that a constituency cue names."""
    if not (res.constituency_before or res.constituency_after):
        return types
    spans = sorted(((c, n) for n, g in enumerate(groups) for c in g if not c.nested), key=lambda x: x[0].start)
    cued: set[int] = set()  # span starts named as a seat
    for i, (c, n) in enumerate(spans):
        if any(_precedes(T, c.start, cue) for cue in res.constituency_before) \
                or any(_follows(T, c.end, cue) for cue in res.constituency_after):
            cued.add(c.start)
        elif i and spans[i - 1][0].start in cued and 1 <= c.start - spans[i - 1][0].end <= 2 and all(
                T.folded[k] in res.list_joiners or T.words[k] == "," for k in range(spans[i - 1][0].end, c.start)):
            cued.add(c.start)  # "MP for Kensington and Chelsea": the list goes on naming the seat
    types = list(types)
    for n, (g, t) in enumerate(zip(groups, types)):
        if t in ("PER", "ORG") and any(c.start in cued for c in g):
            names = _model_only(g, 3)
            if names and all(c.start in cued for c in names):
                types[n] = "GPE"
    return types
