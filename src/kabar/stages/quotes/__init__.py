"""Who said what: direct, indirect and mixed quotes with their speakers.

Rules over the raw text, driven by the language pack's ``quotes.toml``:
quotation marks are paired per paragraph first (so an unbalanced mark is
bounded by its paragraph, and an open quote continues only into a paragraph
that opens with a mark), then every cue word is read in one of four frames:

- after the content: ``“...,” kata Kirby.`` / ``..., Kirby said.`` / ``..., katanya.``
- before the content: ``Kirby mengatakan (kepada FT) (bahwa) ...`` / ``X told reporters that ...``
- according to: ``Menurut X, ...`` / ``..., according to X.``
- relative clause: ``..., yang mereka katakan “...”`` / ``which they described as “...”``

Speakers are resolved through the entities already on the record (a PER
inside a title phrase wins), pronouns through coreference mentions or, failing
those, salience; carry-over cues ("lanjutnya", "he added") take the previous
quote's speaker. A full-paragraph quote without a cue continues the previous
speaker.

The package: ``lexicon`` (the pack compiled), ``pairs`` (quotation marks), ``context``
(candidates and per-article state), ``cues``/``content``/``frames`` (the finder's
three readings, joined in ``finder``), ``speakers`` (phrase to entity).
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from dataclasses import replace
from typing import Optional

from kabar import lang as langpacks
from kabar.record import Article, Mention, Quote
from kabar.stages import stage
from kabar.stages.quotes.context import Candidate, QuoteContext
from kabar.stages.quotes.finder import Finder
from kabar.stages.quotes.lexicon import ATTRIBUTION_MODES, WORD, QuoteLexicon
from kabar.stages.quotes.pairs import Pair, pair_marks
from kabar.stages.quotes.speakers import Resolver, strip_determiner
from kabar.text.names import fold
from kabar.text.parse import base, parse_of
from kabar.text.sentences import doc_of, sentence_spans

__all__ = ["QuoteStage", "find_quotes", "QuoteLexicon", "Finder", "Resolver", "Pair", "pair_marks"]

log = logging.getLogger("kabar.quotes")


def _is_duplicate(c: Candidate, k: Candidate) -> bool:
    """``c`` claims mostly what kept ``k`` claims (neither's cue inside the other), or the same cue."""
    ov = min(c.end, k.end) - max(c.start, k.start)
    small = max(1, min(c.end - c.start, k.end - k.start))
    k_cue_in_c = k.cue_start is not None and c.start <= k.cue_start < c.end
    c_cue_in_k = c.cue_start is not None and k.start <= c.cue_start < k.end
    return (ov / small > 0.5 and not (k_cue_in_c or c_cue_in_k)) or (c.cue_start is not None and c.cue_start == k.cue_start)


def _ordered(cands: list[Candidate]) -> list[Candidate]:
    """Drop duplicates (one content claimed twice) and link nested quotes to their parent.

    Linear in practice: a candidate is compared only with kept ones that can overlap or contain
    it, found by bisection over their starts within the longest kept quote's length (pairwise
    comparison took most of the time on a 4 MB article).
    """
    cands.sort(key=lambda c: (c.rank, c.start))
    kept: list[Candidate] = []
    starts: list[tuple[int, int]] = []  # (start, index in kept), sorted
    cues: set[int] = set()
    longest = 0
    for c in cands:
        dup = c.cue_start is not None and c.cue_start in cues
        if not dup:  # only a kept quote that overlaps c can make it a duplicate (ov > 0)
            lo = bisect.bisect_left(starts, (c.start - longest, -1))
            hi = bisect.bisect_left(starts, (c.end, -1))
            dup = any(_is_duplicate(c, kept[j]) for _, j in starts[lo:hi])
        if not dup:
            kept.append(c)
            bisect.insort(starts, (c.start, len(kept) - 1))
            longest = max(longest, c.end - c.start)
            if c.cue_start is not None:
                cues.add(c.cue_start)
    kept.sort(key=lambda c: (min(c.start, c.cue_start if c.cue_start is not None else c.start), c.start))
    _link_parents(kept)
    return kept


def _link_parents(kept: list[Candidate]) -> None:
    """Each quote's parent: the shortest longer kept quote containing it (and its cue); the first on ties."""
    by_start = sorted((k.start, j) for j, k in enumerate(kept))
    first_chars = [start for start, _ in by_start]
    longest = max((k.end - k.start for k in kept), default=0)
    for i, c in enumerate(kept):
        best: Optional[tuple[int, int]] = None
        lo = bisect.bisect_left(first_chars, c.end - longest)  # a container starts at most `longest` before c ends
        hi = bisect.bisect_right(first_chars, c.start)
        for _, j in by_start[lo:hi]:
            k = kept[j]
            if j != i and k.start <= c.start and c.end <= k.end and (k.end - k.start) > (c.end - c.start) and \
                    (c.cue_start is None or k.start <= c.cue_start < k.end):
                best = min(best, (k.end - k.start, j)) if best else (k.end - k.start, j)
        c.parent = best[1] if best else None


def find_quotes(record: Article, lex: QuoteLexicon) -> list[Quote]:
    sentences = [(s.start, s.end) for s in record.sentences]
    if not sentences:

        sentences = sentence_spans(doc_of(record))
    A = QuoteContext(record, lex, sentences)
    A.parse = parse_of(record)  # the syntax stage's parse, or None (then the chunk rules stand alone)
    finder = Finder(lex)
    found = finder.find(A)
    found += finder.from_parse(A, found)
    found += finder.claim_nouns(A, found)
    cands = _ordered(found)
    finder.cut_before_own_act(A, cands)
    _link_parents(cands)  # a content cut before the next act no longer holds that act's quote
    finder.refine_speakers(A, cands)
    finder.trim_coordinated(A, cands)
    finder.trim_fronted_clause(A, cands)
    Resolver(lex).resolve(A, cands)
    _link_pronoun_speakers(A, cands)
    if lex.speaker_phrase_last_pos and A.parse is not None:
        kept = [c for c in cands if not _junk_speaker(A, c)]
        if len(kept) < len(cands):
            cands = kept
            _link_parents(cands)
    if lex.split_continued:
        cands = _split_at_gaps(A, cands)
    kinds: dict[int, str] = {}
    if lex.attribution == "wide":  # the wide reading keeps only its own kinds: statements come from the speech reading (merge_wide)
        kinds = _wide_kinds(A, cands)
        cands = [c for c in cands if kinds.get(id(c)) not in (None, "-")]
        _link_parents(cands)
    # ids in text order; parents by index
    order = sorted(range(len(cands)), key=lambda i: (cands[i].start, cands[i].end))
    ids = {i: f"Q{n + 1}" for n, i in enumerate(order)}
    quotes = []
    for i in order:
        c = cands[i]
        medium = medium_ent = None
        if c.medium_span is not None:
            ent = _NO_LEXICON.entity_for_span(A, *c.medium_span)
            medium_ent = ent.id if ent is not None else None
            medium = ent.name if ent is not None else strip_determiner(record.text[c.medium_span[0]:c.medium_span[1]])
            if ent is not None and ent.type == "PER":
                medium = medium_ent = None
        quotes.append(Quote(
            id=ids[i], speaker=c.speaker, speaker_name=c.speaker_name, cue=c.cue, kind=c.kind, text=c.text,
            start=c.start, end=c.end, cue_start=c.cue_start, cue_end=c.cue_end, medium=medium,
            medium_entity=medium_ent, parent=ids[c.parent] if c.parent is not None else None,
            attribution=kinds.get(id(c)),
        ))
    return quotes


_SUBJECTS = ("nsubj", "csubj")


def _junk_speaker(A: QuoteContext, c: Candidate) -> bool:
    """Session 30 (spkfp30): a raw speaker phrase (no entity stands for it) that is no noun phrase, so the quote is
    no attribution, or one whose source the phrase does not name:

    - it ends in a word of the pack's ``speaker_phrase_last_pos`` (a preposition or subordinator: "line by saying",
      "voted in favor", "they spoke on a variety of topics in hopes"), a coordinating conjunction ("or tweets",
      "turns down customers ... or asks"; not "both" or "all") or a relative pronoun ("two of whom have already
      pledged their support", "93,522 people who voted for John Edwards");
    - it holds a clause of its own, a finite verb with its subject inside the phrase ("Bush also won narrower
      victories in coastal | states", "The tax applies to the most expensive private health insurance | plans",
      "a majority of Americans say they | believe"); a participle's subject is a parse slip ("Some 56 percent of
      Cuban-Americans polled said"), a relative pronoun's a relative clause ("the man who founded it said").

    Either way the cue verb's parsed subject becomes the speaker when it can (``_subject_speaker``): then the quote
    stays."""
    if c.speaker is not None or c.speaker_span is None or c.mode != "phrase":
        return False
    parse = A.parse
    s, e = c.speaker_span
    parse.ensure_at([s])
    toks = [t for t in parse.tokens_in(s, e) if parse.pos[t] != "PUNCT"]
    if not toks:
        return False
    last = toks[-1]
    why = None
    if parse.pos[last] in A.lex.speaker_phrase_last_pos or parse.word[last].lower() in A.lex.relative_pronouns or \
            parse.pos[last] == "CCONJ" and parse.dep[last] == "cc":
        why = "last " + parse.pos[last]
    else:
        inside = set(toks)
        for t in toks:
            h = parse.head[t]
            if parse.dep[t].split(":")[0] in _SUBJECTS and h in inside and h != t and \
                    parse.word[t].lower() not in A.lex.relative_pronouns and not _participle_slip(A, h, inside):
                why = "clause"
                break
    if why and _subject_speaker(A, c, (s, e), within=why == "clause" or parse.word[last].lower() in A.lex.relative_pronouns):
        why = "repaired"
    if why and log.isEnabledFor(logging.DEBUG):  # every drop and repair, to be read (docs/quotes.md, spkfp30)
        sent = A.sentence(s)
        log.debug("junk speaker\t%s\t%s\t%s\t%s\t%r", why, A.text[s:e], c.speaker_name if why == "repaired" else "",
                  c.cue, A.text[sent[0]:sent[1]][:300])
    return why is not None and why != "repaired"


def _subject_speaker(A: QuoteContext, c: Candidate, phrase: tuple[int, int], within: bool) -> bool:
    """The cue verb's subject as parsed, when the phrase before the cue ends in a function word: a coordinated verb's
    ("the former president showed considerable restraint Monday and described ..."), a verb after a preposition's
    ("Silverman ... incurred a wave of boos upon saying", "Pastor Darrell Scott defended Trump's line by saying"; after
    a marker of ``speaker_object_markers`` the object: "the newspaper quoted the executive as saying"), a
    subject inside a clause read as the phrase ("It comes after Pakistan's High Commissioner to Britain said", "It
    lost a High Court action when a judge said") or a relative pronoun's antecedent there ("the Low Pay Commission
    which said"), never for a verb that modifies a noun ("refugees admitted"). The subject (a noun or name, its relative clauses
    and appositions left out, before the cue) becomes the speaker phrase; False when there is none."""
    parse = A.parse
    toks = parse.tokens_in(c.cue_start, c.cue_end) if c.cue_start is not None and c.cue_end is not None else []
    verbs = [t for t in toks if parse.pos[t] in ("VERB", "AUX")]
    if not verbs:
        return False
    v = verbs[0]
    if parse.dep[v] == "acl" or parse.is_passive(v) or within and parse.dep[v].split(":")[0] == "conj":
        return False  # "the majority of Syrian refugees admitted are", "a bill criticized as": the verb describes a
        # noun; "people will be automatically denied a visa": a passive's subject is no source; "children live ... and
        # carers have said": a conjunct's subject inside a clause read as the phrase is a guess
    subj = None
    for _ in range(4):
        subj = parse.subject(v)
        if subj is not None or parse.dep[v].split(":")[0] != "advcl" or parse.head[v] == v:
            break
        marked = any(parse.word[k].lower() in A.lex.speaker_object_markers for k in parse.children(v)
                     if parse.dep[k] in ("mark", "case"))
        v = parse.head[v]  # "incurred a wave of boos upon saying": the clause the adverbial hangs from
        obj = parse.object(v) if marked else None
        if obj is not None and parse.start[obj] < c.cue_start:
            subj = obj  # "Reuters quoted one trader as saying": the object speaks
            break
    if subj is not None and parse.word[subj].lower() in A.lex.relative_pronouns:
        prev = [t for t in parse.tokens_in(phrase[0], parse.start[subj]) if parse.pos[t] != "PUNCT"]
        subj = prev[-1] if prev else None  # "the Low Pay Commission which said" parsed as an adverbial clause
    if subj is None or parse.pos[subj] not in ("NOUN", "PROPN") and not (
            parse.pos[subj] == "ADJ" and parse.kids(subj, "det")):  # "the executive" tagged an adjective
        return False
    drop = [k for k in parse.children(subj)
            if parse.dep[k].split(":")[0] in ("acl", "appos", "parataxis", "punct", "case", "advcl")]
    span = parse.span(subj, without=drop)
    if span is None or span[1] > c.cue_start:
        return False
    inner = parse.tokens_in(*span)
    if not inner or parse.pos[inner[0]] in ("ADP", "PART", "CCONJ", "SCONJ", "AUX", "VERB") or \
            any(parse.word[t].lower() in A.lex.relative_pronouns or parse.pos[t] in ("VERB", "AUX") for t in inner):
        return False  # "Factor in the 93,522 people", "the vast majority of whom", "What's terrifying to us is
        # people": no clean noun phrase
    if within and not phrase[0] <= parse.start[subj] < phrase[1]:
        return False  # a clause's or a relative pronoun's subject must be in the phrase read as the speaker
    ent = Resolver(A.lex).entity_for_span(A, *span)
    c.speaker_span = span
    if ent is not None:
        c.speaker, c.speaker_name, c.speaker_type = ent.id, ent.name, ent.type
    else:
        c.speaker, c.speaker_name = None, strip_determiner(A.text[span[0]:span[1]])
    return True


def _participle_slip(A: QuoteContext, h: int, inside: set[int]) -> bool:
    """A subject's head that may be a participle the parser read as a finite verb: tagged a participle or gerund, an
    imperative ("A Mori | poll this summer"), an auxiliary of the pack ("critics have in particular noted": the
    speaker clean-up's business), or a past form with
    no auxiliary and no object in the phrase ("veterans interviewed at Trump rallies", "a Boston Globe Poll released Sunday"), or a
    word that is no verb and has no copula ("officials involved with the groups")."""
    parse = A.parse
    morph = parse.morph[h] or ""
    if "VerbForm=Part" in morph or "VerbForm=Ger" in morph or "Mood=Imp" in morph or \
            parse.word[h].lower() in A.lex.auxiliaries or parse.dep[h].split(":")[0] in ("aux", "cop"):
        return True  # "the legal team for two Algerian suspects (VERB, aux) being held": no clause
    if parse.pos[h] not in ("VERB", "AUX"):  # "officials involved (ADJ) with the groups": a clause needs a verb or copula
        return not any(parse.dep[k] == "cop" for k in parse.children(h))
    return "Tense=Past" in morph and not any(parse.dep[k].split(":")[0] in ("aux", "obj", "ccomp", "xcomp")
                                            for k in parse.children(h) if k in inside)



def _object_content(A: QuoteContext, c: Candidate, toks: list[int], kind: Optional[str] = None) -> bool:
    """A stance, evaluation or topic cue's content is its object as parsed ("endorsed Sanders in February" ->
    "Sanders"; "talked about trade at the rally" -> "trade"), with an evaluation's reason ("blasted Republicans for
    being sore losers", PolNeAR's span); False when the verb has none or modifies a noun."""
    parse = A.parse
    verbs = [t for t in toks if parse.pos[t] == "VERB"]
    if not verbs:
        return True  # "is in favor of": the chunk rules' content stands
    if fold(c.cue or "") in A.lex.request_forms and _request_frame(parse, c):
        return True  # "called on Democrat candidate Hillary Clinton to at least do something": object and infinitive
    v = verbs[-1]
    if parse.dep[v].split(":")[0] in ("amod", "compound", "nmod"):
        return False
    obj = parse.object(v)
    last = A.text[parse.start[toks[-1]]:parse.end[toks[-1]]].lower()
    if obj is None or parse.start[obj] < c.cue_end:
        obj = next((o for prep, o in parse.obliques(v) if prep == last and parse.start[o] >= c.cue_end), None)
    if obj is None:
        obj = _gerund_object(parse, v, c.cue_end)
    if obj is None:
        return False
    span = parse.span(obj, without=parse.kids(obj, "case"))
    if span is None:
        return False
    s, e = span
    to = parse.token_at(e)
    if to is not None and parse.start[to] >= e and parse.word[to].lower() == "to" and _verb_after(parse, to) and \
            kind == "stance":
        vs = parse.span(to + 1)  # "called for Trump to drop out of the race": the object's infinitive belongs to it
        if vs is not None and vs[1] > e:
            e = vs[1]
    if kind == "evaluation":
        for o in parse.children(v):
            if parse.dep[o].split(":")[0] in ("obl", "advcl") and parse.marker(o) == "for" and parse.start[o] > e:
                e = max(e, parse.span(o)[1])
    if s < c.cue_end or e > c.end + 1:
        return True  # the parse disagrees with the chunk rules' reading: keep theirs
    c.start, c.end, c.text = s, e, A.text[s:e]
    return True


def merge_wide(speech: list[Quote], wide: list[Quote], nested_in: frozenset[str] | set[str] = frozenset()) -> list[Quote]:
    """The speech reading's quotes as they are, with the wide reading's other attributions added (one that claims
    mostly what a statement claims, neither's cue inside the other, or shares its cue, or whose cue is inside a
    statement's content, is left out); ids renumbered in text order, a statement
    keeping its parent and an added quote taking the shortest longer quote around it and its cue."""
    added = []
    for w in wide:
        if any(_is_duplicate(w, q) for q in speech):  # type: ignore[arg-type]  (the same fields)
            continue
        if w.cue_start is not None and any(q.start <= w.cue_start < q.end and fold(q.cue or "") not in nested_in
                                           for q in speech):  # nested_in: "According to ABC News, Basya believes ..."
            continue  # "X said he believes ...", "“I think ...”": the statement is the attribution (PolNeAR marks it alone)
        added.append(w)
    if not added:
        return speech
    both = sorted(speech + added, key=lambda q: (q.start, q.end))
    new_id = {id(q): f"Q{n + 1}" for n, q in enumerate(both)}
    old = {q.id: q for q in speech}
    out = []
    for q in both:
        if any(q is a for a in added):
            around = [k for k in both if k is not q and k.start <= q.start and q.end <= k.end
                      and (k.end - k.start) > (q.end - q.start)
                      and (q.cue_start is None or k.start <= q.cue_start < k.end)]
            parent = new_id[id(min(around, key=lambda k: k.end - k.start))] if around else None
        else:
            parent = new_id[id(old[q.parent])] if q.parent in old else None
        out.append(q.model_copy(update={"id": new_id[id(q)], "parent": parent}))
    return out


def _wide_kinds(A: QuoteContext, cands: list[Candidate]) -> dict[int, str]:
    """Wide mode: each candidate's kind of attribution (by ``id``; none for a statement), "-" for a finding verb
    whose subject is no poll, survey or study ("the video shows" is no attribution); a statement whose source is a
    poll or study ("according to a new poll", "the survey said") is a finding."""
    lex = A.lex
    out: dict[int, str] = {}
    parse = A.parse
    wide = [c for c in cands if lex.wide_kind(c.cue) and c.cue_start is not None]
    if parse is not None and wide:
        parse.ensure_at([c.cue_start for c in wide])
    for c in cands:
        kind = lex.wide_kind(c.cue) or ("stance" if c.request else None)  # "urged X to V": a stance (session 25)
        if kind is not None and parse is not None and c.cue_start is not None and c.cue_end is not None:
            toks = parse.tokens_in(c.cue_start, c.cue_end)
            if toks and kind != "finding" and not any(parse.pos[t] in ("VERB", "AUX", "ADJ") for t in toks) and \
                    not _verb_tagged_noun(parse, toks):
                out[id(c)] = "-"  # a noun ("the tax plan will ...", "his support for"): no act of the subject
                continue
            if toks and fold(c.cue or "") in lex.wide_participles and toks[0] > parse.sentence_of(toks[0]).first and \
                    parse.pos[toks[0] - 1] in ("DET", "PRON"):
                out[id(c)] = "-"  # "the creditors whose backing CAO needs", "their supporting role": a noun (session 33)
                continue
            if kind == "intention" and toks and parse.word[toks[-1]].lower() == "to":
                if not _verb_after(parse, toks[-1]):
                    out[id(c)] = "-"  # "Revenue declined to $3 billion": an intention's "to" opens a verb
                    continue
                if c.start > parse.start[toks[-1]]:  # PolNeAR's content holds the infinitive: "to comment"
                    c.start = parse.start[toks[-1]]
                    c.text = A.text[c.start:c.end]
            if c.request and kind == "stance" and not lex.wide_kind(c.cue):
                if not _request_frame(parse, c):
                    out[id(c)] = "-"  # "urged restraint", "asked him about it": a request reads only as "X to <verb>"
                    continue
            elif toks and kind in lex.object_kinds and not _object_content(A, c, toks, kind):
                out[id(c)] = "-"  # "backed down", "a tea-party backed candidate": no object, no attribution
                continue
        if kind is not None and c.cue_start is not None and c.start >= c.cue_start:
            _end_relative_clause(A, c)
        if kind == "belief" and fold(c.cue or "") in lex.as_beliefs and \
                not _AS_WORD.search(A.text[c.start:c.end].split(",", 1)[0]):
            out[id(c)] = "-"  # "X sees Y as Z" only: "Clinton saw gains in Iowa" is no belief
            continue
        if kind == "intention" and parse is None and c.cue and c.cue.lower().endswith(" to") and \
                not _LOWER_WORD.match(A.text, c.start):
            out[id(c)] = "-"  # without a parse: "declined to $3 billion" opens no verb either
            continue
        span = c.speaker_span
        words = {w.lower() for w in WORD.findall(A.text, *span)} if span is not None else set()
        by_finding = bool(words & lex.finding_sources) or bool(words & lex.finding_documents) and (
            kind != "finding" or fold(c.cue or "") in lex.document_verbs)  # "the emails show", not "email set-up put"
        if kind == "finding" and not by_finding and fold(c.cue or "") in lex.clause_findings and \
                _THAT_AFTER.match(A.text, c.cue_end or 0) and _named_subject(parse, c):
            by_finding = True  # "The researchers found that ...": a finding by anyone (session 33)
        if kind == "finding" and not by_finding:
            out[id(c)] = "-"
        elif kind is not None:
            out[id(c)] = kind
        elif by_finding:
            out[id(c)] = "finding"
    for c in cands:  # "In an online poll ..., Democracy Corp found that ...": the poll is the act's adjunct (session 25)
        if fold(c.cue or "") in lex.finding_markers and out.get(id(c)) == "finding" and any(
                d is not c and d.cue_start is not None and c.start <= d.cue_start < c.end and
                d.speaker_span is not None and c.start <= d.speaker_span[0] and _verb_cue(parse, d) for d in cands):
            out[id(c)] = "-"
    return out


_LOWER_WORD = re.compile(r"[a-z]+\b")
_THAT_AFTER = re.compile(r"\s+that\b", re.I)
_AS_WORD = re.compile(r"\bas\b")


def _end_relative_clause(A: QuoteContext, c: Candidate) -> None:
    """A wide cue in a non-restrictive relative clause (", which declined to comment, returned the rights ...",
    ", who has refused to endorse Mr. Trump, said ..."): the content ends where the clause does, at the next comma
    (session 23, PolNeAR train[320:400])."""
    text = A.text
    comma = text.rfind(",", 0, c.cue_start)
    ss = A.sentence(c.cue_start)[0]
    if comma < ss:
        return
    first = WORD.search(text, comma, c.cue_start)
    if first is None or first.group().lower() not in A.lex.relative_pronouns:
        return
    cut = text.find(", ", c.start, c.end)
    if cut > c.start:
        c.end, c.text = cut, text[c.start:cut]


def _verb_cue(parse, c: Candidate) -> bool:
    """Whether a candidate's cue is a verb in the parse ("Democracy Corp found that", not "45 percent support")."""
    if parse is None or c.cue_start is None or c.cue_end is None:
        return False
    return any(parse.pos[t] in ("VERB", "AUX") for t in parse.tokens_in(c.cue_start, c.cue_end))


def _request_frame(parse, c: Candidate) -> bool:
    """A request verb's content opens with its object and an infinitive: "urged the Republican electorate to abandon
    ...", "urged residents not to spread rumors", "asked supporters to run for office" (the content from the object
    on is PolNeAR's span); not "urged restraint", "asked him about the plan" (session 25, PolNeAR train[640:840])."""
    toks = parse.tokens_in(c.start, c.end)
    for n, t in enumerate(toks[:14]):
        if parse.pos[t] == "PUNCT" and parse.word[t] not in (",", "-", "\u2013", "\u2014"):
            return False
        if parse.word[t].lower() == "to" and n > 0:
            for k in toks[n + 1:n + 4]:  # "to vote", "to at least do", "to “stop ...”"; not "to the dinner"
                if parse.pos[k] in ("VERB", "AUX"):
                    return True
                if parse.pos[k] in ("NOUN", "PROPN", "DET", "PRON", "NUM"):
                    return False
            return False
    return False


def speech_admitted(record: Article, lex: QuoteLexicon, admits: set[str], wide: list[Quote],
                    speech: list[Quote] = ()) -> list[Quote]:
    """Session 28 (polnear28): the wide reading's attributions that speech mode also counts as statements (the pack's
    ``[wide] speech_admits``; gold/dev/README.md: a reported request is a statement, a cognitive verb presented as a
    statement is one too, optional in the gold):

    - ``request``: a directive with its addressee and an infinitive, "X urged Y to V", "asked the WTO to set up ...",
      "called on Kurds not to cross", "ordered the State Department to release" (``_request_frame``; not "asked for a
      recount", "ordered the release of": no addressee told to act);
    - ``belief``: a belief verb whose complement is a clause with its own subject, "Cairo believes Mr Sharon is moving
      ...", "Liberal Democrats believe the Home Secretary should ...", "critics are concerned that it would be ..."
      (parsed ``ccomp`` of the cue with an ``nsubj``); not "hopes to", "expected next month", "terror suspects are
      detained" (no clause of its own), not a question ("do you still think ...?"), and only by a named source: not a
      pronoun subject other than a person's "he"/"she" ("I think", "They believe": an aside, or a group coreference
      may not name); since session 34 (pn34) also an unnamed group with a noun subject ("Most local observers believe
      ...", "critics are concerned that ...": PolNeAR counts them; gold/dev's unnamed speakers are optional), not
      through a knowledge verb (pack ``[wide] factive_beliefs``: "Every parent knows ...").

    A content that runs on into a statement's cue ends at the last comma before it ("Explaining why it has asked the
    WTO to set up a panel on customs barriers, the US Trade Representative's Office said that ..." -> "the WTO to set up
    a panel on customs barriers"), or is dropped when no comma parts them. Without a parse nothing is admitted (both
    frames are read on it)."""
    parse = parse_of(record)
    if parse is None or not wide:
        return []
    out = []
    for q in wide:
        kind = q.attribution
        if q.cue_start is None or q.cue_end is None or q.start < q.cue_end:
            continue  # the cue-before frame only
        inner = [k.cue_start for k in speech if k.cue_start is not None and q.start < k.cue_start < q.end and
                 fold(k.cue or "") not in lex.claim_nouns]  # "... that will underpin his claim that ...": nested, no cut
        if inner:
            cut = record.text.rfind(", ", q.start, min(inner))
            if cut <= q.start:
                continue
            q = q.model_copy(update={"end": cut, "text": record.text[q.start:cut]})
        cue = fold(q.cue or "")
        if kind == "stance" and "request" in admits and cue in (lex.request_forms | lex.request_verbs):
            if not cue.endswith(" for") and _request_frame(parse, q) and _told_to_act(parse, q):
                out.append(q)  # not "asked for more investments to ...": no addressee
        elif kind == "belief" and "belief" in admits and _stated_belief(record.text, parse, lex, q):
            out.append(q)
    return out


def _told_to_act(parse, q: Quote) -> bool:
    """The infinitive after a request's object is the act it asks for: parsed as the cue verb's clausal complement
    ("urged Congress to take action", "ordered all big loans to be scrutinised"), not a purpose clause or a noun's
    modifier ("has encouraged construction of new capacity to solve shortages", "ordered a halt to work on the river")."""
    cues = [t for t in parse.tokens_in(q.cue_start, q.cue_end) if parse.pos[t] in ("VERB", "AUX")]
    toks = parse.tokens_in(q.start, q.end)
    for n, t in enumerate(toks[:16]):
        if parse.word[t].lower() == "to" and parse.pos[t] == "PART":
            v = parse.head[t]
            if parse.dep[v].split(":")[0] in ("xcomp", "ccomp") and parse.head[v] in cues:
                return True
            # a short addressee with no preposition or verb of its own ("calling on the government to stem ...")
            return n <= 5 and not any(parse.pos[k] in ("ADP", "VERB", "AUX") for k in toks[:n])
    return False  # "ordered a halt to work on the river": "to" a preposition


def _stated_belief(text: str, parse, lex: QuoteLexicon, q: Quote) -> bool:
    """A belief cue with a clause of its own after it, asserted (no question) by a named, non-pronoun subject, or
    (session 34) by a noun subject phrase that names no entity, through a verb other than a knowledge verb."""
    toks = parse.tokens_in(q.cue_start, q.cue_end)
    heads = [t for t in toks if parse.pos[t] in ("VERB", "ADJ", "AUX")]
    if not heads:
        return False
    sent = parse.sentence_of(heads[-1])
    if text[sent.start:sent.end].rstrip(" \"'”’").endswith("?"):
        return False
    clause, noun_subject = None, False
    for h in heads:
        for k in parse.children(h):
            if parse.dep[k].split(":")[0] == "ccomp" and parse.start[k] >= q.cue_end and parse.kids(k, "nsubj", "nsubj:pass", "expl"):
                clause = k
        subj = parse.subject(h, inherit=False)
        if subj is not None and parse.pos[subj] == "PRON" and parse.word[subj].lower() not in lex.singular - lex.nonhuman:
            return False  # "I think", "They believe" (a group coref may not name): left to the statement around it
        noun_subject = noun_subject or (subj is not None and parse.pos[subj] in ("NOUN", "PROPN"))
    if q.speaker is not None:
        return clause is not None
    # Session 34 (pn34): a speaker phrase naming no entity ("Some Democratic officials think ...", "The Mexican government
    # hopes that ..."), when the cue's subject is a noun and the verb no knowledge verb ("Every parent knows ...")
    factive = bool(set(fold(q.cue or "").split()) & lex.factive_beliefs)
    return clause is not None and noun_subject and bool(q.speaker_name) and not factive


def _gerund_object(parse, v: int, cue_end: int) -> Optional[int]:
    """Session 35 (pn35): a gerund clause that stands as the object of a stance, evaluation or topic verb ("Sanders
    supports raising the minimum wage", "Trump has proposed temporarily banning Muslims", "talked about embedding
    troops"): the parse hangs it as ``xcomp``/``ccomp`` (or, after a preposition, ``advcl``) with no nominal object;
    its head, when it opens right after the cue (an adverb before it at most) and carries no "to" or subordinator."""
    for k in parse.children(v):
        morph = parse.morph[k] or ""
        if base(parse.dep[k]) not in ("xcomp", "ccomp", "advcl") or parse.start[k] < cue_end or \
                "VerbForm=Ger" not in morph and not ("VerbForm=Part" in morph and "Tense=Pres" in morph):
            continue  # the -ing form: tagged Ger, or a present participle
        if any(base(parse.dep[m]) in ("mark", "case") and parse.start[m] >= cue_end for m in parse.children(k)):
            continue  # "to raise", "before leaving": an infinitive or an adjunct clause, no object
        first = parse.span(k)
        if first is None or any(parse.pos[t] not in ("ADV", "PART") for t in parse.tokens_in(cue_end, first[0])):
            continue
        return k
    return None


def _verb_after(parse, t: int) -> bool:
    """Whether the token after ``t`` in its sentence is a verb ("plans to focus", not "declined to $3 billion")."""
    n = t + 1
    return n < parse.sentence_of(t).last and parse.pos[n] in ("VERB", "AUX")


def _verb_tagged_noun(parse, toks: list[int]) -> bool:
    """A one-word wide cue the parse tags as a noun that still reads as its subject's verb: an -s form right after
    a noun or name (no determiner, possessive or adjective before it) and before "that" or "to" and a verb: "Clinton
    plans to focus on jobs", "The party leadership fears that closures could ..." (session 23, PolNeAR train:
    the parser reads "Clinton plans" as a compound); not "Clinton's plans to", "the plans to", "his support for"."""
    t = toks[0]
    ps = parse.sentence_of(t)
    word = parse.word[t].lower()
    if t - 1 < ps.first or t + 1 >= ps.last:
        return False
    if not word.endswith("s"):
        return len(toks) == 1 and _plural_subject_verb(parse, t, ps)
    before = t - 1
    if parse.pos[before] not in ("NOUN", "PROPN") or parse.dep[before].split(":")[0] == "nmod":
        return False
    for i in range(before - 1, ps.first - 1, -1):  # the noun phrase before opens its clause: not "protesting
        if parse.pos[i] in ("PUNCT", "SCONJ"):      # unpaid wages and government plans to cut"
            break
        if parse.pos[i] in ("VERB", "AUX", "CCONJ", "ADP"):
            return False
    if len(toks) > 1:  # "plans to": the cue's own "to"
        return parse.word[toks[-1]].lower() == "to" and _verb_after(parse, toks[-1])
    w = parse.word[t + 1].lower()
    return w == "that" or (w == "to" and _verb_after(parse, t + 1))


def _named_subject(parse, c: Candidate) -> bool:
    """The cue verb's parsed subject is a noun inside the speaker phrase, which holds no verb or preposition (whose
    object the speaker finder may take, "The court in Washington" -> Washington): "The NAO found that ...",
    not "A study ..., commissioned by X, found that", "An investigation commissioned by Shell found that" (the phrase
    names X), nor "It also found that" (a pronoun: coref may pick the wrong body). Session 33 (pnwide33)."""
    if parse is None or c.speaker_span is None or c.cue_start is None or c.cue_end is None:
        return False
    verbs = [t for t in parse.tokens_in(c.cue_start, c.cue_end) if parse.pos[t] in ("VERB", "AUX")]
    subj = parse.subject(verbs[-1], inherit=False) if verbs else None
    s, e = c.speaker_span
    return subj is not None and parse.pos[subj] in ("NOUN", "PROPN") and s <= parse.start[subj] < e and \
        not any(parse.pos[t] in ("VERB", "AUX", "ADP") for t in parse.tokens_in(s, e))  # not "commissioned by Shell"


_PLURAL_VERB_NEXT = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "SCONJ"})


