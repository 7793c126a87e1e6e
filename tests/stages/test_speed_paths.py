"""Entity, actor and place fast paths give what the plain computations give."""

from kabar.stages.entities.loading import pattern_anchors, resources


def test_pattern_anchors_take_a_required_token_of_every_pattern():
    pats = [
        [{"IS_TITLE": True, "OP": "+"}, {"TEXT": {"IN": ["Act", "Bill"]}}, {"IS_DIGIT": True, "OP": "?"}],
        [{"LOWER": {"IN": ["uu", "ruu"]}}, {"TEXT": {"REGEX": "^[A-Z]+$"}, "OP": "?"}],
        [{"TEXT": "Resolution"}, {"IS_DIGIT": True}],
        [{"LOWER": "of", "OP": "?"}, {"LOWER": {"IN": ["treaty"]}}],
    ]
    assert pattern_anchors(pats) == (frozenset({"Act", "Bill", "Resolution"}), frozenset({"uu", "ruu", "treaty"}))
    # a pattern with no required literal token: no anchors, the Matcher always runs
    assert pattern_anchors(pats + [[{"IS_TITLE": True, "OP": "+"}, {"IS_DIGIT": True}]]) is None


def test_a_doc_without_an_anchor_has_no_pattern_match(nlp_en=None):
    import spacy

    res = resources("en", use_ner=False)
    texts, lowers = res.pattern_anchors
    assert "Act" in texts
    nlp = spacy.blank("en")
    for text in ("The Education Act 1944 was passed.", "He spoke of the Plan for Growth and the Treaty.",
                 "The minister of finance said on Monday that taxes rise."):
        doc = nlp.make_doc(text)
        words = [t.text for t in doc]
        skipped = texts.isdisjoint(words) and lowers.isdisjoint(w.lower() for w in words)
        found = res.matcher(doc) if len(res.matcher) else []
        assert not (skipped and found)


def test_article_home_counts_an_institution_only_as_a_whole_word():
    from kabar.record import Article
    from kabar.text.home import _whole_word, article_home

    assert len(_whole_word("home office").findall("the home office and the home officers")) == 1
    rec = Article(id="a", text="Downing Street said. The Home Office agreed. Downing Streets", lang="en")
    assert article_home(rec, []) == "GBR"


def test_company_cues_by_length_hold_every_cue_once_per_language():
    from kabar.stages.entities.companies import _by_length

    res = resources("en", use_ner=False)
    got = _by_length(res, "after", res.company_after)
    assert got is _by_length(res, "after", res.company_after)  # made once
    assert sorted(c for _, cues in got for c in cues) == sorted(set(res.company_after))
    assert all(len(c) == n for n, cues in got for c in cues)


def test_punctuation_units_by_strip_equal_the_character_test():
    from kabar.stages.events.units import PUNCT, sentence_units

    toks = [(0, ","), (2, "—"), (4, "said"), (9, "..."), (13, "a-b"), (17, "“"), (19, "!?")]
    kinds = [u.kind for u in sentence_units(toks, [])]
    assert kinds == ["punct" if all(c in PUNCT for c in t) else "word" for _, t in toks]
