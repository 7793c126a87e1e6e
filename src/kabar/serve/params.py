"""Query-string parameters shared by pages: the store, filters built from the store's filter models, paging."""

from __future__ import annotations

import inspect
from typing import Any, Callable, Optional, TypeVar, get_args, get_origin

from fastapi import HTTPException, Query, Request
from pydantic import BaseModel, ValidationError

from kabar.store import Store

__all__ = ["get_store", "filter_params", "one_line", "next_url", "MAX_LIMIT"]

MAX_LIMIT = 1000  # rows per page; the export command is the way to get everything
M = TypeVar("M", bound=BaseModel)


def get_store(request: Request) -> Store:
    return request.app.state.store


def one_line(exc: ValidationError) -> str:
    """A pydantic error as one line a person can act on: 'category: unknown PLOVER event type ...'."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if not isinstance(x, int))
        message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


def _is_list(annotation: Any) -> bool:
    if get_origin(annotation) is list:
        return True
    return any(get_origin(a) is list for a in get_args(annotation))


def filter_params(model: type[M]) -> Callable[..., M]:
    """A FastAPI dependency that reads ``model``'s fields from the query string (documented from the model).

    Empty values (an untouched form field) count as absent; list fields accept repeats and commas
    (``category=AID&category=ASSAULT`` or ``category=AID,ASSAULT``). A bad value is a 400 with one line.
    """
    params = []
    for name, field in model.model_fields.items():
        many = _is_list(field.annotation)
        params.append(
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                default=Query([] if many else None, description=field.description),
                annotation=list[str] if many else Optional[str],
            )
        )

    def build(**values: Any) -> M:
        given = {k: v for k, v in values.items() if v not in (None, "", [])}
        try:
            return model(**given)
        except ValidationError as exc:
            raise HTTPException(status_code=400, detail=one_line(exc)) from None

    build.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    build.__name__ = f"{model.__name__}_params"
    return build


def next_url(request: Request, cursor: Optional[str]) -> Optional[str]:
    """This URL with the cursor of the next page (None on the last page): filters stay in the query string."""
    if not cursor:
        return None
    url = request.url.include_query_params(cursor=cursor)
    return f"{url.path}?{url.query}"
