"""Merging the sources: longer spans win, titles and affiliations are cut off person names."""

from __future__ import annotations

import bisect

from kabar.stages.entities.loading import Cand, Resources, places_gazetteer
from kabar.stages.entities.ner import clean_ner
from kabar.stages.entities.spans import entry_type, overlaps, select_spans
from kabar.stages.entities.titles import BODY, field_word, title_matches
from kabar.text.tokens import Toks


def _uncovered(n: Cand, over: list[Cand]) -> list[tuple[int, int]]:
    cover = set()
    for c in over:
        cover.update(range(c.start, c.end))
    pieces, s = [], None
    for k in range(n.start, n.end):
        if k in cover:
            if s is not None:
                pieces.append((s, k))
                s = None
        elif s is None:
            s = k
    if s is not None:
        pieces.append((s, n.end))
    return pieces


def _place_surname(T: Toks, res: Resources, n: Cand, over: list[Cand]) -> bool:
    """A model's person that ends in one known place word after given names of its own ("Valeska Paris")."""
    if len(over) != 1:
        return False
    c = over[0]
    before = n.start - 1
    return c.source == "gaz" and c.label in ("GPE", "LOC") and c.length == 1 and c.end == n.end \
        and n.start < c.start and (before < 0 or not (T.cap[before] and T.word[before])) and all(T.cap[k] and T.word[k] and T.folded[k] not in res.titles
                                      and T.folded[k] not in res.stop and T.words[k] not in res.forms for k in range(n.start, c.start))


def cut_org_before_person(T: Toks, res: Resources, conf: list[Cand], ner: list[Cand]) -> None:
    """ "Kepala | Dinas Pendidikan Dadang Supriatna": an organisation read by its head word right after a title
    that ends in the model's person is the office's body; the person is cut off it."""
    after_title = {e for _, e in title_matches(T, res)}
    persons = {n.end: n for n in ner if n.label == "PER"}
    for c in conf:
        if c.source == "pattern" and c.label == "ORG" and not c.nested:
            _cut_holder_after_fields(T, res, c, ner)
        n = persons.get(c.end)
        if c.source == "pattern" and c.label == "ORG" and n is not None and c.start + 2 <= n.start < c.end \
                and (c.start in after_title or _office_before(T, res, c.start, after_title)):
            c.end = n.start
            if n.end - n.start >= 3 and field_word(T, res, n.start) \
                    and T.folded[n.start] not in res.given_names:
                # session 32 (officeid32): the model's person opens with the office's last field word ("Kepala Badan
                # Penyelenggara Jaminan Produk | Halal | Afriansyah Noor"): the word is the body's, the rest the holder
                c.end = n.start = n.start + 1


def _cut_holder_after_fields(T: Toks, res: Resources, c: Cand, ner: list[Cand]) -> None:
    """Session 32 (officeid32): a body read by its head word, then field words only, then a run that opens with a
    gazetteer given name and holds no field, body or title word: the run is the holder ("Kepala Departemen Eksternal |
    Maria Victoria Viyata Mayos", "Ditjen Dikti | Khairul meyakini"). The body is cut before it; the model's span
    there (any type) becomes the person, or a person is added."""
    if (T.folded[c.start],) not in res.head_label or c.length < 3:
        return
    k = c.start + 1
    while k < c.end and field_word(T, res, k) and not T.words[k].isupper():
        k += 1
    if k == c.start + 1 or k >= c.end or T.folded[k] not in res.given_names \
            or not all(_name_word(T, res, x) for x in range(k, c.end)):
        return
    end, c.end = c.end, k
    for n in ner:
        if n.start <= k < n.end and n.end == end:
            n.start, n.label = k, "PER"
            return
    ner.append(Cand(k, end, "PER", "ner"))


