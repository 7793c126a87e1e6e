"""quotes._ordered by bisection gives what the pairwise comparison gave (the reference below is the old code)."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.stages.quotes import _ordered
from kabar.stages.quotes.context import Candidate


def pairwise_reference(cands: list[Candidate]) -> list[Candidate]:
    cands.sort(key=lambda c: (c.rank, c.start))
    kept: list[Candidate] = []
    for c in cands:
        dup = False
        for k in kept:
            ov = min(c.end, k.end) - max(c.start, k.start)
            small = max(1, min(c.end - c.start, k.end - k.start))
            k_cue_in_c = k.cue_start is not None and c.start <= k.cue_start < c.end
            c_cue_in_k = c.cue_start is not None and k.start <= c.cue_start < k.end
            if ov / small > 0.5 and not (k_cue_in_c or c_cue_in_k):
                dup = True
                break
            if c.cue_start is not None and c.cue_start == k.cue_start:
                dup = True
                break
        if not dup:
            kept.append(c)
    kept.sort(key=lambda c: (min(c.start, c.cue_start if c.cue_start is not None else c.start), c.start))
    for i, c in enumerate(kept):
        best = None
        for j, k in enumerate(kept):
            if j != i and k.start <= c.start and c.end <= k.end and (k.end - k.start) > (c.end - c.start) and \
                    (c.cue_start is None or k.start <= c.cue_start < k.end):
                if best is None or (k.end - k.start) < (kept[best].end - kept[best].start):
                    best = j
        c.parent = best
    return kept


@st.composite
def candidate(draw) -> Candidate:
    start = draw(st.integers(0, 300))
    end = start + draw(st.integers(0, 120))
    cue = draw(st.none() | st.integers(0, 420))
    return Candidate(start=start, end=end, text="", kind="direct", cue=None, cue_start=cue,
                     cue_end=None if cue is None else cue + 4, rank=draw(st.integers(0, 3)))


@settings(max_examples=200, deadline=None)
@given(cands=st.lists(candidate(), max_size=30))
def test_ordered_equals_the_pairwise_reference(cands):
    expected = pairwise_reference(copy.deepcopy(cands))
    got = _ordered(copy.deepcopy(cands))
    assert [(c.start, c.end, c.cue_start, c.rank, c.parent) for c in got] == [(c.start, c.end, c.cue_start, c.rank, c.parent) for c in expected]
