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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from kabar import lang as langpacks
from kabar import names
from kabar.record import Article, Entity, Quote
from kabar.stages import stage

WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
PARAGRAPH = re.compile(r"[^\n]+")
SENT_END = ".!?…"
HEADLINE = re.compile(r"[ \t]*(?P<sp>[^\W\d][^\n:.!?;,\"“”]{0,60}?)[ \t]*:[ \t]+(?P<body>\S)")


_fold = names.fold  # GOLD.md's name folding


# ---------------------------------------------------------------- lexicon


_POSSESSIVE_GAP = re.compile(r"^(?:['\u2019]s\b)?(?:\s+[A-Z][\w.'\u2019-]*){0,5}\s*$")


def _role_gap(gap: str) -> bool:
    """What may stand between a body and its person in one subject: nothing, or a possessive and a
    capitalised role ("Labour's Shadow Home Secretary | Yvette Cooper", "Golkar | Ketua Umum | ...")."""
    return not gap.strip() or _POSSESSIVE_GAP.match(gap) is not None


class Lexicon:
    """One language's quote knowledge, compiled once."""

    def __init__(self, code: str):
        d = langpacks.pack(code).data("quotes")
        low = lambda key: [w.lower() for w in d.get(key, [])]  # noqa: E731
        self.roles: dict[str, set[str]] = {}
        for key, role in (("speech_verbs", "verb"), ("inverted", "inv"), ("pronoun_forms", "pron"),
                          ("carry_over", "carry"), ("according", "acc"), ("participles", "part"),
                          ("according_pronoun", "accpron")):
            for form in low(key):
                self.roles.setdefault(_fold(form), set()).add(role)
        belief = d.get("belief", {})
        if belief.get("enabled", False):  # beliefs and intentions as attributions: a switch, off by default
            for form in [w.lower() for w in belief.get("verbs", [])]:
                self.roles.setdefault(_fold(form), set()).update(("verb", "belief"))
        self.part_markers = set(low("participle_markers"))
        self.coordinators = set(low("coordinators"))
        self.headline_colon = bool(d.get("headline_colon", False))
        self.split_continued = bool(d.get("split_continued_quotes", False))
        self.role_holders = bool(d.get("bare_title_to_holder", True))
        self.colon_non_speakers = {w.casefold() for w in d.get("colon_non_speakers", [])}
        self.time_trailers = set(low("time_trailers"))
        self.auxiliaries = set(low("auxiliaries"))
        self.agent_markers = set(low("agent_markers"))
        self.participle_non_content = set(low("participle_non_content"))
        self.person_titles = set(low("person_titles"))
        self.office_words = set(low("office_words"))
        self.name_particles = set(low("name_particles"))
        self.noun_followers = set(low("noun_followers"))
        self.noun_forms = set(low("noun_forms"))
        self.needs_complementizer = {_fold(w) for w in low("needs_complementizer")}
        self.non_human_sources = set(low("non_human_sources"))
        self.quantifiers = set(low("quantifiers"))
        self.question_words = set(low("question_words"))
        self.clause_joins = set(low("clause_joins"))
        self.relative_pronouns = set(low("relative_pronouns"))
        self.title_connectors = set(low("title_connectors"))
        self.subject_first = bool(d.get("pronoun_subject_first", False))
        self.request_verbs = {_fold(w) for w in low("request_verbs")}
        self.cue_re = _alternation(self.roles)
        self.object_verbs = set(low("object_verbs"))
        self.complementizers = set(low("complementizers"))
        self.audience_markers = set(low("audience_markers"))
        self.audience_generic = sorted(low("audience_generic"), key=len, reverse=True)
        self.singular = set(low("pronouns_singular"))
        self.plural = set(low("pronouns_plural"))
        self.first = set(low("pronouns_first"))
        self.clause_openers = sorted(low("clause_openers"), key=len, reverse=True)
        self.trailing = sorted(low("speaker_trailing"), key=len, reverse=True)
        self.stops = set(low("speaker_stops"))
        self.adjunct = set(low("adjunct_starts"))
        self.time_words = set(low("time_words"))
        self.negators = set(low("negators"))
        self.non_cue_before = set(low("non_cue_before"))
        self.non_speaker = set(low("non_speaker_heads"))
        self.wh_starts = set(low("wh_starts"))
        self.breaks = [b.lower() for b in d.get("content_breaks", [])]
        self.media_words = {w.casefold() for w in d.get("media_words", [])}
        openers = [_esc(w) for w in sorted(low("relative_openers"), key=len, reverse=True)]
        verbs = [_esc(w) for w in sorted(low("relative_verbs"), key=len, reverse=True)]
        self.relative_re = None
        if openers and verbs:
            self.relative_re = re.compile(
                r"(?<![\w-])(?:%s)\s+(?P<sp>(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+(?P<verb>%s)(?![\w-])"
                % ("|".join(openers), "|".join(verbs)), re.IGNORECASE)
        marks = d.get("marks", {})
        self.double: dict[str, str] = {o: c for o, c in marks.get("double", [])}
        self.single: dict[str, str] = {o: c for o, c in marks.get("single", [])}
        self.all_marks = set("".join(self.double) + "".join(self.double.values())
                             + "".join(self.single) + "".join(self.single.values()))


def _esc(form: str) -> str:
    return r"\s+".join(re.escape(p) for p in form.split())


