"""Confident candidate spans: gazetteer names, pack words and patterns, organisation heads and tails, groups."""

from __future__ import annotations

from kabar.stages.entities.loading import BRAND_ROLES, PRIORITY, TYPE_ORDER, Cand, Resources, places_gazetteer
from kabar.stages.entities.titles import known_region, name_opener, title_matches
from kabar.text.tokens import Toks, fold_token


def entry_type(entries: tuple) -> str:
    types = [e.type for e in entries if getattr(e, "type", None) in TYPE_ORDER]
    if not types:
        return "MISC"
    return max(set(types), key=lambda t: (types.count(t), -TYPE_ORDER.index(t)))


def _sentence_initial(T: Toks, k: int) -> bool:
    """The token opens its sentence, perhaps after opening punctuation (a quote mark)."""
    return T.sent_start[k] or (k > 0 and T.sent_start[k - 1] and not T.word[k - 1])


def _gaz_spans(T: Toks, res: Resources) -> list[Cand]:
    out = []
    if len(res.gaz_matcher) == 0:
        return out
    lower: set[str] | None = None
    for _, s, e in res.gaz_matcher(T.doc):
        text = T.span_text(s, e)
        entries = res.forms.get(text)
        if entries and e - s == 1 and _sentence_initial(T, s):
            if lower is None:
                lower = {w for w in T.words if w.islower()}
            if T.words[s].lower() in lower:
                continue  # capitalised only by its place: "Conservatives in parliament ..." beside "religious conservatives"
            if T.folded[s] in res.day_number_words and e < T.n and T.word[e] and T.words[e].islower():
                continue  # session 25 (names-id25): a number word opening the sentence before a lower-case word: "Lima
                # orang ditemukan tewas", "Lima lokasi itu" count five, not Peru's capital (6 in IndoSum rows 2600-2799
                # and 1334-1579)
        if entries and T.words[s] == "the" and e < T.n and T.cap[e] and T.word[e]:
            continue  # "the Independent Police Complaints Commission" is no outlet
        if entries:
            out.append(Cand(s, e, entry_type(entries), "gaz", entries, demonym=text in res.demonyms,
                            kind="acronym" if text in res.acronym_forms else "name"))
    return out


def _word_spans(T: Toks, res: Resources) -> list[Cand]:
    if len(res.word_matcher) == 0:
        return []
    strings = T.doc.vocab.strings
    out = []
    for mid, s, e in res.word_matcher(T.doc):
        if strings[mid] == "NORP" and e < T.n and T.cap[e] and T.word[e]:
            continue  # the first word of a longer name: "European Convention ...", "Muslim Council of Britain"
        if strings[mid] == "MISC" and e - s == 1 and e < T.n and T.cap[e] and T.word[e] and not T.sent_start[e] \
                and T.folded[s] in res.given_names:
            continue  # a given name before a surname: "Oscar Wilde", "Oscar Arias" name no award (one word only,
            # session 29: "Asta Cita Presiden Prabowo" is the programme, though "Asta" opens a person's name)
        c = Cand(s, e, strings[mid], "gaz")
        c.key = "word:" + res.word_key.get(T.span_text(s, e), "")
        out.append(c)
    return out


def _pattern_spans(T: Toks, res: Resources) -> list[Cand]:
    out = []
    if len(res.matcher) == 0:
        return out
    anchors = getattr(res, "pattern_anchors", None)
    if anchors is not None and anchors[0].isdisjoint(T.words) and anchors[1].isdisjoint(map(str.lower, T.words)):
        return out  # no token any pattern needs: no match (the Matcher's predicates cost ~0.3-0.45 ms an article)
    strings = T.doc.vocab.strings
    a = 0  # the first token a match can start at (the Matcher's predicates cost per token)
    openers = getattr(res, "pattern_openers", None)
    if openers is not None:
        texts, lowers = openers
        a = next((k for k, w in enumerate(T.words) if w in texts or w.lower() in lowers), T.n)
        if a == T.n:
            return out
    for mid, s, e in res.matcher(T.doc[a:] if a else T.doc):
        s, e = s + a, e + a
        label = strings[mid].split("#", 1)[0]
        while s < e and T.folded[s] in res.stop:  # "The Financial Times" -> "Financial Times"
            s += 1
        while e > s and (T.folded[e - 1] in res.connectors or not T.word[e - 1]):
            e -= 1
        if label == "MISC" and T.words[e - 1].istitle() and e < T.n and T.cap[e] and T.word[e] and T.folded[e] not in res.stop and not T.sent_start[e]:
            continue  # a capitalised name goes on: "Minister Bill Rammell", "Sir Bill Morris" name no law
        if e - s >= 2:
            out.append(Cand(s, e, label, "pattern"))
    return out


