"""Role titles: the capitalised run after a title (past an organisation or country between) is a person."""

from __future__ import annotations

from kabar.stages.entities.loading import HYPHENS, Cand, Resources, places_gazetteer
from kabar.text.tokens import Toks, fold_token


def title_matches(T: Toks, res: Resources) -> list[tuple[int, int]]:
    """Role titles in the text, the longest at each position, no overlaps (computed once per Toks), each
    widened by the pack's title grammar (:func:`_widen_title`)."""
    if T._titles is not None:
        return T._titles
    out: list[tuple[int, int]] = []
    if len(res.title_matcher):
        spans = sorted(((s, e) for _, s, e in res.title_matcher(T.doc)), key=lambda x: (x[0], -x[1]))
        last_end = -1
        for s, e in spans:
            if T.folded[s] in res.honorifics and T.words[s].isupper() and len(T.words[s]) >= 2 \
                    and all(T.words[k] == "." for k in range(s + 1, e)):
                continue  # "MS" (multiple sclerosis), "DR" (a country's code) are no "Ms", "Dr"
            if s < last_end:
                if out and s > out[-1][0] and e > last_end:  # "Wakil Menteri" + "Menteri Sosial": one office
                    out[-1] = (out[-1][0], e)
                    last_end = e
                continue
            s, e = _widen_title(T, res, s, e, last_end)
            if out and s >= 2 and T.words[s - 1] in res.title_joiners and not T.ws[s - 1] and not T.ws[s - 2] \
                    and _office_tail(T, res, out[-1][1], s - 1):
                s = out.pop()[0]  # "Menteri/Kepala Bappenas": two offices of one person (session 35: past the first
                # office's field and short form, "Menteri Investasi dan Hilirisasi/Kepala BKPM", "... (PPN)/Kepala")
            out.append((s, e))
            last_end = e
    T._titles = out
    return out


def _office_tail(T: Toks, res: Resources, a: int, b: int) -> bool:
    """Tokens [a, b) between an office's title and a title joiner belong to that office: none, or its field words
    joined by "dan" ("Investasi dan Hilirisasi") and its short form in brackets ("(PPN)")."""
    k = a
    while k < b:
        if field_word(T, res, k) or (T.folded[k] in res.org_joiners and field_word(T, res, k - 1)):
            k += 1
        elif k < _short_form_end(T, k, {}) <= b:  # a one-word short form in brackets
            k += 3
        else:
            return False
    return True


def name_opener(T: Toks, res: Resources, k: int) -> bool:
    """Session 35 (entlab35): a capital "I" before a Balinese birth-order name (`birth_order_names`) opens a person's
    name, no roman numeral of a unit: "RSUP Prof Ngoerah | I Wayan Sudana", "Polresta Denpasar | I Ketut Sukadi"."""
    return T.words[k] == "I" and k + 1 < T.n and T.cap[k + 1] and T.folded[k + 1] in res.birth_order_names


def _unit_number(T: Toks, res: Resources, k: int) -> bool:
    """A unit's or an office's number: digits ("Danrem 061") or a roman numeral ("Asisten I", "Wilayah V", "Dekan
    III"), not the "I" that opens a Balinese name."""
    return T.words[k].isdigit() or (_roman(T.words[k]) and not name_opener(T, res, k))


def _widen_title(T: Toks, res: Resources, s: int, e: int, floor: int) -> tuple[int, int]:
    """A title with its prefix ("Plt", "acting", "shadow") and, after a rank, its corps or status
    abbreviations, bare or bracketed: "Kolonel Inf", "Brigjen (Pol)", "AKBP (Purn)", "Col (retd)"."""
    while s - 1 > floor and T.folded[s - 1] in res.title_prefixes and not T.sent_start[s] \
            and "\n" not in T.ws[s - 1]:
        s -= 1
    if " ".join(T.folded[s:e]) not in res.ranks and T.folded[e - 1] not in res.ranks:
        return s, e
    while e < T.n:
        f = T.folded[e]
        if f in res.rank_suffixes and len(f) > 1 and T.cap[e] and "\n" not in T.ws[e - 1]:
            e += 1
            if e < T.n and T.words[e] == "." and not T.ws[e - 1]:
                e += 1  # "Inf."
        elif T.words[e] == "(" and e + 2 < T.n and T.folded[e + 1] in res.rank_suffixes and T.words[e + 2] == ")":
            e += 3
        else:
            break
    return s, e


def _name_part(T: "Toks", k: int) -> bool:
    """A token that may follow a hyphen inside a name: capitalised, or a short syllable ("Jong-un", "Tae-yong")."""
    w = T.words[k]
    return (T.cap[k] and T.word[k]) or (w.isalpha() and w.islower() and len(w) <= 4)


def glue(T: "Toks", s: int, e: int, particles=frozenset(), prefixes=frozenset(), suffixes=frozenset()) \
        -> tuple[int, int]:
    """Widen [s, e) over hyphen-glued neighbours and name particles: a name never ends inside
    "Al-Maeena", "Jong-un" or "Suleiman al-Amr". A lower-case word of the pack's `hyphen_prefixes` before the
    hyphen ("ex-Yukos", "non-Nato"; capitalised only as a sentence's first word: "Ex-Downing Street media chief")
    or of its `hyphen_suffixes` after it ("Kyoto-lite", "Blair-like") is a word made from the name, no part of it."""
    while s >= 2 and T.words[s - 1] in HYPHENS and not T.ws[s - 1] and not T.ws[s - 2] and T.word[s - 2] \
            and not T.sent_start[s] and not ((T.words[s - 2].islower() or T.sent_start[s - 2])
                                             and T.folded[s - 2] in prefixes):
        s -= 2
    while e + 1 < T.n and T.words[e] in HYPHENS and not T.ws[e - 1] and not T.ws[e] and _name_part(T, e + 1) \
            and not (T.words[e + 1].islower() and T.folded[e + 1] in suffixes):
        e += 2
    if e + 1 < T.n and T.folded[e] in particles and T.ws[e - 1] and "\n" not in T.ws[e - 1]:
        k = e + 2 if T.words[e + 1] in HYPHENS and not T.ws[e] else e + 1
        if k + 1 < T.n and T.folded[k] in particles and not T.cap[k] and T.ws[k - 1] and "\n" not in T.ws[k - 1]:
            k += 1  # two particles: "Jeroen | van der Veer", "Nick Van | den Brul"
        if k < T.n and T.cap[k] and T.word[k]:
            e = k + 1
    return s, e


