"""Entity recognition: trained NER spans, gazetteer names and organisation patterns, merged and grouped.

Three sources propose spans over the segment stage's tokens:

* the trained NER model (``kabar.models.load_ner``), when it is installed;
* a PhraseMatcher over the gazetteer's surface forms (countries, metonyms, IGOs,
  outlets, known persons) and a Matcher over the language pack's organisation
  patterns; these are "confident" and win over NER labels;
* role titles ("Presiden", "juru bicara", "spokesman"): the capitalised run after
  a title (past any organisation or country in between) is a person.

The merge keeps longer spans, cuts titles and affiliations off person names,
drops NER junk, and keeps a country named inside an organisation as its own
entity. Mentions are then grouped: same folded name, same gazetteer entry,
surname or first name to the full name, acronyms to the name they abbreviate.
All language knowledge is in ``lang/<code>/entities.toml``.

The package: ``loading`` (per-language resources), ``spans`` (confident sources),
``titles``, ``ner`` (the trained model's spans), ``merge``, ``grouping`` (mentions to
entities); :func:`recognise` runs them in that order.
"""

from __future__ import annotations

from itertools import compress
from typing import Optional

from kabar.record import Article, Entity, Mention
from kabar.stages import stage
from kabar.stages.entities.companies import (appositive_companies, company_context, company_cued_spans,
                                             company_name_spans, extend_company_forms, is_company)
from kabar.stages.entities.cue_types import (body_word_types, dateline_places, cue_types, drop_body_country_suffixes, drop_in_quoted_titles, drop_peer_seats,
                                             drop_law_subjects, drop_portfolios, drop_programme_names, extend_programmes, given_name_persons, law_names, model_names,
                                             known_places, norp_persons, unknown_places)
from kabar.stages.entities.grouping import (acronym_openers, defined_terms, drop_defined_terms, drop_reference_codes, entity_name, entity_type, group_mentions, leader_given_names, link_aliases,
                                            link_nicknames, link_short_forms, trim_headline_glue,
                                            trim_list_numbers)
from kabar.stages.entities.loading import Resources, resources
from kabar.stages.entities.merge import cut_body_acronym_openers, cut_org_before_person, merge_spans, split_org_person
from kabar.stages.entities.ner import (clean_ner, drop_doubtful_lone, extend_persons_left, extend_persons_right, model_confidence, initials_persons, list_consistency, person_consistency,
                                      run_ner, split_joined_names, split_ner, split_pairs, trim_degrees, drop_inner_persons,
                                      honorific_persons)
from kabar.stages.entities.spans import (
    _crosses,
    _gaz_spans,
    _group_spans,
    _org_spans,
    _pattern_spans,
    _word_spans,
    places_before_a_city,
    office_venues,
    building_venues,
    venues_before_a_place,
    select_spans,
)
from kabar.stages.entities.titles import (bodies_before_a_name, bodies_of_a_region, drop_common_title_persons, drop_rank_suffixes,
                                          region_spans, region_test, title_spans)
from kabar.text.tokens import fold_token, toks_of

__all__ = ["EntityRecogniser", "recognise", "resources", "Resources"]


def peer_name(T, res: Resources, group: list, name: str) -> str:
    """A person the article names only by a peer's title and one name ("Lord Falconer", "Baroness Royall of
    Blaisdon") is called so: "Falconer" alone names no one. A given name anywhere in the group wins (the name
    chosen then has two words and this is not called)."""
    for c in sorted(group, key=lambda c: c.start):
        k = c.start - 1
        if c.length == 1 and k >= 0 and T.folded[k] in res.peer_titles and T.cap[k] and T.word[k] and T.ws[k]:
            return f"{T.words[k]} {name}"
    return name


