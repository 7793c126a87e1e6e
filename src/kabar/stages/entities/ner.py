"""The trained NER model's spans: run over windows of kabar's tokens, split, typed and cleaned of junk."""

from __future__ import annotations

import bisect
from collections import Counter

from typing import Optional

import numpy
from spacy.tokens import Doc

from kabar import interleave
from kabar.models.tagger_ner import TaggerNER
from kabar.stages.entities.loading import HYPHENS, QUOTES, Cand, Resources, log, places_gazetteer
from kabar.stages.entities.titles import glue, title_matches
from kabar.text.tokens import Toks, fold_token


def _ner_tokens(T: Toks, res: Resources, conf: list[Cand], lower_words: set[str]) -> list[int]:
    """Tokens of the sentences where a model can add something: those with a capitalised word that no
    confident span covers (the model is the main cost of the stage; most sentences need it, some do not)."""
    covered = bytearray(T.n)
    for c in conf:
        if not c.nested:
            covered[c.start:c.end] = b"\x01" * c.length
    keep: list[int] = []
    a = 0
    for b in range(1, T.n + 1):
        if b < T.n and not T.sent_start[b]:
            continue
        if any(T.cap[k] and T.word[k] and not covered[k] and T.folded[k] not in res.stop
               and not (T.sent_start[k] and T.folded[k] in lower_words) for k in range(a, b)):
            keep.extend(range(a, b))
        a = b
    return keep


def _ner_windows(T: Toks, index: list[int], radius: int) -> tuple[list[int], list[bool]]:
    """Of the kept tokens, the ones a tagger must see, and which of those may be inside a name.

    A name's words are capitalised or sit next to a capitalised word ("Bank of America",
    "kecamatan Selat Nasik"); a tagger whose scores depend on `radius` tokens each side gives
    those words the same scores when it sees them with `radius` tokens of context, so the
    rest of the text (about half of English news, a quarter of Indonesian) is never run.
    Windows are joined into one Doc: a word that may be in a name is at least `radius` tokens
    from any join, so no join changes its scores.
    """
    cap, word = T.cap, T.word
    named = numpy.array([cap[k] and word[k] for k in index], dtype=bool)
    maybe = named.copy()  # within one token of a capitalised word
    maybe[1:] |= named[:-1]
    maybe[:-1] |= named[1:]
    keep = maybe.copy()  # `radius` tokens each side of a maybe token
    for d in range(1, radius + 1):
        keep[d:] |= maybe[:-d]
        keep[:-d] |= maybe[d:]
    return numpy.asarray(index)[keep].tolist(), maybe[keep].tolist()


def run_ner(T: Toks, res: Resources, conf: Optional[list[Cand]] = None, lower_words: Optional[set] = None) -> list[Cand]:
    model = res.ner
    if model is None:
        return []
    try:
        if hasattr(model, "pipeline"):  # a spaCy pipeline: run its components on our own tokens
            index = _ner_tokens(T, res, conf, lower_words) if conf is not None else list(range(T.n))
            if not index:
                return []
            procs = [proc for _, proc in model.pipeline]
            tagger = procs[-1] if isinstance(procs[-1], TaggerNER) else None
            maybe = None
            if tagger is not None:  # kabar's tagger: only the stretches around capitalised words
                index, maybe = _ner_windows(T, index, tagger.receptive_field)
                if not index:
                    return []
                procs = procs[:-1]
            # the kept tokens, in the segment stage's vocabulary, whose lexemes the tokenizer already built (a new
            # vocabulary would build one per new word); within Pipeline.run_many the articles' words go through the
            # model together (one call)
            words = [T.words[k] for k in index]
            ndoc, scores = interleave.defer(_predict_many, (model, procs, tagger, T.doc.vocab, words, T.ws, index, maybe),
                                            account="entities")
            if tagger is not None:
                spans = tagger.decode_scored(scores, outside=[not m for m in maybe])
            else:
                spans = [(ent.start, ent.end, ent.label_, None) for ent in ndoc.ents]
            ents = [(index[s], index[e - 1] + 1, label, score) for s, e, label, score in spans]
        else:  # any callable text -> Doc: map character offsets back onto our tokens
            ndoc = model(T.text)
            ents = []
            for ent in ndoc.ents:
                span = T.doc.char_span(ent.start_char, ent.end_char, alignment_mode="expand")
                if span is not None:
                    ents.append((span.start, span.end, ent.label_, None))
    except Exception as exc:  # the model must never take the pipeline down
        log.warning("NER failed: %s", exc)
        return []
    out = []
    for s, e, label, score in ents:
        mapped = res.ner_labels.get(label)
        if mapped:
            out.append(Cand(s, e, mapped, "ner", score=score))
    return out


def model_confidence(n: int, decoded: list[Cand]) -> list[Optional[float]]:
    """Per token, the confidence of the model span decoded over it (None where the model decoded none or gave no
    score). Kept per token, not per candidate, because the rules after the model cut, split and retype its spans
    into new candidates; a piece keeps the confidence of the span it came from."""
    table: list[Optional[float]] = [None] * n
    for c in decoded:
        if c.score is not None:
            for k in range(c.start, c.end):
                table[k] = c.score if table[k] is None else min(table[k], c.score)
    return table


def lone_model_confidence(T: Toks, res: Resources, group: list[Cand], table: list[Optional[float]],
                          types: Optional[frozenset] = None) -> Optional[float]:
    """The model's confidence in an entity that only the model supports, or None when anything else does.

    Support is a second mention (the same name again, a short form, an acronym: grouping joined it), a gazetteer
    entry, a pattern, title or alias source, a title before the name, a word of the span the model did not decode (a
    rule widened it: "PT Permata Dunia | Sukses Utama", a given name before the model's person), or a head word that
    the pack types opening a name of two words or more: a company's legal form (`company_forms`: "PT Sinar Alam
    Permai" in a list of a group's firms), a body's or a place's head (`org_heads`, `loc_heads`: "Pengadilan Negeri
    Jakarta Utara", "Masjid Al-Mujahidin") or a building's (`place_features`: "Gedung Sekretariat Kabinet"), or a
    word that makes any name a body (`body_type_words`: "Arizona State University"). The
    model hesitates between ORG and LOC over such names; the pack's head word settles the type. Only the types
    the pack lists in `lone_model_types` are judged (Indonesian leaves persons out: a person the model doubts, such as
    a name in apposition after an office, was right as often as wrong on fresh text)."""
    if len(group) != 1:
        return None
    c = group[0]
    if c.source != "ner" or c.entries or c.title or c.office or c.key or c.kind != "name" \
            or c.label not in (res.lone_model_types if types is None else types):
        return None
    if c.length >= 2 and (T.folded[c.start] in res.company_forms or T.folded[c.start] in res.place_features
                          or any(tuple(T.folded[c.start:c.start + n]) in res.head_label
                                 for n in range(1, min(res.org_head_len, c.length) + 1))
                          or any(T.folded[k] in res.body_type_words for k in range(c.start, c.end))):
        return None
    scores = table[c.start:c.end]
    if not scores or any(x is None for x in scores):
        return None
    return min(scores)