def _name_run(T: Toks, i: int, res: Resources, stop_at) -> int:
    """End of a capitalised name run from token i (a hyphen glued to both neighbours is allowed: "Jong-Un")."""
    j = i
    while j < T.n and j not in stop_at:
        w = T.words[j]
        if "\n" in w:
            break
        if T.cap[j] and T.word[j] and T.folded[j] not in res.stop:
            j += 1
            if "\n" in T.ws[j - 1]:
                break
            continue
        if w in HYPHENS and j > i and not T.ws[j - 1] and not T.ws[j] and j + 1 < T.n and _name_part(T, j + 1):
            j += 1 if T.cap[j + 1] else 2  # a lower-case syllable is taken here: "Tae-yong", "Jong-un"
            continue
        if j > i and T.folded[j] in res.particles and j + 1 < T.n and "\n" not in T.ws[j]:
            k = j + 2 if T.words[j + 1] in HYPHENS and not T.ws[j] and j + 2 < T.n else j + 1
            if k + 1 < T.n and T.folded[k] in res.particles and not T.cap[k] and "\n" not in T.ws[k]:
                k += 1  # two particles: "Jeroen van der Veer"
            if k < T.n and T.cap[k] and T.word[k] and k not in stop_at:
                j = k
                continue
        break
    return j


BODY = "BODY"  # label of a title-rule span that is the office's body, not a person (merge drops persons in it)