def _stop_body_word(T: Toks, res: Resources, k: int) -> bool:
    """A capitalised stop-listed word that is itself a body's word ("police", "army", "government"), inside a name
    before a body's tail: "Police Federation", "Army Board", "Local Government Association" (session 12)."""
    return T.cap[k] and T.word[k] and T.folded[k] in res.stop and T.folded[k] in res.org_words \
        and "\n" not in T.ws[k]


def _inner_stop(T: Toks, res: Resources, k: int) -> bool:
    """A stop-listed capitalised word that goes on with the name before it: an `inner_name_words` word after a
    name word ("Pengadilan Tata Usaha | Negara"), a month right after a day number that no year follows (a date
    inside the name: "Universitas Sebelas | Maret", "Jalan 17 | Agustus"; not "17 Agustus 2025")."""
    if k == 0 or T.sent_start[k] or not T.ws[k - 1] or "\n" in T.ws[k - 1]:
        return False
    f, prev = T.folded[k], T.folded[k - 1]
    if f in res.inner_name_words:
        return T.cap[k - 1] and T.word[k - 1] and prev not in res.stop
    if f in res.name_months:
        day = T.words[k - 1].isdigit() and 1 <= int(T.words[k - 1]) <= 31 if T.words[k - 1].isdigit() else \
            (T.cap[k - 1] and prev in res.day_number_words)
        return day and not (k + 1 < T.n and T.words[k + 1].isdigit())
    return False