def person_cued(T: Toks, res: Resources, c: Cand) -> bool:
    """The text itself says a one-word name is a person, so a doubting model does not drop it: an age in brackets
    after it ("ujar Karna (37)"), a speech verb after it ("Purbaya mengatakan", "Purbaya juga menjelaskan") or an
    inverted one before it ("kata Karna"), or a title that only a person follows ("Pak Karna", "Menkeu Purbaya"; not
    "CEO", "pelatih": "CEO Shopee"). Pack lists `lone_person_cues_after`, `lone_person_cues_before`,
    `lone_person_skip` (adverbs between name and verb), `lone_person_titles`; the age needs `lone_person_age`. Only
    for a word in Title case alone in its run of capitals: "kata Dawn | Jackson", "Treatment of | Animal" are cut
    names, "C9" a code (docs/entities.md, session 22 names22b)."""
    s, e = c.start, c.end
    w = T.words[s]
    if not (w[:1].isupper() and w[1:].islower() and w.isalpha()):  # "C9", "UMi", "JFW": codes, not given names
        return False
    if e < T.n and not T.sent_start[e] and T.words[e][:1].isupper():  # "kata Dawn | Jackson Blatner": a cut name
        return False
    for n in range(1, min(3, s) + 1):  # a title of up to three words just before the name
        if " ".join(T.folded[s - n:s]) in res.lone_person_titles and not any(T.sent_start[x] for x in range(s - n + 1, s + 1)):
            return True
    if s > 0 and not T.sent_start[s] and (T.words[s - 1][:1].isupper() and not T.sent_start[s - 1]
                                          or T.folded[s - 1] in res.lone_person_joiners):
        return False  # "People for Ethical Treatment of | Animal mengungkapkan": the end of a longer name
    if res.lone_person_age and e + 2 < T.n and T.words[e] == "(" and T.words[e + 1].isdigit() \
            and len(T.words[e + 1]) <= 3 and T.words[e + 2] == ")":
        return True
    k = e
    while k < T.n and T.folded[k] in res.lone_person_skip and not T.sent_start[k]:
        k += 1
    if k < T.n and not T.sent_start[k] and T.folded[k] in res.lone_person_cues_after:
        return True
    if s > 0 and not T.sent_start[s] and T.folded[s - 1] in res.lone_person_cues_before:
        return True
    return False


def drop_doubtful_lone(T: Toks, res: Resources, groups: list[list[Cand]], table: list[Optional[float]],
                       below: float, lower_words: frozenset | set = frozenset()) -> list[list[Cand]]:
    """Entities that only the model supports, named once, whose model confidence is below `below` (the pack's
    `lone_model_min_confidence`) are dropped: on fresh text such spans are wrong far more often than on the
    texts the rules were written on, and too varied for word rules (docs/entities.md, session 20).
    Session 33 (entprec33; pack setting ``lone_lower_words``): so is a one-word name of the model alone, named
    once, whose word the same article also writes in lower case ("Family" beside "family office", "Multimoda"
    beside "transportasi umum multimoda", "Investigator", "Yudikatif"), whatever the model's confidence, unless the
    text cues a person (``person_cued``); sessions 34-35: so are a common noun's phrase (``common_word_person``) and a
    term's last words before its acronym (``expanded_term_person``) read as persons."""
    out = []
    for g in groups:
        if lower_words and ((res.lone_lower_words and lone_lower_word(T, res, g, table, lower_words))
                            or (res.common_word_persons and common_word_person(T, res, g, lower_words))
                            or (res.expanded_term_persons and expanded_term_person(T, res, g))):
            continue
        score = lone_model_confidence(T, res, g, table)
        if score is None and res.lone_single_person_below and len(g) == 1 and g[0].length == 1 and g[0].label == "PER":
            # a one-word person the model doubts (`lone_single_person_below`): "Shopee", "Founder", "Blaugrana"
            person = lone_model_confidence(T, res, g, table, frozenset(["PER"]))
            if person is not None and person < res.lone_single_person_below and not person_cued(T, res, g[0]):
                continue
        if score is None or score >= below:
            out.append(g)
    return out


def lone_lower_word(T: Toks, res: Resources, group: list[Cand], table: list[Optional[float]],
                    lower_words: frozenset | set) -> bool:
    """The group is one mention of one Title-case word that only the model supports, of any type, and the article
    writes that word in lower case elsewhere: a common word capitalised in a heading, a name of a programme or a
    slogan, not a name (``drop_doubtful_lone``). A person the text cues stays."""
    if len(group) != 1 or group[0].length != 1:
        return False
    c = group[0]
    if not _common_word(T, res, c.start, lower_words) or (c.start > 0 and T.words[c.start - 1] == "("):
        return False  # "Kementerian Ekonomi Kreatif (Ekraf)": a bracketed short form of the name before it
    if lone_model_confidence(T, res, group, table, frozenset((c.label,))) is None:
        return False
    return not (c.label == "PER" and person_cued(T, res, c))


def common_word_person(T: Toks, res: Resources, group: list[Cand], lower_words: frozenset | set) -> bool:
    """Session 34 (entid34): a person of two words or more that no gazetteer entry supports, whose name opens with a
    Title-case word the same article also writes in lower case and that is no given name (``Resources.given_names``),
    is a common noun's phrase, not a person: "Perang Diponegoro" (a war), "Lapangan Tri Sakti" (a field), "Tanah Kas
    Desa", "Sertifikat Laik Higiene", "Keagamaan Hindu", "Fuel Surcharge". The model and the title scan read such
    phrases as persons after an office word or in a heading (``drop_doubtful_lone``, pack setting
    ``common_word_persons``). "Anak Agung Ngurah ...", "Surya Ramadan" open with given names and stay."""
    if any(c.label != "PER" or c.entries for c in group):
        return False
    c = max(group, key=lambda c: c.length)
    return c.length >= 2 and _common_word(T, res, c.start, lower_words) and T.folded[c.start] not in res.given_names


def expanded_term_person(T: Toks, res: Resources, group: list[Cand]) -> bool:
    """Session 35 (entid35): a person whose name is the end of a longer term that the bracketed acronym after it
    spells out is that term's last words, no person: "Nomor Induk Kependudukan (NIK)" gave PER "Induk Kependudukan",
    "Pembangkit Listrik Tenaga Surya (PLTS)" PER "Surya", "Penerimaan Peserta Didik Baru (PPDB)" PER "Didik Baru".
    The acronym has more letters than the name has words and ends with the name's initials, and the word right before
    the name (capitalised, no initial, no title, no given name) gives the letter before them; "Kang Dedi Mulyadi
    (KDM)" keeps its call title and "M Fahrudin (MFR)" its own initials (pack setting ``expanded_term_persons``)."""
    if any(c.label != "PER" or c.entries for c in group):
        return False
    names = [c for c in group if c.kind != "acronym"]
    longest = max((c.length for c in names), default=0)
    for c in names:
        a, k = c.end + 1, c.start - 1
        if c.length != longest:  # the name itself, not a shorter alias ("Single Window (INSW)", "Window Oza Olavia")
            continue
        if k < 0 or a + 1 >= T.n or T.words[c.end] != "(" or T.words[a + 1] != ")" \
                or T.sent_start[c.start] or not (T.word[k] and T.cap[k] and len(T.words[k]) >= 2 and T.ws[k] == " "):
            continue
        letters = T.words[a].replace("-", "")
        ini = "".join(T.words[j][0] for j in range(c.start, c.end) if T.word[j] and T.folded[j] not in res.particles)
        f = T.folded[k]
        if ini and letters.isalpha() and letters.isupper() and len(letters) > len(ini) and letters.endswith(ini.upper()) \
                and T.words[k][0] == letters[-len(ini) - 1] and f not in res.titles and f not in res.call_titles \
                and f not in res.honorifics and f not in res.given_names:
            return True
    return False


def _common_word(T: Toks, res: Resources, k: int, lower_words: frozenset | set) -> bool:
    """The word at ``k`` is written in Title case (one capital, then lower-case letters), the same article writes it
    in lower case elsewhere, and no gazetteer form is written so: a common word capitalised, the test both
    ``lone_lower_word`` and ``common_word_person`` make of a name's (first) word."""
    w = T.words[k]
    return w[:1].isupper() and w[1:].islower() and w.isalpha() and T.folded[k] in lower_words and w not in res.forms


