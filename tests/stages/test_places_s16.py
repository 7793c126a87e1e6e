"""Session 16 event-location rules (issue 15, loc7): a sentence in, the event's place and country out.

Each rule names a construction that recurs in news (counted on the research assistants' items of
event-location-en, `scripts/eval_event_location.py --split ra --n 1000`; validated on rows 2000-2999; docs/places.md,
"Session 16 (loc7)"). Every PLACED case was left unplaced (or placed elsewhere) before the rule; the NOT_PLACED and
kept cases are its guards.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # place_events, also under --import-mode=importlib
from place_events import pipe, place_of  # noqa: E402,F401 (pipe is a fixture)


PLACED = [
    # a place's "'s" opening the subject of the event's passive verb: the thing undergoes it where its owner is
    ("en", "Over the past month, Japan's top police official has been shot and two judges were threatened.", "shot",
     "Japan", "JPN"),
    ("en", "Somalia's seawaters are being patrolled by warships from Britain and France.", "patrolled", "Somalia",
     "SOM"),
    ("en", "Many of Chechnya's towns have been destroyed in the war.", "destroyed", "Chechnya", "RUS"),
    # kept: a place after a preposition is still more precise than the owner
    ("en", "Mexico's police chief was shot dead in Tijuana on Thursday.", "shot", "Tijuana", "MEX"),
    # a bare apostrophe after a name ending in "s" is a possessive too
    ("en", "Police patrolled Paris' troubled suburbs in force on Wednesday.", "patrolled", "Paris", "FRA"),
    # a place inside a person's origin appositive before the verb is where the person is from
    ("en", "On Friday, Ahmed Saleh, 28, of the village of Tsurif near Hebron, detonated a bomb packed with nails in a "
     "coffee shop in the center of Tel Aviv.", "detonated", "Tel Aviv", "ISR"),
    # a facility's name between a place's "'s" and a facility noun is no town (Al-Nur is a town in Iran)
    ("en", "Police patrolled inside and outside Mecca's Al-Nur hospital, where the wounded had been taken.",
     "patrolled", "Mecca", "SAU"),
    # a fraction and "of" before a place: the place is still the verb's object
    ("en", "Croatian Serbs captured a third of Croatia in 1991, and their involvement in the Bihac fighting could give "
     "the Croatian government an opportunity to attack the rebels and regain the land.", "captured", "Croatia", "HRV"),
    # a passive verb of taking a place whose subject the entity stage read as a person or as nothing
    ("en", "Jaffna was captured by government troops in December.", "captured", "Jaffna", "LKA"),
    ("en", "The second largest, Kisangani was captured last month.", "captured", "Kisangani", "COD"),
    # a hyphenated adjective the tokenizer split ("Serb - held") before the name
    ("en", "And in Serb-held Vogosca, north of Sarajevo, an Italian press information officer was shot in the arm early Thursday.", "shot",
     "Vogosca", "BIH"),
    # an adverb between the auxiliary and the passive verb
    ("en", "Damascus is being continuously shelled from the countryside.", "shelled", "Damascus", "SYR"),
]


@pytest.mark.parametrize("lang,text,verb,place,country", PLACED)
def test_session16_event_placed(pipe, lang, text, verb, place, country):
    loc = place_of(pipe, lang, text, verb)
    assert loc is not None, text
    assert loc.text == place, (loc.text, loc.name)
    if country is not None:
        assert loc.country == country


NOT_PLACED = [
    # a record after a place's "'s" is no thing of the place
    ("en", "Burundi's first elected president was killed in a coup attempt.", "killed"),
    # an active verb: the place's people act, they are not where it happened
    ("en", "Mexico's police chief shot a suspect.", "shot"),
    # a surname that many towns bear is no passive subject place ("Arad" is a Romanian city and county and an
    # Israeli town; the name is Ron Arad's)
    ("en", "Hamilton was captured by the rebels after a long chase.", "captured"),
    # kept: an origin right after ", of"
    ("en", "Dmitri Dashinski, of Belarus, captured silver.", "captured"),
]


@pytest.mark.parametrize("lang,text,verb", NOT_PLACED)
def test_session16_event_not_placed(pipe, lang, text, verb):
    assert place_of(pipe, lang, text, verb) is None
