"""A firm described by its country before its name is that country's business actor (GOLD: <country>BUS), through
the pack's firm role nouns and industry words (docs/actors.md, "Session 14: firms"). Whole pipeline, so the
entities stage's own spans are what the actors stage codes."""

from __future__ import annotations

import pytest

from kabar.pipeline import Pipeline
from kabar.record import Article


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(on_error="raise")


def _codes(pipe, lang, text):
    return {e.name: e.actor for e in pipe(Article.new(text, lang=lang, published="2005-01-10")).entities}


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "Russian oil giant Yukos has accused the Kremlin of theft.", "Yukos", "RUSBUS"),
    ("en", "US aircraft maker Boeing said orders rose.", "Boeing", "USABUS"),
    ("en", "Shares in Japanese carmaker Toyota rose on Monday.", "Toyota", "JPNBUS"),
    ("en", "Dutch lender ABN Amro said profits fell.", "ABN Amro", "NLDBUS"),
    ("en", "German airline Lufthansa may sue over the visit.", "Lufthansa", "DEUBUS"),
    # session 17: more firm nouns and industry words
    ("en", "Italian dairy firm Parmalat has sued 45 banks.", "Parmalat", "ITABUS"),
    ("en", "US agrochemical giant Monsanto sued the farmers.", "Monsanto", "USABUS"),
    ("en", "US chipmaker Intel sued a rival.", "Intel", "USABUS"),
    ("en", "UK advertising firm WPP said profits rose.", "WPP", "GBRBUS"),
    ("id", "Perusahaan asal Jepang Sony digugat oleh pemerintah Amerika Serikat.", "Sony", "JPNBUS"),
])
def test_firm_takes_its_country(pipe, lang, text, name, code):
    assert _codes(pipe, lang, text).get(name) == code


@pytest.mark.parametrize("lang,text,name", [
    # a central bank named "Bank of X" is no firm ("bank" is not a firm noun)
    ("en", "The Bank of Japan held rates and the Reserve Bank of India cut them.", "Bank of Japan"),
    ("en", "The Bank of Japan held rates and the Reserve Bank of India cut them.", "Reserve Bank of India"),
])
def test_central_bank_is_no_firm(pipe, lang, text, name):
    assert not (_codes(pipe, lang, text).get(name) or "").endswith("BUS")


def test_group_is_no_firm_noun(pipe):
    # "group" is no firm noun: "head of group marketing" after a name is no firm apposition
    codes = _codes(pipe, "en", "Nigel Marson, head of group marketing at Transport for London, said the posters work.")
    assert not (codes.get("Nigel Marson") or "").endswith("BUS")


def test_firm_without_country_has_no_bare_code(pipe):
    # a firm noun with no country: no code at all, never a bare "BUS"
    codes = _codes(pipe, "en", "Software giant Microsoft said sales rose.")
    assert codes.get("Microsoft") is None
    assert "BUS" not in codes.values()


# Session 23 (events-en23b)
def test_european_firm_is_eurbus(pipe):
    # the European adjective composes with a firm noun as a country does (GOLD codes Airbus EURBUS)
    codes = _codes(pipe, "en", "Both sides hope to reach a deal over aid to European aircraft maker Airbus.")
    assert codes.get("Airbus") == "EURBUS"


def test_europe_itself_stays_a_place_and_the_adjective_codes_no_one(pipe):
    # only the adjective composes: "Europe" is still a LOC, and a bare "European" NORP stays uncoded (coded EUR, the
    # events coder took it as a party: "European single currency has shot up", "Former European 200m champion X")
    ents = pipe(Article.new("Exports to Europe rose last year. Former European 200m champion Dougie Walker retired.",
                            lang="en", published="2005-01-10")).entities
    assert [e.type for e in ents if e.name == "Europe"] == ["LOC"]
    assert all(e.actor is None for e in ents if e.name == "European")
