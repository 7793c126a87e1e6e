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
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Optional

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from kabar import lang as langpacks
from kabar.models.tagger_ner import TaggerNER
from kabar.record import Article, Entity, Mention
from kabar.stages import stage
from kabar.text.sentences import nlp_for
from kabar.text.tokens import Toks, fold, toks_of

log = logging.getLogger(__name__)

# Source priority when two candidate spans are equally long.
PRIORITY = {"gaz": 4, "pattern": 3, "group": 3, "title": 2, "ner": 1, "alias": 0}
TYPE_ORDER = ("PER", "ORG", "GPE", "NORP", "LOC", "MISC")


BRAND_ROLES = ("MED", "BUS")
HYPHENS = ("-", "\u2010", "\u2011")


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
    kind: str = "name"
    key: Optional[str] = None  # grouping key forced by alias/acronym linking
    demonym: bool = False  # a demonym form ("Russian"): an alias of the country, never its name

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

    def __init__(self, lang: Optional[str], *, use_ner: bool = True, use_gazetteer: bool = True,
                 ner_model: Optional[str] = None):
        self.lang = lang
        self.nlp = nlp_for(lang)
        vocab = self.nlp.vocab
        data = langpacks.pack(lang).data("entities")
        self.data = data
        settings = data.get("settings", {})
        self.nest_inner = set(settings.get("nest_inner", ["GPE"]))
        self.acronym_min = int(settings.get("acronym_min", 2))
        self.acronym_max = int(settings.get("acronym_max", 7))
        self.alias_min = int(settings.get("alias_min_chars", 3))
        self.ner_labels = {k: v for k, v in data.get("ner_labels", {}).items()}
        self.stop = {fold(w) for w in data.get("stop", [])}
        self.titles = {fold(w) for w in data.get("titles", [])}
        self.connectors = {fold(w) for w in data.get("connectors", [])}
        self.group_before = [fold(w) for w in data.get("group_before", [])]
        self.group_after = [fold(w) for w in data.get("group_after", [])]

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
                self.head_label[tuple(fold(w).split())] = label
        self.org_heads = set(self.head_label)
        self.org_head_len = max((len(h) for h in self.org_heads), default=0)
        self.org_head_first = {h[0] for h in self.org_heads}
        self.org_of_heads = {fold(w) for w in data.get("org_of_heads", [])}
        self.tail_label: dict[str, str] = {fold(w): "ORG" for w in data.get("org_tails", [])}
        self.tail_label.update({fold(w): "LOC" for w in data.get("loc_tails", [])})
        self.org_tails = set(self.tail_label)
        # words that make a place physical (LOC) rather than political (GPE): "Laut", "Sea", "Mosque"
        self.place_features = {fold(w) for w in data.get("place_features", [])}
        self.org_words = {h[0] for h, lab in self.head_label.items() if lab == "ORG"} | self.org_of_heads | \
            {w for w, lab in self.tail_label.items() if lab == "ORG"}
        self.affiliation_joiners = {fold(w) for w in data.get("affiliation_joiners", [])}
        self.generic = {h[0] for h in self.head_label} | set(self.tail_label) | self.place_features | \
            {fold(w) for w in data.get("generic_words", [])}
        self.particles = {fold(w) for w in data.get("name_particles", [])}
        self.org_joiners = {fold(w) for w in data.get("org_joiners", [])}
        self.matcher = Matcher(vocab)
        for i, pat in enumerate(data.get("patterns", [])):
            self.matcher.add(f"{pat.get('label', 'ORG')}#{i}", [pat["pattern"]], greedy="LONGEST")

        # peoples, religious groups and named things no gazetteer entry holds: "Arabs", "Rohingya", "Hajj"
        self.word_key: dict[str, str] = {}
        self.word_matcher = PhraseMatcher(vocab, attr="ORTH")
        for key, label in (("norp_words", "NORP"), ("misc_words", "MISC")):
            forms = []
            for row in data.get(key, []):
                variants = [v.strip() for v in row.split("|") if v.strip()]
                for v in variants:
                    self.word_key[v] = f"{label}:{fold(variants[0])}"
                    forms.append(v)
            if forms:
                self.word_matcher.add(label, list(self.nlp.tokenizer.pipe(forms)))
        self.forms: dict[str, tuple] = {}
        self.demonyms: set[str] = set()  # forms that name a people, not the country ("Russian")
        self.acronym_forms: set[str] = set()
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
            if len(form) < 2 or not any(c.isupper() for c in form) or fold(form) in self.stop:
                continue
            if getattr(entry, "type", None) not in TYPE_ORDER:
                continue
            variants = {form, form.replace("'", "\u2019")}  # typographic apostrophes in the text
            parts = form.split()
            if getattr(entry, "type", None) == "PER" and len(parts) == 3 and all(p.isalpha() for p in parts):
                # Korean-style given names are also written joined: "Kim Jong-un", "Moon Jae-In"
                variants |= {f"{parts[0]} {parts[1]}-{parts[2]}", f"{parts[0]} {parts[1]}-{parts[2].lower()}"}
            for v in variants:
                forms.setdefault(v, []).append(entry)
                if form_kind == "demonym":
                    self.demonyms.add(v)
                elif form_kind == "acronym":
                    self.acronym_forms.add(v)
        self.forms = {f: tuple(es) for f, es in forms.items()}
        if forms:
            self.gaz_matcher.add("GAZ", list(self.nlp.tokenizer.pipe(forms)))


