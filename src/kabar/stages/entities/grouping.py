"""Mentions grouped into entities: same folded name, same gazetteer entry, surnames, acronyms; type and name."""

from __future__ import annotations

import datetime as dt
import re
from difflib import SequenceMatcher
from typing import Optional

from kabar.stages.entities.loading import HYPHENS, TYPE_ORDER, Cand, Resources, person_first_words
from kabar.text.headlines import is_title_case
from kabar.text.names import one_letter_more
from kabar.text.tokens import Toks, fold_token


class _Groups:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _initials(T: Toks, c: Cand, res: Resources) -> str:
    letters = []
    for k in range(c.start, c.end):
        w = T.words[k]
        if not T.word[k] or T.folded[k] in res.connectors:
            continue
        if w.isupper() and len(w) > 1:
            letters.append(w)
        elif w[0].isupper():
            letters.append(w[0])
    return "".join(letters)


def _acronym_ok(text: str, res: Resources) -> bool:
    letters = text.replace(".", "")
    return res.acronym_min <= len(letters) <= res.acronym_max and letters.isalpha() and letters.isupper()


def _place_acronym(T: Toks, c: Cand, acronym: str) -> bool:
    """Whether an acronym can be a place's own short form: its letters in order in the place's name, from its first
    ("DKI" no, "NTB" of "Nusa Tenggara Barat", "Jabar" style forms are the gazetteer's); a body's acronym after the
    place that ends the body's name ("Penjaminan Infrastruktur Indonesia (PII)") is not."""
    own = "".join(T.folded[c.start:c.end])
    short = acronym.lower().replace(".", "")
    return short[:1] == own[:1] and _subsequence(short, own)


def _middle_names(T: Toks, c: Cand) -> list[str]:
    """The inner words of a person's name of three words or more that can be a call name on their own
    ("Dasco" of "Sufmi Dasco Ahmad", "Made" of "I Made Parwita"): capitalised, two letters or more."""
    if c.length < 3:
        return []
    return [T.words[k] for k in range(c.start + 1, c.end - 1)
            if T.word[k] and T.cap[k] and len(T.words[k]) >= 3 and not T.words[k].isupper()]


def _call_names(ws: list[str], res: Resources) -> list[str]:
    """First, last and (in names of three words or more) inner words by which a person is named again."""
    inner = [w for w in ws[1:-1] if len(w) >= 3 and w[0].isupper() and not w.isupper()] if len(ws) >= 3 else []
    return list(dict.fromkeys([ws[0], ws[-1], *inner]))


def _phrase_before(T: Toks, k: int, phrases: tuple) -> int:
    """Start of the longest of ``phrases`` (tuples of folded words) that ends at word k, or -1."""
    for ph in phrases:
        a = k - len(ph) + 1
        if a >= 0 and tuple(T.folded[a:k + 1]) == ph:
            return a
    return -1


def _or_nickname(T: Toks, res: Resources, c: Cand, p: Cand, spans: list[Cand]) -> bool:
    """Whether the name c after "<person p> atau" is another name of p, not a second person ("Prabowo atau
    Anies"): it opens with a call title ("Gus Ipul", "Cak Imin"), ends in p's surname ("Eddy Hiariej"), or is one
    word that no gazetteer entry and no other person's name holds ("Noel")."""
    if c.entries or c.nested:
        return False
    if T.folded[c.start] in res.call_titles and c.length >= 2:
        return True
    if c.length >= 2 and p.length >= 2 and T.folded[c.end - 1] == T.folded[p.end - 1]:
        return True
    if c.length == 1 and T.cap[c.start] and not T.words[c.start].isupper():
        w = T.folded[c.start]
        return not any(d is not p and d.label == "PER" and w in T.folded[d.start:d.end] for d in spans)
    return False


def link_nicknames(T: Toks, res: Resources, spans: list[Cand]) -> None:
    """ "Encep Nurjaman alias Hambali", "Sergei Domogatskii (40) alias Mr. Terimakasih": the name after an
    alias word is another name of the person before it (pack ``alias_words``), whatever the model typed it.
    So is the name after a nickname phrase ("Saifullah Yusuf, yang akrab disapa Gus Ipul": pack
    ``nickname_phrases``) and, when it looks like a call name (``_or_nickname``), after "or" (pack
    ``alias_or_words``: "Saifullah Yusuf atau Gus Ipul", "Muhaimin Iskandar atau Cak Imin")."""
    if not res.alias_words and not res.nickname_phrases and not res.alias_or_words:
        return
    persons_by_end = {c.end: c for c in spans if c.label == "PER" and not c.nested}
    linked: list[tuple[str, str]] = []
    for c in spans:
        k = c.start - 1
        if k >= 2 and T.words[k] == "." and T.cap[k - 1] and len(T.words[k - 1]) <= 3:
            k -= 2  # "alias Mr. | Terimakasih": an honorific abbreviation
        elif k >= 1 and (T.folded[k] in res.titles or (T.cap[k] and T.words[k].endswith(".") and len(T.words[k]) <= 4)):
            k -= 1
        if k < 1 or c.nested or c.label == "PER" and c.key:
            continue
        if T.folded[k] not in res.alias_words:
            a = _phrase_before(T, k, res.nickname_phrases)
            if a >= 1:  # "..., yang akrab disapa", "atau yang biasa disapa"
                k = a - 1
                if T.folded[k] in res.alias_or_words or T.words[k] == ",":
                    k -= 1
                p = persons_by_end.get(k + 1)
                if p is not None and p is not c and not c.entries:
                    linked.append((fold_token(T.span_text(c.start, c.end)), f"span:{p.start}:{p.end}"))
                continue
            if T.folded[k] in res.alias_or_words:
                p = persons_by_end.get(k)
                if p is not None and p is not c and _or_nickname(T, res, c, p, spans):
                    linked.append((fold_token(T.span_text(c.start, c.end)), f"span:{p.start}:{p.end}"))
            continue
        end = k
        if T.words[end - 1] == ")":  # an age or a note in brackets between: "Sergei Domogatskii (40) alias"
            opened = next((j for j in range(end - 2, max(end - 6, -1), -1) if T.words[j] == "("), None)
            if opened is None:
                continue
            end = opened
        p = persons_by_end.get(end)
        if p is not None and p is not c:
            linked.append((fold_token(T.span_text(c.start, c.end)), f"span:{p.start}:{p.end}"))
    for text, key in linked:  # the nickname used again later is the same person
        for c in spans:
            if not c.nested and c.key is None and fold_token(T.span_text(c.start, c.end)) == text:
                c.label, c.kind, c.key = "PER", "alias", key


def _title_case_term(T: Toks, res: Resources, i: int, spans: list[Cand]) -> bool:
    """Whether the bracketed acronym at token ``i`` is defined by capitalised words that name no body, place or
    person: "Pajak Kendaraan Bermotor (PKB)", "Ruang Terbuka Hijau (RTH)", "Key Performance Indicator (KPI)",
    "Hak Guna Bangunan (HGB)". The words before the bracket whose capitals spell the acronym (connectors may sit
    between them) open a capitalised run after a lower-case word or a mark, no span covers them (the model, the
    gazetteer and the organisation scan all left them alone), and none is a body, tail or place word of the pack
    or a gazetteer form ("Pusat Kerukunan Umat Beragama (PKUB)", "Indonesia Presidential Studies (IPS)" stay)."""
    words, acronym = T.words, T.words[i]
    k, letters = i - 2, ""
    while k >= 0 and len(letters) < len(acronym):
        w = words[k]
        if T.word[k] and w[:1].isupper() and w.isalpha() and not w.isupper():
            letters = w[0] + letters
        elif not (T.word[k] and T.folded[k] in res.connectors and w.islower() and letters):
            return False
        k -= 1
    lo, hi = k + 1, i - 1
    if letters != acronym or hi - lo < 2 or not T.cap[lo]:
        return False
    if k >= 0 and T.word[k] and T.cap[k] and not (T.sent_start[k] and T.folded[k] not in res.org_head_first
                                                   and T.folded[k] not in res.titles):
        return False  # the run goes on before: a body's name ("Kementerian Energi ..."); a sentence opener does not
    if any(c.start < hi and lo < c.end for c in spans):
        return False
    blockers = res.org_head_first | res.org_words | res.org_tails | res.place_features | res.term_blockers
    return not any(T.folded[x] in blockers or words[x] in res.forms for x in range(lo, hi)) \
        and T.span_text(lo, hi) not in res.forms


