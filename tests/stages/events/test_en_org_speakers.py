"""An organisation that speaks in a quote is a political actor (the base pack's [political_orgs] speaker_types),
unless the article calls it a firm (parties._named_as_firm: a ``firm_words`` word in a mention or just before
its name). After the session 9 merges gave more firms their quotes, firms' deals and talks became events
(BBC business census: "the firm said" Merrill Lynch denying claims, "the company" Jarvis agreeing terms)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))  # the events tests' gazetteer
from test_events import _STAGE, record  # noqa: E402

from kabar.record import Entity, Mention, Quote  # noqa: E402

SAID = "its profits in Britain rose to a record"
TALKS = " Barclays had held merger talks with Wells Fargo, according to reports in Britain."


def _consult(opening: str):
    text = opening + SAID + "." + TALKS
    r = record(text, "en")
    for name in ("Barclays", "Wells Fargo"):
        e = Entity(id=f"F{len(r.entities) + 1}", type="ORG", name=name, actor=None)
        for m in re.finditer(re.escape(name), text):
            e.mentions.append(Mention(start=m.start(), end=m.end(), text=name, kind="name"))
        r.entities.append(e)
    barclays = next(e for e in r.entities if e.name == "Barclays")
    s = text.index(SAID)
    r.quotes.append(Quote(id="Q1", speaker=barclays.id, speaker_name="Barclays", kind="indirect",
                          text=SAID, start=s, end=s + len(SAID)))
    return [e for e in _STAGE(r).events if e.event == "CONSULT"]


def test_a_speaking_org_is_a_political_actor():
    ev = _consult("Barclays said ")
    assert ev and ev[0].actor[0].name == "Barclays" and (ev[0].actor[0].code or "")[:3] == "GBR"


def test_a_speaking_firm_is_not():
    assert _consult("The lender Barclays said ") == []
