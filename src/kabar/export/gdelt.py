"""GDELT 2.0 Events-style TSV: GDELT's 61 event columns, in GDELT's order, with a header line.

What kabar knows goes in its GDELT column (actor codes split into country,
known group and type; CAMEO event, base and root codes; quad class; Goldstein;
source URL; date added); what it does not know (ethnic and religion codes, tone,
coordinates) is left empty rather than guessed. GLOBALEVENTID is kabar's global
event id (a string). One article is one mention, source and article. GDELT's
own files have no header: drop the first line to append to them.
"""

from __future__ import annotations

import datetime as dt
from typing import IO, Any, Iterable, Optional

from kabar.export import Format, register
from kabar.store.queries import split_actor_code

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO] + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)


def event_day(row: dict[str, Any]) -> Optional[dt.date]:
    """The day GDELT's SQLDATE needs: the event's date when it names a day, else the article's date."""
    for value in (row["event_date"], row["published"]):
        if value and len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
    return None


def _actor(code: Optional[str], name: Optional[str]) -> list[Any]:
    country, role, group = split_actor_code(code)
    extra_role = code[6:9] if code and len(code) > 6 else None
    return [code, name, country, group, None, None, None, role, extra_role, None]


def gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    day = event_day(row)
    cameo = row["cameo"]
    added = row["ingested_at"] and dt.datetime.fromisoformat(row["ingested_at"]).astimezone(dt.timezone.utc)
    values = [
        row["global_id"],
        day and day.strftime("%Y%m%d"),
        day and day.strftime("%Y%m"),
        day and day.year,
        day and f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
        *_actor(row["actor_code"], row["actor_name"]),
        *_actor(row["recipient_code"], row["recipient_name"]),
        None,
        cameo, cameo and cameo[:3], cameo and cameo[:2],
        row["quad_class"], row["goldstein"],
        1, 1, 1, None,
        *([None] * 16),
        *([None, row["location"]] + [None] * 6),
        added and added.strftime("%Y%m%d%H%M%S"),
        row["url"],
    ]
    return dict(zip(COLUMNS, values, strict=True))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    # A tab or newline inside a field would break the row; GDELT fields never hold them.
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def write(rows: Iterable[dict[str, Any]], out: IO, table: str) -> None:
    out.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        out.write("\t".join(_cell(v) for v in gdelt_row(row).values()) + "\n")


register(Format("gdelt", "GDELT 2.0 Events-style TSV (61 columns, with a header line)", ".gdelt.tsv", ("events",), write))