@functools.lru_cache(maxsize=16)
def resources(lang: Optional[str], use_ner: bool = True, use_gazetteer: bool = True,
              ner_model: Optional[str] = None) -> Resources:
    return Resources(lang, use_ner=use_ner, use_gazetteer=use_gazetteer, ner_model=ner_model)


# ---------------------------------------------------------------- candidate spans
def _entry_type(entries: tuple) -> str:
    types = [e.type for e in entries if getattr(e, "type", None) in TYPE_ORDER]
    if not types:
        return "MISC"
    return max(set(types), key=lambda t: (types.count(t), -TYPE_ORDER.index(t)))


def _gaz_spans(T: Toks, res: Resources) -> list[Cand]:
    out = []
    if len(res.gaz_matcher) == 0:
        return out
    for _, s, e in res.gaz_matcher(T.doc):
        text = T.span_text(s, e)
        entries = res.forms.get(text)
        if entries:
            out.append(Cand(s, e, _entry_type(entries), "gaz", entries, demonym=text in res.demonyms,
                            kind="acronym" if text in res.acronym_forms else "name"))
    return out


def _word_spans(T: Toks, res: Resources) -> list[Cand]:
    if len(res.word_matcher) == 0:
        return []
    strings = T.doc.vocab.strings
    out = []
    for mid, s, e in res.word_matcher(T.doc):
        c = Cand(s, e, strings[mid], "gaz")
        c.key = "word:" + res.word_key.get(T.span_text(s, e), "")
        out.append(c)
    return out


def _pattern_spans(T: Toks, res: Resources) -> list[Cand]:
    out = []
    if len(res.matcher) == 0:
        return out
    strings = T.doc.vocab.strings
    for mid, s, e in res.matcher(T.doc):
        label = strings[mid].split("#", 1)[0]
        while s < e and T.folded[s] in res.stop:  # "The Financial Times" -> "Financial Times"
            s += 1
        while e > s and (T.folded[e - 1] in res.connectors or not T.word[e - 1]):
            e -= 1
        if e - s >= 2:
            out.append(Cand(s, e, label, "pattern"))
    return out


def _org_spans(T: Toks, res: Resources, gaz: list[Cand]) -> list[Cand]:
    """Organisation names by head words: "Kementerian Pertahanan Inggris", "Ministry of Defence",
    "National Security Council". One pass over the tokens with set look-ups."""
    out: list[Cand] = []
    if not (res.org_heads or res.org_of_heads or res.org_tails):
        return out
    folded, cap, word, n = T.folded, T.cap, T.word, T.n
    place_starts = {c.start for c in gaz if c.label in ("GPE", "LOC", "NORP")}
    place_end = {c.end: c.start for c in gaz if c.label == "GPE"}
    in_gaz = {k for c in gaz for k in range(c.start, c.end)}
    demonym_end = {c.end: c.start for c in gaz if c.demonym}
    gaz_end: dict[int, int] = {}
    for c in gaz:
        gaz_end[c.start] = max(gaz_end.get(c.start, 0), c.end)

    def name_word(k: int) -> bool:
        return k < n and ((cap[k] and word[k] and folded[k] not in res.stop) or T.words[k].isdigit())

    def run(k: int) -> int:
        while name_word(k) and "\n" not in T.ws[k - 1 if k else 0]:
            if k in gaz_end:  # a known name ends the organisation's name ("Komisi 1 DPR RI", "Bank Indonesia")
                return gaz_end[k]
            k += 1
        while k + 1 < n and folded[k] in res.org_joiners and name_word(k + 1) and k + 1 not in place_starts:
            k = run(k + 1)
        return k

    for i in range(n):
        if not cap[i]:
            continue
        f = folded[i]
        # a head word right after another name word is inside that name ("Amerika Serikat")
        inside_name = i > 0 and cap[i - 1] and word[i - 1] and not T.sent_start[i] and folded[i - 1] not in res.titles
        for size in range(min(res.org_head_len, n - i) if not inside_name else 0, 0, -1):
            if tuple(folded[i:i + size]) in res.org_heads:
                if size > 1 and not all(cap[i:i + size]):
                    break
                end = run(i + size)
                label = res.head_label[tuple(folded[i:i + size])]
                if label == "LOC" and place_end.get(end, 0) > i + size:
                    end = place_end[end]  # "Pangkalan Udara Halim Perdanakusuma | Jakarta": the city locates it
                if end > i + size or size > 1:
                    out.append(Cand(i, end, label, "pattern"))
                break
        if f in res.org_of_heads and i + 2 < n and folded[i + 1] in ("of", "for"):
            k = i + 2 + (folded[i + 2] == "the")
            end = run(k)
            if end > k:
                start = i  # "Joint Council for the Welfare of Immigrants": name words before the head belong
                while start > 0 and name_word(start - 1) and start - 1 not in in_gaz and not T.sent_start[start] \
                        and "\n" not in T.ws[start - 1]:
                    start -= 1
                if start in demonym_end and not T.sent_start[start]:
                    start = demonym_end[start]  # "Italian Supreme Court of Cassation"
                out.append(Cand(start, end, "ORG", "pattern"))
        if f in res.org_tails and i > 0:
            k = i
            while k > 0 and name_word(k - 1) and "\n" not in T.ws[k - 1]:
                k -= 1
            if k < i:
                out.append(Cand(k, i + 1, res.tail_label[f], "pattern"))
    return out


