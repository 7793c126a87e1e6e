"""English: an organisation does not become a political actor by speaking in a quote (lang/en/events.toml
[political_orgs] speaker_types = []). After the session 9 merges gave more firms their quotes, the base pack's
ORG rule made firms' talks, deals and promises events (BBC business census: Barclays' merger talks, Hitachi
joining forces, Fiat meeting GM). The Indonesian pack keeps the rule."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))  # the events tests' gazetteer
from test_events import _STAGE, record  # noqa: E402

from kabar.record import Entity, Mention, Quote  # noqa: E402
from kabar.stages.events.lexicon import lexicon  # noqa: E402

TEXT = ("Barclays said its profits in Britain rose to a record. "
        "Barclays had held merger talks with Wells Fargo, according to reports in Britain.")
SAID = "its profits in Britain rose to a record"


def _firm_record():
    r = record(TEXT, "en")
    for name in ("Barclays", "Wells Fargo"):
        e = Entity(id=f"F{len(r.entities) + 1}", type="ORG", name=name, actor=None)
        for m in re.finditer(re.escape(name), TEXT):
            e.mentions.append(Mention(start=m.start(), end=m.end(), text=name, kind="name"))
        r.entities.append(e)
    barclays = next(e for e in r.entities if e.name == "Barclays")
    s = TEXT.index(SAID)
    r.quotes.append(Quote(id="Q1", speaker=barclays.id, speaker_name="Barclays", kind="indirect",
                          text=SAID, start=s, end=s + len(SAID)))
    return r


def test_a_firm_that_speaks_makes_no_event():
    assert not [e for e in _STAGE(_firm_record()).events if e.event == "CONSULT"]


def test_the_base_rule_would_code_it():
    """With the base pack's ORG speaker rule the same record gives the firm's talks as CONSULT (the test can fail)."""
    lex = lexicon("en")
    saved = lex.words["org_speaker_types"]
    lex.words["org_speaker_types"] = frozenset({"ORG"})
    try:
        ev = [e for e in _STAGE(_firm_record()).events if e.event == "CONSULT"]
    finally:
        lex.words["org_speaker_types"] = saved
    assert ev and ev[0].actor[0].name == "Barclays" and (ev[0].actor[0].code or "")[:3] == "GBR"


def test_packs():
    assert lexicon("en").word("org_speaker_types") == frozenset()
    assert "ORG" in lexicon("id").word("org_speaker_types")