def _org_spans(T: Toks, res: Resources, gaz: list[Cand]) -> list[Cand]:
    """Organisation names by head words: "Kementerian Pertahanan Inggris", "Ministry of Defence",
    "National Security Council". One pass over the tokens with set look-ups."""
    out: list[Cand] = []
    if not (res.org_heads or res.org_of_heads or res.org_tails):
        return out
    folded, cap, word, n = T.folded, T.cap, T.word, T.n
    place_starts = {c.start for c in gaz if c.label in ("GPE", "LOC", "NORP")}
    place_end = {c.end: c.start for c in gaz if c.label == "GPE"}
    in_gaz = {k for c in gaz for k in range(c.start, c.end)}
    demonym_end = {c.end: c.start for c in gaz if c.demonym}
    gaz_end: dict[int, int] = {}
    for c in gaz:
        gaz_end[c.start] = max(gaz_end.get(c.start, 0), c.end)

    # a rank ends an organisation's name: "Kodim 0501 | Kolonel Inf Husein Sagaf"
    rank_starts = {s for s, e in title_matches(T, res) if any(folded[k] in res.ranks for k in range(s, e))}
    title_ends = {e for _, e in title_matches(T, res)}  # "Kabid Humas | Polda Jatim": a name may open there

    # session 25 (names-id25): a known place inside a body's name goes on to the region it opens ("Polres Metro
    # Jakarta | Selatan", "Kejaksaan Negeri Jakarta | Pusat": the entity gazetteer knows "Jakarta", the places
    # gazetteer the city "Jakarta Selatan"); only with the pack's region_kinds (Indonesian)
    region_gaz = places_gazetteer() if res.region_kinds else None
    gpe_at = {c.start: c.end for c in gaz if c.label == "GPE"}
    region_end: dict[int, int] = {}  # end of such a region -> start of the known place that opens it

    def region_tail(k: int, e: int) -> int:
        if region_gaz is None or gpe_at.get(k) != e:
            return e
        for m in (e + 2, e + 1):
            if m <= n and all(cap[j] and word[j] and folded[j] not in res.stop and "\n" not in T.ws[j - 1]
                              for j in range(e, m)) and known_region(region_gaz, res, T.span_text(k, m)):
                region_end[m] = k
                return m
        return e

    def name_word(k: int, ranks_end: bool = True) -> bool:  # (a Balinese name's "I" ends a body's name, session 35)
        return k < n and not (ranks_end and k in rank_starts) and not name_opener(T, res, k) and \
            ((cap[k] and word[k] and (folded[k] not in res.stop or _inner_stop(T, res, k))) or T.words[k].isdigit())

    org_starts = {c.start for c in gaz if c.label == "ORG"}

    def opens_body(k: int) -> bool:
        """A second body after "dan", not a name's last words: "Kejati dan | Kejari", "Kementerian Kesehatan dan |
        BPOM", "Bank X dan | PT Pos Indonesia"; session 34 (coord34): a head written short and glued to its field
        opens one too ("Kementerian UMKM, | Kemenko Hukum")."""
        f = folded[k]
        return f in res.org_head_first or f in res.company_forms or k in org_starts \
            or any(f.startswith(p) for p, _ in res.head_prefixes)

    def inner_body_word(k: int, ranks_end: bool) -> bool:
        """A stop-listed body's word between two name words: "Association of Chief | Police | Officers"."""
        return k + 1 < n and cap[k] and word[k] and folded[k] in res.org_words and name_word(k + 1, ranks_end) \
            and not T.sent_start[k + 1]

    def run(k: int, ranks_end: bool = True, inner_bodies: bool = False) -> int:
        """End of the name words from k; a rank ends an organisation but not a place ("Jalan Jenderal Sudirman");
        with ``inner_bodies`` (after "<head> of") a body's word inside the name does not end it."""
        start = k
        while (name_word(k, ranks_end) or (inner_bodies and k > start and inner_body_word(k, ranks_end))) \
                and "\n" not in T.ws[k - 1 if k else 0]:
            if k in gaz_end:  # a known name ends the organisation's name ("Komisi 1 DPR RI", "Bank Indonesia")
                return region_tail(k, gaz_end[k])
            k += 1
        # a number after a joiner starts the next clause ("Department of Trade and Industry and 400 ...")
        while k + 1 < n and folded[k] in res.org_joiners and name_word(k + 1, ranks_end) and cap[k + 1] \
                and k + 1 not in place_starts and not opens_body(k + 1):
            k = run(k + 1, ranks_end, inner_bodies)
        # a place (a LOC head: ranks_end False) has no portfolio: "di Lapangan Sukowati, | dan Put on Production ..."
        return portfolio_list(k, ranks_end) if ranks_end else k

    def portfolio_list(k: int, ranks_end: bool) -> int:
        """ "Kementerian Pendidikan Tinggi, Sains, dan Teknologi": a comma list of plain capitalised words
        closed by a joiner (after a comma or not: "Department for Culture, Media and Sport") and one more word is
        the body's portfolio, one name (no known name inside). An item that opens a body ends the list (session 34,
        coord34): "Yayasan PPNU Trate, dan | PT Petrokimia Gresik", "Kementerian UMKM, | Kemenko Hukum, HAM"."""
        j = k
        while j + 1 < n and T.words[j] == ",":
            m = j + 1
            if m < n and folded[m] in res.org_joiners:  # "..., dan Teknologi"
                if m + 1 < n and name_word(m + 1, ranks_end) and m + 1 not in in_gaz and folded[m + 1] not in res.org_words \
                        and not opens_body(m + 1):
                    e = m + 1
                    while e < n and name_word(e, ranks_end) and e not in in_gaz and e - m <= 3:
                        e += 1
                    return e
                return k
            if m < n and opens_body(m):
                return k
            e = m
            while e < n and name_word(e, ranks_end) and e not in in_gaz and folded[e] not in res.org_words and e - m < 3:
                e += 1
            if e == m or e >= n:
                return k
            if folded[e] in res.org_joiners and T.words[e].islower():  # "..., Food and Rural Affairs" (no comma)
                m = e
                e += 1
                while e < n and name_word(e, ranks_end) and e not in in_gaz and folded[e] not in res.org_words and e - m <= 3:
                    e += 1
                return e if e > m + 1 else k
            if T.words[e] != ",":
                return k
            j = e
        return k

    head_inner_end = 0  # end of the last head of several words: no second head opens inside it
    for i in range(n):
        if not cap[i]:
            continue
        f = folded[i]
        # a head word right after another name word is inside that name ("Amerika Serikat")
        # ... but not after a generic acronym or an office's field ("SPPG | Polda Jatim", "Subbid Penmas | Polda Sumut")
        inside_name = i > 0 and cap[i - 1] and word[i - 1] and not T.sent_start[i] and folded[i - 1] not in res.titles \
            and i not in title_ends and folded[i - 1] not in res.generic and folded[i - 1] not in res.portfolios \
            and folded[i - 1] not in res.stop  # "Menurut | Kejari Sleman"
        if f in res.head_titles and any(tuple(folded[i:i + len(t)]) == t for t in res.head_titles[f]):
            continue  # a head word that opens an office: "Ketua Majelis Hakim | Ni Luh Suastini" is no body
        if f in res.head_closed_titles and any(i + 1 >= len(t) and tuple(folded[i + 1 - len(t):i + 1]) == t
                                               for t in res.head_closed_titles[f]):
            continue  # one that closes an office: "Sekretaris Kabinet | Pramono Anung" (session 18)
        # (a head opens with one of org_head_first: no other word opens one)
        # session 25 (names-id25): "Angkatan Laut | Laksamana Ade Supandi": the second word of a head ("laut" a place's
        # head) opened a place "Laut Laksamana Ade Supandi" that outran the body (IndoSum rows 2600-2799)
        within_head = i < head_inner_end
        for size in range(min(res.org_head_len, n - i) if not inside_name and not within_head
                          and f in res.org_head_first else 0, 0, -1):
            if tuple(folded[i:i + size]) in res.org_heads:
                if size > 1 and not all(cap[i:i + size]):
                    break
                if size > 1:
                    head_inner_end = i + size
                label = res.head_label[tuple(folded[i:i + size])]
                end = run(i + size, label == "ORG")
                while end > i + size and (folded[end - 1] in res.org_joiners or folded[end - 1] in res.connectors):
                    end -= 1  # "Partai Demokrat dan", "Ponpes Al": a joiner ends no name
                if label == "LOC" and place_end.get(end, region_end.get(end, 0)) > i + size:
                    end = place_end.get(end, region_end.get(end))  # "Pangkalan Udara Halim Perdanakusuma | Jakarta":
                    # the city locates it
                if end > i + size or size > 1:
                    out.append(Cand(i, end, label, "pattern"))
                break
        if f in res.org_of_heads and i + 2 < n and folded[i + 1] in ("of", "for"):
            k = i + 2 + (folded[i + 2] == "the")
            end = run(k, inner_bodies=True)
            if end > k:
                start = i  # "Joint Council for the Welfare of Immigrants": name words before the head belong
                while start > 0 and name_word(start - 1, False) and start - 1 not in in_gaz and not T.sent_start[start] \
                        and "\n" not in T.ws[start - 1] and start not in title_ends \
                        and not (T.sent_start[start - 1] and folded[start - 1] in res.number_openers):
                    start -= 1  # ("Direktur Eksekutif | Institute for"; "Five | Bank of America subsidiaries")
                if start in demonym_end and not T.sent_start[start]:
                    start = demonym_end[start]  # "Italian Supreme Court of Cassation"
                out.append(Cand(start, end, "ORG", "pattern"))
        if f in res.org_tails and i > 0 and not ((f,) in res.head_label and i + 1 < T.n and name_word(i + 1, False)):
            # (a word that is both a tail and a head opens the name before a capitalised word: "Pembangunan | Hotel
            # Sultan", not "Pembangunan Hotel")
            k = i
            while k > 0 and "\n" not in T.ws[k - 1] and (
                    (name_word(k - 1, False) and not (T.sent_start[k - 1] and folded[k - 1] in res.title_prefixes
                                                      and folded[k - 1] in res.titles))  # "Former | Downing Street ..."
                    or (k >= 2 and T.words[k - 1] in ("'", "\u2019") and not T.ws[k - 2]
                        and folded[k - 2] in res.possessive_in_names)  # "General Workers' Union"
                    or _stop_body_word(T, res, k - 1)):  # "Police | Federation", "Local Government | Association"
                k -= 1
            # "Project and Contract Office": a capitalised word joined by "and" before the name's words
            if k < i and k >= 2 and folded[k - 1] in res.org_joiners and folded[k - 1] not in ("of",) \
                    and name_word(k - 2, False) and k - 2 not in in_gaz and k not in in_gaz and not T.sent_start[k - 1] \
                    and not T.sent_start[k] and folded[k - 2] not in res.titles \
                    and not (folded[k - 2] in res.org_tails and k >= 3 and name_word(k - 3, False)
                             and not any(getattr(en, "type", None) == "GPE" for en in res.forms.get(T.words[k - 3], ()))):
                # (not after a whole body: "Electoral Commission | and National Union ...", "G7 Group | and World
                # Economic Forum"; "(US) Securities and Exchange Commission" has one word, after a country, before "and")
                j = k - 2
                while j > 0 and name_word(j - 1, False) and j - 1 not in in_gaz and not T.sent_start[j] and "\n" not in T.ws[j - 1]:
                    j -= 1
                k = j
            if k < i:
                out.append(Cand(k, i + 1, res.tail_label[f], "pattern"))
    return out + _branch_spans(T, res, gaz)


