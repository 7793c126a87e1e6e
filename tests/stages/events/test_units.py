"""sentence_units walks the sentence's mentions with one pointer: it must equal the plain scan of every
mention at every token (the code before the speed2 round) on disjoint, text-ordered mentions."""

import random
from dataclasses import dataclass

from kabar.record import Entity
from kabar.stages.events.units import PUNCT, Unit, sentence_units


@dataclass
class Tok:
    idx: int
    text: str
    is_space: bool = False


def scan_units(tokens, inside):
    toks = [t for t in tokens if not t.is_space]
    units, i = [], 0
    while i < len(toks):
        t = toks[i]
        t_end = t.idx + len(t.text)
        covering = next((m for m in inside if m[0] <= t.idx < m[1]), None)
        if covering is not None:
            j = i
            while j + 1 < len(toks) and toks[j + 1].idx < covering[1]:
                j += 1
            units.append(Unit("ent", covering[2].name, "\x00ent", covering[0], covering[1], ent=covering[2]))
            i = j + 1
            continue
        kind = "punct" if all(c in PUNCT for c in t.text) else "word"
        u = Unit(kind, t.text, t.text.lower(), t.idx, t_end)
        inner = next((m for m in inside if t.idx < m[0] and m[1] <= t_end), None)
        if inner is not None:
            u.inner = inner[2]
        units.append(u)
        i += 1
    return units


def _sentence(rng):
    toks, pos = [], rng.randint(0, 5)
    for _ in range(rng.randint(0, 25)):
        text = rng.choice(["Budi", "katanya", ",", ".", "Jakarta", "di", "dukungannya", "\n"])
        toks.append(Tok(pos, text, is_space=text.isspace()))
        pos += len(text) + rng.randint(0, 1)
    return toks, pos


def _mentions(rng, end):
    cuts = sorted(rng.sample(range(0, end + 3), min(end + 3, 2 * rng.randint(0, 5))))
    out = []
    for k in range(0, len(cuts) - 1, 2):
        if cuts[k + 1] > cuts[k]:
            out.append((cuts[k], cuts[k + 1], Entity(id=f"e{k}", type="PER", name=f"N{k}")))
    return out


def test_pointer_walk_equals_the_plain_scan():
    rng = random.Random(7)
    for _ in range(3000):
        toks, end = _sentence(rng)
        inside = _mentions(rng, end)
        assert sentence_units([(t.idx, t.text) for t in toks if not t.is_space], inside) == scan_units(toks, inside)


def test_mention_inside_a_token_and_across_tokens():
    toks = [Tok(0, "Budi"), Tok(5, "katanya"), Tok(13, "di"), Tok(16, "Jakarta"), Tok(23, ".")]
    budi, nya, jak = (Entity(id=i, type="PER", name=n) for i, n in (("a", "Budi"), ("b", "nya"), ("c", "di Jakarta")))
    units = sentence_units([(t.idx, t.text) for t in toks], [(0, 4, budi), (10, 12, nya), (13, 23, jak)])
    assert [(u.kind, u.text) for u in units] == [("ent", "Budi"), ("word", "katanya"), ("ent", "di Jakarta"), ("punct", ".")]
    assert units[1].inner is nya


def test_token_rows_are_the_non_space_tokens():
    import spacy
    from spacy.attrs import IDX

    from kabar.stages.events.facts import ArticleFacts

    from kabar.record import Article

    facts = ArticleFacts.__new__(ArticleFacts)
    text = "Presiden  bertemu\n\nmenteri \u2014 “di” Jakarta-Bandung,  Senin (5/1).\n "
    facts.doc = spacy.blank("id")(text)
    # the rows come from the record's shared token lists (kabar.text.tokens) over the same Doc
    facts.r = Article(id="t", text=text, lang="id")
    facts.r.state.doc, facts.r.state.doc_text = facts.doc, text
    facts.token_starts = facts.doc.to_array([IDX]).tolist()
    for s, e in ((0, 200), (0, 10), (9, 40), (18, 19), (40, 40)):
        want = [(t.idx, t.text) for t in facts._tokens_between(s, e) if not t.is_space]
        assert facts._token_rows_between(s, e) == want
    assert any(t.is_space for t in facts.doc)  # the text has space tokens to leave out


# Session 29 (sportroles29): a firm's office of the actors pack ("direktur utama", role BUS) is no political office
# in the events stage (a firm's director made no event actor); the state's offices are
def test_firm_offices_are_no_political_offices_in_the_events_lexicon():
    from kabar.stages.events.lexicon import lexicon
    offices = lexicon("id").sets["offices"]
    assert ("direktur", "utama") not in offices and ("presiden", "direktur") not in offices
    assert ("presiden",) in offices and ("kapten",) in offices
