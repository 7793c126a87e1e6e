"""Hand-made records for the across tests: offsets computed from the text, never typed in."""
from __future__ import annotations

import datetime as dt

from kabar.record import ActorRef, Article, DateItem, Entity, Event, Mention, Quantity, Quote, Span


def article(aid: str, text: str, *, lang: str = "id", published: str = "2024-03-05", title: str = "Judul",
            outlet: str | None = None, original_outlet: str | None = None, url: str | None = None,
            people: tuple[str, ...] = (), dates: tuple[tuple[str, str], ...] = (), numbers: tuple[tuple[str, float], ...] = (),
            events: tuple[dict, ...] = (), quotes: tuple[dict, ...] = ()) -> Article:
    entities = []
    for n, name in enumerate(people, 1):
        start = text.index(name)
        entities.append(Entity(id=f"E{n}", type="PER", name=name, actor=None,
                               mentions=[Mention(start=start, end=start + len(name), text=name)]))
    date_items = [DateItem(text=t, start=text.index(t), end=text.index(t) + len(t), value=v, grain="day") for t, v in dates]
    qs = [Quantity(text=t, start=text.index(t), end=text.index(t) + len(t), value=v) for t, v in numbers]
    evs = []
    for n, e in enumerate(events, 1):
        start = text.index(e["evidence"])
        trigger = e.get("trigger", e["evidence"].split()[0])
        evs.append(Event(
            id=f"V{n}", event=e["event"], event_text=trigger, evidence=Span(start=start, end=start + len(e["evidence"])),
            actor=[ActorRef(name=e.get("actor_name"), code=e.get("actor"), entity=e.get("actor_entity"))] if e.get("actor") else [],
            recipient=[ActorRef(name=e.get("recipient_name"), code=e.get("recipient"))] if e.get("recipient") else [],
            date=e.get("date"), modality=e.get("modality", "asserted"),
        ))
    return Article(id=aid, lang=lang, title=title, published=dt.date.fromisoformat(published) if published else None,
                   outlet=outlet, original_outlet=original_outlet, url=url, text=text,
                   entities=entities, dates=date_items, quantities=qs, events=evs)