def _branch_spans(T: Toks, res: Resources, gaz: list[Cand]) -> list[Cand]:
    """A body's acronym right before a province or city (kinds in the pack's `branch_place_kinds`) names its regional
    branch: "DPRD Jawa Barat", "LBH Jakarta", "KPU Jawa Tengah", "PN Jakarta Selatan"."""
    if not res.branch_kinds:
        return []
    places: dict[int, int] = {}
    taken, bodies = set(), set()
    for c in gaz:
        if c.label in ("GPE", "PER", "LOC", "NORP") and c.length == 1:
            taken.add(c.start)
        if c.label == "ORG" and c.length == 1 and not _brand(c):
            bodies.add(c.start)  # "Bawaslu | Kota Bandung"
        if c.label == "GPE" and any(getattr(e, "kind", None) in res.branch_kinds for e in c.entries):
            places[c.start] = max(places.get(c.start, 0), c.end)
    out = []
    for k in places:
        a = k - 1
        if a < 0 or a in taken or T.ws[a] != " " or T.sent_start[k]:
            continue
        w, f = T.words[a], T.folded[a]
        if a in bodies or len(w) >= 2 and w.isalnum() and w.isupper() and not w.isdigit() and f not in res.generic \
                and f not in res.stop and f not in res.titles and not set(w) <= set("IVX"):  # "Komisi III | Kota Bogor"
            out.append(Cand(a, places[k], "ORG", "pattern"))
    return out


