"""Speakers: from a speaker phrase to an entity on the record; pronouns and carry-over cues through salience."""

from __future__ import annotations

import functools
import re
from typing import Optional

from kabar import lang as langpacks

from kabar.record import Entity
from kabar.stages.quotes.context import Candidate, QuoteContext, clean_ws, leading_phrase, strip_span, words_in
from kabar.stages.quotes.lexicon import NAME_ACRONYM, WORD, QuoteLexicon
from kabar.text.names import fold
from kabar.text.parse import base

#: How many paragraphs back a pronoun or uncued quote still finds the last speaker (the speaker stack).
STACK_PARAGRAPHS = 3


def _name_tables(A: QuoteContext) -> tuple[dict[str, Entity], dict[str, Entity]]:
    """Folded names and mention forms -> the first entity having one; folded last name -> the first PER.

    Built once per entity list (a look-up per speaker phrase, not a scan of every mention).
    """
    cached = getattr(A, "_name_tables", None)
    key = (id(A.record.entities), len(A.record.entities))  # the quotes stage adds no entity or mention
    if cached is None or cached[0] != key:
        by_name: dict[str, Entity] = {}
        by_last_name: dict[str, Entity] = {}
        for ent in A.record.entities:
            for form in [ent.name, *(m.text for m in ent.mentions)]:
                by_name.setdefault(fold(form), ent)
            if ent.type == "PER":
                last = fold(ent.name).split()[-1:]
                if last:
                    by_last_name.setdefault(last[0], ent)
        cached = A._name_tables = (key, by_name, by_last_name)
    return cached[1], cached[2]


def _nearest_fitting(A: QuoteContext, s: int, e: int, fits) -> Optional[Entity]:
    """The entity of the nearest mention before ``[s, e)`` that ``fits``; when none before does, the first
    one within two paragraphs after (a lede's "a US bank said" names the bank later). Mentions inside the
    phrase itself are skipped."""
    best = None
    for t in A.mentions:
        if t[0] >= s and (best is not None or A.paragraph_index(t[0]) - A.paragraph_index(s) > 2):
            break
        if not s <= t[0] < e and fits(t[2]):
            best = t[2]
    return best


