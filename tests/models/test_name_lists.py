"""The name-list feature component: longest matches, BILU codes in token tags, save and load."""
from __future__ import annotations

import json

import spacy

from kabar.models.name_lists import NameLists


def _lists(tmp_path, data) -> NameLists:
    path = tmp_path / "lists.json"
    path.write_text(json.dumps(data))
    nlp = spacy.blank("id")
    comp = nlp.add_pipe("kabar_name_lists", name="name_lists")
    comp.initialize(nlp=nlp, path=str(path))
    return comp


def test_longest_match_wins_and_codes_are_bilu(tmp_path):
    comp = _lists(tmp_path, {"LOC": ["Jawa", "Jawa Barat"], "PER": ["Ridwan Kamil"]})
    doc = spacy.blank("id")("Gubernur Jawa Barat Ridwan Kamil datang ke Jawa .")
    comp(doc)
    assert [(t.text, t.tag_) for t in doc if t.tag_] == [
        ("Jawa", "B-LOC"), ("Barat", "L-LOC"), ("Ridwan", "B-PER"), ("Kamil", "L-PER"), ("Jawa", "U-LOC")]


def test_a_name_in_two_lists_carries_both_labels(tmp_path):
    comp = _lists(tmp_path, {"LOC": ["Madura"], "ORG": ["Madura"]})
    doc = comp(spacy.blank("id")("Madura United"))
    assert doc[0].tag_ == "U-LOC+ORG" and doc[1].tag_ == ""


def test_case_matters_and_partial_prefix_does_not_match(tmp_path):
    comp = _lists(tmp_path, {"ORG": ["Bank Indonesia Timur"], "LOC": ["Bunga"]})
    doc = comp(spacy.blank("id")("bunga di Bank Indonesia hari ini"))
    assert all(t.tag_ == "" for t in doc)


def test_names_are_tokenised_like_the_text(tmp_path):
    comp = _lists(tmp_path, {"ORG": ["Al-Ahly S.C."]})
    doc = comp(spacy.blank("id")("Klub Al-Ahly S.C. menang."))
    assert [t.tag_ for t in doc if t.tag_][0] == "B-ORG" and [t.tag_ for t in doc if t.tag_][-1] == "L-ORG"


def test_round_trip(tmp_path):
    comp = _lists(tmp_path, {"LOC": ["Jawa Barat"], "PER": ["Ridwan Kamil"]})
    comp.to_disk(tmp_path / "out")
    again = NameLists().from_disk(tmp_path / "out")
    assert again.names == comp.names
    assert again.matches("di Jawa Barat oleh Ridwan Kamil".split()) == [(1, 3, "LOC"), (4, 6, "PER")]


def test_empty_doc(tmp_path):
    comp = _lists(tmp_path, {"LOC": ["Jawa"]})
    assert len(comp(spacy.blank("id")(""))) == 0
