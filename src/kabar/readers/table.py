"""CSV and TSV tables of articles: one row per article, columns named by the user or found by their usual names.

Rows stream through Python's csv module (field size limit raised: a news body can be
megabytes long), so memory stays flat however many rows the file has. A table whose
text column cannot be found is refused with the columns it does have, never read as
one giant article.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import email.utils
import io
import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Optional, TextIO

from kabar import record as model

if TYPE_CHECKING:
    from kabar.readers import Metadata, ReadItem

# Usual column names, in order of preference (lower case; English and Indonesian news datasets).
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "full_text", "story", "isi", "isi_berita", "konten", "berita"),
    "title": ("title", "headline", "judul", "heading"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate", "datetime", "timestamp", "tanggal", "waktu"),
    "url": ("url", "link", "href", "source_url", "tautan"),
    "lang": ("lang", "language", "bahasa"),
    "id": (),  # a table's own "id" is often a row number: used as the record id only when named with --id-col
    "outlet": ("outlet", "source", "site", "publisher", "media", "sumber"),
}
FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


class TableError(ValueError):
    pass


@dataclass
class Columns:
    """Which column holds each field (``None``: find it by its usual names; ``""``: none)."""

    text: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    lang: Optional[str] = None
    id: Optional[str] = None
    outlet: Optional[str] = None
    date_format: Optional[str] = None  # strptime format for the date column; else ISO, RFC 2822 or dateparser

    def resolve(self, header: list[str], path: str) -> dict[str, str]:
        """field -> column name, or a TableError naming the columns the file has."""
        found = {h.strip().lower(): h for h in header}
        mapping: dict[str, str] = {}
        for f in dataclasses.fields(self):
            if f.name == "date_format":
                continue
            wanted = getattr(self, f.name)
            if wanted:
                if wanted not in header and wanted.lower() not in found:
                    raise TableError(f"{path}: no column {wanted!r} (--{_flag(f.name)}); columns found: {', '.join(header)}")
                mapping[f.name] = wanted if wanted in header else found[wanted.lower()]
            elif wanted is None:
                hit = next((found[a] for a in ALIASES[f.name] if a in found), None)
                if hit is not None:
                    mapping[f.name] = hit
        if "text" not in mapping:
            raise TableError(
                f"{path}: no article text column (tried {', '.join(ALIASES['text'])}); columns found: {', '.join(header)};"
                " name it with --text-col"
            )
        return mapping


def _flag(field: str) -> str:
    return {"published": "date-col"}.get(field, f"{field}-col")


_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")


class DateCells:
    """A table's date cells: the user's format, else ISO, numeric day/month (order learned from the
    table's unambiguous cells; month first until one shows otherwise), RFC 2822, then dateparser."""

    def __init__(self, fmt: Optional[str] = None):
        self.fmt = fmt
        self.day_first: Optional[bool] = None

    def parse(self, value: str) -> Optional[dt.date]:
        value = value.strip()
        if not value:
            return None
        if self.fmt:
            return dt.datetime.strptime(value, self.fmt).date()
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
        m = _NUMERIC_DATE.match(value)
        if m:
            return self._numeric(*(int(g) for g in m.groups()))
        try:
            return email.utils.parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError):
            pass
        import dateparser

        parsed = dateparser.parse(value, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
        return parsed.date() if parsed else None

    def _numeric(self, a: int, b: int, year: int) -> Optional[dt.date]:
        if a > 12 and self.day_first is None:
            self.day_first = True
        elif b > 12 and self.day_first is None:
            self.day_first = False
        day, month = (a, b) if self.day_first else (b, a)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None


def sniff_delimiter(head: str, default: str = ",") -> str:
    first = head.split("\n", 1)[0]
    counts = {d: first.count(d) for d in ("\t", ",", ";", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else default


def looks_like_table(head: str) -> bool:
    """At least three complete rows of the same width (3 or more fields) under a header of short names."""
    delim = sniff_delimiter(head)
    if delim not in head.split("\n", 1)[0]:
        return False
    try:
        rows = list(csv.reader(io.StringIO(head, newline=""), delimiter=delim))[:-1]  # the last row may be cut
    except csv.Error:
        return False
    rows = [r for r in rows if any(c.strip() for c in r)][:6]
    widths = {len(r) for r in rows}
    return len(rows) >= 3 and len(widths) == 1 and widths.pop() >= 3 and all(0 < len(h) <= 40 for h in rows[0])


def read_table(
    stream: TextIO, path: str, meta: "Metadata", columns: Optional[Columns] = None, *, delimiter: Optional[str] = None, skip: int = 0
) -> Iterator["ReadItem"]:
    """Rows of ``stream`` as records; ``skip`` rows already done are passed over without building records."""
    from kabar.readers import ReadItem

    csv.field_size_limit(FIELD_LIMIT)
    columns = columns or Columns()
    if delimiter is None:
        head = stream.read(65536)
        delimiter = sniff_delimiter(head)
        reader = csv.reader(_rejoin(head, stream), delimiter=delimiter)
    else:
        reader = csv.reader(stream, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        yield ReadItem(path, error="empty table: no header row", input=path)
        return
    except csv.Error as exc:
        yield ReadItem(path, error=f"not a readable table: {exc}", input=path)
        return
    try:
        mapping = columns.resolve(header, path)
    except TableError as exc:
        yield ReadItem(path, error=str(exc).removeprefix(f"{path}: "), input=path)
        return
    index = {field: header.index(col) for field, col in mapping.items()}
    dates = DateCells(columns.date_format)
    n = 0
    while True:
        line = reader.line_num + 1  # where the row starts (a quoted cell may span lines)
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a broken row: report it, and the table cannot be trusted past it
            yield ReadItem(f"{path}:{line}", error=f"bad table row: {exc}", input=path)
            return
        if not any(cell.strip() for cell in row):
            continue
        n += 1
        if n <= skip:
            continue
        yield _row_item(row, index, f"{path}:{line}", path, meta, dates)


def _row_item(row: list[str], index: dict[str, int], source: str, path: str, meta: "Metadata", dates: DateCells) -> "ReadItem":
    from kabar.readers import ReadItem

    cell = {field: (row[i].strip() if i < len(row) else "") for field, i in index.items()}
    text = cell.pop("text")
    if not text:
        return ReadItem(source, error="empty text cell", input=path)
    notes = []
    published = None
    if cell.get("published"):
        try:
            published = dates.parse(cell["published"])
        except ValueError as exc:
            return ReadItem(source, error=f"date {cell['published']!r}: {exc}", input=path)
        if published is None:
            notes.append(f"date {cell['published']!r} not understood; published left empty")
    found = model.Metadata(**{k: cell.get(k) or None for k in ("title", "url", "lang", "outlet")}, published=published)
    try:
        record = model.Article.new(text, meta.apply(found), id=cell.get("id") or None, meta={"source_format": "table"})
    except ValueError as exc:
        return ReadItem(source, error=f"bad article: {exc}", input=path)
    for note in notes:
        record.note(model.Issue("note", "reader", note))
    return ReadItem(source, record=record, input=path)


def _rejoin(head: str, rest: TextIO) -> Iterator[str]:
    """The sniffed head put back in front of the rest of the stream, without reading the rest into memory."""
    lines = list(io.StringIO(head, newline=""))  # splits at \n and \r only, as csv does
    last = lines.pop() if lines and not lines[-1].endswith(("\n", "\r")) else ""
    yield from lines
    joined = last + rest.readline()
    if joined:
        yield joined
    yield from rest


def count_rows(path: str, delimiter: Optional[str] = None) -> int:
    """Non-blank rows under the header (a quick pass, for progress bars)."""
    csv.field_size_limit(FIELD_LIMIT)
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        if delimiter is None:
            delimiter = sniff_delimiter(fh.read(65536))
            fh.seek(0)
        try:
            return max(0, sum(1 for row in csv.reader(fh, delimiter=delimiter) if any(c.strip() for c in row)) - 1)
        except csv.Error:
            return 0