def _brand(c: Cand) -> bool:
    """A known outlet or company name is one name: "Indonesia" in "CNN Indonesia" is no entity of its own."""
    return c.source == "gaz" and any(getattr(e, "role", None) in BRAND_ROLES or getattr(e, "kind", None) == "media"
                                     for e in c.entries)


def _select(cands: list[Cand], nest_inner: set[str], n: int) -> list[Cand]:
    """Non-overlapping spans, longest first; inner gazetteer spans of nest_inner types survive as nested."""
    taken: list[Cand] = []
    occupied = bytearray(n + 1)
    nested = []
    for c in sorted(cands, key=lambda c: (-c.length, -PRIORITY.get(c.source, 0), c.start)):
        if any(occupied[c.start:c.end]):
            if c.label in nest_inner and c.source == "gaz":
                nested.append(c)
            continue
        taken.append(c)
        occupied[c.start:c.end] = b"\x01" * c.length
    placed: list[Cand] = []
    for c in nested:
        holder = next((t for t in taken if t.start <= c.start and c.end <= t.end), None)
        if holder is not None and holder.label != c.label and holder.label != "PER" and not _brand(holder) \
                and not any(_overlaps(p, c) for p in placed):
            c.nested = True
            placed.append(c)
    return taken + placed


def _group_spans(T: Toks, res: Resources, conf: list[Cand]) -> list[Cand]:
    """'pasukan Rusia', 'Russian forces': a group noun next to a country or demonym makes a NORP span."""
    if not conf or len(res.group_matcher) == 0:
        return []
    places = [c for c in conf if c.label in ("GPE", "NORP") and c.source == "gaz" and c.entries]
    by_start = {c.start: c for c in places}
    by_end = {c.end: c for c in places}
    out = []
    strings = T.doc.vocab.strings
    for mid, s, e in res.group_matcher(T.doc):
        side = strings[mid]
        if side == "BEFORE" and e in by_start:
            c = by_start[e]
            out.append(Cand(s, c.end, "NORP", "group", c.entries))
        elif side == "AFTER" and s in by_end:
            c = by_end[s]
            out.append(Cand(c.start, e, "NORP", "group", c.entries))
    return out


def _title_matches(T: Toks, res: Resources) -> list[tuple[int, int]]:
    """Role titles in the text, the longest at each position, no overlaps (computed once per Toks)."""
    if T._titles is not None:
        return T._titles
    out: list[tuple[int, int]] = []
    if len(res.title_matcher):
        spans = sorted(((s, e) for _, s, e in res.title_matcher(T.doc)), key=lambda x: (x[0], -x[1]))
        last_end = -1
        for s, e in spans:
            if s >= last_end:
                out.append((s, e))
                last_end = e
    T._titles = out
    return out


def _name_part(T: "Toks", k: int) -> bool:
    """A token that may follow a hyphen inside a name: capitalised, or a short syllable ("Jong-un")."""
    w = T.words[k]
    return (T.cap[k] and T.word[k]) or (w.isalpha() and w.islower() and len(w) <= 3)


def _glue(T: "Toks", s: int, e: int, particles=frozenset()) -> tuple[int, int]:
    """Widen [s, e) over hyphen-glued neighbours and name particles: a name never ends inside
    "Al-Maeena", "Jong-un" or "Suleiman al-Amr"."""
    while s >= 2 and T.words[s - 1] in HYPHENS and not T.ws[s - 1] and not T.ws[s - 2] and T.word[s - 2] \
            and not T.sent_start[s]:
        s -= 2
    while e + 1 < T.n and T.words[e] in HYPHENS and not T.ws[e - 1] and not T.ws[e] and _name_part(T, e + 1):
        e += 2
    if e + 1 < T.n and T.folded[e] in particles and T.ws[e - 1] and "\n" not in T.ws[e - 1]:
        k = e + 2 if T.words[e + 1] in HYPHENS and not T.ws[e] else e + 1
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
            j += 1
            continue
        if j > i and T.folded[j] in res.particles and j + 1 < T.n and "\n" not in T.ws[j]:
            k = j + 2 if T.words[j + 1] in HYPHENS and not T.ws[j] and j + 2 < T.n else j + 1
            if k < T.n and T.cap[k] and T.word[k] and k not in stop_at:
                j = k
                continue
        break
    return j