def title_spans(T: Toks, res: Resources, conf: list[Cand], lower_words: set[str]) -> list[Cand]:
    """After a role title, skip affiliations (organisations, countries, more titles, and a capitalised
    unit name followed by one of those): the capitalised run that is left is the person.
    "Kepala Bidang Humas Polda Riau Kombes Pol Guntur Aryo Tejo" -> "Guntur Aryo Tejo"."""
    conf_at = {c.start: c for c in conf if not c.nested}
    titles = title_matches(T, res)
    title_at = dict(titles)
    stops = set(conf_at) | set(title_at)
    consumed: set[int] = set()
    inside = {k: c.end for c in conf if not c.nested for k in range(c.start + 1, c.end)}
    out = []
    for s, e in titles:
        if s in consumed or s in inside or (s in conf_at and conf_at[s].end > e):
            continue  # a title word inside a name: "General Motors", "Attorney General's Office"
        if e < T.n and " ".join(T.folded[s:e + 1]) in res.generic:
            continue  # a title word opening a common phrase: "Ibu | Kota Politik Indonesia" (ibu kota, a capital)
        j, person, after_body, unit_at = e, None, False, None
        # "spokesman for | Yukos", "head of | Ofsted, David Bell": the name right after serves as the affiliation
        relation_at = e if T.folded[e - 1] in res.title_relations else -1
        while j < T.n:
            if j == relation_at:
                c = conf_at.get(j)
                end = c.end if c is not None else _name_run(T, j, res, stops)
                if end == j or (c is not None and c.label == "PER"):
                    break  # "a spokesman for Tony Blair": the title is not his
                j = end
                continue
            if j in inside:  # "Wali Kota Bogor": a known name that began inside the title
                j = inside[j]
                continue
            comma = T.words[j] == ","
            if (_unit_number(T, res, j) and j + 1 < T.n and T.cap[j + 1]) or T.words[j].isdigit() \
                    or (comma and j + 1 < T.n and T.cap[j + 1]
                        and (j > e or _holder_after_comma(T, res, j, stops, conf_at))) \
                    or (comma and j > e and _field_list_goes_on(T, res, j)):
                j += 1  # a unit's number ("Danrem 061", "Asisten I | Bidang", session 35); a comma after the
                continue  # affiliation ("Kadis DLH Kalteng, Joni") or the title ("Ketua KPK, | Fitroh Rohcahyanto")
            if field_word(T, res, j) and j not in conf_at:
                j += 1  # the office's field: "Wakil Menteri Sosial", "Direktur Riset", "Deputi Penindakan"
                continue
            if T.folded[j] in res.org_joiners and j + 1 < T.n and (field_word(T, res, j - 1) or (
                    (T.words[j - 1] == "," or _cap_word(T, j - 1)) and field_word(T, res, j + 1))) \
                    and (field_word(T, res, j + 1) or j + 1 in conf_at):
                j += 1  # "Deputi Penindakan dan Eksekusi", "Pemimpin Minoritas Senat dan Demokrat New York"
                continue
            short = _short_form_end(T, j, title_at)
            if short > j:
                j = short  # the short form of the office or unit: "Menteri ESDM (Energi ...)", "(Kesbangpol)", "(CEO)";
                continue  # session 35: a title of two words, "(Kasi Humas)"
            c = conf_at.get(j)
            if c is not None:
                if c.label == "PER":  # a known person after the title
                    c.title = c.title or T.span_text(s, e)
                    c.office = c.office or _office_text(T, s, j)
                    break
                j = c.end
                after_body = True
                continue
            if j in title_at and after_body and title_at[j] == j + 1 and T.folded[j] in res.given_name_titles \
                    and _name_run(T, j + 1, res, stops) - (j + 1) >= 2:
                person = (j, _name_run(T, j + 1, res, stops))  # "Ketua DPD RI | Sultan Baktiar Najamudin"
                consumed.add(j)
                break
            if j in title_at:
                consumed.add(j)
                j = title_at[j]
                if T.folded[j - 1] in res.title_relations:
                    relation_at = j  # "former | head of | Merrill Lynch"
                continue
            if T.folded[j] in res.office_units:  # "Deputi Bidang Koordinasi Hukum dan HAM | Kemenko Polhukam"
                if j + 2 < T.n and _unit_number(T, res, j + 1) and T.cap[j + 2]:
                    j += 2  # session 35: the unit's number, "KPK Wilayah V | Dian Patria"
                    continue
                k = _unit_end(T, res, j + 1, stops, joiners=True)
                short = _short_form_end(T, k, title_at)
                if short > k and _cap_word(T, short):
                    j = short  # session 35: the unit's short form, "Bidang Infrastruktur dan ... (IPK) | Agus ...",
                    continue  # "Seksi Hubungan Masyarakat (Kasi Humas) | Polresta Denpasar"
                if k < T.n and k in stops:
                    j = k
                    continue
                if k + 1 < T.n and T.words[k] == "," and _cap_word(T, k + 1) and "\n" not in T.ws[k]:
                    j = k + 1  # the holder after a comma: "Kepala Seksi Pidana Khusus, | Resky Pradhana Romly"
                    continue
                break
            if T.folded[j] in res.org_head_first:  # an organisation the scan did not take: not a person
                known = conf_at.get(j + 1)
                if known is not None and known.label in ("ORG", "GPE") and not T.words[j].isupper():
                    j = known.end  # session 35: a head before a known body or place, "Komisi II DPR | Fraksi PDIP, |
                    # Deddy", "Eksaminasi | Kejati Papua, | Lenni Silaban"
                    after_body = True
                    continue
                break
            end = _name_run(T, j, res, stops)
            if end > j and (_field_list_goes_on(T, res, end) or (T.words[j - 1] == "," and end + 1 < T.n
                                                                  and T.folded[end] in res.org_joiners
                                                                  and field_word(T, res, end + 1))):
                j = end  # session 35: "Energi Baru, | Terbarukan, dan Konservasi Energi (EBTKE)": the office's fields
                continue
            if end == j:
                k = _unit_end(T, res, j, stops)  # a field, then unit words that are no names alone: "Pelucutan | Senjata AS"
                if j < k < T.n and k in stops and "\n" not in T.ws[k - 1]:
                    j = k
                    continue
                break
            if end + 1 < T.n and T.words[end] == "," and end + 1 in title_at and "\n" not in T.ws[end] \
                    and (" ".join(T.folded[end + 1:title_at[end + 1]]) in res.ranks or T.folded[end + 1] in res.ranks) \
                    and not any(T.folded[x] in res.given_names for x in range(j, end)):
                j = end + 1  # a rank after a comma opens the holder's name; the run before is the unit's place:
                continue  # "Kapolsek Purwodadi, AKP Siswanto", "Kapolsek Genuk, Kompol Rudi Hartono"
            if end + 2 < T.n and T.words[end] == "(" and T.words[end + 2] == ")" and T.folded[end + 1] in res.titles:
                j = end + 3  # the office's short form in brackets after the run: "Kepala Puspenkum (Kapuspenkum)
                continue  # Kejagung RI Anang Supriatna", "Kepala Sekolah Pimpinan Tinggi (Kasespimti)": a unit
            # capitalised words that are not names alone ("Senjata") still belong to a unit name
            k = _unit_end(T, res, end, stops)
            place = conf_at.get(k) if k == end else None
            if place is not None and place.label == "GPE" and place.length == 1 and place.end < T.n \
                    and T.word[place.end] and not T.cap[place.end] and not any(T.words[x].isupper() for x in range(j, end)) \
                    and not any(T.folded[x] in res.place_nouns for x in range(j, end)):
                person = (j, place.end)  # a surname that is also a place: "Irjen Teddy Minahasa"
                break
            if k < T.n and k in stops and "\n" not in T.ws[k - 1]:
                known = conf_at.get(k)
                if known is not None and known.label == "PER" and k == end and _given_names_before(T, res, j, k):
                    known.start = j  # "Mendagri Muhammad | Tito Karnavian": a given name the known form leaves out
                    known.title = known.title or T.span_text(s, e)
                    known.office = known.office or _office_text(T, s, j)
                    break
                j = k  # a unit name before an organisation, country or title
                continue
            if end == j + 1 and _acronym(T.words[j]) and (len(T.words[j]) >= 4 or not after_body) \
                    and not any(T.folded[x] in res.initials_titles or T.folded[x] in res.ranks for x in range(s, e)):
                break  # "pimpinan DPRD", "Kepala BGN": a lone acronym after an office is a body; after a rank or
                # "Saudara" it is a person's initials ("Bripda AG")
            if any(res.head_label.get((T.folded[x],)) == "ORG" and not T.words[x].isupper() for x in range(j + 1, end)):
                break  # a body's head word in the run: "anggota Himapol FISIP Universitas Udayana", "Intel Kodim"
            unit = _acronym_unit_end(T, res, j, end) if end - j >= 2 else None
            if unit is not None:
                if end - unit < 2:
                    break  # "Wakil Ketua BEM FKP": acronyms and fields only, the body of an unnamed office-holder
                j = unit  # "Menteri PU Dody Hanggodo", "Direktur Jaminan Pelayanan Kesehatan BPJS Kesehatan Lily K."
                continue
            if _unit_before_comma(T, j, end):
                j = end + 1  # "Kadis DLH Kalteng, Joni Harta": the acronym run is the unit, the name follows
                continue
            holder = _holder_before(T, res, s, end)
            if holder >= 0 and not any(x in inside or x in conf_at for x in range(holder, s - 1)) \
                    and not any(T.folded[x] in res.honorifics or T.folded[x] in res.initials_titles for x in range(s, e)):
                # the name before the comma is the office-holder: "ujar Andre Utama, VP Sales & Marketing Damai
                # Putra Group, dalam ..."; but not a run that opens inside an earlier office, whose title grammar
                # names the holder (session 32: "Wakil Menteri Kelautan dan | Perikanan Didit Herdiawan, Direktur
                # Utama Agrinas" is no person "Perikanan Didit Herdiawan")
                while s - 1 - holder > 2 and field_word(T, res, holder) and T.folded[holder] not in res.given_names:
                    holder += 1  # session 32 (officeid32): the run walked back over the last field word of an office
                    # ("Direktur Pengelolaan Sistem Informasi dan | Digitalisasi | Wahyu Firdaus, Direktur ...")
                if not any(ts < holder < te for ts, te in titles):
                    out.append(Cand(holder, s - 1, "PER", "title", title=T.span_text(s, e), office=T.span_text(s, end)))
                out.append(Cand(j, end, "ORG", "title"))  # ... and the run after the office its body
                j = end
                continue
            if _name_in_apposition(T, res, end, stops):
                # "Direktur Eksekutif Voxpol Center, Pangi Chaniago": the run is the office's body, no person
                out.append(Cand(j, end, BODY, "title"))
                j = end
                continue
            if j == e and _titled_body(T, res, e - 1, j, end):
                # session 25: "Kapolda | Metro Jaya" with "Polda Metro Jaya" a known body: no name follows, the office
                # phrase names its unnamed holder (as the gold's optional "Kapolda Sumut", "Bupati Koltim")
                out.append(Cand(s, end, "PER", "title", kind="office"))
                break
            if end < T.n and T.words[end].isdigit() and T.ws[end - 1] and "\n" not in T.ws[end - 1]:
                j = end  # a unit's number after the run: "Kordinator Lapangan Posko ... SMPN | 1 Cisarua, Aep Kunaefi"
                continue  # (a glued list number is not: "Kepala BGN Dadan Hindayana3. Menteri ...")
            person = (_unit_prefix_end(T, j, end, lower_words), end)
            if person[0] == j:
                person = (_body_prefix_end(T, res, j, end), end)
            unit_at = j if person[0] > j else None
            break
        if person is not None:
            words = [k for k in range(*person) if T.word[k]]
            bare = all(T.folded[k] in res.title_prefixes for k in range(s, e) if T.word[k])
            if words and not all(T.folded[k] in res.titles or _roman(T.words[k]) for k in words) \
                    and T.folded[words[0]] not in res.company_forms \
                    and not (len(words) == 1 and (T.folded[words[0]] in res.generic or T.folded[words[0]] in res.stop
                                                  or T.folded[words[0]] in lower_words or bare)):
                # one word after a bare "former"/"late" is what once was, not a person's name: "the former
                # Yugoslavia", "a former Eton pupil", "a former Yale historian"
                # one word after a title that the article also writes in lower case is a common word:
                # "General | Election", "Kepala | Kesatuan"
                if person[0] == e and unit_at is None and " ".join(T.folded[s:e]) in res.member_titles:
                    out.append(Cand(person[0], person[1], "ORG", "title"))  # "anggota | Kongres": the body joined
                    continue
                out.append(Cand(person[0], person[1], "PER", "title", title=T.span_text(s, e),
                                office=_office_text(T, s, person[0]), kind="name" if unit_at is None else "unit"))
    return out