def _predict_many(requests: list) -> list:
    """(Doc or None, tagger scores or None) for each request (model, components, tagger or None, vocabulary,
    words, the article's spaces, the words' token positions, which words may be in a name or None): the words of
    one model in one batch. A frozen kabar tagger whose components are its name lists reads feature rows straight
    from the words (no Doc: `TaggerNER.word_features`) and scores only the words that may be in a name (decode
    reads no other); otherwise each request's words become a Doc that goes through the components in one batch,
    then the tagger's scores in one call."""
    out: list = [None] * len(requests)
    by_model: dict[int, list[int]] = {}
    for n, (model, *_rest) in enumerate(requests):
        by_model.setdefault(id(model), []).append(n)
    for ns in by_model.values():
        _, procs, tagger, *_ = requests[ns[0]]
        features = tagger.word_features(procs) if tagger is not None else None
        if features is not None:
            scores = tagger.predict_features([features(requests[n][3], requests[n][4]) for n in ns],
                                             [requests[n][7] for n in ns])
            for n, sc in zip(ns, scores):
                out[n] = (None, sc)
            continue
        docs = [Doc(vocab, words=words, spaces=[bool(ws[k]) for k in index])
                for _, _, _, vocab, words, ws, index, _ in (requests[n] for n in ns)]
        for proc in procs:
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        scores = tagger.predict(docs) if tagger is not None else [None] * len(docs)
        for n, doc, sc in zip(ns, docs, scores):
            out[n] = (doc, sc)
    return out


def _given_name(T: Toks, res: Resources, k: int) -> bool:
    f = T.folded[k]
    return T.cap[k] and T.word[k] and not T.sent_start[k + 1] and bool(T.ws[k]) and "\n" not in T.ws[k] \
        and f not in res.stop and f not in res.titles and T.words[k] not in res.forms and f not in res.generic


def split_ner(T: Toks, res: Resources, c: Cand) -> list[Cand]:
    """Split what a model glued together: "Clearwater, Florida" (two places), "Matthew Ingram of The
    Globe and Mail" (person of organisation), "Refugee Council Enver Solomon" (organisation + person),
    "Labour's Shadow Home Secretary" (a name, then a role), "Education Mr. Toccafondi" (a title inside)."""
    s, e = c.start, c.end
    for k in range(s + 1, e):  # a name never crosses a sentence
        if T.sent_start[k]:
            e = k
            break
    for k in range(s + 2, e - 1):  # "St Mary's Cathedral | in | Newcastle": a place after "in" is where, not a name
        # part; a one-word head keeps it ("Church in Wales"), so does a longer tail ("Voice over IP" has no "in")
        if T.folded[k] in res.place_prepositions and T.words[k].islower() and e - k - 1 <= 2 \
                and all(T.cap[x] and T.word[x] for x in range(k + 1, e)):
            return split_ner(T, res, Cand(s, k, c.label, "ner")) + split_ner(T, res, Cand(k + 1, e, "GPE", "ner"))
    for k in range(s + 1, e - 1):  # a possessive ends a name: "Mecca's Grand Mosque", "Labour's ..."
        if T.folded[k] in ("'s", "\u2019s") and not T.ws[k - 1] and T.folded[k - 1] not in res.possessive_in_names \
                and not (k - 2 >= s and T.folded[k - 2] in res.possessive_saints):  # "St Paul's Cathedral"
            owner = split_ner(T, res, Cand(s, k, c.label, "ner"))
            if c.label == "ORG" and k - s == 1 and T.words[s] not in res.forms and not T.words[s].isupper():
                # the model's label is the body's, not its one-word owner's, which is as often a place
                # ("Gateshead's Sage Centre") or a person ("Jack's Snooker Hall"): another source must name it
                owner = []
            return owner + split_ner(T, res, Cand(k + 1, e, c.label, "ner"))
    if c.label != "PER":  # "the Treasury and the Department of Employment": a list of two names, not one
        for k in range(s + 1, e - 2):
            if T.folded[k] in res.list_joiners and T.words[k].islower() and T.words[k + 1].islower() \
                    and T.cap[k + 2] and T.cap[k - 1]:
                return split_ner(T, res, Cand(s, k, c.label, "ner")) + split_ner(T, res, Cand(k + 2, e, c.label, "ner"))
        k = _known_pair(T, res, s, e)
        if k is None:
            k = _body_pair(T, res, s, e)
        if k is not None:  # "Heineken and Carlsberg", "Nationwide and Halifax", "Lord Falconer and Downing Street"
            return split_ner(T, res, Cand(s, k, c.label, "ner")) + split_ner(T, res, Cand(k + 1, e, c.label, "ner"))
    if e - s >= 2 and T.folded[e - 1] in res.titles:  # a role, not a name ("Shadow Home Secretary")
        return _place_before_title(T, res, s, e, c.label)  # ... but "Suffolk | Chief Constable" names the office's place
    if c.label in ("LOC", "GPE") and any(T.words[k] == "," for k in range(s, e)):
        out, a = [], s
        for k in range(s, e + 1):
            if k == e or T.words[k] == ",":
                if k > a:
                    out.append(Cand(a, k, c.label, "ner"))
                a = k + 1
        return out
    for k in range(e - 2, s, -1):  # a title inside: the name after it is a person
        if T.folded[k] in res.titles and T.cap[k + 1] and T.word[k + 1]:
            return _place_before_title(T, res, s, k + 1, c.label) + [Cand(k + 1, e, "PER", "ner")]
    names = lambda a, b: b - a >= 2 and all(T.cap[k] and T.word[k] and T.folded[k] not in res.org_words  # noqa: E731
                                            and T.words[k] not in res.forms for k in range(a, b))
    # "Minister of Education Stefania Giannini": the portfolio after "<title> of" is not the name. Session 34
    # (enten34): only a portfolio word; after "chief investment officer of | Hibernian Investment Managers", "managing
    # director of | Ontrack Data Recovery" the words are a body's name, and cutting its first word left a "person"
    if s >= 2 and T.folded[s - 1] in res.affiliation_joiners and T.folded[s - 2] in res.titles \
            and T.folded[s] in res.portfolios and names(s + 1, e):
        return [Cand(s + 1, e, "PER", "ner")]
    if c.label == "PER":
        for k in range(s + 1, e - 1):
            if T.folded[k] in res.affiliation_joiners and T.cap[k + 1]:
                return [Cand(s, k, "PER", "ner"), Cand(k + 1, e, "ORG", "ner")]
    elif c.label == "ORG" and T.folded[s] in res.given_names:
        # "Laura Brownlees of Save the Children" typed ORG as a whole: a gazetteer given name and a surname, then
        # "of" and the body, is the person of that body
        for k in range(s + 2, min(s + 4, e - 1)):
            if T.folded[k] in res.affiliation_joiners and T.cap[k + 1] and names(s, k) \
                    and all(T.folded[x] not in res.titles and T.folded[x] not in res.portfolios for x in range(s, k)):
                return [Cand(s, k, "PER", "ner")] + split_ner(T, res, Cand(k + 1, e, "ORG", "ner"))
    for k in range(e - 3, s, -1):  # "Refugee Council | Enver Solomon"
        if res.tail_label.get(T.folded[k]) == "ORG" and T.cap[k] and names(k + 1, e):
            return [Cand(s, k + 1, "ORG", "ner"), Cand(k + 1, e, "PER", "ner")]
    return [Cand(s, e, c.label, "ner")] if e > s else []