class Resolver:
    def __init__(self, lex: QuoteLexicon):
        self.lex = lex

    def entity_for_span(self, A: QuoteContext, s: int, e: int) -> Optional[Entity]:
        """The entity whose mention overlaps a speaker phrase: a PER inside a title phrase wins."""
        hits = A.mentions_in(s, e)
        if hits:
            first = self._first_conjunct(A, s, e, hits)
            if first is not None:  # "The Conservatives and Liberal Democrats say": the first named speaker
                return first
            pers = [t for t in hits if t[2].type == "PER"]
            if pers:
                return max(pers, key=lambda t: (t[1], t[1] - t[0]))[2]
            s2, e2 = strip_span(A.text, s, e, " \t\n\u00a0,;:.")
            edge = [t for t in hits if t[2].type == "ORG" and t[1] == e2 and t[0] > s2]
            if edge:  # "Kantor berita Korea Utara KCNA": the named body at the phrase's edge
                return edge[0][2]
            e3 = self._place_trailer(A, s2, e2, hits)
            best = max(hits, key=lambda t: (min(t[1], e3) - max(t[0], s)))
            core = NAME_ACRONYM.sub("", A.text[s:e3]).replace("  ", " ").strip()  # "Office (PCO)": its name
            cover = (min(best[1], e3) - max(best[0], s)) / max(1, len(strip_determiner(core)))
            if cover >= 0.6 and not self._body_role_holder(A, best, e3):
                return best[2]
        # a surname or a name written differently: match the phrase's last name words
        phrase = fold(A.text[s:e])
        caps = [w for _, _, w in words_in(A.text, s, e) if w[:1].isupper()]
        by_name, by_last_name = _name_tables(A)
        if phrase in by_name:
            return by_name[phrase]
        if caps:
            return by_last_name.get(fold(caps[-1]))
        return None

    def _first_conjunct(self, A: QuoteContext, s: int, e: int, hits) -> Optional[Entity]:
        """A speaker phrase that is two or more names of one type joined by "and" and nothing else ("The
        Conservatives and Liberal Democrats", "Mr Howard and Mr Kennedy"): the first name's entity (session 12)."""
        if self.lex is None or len(hits) < 2:
            return None
        hits = sorted(hits, key=lambda t: t[0])
        if len({t[2].type for t in hits}) != 1 or len({id(t[2]) for t in hits}) < 2:
            return None
        text = A.text
        s2, e2 = strip_span(text, s, e, " \t\n\u00a0,;:.")
        def words(a: int, b: int) -> list[str]:  # titles (pack person_titles) dropped: "Mr Howard and Mr Kennedy"
            return [w for w in fold(text[a:b]).lower().split() if w not in self.lex.person_titles]

        if hits[-1][1] != e2 or words(s2, hits[0][0]) not in ([], ["the"]):
            return None
        for a, b in zip(hits, hits[1:]):
            if words(a[1], b[0]) not in (["and"], ["and", "the"]):
                return None
        return hits[0][2]

    def _body_role_holder(self, A: QuoteContext, hit, e: int) -> bool:
        """``the Conservative leader``, ``The Scottish Conservative leader``: a body's name followed only by one or two
        lower-case words ending in a person's title or role (``person_titles``, ``role_nouns``) names a person who
        holds that role, not the body; a spokesperson or an official speaks for the body (``body_voices``:
        ``a Labour spokesman``, ``the Darlington Council spokesman``)."""
        lex = self.lex
        if lex is None or not lex.body_voices or hit[2].type == "PER":
            return False
        rest = [w for _, _, w in words_in(A.text, hit[1], e)]
        return 1 <= len(rest) <= 2 and all(w[:1].islower() for w in rest) and \
            rest[-1].lower() in lex.role_words and rest[-1].lower() not in lex.body_voices

    def _possessed_role(self, A: QuoteContext, s: int, e: int) -> bool:
        """``Mr Jackson's lawyer``, ``Tony Blair's official spokesman``: a person's name with a possessive marker
        (pack ``possessive_markers``) followed only by lower-case words to the phrase end names the person's role-
        holder, not the person (``Oxfam's Barbara Stocking``, a name after the marker, is not such a phrase)."""
        if self.lex is None or not self.lex.possessive_markers:
            return False
        text = A.text
        s, e = strip_span(text, s, e, " \t\n\u00a0,;:.")
        for ms, me, ent, _ in A.mentions_in(s, e):
            if ent.type != "PER" or me >= e:
                continue
            marker = next((m for m in self.lex.possessive_markers if text.startswith(m, me)), None)
            if marker is None or not any(ch.isalpha() for ch in marker) and text[me - 1:me] not in ("s", "S"):
                continue  # a bare apostrophe marks the possessive only after -s ("Sanders’ campaign manager")
            rest = words_in(text, me + len(marker), e)
            if 1 <= len(rest) <= 4 and all(w[0].islower() for _, _, w in rest) and \
                    not A.mentions_in(me + len(marker), e):
                return True
        return False

    def _place_trailer(self, A: QuoteContext, s: int, e: int, hits) -> int:
        """Where a speaker phrase ends before a trailing place (``The Office (PCO) in Baghdad`` -> before ``in``):
        a place preposition of the pack and a GPE/LOC mention that ends the phrase; ``e`` when there is none."""
        if self.lex is None:
            return e
        for t in hits:
            if t[1] == e and t[0] > s and t[2].type in ("GPE", "LOC"):
                w = list(WORD.finditer(A.text, s, t[0]))
                if w and w[-1].group().lower() in self.lex.speaker_place_preps and not A.text[w[-1].end():t[0]].strip() \
                        and w[-1].start() > s:
                    return strip_span(A.text, s, w[-1].start())[1]
        return e

    def titled_name(self, A: QuoteContext, s: int, e: int) -> Optional[tuple[int, int]]:
        """The person's name at the end of a title phrase: ``Minister of Education Stefania Giannini``,
        ``Kabid Humas Polda Metro Jaya, Kombes Awi Setiyono``, ``Undersecretary Mr. Toccafondi``."""
        lex = self.lex
        ws = words_in(A.text, s, e)
        k = len(ws)
        short_form = False  # "Menteri Ketenagakerjaan (Menaker) Yassierli": the title's short form closes it
        while k > 0:
            w = ws[k - 1][2]
            low = w.lower()
            if k < len(ws) and ")" in A.text[ws[k - 1][1]:ws[k][0]]:
                short_form = any(x.lower() in lex.person_titles for _, _, x in ws[:k - 1])
                break
            if low in lex.person_titles or low in lex.office_words:
                break
            if not (w[:1].isupper() or low in lex.name_particles or low.split("-")[0] in lex.name_particles):
                break
            k -= 1
        run = ws[k:]
        if not run or k == 0 or len(run) > 3 or not run[0][2][:1].isupper():
            return None
        before = ws[k - 1][2].lower()
        if short_form:
            before = next(x.lower() for _, _, x in reversed(ws[:k - 1]) if x.lower() in lex.person_titles)
        if before not in lex.person_titles:
            if before not in lex.office_words or len(run) < 2 or any(w.isupper() for _, _, w in run):
                return None  # after an office word only a full name ("Enver Solomon"), not an acronym
        span = (run[0][0], run[-1][1])
        exact = [t for t in A.mentions_in(*span) if t[0] == span[0] and t[1] == span[1]]
        if exact and exact[0][2].type != "PER" and before not in lex.person_titles:
            return None  # "juru bicara Gedung Putih": the office speaks
        inside = [t for t in A.mentions_in(*span) if t[0] < span[0] and t[1] >= span[1] and t[2].type != "PER"]
        if inside and not exact and not any(x.lower() in lex.person_titles for _, _, x in ws[:k]):
            return None  # "Badan Pusat Statistik melaporkan": the words after the office word are the body's own name
        return span

    def title_holder(self, A: QuoteContext, s: int, e: int, bare_only: bool = False) -> Optional[Entity]:
        """A speaker phrase that is the title the article gave a person (``Entity.title``) and names no
        one itself: ``kata Menteri Sosial`` after ``Menteri Sosial Saifullah Yusuf``, ``tegas JPU`` after
        ``Jaksa Penuntut Umum (JPU) Tegar Djati Kusuma``: the nearest such person named before the phrase
        (a lede: the first one named within two paragraphs after it). ``bare_only``: a bare title word that
        opens such a title (a clause's subject, ``jaksa juga menyertakan ...``; as a speaker phrase, ``jaksa
        juga menyatakan``, a bare word may be the body, "Jaksa Penuntut Umum", so it is not read there)."""
        lex = self.lex
        if lex is None or not lex.person_titles or any(t[2].type == "PER" for t in A.mentions_in(s, e)):
            return None
        ws = [fold(w).lower() for _, _, w in words_in(A.text, s, e)]
        ws = [w for w in ws if w not in lex.title_determiners and w not in ("the", "a", "an")]
        if not ws or len(ws) > 6:
            return None
        single = len(ws) == 1 and ws[0] in lex.single_holder_titles
        bare = len(ws) == 1 and ws[0] in lex.person_titles or single
        if bare != bare_only and not single:
            return None
        short = lex.title_short_forms
        full = " ".join(short.get(w, w) for w in ws).split()  # "Menag" -> "menteri agama"
        # a body's own short name ("Kementerian Keuangan (Kemenkeu) memastikan") is no person's title short form
        body = any(t[2].type != "PER" for t in A.mentions_in(s, e)) or \
            getattr(_name_tables(A)[0].get(fold(" ".join(ws))), "type", "PER") != "PER"

        def holds(ent: Entity) -> bool:
            if ent.type != "PER" or not ent.title:
                return False
            tw = WORD.findall(re.sub(r"\([^)]*\)", " ", fold(_without_initial(ent.title)).lower()))
            tw = " ".join(short.get(w, w) for w in tw).split()
            own = [w.lower() for w in re.findall(r"\(([^)\s]+)\)", fold(ent.title))]
            return full == tw or (len(ws) == 1 and ws[0] in own and not body) or (bare and tw[:1] == ws)

        return _nearest_fitting(A, s, e, holds)

    def _role_holder(self, A: QuoteContext, s: int, e: int) -> Optional[Entity]:
        """``kata Presiden`` / ``the minister said``: a bare title refers to the person introduced
        earlier with that title (``Presiden Joko Widodo``), the nearest one before the phrase."""
        ws = [w.lower() for _, _, w in words_in(A.text, s, e)]
        ws = [w for w in ws if w not in self.lex.title_determiners]
        if not ws or len(ws) > 3 or not all(w in self.lex.person_titles for w in ws):
            return None
        best = None
        for t in A.mentions:
            if t[0] >= s:
                break
            if t[2].type != "PER" or t[3].kind not in ("name", None):
                continue
            before = [w.lower() for w in WORD.findall(A.text, max(0, t[0] - 40), t[0])]
            if before[-len(ws):] == ws and not A.text[t[0] - 1:t[0]].strip(" \u00a0") == "":
                continue
            if before[-len(ws):] == ws:
                best = t[2]
        return best

    def _role_entity(self, A: QuoteContext, s: int, e: int) -> Optional[Entity]:
        """A role phrase that names no entity, read as the office-holder or body the article named
        before it (or, when none was, within two paragraphs after: a lede): ``the foreign secretary`` ->
        the person whose title (``Entity.title``) ends in "secretary" and holds the phrase's words;
        ``a US bank``, ``the ministry`` -> the nearest organisation whose name ends in the phrase's
        head noun (an office word: bank, ministry, party)."""
        lex = self.lex
        ws = [w.lower() for _, _, w in words_in(A.text, s, e)]
        if not ws or len(ws) > 4:
            return None
        places = [(t[0], t[1]) for t in A.mentions_in(s, e) if t[2].type in ("GPE", "NORP", "LOC")]
        for a, b, w in words_in(A.text, s, e):
            if w[:1].isupper() and w.lower() not in lex.title_words and \
                    w.lower() not in ("the", "a", "an") and w.lower() not in lex.title_determiners and \
                    not any(ps <= a < pe for ps, pe in places):
                return None  # "Yonhap news agency": a name of its own, not a role
        determined = ws[0] in ("the", "a", "an") or ws[0] in lex.title_determiners
        ws = [w for w in ws if w not in ("the", "a", "an") and w not in lex.title_determiners
              and w not in lex.audience_determiners]
        if not ws:
            return None
        known = lex.title_words
        at = -1 if ws[-1] in known else 0  # "the foreign secretary" (head last) / "menteri itu" (head first)
        head = ws[at]
        person = head in lex.person_titles and (determined or len(ws) >= 2)  # a bare "Jaksa" may be the body
        body = head in lex.office_words and not person
        if not (person or body):
            return None

        def fits(ent: Entity) -> bool:
            if person and ent.type == "PER" and ent.title:
                tw = fold(_without_initial(ent.title)).split()
                if any(m in lex.title_modifiers and m not in ws for w in tw for m in w.lower().split("-")):
                    return False  # "the foreign secretary" is not "Shadow foreign secretary X", "ex-Foreign Secretary Y"
                return bool(tw) and tw[at] == fold(head) and all(
                    fold(w) in tw for w in ws if w in lex.person_titles or w in lex.office_words)
            if body and ent.type == "ORG":
                nw = fold(ent.name).split()
                return bool(nw) and nw[at] == fold(head)
            return False

        return _nearest_fitting(A, s, e, fits)

    def _document_source(self, A: QuoteContext, s: int, e: int) -> Optional[Entity]:
        """``the report said``: a determined document noun (pack ``document_nouns``) speaks for the
        organisation named beside the latest earlier mention of that noun (``Oxfam says in a report``,
        ``an Oxfam report``, ``Oxfam's statement``): an ORG within six words before or two after it
        (or another non-person name before it, which the entity stage may have mistyped)."""
        ws = [w.lower() for _, _, w in words_in(A.text, s, e)]
        if len(ws) != 2 or ws[0] not in ("the", "this", "that", "its", "their") or ws[1] not in self.lex.document_nouns:
            return None
        noun = ws[1]
        best = None
        for a, b, w in words_in(A.text, max(0, s - 5000), s):
            if w.lower() not in (noun, noun + "s"):
                continue
            around = words_in(A.text, max(0, a - 80), min(len(A.text), b + 30))
            lo = [x for x in around if x[1] <= a][-6:]
            hi = [x for x in around if x[0] >= b][:2]
            ws_, we_ = (lo[0][0] if lo else a), (hi[-1][1] if hi else b)
            if A.paragraph_index(ws_) != A.paragraph_index(a):
                ws_ = a
            # an ORG on either side; a name the entity stage typed otherwise (not a person or a
            # place after the noun: "a report in London") only before it
            orgs = [t for t in A.mentions_in(ws_, we_) if t[2].type == "ORG" or
                    (t[2].type not in ("PER", "LOC") and t[1] <= a)]
            if orgs:
                best = min(orgs, key=lambda t: (t[2].type != "ORG", abs(t[0] - a)))[2]
        return best

    def _name_with_particle(self, A: QuoteContext, ent: Entity, s: int, e: int) -> Optional[str]:
        """``Suleiman al-Amr`` when the entity stage stopped at ``Suleiman``: a name particle and a
        capitalised word right after the person's mention, inside the speaker phrase."""
        if ent.type != "PER":
            return None
        for t in A.mentions_in(s, e):
            if t[2] is not ent or fold(t[3].text) != fold(ent.name):
                continue
            ws = words_in(A.text, t[1], e)
            if not ws or A.text[t[1]:ws[0][0]].strip():
                return None
            w = ws[0][2]
            head = w.split("-")[0].lower()
            if head in self.lex.name_particles and head != w.lower() and w.split("-", 1)[1][:1].isupper():
                return clean_ws(A.text[t[0]:ws[0][1]])
            if w.lower() in self.lex.name_particles and len(ws) > 1 and ws[1][2][:1].isupper() and \
                    not A.text[ws[0][1]:ws[1][0]].strip():
                return clean_ws(A.text[t[0]:ws[1][1]])
            return None
        return None

    def resolve(self, A: QuoteContext, cands: list[Candidate]) -> None:
        prev: Optional[Candidate] = None
        for c in cands:
            if c.mode == "phrase" and c.speaker_span is not None and self._possessed_role(A, *c.speaker_span):
                # "Tony Blair's official spokesman said": the spokesman speaks, not the person named in the phrase
                c.speaker, c.speaker_type = None, "RAW"
                c.speaker_name = _raw_name(clean_ws(A.text[c.speaker_span[0]:c.speaker_span[1]]), self.lex)
            elif c.mode == "phrase" and c.speaker_span is not None and \
                    (ent := self._role_apposition(A, *c.speaker_span)) is not None:  # "kata pengacara Jokowi, Yakup Hasibuan"
                c.speaker, c.speaker_name, c.speaker_type = ent.id, ent.name, ent.type
            elif c.mode == "phrase" and c.speaker_span is not None and self._statement_anaphor(A, c, prev):
                # "“...,” ungkap pernyataan tersebut": the statement just quoted speaks for its speaker
                c.speaker, c.speaker_name, c.speaker_type = prev.speaker, prev.speaker_name, prev.speaker_type
            elif c.mode == "phrase" and c.speaker_span is not None and self._age_epithet(A, *c.speaker_span):
                c.number = "singular"  # "The 52-year-old on Tuesday said ...": read as "he said"
                self._pronoun(A, c, prev)
            elif c.mode == "phrase" and c.speaker_span is not None and self._epithet(A, *c.speaker_span) and \
                    self._anaphoric(A, c, prev):
                pass  # "kader PDIP itu mengingatkan", "Legislator PKB ini menyebut": the person just quoted
            elif c.mode == "phrase" and c.speaker_span is not None:
                ent = self.entity_for_span(A, *c.speaker_span)
                if ent is not None and re.search(r"[.!?]\s+[A-Z]", ent.name):
                    ent = None  # a "name" across a sentence end ("Church. The Church") is no name
                name = holder = None
                if (ent is None or ent.type != "PER") and self.lex is not None:
                    holder = self.title_holder(A, *c.speaker_span)
                    if holder is None:
                        name = self.titled_name(A, *c.speaker_span)
                if holder is not None:
                    c.speaker, c.speaker_name, c.speaker_type = holder.id, holder.name, holder.type
                elif name is not None:
                    got = self.entity_for_span(A, *name)
                    if got is not None and fold(A.text[name[0]:name[1]]) in \
                            {fold(got.name)} | {fold(m.text) for m in got.mentions}:
                        c.speaker, c.speaker_name = got.id, got.name
                    else:
                        c.speaker, c.speaker_name = None, clean_ws(A.text[name[0]:name[1]])
                    c.speaker_type = "PER"
                elif ent is None and self.lex is not None and self.lex.role_holders and \
                        (ent := self._role_holder(A, *c.speaker_span)) is not None:
                    c.speaker, c.speaker_name, c.speaker_type = ent.id, ent.name, ent.type
                elif ent is not None:
                    c.speaker, c.speaker_name, c.speaker_type = ent.id, ent.name, ent.type
                    longer = self._name_with_particle(A, ent, *c.speaker_span) if self.lex is not None else None
                    if longer:
                        c.speaker_name = longer
                elif ent is None and self.lex is not None and self._document_source(A, *c.speaker_span) is not None:
                    ent = self._document_source(A, *c.speaker_span)
                    c.speaker, c.speaker_name, c.speaker_type = ent.id, ent.name, ent.type
                elif ent is None and self.lex is not None and self._role_entity(A, *c.speaker_span) is not None:
                    ent = self._role_entity(A, *c.speaker_span)
                    c.speaker, c.speaker_name, c.speaker_type = ent.id, ent.name, ent.type
                elif ent is None and self.lex is not None and self._anaphoric(A, c, prev):
                    pass
                elif ent is None and self.lex is not None and self._side_pronoun(A, c, prev):
                    c.speaker, c.speaker_name, c.speaker_type = prev.speaker, prev.speaker_name, prev.speaker_type
                elif ent is None and self.lex is not None and (named := self._described_name(A, *c.speaker_span)):
                    c.speaker, c.speaker_name, c.speaker_type = None, named, "PER"  # "kata sosiolog Malte Reichelt"
                else:
                    c.speaker_name = _raw_name(clean_ws(A.text[c.speaker_span[0]:c.speaker_span[1]]), self.lex)
                    c.speaker_type = "RAW"
            elif c.mode == "carry":
                if prev is not None and prev.speaker_name and A.paragraph_index(c.start) - A.paragraph_index(prev.end - 1) <= 2:
                    c.speaker, c.speaker_name, c.speaker_type = prev.speaker, prev.speaker_name, prev.speaker_type
                else:
                    self._pronoun(A, c, prev)
            elif c.mode == "pronoun":
                self._pronoun(A, c, prev)
            elif c.mode == "continue":
                if prev is not None and prev.speaker_name and (
                        A.paragraph_index(c.start) - A.paragraph_index(prev.end - 1) <= 1
                        or self._recent_speaker(A, c, prev) is not None):
                    c.speaker, c.speaker_name, c.speaker_type = prev.speaker, prev.speaker_name, prev.speaker_type
            if c.speaker_name and not _nested_in_quote(cands, c):
                prev = c

    def _role_apposition(self, A: QuoteContext, s: int, e: int) -> Optional[Entity]:
        """``kata pengacara Lisa Mariana, Jhony Boy Nababan``: a speaker phrase that is a role held for a person
        (pack ``relational_roles``) and that person, followed by a comma and another person's name, is that
        other person speaking (the apposition names the role's holder)."""
        roles = self.lex.relational_roles if self.lex is not None else None
        if not roles:
            return None
        s, e = strip_span(A.text, s, e, " \t\n\u00a0,;:.")
        low = A.text[s:e].lower()
        role = leading_phrase(low, roles)
        if role is None:
            return None
        pers = [t for t in A.mentions_in(s + len(role), e) if t[2].type == "PER"]
        if not pers or pers[-1][1] != e or A.text[s + len(role):pers[0][0]].strip():
            return None  # the role's person ends the phrase right after the role words
        m = re.match(r"[ \t\u00a0]*,[ \t\u00a0]*", A.text[e:e + 6])
        if m is None:
            return None
        after = [t for t in A.mentions_in(e + m.end(), e + m.end() + 1) if t[0] == e + m.end() and t[2].type == "PER"]
        return after[0][2] if after and after[0][2] is not pers[-1][2] else None

    def _side_pronoun(self, A: QuoteContext, c: Candidate, prev: Optional[Candidate]) -> bool:
        """``pihaknya memastikan ...`` ("his/its side", pack ``side_pronouns``): the person or body that spoke
        last, in this or the previous paragraph."""
        if not self.lex.side_pronouns or c.speaker_span is None or prev is None or prev.speaker is None:
            return False  # an entity, not a raw phrase ("PUU" from a case number)
        if clean_ws(A.text[c.speaker_span[0]:c.speaker_span[1]]).lower() not in self.lex.side_pronouns:
            return False
        anchor = min(x for x in (c.start, c.cue_start) if x is not None)
        return prev.start < anchor and A.paragraph_index(anchor) - A.paragraph_index(prev.end - 1) <= 1

    def _described_name(self, A: QuoteContext, s: int, e: int) -> Optional[str]:
        """``sosiolog Malte Reichelt``, ``petani Budi Hartono``: in a head-initial language, one to three lower-case
        words describing a person, then a capitalised run of two to four words that no entity mention covers (a
        name the entity stage missed): the name. ``warga Jakarta Selatan`` (a place mention) is not one."""
        if not self.lex.head_initial:
            return None
        ws = words_in(A.text, s, e)
        k = 0
        while k < len(ws) and ws[k][2].islower() and ws[k][2].isalpha():
            k += 1
        run = ws[k:]
        if not 1 <= k <= 3 or not 2 <= len(run) <= 4 or not all(w[:1].isupper() and w[1:2].islower() for _, _, w in run):
            return None
        if any(w[2] in self.lex.stops or w[2] in self.lex.title_connectors for w in ws[:k]):
            return None  # "warga dari Desa Sukamaju": a place after a preposition
        if A.mentions_in(run[0][0], run[-1][1]) or A.text[ws[k - 1][1]:run[0][0]].strip():
            return None
        if any(w.lower() in self.lex.title_words for _, _, w in run):
            return None
        return clean_ws(A.text[run[0][0]:run[-1][1]])

    def _statement_anaphor(self, A: QuoteContext, c: Candidate, prev: Optional[Candidate]) -> bool:
        """``ungkap pernyataan tersebut``, ``tulis keterangan itu``: an attribution noun (pack ``attribution_nouns``)
        with a demonstrative names the statement of the speaker just quoted (a person, a body or a raw phrase),
        within this or the previous paragraph."""
        lex = self.lex
        if lex is None or prev is None or not prev.speaker_name or not lex.attribution_nouns:
            return False
        s, e = strip_span(A.text, *c.speaker_span, " \t\n\u00a0,;:.")
        low = clean_ws(A.text[s:e]).lower()
        noun = leading_phrase(low, lex.attribution_nouns)
        if noun is None or low[len(noun):].strip() not in lex.demonstratives | lex.anaphoric_trailers:
            return False
        anchor = min(x for x in (c.start, c.cue_start) if x is not None)
        return prev.start < anchor and A.paragraph_index(anchor) - A.paragraph_index(prev.end - 1) <= 1

    def _age_epithet(self, A: QuoteContext, s: int, e: int) -> bool:
        """``The 52-year-old``, ``the 60-year-old actor`` (pack ``anaphoric_epithets``, whole phrase) naming no one:
        a description that points back at the person the text is about, resolved as a singular pronoun."""
        if self.lex is None or not self.lex.epithets or A.mentions_in(s, e):
            return False
        phrase = clean_ws(A.text[s:e]).strip(" ,")
        if any(p.fullmatch(phrase) for p in self.lex.epithets):
            return True
        # "kata pria berusia 32 tahun tersebut": the speaker span stops at the number, so the phrase is also read
        # on to the end of its clause (a comma or a full stop, at most 60 characters), naming no one there either
        m = re.search(r"[.,;:!?\n]", A.text[e:e + 60])
        if m is None or A.mentions_in(s, e + m.start()):
            return False
        longer = clean_ws(A.text[s:e + m.start()]).strip(" ,")
        return longer != phrase and any(p.fullmatch(longer) for p in self.lex.epithets)

    def _epithet(self, A: QuoteContext, s: int, e: int) -> bool:
        """``kader Partai Demokrasi Indonesia Perjuangan (PDIP) itu``, ``Legislator PKB ini``: a description (a noun
        that no entity mention opens) of a body's member ending in a demonstrative (pack ``anaphoric_trailers``) that
        names no person: it speaks back about the person just quoted, not for the body it names."""
        if self.lex is None or not self.lex.anaphoric_trailers:
            return False
        ws = words_in(A.text, s, e)
        if len(ws) < 3 or ws[-1][2].lower() not in self.lex.anaphoric_trailers or not ws[0][2].isalpha():
            return False
        hits = A.mentions_in(s, e)
        # A description opening in lower case ("bekas pelatih Juventus itu", "eks Wakil Menteri Hukum dan HAM ini")
        # is no name even where the recogniser typed a club or an office inside it as a person (session 20,
        # events-id12: 7 of 68 such cues in IndoSum dev 0-1399 gave the club or "Hukum" as the speaker).
        described = ws[0][2][:1].islower()
        return bool(hits) and not any((t[2].type == "PER" and not described) or t[0] <= ws[0][0] for t in hits)

    def _anaphoric(self, A: QuoteContext, c: Candidate, prev: Optional[Candidate]) -> bool:
        """``tutup anggota Komisi XII tersebut``: a description of two or more words ending in a
        demonstrative (pack ``anaphoric_trailers``) names no new speaker; it is the person who just
        spoke (the speaker stack) or the subject of a sentence just before. True when one was found."""
        trailers = self.lex.anaphoric_trailers
        if not trailers or c.speaker_span is None:
            return False
        ws = [w for _, _, w in words_in(A.text, *c.speaker_span)]
        if len(ws) < 2 or ws[-1].lower() not in trailers or ws[-2].lower() in trailers:
            return False
        got = self._recent_speaker(A, c, prev)
        if got is None or got.speaker_type != "PER":
            got = self._salient(A, c, None, subject_only=True)
        if isinstance(got, Candidate):
            c.speaker, c.speaker_name, c.speaker_type = got.speaker, got.speaker_name, got.speaker_type
        elif got is not None:
            c.speaker, c.speaker_name, c.speaker_type = got.id, got.name, got.type
        return bool(c.speaker_name)

    @staticmethod
    def _named_in_content(A: QuoteContext, c: Candidate, who) -> bool:
        """The quote's own words name this person (by name or alias, "Pak Akbar kan ditahan"): a person the speaker
        talks about, so not the speaker a pronoun cue ("katanya") goes back to (session 20, events-id12: the narrative
        subject just before such a quote was taken, 6 in IndoSum dev 600-1199 and 1400-1459)."""
        ident = who.speaker if isinstance(who, Candidate) else who.id
        return ident is not None and any(t[2].id == ident and t[3].kind in ("name", "alias")
                                         for t in A.mentions_in(c.start, c.end) if c.start <= t[0] < c.end)

    def _pronoun(self, A: QuoteContext, c: Candidate, prev: Optional[Candidate]) -> None:
        span = c.speaker_span or (c.cue_start, c.cue_end)
        ent = None
        group = c.number in GROUP_NUMBERS  # "they", "mereka"; "it" (a body, never a person)
        if group and prev is not None and prev.speaker_type != "PER" and \
                A.sentence_index(c.cue_start or c.start) - A.sentence_index(prev.end - 1) <= 2:
            ent = prev  # a group that just spoke goes on speaking: "..., yang mereka katakan", "It added"
        if ent is None and not group:
            ent = self._recent_speaker(A, c, prev)
        if ent is None and not group and self.lex.subject_first:
            ent = self._salient(A, c, None, subject_only=True)
            if ent is not None and prev is not None and prev.speaker_type == "PER" and \
                    self._named_in_content(A, c, ent) and not self._named_in_content(A, c, prev) and \
                    A.paragraph_index(c.cue_start or c.start) - A.paragraph_index(prev.end - 1) <= STACK_PARAGRAPHS:
                ent = prev  # "Akbar akhirnya terbebas ... "Pak Akbar kan ditahan ...," katanya": Akbar is spoken of
        if ent is None and span and span[0] is not None:
            hits = [t for t in A.mentions_in(*span) if t[3].kind in ("pronoun", "description", "alias", "name")]
            if hits:
                ent = hits[0][2]
            else:
                got = A.record.mention_at(*span)
                ent = got[0] if got is not None else None
            if ent is not None and not self._can_speak(A, ent, c):
                ent = None
        if ent is None:
            ent = self._salient(A, c, prev)
        if isinstance(ent, Candidate):
            c.speaker, c.speaker_name, c.speaker_type = ent.speaker, ent.speaker_name, ent.speaker_type
        elif ent is not None:
            c.speaker, c.speaker_name, c.speaker_type = ent.id, ent.name, ent.type

    def _can_speak(self, A: QuoteContext, ent: Entity, c: Candidate) -> bool:
        """A singular pronoun speaker is a person; an outlet speaks only through "according to"."""
        if c.number == "singular" and ent.type != "PER" or c.number == "nonhuman" and ent.type == "PER":
            return False
        words = set(fold(ent.name).split())
        outlet = any(fold(w) in words or fold(w) == fold(ent.name) for w in A.lex.media_words)
        return not outlet or (c.cue or "").lower().startswith(tuple(fold(w) for w, r in self.lex.roles.items()
                                                                     if "acc" in r or "accpron" in r))

    def _recent_speaker(self, A: QuoteContext, c: Candidate, prev: Optional[Candidate]) -> Optional[Candidate]:
        """The last quote's person speaker, when it spoke in this or the previous paragraph and no other
        person has been named since (``Wood mengatakan ... "...," ujarnya``)."""
        # a speaker the entity stage typed as a place or a group ("Kuntadi" GPE, "Muslim" NORP) is a person that spoke
        if prev is None or prev.speaker_type not in ("PER", "RAW", "LOC", "GPE", "NORP") or not prev.speaker_name:
            return None
        if prev.speaker_type != "PER" and not all(w[:1].isupper() for w in prev.speaker_name.split()):
            return None  # a raw phrase ("The two", "para pejabat") or a place is a person only when name-like
        if c.number == "singular" and prev.speaker_type in ("GPE", "LOC") and self._known_place(A, prev.speaker):
            return None  # "Amerika Serikat menyatakan ... Selain itu, dia juga mengatakan ...": "dia" is no country
        anchor = min(x for x in (c.start, c.cue_start) if x is not None)
        # A gendered pronoun ("she said") is coreference's to resolve once another person is named: the
        # speaker stack reaches further back only for pronouns that do not tell ("-nya", "dia", "ia").
        word = A.text[c.speaker_span[0]:c.speaker_span[1]].lower() if c.speaker_span else ""
        gendered = word in _gendered_pronouns(A.record.lang) or \
            (c.speaker_span is not None and self._age_epithet(A, *c.speaker_span))  # "the 52-year-old": one person
        reach = 1 if gendered else STACK_PARAGRAPHS
        if A.paragraph_index(anchor) - A.paragraph_index(prev.end - 1) > reach or prev.start >= anchor:
            return None
        if prev.kind == "direct" and prev.cue_start is not None and not (prev.start <= prev.cue_start < prev.end) \
                and prev.start <= anchor < prev.end:
            return None  # "“He has said hateful things ...” ― Carlos Raúl": a pronoun inside a quotation is not its
            # speaker (session 29, polnear29)
        since = max(prev.end, prev.cue_end or prev.end)
        near = A.paragraph_index(anchor) - A.paragraph_index(prev.end - 1) <= 1
        own_para = A.paragraph_index(prev.start)
        for t in A.mentions_in(since, anchor):
            if t[0] >= since and t[2].type == "PER" and t[3].kind in ("name", "alias") and \
                    t[2].id != prev.speaker and A.inside_pair(t[0]) is None:
                if not gendered and A.paragraph_index(t[0]) == own_para:
                    # the rest of the paragraph that reports the speaker is still their account ("Menurut
                    # Harryo, ... Di mana Riky berutang ...", "Yakup mengatakan ... Jokowi melaporkan ..."):
                    # a person it names does not take over (session 9 census, 4 of 300 detik-2025 articles)
                    continue
                # The speaker stack: a person named since takes over only as a clause's subject (the
                # narrative turned to them); "rumah Sergei", "kepada Sergei" leave the speaker speaking.
                if gendered or (near and A.parse is None) or self._subject_mention(A, t):
                    return None
        return prev

    @staticmethod
    def _known_place(A: QuoteContext, eid: Optional[str]) -> bool:
        """A speaker entity the actors stage resolved as a place of the gazetteer (a Wikidata id and a bare country
        code): a country that spoke, not a person the entities stage typed as a place ("Kuntadi" GPE)."""
        ent = A.record.entity(eid) if eid else None
        return ent is not None and bool(ent.wikidata) and len(ent.actor or "") == 3

    def _subject_mention(self, A: QuoteContext, t) -> bool:
        """Whether a mention is a clause's subject: by the parse when its sentence is parsed (the mention's
        head token is an ``nsubj``), else by position (among its sentence's first four words)."""
        parse = A.parse
        s, e = A.sentence(t[0])
        if t[2].type == "PER" and self._title_chain_subject(A, s, e, [t]) is t[2]:
            return True  # "Anggota Komisi II DPR RI Mardani Ali Sera mengapresiasi ...": the title chain's holder
        if parse is not None and parse.sentence_at(t[0], parse_missing=False) is not None:
            toks = parse.tokens_in(t[0], t[1])
            heads = [i for i in toks if parse.head[i] not in toks or parse.head[i] == i]
            return any(base(parse.dep[i]) in ("nsubj", "csubj") for i in heads)
        head = words_in(A.text, s, t[0] + 1)
        return len(head) <= 4

    def _other_subject(self, A: QuoteContext, s: int, t) -> Optional[Entity]:
        """Another named entity before mention ``t`` in its sentence with a lower-case word (the verb) between
        them: that entity is the clause's subject (``KPK menyebut Yudi adalah ...``, ``DKPP menilai Betty
        tidak ...``), not ``t``; a title's body right before a name (``Ketua DPD II Golkar Makassar Munafri``)
        is no subject of its own."""
        for o in A.mentions_in(s, t[0]):
            if o[0] < s or o[1] > t[0] or o[2] is t[2] or A.inside_pair(o[0]) is not None:
                continue
            if any(w[:1].islower() for _, _, w in words_in(A.text, o[1], t[0])):
                return o[2]
        return None

    def _title_chain_subject(self, A: QuoteContext, s: int, e: int, found) -> Optional[Entity]:
        """A sentence that opens with a title chain ending in a person's name is about that person: ``Anggota
        Komisi II DPR RI Mardani Ali Sera mengapresiasi KPU.``, ``Wakil Ketua MPR RI dari Fraksi Partai Amanat
        Nasional (PAN) Eddy Soeparno optimistis ...`` (the name lies past the first four words the subject test
        reads). The chain: a title or office word first (after a fronted phrase closed by a comma), then
        capitalised words, title connectors and parentheses up to the first other word; its last person mention
        (ending the chain) is the subject."""
        lex = self.lex
        ws = words_in(A.text, s, e)[:24]
        k = 0
        for j, (a, b, _) in enumerate(ws[:5]):
            if A.text[b:b + 1] == ",":
                k = j + 1  # "Sementara itu, Ketua DPP PDIP Said Abdullah meminta ..."
                break
        while k < len(ws) and ws[k][2].lower() in lex.clause_openers:
            k += 1
        if k >= len(ws) or ws[k][2].lower() not in lex.title_words:
            return None
        end = None
        for a, b, w in ws[k:]:
            if not (w[:1].isupper() or w.lower() in lex.title_connectors or w.lower() in lex.title_list_joins):
                break
            if set(A.text[(end if end is not None else a):a]) & set(".;:!?\"“”"):
                break
            end = b
        if end is None:
            return None
        pers = [t for t in found if t[2].type == "PER" and ws[k][0] <= t[0] and t[1] <= end]
        return pers[-1][2] if pers and pers[-1][1] == end else None

    def _title_subject(self, A: QuoteContext, s: int, e: int) -> Optional[Entity]:
        """A sentence whose subject is a bare title word (``Jaksa juga meyakini``, ``Selain itu, jaksa
        juga ...``: after a fronted phrase closed by a comma or a clause opener, a title word followed by
        a lower-case word) is about the person the article gave that title (:meth:`title_holder`)."""
        ws = words_in(A.text, s, e)[:6]
        k = 0
        for j, (a, b, _) in enumerate(ws[:4]):
            if A.text[b:b + 1] == ",":
                k = j + 1  # "Selain itu, jaksa ...", "Dalam pertimbangannya, hakim ..."
                break
        while k < len(ws) and ws[k][2].lower() in self.lex.clause_openers:
            k += 1  # "Namun jaksa ...", "Kemudian hakim ..."
        if k + 1 >= len(ws) or ws[k][2].lower() not in self.lex.person_titles | self.lex.single_holder_titles or \
                ws[k + 1][2][:1].isupper() or A.inside_pair(ws[k][0]) is not None:
            return None  # "Presiden 2028 tuh ...," ujarnya: a title quoted is no narrative subject
        return self.title_holder(A, ws[k][0], ws[k][1], bare_only=True)

    def _salient(self, A: QuoteContext, c: Candidate, prev: Optional[Candidate], subject_only: bool = False):
        """The subject of the nearest earlier sentence (PER for he/she/-nya, a group for they/mereka)."""
        anchor = min(x for x in (c.start, c.cue_start) if x is not None)
        plural = c.number in GROUP_NUMBERS
        subject_only = subject_only or c.number == "nonhuman"  # "It said": a body that was a subject, not "in Iowa"
        if plural and prev is not None and prev.speaker_type != "PER" and \
                A.sentence_index(anchor) - A.sentence_index(prev.end - 1) <= 3:
            return prev
        want = ("ORG", "NORP", "GPE") if plural else ("PER",)
        i = A.sentence_index(anchor)
        para = A.paragraph_index(anchor)
        cue_pos = c.cue_start if c.cue_start is not None else anchor
        slack = 0
        for k in range(i, max(-1, i - 4), -1):
            s, e = A.sents[k] if A.sents else (0, len(A.text))
            if A.paragraph_index(s) < para - 1 - slack:
                break
            e = min(e, cue_pos)
            found = [t for t in A.mentions_in(s, e)
                     if t[0] >= s and t[2].type in want and A.inside_pair(t[0]) is None and not (c.start <= t[0] < c.end)
                     and not _mismatched_gender(A, c, t[2])]  # "she" is no "Mr X" (session 22)
            head = words_in(A.text, s, e)[:4]
            subj = [t for t in found if head and t[0] <= head[-1][0]]
            if not subj and not plural:
                chained = self._title_chain_subject(A, s, e, found)
                if chained is not None:
                    return chained  # "Wakil Ketua MPR RI dari Fraksi PAN Eddy Soeparno optimistis ...": the holder
            if subj and self._other_subject(A, s, subj[0]) is not None:
                continue  # "KPK menyebut Yudi ...": the body before the verb is the subject, Yudi its object
            if subj:
                return subj[0][2]
            holder = None if plural else self._title_subject(A, s, e)
            if holder is not None:
                return holder  # "Selain itu, jaksa juga menyertakan ...": the prosecutor the article named
            if head and head[0][2].lower() in self.lex.person_titles and not plural:
                slack = 1  # look one paragraph further for who that role is
                continue  # "Presiden berterima kasih kepada ... Rohingya": an unnamed role is the subject
            if found and not subject_only:
                return found[0][2]
        if not subject_only and prev is not None and (plural or prev.speaker_type in ("PER", "RAW")) and \
                not _mismatched_gender(A, c, prev):
            return prev
        return None


