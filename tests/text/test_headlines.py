"""The Title Case headline test shared by the entities and the quotes stages."""

import pytest

from kabar.text.headlines import is_title_case


@pytest.mark.parametrize("line,want", [
    ("Menteri Keuangan Umumkan Anggaran Baru untuk Sekolah Desa", True),
    ("Menteri keuangan mengumumkan anggaran baru untuk sekolah desa.", False),
    ("Mayor Promises Cheaper Buses After Long Winter Strike", True),
    ("The mayor promised cheaper buses after the long winter strike.", False),
    ("Harga Naik", False),  # too short to tell
    ("Rapat Ditunda", False),
])
def test_title_case_headline(line, want):
    assert is_title_case(line.split()) is want


def test_long_lines_are_not_headlines():
    assert not is_title_case(("Kepala Dinas " * 13).split())