def _alternation(forms) -> Optional[re.Pattern]:
    if not forms:
        return None
    alts = "|".join(_esc(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % alts, re.IGNORECASE)


# ---------------------------------------------------------------- quotation marks


@dataclass
class Pair:
    """A pair of quotation marks; ``end`` is past the closer (or the paragraph end when unclosed)."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    single: bool
    gaps: list[int] = field(default_factory=list)  # continuation openers of later paragraphs
    depth: int = 0

    def words(self, text: str) -> int:
        return len(WORD.findall(text[self.inner_start:self.inner_end]))


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def pair_marks(text: str, lex: Lexicon) -> list[Pair]:
    """Pair quotation marks paragraph by paragraph, tolerating unbalanced ones."""
    paras = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    pairs: list[Pair] = []
    carry: Optional[tuple] = None
    for pi, (ps, pe) in enumerate(paras):
        stack: list[list] = []  # [opener, pos, closers, single, gaps]
        skip = -1
        if carry is not None:
            stack.append(carry)
            skip = _first_mark(text, ps, pe)
            carry[4].append(skip)
            carry = None
        for i in range(ps, pe):
            ch = text[i]
            if ch not in lex.all_marks or i == skip:
                continue
            prev = text[i - 1] if i > ps else ""
            nxt = text[i + 1] if i + 1 < pe else ""
            if _apostrophe(prev, nxt) and (ch in "’'"):
                continue
            closed = False
            for k in range(len(stack) - 1, -1, -1):
                op = stack[k]
                if ch in op[2] and (not op[3] or not (nxt.isalnum())):
                    if op[0] == ch and ch in "\"'”»" and k == len(stack) - 1 and not _is_space(nxt) and _is_space(prev):
                        break  # a same-style mark that opens a nested quote, not a closer
                    pairs.append(Pair(op[1], i + 1, op[1] + 1, i, True, op[3], op[4]))
                    del stack[k:]
                    closed = True
                    break
            if closed:
                continue
            opens_word = _is_space(prev) or prev in "([{—–-/" or prev in lex.all_marks
            if not opens_word or _is_space(nxt):
                continue
            if ch in lex.double:
                stack.append([ch, i, lex.double[ch], False, []])
            elif ch in lex.single:
                stack.append([ch, i, lex.single[ch], True, []])
        # paragraph end: continue an open double quote into a paragraph that opens with a mark
        doubles = [op for op in stack if not op[3]]
        if doubles:
            op = doubles[0]
            nxt_para = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt_para is not None and text[nxt_para[0]] in lex.double:
                carry = op
            else:
                pairs.append(Pair(op[1], pe, op[1] + 1, pe, False, False, op[4]))
    if carry is not None:
        pairs.append(Pair(carry[1], len(text), carry[1] + 1, len(text), False, False, carry[4]))
    pairs.sort(key=lambda p: (p.start, -p.end))
    for p in pairs:
        p.depth = sum(1 for q in pairs if q is not p and q.start <= p.start and p.end <= q.end)
    return pairs


def _first_mark(text: str, s: int, e: int) -> int:
    i = s
    while i < e and text[i].isspace():
        i += 1
    return i


def _apostrophe(prev: str, nxt: str) -> bool:
    return prev.isalnum() and nxt.isalnum()


# ---------------------------------------------------------------- candidates


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    kind: str
    cue: Optional[str]
    cue_start: Optional[int]
    cue_end: Optional[int]
    speaker_span: Optional[tuple[int, int]] = None
    mode: str = "phrase"  # phrase | pronoun | carry | continue
    number: str = "singular"
    medium_span: Optional[tuple[int, int]] = None
    rank: int = 0
    parent: Optional[int] = None
    speaker: Optional[str] = None
    speaker_name: Optional[str] = None
    speaker_type: Optional[str] = None
    follow: list = field(default_factory=list)  # later quoted sentences carried by the same cue


class _Article:
    """Per-article working state for the finder."""

    def __init__(self, record: Article, lex: Lexicon, sentences: list[tuple[int, int]]):
        self.text = record.text
        self.record = record
        self.lex = lex
        self.sents = sentences
        self.sent_starts = [s for s, _ in sentences]
        self.pairs = pair_marks(self.text, lex)
        self.top = [p for p in self.pairs if p.depth == 0]
        self.para_starts = [m.start() for m in PARAGRAPH.finditer(self.text)]
        mentions = []
        for ent in record.entities:
            for m in ent.mentions:
                mentions.append((m.start, m.end, ent, m))
        mentions.sort(key=lambda t: (t[0], t[1]))
        self.mentions = mentions
        self.mention_starts = [t[0] for t in mentions]

    # -- geometry
    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return (0, len(self.text))
        s, e = self.sents[i]
        return (s, max(e, pos))

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def pair_ending_at(self, pos: int) -> Optional[Pair]:
        """The top-level pair whose closer sits at ``pos`` (only spaces and commas between)."""
        for p in self.top:
            if p.closed and p.end <= pos and not self.text[p.end:pos].strip(" ,\u00a0"):
                return p
            if p.closed and p.inner_end < pos <= p.end:  # “...,” with the cue's comma inside
                return p
        return None

    def pair_starting_at(self, pos: int) -> Optional[Pair]:
        for p in self.top:
            if p.start >= pos and not self.text[pos:p.start].strip(" :,\u00a0"):
                return p
        return None

    def inside_pair(self, pos: int) -> Optional[Pair]:
        for p in self.top:
            if p.inner_start <= pos < p.inner_end:
                return p
        return None

    def mentions_in(self, s: int, e: int):
        i = bisect.bisect_left(self.mention_starts, s - 200)
        out = []
        for t in self.mentions[i:]:
            if t[0] >= e:
                break
            if t[1] > s and t[0] < e:
                out.append(t)
        return out


def _words(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, s, e)]


def _strip_span(text: str, s: int, e: int, chars: str = " \t\n\u00a0,;:") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


class Finder:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    # -- phrases
    def _strip_phrase(self, text: str, s: int, e: int) -> Optional[tuple[int, int]]:
        """Drop clause openers before a speaker and adverbs/auxiliaries after it."""
        lex = self.lex
        s, e = _strip_span(text, s, e, " \t\n\u00a0,;:—–-")
        changed = True
        while changed and s < e:
            changed = False
            low = text[s:e].lower()
            for op in lex.clause_openers:
                if low.startswith(op) and (len(low) == len(op) or not low[len(op)].isalnum()):
                    s, e = _strip_span(text, s + len(op), e, " \t\n\u00a0,;:")
                    changed = True
                    break
        changed = True
        while changed and s < e:
            changed = False
            low = text[s:e].lower()
            for tr in lex.trailing:
                if low.endswith(tr) and (len(low) == len(tr) or not low[-len(tr) - 1].isalnum()):
                    s, e = _strip_span(text, s, e - len(tr))
                    changed = True
                    break
        if s >= e or not WORD.search(text, s, e):
            return None
        ws = _words(text, s, e)
        for i in range(1, len(ws)):  # "Korea Utara pada Senin", "North Korea on Monday": a time adjunct
            if ws[i][2].lower() in lex.time_trailers and all(
                    w.lower() in lex.time_words or w.lower() in lex.time_trailers or w.isdigit() for _, _, w in ws[i:]):
                s, e = _strip_span(text, s, ws[i][0])
                break
        if s >= e:
            return None
        return s, e

    def _phrase_after(self, text: str, pos: int, limit: int) -> Optional[tuple[int, int]]:
        """The speaker written after an inverted cue: ``kata juru bicara X (dalam ...)``."""
        lex = self.lex
        ws = _words(text, pos, limit)
        if ws and ws[0][2].lower() in lex.agent_markers and not text[pos:ws[0][0]].strip():
            pos = ws[0][1]  # "demikian disampaikan oleh X": the agent of a passive cue
            ws = ws[1:]
        end = None
        count = 0
        for s, e, w in ws:
            gap = text[(end if end is not None else pos):s]
            if end is not None and (set(gap) & set(",.;:!?()") or any(ch in self.lex.all_marks for ch in gap)):
                break
            if end is None and (set(gap) & set(",.;:!?(") or any(ch in self.lex.all_marks for ch in gap)):
                return None
            if w.lower() in lex.stops and end is not None:
                break
            end = e
            count += 1
            if count >= 10:
                break
        if end is None:
            return None
        return (_words(text, pos, end)[0][0], end)

    def _audience(self, text: str, pos: int, limit: int, need: bool) -> Optional[tuple[int, int, bool]]:
        """``kepada wartawan`` / ``to reporters`` / ``told the FT``: (end, object start, is_generic)."""
        lex = self.lex
        m = re.compile(r"\s+").match(text, pos)
        p = m.end() if m else pos
        if not need:
            w = WORD.match(text, p)
            if not w or w.group().lower() not in lex.audience_markers:
                return None
            p2 = w.end()
            m = re.compile(r"\s+").match(text, p2)
            p = m.end() if m else p2
        low = text[p:limit].lower()
        for g in lex.audience_generic:
            if low.startswith(g) and (len(low) == len(g) or not low[len(g)].isalnum()):
                return (p + len(g), p, True)
        # a proper noun run, optionally after "the"
        ws = _words(text, p, limit)
        end = None
        taken = 0
        for s, e, w in ws:
            if end is not None and text[end:s].strip():
                break
            if taken == 0 and w.lower() in ("the", "a", "an", "sang", "para"):
                end = e
                taken += 1
                continue
            if w[:1].isupper() or w[:1].isdigit():
                end = e
                taken += 1
                if taken >= 6:
                    break
                continue
            break
        if end is None or not any(w[:1].isupper() for s, e, w in _words(text, p, end)):
            return None
        return (end, p, False)

    # -- content and kind
    def _kind_and_text(self, A: _Article, s: int, e: int) -> tuple[str, str, int, int]:
        text = A.text
        s, e = _strip_span(text, s, e, " \t\n\u00a0,;:")
        while e > s and text[e - 1] in SENT_END and not self._in_any_pair(A, e - 1):
            e -= 1
            s, e = _strip_span(text, s, e, " \t\n\u00a0,;:")
        inner = [p for p in A.top if p.start >= s and p.end <= e]
        if len(inner) == 1 and inner[0].start == s and (inner[0].end == e or not text[inner[0].end:e].strip(" ,.")):
            p = inner[0]
            return "direct", self._pair_text(A, p), p.start, p.end
        for p in A.pairs:
            if p.start >= s and p.end <= e and p.words(text) >= 1:
                return "mixed", text[s:e], s, e
        return "indirect", text[s:e], s, e

    def _in_any_pair(self, A: _Article, pos: int) -> bool:
        return any(p.inner_start <= pos < p.inner_end for p in A.top)

    def _pair_text(self, A: _Article, p: Pair, upto: Optional[int] = None) -> str:
        text = A.text
        s, e = p.inner_start, upto if upto is not None else p.inner_end
        if not p.gaps:
            body = text[s:e]
        else:
            parts, cur = [], s
            for g in p.gaps:
                parts.append(text[cur:g])
                cur = g + 1
            parts.append(text[cur:e])
            body = " ".join(x.strip() for x in parts)
        return body.strip().rstrip(",").strip()

    def _cut_breaks(self, text: str, s: int, e: int) -> int:
        low = text[s:e].lower()
        best = e
        for b in self.lex.breaks:
            i = low.find(b)
            if i > 0:
                best = min(best, s + i)
        return best

    def _content_after(self, A: _Article, pos: int, sent_end: int) -> Optional[int]:
        """Where reported content begins after a cue (skipping ':' ',' 'bahwa' and adjuncts)."""
        text, lex = A.text, self.lex
        m = re.compile(r"[\s\u00a0]*[:,]?[\s\u00a0]*").match(text, pos)
        p = m.end()
        w = WORD.match(text, p)
        if p >= sent_end:
            return None
        if text[p] in lex.all_marks:
            return p
        if not w:
            return None
        lw = w.group().lower()
        if lw in lex.complementizers:
            return w.end()
        if lw in lex.time_words:
            ws = _words(text, p, sent_end)
            k = 0
            while k < len(ws) and k < 4 and ws[k][2].lower() in lex.time_words and \
                    (k == 0 or not text[ws[k - 1][1]:ws[k][0]].strip()):
                k += 1
            if 0 < k < len(ws) and not text[ws[k - 1][1]:ws[k][0]].strip():
                nw = ws[k][2].lower()
                if nw in lex.complementizers:
                    return ws[k][1]
                if nw not in lex.adjunct and nw not in lex.stops:
                    return ws[k][0]
        if lw in lex.adjunct:
            for s, e, word in _words(text, p, sent_end):
                if any(ch in lex.all_marks for ch in text[p:s]):
                    q = A.pair_starting_at(text.rfind(",", p, s) + 1) if "," in text[p:s] else None
                    return q.start if q else None
                if word.lower() in lex.complementizers:
                    return e
            c = text.find(",", p, sent_end)
            if c < 0:
                c = text.find(":", p, sent_end)
            if c > 0:
                q = A.pair_starting_at(c + 1)
                if q and q.start < sent_end:
                    return q.start
            return None
        return p

    # -- the frames
    def find(self, A: _Article) -> list[Candidate]:
        cands: list[Candidate] = []
        text, lex = A.text, self.lex
        if lex.cue_re is not None:
            for m in lex.cue_re.finditer(text):
                c = self._from_cue(A, m.start(), m.end(), _fold(m.group()))
                if c is not None:
                    cands.append(c)
        if lex.relative_re is not None:
            for m in lex.relative_re.finditer(text):
                c = self._relative(A, m)
                if c is not None:
                    cands.append(c)
        if lex.headline_colon:
            cands.extend(self.headline_colons(A))
        for c in list(cands):
            for q in c.follow:
                cands.append(Candidate(q.start, q.end, self._pair_text(A, q), "direct", c.cue, None, None,
                                       mode="continue", rank=3))
        covered = [(c.start, c.end) for c in cands]
        for p in A.top:
            if any(s <= p.inner_start and p.inner_end <= e for s, e in covered):
                continue
            if any(c.start <= p.start < c.end for c in cands):
                continue
            ps = A.para_starts[A.paragraph_index(p.start)]
            if text[ps:p.start].strip() or p.words(text) < 5:
                continue
            # a whole-paragraph quote with no cue: the previous speaker goes on, or nobody known
            tail = text[p.end:A.sentence(p.end - 1)[1]].strip()
            if tail and not tail.startswith(tuple(lex.all_marks)):
                continue
            cands.append(Candidate(p.start, p.end, self._pair_text(A, p), "direct", None, None, None,
                                   mode="continue", rank=3))
        return cands

    def _left_clause(self, A: _Article, ss: int, cue_start: int) -> tuple[int, str]:
        """Start of the clause before a cue and the boundary character that opened it."""
        text = A.text
        for s, e, w in reversed(_words(text, max(ss, cue_start - 120), cue_start)):
            if w.lower() in self.lex.complementizers and not text[e:cue_start].strip(" \u00a0").startswith(tuple(",;:")):
                if not any(ch in ",;:(—–\n" or ch in self.lex.all_marks for ch in text[e:cue_start]):
                    ss = e  # "Kirby mengatakan bahwa Rusia menyatakan": the clause starts after "bahwa"
                break
        i = cue_start - 1
        while i >= ss:
            ch = text[i]
            if ch in self.lex.all_marks and i > ss and _apostrophe(text[i - 1], text[i + 1:i + 2]):
                i -= 1
                continue
            if ch in ",;:(—–\n" or ch in self.lex.all_marks:
                return i + 1, ch
            if ch == "-" and i > ss and text[i - 1] == " ":
                return i + 1, ch
            i -= 1
        return ss, ""

    def _from_cue(self, A: _Article, cs: int, ce: int, form: str) -> Optional[Candidate]:
        text, lex = A.text, self.lex
        roles = lex.roles.get(form, set())
        ss, se = A.sentence(cs)
        if text[cs].isupper() and text[cs:ce].lower() == text[cs:ce].lower() and cs > ss and \
                text[cs - 2:cs].strip() not in (":", "“", '"', "—"):
            if not (cs - ss <= 2 or text[cs:ce].isupper() and len(form) > 3):
                return None  # "United States", "Kata Data": a name, not a cue
        before = text[max(0, cs - 1):cs]
        after = text[ce:ce + 1]
        if (before and before in lex.all_marks) or (after and after in lex.all_marks):
            return None  # the word itself is quoted: 'kata "perang"', '"said"'
        prev_words = _words(text, max(ss, cs - 40), cs)
        if prev_words:
            pw = prev_words[-1][2].lower()
            if pw in lex.negators or pw in lex.non_cue_before:
                if "acc" not in roles and not text[prev_words[-1][1]:cs].strip():
                    return None
        nxt = re.compile(r"[\s\u00a0]*").match(text, ce).end()
        if nxt < len(text) and text[nxt] in lex.all_marks and A.pair_starting_at(nxt) is not None:
            q = A.pair_starting_at(nxt)
            if q.words(text) <= 2 and "verb" not in roles and "acc" not in roles:
                return None  # "kata “perang”": the word is named, not used
        if form in lex.noun_forms:
            w = WORD.match(text, nxt)
            if w and w.group().lower() in lex.noun_followers:
                return None  # "Recent reports have revealed", "claims can be": a noun, not a cue
        if form in lex.needs_complementizer:
            w = WORD.match(text, nxt)
            if not (text[nxt:nxt + 1] == ":" or text[nxt:nxt + 1] in lex.all_marks or
                    (w and w.group().lower() in lex.complementizers)):
                return None  # "four other states", "swing states": a noun unless "states that ..."
        if "accpron" in roles:
            return self._according_pronoun(A, cs, ce, ss, se)
        if "acc" in roles:
            return self._according(A, cs, ce, form, ss, se)
        lstart, boundary = self._left_clause(A, ss, cs)
        content_before = lstart > ss and text[ss:lstart - 1].strip() != "" or A.pair_ending_at(lstart) is not None
        if boundary in lex.all_marks and A.pair_ending_at(lstart) is None:
            content_before = False
        post_ok = boundary in (",", ";", "—", "–", "-") or boundary in lex.all_marks
        left = self._cut_clause(A, self._strip_phrase(text, lstart, cs))
        if left is None and boundary == "," and "verb" in roles:
            named = self._named_after_quote(A, ss, lstart - 1)
            if named is not None:  # “...,” Khaled Al-Maeena, editor at the Saudi Gazette, said.
                return self._post(A, cs, ce, form, roles, ss, se, named[0], named, force=True)
            left = self._appositive_subject(A, ss, lstart - 1)
            if left is not None:
                post_ok = False  # "X, a spokesman, said ...": the commas close an apposition
        if ({"verb", "part"} & roles) and "pron" not in roles and self._participial(A, lstart, cs, boundary, roles):
            subject = self._subject(A, ss, lstart if boundary else cs)
            if subject is None:
                return None
            w = WORD.match(text, re.compile(r"[\s\u00a0]*").match(text, ce).end())
            if w and w.group().lower() in lex.participle_non_content:
                return None  # "telling of a story", "tweeting about": no reported content follows
            return self._pre(A, cs, ce, form, roles, ss, se, subject)
        if "part" in roles and "verb" not in roles:
            # "with Boswell stating: ...": a named subject right before; "are confirming judges" is no cue
            if left is None or not text[left[0]].isupper() or len(_words(text, *left)) > 4 or \
                    any(w.lower() in lex.auxiliaries for _, _, w in _words(text, *left)):
                return None
            return self._pre(A, cs, ce, form, roles, ss, se, left)
        if "belief" in roles and "verb" in roles and not ({"inv", "pron", "carry"} & roles):
            return self._pre(A, cs, ce, form, roles, ss, se, left) if left is not None else None
        if "pron" in roles:
            if left is None and post_ok and content_before:
                return self._post(A, cs, ce, form, roles, ss, se, lstart, None, pronoun=True, force=True)
            return None
        if post_ok and content_before:
            c = self._post(A, cs, ce, form, roles, ss, se, lstart, left)
            if c is not None:
                return c
        if "verb" in roles and left is not None:
            c = self._pre(A, cs, ce, form, roles, ss, se, left)
            if c is not None or not (post_ok and content_before) or form in lex.request_verbs:
                return c
            first = WORD.match(text, _strip_span(text, ss, lstart)[0])
            if first is not None and first.group().lower() in lex.adjunct | lex.wh_starts:
                return None  # "In a statement to the ABC, the Church denied ...": a fronted adjunct is no content
            return self._post(A, cs, ce, form, roles, ss, se, lstart, left, force=True)
        return None

    def _named_after_quote(self, A: _Article, ss: int, comma: int) -> Optional[tuple[int, int]]:
        """The name right after a closing quote, with appositions between it and the cue."""
        text = A.text
        end = comma
        for _ in range(3):
            start, boundary = self._left_clause(A, ss, end)
            if boundary in self.lex.all_marks and A.pair_ending_at(start) is not None:
                named = self._strip_phrase(text, start, end)
                if named is not None and text[named[0]].isupper() and len(_words(text, *named)) <= 5 and \
                        self._speaker_ok(A, named):
                    return named
                return None
            if boundary != ",":
                return None
            end = start - 1
        return None

    def _title_apposition(self, A: _Article, speaker: tuple[int, int], se: int) -> tuple[int, int]:
        """``ujar Kabid Humas Polda, Kombes Awi Setiyono``: a role, a comma, then the person who holds it."""
        text = A.text
        if any(t[2].type == "PER" for t in A.mentions_in(*speaker)):
            return speaker
        m = re.compile(r"[\s\u00a0]*,[\s\u00a0]*").match(text, speaker[1])
        if m is None:
            return speaker
        second = self._phrase_after(text, m.end(), se)
        if second is None:
            return speaker
        ws = _words(text, *second)
        titled = len(ws) >= 2 and ws[0][2].lower() in self.lex.person_titles and ws[-1][2][:1].isupper()
        if titled or any(t[2].type == "PER" and t[0] < second[1] and second[0] < t[1]
                         for t in A.mentions_in(*second)):
            return (speaker[0], second[1])
        return speaker

    def _participial(self, A: _Article, lstart: int, cs: int, boundary: str, roles: set) -> bool:
        """``..., saying ...`` / ``sambil mengatakan`` / ``He smiled and said``: the cue's subject is the clause's."""
        text, lex = A.text, self.lex
        ws = [w.lower() for _, _, w in _words(text, lstart, cs)]
        if "part" in roles and not ws and boundary in (",", "—", "–", "-"):
            return True
        if len(ws) == 1 and ws[0] in lex.part_markers and (boundary in (",", "—", "–", "-") or "part" in roles):
            return True
        if len(ws) > 1 and ws[-1] in lex.coordinators and (ws[-2:][0] not in lex.singular | lex.plural):
            return True
        return False

    def _subject(self, A: _Article, ss: int, limit: int) -> Optional[tuple[int, int]]:
        """The subject of the sentence's main clause: a pronoun, a named mention near the start, or a name run."""
        text, lex = A.text, self.lex
        span = self._strip_phrase(text, ss, limit)
        if span is None:
            return None
        s = span[0]
        ws = _words(text, s, limit)
        if not ws or A.inside_pair(s) is not None:
            return None
        if ws[0][2].lower() in lex.singular | lex.plural:
            return (ws[0][0], ws[0][1])
        near = ws[min(5, len(ws) - 1)][1]
        for t in A.mentions_in(s, near):
            if t[0] >= s and t[2].type in ("PER", "ORG", "NORP") and A.inside_pair(t[0]) is None:
                seg = text[s:t[0]]
                if not set(seg) & set(",;:()"):
                    end = t[1]
                    for u in A.mentions_in(end, end + 80):  # "Shadow Home Secretary Yvette Cooper": the person
                        if u[0] >= end and u[2].type == "PER" and _role_gap(text[end:u[0]]):
                            end = u[1]
                            break
                    return (s, end)
                break
        end = None
        for a, b, w in ws[:8]:
            if end is not None and text[end:a].strip():
                break
            if w[:1].isupper():
                end = b
            elif end is None or w.lower() not in ("of", "for", "the", "dari", "untuk"):
                break
        return (s, end) if end is not None else None

    def _according_pronoun(self, A: _Article, cs: int, ce: int, ss: int, se: int) -> Optional[Candidate]:
        """``Menurutnya, ...``: according to a pronoun written as a suffix."""
        text = A.text
        m = re.compile(r"[\s\u00a0]*[,:][\s\u00a0]*").match(text, ce)
        if m is not None:
            kind, body, start, end = self._kind_and_text(A, m.end(), se)
        elif text[ss:cs].strip(" \u00a0,") and text[ce:se].strip(" .\u00a0") == "":
            kind, body, start, end = self._kind_and_text(A, ss, cs)
        else:
            return None
        if len(WORD.findall(body)) < 2:
            return None
        return Candidate(start, end, body, kind, _clean_ws(text[cs:ce]), cs, ce, mode="pronoun", rank=2)

    def headline_colons(self, A: _Article) -> list[Candidate]:
        """``Trump: I'm the worst thing ...``: a short name, a colon and a claim opening a paragraph."""
        text, lex = A.text, self.lex
        out = []
        for ps in A.para_starts:
            m = HEADLINE.match(text, ps)
            if m is None:
                continue
            sp = (m.start("sp"), m.end("sp"))
            ws = _words(text, *sp)
            if not ws or len(ws) > 5 or any(w[:1].isdigit() for _, _, w in ws):
                continue
            if not (ws[0][2][:1].isupper() and ws[-1][2][:1].isupper()):
                continue
            if any(w.casefold() in lex.colon_non_speakers for _, _, w in ws):
                continue
            ss, se = A.sentence(m.start("body"))
            kind, body, start, end = self._kind_and_text(A, m.start("body"), se)
            if len(WORD.findall(body)) < 3:
                continue
            out.append(Candidate(start, end, body, kind, ":", m.end("sp"), m.end("sp") + 1, speaker_span=sp,
                                 mode="phrase", rank=2))
        return out

    def _appositive_subject(self, A: _Article, ss: int, comma: int) -> Optional[tuple[int, int]]:
        """``Chris Cox, who runs the NRA’s lobbying arm, says``: the subject before the apposition."""
        text, lex = A.text, self.lex
        end = comma
        for _ in range(5):
            start, boundary = self._left_clause(A, ss, end)
            if boundary == "(" and start - 1 > ss:
                end = start - 1  # "Selasa (22/8)": a parenthesis is read through
                start, boundary = self._left_clause(A, ss, end)
            seg = self._strip_phrase(text, start, end)
            first = WORD.match(text, seg[0]) if seg is not None else None
            if first is not None and boundary == "," and (first.group().lower() in lex.adjunct or
                                                          first.group().lower() in lex.time_trailers):
                end = start - 1  # ", dalam Konferensi ... di Jenewa, Selasa (22/8),": adjuncts, not the subject
                continue
            if seg is not None and self._speaker_ok(A, seg) and (boundary in ("", ",") or start == ss):
                ws = _words(text, *seg)
                if any(w[:1].isupper() for _, _, w in ws) or boundary == "":
                    if text[seg[0]:seg[0] + 1].isupper() or start == ss:
                        return seg
            if boundary != ",":
                return None
            end = start - 1
        return None

    def _cut_clause(self, A: _Article, span: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
        """Cut a speaker phrase at a clause boundary outside any entity mention.

        ``The broadcasts began on August 10 and South Korea says`` -> ``South Korea``: a joining
        word after a clause-like left part (a lowercase word that is no title word, or a digit)
        starts the speaker; a relative pronoun (``who``, ``yang``) ends it.
        """
        if span is None:
            return None
        text, lex = A.text, self.lex
        s, e = span
        for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text[s:e]):  # "Church. The Church": a sentence end inside
            prev = WORD.findall(text, s, s + m.start())
            if prev and len(prev[-1]) > 2 and prev[-1].lower() + "." not in lex.person_titles:
                s = s + m.end()
        ws = _words(text, s, e)
        inside = [(t[0], t[1]) for t in A.mentions_in(s, e)]

        def in_mention(a: int) -> bool:
            return any(ms <= a < me for ms, me in inside)

        for i, (a, b, w) in enumerate(ws):
            if 0 < i < len(ws) - 1 and w.lower() in lex.relative_pronouns and not in_mention(a):
                head = ws[:i]
                named = any(t[0] < a for t in A.mentions_in(s, a)) or all(x[:1].isupper() for _, _, x in head)
                if named:  # "Jenderal X yang ... mengatakan": the named head speaks
                    e = _strip_span(text, s, a)[1]
                    ws = head
                break
        for i in range(len(ws) - 2, 0, -1):
            a, b, w = ws[i]
            if w.lower() not in lex.clause_joins or in_mention(a):
                continue
            left_words = [x for _, _, x in ws[:i]]
            clause_like = any(x.isdigit() or (x[:1].islower() and x.lower() not in lex.person_titles
                                               and x.lower() not in lex.office_words
                                               and x.lower() not in lex.title_connectors
                                               and x.lower() not in lex.name_particles) for x in left_words)
            right = ws[i + 1:]
            subject_like = len(right) <= 6 and right[0][2][:1].isupper() and not any(
                x[:1].islower() and x.lower() not in lex.person_titles and x.lower() not in lex.office_words
                and x.lower() not in lex.title_connectors and x.lower() not in lex.name_particles
                for _, _, x in right)
            if clause_like and subject_like:
                s = ws[i + 1][0]
            break
        s, e = _strip_span(text, s, e)
        return (s, e) if s < e else None

    def _vague(self, A: _Article, span: tuple[int, int]) -> bool:
        """``Some individuals``, ``beberapa ahli``, ``Menurut informasi``: a vague source naming no entity."""
        ws = _words(A.text, *span)
        if not ws:
            return False
        first, last = ws[0][2].lower(), ws[-1][2].lower()
        quantifier_alone = len(ws) == 1 and first in self.lex.quantifiers
        source = first in self.lex.non_human_sources or last in self.lex.non_human_sources
        if not (quantifier_alone or source):
            return False
        return not any(t[2].type in ("PER", "ORG", "GPE", "NORP") for t in A.mentions_in(*span))

    def _speaker_ok(self, A: _Article, span: tuple[int, int]) -> bool:
        ws = _words(A.text, *span)
        if not ws or len(ws) > 12:
            return False
        if self._vague(A, span):
            return False
        if ws[-1][2].lower() in self.lex.non_speaker or ws[-1][2].lower() in self.lex.first:
            return False
        if ws[0][2].lower() in self.lex.wh_starts or ws[0][2].lower() in self.lex.stops:
            return False
        if any(w.lower() in self.lex.negators for _, _, w in ws):
            return False
        return True

    def _pronoun_of(self, A: _Article, span: Optional[tuple[int, int]]) -> Optional[str]:
        if span is None:
            return None
        low = A.text[span[0]:span[1]].lower()
        if low in self.lex.singular:
            return "singular"
        if low in self.lex.plural:
            return "plural"
        return None

    def _post(self, A, cs, ce, form, roles, ss, se, lstart, left, pronoun=False, force=False) -> Optional[Candidate]:
        """Content before the cue: ``“...,” kata X`` / ``..., X said.`` / ``..., katanya``."""
        text, lex = A.text, self.lex
        boundary = text[lstart - 1] if lstart > 0 else ""
        speaker = left
        cue_end = ce
        mode = "pronoun" if pronoun else "phrase"
        if speaker is None and not pronoun:
            if "inv" not in roles:
                return None
            speaker = self._phrase_after(text, ce, se)
            if speaker is None:
                return None
            speaker = self._title_apposition(A, speaker, se)
            tail = speaker[1]
        else:
            tail = ce
        if speaker is not None and not pronoun and not self._speaker_ok(A, speaker):
            return None
        medium = None
        aud = self._audience(text, tail, se, need=form in lex.object_verbs)
        if aud is not None:
            cue_end = aud[0] if speaker is None or speaker[1] <= cs else cue_end
            if not aud[2]:
                medium = (aud[1], aud[0])
            tail = aud[0]
        if not force and self._opens_clause(text, tail, se):
            return None  # the cue opens reported content: a "before" frame
        if boundary == "," and not pronoun and A.pair_ending_at(lstart) is None:
            # “...,” Khaled Al-Maeena, editor at the Saudi Gazette, said: the name before the apposition
            pstart, _ = self._left_clause(A, ss, lstart - 1)
            prev_pair = A.pair_ending_at(pstart)
            named = self._strip_phrase(text, pstart, lstart - 1)
            if prev_pair is not None and named is not None and text[named[0]].isupper() and \
                    len(_words(text, *named)) <= 5 and self._speaker_ok(A, named):
                speaker, lstart, boundary = named, pstart, text[pstart - 1]
        # the content: a quote closing right before, or the clause from the sentence start
        follow: list[Pair] = []
        pair = A.pair_ending_at(lstart)
        if pair is not None and text[min(ss, pair.start):pair.start].strip(" \u00a0—–-([") and \
                A.sentence_index(pair.start) == A.sentence_index(cs):
            pair = None  # “burn bag,” inside a longer clause: that clause is the content
        if pair is not None:
            start, end = pair.start, pair.end
            body = self._pair_text(A, pair)
            kind = "direct"
            # “A,” kata X, “B.”: the quote goes on after the attribution
            cont = re.compile(r"[\s\u00a0]*,[\s\u00a0]*").match(text, tail)
            if cont:
                q = A.pair_starting_at(cont.end())
                if q is not None and q.start == cont.end():
                    body = body + " " + self._pair_text(A, q)
                    end = q.end
            # “A,” he said. “B.”: following sentences of the same paragraph that are all quote
            nxt_end = self._sentence_tail(A, tail, se)
            while nxt_end is not None:
                q = A.pair_starting_at(nxt_end)
                if q is None or A.paragraph_index(q.start) != A.paragraph_index(cs) or \
                        text[nxt_end:q.start].strip() or self._attributed_after(A, q):
                    break
                if lex.split_continued:
                    follow.append(q)  # house style: each quoted stretch is its own item, same speaker and cue
                else:
                    body = body + " " + self._pair_text(A, q)
                    end = q.end
                nxt_end = q.end
                m2 = re.compile(r"[\s\u00a0]*").match(text, nxt_end)
                nxt_end = m2.end() if m2 else nxt_end
            if not WORD.search(body):
                return None
        else:
            cstart = ss
            inner = A.inside_pair(lstart - 1)
            if inner is not None and inner.start >= ss - 1:
                cstart = inner.inner_start
            cend = lstart if boundary in lex.all_marks else lstart - 1
            kind, body, start, end = self._kind_and_text(A, cstart, cend)
            if len(WORD.findall(body)) < 2:
                return None
            bw = WORD.findall(body)
            if kind == "indirect" and len(bw) <= 8 and bw[0].lower() in lex.adjunct | lex.wh_starts and \
                    WORD.search(text, tail, se) is not None:
                return None  # "In the second case, X asks ...": a fronted adjunct, not reported content
        sp_mode_number = self._pronoun_of(A, speaker) if not pronoun else "singular"
        if sp_mode_number:
            mode = "pronoun"
        if mode != "phrase" and "carry" in roles:
            mode = "carry"
        return Candidate(start, end, body, kind, _clean_ws(text[cs:cue_end]), cs, cue_end,
                         speaker_span=None if pronoun else speaker, mode=mode,
                         number=sp_mode_number or "singular", medium_span=medium, rank=0 if kind == "direct" else 1,
                         follow=follow)

    def _cut_trailing_cue(self, A: _Article, s: int, e: int) -> int:
        """``X said that A, an official said.``: the content stops before the later attribution."""
        text = A.text
        for m in self.lex.cue_re.finditer(text, s, e) if self.lex.cue_re is not None else ():
            if A.inside_pair(m.start()) is not None:
                continue
            before = _words(text, max(s, m.start() - 30), m.start())
            if before and before[-1][2].lower() in self.lex.coordinators and m.start() - before[-1][1] <= 2 and \
                    "verb" in self.lex.roles.get(_fold(m.group()), ()) and before[-1][0] > s + 1 and \
                    self._opens_clause(text, m.end(), e):
                return before[-1][0]  # "says she respects X but argues that ...": a second claim
            lstart, boundary = self._left_clause(A, s, m.start())
            comma_mark = boundary in self.lex.all_marks and text[lstart - 2:lstart - 1] == ","
            if (boundary not in (",", "—", "–") and not comma_mark) or lstart <= s + 1:
                continue
            if len(WORD.findall(text, lstart, m.start())) > 5 or self._opens_clause(text, m.end(), e):
                continue
            return lstart if comma_mark else lstart - 1
        return e

    def _sentence_tail(self, A: _Article, pos: int, se: int) -> Optional[int]:
        """Where the next sentence starts if only an adjunct and a full stop follow ``pos``."""
        text = A.text
        rest = text[pos:se]
        m = re.search(r"[.!?…]", rest)
        if m is None or len(WORD.findall(rest[:m.start()])) > 6:
            return None
        k = pos + m.end()
        while k < len(text) and text[k] in " \u00a0":
            k += 1
        return k

    def _attributed_after(self, A: _Article, q: Pair) -> bool:
        """Whether a quote has its own cue right after it (then it is a quote of its own)."""
        if self.lex.cue_re is None:
            return False
        ss, se = A.sentence(q.end - 1)
        m = self.lex.cue_re.search(A.text, q.end, min(len(A.text), q.end + 60))
        return m is not None and m.start() < max(se, q.end + 1) and not A.text[q.end:m.start()].strip(" ,").count(".")

    def _opens_clause(self, text: str, pos: int, se: int) -> bool:
        """Whether what follows a cue reads as its content ("that ...") rather than an adjunct."""
        lex = self.lex
        rest = text[pos:se].strip(" \u00a0")
        if not rest or rest[0] in SENT_END or rest[0] in ",;" or rest[0] in lex.all_marks:
            return False
        ws = WORD.findall(rest)
        if not ws:
            return False
        first = ws[0].lower()
        if first in lex.complementizers or rest[0] == ":":
            return True
        if first in lex.adjunct or first in lex.stops:
            head = re.split(r"[,;]", rest, maxsplit=1)[0]
            hw = WORD.findall(head)
            return any(w.lower() in lex.complementizers for w in hw)
        return len(ws) > 2

    def _pre(self, A, cs, ce, form, roles, ss, se, left) -> Optional[Candidate]:
        """Content after the cue: ``Kirby mengatakan (kepada FT) (bahwa) ...``."""
        text, lex = A.text, self.lex
        if not self._speaker_ok(A, left):
            return None
        if left[0] < ss:
            return None
        cue_end = ce
        medium = None
        aud = self._audience(text, ce, se, need=form in lex.object_verbs)
        if aud is not None:
            cue_end = aud[0]
            if not aud[2]:
                medium = (aud[1], aud[0])
        elif form in lex.object_verbs:
            # "X told him that ...": skip a pronoun object
            w = WORD.match(text, re.compile(r"\s*").match(text, ce).end())
            if w and w.group().lower() in ("him", "her", "them", "me", "us", "you", "it"):
                cue_end = ce
                ce = w.end()
        cstart = self._content_after(A, aud[0] if aud else ce, se)
        if cstart is None:
            return None
        if form in lex.request_verbs and not self._introduced(A, aud[0] if aud else ce, cstart):
            return None  # "X meminta Y agar ...", "X urged Y to ...": a request, not a statement
        cend = se
        q = A.inside_pair(cstart) or A.pair_starting_at(cstart)
        if q is not None and q.start <= cstart + 1 and q.end > cend:
            cend = q.end
        for p in A.top:  # a quote opened in the content that closes in a later sentence
            if cstart <= p.start < cend < p.end:
                cend = p.end
        outer = A.inside_pair(cs)
        if outer is not None:
            cend = min(cend, outer.inner_end)  # a claim reported inside a quote ends with that quote
        cend = self._cut_breaks(text, cstart, cend)
        cend = self._cut_trailing_cue(A, cstart, cend)
        kind, body, start, end = self._kind_and_text(A, cstart, cend)
        if len(WORD.findall(body)) < 2 and kind != "direct":
            return None
        head = [w.lower() for w in WORD.findall(body)[:3]]
        head = [w for w in head if w not in ("the", "a", "an", "sebuah", "suatu")]
        if head and head[0] in lex.non_speaker:
            return None  # "wrote the word “war”": a word is named, nothing is reported
        number = self._pronoun_of(A, left)
        mode = "pronoun" if number else "phrase"
        if mode == "pronoun" and "carry" in roles:
            mode = "carry"
        return Candidate(start, end, body, kind, _clean_ws(text[cs:cue_end]), cs, cue_end, speaker_span=left,
                         mode=mode, number=number or "singular", medium_span=medium, rank=1)

    def _introduced(self, A: _Article, pos: int, cstart: int) -> bool:
        """Whether reported content is opened by a quotation mark, a colon or a complementizer."""
        text = A.text
        if cstart < len(text) and text[cstart] in self.lex.all_marks:
            return True
        between = text[pos:cstart]
        if ":" in between or any(w.lower() in self.lex.complementizers for w in WORD.findall(between)):
            return True
        head = [w.lower() for w in WORD.findall(text, cstart, min(len(text), cstart + 60))[:4]]
        return any(w in self.lex.question_words for w in head)  # "asked (Sanders) whether ...": a question

    def _according(self, A, cs, ce, form, ss, se) -> Optional[Candidate]:
        text, lex = A.text, self.lex
        speaker = self._phrase_after(text, ce, se)
        if speaker is None or not self._speaker_ok(A, speaker):
            return None
        if self._pronoun_of(A, speaker) is None and _words(text, *speaker)[0][2].lower() in lex.first:
            return None
        lstart, boundary = self._left_clause(A, ss, cs)
        head = text[ss:cs].strip(" \u00a0,")
        after_sp = text[speaker[1]:se]
        if not head or not WORD.search(head):
            # "Menurut X, ..." : content after the comma that closes the source
            m = re.compile(r"[^,:]*[,:]").match(after_sp)
            if not m:
                return None
            kind, body, start, end = self._kind_and_text(A, speaker[1] + m.end(), se)
        elif not WORD.search(after_sp.strip(" .\u00a0")) or after_sp.strip()[:1] in SENT_END:
            kind, body, start, end = self._kind_and_text(A, ss, cs)
        else:
            # "Rusia, menurut X, telah ...": the clause around the parenthetical source
            m = re.compile(r"[^,]*,").match(after_sp)
            if not m:
                return None
            k1, b1, s1, e1 = self._kind_and_text(A, ss, cs)
            k2, b2, s2, e2 = self._kind_and_text(A, speaker[1] + m.end(), se)
            kind = "mixed" if "mixed" in (k1, k2) or "direct" in (k1, k2) else "indirect"
            body, start, end = b1 + " " + b2, s1, e2
        if len(WORD.findall(body)) < 2:
            return None
        number = self._pronoun_of(A, speaker)
        return Candidate(start, end, body, kind, _clean_ws(text[cs:ce]), cs, ce, speaker_span=speaker,
                         mode="pronoun" if number else "phrase", number=number or "singular", rank=2)

    def _relative(self, A: _Article, m: re.Match) -> Optional[Candidate]:
        text = A.text
        sp = (m.start("sp"), m.end("sp"))
        sp = self._strip_phrase(text, *sp)
        if sp is None or not self._speaker_ok(A, sp):
            return None
        after = re.compile(r"[\s\u00a0]*(?:sebagai|as)?[\s\u00a0]*[:,]?[\s\u00a0]*", re.I).match(text, m.end())
        q = A.pair_starting_at(after.end())
        if q is None or q.start != after.end():
            return None
        number = self._pronoun_of(A, sp)
        return Candidate(q.start, q.end, self._pair_text(A, q), "mixed", _clean_ws(text[sp[0]:m.end("verb")]),
                         sp[0], m.end("verb"), speaker_span=sp, mode="pronoun" if number else "phrase",
                         number=number or "singular", rank=1)


def _clean_ws(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------- speakers


class Resolver:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        try:  # the coref stage may expose a direct lookup
            from kabar.stages.coref import mention_at  # type: ignore
        except Exception:  # noqa: BLE001 - absent or broken coref must not stop quotes
            mention_at = None
        self.mention_at = mention_at

    def entity_for_span(self, A: _Article, s: int, e: int) -> Optional[Entity]:
        """The entity whose mention overlaps a speaker phrase: a PER inside a title phrase wins."""
        hits = A.mentions_in(s, e)
        if hits:
            pers = [t for t in hits if t[2].type == "PER"]
            if pers:
                return max(pers, key=lambda t: (t[1], t[1] - t[0]))[2]
            s2, e2 = _strip_span(A.text, s, e, " \t\n\u00a0,;:.")
            edge = [t for t in hits if t[2].type == "ORG" and t[1] == e2 and t[0] > s2]
            if edge:  # "Kantor berita Korea Utara KCNA": the named body at the phrase's edge
                return edge[0][2]
            best = max(hits, key=lambda t: (min(t[1], e) - max(t[0], s)))
            cover = (min(best[1], e) - max(best[0], s)) / max(1, len(_strip_det(A.text[s:e])))
            if cover >= 0.6:
                return best[2]
        # a surname or a name written differently: match the phrase's last name words
        phrase = _fold(A.text[s:e])
        caps = [w for _, _, w in _words(A.text, s, e) if w[:1].isupper()]
        for ent in A.record.entities:
            names = {_fold(ent.name)} | {_fold(m.text) for m in ent.mentions}
            if phrase in names:
                return ent
        if caps:
            last = _fold(caps[-1])
            for ent in A.record.entities:
                if ent.type == "PER" and _fold(ent.name).split()[-1:] == [last]:
                    return ent
        return None

    def titled_name(self, A: _Article, s: int, e: int) -> Optional[tuple[int, int]]:
        """The person's name at the end of a title phrase: ``Minister of Education Stefania Giannini``,
        ``Kabid Humas Polda Metro Jaya, Kombes Awi Setiyono``, ``Undersecretary Mr. Toccafondi``."""
        lex = self.lex
        ws = _words(A.text, s, e)
        k = len(ws)
        while k > 0:
            w = ws[k - 1][2]
            low = w.lower()
            if low in lex.person_titles or low in lex.office_words:
                break
            if not (w[:1].isupper() or low in lex.name_particles or low.split("-")[0] in lex.name_particles):
                break
            k -= 1
        run = ws[k:]
        if not run or k == 0 or len(run) > 3 or not run[0][2][:1].isupper():
            return None
        before = ws[k - 1][2].lower()
        if before not in lex.person_titles:
            if before not in lex.office_words or len(run) < 2 or any(w.isupper() for _, _, w in run):
                return None  # after an office word only a full name ("Enver Solomon"), not an acronym
        span = (run[0][0], run[-1][1])
        exact = [t for t in A.mentions_in(*span) if t[0] == span[0] and t[1] == span[1]]
        if exact and exact[0][2].type != "PER" and before not in lex.person_titles:
            return None  # "juru bicara Gedung Putih": the office speaks
        return span

    def _role_holder(self, A: _Article, s: int, e: int) -> Optional[Entity]:
        """``kata Presiden`` / ``the minister said``: a bare title refers to the person introduced
        earlier with that title (``Presiden Joko Widodo``), the nearest one before the phrase."""
        ws = [w.lower() for _, _, w in _words(A.text, s, e)]
        ws = [w for w in ws if w not in ("the", "sang", "pak", "bapak", "ibu")]
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

    def _name_with_particle(self, A: _Article, ent: Entity, s: int, e: int) -> Optional[str]:
        """``Suleiman al-Amr`` when the entity stage stopped at ``Suleiman``: a name particle and a
        capitalised word right after the person's mention, inside the speaker phrase."""
        if ent.type != "PER":
            return None
        for t in A.mentions_in(s, e):
            if t[2] is not ent or _fold(t[3].text) != _fold(ent.name):
                continue
            ws = _words(A.text, t[1], e)
            if not ws or A.text[t[1]:ws[0][0]].strip():
                return None
            w = ws[0][2]
            head = w.split("-")[0].lower()
            if head in self.lex.name_particles and head != w.lower() and w.split("-", 1)[1][:1].isupper():
                return _clean_ws(A.text[t[0]:ws[0][1]])
            if w.lower() in self.lex.name_particles and len(ws) > 1 and ws[1][2][:1].isupper() and \
                    not A.text[ws[0][1]:ws[1][0]].strip():
                return _clean_ws(A.text[t[0]:ws[1][1]])
            return None
        return None

    def resolve(self, A: _Article, cands: list[Candidate]) -> None:
        prev: Optional[Candidate] = None
        for c in cands:
            if c.mode == "phrase" and c.speaker_span is not None:
                ent = self.entity_for_span(A, *c.speaker_span)
                if ent is not None and re.search(r"[.!?]\s+[A-Z]", ent.name):
                    ent = None  # a "name" across a sentence end ("Church. The Church") is no name
                name = None
                if (ent is None or ent.type != "PER") and self.lex is not None:
                    name = self.titled_name(A, *c.speaker_span)
                if name is not None:
                    got = self.entity_for_span(A, *name)
                    if got is not None and _fold(A.text[name[0]:name[1]]) in \
                            {_fold(got.name)} | {_fold(m.text) for m in got.mentions}:
                        c.speaker, c.speaker_name = got.id, got.name
                    else:
                        c.speaker, c.speaker_name = None, _clean_ws(A.text[name[0]:name[1]])
                    c.speaker_type = "PER"
                elif ent is None and self.lex is not None and self.lex.role_holders and self._role_holder(A, *c.speaker_span) is not None:
                    ent = self._role_holder(A, *c.speaker_span)
                    c.speaker, c.speaker_name, c.speaker_type = ent.id, ent.name, ent.type
                elif ent is not None:
                    c.speaker, c.speaker_name, c.speaker_type = ent.id, ent.name, ent.type
                    longer = self._name_with_particle(A, ent, *c.speaker_span) if self.lex is not None else None
                    if longer:
                        c.speaker_name = longer
                else:
                    c.speaker_name = _clean_ws(A.text[c.speaker_span[0]:c.speaker_span[1]])
                    c.speaker_type = "RAW"
            elif c.mode == "carry":
                if prev is not None and prev.speaker_name and A.paragraph_index(c.start) - A.paragraph_index(prev.end - 1) <= 2:
                    c.speaker, c.speaker_name, c.speaker_type = prev.speaker, prev.speaker_name, prev.speaker_type
                else:
                    self._pronoun(A, c, prev)
            elif c.mode == "pronoun":
                self._pronoun(A, c, prev)
            elif c.mode == "continue":
                if prev is not None and prev.speaker_name and A.paragraph_index(c.start) - A.paragraph_index(prev.end - 1) <= 1:
                    c.speaker, c.speaker_name, c.speaker_type = prev.speaker, prev.speaker_name, prev.speaker_type
            if c.speaker_name:
                prev = c

    def _pronoun(self, A: _Article, c: Candidate, prev: Optional[Candidate]) -> None:
        span = c.speaker_span or (c.cue_start, c.cue_end)
        ent = None
        if c.number == "plural" and prev is not None and prev.speaker_type != "PER" and \
                A.sentence_index(c.cue_start or c.start) - A.sentence_index(prev.end - 1) <= 2:
            ent = prev  # a group that just spoke goes on speaking: "..., yang mereka katakan"
        if ent is None and c.number != "plural":
            ent = self._recent_speaker(A, c, prev)
        if ent is None and c.number != "plural" and self.lex.subject_first:
            ent = self._salient(A, c, None, subject_only=True)
        if ent is None and span and span[0] is not None:
            hits = [t for t in A.mentions_in(*span) if t[3].kind in ("pronoun", "description", "alias", "name")]
            if hits:
                ent = hits[0][2]
            elif self.mention_at is not None:
                try:
                    got = self.mention_at(A.record, *span)
                except Exception:  # noqa: BLE001 - a coref failure must not stop quotes
                    got = None
                got = got[0] if isinstance(got, tuple) else got
                ent = got if isinstance(got, Entity) else None
            if ent is not None and not self._can_speak(A, ent, c):
                ent = None
        if ent is None:
            ent = self._salient(A, c, prev)
        if isinstance(ent, Candidate):
            c.speaker, c.speaker_name, c.speaker_type = ent.speaker, ent.speaker_name, ent.speaker_type
        elif ent is not None:
            c.speaker, c.speaker_name, c.speaker_type = ent.id, ent.name, ent.type

    def _can_speak(self, A: _Article, ent: Entity, c: Candidate) -> bool:
        """A singular pronoun speaker is a person; an outlet speaks only through "according to"."""
        if c.number != "plural" and ent.type != "PER":
            return False
        words = set(_fold(ent.name).split())
        outlet = any(_fold(w) in words or _fold(w) == _fold(ent.name) for w in A.lex.media_words)
        return not outlet or (c.cue or "").lower().startswith(tuple(_fold(w) for w, r in self.lex.roles.items()
                                                                     if "acc" in r or "accpron" in r))

    def _recent_speaker(self, A: _Article, c: Candidate, prev: Optional[Candidate]) -> Optional[Candidate]:
        """The last quote's person speaker, when it spoke in this or the previous paragraph and no other
        person has been named since (``Wood mengatakan ... "...," ujarnya``)."""
        if prev is None or prev.speaker_type not in ("PER", "RAW", "LOC") or not prev.speaker_name:
            return None
        if prev.speaker_type != "PER" and not all(w[:1].isupper() for w in prev.speaker_name.split()):
            return None  # a raw phrase ("The two", "para pejabat") or a place is a person only when name-like
        anchor = min(x for x in (c.start, c.cue_start) if x is not None)
        if A.paragraph_index(anchor) - A.paragraph_index(prev.end - 1) > 1 or prev.start >= anchor:
            return None
        since = max(prev.end, prev.cue_end or prev.end)
        for t in A.mentions_in(since, anchor):
            if t[0] >= since and t[2].type == "PER" and t[3].kind in ("name", "alias") and \
                    t[2].id != prev.speaker and A.inside_pair(t[0]) is None:
                return None
        return prev

    def _salient(self, A: _Article, c: Candidate, prev: Optional[Candidate], subject_only: bool = False):
        """The subject of the nearest earlier sentence (PER for he/she/-nya, a group for they/mereka)."""
        anchor = min(x for x in (c.start, c.cue_start) if x is not None)
        plural = c.number == "plural"
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
                     if t[0] >= s and t[2].type in want and A.inside_pair(t[0]) is None and not (c.start <= t[0] < c.end)]
            head = _words(A.text, s, e)[:4]
            subj = [t for t in found if head and t[0] <= head[-1][0]]
            if subj:
                return subj[0][2]
            if head and head[0][2].lower() in self.lex.person_titles and not plural:
                slack = 1  # look one paragraph further for who that role is
                continue  # "Presiden berterima kasih kepada ... Rohingya": an unnamed role is the subject
            if found and not subject_only:
                return found[0][2]
        if not subject_only and prev is not None and (plural or prev.speaker_type in ("PER", "RAW")):
            return prev
        return None


def _strip_det(s: str) -> str:
    return re.sub(r"^(the|a|an|sang|para|pihak)\s+", "", s.strip(), flags=re.I)


# ---------------------------------------------------------------- the stage


def _ordered(cands: list[Candidate]) -> list[Candidate]:
    """Drop duplicates (one content claimed twice) and link nested quotes to their parent."""
    cands.sort(key=lambda c: (c.rank, c.start))
    kept: list[Candidate] = []
    for c in cands:
        dup = False
        for k in kept:
            ov = min(c.end, k.end) - max(c.start, k.start)
            small = max(1, min(c.end - c.start, k.end - k.start))
            k_cue_in_c = k.cue_start is not None and c.start <= k.cue_start < c.end
            c_cue_in_k = c.cue_start is not None and k.start <= c.cue_start < k.end
            if ov / small > 0.5 and not (k_cue_in_c or c_cue_in_k):
                dup = True
                break
            if c.cue_start is not None and c.cue_start == k.cue_start:
                dup = True
                break
        if not dup:
            kept.append(c)
    kept.sort(key=lambda c: (min(c.start, c.cue_start if c.cue_start is not None else c.start), c.start))
    for i, c in enumerate(kept):
        best = None
        for j, k in enumerate(kept):
            if j != i and k.start <= c.start and c.end <= k.end and (k.end - k.start) > (c.end - c.start) and \
                    (c.cue_start is None or k.start <= c.cue_start < k.end):
                if best is None or (k.end - k.start) < (kept[best].end - kept[best].start):
                    best = j
        c.parent = best
    return kept


def find_quotes(record: Article, lex: Lexicon) -> list[Quote]:
    sentences = [(s.start, s.end) for s in record.sentences]
    if not sentences:
        from kabar.stages.segment import doc_of, sentence_spans

        sentences = sentence_spans(doc_of(record))
    A = _Article(record, lex, sentences)
    finder = Finder(lex)
    cands = _ordered(finder.find(A))
    Resolver(lex).resolve(A, cands)
    # ids in text order; parents by index
    order = sorted(range(len(cands)), key=lambda i: (cands[i].start, cands[i].end))
    ids = {i: f"Q{n + 1}" for n, i in enumerate(order)}
    quotes = []
    for i in order:
        c = cands[i]
        medium = medium_ent = None
        if c.medium_span is not None:
            ent = Resolver.entity_for_span(_NO_CO, A, *c.medium_span)
            medium_ent = ent.id if ent is not None else None
            medium = ent.name if ent is not None else _strip_det(record.text[c.medium_span[0]:c.medium_span[1]])
            if ent is not None and ent.type == "PER":
                medium = medium_ent = None
        quotes.append(Quote(
            id=ids[i], speaker=c.speaker, speaker_name=c.speaker_name, cue=c.cue, kind=c.kind, text=c.text,
            start=c.start, end=c.end, cue_start=c.cue_start, cue_end=c.cue_end, medium=medium,
            medium_entity=medium_ent, parent=ids[c.parent] if c.parent is not None else None,
        ))
    return quotes


class _NoCoref(Resolver):
    def __init__(self):
        self.lex = None
        self.mention_at = None


_NO_CO = _NoCoref()


@stage("quotes", requires=("text", "sentences", "entities"), assigns=("quotes",), topic="quotes")
class QuoteStage:
    def __init__(self, **_config):
        self._lex: dict[str, Lexicon] = {}

    def lexicon(self, code: str) -> Lexicon:
        if code not in self._lex:
            self._lex[code] = Lexicon(code)
        return self._lex[code]

    def __call__(self, record: Article) -> Article:
        record.quotes = find_quotes(record, self.lexicon(record.lang or "xx"))
        return record


def quote_at(record: Article, start: int, end: int) -> Optional[Quote]:
    """The innermost quote whose content contains the span (for claimants of events)."""
    best = None
    for q in record.quotes:
        if q.start <= start and end <= q.end:
            if best is None or (q.end - q.start) < (best.end - best.start):
                best = q
    return best