def _office_before(T: Toks, res: Resources, s: int, after_title: set) -> bool:
    """Session 27 (names-id27): the office phrase runs from a title up to the body at ``s`` without a break: every
    word between is capitalised (a unit, a field, a higher body), a joiner or a unit word ("Deputi | bidang
    Pencegahan | Kementerian ... Rudi Hartono", "Kepala Bidang | Peternakan | Dinas Pertanian dan Peternakan Diah
    Ningrum"). In labelled IDNER news sentences the body's pattern had swallowed the model's person after it."""
    for k in range(s - 1, max(s - 12, -1), -1):
        if T.sent_start[k + 1] or not T.word[k] or not (T.cap[k] or T.folded[k] in res.org_joiners
                                                        or T.folded[k] in res.office_units):
            return False
        if k in after_title:
            return True
    return False


def _overlap_finder(spans: list[Cand]):
    """A function giving the spans that overlap a candidate, in list order: bisection over starts
    within the longest span's length instead of a scan of every span per candidate."""
    by_start = sorted((c.start, i) for i, c in enumerate(spans))
    starts = [start for start, _ in by_start]
    longest = max((c.end - c.start for c in spans), default=0)

    def overlapping(n: Cand) -> list[Cand]:
        lo, hi = bisect.bisect_left(starts, n.start - longest), bisect.bisect_left(starts, n.end)
        return [spans[i] for i in sorted(i for _, i in by_start[lo:hi] if overlaps(n, spans[i]))]

    return overlapping