def _headed_term(T: Toks, res: Resources, i: int, spans: list[Cand]) -> bool:
    """Session 23 (names-id23b): whether the bracketed acronym at token ``i`` is defined by a phrase that opens with
    a term's head noun of the pack (``term_heads``: "data", "survei", "warisan", "pajak", "kawasan", "kartu" ...),
    the head's initial the acronym's first letter: "data tunggal sosial ekonomi nasional (DTSN)", "Warisan Budaya
    Takbenda (WBTb)", "Survei Status Gizi Indonesia (SSGI)", "Pajak Pertambahan Nilai Ditanggung Pemerintah
    (PPN-DTP)", "Kawasan Hutan dengan Tujuan Khusus (KHDTK)". Such acronyms name data sets, surveys, taxes, zones and
    heritage lists, no body, and their letters need not spell the phrase exactly (a word skipped, a letter in lower
    case, a hyphen), which the exact readings (``spelled``, ``_title_case_term``) ask. The head is at most eight
    words before the bracket, only words between; no span other than a place after the head covers the phrase (the
    model or the scan read it as a name: then the acronym is that name's), and no body word of the pack is in it."""
    words, acr = T.words, T.words[i]
    letters = acr.replace(".", "").replace("-", "")
    if not (2 <= len(letters) <= 10 and letters.isalpha() and acr[:1].isupper()
            and sum(ch.isupper() for ch in letters) >= 2):
        return False
    hi, head = i - 1, None
    for k in range(i - 2, max(-1, i - 10), -1):
        if not (T.word[k] and words[k].replace("-", "").isalpha()):
            break
        if T.folded[k] in res.term_heads and T.folded[k][:1] == letters[:1].lower():
            head = k
        if T.sent_start[k]:
            break
    if head is None or hi - head < 2:
        return False
    if any(c.start < hi and head < c.end and not (c.label in ("GPE", "LOC") and c.start > head) for c in spans):
        return False
    blockers = res.org_head_first | res.org_tails | res.term_blockers
    return not any(T.folded[x] in blockers for x in range(head + 1, hi))


def acronym_openers(T: Toks, res: Resources, spans: list[Cand]) -> None:
    """A body whose bracketed acronym begins with letters its name does not have takes the capitalised words just
    before it that spell them: "Himpunan | Pengusaha Muda Indonesia (HIPMI)", "Asosiasi | Pemerintah Kabupaten
    Seluruh Indonesia (APKASI)" (the scan or the model opened the name one word late). The name's own initials must
    follow in the acronym; the words taken are capitalised, covered by no other span, and no title, stop word or
    sentence opener."""
    words = T.words
    taken = bytearray(T.n)
    for c in spans:
        if not c.nested:
            taken[c.start:c.end] = b"\x01" * c.length
    for c in spans:
        e = c.end
        if c.nested or c.label != "ORG" or e + 2 >= T.n or words[e] != "(" or words[e + 2] != ")" \
                or not _acronym_ok(words[e + 1], res):
            continue
        acr = words[e + 1].replace(".", "").lower()
        own = _initials(T, c, res).lower()
        if not own or acr[:1] == own[:1] or acr[:1] == T.folded[c.start][:1]:
            continue
        at = acr.find(own[:1])  # the acronym's letters before the name's own
        if at < 1 or at > 3 or not _subsequence(own, acr[at:]):
            continue
        head = acr[:at]
        k = c.start - 1  # one word that spells them ("Himpunan" for HI), or one word per letter
        ks = [k] if k >= 0 and T.folded[k][:1] == head[0] and _subsequence(head, T.folded[k]) else \
            list(range(c.start - at, c.start))
        if ks[0] < 0 or any(taken[k] or not (T.word[k] and T.cap[k] and words[k].isalpha()) or T.sent_start[k]
                            or T.folded[k] in res.titles or T.folded[k] in res.stop
                            or T.folded[k] in res.connectors for k in ks):
            continue
        if len(ks) > 1 and "".join(T.folded[k][0] for k in ks) != head:
            continue
        c.start = ks[0]
        c.entries = ()


def defined_terms(T: Toks, res: Resources, spans: list[Cand]) -> dict[str, bool]:
    """Acronyms the text defines as common terms (see ``drop_defined_terms``), each with whether only capitalised
    words define it."""
    words = T.words

    def spelled(lo: int, hi: int, acronym: str) -> bool:  # lower-case words lo..hi-1 whose initials are the acronym
        return 0 <= lo and hi <= T.n and all(T.word[x] and words[x].isalpha() and words[x].islower() for x in range(lo, hi)) \
            and "".join(words[x][0] for x in range(lo, hi)) == acronym.lower()

    terms: dict[str, bool] = {}
    # both readings need a "(" at i - 1 or at i: only those i, in order
    opens = [p for p, w in enumerate(words) if w == "("]
    for i in sorted({p + d for p in opens for d in (0, 1) if 1 <= p + d < T.n - 1}):
        if words[i - 1] == "(" and words[i + 1] == ")" and _acronym_ok(words[i], res):
            if spelled(i - 1 - len(words[i]), i - 1, words[i]):
                terms[words[i]] = False
            elif res.title_case_terms and _title_case_term(T, res, i, spans):
                terms.setdefault(words[i], True)
        if words[i - 1] == "(" and words[i + 1] == ")" and res.term_heads and words[i] not in terms \
                and _headed_term(T, res, i, spans):
            terms[words[i]] = False
        # ... or the other way round: "BBE (barang bukti elektronik)", "TKP (tempat kejadian perkara)"
        j = i + 1 + len(words[i - 1])
        if words[i] == "(" and _acronym_ok(words[i - 1], res) and j < T.n and words[j] == ")" \
                and spelled(i + 1, j, words[i - 1]):
            terms[words[i - 1]] = False
    return terms


def _spells(acronym: str, initials: str) -> bool:
    """An acronym of three letters or more written with the initials of a name, in order, the first the same and at
    most one initial skipped: "spbu" of "Stasiun Pengisian Bahan Bakar Umum" (spbbu)."""
    if len(acronym) < 3 or not acronym.isalpha() or not initials or acronym[0] != initials[0] \
            or len(initials) - len(acronym) not in (0, 1):
        return False
    it = iter(initials)
    return all(ch in it for ch in acronym)


def drop_defined_terms(T: Toks, res: Resources, spans: list[Cand], terms: Optional[dict] = None) -> list[Cand]:
    """An acronym the text defines by lower-case words is a common term, no name: "tindak pidana korupsi (TPK)",
    "pemberhentian tidak dengan hormat (PTDH)", "BBE (barang bukti elektronik)". Its model and rule spans go; gazetteer
    names stay. With the pack's ``title_case_terms`` also one defined by capitalised words that no source read as a
    name (``_title_case_term``): then even a gazetteer acronym goes ("Pajak Kendaraan Bermotor (PKB)" is no party)."""
    words = T.words
    if terms is None:
        terms = defined_terms(T, res, spans)
    titled_terms = {t for t, titled in terms.items() if titled}

    # a title-case expansion of an acronym of three letters or more that the pack calls a common term: "Liquid
    # Crystal Display (LCD)", "Digital Rights Management systems" (DRM), "Multimedia Messaging Services (MMS)",
    # "Value Added Tax" (VAT), as the model reads them; a model's person only with the acronym in brackets after it.
    # Session 17: a head word opening the expansion makes no body when the text itself writes the common acronym in
    # brackets after it: "Lembaga Swadaya Masyarakat (LSM)", "Stasiun Pengisian Bahan Bakar Umum (SPBU)", "Satuan
    # Pelayanan Pemenuhan Gizi (SPPG)", "Badan Usaha Milik Negara (BUMN)" name a kind of thing (detik rows 712-751:
    # 5 in 40 articles, typed ORG/LOC); without the brackets a head word still makes a body
    def expansion(c: Cand) -> bool:
        initials = "".join(w[0] for w in words[c.start:c.end] if w[:1].isupper()).lower()
        if c.source != "ner":  # "Stasiun Pengisian Bahan Bakar Umum (SPBU)": the bracket may skip an initial
            return c.end + 2 < T.n and words[c.end] == "(" and words[c.end + 2] == ")" \
                and _spells(T.folded[c.end + 1], initials) and T.folded[c.end + 1] in res.generic_words
        if len(initials) < 3 or initials not in res.generic_words:  # not a head, tail or place word ("dam")
            return False
        bracketed = c.end + 2 < T.n and words[c.end] == "(" and T.folded[c.end + 1] == initials and words[c.end + 2] == ")"
        return c.label != "PER" or bracketed
    expansions = {(c.start, c.end) for c in spans if not c.entries and c.length >= 2 and expansion(c)}
    if not terms and not expansions:
        return spans
    return [c for c in spans if not ((c.length == 1 and words[c.start] in terms and (not c.entries or words[c.start] in titled_terms))
                                     or (not c.entries and (c.start, c.end) in expansions))]