#: Pronoun numbers resolved to a group or body (ORG, NORP, GPE, a raw group phrase), not to a person.
GROUP_NUMBERS = ("plural", "nonhuman")


def _nested_in_quote(cands: list[Candidate], c: Candidate) -> bool:
    """A quote whose cue lies inside another speaker's quote (``"... Beberapa masyarakat menyampaikan bahwa
    ...," jelasnya``) is that speaker's report: it does not become the speaker a later ``-nya`` or ``imbuhnya`` goes
    back to (session 11 census: 3 of 70 detik-2025 articles gave the next quote to the nested speaker). The same for
    reported speech ("Menurutnya, Joshua telah menghina agama dengan menyebut ... . Selain itu, lanjutnya, ..." goes
    on with the first speaker, not Joshua: session 25, ``claims-id25``)."""
    if c.parent is None or c.cue_start is None:
        return False
    outer = cands[c.parent]
    return outer.start <= c.cue_start < outer.end


@functools.cache
def _gendered_pronouns(code: Optional[str]) -> frozenset[str]:
    """Pronoun forms that tell a gender (the coreference pack's ``[[pronouns]]`` with a ``gender``)."""
    try:
        tables = langpacks.pack(code).data("coref").get("pronouns", [])
    except Exception:
        return frozenset()
    return frozenset(f.lower() for t in tables if isinstance(t, dict) and t.get("gender") for f in t.get("forms", []))