def merge_spans(T: Toks, res: Resources, conf: list[Cand], ner: list[Cand], titled: list[Cand],
                regions: frozenset = frozenset()) -> list[Cand]:
    """Confident spans first; NER spans fill gaps, lose to confident labels, and are cut around them.
    ``regions``: (start, end) of the places cut off after a regional office (titles.region_spans)."""
    top = [c for c in conf if not c.nested]
    overlapping = _overlap_finder(top)
    accepted: list[Cand] = []
    for n in ner:
        over = overlapping(n)
        if not over:
            accepted.append(n)
            continue
        if any(c.start == n.start and c.end == n.end for c in over):
            continue
        if n.label == "PER" and _place_surname(T, res, n, over):
            accepted.append(n)
            continue
        inside = all(n.start <= c.start and c.end <= n.end for c in over)
        pieces = _uncovered(n, over)
        if n.label == "PER" or any(c.label == "PER" or (c.start, c.end) in regions for c in over) or not inside:
            # (a model's span over a region cut off after its office: "Wakil Bupati | Karawang Maslani")
            # a person after a title and affiliation: keep the last uncovered piece
            if pieces and n.label == "PER" and pieces[-1][0] >= max(c.end for c in over):
                cut = clean_ner(T, res, Cand(pieces[-1][0], pieces[-1][1], "PER", "ner"), set())
                if cut is not None:
                    accepted.append(cut)
            continue
        if not pieces and _place_led_body(n, over):
            accepted.append(n)
            continue
        # ORG/LOC/MISC around confident spans: a longer name if something else named is in it, unless the words
        # after the last one are a person written alone elsewhere ("Dinas PUPR Banten | Arlan Marzan" ... "Arlan")
        a, b = pieces[-1] if pieces else (n.end, n.end)
        if b == n.end and a >= max(c.end for c in over) and 1 <= b - a <= 3 \
                and all(_name_word(T, res, k) for k in range(a, b)) and _stands_alone(T, res, a, n.start, n.end):
            cut = clean_ner(T, res, Cand(a, b, "PER", "ner"), set())
            if cut is not None:
                accepted.append(cut)
            continue
        if any(T.cap[k] and T.word[k] and T.folded[k] not in res.stop and T.folded[k] not in res.connectors
               and not (T.sent_start[k] and T.folded[k] in res.number_openers)  # "Three | Labour councillors"
               for s, e in pieces for k in range(s, e)):
            if n.label == "GPE" and any(c.label == "ORG" and (c.end == n.end or c.start == n.start) for c in over):
                n.label = "ORG"  # a unit or branch of a known body: "Itwasum Polri", "FISIP Unud", "PN Jakarta | Selatan"
            accepted.append(n)
    bodies = [t for t in titled if t.label == BODY]
    if bodies:  # a model's person inside the body of an office whose holder is named after it ...
        def elsewhere(a: Cand, b: Cand) -> bool:  # ... unless its last word recurs outside it ("Putri Ketua DPR
            last = T.words[a.end - 1]  # Setya Novanto, Dwina ..." and later "Novanto"): then a person after all
            return any(T.words[k] == last for k in range(T.n) if not b.start <= k < b.end)
        # session 27 (names-id27): nor when the run comes after a known body and the model reads all of it as one
        # person ("mantan Ketua Umum Partai Demokrat | Anas Urbaningrum |, Adnan Buyung Nasution, menyatakan": the
        # office has its body; the run is its holder, the name after the comma another's)
        body_ends = {c.end for c in top if c.label == "ORG"}

        def holder(a: Cand, b: Cand) -> bool:
            return a.source == "ner" and (a.start, a.end) == (b.start, b.end) and b.start in body_ends

        accepted = [a for a in accepted if not (a.label == "PER" and any(
            b.start <= a.start and a.end <= b.end and not elsewhere(a, b) and not holder(a, b) for b in bodies))]
        titled = [t for t in titled if t.label != BODY]
    overlapping_accepted = _overlap_finder(list(accepted))  # the spans accepted so far, found by bisection ...
    added: list[Cand] = []  # ... and the title-rule ones this loop adds (few), scanned
    for t in titled:  # title-rule persons only where nothing else speaks
        hits = overlapping_accepted(t) + [a for a in added if overlaps(a, t)]
        if not hits:
            accepted.append(t)
            added.append(t)
        elif t.label == "ORG" and t.start and T.folded[t.start - 1] in res.member_titles:
            # a body after a membership title ("anggota | Kongres", titles.title_spans): the model's same span is it
            for a in hits:
                if a.source == "ner" and a.label == "PER" and a.start == t.start and a.end == t.end:
                    a.label = t.label
        else:
            if t.kind == "unit" and all(a.source == "ner" and a.end <= t.end for a in hits):
                # "Kepala | Desa Sekapuk | Musholikhin" with "Desa Sekapuk" written alone elsewhere: the model's spans
                # over unit and holder are the unit (their own label) and the person (the title grammar's boundaries)
                for a in hits:
                    if a.start < t.start and a.label != "PER":  # a unit the model read as part of a person: no name
                        accepted.append(Cand(a.start, t.start, a.label, "ner"))
                    a.start, a.end, a.label, a.title, a.office = t.start, t.end, "PER", t.title, t.office
                continue
            for a in hits:
                if a.source == "ner" and len(hits) == 1 and t.label == "PER" and a.end == t.end and a.start < t.start \
                        and t.length >= 2 and all(field_word(T, res, k)
                                                  and T.folded[k] not in res.place_unit_words
                                                  for k in range(a.start, t.start)):
                    # session 32 (officeid32): the model's span opens with the office's field words ("Direktur
                    # Pengelolaan Sistem Informasi dan | Digitalisasi Wahyu Firdaus"): the title grammar's holder
                    a.start = t.start
                if a.source == "ner" and a.start == t.start and a.end == t.end and a.label in ("ORG", "LOC", "GPE"):
                    a.label = "PER"  # "Home Secretary Suella Braverman": the title says who, not the model
                if a.source == "ner" and len(hits) == 1 and (a.label == "PER" or t.start <= a.start and a.end <= t.end):
                    a.label = "PER"  # a model's place or body inside the name after a title ("Bripda | Lestari")
                    # the title grammar knows where the name begins: "Brigjen (Pol) | Trunoyudo", "Aiptu | Made"
                    a.start, a.end = t.start, t.end
                if a.label == "PER" and a.start == t.start and a.title is None:
                    a.title, a.office = t.title, t.office
    return select_spans(conf + accepted, res.nest_inner, T.n, res.nest_keep)


