"""What the coder knows of the whole article: its tokens and mentions by offset, home country, news date."""

from __future__ import annotations

import datetime as dt
import functools
import re

import bisect
from typing import Optional

from kabar.places.resolve import place_country
from kabar.record import Entity
from kabar.stages.events.units import Unit, is_country_code, sentence_units
from kabar.text.home import institution_countries
from kabar.text.tokens import toks_of


@functools.cache
def _signature_pattern(roles: tuple[str, ...]) -> re.Pattern:
    """An opinion column's signature role (the pack's ``[opinion] signature_roles``), compiled once per pack: the role
    glued to the name ("Hendropriyono,Sekretaris", "HendropriyonoSekretaris") or after ". " / ", "."""
    alt = "|".join(re.escape(x) for x in sorted(roles, key=len, reverse=True))
    return re.compile(r"(?:(?<=[.,])|(?<=[.,] )|(?<=[a-z]))(?:" + alt + r")\b")


class ArticleFacts:
    """Article-wide facts, looked up by offset."""

    def _tokens_between(self, start: int, end: int):
        """The Doc's tokens that start in [start, end)."""
        lo = bisect.bisect_left(self.token_starts, start)
        return self.doc[lo:max(lo, bisect.bisect_left(self.token_starts, end))]

    def _token_rows_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """(start, text) of the Doc's non-space tokens that start in [start, end), as ``_tokens_between``
        would give them: the rows come from one array read per article, not a Token object per token."""
        rows = self.__dict__.get("_token_rows")
        if rows is None:  # the shared token lists (kabar.text.tokens): the Doc's IDX and texts, no doc.text rebuilt
            toks = toks_of(self.r)
            rows = self._token_rows = list(zip(toks.idx, toks.words, map(str.isspace, toks.words)))
        lo = bisect.bisect_left(self.token_starts, start)
        return [(i, t) for i, t, sp in rows[lo:max(lo, bisect.bisect_left(self.token_starts, end))] if not sp]

    def _mentions_between(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The chosen mentions overlapping [start, end), in text order."""
        return self.mentions[bisect.bisect_right(self.mention_ends, start):bisect.bisect_left(self.mention_starts, end)]

    def _units_between(self, start: int, end: int) -> list[Unit]:
        """The words and chosen mentions of [start, end) as units (``units.sentence_units``)."""
        units = sentence_units(self._token_rows_between(start, end), self._mentions_between(start, end))
        return self._without_floating_quantifiers(units)

    def _without_floating_quantifiers(self, units: list[Unit]) -> list[Unit]:
        """A quantifier that floats off its subject ("The UN and the US have both criticised Malaysia", "Britain and
        France both condemned", "were each fined", "have all agreed") is no determiner of the word after it: read
        as one, it made that verb a noun (a form after a determiner is a noun) and cut the subject off the verb. It
        is dropped when it stands after an auxiliary, a named party or a subject pronoun and before a word that is
        no determiner, preposition, conjunction or clause boundary ("have all the powers", "were all in favour",
        "all but ruled out", "condemned both attacks" keep it). Pack key ``[syntax] floating_quantifiers``."""
        lx = self.lex
        floating = lx.word("floating_quantifiers")
        if not floating or not any(u.kind == "word" and u.low in floating for u in units):
            return units
        # "to" is an auxiliary of the pack and a preposition: "agrees to all demands" keeps its quantifier
        before = (lx.word("aux") | lx.word("finite_aux") | lx.word("subject_pronoun_fallback")) - lx.word("preps")
        stop = (lx.dets | lx.word("preps") | lx.word("coord")
                | lx.word("boundaries") | lx.word("relative") | lx.word("possessives") | floating)
        keep = []
        for k, u in enumerate(units):
            if (u.kind == "word" and u.low in floating and 0 < k < len(units) - 1
                    and (units[k - 1].kind == "ent" or (units[k - 1].kind == "word" and units[k - 1].low in before))
                    and units[k + 1].kind == "word" and units[k + 1].text.isalpha() and units[k + 1].low not in stop):
                continue
            keep.append(u)
        return keep

    def _home_country(self) -> Optional[str]:
        """The country most mentioned through coded entities: where unnamed police, suspects and
        uncoded people of the article belong (a domestic story names its country's institutions)."""
        counts: dict[str, int] = {}
        roles = self._role_codes() | {"IGO", "NGO", "IMG"}  # "GOV", "OPP": a role without a country is no home
        listed = self.r.state.listed_firms
        for e in self.r.entities:
            code = (e.actor or "")[:3]
            if e.id in listed:
                # session 28 (actors-en28): a firm coded by the firm list or an apposition ("Deutsche Bank" DEUBUS, "Bank of
                # America" USABUS in a story on an Italian or US court) says where the firm is from, not where the story is
                continue
            if not code and e.type == "GPE":
                code = place_country(e.name, self.r.lang) or ""  # "Los Angeles": a US story
            if is_country_code(code) and code not in roles:
                counts[code] = counts.get(code, 0) + max(1, len(e.mentions))
        self._country_counts = counts
        if not counts:
            return None
        best = max(counts.items(), key=lambda kv: kv[1])
        if best[1] >= 2:
            return self._institution_home(best[0]) or best[0]
        # one mention will do when it is the only country and the pack's own ("Cilincing, Jakarta Utara"
        # in an Indonesian crime story that never names Indonesia)
        own = self.lex.tables.get("home", {}).get("people_home")
        return best[0] if len(counts) == 1 and best[0] == own else None

    def _institution_home(self, named: str) -> Optional[str]:
        """Session 33 (evargen33): the country of the one country's institutions the article names (``[home_inference]
        institutions``: "Downing Street", "the Home Office") when it is not the most-named country ``named`` but its
        people and organisations (coded PER/ORG entities, by mentions) outnumber that country's: the story is told
        among its parties, the most-named country is where it is about ("Cardinal criticises Iraq war cost": Iraq named
        four times, "the government" Dr Williams criticised is Britain's; "return asylum seeker children to Albania",
        the Home Office's plan). Only where the pack sets ``[home] institution_parties``."""
        if not self.lex.tables.get("home", {}).get("institution_parties"):
            return None
        inst = institution_countries(self.r)
        if len(inst) != 1:
            return None
        country = next(iter(inst))
        if country == named:
            return None
        parties: dict[str, int] = {}
        listed = self.r.state.listed_firms
        for e in self.r.entities:
            code = (e.actor or "")[:3]
            if e.type in ("PER", "ORG") and e.id not in listed and code in (country, named):
                parties[code] = parties.get(code, 0) + max(1, len(e.mentions))
        return country if parties.get(country, 0) > parties.get(named, 0) else None

    def _people_home(self, country: Optional[str]) -> Optional[str]:
        """The pack's home country for uncoded people, when the article names it in its body and the
        story is not set abroad: a foreign story ("warga Venezuela ... Mahkamah Agung") that names no place
        of the home country and whose most-named country far outweighs it keeps its own country."""
        if not country or not self._named_in_body(country):
            return None
        counts = getattr(self, "_country_counts", {})
        placed = any(e.type in ("GPE", "LOC") and (e.actor or "")[:3] == country for e in self.r.entities)
        if self.home and self.home != country and not placed and 3 * counts.get(country, 0) < counts.get(self.home, 0):
            return None  # no place of the home country is named: the story is set abroad
        return country

    def _named_in_body(self, country: str) -> bool:
        """The country is named as a place or party of the story, not only by the dateline
        ("Jakarta, CNN Indonesia --") or an outlet's name."""
        skip = int(self.lex.tables.get("home", {}).get("dateline_chars", 80))
        for e in self.r.entities:
            code = e.actor or ""
            if code[:3] != country or code[3:] == "MED" or e.type not in ("GPE", "ORG", "PER", "NORP"):
                continue
            if any(m.start >= skip for m in e.mentions):
                return True
        return False

    def _opinion_piece(self) -> bool:
        """The article is an opinion column: its last paragraph is the writer's signature, a capitalised name then a
        role of the pack's ``[opinion] signature_roles`` ("A.M. Hendropriyono,Sekretaris Pengendalian ...", "Wawan
        Sobari.Dosen Magister Ilmu Politik ..."), short and with no quotation mark."""
        spec = self.lex.tables.get("opinion", {})
        roles = spec.get("signature_roles") or []
        paras = [p.strip() for p in self.r.text.split("\n") if p.strip()]
        if not roles or not paras:
            return False
        last = paras[-1]
        if len(last) > int(spec.get("max_chars", 320)) or any(c in last for c in '"\u201c\u201d'):
            return False
        m = _signature_pattern(tuple(roles)).search(last)
        if m is None:
            return False
        name = last[:m.start()].strip(" .,").split()
        return 1 <= len(name) <= int(spec.get("max_name_words", 7)) and all(w[:1].isupper() for w in name)

    def _news_date(self) -> Optional[tuple[str, str]]:
        """The day the article reports on: the dateline, else a day the text names that is the publication day."""
        dl = self._dateline()
        if dl and self.r.published is not None and dl[0]:
            # a weekday-date early in the body is taken for the dateline; one far from the publication day is a
            # background day ("Rapat itu digelar ... pada Rabu (15/5/2024)" in a story of October 2025), not the news day
            window = self.lex.tables.get("modality_rules", {}).get("news_day_days")
            try:
                gap = (self.r.published - dt.date.fromisoformat(dl[0][:10])).days
            except ValueError:
                gap = 0
            if window is not None and not -1 <= gap <= int(window):
                dl = None
        if dl:
            return dl
        if self.r.published is None:
            return None
        iso = self.r.published.isoformat()
        for d in self.r.dates:
            if d.value == iso:
                return (d.value, d.text)
        return None