def _place_before_title(T: Toks, res: Resources, s: int, e: int, label: str) -> list[Cand]:
    """The place a model's span names before the office that ends at e: "Suffolk | Chief Constable (Alastair
    McWhirter)", "Gibraltar | Chief Minister". British news writes a force's, council's or seat's place before its
    office, and the model glues the three into one person; cut away with the office, the place was lost. Only one to
    three capitalised words of a model's person right before a title the pack knows, which the entity gazetteer knows
    as a GPE or the places gazetteer as a place; anything else ("Shadow | Home Secretary", a body's name) gives
    nothing, as before."""
    if label != "PER":  # a body's or work's name ending in a title word ("Brush Head") is no office's place
        return []
    ts = next((a for a, b in title_matches(T, res) if b == e and s < a), None)
    if ts is None or ts - s > 3 or not all(T.cap[k] and T.word[k] and T.folded[k] not in res.stop
                                           and T.folded[k] not in res.titles for k in range(s, ts)):
        return []
    text = T.span_text(s, ts)
    if any(getattr(en, "type", None) == "GPE" for en in res.forms.get(text, ())):
        return [Cand(s, ts, "GPE", "ner")]
    gaz = places_gazetteer()
    return [Cand(s, ts, "GPE", "ner")] if gaz is not None and gaz.lookup(text, res.lang) else []


def _standalone(T: Toks, res: Resources, a: int, b: int, s: int, e: int) -> bool:
    """The words [a, b) are a name the text knows on its own: a gazetteer form, a household company name, or
    the same words again outside [s, e) with no capitalised word right before or after them."""
    text = T.span_text(a, b)
    if text in res.forms or fold_token(text) in res.company_names:
        return True
    n, words = b - a, T.words[a:b]
    return any(T.words[j:j + n] == words and (j == 0 or not T.cap[j - 1] or T.sent_start[j] or T.folded[j - 1] in res.stop)
               and (j + n >= T.n or not T.cap[j + n]) for j in range(T.n - n + 1) if j + n <= s or j >= e)


def _known_pair(T: Toks, res: Resources, s: int, e: int) -> Optional[int]:
    """The joiner inside a model span of two names joined by a lower-case list word ("Heineken and Carlsberg",
    "Lord Falconer and Downing Street"), when each side is a name of its own (``_standalone``; a side opened by a
    title is a person's); None for one name with a joiner inside ("Securities and Exchange Commission",
    "Department for Education and Skills") and for a gazetteer name ("Trinidad and Tobago")."""
    if T.span_text(s, e) in res.forms:
        return None
    for k in range(s + 1, e - 1):
        if not (T.folded[k] in res.list_joiners and T.words[k].isalpha() and T.words[k].islower()
                and T.cap[k - 1] and T.cap[k + 1]):
            continue
        if any(not T.cap[x] for x in range(s, k)) or any(not T.cap[x] and T.word[x] for x in range(k + 1, e)):
            continue  # "Institute of Development and Peace": a name with its own lower-case words
        left = (T.folded[s] in res.titles or T.folded[s] in res.peer_titles) and k - s >= 2 \
            or _standalone(T, res, s, k, s, e)
        if left and _standalone(T, res, k + 1, e, s, e):
            return k
    return None


def _body_shaped(T: Toks, res: Resources, a: int, b: int) -> bool:
    """[a, b) is two words or more and reads as a body by its own words: it ends in an organisation's tail word
    ("Electoral Commission", "G7 Group"), opens with a head word and "of" ("National Union of Students"), or
    holds "&" ("Johnson & Johnson")."""
    if a < b and any(getattr(en, "type", None) == "GPE" for en in res.forms.get(T.words[a], ())):
        a += 1  # a country before the name is a locator: "US Securities | and Exchange Commission" is one body
    if b - a < 2 or not all(T.cap[x] or not T.word[x] or T.folded[x] in res.connectors for x in range(a, b)):
        return False
    if res.tail_label.get(T.folded[b - 1]) == "ORG" or any(T.words[x] == "&" for x in range(a + 1, b - 1)):
        return True
    return any(T.folded[x] in res.org_of_heads and T.folded[x + 1] in res.org_joiners and T.cap[x]
               for x in range(a, b - 2))


def _body_pair(T: Toks, res: Resources, s: int, e: int) -> Optional[int]:
    """The "and" inside a model span of two bodies, each of two words or more and shaped as a body on its own
    ("Electoral Commission and National Union of Students", "G7 Group and World Economic Forum"). One-word sides
    never split ("Securities and Exchange Commission", "Department of Trade and Industry")."""
    if T.span_text(s, e) in res.forms or fold_token(T.span_text(s, e)) in res.company_names:
        return None
    for k in range(s + 2, e - 2):
        if T.folded[k] in res.list_joiners and T.words[k].isalpha() and T.words[k].islower() \
                and _body_shaped(T, res, s, k) and _body_shaped(T, res, k + 1, e):
            return k
    return None


def _ner_type(T: Toks, res: Resources, s: int, e: int, label: str) -> str:
    """Head and tail words decide between organisation and place; a model's LOC without a
    physical-feature word is a political place (GPE: cities, provinces, states)."""
    words = [T.folded[k] for k in range(s, e) if T.word[k]]
    if len(words) > 1 and words[0] in res.company_forms:
        return "ORG"  # "PT Berkah Manis Makmur", whatever the model said
    if label == "PER" and len(words) > 1 and res.head_label.get((words[0],)) in ("ORG", "LOC"):
        return res.head_label[(words[0],)]  # "Lembaga Keuangan", "Musala Darul Mustofa": a head word names no person
    if label == "PER" and len(words) > 1 and T.cap[s] and any(words[0].startswith(k) for k, _ in res.head_prefixes):
        return "ORG"  # a ministry's head glued short: "Kemenko IPK", "Kemenkeu RI" (session 17)
    if label == "PER" and len(words) > 1 and (words[-1] in res.company_tails or any(
            T.words[k] == "&" for k in range(s + 1, e - 1))):
        return "ORG"  # "Samsung Electronics", "Seton Healthcare", "Johnson & Johnson": no person's name ends so
    if label == "PER" and len(words) > 1 and words[0] in res.company_heads and T.cap[s]:
        return "ORG"  # "Air Deccan", "Air Jamaica", "Air Force": no person's name opens so (a rank before a name,
        # "Air Marshal Sir Jock Stirrup", is cut off as a title before this)
    if label == "PER" or label not in ("LOC", "GPE", "ORG") or not words:
        return label
    if res.tail_label.get(words[-1]) == "ORG" and len(words) > 1:
        return "ORG"
    if len(words) > 1 and (res.head_label.get((words[0],)) == "LOC" or res.tail_label.get(words[-1]) == "LOC"):
        return "LOC"
    if res.head_label.get((words[0],)) == "ORG" or (words[0] in res.org_of_heads and len(words) > 2):
        return "ORG"
    if label in ("LOC", "GPE"):
        # a feature word ("Lake"), or the whole name is a region ("Middle East", "Central America")
        return "LOC" if any(w in res.place_features for w in words) or " ".join(words) in res.place_features \
            else "GPE"
    return label


def _office_seat(T: Toks, res: Resources, title_end: int, s: int, e: int) -> bool:
    """A model person "<title> of X" whose rest after "of" is one or two capitalised words, none a gazetteer
    person's given name: X is the office's seat or realm ("Archbishop of Canterbury", "Bishop of Durham",
    "Mayor of Bristol"), not the holder's name. A field after "Minister for" is left to the portfolio rules."""
    if title_end < 1 or s != title_end + 1 or T.folded[title_end] not in res.title_relations \
            or T.folded[title_end] in ("for",):
        return False
    words = [k for k in range(s, e) if T.word[k]]
    return 1 <= len(words) <= 2 and all(T.cap[k] for k in words) \
        and not any(T.folded[k] in res.given_names for k in words)