def _short_form_end(T: Toks, k: int, title_at: dict[int, int]) -> int:
    """After a short form in brackets at k, one capitalised word ("(IPK)") or a title ("(Kasi Humas)"); else k."""
    if k + 2 >= T.n or T.words[k] != "(":
        return k
    if T.words[k + 2] == ")" and T.cap[k + 1] and T.word[k + 1]:
        return k + 3
    end = title_at.get(k + 1, 0)
    return end + 1 if 0 < end < T.n and T.words[end] == ")" else k


def _field_list_goes_on(T: Toks, res: Resources, k: int) -> bool:
    """Session 35 (entlab35): at a comma k inside an office chain, a list of the office's fields goes on: short
    capitalised items after commas, closed by "dan" (after a comma or not) and a field word ("Energi Baru, | Terbarukan,
    dan Konservasi Energi", "Jasa Keuangan, | Edukasi dan Perlindungan Konsumen"). A list of names ("Budi, Ani, dan
    Ahmad") is closed by no field word."""
    n = T.n
    while k + 1 < n and T.words[k] == "," and "\n" not in T.ws[k]:
        m = k + 1
        if m < n and T.folded[m] in res.org_joiners:
            return m + 1 < n and field_word(T, res, m + 1)
        while m < n and m - k <= 4 and _cap_word(T, m) and T.folded[m] not in res.titles:
            m += 1
        if m == k + 1 or m >= n:
            return False
        if T.folded[m] in res.org_joiners:
            return m + 1 < n and field_word(T, res, m + 1)
        k = m
    return False


def _holder_after_comma(T: Toks, res: Resources, k: int, stops, conf_at) -> bool:
    """Session 35 (entlab35): a comma right after an office's title ("Ketua KPK, | Fitroh Rohcahyanto, mengatakan",
    "Menteri Keuangan, | Purbaya Yudhi Sadewa") is followed by the holder: a known person, or a name of two words or
    more that ends the apposition (a comma or a lower-case word after it, not one of `own_office_markers`: "Direktur
    Utama, | Harry Prasetyo selaku Direktur Keuangan"); no second title ("Gubernur, | Wakil Gubernur") nor fields."""
    known = conf_at.get(k + 1)
    if known is not None:
        return known.label == "PER" and not (known.end < T.n and T.folded[known.end] in res.own_office_markers)
    if k + 1 in stops or "\n" in T.ws[k]:
        return False
    m = _name_run(T, k + 1, res, stops)
    if m - (k + 1) < 2 or any(T.folded[x] in res.titles or field_word(T, res, x) or T.folded[x] in res.generic
                              or T.folded[x] in res.org_words for x in range(k + 1, m)):
        return False  # (nor a place or a body: "Desa Bandar Ratu, | Kabupaten Mukomuko")
    return m >= T.n or T.words[m] == "," or (T.word[m] and T.words[m][:1].islower()
                                             and T.folded[m] not in res.org_joiners
                                             and T.folded[m] not in res.own_office_markers)


def _unit_prefix_end(T: Toks, j: int, end: int, lower_words: set[str]) -> int:
    """Where the holder's name begins in a title's capitalised run [j, end): after a unit named by a common noun
    and a name ("Kepala | Desa Sekapuk | Musholikhin") when the article writes that unit elsewhere on its own (not
    followed by the rest: "Desa Sekapuk di Kecamatan ..."); else at j. The noun is one the article also writes in
    lower case, so a given name that recurs alone ("Budi" of "Kapolres Budi Santoso") never counts as a unit."""
    if end - j < 3 or T.folded[j] not in lower_words:
        return j
    for m in range(end - 1, j + 1, -1):
        unit = T.folded[j:m]
        for p in range(T.n - len(unit) + 1):
            if p != j and T.folded[p:p + len(unit)] == unit and T.cap[p] and (
                    p + len(unit) >= T.n or T.folded[p + len(unit)] != T.folded[m]):
                return m
    return j


def _body_prefix_end(T: Toks, res: Resources, j: int, end: int) -> int:
    """Where the holder's name begins in a title's capitalised run [j, end) that opens with a body's name: "Direktur
    Utama | Jasa Marga | Rivan Achmad Purwantono" ... "ujar Rivan". Two cues together: the words before are written
    elsewhere in the article as the end of a capitalised run ("oleh Jasa Marga yaitu"; one word only after another:
    "Mahkamah Konstitusi", as one word alone is a name: "kata Asep" of "Asep | Guntur Rahayu", where another Guntur is
    named "Guntur"), and the first word after them
    stands alone elsewhere (the holder named by one name, not an acronym). The longest such body wins; the holder keeps
    two words or more; the body's first word is no known given name ("Budi" of "Budi Santoso Wijaya" ... "Budi
    Santoso" ... "Wijaya"). Else j."""
    if end - j < 3 or T.folded[j] in res.given_names:
        return j
    for m in range(end - 2, j, -1):  # the longest body first: "anggota | Banggar DPRD Bone | Adriani Alimuddin Page"
        prefix = T.folded[j:m]
        size = m - j
        if not T.words[m].isupper() and any(
                p != j and T.cap[p] and T.folded[p:p + size] == prefix and not _cap_word(T, p + size)
                and (size >= 2 or _cap_word(T, p - 1)) for p in range(T.n - size + 1)) and _alone_elsewhere(T, res, m):
            return m
    return j