def _title_spans(T: Toks, res: Resources, conf: list[Cand]) -> list[Cand]:
    """After a role title, skip affiliations (organisations, countries, more titles, and a capitalised
    unit name followed by one of those): the capitalised run that is left is the person.
    "Kepala Bidang Humas Polda Riau Kombes Pol Guntur Aryo Tejo" -> "Guntur Aryo Tejo"."""
    conf_at = {c.start: c for c in conf if not c.nested}
    titles = _title_matches(T, res)
    title_at = dict(titles)
    stops = set(conf_at) | set(title_at)
    consumed: set[int] = set()
    out = []
    for s, e in titles:
        if s in consumed:
            continue
        j, person = e, None
        while j < T.n:
            c = conf_at.get(j)
            if c is not None:
                if c.label == "PER":  # a known person after the title
                    c.title = c.title or T.span_text(s, e)
                    break
                j = c.end
                continue
            if j in title_at:
                consumed.add(j)
                j = title_at[j]
                continue
            if T.folded[j] in res.org_head_first:  # an organisation the scan did not take: not a person
                break
            end = _name_run(T, j, res, stops)
            if end == j:
                break
            k = end
            while k < T.n and k not in stops and T.cap[k] and T.word[k] and not T.sent_start[k] \
                    and "\n" not in T.ws[k - 1]:
                k += 1  # capitalised words that are not names alone ("Senjata") still belong to a unit name
            if k < T.n and k in stops and "\n" not in T.ws[k - 1]:
                j = k  # a unit name before an organisation, country or title
                continue
            person = (j, end)
            break
        if person is not None:
            words = [k for k in range(*person) if T.word[k]]
            if words and not all(T.folded[k] in res.titles for k in words):
                out.append(Cand(person[0], person[1], "PER", "title", title=T.span_text(s, e)))
    return out


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
    n = len(index)
    maybe = bytearray(n)
    for i, k in enumerate(index):
        if T.cap[k] and T.word[k]:
            maybe[max(0, i - 1):i + 2] = b"\x01" * (min(n, i + 2) - max(0, i - 1))
    keep = bytearray(n)
    for i in range(n):
        if maybe[i]:
            lo, hi = max(0, i - radius), min(n, i + radius + 1)
            keep[lo:hi] = b"\x01" * (hi - lo)
    kept = [i for i in range(n) if keep[i]]
    return [index[i] for i in kept], [bool(maybe[i]) for i in kept]


def _run_ner(T: Toks, res: Resources, conf: Optional[list[Cand]] = None, lower_words: Optional[set] = None) -> list[Cand]:
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
            # the kept tokens as one Doc in the segment stage's vocabulary, whose lexemes the
            # tokenizer already built (a new vocabulary would build one per new word)
            ndoc = Doc(T.doc.vocab, words=[T.words[k] for k in index], spaces=[bool(T.ws[k]) for k in index])
            for proc in procs:
                ndoc = proc(ndoc)
            if tagger is not None:
                spans = tagger.decode(tagger.predict([ndoc])[0], outside=[not m for m in maybe])
            else:
                spans = [(ent.start, ent.end, ent.label_) for ent in ndoc.ents]
            ents = [(index[s], index[e - 1] + 1, label) for s, e, label in spans]
        else:  # any callable text -> Doc: map character offsets back onto our tokens
            ndoc = model(T.text)
            ents = []
            for ent in ndoc.ents:
                span = T.doc.char_span(ent.start_char, ent.end_char, alignment_mode="expand")
                if span is not None:
                    ents.append((span.start, span.end, ent.label_))
    except Exception as exc:  # the model must never take the pipeline down
        log.warning("NER failed: %s", exc)
        return []
    out = []
    for s, e, label in ents:
        mapped = res.ner_labels.get(label)
        if mapped:
            out.append(Cand(s, e, mapped, "ner"))
    return out


def _given_name(T: Toks, res: Resources, k: int) -> bool:
    f = T.folded[k]
    return T.cap[k] and T.word[k] and not T.sent_start[k + 1] and bool(T.ws[k]) and "\n" not in T.ws[k] \
        and f not in res.stop and f not in res.titles and T.words[k] not in res.forms and f not in res.generic


