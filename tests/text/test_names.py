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
