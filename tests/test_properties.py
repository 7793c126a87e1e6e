"""Property-based tests (hypothesis) over the readers and the pipeline: whatever comes in, nothing escapes.

Arbitrary Unicode, mixed scripts, huge lines, random HTML and random JSONL: a reader gives a
record or a one-line reason, never an exception; the pipeline (stages raising, not just noting,
their errors) returns a record whose every span lies inside the text and shows its own text.
Example counts are kept small (settings below) so the suite stays fast.
"""

from __future__ import annotations

import json
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kabar.pipeline import Pipeline
from kabar.readers import Metadata, read_paths
from kabar.record import Article

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PIPELINE_RUNS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

WORDS = (
    "Presiden Joko Widodo mengatakan kata Menteri Retno Marsudi di Jakarta Senin 5 Maret 2024 serangan menewaskan 12 orang "
    "The minister said on Friday that Russia attacked Ukraine killing 3 people in Kyiv according to officials "
    "\"Kami menolak,\" ujarnya. “We refuse,” he said. 'ya' (AFP) — Rp 5 miliar 10% 3,5 km ke-2 "
    "Путин заявил 北京 报道 بغداد قال الرئيس हिन्दी 😀 ﬁ e\u0301 \u200b \ufeff"
).split(" ")
word = st.sampled_from(WORDS) | st.text(min_size=1, max_size=12)
sentence = st.lists(word, min_size=1, max_size=25).map(" ".join).map(lambda s: s + st_choice_end(s))
separator = st.sampled_from([" ", "\n", "\n\n", "\r\n", "\t", "  "])


def st_choice_end(s: str) -> str:
    return "." if len(s) % 3 else ""


@st.composite
def article_text(draw) -> str:
    parts = draw(st.lists(st.tuples(sentence, separator), min_size=1, max_size=12))
    text = "".join(a + b for a, b in parts)
    if draw(st.booleans()):  # one long line (thousands of characters, no line break)
        text += "\n" + " ".join(draw(st.lists(word, min_size=300, max_size=900)))
    return text


@st.composite
def random_html(draw) -> str:
    tags = ["p", "div", "article", "span", "h1", "script", "table", "td", "a", "b", "i", "br", "figure", "figcaption"]
    pieces = ["<html><head><title>" + draw(st.text(max_size=30)) + "</title></head><body>"]
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(st.sampled_from(tags))
        inner = draw(sentence | st.text(max_size=40))
        closed = draw(st.booleans())
        pieces.append(f"<{tag}>{inner}" + (f"</{tag}>" if closed else ""))
    pieces.append(draw(st.sampled_from(["</body></html>", "", "<!--", "<![CDATA[", "&#27;&#0;&amp"])))
    return "".join(pieces)


json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30), lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3), max_leaves=6)


@st.composite
def jsonl_line(draw) -> bytes:
    kind = draw(st.sampled_from(["article", "object", "garbage", "value"]))
    if kind == "article":
        obj = {"text": draw(article_text()), **draw(st.dictionaries(st.sampled_from(["title", "published", "lang", "url", "outlet", "id", "html"]), json_value, max_size=4))}
        return json.dumps(obj, ensure_ascii=draw(st.booleans())).encode()
    if kind == "object":
        return json.dumps(draw(st.dictionaries(st.text(max_size=8), json_value, max_size=4))).encode()
    if kind == "value":
        return json.dumps(draw(json_value)).encode()
    return draw(st.binary(max_size=60)).replace(b"\n", b" ")


def _read_all(path) -> list:
    items = list(read_paths([path], Metadata()))
    for item in items:
        assert item.ok or (item.error and "\n" not in item.error), item
        if item.ok:
            text = item.record.text
            assert text.strip()
            assert not any(ord(c) < 32 and c not in "\n\t" for c in text)
    return items


@FAST
@given(text=st.text(max_size=3000) | article_text())
def test_text_reader_never_raises(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("t") / "a.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _read_all(path)


@FAST
@given(data=st.binary(max_size=2000))
def test_any_bytes_never_raise(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("b") / "a.bin"
    path.write_bytes(data)
    _read_all(path)


@FAST
@given(html=random_html())
def test_html_reader_never_raises(tmp_path_factory, html):
    path = tmp_path_factory.mktemp("h") / "a.html"
    path.write_text(html, encoding="utf-8", errors="surrogatepass")
    _read_all(path)


@FAST
@given(lines=st.lists(jsonl_line(), min_size=1, max_size=6))
def test_jsonl_reader_gives_one_item_per_non_blank_line(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("j") / "a.jsonl"
    path.write_bytes(b"\n".join(lines))
    items = _read_all(path)
    assert len(items) == sum(1 for line in lines if line.strip())


_PIPELINE: list[Pipeline] = []


def _pipeline() -> Pipeline:
    if not _PIPELINE:
        _PIPELINE.append(Pipeline(on_error="raise"))  # a stage's exception fails the test, not a warning
    return _PIPELINE[0]


def _shown(text: str, start: int, end: int, claimed: str) -> bool:
    return 0 <= start < end <= len(text) and " ".join(text[start:end].split()) == " ".join(claimed.split())


@PIPELINE_RUNS
@given(text=article_text(), lang=st.sampled_from([None, "id", "en", "xx"]))
def test_pipeline_spans_point_inside_the_text_and_show_it(text, lang):
    record = _pipeline()(Article.new(text, lang=lang))
    t = record.text
    assert not [i for i in record.issues if i.kind == "dropped"], record.warnings
    for s in record.sentences:
        assert 0 <= s.start < s.end <= len(t)
    for e in record.entities:
        for m in e.mentions:
            assert _shown(t, m.start, m.end, m.text), (m, t[m.start:m.end])
    for q in record.quotes:
        assert 0 <= q.start < q.end <= len(t)
    for x in [*record.dates, *record.quantities]:
        assert _shown(t, x.start, x.end, x.text), (x, t[x.start:x.end])
    for ev in record.events:
        assert 0 <= ev.evidence.start < ev.evidence.end <= len(t)


@FAST
@given(text=st.text(max_size=4000) | article_text(), size=st.integers(1, 700))
def test_sections_give_the_text_back_in_pieces_no_longer_than_asked(text, size):
    from kabar.text.sections import sections

    pieces = sections(text, size)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces) or text == ""
