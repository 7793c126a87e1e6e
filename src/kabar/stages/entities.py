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
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from kabar import lang as langpacks
from kabar.record import Article, Entity, Mention
from kabar.stages import stage
from kabar.stages.segment import doc_of, nlp_for

log = logging.getLogger(__name__)

# Source priority when two candidate spans are equally long.
PRIORITY = {"gaz": 4, "pattern": 3, "group": 3, "title": 2, "ner": 1, "alias": 0}
TYPE_ORDER = ("PER", "ORG", "GPE", "NORP", "LOC", "MISC")


def fold(text: str) -> str:
    """The GOLD.md name folding: case, Unicode compatibility forms, hyphens, runs of white space."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = re.sub(r"[\u2010-\u2015\-]", " ", t)
    t = t.replace("\u2019", "'")
    return " ".join(t.split())


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


def _ner_model(lang: Optional[str]):
    try:
        from kabar.models import load_ner
    except ImportError:
        return None
    try:
        return load_ner(lang)
    except Exception as exc:
        log.warning("NER model for %r unavailable: %s", lang, exc)
        return None


class Resources:
    """Everything the stage needs for one language, built once: matchers, lexicons, the NER model."""

    def __init__(self, lang: Optional[str], *, use_ner: bool = True, use_gazetteer: bool = True):
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

        self.matcher = Matcher(vocab)
        for i, pat in enumerate(data.get("patterns", [])):
            self.matcher.add(f"{pat.get('label', 'ORG')}#{i}", [pat["pattern"]], greedy="LONGEST")

        self.forms: dict[str, tuple] = {}
        self.demonyms: set[str] = set()  # forms that name a people, not the country ("Russian")
        self.acronym_forms: set[str] = set()
        self.gaz_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.gazetteer = _gazetteer() if use_gazetteer else None
        if self.gazetteer is not None:
            self._load_gazetteer(lang)
        self.ner = _ner_model(lang) if use_ner else None

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
            forms.setdefault(form, []).append(entry)
            if form_kind == "demonym":
                self.demonyms.add(form)
            elif form_kind == "acronym":
                self.acronym_forms.add(form)
        self.forms = {f: tuple(es) for f, es in forms.items()}
        if forms:
            self.gaz_matcher.add("GAZ", list(self.nlp.tokenizer.pipe(forms)))


@functools.lru_cache(maxsize=16)
def resources(lang: Optional[str], use_ner: bool = True, use_gazetteer: bool = True) -> Resources:
    return Resources(lang, use_ner=use_ner, use_gazetteer=use_gazetteer)


# ---------------------------------------------------------------- candidate spans
def _is_cap(tok) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[0].isdigit() and any(c.isupper() for c in t)))


def _is_word(tok) -> bool:
    return any(c.isalnum() for c in tok.text)


def _entry_type(entries: tuple) -> str:
    types = [e.type for e in entries if getattr(e, "type", None) in TYPE_ORDER]
    if not types:
        return "MISC"
    return max(set(types), key=lambda t: (types.count(t), -TYPE_ORDER.index(t)))


def _gaz_spans(doc: Doc, res: Resources) -> list[Cand]:
    out = []
    for _, s, e in res.gaz_matcher(doc):
        entries = res.forms.get(doc[s:e].text)
        if entries:
            text = doc[s:e].text
            out.append(Cand(s, e, _entry_type(entries), "gaz", entries, demonym=text in res.demonyms,
                            kind="acronym" if text in res.acronym_forms else "name"))
    return out


def _pattern_spans(doc: Doc, res: Resources) -> list[Cand]:
    out = []
    strings = doc.vocab.strings
    for mid, s, e in res.matcher(doc):
        label = strings[mid].split("#", 1)[0]
        while s < e and fold(doc[s].text) in res.stop:  # "The Financial Times" -> "Financial Times"
            s += 1
        while e > s and (fold(doc[e - 1].text) in res.connectors or not _is_word(doc[e - 1])):
            e -= 1
        if e - s >= 2:
            out.append(Cand(s, e, label, "pattern"))
    return out


def _longest_first(cands: list[Cand]) -> list[Cand]:
    return sorted(cands, key=lambda c: (-c.length, -PRIORITY.get(c.source, 0), c.start))


def _select(cands: list[Cand], nest_inner: set[str]) -> list[Cand]:
    """Non-overlapping spans, longest first; inner spans of nest_inner types survive as nested."""
    taken: list[Cand] = []
    occupied = bytearray(max((c.end for c in cands), default=0) + 1)
    nested = []
    for c in _longest_first(cands):
        if any(occupied[i] for i in range(c.start, c.end)):
            if c.label in nest_inner and c.source == "gaz":
                nested.append(c)
            continue
        taken.append(c)
        for i in range(c.start, c.end):
            occupied[i] = 1
    for c in nested:
        holder = next((t for t in taken if t.start <= c.start and c.end <= t.end), None)
        if holder is not None and holder.label != c.label and not any(
            n.start < c.end and c.start < n.end for n in taken if n.nested
        ):
            c.nested = True
            taken.append(c)
    return taken


def _group_spans(doc: Doc, res: Resources, conf: list[Cand]) -> list[Cand]:
    """'pasukan Rusia', 'Russian forces': a group noun next to a country or demonym makes a NORP span."""
    if not conf:
        return []
    by_start = {c.start: c for c in conf if c.label in ("GPE", "NORP") and c.source == "gaz"}
    by_end = {c.end: c for c in conf if c.label in ("GPE", "NORP") and c.source == "gaz"}
    out = []
    strings = doc.vocab.strings
    for mid, s, e in res.group_matcher(doc):
        side = strings[mid]
        if side == "BEFORE" and e in by_start:
            c = by_start[e]
            out.append(Cand(s, c.end, "NORP", "group", c.entries))
        elif side == "AFTER" and s in by_end:
            c = by_end[s]
            out.append(Cand(c.start, e, "NORP", "group", c.entries))
    return out


def _title_matches(doc: Doc, res: Resources) -> list[tuple[int, int]]:
    if not res.titles:
        return []
    spans = sorted(((s, e) for _, s, e in res.title_matcher(doc)), key=lambda x: (x[0], -x[1]))
    out, last_end = [], -1
    for s, e in spans:  # longest title at each position, no overlaps
        if s >= last_end:
            out.append((s, e))
            last_end = e
    return out


def _name_run(doc: Doc, i: int, res: Resources, stop_at: set[int]) -> int:
    """End of a capitalised name run starting at token i (connectors and hyphens allowed inside)."""
    n = len(doc)
    j = i
    while j < n and j not in stop_at:
        tok = doc[j]
        if "\n" in tok.text:
            break
        if _is_cap(tok) and fold(tok.text) not in res.stop and _is_word(tok):
            j += 1
            if "\n" in tok.whitespace_:
                break
            continue
        # a hyphen glued to both neighbours: "Jong-Un"
        if tok.text in "-\u2010\u2011" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_ and j + 1 < n and _is_cap(doc[j + 1]):
            j += 1
            continue
        break
    return j


def _title_spans(doc: Doc, res: Resources, conf: list[Cand]) -> list[Cand]:
    """A capitalised run after a role title, skipping the organisation or country in between, is a person."""
    conf_at = {c.start: c for c in conf if not c.nested}
    out = []
    for s, e in _title_matches(doc, res):
        j = e
        # skip affiliations: organisations, countries and more titles ("Menteri Pertahanan Inggris Ben Wallace")
        while True:
            if j in conf_at and conf_at[j].label in ("ORG", "GPE", "NORP", "LOC"):
                j = conf_at[j].end
                continue
            break
        if j in conf_at and conf_at[j].label == "PER":  # a known person after the title
            conf_at[j].title = conf_at[j].title or doc[s:e].text
            continue
        if j >= len(doc) or j in conf_at:
            continue
        if fold(doc[j].text) in res.titles:
            continue
        end = _name_run(doc, j, res, set(conf_at))
        # the run must not be a title or stop word alone
        words = [t for t in doc[j:end] if _is_word(t)]
        if words and not all(fold(t.text) in res.titles for t in words):
            out.append(Cand(j, end, "PER", "title", title=doc[s:e].text))
    return out


def _run_ner(doc: Doc, res: Resources) -> list[Cand]:
    model = res.ner
    if model is None:
        return []
    try:
        if hasattr(model, "pipeline"):
            ndoc = Doc(model.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
            for _, proc in model.pipeline:
                ndoc = proc(ndoc)
            ents = [(ent.start, ent.end, ent.label_) for ent in ndoc.ents]
        else:  # any callable text -> Doc: map character offsets back onto our tokens
            ndoc = model(doc.text)
            ents = []
            for ent in ndoc.ents:
                span = doc.char_span(ent.start_char, ent.end_char, alignment_mode="expand")
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


def _clean_ner(doc: Doc, res: Resources, c: Cand, lower_words: set[str]) -> Optional[Cand]:
    """Trim titles, stop words and punctuation from the edges; None for junk."""
    s, e = c.start, c.end
    # a span never crosses a line break
    for k in range(s, e - 1):
        if "\n" in doc[k].whitespace_ or "\n" in doc[k].text:
            e = k + 1 if "\n" not in doc[k].text else k
            break
    while s < e:
        tok = doc[s]
        f = fold(tok.text)
        if not _is_word(tok) or not _is_cap(tok) or f in res.stop or f in res.titles:
            s += 1
            continue
        # multi-token titles at the left edge ("Juru bicara")
        hit = next((k for k in range(min(e, s + 4), s, -1) if fold(doc[s:k].text) in res.titles), None)
        if hit is not None and hit < e:
            s = hit
            continue
        break
    while e > s:
        tok = doc[e - 1]
        f = fold(tok.text)
        if not _is_word(tok) or f in res.connectors or (not _is_cap(tok) and not tok.text[0].isdigit()):
            e -= 1
            continue
        break
    if s >= e:
        return None
    words = [t for t in doc[s:e] if _is_word(t)]
    if not words or all(t.text.isdigit() or t.like_num for t in words):
        return None
    if len(words) == 1:
        w = words[0]
        f = fold(w.text)
        if f in res.stop or f in res.titles or len(w.text) < 2:
            return None
        if w.is_sent_start and f in lower_words:  # a common word that opens a sentence
            return None
    return Cand(s, e, c.label, "ner")


def _overlaps(a: Cand, b: Cand) -> bool:
    return a.start < b.end and b.start < a.end


def _merge(doc: Doc, res: Resources, conf: list[Cand], ner: list[Cand], titled: list[Cand]) -> list[Cand]:
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
        inside = all(n.start <= c.start and c.end <= n.end for c in over)
        pieces = _uncovered(n, over)
        if n.label == "PER" or any(c.label == "PER" for c in over) or not inside:
            # a person after a title and affiliation: keep the last uncovered piece
            if pieces and n.label == "PER" and pieces[-1][0] >= max(c.end for c in over):
                s, e = pieces[-1]
                cut = _clean_ner(doc, res, Cand(s, e, "PER", "ner"), set())
                if cut is not None:
                    accepted.append(cut)
            continue
        # ORG/LOC/MISC containing confident spans: a longer name if something else named is in it
        extra = [doc[k] for s, e in pieces for k in range(s, e)]
        if any(_is_cap(t) and _is_word(t) and fold(t.text) not in res.stop and fold(t.text) not in res.connectors for t in extra):
            accepted.append(n)
    # title-rule persons: only where no NER/confident span already speaks
    for t in titled:
        hits = [a for a in accepted if _overlaps(a, t)]
        if not hits:
            accepted.append(t)
        else:
            for a in hits:
                if a.label == "PER" and a.start == t.start and a.title is None:
                    a.title = t.title
    # the ORG/NER spans accepted above may swallow confident spans; _select sorts it out by length
    return _select(conf + accepted, res.nest_inner)


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


def _split_org_person(doc: Doc, res: Resources, spans: list[Cand], lone_caps: dict[str, int]) -> list[Cand]:
    """A pattern organisation that swallowed the person after it ("Dewan ... John Kirby"):
    when its last word also stands alone elsewhere, it is a surname, and the last two words a person."""
    out = []
    for c in spans:
        if c.source == "pattern" and c.length >= 4:
            last = doc[c.end - 1].text
            if lone_caps.get(last, 0) >= 1 and _is_cap(doc[c.end - 2]):
                out.append(Cand(c.start, c.end - 2, c.label, "pattern"))
                out.append(Cand(c.end - 2, c.end, "PER", "title"))
                continue
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


def _initials(doc: Doc, c: Cand, res: Resources) -> str:
    letters = []
    for t in doc[c.start:c.end]:
        if not _is_word(t) or fold(t.text) in res.connectors:
            continue
        if t.text.isupper() and len(t.text) > 1:
            letters.append(t.text)
        elif t.text[0].isupper():
            letters.append(t.text[0])
    return "".join(letters)


def _acronym_ok(text: str, res: Resources) -> bool:
    letters = text.replace(".", "")
    return res.acronym_min <= len(letters) <= res.acronym_max and letters.isalpha() and letters.isupper()


def _link_aliases(doc: Doc, res: Resources, spans: list[Cand], covered: bytearray) -> list[Cand]:
    """New spans for lone surnames/first names of persons and for acronyms of named entities."""
    added: list[Cand] = []
    # acronyms defined in parentheses right after a name: "Komisi Pemberantasan Korupsi (KPK)"
    acronyms: dict[str, Cand] = {}
    for c in spans:
        e = c.end
        if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and _acronym_ok(doc[e + 1].text, res):
            acronyms.setdefault(doc[e + 1].text, c)
    # acronyms equal to the initials of a multi-word name: "Financial Times" ... "FT"
    for c in spans:
        if c.length >= 2 and c.label in ("ORG", "GPE", "LOC", "MISC"):
            ini = _initials(doc, c, res)
            if len(ini) >= 2:
                acronyms.setdefault(ini, c)
    # person name parts: "Kirby" -> "John Kirby", "Kim" -> "Kim Jong Un"
    parts: dict[str, list[Cand]] = {}
    other_words = set()
    for c in spans:
        words = [t.text for t in doc[c.start:c.end] if _is_word(t)]
        if c.label == "PER" and len(words) >= 2:
            for w in {words[0], words[-1]}:
                if len(w) >= res.alias_min and fold(w) not in res.titles and fold(w) not in res.stop:
                    parts.setdefault(w, []).append(c)
        elif c.label != "PER":
            other_words.update(words)
    for w in list(parts):
        if w in other_words:
            del parts[w]
    if not acronyms and not parts:
        return added
    for i, tok in enumerate(doc):
        if covered[i]:
            continue
        t = tok.text
        target = None
        kind = "alias"
        if t in acronyms:
            target, kind = acronyms[t], "acronym"
        elif t in parts and not (i + 1 < len(doc) and _is_cap(doc[i + 1]) and not covered[i + 1] and _is_word(doc[i + 1])):
            cands = parts[t]
            before = [c for c in cands if c.start < i]
            target = max(before, key=lambda c: c.start) if before else min(cands, key=lambda c: c.start)
        if target is not None:
            a = Cand(i, i + 1, target.label, "alias", target.entries, kind=kind)
            a.key = f"span:{target.start}:{target.end}"
            added.append(a)
            covered[i] = 1
    # a confident/NER span whose text is an acronym of another entity ("DPRK" with no gazetteer id, "NSC")
    for c in spans:
        text = doc[c.start:c.end].text
        if c.key is None and c.length == 1 and text in acronyms and acronyms[text] is not c and not c.entries:
            target = acronyms[text]
            c.key, c.kind, c.label = f"span:{target.start}:{target.end}", "acronym", target.label
    return added


def _group(doc: Doc, spans: list[Cand]) -> list[list[Cand]]:
    spans = sorted(spans, key=lambda c: (c.start, -c.end))
    g = _Groups(len(spans))
    first: dict[str, int] = {}
    index = {f"span:{c.start}:{c.end}": i for i, c in enumerate(spans)}
    for i, c in enumerate(spans):
        keys = [f"name:{c.label == 'PER'}:{fold(doc[c.start:c.end].text)}"]
        for e in c.entries[:1]:  # a group ("pasukan Rusia") is not the country it belongs to
            keys.append(f"gaz:{getattr(e, 'id', None)}:{c.label if c.source == 'group' else ''}")
        for k in keys:
            if k in first:
                g.union(first[k], i)
            else:
                first[k] = i
        if c.key and c.key in index:
            g.union(index[c.key], i)
    # PER partial names that NER/title found on their own ("Putin" after "Vladimir Putin")
    full = [(i, c) for i, c in enumerate(spans) if c.label == "PER" and c.length >= 2]
    for i, c in enumerate(spans):
        if c.label == "PER" and c.length == 1:
            w = doc[c.start].text
            matches = [(j, f) for j, f in full if w in (doc[f.start].text, doc[f.end - 1].text)]
            if matches:
                before = [m for m in matches if m[1].start < c.start]
                j = (max(before, key=lambda m: m[1].start) if before else matches[0])[0]
                g.union(j, i)
                if c.kind == "name":
                    c.kind = "alias"
    groups: dict[int, list[Cand]] = {}
    for i, c in enumerate(spans):
        groups.setdefault(g.find(i), []).append(c)
    return sorted(groups.values(), key=lambda grp: grp[0].start)


def _entity_type(group: list[Cand]) -> str:
    weights: dict[str, float] = {}
    for c in group:
        w = {"gaz": 3.0, "group": 3.0, "pattern": 2.0, "title": 1.5, "ner": 1.0, "alias": 0.5}.get(c.source, 1.0)
        if c.nested:
            w += 0.5
        weights[c.label] = weights.get(c.label, 0.0) + w
    return max(weights, key=lambda t: (weights[t], -TYPE_ORDER.index(t)))


def _entity_name(doc: Doc, group: list[Cand], etype: str, lang: Optional[str]) -> str:
    names = [c for c in group if c.kind != "acronym" and not c.demonym]
    if not names:
        entry = next((e for c in group for e in c.entries if c.source == "gaz"), None)
        if entry is not None and hasattr(entry, "name_in"):
            return entry.name_in(lang)
        names = group
    texts = [doc[c.start:c.end].text for c in names]
    if etype == "PER":
        return max(texts, key=lambda t: (len(t.split()), len(t), -texts.index(t)))
    folded = [fold(t) for t in texts]
    return max(texts, key=lambda t: (folded.count(fold(t)), len(t.split()) > 1, -texts.index(t)))


def recognise(record: Article, res: Resources) -> list[Entity]:
    doc = doc_of(record)
    if len(doc) == 0:
        return []
    lower_words = {t.text for t in doc if t.text.islower()}
    gaz = _gaz_spans(doc, res)
    pats = _pattern_spans(doc, res)
    conf = _select(gaz + pats, res.nest_inner)
    groups_norp = _group_spans(doc, res, conf)
    if groups_norp:
        conf = _select(gaz + pats + groups_norp, res.nest_inner)
    # lone capitalised words (not right after another capitalised word) are evidence of surnames
    lone_caps: dict[str, int] = {}
    for i, t in enumerate(doc):
        if _is_cap(t) and (i == 0 or not _is_cap(doc[i - 1])) and (i + 1 >= len(doc) or not _is_cap(doc[i + 1])):
            lone_caps[t.text] = lone_caps.get(t.text, 0) + 1
    conf = _split_org_person(doc, res, conf, lone_caps)
    titled = _title_spans(doc, res, conf)
    ner = [x for x in (_clean_ner(doc, res, c, lower_words) for c in _run_ner(doc, res)) if x is not None]
    spans = _merge(doc, res, conf, ner, titled)
    # a single-token span whose label is not PER but that names a known person's part is that person
    covered = bytearray(len(doc))
    for c in spans:
        if not c.nested:
            for k in range(c.start, c.end):
                covered[k] = 1
    spans += _link_aliases(doc, res, spans, covered)
    # titles seen before persons (for coref and actors)
    titles_at: dict[tuple[int, int], str] = {}
    for t in titled:
        titles_at[(t.start, t.end)] = t.title
    entities: list[Entity] = []
    titles_by_mention: dict[tuple[int, int], str] = {}
    entries_by_entity: dict[str, tuple] = {}
    for n, group in enumerate(_group(doc, spans), start=1):
        etype = _entity_type(group)
        name = _entity_name(doc, group, etype, record.lang)
        fname = fold(name)
        mentions = []
        for c in sorted(group, key=lambda c: c.start):
            span = doc[c.start:c.end]
            text = span.text
            kind = c.kind if c.kind == "acronym" else ("name" if fold(text) == fname else "alias")
            mentions.append(Mention(start=span.start_char, end=span.end_char, text=text, kind=kind))
            title = c.title or titles_at.get((c.start, c.end))
            if title:
                titles_by_mention[(span.start_char, span.end_char)] = title
        eid = f"E{n}"
        entries = tuple(e for c in group for e in c.entries)
        if entries:
            entries_by_entity[eid] = entries
        entities.append(Entity(id=eid, type=etype, name=name, mentions=mentions))
    record.cache["entity_titles"] = titles_by_mention
    record.cache["entity_entries"] = entries_by_entity
    return entities


@stage("entities", requires=("text", "sentences"), assigns=("entities",), topic="entities")
class EntityRecogniser:
    """Config: ``ner`` (bool, default true) uses the trained model when installed;
    ``gazetteer`` (bool, default true) matches the gazetteer's names."""

    def __init__(self, ner: bool = True, gazetteer: bool = True, **_config):
        self.use_ner = bool(ner)
        self.use_gazetteer = bool(gazetteer)

    def __call__(self, record: Article) -> Article:
        res = resources(record.lang, self.use_ner, self.use_gazetteer)
        record.entities = recognise(record, res)
        return record