_TRAILING_INITIALS = re.compile(r"(?:\s+[A-Z]\.?)+$")


def _without_initial(title: str) -> str:
    """A title without the name's initials the entity stage left at its end: ``Wakil Presiden M`` (of ``Wakil Presiden
    M Jusuf Kalla``) is ``Wakil Presiden``, so a later ``Wakil Presiden menegaskan`` finds its holder (session 22)."""
    return _TRAILING_INITIALS.sub("", title) or title


@functools.cache
def _pronoun_gender_map(code: Optional[str]) -> tuple[dict[str, str], dict[str, str]]:
    """The coreference pack's pronoun form -> gender, and the quotes pack's ``gender_honorifics`` (title -> gender)."""
    try:
        data = langpacks.pack(code).data("coref")
        titles = langpacks.pack(code).data("quotes").get("gender_honorifics", {})
    except Exception:
        return {}, {}
    forms = {f.lower(): t["gender"] for t in data.get("pronouns", []) if isinstance(t, dict) and t.get("gender")
             for f in t.get("forms", [])}
    return forms, {fold(k).lower(): v for k, v in titles.items()}


def _person_gender(A: QuoteContext, ent) -> Optional[str]:
    """The gender the article's honorifics tell for a person: one right before one of its names ("Ms Alexander",
    "Mr Hadi") or opening the title the entity stage gave it; None when none does or they disagree."""
    if ent is None or getattr(ent, "type", None) != "PER":
        return None
    cache = getattr(A, "_genders", None)
    if cache is None:
        cache = A._genders = {}
    if ent.id in cache:
        return cache[ent.id]
    _, titles = _pronoun_gender_map(A.record.lang)
    told = set()
    if titles:
        first = fold(ent.title or "").lower().split()[:1]
        if first and first[0].rstrip(".") in titles:
            told.add(titles[first[0].rstrip(".")])
        last = fold(ent.name).lower().split()[-1:]
        shared = any(o is not ent and o.type == "PER" and fold(o.name).lower().split()[-1:] == last
                     for o in A.record.entities)
        for m in ent.mentions:
            if m.kind not in ("name", "alias", None):
                continue
            if shared and len(m.text.split()) == 1:
                continue  # "Mr Jackson" may be another Jackson of the article (a son beside his mother)
            before = WORD.findall(A.text[max(0, m.start - 12):m.start])
            if before and A.text[m.start - 1:m.start] in (" ", "\u00a0") and before[-1].lower().rstrip(".") in titles:
                told.add(titles[before[-1].lower().rstrip(".")])
    cache[ent.id] = next(iter(told)) if len(told) == 1 else None
    return cache[ent.id]


