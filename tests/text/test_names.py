"""kabar.text.names: the one-letter slip shared by the entities and actors stages."""
import pytest

from kabar.text.names import one_letter_more


@pytest.mark.parametrize("short, long_, expected", [
    ("Swiss", "Swisss", True),        # a letter doubled
    ("Amithya", "Aminthya", True),    # a letter inserted inside
    ("Sentra", "Sentral", True),      # a letter added at the end
    ("Kejari", "Kejati", False),      # a changed letter is no added letter
    ("Swisss", "Swiss", False),       # the order matters: the second is the longer
    ("Mamet", "Mamettt", False),      # two letters more
])
def test_one_letter_more(short, long_, expected):
    assert one_letter_more(short, long_) is expected


# Session 21 (speed-ent3)

def _slow_fold(text):
    """fold, key and head_word as they were before the ASCII paths: NFKC, the quote table, the dash regex."""
    import unicodedata

    from kabar.text.names import _QUOTES, DASHES, EDGE_PUNCT

    folded = " ".join(DASHES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split()) if text else ""
    t = " ".join(DASHES.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).split()).strip(EDGE_PUNCT) \
        if text else ""
    if t.endswith("'s") or t.endswith("'S"):
        t = t[:-2]
    elif t.endswith("s'"):
        t = t[:-1]
    key = t.casefold().strip(EDGE_PUNCT) if text else ""
    head = DASHES.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).casefold().split()
    return folded, key, head[0] if head else ""


def test_ascii_paths_fold_as_unicode_normalisation_does():
    """The ASCII paths of fold, key and head_word give the strings the full steps give, for every ASCII character
    alone and in names with dashes, underscores, backticks, possessives and runs of white space (and non-ASCII text
    still takes the full steps)."""
    import random

    from kabar.text.names import fold, head_word, key

    rng = random.Random(21)
    ascii_chars = "".join(chr(c) for c in range(128))
    texts = list(ascii_chars) + ["Russia's", "Kim Jong-Un", "`Amir`s", "States'", "snake_case_Name", "A\t B\n-C",
                                 "  Bank   of  England ", "MP's", "x`S", "'s", "Kilroy-Silk's", "ﬁnal Ⅻ", "Ａ１－ｂ",
                                 "İstanbul", "Straße", "Dara’a", "“Quoted”", "\u00ad-\u2013"]
    texts += ["".join(rng.choice(ascii_chars + "’é") for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    for text in texts:
        assert (fold.__wrapped__(text), key.__wrapped__(text), head_word(text)) == _slow_fold(text), repr(text)
    assert fold("Kim Jong-Un") == "kim jong un" and key("Russia's") == "russia" and head_word("Al-Qaeda") == "al"
