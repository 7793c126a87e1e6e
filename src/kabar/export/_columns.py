"""The flat columns of the tabular exports (CSV, Parquet): one list per table, in file order.

Kinds: ``str``, ``int``, ``float``, and ``list`` (a list of strings: a Parquet
list column; in CSV the items joined by ``LIST_SEPARATOR``). Each column is
described in ``docs/export.md``; a test checks that none is missing there.
"""

from __future__ import annotations

from typing import Any

LIST_SEPARATOR = ";"

EVENT_COLUMNS: dict[str, str] = {
    "global_id": "str", "article_id": "str", "event_id": "str",
    "date": "str", "event_date": "str", "date_text": "str", "published": "str", "ingested_at": "str",
    "url": "str", "outlet": "str", "lang": "str", "title": "str",
    "category": "str", "mode": "list", "context": "list", "quad_code": "str", "quad_class": "int",
    "actor_code": "str", "actor_name": "str", "actor_entity": "str", "actor_country": "str", "actor_role": "str",
    "recipient_code": "str", "recipient_name": "str", "recipient_entity": "str", "recipient_country": "str",
    "recipient_role": "str",
    "actor_codes": "list", "actor_names": "list", "recipient_codes": "list", "recipient_names": "list",
    "claimant_name": "str", "claimant_entity": "str", "claimant_chain": "list", "quote_id": "str",
    "modality": "str", "confidence": "float", "goldstein": "float", "cameo": "str", "cameo_root": "str",
    "evidence_start": "int", "evidence_end": "int", "event_text": "str", "evidence_text": "str",
    "evidence_sentence": "str", "instrument": "str", "location": "str",
    "location_id": "str", "location_country": "str", "location_admin1": "str", "location_lat": "float",
    "location_lon": "float", "location_precision": "str",
    "cluster_id": "str", "group_id": "str",
    "dead": "float", "injured": "float", "size": "float",
}

QUOTE_COLUMNS: dict[str, str] = {
    "global_id": "str", "article_id": "str", "quote_id": "str", "speaker": "str", "speaker_name": "str",
    "cue": "str", "kind": "str", "text": "str", "start": "int", "end": "int", "medium": "str", "parent": "str",
    "published": "str", "url": "str", "outlet": "str", "lang": "str",
}

ENTITY_COLUMNS: dict[str, str] = {
    "global_id": "str", "article_id": "str", "entity_id": "str", "type": "str", "name": "str", "actor": "str",
    "actor_country": "str", "actor_role": "str", "wikidata": "str", "mentions": "int",
    "published": "str", "url": "str", "outlet": "str", "lang": "str",
}

COLUMNS = {"events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS, "entities": ENTITY_COLUMNS}
TABULAR_TABLES = tuple(COLUMNS)


def _location(loc: Any) -> dict[str, Any]:
    """The event's place (the places stage's object; older records: a bare name) as flat columns."""
    if not isinstance(loc, dict):
        return {"location": loc}
    return {"location": loc.get("name"), **{f"location_{k}": loc.get(k) for k in ("id", "country", "admin1", "lat", "lon", "precision")}}


def flat(row: dict[str, Any], table: str) -> dict[str, Any]:
    """A query row as the table's flat columns (lists stay lists; the writer decides how to spell them)."""
    if table == "events":
        row = {
            **row,
            "actor_codes": [a.get("code") or "" for a in row["actors"]],
            "actor_names": [a.get("name") or "" for a in row["actors"]],
            "recipient_codes": [r.get("code") or "" for r in row["recipients"]],
            "recipient_names": [r.get("name") or "" for r in row["recipients"]],
            **_location(row.get("location")),
        }
    return {name: row.get(name) for name in COLUMNS[table]}
