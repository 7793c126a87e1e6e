"""JSON Lines: one row per line with every field the query layer gives (nested lists kept).

For ``articles`` each line is the whole stored kabar record (``kabar-record/1``),
the same JSON ``kabar extract`` prints, so a JSONL export can be ingested again.
"""

from __future__ import annotations

import json
from typing import IO, Any, Iterable

from kabar.export import TABLES, Format, register


def write(rows: Iterable[dict[str, Any]], out: IO, table: str) -> None:
    for row in rows:
        out.write(json.dumps(row["record"] if table == "articles" else row, ensure_ascii=False))
        out.write("\n")


register(Format("jsonl", "JSON Lines, one full row (or, for articles, the whole record) per line", ".jsonl", TABLES, write))
