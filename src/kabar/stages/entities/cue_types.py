"""A name the model typed as a person or body is something else when its sentence says what it is.

"Labour MP for Hornsey and Wood Green", "the Tory candidate in Sedgefield", "the East Kilbride seat": the
model reads the unknown seat after "MP for" as the end of a person or as a body. The pack lists the words
that put a constituency right after them (``constituency_cues_before``) or right before them
(``constituency_cues_after``); a seat named after such a cue, and the seats joined to it by a list word
("Kensington and Chelsea"), are the place (GPE), as the gold house style types administrative units.
A name before a building's lower-case noun (``place_cues_after``: "Belmarsh prison", "Broadmoor hospital") is
the building (LOC), as the gold house style types named buildings.
Broadcast programmes are named before "programme" or "show" (``programme_cues_after``: "the Wright Stuff
programme", "Breakfast with Frost programme") or after a broadcaster's possessive (``programme_cues_before``:
"BBC Radio 4's World at One", "the BBC's Westminster Hour"): a named work (MISC), not the body or person the
model saw; the name goes on over ``programme_joiners`` ("World | at One", "Woman | 's Hour").
A body of the model alone named like a person ("Frank Field MP", "Amnesty International's Jan Shaw"): a
gazetteer person's given name, then capitalised words none of which the pack knows as a body's, place's or
title's word, the last never written in lower case in the article, is the person (``given_name_persons``).
"""

from __future__ import annotations

import re

from kabar.stages.entities.companies import _follows, _model_only, _precedes, is_company
from kabar.stages.entities.loading import QUOTES, Cand, Resources, places_gazetteer
from kabar.stages.entities.ner import person_cued
from kabar.stages.entities.titles import title_matches
from kabar.text.datelines import DATELINE
from kabar.text.tokens import Toks, fold_token


def _cued(T: Toks, res: Resources, groups: list[list[Cand]], lasts: dict[str, list], firsts: dict[str, list],
          lists: bool) -> set[int]:
    """Starts of the spans a cue names; with ``lists``, also the names listed right after a cued one. The cues
    come indexed (``loading.cues_by_edge``): those before a name by their last word, those after by their first."""
    spans = sorted((c for g in groups for c in g if not c.nested), key=lambda c: c.start)
    cued: set[int] = set()
    for i, c in enumerate(spans):
        if (c.start and T.folded[c.start - 1] in lasts and any(_precedes(T, c.start, cue)
                                                               for cue in lasts[T.folded[c.start - 1]])) or \
                (c.end < T.n and T.folded[c.end] in firsts and any(_follows(T, c.end, cue) for cue in firsts[T.folded[c.end]])):
            cued.add(c.start)
        elif lists and i and spans[i - 1].start in cued and 1 <= c.start - spans[i - 1].end <= 2 and all(
                T.folded[k] in res.list_joiners or T.words[k] == "," for k in range(spans[i - 1].end, c.start)):
            cued.add(c.start)  # "MP for Kensington and Chelsea": the list goes on naming the seat
    if lists and firsts:  # "Belmarsh and Woodhill prisons": a list before a cue after it names the same kind
        back = {c.start for c in spans if c.end < T.n and T.folded[c.end] in firsts
                and any(_follows(T, c.end, cue) for cue in firsts[T.folded[c.end]])}
        for i in range(len(spans) - 2, -1, -1):
            c, d = spans[i], spans[i + 1]
            if d.start in back and 1 <= d.start - c.end <= 2 and all(
                    T.folded[k] in res.list_joiners or T.words[k] == "," for k in range(c.end, d.start)):
                back.add(c.start)
                cued.add(c.start)
    return cued


def _retype(groups: list[list[Cand]], types: list[str], cued: set[int], to: str, max_len: dict[str, int]) -> None:
    """``to`` for entities of the model alone, of a type in ``max_len`` and names that long at most, whose
    every name span is cued (a person named again elsewhere stays a person)."""
    for n, (g, t) in enumerate(zip(groups, types)):
        if t in max_len and any(c.start in cued for c in g):
            names = _model_only(g, max_len[t])
            if names and all(c.start in cued for c in names):
                types[n] = to


def _after_broadcaster(T: Toks, res: Resources, c: Cand) -> bool:
    """A span right after a broadcaster's possessive that is no body of the broadcaster ("BBC's World Service")."""
    return c.start > 0 and T.folded[c.start - 1] in res.programme_before_lasts \
        and any(_precedes(T, c.start, cue) for cue in res.programme_before_lasts[T.folded[c.start - 1]]) \
        and T.folded[c.end - 1] not in res.org_words