def link_aliases(T: Toks, res: Resources, spans: list[Cand], covered: bytearray, terms: Optional[dict] = None,
                 local: Optional[set] = None) -> list[Cand]:
    """New spans for lone surnames/first names of persons and for acronyms of named entities; not for an acronym the
    text defines as a term (``defined_terms``: "Kartu Keluarga (KK)" is not "Kabupaten Kendal"). Session 30
    (acronym30): an acronym the text defines in brackets after a body's name is that body wherever it is written, even
    where the gazetteer knows it as another's ("the Financial Services Authority (FSA)" ... "the FSA" is no Free Syrian
    Army); such acronyms go into ``local`` (the actors stage does not look them up)."""
    added: list[Cand] = []
    words = T.words
    acronyms: dict[str, Cand] = {}
    bracketed: set[str] = set()  # acronyms defined in brackets (not merely a name's initials)
    for c in sorted(spans, key=lambda c: -c.length):  # defined in parentheses right after a name: "Komisi
        e = c.end                                          # Pemberantasan Korupsi (KPK)"; the longest name there
        if e + 2 < T.n and words[e] == "(" and words[e + 2] == ")" and _acronym_ok(words[e + 1], res):
            if c.label in ("GPE", "LOC") and not _place_acronym(T, c, words[e + 1]):
                continue  # "Trade Expo Indonesia (TEI)", "PT Bank ... Jawa Barat dan Banten (BJB)": not the place's
            tail = _acronym_tail(T, res, c, words[e + 1]) if c.label == "ORG" and not c.nested else None
            if tail is not None and words[e + 1] not in acronyms:
                added.append(tail)
                c = tail
            if acronyms.setdefault(words[e + 1], c) is c:
                bracketed.add(words[e + 1])
    for c in spans:  # defined inside a body's name, before its region: "Dinas Kesehatan (Dinkes) Kabupaten Cirebon"
        if c.label == "ORG" and c.length >= 5 and not c.nested:  # (titles.bodies_of_a_region)
            for k in _inner_brackets(words, c):
                if words[k + 2] == ")" and _acronym_ok(words[k + 1], res):
                    if acronyms.setdefault(words[k + 1], c) is c:
                        bracketed.add(words[k + 1])
    for c in spans:  # equal to the initials of a multi-word name: "Financial Times" ... "FT"
        if c.length >= 2 and c.label in ("ORG", "GPE", "LOC", "MISC") and not c.nested:
            ini = _initials(T, c, res)
            if len(ini) < 3 and (T.folded[c.start] in res.region_prefix_words or T.folded[c.start] in res.place_unit_words):
                continue  # session 17: no one writes "KM" for "Kota Medan" or "Kelurahan Mugassari"; a suspect's
                # initials are ("yakni RW, KM, dan AY"), and "BEM KM Unissula" is a students' body
            if len(ini) >= 2 and not (terms and ini in terms) and ini.lower() not in res.generic:
                acronyms.setdefault(ini, c)  # not a common noun's acronym: "(1 KK)" is no "Kampung Ketengan"
    parts: dict[str, list[Cand]] = {}  # person name parts: "Kirby" -> "John Kirby", "Kim" -> "Kim Jong Un"
    other_words = set()
    for c in spans:
        ws = [words[k] for k in range(c.start, c.end) if T.word[k]]
        if c.label == "PER" and len(ws) >= 2:
            for w in _call_names(ws, res):
                if len(w) >= res.alias_min and fold_token(w) not in res.titles and fold_token(w) not in res.stop:
                    parts.setdefault(w, []).append(c)
        elif c.label != "PER":
            other_words.update(ws)
    for w in other_words.intersection(parts):
        del parts[w]
    if not acronyms and not parts:
        return added
    for i in range(T.n):
        if covered[i]:
            continue
        t = words[i]
        target, kind = None, "alias"
        if t in acronyms:
            target, kind = acronyms[t], "acronym"
        elif t in parts and not (i + 1 < T.n and T.cap[i + 1] and T.word[i + 1] and not covered[i + 1]):
            cands = parts[t]
            before = [c for c in cands if c.start < i]
            target = max(before, key=lambda c: c.start) if before else min(cands, key=lambda c: c.start)
        if target is not None:
            a = Cand(i, i + 1, target.label, "alias", target.entries, kind=kind)
            a.key = f"span:{target.start}:{target.end}"
            added.append(a)
            covered[i] = 1
    for acr in bracketed:
        namesake(T, res, spans, acronyms[acr], acr, local)
    for c in spans:  # a span whose text is an acronym of another entity ("NSC" with no gazetteer id)
        if c.key is None and c.length == 1 and not c.entries:
            target = acronyms.get(words[c.start])
            if target is not None and target is not c:
                c.key, c.kind, c.label = f"span:{target.start}:{target.end}", "acronym", target.label
        elif c.key is None and c.length == 1 and words[c.start] in bracketed:
            target = acronyms[words[c.start]]
            verdict = _local_acronym(T, res, c, target) if target is not c else None
            if verdict == "same":  # the text's name is the entry's, misspelt ("Badan Pusat Statistika (BPS)")
                c.key, c.kind, c.label = f"span:{target.start}:{target.end}", "acronym", target.label
            elif verdict == "other":
                # session 30 (acronym30): the gazetteer's entry for the acronym is another body's than the name the
                # text spells it from: the text's own definition wins, with the name's entries (or none)
                c.key, c.kind, c.label, c.entries = f"span:{target.start}:{target.end}", "acronym", target.label, \
                    target.entries
                if local is not None:
                    local.add(words[c.start])
    return added


def namesake(T: Toks, res: Resources, spans: list[Cand], target: Cand, acronym: str, local: Optional[set]) -> None:
    """Session 30 (acronym30): a body's name the gazetteer knows, given in brackets an acronym that spells the name's
    initials but is none of the entry's own acronyms, while the entry has some: the name is another country's body of
    the same name ("the Financial Services Authority (FSA)" in a British story is not Indonesia's OJK, whose English
    name it is). The name's spans lose the entry (and the actors stage does not look the name up)."""
    if target.label != "ORG" or not target.entries or len(acronym) < 3:
        return
    ids = {getattr(e, "id", None) for e in target.entries}
    if any(getattr(e, "id", None) in ids for e in res.forms.get(acronym, ())):
        return
    own = set().union(*(res.entry_acronyms.get(i, set()) for i in ids))
    if not own or acronym in own or not _spells(acronym.lower(), _initials(T, target, res).lower()):
        return
    name = fold_token(T.span_text(target.start, target.end))
    for c in spans:
        if c.entries and fold_token(T.span_text(c.start, c.end)) == name:
            c.entries = ()
    if local is not None:
        local.add(T.span_text(target.start, target.end))


def _name_initials(name: str, res: Resources) -> str:
    """The capitals a gazetteer name is written with: "Free Syrian Army" FSA, "Badan Pusat Statistik" BPS."""
    out = []
    for w in re.findall(r"[^\W\d_][\w'-]*", name):
        if fold_token(w) in res.connectors:
            continue
        out.append(w if w.isupper() and len(w) > 1 else w[0])
    return "".join(out).upper()


def _local_acronym(T: Toks, res: Resources, c: Cand, target: Cand) -> Optional[str]:
    """Whether the acronym span ``c`` (with gazetteer entries) is the body ``target`` that the text defines it for
    and not what the gazetteer reads ("other"), the gazetteer's body under a misspelt name ("same") or neither (None).
    The target is an organisation sharing none of the acronym's entries, the acronym's letters in order in its name,
    from its first letter ("Financial Services Authority (FSA)"). A name with gazetteer entries of its own is
    another body; a name without is one only where the acronym's entry spells the acronym with other words ("Free
    Syrian Army"): a name like the entry's is the entry misspelt ("Badan Metereologi, Klimatologi, dan Geofisika"),
    and an entry not spelt by its acronym's letters ("Statistics Indonesia" for BPS) may be the name translated."""
    if target.label != "ORG" or not c.entries:
        return None
    own = {getattr(e, "id", e) for e in target.entries}
    if any(getattr(e, "id", e) in own for e in c.entries):
        return None
    acronym = T.words[c.start].replace(".", "")
    short = acronym.lower()
    if T.folded[target.start][:1] != short[:1] or not _subsequence(short, "".join(T.folded[target.start:target.end])):
        return None
    if target.entries:
        return "other"
    name = fold_token(T.span_text(target.start, target.end))
    names = {n for e in c.entries for n in (getattr(e, "name", ""), *getattr(e, "names", {}).values()) if n}
    if any(SequenceMatcher(None, fold_token(n), name).ratio() >= 0.8 for n in names):
        return "same"
    if any(_name_initials(n, res) == acronym.upper() for n in names):
        return "other"
    return None