def _split_ner(T: Toks, res: Resources, c: Cand) -> list[Cand]:
    """Split what a model glued together: "Clearwater, Florida" (two places), "Matthew Ingram of The
    Globe and Mail" (person of organisation), "Refugee Council Enver Solomon" (organisation + person),
    "Labour's Shadow Home Secretary" (a name, then a role), "Education Mr. Toccafondi" (a title inside)."""
    s, e = c.start, c.end
    for k in range(s + 1, e):  # a name never crosses a sentence
        if T.sent_start[k]:
            e = k
            break
    for k in range(s + 1, e - 1):  # a possessive ends a name: "Mecca's Grand Mosque", "Labour's ..."
        if T.folded[k] in ("'s", "\u2019s") and not T.ws[k - 1]:
            return _split_ner(T, res, Cand(s, k, c.label, "ner")) + _split_ner(T, res, Cand(k + 1, e, c.label, "ner"))
    if e - s >= 2 and T.folded[e - 1] in res.titles:  # a role, not a name ("Shadow Home Secretary")
        return []
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
            return [Cand(k + 1, e, "PER", "ner")]
    names = lambda a, b: b - a >= 2 and all(T.cap[k] and T.word[k] and T.folded[k] not in res.org_words  # noqa: E731
                                            and T.words[k] not in res.forms for k in range(a, b))
    # "Minister of Education Stefania Giannini": the portfolio after "<title> of" is not the name
    if s >= 2 and T.folded[s - 1] in res.affiliation_joiners and T.folded[s - 2] in res.titles and names(s + 1, e):
        return [Cand(s + 1, e, "PER", "ner")]
    if c.label == "PER":
        for k in range(s + 1, e - 1):
            if T.folded[k] in res.affiliation_joiners and T.cap[k + 1]:
                return [Cand(s, k, "PER", "ner"), Cand(k + 1, e, "ORG", "ner")]
    for k in range(e - 3, s, -1):  # "Refugee Council | Enver Solomon"
        if res.tail_label.get(T.folded[k]) == "ORG" and T.cap[k] and names(k + 1, e):
            return [Cand(s, k + 1, "ORG", "ner"), Cand(k + 1, e, "PER", "ner")]
    return [Cand(s, e, c.label, "ner")] if e > s else []


def _ner_type(T: Toks, res: Resources, s: int, e: int, label: str) -> str:
    """Head and tail words decide between organisation and place; a model's LOC without a
    physical-feature word is a political place (GPE: cities, provinces, states)."""
    if label == "PER" or label not in ("LOC", "GPE", "ORG"):
        return label
    words = [T.folded[k] for k in range(s, e) if T.word[k]]
    if not words:
        return label
    if res.tail_label.get(words[-1]) == "ORG" and len(words) > 1:
        return "ORG"
    if len(words) > 1 and (res.head_label.get((words[0],)) == "LOC" or res.tail_label.get(words[-1]) == "LOC"):
        return "LOC"
    if res.head_label.get((words[0],)) == "ORG" or (words[0] in res.org_of_heads and len(words) > 2):
        return "ORG"
    if label in ("LOC", "GPE"):
        return "LOC" if any(w in res.place_features for w in words) else "GPE"
    return label


def _clean_ner(T: Toks, res: Resources, c: Cand, lower_words: set[str]) -> Optional[Cand]:
    """Trim titles, stop words and punctuation from the edges; None for junk."""
    s, e = c.start, c.end
    for ts, te in _title_matches(T, res):
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
    while s < e:
        f = T.folded[s]
        if not T.word[s] or not T.cap[s] or f in res.stop or f in res.titles:
            s += 1
            continue
        # multi-token titles at the left edge ("Juru bicara")
        hit = next((k for k in range(min(e, s + 4), s + 1, -1) if fold(T.span_text(s, k)) in res.titles), None)
        if hit is not None:
            s = hit  # a title alone ("Prime Minister") leaves nothing
            continue
        break
    while e > s:
        if not T.word[e - 1] or T.folded[e - 1] in res.connectors or (not T.cap[e - 1] and not T.words[e - 1][0].isdigit()):
            e -= 1
            continue
        break
    if s >= e:
        return None
    s, e = _glue(T, s, e, res.particles)
    label = c.label
    if s >= 1 and s + 2 < e and T.folded[s] in res.particles and T.words[s + 1] in HYPHENS and not T.ws[s] \
            and _given_name(T, res, s - 1):
        s, label = s - 1, "PER"  # "Khaled | Al-Maeena": an Arabic family name after a given name
    words = [k for k in range(s, e) if T.word[k]]
    if not words or all(T.words[k].replace(".", "").replace(",", "").isdigit() for k in words):
        return None
    if len(words) == 1:
        k = words[0]
        f = T.folded[k]
        if f in res.stop or f in res.titles or len(T.words[k]) < 2 or f in res.org_words or f in res.generic:
            return None  # "the Church", "the State": a descriptor, not a name

        if T.sent_start[k] and f in lower_words:  # a common word that opens a sentence
            return None
    return Cand(s, e, _ner_type(T, res, s, e, label), "ner")