def _brand(c: Cand) -> bool:
    """A known outlet or company name is one name: "Indonesia" in "CNN Indonesia" is no entity of its own."""
    return c.source == "gaz" and any(getattr(e, "role", None) in BRAND_ROLES or getattr(e, "kind", None) == "media"
                                     for e in c.entries)


def select_spans(cands: list[Cand], nest_inner: set[str], n: int, keep=None) -> list[Cand]:
    """Non-overlapping spans, longest first; inner gazetteer spans of nest_inner types survive as nested
    (inside a name, only those ``keep(inner, holder)`` accepts, when given; a place in a group, "warga Kiev", always)."""
    taken: list[Cand] = []
    occupied = bytearray(n + 1)
    nested = []
    for c in sorted(cands, key=lambda c: (-c.length, -PRIORITY.get(c.source, 0), c.start)):
        if any(occupied[c.start:c.end]):
            if c.label in nest_inner and c.source == "gaz":
                nested.append(c)
            continue
        taken.append(c)
        occupied[c.start:c.end] = b"\x01" * c.length
    placed: list[Cand] = []
    for c in nested:
        holder = next((t for t in taken if t.start <= c.start and c.end <= t.end), None)
        if holder is not None and holder.label != c.label and holder.label != "PER" and not _brand(holder) \
                and (keep is None or holder.source == "group" or keep(c, holder)) and not any(overlaps(p, c) for p in placed):
            c.nested = True
            placed.append(c)
    return taken + placed