def _acronym_tail(T: Toks, res: Resources, c: Cand, acronym: str) -> Optional[Cand]:
    """The body inside a longer name that a bracketed acronym after it stands for: "Dewan Komisioner | Lembaga
    Penjamin Simpanan (LPS)", "Fakultas Teknik | Universitas Brawijaya (UB)", "Majelis Alumni | Ikatan Pelajar
    Nahdlatul Ulama (IPNU)". When the acronym does not open with the name's first letter, the shortest tail of two
    words or more whose capitals open the acronym (its letters all in order there) and whose first word is a body's
    head (``org_heads``) is that body: a nested span, so the acronym written alone is it and not the longer name.
    A field after a head ("Kementerian Pekerjaan Umum (PU)", "Satuan Kerja Pembangunan Jalan Nasional (PJN)") is
    no body: the acronym stays the whole name's."""
    short = acronym.replace(".", "").lower()
    if T.folded[c.start][:1] == short[:1]:
        return None
    for k in range(c.end - 2, c.start, -1):
        if not (T.word[k] and T.cap[k]) or T.folded[k][:1] != short[:1] or T.folded[k] in res.connectors:
            continue
        if T.folded[k] not in res.org_head_first:
            return None  # a field after a body's head names no body: "Kementerian | Pekerjaan Umum (PU)"
        tail = Cand(k, c.end, c.label, "alias", (), nested=True)
        ini = _initials(T, tail, res).lower()
        if len(ini) >= 2 and short.startswith(ini) and _subsequence(short, "".join(T.folded[k:c.end])):
            return tail
        return None
    return None


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _bracket_names(T: Toks, res: Resources, spans: list[Cand]) -> dict[str, Cand]:
    """Names in brackets right after a person or an organisation that are no capital-letter acronym (those are
    ``link_aliases``'): "Saifullah Yusuf (Gus Ipul)", "Andhyta F Utami (Afu)", "Kementerian Sosial (Kemensos)",
    "Kolaka Timur (Koltim)", "Kabupaten Labuhanbatu Utara (Labura)" (a regency's short form, session 14).
    Capitalised words only; nothing the gazetteer knows ("Rieke (PDIP)", "Budi (Jakarta)"), no title, stop or
    generic word ("(Persero)"); after a person nothing the model typed otherwise ("Joe Biden (Demokrat)"), after an
    organisation a form whose letters come in order in its name ("Kementerian Sosial (Kemensos)", "Pengadilan Negeri
    Jakarta Selatan (PN Jaksel)")."""
    words = T.words
    by_start: dict[int, list[Cand]] = {}
    for c in spans:
        by_start.setdefault(c.start, []).append(c)
    out: dict[str, Cand] = {}
    for c in spans:
        if c.nested or c.label not in ("PER", "ORG", "GPE", "LOC"):
            continue
        # after the name, or inside a body's name before its region ("Dinas Kesehatan (Dinkes) Kabupaten Cirebon",
        # titles.bodies_of_a_region)
        opens = [c.end] + (_inner_brackets(words, c) if c.label == "ORG" else [])
        for e in opens:
            _bracket_name(T, res, c, e, by_start, out)
    return out


def _inner_brackets(words: list[str], c: Cand) -> list[int]:
    """Where a bracket opens inside a body's name with a region after it (titles.bodies_of_a_region): "Dinas
    Kesehatan (Dinkes) Kabupaten Cirebon"."""
    return [k for k in range(c.start + 1, c.end - 3) if words[k] == "("]


def _bracket_name(T: Toks, res: Resources, c: Cand, e: int, by_start: dict, out: dict) -> None:
    """One short form in brackets at ``e`` for ``c`` (see ``_bracket_names``), put into ``out``."""
    words = T.words
    if e + 2 >= T.n or words[e] != "(":
        return
    j = next((k for k in range(e + 2, min(e + 5, T.n)) if words[k] == ")"), None)
    if j is None:
        return
    inner = range(e + 1, j)
    if not all(T.word[k] and T.cap[k] and words[k].isalpha() for k in inner):
        return
    if len(inner) == 1 and _acronym_ok(words[e + 1], res):
        return
    if any(T.folded[k] in res.titles or T.folded[k] in res.stop or T.folded[k] in res.generic for k in inner):
        return
    text = fold_token(T.span_text(e + 1, j))
    if text in res.titles or text in res.generic:
        return
    first = c.start
    if c.label in ("GPE", "LOC") and c.length > 1 and T.folded[first] in res.region_prefix_words:
        first += 1  # "Kabupaten | Labuhanbatu Utara (Labura)"
    own = "".join(T.folded[first:min(c.end, e)])
    short = "".join(T.folded[k] for k in inner)
    if c.label != "PER" and not (short[0] == own[0] and _subsequence(short, own)):
        return  # an organisation's or a place's short form is made of its own letters: "Bappeda", "PN Jaksel",
        # "Koltim" of "Kolaka Timur", not "(Serpong)"
    clash = False
    for k in inner:
        for d in by_start.get(k, []):
            if d.entries or (c.label == "PER" and d.label != "PER"):
                clash = True  # "Joe Biden (Demokrat)": a party the model saw is no nickname
    if not clash and text not in out:
        out[text] = c


def _same_given_name(a: str, b: str) -> bool:
    """Whether two given names can be one person's: a short form ("Tom" of "Thomas", "M" of "Muhammad") or a
    second spelling ("Mochammad" / "Muhammad"), not two names with the same initial ("Rahmat" / "Raline")."""
    if a[:1] != b[:1]:
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) <= 2 or _subsequence(short, long_) or SequenceMatcher(None, a, b).ratio() >= 0.75


def _same_surname(T: Toks, res: Resources, spans: list[Cand]) -> dict[int, Cand]:
    """Two full names of one person in a text: "Thomas Trikasih Lembong" ... "Tom Lembong", "Jon Firman Pandu" ...
    "Jon Pandu", "Bernad Dermawan Sutrisno" ... "Bernad Darmawan Sutrisno", "Mochammad Afifuddin" ... "Muhammad
    Afifuddin": exactly two names of two words or more share the last word (four letters or more), and the shorter
    one's first letter opens a word before the surname in the other (so "Susilo Bambang Yudhoyono" and "Agus
    Harimurti Yudhoyono" stay two). Returns the later name's spans -> the first name's span."""
    by_surname: dict[str, dict[str, Cand]] = {}
    spans_of: dict[str, list[Cand]] = {}
    for c in sorted(spans, key=lambda c: c.start):
        if c.label != "PER" or c.nested or c.length < 2 or c.key is not None:
            continue
        ws = [T.words[k] for k in range(c.start, c.end) if T.word[k]]
        if len(ws) < 2 or len(ws[-1]) < 4 or not ws[-1].isalpha() or not all(w[:1].isupper() for w in ws):
            continue
        name = " ".join(fold_token(w).replace(".", "") for w in ws)
        by_surname.setdefault(fold_token(ws[-1]), {}).setdefault(name, c)
        spans_of.setdefault(name, []).append(c)
    out: dict[int, Cand] = {}
    for names in by_surname.values():
        if len(names) == 1:  # "M. Fauzi" ... "M Fauzi": one name but for the dots
            (a, ca), = names.items()
            for c in spans_of[a]:
                if c is not ca and T.span_text(c.start, c.end) != T.span_text(ca.start, ca.end):
                    out[id(c)] = ca
            continue
        if len(names) != 2:
            continue
        (a, ca), (b, cb) = names.items()
        wa, wb = a.split(), b.split()
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if not any(_same_given_name(short[0], w) for w in long_[:-1]):
            continue  # "Raline Shah" and her father "Rahmat Shah" are two persons
        for c in spans_of[b]:
            out[id(c)] = ca
    # a second spelling of one word of a name: "Akbar Faisal" ... "Akbar Faizal", "Salahuddin Wahid" ... "Salahudhin
    # Wahid", "Yuki Chandara" ... "Yuki Chandra" (session 16: 4 such pairs in 360 census articles, all one person);
    # the other words equal, the one that differs four letters or more in both spellings, one edit apart
    names = list(spans_of)
    for n, b in enumerate(names):
        if any(id(c) in out for c in spans_of[b]):
            continue
        wb = b.split()
        near = [a for a in names[:n] if _one_spelling_apart(a.split(), wb)]
        if len(near) == 1:
            target = spans_of[near[0]][0]
            target = next((out[id(c)] for c in spans_of[near[0]] if id(c) in out), target)
            for c in spans_of[b]:
                out[id(c)] = target
    return out


def _one_spelling_apart(wa: list[str], wb: list[str]) -> bool:
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return min(len(x), len(y)) >= 4 and x.isalpha() and y.isalpha() and abs(len(x) - len(y)) <= 1 \
        and SequenceMatcher(None, x, y).ratio() >= 0.8


