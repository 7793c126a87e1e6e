"""A hand-made record for the store tests (a module, so tests can build variants)."""

from __future__ import annotations

from kabar.record import (
    ActorRef,
    Article,
    Claimant,
    DateItem,
    Entity,
    Event,
    Mention,
    Quantity,
    Quote,
    Removed,
    Sentence,
    Span,
)


def _span(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    start = text.index(piece, after)
    return start, start + len(piece)


def build_record(
    article_id: str = "a1",
    *,
    url: str | None = "https://example.org/news/1",
    extra: str = "",
    lang: str = "id",
    published: str = "2024-03-05",
) -> Article:
    """A hand-made record with every list filled; offsets computed from the text, not typed in."""
    text = (
        "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia mengecam serangan itu. "
        '"Kami menolak kekerasan," kata Retno di Jakarta, Selasa (5/3/2024). '
        "Presiden Recep Tayyip ERDOĞAN menyebut 100% warga harus dievakuasi; 3 kapal dikirim." + extra
    )
    sentence_ends = [m + 1 for m in range(len(text)) if text[m] == "." and (m + 1 == len(text) or text[m + 1] == " ")]
    starts = [0] + [e + 1 for e in sentence_ends[:-1]]
    retno = [_span(text, "Retno Marsudi"), _span(text, "Retno", 40)]
    idn = _span(text, "Indonesia")
    erdogan = _span(text, "Recep Tayyip ERDOĞAN")
    q_start, q_end = _span(text, '"Kami menolak kekerasan,"')
    evidence = _span(text, "Indonesia mengecam serangan itu")
    date = _span(text, "Selasa (5/3/2024)")
    qty = _span(text, "3 kapal")
    return Article(
        id=article_id,
        lang=lang,
        title="Indonesia kecam serangan di perbatasan",
        published=published,
        url=url,
        outlet="Contoh News",
        original_outlet="Business Insider",
        author="Redaksi",
        text=text,
        removed=[Removed(kind="caption", text="Foto: ilustrasi (ANTARA FOTO/X)", start=12)],
        sentences=[Sentence(start=s, end=e) for s, e in zip(starts, sentence_ends)],
        entities=[
            Entity(id="E1", type="PER", name="Retno Marsudi", actor="IDNGOV", wikidata="Q469765",
                   mentions=[Mention(start=s, end=e, text=text[s:e], kind="name" if i == 0 else "alias") for i, (s, e) in enumerate(retno)]),
            Entity(id="E2", type="GPE", name="Indonesia", actor="IDN", mentions=[Mention(start=idn[0], end=idn[1], text="Indonesia")]),
            Entity(id="E3", type="PER", name="Recep Tayyip ERDOĞAN", actor="TURGOV",
                   mentions=[Mention(start=erdogan[0], end=erdogan[1], text=text[erdogan[0]:erdogan[1]])]),
        ],
        quotes=[Quote(id="Q1", speaker="E1", speaker_name="Retno Marsudi", cue="kata", kind="direct",
                      text=text[q_start + 1:q_end - 2], start=q_start, end=q_end)],
        events=[
            Event(id="V1", event="ACCUSE", quad_code="VERBAL_CONFLICT", event_text=text[evidence[0]:evidence[1]],
                  evidence=Span(start=evidence[0], end=evidence[1]), date="2024-03-05", date_text="Selasa (5/3/2024)",
                  actor=[ActorRef(name="Indonesia", code="IDN", entity="E2"), ActorRef(name="Retno Marsudi", code="IDNGOV", entity="E1")],
                  recipient=[ActorRef(name="Israel", code="ISR")],
                  claimant=Claimant(name="Retno Marsudi", entity="E1", quote="Q1"), quote="Q1", confidence=0.8,
                  cameo="111", goldstein=-2.0),
            Event(id="V2", event="AID", quad_code="MATERIAL_COOPERATION", event_text=text[qty[0]:qty[1]] + " dikirim",
                  evidence=Span(start=qty[0], end=qty[1]), date="2024-03", modality="future",
                  actor=[ActorRef(name="Turki", code="TUR")], recipient=[], instrument="kapal",
                  quantity=Quantity(text="3 kapal", start=qty[0], end=qty[1], value=3, unit=None, noun="kapal")),
        ],
        dates=[DateItem(text=text[date[0]:date[1]], start=date[0], end=date[1], value="2024-03-05", grain="day")],
        quantities=[Quantity(text="3 kapal", start=qty[0], end=qty[1], value=3.0, noun="kapal"),
                    Quantity(text="100%", start=text.index("100%"), end=text.index("100%") + 4, value=100.0, unit="%")],
        stages=["language", "clean", "segment"],
        meta={"source": "hand-made", "nested": {"k": [1, 2.5, None]}},
    )
