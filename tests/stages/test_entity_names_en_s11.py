"""Session-11 English name classes (names-en2, issue 11), counted in a census of 80 BBC business and tech articles
(the files of each desk's name-sorted listing below index 200, which session 6 did not read): what must NOT come out.
The positive rows of the same classes are in ``title_cases.EN_S11`` (the title table)."""

from __future__ import annotations

import pytest

from kabar.record import Article
from kabar.text.names import fold

# (phrase, a name no entity may have, optionally only of this type)
NOT_NAMED = [
    # a name cut at two particles or at "den"
    ("He was a special advisor to chief executive Jeroen van der Veer, the firm said.", "Jeroen", None),
    ("Aviation analyst Nick Van den Brul of BNP Paribas described the results as modest.", "Nick Van", None),
    # a bracket the model took along
    ("The Consumer Electronics Show (CES) featured the pick of the gadgets.", "Consumer Electronics Show (CES", None),
    ("Gamers exchange real currency into PED (Project Entropia Dollars) and back.", "PED (Project Entropia Dollars",
     None),
    # a short name beside the only body it opens
    ("Wireless provider Broadreach and net telephony firm Skype are rolling out a service. Broadreach Networks has "
     "around two million users.", "Broadreach", None),
    ("Following the takeover of anti-spyware firm Giant, Microsoft said it would act. Microsoft bought small New York "
     "software firm Giant Company Software.", "Giant", None),
    # technologies named by their initials, and their expansions
    ("Sony backs Blu-ray, the rival DVD format. HDTV sets sell and VHS is dead.", "DVD", None),
    ("Picture messages are sent with Multimedia Messaging Services (MMS) and GPRS. MMS is slow.",
     "Multimedia Messaging Services", None),
    ("The screens use Liquid Crystal Display (LCD) technology.", "Liquid Crystal Display", None),
    ("Systems that limit what people can do are known as Digital Rights Management systems. DRM is hated.",
     "Digital Rights Management", None),
    # products typed as bodies or persons
    ("The flaw affects Windows XP and Windows Messenger.", "Windows Messenger", "PER"),
    ("GM said new products such as the Pontiac G6 had put in solid performances.", "Pontiac G6", "ORG"),
    # a company's officer title read as a person
    ('"It will be converged," said Ken Kutaragi, Chief Operating Officer of Sony.', "Operating Officer", None),
]


@pytest.mark.parametrize("phrase,name,etype", NOT_NAMED, ids=[f"{r[1]}-{r[0][:30]}" for r in NOT_NAMED])
def test_not_named(pipe, phrase, name, etype):
    ents = pipe(Article.new(phrase, lang="en", published="2005-03-01")).entities
    bad = [e for e in ents if fold(e.name) == fold(name) and (etype is None or e.type == etype)]
    assert not bad, [(e.name, e.type) for e in ents]


def test_a_household_company_stays_apart_from_a_longer_name_it_opens(pipe):
    # "Sony" (pack company_names) is not the short form of "Sony Pictures Entertainment"
    ents = pipe(Article.new("Sony Pictures Entertainment backs Blu-ray. Disney said Sony had won. Sony shares rose.",
                            lang="en", published="2005-03-01")).entities
    names = {e.name for e in ents}
    assert "Sony Pictures Entertainment" not in names or "Sony" in names, names


def test_a_person_is_no_short_name_of_a_body(pipe):
    ents = pipe(Article.new("Henry Ford was born in 1863. Ford gave money to the Ford Foundation.", lang="en",
                            published="2005-03-01")).entities
    assert any(e.name == "Henry Ford" and e.type == "PER" for e in ents)
    assert any(e.name == "Ford Foundation" and e.type == "ORG" for e in ents)


def test_one_digit_after_a_broadcaster_stays_a_body(pipe):
    ents = pipe(Article.new("Channel 4 and BBC Radio 4 covered the story.", lang="en",
                            published="2005-03-01")).entities
    assert all(e.type != "MISC" for e in ents), [(e.name, e.type) for e in ents]


def test_indonesian_unit_numbers_stay_bodies(pipe):
    # model_code_misc is on in the English pack only
    ents = pipe(Article.new("Komandan Kodim 0501 Kolonel Inf Husein Sagaf memimpin apel.", lang="id",
                            published="2025-10-01")).entities
    assert all(e.type != "MISC" for e in ents), [(e.name, e.type) for e in ents]


def test_a_body_whose_initials_spell_a_place_word_stays(pipe):
    # "DAM": a place feature of the pack, not one of its common-term acronyms (validation slice)
    ents = pipe(Article.new("said Shawn Burns, a fund manager at Deutsche Asset Management.", lang="en",
                            published="2005-03-01")).entities
    assert any(e.name == "Deutsche Asset Management" and e.type == "ORG" for e in ents), [(e.name, e.type) for e in ents]