def link_short_forms(T: Toks, res: Resources, spans: list[Cand]) -> None:
    """Other names of an entity that the acronym rules of ``link_aliases`` do not see:

    * a name in brackets after a person or organisation (``_bracket_names``), wherever it recurs;
    * a head word written short and glued to its field (pack ``head_prefixes``): "Kemensos" is the
      "Kementerian Sosial" of the same text when its letters follow in order in that one organisation's field
      ("sos" in "Sosial", "dikdasmen" in "Pendidikan Dasar dan Menengah");
    * an organisation's head word and the acronym of the rest ("Kementerian PU" = "Kementerian Pekerjaan Umum"),
      a company without its legal form ("Pindad" = "PT Pindad"), when one organisation of the text fits;
    * capital initials equal to those of the one person named in full in the text: "Saudara LE" is "Lukas
      Enembe", "pengacara SN" "Setya Novanto" (not after an ``initials_cues`` word: "berinisial BP" is a
      suspect the text does not name).
    """
    words = T.words
    todo = [d for d in spans if not d.nested and d.key is None and not d.entries]
    if not todo:
        return
    # (and, where the pack says ``surname_links``, a second full name of a person: ``_same_surname``)
    named = _bracket_names(T, res, spans)
    orgs = [c for c in spans if c.label == "ORG" and c.length >= 2 and not c.nested]
    persons: dict[str, set] = {}
    person_at: dict[str, Cand] = {}
    person_words = {T.words[k] for c in spans if c.label == "PER" and c.length >= 2 for k in range(c.start, c.end)}
    companies: dict[tuple, dict[str, Cand]] = {}  # a "PT ..." name's rest -> the names it is the rest of
    for c in orgs:
        if T.folded[c.start] in res.company_forms:
            companies.setdefault(tuple(T.folded[c.start + 1:c.end]), {}).setdefault(fold_token(T.span_text(c.start, c.end)), c)
    for c in spans:
        if c.label == "PER" and c.length >= 2 and not c.nested:
            ws = [words[k] for k in range(c.start, c.end) if T.word[k] and T.folded[k] not in res.particles]
            if len(ws) >= 2 and all(w[:1].isupper() for w in ws):
                ini = "".join(w[0] for w in ws)
                name = fold_token(T.span_text(c.start, c.end))
                persons.setdefault(ini, set()).add(name)
                person_at.setdefault(name, c)
    surname_of: dict[int, Cand] = _same_surname(T, res, spans) if res.surname_links else {}
    for d in todo:
        if id(d) in surname_of:
            target = surname_of[id(d)]
            d.key, d.kind = f"span:{target.start}:{target.end}", "alias"
            continue
        text = fold_token(T.span_text(d.start, d.end))
        target, kind = named.get(text), "alias"
        if target is d:
            continue
        if target is None and d.length == 1 and res.head_prefixes:
            w = T.folded[d.start]
            for short, long in res.head_prefixes:
                if not w.startswith(short) or len(w) - len(short) < 2:
                    continue
                head = long.split()
                fits = {}
                for c in orgs:
                    fw = T.folded[c.start:c.end]
                    if fw[:len(head)] == head and len(fw) > len(head) and _subsequence(w[len(short):], "".join(fw[len(head):])):
                        fits.setdefault(" ".join(fw), c)
                if len(fits) == 1:
                    target, kind = next(iter(fits.values())), "acronym"
                break
        if target is None and d.label == "ORG" and d.length == 2 and _acronym_ok(words[d.start + 1], res) \
                and T.cap[d.start] and (not words[d.start].isupper() or T.folded[d.start] in res.company_forms):
            # the head word and the acronym of the rest: "Kementerian PU" is "Kementerian Pekerjaan Umum",
            # "PT LM" "PT Loco Montrado", "Dinas LH" "Dinas Lingkungan Hidup"
            fits = {}
            for c in orgs:
                if c.length >= 3 and T.folded[c.start] == T.folded[d.start]:
                    rest = [words[k] for k in range(c.start + 1, c.end)
                            if T.word[k] and T.folded[k] not in res.connectors and words[k][:1].isupper()]
                    if "".join(w[0] for w in rest) == words[d.start + 1]:
                        fits.setdefault(fold_token(T.span_text(c.start, c.end)), c)
            if len(fits) == 1:
                target, kind = next(iter(fits.values())), "acronym"
        if target is None and d.label == "ORG" and d.length == 1 and _acronym_ok(words[d.start], res):
            # a bare acronym that is the rest of one body's name: "(ESDM)" after a minister's office beside
            # "Kementerian ESDM", "PANRB" beside "Kementerian PANRB"
            fits = {fold_token(T.span_text(c.start, c.end)): c for c in orgs
                    if c.length == 2 and words[c.start + 1] == words[d.start] and T.folded[c.start] in res.org_words}
            if len(fits) == 1:
                target, kind = next(iter(fits.values())), "acronym"
        if target is None and d.label == "MISC" and d.length == 2 and _acronym_ok(words[d.end - 1], res) \
                and d.start >= 2 and words[d.start - 1] == "(" and d.end < T.n and words[d.end] == ")":
            # a law's short name in brackets right after its title: "Undang-Undang Informasi dan Transaksi
            # Elektronik (UU ITE)": the acronym is the initials of the title's words after its head
            c = next((c for c in spans if c.end == d.start - 1 and c.label == "MISC" and not c.nested), None)
            if c is not None:
                rest = [words[k] for k in range(c.start, c.end) if T.word[k] and T.folded[k] not in res.connectors]
                if any("".join(w[0] for w in rest[n:]) == words[d.end - 1] for n in (1, 2)):
                    target, kind = c, "acronym"
        if target is None and companies and d.label in ("ORG", "PER", "GPE", "LOC") \
                and not (d.length == 1 and words[d.start] in person_words):
            # a company named without its legal form: "Pindad" beside "PT Pindad"
            fits = companies.get(tuple(T.folded[d.start:d.end]), {})
            if len(fits) == 1:
                target, kind = next(iter(fits.values())), "alias"
        if target is None and d.length == 1 and 2 <= len(words[d.start]) <= 4 and words[d.start].isalpha() \
                and words[d.start].isupper() and not any(T.folded[k] in res.initials_cues for k in range(max(0, d.start - 2), d.start)):
            names = persons.get(words[d.start], set())
            if len(names) == 1:
                target, kind = person_at[next(iter(names))], "acronym"
        if target is None and res.clipped_given_names and d.label == "PER" and d.length == 1:
            target = _clipped_given_name(T, d, spans)
        if target is None or target is d:
            continue
        d.key, d.label = f"span:{target.start}:{target.end}", target.label
        d.kind = kind if target.label != "PER" or kind == "alias" else "alias"


_LEADER_NAME_MIN = 5  # shorter first names ("John", "Lee") name too many people


def leader_given_names(T: Toks, res: Resources, spans: list[Cand], on: Optional[dt.date]) -> dict[int, str]:
    """Session 32 (linkid32; pack setting ``leader_given_names``): a one-word person ("Prabowo") that is the first
    name of the one gazetteer person in office on the article's day, beside a full name of the text that holds the
    word after its first word ("Listyo Sigit Prabowo", "Angga Raka Prabowo") and is not that person (a name holding
    all the office-holder's words is him: "Muhammad Tito Karnavian" is "Tito Karnavian"), is the office-holder, not
    the nearest full name before it: it joins the office-holder's full name where the text writes it ("Presiden
    Prabowo Subianto"), else it takes the gazetteer entry. Returns the ids of the spans so linked, each with the
    office-holder's gazetteer name when the text has no full name of his ("" when it has): ``group_mentions``
    ``leaders``, and the actors stage's ``leader_names``."""
    if not res.leader_given_names or on is None:
        return {}
    full = [c for c in spans if c.label == "PER" and c.length >= 2 and not c.nested]
    if not full:
        return {}
    from kabar.gazetteer import gazetteer, name_key
    gaz = None
    out: dict[int, str] = {}
    for d in spans:
        if d.length != 1 or d.nested or (d.entries and d.source != "alias") or d.label != "PER":
            continue
        w = T.words[d.start]
        if len(w) < _LEADER_NAME_MIN or not w.isalpha() or not w[:1].isupper() or w.isupper():
            continue
        key = name_key(w)
        ids = person_first_words(gazetteer())[1].get(key)
        if not ids:
            continue
        later = [c for c in full if c is not d and key in T.folded[c.start + 1:c.end] and T.folded[c.start] != key]
        if not later:
            continue
        gaz = gaz or gazetteer()
        live = [i for i in ids if gaz.tenure(i, on) is not None]
        if len(live) != 1:
            continue
        leader = gaz.entries[live[0]]
        words = set(name_key(leader.name).split(" "))

        def is_leader(c: Cand) -> bool:
            return words <= set(T.folded[c.start:c.end]) or any(getattr(e, "id", None) == leader.id for e in c.entries)

        if any(is_leader(c) for c in later):
            continue
        opening = [c for c in full if c is not d and T.folded[c.start] == key]
        if opening:
            own = [c for c in opening if is_leader(c)]
            if not own or len({fold_token(T.span_text(c.start, c.end)) for c in opening}) != 1:
                continue  # another person of the text is called by this first name
            d.entries, d.key, d.label = own[0].entries, f"span:{own[0].start}:{own[0].end}", "PER"
            out[id(d)] = ""
        else:
            d.entries, d.key, d.label = (gaz.at(leader, on),), None, "PER"
            out[id(d)] = leader.name
    return out


