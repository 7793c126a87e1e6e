"""Session 16 (recip3): the object pronoun of an event verb gives its recipient once coref no longer binds it to the
verb's own subject ("Hillary Clinton accused him of ...": him is not Clinton, so the ACCUSE had no recipient). Hand-made
records with the codes an actors stage gives, then the coref stage, then the events stage (docs/events.md, "Session 16
(recip3)"); the cases marked new fail on main."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kabar.stages.coref import CorefResolver
from kabar.stages.events import EventStage

sys.path.insert(0, str(Path(__file__).parent))  # handmade, also under --import-mode=importlib
from handmade import handmade_record  # noqa: E402

ENTS = {
    "Vladimir Putin": ("PER", "RUSGOV", ["Vladimir Putin", "Putin"]),
    "Volodymyr Zelensky": ("PER", "UKRGOV", ["Volodymyr Zelensky", "Zelensky"]),
    "Mrs. Clinton": ("PER", "USAELI", ["Mrs. Clinton"]),
    "Mrs. Merkel": ("PER", "DEUGOV", ["Mrs. Merkel"]),
}


def events_of(text):
    r = handmade_record(text, ENTS, published="2016-04-08")
    CorefResolver()(r)
    return EventStage()(r).events


def dyads(text):
    return [(e.event, [p.code for p in e.actor], [p.code for p in e.recipient]) for e in events_of(text)]


@pytest.mark.parametrize("text, expected", [
    # new: the pronoun was resolved to the subject, so the event had no recipient on main
    ("Volodymyr Zelensky arrived on Monday. Vladimir Putin accused him of sabotaging the talks.",
     ("ACCUSE", ["RUSGOV"], ["UKRGOV"])),
    ("Volodymyr Zelensky arrived on Monday. Putin also sharply criticised him for the visit.",
     ("ACCUSE", ["RUSGOV"], ["UKRGOV"])),
    ("Mrs. Merkel arrived on Monday. Mrs. Clinton accused her of ignoring the refugees.",
     ("ACCUSE", ["USAELI"], ["DEUGOV"])),
])
def test_an_object_pronoun_is_the_recipient(text, expected):
    assert expected in dyads(text)


def test_a_possessive_her_gives_no_other_recipient():
    # guard: "her" before a noun is the subject's own, so no recipient is made up from the person named before
    out = dyads("Mrs. Merkel arrived on Monday. Mrs. Clinton defended her record on trade.")
    assert all(["DEUGOV"] != rec for _, _, rec in out)