def _roman(w: str) -> bool:
    """A roman numeral in capitals ("II" of "Kanwil DJP Jawa Tengah II"): a unit's number, no name."""
    return bool(w) and w.isupper() and all(ch in "IVXLC" for ch in w)


def _cap_word(T: Toks, k: int) -> bool:
    return 0 <= k < T.n and T.cap[k] and T.word[k]


def _alone_elsewhere(T: Toks, res: Resources, m: int) -> bool:
    """The capitalised word at m is also written elsewhere as a name of one word: no capitalised word after it, none
    before it but a title ("ujar Rivan dalam", "Adriani heran", "kata Putri,", "Pak Rivan")."""
    w = T.folded[m]
    return any(q != m and T.folded[q] == w and T.cap[q] and not _cap_word(T, q + 1)
               and not (_cap_word(T, q - 1) and T.folded[q - 1] not in res.titles) for q in range(T.n))


def _given_names_before(T: Toks, res: Resources, j: int, k: int) -> bool:
    """One or two capitalised given names (first words of the gazetteer's people) right before a known person,
    no acronym, field, title or stop word among them: the person's own name, which the known form leaves out. One
    word that the article also writes alone as a name counts too ("Ketua Fraksi PAN DPR RI Putri | Zulkifli Hasan"
    ... "kata Putri": the daughter, not the known father)."""
    return 1 <= k - j <= 2 and all(
        T.cap[x] and T.word[x] and not T.words[x].isupper()
        and (T.folded[x] in res.given_names or (k - j == 1 and _alone_elsewhere(T, res, x)))
        and T.folded[x] not in res.titles and T.folded[x] not in res.stop and not field_word(T, res, x)
        and T.ws[x] and "\n" not in T.ws[x] for x in range(j, k))


def field_word(T: Toks, res: Resources, k: int) -> bool:
    """A capitalised word naming an office's field: listed (`portfolios`) or of a derived-noun shape ("Pemantauan"),
    not an organisation's head word ("Kejaksaan")."""
    f = T.folded[k]
    return T.cap[k] and (f in res.portfolios or (res.field_noun(f) and f not in res.org_head_first))


def _acronym(w: str) -> bool:
    """An acronym or unit code of two characters or more: "PU", "BGN", "P2MI", "IM57" (not an initial "M.")."""
    return len(w) >= 2 and w.isalnum() and w.isupper() and not w.isdigit()


def _acronym_unit_end(T: Toks, res: Resources, s: int, e: int):
    """In a title's capitalised run [s, e), the end of a unit named by an acronym (with the fields after it), when
    the acronym is not the run's only word before a single surname ("ST Burhanuddin", "JO Sembiring"):
    "PU | Dody Hanggodo", "Kepesertaan BPJS Ketenagakerjaan | Eko Nugriyanto". None when no acronym is there."""
    last = max((k for k in range(s, e) if _acronym(T.words[k])), default=None)
    if last is None or (last == s and e - s == 2):
        return None
    k = last + 1
    while k < e and field_word(T, res, k):
        k += 1
    if last == s or k > last + 1 or all(_acronym(T.words[x]) or field_word(T, res, x) for x in range(s, last)):
        return k
    return None  # an acronym between name words is a person's initials: "George HW Bush"


def _unit_end(T: Toks, res: Resources, k: int, stops, joiners: bool = False) -> int:
    """End of a unit's capitalised words from k, up to a stop; with ``joiners`` also across "dan"
    ("Bidang Koordinasi Hukum dan HAM")."""
    while k < T.n and k not in stops and not T.sent_start[k] and "\n" not in T.ws[k - 1] and \
            ((T.cap[k] and T.word[k]) or (joiners and T.folded[k] in res.org_joiners and k + 1 < T.n and T.cap[k + 1])):
        k += 1
    return k


def _unit_before_comma(T: Toks, s: int, e: int) -> bool:
    """A run with an acronym in it ("DLH Kalteng") followed by a comma and a capitalised word."""
    return e + 1 < T.n and T.words[e] == "," and T.cap[e + 1] and T.word[e + 1] and \
        any(len(T.words[k]) >= 3 and T.words[k].isupper() and T.words[k].isalpha() for k in range(s, e))


def _name_in_apposition(T: Toks, res: Resources, e: int, stops) -> bool:
    """After a title's capitalised run, a comma or a bracketed acronym and then a full name of two or more
    words that ends the phrase (a lower-case word other than "dan" follows, after a comma or not): the name is the office-holder and
    the run before it the office's body ("Kepala Sekolah Pecahkan, Zie Baraba, ...", "Direktur Riset
    Indonesia Presidential Studies (IPS) Arman Salam menilai"). Not when a title or a known name follows."""
    n = T.n
    if e < n and T.words[e] == ",":
        k = e + 1
    elif e + 2 < n and T.words[e] == "(" and T.words[e + 2] == ")" and T.words[e + 1].isupper():
        k = e + 3
    else:
        return False
    if k >= n or k in stops or not (T.cap[k] and T.word[k]) or "\n" in T.ws[e]:
        return False
    m = _name_run(T, k, res, stops)
    if m - k < 2 or any(T.folded[x] in res.titles or not T.word[x] for x in range(k, m)):
        return False
    if m < n and T.words[m] == ",":  # "..., Zie Baraba, datang"; not a list of names ("A, B, dan C")
        m += 1
    return m >= n or (T.word[m] and T.words[m][:1].islower() and T.folded[m] not in res.org_joiners)