def _clipped_given_name(T: Toks, d: Cand, spans: list[Cand]) -> Optional[Cand]:
    """A one-word person written as the clipped first name of the one other person of the text whose given name it
    opens: "Pras" of "Prasetyo Hadi", "Febri" of "Febrian Rizky Akbar", "Adit" of "Adityawarman Adil" (session 28,
    names-id28; pack setting ``clipped_given_names``). Four letters or more; not when another person's given name is
    the word itself ("Budi Santoso" beside "Budiman Sudjatmiko": "Budi" is a name of its own there), nor when two
    given names open with it."""
    w = T.words[d.start]
    if len(w) < 4 or not w.isalpha() or not w[:1].isupper() or w.isupper():
        return None
    f = T.folded[d.start]
    found: dict[str, Cand] = {}
    for c in spans:
        if c is d or c.label != "PER" or c.nested:
            continue
        first = T.folded[c.start]
        if first == f and c.length >= 2:
            return None
        if len(first) > len(f) and first.startswith(f) and T.words[c.start].isalpha():
            best = found.get(first)
            if best is None or c.length > best.length:
                found[first] = c
    return next(iter(found.values())) if len(found) == 1 else None


def _glued_start(T: Toks, s: int, e: int) -> int:
    """Start of the hyphen-glued word that ends at e, not before s ("Kilroy-Silk", "Murphy-O'Connor")."""
    k = e - 1
    while k - 2 >= s and T.words[k - 1] in HYPHENS and not T.ws[k - 1] and not T.ws[k - 2]:
        k -= 2
    return k


def _branch_key(T: Toks, c: Cand, head_abbreviations: Optional[dict], forms: dict,
                prefixes: frozenset = frozenset(), region_heads: frozenset = frozenset()) -> Optional[str]:
    """A body named by its head and a region the gazetteer knows under several forms is one body whichever form
    the text writes: "Polda Kaltim" = "Polda Kalimantan Timur" = "Kepolisian Daerah Kalimantan Timur", "Pemprov
    Jabar" = "Pemerintah Provinsi Jawa Barat". Key: the head written out + the place's gazetteer entry."""
    for n in (3, 2, 1):  # the longest place ("Bangka Belitung", not "Belitung"); a region word stays in the
        if c.length - n < 1 or T.folded[c.end - n] in prefixes:  # head: "Pemerintah Provinsi | Jawa Barat"
            continue
        entries = [e for e in forms.get(T.span_text(c.end - n, c.end), ()) if getattr(e, "type", None) == "GPE"]
        if len({getattr(e, "id", None) for e in entries}) != 1:
            continue
        head, depth = [], 0
        for w in T.folded[c.start:c.end - n]:  # a short form in brackets is no part of the key: "Kejaksaan Negeri
            depth += (w == "(") - (w == ")")  # (Kejari) Jayawijaya" = "Kejari Jayawijaya"
            if depth == 0 and w != ")":
                head.append(w)
        if not head:
            return None
        if head_abbreviations and head[0] in head_abbreviations:
            head = head_abbreviations[head[0]].split() + head[1:]
        if len(head) >= 2 and head[-1] in prefixes and " ".join(head[:-1]) not in region_heads:
            head = head[:-1]  # "Kejaksaan Negeri Kota | Bandar Lampung" = "Kejaksaan Negeri | Bandar Lampung"; not
            # "Pemerintah Kota", "Kepolisian Resor Kota" (Pemkot, Polresta), where the region word names the body
        return f"branch:{' '.join(head)}:{getattr(entries[0], 'id', None)}"
    return None


def _short_head_keys(T: Toks, c: Cand, is_region, prefixes: frozenset = frozenset(),
                     company_forms: "frozenset | set" = frozenset()) -> list[tuple[bool, str]]:
    """A regional body written in full and with its head as one short word: "Pengadilan Negeri Medan" ... "PN Medan",
    "Majelis Ulama Indonesia (MUI) Kota Sukabumi" ... "MUI Kota Sukabumi", "Organisasi Angkutan Darat (Organda)
    Pekanbaru" ... "Organda Pekanbaru" (session 16: 5 such pairs in 40 IndoSum articles, each two entities where the
    gold has one). Keys: the short word + the region, from the short form itself, from a short form in brackets
    after the head, or from the initials of a head of two capitalised words or more (short: True for the first).
    The region is a place the gazetteers know (with its region word, "Kota"), so "PN" never meets "Pengadilan
    Negeri" over a mere common word."""
    for n in (3, 2, 1):
        if c.length - n < 1 or not all(T.cap[k] and T.word[k] for k in range(c.end - n, c.end)) \
                or not is_region(T.span_text(c.end - n, c.end)):
            continue
        rest = c.end - n
        if rest - 1 > c.start and T.folded[rest - 1] in prefixes:
            rest -= 1  # "Kota Sukabumi" is not "Kabupaten Sukabumi": the region word stays in the key
        region = " ".join(T.folded[rest:c.end])
        head = list(range(c.start, rest))
        if len(head) == 1:
            w = T.words[head[0]]
            if not T.cap[head[0]] or not T.word[head[0]] or len(w) < 2 or T.folded[head[0]] in company_forms:
                return []
            return [(True, f"{T.folded[head[0]]}:{region}")]
        if T.words[head[-1]] == ")" and len(head) >= 4 and T.words[head[-3]] == "(":
            return [(False, f"{T.folded[head[-2]]}:{region}")]  # "Majelis Ulama Indonesia (MUI) | Kota Sukabumi"
        if all(T.cap[k] and T.word[k] and T.words[k].isalpha() for k in head):
            return [(False, f"{''.join(T.folded[k][0] for k in head)}:{region}")]  # "Pengadilan Negeri" = PN
        return []
    return []


def _join_short_heads(T: Toks, g, spans: list[Cand], is_region, prefixes: frozenset,
                      company_forms: "frozenset | set") -> None:
    """Each short form ("PN Medan") joins the one long name of the text with its key; two long names with one key
    ("Pengadilan Tinggi Bengkulu", "Pengadilan Tipikor Bengkulu": PT) take no short form and stay apart."""
    shorts: dict[str, list[int]] = {}
    longs: dict[str, dict[str, int]] = {}
    for i, c in enumerate(spans):
        if c.length < 2 or c.nested or not (c.label == "ORG" or c.source == "ner"):
            continue
        for short, key in _short_head_keys(T, c, is_region, prefixes, company_forms):
            if short and not c.entries:
                shorts.setdefault(key, []).append(i)
            elif not short and c.label == "ORG":
                longs.setdefault(key, {}).setdefault(fold_token(T.span_text(c.start, c.end)), i)
    for key, items in shorts.items():
        found = longs.get(key, {})
        if len(found) == 1:
            j = next(iter(found.values()))
            for i in items:
                g.union(j, i)


def _join_the_one_longer(g, items: list, short_ok, goes_on=None) -> None:
    """Each item (span index, span, folded words) that ``short_ok`` accepts joins the group of the longer items whose
    words begin with all of its own, when they are one group; ``goes_on(span, words, n)`` may refuse a longer one by
    how it goes on after those n words. The longer items are found through an index of their prefixes, not by a scan
    of all items for each (long articles have thousands of mentions)."""
    by_prefix: dict[tuple, list] = {}
    for j, d, w in items:
        for n in range(1, len(w)):
            by_prefix.setdefault(tuple(w[:n]), []).append((j, d, w))
    for i, c, words in items:
        if not short_ok(c, words):
            continue
        n = len(words)
        longer = {g.find(j) for j, d, w in by_prefix.get(tuple(words), ()) if goes_on is None or goes_on(d, w, n)}
        if len(longer) == 1:
            g.union(longer.pop(), i)


def law_key(text: str, short_forms: dict, skip: "frozenset | set") -> Optional[str]:
    """One key for one law written two ways in an article: "UU Kepariwisataan" and "Undang-Undang
    Kepariwisataan", "PP Nomor 28 Tahun 2025" and "Peraturan Pemerintah Nomor 28 Tahun 2025", "Undang-Undang RI
    Nomor 7 Tahun 2011" and "UU Nomor 7 Tahun 2011". The short type word is written out (pack ``law_short_forms``)
    and the words a reference may add or leave out (``law_key_skip``: "Nomor", "No.", "RI", "dan") are dropped. Only
    names that open with a law type the pack knows, with words after it, have a key."""
    words = [w.strip(".,:") for w in fold_token(text).split()]
    words = [w for w in words if w]
    if words and words[0] in short_forms:
        words = short_forms[words[0]].split() + words[1:]
    folded = " ".join(words)
    for head in short_forms.values():
        if folded.startswith(head + " "):
            rest = [w for w in folded[len(head) + 1:].split() if w not in skip]
            return f"law:{head} {' '.join(rest)}" if rest else None
    return None