def _person_consistency(T: Toks, ner: list[Cand]) -> None:
    """One name, one type: a descriptor before a name found bare elsewhere is cut ("Scientologist |
    Tom Cruise"), and a model's ORG/LOC with the very words of a person is that person."""
    texts = {fold(T.span_text(c.start, c.end)) for c in ner if c.length >= 2}
    for c in ner:
        if c.label == "PER" and c.end - c.start >= 3 and fold(T.span_text(c.start + 1, c.end)) in texts:
            c.start += 1
    persons = {fold(T.span_text(c.start, c.end)) for c in ner if c.label == "PER" and c.length >= 2}
    for c in ner:
        if c.label != "PER" and c.length >= 2 and fold(T.span_text(c.start, c.end)) in persons:
            c.label = "PER"


def _crosses(p: Cand, spans: list[Cand]) -> bool:
    """p overlaps one of the spans without either containing the other."""
    for c in spans:
        if p.start < c.end and c.start < p.end and not (p.start <= c.start and c.end <= p.end) \
                and not (c.start <= p.start and p.end <= c.end):
            return True
    return False


def _overlaps(a: Cand, b: Cand) -> bool:
    return a.start < b.end and b.start < a.end


def _uncovered(n: Cand, over: list[Cand]) -> list[tuple[int, int]]:
    cover = set()
    for c in over:
        cover.update(range(c.start, c.end))
    pieces, s = [], None
    for k in range(n.start, n.end):
        if k in cover:
            if s is not None:
                pieces.append((s, k))
                s = None
        elif s is None:
            s = k
    if s is not None:
        pieces.append((s, n.end))
    return pieces


def _place_surname(T: Toks, res: Resources, n: Cand, over: list[Cand]) -> bool:
    """A model's person that ends in one known place word after given names of its own ("Valeska Paris")."""
    if len(over) != 1:
        return False
    c = over[0]
    before = n.start - 1
    return c.source == "gaz" and c.label in ("GPE", "LOC") and c.length == 1 and c.end == n.end \
        and n.start < c.start and (before < 0 or not (T.cap[before] and T.word[before])) and all(T.cap[k] and T.word[k] and T.folded[k] not in res.titles
                                      and T.folded[k] not in res.stop and T.words[k] not in res.forms for k in range(n.start, c.start))


def _merge(T: Toks, res: Resources, conf: list[Cand], ner: list[Cand], titled: list[Cand]) -> list[Cand]:
    """Confident spans first; NER spans fill gaps, lose to confident labels, and are cut around them."""
    top = [c for c in conf if not c.nested]
    accepted: list[Cand] = []
    for n in ner:
        over = [c for c in top if _overlaps(n, c)]
        if not over:
            accepted.append(n)
            continue
        if any(c.start == n.start and c.end == n.end for c in over):
            continue
        if n.label == "PER" and _place_surname(T, res, n, over):
            accepted.append(n)
            continue
        inside = all(n.start <= c.start and c.end <= n.end for c in over)
        pieces = _uncovered(n, over)
        if n.label == "PER" or any(c.label == "PER" for c in over) or not inside:
            # a person after a title and affiliation: keep the last uncovered piece
            if pieces and n.label == "PER" and pieces[-1][0] >= max(c.end for c in over):
                cut = _clean_ner(T, res, Cand(pieces[-1][0], pieces[-1][1], "PER", "ner"), set())
                if cut is not None:
                    accepted.append(cut)
            continue
        # ORG/LOC/MISC around confident spans: a longer name if something else named is in it
        if any(T.cap[k] and T.word[k] and T.folded[k] not in res.stop and T.folded[k] not in res.connectors
               for s, e in pieces for k in range(s, e)):
            accepted.append(n)
    for t in titled:  # title-rule persons only where nothing else speaks
        hits = [a for a in accepted if _overlaps(a, t)]
        if not hits:
            accepted.append(t)
        else:
            for a in hits:
                if a.source == "ner" and a.start == t.start and a.end == t.end and a.label in ("ORG", "LOC", "GPE"):
                    a.label = "PER"  # "Home Secretary Suella Braverman": the title says who, not the model
                if a.label == "PER" and a.start == t.start and a.title is None:
                    a.title = t.title
    return _select(conf + accepted, res.nest_inner, T.n)


def _split_org_person(T: Toks, spans: list[Cand], lone_caps: dict[str, int], known=frozenset()) -> list[Cand]:
    """A pattern organisation that swallowed the person after it ("Dewan ... John Kirby"):
    when its last word also stands alone elsewhere, it is a surname, and the last two words a person."""
    out = []
    for c in spans:
        if c.source == "pattern" and c.length >= 4 and lone_caps.get(T.words[c.end - 1], 0) >= 1 and T.cap[c.end - 2] \
                and T.words[c.end - 1] not in known:  # a known place or body ending the name is no surname
            out.append(Cand(c.start, c.end - 2, c.label, "pattern"))
            out.append(Cand(c.end - 2, c.end, "PER", "title"))
        else:
            out.append(c)
    return out


# ---------------------------------------------------------------- grouping
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


