"""The language packs' schema: every topic's keys and what kind of value each holds.

A pack file is checked against it when loaded, so a misspelt key is an error that names
it instead of a list that silently stays empty. Kinds: ``LIST`` (an array), ``MAP`` (a
table whose keys are data: words, categories), ``Table([...])`` (a table with these keys),
``Tables([...])`` (an array of tables with these keys), ``STR``, ``BOOL``, ``INT``, ``FLOAT``.
A new key a stage reads is added here with the code that reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LIST, MAP, STR, BOOL, INT, FLOAT = "an array", "a table", "a string", "true or false", "an integer", "a number"


@dataclass(frozen=True)
class Table:
    """A table with fixed keys."""

    keys: tuple[str, ...]

    def __init__(self, keys):
        object.__setattr__(self, "keys", tuple(keys))


@dataclass(frozen=True)
class Tables:
    """An array of tables ([[name]] in TOML) whose tables have these keys."""

    keys: tuple[str, ...]

    def __init__(self, keys):
        object.__setattr__(self, "keys", tuple(keys))


SCHEMA: dict[str, dict[str, Any]] = {
    "across": {  # kabar.across: reports of one event across articles
        "denial_cues": LIST,
        "stopwords": LIST,
    },
    "actors": {
        "gazetteer_langs": LIST,
        "offices": MAP,
        "roles": MAP,
        "transparent": Table(['words']),
        "connectors": Table(['words']),
        "home_country": STR,
        "office_roles": MAP,
        "home_offices": LIST,
        "apposition_markers": LIST,
        "local_offices": LIST,
        "local_words": LIST,
        "home_inference": Table(['coded_parties', 'countryless_roles', 'dominance', 'home_roles', 'institutions', 'min_mentions', 'outlets']),
    },
    "cleaning": {
        "paragraph": Tables(['examples', 'kind', 'max_words', 'pattern']),
        "inline": Tables(['examples', 'kind', 'pattern']),
        "agencies": LIST,
    },
    "coref": {
        "settings": Table(['description_window', 'pronoun_window']),
        "pronouns": Tables(['forms', 'gender', 'min_score', 'types']),
        "clitics": Table(['suffix', 'types', 'words']),
        "descriptions": Table(['blockers', 'determiners_after', 'determiners_before', 'heads', 'max_modifiers', 'office_modifiers',
                                'office_excluded_roles']),
        "salience": Table(['speech_cues']),
        "gender_titles": MAP,
    },
    "entities": {
        "titles": LIST,
        "ranks": LIST,
        "rank_suffixes": LIST,
        "title_prefixes": LIST,
        "title_joiners": LIST,
        "office_units": LIST,
        "portfolios": LIST,
        "field_affixes": LIST,
        "initials_titles": LIST,
        "region_titles": LIST,
        "region_prefixes": LIST,
        "place_unit_words": LIST,
        "name_degrees": LIST,
        "company_forms": LIST,
        "glued_stems": LIST,
        "body_country_suffixes": LIST,
        "quoted_title_cues": LIST,
        "law_subject_cues": LIST,
        "programme_heads": LIST,
        "programme_units": LIST,
        "term_blockers": LIST,
        "head_abbreviations": MAP,
        "head_prefixes": MAP,
        "company_cues_before": LIST,
        "company_cues_after": LIST,
        "company_names": LIST,
        "constituency_cues_before": LIST,
        "constituency_cues_after": LIST,
        "programme_cues_after": LIST,
        "programme_cues_before": LIST,
        "place_cues_after": LIST,
        "product_cues_after": LIST,
        "work_cues_before": LIST,
        "person_descriptors": LIST,
        "programme_joiners": LIST,
        "peer_titles": LIST,
        "honorifics": LIST,
        "company_tails": LIST,
        "company_heads": LIST,
        "place_suffixes": LIST,
        "place_nouns": LIST,
        "saint_words": LIST,
        "stop": LIST,
        "inner_name_words": LIST,
        "name_months": LIST,
        "given_name_titles": LIST,
        "day_number_words": LIST,
        "group_before": LIST,
        "group_after": LIST,
        "country_group_words": LIST,
        "connectors": LIST,
        "org_of_heads": LIST,
        "org_tails": LIST,
        "body_type_words": LIST,
        "org_heads": LIST,
        "org_joiners": LIST,
        "list_joiners": LIST,
        "alias_words": LIST,
        "alias_or_words": LIST,
        "nickname_phrases": LIST,
        "call_titles": LIST,
        "possessive_in_names": LIST,
        "possessive_saints": LIST,
        "place_prepositions": LIST,
        "venue_prepositions": LIST,
        "office_venue_heads": LIST,
        "head_closed_titles": LIST,
        "initials_cues": LIST,
        "loc_tails": LIST,
        "place_features": LIST,
        "affiliation_joiners": LIST,
        "title_relations": LIST,
        "name_particles": LIST,
        "hyphen_prefixes": LIST,
        "hyphen_suffixes": LIST,
        "name_opening_stops": LIST,
        "company_trade_openers": LIST,
        "company_name_cues": LIST,
        "company_appositive_heads": LIST,
        "pair_joiners": LIST,
        "pair_whole_openers": LIST,
        "norp_words": LIST,
        "misc_words": LIST,
        "misc_tails": LIST,
        "misc_heads": LIST,
        "generic_words": LIST,
        "role_tails": LIST,
        "loc_heads": LIST,
        "ner_labels": MAP,
        "settings": Table(['acronym_max', 'acronym_min', 'alias_min_chars', 'branch_links', 'branch_place_kinds', 'given_name_persons',
                           'model_code_misc', 'surname_links', 'title_case_terms', 'unknown_places_org', 'unknown_places_acronyms', 'drop_common_title_persons', 'extend_company_forms', 'nest_inner', 'nest_inner_except', 'nest_inner_holders_except', 'nest_inner_kinds', 'region_countries', 'region_kinds', 'region_prefixed_kinds']),
        "patterns": Tables(['label', 'pattern']),
    },
    "events": {
        "syntax": Table([
            'according', 'according_basis', 'according_scope_breaks', 'according_whole_markers', 'agent_group_nouns', 'agent_preps', 'anaphoric_objects', 'aux', 'bare_passive_agent', 'between_preps', 'boundaries', 'boundaries_multi', 'clitics',
            'complementizers', 'coord', 'definite_articles', 'demonstratives', 'determiners', 'finite_aux',
            'fronted_openers', 'genitive_after_noun', 'inherit_openers', 'light_after', 'light_before', 'pair_descriptions',
            'light_receive', 'location_preps', 'maker_words', 'currency_words', 'not_verbs', 'object_continues', 'object_clitics', 'other_preps',
            'participle_suffixes', 'passive_aux', 'perfect_aux', 'possessives', 'past_participle_suffixes', 'place_agent_roles', 'purpose', 'recipient_preps',
            'relative', 'source_preps', 'spaced_boundaries', 'split_if_verb', 'subject_pronoun_fallback', 'temporal_openers', 'verb_min_len',
            'verb_prefixes', 'verb_suffixes', 'verbs', 'we', 'report_nouns', 'progressive_rules', 'progressive_skip', 'gerund_openers', 'report_links',
            'origin_words', 'office_of_preps', 'light_modifiers',
            'reduced_passive_next', 'reduced_passive_agents', 'attributive_not_nouns', 'named_by_place', 'anaphoric_events', 'anaphoric_acts',
            'object_control', 'control_openers', 'mutual_objects', 'mutual_before', 'mutual_third_party_preps', 'promise_forms', 'complement_role_skip',
            'floating_quantifiers', 'clause_verbs', 'denial_answers', 'existential', 'object_relatives', 'relative_copulas',
        ]),
        "political_orgs": Table(['agent_roles', 'heads', 'not_heads', 'speaker_types', 'titles']),
        "modality": Table([
            'admission_skip', 'cue_cancel', 'date_qualifiers', 'future', 'future_cancel', 'future_governing', 'historical', 'hypothetical',
            'hypothetical_governing', 'negation', 'negation_governing', 'object_date_relatives', 'year_adjunct_words',
            'background_openers', 'present_cues', 'said_anaphors',
        ]),
        "casualties": Table(['crowd', 'dead', 'injured']),
        "instrument": Tables(['class', 'context', 'forms', 'mode']),
        "mode_cue": Tables(['event', 'forms', 'mode']),
        "context_cue": Tables(['context', 'forms']),
        "blockers": Table(['contexts', 'phrases']),
        "generic_actors": Table(['roles']),
        "evaluative": Table(['disapprove', 'of_cues', 'praise', 'roles']),
        "trigger": Tables([
            'active', 'clause_object', 'content_object', 'context', 'event', 'goal_after_object', 'host', 'mode', 'needs_named_object', 'needs_recipient',
            'needs_recipient_forms', 'no_recipient_event', 'no_recipient_mode', 'noun', 'object', 'object_then', 'passive',
            'receive', 'reciprocal', 'venue', 'venue_block', 'venue_person', 'venue_skip',
        ]),
        "object_recode": Tables(['at_home_only', 'event', 'forms', 'mode', 'to', 'trigger_words']),
        "actor_recode": Tables(['actor_roles', 'actor_types', 'blocking_instruments', 'event', 'forms', 'mode', 'to']),
        "home": Table(['dateline_chars', 'discourse_roles', 'foreign_words', 'home_recipient_events', 'no_home_roles', 'office_of_roles',
                       'home_recipient_inferred', 'home_recipient_abroad_window', 'people_home', 'role_phrase_country', 'state_roles']),
        "nonevent": Table(['article_domains', 'domain_titles', 'entertainment', 'keep_roles', 'keep_states_in', 'markets', 'min_hits', 'min_sentence_hits', 'sport']),
        "gate": Table(['ability_before', 'duty_before', 'accident_events', 'case_events', 'case_words', 'contest_forms', 'contest_types', 'vote_contest_forms', 'vote_words', 'vote_force_roles', 'verbal_attack_events', 'verbal_attack_forms', 'word_war_forms', 'word_war_roles', 'poll_events', 'poll_share_words', 'poll_margin_words', 'poll_keep_roles', 'campaign_rally_events', 'campaign_rally_forms', 'campaign_rally_roles', 'advice_events', 'advice_forms', 'advice_words', 'advice_own', 'accident_nouns', 'condition_cues', 'condition_not_after', 'document_events', 'document_subjects', 'embedded_question_words', 'indefinite_events', 'indefinite_objects', 'accident_preps', 'facilitation_events', 'facilitation_forms',
                       'fiction_frames', 'firm_words', 'force_nouns', 'goal_before', 'goal_events', 'goal_subjects', 'habitual', 'hyphen_compounds', 'metaphor_event_forms', 'metaphor_events', 'metaphor_objects', 'nonparty_forms',
                       'nominal_pos', 'nonparty_objects', 'party_sense_phrases', 'norm_subjects', 'object_skip', 'opinion_bare', 'opinion_events', 'opinion_forms', 'party_object_events', 'party_object_forms', 'party_object_preps', 'place_events', 'place_types', 'private_actor_events', 'private_object_events', 'kin_objects', 'question_events',
                       'question_forms', 'question_marks', 'question_presupposing', 'question_skip', 'question_words', 'scores', 'sense_phrases', 'state_before', 'target_forms', 'target_goal_words', 'visitor_nouns']),
        "complement_taking": LIST,
        "complement_subject_recipient": LIST,
        "quad": MAP,
        "cameo": MAP,
        "goldstein": MAP,
        "category": MAP,
        "future_as": MAP,
        "declared_as": MAP,
        "declared": Table(['conditional_cues', 'conditional_events', 'conditional_to', 'modalities', 'speaker_phrase_country']),
        "modality_rules": Table(['historical_days', 'news_day_days']),
        "opinion": Table(['max_chars', 'max_name_words', 'signature_roles']),
        "complement_mode": MAP,
        "complement_recode": MAP,
        "promise_recode": MAP,
        "speaker_needed": Table(['quads']),
        "implied_agent": MAP,
        "implied_recipient": MAP,
        "speaker_agent": Table(['events', 'roles']),
        "government_recipient": Table(['events', 'policy_objects', 'role', 'window']),
        "cameo_verbs": Table(['bare', 'pattern_in_phrase', 'skip_verbs', 'weak_groups']),
    },
    "verbs": {
        "verb": Tables(['code', 'forms', 'patterns']),
        "synsets": MAP,
        "cameo_plover": MAP,
    },
    "agents": {
        "agents": MAP,
    },
    "quantities": {
        "thousands_sep": STR,
        "decimal_sep": STR,
        "head_position": STR,
        "max_noun_tokens": INT,
        "number_words": MAP,
        "number_multipliers": MAP,
        "scales": MAP,
        "scale_abbreviations": MAP,
        "vague_scales": MAP,
        "fixed_counts": MAP,
        "dozens": MAP,
        "vague": MAP,
        "fractions": MAP,
        "denominators": MAP,
        "lists": Table([
            'classifiers', 'fraction_needs', 'noun_joiners', 'noun_state_words', 'noun_stop_prefixes',
            'noun_stop_suffixes', 'noun_stopwords', 'one_words', 'plural_suffixes', 'range_and',
            'range_openers', 'range_words', 'reference_words', 'score_words', 'teen_suffix', 'vague_joiners',
            'weak_numbers',
        ]),
        "approximators": MAP,
        "unit_words": MAP,
        "currency_words": MAP,
        "count_units": MAP,
        "unit_defs": MAP,
        "unit_symbols": MAP,
        "currency_symbols": MAP,
    },
    "quotes": {
        "audience_determiners": LIST,
        "title_determiners": LIST,
        "title_short_forms": MAP,
        "single_holder_titles": LIST,
        "title_modifiers": LIST,
        "body_voices": LIST,
        "side_pronouns": LIST,
        "relational_roles": LIST,
        "object_pronouns": LIST,
        "speech_verbs": LIST,
        "inverted": LIST,
        "pronoun_forms": LIST,
        "carry_over": LIST,
        "according": LIST,
        "relative_openers": LIST,
        "relative_verbs": LIST,
        "object_verbs": LIST,
        "complementizers": LIST,
        "audience_markers": LIST,
        "audience_generic": LIST,
        "pronouns_singular": LIST,
        "pronouns_plural": LIST,
        "pronouns_nonhuman": LIST,
        "pronouns_first": LIST,
        "clause_openers": LIST,
        "topic_openers": LIST,
        "possessive_markers": LIST,
        "speaker_trailing": LIST,
        "speaker_stops": LIST,
        "adjunct_starts": LIST,
        "time_words": LIST,
        "negators": LIST,
        "non_cue_before": LIST,
        "verb_non_cue_before": LIST,
        "wh_starts": LIST,
        "non_speaker_heads": LIST,
        "non_speaker_subjects": LIST,
        "speaker_adjuncts": LIST,
        "citation_words": LIST,
        "content_breaks": LIST,
        "coordinated_acts": LIST,
        "coordinated_act_blockers": LIST,
        "participles": LIST,
        "auxiliaries": LIST,
        "participle_markers": LIST,
        "participle_non_content": LIST,
        "coordinators": LIST,
        "according_pronoun": LIST,
        "time_trailers": LIST,
        "headline_colon": BOOL,
        "colon_non_speakers": LIST,
        "person_titles": LIST,
        "office_words": LIST,
        "name_particles": LIST,
        "noun_followers": LIST,
        "noun_forms": LIST,
        "noun_markers": LIST,
        "manner_prepositions": LIST,
        "needs_complementizer": LIST,
        "object_content_verbs": LIST,
        "object_content_breaks": LIST,
        "adverb_suffixes": LIST,
        "non_human_sources": LIST,
        "quantifiers": LIST,
        "group_quantifiers": LIST,
        "count_approximators": LIST,
        "count_words": LIST,
        "question_words": LIST,
        "clause_joins": LIST,
        "relative_pronouns": LIST,
        "title_connectors": LIST,
        "request_verbs": LIST,
        "commitment_verbs": LIST,
        "catenatives": LIST,
        "role_nouns": LIST,
        "claim_joins": LIST,
        "act_joins": LIST,
        "catenative_verbs": LIST,
        "progressive_auxiliaries": LIST,
        "progressive_verbs": MAP,
        "commitment_markers": LIST,
        "after_quote_only": LIST,
        "title_list_joins": LIST,
        "partitive_openers": LIST,
        "agent_markers": LIST,
        "naming_verbs": LIST,
        "naming_links": LIST,
        "attribution_nouns": LIST,
        "attribution_links": LIST,
        "noun_cue_openers": LIST,
        "according_non_sources": LIST,
        "head_initial": BOOL,
        "object_senses": MAP,
        "demonstratives": LIST,
        "comma_introduces": BOOL,
        "adjunct_opens_content": BOOL,
        "clause_time_openers": LIST,
        "apposition_starts": LIST,
        "participle_suffixes": LIST,
        "demonstrative_heads": LIST,
        "anaphoric_trailers": LIST,
        "anaphoric_epithets": LIST,
        "passive_auxiliaries": LIST,
        "belief": Table(['enabled', 'verbs']),
        "pronoun_subject_first": BOOL,
        "media_words": LIST,
        "split_continued_quotes": BOOL,
        "document_nouns": LIST,
        "speaker_place_preps": LIST,
        "articles": LIST,
        "bare_title_to_holder": BOOL,
        "marks": Table(['double', 'single', 'doubled']),
    },
    "places": {
        "home_countries": LIST,
        "location_preps": LIST,
        "target_preps": LIST,
        "origin_preps": LIST,
        "place_prefixes": LIST,
        "place_suffixes": LIST,
        "place_nouns": LIST,
        "place_modifiers": LIST,
        "facility_words": LIST,
        "possessive_place_nouns": LIST,
        "container_links": LIST,
        "contained_in_preps": LIST,
        "settlement_words": LIST,
        "list_joiners": LIST,
        "alias_words": LIST,
        "possessive_in_names": LIST,
        "initials_cues": LIST,
        "demonym_endings": LIST,
        "speech_verbs": LIST,
        "bare_name_penalty": FLOAT,
        "adjectives_before_place": INT,
        "function_words": LIST,
        "origin_after_comma": LIST,
        "facility_nouns": LIST,
        "not_location_preps": LIST,
        "against_preps": LIST,
        "leaving_words": LIST,
        "border_words": LIST,
        "home_place_prefixes": LIST,
        "division_suffixes": LIST,
        "reference_prefixes": LIST,
        "distance_words": LIST,
        "name_references": LIST,
        "adverbial_links": LIST,
        "participle_endings": LIST,
        "purpose_markers": LIST,
        "purpose_verbs": LIST,
        "motion_verbs": LIST,
        "motion_preps": LIST,
        "seizing_verbs": LIST,
        "entry_verbs": LIST,
        "list_place_words": LIST,
        "linked_list_place_words": LIST,
        "place_plurals": LIST,
        "inclusion_words": LIST,
        "verb_joiners": LIST,
        "passive_auxiliaries": LIST,
        "passive_between": LIST,
        "passive_verb_prefixes": LIST,
        "local_group_nouns": LIST,
        "object_quantifiers": LIST,
        "ordinal_words": LIST,
        "name_articles": LIST,
        "not_place_words": LIST,
        "faith_words": LIST,
        "verb_phrase_openers": LIST,
        "exonyms": MAP,
    },
    "segment": {
        "abbreviations": LIST,
        "glued_list_numbers": BOOL,
    },
    "temporal": {
        "date_orders": LIST,
        "numeric_order": STR,
        "bare_month": BOOL,
        "months": MAP,
        "month_abbreviations": MAP,
        "weekdays": MAP,
        "direction_before": MAP,
        "direction_after": MAP,
        "lists": Table([
            'classifiers', 'day_month_joiners', 'dayparts', 'habitual', 'modifiers', 'ordinal_suffixes',
            'prepositions', 'range_words', 'weekday_blockers',
        ]),
        "tense": Table(['clause_words', 'future', 'past']),
        "relative": MAP,
        "relative_units": MAP,
        "relative_direction": MAP,
        "numbers": MAP,
        "time": Table(['markers', 'standalone_suffixes', 'suffixes', 'timezones', 'weak_markers']),
        "future_bias": FLOAT,
        "dateline_window": INT,
        "clause_punctuation": LIST,
        "year_min": INT,
        "year_max": INT,
    },
}


class PackError(ValueError):
    """A language-pack file that does not follow the schema."""


def _kind_ok(kind: Any, value: Any) -> bool:
    if kind == LIST or isinstance(kind, Tables):
        return isinstance(value, list)
    if kind == MAP or isinstance(kind, Table):
        return isinstance(value, dict)
    if kind == STR:
        return isinstance(value, str)
    if kind == BOOL:
        return isinstance(value, bool)
    if kind == INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == FLOAT:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return False


def _unknown(where: str, keys, allowed, source: str) -> None:
    bad = sorted(set(keys) - set(allowed))
    if bad:
        raise PackError(f"{source}: unknown key {', '.join(map(repr, bad))} in {where} (known: {', '.join(sorted(allowed))})")


def check(topic: str, data: dict[str, Any], source: str) -> None:
    """Raise :class:`PackError` naming the first key of ``data`` the topic's schema does not have, or of the wrong kind."""
    if topic not in SCHEMA:
        raise PackError(f"{source}: no topic {topic!r} in the language-pack schema (known: {', '.join(sorted(SCHEMA))})")
    schema = SCHEMA[topic]
    _unknown(f"[{topic}]", data, schema, source)
    for key, value in data.items():
        kind = schema[key]
        if not _kind_ok(kind, value):
            kind_name = "an array of tables" if isinstance(kind, Tables) else "a table" if isinstance(kind, Table) else kind
            raise PackError(f"{source}: {key!r} must be {kind_name}, not {type(value).__name__}")
        if isinstance(kind, Table):
            _unknown(f"[{key}]", value, kind.keys, source)
        elif isinstance(kind, Tables):
            for item in value:
                if not isinstance(item, dict):
                    raise PackError(f"{source}: every [[{key}]] must be a table")
                _unknown(f"[[{key}]]", item, kind.keys, source)