def _plural_subject_verb(parse, t: int, ps) -> bool:
    """Session 33 (pnwide33): a bare wide cue the parse tags as a noun right after a plural noun, in a sentence with
    no verb before it, and before its object or clause: the parser's compound of a plural subject and its verb ("A
    majority of Republicans support deportation", "Supporters of the law hope this is ...", "super PACs favor Cruz";
    PolNeAR train); not "his support for", "the tax plan will", "Latino support for them"."""
    before = t - 1
    prev = parse.word[before]
    if parse.pos[before] not in ("NOUN", "PROPN") or not prev.endswith("s") or prev.endswith(("'s", "\u2019s", "ss")):
        return False
    if parse.pos[t + 1] not in _PLURAL_VERB_NEXT:
        return False
    return not any(parse.pos[i] in ("VERB", "AUX") for i in range(ps.first, t))


def _link_pronoun_speakers(A: QuoteContext, cands: list[Candidate]) -> None:
    """A pronoun speaker phrase ("he said", "They say") that the speaker rules resolved to an entity becomes a pronoun
    mention of that entity, so the record says who "he" is wherever a quote does: added where the coref stage left
    the pronoun unlinked, moved where it linked it to another entity (the speaker stack follows who is speaking
    across paragraphs; coref's nearest fitting name does not: "Sanders responds that ... He says, ..." had "He"
    on Hillary Clinton)."""
    pronouns = A.lex.singular | A.lex.plural
    if not pronouns:
        return
    record = A.record
    genders = _pronoun_genders(record.lang)
    for c in cands:
        if c.speaker is None or c.speaker_span is None:
            continue
        s, e = c.speaker_span
        word = A.text[s:e].strip().lower()
        if word not in pronouns:
            continue
        ent = record.entity(c.speaker)
        if ent is None:
            continue
        g = genders.get(word)
        if g:
            told = [genders.get(m.text.strip().lower()) for m in ent.mentions if m.kind == "pronoun"]
            if sum(1 for x in told if x not in (None, g)) > sum(1 for x in told if x == g):
                continue  # "He" for a person written mostly "she": the speaker rules' guess, not coreference
        held = record.mentions_in(s, e)
        if any(other is ent for other, _ in held):
            continue
        if any(m.kind != "pronoun" or len(other.mentions) < 2 for other, m in held):
            continue  # a name or description over the phrase, or an entity that is only this pronoun
        for other, m in held:
            other.mentions[:] = [x for x in other.mentions if x is not m]
        ent.mentions.append(Mention(start=s, end=e, text=A.text[s:e], kind="pronoun"))
        ent.mentions.sort(key=lambda m: (m.start, m.end))
        record.mentions_changed()


