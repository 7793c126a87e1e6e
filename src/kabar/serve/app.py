"""The web application: the store's pages and their JSON twins, the ingest endpoint, OpenAPI docs.

``create_app(store)`` builds it; ``kabar serve`` runs it under uvicorn. Pages come
from the registry (``kabar.serve.registry``), so this module knows none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from fastapi_offline import FastAPIOffline

from kabar import __version__
from kabar.record import PLOVER_EVENTS
from kabar.serve import highlight, registry
from kabar.serve.ingest import add_ingest_route
from kabar.serve.security import PAGE_HEADERS, make_read_only
from kabar.store import Store
from kabar.store.filters import MODALITIES
from kabar.store.queries import QueryError

__all__ = ["Settings", "create_app"]


@dataclass(frozen=True)
class Settings:
    """How the server behaves; the defaults are the safe ones (read-only, small bodies)."""

    ingest_token: Optional[str] = None  # None: POST /ingest answers 403 and the database is opened read-only
    max_body_bytes: int = 2_000_000  # a batch of articles, not a corpus: use `kabar ingest` for that
    max_batch: int = 50  # articles per POST /ingest


def web_url(url: Optional[str]) -> Optional[str]:
    """The URL if it is http(s), else None: a stored ``javascript:`` URL must never become a link."""
    return url if url and urlsplit(url).scheme.lower() in ("http", "https") else None


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kabar.serve", "templates"),
        autoescape=True,  # every {{ }} is escaped, whatever the file name
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        highlight=highlight.article_html,
        evidence=highlight.evidence_html,
        quad_class=highlight.QUAD_CLASS,
        plover_events=PLOVER_EVENTS,
        modalities=MODALITIES,
        version=__version__,
    )
    env.policies["json.dumps_kwargs"] = {"sort_keys": False}  # the record's own field order (tojson still escapes <, >, &, ')
    env.filters["query"] = lambda params: urlencode([(k, v) for k, v in params if v not in (None, "")])
    env.filters["web_url"] = web_url
    env.filters["pathpart"] = lambda value: quote(str(value), safe="")
    return env


def create_app(store: Store, settings: Optional[Settings] = None) -> FastAPI:
    """An app over an open store. Without an ingest token the store's connections are made read-only."""
    settings = settings or Settings()
    app = FastAPIOffline(
        title="kabar",
        version=__version__,
        description="Articles, entities, quotes and PLOVER events from kabar's store. "
        "Every HTML page has a JSON twin: add `.json` to its path (or `?_format=json`).",
        max_body_size=settings.max_body_bytes,  # 413 beyond it, by Content-Length or while reading
    )
    app.state.store = store
    app.state.settings = settings
    if not settings.ingest_token:
        make_read_only(store)
    env = _templates()
    found = registry.discover()
    nav = [p for p in found if p.nav]

    def render(request: Request, page: registry.Page, data: dict[str, Any], status: int = 200) -> HTMLResponse:
        template = env.get_template(page.template)
        html = template.render(data=data, page=page, nav=nav, request=request, query=list(request.query_params.multi_items()))
        return HTMLResponse(html, status_code=status, headers=PAGE_HEADERS)

    for page in found:
        registry.add_page_routes(app, page, render)
    add_ingest_route(app)
    app.mount("/static", StaticFiles(packages=[("kabar.serve", "static")]), name="static")

    error_page = registry.Page("/error", lambda: {}, "error.html", "Error")

    def wants_html(request: Request) -> bool:
        path = request.url.path
        return (request.method == "GET" and not path.endswith(".json") and request.query_params.get("_format") != "json"
                and not path.startswith(("/ingest", "/openapi", "/static")))

    async def error(request: Request, status: int, detail: Any) -> Any:
        if wants_html(request):
            return render(request, error_page, {"status": status, "detail": detail}, status)
        return JSONResponse({"detail": detail}, status_code=status)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException):
        response = await error(request, exc.status_code, exc.detail)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, exc: QueryError):
        return await error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        detail = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return await error(request, 422, detail or "invalid request")

    return app