def _holder_before(T: Toks, res: Resources, s: int, e: int) -> int:
    """The office-holder named before the office, in apposition: "ujar Andre Utama, VP Sales & Marketing Damai Putra
    Group, dalam ...", "Wahyudin Sunarya, VP Marketing, Legal & Business Support HCML. Ia ...": a name of two or more
    capitalised words (no titles) after a lower-case word or at a sentence start, then a comma and the title; the
    capitalised run after the title ends the phrase (a comma, a full stop or a lower-case word follows). That run
    is the office's body, not a second person. Returns the holder's first word, or -1."""
    if s < 3 or T.words[s - 1] != ",":
        return -1
    k = s - 1
    while k - 1 >= 0 and T.word[k - 1] and T.cap[k - 1] and T.folded[k - 1] not in res.titles \
            and not T.words[k - 1].isupper() and "\n" not in T.ws[k - 1]:
        k -= 1
        if T.folded[k] in res.org_words or T.folded[k] in res.generic or T.folded[k] in res.company_forms:
            return -1  # "for the Video Standards Council, Dr Guy Cumberbatch": a body before the comma
    if s - 1 - k < 2:
        return -1
    if k == 0 or not (T.word[k - 1] and T.words[k - 1][:1].islower()):  # "ujar | Andre Utama", not "Kata Budi"
        return -1
    ends = e >= T.n or T.words[e] in (",", ".", ";") or (T.word[e] and T.words[e][:1].islower())
    return k if ends else -1


def _office_text(T: Toks, s: int, e: int) -> str:
    """The whole office before a name, "Kepala Bidang Humas Polda Riau Kombes Pol", without a closing comma."""
    while e > s + 1 and not T.word[e - 1] and T.words[e - 1] not in (")",):
        e -= 1
    return T.span_text(s, e)


def drop_rank_suffixes(T: Toks, res: Resources, spans: list) -> list:
    """A corps word that belongs to a rank ("Brigjen | Marinir | Freddy", "Kolonel | Inf") is part of the
    title, not an organisation of its own, even when the gazetteer knows the word."""
    titles = title_matches(T, res)
    if not titles:
        return spans
    inside = set()
    for s, e in titles:  # the words after the title's last rank word
        ranks = [k for k in range(s, e) if T.folded[k] in res.ranks]
        if ranks:
            inside.update(range(ranks[-1] + 1, e))
    return [c for c in spans if not (c.start in inside and all(k in inside and T.folded[k] in res.rank_suffixes
                                                               for k in range(c.start, c.end)))]


def region_spans(T: Toks, res: Resources, conf: list[Cand]) -> list[Cand]:
    """After a region's office (the pack's ``region_titles``), a capitalised run that begins with a region the
    places gazetteer knows (of the pack's ``region_kinds`` in ``region_countries``, bare or after a
    ``region_prefixes`` word) and goes on with more name words: the region is a place of its own, the rest is
    the holder; a region the entity gazetteer already found there is returned too (the merge then lets no
    model's span run over it). "Bupati | Agam | Benni Warlis", "Wali Kota | Sukabumi | Ayep Zaki", "Wakil Bupati | Karawang |
    Maslani". Not when the region's first word is a known person's given name, when the whole run is a region
    or is written inside a known name elsewhere in the text, nor when the run ends at a
    title or a known name (the title scan already reads it as a unit there)."""
    if not res.region_titles or not res.region_kinds:
        return []
    gaz = places_gazetteer()
    if gaz is None:
        return []
    conf_at = {c.start: c for c in conf if not c.nested}
    covered = {k for c in conf if not c.nested for k in range(c.start, c.end)}
    titles = title_matches(T, res)
    stops = set(conf_at) | {s for s, _ in titles}
    out: list[Cand] = []
    for s, e in titles:
        folded = T.folded[s:e]
        if not any(" ".join(folded[k:]) in res.region_titles for k in range(len(folded))):
            continue
        if e >= T.n or not (T.cap[e] and T.word[e]) or "\n" in T.ws[e - 1]:
            continue
        straddle = next((c for c in conf if not c.nested and c.label == "GPE" and s < c.start < e < c.end), None)
        if straddle is not None and known_region(gaz, res, T.span_text(e, straddle.end)):
            straddle.start = e  # "Wali Kota Bogor": the gazetteer's "Kota Bogor" takes the title's "Kota"; the city
            out.append(straddle)  # is "Bogor"
            continue
        known = conf_at.get(e)
        if known is not None:  # a region the entity gazetteer knows: kept, when a name follows it
            if known.label == "GPE" and known.end < T.n and known.end not in stops and T.cap[known.end] \
                    and T.word[known.end] and "\n" not in T.ws[known.end - 1]:
                end = _name_run(T, known.end, res, stops)
                if end not in stops and not any(known_region(gaz, res, T.span_text(e, k))
                                                for k in range(known.end + 1, end + 1)):
                    out.append(known)  # not "Wali Kota | Jakarta Timur"
            continue
        if e in covered:
            continue
        end = _name_run(T, e, res, stops)
        if end - e < 2 or end in stops or T.folded[e] in res.given_names or known_region(gaz, res, T.span_text(e, end)):
            continue
        run = T.folded[e:end]
        if any(T.folded[p:p + len(run)] == run and p in covered for p in range(T.n) if p != e):
            continue  # the run is written inside a known name elsewhere: "Polda Metro Jaya" ... "Kapolda Metro Jaya"
        if _titled_body(T, res, e - 1, e, end):
            continue  # session 25: ... or the body is known to the gazetteer though the text never writes it
        for k in range(min(end - 1, e + 3), e, -1):  # the longest region, one name word at least left after it
            if known_region(gaz, res, T.span_text(e, k)):
                out.append(Cand(e, k, "GPE", "title"))
                break
    return out


def _titled_body(T: Toks, res: Resources, t: int, j: int, end: int) -> bool:
    """Session 25 (names-id25): the title word at ``t`` ends with a body's short head and that head with the run
    [j, end) is an organisation the entity gazetteer knows: "Kapolda | Metro Jaya" ("Polda Metro Jaya"), so the run
    is the body's own name, neither a region and its holder ("Metro" the Lampung city, "Jaya" a person) nor a person.
    Indonesian offices are written so: "Ka-" (kepala) or "Waka-" (wakil kepala) before the body's short form."""
    word, rest = T.folded[t], T.span_text(j, end)
    for k in range(1, len(word) - 2):
        head = word[k:]
        if (head,) in res.head_label and any(getattr(x, "type", None) == "ORG"
                                             for x in res.forms.get(f"{head.capitalize()} {rest}", ())):
            return True
    return False


def known_region(gaz, res: Resources, name: str) -> bool:
    """A region of ``region_kinds`` named ``name``, or of ``region_prefixed_kinds`` named with a prefix word
    before it ("Kota Sukabumi": a city the gazetteer files under its prefixed name). Without the places gazetteer
    (``gaz`` None) nothing is a known region."""
    if gaz is None:
        return False
    forms = [(name, res.region_kinds)] + [(f"{p} {name}", res.region_prefixed_kinds) for p in res.region_prefixes]
    for form, kinds in forms:
        if any(p.kind in kinds and (not res.region_countries or p.country in res.region_countries)
               for p in gaz.lookup(form, res.lang)):
            return True
    return False