def _place_led_body(n: Cand, over: list[Cand]) -> bool:
    """Session 34 (enten34): the model's organisation is exactly a known place or nationality word and, right after
    it, a body the gazetteer or a pattern knows: "London | School of Economics", "British | Red Cross", "Karachi |
    Stock Exchange". The body's name opens with its place (the gold's "US State Department", "British Red Cross");
    cut into the two, the place was a place of its own and the body lost its first word."""
    if n.label != "ORG" or len(over) != 2:
        return False
    place, body = sorted(over, key=lambda c: c.start)
    return place.start == n.start and place.end == body.start and body.end == n.end and place.source == "gaz" \
        and place.label in ("GPE", "NORP") and body.label == "ORG" and body.length >= 2


def _name_word(T: Toks, res: Resources, k: int) -> bool:
    """A word that may be a person's: capitalised, no known name, acronym, field or organisation word."""
    f = T.folded[k]
    return T.cap[k] and T.word[k] and T.words[k] not in res.forms and not T.words[k].isupper() \
        and f not in res.portfolios and not res.field_noun(f) and f not in res.org_words and f not in res.generic \
        and f not in res.titles and f not in res.office_units and f not in res.stop


def _stands_alone(T: Toks, res: Resources, k: int, s: int, e: int) -> bool:
    """The word at k is also written outside [s, e) with no capitalised word after it ("Menurut Arlan, ...")."""
    w = T.words[k]
    return any(T.words[x] == w and not s <= x < e and not (x + 1 < T.n and T.cap[x + 1] and T.word[x + 1])
               and (x == 0 or not (T.cap[x - 1] and T.word[x - 1]) or T.folded[x - 1] in res.stop) for x in range(T.n))


def split_org_person(T: Toks, res: Resources, spans: list[Cand], lone_caps: dict[str, int]) -> list[Cand]:
    """A pattern organisation that swallowed the person after it ("Dewan ... John Kirby", "Dinas PUPR Banten Arlan
    Marzan"): when its last word, or the first of its last two, also stands alone elsewhere, it is a surname or given
    name, and the last two words a person."""
    out = []
    alone: dict[str, set] = {}  # an organisation's name -> where it is written
    for c in spans:
        if c.label == "ORG":
            alone.setdefault(" ".join(T.folded[c.start:c.end]), set()).add(c.start)
    for c in spans:
        cut = None
        if c.source == "pattern" and c.label == "ORG" and c.length >= 3:
            last, before = c.end - 1, c.end - 2
            if c.length >= 4 and lone_caps.get(T.words[last], 0) >= 1 and T.cap[before] \
                    and T.words[last] not in res.forms \
                    and T.folded[last] not in res.org_words:  # a known place or body ending the name is no surname,
                # nor a body's own word written alone elsewhere ("Public and Commercial Services Union" beside
                # "the Transport and General Workers' Union's")
                cut = before
            elif c.length >= 4 and T.folded[before - 1] not in res.org_joiners and _name_word(T, res, before) \
                    and _name_word(T, res, last) and _stands_alone(T, res, before, c.start, c.end):
                cut = before  # "... Arlan Marzan" and later "Arlan"
            else:
                cut = _known_body_then_name(T, res, c, alone)
        pair = _two_bodies(T, res, c, alone) if cut is None and c.source == "pattern" and c.label == "ORG" else None
        if isinstance(cut, tuple):  # the person goes on past the organisation's span ("... Saurlin | P Siagian")
            cut, person_end = cut
            out.append(Cand(c.start, cut, c.label, "pattern"))
            out.append(Cand(cut, person_end, "PER", "title"))
        elif cut is not None:
            out.append(Cand(c.start, cut, c.label, "pattern"))
            out.append(Cand(cut, c.end, "PER", "title"))
        elif pair is not None:
            out.append(Cand(c.start, pair, c.label, "pattern"))  # the second body is left to the other sources
        else:
            out.append(c)
    return out


