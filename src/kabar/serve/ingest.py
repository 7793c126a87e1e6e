"""POST /ingest: articles in, through the readers and the pipeline, into the store. Off unless a token is set.

This is the one way from a web request to extraction. Articles are read exactly as
``kabar ingest`` reads a JSONL line (same fields, same checks), so a bad article in a
batch is reported and skipped and the rest are stored.
"""

from __future__ import annotations

import json
import threading
from typing import Any, Optional, Union

from fastapi import Body, Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field

from kabar.readers import Metadata
from kabar.readers.jsonl import read_jsonl
from kabar.serve.security import check_token

__all__ = ["IngestArticle", "add_ingest_route"]

_PIPELINE_LOCK = threading.Lock()  # the pipeline's models are shared; one article at a time


class IngestArticle(BaseModel):
    """One article, as a line of a JSONL input file: ``text`` (or ``html``) and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: Optional[str] = Field(None, description="the body (plain text); the first line is not taken as a title")
    html: Optional[str] = Field(None, description="the page's HTML, instead of text")
    title: Optional[str] = None
    published: Optional[str] = Field(None, description="publication date, YYYY-MM-DD")
    lang: Optional[str] = Field(None, description="language code; identified when absent")
    url: Optional[str] = None
    outlet: Optional[str] = None
    id: Optional[str] = Field(None, description="the record id; by default a hash of the body")


def _pipeline(app: FastAPI):
    pipeline = getattr(app.state, "pipeline", None)
    if pipeline is None:
        from kabar.pipeline import default_pipeline

        pipeline = app.state.pipeline = default_pipeline()
    return pipeline


def ingest_articles(app: FastAPI, articles: list[IngestArticle]) -> dict[str, Any]:
    """Read, extract and store each article; one result per article, in order."""
    lines = b"\n".join(json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False).encode("utf-8") for a in articles)
    results: list[dict[str, Any]] = []
    store = app.state.store
    for item in read_jsonl(lines, "request", Metadata()):
        index = int(item.source.rsplit(":", 1)[1]) - 1
        if not item.ok:
            results.append({"index": index, "status": "failed", "error": item.error})
            continue
        try:
            with _PIPELINE_LOCK:
                record = _pipeline(app)(item.record)
            status = store.save(record)
        except Exception as exc:  # one bad article must not lose the batch; it is reported
            results.append({"index": index, "status": "failed", "error": f"{type(exc).__name__}: {exc}"})
            continue
        results.append({"index": index, "status": status, "id": record.id, "url": f"/articles/{record.id}",
                        "entities": len(record.entities), "quotes": len(record.quotes), "events": len(record.events)})
    counts = {s: sum(r["status"] == s for r in results) for s in ("inserted", "updated", "unchanged", "failed")}
    return {"results": results, **counts}


def add_ingest_route(app: FastAPI) -> None:
    settings = app.state.settings

    def require_token(request: Request) -> None:
        # A dependency, so a request without the token is refused before its body is even validated.
        check_token(request, settings.ingest_token)

    @app.post("/ingest", tags=["ingest"], summary="Extract and store one article or a batch (needs the token)",
              dependencies=[Depends(require_token)])
    def ingest(
        payload: Union[IngestArticle, list[IngestArticle]] = Body(
            ..., examples=[{"text": "Jakarta - Presiden ...", "published": "2024-01-05", "lang": "id"}]
        ),
    ) -> dict[str, Any]:
        """Off unless ``kabar serve`` was given a token; send it as ``Authorization: Bearer <token>``.

        The answer lists, per article (by ``index`` in the batch), ``inserted``, ``updated``,
        ``unchanged`` or ``failed`` with the reason; a failed article does not stop the others.
        """
        batch = payload if isinstance(payload, list) else [payload]
        if not batch:
            raise HTTPException(status_code=400, detail="no article in the request")
        if len(batch) > settings.max_batch:
            raise HTTPException(status_code=413, detail=f"at most {settings.max_batch} articles per request")
        return ingest_articles(app, batch)
