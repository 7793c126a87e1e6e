"""A one-word name the model typed as a person or place is a company when its sentence treats it as one.

"Shares in Genentech rose", "Roche chief executive Franz Humer", "Japanese carmaker Nissan": the model has
no world knowledge of brands and often calls them PER or GPE. The pack lists the words that only a business
takes right before (``company_cues_before``) or right after (``company_cues_after``) its name, and the
household business names (``company_names``) a model's person or place never is in news text.
"""

from __future__ import annotations

from kabar.stages.entities.loading import HYPHENS, Cand, Resources
from kabar.text.tokens import Toks, fold_token


def _follows(T: Toks, k: int, cue: tuple[str, ...]) -> bool:
    return k + len(cue) <= T.n and tuple(T.folded[k:k + len(cue)]) == cue


def _precedes(T: Toks, k: int, cue: tuple[str, ...]) -> bool:
    return k - len(cue) >= 0 and tuple(T.folded[k - len(cue):k]) == cue


def _model_only(group: list[Cand], max_len: int) -> list[Cand]:
    """The group's own name spans when the model alone proposed all of them (no gazetteer entry, title or office)."""
    names = [c for c in group if c.source not in ("alias",)]
    if not names or any(c.entries or c.title or c.office or c.length > max_len or c.source != "ner" for c in names):
        return []
    return names


def is_company(T: Toks, res: Resources, group: list[Cand], etype: str) -> bool:
    """True for a PER/GPE/LOC entity of the model alone, named by up to three words, with a company cue
    beside it. A cue ending in a relation word that may also introduce a person ("spokesman for Tony Blair")
    only counts for a one-word name."""
    if etype not in ("PER", "GPE", "LOC") or not (res.company_before or res.company_after):
        return False
    names = _model_only(group, 3)
    if not names:
        return False
    if res.company_names and all(fold_token(T.span_text(c.start, c.end)) in res.company_names for c in names):
        return True  # a household business name of the pack ("Sony", "Gazprom"): the model's person or place
    one_word = all(c.length == 1 for c in names)
    after = _by_length(res, "after", res.company_after)
    before = _by_length(res, "before", res.company_before) if one_word else \
        _by_length(res, "before-not-for", [cue for cue in res.company_before if cue[-1] != "for"])
    return any(any(c.end + n <= T.n and tuple(T.folded[c.end:c.end + n]) in cues for n, cues in after)
               or any(c.start - n >= 0 and tuple(T.folded[c.start - n:c.start]) in cues for n, cues in before)
               for c in names)


def _by_length(res: Resources, key: str, cues: list[tuple[str, ...]]) -> tuple[tuple[int, frozenset], ...]:
    """The cue list as (length, set of cues of that length), made once per language: one set look-up per
    length instead of a comparison per cue (what ``_follows``/``_precedes`` against each cue would answer)."""
    cache = res.__dict__.setdefault("_company_cues_by_length", {})
    hit = cache.get(key)
    if hit is None:
        by_len: dict[int, set] = {}
        for cue in cues:
            by_len.setdefault(len(cue), set()).add(cue)
        hit = cache[key] = tuple((n, frozenset(v)) for n, v in by_len.items())
    return hit