def _titles_near(T: Toks, titles: list[tuple[int, int]], s: int, e: int) -> list[tuple[int, int]]:
    """The title matches ending after ``s`` and starting before ``e``, in order (bisection, not a scan)."""
    bounds = getattr(T, "_title_bounds", None)
    if bounds is None or bounds[0] is not titles:
        bounds = T._title_bounds = (titles, [ts for ts, _ in titles], [te for _, te in titles])
    _, starts, ends = bounds
    return titles[bisect.bisect_right(ends, s):bisect.bisect_left(starts, e)]


def _in_field_phrase(T: Toks, res: Resources, k: int) -> bool:
    """Two capitalised words or more right before k (no punctuation between, same sentence, not its first word)
    back to a field noun that opens them, no title before or among them: the span at k ends a title-case phrase of common nouns, a programme or
    procedure ("Penerimaan Peserta | Didik Baru"), not a name. Not after an office ("direktur Penindakan | Budi")."""
    j = k
    while j > 0 and T.cap[j - 1] and T.word[j - 1] and T.ws[j - 1] and "\n" not in T.ws[j - 1] and not T.sent_start[j]:
        j -= 1
    if k - j < 2 or T.sent_start[j] or not res.field_noun(T.folded[j]) or T.folded[j] in res.org_head_first \
            or T.words[j] in res.forms:
        return False  # (a sentence's first word is capitalised anyway: "Perseteruan Trump-Musk")
    if any(T.folded[x] in res.titles for x in range(j, k)) or any(te == j or ts < j < te for ts, te in title_matches(T, res)):
        return False
    # a plain lower-case word before the phrase ("dalam proses | Penerimaan ..."); not a joiner or a comma, which
    # may continue an office's fields ("Menko Bidang Infrastruktur dan | Pembangunan Kewilayahan Agus Harimurti")
    prev = T.words[j - 1] if j > 0 else ""
    # (nor an office's unit word written in lower case, session 27: "Staf Khusus Presiden bidang | Komunikasi Politik
    # Daniel Sparingga", the field of an office whose holder follows)
    return prev.isalpha() and prev.islower() and T.folded[j - 1] not in res.org_joiners \
        and T.folded[j - 1] not in res.list_joiners and T.folded[j - 1] not in res.titles \
        and T.folded[j - 1] not in res.office_units


def clean_ner(T: Toks, res: Resources, c: Cand, lower_words: set[str]) -> Optional[Cand]:
    """Trim titles, stop words and punctuation from the edges; None for junk."""
    s, e = c.start, c.end
    titles = title_matches(T, res)
    if titles and s >= e:
        return None
    for ts, te in _titles_near(T, titles, s, e):  # only titles that can touch [s, e]; they are sorted, disjoint
        if ts < s < te:  # a span that starts inside a title ("Menteri Luar | Negeri Taro Kono")
            s = te
        if ts < e < te or (ts < e == te and s >= ts):  # one that ends inside a title ("Shadow Home | Secretary")
            e = ts
        if s >= e:
            return None
    for k in range(s, e - 1):  # a name never crosses a line break
        if "\n" in T.ws[k] or "\n" in T.words[k]:
            e = k if "\n" in T.words[k] else k + 1
            break
    opened = T.words.index("(", s, e) if "(" in T.words[s:e] else None
    if opened is not None and ")" not in T.words[opened:e]:
        # a bracket opened inside the span and not closed there: "Consumer Electronics Show | (CES", "PED |
        # (Project Entropia Dollars": the name before it (the model took the short form or the expansion along)
        s, e = (s, opened) if opened > s else (opened + 1, e)
    title_end = -1
    while s < e:
        f = T.folded[s]
        if f in res.name_opening_stops and T.cap[s] and T.word[s] and not T.sent_start[s] and s + 1 < e \
                and T.cap[s + 1] and T.word[s + 1] and T.folded[s + 1] not in res.stop:
            break  # "New Line Cinema", "New Order", "the New Deal": a capitalised "New" inside a sentence opens the name
        if not T.word[s] or not T.cap[s] or f in res.stop or f in res.titles:
            if f in res.titles and T.cap[s]:
                title_end = s + 1
            s += 1
            continue
        # multi-token titles at the left edge ("Juru bicara")
        # (with a space after s, the folded text from s opens with s's own first folded word: a title must too)
        first = T.folded[s].split(None, 1)[:1] if T.ws[s] else None
        hit = None if first and first[0] not in res.title_firsts else \
            next((k for k in range(min(e, s + 4), s + 1, -1) if fold_token(T.span_text(s, k)) in res.titles), None)
        if hit is not None:
            s = title_end = hit  # a title alone ("Prime Minister") leaves nothing
            continue
        break
    place_named = False
    opener = None
    cue = next((c for c in res.company_before_openers if s + len(c) < e
                and tuple(T.folded[s:s + len(c)]) == c and all(T.words[k].islower() for k in range(s + 1, s + len(c)))
                and T.cap[s + len(c)] and T.word[s + len(c)]), None) if s < e and T.sent_start[s] else None
    if cue is not None:
        s += len(cue)  # "Shares in | UK Coal", "Shares of | Skis Rossignol", "Takeover of | Manchester United": a
        # business cue opening the sentence is no part of the firm's name after it (companies.is_company reads it)
    elif s + 1 < e and T.sent_start[s] and T.folded[s] in res.company_trade_openers and T.cap[s + 1] and T.word[s + 1]:
        s += 1  # "Bookmaker | William Hill", "Carmaker | Alfa Romeo": a trade noun opening the sentence, the same
    if s + 1 < e and T.cap[s] and T.word[s] and T.cap[s + 1] and T.word[s + 1] \
            and (T.folded[s] in res.person_descriptors or (T.folded[s] in res.work_openers and T.words[s] not in res.forms)):
        # "Actor Tom Hanks", "Rapper 50 Cent", "Briton Clive Owen": an occupation or a people's noun (written
        # capitalised at a sentence start or in a headline style) before the person; "Comedy Meet The Fockers":
        # a genre before the work's title
        opener = "PER" if T.folded[s] in res.person_descriptors else "MISC"
        s += 1
    for k in range(s + 1, e - 2):
        if T.words[k].islower() and T.folded[k] in res.place_nouns and T.folded[k + 1] == "of" and T.cap[k + 2] \
                and T.span_text(s, k) in res.forms:
            s = k + 2  # "Indian state of | Andhra Pradesh", "US state of | Ohio": the place; its known country is
            # apart (an unknown word before stays with the span: "Qzeltic city of Bilbao", the places stage reads it)
            place_named = True
            break
    if c.label == "PER" and _office_seat(T, res, title_end, s, e):
        return None  # "the Archbishop of | Canterbury", "the Bishop of | Durham": the office's see, no person
    while e > s:
        if not T.word[e - 1] or T.folded[e - 1] in res.connectors or (not T.cap[e - 1] and not T.words[e - 1][0].isdigit()):
            e -= 1
            continue
        if e - 1 > s and T.folded[e - 1] in res.role_tails and T.folded[e - 2] not in res.connectors:
            e -= 1  # "Labour | MPs", "Polish | MEPs", "Tory | MSPs": the members of the name before, not a name
            continue  # ("Council of Members" keeps its last word)
        break
    if s >= e:
        return None
    s = _after_descriptor(T, res, s, e, c.label in ("GPE", "LOC"))
    if s + 1 < e and _common_opener(T, s, lower_words) and _named_alone(T, s + 1, e):
        s += 1  # "Seperti Nazaruddin, ...", "Janji Burhanuddin diucapkan", "Rakyat Indonesia sangat ...": a common
        # word opening the sentence before a name the text also writes without it
    s, e = glue(T, s, e, res.particles, res.hyphen_prefixes, res.hyphen_suffixes)
    label = "GPE" if place_named else c.label
    if opener == "MISC" or (opener == "PER" and label in ("ORG", "GPE", "LOC")):
        label = opener  # the word cut off says what the rest names
    if s >= 1 and s + 2 < e and T.folded[s] in res.particles and T.words[s + 1] in HYPHENS and not T.ws[s] \
            and _given_name(T, res, s - 1):
        s, label = s - 1, "PER"  # "Khaled | Al-Maeena": an Arabic family name after a given name
    words = [k for k in range(s, e) if T.word[k]]
    if not words or all(T.words[k].replace(".", "").replace(",", "").isdigit() for k in words):
        return None
    if len(words) == 1 and not T.words[words[0]].isalpha() and sum(ch.isdigit() for ch in T.words[words[0]]) >= 3:
        return None  # a document or register number ("IDM000408212"), not a name
    if T.words[words[0]].isdigit() and len(words) > 1 and T.words[words[0] + 1] in HYPHENS:
        return None  # a numbered document or case ("178-PKE-DKPP"), not a name
    if label == "PER" and res.field_noun(T.folded[words[0]]) and T.words[words[0]] not in res.forms:
        return None  # a phrase opened by a field noun ("Pengenalan Talenta", "Kebijakan"), no person's name
    if label == "PER" and _in_field_phrase(T, res, words[0]):
        return None  # the end of such a phrase: "Penerimaan Peserta | Didik Baru (PPDB)"
    if label == "PER" and all(T.cap[k] for k in words) \
            and any(res.head_label.get((T.folded[k],)) == "ORG" and not T.words[k].isupper() for k in words[1:]):
        return None  # a body's head word inside: "Himapol FISIP Universitas Udayana", "Intel Kodim" (a tail word
        # is split off later: "Refugee Council | Enver Solomon")
    if label == "PER" and len(words) >= 3 and _org_acronym(T, words[0]):
        s = words[1]  # "Peneliti BRIN | Muhammad Reza Cordova": the body's acronym is no given name
    if len(words) == 1:
        k = words[0]
        f = T.folded[k]
        if f in res.stop or f in res.titles or len(T.words[k]) < 2 or f in res.org_words or f in res.generic:
            return None  # "the Church", "the State": a descriptor, not a name

        if any(f.find(stem) > 0 for stem in res.glued_stems):
            return None  # "Pantauandetikcom", "TikTokdetikcom": a word glued to an outlet's name, no name
        if T.sent_start[k] and f in lower_words:  # a common word that opens a sentence
            return None
        if k > c.start and f in lower_words and T.folded[k - 1] in res.titles:
            return None  # what a title leaves of a phrase is a common word: "General | Election", "Deputi | Penindakan"
    return Cand(s, e, _ner_type(T, res, s, e, label), "ner")