def _link_aliases(T: Toks, res: Resources, spans: list[Cand], covered: bytearray) -> list[Cand]:
    """New spans for lone surnames/first names of persons and for acronyms of named entities."""
    added: list[Cand] = []
    words = T.words
    acronyms: dict[str, Cand] = {}
    for c in spans:  # defined in parentheses right after a name: "Komisi Pemberantasan Korupsi (KPK)"
        e = c.end
        if e + 2 < T.n and words[e] == "(" and words[e + 2] == ")" and _acronym_ok(words[e + 1], res):
            acronyms.setdefault(words[e + 1], c)
    for c in spans:  # equal to the initials of a multi-word name: "Financial Times" ... "FT"
        if c.length >= 2 and c.label in ("ORG", "GPE", "LOC", "MISC") and not c.nested:
            ini = _initials(T, c, res)
            if len(ini) >= 2:
                acronyms.setdefault(ini, c)
    parts: dict[str, list[Cand]] = {}  # person name parts: "Kirby" -> "John Kirby", "Kim" -> "Kim Jong Un"
    other_words = set()
    for c in spans:
        ws = [words[k] for k in range(c.start, c.end) if T.word[k]]
        if c.label == "PER" and len(ws) >= 2:
            for w in {ws[0], ws[-1]}:
                if len(w) >= res.alias_min and fold(w) not in res.titles and fold(w) not in res.stop:
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
    for c in spans:  # a span whose text is an acronym of another entity ("NSC" with no gazetteer id)
        if c.key is None and c.length == 1 and not c.entries:
            target = acronyms.get(words[c.start])
            if target is not None and target is not c:
                c.key, c.kind, c.label = f"span:{target.start}:{target.end}", "acronym", target.label
    return added


def _group(T: Toks, spans: list[Cand], place_surnames: frozenset = frozenset()) -> list[list[Cand]]:
    spans = sorted(spans, key=lambda c: (c.start, -c.end))
    g = _Groups(len(spans))
    first: dict[str, int] = {}
    index = {f"span:{c.start}:{c.end}": i for i, c in enumerate(spans)}
    for i, c in enumerate(spans):
        keys = [f"name:{c.label == 'PER'}:{fold(T.span_text(c.start, c.end))}"]
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
    # single-word persons found on their own ("Putin" after "Vladimir Putin")
    full = [(i, c) for i, c in enumerate(spans) if c.label == "PER" and c.length >= 2]
    for i, c in enumerate(spans):
        w = T.words[c.start]
        loose = c.source in ("ner", "title") or (c.source == "gaz" and w in place_surnames)
        if (c.label == "PER" or loose) and c.length == 1 and full:
            matches = [(j, f) for j, f in full if w in (T.words[f.start], T.words[f.end - 1])]
            if matches:
                before = [m for m in matches if m[1].start < c.start]
                j = (max(before, key=lambda m: m[1].start) if before else matches[0])[0]
                g.union(j, i)
                c.label = "PER"  # "Wood" after "Robert Wood" is him, whatever the model said
                if c.kind == "name":
                    c.kind = "alias"
    # "United Kingdom Home Office" ... "Home Office": a country before an organisation's name is a locator
    org_index = {fold(T.span_text(c.start, c.end)): i for i, c in enumerate(spans) if c.label == "ORG"}
    place_at = {(c.start, c.end) for c in spans if c.source == "gaz" and c.label in ("GPE", "NORP")}
    for i, c in enumerate(spans):
        if c.label != "ORG" or c.length < 3:
            continue
        for k in range(c.start + 1, c.end - 1):
            if (c.start, k) in place_at:
                rest = fold(T.span_text(k, c.end))
                for name, j in org_index.items():  # the rest, or a shorter name that begins it
                    if j != i and (name == rest or (rest.startswith(name + " ") and len(name.split()) >= 2)):
                        g.union(i, j)
                break
    # a shorter organisation name that begins a longer one ("Dewan Keamanan" ... "Dewan Keamanan PBB"),
    # when only one longer name fits
    orgs = [(i, c, T.folded[c.start:c.end]) for i, c in enumerate(spans) if c.label == "ORG"]
    for i, c, words in orgs:
        if len(words) < 2 or c.entries:
            continue
        longer = {g.find(j) for j, d, w in orgs if len(w) > len(words) and w[:len(words)] == words}
        if len(longer) == 1:
            g.union(longer.pop(), i)
    groups: dict[int, list[Cand]] = {}
    for i, c in enumerate(spans):
        groups.setdefault(g.find(i), []).append(c)
    return sorted(groups.values(), key=lambda grp: grp[0].start)


SOURCE_WEIGHT = {"gaz": 3.0, "group": 3.0, "pattern": 2.0, "title": 1.5, "ner": 1.0, "alias": 0.5}


def _entity_type(group: list[Cand]) -> str:
    weights: dict[str, float] = {}
    for c in group:
        w = SOURCE_WEIGHT.get(c.source, 1.0) + (0.5 if c.nested else 0.0)
        weights[c.label] = weights.get(c.label, 0.0) + w
    return max(weights, key=lambda t: (weights[t], -TYPE_ORDER.index(t)))


