"""CSV: one row per event, quote or entity, with a header; list columns joined by ";".

Plain RFC 4180 (``csv`` module, comma, double quotes, UTF-8), so pandas,
R's read.csv and spreadsheets open it without options.
"""

from __future__ import annotations

import csv
from typing import IO, Any, Iterable

from kabar.export import Format, register
from kabar.export._columns import COLUMNS, LIST_SEPARATOR, TABULAR_TABLES, flat


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return "" if value is None else value


def write(rows: Iterable[dict[str, Any]], out: IO, table: str) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS[table])
    for row in rows:
        writer.writerow([_cell(v) for v in flat(row, table).values()])


register(Format("csv", "CSV with a header, one row per event/quote/entity", ".csv", TABULAR_TABLES, write))