# words inside names in any pack's news (English and Romance names in Indonesian text: "Institute of Energy and
# Development Studies", "Bank for Sustainable Finance", "Television Numerique pour Tous")
_FUNCTION_WORDS = frozenset({"over", "with", "as", "per", "via", "into", "from", "upon", "than", "versus", "vs", "and",
                             "for", "the", "des", "del", "van", "von", "pour", "und", "dei", "della", "der", "den"})


def _after_descriptor(T: Toks, res: Resources, s: int, e: int, place: bool = False) -> int:
    """A model span that runs over a lower-case descriptor into the name keeps the name: "Australian winemaker |
    Southcorp", "Human Rights group | Liberty", "German magazine | Der Spiegel". Connectors ("Bank of England")
    and short function words ("Voice over IP") are part of names. A model's place whose lower-case word follows a
    comma is a place and where it lies ("Croydon, south London"): split_ner cuts it at the comma, both stay."""
    for k in range(e - 2, s, -1):
        w = T.words[k]
        if T.word[k] and w.isalpha() and w.islower() and len(w) >= 3 and T.folded[k] not in res.connectors \
                and T.folded[k] not in res.org_joiners and T.folded[k] not in res.particles and w not in _FUNCTION_WORDS:
            if place and T.words[k - 1] == ",":
                return s
            return k + 1 if T.cap[k + 1] and T.word[k + 1] else s
    return s


def honorific_persons(T: Toks, res: Resources, ner: list[Cand]) -> None:
    """A model's body or place of two or three plain capitalised words whose last word the article also writes
    after an honorific ("Mr", "Ms", "Dr": `honorifics`) is that person: "Labour's Lorna Fitzsimons" ... "Ms
    Fitzsimons", "the Fabian Society's Sundar Katwala" ... "Mr Katwala" (typed ORG after the possessive)."""
    if not res.honorifics:
        return
    titled = {T.words[j] for j in range(1, T.n) if T.folded[j - 1] in res.honorifics and not T.words[j - 1].isupper()
              and T.cap[j] and T.word[j]}
    if not titled:
        return
    for c in ner:
        if c.label == "PER" or not 2 <= c.length <= 3 or T.words[c.end - 1] not in titled:
            continue
        if all(T.cap[k] and T.words[k].replace("-", "").isalpha() and not T.words[k].isupper()
               and T.folded[k] not in res.org_words and T.folded[k] not in res.titles and T.folded[k] not in res.stop
               and T.folded[k] not in res.connectors and T.words[k] not in res.forms for k in range(c.start, c.end)) \
                and T.span_text(c.start, c.end) not in res.forms \
                and fold_token(T.span_text(c.start, c.end)) not in res.company_names:
            c.label = "PER"


def person_consistency(T: Toks, ner: list[Cand]) -> None:
    """One name, one type: a descriptor before a name found bare elsewhere is cut ("Scientologist |
    Tom Cruise"), and a model's ORG/LOC with the very words of a person is that person."""
    texts = {fold_token(T.span_text(c.start, c.end)) for c in ner if c.length >= 2}
    for c in ner:
        # two words or more after the first (a hyphenated surname is one word: "Robert | Kilroy-Silk" beside "Mr
        # Kilroy-Silk" keeps its given name)
        rest = sum(1 for k in range(c.start + 1, c.end) if T.word[k] and not (k > 0 and T.words[k - 1] in HYPHENS
                                                                             and not T.ws[k - 1]))
        if c.label == "PER" and rest >= 2 and fold_token(T.span_text(c.start + 1, c.end)) in texts:
            c.start += 1
    persons = {fold_token(T.span_text(c.start, c.end)) for c in ner if c.label == "PER" and c.length >= 2}
    for c in ner:
        if c.label != "PER" and c.length >= 2 and fold_token(T.span_text(c.start, c.end)) in persons:
            c.label = "PER"


def _free(T: Toks, res: Resources, k: int, taken: bytearray, lower_words: set[str]) -> bool:
    """A capitalised word that may be a given name: no title, stop or known word, not in another span."""
    f = T.folded[k]
    return (T.word[k] and T.cap[k] and not taken[k] and len(T.words[k]) >= 2 and not T.words[k].isupper()
            and f not in res.stop and f not in res.titles and f not in res.generic and f not in res.org_words
            and f not in res.person_descriptors and T.words[k] not in res.forms and not (T.sent_start[k] and f in lower_words)
            and "\n" not in T.ws[k])