def _mismatched_gender(A: QuoteContext, c: Candidate, ent) -> bool:
    """A gendered pronoun speaker ("she said") and a person the article's titles give the other gender ("Mr Hadi")."""
    if c.speaker_span is None:
        return False
    forms, _ = _pronoun_gender_map(A.record.lang)
    g = forms.get(A.text[c.speaker_span[0]:c.speaker_span[1]].strip().lower())
    if g is None:
        return False
    if isinstance(ent, Candidate):
        ent = A.record.entity(ent.speaker) if ent.speaker else None
    pg = _person_gender(A, ent)
    return pg is not None and pg != g


_CAPS = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*"


@functools.cache
def _raw_name_patterns(preps: frozenset[str], articles: frozenset[str]) -> tuple[Optional[re.Pattern], Optional[re.Pattern]]:
    """:func:`_raw_name`'s two patterns for a pack's ``speaker_place_preps`` and ``articles`` (None for an empty list),
    compiled once per pack (session 32: they were built and looked up in re's cache at each call)."""
    placed = described = None
    if preps:
        placed = re.compile(rf"({_CAPS}) (?:{'|'.join(re.escape(p) for p in sorted(preps))}) .+")
    if articles:
        described = re.compile(rf"(?i:{'|'.join(re.escape(a) for a in sorted(articles))}) (?:[a-z][\w-]* )+({_CAPS})")
    return placed, described


