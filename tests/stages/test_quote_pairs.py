"""The quote finder's pair look-ups answer from indexes exactly what a scan over every pair answers."""

import random

from kabar.record import Article
from kabar.stages.quotes import QuoteLexicon, pair_marks
from kabar.stages.quotes.context import QuoteContext

PIECES = ["kata", "Budi", "said", " ", " ", ", ", ",", ".", "\n", "\n\n", "“", "”", '"', "'", "‘", "’", "«", "»", ": "]


def _scan_ending_at(A, pos):
    for p in A.top:
        if p.closed and p.end <= pos and not A.text[p.end:pos].strip(" ,\u00a0"):
            return p
        if p.closed and p.inner_end < pos <= p.end:
            return p
    return None


def _scan_starting_at(A, pos):
    return next((p for p in A.top if p.start >= pos and not A.text[pos:p.start].strip(" :,\u00a0")), None)


def _scan_inside(A, pos):
    return next((p for p in A.top if p.inner_start <= pos < p.inner_end), None)


def test_pair_lookups_match_a_scan():
    rnd = random.Random(11)
    lex = QuoteLexicon("id")
    for _ in range(60):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(5, 120)))
        A = QuoteContext(Article.new(text), lex, [(0, len(text))])
        for pos in range(len(A.text) + 1):
            assert A.pair_ending_at(pos) is _scan_ending_at(A, pos)
            assert A.pair_starting_at(pos) is _scan_starting_at(A, pos)
            assert A.inside_pair(pos) is _scan_inside(A, pos)


def test_pair_depth_counts_the_pairs_around_it():
    rnd = random.Random(5)
    lex = QuoteLexicon("en")
    for _ in range(60):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(5, 120)))
        pairs = pair_marks(text, lex)
        for p in pairs:
            assert p.depth == sum(1 for q in pairs if q is not p and q.start <= p.start and p.end <= q.end)
