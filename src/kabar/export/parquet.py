"""Apache Parquet (pyarrow): typed columns, list columns as Parquet lists, written by row groups."""

from __future__ import annotations

from typing import IO, Any, Iterable

from kabar.export import Format, register
from kabar.export._columns import COLUMNS, TABULAR_TABLES, flat

ROW_GROUP = 10_000  # rows held in memory at once


def schema(table: str):
    """The pyarrow schema of a table's columns (pyarrow is imported here, not when the CLI starts)."""
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table].items()])


def write(rows: Iterable[dict[str, Any]], out: IO, table: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = schema(table)
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, target) as writer:
        for row in rows:
            batch.append(flat(row, table))
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=target))
                batch.clear()
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=target))


register(Format("parquet", "Apache Parquet (typed columns, lists as lists)", ".parquet", TABULAR_TABLES, write, binary=True))
