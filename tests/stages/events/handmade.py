"""Hand-made records for testing the events stage alone: the segmenter's sentences, entities placed by string
search with the codes an actors stage would give, and quotes with their speakers (not a test module)."""

from __future__ import annotations

import re

from kabar.record import Article, DateItem, Entity, Mention, Quantity, Quote
from kabar.stages.segment import Segmenter


def handmade_record(text: str, ents: dict, *, quotes=(), published: str, lang: str = "en", quote_kind: str = "indirect",
                    corefs=(), dates=(), quantities=()) -> Article:
    """``ents``: name -> (type, actor code or None, surface forms); the longest form is placed first and a form
    overlapping one already placed is skipped, then each ``corefs`` (phrase, entity name) as a description mention.
    ``quotes``: (speaker name, quoted text[, parent quote id]) of ``quote_kind``; ``dates`` and ``quantities``:
    (text, value) pairs."""
    r = Article.new(text, lang=lang, published=published)
    Segmenter()(r)
    forms = sorted(((f, n) for n, (_, _, fs) in ents.items() for f in fs), key=lambda x: -len(x[0]))
    taken: list[tuple[int, int]] = []
    placed: dict[str, Entity] = {}
    for form, name, kind in [(f, n, "name") for f, n in forms] + [(ph, n, "description") for ph, n in corefs]:
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if any(m.start() < b and m.end() > a for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            typ, code, _ = ents[name]
            e = placed.setdefault(name, Entity(id=f"E{len(placed) + 1}", type=typ, name=name, actor=code))
            e.mentions.append(Mention(start=m.start(), end=m.end(), text=m.group(0), kind=kind))
    r.entities = list(placed.values())
    for n, (speaker, qtext, *rest) in enumerate(quotes, 1):
        s = text.index(qtext)
        e = placed.get(speaker)
        r.quotes.append(Quote(id=f"Q{n}", speaker=e.id if e else None, speaker_name=speaker, kind=quote_kind,
                              text=qtext, start=s, end=s + len(qtext), parent=rest[0] if rest else None))
    for dtext, value in dates:
        s = text.index(dtext)
        r.dates.append(DateItem(text=dtext, start=s, end=s + len(dtext), value=value))
    for qtext, value in quantities:
        s = text.index(qtext)
        r.quantities.append(Quantity(text=qtext, start=s, end=s + len(qtext), value=value))
    return r
