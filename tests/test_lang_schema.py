"""Language packs are checked against the schema when loaded: a misspelt key is an error, not an empty list."""

import pytest

from kabar import lang
from kabar.lang import LangPack, PackError, schema


def _pack(tmp_path, code, topic, text):
    (tmp_path / code).mkdir(exist_ok=True)
    (tmp_path / "xx").mkdir(exist_ok=True)
    (tmp_path / code / f"{topic}.toml").write_text(text, encoding="utf-8")
    return LangPack(code, tmp_path)


def test_every_shipped_pack_follows_the_schema():
    for code in lang.available() + [lang.COMMON]:
        for topic in schema.SCHEMA:
            lang.pack(code).data(topic)


def test_a_misspelt_key_names_itself(tmp_path):
    p = _pack(tmp_path, "zz", "quotes", 'speach_verbs = ["kata"]\n')
    with pytest.raises(PackError, match="'speach_verbs'"):
        p.data("quotes")


def test_a_misspelt_key_inside_a_fixed_table(tmp_path):
    p = _pack(tmp_path, "zz", "events", '[syntax]\npasive_aux = ["was"]\n')
    with pytest.raises(PackError, match="'pasive_aux'.*\\[syntax\\]"):
        p.data("events")


def test_a_value_of_the_wrong_kind(tmp_path):
    p = _pack(tmp_path, "zz", "quotes", 'speech_verbs = "kata"\n')
    with pytest.raises(PackError, match="speech_verbs.*an array"):
        p.data("quotes")


def test_a_good_pack_loads_and_extends_the_common_lists(tmp_path):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "segment.toml").write_text('abbreviations = ["Dr."]\n', encoding="utf-8")
    p = _pack(tmp_path, "zz", "segment", 'abbreviations = ["Bpk."]\n')
    assert p.data("segment") == {"abbreviations": ["Dr.", "Bpk."]}