def extend_persons_left(T: Toks, res: Resources, ner: list[Cand], conf: list[Cand], lower_words: set[str]) -> None:
    """A model's person that lost its first given name ("Salsa | Erwina Hutagalung", "Andhyta | F Utami",
    "Jovial | da Lopez"): one free capitalised word right before it belongs to the name."""
    taken = bytearray(T.n)
    for c in list(conf) + ner:
        if not c.nested:
            taken[c.start:c.end] = b"\x01" * c.length
    titles_end = {e for _, e in title_matches(T, res)}
    named = Counter(fold_token(T.span_text(c.start, c.end)) for c in ner if c.label == "PER" and c.length >= 2)
    for c in ner:
        k = c.start - 1
        if c.label != "PER" or k < 0 or c.start in titles_end or T.sent_start[c.start]:
            continue
        if k >= 1 and T.folded[k] in res.particles and not taken[k]:
            k -= 1  # "Jovial | da Lopez": a lower-case particle between the given name and the family name
            if T.sent_start[k + 1]:
                continue
        if c.length >= 2 and named[fold_token(T.span_text(c.start, c.end))] >= 2:
            continue  # the name stands without the word elsewhere: a descriptor ("Scientologist | Tom Cruise")
        before = T.folded[k - 1] if k >= 1 else ""
        if k >= 1 and (before in res.affiliation_joiners or before in res.particles):
            continue  # "Minister of | Education | Stefania Giannini": a portfolio, not a given name
        if T.sent_start[k] or (k >= 1 and not T.word[k - 1] and T.words[k - 1] in ("\"", "\u201c", "'", "(")):
            continue  # capitalised by its place: "Writer | Matthew Ingram ..."
        if k >= 1 and T.words[k - 1].islower() and (T.folded[k - 1] in res.org_words
                                                   or (T.folded[k - 1],) in res.company_before):
            continue  # a body's name after its kind: "the public services union | Unison | Dave Prentis"
        if res.field_noun(T.folded[k]) and T.folded[k] not in res.given_names:
            continue  # session 34: a derived noun is no given name ("Pemerintahan | Prabowo-Gibran", "Kepengurusan")
        if _free(T, res, k, taken, lower_words) and (k == 0 or not (T.cap[k - 1] and T.word[k - 1])):
            taken[k:c.start] = b"\x01" * (c.start - k)
            c.start = k


def _plain_name(T: Toks, res: Resources, k: int) -> bool:
    """A word written as a name is: letters (a hyphen between capitalised parts: "Jean-Pierre"), no capital inside
    (a word glued to the next by a lost line break: "ArnawaBendahara"), no portfolio or field word ("Bidang
    Kesejahteraan Sosial")."""
    w, f = T.words[k], T.folded[k]
    parts = w.split("-")
    if not all(p[:1].isupper() and p.isalpha() and not any(ch.isupper() for ch in p[1:]) for p in parts):
        return len(w) <= 2 and w[:1].isupper() and w.endswith(".")  # an initial: "M. Atras"
    return f not in res.portfolios and not res.field_noun(f) and f not in res.office_units \
        and f not in res.place_features and (f,) not in res.head_label  # "Appian Way", "Festival Village"




def extend_persons_right(T: Toks, res: Resources, ner: list[Cand], conf: list[Cand], lower_words: set[str]) -> list[Cand]:
    """Session 30 (names-id30): a model's person cut before the rest of its name ("Daniel | Frits Maurits
    Tangkilisan.", "Ketut | Parmi?", "Muhammad | Syaeful Mujab."), or split into two persons with nothing between
    ("AKBP Boby Putra | Ramadhan Sebayang mengatakan", "I Made | Agus Hartawiguna yang"), is one person up to where
    the phrase ends: up to three free capitalised words (no title, stop, body, known or lower-case-elsewhere word)
    before a punctuation mark or the text's end, or the model's next person right after it before a lower-case word,
    a punctuation mark or the text's end. Returns
    the model's spans without the persons joined to the one before. (Not done: keeping a one-word person the model
    doubts as it was; that kept "Make | Use of" out but also "Daniel | Frits Maurits Tangkilisan".)"""
    if not res.extend_persons_right:
        return ner
    taken = bytearray(T.n)
    for c in list(conf) + ner:
        if not c.nested:
            taken[c.start:c.end] = b"\x01" * c.length
    starts = {c.start: c for c in ner if c.label == "PER"}
    joined: set[int] = set()

    def ends_phrase(k: int) -> bool:  # not a closing quotation mark: a work's title ("Kiki Farel The Series Hot")
        return k >= T.n or (not T.word[k] and T.words[k] not in QUOTES) or T.words[k][:1].islower()

    for c in sorted(ner, key=lambda c: c.start):
        if c.label != "PER" or id(c) in joined or c.end >= T.n or "\n" in T.ws[c.end - 1] or T.ws[c.end - 1] != " ":
            continue
        if c.start > 0 and T.words[c.start - 1] in QUOTES:
            continue  # a person opening a quoted title: "Nao Oikawa Real Horror Series"
        nxt = starts.get(c.end)
        if nxt is not None and nxt is not c and ends_phrase(nxt.end) \
                and all(T.cap[k] and T.word[k] and T.folded[k] not in res.titles and T.folded[k] not in res.stop
                        and _plain_name(T, res, k) for k in range(nxt.start, nxt.end)):
            c.end = nxt.end
            joined.add(id(nxt))
            continue
        k = c.end
        while k < T.n and k - c.end < 3 and _free(T, res, k, taken, lower_words) and T.folded[k] not in lower_words \
                and T.ws[k - 1] == " " and _plain_name(T, res, k):
            k += 1
        if k > c.end and (k >= T.n or (not T.word[k] and T.words[k] not in QUOTES)):
            # free words only before a punctuation mark: before a lower-case word they were as often the common
            # words of a phrase ("Mendur | Bersaudara jika", "imbuh Sanchez | Ratusan relawan", "Appian Way dan")
            taken[c.end:k] = b"\x01" * (k - c.end)
            c.end = k
    return [c for c in ner if id(c) not in joined]


def list_consistency(T: Toks, res: Resources, ner: list[Cand], conf: list[Cand]) -> None:
    """In an enumeration of names ("Abigail Limuria, Andovi da Lopez, Jerome Polin hingga Salsa ..."), a
    model's two-word body or place between persons, with no known word and no organisation word, is a person."""
    if not res.list_joiners:
        return
    known = bytearray(T.n)
    for c in conf:
        known[c.start:c.end] = b"\x01" * c.length
    spans = sorted(ner, key=lambda c: c.start)

    def joined(a: Cand, b: Cand) -> bool:
        gap = [k for k in range(a.end, b.start)]
        return 1 <= len(gap) <= 2 and all(T.folded[k] in res.list_joiners or T.words[k] == "," for k in gap)

    for i, c in enumerate(spans):
        if c.label not in ("ORG", "GPE", "LOC") or c.length < 2 or any(known[c.start:c.end]):
            continue
        if any(T.folded[k] in res.org_words or T.folded[k] in res.generic or T.words[k] in res.forms
               or T.folded[k] in res.name_opening_stops  # "Salem, New Hampshire, Trump": no person's word
               or T.words[k].isupper() or T.words[k] == "&" for k in range(c.start, c.end)) \
                or T.folded[c.end - 1] in res.company_tails:
            continue
        prev_per = i > 0 and spans[i - 1].label == "PER" and joined(spans[i - 1], c)
        next_per = i + 1 < len(spans) and spans[i + 1].label == "PER" and joined(c, spans[i + 1])
        if prev_per or next_per:
            c.label = "PER"


def _org_acronym(T: Toks, k: int) -> bool:
    w = T.words[k]
    return len(w) >= 3 and w.isupper() and w.isalpha() and T.cap[k + 1] and not T.words[k + 1].isupper()


def initials_persons(T: Toks, res: Resources, spans: list[Cand]) -> None:
    """Capital letters after "berinisial" (and the ones listed with them) are suspects' initials: persons."""
    if not res.initials_cues:
        return
    by_start = {c.start: c for c in spans}
    taken = {k for c in spans for k in range(c.start, c.end)}
    for i in range(T.n):
        if T.folded[i] not in res.initials_cues:
            continue
        k = i + 1
        while k < T.n and T.words[k].isupper() and T.words[k].isalpha() and 1 <= len(T.words[k]) <= 4:
            c = by_start.get(k)
            if c is not None and c.length == 1:
                c.label = "PER"
            elif c is None and k not in taken:  # initials that are also a common acronym ("AI") the filter dropped
                spans.append(Cand(k, k + 1, "PER", "ner"))
            k += 1
            if k < T.n and (T.words[k] == "," or T.folded[k] in res.list_joiners) and k + 1 < T.n \
                    and T.words[k + 1].isupper():
                k += 1


