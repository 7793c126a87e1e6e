"""Reading what was said: the content a cue introduces, its kind (direct, indirect, mixed), the audience."""

from __future__ import annotations

import re
from typing import Optional

from kabar.stages.quotes.context import QuoteContext, leading_phrase, strip_span, words_in
from kabar.stages.quotes.lexicon import ACRONYM, SENT_END, WORD
from kabar.stages.quotes.pairs import Pair


_COMMA_WORD = re.compile(r",(?P<q>[”\"’]?)[\s\u00a0]+(?P<w>\w+)")  # a closing mark may follow the comma

# patterns compiled once (re.compile inside a function looks its cache up on every call)
_SPACES = re.compile(r"[\s\u00a0]*")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")  # "C", "J.M": a name's initials before its point
_WS_RUN = re.compile(r"\s+")
_COLON_OR_COMMA = re.compile(r"[\s\u00a0]*[:,]?[\s\u00a0]*")


_YEAR_TAIL = re.compile(r"[ \t\u00a0]*\(\d{1,4}\)$")

class ContentReading:
    """The content of a quote: spans after a cue, inside marks, up to a break."""

    # -- phrases
    def _strip_phrase(self, text: str, s: int, e: int) -> Optional[tuple[int, int]]:
        """Drop clause openers before a speaker and adverbs/auxiliaries after it."""
        lex = self.lex
        s, e = strip_span(text, s, e, " \t\n\u00a0,;:—–-")
        changed = True
        while changed and s < e:
            changed = False
            op = leading_phrase(text[s:e].lower(), lex.clause_openers)
            if op is not None:
                s, e = strip_span(text, s + len(op), e, " \t\n\u00a0,;:")
                changed = True
        changed = True
        while changed and s < e:
            changed = False
            low = text[s:e].lower()
            for tr in lex.trailing:
                if low.endswith(tr) and (len(low) == len(tr) or not low[-len(tr) - 1].isalnum()):
                    s, e = strip_span(text, s, e - len(tr))
                    changed = True
                    break
        if s >= e or not WORD.search(text, s, e):
            return None
        ws = words_in(text, s, e)
        for i in range(1, len(ws)):  # "Korea Utara pada Senin", "North Korea on Monday": a time adjunct
            if ws[i][2].lower() in lex.time_trailers and all(
                    w.lower() in lex.time_words or w.lower() in lex.time_trailers or w.isdigit() for _, _, w in ws[i:]):
                s, e = strip_span(text, s, ws[i][0])
                break
        m = _YEAR_TAIL.search(text, s, e)
        if m is not None and m.end() == e and m.start() > s:
            s, e = strip_span(text, s, m.start())  # "Dahl (1998)", "Budi (45)": a year or an age after the name
        if s >= e:
            return None
        return s, e

    def _phrase_after(self, text: str, pos: int, limit: int) -> Optional[tuple[int, int]]:
        """The speaker written after an inverted cue: ``kata juru bicara X (dalam ...)``."""
        lex = self.lex
        ws = words_in(text, pos, limit)
        if ws and ws[0][2].lower() in lex.agent_markers and not text[pos:ws[0][0]].strip():
            pos = ws[0][1]  # "demikian disampaikan oleh X": the agent of a passive cue
            ws = ws[1:]
        end = None
        count = 0
        acronym_end = None
        past_acronym = listing = False
        for s, e, w in ws:
            gap = text[(end if end is not None else pos):s]
            if end is not None and gap[:1] == "." and not gap[1:].strip():
                last = text[words_in(text, pos, end)[-1][0]:end]
                if (last + ".").lower() in lex.person_titles or _INITIALS.fullmatch(last):
                    gap = gap[1:]  # a title's abbreviation point ("said Dr. Harold Varmus", "said Rep. Bobby Scott") or
                    # a name's initial ("said C. Stewart Verdery Jr.", "said J. J. Price"; session 25, polnear25b)
            if end is not None and (text.rfind("(", 0, s) >= end and ACRONYM.match(text, text.rfind("(", 0, s)) or
                                    acronym_end == end):
                gap = gap.replace("(", "").replace(")", "")  # "ujar Direktur Jenderal Anggaran (DJA) Kementerian ...": an acronym
                acronym_end = e if acronym_end != end else None
                past_acronym = True
            if past_acronym and end is not None and not w[:1].isupper():
                break  # after an acronym the title goes on in capitals only
            if end is not None and gap.strip() == "," and self._title_list(text, s, limit):
                gap, count, listing = " ", count - 1, True  # "kata Menko Bidang Politik, Hukum, dan Keamanan X": one title
            if end is not None and (set(gap) & set(",.;:!?()") or any(ch in self.lex.all_marks for ch in gap)):
                break
            if end is None and (set(gap) & set(",.;:!?(") or any(ch in self.lex.all_marks for ch in gap)):
                return None
            if end is not None and w in lex.predicate_openers:
                break  # "kata Purbaya juga sudah sesuai ...": the name ends where its clause's predicate starts
            if w.lower() in lex.stops and end is not None and not (listing and w.lower() in lex.title_list_joins) \
                    and not self._title_join(text, ws, pos, s, e, limit):
                break
            listing = listing and w.lower() not in lex.title_list_joins
            end = e
            count += 1
            if count >= (14 if self._titled(ws) else 10):
                break
        if end is None:
            return None
        return (words_in(text, pos, end)[0][0], end)

    def _titled(self, ws) -> bool:
        """Whether a phrase opens with a title or an office word (``Kepala Dinas ...``, ``Plt Deputi ...``)."""
        return bool(ws) and (ws[0][2].lower() in self.lex.person_titles or ws[0][2].lower() in self.lex.office_words)

    def _title_join(self, text: str, ws, pos: int, s: int, e: int, limit: int) -> bool:
        """``kata Kepala Dinas Tenaga Kerja dan Transmigrasi Garut, X``, ``ujar Plt Deputi Penindakan dan Eksekusi KPK
        X``: a join word (pack ``title_list_joins``) between two capitalised words of a phrase that opens with a title
        joins two fields of one office, not two speakers."""
        if text[s:e].lower() not in self.lex.title_list_joins or not self._titled(ws):
            return False
        before = [x for x in ws if x[1] <= s]
        nxt = WORD.match(text, _SPACES.match(text, e).end())
        return bool(before) and before[-1][2][:1].isupper() and nxt is not None and nxt.end() <= limit and \
            nxt.group()[:1].isupper() and nxt.group().lower() not in self.lex.person_titles

    def _title_list(self, text: str, pos: int, limit: int) -> bool:
        """Whether the words from ``pos`` finish a list of title fields: capitalised items between commas, then a
        join word (``dan``, ``and``) and a capitalised word (``Hukum, dan Keamanan``, ``Informasi, dan
        Komunikasi``); an apposition (``Budi, pedagang di pasar``) is none."""
        for s, e, w in words_in(text, pos, min(limit, pos + 120)):
            if w.lower() in self.lex.title_list_joins:
                nxt = WORD.match(text, _SPACES.match(text, e).end())
                return s > pos and nxt is not None and nxt.group()[:1].isupper()
            if not w[:1].isupper() or text[pos:s].count(",") > 3 or set(text[pos:s]) & set(".;:!?()"):
                return False
        return False

    def _audience(self, text: str, pos: int, limit: int, need: bool) -> Optional[tuple[int, int, bool]]:
        """``kepada wartawan`` / ``to reporters`` / ``told the FT``: (end, object start, is_generic)."""
        lex = self.lex
        m = _WS_RUN.match(text, pos)
        p = m.end() if m else pos
        if not need:
            w = WORD.match(text, p)
            if not w or w.group().lower() not in lex.audience_markers:
                return None
            p2 = w.end()
            m = _WS_RUN.match(text, p2)
            p = m.end() if m else p2
        low = text[p:limit].lower()
        for g in lex.audience_generic:
            if low.startswith(g) and (len(low) == len(g) or not low[len(g)].isalnum()):
                return (p + len(g), p, True)
        # a proper noun run, optionally after "the"
        ws = words_in(text, p, limit)
        if ws and ws[0][2].lower() in lex.time_words | lex.time_trailers:
            return None  # "mengumumkan pada Kamis": a date, not an audience
        end = None
        taken = 0
        for k, (s, e, w) in enumerate(ws):
            if end is not None and text[end:s].strip():
                break
            if taken == 0 and w.lower() in self.lex.audience_determiners:
                end = e
                taken += 1
                nxt = ws[k + 1:k + 4]
                prons = lex.singular | lex.plural
                if need and len(nxt) >= 2 and _common_word(nxt[0][2], lex):
                    # "told the paper he would be ...": a common noun audience, then the clause's pronoun subject
                    if nxt[1][2].lower() in prons:
                        return (nxt[0][1], p, False)
                    if len(nxt) == 3 and _common_word(nxt[1][2], lex) and nxt[2][2].lower() in prons:
                        return (nxt[1][1], p, False)
                continue
            if taken and w.lower().rstrip(".") in lex.person_titles and not text[s:e].isupper():
                break  # "told the Sunday Times Mr Campbell would ...": a title opens the clause's subject
            if w[:1].isupper() or w[:1].isdigit():
                end = e
                taken += 1
                if taken >= 6:
                    break
                continue
            break
        if end is None or not any(w[:1].isupper() for s, e, w in words_in(text, p, end)):
            return None
        return (end, p, False)

    # -- content and kind
    def _kind_and_text(self, A: QuoteContext, s: int, e: int) -> tuple[str, str, int, int]:
        text = A.text
        s, e = strip_span(text, s, e, " \t\n\u00a0,;:")
        while e > s and text[e - 1] in SENT_END and not self._in_any_pair(A, e - 1):
            e -= 1
            s, e = strip_span(text, s, e, " \t\n\u00a0,;:")
        inner = A.top_pairs_within(s, e)
        if len(inner) == 1 and inner[0].start == s and (inner[0].end == e or not text[inner[0].end:e].strip(" ,.")):
            p = inner[0]
            return "direct", self._pair_text(A, p), p.start, p.end
        for p in A.pairs_within(s, e):
            if p.words(text) >= 1:
                return "mixed", text[s:e], s, e
        return "indirect", text[s:e], s, e

    def _in_any_pair(self, A: QuoteContext, pos: int) -> bool:
        return A.inside_pair(pos) is not None

    def _pair_text(self, A: QuoteContext, p: Pair, upto: Optional[int] = None) -> str:
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

    def _commitment(self, text: str, pos: int, form: str) -> Optional[int]:
        """Where a commitment's content starts: the marker right after the cue (``promised to build``,
        ``vowing to fight``), or None. The infinitive is what was promised, so the marker is kept."""
        if form not in self.lex.commitment_verbs:
            return None
        w = WORD.match(text, _SPACES.match(text, pos).end())
        for _ in range(self.COMMITMENT_TIME_WORDS):
            # "vowed Tuesday to remain", "vowed last month to take", "pledged again to": a time adjunct before the
            # marker (session 16, PolNeAR train[200:320])
            if w is None or w.group().lower() in self.lex.commitment_markers or w.group().lower() not in self.lex.time_words:
                break
            w = WORD.match(text, _SPACES.match(text, w.end()).end())
        if w is None or w.group().lower() not in self.lex.commitment_markers:
            return None
        at = _SPACES.match(text, w.end()).end()
        if text[at:at + 1] in self.lex.all_marks:
            at += 1  # 'pledged to “bring our political revolution” to the convention': a quoted infinitive
        nxt = WORD.match(text, at)
        return w.start() if nxt is not None else None

    #: Time words read over between a commitment verb and its marker ("vowed on Tuesday last week to").
    COMMITMENT_TIME_WORDS = 4

    def _cut_at_participle(self, A: QuoteContext, s: int, e: int) -> int:
        """Content after a cue ends before ``, telling X that ...`` / ``, adding ...``: a participle after a
        comma goes back to the speaker and reports a claim of its own (the participial pass reads it)."""
        text, lex = A.text, self.lex
        own = A.inside_pair(s)
        for m in _COMMA_WORD.finditer(text, s, e):
            roles = lex.roles.get(m.group("w").lower(), set())
            closed = A.pair_ending_at(m.end("q")) if m.group("q") else None
            if m.group("q") and (closed is None or A.inside_pair(m.end("q")) is not own or
                                 not text[max(s, A.sentence(m.start())[0]):closed.start].strip()):
                continue  # 'was “corrupt,” noting that ...': the comma closes a quoted phrase inside the content (not
                # a quotation opening it: '“It's time,” promising ...' is read by the participle pass whole)
            if "part" not in roles or not m.group("q") and A.inside_pair(m.start()) is not own:
                continue
            nxt = WORD.match(text, _SPACES.match(text, m.end()).end())
            if nxt is not None and nxt.group().lower() in lex.participle_non_content and \
                    self._commitment(text, m.end(), m.group("w").lower()) is None:
                continue
            if len(words_in(text, s, m.start())) >= 3:
                return m.end("q") if m.group("q") else m.start()
        return e

    def _cut_breaks(self, text: str, s: int, e: int) -> int:
        low = text[s:e].lower()
        best = e
        for b in self.lex.breaks:
            i = low.find(b)
            if i > 0:
                best = min(best, s + i)
        return best

    def _content_after(self, A: QuoteContext, pos: int, sent_end: int) -> Optional[int]:
        """Where reported content begins after a cue (skipping ':' ',' 'bahwa' and adjuncts)."""
        text, lex = A.text, self.lex
        m = _COLON_OR_COMMA.match(text, pos)
        p = m.end()
        if p < sent_end and text[p] == "(":  # "mengumumkan (12/3) bahwa": a parenthesis is read through
            close = text.find(")", p, sent_end)
            if close > 0:
                p = _SPACES.match(text, close + 1).end()
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
        if lex.adverb_suffixes and lw.endswith(lex.adverb_suffixes) and lw not in lex.time_words:
            nw = WORD.match(text, _SPACES.match(text, w.end()).end())  # "acknowledged privately that ...": the
            if nw is not None and nw.start() > w.end() and nw.group().lower() in lex.complementizers and \
                    not text[w.end():nw.start()].strip():  # adverb is the cue's
                return nw.end()
        if lw in lex.time_words:
            ws = words_in(text, p, sent_end)
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
        low = text[p:sent_end].lower()
        for op in lex.clause_time_openers:  # "menyatakan saat ini program itu ...": a time adverb opens the content
            if low.startswith(op) and len(low) > len(op) and low[len(op)] in " \u00a0" and \
                    not any(w.lower() in lex.complementizers for w in WORD.findall(low[len(op):len(op) + 80])):
                nxt = WORD.match(text, _SPACES.match(text, p + len(op)).end())
                if nxt is not None and nxt.group().lower() not in lex.adjunct | lex.stops:
                    return p
        if lw in lex.partitive_openers and not any(x.lower() in lex.complementizers for x in WORD.findall(text, p, sent_end)):
            c = text.find(",", p, sent_end)
            if c > 0 and len(words_in(text, p, c)) <= 8 and len(words_in(text, c, sent_end)) >= 3 and \
                    A.pair_starting_at(c + 1) is None:
                return p  # "Purbaya menyebut dari 38 provinsi, 37 di antaranya ...": the partitive opens the content
        if lw in lex.adjunct and lex.comma_introduces and "," in m.group() and \
                not any(x.lower() in lex.complementizers for x in WORD.findall(text, p, sent_end)):
            return p  # "X mengatakan, secara keseluruhan Indonesia membutuhkan ...": the comma opens the content
        if lw in lex.adjunct:
            for s, e, word in words_in(text, p, sent_end):
                if any(ch in lex.all_marks for ch in text[p:s]):
                    k = next(i for i in range(p, s) if text[i] in lex.all_marks)
                    sep = max(text.rfind(",", p, k), text.rfind(":", p, k))
                    q = A.pair_starting_at(k) if sep > 0 and not text[sep + 1:k].strip() else None
                    return q.start if q else None  # "told reporters in Geneva: “...”"
                if word.lower() in lex.complementizers:
                    return e
            c = text.find(",", p, sent_end)
            if c < 0:
                c = text.find(":", p, sent_end)
            if c > 0:
                q = A.pair_starting_at(c + 1)
                if q and q.start < sent_end:
                    return q.start
            if lex.adjunct_opens_content and lw not in lex.audience_markers and c > 0 and \
                    len(words_in(text, c, sent_end)) >= 3:
                return p  # "menjelaskan setelah data diperbaiki, maka ...": the adjunct is the content's own
            return None
        return p


def _common_word(w: str, lex) -> bool:
    """A lower-case word that is no stop word: part of a common noun phrase ("the paper", "the select committee")."""
    return w.isalpha() and w.islower() and w not in lex.stops