def group_mentions(T: Toks, spans: list[Cand], place_surnames: frozenset = frozenset(),
                   head_abbreviations: Optional[dict] = None, body_tails: frozenset = frozenset(),
                   own_names: "frozenset | set" = frozenset(), forms: Optional[dict] = None,
                   region_prefixes: frozenset = frozenset(), region_heads: frozenset = frozenset(),
                   company_forms: "frozenset | set" = frozenset(), is_region=None,
                   place_units: "frozenset | set" = frozenset(),
                   country_suffixes: "frozenset | set" = frozenset(),
                   leaders: "dict[int, str] | frozenset" = frozenset(),
                   law_forms: Optional[tuple[dict, frozenset]] = None) -> list[list[Cand]]:
    spans = sorted(spans, key=lambda c: (c.start, -c.end))
    g = _Groups(len(spans))
    first: dict[str, int] = {}
    index = {f"span:{c.start}:{c.end}": i for i, c in enumerate(spans)}
    full = [(i, c) for i, c in enumerate(spans) if c.label == "PER" and c.length >= 2]
    full_by_end_word: dict[str, list] = {}  # first or last word -> the full names having it, in order
    for j, f in full:
        last = _glued_start(T, f.start, f.end)
        hyphenated = (T.span_text(last, f.end),) if last > f.start else ()  # "Robert Kilroy-Silk" -> "Kilroy-Silk"
        for word in dict.fromkeys((T.words[f.start], T.words[f.end - 1], *_middle_names(T, f), *hyphenated)):
            full_by_end_word.setdefault(word, []).append((j, f))
    # a lone surname that two full names end in ("Beckham" of David and of Victoria Beckham) joins the nearest one
    # before each time (below), never its other mentions by their equal text; a shared first name stays one key
    # (two spellings of one person: "Okky Prastyo Ajie" ... "Okky Prasetyo" ... "Okky")
    shared = {w for w, fs in full_by_end_word.items()
              if len({fold_token(T.span_text(f.start, f.end)) for _, f in fs if T.words[f.end - 1] == w}) >= 2}
    for i, c in enumerate(spans):
        if c.length == 1 and not c.entries and c.key is None and T.words[c.start] in shared:
            continue
        keys = [f"name:{c.label == 'PER'}:{fold_token(T.span_text(c.start, c.end))}"]
        if c.source in ("ner", "title") and not c.entries and not c.nested:
            # the model typing one name two ways in an article ("Sumiran" GPE, then PER): one referent,
            # whose type the weighted vote of its mentions decides (entity_type)
            keys.append(f"loose:{fold_token(T.span_text(c.start, c.end))}")
        if head_abbreviations and c.label == "ORG" and c.length >= 2 and T.folded[c.start] in head_abbreviations:
            # "Polda Riau" is "Kepolisian Daerah Riau": the short head word written out
            rest = fold_token(T.span_text(c.start + 1, c.end))
            keys.append(f"name:False:{head_abbreviations[T.folded[c.start]]} {rest}")
        if forms and c.label == "ORG" and c.length >= 2 and not c.nested and not c.entries:
            branch = _branch_key(T, c, head_abbreviations, forms, region_prefixes, region_heads)
            if branch:
                keys.append(branch)
        if place_units and c.label in ("GPE", "LOC") and not c.entries and not c.nested:
            # "Kelurahan Leuwigajah" ... "Leuwigajah": a small unit's place with and without its unit word
            lo = c.start + 1 if c.length >= 2 and T.folded[c.start] in place_units and T.cap[c.start + 1] else c.start
            keys.append(f"unit:{fold_token(T.span_text(lo, c.end))}")
        if country_suffixes and c.label == "ORG" and c.length >= 3 and not c.entries and not c.nested \
                and T.words[c.end - 1] in country_suffixes and T.ws[c.end - 2]:
            # "Kementerian Kebudayaan RI" ... "Kementerian Kebudayaan": the home country's short form after a body's
            # name is part of it (cue_types.drop_body_country_suffixes), so the name without it is the same body
            keys.append(f"name:False:{fold_token(T.span_text(c.start, c.end - 1))}")
        if law_forms and c.label != "PER" and c.length >= 2:
            law = law_key(T.span_text(c.start, c.end), *law_forms)  # "UU ITE" ... "Undang-Undang ITE": one law
            if law:
                keys.append(law)
        if c.key and c.key.startswith("word:"):
            keys.append(c.key)  # "Arab" and "Arabs" are one people
        for e in c.entries[:1]:  # a group ("pasukan Rusia") is not the country it belongs to
            keys.append(f"gaz:{getattr(e, 'id', None)}:{c.label if c.source == 'group' else ''}")
        for k in keys:
            if k in first:
                g.union(first[k], i)
            else:
                first[k] = i
        if c.key and c.key in index:
            g.union(index[c.key], i)
    if is_region is not None:
        _join_short_heads(T, g, spans, is_region, region_prefixes, company_forms)
    # single-word persons found on their own ("Putin" after "Vladimir Putin")
    for i, c in enumerate(spans):
        one_word = c.length == 1 or (c.length >= 3 and _glued_start(T, c.start, c.end) == c.start)
        w = T.words[c.start] if c.length == 1 else T.span_text(c.start, c.end)
        loose = c.source in ("ner", "title") or (c.source == "gaz" and w in place_surnames)
        if (c.label == "PER" or loose) and one_word and full and id(c) not in leaders:
            matches = full_by_end_word.get(w, [])
            if not matches and c.label == "PER" and c.length == 1 and not c.entries and c.key is None:
                # a second spelling of a given name or surname: "Amithya Ratnanggani Sirraduhita" ... "Aminthya"
                # (one letter more or less, five letters or more), when one full name of the text fits
                near = [word for word in full_by_end_word if _one_letter_apart(w, word)]
                fits = {fold_token(T.span_text(f.start, f.end)) for word in near for _, f in full_by_end_word[word]}
                if len(fits) == 1:
                    matches = full_by_end_word[near[0]]
            if matches:
                before = [m for m in matches if m[1].start < c.start]
                j = (max(before, key=lambda m: m[1].start) if before else matches[0])[0]
                g.union(j, i)
                c.label = "PER"  # "Wood" after "Robert Wood" is him, whatever the model said
                if c.kind == "name":
                    c.kind = "alias"
    # "United Kingdom Home Office" ... "Home Office": a country before an organisation's name is a locator
    org_index = {fold_token(T.span_text(c.start, c.end)): i for i, c in enumerate(spans) if c.label == "ORG"}
    place_at = {(c.start, c.end) for c in spans if c.source == "gaz" and c.label in ("GPE", "NORP")}
    for i, c in enumerate(spans):
        if c.label != "ORG" or c.length < 3:
            continue
        for k in range(c.start + 1, c.end - 1):
            if (c.start, k) in place_at:
                rest = fold_token(T.span_text(k, c.end))
                for name, j in org_index.items():  # the rest, or a shorter name that begins it
                    if j != i and (name == rest or (rest.startswith(name + " ") and len(name.split()) >= 2)):
                        g.union(i, j)
                break
    # a shorter organisation name that begins a longer one ("Dewan Keamanan" ... "Dewan Keamanan PBB"),
    # when only one longer name fits
    orgs = [(i, c, T.folded[c.start:c.end]) for i, c in enumerate(spans) if c.label == "ORG"]
    _join_the_one_longer(g, orgs, lambda c, words: len(words) >= 2 and not c.entries)
    # a person's name of two words or more that begins the longer name of one person of the text: "Alvin Pradipta"
    # ... "Alvin Pradipta Adiyota", "Ade Ary" ... "Ade Ary Syam Indradi" (session 12: the model cut the last name
    # off one mention, or the text shortens it)
    persons = [(i, c, T.folded[c.start:c.end]) for i, c in enumerate(spans) if c.label == "PER" and c.length >= 2]
    _join_the_one_longer(g, persons,
                         lambda c, words: not c.entries and sum(1 for k in range(c.start, c.end) if T.word[k]) >= 2,
                         lambda d, w, n: T.words[d.start + n] not in HYPHENS and bool(w[n]))  # not "Ridwan Kamil-Uu"
    # one word before a body's or company's closing word ("Broadreach" ... "Broadreach Networks", "Giant" ...
    # "Giant Company Software"; the model often types the short form PER or GPE): the short name of the only such
    # body, unless the word is a person's name in the text; never a product or unit named after its maker
    # ("MSN Messenger"), nor a household company's own name ("Sony" ... "Sony Pictures Entertainment", `own_names`)
    if body_tails:
        bodies = [(j, w) for j, c, w in orgs if len(w) > 1 and w[-1] in body_tails and not c.entries]
        for i, c in enumerate(spans):
            if c.length != 1 or c.entries or c.kind == "acronym" or not T.cap[c.start] or not T.word[c.start] \
                    or not (c.label == "ORG" or c.source == "ner") or T.words[c.start] in full_by_end_word \
                    or T.folded[c.start] in own_names:
                continue
            longer = {g.find(j) for j, w in bodies if w[0] == T.folded[c.start]}
            if len(longer) == 1:
                g.union(longer.pop(), i)
    # an organisation's name written a second time with one letter more or less in a word after its head: "Bank
    # Sentral Swiss" ... "Bank Sentra Swiss" ... "Bank Sentral Swisss" (not "Kejari" / "Kejati", a letter changed)
    org_names: dict[tuple, int] = {}
    for i, c in enumerate(spans):
        if c.label == "ORG" and c.length >= 2 and not c.nested and not c.entries:
            org_names.setdefault(tuple(T.words[c.start:c.end]), i)
    names = list(org_names)
    for n, b in enumerate(names):
        for a in names[:n]:
            if len(a) == len(b) and a[0] == b[0] and sum(x != y for x, y in zip(a, b)) == 1 \
                    and all(_one_letter_apart(x, y) for x, y in zip(a, b) if x != y):
                g.union(org_names[a], org_names[b])
    groups: dict[int, list[Cand]] = {}
    for i, c in enumerate(spans):
        groups.setdefault(g.find(i), []).append(c)
    return sorted(groups.values(), key=lambda grp: grp[0].start)


