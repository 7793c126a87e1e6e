"""Judgements in quotes (stages/events/evaluative.py, issue #13): a strong condemning or praising word in a
speaker's quoted words, said of a named party, is ACCUSE disapprove / SUPPORT praise by the speaker; with
no party named there is no event. Whole pipeline; every sentence was written for this file (none is taken
from a corpus or from gold/dev)."""

from __future__ import annotations

import pytest

import kabar


def judgements(sentence: str, lang: str) -> list[tuple]:
    """(category, mode, actor country, recipient country, claimant) of the events coded from a judgement word."""
    out = []
    for e in kabar.extract(sentence, has_title=False, lang=lang).events:
        if e.mode and e.mode[0] in ("disapprove", "praise"):
            a = (e.actor[0].code or "")[:3] if e.actor else None
            r = (e.recipient[0].code or "")[:3] if e.recipient else None
            out.append((e.event, e.mode[0], a, r, e.claimant.name if e.claimant else None))
    return out


@pytest.mark.parametrize("sentence, lang, want", [
    # the subject the word is said of
    ('"Russia has behaved in a shameful and reckless way," German Foreign Minister Annalena Baerbock said.',
     "en", ("ACCUSE", "disapprove", "DEU", "RUS", "Annalena Baerbock")),
    # the party after "of" right after the cue
    ('"It is sheer hypocrisy," French President Emmanuel Macron said of Russia.',
     "en", ("ACCUSE", "disapprove", "FRA", "RUS", "Emmanuel Macron")),
    # praise
    ('"Japan has always been a true friend," Australian Prime Minister Anthony Albanese said.',
     "en", ("SUPPORT", "praise", "AUS", "JPN", "Anthony Albanese")),
    # an indirect quote after "menilai"
    ("Menteri Luar Negeri Sugiono menilai sikap Israel memalukan.",
     "id", ("ACCUSE", "disapprove", "IDN", "ISR", "Sugiono")),
    # "pemerintah Malaysia" is Malaysia's government, not the home country's
    ('"Pemerintah Malaysia tidak bertanggung jawab atas nasib para pekerja itu," kata Menteri Luar Negeri Sugiono.',
     "id", ("ACCUSE", "disapprove", "IDN", "MYS", "Sugiono")),
    # an indirect quote after "menyebut"
    ("Menteri Luar Negeri Sugiono menyebut Israel sewenang-wenang terhadap warga Gaza.",
     "id", ("ACCUSE", "disapprove", "IDN", "ISR", "Sugiono")),
    # praise in Indonesian
    ('"Jepang adalah sahabat sejati kami," kata Menteri Luar Negeri Sugiono.',
     "id", ("SUPPORT", "praise", "IDN", "JPN", "Sugiono")),
])
def test_a_judgement_of_a_named_party_is_coded(sentence, lang, want):
    got = judgements(sentence, lang)
    assert want in got, got


@pytest.mark.parametrize("sentence, lang", [
    # nobody named: no event (precision first)
    ('"The whole affair is a disgrace," French President Emmanuel Macron said.', "en"),
    ('"Ini sungguh memalukan," kata Menteri Luar Negeri Sugiono.', "id"),
    ('"Israel tidak sewenang-wenang," kata Menteri Luar Negeri Sugiono.', "id"),
    # negated
    ('"Russia is not irresponsible," German Foreign Minister Annalena Baerbock said.', "en"),
    # a question judges nobody
    ('"Is Russia being reckless?" German Foreign Minister Annalena Baerbock asked.', "en"),
    # sport: a club is no political party
    ('"The referee was a disgrace against Arsenal," Chelsea manager Enzo Maresca said.', "en"),
])
def test_no_judgement_event(sentence, lang):
    assert judgements(sentence, lang) == []
