"""PLOVER JSON Lines: each event as a PLOVER record (field names of the PLOVER manual's "Data Fields").

PLOVER names: ``id``, ``date``, ``event`` (a list), ``event_type``, ``mode``,
``context``, ``actor``/``recipient`` (lists of entity objects: ``code`` = the
3-character country or international type, ``sector``, ``entity_text``,
``identifier_id``), ``event_text`` (a list), ``quad_code`` (1-4), ``event_loc``,
``text_info``, ``cite_info`` and ``coder``; POLECAT-style flat names beside them
(``actor_name``, ``actor_code``, ``recipient_name``, ``recipient_code``,
``story_ids``); kabar's own extensions (``modality``, ``claimant``,
``confidence``, ``goldstein``, ``cameo``) are named fields, as the manual allows.
JSON Lines, as the manual suggests for PLOVER.
"""

from __future__ import annotations

import json
from typing import IO, Any, Iterable

from kabar import __version__
from kabar.export import Format, register


def _entity(ref: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": ref.get("country") or (ref.get("code") or "")[:3] or None,
        "sector": ref.get("role"),
        "actor_code": ref.get("code"),
        "entity_text": ref.get("name"),
        "identifier_id": ref.get("entity"),
    }


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["global_id"],
        "date": row["date"],
        "event": [row["category"]],
        "event_type": row["category"],
        "mode": row["mode"],
        "context": row["context"],
        "actor": [_entity(a) for a in row["actors"]],
        "recipient": [_entity(r) for r in row["recipients"]],
        "actor_name": row["actor_name"],
        "actor_code": row["actor_code"],
        "recipient_name": row["recipient_name"],
        "recipient_code": row["recipient_code"],
        "event_text": [row["evidence_text"]],
        "quad_code": row["quad_class"],
        "event_loc": {"extracted_place": row["location"]} if row["location"] else None,
        "story_ids": [row["article_id"]],
        "text_info": {"start": row["evidence_start"], "end": row["evidence_end"], "text_story": [row["evidence_sentence"]]},
        "cite_info": {"url": row["url"], "title": row["title"], "language": row["lang"], "publication": row["outlet"]},
        "coder": f"kabar {__version__}",
        "modality": row["modality"],
        "claimant": row["claimant_name"],
        "claimant_chain": row["claimant_chain"],
        "confidence": row["confidence"],
        "goldstein": row["goldstein"],
        "cameo": row["cameo"],
    }


FIELDS = ("id", "date", "event", "event_type", "mode", "context", "actor", "recipient", "actor_name", "actor_code",
          "recipient_name", "recipient_code", "event_text", "quad_code", "event_loc", "story_ids", "text_info",
          "cite_info", "coder", "modality", "claimant", "claimant_chain", "confidence", "goldstein", "cameo")


def write(rows: Iterable[dict[str, Any]], out: IO, table: str) -> None:
    for row in rows:
        out.write(json.dumps(plover_record(row), ensure_ascii=False))
        out.write("\n")


register(Format("plover", "PLOVER JSON Lines, one PLOVER event record per line", ".plover.jsonl", ("events",), write))