def company_context(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """Article-wide company evidence for model names typed PER/GPE/LOC with no cue of their own.

    * A one-word "person" that opens an organisation's longer name in the same article is that organisation's
      short name: "Sony" beside "Sony Computer Entertainment", "Cisco" beside "Cisco Systems".
    * An enumeration that names an organisation names its peers: "Sony Ericsson, Motorola, BenQ and Arima",
      "Yahoo, Ask Jeeves and Amazon". Only an enumeration with a joining word, only names of one word (two in
      a list of three or more), never one a surname refers back to, never a gazetteer form.
    Both apply only where the pack lists company cues (the languages that type companies this way)."""
    if not (res.company_before or res.company_after) or not res.list_joiners:
        return types
    types = list(types)
    org_heads = {T.folded[c.start] for g, t in zip(groups, types) if t == "ORG"
                 for c in g if c.length >= 2 and c.source != "alias" and T.cap[c.start]}
    for n, (g, t) in enumerate(zip(groups, types)):
        if t == "PER":  # a place opens bodies named after it: "Karachi" and "Karachi Stock Exchange"
            names = _model_only(g, 1)
            if names and T.folded[names[0].start] in org_heads and T.words[names[0].start] not in res.forms:
                types[n] = "ORG"
    # enumerations: spans in text order with their group's type
    spans = sorted(((c, n) for n, g in enumerate(groups) for c in g if not c.nested), key=lambda x: x[0].start)

    def joined(a: Cand, b: Cand) -> bool:
        gap = range(a.end, b.start)
        return 1 <= len(gap) <= 2 and all(T.folded[k] in res.list_joiners or T.words[k] == "," for k in gap)

    runs, run = [], []
    for item in spans:
        if run and joined(run[-1][0], item[0]):
            run.append(item)
        else:
            if len(run) >= 2:
                runs.append(run)
            run = [item]
    if len(run) >= 2:
        runs.append(run)
    convert = set()
    for run in runs:
        # an enumeration has a joining word ("X, Y and Z"); commas alone are often an apposition
        # ("said David Yarnton, Nintendo Europe's general manager")
        if not any(types[n] == "ORG" for _, n in run) or not any(
                T.words[k] != "," for a, b in zip(run, run[1:]) for k in range(a[0].end, b[0].start)):
            continue
        if any(types[n] == "PER" and any(x.entries or x.title for x in groups[n]) for _, n in run):
            continue  # a known person in the run makes it a list of people: "Oliver Letwin, David Davis and
            # Theresa May, Lib Dem's elections chief ..."
        for c, n in run:
            if types[n] not in ("PER", "GPE", "LOC") or any(T.words[x.start] in res.forms for x in groups[n]):
                continue
            if c.end < T.n and T.words[c.end] in HYPHENS and not T.ws[c.end - 1]:
                continue  # "Barclays and California-based Wells Fargo": a place that qualifies the next name
            names = _model_only(groups[n], 2 if len(run) >= 3 else 1)
            if names and not (any(x.length >= 2 for x in names) and any(x.length == 1 for x in groups[n])):
                convert.add(n)
    for n in convert:
        types[n] = "ORG"
    return types


def company_name_spans(T: Toks, res: Resources, taken: list[Cand], lower_words: set[str]) -> list[Cand]:
    """ORG spans for the pack's household business names that no other source covers ("Fiat claims that GM ...",
    "Shares in Barclays fell": the model often misses a one-word company it has not seen). Only a name standing
    alone: no capitalised word right before it (but "The"-like stop words: "the Nationwide") or right after it
    ("Ford Motor", "Harrison Ford"), no title right before it ("President Ford", "Lord Sainsbury"), not a sentence opener the article also writes in lower case
    ("Total sales"), and never a word some person's name of the text ends in ("David Sainsbury")."""
    if not res.company_names or not T.n:
        return []
    covered = bytearray(T.n)
    surnames = set()
    for c in taken:
        covered[c.start:c.end] = b"\x01" * c.length
        if c.label == "PER":
            surnames.add(T.folded[c.end - 1])
    out = []
    k = 0
    while k < T.n:
        hit = None
        if T.cap[k] and T.word[k] and not covered[k]:
            for n in (4, 3, 2, 1):  # the longest listed name at k ("Lloyds TSB", "Sainsbury 's"), as the pack writes it
                if k + n <= T.n and T.span_text(k, k + n).replace("\u2019", "'") in res.company_surfaces:
                    hit = n
                    break
        if hit is None:
            k += 1
            continue
        e = k + hit
        ok = not any(covered[k:e]) and T.folded[k] not in surnames \
            and not (k > 0 and T.cap[k - 1] and T.word[k - 1] and not T.sent_start[k] and T.folded[k - 1] not in res.stop) \
            and not (e < T.n and T.cap[e] and T.word[e] and not T.sent_start[e]) \
            and not (T.sent_start[k] and T.folded[k] in lower_words) \
            and not (k > 0 and (T.folded[k - 1] in res.titles or T.folded[k - 1] in res.peer_titles))
        if ok:
            out.append(Cand(k, e, "ORG", "ner"))
        k = e
    return out



def company_cued_spans(T: Toks, res: Resources, taken: list[Cand], lower_words: set[str]) -> list[Cand]:
    """ORG spans for a name right after a trade noun and its modifier that no other source marks: "Swiss cement
    firm Holcim has bid", "US phone firm MCI", "brewing giant Foster's Group" (a census of fresh BBC business text,
    session 16, found 7 of 31 such names missed by every source: the model has not seen them). The noun is pack
    data (``company_name_cues``); it must be written in lower case after a lower-case modifier that is no stop word
    ("cement firm", not "the firm" or "a company"), and the name must be capitalised, uncovered, never written in
    lower case in the article, neither a stop word nor a title. The name runs over capitalised words, glued
    hyphens ("F-Secure"), "&" and a
    possessive that a capitalised word follows, even one a model span holds alone ("Destiny's Child", where the
    model marks "Child": the caller drops such a span inside the new one); up to four words."""
    if not res.company_name_cues or not T.n:
        return []
    covered = bytearray(T.n)
    for c in taken:
        covered[c.start:c.end] = b"\x01" * c.length
    out = []
    for k in range(1, T.n - 1):
        if T.folded[k] not in res.company_name_cues or not T.words[k].islower() or not T.ws[k]:
            continue
        prev = T.words[k - 1]
        if not (prev.islower() and T.word[k - 1]) or T.folded[k - 1] in res.stop or T.sent_start[k + 1]:
            continue
        s = k + 1
        if not (T.cap[s] and T.word[s]) or covered[s] or T.folded[s] in lower_words or T.folded[s] in res.stop \
                or T.folded[s] in res.titles or T.folded[s] in res.peer_titles:
            continue
        e = s + 1
        while e < T.n and e - s < 4:
            if T.cap[e] and T.word[e] and T.folded[e] not in res.stop and not covered[e]:
                e += 1
            elif T.words[e] in HYPHENS and not T.ws[e - 1] and not T.ws[e] and e + 1 < T.n and T.cap[e + 1] \
                    and T.word[e + 1] and not covered[e + 1]:
                e += 2  # "F-Secure", "Deutsche-Telekom": a hyphen glued on both sides joins the name's parts
            elif T.words[e] in ("&", "'s", "\u2019s") and e + 1 < T.n and T.cap[e + 1] and T.word[e + 1]:
                e += 2  # "Foster's Group", "Destiny's Child": the possessive and the word after it are the name's
                while e < T.n and e - s < 4 and T.cap[e] and T.word[e] and T.folded[e] not in res.stop:
                    e += 1
                break
            else:
                break
        out.append(Cand(s, e, "ORG", "ner"))
    return out


def appositive_companies(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """A model's person or place followed by an apposition whose head is a trade noun is a company: "Wipro,
    India's third-biggest software firm,", "Varig, Brazil's flagship airline.", "Visteon, a former subsidiary."
    The apposition opens with an article or a capitalised possessor ("India's"), holds up to five lower-case,
    hyphen or number words and no stop word (so "Gianni Agnelli, the godfather of the group," stays a person),
    and its head (``company_appositive_heads``) ends it at a comma, full stop, semicolon or bracket."""
    if not res.company_appositive_heads:
        return types
    types = list(types)
    for n, (g, t) in enumerate(zip(groups, types)):
        if t not in ("PER", "GPE", "LOC"):
            continue
        if t == "PER" and any(_trade_before(T, res, c.start, c.end) for c in _model_only(g, 3)):
            types[n] = "ORG"
            continue
        for c in _model_only(g, 3):
            k = c.end
            if k + 3 >= T.n or T.words[k] != ",":
                continue
            j = k + 1
            if T.folded[j] in ("the", "a", "an"):
                j += 1
            elif T.cap[j] and T.word[j] and T.words[j + 1] in ("'s", "\u2019s"):
                j += 2
            else:
                continue
            head = None
            for h in range(j, min(j + 6, T.n - 1)):
                w = T.words[h]
                if T.folded[h] in res.company_appositive_heads and T.words[h + 1] in (",", ".", ";", ")"):
                    head = h
                    break
                if T.folded[h] in res.stop or not (w.islower() or w in HYPHENS or w[:1].isdigit() or w == "US"):
                    break
            if head is not None:
                types[n] = "ORG"
                break
    return types


def _trade_before(T: Toks, res: Resources, s: int, e: int) -> bool:
    """Session 33 (encomp33): a trade noun stands right before the name at ``s``, as in company_cued_spans, or
    heads an apposition that the name closes off: "US mortgage giant | Fannie Mae", "parts maker | Robert Bosch"
    (the noun, lower case, after a lower-case modifier that is no stop word), "the world's biggest confectionery
    firm, | Cadbury Schweppes,", "Ireland's state-owned airline, | Aer Lingus," (the noun, lower case after a
    lower-case word, then a comma; a comma, full stop or semicolon after the name)."""
    k = s - 1
    if k >= 1 and T.folded[k] in res.company_name_cues and T.words[k].islower() and T.word[k - 1] \
            and T.words[k - 1].islower() and T.folded[k - 1] not in res.stop \
            and T.folded[k - 1] not in res.company_cue_person_modifiers:
        return True  # (not a person's trade: "film maker | Theo van Gogh")
    if k < 2 or T.words[k] != "," or T.folded[k - 1] not in res.company_appositive_heads \
            or not T.words[k - 1].islower() or not (T.words[k - 2].islower() and T.word[k - 2]):
        return False
    return e < T.n and T.words[e] in (",", ".", ";")


def extend_company_forms(T: Toks, res: Resources, ner: list[Cand], conf: list[Cand], lower_words: set[str]) -> list[Cand]:
    """A model ORG opened by a company form (pack ``company_forms``: "PT", "CV", "Perum") that stops before more
    capitalised words of the same run is the whole run, up to three words more: "Direktur PT Makassar | Tene sejak
    2006", "PT Permata Dunia | Sukses Utama", "PT Jaya Abadi | Steel di Desa Beberan" (session 19, names-id14: the
    Indonesian model cut 4 of 8 such names in 36 fresh detik articles). A word joins only when it is capitalised,
    alphabetic, in the same line, no stop, title or joining word, never written in lower case in the article, and no
    confident span (a place, a known person or body) begins there; the run is not taken when the model reads two
    words or more of it as a person ("PT Pertamina | Nicke Widyawati"), and a one-word person of the model inside
    it goes ("PT Makassar | Tene")."""
    if not res.extend_company_forms or not ner:
        return ner
    conf_starts = {c.start for c in conf}
    conf_cover = bytearray(T.n)
    for c in conf:
        conf_cover[c.start:c.end] = b"\x01" * c.length
    drop: set[int] = set()
    for c in ner:
        if c.label != "ORG" or c.length < 2 or T.folded[c.start] not in res.company_forms:
            continue
        e = c.end
        while e < T.n and e - c.end < 3 and T.ws[e - 1] and "\n" not in T.ws[e - 1] and T.cap[e] and T.word[e] \
                and T.words[e].isalpha() and not conf_cover[e] and e not in conf_starts \
                and T.folded[e] not in res.stop and T.folded[e] not in res.titles and T.folded[e] not in res.org_joiners \
                and T.folded[e] not in res.connectors and T.folded[e] not in lower_words:
            e += 1
        if e == c.end:
            continue
        inner = [x for x in ner if x is not c and x.start < e and x.end > c.end]
        if any(x.label == "PER" and x.length >= 2 or x.end > e or x.start < c.end for x in inner):
            continue
        drop.update(id(x) for x in inner)
        c.end = e
    return [c for c in ner if id(c) not in drop] if drop else ner
