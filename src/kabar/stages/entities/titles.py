"""Role titles: the capitalised run after a title (past an organisation or country between) is a person."""

from __future__ import annotations

from kabar.stages.entities.loading import HYPHENS, Cand, Resources
from kabar.text.tokens import Toks


def title_matches(T: Toks, res: Resources) -> list[tuple[int, int]]:
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


def glue(T: "Toks", s: int, e: int, particles=frozenset()) -> tuple[int, int]:
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


def title_spans(T: Toks, res: Resources, conf: list[Cand]) -> list[Cand]:
    """After a role title, skip affiliations (organisations, countries, more titles, and a capitalised
    unit name followed by one of those): the capitalised run that is left is the person.
    "Kepala Bidang Humas Polda Riau Kombes Pol Guntur Aryo Tejo" -> "Guntur Aryo Tejo"."""
    conf_at = {c.start: c for c in conf if not c.nested}
    titles = title_matches(T, res)
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
