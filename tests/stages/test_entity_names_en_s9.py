"""Session-9 English name classes counted over a fresh census slice (80 BBC politics + 80 business articles past
the first 200 of each desk, issue 11): laws, documents and wars are MISC whatever body word sits inside;
household company names the model missed; two known names joined by "and" are two; a bare "former" before one
word is no person; QC/MP letters are no part of a name."""

from __future__ import annotations

from kabar.record import Article


def _ents(pipe, text, published="2005-01-15"):
    return pipe(Article.new(text, lang="en", published=published)).entities


def _by_name(ents):
    return {e.name: e for e in ents}


def test_laws_with_a_body_word_inside_are_misc(pipe):
    ents = _by_name(_ents(pipe, "In November, the use of the Parliament Act meant a total ban on hunting. The Serious "
                                "Organised Crime and Police Bill proposes extra powers. The rules came from the "
                                "Sarbanes-Oxley Act, part of the US clean-up."))
    for name in ("Parliament Act", "Serious Organised Crime and Police Bill", "Sarbanes-Oxley Act"):
        assert ents[name].type == "MISC", name
        assert ents[name].actor is None, name


def test_conventions_agreements_and_wars_are_misc(pipe):
    ents = _by_name(_ents(pipe, "He said the rules were incompatible with the European Convention on Human Rights as "
                                "they stood. The TGWU hammered out the Warwick Agreement with ministers. The plan was "
                                "likened to the Marshall Plan used to rebuild Europe after World War Two. Parts of the "
                                "Bill of Rights were shown, and the Act of Settlement was cited."))
    for name in ("European Convention on Human Rights", "Warwick Agreement", "World War Two", "Bill of Rights",
                 "Act of Settlement"):
        assert ents[name].type == "MISC", name


def test_a_person_called_bill_stays_a_person(pipe):
    ents = _by_name(_ents(pipe, "Bill Clinton met California attorney general Bill Lockyer on Monday."))
    assert ents["Bill Clinton"].type == "PER"
    assert ents["Bill Lockyer"].type == "PER"


def test_household_company_names_the_model_misses(pipe):
    ents = _by_name(_ents(pipe, "Fiat claims that GM is obliged to buy the unit. Shares in Barclays fell 2%. "
                                "Toyota and Nissan are selling hybrids."))
    for name in ("Fiat", "Barclays", "Toyota", "Nissan"):
        assert name in ents and ents[name].type == "ORG", name


def test_company_name_is_no_persons_surname_nor_part_of_a_longer_name(pipe):
    ents = _ents(pipe, "Lord Sainsbury gave £2m to Labour. Sainsbury's gift was the largest. Harrison Ford starred.")
    assert not any(e.type == "ORG" and e.name.startswith("Sainsbury") for e in ents)
    assert not any(e.type == "ORG" and e.name == "Ford" for e in ents)


def test_company_name_takes_no_dash(pipe):
    ents = _ents(pipe, "GM swapped a 6% stake in itself for 20% of Fiat - and gave Fiat a put option.")
    names = {e.name for e in ents}
    assert "Fiat" in names and "Fiat -" not in names


def test_place_before_based_is_no_company(pipe):
    ents = _by_name(_ents(pipe, "Barclays held talks with US bank Wells Fargo. A tie-up between Barclays and "
                                "California-based Wells Fargo would create a giant."))
    assert ents["California"].type == "GPE"


def test_two_known_names_joined_by_and_are_two(pipe):
    ents = _by_name(_ents(pipe, "Figures from Nationwide and Halifax showed a fall. The Nationwide said prices fell "
                                "while Halifax said they rose. The Securities and Exchange Commission said so."))
    assert "Nationwide and Halifax" not in ents
    assert ents["Halifax"].type == "ORG" and ents["Nationwide"].type == "ORG"
    assert ents["Securities and Exchange Commission"].type == "ORG"


def test_bare_former_before_one_word_is_no_person(pipe):
    ents = _by_name(_ents(pipe, "Talks depend on co-operation with the war crimes tribunal for the former Yugoslavia. "
                                "Former minister Clare Short said no."))
    assert ents["Yugoslavia"].type == "GPE"
    assert ents["Clare Short"].type == "PER"


def test_qc_letters_are_no_part_of_the_name(pipe):
    ents = _by_name(_ents(pipe, "Ben Emmerson QC, representing seven of the detainees, said the men had been held."))
    assert "Ben Emmerson" in ents and ents["Ben Emmerson"].type == "PER"


def test_g8_is_an_igo(pipe):
    ents = _by_name(_ents(pipe, "The UK wants to make Africa a priority of its chairmanship of the G8 this year."))
    assert ents["G8"].type == "ORG" and ents["G8"].actor.startswith("IGO")


def test_brands_before_a_drink_are_products(pipe):
    ents = _by_name(_ents(pipe, "Diageo's best-known brands include Smirnoff vodka and Guinness stout. Allied "
                                "Domecq's big names include Malibu rum and Ballantine's whisky."))
    for name in ("Guinness", "Malibu"):
        assert ents[name].type == "MISC", name
    assert all(e.type in ("MISC", "ORG") for e in ents.values() if e.name.startswith("Ballantine"))


def test_commons_and_lords_are_two_bodies(pipe):
    ents = _by_name(_ents(pipe, "It has been unravelling in the House of Commons. It will need the agreement of the "
                                "House of Lords, he said."))
    assert ents["House of Commons"].actor == "GBRLEG" and ents["House of Lords"].actor == "GBRLEG"


def test_a_list_with_a_known_person_is_a_list_of_people(pipe):
    ents = _by_name(_ents(pipe, "Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem's "
                                "elections chief Lord Rennard said."))
    assert ents["Oliver Letwin"].type == "PER"


def test_treasury_is_a_ministry_not_a_place(pipe):
    ents = _by_name(_ents(pipe, "But the Treasury said there would be no relaxation of discipline. The US Treasury "
                                "agreed."))
    assert ents["Treasury"].type == "ORG" and ents["Treasury"].actor == "GBRGOV"
    assert ents["US Treasury"].actor == "USAGOV"
