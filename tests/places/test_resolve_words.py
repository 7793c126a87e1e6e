"""The pack's place words as the places stage reads them: affixes stripped from names, unions built once."""

from __future__ import annotations

import pytest

from kabar.places.resolve import variants, words

# (lang, name, the variants: the name, then without its longest opening / closing place word, then without "the")
VARIANT_CASES = [
    ("en", "town of Bakwa", ["town of Bakwa", "Bakwa"]),
    ("en", "Balata refugee camp", ["Balata refugee camp", "Balata"]),  # the two-word suffix, not "camp"
    ("en", "the stronghold of Al-Bab", ["the stronghold of Al-Bab", "stronghold of Al-Bab"]),
    ("en", "stronghold of Al-Bab", ["stronghold of Al-Bab", "Al-Bab"]),
    ("en", "Homs province", ["Homs province", "Homs"]),
    ("en", "Province", ["Province"]),  # a place word alone is no name to strip
    ("id", "Kabupaten Bogor", ["Kabupaten Bogor", "Bogor"]),
    ("id", "Negara Bagian Bavaria", ["Negara Bagian Bavaria", "Bavaria"]),
]


@pytest.mark.parametrize("lang,name,expected", VARIANT_CASES)
def test_variants_strip_the_longest_place_word(lang, name, expected):
    assert variants(name, lang) == expected


@pytest.mark.parametrize("lang", ["en", "id"])
def test_unions_are_built_once_per_pack(lang):
    w = words(lang)
    assert words(lang) is w  # cached: the scorer asks for these for every mention
    assert w["located_preps"] == w["location_preps"] | w["target_preps"]
    assert w["phrase_preps"] == w["location_preps"] | w["target_preps"] | w["origin_preps"]
    assert w["name_tails"] == w["place_suffixes"] | w["facility_words"]