def _entity_name(T: Toks, group: list[Cand], etype: str, lang: Optional[str]) -> str:
    names = [c for c in group if c.kind != "acronym" and not c.demonym]
    if not names:
        entry = next((e for c in group for e in c.entries if c.source == "gaz"), None)
        if entry is not None and hasattr(entry, "name_in"):
            return entry.name_in(lang)
        names = group
    texts = [T.span_text(c.start, c.end) for c in names]
    if etype == "PER":
        return max(texts, key=lambda t: (len(t.split()), len(t), -texts.index(t)))
    folded = [fold(t) for t in texts]
    return max(texts, key=lambda t: (folded.count(fold(t)), len(t.split()) > 1, -texts.index(t)))


def recognise(record: Article, res: Resources) -> list[Entity]:
    T = toks_of(record)
    if T.n == 0:
        return []
    lower_words = {f for f, w in zip(T.folded, T.words) if w.islower()}
    gaz = _gaz_spans(T, res) + _word_spans(T, res)
    pats = [p for p in _org_spans(T, res, gaz) + _pattern_spans(T, res) if not _crosses(p, gaz)]
    conf = _select(gaz + pats, res.nest_inner, T.n)
    norp = _group_spans(T, res, conf)
    if norp:
        conf = _select(gaz + pats + norp, res.nest_inner, T.n)
    # lone capitalised words (no capitalised neighbour) are evidence of surnames
    lone_caps: dict[str, int] = {}
    cap = T.cap
    for i in range(T.n):
        if cap[i] and (i == 0 or not cap[i - 1]) and (i + 1 >= T.n or not cap[i + 1]):
            lone_caps[T.words[i]] = lone_caps.get(T.words[i], 0) + 1
    conf = _split_org_person(T, conf, lone_caps, res.forms)
    titled = _title_spans(T, res, conf)
    ner = []
    for c in _run_ner(T, res, conf, lower_words):
        trimmed = _clean_ner(T, res, c, lower_words)
        if trimmed is not None:
            if trimmed.label != "PER":
                trimmed.label = c.label  # the split sees the model's own label
            ner += [x for x in (_clean_ner(T, res, p, lower_words) for p in _split_ner(T, res, trimmed)) if x is not None]
    _person_consistency(T, ner)
    spans = _merge(T, res, conf, ner, titled)
    covered = bytearray(T.n)
    for c in spans:
        if not c.nested:
            covered[c.start:c.end] = b"\x01" * c.length
    spans += _link_aliases(T, res, spans, covered)
    titles_at = {(t.start, t.end): t.title for t in titled}
    entities: list[Entity] = []
    titles_by_mention: dict[tuple[int, int], str] = {}
    entries_by_entity: dict[str, tuple] = {}
    place_surnames = frozenset(T.words[c.end - 1] for c in spans
                               if c.label == "PER" and c.length >= 2 and T.words[c.end - 1] in res.forms)
    for n, group in enumerate(_group(T, spans, place_surnames), start=1):
        etype = _entity_type(group)
        name = _entity_name(T, group, etype, record.lang)
        fname = fold(name)
        mentions = []
        for c in sorted(group, key=lambda c: c.start):
            cs, ce = T.char_span(c.start, c.end)
            text = T.text[cs:ce]
            kind = c.kind if c.kind == "acronym" else ("name" if fold(text) == fname else "alias")
            mentions.append(Mention(start=cs, end=ce, text=text, kind=kind))
            title = c.title or titles_at.get((c.start, c.end))
            if title:
                titles_by_mention[(cs, ce)] = title
        eid = f"E{n}"
        entries = tuple(e for c in group for e in c.entries)
        if entries:
            entries_by_entity[eid] = entries
        entities.append(Entity(id=eid, type=etype, name=name, mentions=mentions))
    record.state.entity_titles = titles_by_mention
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


def table_rows(record: Article) -> list[dict]:
    """One row per entity for `kabar entities`: id, type, name, actor, wikidata, mention counts by kind."""
    rows = []
    for e in record.entities:
        kinds: dict[str, int] = {}
        for m in e.mentions:
            kinds[m.kind] = kinds.get(m.kind, 0) + 1
        surfaces = sorted({m.text for m in e.mentions if m.kind in ("name", "alias", "acronym")} - {e.name})
        rows.append({"id": e.id, "type": e.type, "name": e.name, "actor": e.actor or "", "wikidata": e.wikidata or "",
                     "mentions": len(e.mentions), "kinds": kinds, "aliases": surfaces})
    return rows


def format_table(record: Article) -> str:
    """A plain-text table of the record's entities (the CLI may render the same rows with rich)."""
    rows = table_rows(record)
    head = ("id", "type", "name", "actor", "n", "also")
    body = [(r["id"], r["type"], r["name"], r["actor"], str(r["mentions"]), ", ".join(r["aliases"])[:60]) for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(head)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(head), line(["-" * w for w in widths]), *(line(b) for b in body)])
