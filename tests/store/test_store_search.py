import pytest
from store_records import build_record

from kabar.store.fts import fts5_query

ODD_QUERIES = ['"', '""', "-", "--", "AND", "OR", "NOT", "*", "Retno*", "a AND", "OR Retno", "NEAR(", "(", ")", ":",
               "title:Retno", "Retno -", "'", "^", "kata\"Retno", "-Retno", "\\", "%", "_", "   ", "", "🙂"]


def test_search_finds_a_word_with_a_marked_snippet(store):
    store.save(build_record("a", url="u/a", extra=" Pelabuhan Ashdod ditutup."))
    store.save(build_record("b", url="u/b", lang="en"))
    [hit] = store.search("ashdod")
    assert hit["id"] == "a" and hit["title"] == "Indonesia kecam serangan di perbatasan"
    assert "[Ashdod]" in hit["snippet"]
    assert hit["published"] == "2024-03-05"
    assert isinstance(hit["rank"], float)
    assert {h["id"] for h in store.search("kekerasan")} == {"a", "b"}
    assert [h["id"] for h in store.search("kekerasan", lang="en")] == ["b"]
    assert len(store.search("perbatasan", limit=1)) == 1  # a word only in the titles
    assert store.search("kekerasan", limit=0) == []


def test_search_language(store):
    store.save(build_record("a", url="u/a", extra=" Pelabuhan Ashdod ditutup."))
    store.save(build_record("b", url="u/b", extra=" Bandara Ashdod dibuka."))
    assert {h["id"] for h in store.search("Ashdod")} == {"a", "b"}
    assert [h["id"] for h in store.search("Ashdod pelabuhan")] == ["a"]  # all words required
    assert {h["id"] for h in store.search("pelabuhan OR bandara")} == {"a", "b"}
    assert [h["id"] for h in store.search("Ashdod -bandara")] == ["a"]
    assert [h["id"] for h in store.search('"Pelabuhan Ashdod"')] == ["a"]
    assert store.search('"Ashdod Pelabuhan"') == []  # a phrase keeps its order
    assert store.search("zzzunfindable") == []


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_never_raise(store, query):
    store.save(build_record())
    hits = store.search(query)
    assert isinstance(hits, list)


def test_search_follows_updates_and_deletes(store):
    store.save(build_record("a", url="u/a", extra=" Pelabuhan Ashdod ditutup."))
    assert store.search("Ashdod")
    store.save(build_record("a", url="u/a", extra=" Pelabuhan Haifa ditutup."))
    assert store.search("Ashdod") == []
    assert [h["id"] for h in store.search("Haifa")] == ["a"]
    store.save(build_record("a2", url="u/a", extra=" Pelabuhan Eilat ditutup."))  # same url: replaces "a"
    assert store.search("Haifa") == []
    assert [h["id"] for h in store.search("Eilat")] == ["a2"]
    store.delete("a2")
    assert store.search("Eilat") == []


def test_fts5_query_quotes_every_term():
    assert fts5_query("a b") == '"a" AND "b"'
    assert fts5_query('x OR y -z "p q"') == '("x" OR "y") AND "p q" NOT "z"'
    assert fts5_query('kata"Retno') == '"kata""Retno"'
    assert fts5_query("AND") == '"AND"'
    for q in ("", "*", "-", "-x", "OR", '"'):
        assert fts5_query(q) == ""
