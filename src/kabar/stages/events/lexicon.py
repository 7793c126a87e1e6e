"""The event lexicon of one language, compiled from ``lang/<code>/events.toml`` once.

Forms are tokenised with the same blank spaCy tokenizer as the article, so a
phrase in the data ("didn't attack", "bekerja sama") matches the token
sequence the segmenter produces. Nothing here knows a language: every word
comes from the pack.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from kabar import lang as langpacks
from kabar.lang import expand
from kabar.lang.morph import Rules
from kabar.text.sentences import nlp_for

VOICES = ("active", "passive", "noun", "receive", "host")
MEANS_CLASSES = frozenset({"weapon", "aid", "money"})  # objects that are the means, not a party


@dataclass(frozen=True)
class TriggerDef:
    order: int
    event: str
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    reciprocal: bool = False
    # Session 23: coordinated actors with no recipient acted on each other ("the two countries signed agreements")
    pair_without_recipient: bool = False
    needs_recipient: bool = False
    needs_recipient_forms: frozenset = frozenset()
    needs_named_object: bool = False  # the coded party must follow the verb directly ("menekan Korea Utara")
    # words right after that named object that make it the subject of a goal, not a target
    # ("menargetkan IKN menjadi ibu kota", "menargetkan Batang dapat ...")
    goal_after_object: frozenset = frozenset()
    # word sequences one of which must follow the verb's object (a few words, no boundary) for the verb to code at all:
    # "told him to leave" is a request, "told reporters", "told the BBC that ..." are not ([[trigger]] object_then)
    object_then: tuple[tuple[str, ...], ...] = ()
    # a report to an authority ("melaporkan X ke polisi", "melapor ke KPK"): the trigger codes only when a recipient
    # preposition in its clause leads to one of these words; the authority is the venue, not the party accused.
    # venue_block: words between the verb and the venue that make it a filing, not an accusation ("melaporkan harta
    # kekayaan ke KPK")
    venue: frozenset = frozenset()
    venue_block: frozenset = frozenset()
    venue_person: bool = False  # a named person right after the verb stands for the venue ("melaporkan Ferry")
    venue_skip: frozenset = frozenset()  # words between the preposition and the venue ("ke pihak kepolisian")
    no_recipient_event: Optional[str] = None
    no_recipient_mode: tuple[str, ...] = ()
    # the verb's object is a content clause with no complementizer: a short noun phrase, then a finite verb of
    # `[syntax] clause_verbs` ("denied their role was changing"); arguments._clause_object_follows
    clause_object: bool = False
    # the verb's object is a claim (a denial: "denied that ...", "denied being ..."): the parties named in it are the
    # claim's, not the recipient (coding._code_trigger, modality._content_of_report)
    content_object: bool = False
    # a modal of obligation ("Polda Jabar mesti menghentikan ..."): it codes only as the speaker's demand on its
    # subject (finish._modal_demand); otherwise no event
    speaker_demand: bool = False
    # CAMEO verb patterns (lang/<code>/verbs.toml): every group (alternative token tuples) must occur
    # after the verb in its clause ("recalled its ambassador" -> SANCTION)
    object_words: tuple[frozenset, ...] = ()
    # the first words of each group's alternatives: a group can only fit when one of them is in the clause
    object_firsts: tuple[frozenset, ...] = ()
    cameo: Optional[str] = None


@dataclass(frozen=True)
class InstrumentDef:
    cls: str
    mode: Optional[str]
    context: tuple[str, ...]


_NO_MATCH = (0, None)
_EMPTY: frozenset = frozenset()


class PhraseTable:
    """Token-sequence phrases -> payload, matched longest first."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], Any] = {}
        self.max_len = 0
        self.lengths: dict[str, tuple[int, ...]] = {}  # first word -> phrase lengths, longest first

    def add(self, key: tuple[str, ...], value: Any = True, *, append: bool = False) -> None:
        if not key:
            return
        if append:
            self.table.setdefault(key, []).append(value)
        else:
            self.table.setdefault(key, value)
        self.max_len = max(self.max_len, len(key))
        if len(key) not in self.lengths.get(key[0], ()):
            self.lengths[key[0]] = tuple(sorted(self.lengths.get(key[0], ()) + (len(key),), reverse=True))

    def __contains__(self, key) -> bool:
        return key in self.table

    def match_at(self, words: list[str], i: int, limit: Optional[int] = None) -> tuple[int, Any]:
        """(length, payload) of the longest phrase starting at i, or (0, None)."""
        if i < 0 or i >= len(words):
            return _NO_MATCH
        lengths = self.lengths.get(words[i])
        if lengths is None:  # no phrase starts with this word: the common case, answered before the rest
            return _NO_MATCH
        end = len(words) if limit is None else min(limit, len(words))
        if i >= end:
            return _NO_MATCH
        table = self.table
        for n in lengths:
            if n <= end - i:
                v = table.get(tuple(words[i:i + n]))
                if v is not None:
                    return n, v
        return _NO_MATCH

    def match_ending_at(self, words: list[str], j: int, lo: int = 0) -> int:
        """Length of the longest phrase ending at index j (inclusive), 0 if none."""
        for n in range(min(self.max_len, j - lo + 1), 0, -1):
            if tuple(words[j - n + 1: j + 1]) in self.table:
                return n
        return 0

    def find(self, words: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
        """All (start, length) phrase hits inside words[lo:hi]."""
        hits = []
        lengths = self.lengths
        for i in range(max(lo, 0), min(hi, len(words))):
            if words[i] not in lengths:  # no phrase starts with this word (match_at's answer, without the call)
                continue
            n, _ = self.match_at(words, i, hi)
            if n:
                hits.append((i, n))
        return hits


@dataclass
class EventLexicon:
    code: str
    triggers: PhraseTable = field(default_factory=PhraseTable)
    instruments: PhraseTable = field(default_factory=PhraseTable)
    sets: dict[str, PhraseTable] = field(default_factory=dict)
    words: dict[str, frozenset] = field(default_factory=dict)
    mode_cues: list[tuple[str, str, PhraseTable]] = field(default_factory=list)
    context_cues: list[tuple[str, PhraseTable]] = field(default_factory=list)
    tables: dict[str, Any] = field(default_factory=dict)
    genitive_after_noun: bool = True
    nonevent_cues: dict[str, PhraseTable] = field(default_factory=dict)  # domain -> cue words ([nonevent])
    nonevent_firsts: frozenset = frozenset()  # the words some domain's cue phrase opens with (nonevent._domain_counts)
    bare_passive_agent: bool = False  # "diserang Rusia": the agent may follow a passive verb without "oleh"
    role_subjects: bool = False  # session 35: a role noun opening a clause is the subject its later clauses inherit
    blockers_local_after_preposition: bool = False  # clauses._blocker_past_preposition (English)
    carry_first_clause_subject: bool = False  # clauses._sentence: a later clause's subject is the sentence's (English)
    verb_prefixes: tuple[str, ...] = ()
    verb_suffixes: tuple[str, ...] = ()
    verb_min_len: int = 5
    pair_lookback: int = 1  # arguments._pair_subject: sentences before the pair description's own that it reads
    office_of_private_body: bool = False  # parties._office_of_private_body (session 25, events-en25)
    title_name_chain: bool = False  # parties._name_chain (session 25, events-en25)
    participle_suffixes: tuple[str, ...] = ()  # "-ing": an active form after a passive auxiliary stays active
    past_participle_suffixes: tuple[str, ...] = ()  # "-ed" before an agent preposition reads as passive

    def is_participle(self, word: str) -> bool:
        return bool(self.participle_suffixes) and word.endswith(self.participle_suffixes)

    def is_past_participle(self, word: str) -> bool:
        return bool(self.past_participle_suffixes) and word.endswith(self.past_participle_suffixes)

    def category(self, event: str) -> dict[str, Any]:
        """The pack's ``[category.EVENT]`` settings (bare_noun, source_recipient, passive_subject_acts ...)."""
        return self.tables.get("category", {}).get(event, {})

    def category_setting(self, event: str, key: str) -> Any:
        """A ``[category.EVENT]`` setting, else the pack's default for every category (``[category."*"]``):
        a pack can require an actor of all its events without restating each category's table."""
        own = self.category(event)
        return own[key] if key in own else self.category("*").get(key)

    def phrases(self, name: str) -> PhraseTable:
        return self.sets.get(name) or PhraseTable()

    def word(self, name: str) -> frozenset:
        return self.words.get(name, _EMPTY)

    @functools.cached_property
    def dets(self) -> frozenset:
        """Determiners and definite articles: the words most readers step past before a noun ("the", "para")."""
        return self.word("determiners") | self.word("definite_articles")

    @functools.cached_property
    def morph_rules(self) -> Rules:
        """The pack's ``[morphology]`` rules (affixes, noun forms), made once per lexicon."""
        return Rules.from_table(self.tables.get("morphology", {}))


class _Forms:
    """Pack forms as token-tuple keys, tokenised as the text will be."""

    def __init__(self, code: Optional[str]):
        self.tokenizer = nlp_for(code).tokenizer
        self.key = functools.cache(self._key)

    def _key(self, form: str) -> tuple[str, ...]:
        return tuple(t.text.lower() for t in self.tokenizer(form.strip()))

    def phrase_set(self, values: Iterable[str]) -> PhraseTable:
        t = PhraseTable()
        for raw in values:
            for form in expand(raw):
                t.add(self.key(form))
        return t


@functools.cache
def lexicon(code: Optional[str]) -> EventLexicon:
    data = langpacks.pack(code).data("events")
    forms = _Forms(code)
    lex = EventLexicon(code=code or "xx")
    _load_triggers(lex, data, forms)
    _load_phrase_sets(lex, data, forms)
    _load_political(lex, code, data, forms)
    _load_words_and_tables(lex, data, forms)
    _load_verbs(lex, code, forms)
    _load_agents(lex, code, data, forms)
    return lex


VERB_ORDER = 100_000  # CAMEO readings come after every hand-written trigger of the pack


def _load_verbs(lex: EventLexicon, code: Optional[str], forms: _Forms) -> None:
    """CAMEO verb knowledge: each verb's patterns (rank before its bare reading) and its bare code,
    the latter only for forms the hand-written triggers do not know."""
    p = langpacks.pack(code)
    if not p.has("verbs"):
        return
    data = p.data("verbs")
    plover = {c: v.split("|") for c, v in data.get("cameo_plover", {}).items()}
    synsets = {k: [forms.key(w) for w in v] for k, v in data.get("synsets", {}).items()}
    known = set(lex.triggers.table)
    order = VERB_ORDER

    def group(g: str) -> frozenset:
        if g.startswith("&"):
            return frozenset(synsets.get(g, ()))
        return frozenset(forms.key(alt.replace("_", " ")) for alt in g.split("|"))

    weak = {forms.key(w) for w in lex.tables.get("cameo_verbs", {}).get("weak_groups", [])}
    # verbs whose everyday sense swamps their CAMEO patterns ("said ... support", "take part", "add up")
    skip = {forms.key(w) for raw in lex.tables.get("cameo_verbs", {}).get("skip_verbs", []) for w in expand(raw)}
    for spec in data.get("verb", []):
        readings = []
        for pattern in spec.get("patterns", []):
            cameo, *groups = pattern.split()
            if cameo in plover:
                words = tuple(group(g) for g in groups)
                if weak and all(g <= weak for g in words):
                    continue  # "come ... to", "vote ... in": prepositions alone say too little in running text
                readings.append((cameo, words))
        readings.sort(key=lambda r: -len(r[1]))  # the most specific pattern first
        bare = spec.get("code", "---")
        keys = [forms.key(f) for f in spec.get("forms", [])]
        if bare not in plover or not lex.tables.get("cameo_verbs", {}).get("bare", True):
            bare = None  # the pack may leave out bare codes: a verb alone says too little ("removing", "respect")
        for cameo, groups in readings + ([(bare, ())] if bare else []):
            event, mode, context = (plover[cameo] + ["", ""])[:3]
            order += 1
            tdef = TriggerDef(order=order, event=event, mode=(mode,) if mode else (), context=(context,) if context else (),
                              object_words=groups, object_firsts=tuple(frozenset(alt[0] for alt in g if alt) for g in groups),
                              cameo=cameo)
            for k in keys:
                if k in skip:
                    continue
                if groups or k not in known:
                    lex.triggers.add(k, (tdef, "active"), append=True)


def _load_agents(lex: EventLexicon, code: Optional[str], data: dict[str, Any], forms: _Forms) -> None:
    """Agent nouns with a political role code (the pack's ``political_orgs.agent_roles``): they make an
    uncoded organisation's name or a title beside a person's name a political actor."""
    p = langpacks.pack(code)
    roles = set(data.get("political_orgs", {}).get("agent_roles", []))
    if not p.has("agents") or not roles:
        return
    agents = PhraseTable()
    for raw, role in p.data("agents").get("agents", {}).items():
        if role[:3] in roles:
            for form in expand(raw):
                agents.add(forms.key(form), role[:3])
    lex.sets["agents"] = agents


def _progressive(form: str, rules: list) -> Optional[str]:
    """The progressive of an active form from its past form's first word ("suspended relations" ->
    "suspending relations"), by the pack's suffix rules (first match wins); None when no rule fits."""
    first, _, rest = form.partition(" ")
    for past, prog in rules:
        if first.endswith(past) and len(first) > len(past) + 2:
            return (first[: -len(past)] + prog + (" " + rest if rest else "")).strip()
    return None


def _add_progressives(lex: EventLexicon, data: dict[str, Any], forms: _Forms, derived: list) -> None:
    """Active triggers written with their past forms only ("suspend{,s,ed}") also read as progressives
    ("was suspending", "have begun investigating"): the pack's [syntax] progressive_rules make the form, a
    form the pack writes anywhere keeps its own readings, and progressive_skip lists derived forms that are
    mostly adjectives or idioms ("promising", "declining", "judging by")."""
    syntax = data.get("syntax", {})
    rules = [tuple(r) for r in syntax.get("progressive_rules", [])]
    if not rules:
        return
    skip = {forms.key(f) for raw in syntax.get("progressive_skip", []) for f in expand(raw)}
    explicit = set(lex.triggers.table)
    done = set()
    lex.sets["progressives"] = made = PhraseTable()
    lex.words["gerund_openers"] = frozenset(w.lower() for w in syntax.get("gerund_openers", []))
    for form, tdef in derived:
        prog = _progressive(form.lower(), rules)
        if prog is None:
            continue
        k = forms.key(prog)
        if k in explicit or k in skip or (k, tdef.order) in done:
            continue
        done.add((k, tdef.order))
        lex.triggers.add(k, (tdef, "active"), append=True)
        made.add(k)


def _derivations(data: dict[str, Any], forms: _Forms, unwritten=lambda form: True):
    """Session 28 (events-id28): a function giving, for one ``[[trigger]]`` table, the forms of its other voices
    (voice -> source form -> derived forms) that the pack's ``[morphology]`` rules make from its one-word active and
    passive forms: "menangkap" also reads as "ditangkap" and "penangkapan" (lang/morph.py). ``derive_voices`` picks
    the voices made; ``skip`` lists derived words of another sense ("pemerintahan" is no order), ``skip_sources`` pack forms whose
    other voices belong to another sense of the root ("menyerah", to surrender: "penyerahan" is a handover).
    Nothing is derived when the pack has no [morphology] table."""
    table = data.get("morphology", {})
    if not table.get("derive_voices"):
        return lambda spec: {}
    rules = Rules.from_table(table)
    wanted = set(table["derive_voices"])
    skip = {f.lower() for raw in table.get("skip", []) for f in expand(raw)}
    skip_events = set(table.get("skip_events", []))
    skip_sources = {f.lower() for raw in table.get("skip_sources", []) for f in expand(raw)}

    def derive(spec: dict) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        if spec.get("event") in skip_events:
            return out
        for voice in ("active", "passive"):
            for raw in spec.get(voice, []):
                for form in expand(raw):
                    form = form.lower()
                    if " " in form or "-" in form or form in skip_sources:
                        continue  # phrases keep their written forms: a passive reorders what follows the verb
                    for v, made in rules.derive(form, voice).items():
                        keep = [f for f in made if v in wanted and f not in skip and unwritten(f)]
                        if keep:
                            out.setdefault(v, {}).setdefault(form, []).extend(keep)
        return out
    return derive


def _bare_forms(lex: EventLexicon, data: dict[str, Any], forms: _Forms, written: set) -> list:
    """Session 30 (trig-id30): the bare root (with its verb suffix) of each one-word active form of a ``[[trigger]]``,
    as an active form of that trigger, listed in ``lex.sets["bare_forms"]``: "dukung" of "mendukung", "hargai" of
    "menghargai". Coding reads one only right after a pronoun of ``[morphology] bare_after`` ("pasti kami dukung",
    ``coding._bare_ok``). A root the pack writes anywhere, one in ``bare_skip`` or ``skip``, and the roots of
    ``skip_sources`` and ``skip_events`` are left out. Nothing is made without ``bare_after``."""
    table = data.get("morphology", {})
    lex.sets["bare_forms"] = made = PhraseTable()
    lex.words["bare_after"] = frozenset(w.lower() for w in table.get("bare_after", []))
    lex.words["bare_aux"] = frozenset(w.lower() for w in table.get("bare_aux", []))
    if not lex.words["bare_after"]:
        return []
    rules = Rules.from_table(table)
    skip = {f.lower() for name in ("bare_skip", "skip", "skip_sources") for raw in table.get(name, []) for f in expand(raw)}
    skip_events = set(table.get("skip_events", []))
    out = []
    for n, spec in enumerate(data.get("trigger", [])):
        if spec.get("event") in skip_events:
            continue
        for raw in spec.get("active", []):
            for form in expand(raw):
                form = form.lower()
                if " " in form or "-" in form or form in skip:
                    continue
                for root, suffix in rules.roots(form):
                    bare = root + suffix
                    k = forms.key(bare)
                    if bare in skip or k in written or bare == form:
                        continue
                    made.add(k, spec["event"])
                    out.append((k, n, "active"))
    # the TriggerDef of each source trigger, by its order (the caller made them in the same loop order)
    by_order = {t.order: t for cands in lex.triggers.table.values() for t, _ in cands}
    return [(k, by_order[n], v) for k, n, v in out if n in by_order]


def _load_triggers(lex: EventLexicon, data: dict[str, Any], forms: _Forms) -> None:
    key = forms.key
    derived: list[tuple[str, TriggerDef]] = []
    rules = [tuple(r) for r in data.get("syntax", {}).get("progressive_rules", [])]

    def with_progressives(raws) -> frozenset:
        fs = [f.lower() for raw in raws for f in expand(raw)]
        return frozenset(key(f) for f in fs + [p for p in (_progressive(f, rules) for f in fs) if p])
    # session 28 (events-id28): the other voices of each one-word form, where the pack writes that form nowhere (its
    # own trigger decides); a derived form of a form that needs its recipient needs it too
    written = {key(f) for spec in data.get("trigger", []) for voice in VOICES for raw in spec.get(voice, [])
               for f in expand(raw)}
    derive = _derivations(data, forms, lambda f: key(f) not in written)
    pending: list[tuple[tuple[str, ...], TriggerDef, str]] = []
    for n, spec in enumerate(data.get("trigger", [])):
        made = derive(spec)
        needs_forms = list(spec.get("needs_recipient_forms", []))
        needs_forms += [f for src in needs_forms for v in made.values() for f in v.get(src.lower(), ())]
        tdef = TriggerDef(
            order=n,
            event=spec["event"],
            mode=tuple(spec.get("mode", [])),
            context=tuple(spec.get("context", [])),
            objects=tuple(spec.get("object", [])),
            reciprocal=bool(spec.get("reciprocal", False)),
            pair_without_recipient=bool(spec.get("pair_without_recipient", False)),
            needs_recipient=bool(spec.get("needs_recipient", False)),
            needs_recipient_forms=with_progressives(needs_forms),
            needs_named_object=bool(spec.get("needs_named_object", False)),
            goal_after_object=frozenset(f.lower() for raw in spec.get("goal_after_object", []) for f in expand(raw)),
            object_then=tuple(tuple(f.lower().split()) for raw in spec.get("object_then", []) for f in expand(raw)),
            venue=frozenset(f.lower() for raw in spec.get("venue", []) for f in expand(raw)),
            venue_person=bool(spec.get("venue_person", False)),
            venue_skip=frozenset(f.lower() for raw in spec.get("venue_skip", []) for f in expand(raw)),
            venue_block=frozenset(f.lower() for raw in spec.get("venue_block", []) for f in expand(raw)),
            no_recipient_event=spec.get("no_recipient_event"),
            no_recipient_mode=tuple(spec.get("no_recipient_mode", [])),
            clause_object=bool(spec.get("clause_object", False)),
            content_object=bool(spec.get("content_object", False)),
            speaker_demand=bool(spec.get("speaker_demand", False)),
        )
        for voice in VOICES:
            for raw in spec.get(voice, []):
                for form in expand(raw):
                    lex.triggers.add(key(form), (tdef, voice), append=True)
                    if voice == "active":
                        derived.append((form, tdef))
        for voice, by_source in made.items():
            for fs in by_source.values():
                pending.extend((key(f), tdef, voice) for f in fs)
    pending.extend(_bare_forms(lex, data, forms, written))
    lex.sets["derived_forms"] = made_table = PhraseTable()
    done = set()
    for k, tdef, voice in pending:
        if (k, tdef.order) in done:
            continue
        done.add((k, tdef.order))
        lex.triggers.add(k, (tdef, voice), append=True)
        made_table.add(k, (tdef.event, voice))
    _add_progressives(lex, data, forms, derived)

    for spec in data.get("instrument", []):
        idef = InstrumentDef(cls=spec.get("class", "weapon"), mode=spec.get("mode"), context=tuple(spec.get("context", [])))
        for raw in spec.get("forms", []):
            for form in expand(raw):
                lex.instruments.add(key(form), idef)


def _load_phrase_sets(lex: EventLexicon, data: dict[str, Any], forms: _Forms) -> None:
    key, phrase_set = forms.key, forms.phrase_set
    syntax = data.get("syntax", {})
    modality = data.get("modality", {})
    casualties = data.get("casualties", {})
    for name in ("light_before", "light_after", "light_receive", "according", "according_basis", "boundaries_multi", "pair_descriptions",
                 "origin_words", "reduced_passive_next", "named_by_place", "anaphoric_acts", "mutual_objects",
                 "mutual_before", "quantity_phrases"):
        lex.sets[name] = phrase_set(syntax.get(name, []))
    for name in ("negation", "negation_governing", "future", "future_governing", "future_cancel", "hypothetical",
                 "hypothetical_governing", "historical", "cue_cancel", "background_openers", "present_cues",
                 "said_anaphors", "time_anaphors"):
        lex.sets[name] = phrase_set(modality.get(name, []))
    # session 32 (evid32): future cues that before a stance's trigger state it now (``modality._modality``)
    lex.words["stance_future"] = frozenset(w.lower() for w in modality.get("stance_future", []))
    lex.words["stance_events"] = frozenset(modality.get("stance_events", []))
    lex.words["home_foreign_words"] = frozenset(w.lower() for w in data.get("home", {}).get("foreign_words", []))
    lex.words["home_region_heads"] = frozenset(w.lower() for w in data.get("home", {}).get("region_heads", []))
    lex.words["home_states_heads"] = frozenset(w.lower() for w in data.get("home", {}).get("states_heads", []))
    lex.words["home_states_after_preps"] = frozenset(w.lower() for w in data.get("home", {}).get("states_after_preps", []))
    lex.words["medium_preps"] = frozenset(w.lower() for w in data.get("home", {}).get("medium_preps", []))
    lex.words["date_qualifiers"] = frozenset(w.lower() for w in modality.get("date_qualifiers", []))
    lex.words["object_date_relatives"] = frozenset(w.lower() for w in modality.get("object_date_relatives", []))
    lex.words["year_adjunct_words"] = frozenset(w.lower() for w in modality.get("year_adjunct_words", []))
    lex.words["admission_skip"] = frozenset(w.lower() for w in modality.get("admission_skip", []))
    # session 30 (claim-id30): finish._restated_day
    lex.words["restating_nouns"] = frozenset(w.lower() for w in modality.get("restating_nouns", []))
    lex.words["restating_verbs"] = frozenset(w.lower() for w in modality.get("restating_verbs", []))
    # session 34 (evdate34): finish._anaphoric_day
    lex.words["time_anaphor_breaks"] = frozenset(w.lower() for w in modality.get("time_anaphor_breaks", []))
    for name in ("dead", "injured", "crowd"):
        lex.sets["casualty_" + name] = phrase_set(casualties.get(name, []))
    lex.words["toll_participles"] = frozenset(w.lower() for w in casualties.get("toll_participles", []))
    lex.sets["blockers"] = phrase_set(data.get("blockers", {}).get("phrases", []))
    lex.sets["government_policy_objects"] = phrase_set(data.get("government_recipient", {}).get("policy_objects", []))
    evaluative = data.get("evaluative", {})  # stages/events/evaluative.py
    for name in ("disapprove", "praise"):
        lex.sets["evaluative_" + name] = phrase_set(evaluative.get(name, []))
    # the words a listed judgement opens with: a quoted stretch with none of them holds no judgement (evaluative.py)
    lex.words["evaluative_firsts"] = frozenset().union(*(lex.sets["evaluative_" + n].lengths for n in ("disapprove", "praise")))
    lex.words["evaluative_of"] = frozenset(w.lower() for w in evaluative.get("of_cues", []))
    lex.words["evaluative_roles"] = frozenset(evaluative.get("roles", []))
    # Session 32 (rolenoun32): "country_roles" adds the role nouns a country may stand before with modifiers between
    # ([generic_actors.after_country]: "the German regulator"; parties._role_after)
    generic, country_roles = PhraseTable(), PhraseTable()
    actors = data.get("generic_actors", {})
    for name, tables in (("roles", (generic, country_roles)), ("after_country", (country_roles,))):
        for raw, role in actors.get(name, {}).items():
            for form in expand(raw):
                for table in tables:
                    table.add(key(form), role or "")
    lex.sets["generic_actors"] = generic
    lex.sets["country_roles"] = country_roles


def _load_political(lex: EventLexicon, code: Optional[str], data: dict[str, Any], forms: _Forms) -> None:
    key, phrase_set = forms.key, forms.phrase_set
    # Organisations and people the actors stage leaves uncoded can still be political actors by
    # their name's head word ("Church of Scientology", "Municipality of Livorno", "Komisi I DPR") or
    # by an office title in apposition ("the president of the Lombardy region, Roberto Maroni").
    # The role words of the actors pack are reused, extended by the events pack's [political_orgs].
    actors = langpacks.pack(code).data("actors") if langpacks.pack(code).has("actors") else {}
    political = data.get("political_orgs", {})
    org_heads = PhraseTable()
    for raw, spec in actors.get("roles", {}).items():
        if isinstance(spec, dict) and spec.get("type") == "ORG":
            for form in expand(raw):
                org_heads.add(key(form), spec.get("role", "") or "")
    for raw, role in political.get("heads", {}).items():
        for form in expand(raw):
            org_heads.add(key(form), role or "")
    lex.sets["org_heads"] = org_heads
    lex.sets["org_not_heads"] = phrase_set(political.get("not_heads", []))
    office_roles = actors.get("office_roles", {})
    offices = PhraseTable()
    agent_roles = set(political.get("agent_roles", []))
    for raw, office in actors.get("offices", {}).items():
        if isinstance(office, dict):  # "kapolri" = { office = "police_chief", country = "IDN" }
            office = office.get("office", "")
        if agent_roles and (office_roles.get(office, "") or "") not in agent_roles | {""}:
            continue  # session 29 (sportroles29): a firm's office ("direktur utama", BUS) makes no political actor
        for form in expand(raw):
            offices.add(key(form), office_roles.get(office, "") or "")
    for raw, role in political.get("titles", {}).items():
        for form in expand(raw):
            offices.add(key(form), role or "")
    lex.sets["offices"] = offices
    # role words before a person's name (the entities pack's `titles`: "candidate", "chairman", "spokesman"): in
    # "Republican presidential candidate Donald Trump" the party names the person the title is held by
    entities = langpacks.pack(code).data("entities") if langpacks.pack(code).has("entities") else {}
    lex.sets["person_titles"] = phrase_set(entities.get("titles", []))
    lex.words["org_speaker_types"] = frozenset(political.get("speaker_types", []))
    lex.office_of_private_body = bool(political.get("office_of_private_body", False))  # session 25 (events-en25)
    lex.title_name_chain = bool(political.get("title_name_chain", False))  # session 25 (events-en25)


def _load_words_and_tables(lex: EventLexicon, data: dict[str, Any], forms: _Forms) -> None:
    phrase_set = forms.phrase_set
    syntax = data.get("syntax", {})
    for name in ("clitics", "object_clitics", "we", "determiners", "recipient_preps", "agent_preps", "location_preps",
                 "source_preps", "other_preps", "boundaries", "split_if_verb", "inherit_openers", "purpose", "relative",
                 "complementizers", "not_verbs", "verbs", "aux", "passive_aux", "demonstratives", "definite_articles",
                 "subject_pronoun_fallback", "coord", "maker_words", "currency_words", "between_preps", "finite_aux", "fronted_openers",
                 "anaphoric_objects", "possessives", "object_continues", "place_agent_roles", "agent_group_nouns", "spaced_boundaries", "temporal_openers", "perfect_aux",
                 "report_nouns", "report_links", "reduced_passive_agents", "attributive_not_nouns", "anaphoric_events",
                 "object_control", "control_openers", "promise_forms", "complement_role_skip", "office_of_preps",
                 "firm_affiliation_preps", "light_modifiers", "mutual_third_party_preps", "floating_quantifiers", "clause_verbs", "denial_answers",
                 "according_receivers", "according_scope_breaks", "according_whole_markers", "existential", "object_relatives",
                 "relative_copulas", "partitive_of", "partitive_heads", "partitive_possessor_marks", "form_fallback_words",
                 "topic_heads", "recipient_clause_edges", "relative_party_edges", "addressee_verbs", "role_object_preps", "report_continuers",
                 "continuing_subjects", "presupposing_contents", "light_after_passive", "side_pronouns", "role_subject_skip"):
        lex.words[name] = frozenset(w.lower() for w in syntax.get(name, []))
    # Session 23 (events-en23): the parties a pair description may stand for besides countries (code prefixes, as
    # written: "IGO") and how many sentences before its own it looks back
    lex.words["pair_party_prefixes"] = frozenset(syntax.get("pair_party_prefixes", []))
    lex.pair_lookback = int(syntax.get("pair_lookback", 1))
    lex.words["block_contexts"] = frozenset(w.lower() for w in data.get("blockers", {}).get("contexts", []))
    lex.words["preps"] = frozenset().union(*(lex.words[k] for k in ("recipient_preps", "agent_preps", "location_preps",
                                                                        "source_preps", "other_preps")))
    lex.words["complement_taking"] = frozenset(data.get("complement_taking", []))
    lex.words["complement_subject_recipient"] = frozenset(data.get("complement_subject_recipient", []))
    lex.words["coordinated_content"] = frozenset(data.get("coordinated_content", []))
    lex.words["content_subject_openers"] = frozenset(w.lower() for w in data.get("content_subject_openers", []))
    lex.tables["object_recode"] = [(r["event"], r["to"], tuple(r.get("mode", [])), phrase_set(r.get("forms", [])),
                                    frozenset(f.lower() for f in r.get("trigger_words", [])), bool(r.get("at_home_only")))
                                   for r in data.get("object_recode", [])]
    lex.tables["actor_recode"] = [(r["event"], r["to"], tuple(r.get("mode", [])), frozenset(f.lower() for f in r.get("forms", [])),
                                   frozenset(r.get("actor_roles", [])), frozenset(r.get("actor_types", [])),
                                   frozenset(r["blocking_instruments"]) if "blocking_instruments" in r else None)
                                  for r in data.get("actor_recode", [])]
    for cue in data.get("mode_cue", []):
        lex.mode_cues.append((cue["event"], cue["mode"], phrase_set(cue.get("forms", []))))
    for cue in data.get("context_cue", []):
        lex.context_cues.append((cue["context"], phrase_set(cue.get("forms", []))))
    nonevent = data.get("nonevent", {})
    for domain in ("sport", "markets", "entertainment", "tech"):
        if nonevent.get(domain):
            lex.nonevent_cues[domain] = phrase_set(nonevent[domain])
    lex.nonevent_firsts = frozenset().union(*(t.lengths for t in lex.nonevent_cues.values()))
    gate = data.get("gate", {})  # stages/events/gate.py
    for name in ("metaphor_objects", "object_skip", "accident_preps", "accident_nouns", "firm_words", "norm_subjects",
                 "nonparty_objects", "ability_before", "duty_before", "habitual", "sense_phrases", "party_sense_phrases", "indefinite_objects",
                 "case_words", "fiction_frames", "kin_objects", "condition_cues", "negation_dropped"):
        lex.sets["gate_" + name] = phrase_set(gate.get(name, []))
    for name in ("state_before", "facilitation_forms", "goal_before", "question_forms", "question_skip", "question_words",
                 "nonparty_forms", "nominal_pos", "goal_subjects", "opinion_forms", "party_object_forms", "party_object_preps", "force_nouns", "contest_forms", "vote_contest_forms", "vote_words", "verbal_attack_forms", "word_war_forms", "feud_forms", "force_act_forms", "poll_share_words", "poll_margin_words", "visitor_nouns", "target_forms",
                 "target_goal_words", "embedded_question_words", "document_subjects", "campaign_rally_forms", "advice_forms",
                 "advice_words", "advice_own", "condition_not_after", "complement_condition_after", "question_presupposing"):
        lex.words["gate_" + name] = frozenset(w.lower() for w in gate.get(name, []))
    # finish._should_demand: "X should quit", said by another party, is that party's demand
    lex.sets["declared_demand_cues"] = phrase_set(data.get("declared", {}).get("demand_cues", []))
    # finish._modal_demand: the words between a modal of obligation and its verb ("harus segera menghentikan"), the
    # indefinites that make its subject anyone of a kind ("seorang petugas")
    for name in ("modal_demand_skip", "modal_demand_indefinite"):
        lex.words[name] = frozenset(w.lower() for w in data.get("declared", {}).get(name, []))
    for name in ("quad", "cameo", "goldstein", "category", "future_as", "declared_as", "declared", "modality_rules", "complement_mode", "complement_recode", "promise_recode", "home", "nonevent", "implied_agent", "implied_recipient", "speaker_agent", "government_recipient", "speaker_needed", "gate", "cameo_verbs", "opinion", "party_metonyms", "region_parties", "morphology"):
        lex.tables[name] = data.get(name, {})
    lex.genitive_after_noun = bool(syntax.get("genitive_after_noun", True))
    lex.blockers_local_after_preposition = bool(data.get("blockers", {}).get("local_after_preposition", False))
    lex.carry_first_clause_subject = bool(syntax.get("carry_first_clause_subject", False))
    lex.bare_passive_agent = bool(syntax.get("bare_passive_agent", False))
    lex.role_subjects = bool(syntax.get("role_subjects", False))
    lex.verb_prefixes = tuple(syntax.get("verb_prefixes", []))
    lex.verb_suffixes = tuple(syntax.get("verb_suffixes", []))
    lex.verb_min_len = int(syntax.get("verb_min_len", 5))
    lex.participle_suffixes = tuple(syntax.get("participle_suffixes", []))
    lex.past_participle_suffixes = tuple(syntax.get("past_participle_suffixes", []))
