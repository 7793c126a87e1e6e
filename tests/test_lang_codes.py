import pytest

from kabar.lang.codes import UnknownLanguage, normalise_lang


@pytest.mark.parametrize(
    "written, code",
    [("EN", "en"), ("en-US", "en"), ("en_GB", "en"), ("eng", "en"), ("English", "en"), ("ID", "id"), ("ind", "id"),
     ("in", "id"), ("id-ID", "id"), ("Indonesian", "id"), ("ger", "de"), ("ace", "ace"), ("xx", "xx"), (" fr ", "fr")],
)
def test_language_codes_are_normalised(written, code):
    assert normalise_lang(written) == code


@pytest.mark.parametrize("empty", [None, "", "  "])
def test_no_language_is_none(empty):
    assert normalise_lang(empty) is None


@pytest.mark.parametrize("bad", ["zz", "e", "12", "en glish", "ëng"])
def test_unknown_language_is_refused_with_a_clear_message(bad):
    with pytest.raises(UnknownLanguage, match="unknown language .* ISO 639 code"):
        normalise_lang(bad)