def _phrase_end(T: Toks, k: int) -> bool:
    """A lower-case word, a comma or a bracket (or the text's end) at k: a name before it is over."""
    return k >= T.n or T.words[k] in (",", "(") or (T.word[k] and T.words[k][:1].islower())


def _initial(T: Toks, k: int) -> bool:
    """One capital letter, a name's initial ("Saurlin P Siagian")."""
    return len(T.words[k]) == 1 and T.words[k].isupper()


def _names_a_place(T: Toks, res: Resources, s: int, e: int) -> bool:
    """Some words of s..e are a name the entity gazetteer knows ("Jawa Barat", "Makassar"), or all of them a place
    the places gazetteer knows (its small places alone would take given names: "Dadan", "Ma'mun")."""
    if any(res.forms.get(T.span_text(a, b)) for a in range(s, e) for b in range(a + 1, e + 1)):
        return True
    gaz = places_gazetteer()
    return gaz is not None and bool(gaz.lookup(T.span_text(s, e), res.lang))


def _gaz_body(T: Toks, res: Resources, s: int, e: int) -> bool:
    """The words s..e are a gazetteer organisation's name as written ("Komnas HAM", "Kementerian Pertanian")."""
    return entry_type(res.forms.get(T.span_text(s, e)) or ()) == "ORG"


def _known_body_then_name(T: Toks, res: Resources, c: Cand, alone: dict[str, set]):
    """Where a pattern organisation that swallowed the person after it ends, when its first words are an
    organisation the text also writes elsewhere and the rest are one to three name words that end the phrase (a
    lower-case word, a comma or a bracket follows): "Direktur Penyuluhan ... Kementerian Keuangan | Rosmauli
    mengatakan" beside "Kementerian Keuangan", "Direktur Bisnis Bank Mega Syariah | Rasmoro Pramono Aji (Oney)"
    beside "Bank Mega Syariah". None otherwise.

    Session 30 (names-id30): the first words may instead be a gazetteer organisation's name ("Ketua Komnas HAM |
    Atnike Nova Sigiro menyesalkan", "Dirjen ... Kementerian Pertanian | Agung Suganda,"), and the person may go on
    past the span by up to two name words or initials before the phrase ends ("Komisioner Komnas HAM | Saurlin P
    Siagian menyebut"): then (cut, end of the person) is returned."""
    person_end = c.end
    while person_end < T.n and person_end - c.end < 2 and not _phrase_end(T, person_end) \
            and (_name_word(T, res, person_end) or _initial(T, person_end)):
        person_end += 1
    if not _phrase_end(T, person_end):
        return None
    if c.end + 2 < T.n and T.words[c.end] == "(" and T.words[c.end + 1].isupper():
        return None  # "Badan Gizi Nasional (BGN)": the bracketed acronym is the whole body's
    # after an office: "Direktur Bisnis | Bank ...", "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat |
    # Kementerian ..." (capitalised words, commas and "dan" between); not a school in a list ("SMAN 10 Fajar Harapan")
    titles = title_matches(T, res)
    title_ends = {e for _, e in titles}
    k = c.start
    while k > 0 and c.start - k < 8 and (T.cap[k - 1] or T.words[k - 1] == "," or T.folded[k - 1] in res.org_joiners) \
            and k not in title_ends:
        k -= 1
    # a title the grammar widened over the body ("Ketua Komnas HAM" | "Atnike ..."): the body opens inside it
    title_over = res.gaz_body_then_name and any(s < c.start < e for s, e in titles)
    # a title's short form in brackets before the office's field: "Direktur Jenderal (Dirjen) | Peternakan ..."
    bracketed = res.gaz_body_then_name and k > 1 and T.words[k - 1] == ")" and k - 1 in title_ends
    if k not in title_ends and not title_over and not bracketed:
        return None
    lower = {f for f, w in zip(T.folded, T.words) if w.islower()}
    for m in range(max(c.start + 1, c.end - 3), c.end):
        where = alone.get(" ".join(T.folded[c.start:m]), set())
        known = bool(where - {c.start})
        if not known and not (res.gaz_body_then_name and _gaz_body(T, res, c.start, m)):
            continue
        if person_end > c.end and not res.gaz_body_then_name:
            continue
        if all((_name_word(T, res, x) or (res.gaz_body_then_name and x > m and _initial(T, x)))
               and T.folded[x] not in lower for x in range(m, c.end)):
            if not known and _names_a_place(T, res, m, person_end):
                continue  # "Kepala Badan Gizi Nasional | Jawa Barat": the body's region, no person
            return m if person_end == c.end else (m, person_end)
    return None