@functools.lru_cache(maxsize=None)
def _pronoun_genders(code: Optional[str]) -> dict[str, str]:
    """Pronoun form -> the gender it tells (the coreference pack's ``[[pronouns]]`` with a ``gender``)."""
    try:
        tables = langpacks.pack(code).data("coref").get("pronouns", [])
    except Exception:
        return {}
    return {f.lower(): t["gender"] for t in tables if isinstance(t, dict) and t.get("gender") for f in t.get("forms", [])}


def _split_at_gaps(A: QuoteContext, cands: list[Candidate]) -> list[Candidate]:
    """House style: a direct quote that goes on into another paragraph (a continuation opener, a gap)
    is one item per paragraph, each with the speaker and cue that carry the first."""
    text = A.text
    out = list(cands)
    for c in cands:
        if c.kind != "direct":
            continue
        p = A.pair_starting_at(c.start)
        if p is None or p.end != c.end or not p.gaps:
            continue
        bounds = [p.inner_start] + [g + 1 for g in p.gaps]
        ends = list(p.gaps) + [p.inner_end]
        pieces = []
        for s, e in zip(bounds, ends):
            body = text[s:e].strip().rstrip(",").strip()
            if WORD.search(body):
                pieces.append((s, e, body))
        if len(pieces) < 2:
            continue
        s0, e0, b0 = pieces[0]
        first_end = c.end
        c.end, c.text = e0, b0
        for s, e, body in pieces[1:]:
            out.append(replace(c, start=s - 1, end=e if e != p.inner_end else first_end, text=body, follow=[]))
    return out