def _raw_name(phrase: str, lex: Optional[QuoteLexicon]) -> str:
    """A speaker phrase no entity covers, cut to the name it holds (pack ``speaker_place_preps`` and
    ``articles``): ``Conservatives in parliament`` -> ``Conservatives`` (a name and where it sits),
    ``The secularist magazine MicroMega`` -> ``MicroMega`` (a common-noun description before a name)."""
    if lex is None:
        return phrase
    placed, described = _raw_name_patterns(*lex.raw_name_keys)
    if placed is not None:
        m = placed.fullmatch(phrase)
        if m and m.group(1).split()[0].lower() not in lex.articles:
            return m.group(1)
    if described is not None:
        m = described.fullmatch(phrase)
        if m and m.group(1).lower() in lex.time_words:
            # "A news report published Wednesday", "A court document filed Thursday": a day, no name; the phrase
            # before the participle and its day is the source
            return phrase[:m.start(1)].rstrip().rsplit(" ", 1)[0] if re.search(r"[a-z]ed $", phrase[:m.start(1)]) \
                else phrase[:m.start(1)].rstrip()
        if m:
            return m.group(1)
    return phrase


def strip_determiner(s: str) -> str:
    return re.sub(r"^(the|a|an|sang|para|pihak)\s+", "", s.strip(), flags=re.I)