def _group_spans(T: Toks, res: Resources, conf: list[Cand]) -> list[Cand]:
    """'pasukan Rusia', 'Russian forces': a group noun next to a country or demonym makes a NORP span."""
    if not conf or len(res.group_matcher) == 0:
        return []
    places = [c for c in conf if c.label in ("GPE", "NORP") and c.source == "gaz" and c.entries]
    by_start = {c.start: c for c in places}
    by_end = {c.end: c for c in places}
    out = []
    strings = T.doc.vocab.strings
    for mid, s, e in res.group_matcher(T.doc):
        side = strings[mid]
        if side == "BEFORE" and e in by_start:
            c = by_start[e]
            if " ".join(T.folded[s:e]) in res.country_group_words \
                    and not any(getattr(x, "kind", None) == "country" for x in c.entries):
                continue  # "warga Kota Tasikmalaya", "seorang warga Garut": where one lives, no group
            out.append(Cand(s, c.end, "NORP", "group", c.entries))
        elif side == "AFTER" and s in by_end:
            c = by_end[s]
            out.append(Cand(c.start, e, "NORP", "group", c.entries))
    return out


def _crosses(p: Cand, spans: list[Cand]) -> bool:
    """p overlaps one of the spans without either containing the other."""
    for c in spans:
        if p.start < c.end and c.start < p.end and not (p.start <= c.start and c.end <= p.end) \
                and not (c.start <= p.start and p.end <= c.end):
            return True
    return False


def overlaps(a: Cand, b: Cand) -> bool:
    return a.start < b.end and b.start < a.end


def places_before_a_city(T: Toks, res: Resources, conf: list[Cand]) -> None:
    """An organisation's place-name alias between commas, before a known place, is the place itself, not the
    body it stands for: "Kompleks Parlemen, Senayan, Jakarta" (the DPR's alias "Senayan"). Only an alias of
    an ``org`` entry (not its name or acronym, nor a metonym entry such as a palace); relabelled GPE, its
    entries dropped so it neither groups with the body nor resolves to it."""
    place_at = {c.start for c in conf if c.label == "GPE" and not c.nested}
    for c in conf:
        if c.source != "gaz" or c.label != "ORG" or c.nested or not c.entries or c.end + 1 >= T.n:
            continue
        if T.words[c.end] != "," or c.end + 1 not in place_at or "\n" in T.ws[c.end] or c.start == 0 \
                or T.words[c.start - 1] != ",":
            continue  # a link of an address chain ("Gedung X, Senayan, Jakarta"), not "di Mabes Polri, Jakarta"
        text = T.span_text(c.start, c.end)
        if text in res.acronym_forms or text.isupper() or any(getattr(e, "kind", None) != "org" for e in c.entries):
            continue
        key = fold_token(text)
        if any(key == fold_token(e.name) or key in {fold_token(v) for v in e.names.values()} for e in c.entries):
            continue
        c.label, c.entries = "GPE", ()


def office_venues(T: Toks, res: Resources, spans: list[Cand]) -> None:
    """A body's office written as the place of an event: a ``venue_prepositions`` word, an ``office_venue_heads``
    phrase ("Kantor", "Kantor Pusat") and then the body's own name, an acronym ("di Kantor BI", "di Kantor KPU RI"),
    an organisation head word ("di Kantor Kementerian ESDM", "di Kantor Pusat Bank Mandiri") or a body the gazetteer
    knows by that form. That is the building, LOC; its entries dropped so it takes no body's code. A name that the
    head word opens itself ("di Kantor Pos Indonesia Cikini", "Kantor Staf Presiden") stays a body, and so does a short
    form nothing above recognises ("di Kantor Kemnaker": the gazetteer lacks "Kemnaker"). An office title after the
    head word ("di Kantor Gubernur Jawa Tengah", "di Kantor Bupati Sleman") is the seat of that office, a building too
    (session 29: the title made the body a person, "Kantor")."""
    if not res.office_venue_heads or not res.venue_prepositions:
        return
    for c in spans:
        if c.label != "ORG" or c.nested or c.start == 0 or T.folded[c.start - 1] not in res.venue_prepositions \
                or not T.words[c.start - 1].islower():
            continue
        head = next((h for h in res.office_venue_heads if tuple(T.folded[c.start:c.start + len(h)]) == h), None)
        if head is None or c.start + len(head) >= c.end:
            continue
        k = c.start + len(head)
        w = T.words[k]
        body = sum(ch.isupper() for ch in w) >= 2 or res.head_label.get((T.folded[k],)) == "ORG" \
            or entry_type(res.forms.get(T.span_text(k, c.end)) or res.forms.get(w) or ()) == "ORG" \
            or any(ts == k and te <= c.end for ts, te in title_matches(T, res))  # session 29: an office's seat
        if body and T.cap[k]:
            c.label, c.entries = "LOC", ()