def recognise(record: Article, res: Resources) -> list[Entity]:
    T = toks_of(record)
    if T.n == 0:
        return []
    lower_words = set(compress(T.folded, map(str.islower, T.words)))
    gaz = _gaz_spans(T, res) + _word_spans(T, res)
    pats = [p for p in _org_spans(T, res, gaz) + _pattern_spans(T, res) if not _crosses(p, gaz)]
    conf = select_spans(gaz + pats, res.nest_inner, T.n, res.nest_keep)
    norp = _group_spans(T, res, conf)
    if norp:
        conf = select_spans(gaz + pats + norp, res.nest_inner, T.n, res.nest_keep)
    # lone capitalised words (no capitalised neighbour) are evidence of surnames
    lone_caps: dict[str, int] = {}
    cap = T.cap
    for i in compress(range(T.n), cap):
        if (i == 0 or not cap[i - 1]) and (i + 1 >= T.n or not cap[i + 1]):
            lone_caps[T.words[i]] = lone_caps.get(T.words[i], 0) + 1
    places_before_a_city(T, res, conf)
    venues_before_a_place(T, res, conf)
    conf = split_joined_names(T, res, split_org_person(T, res, conf, lone_caps))
    conf = drop_rank_suffixes(T, res, conf)
    regions = region_spans(T, res, conf)
    if regions:
        known = {id(c) for c in conf}
        conf = sorted(conf + [c for c in regions if id(c) not in known], key=lambda c: (c.start, -c.end))
    ner = []
    decoded = run_ner(T, res, conf, lower_words)
    confidence = model_confidence(T.n, decoded)
    for c in decoded:
        trimmed = clean_ner(T, res, c, lower_words)
        if trimmed is not None:
            if trimmed.label not in ("PER", "MISC"):
                trimmed.label = c.label  # the split sees the model's own label
            ner += [x for x in (clean_ner(T, res, p, lower_words) for p in split_ner(T, res, trimmed)) if x is not None]
    ner = drop_inner_persons(split_pairs(T, trim_list_numbers(T, ner), conf, res.given_names))
    ner = split_joined_names(T, res, ner)
    ner += company_name_spans(T, res, conf + ner, lower_words)
    cued = company_cued_spans(T, res, conf + ner, lower_words)
    if cued:
        ner = [c for c in ner if not any(x.start <= c.start and c.end <= x.end for x in cued)] + cued
    ner = extend_company_forms(T, res, ner, conf, lower_words)
    honorific_persons(T, res, ner)
    person_consistency(T, ner)
    extend_persons_left(T, res, ner, conf, lower_words)
    ner = extend_persons_right(T, res, ner, conf, lower_words)
    list_consistency(T, res, ner, conf)
    cut_org_before_person(T, res, conf, ner)
    titled = title_spans(T, res, conf, lower_words)
    spans = merge_spans(T, res, conf, ner, titled, frozenset((c.start, c.end) for c in regions))
    spans = drop_common_title_persons(T, res, spans, lower_words)
    spans = drop_reference_codes(T, trim_list_numbers(T, spans))  # "Nomor PRINT-02/M.2.24/Fd/10/2025": no ORG "PRINT"
    spans = bodies_before_a_name(T, res, bodies_of_a_region(T, res, spans))
    office_venues(T, res, spans)
    building_venues(T, res, spans)
    acronym_openers(T, res, spans)
    terms = defined_terms(T, res, spans)
    spans = drop_defined_terms(T, res, spans, terms)
    spans = trim_headline_glue(T, res, spans)
    link_nicknames(T, res, spans)
    initials_persons(T, res, spans)
    trim_degrees(T, res, spans)
    spans = extend_programmes(T, res, drop_portfolios(T, res, drop_peer_seats(T, res, spans)))
    spans = drop_programme_names(T, res, drop_body_country_suffixes(T, res, drop_in_quoted_titles(T, res, spans)))
    spans = drop_law_subjects(T, res, spans)
    cut_body_acronym_openers(T, res, spans)
    covered = bytearray(T.n)
    for c in spans:
        if not c.nested:
            covered[c.start:c.end] = b"\x01" * c.length
    local: set[str] = set()
    spans += link_aliases(T, res, spans, covered, terms, local)
    link_short_forms(T, res, spans)
    leaders = leader_given_names(T, res, spans, record.published)
    titles_at = {(t.start, t.end): t for t in titled}
    entities: list[Entity] = []
    titles_by_mention: dict[tuple[int, int], str] = {}
    peer_names: set[str] = set()  # "Lord Falconer": the actors stage keeps these names (not "Falconer")
    entries_by_entity: dict[str, tuple] = {}
    leader_names: dict[str, str] = {}
    place_surnames = frozenset(T.words[c.end - 1] for c in spans
                               if c.label == "PER" and c.length >= 2 and T.words[c.end - 1] in res.forms)
    groups = group_mentions(T, spans, place_surnames, res.head_abbreviations, res.body_tails, res.company_names,
                            forms=res.forms if res.branch_links else None, region_prefixes=res.region_prefix_words,
                            region_heads=res.region_heads, company_forms=res.company_forms,
                            is_region=region_test(res) if res.branch_links else None,
                            place_units=res.place_unit_words, country_suffixes=res.body_country_suffixes,
                            leaders=leaders, law_forms=(res.law_short_forms, res.law_key_skip) if res.law_short_forms else None)
    if res.lone_model_min_confidence:
        groups = drop_doubtful_lone(T, res, groups, confidence, res.lone_model_min_confidence, lower_words)
    types = [entity_type(g) for g in groups]
    if res.place_unit_words:  # "Kecamatan Gunung Putri" ... "Gunung Putri": a unit of administration, not the
        types = ["GPE" if t == "LOC" and any(c.length >= 2 and T.folded[c.start] in res.place_unit_words  # mountain
                                             for c in g) else t for g, t in zip(groups, types)]
    types = ["ORG" if is_company(T, res, g, t) else t for g, t in zip(groups, types)]
    types = company_context(T, res, groups, types)
    types = appositive_companies(T, res, groups, types)
    types = unknown_places(T, res, groups, types)  # before the cues: a seat after "MP for" stays a place
    if "" in types:  # unknown_places_drop: a group typed "" is no entity
        groups, types = [g for g, t in zip(groups, types) if t], [t for t in types if t]
    types = known_places(T, res, groups, types)
    types = cue_types(T, res, groups, types)
    types = norp_persons(T, res, groups, types)
    if "" in types:  # norp_persons: a group joined to the person it names
        groups, types = [g for g, t in zip(groups, types) if t], [t for t in types if t]
    types = given_name_persons(T, res, groups, types, lower_words)
    types = law_names(T, res, groups, types)
    types = model_names(T, res, groups, types)
    types = body_word_types(T, res, groups, types)
    types = dateline_places(T, res, groups, types)
    for n, (group, etype) in enumerate(zip(groups, types), start=1):
        name = entity_name(T, group, etype, record.lang)
        if etype == "PER" and res.peer_titles and " " not in name:
            name = peer_name(T, res, group, name)
            if " " in name:
                peer_names.add(name)
        fname = fold_token(name)
        mentions, offices = [], []
        for c in sorted(group, key=lambda c: c.start):
            cs, ce = T.char_span(c.start, c.end)
            text = T.text[cs:ce]
            kind = c.kind if c.kind == "acronym" else ("name" if fold_token(text) == fname else "alias")
            mentions.append(Mention(start=cs, end=ce, text=text, kind=kind))
            titled_here = titles_at.get((c.start, c.end))
            title = c.title or (titled_here.title if titled_here else None)
            if title:
                titles_by_mention[(cs, ce)] = title
            offices.append(c.office or (titled_here.office if titled_here else None))
        eid = f"E{n}"
        entries = tuple(e for c in group for e in c.entries)
        if entries:
            entries_by_entity[eid] = entries
        leader = next((leaders[id(c)] for c in group if leaders.get(id(c))), None) if leaders else None
        if leader and etype == "PER":
            leader_names[eid] = leader
        office = next((o for o in offices if o), None) if etype == "PER" else None
        entities.append(Entity(id=eid, type=etype, name=name, mentions=mentions, title=office))
    record.state.entity_titles = titles_by_mention
    record.state.peer_names = frozenset(peer_names)
    record.state.local_acronyms = frozenset(local)
    record.state.leader_names = leader_names
    return entities


@stage("entities", requires=("text", "sentences"), assigns=("entities",), topic="entities")
class EntityRecogniser:
    """Config: ``ner`` (default true) uses the trained model when installed; ``ner_model`` (a folder)
    uses that spaCy pipeline instead, for every language; ``gazetteer`` (default true) matches the
    gazetteer's names."""

    def __init__(self, ner: bool = True, gazetteer: bool = True, ner_model: Optional[str] = None):
        self.use_ner = bool(ner)
        self.use_gazetteer = bool(gazetteer)
        self.ner_model = str(ner_model) if ner_model else None

    def __call__(self, record: Article) -> Article:
        res = resources(record.lang, self.use_ner, self.use_gazetteer, self.ner_model)
        record.entities = recognise(record, res)
        return record