def _two_bodies(T: Toks, res: Resources, c: Cand, alone: dict[str, set]):
    """Where the first of two bodies joined by "dan" in one pattern organisation ends: "Bank Mega Syariah dan BSI"
    when the text also writes "Bank Mega Syariah" alone and the words after "dan" elsewhere ("Bank Syariah
    Indonesia (BSI)"); "Kementerian Koperasi dan UKM", written only whole, stays one. None otherwise."""
    for k in range(c.start + 2, c.end - 1):
        end = k - 1 if T.words[k - 1] == "," else k  # "Bank DKI, dan BJB"
        if T.folded[k] != "dan" or not (alone.get(" ".join(T.folded[c.start:end]), set()) - {c.start}):
            continue
        if k + 2 != c.end or not _acronym_word(T.words[k + 1]):
            continue  # the second body an acronym the text writes elsewhere too: not "Kementerian Haji dan Umrah"
        w = T.words[k + 1]
        if any(T.words[x] == w for x in range(T.n) if not c.start <= x < c.end):
            return end
    return None


def _acronym_word(w: str) -> bool:
    return len(w) >= 2 and w.isalpha() and w.isupper()


def cut_body_acronym_openers(T: Toks, res: Resources, spans: list[Cand]) -> None:
    """A titled person's name opened by a body's acronym that the article writes on its own elsewhere, inside a
    body's name or in brackets after it, loses that word: the acronym ends the office ("Dirut | AJS | Hendrisman"
    with "PT AJS" elsewhere; "Ketua Umum BPP | Hipmi | Akbar Himawan Buchari" after "Himpunan Pengusaha Muda
    Indonesia (Hipmi)"). Session 28 (names-id28). An acronym written only before the name (a name's own initials,
    "HM Prasetyo", "TB Hasanuddin") is kept: it names no body anywhere else."""
    if not res.person_acronym_cut:
        return
    person_starts = [c for c in spans if c.label == "PER" and not c.nested and c.length >= 2 and c.source == "ner"]
    if not person_starts:
        return
    body_words: dict[str, list[int]] = {}  # an acronym's places: inside an ORG span, or right after "("
    for c in spans:
        if c.label == "ORG":
            for k in range(c.start, c.end):
                body_words.setdefault(T.words[k], []).append(k)
    for k in range(1, T.n):
        if T.words[k - 1] == "(" and k + 1 < T.n and T.words[k + 1] == ")":
            body_words.setdefault(T.words[k], []).append(k)
    for c in person_starts:
        w = T.words[c.start]
        if not (_acronym_word(w) or (w[:1].isupper() and w[1:].islower() and c.start + 1 < T.n)) \
                or not T.cap[c.start + 1] or T.folded[c.start] in res.given_names:
            continue
        if not _acronym_word(w) and not any(T.words[k - 1] == "(" for k in body_words.get(w, ()) if k > 0):
            continue  # a word in Title Case names a body only as a bracketed acronym ("(Hipmi)")
        if not (c.title or c.office or (c.start > 0 and (T.folded[c.start - 1] in res.titles or _acronym_word(T.words[c.start - 1])))):
            continue
        if any(not (c.start <= k < c.end) for k in body_words.get(w, ())):
            c.start += 1