def extend_programmes(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """A programme's name after a broadcaster's possessive goes on over a joiner and a capitalised word
    ("Radio 4's World | at One", "Woman | 's Hour"); spans inside the longer name are dropped."""
    if not res.programme_before or not res.programme_joiners:
        return spans
    drop: set[int] = set()
    for c in spans:
        if c.nested or not _after_broadcaster(T, res, c):
            continue
        e = c.end
        while e + 1 < T.n and T.folded[e] in res.programme_joiners and T.cap[e + 1] and not T.sent_start[e + 1]:
            e += 2
        if e > c.end:
            drop |= {id(o) for o in spans if o is not c and c.start <= o.start and o.end <= e}
            c.end = e
    return [c for c in spans if id(c) not in drop]


def drop_peer_seats(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """A peer's territorial designation is part of the title, not a place or body: "Lord Nicholls of
    Birkenhead", "Lord Irvine of Lairg" (``peer_titles``). A span "Kinnock of Bedwellty" after the title keeps
    the name before "of" as the person."""
    if not res.peer_titles or not res.affiliation_joiners:
        return spans

    def peer_name_before(k: int) -> bool:  # tokens [.., k) are "<peer title> <capitalised name words>"
        j = k
        while j > 0 and T.cap[j - 1] and T.folded[j - 1] not in res.peer_titles and k - j < 3:
            if T.folded[j - 1] in res.titles:
                return False  # an office, not a peer's name: "Lord Chief Justice of England", "Lord Mayor of London"
            j -= 1
        return j < k and j > 0 and T.folded[j - 1] in res.peer_titles

    out = []
    for c in spans:
        if c.label != "PER" and c.start >= 1 and T.folded[c.start - 1] in res.affiliation_joiners \
                and peer_name_before(c.start - 1):
            continue
        if c.start >= 1 and T.folded[c.start - 1] in res.peer_titles:
            cut = next((k for k in range(c.start + 1, c.end - 1) if T.folded[k] in res.affiliation_joiners), None)
            if cut is not None and not any(T.folded[k] in res.titles for k in range(c.start, cut)):
                c.end, c.label = cut, "PER"
        out.append(c)
    return out




def drop_in_quoted_titles(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """A title in quotes after a pack cue (``quoted_title_cues``: "Sarasehan Nasional bertajuk 'Urgensi Reformasi
    Polri Menuju Institusi Profesional, Transparan, dan Humanis'", "buku berjudul 'Jalan Tengah Sistem Pemilu
    Legislatif'") is a work's or an event's wording, not names: the model's and the scan's spans wholly inside
    the quotes are dropped ("Reformasi Polri" ORG, "Humanis" PER, "Jalan Tengah Sistem Pemilu Legislatif" LOC).
    Names the gazetteer knows stay ("di Indonesia"), and so do a person the model found whose last word ends a
    gazetteer person's name ("Pasca Kebijakan Trump") and a place ("... of Jack Bean in Central Java"): they name
    the same referent there as anywhere. The quote must close in the same sentence."""
    if not res.quoted_title_cues:
        return spans
    zones: list[tuple[int, int]] = []
    for k in range(T.n - 2):
        if T.folded[k] not in res.quoted_title_cues or T.words[k + 1] not in QUOTES:
            continue
        j = k + 2
        while j < T.n and T.words[j] not in QUOTES and not (T.sent_start[j] and j > k + 2) and j - k < 60:
            j += 1
        if j < T.n and T.words[j] in QUOTES and j > k + 2:
            zones.append((k + 2, j))
    if not zones:
        return spans
    return [c for c in spans if c.entries or c.source == "gaz"
            or (c.label == "PER" and T.words[c.end - 1] in res.person_surnames) or c.label == "GPE"
            or not any(a <= c.start and c.end <= b for a, b in zones)]


def drop_law_subjects(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """The subject after "tentang" in a law's reference ("Perppu Nomor 2 Tahun 2017 tentang Organisasi
    Kemasyarakatan", "Undang-Undang Nomor 17 Tahun 2016 tentang Perlindungan Anak") is part of the law's title, which
    the gold marks MISC optional as a whole, not a body: the organisation scan reads "Organisasi ..." as one. A span
    right after "tentang" is dropped when a law word (``law_subject_cues``) opens the reference within 12 tokens
    before it in the sentence; names the gazetteer knows stay."""
    if not res.law_subject_cues:
        return spans

    def law_subject(c: Cand) -> bool:
        k = c.start - 1
        if k < 1 or T.folded[k] != "tentang" or c.entries or c.source == "gaz" or c.label == "MISC":
            return False
        for j in range(k - 1, max(-1, k - 13), -1):
            if T.folded[j] in res.law_subject_cues:
                return True
            if T.sent_start[j]:
                break
        return False
    return [c for c in spans if not law_subject(c)]


def drop_programme_names(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """A name right after a programme's head noun (``programme_heads``: "program Makan Bergizi Gratis", "program
    Mamaku", "kampanye Ekstra Aman", "Proyek Simple Surfactant Flood") or opened by the head itself ("Program Tiga
    Juta Rumah") is a programme's, an app's or a project's name: the gold house style leaves it unmarked or marks it
    MISC optional, never a person, body or place. Such spans are dropped, and so are the same names written again
    in the article without the head ("program Transjabodetabek" ... "Untuk Transjabodetabek ini"). A name that opens
    with an office ("program Presiden Prabowo"), a body's head word ("program Kementerian Sosial", "program
    Kemensos") or a company form, or holds a body's head word, names its owner and stays; a run opened by a
    ``programme_units`` word is a body's unit ("Program Studi Sosiologi FISIP Unud") and stays; so do gazetteer
    names other than the pack's named things ("aplikasi BPJS") and a name the article also writes after an office
    ("Gubernur Dedi Mulyadi"). The name's bracketed short form goes with it ("... Inclusive Cities (CRIC)").
    Runs go over ``programme_joiners`` ("Climate Resilient and Inclusive Cities") and stop at an office's word
    ("Program Asta Cita | Presiden Republik Indonesia")."""
    if not res.programme_heads:
        return spans

    def head_at(j: int) -> bool:
        return T.folded[j] in res.org_head_first and any(tuple(T.folded[j:j + len(h)]) == h for h in res.org_heads)

    def owner(a: int, b: int) -> bool:  # the run [a, b) names a holder, a body, a company or a unit
        w = T.folded[a]
        return (w in res.titles or w in res.programme_units or w in res.company_forms
                or any(w.startswith(p) for p, _ in res.head_prefixes) or any(head_at(j) for j in range(a, b)))

    def known(c: Cand) -> bool:  # a gazetteer name; the pack's named things (MISC words) are no owner
        return bool(c.entries) or (c.source == "gaz" and not (c.key or "").startswith("word:MISC"))

    def name_start(c: Cand) -> int:  # the name without its head word: "Program | Tiga Juta Rumah"
        k = c.start
        return k + 1 if (T.folded[k] in res.programme_heads and T.cap[k] and c.length >= 2 and T.cap[k + 1]) else k

    def name_word(j: int, first: int) -> bool:
        return T.cap[j] and T.word[j] and not (j > first and (T.sent_start[j] or T.folded[j] in res.titles))

    names: set[str] = set()
    runs: list[tuple[int, int]] = []
    for k in range(T.n - 1):  # the capitalised run right after a head noun, over its joiners ("... Resilient and
        if T.folded[k] not in res.programme_heads or T.sent_start[k + 1] or not name_word(k + 1, k + 1):  # Inclusive")
            continue
        j = k + 1
        while j < T.n and j - k <= 8 and (name_word(j, k + 1) or (
                T.folded[j] in res.programme_joiners and j + 1 < T.n and name_word(j + 1, k + 1))):
            j += 1  # "Program Asta Cita | Presiden ...": the office names the owner, no word of the programme
        if not owner(k + 1, j):
            names.add(" ".join(T.folded[k + 1:j]))
            runs.append((k + 1, j))
    hits = []
    for c in spans:
        a = name_start(c)
        after = a == c.start and a >= 1 and T.folded[a - 1] in res.programme_heads
        inside = any(r0 <= c.start and c.end <= r1 for r0, r1 in runs)
        if (after or a > c.start or inside) and not owner(a, c.end):
            names.add(" ".join(T.folded[a:c.end]))
            hits.append(c)
    for e in [r1 for _, r1 in runs] + [c.end for c in hits]:  # its short form in brackets: "... Cities (CRIC)"
        if e + 2 < T.n and T.words[e] == "(" and T.words[e + 2] == ")" and T.word[e + 1]:
            names.add(T.folded[e + 1])
    if not names:
        return spans
    vouched = {" ".join(T.folded[c.start:c.end]) for c in spans if c.title or c.office}
    return [c for c in spans
            if known(c) or " ".join(T.folded[name_start(c):c.end]) in vouched
            or not (any(h is c for h in hits) or " ".join(T.folded[name_start(c):c.end]) in names)]


def drop_body_country_suffixes(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """The home country's short form right after a body's name is part of that name, as inside one span ("DPR RI"
    is one body, and the pack does not keep "RI" nested in it): "Kejagung RI", "BPK RI", "Ketua Dewan Perwakilan
    Daerah (DPD) RI". A span of a ``body_country_suffixes`` form (as written, "RI") that follows an organisation's
    span, or the bracketed short form right after one, is dropped; the country written on its own stays ("masuk
    ke RI", "ekonomi RI"), and so does one after an office ("Presiden RI")."""
    if not res.body_country_suffixes:
        return spans
    org_ends = {c.end for c in spans if c.label == "ORG"}

    def after_body(k: int) -> bool:
        if k in org_ends:
            return True
        if k >= 3 and T.words[k - 1] == ")":  # "(DPD) RI": the bracket right after the body's name
            opened = next((j for j in range(k - 2, max(k - 6, -1), -1) if T.words[j] == "("), None)
            return opened is not None and opened in org_ends
        return False

    return [c for c in spans
            if not (c.label == "GPE" and c.length == 1 and T.words[c.start] in res.body_country_suffixes
                    and after_body(c.start))]


def drop_portfolios(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """A minister's field after "<title> for/of" is part of the office, no body: "Minister for Children, Young
    People and Families Margaret Hodge", "Secretary of State for Culture, Media and Sport", "Director of Public
    Prosecutions". A model's span there loses its leading ``portfolios`` words (and the list joiners between
    them); one that was nothing else is dropped, the rest stays (the office-holder's name). Right after a title
    with no relation word, a span of nothing but field words is dropped too ("Vice President Corporate
    Communication Pertamina"); so is one right before a capitalised title, the British order ("Culture, Media and
    Sport Secretary Tessa Jowell", "Work and Pensions Secretary")."""
    if not res.portfolios:
        return spans
    ends = {e for _, e in title_matches(T, res)}
    zone = {e for e in ends if e and T.folded[e - 1] in res.title_relations} | \
        {e + 1 for e in ends if e < T.n and T.folded[e] in res.title_relations}
    starts = {s for s, _ in title_matches(T, res)}

    def field_before_title(c: Cand) -> bool:  # "Culture, | Media | and Sport Secretary Tessa Jowell"
        if not all(T.folded[k] in res.portfolios or (k > c.start and T.folded[k] in res.list_joiners)
                   for k in range(c.start, c.end)):
            return False
        j = c.end
        while j < T.n and (T.words[j] == "," or T.folded[j] in res.list_joiners
                           or (T.cap[j] and T.folded[j] in res.portfolios)):
            j += 1
        return j in starts and T.cap[j]

    out = []
    for c in sorted(spans, key=lambda c: c.start):
        if c.source == "ner" and not c.nested and field_before_title(c):
            continue  # a field before the office word is the office's: "Culture, Media and Sport Secretary"
        if c.source == "ner" and not c.nested and c.start in ends and c.start not in zone \
                and all(T.folded[k] in res.portfolios for k in range(c.start, c.end)):
            continue  # right after the title and nothing but its field: "Vice President | Corporate Communication"
        if c.source == "ner" and not c.nested and c.start in zone:
            k = c.start
            while k < c.end and (T.folded[k] in res.portfolios or (k > c.start and T.folded[k] in res.list_joiners)):
                k += 1
            if k > c.start:
                j = k  # the field list goes on after the span: "Children, | Young People | and Families ..."
                while j < T.n and (T.words[j] == "," or T.folded[j] in res.list_joiners):
                    j += 1
                zone.add(j)
                if k == c.end:
                    continue
                c.start = k
        out.append(c)
    return out


def _person_like(T: Toks, res: Resources, c: Cand, lower_words: set[str], org_prefixes: set[tuple]) -> bool:
    words, folded = T.words[c.start:c.end], T.folded[c.start:c.end]
    if c.length < 2 or folded[0] not in res.given_names or folded[0] in res.saint_words or folded[-1] in lower_words \
            or folded[0] in res.company_heads:  # "Air Deccan": the name list's given name "Air" opens a firm here
        return False
    if not (len(words[0]) >= 2 and words[0][1:].islower()) or tuple(folded) in org_prefixes:
        return False  # "UK Treasury"; "Balfour Beatty" beside "Balfour Beatty Rail Maintenance"
    if c.start and T.folded[c.start - 1] in res.place_prepositions:
        return False  # "in Koh Phi Phi"
    if fold_token(T.span_text(c.start, c.end)) in res.company_names:
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() and f not in res.org_words and f not in res.generic
               and f not in res.titles and f not in res.stop and f not in res.connectors and f not in res.peer_titles
               and f not in res.particles  # "Le Temps", "Al Jazeera": a particle opens no given name here
               and w not in res.word_key for w, f in zip(words, folded))  # "Roman Catholics": a people's word


def given_name_persons(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str],
                       lower_words: set[str]) -> list[str]:
    """PER for a model's body of two or three words named like a person (see the module's docstring)."""
    if not res.given_name_persons:
        return types
    types = list(types)
    org_prefixes = {tuple(T.folded[c.start:c.start + k]) for g, t in zip(groups, types) if t == "ORG"
                    for c in g for k in range(2, c.length)}
    for n, (g, t) in enumerate(zip(groups, types)):
        if t == "ORG":
            names = _model_only(g, 3)
            if names and all(_person_like(T, res, c, lower_words, org_prefixes) for c in names) \
                    and not is_company(T, res, g, "PER"):  # "US mortgage firm Freddie Mac": the cue says a firm
                types[n] = "PER"
    return types


def norp_persons(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """PER for a group of one-word mentions of a word of the pack's ``norp_words`` ("Muslim", "Islam") when the text
    cues one of them as a person (:func:`kabar.stages.entities.ner.person_cued`: "ujar Muslim kepada wartawan", "kata
    Muslim", "Pak Muslim", "Muslim (45)"). The word is a given name there; as a group it follows a noun ("umat Muslim",
    "negara mayoritas Muslim") and takes no speech verb. When one person of the text has a name of two words or more
    opening with the word, the mentions join that person (their group is typed "" and left out). Pack setting
    `norp_persons` (Indonesian, session 29)."""
    if not res.norp_persons:
        return types
    types = list(types)
    for n, (g, t) in enumerate(zip(groups, types)):
        if t != "NORP" or not g or any(c.length != 1 or not (c.key or "").startswith("word:") for c in g):
            continue
        if any(person_cued(T, res, c) for c in g):
            types[n] = "PER"
            word = T.folded[g[0].start]
            full = [m for m, (h, u) in enumerate(zip(groups, types)) if u == "PER" and m != n
                    and any(c.length >= 2 and T.folded[c.start] == word for c in h)]
            if len(full) == 1:  # "Muslim Jaya Butar Butar" ... "ujar Muslim": a mention of that one person
                groups[full[0]].extend(g)
                types[n] = ""  # recognise() leaves the emptied group out
    return types


def cue_types(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """GPE for seats, LOC for buildings, MISC for programmes, from the PER/ORG(/GPE) types of the model."""
    types = list(types)
    if res.constituency_before or res.constituency_after:
        cued = _cued(T, res, groups, res.constituency_before_lasts, res.constituency_after_firsts, True)
        _retype(groups, types, cued, "GPE", {"PER": 3, "ORG": 3})
    if res.place_after:  # "Belmarsh prison", "Belmarsh and Woodhill prisons": the building (LOC)
        cued = _cued(T, res, groups, {}, res.place_after_firsts, True)
        _retype(groups, types, cued, "LOC", {"PER": 2, "ORG": 3, "GPE": 3})
    if res.product_after:  # "Smirnoff vodka", "Nimrod and A400M aircraft": the product (MISC), not a firm or place
        cued = {k for k in _cued(T, res, groups, {}, res.product_after_firsts, True)
                if fold_token(T.words[k]) not in res.company_names}
        _retype(groups, types, cued, "MISC", {"PER": 2, "GPE": 2, "LOC": 2, "ORG": 3})
    if res.work_before:  # "the comedy Meet The Fockers", "boxing drama Million Dollar Baby": the work (MISC)
        cued = {k for k in _cued(T, res, groups, res.work_before_lasts, {}, False)
                if T.words[k - 1].islower() and fold_token(T.words[k]) not in res.company_names}
        _retype(groups, types, cued, "MISC", {"PER": 4, "ORG": 8, "GPE": 3, "LOC": 3})
    if res.programme_after:
        # a one-word "person" only: "the Jeremy Vine show" is named after its presenter
        _retype(groups, types, _cued(T, res, groups, {}, res.programme_after_firsts, False), "MISC", {"PER": 1, "ORG": 3})
    if res.programme_before:  # only the model's bodies: "BBC's Nick Robinson" is the broadcaster's person
        cued = {c.start for g in groups for c in g if not c.nested and _after_broadcaster(T, res, c)}
        _retype(groups, types, cued, "MISC", {"ORG": 5})
    return types


def _law_shaped(T: Toks, res: Resources, c: Cand) -> bool:
    """A name shaped like a law's, a document's or a named war's: "Sarbanes-Oxley Act", "Warwick Agreement",
    "Human Rights Act 1998" (the closing word case-sensitive, a year may follow), "European Convention on
    Human Rights", "Bill of Rights", "World War Two" (an opening pair, folded)."""
    e = c.end
    while e - 1 > c.start and T.words[e - 1].isdigit():
        e -= 1
    if e - c.start >= 2 and T.words[e - 1] in res.misc_tails and T.cap[c.start]:
        return True
    return any(T.cap[k] and tuple(T.folded[k:k + 2]) in res.misc_heads for k in range(c.start, c.end - 1))


def law_names(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """MISC for an entity whose every name of two words or more is shaped like a law's, document's or war's
    (``misc_tails``, ``misc_heads``): the model, the organisation scan and the pack's MISC patterns read
    "Parliament Act", "Serious Organised Crime and Police Bill", "Act of Settlement" as bodies, because a body's
    word ("Parliament", "Police") or a capitalised run sits inside. A person stays a person unless a head opens
    the name ("Bill Clinton", "Bill Lockyer")."""
    if not (res.misc_tails or res.misc_heads):
        return types
    types = list(types)
    for n, (g, t) in enumerate(zip(groups, types)):
        if t == "MISC" or t == "NORP":
            continue
        names = [c for c in g if c.kind != "acronym" and c.source != "alias" and c.length >= 2 and not c.demonym]
        if not names or any(c.entries for c in names):
            continue
        if t == "PER" and any(c.title for c in g):
            continue
        if all(_law_shaped(T, res, c) for c in names):
            types[n] = "MISC"
    return types



def _model_code(w: str) -> bool:
    """A model or version code closing a product's name: letters with digits ("G6", "AV400", "A321", "X5") or a
    number of two digits or more ("Boeing 747", "Windows 95", "Series 60"); one digit stays ("Channel 4", "Radio 1")."""
    digits = sum(ch.isdigit() for ch in w)
    if not digits or not w.replace("-", "").isalnum():
        return False
    return digits < len(w.replace("-", "")) or digits >= 2


def model_names(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """MISC for a body or person whose every name of two words or more closes with a model code after a
    capitalised word: products, not their makers ("Pontiac G6", "Archos AV400", "Microsoft Windows 95",
    "Symbian Series 60", "Airbus A321"), or opens with a pack's `misc_words` name ("Windows XP"). Pack setting ``model_code_misc`` (Indonesian unit numbers such as
    "Kodim 0501" name bodies). Places, peoples and gazetteer names stay."""
    if not res.model_code_misc:
        return types
    types = list(types)
    for n, (g, t) in enumerate(zip(groups, types)):
        if t not in ("ORG", "PER"):
            continue
        names = [c for c in g if c.kind != "acronym" and c.source != "alias" and c.length >= 2 and not c.demonym]
        if not names or any(c.entries or c.title for c in g):
            continue
        if all((_model_code(T.words[c.end - 1]) and T.cap[c.end - 2] and T.word[c.end - 2] and T.cap[c.start])
               or (res.word_key.get(T.words[c.start], "").startswith("MISC:")
                   and not (t == "PER" and T.folded[c.start] in res.given_names))  # "Oscar Wilde", not the award
               for c in names):
            types[n] = "MISC"  # ... or opens with a named thing of the pack ("Windows XP", "Windows Messenger")
    return types


def unknown_places(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """A one-word political place of the model alone that neither gazetteer knows (the entity gazetteer, the
    places gazetteer of `kabar.places`), with no place word ending it (`place_suffixes`: "Derbyshire") and never
    written after a place preposition ("in Southwark", "nearby Pengam") or a place noun (`place_nouns`: "the town
    of Yeoncheon", "the capital Kabul"), nor listed with a known place ("like Korea and Thailand"), is a body: "Oxfam", "Allianz", "Amicus",
    "Unison", "the firm, Paion" (pack setting `unknown_places_org`). The model types unknown capitalised words
    GPE; real places it does not know are mostly named after "in". A word in capitals (three letters or more) is
    judged so only with the pack setting `unknown_places_acronyms` (Indonesian, session 19: "badan Imigrasi dan Bea
    Cukai (ICE)"; a place is not written as an acronym that neither gazetteer knows), which is independent of
    `unknown_places_org` (off for Indonesian: small places the gazetteers lack, "Kubang" in an address, are many).
    With the pack setting `unknown_places_drop` (Indonesian, session 28) such a word not in capitals is no entity at
    all (the group is typed "" and recognise() leaves it out: "memakai Maung", "(Aspinall dan Berenschot, 2019)",
    "Widyaprada Ahli Utama") unless it also stands beside a place of any source, by a comma or "dan" ("Jalan ...,
    Jelupang, Kecamatan Serpong Utara") or before "di" and a place ("Motaain di Kabupaten Belu")."""
    if not (res.unknown_places_org or res.unknown_places_acronyms or res.unknown_places_drop):
        return types
    gaz = places_gazetteer()
    if gaz is None:
        return types
    types = list(types)
    known_ends, known_starts = set(), set()  # places the gazetteer knows: a name listed with one is a place
    for g, t in zip(groups, types):
        for c in g:
            if t in ("GPE", "LOC") and c.entries:
                known_ends.add(c.end)
                known_starts.add(c.start)

    def listed_with_place(c: Cand) -> bool:  # "markets like Korea and Thailand"
        for gap in (1, 2):
            left, right = range(c.start - gap, c.start), range(c.end, c.end + gap)
            if c.start - gap in known_ends and all(T.words[k] == "," or T.folded[k] in res.list_joiners for k in left):
                return True
            if c.end + gap in known_starts and all(k < T.n and (T.words[k] == "," or T.folded[k] in res.list_joiners)
                                                   for k in right):
                return True
        return False

    place_ends, place_starts = set(), set()  # places of any source: "Jalan ..., Jelupang, Kecamatan Serpong Utara"
    if res.unknown_places_drop:
        for g, t in zip(groups, types):
            if t in ("GPE", "LOC"):
                place_ends.update(c.end for c in g)
                place_starts.update(c.start for c in g)

    def next_to_place(c: Cand) -> bool:  # a place, then "," or "dan", then this word (or this word, then them)
        def sep(k: int) -> bool:
            return 0 <= k < T.n and (T.words[k] == "," or T.folded[k] in res.list_joiners)
        after = c.end + 2 if c.end + 1 < T.n and T.words[c.end + 1].islower() and T.folded[c.end + 1] in res.place_nouns \
            else c.end + 1  # "Wuwur, kecamatan Gabus"
        located = c.end < T.n and T.folded[c.end] in res.venue_prepositions  # "Motaain di Kabupaten Belu"
        return (sep(c.start - 1) and c.start - 1 in place_ends) or ((sep(c.end) or located) and after in place_starts)

    for n, (g, t) in enumerate(zip(groups, types)):
        if t != "GPE":
            continue
        names = _model_only(g, 1)
        if not names or any(c.nested for c in names):
            continue
        word = T.words[names[0].start]
        f = T.folded[names[0].start]
        if not word[:1].isupper() or not word.isalpha() or word in res.forms \
                or any(f.endswith(x) for x in res.place_suffixes):
            continue
        acronym = res.unknown_places_acronyms and len(word) >= 3 if word.isupper() else res.unknown_places_org
        if not acronym and not res.unknown_places_drop:
            continue
        if any(c.start > 0 and (T.folded[c.start - 1] in res.place_prepositions
                                or (T.words[c.start - 1].islower() and T.folded[c.start - 1] in res.place_nouns)
                                or (c.start > 1 and T.folded[c.start - 1] == "of" and T.folded[c.start - 2] in res.place_nouns))
               for c in names):
            continue  # "in Southwark", "the capital Kabul", "the town of Yeoncheon"
        if any(listed_with_place(c) for c in names):
            continue
        if gaz.lookup(word, res.lang):
            continue
        if acronym:
            types[n] = "ORG"
        elif not any(next_to_place(c) for c in names):
            types[n] = ""  # session 28 (names-id28): no entity; recognise() leaves the group out
    return types


def known_places(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """The counterpart of ``unknown_places``: a person of the model alone (one name, one or two words, never titled,
    not opening with a given name of the pack's list) written right after a place preposition ("in Melton Mowbray",
    "at Sunderland station") and known to the places gazetteer is that place (GPE). British news names towns the
    model has not seen; it reads a capitalised word it does not know as a surname. Only persons: a body after "at"
    is as often a club or a firm named after its town ("at Chelsea")."""
    if not res.unknown_places_org:
        return types
    gaz = places_gazetteer()
    if gaz is None:
        return types
    types = list(types)
    for n, (g, t) in enumerate(zip(groups, types)):
        if t != "PER":
            continue
        names = _model_only(g, 2)
        if not names or len({tuple(T.folded[c.start:c.end]) for c in names}) != 1 or any(c.nested for c in names):
            continue
        c = names[0]
        if T.folded[c.start] in res.given_names or not all(T.cap[k] and T.words[k].isalpha() for k in range(c.start, c.end)):
            continue
        if not any(x.start > 0 and T.folded[x.start - 1] in res.place_prepositions and T.words[x.start - 1].islower()
                   for x in names):
            continue
        if any(p.kind != "city" or p.population >= 10000 for p in gaz.lookup(T.span_text(c.start, c.end), res.lang)):
            types[n] = "GPE"  # a town of 10,000 people or more: surnames name many American hamlets ("Blair")
    return types


def _dateline_parts(text: str) -> list[tuple[int, int]]:
    """Character spans of the parts in capitals of each paragraph's dateline ("TURIN, JUARA.net - ", "JUARA.NET, LOS
    ANGELES - "): comma-separated parts whose words are all letters in capitals (an outlet has a dot or brackets)."""
    out = []
    for m in re.finditer(r"(?m)^[ \t]*", text):
        d = DATELINE.match(text, m.end())
        if not d:
            continue
        head = re.match(r"[^-–—]*", d.group(0)).group(0)
        pos = d.start()
        for part in head.split(","):
            a = pos + len(part) - len(part.lstrip())
            word_list = part.split()
            if word_list and all(w.isalpha() and w.isupper() and len(w) >= 2 for w in word_list):
                out.append((a, a + len(part.strip())))
            pos += len(part) + 1
    return out


def dateline_places(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """GPE for an entity named by the place in capitals of a paragraph's dateline ("TURIN, JUARA.net - Chelsea
    ...", "JUARA.NET, LOS ANGELES - ...") when the places gazetteer knows it: the model reads a word in capitals
    it has seldom seen as a body (pack setting `dateline_places`). Only an entity named nowhere else: grouping joins
    "BARCELONA" to the club "Barcelona" and "DORTMUND" to "Borussia Dortmund". Type only: the span is the model's."""
    if not res.dateline_places or not types:
        return types
    parts = set(_dateline_parts(T.text))
    if not parts:
        return types
    gaz = places_gazetteer()
    if gaz is None:
        return types
    types = list(types)
    for n, (g, t) in enumerate(zip(groups, types)):
        if t in ("GPE", "LOC"):
            continue
        spans = {T.char_span(c.start, c.end) for c in g}
        if spans <= parts and all(gaz.lookup(T.text[a:b].title(), res.lang) for a, b in spans):
            types[n] = "GPE"
    return types


def body_word_types(T: Toks, res: Resources, groups: list[list[Cand]], types: list[str]) -> list[str]:
    """ORG for a person, place or building whose longest name (two words or more, capitalised) ends with one of
    the pack's ``body_type_words`` or opens with one before "of": "Arizona State University", "University of
    Arizona", "Harvard University", "IPB University" (typed GPE or PER by the place or the model in Indonesian
    text). Type only: the span is the model's or the gazetteer's."""
    if not res.body_type_words:
        return types
    types = list(types)
    for n, (g, t) in enumerate(zip(groups, types)):
        if t not in ("PER", "GPE", "LOC"):
            continue
        names = [c for c in g if c.kind != "acronym" and c.length >= 2]
        if not names:
            continue
        c = max(names, key=lambda c: c.length)
        last, first = T.folded[c.end - 1], T.folded[c.start]
        if (last in res.body_type_words and T.cap[c.end - 1]) or (
                first in res.body_type_words and T.cap[c.start] and T.folded[c.start + 1] == "of"):
            types[n] = "ORG"
    return types
