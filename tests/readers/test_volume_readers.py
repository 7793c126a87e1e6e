"""Readers for volume: WARC archives, CSV/TSV tables, RSS/Atom feeds, streamed item by item."""

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kabar.readers import Metadata, ReadOptions, read_paths
from kabar.readers.table import Columns

PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | World</nav>
<article><h1>{title}</h1><p>{body}</p><p>The talks will resume next week in Geneva, a spokesman said on Monday.</p></article>
<footer>Copyright Example News</footer></body></html>"""


def _warc(path, gzip=True):
    """A small crawl: 2 HTML pages, a request record, an image, a 404 page, and an HTML page with no text."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)

        def response(url, body: bytes, ctype="text/html; charset=utf-8", status="200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        for i, (title, body) in enumerate([("Ceasefire agreed", "Both sides agreed to a ceasefire on Sunday after months of fighting."),
                                           ("Floods hit the coast", "Heavy rain flooded hundreds of homes along the coast on Tuesday.")]):
            req = StatusAndHeaders(f"GET /a{i} HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(f"https://news.example.org/a{i}", "request", http_headers=req))
            response(f"https://news.example.org/a{i}", PAGE.format(title=title, body=body).encode())
        response("https://news.example.org/logo.png", b"\x89PNG....", ctype="image/png")
        response("https://news.example.org/gone", b"<html><body>Not found</body></html>", status="404 Not Found")
        response("https://news.example.org/empty", b"<html><head><script>var x = 1;</script></head><body></body></html>")
    return path


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_reads_html_responses_and_skips_the_rest_with_reasons(tmp_path, gzip):
    path = _warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), gzip=gzip)
    items = list(read_paths([path]))
    records = [i.record for i in items if i.ok]
    assert [r.title for r in records] == ["Ceasefire agreed", "Floods hit the coast"]
    assert records[0].url == "https://news.example.org/a0" and "ceasefire on Sunday" in records[0].text
    assert "Copyright" not in records[0].text
    assert sorted(i.skipped for i in items if i.skipped) == ["HTTP status 404", "WARC request record", "WARC request record", "not HTML (image/png)"]
    [failed] = [i for i in items if i.error]
    assert failed.source.startswith(f"{path}@") and "no main text" in failed.error
    # a resumed run passes over the records it has done, by count, without parsing them
    rest = list(read_paths([path], done=lambda p: 2))
    assert len(rest) == len(items) - 2 and rest[0].source == items[2].source


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_warc_yields_what_it_can_and_says_where_it_broke(tmp_path, gzip):
    whole = _warc(tmp_path / ("whole.warc.gz" if gzip else "whole.warc"), gzip=gzip)
    image_at = int(list(read_paths([whole]))[4].source.rsplit("@", 1)[1])  # the record after the second page
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(whole.read_bytes()[: image_at + 60])
    items = list(read_paths([cut]))
    assert [i.record.title for i in items if i.ok] == ["Ceasefire agreed", "Floods hit the coast"]
    assert items[-1].error and ("truncated" in items[-1].error or "corrupt" in items[-1].error)
    assert items[-1].source.startswith(f"{cut}@")


DETIK_LIKE = (
    'id,judul,tautan,tanggal,isi_berita,Summary\n'
    '1,"Presiden Resmikan Jembatan","https://news.example.id/a1",10/21/2025 20:43,"Presiden meresmikan jembatan baru di Surabaya.\n\n""Ini untuk rakyat,"" katanya.",ringkas\n'
    '2,Banjir di Jakarta,https://news.example.id/a2,10/02/2025 08:00,"Banjir merendam ratusan rumah, kata petugas.",ringkas\n'
    '3,Kosong,https://news.example.id/a3,10/03/2025 08:00,,ringkas\n'
)


def test_csv_found_by_usual_column_names(tmp_path):
    f = tmp_path / "berita.csv"
    f.write_text(DETIK_LIKE, encoding="utf-8")
    items = list(read_paths([f]))
    ok = [i.record for i in items if i.ok]
    assert [r.title for r in ok] == ["Presiden Resmikan Jembatan", "Banjir di Jakarta"]
    assert '"Ini untuk rakyat," katanya.' in ok[0].text  # a quoted multi-line cell stays one article
    assert [str(r.published) for r in ok] == ["2025-10-21", "2025-10-02"]  # month first, learned from 10/21
    assert ok[1].url == "https://news.example.id/a2"
    assert ok[0].id != "1"  # a table's row number is not taken for a record id unless asked
    [bad] = [i for i in items if not i.ok]
    assert bad.source == f"{f}:6"  # the line the row starts on and "empty text" in bad.error


