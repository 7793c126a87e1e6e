"""A name the model typed as a person or body is something else when its sentence says what it is.

"Labour MP for Hornsey and Wood Green", "the Tory candidate in Sedgefield", "the East Kilbride seat": the
model reads the unknown seat after "MP for" as the end of a person or as a body. The pack lists the words
that put a constituency right after them (``constituency_cues_before``) or right before them
(``constituency_cues_after``); a seat named after such a cue, and the seats joined to it by a list word
("Kensington and Chelsea"), are the place (GPE), as the gold house style types administrative units.
Broadcast programmes are named before "programme" or "show" (``programme_cues_after``: "the Wright Stuff
programme", "Breakfast with Frost programme"): a named work (MISC), not the body or person the model saw.
"""

from __future__ import annotations

from kabar.stages.entities.companies import _follows, _model_only, _precedes
from kabar.stages.entities.loading import Cand, Resources
from kabar.text.tokens import Toks


def _cued(T: Toks, res: Resources, groups: list[list[Cand]], before: list, after: list, lists: bool) -> set[int]:
    """Starts of the spans a cue names; with ``lists``, also the names listed right after a cued one."""
    spans = sorted((c for g in groups for c in g if not c.nested), key=lambda c: c.start)
    cued: set[int] = set()
    for i, c in enumerate(spans):
        if any(_precedes(T, c.start, cue) for cue in before) or any(_follows(T, c.end, cue) for cue in after):
            cued.add(c.start)
        elif lists and i and spans[i - 1].start in cued and 1 <= c.start - spans[i - 1].end <= 2 and all(
                T.folded[k] in res.list_joiners or T.words[k] == "," for k in range(spans[i - 1].end, c.start)):
            cued.add(c.start)  # "MP for Kensington and Chelsea": the list goes on naming the seat
    return cued


def _retype(groups: list[list[Cand]], types: list[str], cued: set[int], to: str, max_len: dict[str, int]) -> None:
    """``to`` for entities of the model alone, of a type in ``max_len`` and names that long at most, whose
    every name span is cued (a person named again elsewhere stays a person)."""
    for n, (g, t) in enumerate(zip(groups, types)):
        if t in max_len and any(c.start in cued for c in g):
            names = _model_only(g, max_len[t])
            if names and all(c.start in cued for c in names):
                types[n] = to


def cue_types(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """GPE for seats, MISC for programmes, from the PER/ORG types of the model."""
    types = list(types)
    if res.constituency_before or res.constituency_after:
        cued = _cued(T, res, groups, res.constituency_before, res.constituency_after, True)
        _retype(groups, types, cued, "GPE", {"PER": 3, "ORG": 3})
    if res.programme_after:
        # a one-word "person" only: "the Jeremy Vine show" is named after its presenter
        _retype(groups, types, _cued(T, res, groups, [], res.programme_after, False), "MISC", {"PER": 1, "ORG": 3})
    return types