_NO_LEXICON = Resolver(None)  # entity_for_span reads no lexicon


@stage("quotes", requires=("text", "sentences", "entities"), assigns=("quotes", "entities"), topic="quotes")
class QuoteStage:
    def __init__(self, attribution: str = "speech", reported_requests: bool = False):
        """``attribution``: "speech" (statements only, gold/dev's quote convention) or "wide" (also beliefs,
        intentions, stances, evaluations, topics and findings, as PolNeAR counts them; docs/quotes.md).
        ``reported_requests`` (a switch, off by default; session 26): a request with its object and clause
        ("X meminta Y agar ...", pack ``reported_requests``) is reported speech without "bahwa" (docs/quotes.md)."""
        if attribution not in ATTRIBUTION_MODES:
            raise ValueError(f"quotes: attribution must be one of {', '.join(ATTRIBUTION_MODES)}, not {attribution!r}")
        self.attribution = attribution
        self.reported_requests = bool(reported_requests)
        self._lex: dict[tuple[str, str], QuoteLexicon] = {}

    def lexicon(self, code: str, attribution: str = "speech") -> QuoteLexicon:
        if (code, attribution) not in self._lex:
            self._lex[code, attribution] = QuoteLexicon(code, attribution, reported_requests=self.reported_requests)
        return self._lex[code, attribution]

    def __call__(self, record: Article) -> Article:
        code = record.lang or "xx"
        lex = self.lexicon(code)
        record.quotes = find_quotes(record, lex)
        if self.attribution == "wide":  # statements exactly as in speech mode, the other attributions added
            record.quotes = merge_wide(record.quotes, find_quotes(record, self.lexicon(code, "wide")))
        elif lex.speech_admits:  # Session 28 (polnear28): reported requests and stated beliefs (pack [wide] speech_admits)
            wide = self.lexicon(code, "wide")
            admitted = speech_admitted(record, wide, lex.speech_admits, find_quotes(record, wide), record.quotes)
            if admitted:  # an act nested in an "according to" content keeps its own source (gold/dev/README.md)
                outer = {f for f, roles in lex.roles.items() if "acc" in roles}
                record.quotes = merge_wide(record.quotes, admitted, nested_in=outer)
        return record