def venues_before_a_place(T: Toks, res: Resources, conf: list[Cand]) -> None:
    """A seat of government the gazetteer files as its metonym (a palace: "Istana Negara"), written as the place
    where something happens, after a ``venue_prepositions`` word and before a comma and a known place: "sidang
    kabinet di Istana Negara, Jakarta". There it is the building, LOC, its entries dropped so it neither groups with
    the government nor takes its code; "kata Trump di Gedung Putih" (no address) and "Istana menyatakan" stay ORG."""
    if not res.venue_prepositions:
        return
    place_at = {c.start for c in conf if c.label in ("GPE", "LOC") and not c.nested}
    for c in conf:
        if c.source != "gaz" or c.label != "ORG" or c.nested or not c.entries or c.start == 0 or c.end + 1 >= T.n:
            continue
        if T.folded[c.start - 1] not in res.venue_prepositions or not T.words[c.start - 1].islower():
            continue
        if T.words[c.end] != "," or c.end + 1 not in place_at or "\n" in T.ws[c.end]:
            continue
        if any(getattr(e, "kind", None) != "metonym" for e in c.entries):
            continue
        c.label, c.entries = "LOC", ()


def building_venues(T: Toks, res: Resources, spans: list[Cand]) -> None:
    """A body whose name a ``venue_building_heads`` word opens ("Istana Negara", "Kompleks Parlemen", "Gedung
    Parlemen"), written as the place where something happens, is the building (LOC), its entries dropped so it takes
    no body's code. The place: after a ``venue_prepositions`` word, past a lower-case building word ("di kompleks
    Istana Kepresidenan"), then a comma and a known place or a weekday, or a weekday itself ("di Istana Negara, Senin
    (20/10/2025)", "di Kompleks Parlemen, Senayan, Jakarta"); or a link of an address chain, a comma before it and a
    comma and a known place after it ("ICCF 2025, Gedung Parlemen, Senayan, Jakarta"). "pihak Istana", "Istana buka
    suara" and "kata Trump di Gedung Putih seperti dikutip" say nothing of a place and stay ORG. Right to left, so a
    building the next link made LOC is a place for the one before it ("di Istana Negara, Kompleks Istana
    Kepresidenan, Jakarta")."""
    if not res.venue_building_heads or not res.venue_prepositions:
        return
    words, folded, cap = T.words, T.folded, T.cap
    place_at = {c.start for c in spans if c.label in ("GPE", "LOC") and not c.nested}
    for c in sorted(spans, key=lambda c: -c.start):
        if c.label != "ORG" or c.nested or c.start == 0 or folded[c.start] not in res.venue_building_heads \
                or not cap[c.start]:
            continue
        j = c.end
        after_place = j + 1 < T.n and words[j] == "," and "\n" not in T.ws[j] and j + 1 in place_at
        after_day = j < T.n and cap[j] and folded[j] in res.weekday_names or (
            j + 1 < T.n and words[j] == "," and "\n" not in T.ws[j] and cap[j + 1] and folded[j + 1] in res.weekday_names)
        k = c.start - 1
        if k > 0 and words[k].islower() and folded[k] in res.venue_building_heads:
            k -= 1
        at_venue = words[k].islower() and folded[k] in res.venue_prepositions
        in_chain = words[c.start - 1] == "," and after_place
        if (at_venue and (after_place or after_day)) or in_chain:
            c.label, c.entries = "LOC", ()
            place_at.add(c.start)