def trim_degrees(T: Toks, res: Resources, spans: list[Cand]) -> None:
    """Academic degrees written after a name without a comma are no part of it: "Kombes Pol Dirmanto SIK MH" ->
    "Dirmanto" (the pack's `name_degrees`, compared without dots)."""
    if not res.degrees:
        return
    for c in spans:
        if c.label == "PER":
            while c.length > 1 and T.folded[c.end - 1].replace(".", "") in res.degrees and T.cap[c.end - 1]:
                c.end -= 1


def _elsewhere(T: Toks, k: int) -> bool:
    """The word at k also stands alone in the text: not inside a hyphenated word there."""
    w = T.words[k]
    return any(T.words[j] == w and not (j > 0 and T.words[j - 1] in HYPHENS and not T.ws[j - 1])
               and not (j + 1 < T.n and T.words[j + 1] in HYPHENS and not T.ws[j]) for j in range(T.n) if j != k)


def split_pairs(T: Toks, ner: list[Cand], conf: Optional[list[Cand]] = None,
                given: frozenset = frozenset()) -> list[Cand]:
    """"Prabowo-Gibran", "Trump-Musk": two persons joined by a hyphen (a ticket, a feud), one of them named alone
    elsewhere in the text, are two mentions. As one name they made the two one entity, called by the pair.
    Session 33 (entprec33): so are two words that are both first names of the gazetteer's persons (``given``:
    ``Resources.given_names``) when no capitalised word follows ("pemerintahan Prabowo-Gibran, ..." with neither
    named alone; "Jean-Pierre Lacroix" is one man's first name)."""
    out = []
    surnames = {T.words[c.end - 1] for c in ner + (conf or []) if c.label == "PER" and c.length >= 2}
    for c in ner:
        s, e = c.start, c.end
        if e - s == 3 and T.words[s + 1] in HYPHENS and not T.ws[s] and not T.ws[s + 1] \
                and T.cap[s] and T.cap[s + 2] and all(T.words[k].isalpha() and len(T.words[k]) >= 3 for k in (s, s + 2)) \
                and ((c.label == "PER" and (_elsewhere(T, s) or _elsewhere(T, s + 2)
                                            or (T.folded[s] in given and T.folded[s + 2] in given
                                                and not (e < T.n and T.cap[e] and T.word[e]))))
                     or (T.words[s] in surnames and T.words[s + 2] in surnames)):
            # typed otherwise, both sides are surnames of persons the model named in full: "the Blair-Brown rift"
            out += [Cand(s, s + 1, "PER", "ner"), Cand(s + 2, e, "PER", "ner")]
        else:
            out.append(c)
    return out


def _run_elsewhere(T: Toks, s: int, e: int, span: Cand) -> bool:
    """The words [s, e) stand somewhere else in the text as a whole capitalised run (no capitalised word glued
    on either side), outside the span being split."""
    n, first = e - s, T.words[s:e]
    for j in range(T.n - n + 1):
        if span.start <= j < span.end or T.words[j:j + n] != first:
            continue
        if T.sent_start[j] or (j > 0 and T.cap[j - 1] and T.word[j - 1]):
            continue  # a capitalised neighbour, or a sentence start that capitalises any word
        if j + n < T.n and T.cap[j + n] and T.word[j + n]:
            continue
        return True
    return False


def _place_side(T: Toks, res, a: int, b: int) -> bool:
    """The side [a, b) is a place: a gazetteer place form or a run closed by a place tail ("Islands")."""
    return any(getattr(x, "type", None) in ("GPE", "LOC") for x in res.forms.get(T.span_text(a, b), ())) \
        or res.tail_label.get(T.folded[b - 1]) == "LOC"


def split_joined_names(T: Toks, res, ner: list[Cand]) -> list[Cand]:
    """"Lufthansa and British Airways trialled it", "House of Fraser and Woolworths": the model read two names
    joined by a pack joiner (``pair_joiners``) as one organisation or place, so the two became one entity named
    by the pair. The span is split at the joiner when each side is a run of capitalised words (inner stop words
    allowed) and one side is a gazetteer form or a pack company name, or stands alone elsewhere in the article.
    Without such evidence the span stays whole: the joiner may be inside one name ("Entertainment and Leisure
    Software Publishers Association", "Pew Internet and American Life Project", "Department of Trade and
    Industry"); so does a pair after a pack opener (``pair_whole_openers``: "the Birmingham and Midlands
    Institute") and a pair with a place on either side ("Highlands and Islands": one region, or a body named after it). The organisation scan's own spans are split the
    same way ("House of Fraser and Woolworths")."""
    if not res.pair_joiners:
        return ner
    out = []
    for c in ner:
        s, e = c.start, c.end
        joins = [k for k in range(s + 1, e - 1) if T.folded[k] in res.pair_joiners]
        if c.label not in ("ORG", "LOC", "GPE") or c.source not in ("ner", "pattern") or len(joins) != 1:
            out.append(c)
            continue
        j = joins[0]
        sides = ((s, j), (j + 1, e))
        ok = all(T.cap[a] and T.word[a] and T.cap[b - 1] and T.word[b - 1]
                 and all((T.cap[k] and T.word[k]) or T.folded[k] in res.stop for k in range(a, b))
                 for a, b in sides)
        if ok and s > 0 and T.folded[s - 1] in res.pair_whole_openers:
            ok = False  # "the Birmingham and Midlands Institute": an article before the pair makes it one name
        if ok and any(_place_side(T, res, a, b) for a, b in sides):
            ok = False  # "the Birmingham and Midlands Institute", "the Highlands and Islands": places inside a body
        if ok:
            ok = any(T.span_text(a, b) in res.forms or fold_token(T.span_text(a, b)) in res.company_names
                     or _run_elsewhere(T, a, b, c) for a, b in sides)
        if ok:
            out += [Cand(s, j, c.label, c.source), Cand(j + 1, e, c.label, c.source)]
        else:
            out.append(c)
    return out


def _common_opener(T: Toks, k: int, lower_words: set[str]) -> bool:
    """The word at k opens a sentence (after an opening quote or bracket or not) and the text also writes it in
    lower case: a common word capitalised by its place."""
    opens = T.sent_start[k] or (k > 0 and T.sent_start[k - 1] and not T.word[k - 1] and not T.ws[k - 1]) \
        or (k > 0 and T.words[k - 1] in (".", "!", "?"))  # a sentence the splitter kept inside a quotation
    return opens and T.word[k] and T.folded[k] in lower_words and not T.words[k].isupper()


def _named_alone(T: Toks, s: int, e: int) -> bool:
    """The name [s, e) also stands somewhere in the text without the capitalised word before s before it ("M
    Nazaruddin", "ST Burhanuddin", "rakyat Indonesia" in lower case)."""
    first, n = T.words[s:e], e - s
    return any(T.words[j:j + n] == first and T.words[j - 1] != T.words[s - 1] for j in range(1, T.n - n + 1)
               if j != s)


def drop_inner_persons(ner: list[Cand]) -> list[Cand]:
    """"Rodney Hylton | Potts": the model cut a hyphenated surname after its first part; the glue widens both
    pieces over the hyphen, so "Hylton-Potts" lies inside "Rodney Hylton-Potts". The piece inside is dropped: as
    the shorter span it won the merge and lost the given name ("Cardinal Cormac Murphy-O'Connor")."""
    persons = [c for c in ner if c.label == "PER"]
    return [c for c in ner if not (c.label == "PER" and any(
        p is not c and p.start <= c.start and c.end <= p.end and p.length > c.length for p in persons))]