def _one_letter_apart(a: str, b: str) -> bool:
    """Two capitalised words of five letters or more (letters only, not all capitals), one of them the other with
    one letter more: "Amithya" / "Aminthya", "Sentral" / "Sentra", "Swiss" / "Swisss"."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1 or len(short) < 5 or not (short.isalpha() and long_.isalpha()) \
            or short.isupper() or long_.isupper() or not (short[:1].isupper() and long_[:1].isupper()):
        return False
    return one_letter_more(short, long_)


SOURCE_WEIGHT = {"gaz": 3.0, "group": 3.0, "pattern": 2.0, "title": 1.5, "ner": 1.0, "alias": 0.5}


def _title_case_line(T: Toks, pos: int) -> bool:
    """Whether the line at character ``pos`` is a Title Case headline (:func:`kabar.text.headlines.is_title_case`)."""
    a = T.text.rfind("\n", 0, pos) + 1
    # session 29 (speed): asked for mention after mention of the same line; kept on the article's token lists by
    # the line's start (the Toks of another text is another object with its own answers)
    lines = T.__dict__.setdefault("_title_case_lines", {})
    got = lines.get(a)
    if got is None:
        b = T.text.find("\n", pos)
        got = lines[a] = is_title_case(T.text[a:b if b >= 0 else len(T.text)].split())
    return got


def trim_list_numbers(T: Toks, spans: list[Cand]) -> list[Cand]:
    """A list number the segmenter split off the word it was glued to ("Kecamatan Senen|6. Kecamatan ...",
    "Bahlil Lahadalia|2. Kepala ...", text.sentences._list_numbers) ends no name: a span's last token of digits,
    glued to a word ending in lower case and followed by ".", is cut off (a span of the number alone is left as it
    is: the entity stage does not make one)."""
    out = []
    for c in spans:
        e = c.end
        if e < T.n and T.words[e] == "." and T.words[e - 1].isdigit() and e - 1 > c.start \
                and not T.ws[e - 2] and T.words[e - 2][-1:].islower():
            c.end = e - 1
        out.append(c)
    return out


def drop_reference_codes(T: Toks, spans: list[Cand]) -> list[Cand]:
    """Session 34 (entid34): a one-word span inside a document's reference number, a run with no space that holds a
    digit and two slashes or more ("Nomor PRINT-02/M.2.24/Fd/10/2025", "LP/B/1468/X/2025/SPKT/Polda Sumsel",
    "PMK-61/PMK.03/2023"), is a code of the number, no name: it made ORG "PRINT", PER "LP", GPE "SPKT". A name of two
    words that opens in the run ("SPKT/Polda Sumsel") and a unit's seat after one slash ("Kodim 0313/Kampar") stay."""
    out = []
    for c in spans:
        if c.length == 1:
            a = b = c.start
            while a > 0 and not T.ws[a - 1] and T.words[a - 1].strip():  # glued; a line break is a token of its own
                a -= 1
            while b + 1 < T.n and not T.ws[b] and T.words[b + 1].strip():
                b += 1
            run = T.span_text(a, b + 1)
            if run.count("/") >= 2 and any(ch.isdigit() for ch in run):
                continue
        out.append(c)
    return out


def trim_headline_glue(T: Toks, res: Resources, spans: list[Cand]) -> list[Cand]:
    """A person's or a body's mention in a Title Case headline stops before a common word the headline style
    capitalised ("Rajiv Bagikan Sembako di Lembang" -> "Rajiv", "Pramono Anung Angkat Bicara soal ..." ->
    "Pramono Anung", "Kementerian PU Beberkan Rencana ..." -> "Kementerian PU").

    A word is common when it is never capitalised inside a sentence outside such headlines and it is, for a
    person, written in lower case elsewhere in the text; or, for a person or a body, a word of the pack's
    ``headline_common_words`` (function words, the bare verbs of headline grammar) or a word of seven letters or
    more with one of the pack's ``headline_verb_suffixes`` ("Tegaskan", "Perhatikan") that opens with none of its
    ``headline_noun_prefixes`` (nouns: "Pendidikan", "Kebijakan"). Where the pack lists such
    words (session 23), a person's span also loses the common words it opens with ("Tahun Prabowo" -> "Prabowo")
    and a span of common words only is no person ("Soroti"); nor is what is left after them unless the body
    writes every word of it capitalised inside a sentence ("Desak Evaluasi", "Perluas Pembangunan"). A word the body writes
    capitalised next to the word beside it in the span stays: the body names the entity with it."""
    lines: dict[int, bool] = {}

    def title_line(i: int) -> bool:
        a = T.text.rfind("\n", 0, T.idx[i]) + 1
        if a not in lines:
            lines[a] = _title_case_line(T, T.idx[i])
        return lines[a]

    todo = [c for c in spans if c.label in ("PER", "ORG") and title_line(c.start)]
    if not todo:
        return spans
    listed, suffixes, nouns = res.headline_common_words, res.headline_verb_suffixes, res.headline_noun_prefixes
    lower = {w for w in T.words if w[:1].islower()}
    caps: set[str] = set()
    pairs: set[tuple[str, str]] = set()  # two capitalised words side by side outside the headlines
    for i in range(T.n):
        if T.cap[i] and not title_line(i):
            if not T.sent_start[i]:
                caps.add(T.words[i])
            if i + 1 < T.n and T.cap[i + 1] and T.ws[i] and T.text[T.idx[i]:T.idx[i + 1]].count("\n") == 0:
                pairs.add((T.words[i], T.words[i + 1]))

    def common(k: int, person: bool, other: int) -> bool:
        w = T.words[k]
        if not w[:1].isupper() or w in caps or w.isupper():
            return False
        if 0 <= other < T.n and (pairs & {(T.words[other], w), (w, T.words[other])}):
            return False
        if person and w.lower() in lower:
            return True
        f = fold_token(w)
        return f in listed or len(w) >= 7 and w.isalpha() and bool(suffixes) and f.endswith(suffixes) \
            and not (nouns and f.startswith(nouns))

    for c in todo:
        person = c.label == "PER"
        for k in range(c.start + 1, c.end):
            if common(k, person, k - 1):
                c.end = k
                break
        if listed and person:
            start = c.start
            while c.start < c.end and common(c.start, person, c.start + 1 if c.start + 1 < c.end else -1):
                c.start += 1
            # what follows a headline's verb is its object: a person only if the body writes all of it capitalised
            if c.start > start and not all(T.words[k] in caps or T.words[k].isupper() or not T.words[k].isalpha()
                                           for k in range(c.start, c.end)):
                c.start = c.end
    return [c for c in spans if c.start < c.end]  # a span emptied above is no entity


def entity_type(group: list[Cand]) -> str:
    weights: dict[str, float] = {}
    for c in group:
        w = SOURCE_WEIGHT.get(c.source, 1.0) + (0.5 if c.nested else 0.0)
        weights[c.label] = weights.get(c.label, 0.0) + w
    return max(weights, key=lambda t: (weights[t], -TYPE_ORDER.index(t)))


def entity_name(T: Toks, group: list[Cand], etype: str, lang: Optional[str]) -> str:
    names = [c for c in group if c.kind != "acronym" and not c.demonym]
    if not names:
        entry = next((e for c in group for e in c.entries if c.source == "gaz"), None)
        if entry is not None and hasattr(entry, "name_in"):
            return entry.name_in(lang)
        names = group
    texts = [T.span_text(c.start, c.end) for c in names]
    if etype == "PER":
        return max(texts, key=lambda t: (len(t.split()), len(t), -texts.index(t)))
    folded = [fold_token(t) for t in texts]
    return max(texts, key=lambda t: (folded.count(fold_token(t)), len(t.split()) > 1, -texts.index(t)))
