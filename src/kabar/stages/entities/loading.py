"""Everything the entity stage needs for one language, built once: matchers, pack word lists, gazetteer forms, the NER model."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Optional

from spacy.matcher import Matcher, PhraseMatcher

from kabar import lang as langpacks
from kabar.models.name_lists import SEP as NAME_LIST_SEP
from kabar.text.names import key as name_key
from kabar.text.sentences import nlp_for
from kabar.text.tokens import fold_token

log = logging.getLogger(__name__)
PRIORITY = {"gaz": 4, "pattern": 3, "group": 3, "title": 2, "ner": 1, "alias": 0}
TYPE_ORDER = ("PER", "ORG", "GPE", "NORP", "LOC", "MISC")
BRAND_ROLES = ("MED", "BUS")
HYPHENS = ("-", "\u2010", "\u2011")
# quotation marks as tokens: a quoted title's edges (cue_types.quoted_titles) and no end of a name (ner.extend_persons_right)
QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d")


@dataclass
class Cand:
    """A candidate entity span over tokens [start, end)."""

    start: int
    end: int
    label: str
    source: str
    entries: tuple = ()
    nested: bool = False  # kept even though a longer span covers it
    title: Optional[str] = None  # role title seen before a person's name
    office: Optional[str] = None  # the whole office phrase before the name (titles, units, ranks)
    kind: str = "name"
    key: Optional[str] = None  # grouping key forced by alias/acronym linking
    demonym: bool = False  # a demonym form ("Russian"): an alias of the country, never its name
    score: Optional[float] = None  # the tagger's confidence in a span it decoded (TaggerNER.decode_scored)

    @property
    def length(self) -> int:
        return self.end - self.start


def _gazetteer():
    try:
        from kabar.gazetteer import gazetteer
    except ImportError:
        return None
    try:
        return gazetteer()
    except Exception as exc:  # a broken gazetteer must not stop recognition
        log.warning("gazetteer unavailable: %s", exc)
        return None


@functools.cache
def person_first_words(gaz) -> tuple[frozenset, dict[str, tuple[str, ...]]]:
    """The first words of the gazetteer's people named by two words or more, in one scan of its entries (review34: the
    entity resources and the leader linking each scanned it): the folded first words of the names written in two
    words or more (``Resources.given_names``), and each first word of a two-word-or-more name key -> the ids of the
    persons so named (``grouping.leader_given_names``). Empty for no gazetteer."""
    given: set = set()
    ids: dict[str, list[str]] = {}
    for e in (getattr(gaz, "entries", None) or {}).values():
        if getattr(e, "kind", None) != "person":
            continue
        if len((e.name or "").split()) >= 2:
            given.add(fold_token(e.name.split()[0]))
        key = name_key(e.name)
        if " " in key:
            ids.setdefault(key.split(" ")[0], []).append(e.id)
    return frozenset(given), {k: tuple(v) for k, v in ids.items()}


def places_gazetteer():
    """The places gazetteer of `kabar.places` (loaded once, shared with the places stage), or None: the entity rules
    that consult it are optional evidence, and without it they change nothing."""
    try:
        from kabar.places import places
        return places()
    except Exception:
        return None


def _ner_model(lang: Optional[str], path: Optional[str] = None):
    """The shipped NER pipeline for `lang`, or the spaCy pipeline folder at `path` (configuration)."""
    try:
        from kabar.models import load_ner, load_pipeline
    except ImportError:
        return None
    try:
        if path:
            return load_pipeline(path)
        return load_ner(lang, tokenizer=False)  # we feed it our own Docs
    except Exception as exc:
        log.warning("NER model for %r unavailable: %s", path or lang, exc)
        return None


class Resources:
    """Everything the stage needs for one language, built once: matchers, lexicons, the NER model."""

    def nest_keep(self, c: "Cand", holder: Optional["Cand"] = None) -> bool:
        """Whether an inner gazetteer span stays an entity inside a longer name: only entries of the
        pack's ``nest_inner_kinds`` (any kind when unset), never the codes in ``nest_inner_except``, never inside
        a name of the types in ``nest_inner_holders_except`` (en: a place inside a treaty's or law's name, "Treaty
        of Amsterdam", "Kyoto protocol", is no entity of the text)."""
        if holder is not None and holder.label in self.nest_holders_except:
            return False
        if self.nest_kinds and not any(getattr(e, "kind", None) in self.nest_kinds for e in c.entries):
            return False
        return not (self.nest_except and any(getattr(e, "code", None) in self.nest_except for e in c.entries))

    def __init__(self, lang: Optional[str], *, use_ner: bool = True, use_gazetteer: bool = True,
                 ner_model: Optional[str] = None):
        self.lang = lang
        self.nlp = nlp_for(lang)
        vocab = self.nlp.vocab
        data = langpacks.pack(lang).data("entities")
        self.data = data
        settings = data.get("settings", {})
        self.nest_inner = set(settings.get("nest_inner", ["GPE"]))
        self.nest_kinds = frozenset(settings.get("nest_inner_kinds", []))
        self.head_abbreviations = {fold_token(k): fold_token(v) for k, v in data.get("head_abbreviations", {}).items()}
        self.nest_except = frozenset(settings.get("nest_inner_except", []))
        self.nest_holders_except = frozenset(settings.get("nest_inner_holders_except", []))
        self.branch_kinds = frozenset(settings.get("branch_place_kinds", []))
        self.acronym_min = int(settings.get("acronym_min", 2))
        self.acronym_max = int(settings.get("acronym_max", 7))
        self.alias_min = int(settings.get("alias_min_chars", 3))
        self.ner_labels = {k: v for k, v in data.get("ner_labels", {}).items()}
        self.stop = {fold_token(w) for w in data.get("stop", [])}
        # stop-listed words that go on with a body's or place's name after a name word ("Pengadilan Tata Usaha
        # Negara"), and months that do so right after a day number ("Universitas Sebelas Maret", "Jalan 17 Agustus")
        self.inner_name_words = {fold_token(w) for w in data.get("inner_name_words", [])}
        self.name_months = {fold_token(w) for w in data.get("name_months", [])}
        self.day_number_words = {fold_token(w) for w in data.get("day_number_words", [])}
        self._title_grammar(data)
        self.connectors = {fold_token(w) for w in data.get("connectors", [])}
        self.group_before = [fold_token(w) for w in data.get("group_before", [])]
        self.group_after = [fold_token(w) for w in data.get("group_after", [])]
        # group words that make a group only with a country ("warga Venezuela"); before a town or region they say where
        # one person lives ("AR (37), warga Kota Tasikmalaya"), no group name (session 18)
        self.country_group_words = {fold_token(w) for w in data.get("country_group_words", [])}

        self.title_matcher = PhraseMatcher(vocab, attr="LOWER")
        if self.titles:  # both cases, so tokenizer exceptions ("Mr.") tokenise the pattern like the text
            variants = sorted({v for t in self.titles for v in (t, t[:1].upper() + t[1:], t.title())})
            self.title_matcher.add("TITLE", list(self.nlp.tokenizer.pipe(variants)))
        self.group_matcher = PhraseMatcher(vocab, attr="LOWER")
        if self.group_before:
            self.group_matcher.add("BEFORE", list(self.nlp.tokenizer.pipe(self.group_before)))
        if self.group_after:
            self.group_matcher.add("AFTER", list(self.nlp.tokenizer.pipe(self.group_after)))

        # head/tail words that open or close a name, with the type they give it
        self.head_label: dict[tuple, str] = {}
        for key, label in (("org_heads", "ORG"), ("loc_heads", "LOC")):
            for w in data.get(key, []):
                self.head_label[tuple(fold_token(w).split())] = label
        self.org_heads = set(self.head_label)
        self.org_head_len = max((len(h) for h in self.org_heads), default=0)
        self.org_head_first = {h[0] for h in self.org_heads}
        self.org_of_heads = {fold_token(w) for w in data.get("org_of_heads", [])}
        # titles of two words or more that open with a body's head word ("majelis hakim"): there the word names
        # an office, not a body
        self.head_titles: dict[str, list[tuple]] = {}
        for t in {fold_token(w) for w in data.get("titles", [])}:
            words = tuple(t.split())
            if len(words) > 1 and words[0] in self.org_head_first and words not in self.org_heads:
                self.head_titles.setdefault(words[0], []).append(words)
        # titles that close with a body's head word and name the office alone ("Sekretaris Kabinet Pramono Anung"): the
        # head word there opens no body (session 18)
        self.head_closed_titles: dict[str, list[tuple]] = {}
        for t in {fold_token(w) for w in data.get("head_closed_titles", [])}:
            words = tuple(t.split())
            self.head_closed_titles.setdefault(words[-1], []).append(words)
        self.tail_label: dict[str, str] = {fold_token(w): "ORG" for w in data.get("org_tails", [])}
        self.tail_label.update({fold_token(w): "LOC" for w in data.get("loc_tails", [])})
        self.org_tails = set(self.tail_label)
        # words that make a place physical (LOC) rather than political (GPE): "Laut", "Sea", "Mosque"
        self.place_features = {fold_token(w) for w in data.get("place_features", [])}
        self.org_words = {h[0] for h, lab in self.head_label.items() if lab == "ORG"} | self.org_of_heads | \
            {w for w, lab in self.tail_label.items() if lab == "ORG"}
        # a body's or company's closing word: one word before it is the body's short name (grouping.group_mentions)
        self.body_tails = frozenset(self.company_tails | {w for w, lab in self.tail_label.items() if lab == "ORG"})
        self.affiliation_joiners = {fold_token(w) for w in data.get("affiliation_joiners", [])}
        self.title_relations = {fold_token(w) for w in data.get("title_relations", [])}
        self.generic_words = {fold_token(w) for w in data.get("generic_words", [])}  # the pack's own list
        # plural members' and roles' nouns that close no name: a model's "Labour MPs" is "Labour" (ner.clean_ner)
        self.role_tails = frozenset(fold_token(w) for w in data.get("role_tails", []))
        self.generic = {h[0] for h in self.head_label} | set(self.tail_label) | self.place_features | self.generic_words
        self.particles = {fold_token(w) for w in data.get("name_particles", [])}
        # lower-case words a hyphen glues to a name without being part of it: "ex-Yukos", "non-Nato", "Kyoto-lite"
        self.hyphen_prefixes = frozenset(fold_token(w) for w in data.get("hyphen_prefixes", []))
        self.hyphen_suffixes = frozenset(fold_token(w) for w in data.get("hyphen_suffixes", []))
        # stop words that open a name inside a sentence: "New Line Cinema", "the New Deal" (ner.clean_ner)
        self.name_opening_stops = frozenset(fold_token(w) for w in data.get("name_opening_stops", []))
        self.org_joiners = {fold_token(w) for w in data.get("org_joiners", [])}
        # words that join the items of an enumeration of names ("A, B, C hingga D")
        self.list_joiners = {fold_token(w) for w in data.get("list_joiners", [])}
        # words that introduce another name of the same person ("X alias Y", "X aka Y")
        self.alias_words = {fold_token(w) for w in data.get("alias_words", [])}
        # "or" before another name of the person when it looks like a call name ("X atau Gus Ipul"), the phrases
        # that always introduce one ("yang akrab disapa"), and the call titles that open such names ("gus", "cak")
        self.alias_or_words = {fold_token(w) for w in data.get("alias_or_words", [])}
        self.nickname_phrases = tuple(sorted({tuple(fold_token(w) for w in ph.split()) for ph in data.get("nickname_phrases", [])},
                                             key=lambda t: -len(t)))
        self.call_titles = {fold_token(w) for w in data.get("call_titles", [])}
        # a body's regional branch written with two forms of the region's name is one body ("Polda Kaltim")
        self.branch_links = bool(data.get("settings", {}).get("branch_links", False))
        # nouns whose possessive is inside a name, not its end ("Korean People's Army")
        self.possessive_in_names = {fold_token(w) for w in data.get("possessive_in_names", [])}
        self.possessive_saints = {fold_token(w) for w in data.get("possessive_saints", [])}
        self.place_prepositions = {fold_token(w) for w in data.get("place_prepositions", [])}
        self.venue_prepositions = {fold_token(w) for w in data.get("venue_prepositions", [])}
        # session 18: words for a body's office building; after a venue preposition and before the body's own name
        # ("di Kantor Kemnaker", "di Kantor Pusat Bank Mandiri") they make the building, LOC (spans.office_venues)
        self.office_venue_heads = sorted((tuple(fold_token(w).split()) for w in data.get("office_venue_heads", [])),
                                         key=len, reverse=True)
        # session 32: a building's head word; a body named after one and written as the place of an event, with its
        # address or day after it, is the building (spans.building_venues); the weekday names are the temporal pack's
        self.venue_building_heads = {fold_token(w) for w in data.get("venue_building_heads", [])}
        self.weekday_names = {fold_token(w) for w in langpacks.pack(lang).data("temporal").get("weekdays", {})} \
            if self.venue_building_heads else set()
        # session 15: the home country written after a body's name belongs to it ("Kejagung RI", "DPD) RI")
        self.body_country_suffixes = frozenset(data.get("body_country_suffixes", []))  # as written (case kept)
        # session 15: words after which a quoted title follows ("seminar bertajuk 'Urgensi Reformasi Polri ...'")
        self.quoted_title_cues = {fold_token(w) for w in data.get("quoted_title_cues", [])}
        self.law_subject_cues = {fold_token(w) for w in data.get("law_subject_cues", [])}
        # session 34 (entid34): a law's type word written short and out ("UU" / "Undang-Undang") and the words its
        # reference may add or leave out: one key for one law written both ways (grouping.law_key)
        self.law_short_forms = {fold_token(k): fold_token(v) for k, v in data.get("law_short_forms", {}).items()}
        self.law_key_skip = frozenset(fold_token(w) for w in data.get("law_key_skip", []))
        # session 23: head nouns of terms defined by a bracketed acronym ("data ... (DTSN)", grouping._headed_term)
        self.term_heads = frozenset(fold_token(w) for w in data.get("term_heads", []))
        # session 15b: a programme's, an app's or a project's head noun ("program Makan Bergizi Gratis")
        self.programme_heads = {fold_token(w) for w in data.get("programme_heads", [])}
        self.programme_units = {fold_token(w) for w in data.get("programme_units", [])}
        self.initials_cues = {fold_token(w) for w in data.get("initials_cues", [])}
        # a head word written short and glued to its field ("Kemensos" = "Kementerian Sosial"), longest first
        self.head_prefixes = sorted(((fold_token(k), fold_token(v)) for k, v in data.get("head_prefixes", {}).items()),
                                    key=lambda kv: -len(kv[0]))
        self.degrees = {fold_token(w).replace(".", "") for w in data.get("name_degrees", [])}
        self.matcher = Matcher(vocab)
        for i, pat in enumerate(data.get("patterns", [])):
            self.matcher.add(f"{pat.get('label', 'ORG')}#{i}", [pat["pattern"]], greedy="LONGEST")
        self.pattern_anchors = pattern_anchors([pat["pattern"] for pat in data.get("patterns", [])])
        self.pattern_openers = pattern_openers([pat["pattern"] for pat in data.get("patterns", [])])

        # peoples, religious groups and named things no gazetteer entry holds: "Arabs", "Rohingya", "Hajj"
        self.word_key: dict[str, str] = {}
        self.word_matcher = PhraseMatcher(vocab, attr="ORTH")
        for key, label in (("norp_words", "NORP"), ("misc_words", "MISC")):
            forms = []
            for row in data.get(key, []):
                variants = [v.strip() for v in row.split("|") if v.strip()]
                for v in variants:
                    self.word_key[v] = f"{label}:{fold_token(variants[0])}"
                    forms.append(v)
            if forms:
                self.word_matcher.add(label, list(self.nlp.tokenizer.pipe(forms)))
        self.forms: dict[str, tuple] = {}
        self.person_surnames: frozenset = frozenset()
        self.demonyms: set[str] = set()  # forms that name a people, not the country ("Russian")
        self.acronym_forms: set[str] = set()
        self.entry_acronyms: dict[str, set] = {}  # an entry's id -> its acronym forms (session 30, acronym30)
        self.gaz_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.gazetteer = _gazetteer() if use_gazetteer else None
        if self.gazetteer is not None:
            self._load_gazetteer(lang)
        self.ner = _ner_model(lang, ner_model) if use_ner else None
        # The model runs on Docs of the segment stage's vocabulary: its label strings must be known there
        # (spaCy's own `ner` sets spans by label id)
        for _, proc in getattr(self.ner, "pipeline", ()):
            for label in getattr(proc, "labels", ()) or ():
                if isinstance(label, str):
                    vocab.strings.add(label)

    def _title_grammar(self, data: dict) -> None:
        """Titles and ranks, a rank's corps suffixes, prefixes ("Plt", "acting"), joiners ("/"), office units."""
        self.ranks = {fold_token(w) for w in data.get("ranks", [])}
        self.titles = {fold_token(w) for w in data.get("titles", [])} | self.ranks
        # the first folded word of each title: a title read over several tokens, a space after the first, opens so
        self.title_firsts = frozenset(t.split()[0] for t in self.titles if t.split())
        self.rank_suffixes = {fold_token(w) for w in data.get("rank_suffixes", [])}
        self.title_prefixes = {fold_token(w) for w in data.get("title_prefixes", [])}
        self.title_joiners = set(data.get("title_joiners", []))
        self.office_units = {fold_token(w) for w in data.get("office_units", [])}
        self.portfolios = {fold_token(w) for w in data.get("portfolios", [])}
        # shapes of derived field nouns ("pe*an": "Pengawasan", "Kebijakan"), never a given name
        self.field_affixes = [tuple(fold_token(w).split("*", 1)) for w in data.get("field_affixes", []) if "*" in w]
        # titles after which capital letters are a person's initials ("Saudara YW", "tersangka FM")
        self.initials_titles = {fold_token(w) for w in data.get("initials_titles", [])}
        # titles of membership: a name right after the bare word is the body joined, not a person ("anggota Kongres")
        self.member_titles = {fold_token(w) for w in data.get("member_titles", [])}
        # one-word titles that are also given names: after an office and its body they open the holder's name
        # ("Ketua DPD RI Sultan Baktiar Najamudin")
        self.given_name_titles = {fold_token(w) for w in data.get("given_name_titles", [])}
        # session 35 (entlab35): Balinese birth-order names; a capital "I" before one opens a name, no roman numeral
        self.birth_order_names = frozenset(fold_token(w) for w in data.get("birth_order_names", []))
        # words after a name that give it an office of its own ("Harry Prasetyo selaku Direktur Keuangan")
        self.own_office_markers = frozenset(fold_token(w) for w in data.get("own_office_markers", []))
        self.company_forms = {fold_token(w) for w in data.get("company_forms", [])}
        # offices of a region whose name may come right after the title, before the holder's name ("Bupati
        # Agam Benni Warlis"): a place of `region_kinds` in `region_countries` there is cut off (titles.region_spans)
        self.region_titles = {fold_token(w) for w in data.get("region_titles", [])}
        self.region_prefixes = [fold_token(w) for w in data.get("region_prefixes", [])]
        self.region_prefix_words = frozenset(self.region_prefixes)
        self.place_unit_words = frozenset(fold_token(w) for w in data.get("place_unit_words", []))
        # heads whose region word belongs to the body's name, read off the short heads written out ("pemkot" =
        # "pemerintah kota", "polresta" = "kepolisian resor kota"): "pemerintah", "kepolisian resor" (grouping)
        self.region_heads = frozenset(" ".join(v.split()[:-1]) for v in self.head_abbreviations.values()
                                      if len(v.split()) >= 2 and v.split()[-1] in self.region_prefix_words)
        self.region_kinds = frozenset(data.get("settings", {}).get("region_kinds", []))
        self.region_prefixed_kinds = frozenset(data.get("settings", {}).get("region_prefixed_kinds", [])) | self.region_kinds
        self.region_countries = frozenset(data.get("settings", {}).get("region_countries", []))
        # outlet names written in lower case that lose their space in scraped text ("Pantauandetikcom"): a word
        # with one inside, not at its start, is two words glued, no name
        self.glued_stems = tuple(fold_token(w) for w in data.get("glued_stems", []))
        # Session 23 (names-id23c): words a Title Case headline capitalises after (or before) a name that are no
        # part of one: function words and the bare verbs of headline grammar ("Pramono Anung Angkat Bicara soal"),
        # and the verb endings of words of seven letters or more ("Tegaskan", "Beberkan"); grouping.trim_headline_glue
        self.headline_common_words = frozenset(fold_token(w) for w in data.get("headline_common_words", []))
        self.headline_verb_suffixes = tuple(fold_token(w) for w in data.get("headline_verb_suffixes", []))
        self.headline_noun_prefixes = tuple(fold_token(w) for w in data.get("headline_noun_prefixes", []))
        # an acronym defined by capitalised words that no source reads as a name is a term ("Pajak Kendaraan
        # Bermotor (PKB)"); words that make such a phrase a body all the same ("Pusat ...") block it
        self.title_case_terms = bool(data.get("settings", {}).get("title_case_terms", False))
        self.term_blockers = frozenset(fold_token(w) for w in data.get("term_blockers", []))
        self.company_before = [tuple(fold_token(w) for w in c.split()) for c in data.get("company_cues_before", [])]
        # the cues of two words or more that close on a preposition ("shares in", "takeover of"): written capitalised
        # at a sentence start, a model span may open with one (ner.clean_ner cuts it off)
        closers = {fold_token(w) for w in data.get("connectors", [])} | {"in", "at", "with"}
        self.company_before_openers = tuple(c for c in self.company_before if len(c) >= 2 and c[-1] in closers)
        # one-word trade cues a model span opening a sentence takes along: "Bookmaker | William Hill" (ner.clean_ner)
        self.company_trade_openers = frozenset(fold_token(w) for w in data.get("company_trade_openers", []))
        self.number_openers = frozenset(fold_token(w) for w in data.get("number_openers", []))
        self.company_after = [tuple(fold_token(w) for w in c.split()) for c in data.get("company_cues_after", [])]
        self.company_names = {fold_token(w) for w in data.get("company_names", [])}
        self.company_surfaces = frozenset(data.get("company_names", []))  # as written: "Fiat", never "Fiat -"
        # session 16: trade nouns that introduce a firm's name ("cement firm Holcim") and head an apposition about
        # one ("Wipro, India's third-biggest software firm,")
        self.company_name_cues = frozenset(fold_token(w) for w in data.get("company_name_cues", []))
        self.company_appositive_heads = frozenset(fold_token(w) for w in data.get("company_appositive_heads", []))
        # session 33 (encomp33): modifiers that make the trade noun after them a person's trade ("film maker")
        self.company_cue_person_modifiers = frozenset(fold_token(w) for w in data.get("company_cue_person_modifiers", []))
        self.pair_joiners = frozenset(fold_token(w) for w in data.get("pair_joiners", []))
        self.pair_whole_openers = frozenset(fold_token(w) for w in data.get("pair_whole_openers", []))
        self.constituency_before = [tuple(fold_token(w) for w in c.split()) for c in data.get("constituency_cues_before", [])]
        self.constituency_after = [tuple(fold_token(w) for w in c.split()) for c in data.get("constituency_cues_after", [])]
        self.programme_after = [tuple(fold_token(w) for w in c.split()) for c in data.get("programme_cues_after", [])]
        self.programme_before = [tuple(fold_token(w) for w in c.split()) for c in data.get("programme_cues_before", [])]
        self.place_after = [tuple(fold_token(w) for w in c.split()) for c in data.get("place_cues_after", [])]
        self.product_after = [tuple(fold_token(w) for w in c.replace("'s ", "'s ").split()) for c in data.get("product_cues_after", [])]
        self.programme_joiners = {fold_token(w) for w in data.get("programme_joiners", [])}
        # a genre noun right before a work's title: "the comedy Meet The Fockers", "his album Encore" (MISC)
        self.work_before = [tuple(fold_token(w) for w in c.split()) for c in data.get("work_cues_before", [])]
        self.work_openers = frozenset(c[0] for c in self.work_before if len(c) == 1)
        # the cue_types cues by the word next to the name (a cue before it by its last word, after it by its
        # first): only the cues under the word standing there are tried
        self.constituency_before_lasts = cues_by_edge(self.constituency_before, -1)
        self.constituency_after_firsts = cues_by_edge(self.constituency_after, 0)
        self.programme_after_firsts = cues_by_edge(self.programme_after, 0)
        self.programme_before_lasts = cues_by_edge(self.programme_before, -1)
        self.place_after_firsts = cues_by_edge(self.place_after, 0)
        self.product_after_firsts = cues_by_edge(self.product_after, 0)
        self.work_before_lasts = cues_by_edge(self.work_before, -1)
        # occupation and people nouns a capitalised name opens with: "Actor Tom Hanks", "Briton Clive Owen"
        self.person_descriptors = frozenset(fold_token(w) for w in data.get("person_descriptors", []))
        self.award_category_words = frozenset(fold_token(w) for w in data.get("award_category_words", []))
        # words that open a firm's name and no person's: "Air Deccan", "Air Jamaica" (ner._ner_type)
        self.company_heads = frozenset(fold_token(w) for w in data.get("company_heads", []))
        # names of laws, documents and wars: closing words (case-sensitive) and opening pairs (folded)
        self.misc_tails = frozenset(data.get("misc_tails", []))
        self.misc_heads = frozenset(tuple(fold_token(w) for w in h.split()) for h in data.get("misc_heads", []))
        # peers' titles: "Lord Nicholls of Birkenhead" names the peer, not a place or body
        self.peer_titles = {fold_token(w) for w in data.get("peer_titles", [])}
        # "Mr", "Ms", "Dr": a capitalised word after one is a person's name (ner.honorific_persons)
        self.honorifics = {fold_token(w) for w in data.get("honorifics", [])}
        # last words only a company's name ends in: a model's person so named is a company (ner._ner_type)
        self.company_tails = {fold_token(w) for w in data.get("company_tails", [])}
        # "Santo Spirito", "San Marino": a saint's word is no person's given name
        self.saint_words = {fold_token(w) for w in data.get("saint_words", [])}
        self.given_name_persons = bool(data.get("settings", {}).get("given_name_persons", False))
        # a one-word model GPE neither gazetteer knows is a body (cue_types.unknown_places)
        self.unknown_places_org = bool(data.get("settings", {}).get("unknown_places_org", False))
        self.unknown_places_acronyms = bool(data.get("settings", {}).get("unknown_places_acronyms", False))
        # a one-word model GPE no gazetteer knows, written where no place is (session 28): no entity
        self.unknown_places_drop = bool(data.get("settings", {}).get("unknown_places_drop", False))
        # a one-word group noun of the pack (norp_words) that the text cues as a person is one (session 29)
        self.norp_persons = bool(data.get("settings", {}).get("norp_persons", False))
        # a titled person's name opened by a body's acronym written elsewhere loses it (merge.cut_body_acronym_openers)
        self.person_acronym_cut = bool(data.get("settings", {}).get("person_acronym_cut", False))
        # Session 30 (names-id30): merge._known_body_then_name also cuts at a gazetteer organisation
        self.gaz_body_then_name = bool(data.get("settings", {}).get("gaz_body_then_name", False))
        # Session 30 (names-id30): ner.extend_persons_right
        self.extend_persons_right = bool(data.get("settings", {}).get("extend_persons_right", False))
        # the place in capitals of a paragraph's dateline is a GPE (cue_types.dateline_places)
        self.dateline_places = bool(data.get("settings", {}).get("dateline_places", False))
        self.drop_common_title_persons = bool(data.get("settings", {}).get("drop_common_title_persons", False))
        # Session 31 (namesid31): titles.drop_title_persons_before_a_name
        self.title_person_before_name = bool(data.get("settings", {}).get("title_person_before_name", False))
        self.relational_titles = frozenset(" ".join(fold_token(x) for x in w.split())
                                           for w in data.get("relational_titles", []))
        self.extend_company_forms = bool(data.get("settings", {}).get("extend_company_forms", False))
        # an entity only the model supports, named once, below this tagger confidence is dropped (0: never)
        self.lone_model_min_confidence = float(data.get("settings", {}).get("lone_model_min_confidence", 0.0))
        # a lone one-word model person below this confidence is dropped too (0: never; ner.drop_doubtful_lone)
        self.lone_single_person_below = float(data.get("settings", {}).get("lone_single_person_below", 0.0))
        # ... unless the text cues a person: an age in brackets, a speech verb, a title (ner.person_cued)
        self.lone_person_age = bool(data.get("settings", {}).get("lone_person_age", False))
        self.lone_lower_words = bool(data.get("settings", {}).get("lone_lower_words", False))
        self.common_word_persons = bool(data.get("settings", {}).get("common_word_persons", False))
        self.expanded_term_persons = bool(data.get("settings", {}).get("expanded_term_persons", False))
        self.lone_person_cues_after = frozenset(fold_token(w) for w in data.get("lone_person_cues_after", []))
        self.lone_person_cues_before = frozenset(fold_token(w) for w in data.get("lone_person_cues_before", []))
        self.lone_person_titles = frozenset(" ".join(fold_token(x) for x in w.split())
                                            for w in data.get("lone_person_titles", []))
        self.lone_person_joiners = frozenset(fold_token(w) for w in data.get("lone_person_joiners", []))
        self.lone_person_skip = frozenset(fold_token(w) for w in data.get("lone_person_skip", []))
        self.lone_model_types = frozenset(data.get("settings", {}).get("lone_model_types",
                                                                       ["PER", "ORG", "GPE", "LOC", "NORP", "MISC"]))
        # words that make a name a body whatever the model or a place inside says (type only, no span scan):
        # "Arizona State University", "University of Arizona", "IPB University" in Indonesian text
        self.body_type_words = frozenset(fold_token(w) for w in data.get("body_type_words", []))
        self.model_code_misc = bool(data.get("settings", {}).get("model_code_misc", False))
        self.place_suffixes = tuple(fold_token(w) for w in data.get("place_suffixes", []))
        self.place_nouns = {fold_token(w) for w in data.get("place_nouns", [])}
        self.surname_links = bool(data.get("settings", {}).get("surname_links", False))
        self.clipped_given_names = bool(data.get("settings", {}).get("clipped_given_names", False))
        self.leader_given_names = bool(data.get("settings", {}).get("leader_given_names", False))
        self.name_list_given_names = int(data.get("settings", {}).get("name_list_given_names", 0))
        self._given_names: Optional[frozenset] = None

    @property
    def given_names(self) -> frozenset:
        """Folded first words of the gazetteer's people named by two words or more (built on first use); with the
        pack's ``name_list_given_names`` (a count) also the first words that open at least that many person names
        of two words or more in the NER model's name lists, less the pack's title, stop, generic and body words."""
        if self._given_names is None:
            names = set(person_first_words(self.gazetteer)[0])
            if self.name_list_given_names:
                names |= self._name_list_given_names(self.name_list_given_names)
            self._given_names = frozenset(names)
        return self._given_names

    def _name_list_given_names(self, least: int) -> set:
        """Session 33 (entlink33): first words of the NER name lists' person names of two capitalised words or
        more ("Khairul Anwar", "Wahyu Setiawan"), opening ``least`` such names, that are no title, stop, generic,
        body or place-noun word of the pack."""
        counts: dict[str, int] = {}
        for _, proc in getattr(self.ner, "pipeline", ()):
            for key, label in (getattr(proc, "names", None) or {}).items():
                toks = key.split(NAME_LIST_SEP)
                if "PER" in label.split("+") and len(toks) >= 2 and toks[0].isalpha() and toks[0][:1].isupper() \
                        and toks[1][:1].isupper():
                    w = fold_token(toks[0])
                    counts[w] = counts.get(w, 0) + 1
        blocked = self.titles | self.stop | self.generic | self.org_words | set(self.place_nouns)
        return {w for w, n in counts.items() if n >= least and w not in blocked}

    def field_noun(self, folded: str) -> bool:
        """A word of a derived-noun shape (a pack's `field_affixes`), eight letters or more: a field or activity
        ("Pemantauan", "Kependudukan"), not a name."""
        return len(folded) >= 8 and folded.isalpha() and any(
            folded.startswith(a) and folded.endswith(b) for a, b in self.field_affixes)

    def _load_gazetteer(self, lang: Optional[str]) -> None:
        forms: dict[str, list] = {}
        try:
            detailed = getattr(self.gazetteer, "surface_forms_detailed", None)
            pairs = detailed(lang) if detailed else self.gazetteer.surface_forms(lang)
        except Exception as exc:
            log.warning("gazetteer surface forms failed: %s", exc)
            return
        for item in pairs:
            form, entry = item[0], item[1]
            form_kind = item[2] if len(item) > 2 else None
            form = (form or "").strip()
            if len(form) < 2 or not any(c.isupper() for c in form) or fold_token(form) in self.stop:
                continue
            if form.isupper() and fold_token(form) in self.generic:
                continue  # an acronym the pack knows as common vocabulary: Indonesian "RT" is a neighbourhood unit
            if getattr(entry, "kind", None) == "region" and not getattr(entry, "code", None):
                # a region adjective with no code of its own ("European", country EUR) only composes a described body's
                # code in the actors stage ("European aircraft maker Airbus"); as a span it cut "European Convention
                # on Human Rights" in two (the model's own spans are kept as on main)
                continue
            if getattr(entry, "type", None) not in TYPE_ORDER:
                continue
            variants = {form, form.replace("'", "\u2019")}  # typographic apostrophes in the text
            parts = form.split()
            if getattr(entry, "type", None) == "PER" and len(parts) == 3 and all(p.isalpha() for p in parts):
                # Korean-style given names are also written joined: "Kim Jong-un", "Moon Jae-In"
                variants |= {f"{parts[0]} {parts[1]}-{parts[2]}", f"{parts[0]} {parts[1]}-{parts[2].lower()}"}
            if getattr(entry, "kind", None) == "media" and len(parts) >= 2 and parts[0] == "The":
                # an outlet named "The X" is written "the Independent", "the Times" in running text (spans._gaz_spans
                # skips such a match when a capitalised word goes on: "the Independent Police Complaints ...")
                variants.add("the " + form[4:])
            for v in variants:
                forms.setdefault(v, []).append(entry)
                if form_kind == "demonym":
                    self.demonyms.add(v)
                elif form_kind == "acronym":
                    self.acronym_forms.add(v)
                    self.entry_acronyms.setdefault(getattr(entry, "id", None), set()).add(v)
        self.forms = {f: tuple(es) for f, es in forms.items()}
        # last words of the gazetteer's persons named in two words or more ("Trump" of "Donald Trump")
        self.person_surnames = frozenset(f.split()[-1] for f, es in forms.items()
                                         if " " in f and any(getattr(e, "type", None) == "PER" for e in es))
        if forms:
            self.gaz_matcher.add("GAZ", list(self.nlp.tokenizer.pipe(forms)))


def cues_by_edge(cues: list[tuple[str, ...]], edge: int) -> dict[str, list[tuple[str, ...]]]:
    """The cues (folded word tuples) by their word at ``edge`` (0 first, -1 last): a cue can only match where that
    word stands (an empty cue, which matches anywhere, is under every word). Built once, when a pack loads."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        if cue:
            index.setdefault(cue[edge], [])
    for cue in cues:
        for w, bucket in index.items():
            if not cue or cue[edge] == w:
                bucket.append(cue)
    return index


def pattern_anchors(patterns: list[list[dict]]) -> Optional[tuple[frozenset, frozenset]]:
    """(texts, lower-case texts) one of which a Doc must hold for any of the token patterns to match: each
    pattern's first token that must be there (no ``OP``, or ``"+"``) with a ``TEXT``/``ORTH`` or ``LOWER`` value or
    ``IN`` list. A Doc with none of them has no match, and the Matcher (its predicates tried at every token)
    need not run. None when some pattern has no such token (the Matcher then always runs)."""
    texts: set[str] = set()
    lowers: set[str] = set()
    for pattern in patterns:
        found = [v for tok in pattern for v in _required_values(tok)]  # exact texts (rank 0) are the rarer
        if not found:
            return None
        rank, values = min(found, key=lambda f: f[0])
        (texts if rank == 0 else lowers).update(str(v) for v in values)
    return frozenset(texts), frozenset(lowers)


def pattern_openers(patterns: list[list[dict]]) -> Optional[tuple[frozenset, frozenset]]:
    """(texts, lower-case texts) one of which every match's first token is: each pattern's first token is there
    (no ``OP``, or ``"+"``) with a ``TEXT``/``ORTH`` or ``LOWER`` value or ``IN`` list. No match starts before the
    first such token of a Doc, so the Matcher need only run from there. None when some pattern opens otherwise."""
    texts: set[str] = set()
    lowers: set[str] = set()
    for pattern in patterns:
        found = _required_values(pattern[0]) if pattern else []
        if not found:
            return None
        rank, values = found[0]
        (texts if rank == 0 else lowers).update(str(v) for v in values)
    return frozenset(texts), frozenset(lowers)


def _required_values(tok: dict) -> list[tuple[int, list]]:
    """The values a token pattern that must be there (no ``OP``, or ``"+"``) fixes, as (0 for an exact
    ``TEXT``/``ORTH``, 1 for a ``LOWER``; a value or an ``IN`` list), in that order; [] for an optional token
    or one fixed otherwise. Shared by :func:`pattern_anchors` and :func:`pattern_openers`."""
    if tok.get("OP", "") not in ("", "+"):
        return []
    out = []
    for rank, attr in ((0, "TEXT"), (0, "ORTH"), (1, "LOWER")):
        value = tok.get(attr)
        if isinstance(value, str):
            out.append((rank, [value]))
        elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
            out.append((rank, value["IN"]))
    return out


@functools.lru_cache(maxsize=16)
def resources(lang: Optional[str], use_ner: bool = True, use_gazetteer: bool = True,
              ner_model: Optional[str] = None) -> Resources:
    return Resources(lang, use_ner=use_ner, use_gazetteer=use_gazetteer, ner_model=ner_model)