def test_csv_with_a_column_mapping_and_tsv(tmp_path):
    f = tmp_path / "export.tsv"
    f.write_text("doc\theadline\twhen\tbody_text\nx-1\tMinister resigns\t02/03/2024\tThe finance minister resigned on Friday.\n", encoding="utf-8")
    cols = Columns(text="body_text", title="headline", published="when", id="doc", date_format="%d/%m/%Y")
    [item] = list(read_paths([f], options=ReadOptions(columns=cols)))
    r = item.record
    assert (r.id, r.title, str(r.published), r.text) == ("x-1", "Minister resigns", "2024-03-02", "The finance minister resigned on Friday.")


def test_csv_without_a_text_column_is_a_clear_error_naming_the_columns(tmp_path):
    f = tmp_path / "scores.csv"
    f.write_text("team,points,rank\nA,3,1\nB,1,2\n", encoding="utf-8")
    [item] = list(read_paths([f]))
    assert not item.ok and item.source == str(f)
    assert "no article text column" in item.error and "team, points, rank" in item.error and "--text-col" in item.error
    [item] = list(read_paths([f], options=ReadOptions(columns=Columns(text="isi"))))
    assert "no column 'isi'" in item.error and "team, points, rank" in item.error


def test_a_table_given_as_text_is_refused_not_read_as_one_giant_article(tmp_path):
    f = tmp_path / "berita.txt"
    f.write_text(DETIK_LIKE * 3, encoding="utf-8")
    [item] = list(read_paths([f]))
    assert not item.ok and "looks like a CSV/TSV table" in item.error
    # without a suffix, it is read as the table it is
    g = tmp_path / "berita"
    g.write_text(DETIK_LIKE, encoding="utf-8")
    assert sum(i.ok for i in read_paths([g])) == 2


def test_jsonl_streams_and_resumes_by_line(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(f'{{"text": "Artikel nomor {i} tentang banjir di Jakarta.", "title": "T{i}"}}' for i in range(5)) + "\n\n", encoding="utf-8")
    assert [i.record.title for i in read_paths([f], done=lambda p: 3)] == ["T3", "T4"]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example News</title><link>https://news.example.org/</link>
<item><title>Ceasefire agreed</title><link>https://news.example.org/a0</link>
<pubDate>Mon, 03 Mar 2025 08:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>{long}</p>]]></content:encoded></item>
<item><title>Broken entry</title></item>
<item><title>Floods hit the coast</title><link>https://news.example.org/a1</link>
<description>Heavy rain flooded hundreds of homes along the coast on Tuesday, officials said.</description></item>
</channel></rss>"""
LONG = "Both sides agreed to a ceasefire on Sunday after months of fighting, the mediators said. " * 8


def test_feed_with_a_broken_entry_reports_it_and_reads_the_others(tmp_path):
    f = tmp_path / "news.rss"
    f.write_text(RSS.replace("{long}", LONG), encoding="utf-8")
    items = list(read_paths([f]))  # no fetcher: entries are read from the feed alone
    assert [i.ok for i in items] == [True, False, True]
    first, broken, third = items
    assert first.record.title == "Ceasefire agreed" and str(first.record.published) == "2025-03-03"
    assert first.record.meta["feed_text"] == "feed" and first.record.outlet == "Example News"
    assert broken.source == f"{f}#entry2" and "neither text nor a link" in broken.error
    assert third.record.meta["feed_text"] == "summary" and third.record.url == "https://news.example.org/a1"


def test_not_a_feed_is_an_error_naming_the_file(tmp_path):
    f = tmp_path / "notes.xml"
    f.write_text("<?xml version='1.0'?><notes><note>hi</note></notes>", encoding="utf-8")
    [item] = list(read_paths([f]))
    assert not item.ok and item.source == str(f) and "not a readable RSS/Atom feed" in item.error


def test_binary_file_without_suffix_is_refused(tmp_path):
    f = tmp_path / "blob"
    f.write_bytes(b"\x00\x01\x02binary" * 100)
    [item] = list(read_paths([f], Metadata()))
    assert not item.ok and "binary" in item.error


def test_a_date_cell_that_cannot_be_read_leaves_the_date_empty_and_says_so(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("title,text,date\nA,Banjir merendam rumah warga di Jakarta.,not a date at all\n", encoding="utf-8")
    [item] = list(read_paths([f]))
    assert item.record.published is None
    assert item.record.warnings == ["reader: date 'not a date at all' not understood; published left empty"]