def region_test(res: Resources):
    """Whether a text names a place: a GPE of the entity gazetteer or a region the places gazetteer knows (the
    grouping's test for a body's region, "PN Medan"; built on ``known_region`` with the places gazetteer loaded once)."""
    gaz = places_gazetteer()

    def is_region(name: str) -> bool:
        return any(getattr(e, "type", None) == "GPE" for e in res.forms.get(name, ())) or known_region(gaz, res, name)
    return is_region


def bodies_of_a_region(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """A body's name, its short form in brackets, then a region (a ``region_prefixes`` word opening it, or a
    region of ``region_kinds`` the places gazetteer knows): the region's branch of the body is one organisation,
    named in full with the short form inside, and a bracketed short form right after the region goes with it:
    "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Ogan Komering Ulu (OKU)", "Dinas Perhubungan
    (Dishub) Kabupaten Serang", "Badan Pengawas Pemilu (Bawaslu) Provinsi Nusa Tenggara Barat" (the scan cut the
    body before the bracket and left the region a place of its own). The region's span inside is dropped; a
    region written elsewhere keeps its own mentions."""
    if not res.region_prefix_words:
        return spans
    at = {c.start: c for c in spans if not c.nested}
    gaz, loaded = None, False
    drop: set[int] = set()
    for c in spans:
        i = c.end
        if c.nested or c.label != "ORG" or i + 3 >= T.n or T.words[i] != "(" or T.words[i + 2] != ")":
            continue
        acr = T.words[i + 1]
        if not (acr[:1].isupper() and acr.isalnum() and len(acr) <= 12) or T.folded[i + 1] in res.company_forms \
                or "\n" in T.ws[c.end - 1] or "\n" in T.ws[i + 2]:
            continue
        low, ws = acr.lower(), [T.folded[k] for k in range(c.start, c.end) if T.word[k]]
        if T.folded[i + 1] in res.titles or not any(w[:1] == low[:1] or low[:3] in w for w in ws):
            continue  # the short form of a title before the body, not of the body: "Sekretaris DPRD (Sekwan)
            # Bantaeng", "Kepala Kejaksaan Negeri (Kajari) Lembata"
        r = at.get(i + 3)
        if r is None or r.label != "GPE" or id(r) in drop:
            continue
        if T.folded[r.start] not in res.region_prefix_words or r.length < 2:
            if not loaded:
                gaz, loaded = places_gazetteer(), True
            if not known_region(gaz, res, T.span_text(r.start, r.end)):
                continue
        end = r.end
        if end + 2 < T.n and T.words[end] == "(" and T.words[end + 2] == ")" and T.words[end + 1].isupper() \
                and T.words[end + 1].isalpha() and "\n" not in T.ws[end - 1]:
            end += 3  # the region's own short form: "... Kabupaten Ogan Komering Ulu (OKU)"
        for x in spans:
            if x is not c and not x.nested and i <= x.start and x.end <= end:
                drop.add(id(x))
        c.end = end
    return [c for c in spans if id(c) not in drop] if drop else spans


def _spelled_by(short: str, words: list[str]) -> bool:
    """A short form written with pieces of each word in order, the first piece opening the first word: "ponpes" of
    "pondok pesantren", "satgas" of "satuan tugas", "lapas" of "lembaga pemasyarakatan", "rsup" of "rumah sakit
    umum pusat" (one letter of each)."""
    def sub(piece: str, word: str) -> bool:
        it = iter(word)
        return all(ch in it for ch in piece)

    def go(s: str, k: int) -> bool:
        if k == len(words):
            return not s
        rest = len(words) - k - 1
        for n in range(1, len(s) - rest + 1):
            if (k or s[0] == words[0][:1]) and sub(s[:n], words[k]) and go(s[n:], k + 1):
                return True
        return False
    return bool(short) and bool(words) and go(short, 0)


def _after_a_head(T: Toks, res: Resources, x: Cand) -> bool:
    """Whether the words of a model's person ``x`` stand elsewhere in the text after a one-word head of the pack:
    "Pondok Pesantren (Ponpes) Al Khoziny" (PER) with "Pesantren Al Khoziny" in the headline is a body's name."""
    n, want = x.length, T.folded[x.start:x.end]
    return any(k != x.start and (T.folded[k - 1],) in res.head_label and T.folded[k:k + n] == want
               for k in range(1, T.n - n + 1))


def bodies_before_a_name(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """A body word written out, its short form in brackets, then the body's own name: "Pondok Pesantren (Ponpes) Al
    Khoziny", "Rumah Sakit Umum Pusat (RSUP) Prof Ngoerah", "Satuan Tugas (Satgas) MBG", "Kepolisian Resor Kota
    (Polresta) Bogor Kota" (the scan and the model cut the body word off and left the name a person, a place or
    nothing). The short form is a one-word head of the pack (or its head abbreviation) that the written-out words
    spell; the name is a span right after the bracket that is no person (a person's words the text writes after a head
    word elsewhere: "Pesantren Al Khoziny"), or the words after it that the text also writes after the short form
    elsewhere ("Ponpes Al-Khoziny"). One body then, named in full with the short form
    inside (as ``bodies_of_a_region`` does for a region), one entity with the short form's mentions; the spans
    inside go."""
    words, folded = T.words, T.folded
    at = {c.start: c for c in spans if not c.nested}
    drop: set[int] = set()
    for c in spans:
        i = c.end
        if c.nested or c.label == "PER" or c.length < 2 or id(c) in drop or i + 3 >= T.n or words[i] != "(" \
                or words[i + 2] != ")" or "\n" in T.ws[i + 2] or not T.cap[i + 3] or not T.word[i + 3]:
            continue
        short = folded[i + 1]
        if (short,) not in res.head_label and short not in res.head_abbreviations:
            continue
        own = [folded[k] for k in range(c.start, c.end) if T.word[k]]
        if res.head_abbreviations.get(short) != " ".join(own) and not _spelled_by(short, own):
            continue
        end = None
        x = at.get(i + 3)
        if x is not None and id(x) not in drop and (x.label != "PER" or _after_a_head(T, res, x)):
            end = x.end
        else:  # the short form with the same words after it elsewhere: the longest such run of capitalised words
            run = i + 3  # (a hyphen joins two: "Al-Khoziny")
            while run < T.n and "\n" not in T.ws[run - 1] and (T.cap[run] and T.word[run] or (
                    words[run] in HYPHENS and not T.ws[run - 1] and not T.ws[run] and run + 1 < T.n and T.cap[run + 1])):
                run += 1
            for o in spans:
                if o is c or o.start == i + 3 or folded[o.start] != short or o.length < 2:
                    continue
                n = o.length - 1
                if i + 3 + n <= run and folded[o.start + 1:o.end] == folded[i + 3:i + 3 + n]:
                    end = max(end or 0, i + 3 + n)
        if end is None:
            continue
        inside = [x for x in spans if x is not c and not x.nested and x.start < end and x.end > i]
        if any(x.start < i or x.end > end for x in inside):
            continue  # a span reaching out of the name: leave it
        drop.update(id(x) for x in inside)
        c.end = end
        c.entries = ()
        c.label = res.head_label.get((short,), c.label)
        if c.key is None:  # one body with the short form's mention elsewhere: "Ponpes Al Khoziny"
            same = next((o for o in spans if id(o) not in drop and o.length == end - i - 2 and folded[o.start] == short
                         and folded[o.start + 1:o.end] == folded[i + 3:end]), None)
            if same is not None:
                c.key = f"span:{same.start}:{same.end}"
    return [c for c in spans if id(c) not in drop] if drop else spans


def drop_common_title_persons(T: Toks, res: Resources, spans: list[Cand], lower_words: set[str]) -> list[Cand]:
    """A person the title grammar alone proposed (the model saw no name there: `merge_spans` keeps a title's person
    only where nothing else speaks) is dropped when the run is common words, not a name: every word one the article
    also writes in lower case, an office's field, or a pack word (organisation heads, generic words, titles), and
    none in capitals or a gazetteer person's given name ("Direktur Perlindungan Sosial | Korban Bencana Sosial",
    "Kepala Bidang | Hubungan Media", "Ketua Umum | Kamar Dagang dan Industri"). Session 19 (names-id14): on fresh
    detik news 8 of 10 such persons were no person; this drops the common-word ones. A Title Case line was tried as
    a second cue ("Legislator | Dorong Kebijakan Tepat Sasaran", a subheading) and taken out: a sentence dense with
    names and a list line of ministers ("2. Menteri HAM Natalius Pigai3. ...") are Title Case too."""
    if res.award_category_words:  # session 27 (names-id27): "Aktor | Pendatang Baru Terbaik" is an award category
        spans = [c for c in spans if not (c.source == "title" and c.label == "PER" and not c.nested and any(
            T.folded[k] in res.award_category_words for k in range(c.start, c.end)))]
    if res.title_person_before_name:
        spans = drop_title_persons_before_a_name(T, res, spans)
    if not res.drop_common_title_persons:
        return spans

    def common(k: int) -> bool:
        f = T.folded[k]
        return f in lower_words or field_word(T, res, k) or f in res.generic or f in res.org_words or f in res.titles \
            or f in res.stop or f in res.org_joiners

    out = []
    for c in spans:
        if c.source == "title" and c.label == "PER" and not c.nested:
            words = [k for k in range(c.start, c.end) if T.word[k]]
            if words and not any(T.words[k].isupper() for k in words) \
                    and not any(T.folded[k] in res.given_names for k in words) \
                    and all(common(k) for k in words):
                continue
        out.append(c)
    return out


def _after_bracket(T: Toks, k: int, longest: int = 4) -> int:
    """The token after a bracket opened at k and closed within `longest` tokens ("(APD)", "(DPP)"), else k."""
    if k < T.n and T.words[k] == "(":
        for j in range(k + 1, min(T.n, k + longest + 2)):
            if T.words[j] == ")":
                return j + 1
    return k


def drop_title_persons_before_a_name(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """Session 31 (namesid31): a titled person followed by a comma (after a bracketed short form, if any) and an
    untitled person another source found is the body of the office, not its holder, when the title grammar alone
    proposed it or none of its words is a gazetteer person's given name: the name after the comma is the holder
    ("Bupati Flotim, Anton Doni Dihen", "Ketua Umum DPP Gebu Minang, Oesman Sapta", "Menteri Pemberdayaan
    Perempuan dan Perlindungan Anak (PPPA), Arifah Fauzi"). The run is dropped; the body is not typed (what it
    names is not known). Not when the name after the comma goes on into a list ("Kapolda Jawa Barat Irjen Rudi
    Setiawan, Budi Santoso, dan ..."): the titled person is then the list's first; a comma before a verb closes the
    apposition ("Kepala Biro Hubungan Masyarakat dan Kerja Sama KPPU, Deswin Nur, menyampaikan"). Nor after a rank,
    a person's trade or a title only a person follows ("Brigjen Sumrahari, Soemitro berbicara", "aktor Will Smith,
    Jaden", "Bersama Prof Sarbini Sumawinata, Daryatmo") or under a title held for someone (relational_titles:
    "kuasa hukum Setnov, Fredrich Yunadi")."""
    def listed(k: int) -> bool:  # a list goes on at k: "dan", "serta", a comma not before a lower-case verb
        k = _after_bracket(T, k)  # past "(Australia)" of "Maxine Williamson (Australia), Siti Kamaluddin"
        return k < T.n and T.folded[k] in res.list_joiners and not (
            T.words[k] == "," and k + 1 < T.n and T.words[k + 1].islower()
            and T.folded[k + 1] not in res.list_joiners)

    starts = {c.start for c in spans if c.label == "PER" and c.source != "title" and not c.title
              and not listed(c.end)}
    if not starts:
        return spans

    def holder(c: Cand) -> bool:  # a rank, trade or personal title right before the run, or a title held for someone
        before = T.folded[c.start - 1] if c.start else ""
        title = f" {' '.join(fold_token(w) for w in c.title.split())} "
        return before in res.ranks or before in res.person_descriptors or before in res.lone_person_titles or any(
            f" {r} " in title for r in res.relational_titles)

    out = []
    for c in spans:
        if c.label == "PER" and c.title and not c.nested and (c.source == "title" or not any(
                T.folded[k] in res.given_names for k in range(c.start, c.end))) and not holder(c):
            k = _after_bracket(T, c.end)
            if k + 1 < T.n and T.words[k] == "," and k + 1 in starts:
                continue
        out.append(c)
    return out
