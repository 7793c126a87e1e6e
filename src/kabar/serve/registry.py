"""Pages: one function that returns JSON-ready data, served as an HTML page and as its JSON twin.

A page module in ``kabar.serve.pages`` declares itself with ``@page(...)``; the app
finds every module in that package, so a new page (say a map) is one module there
plus one template in ``kabar/serve/templates``, and nothing else changes. Each page
gets three stable URLs, as in datasette:

- ``/events``: HTML (the template, with the data as ``data``),
- ``/events.json``: the same data as JSON (documented in the OpenAPI schema),
- ``/events?_format=json``: the same JSON, for links built from a form.

The page function is an ordinary FastAPI endpoint: its parameters (query, path,
``Depends``) are read, validated and documented by FastAPI.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from typing import Any, Callable, Optional

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

__all__ = ["Page", "page", "pages", "discover", "add_page_routes"]


@dataclass(frozen=True)
class Page:
    """One page: where it lives, how it is drawn, and whether the navigation bar links to it."""

    path: str
    endpoint: Callable[..., dict[str, Any]]
    template: str
    title: str
    nav: Optional[str] = None  # label in the navigation bar; None keeps it out (pages with path parameters)
    order: int = 100  # position in the navigation bar
    tag: str = "pages"  # OpenAPI group of the JSON twin

    @property
    def name(self) -> str:
        return self.endpoint.__name__


_PAGES: dict[str, Page] = {}


def page(path: str, template: str, title: str, *, nav: Optional[str] = None, order: int = 100, tag: str = "pages"):
    """Register the decorated function as a page at ``path`` drawn by ``template``."""

    def register(fn: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        if path in _PAGES and _PAGES[path].endpoint is not fn:
            raise ValueError(f"two pages claim {path!r}: {_PAGES[path].name} and {fn.__name__}")
        _PAGES[path] = Page(path, fn, template, title, nav, order, tag)
        return fn

    return register


def pages() -> list[Page]:
    return sorted(_PAGES.values(), key=lambda p: (p.order, p.path))


def discover(package: str = "kabar.serve.pages") -> list[Page]:
    """Import every module of the pages package (each registers its pages) and return them all."""
    pkg = importlib.import_module(package)
    for info in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{package}.{info.name}")
    return pages()


def _with_request(fn: Callable[..., Any], view: Callable[..., Any]) -> Callable[..., Any]:
    """``view`` with ``fn``'s parameters plus ``request``, so FastAPI reads the same query string for both."""
    sig = inspect.signature(fn, eval_str=True)
    params = [p for p in sig.parameters.values() if p.name != "request"]
    params.append(inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request))
    view.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
    view.__name__ = fn.__name__
    view.__doc__ = fn.__doc__
    return view


def _call(p: Page, request: Request, kwargs: dict[str, Any]) -> dict[str, Any]:
    if "request" in inspect.signature(p.endpoint).parameters:
        kwargs["request"] = request
    return p.endpoint(**kwargs)


def add_page_routes(app: FastAPI, p: Page, render: Callable[[Request, Page, dict[str, Any]], Any]) -> None:
    """The JSON twin first: a path parameter would otherwise swallow the ``.json`` suffix."""

    def as_json(request: Request, **kwargs: Any) -> JSONResponse:
        return JSONResponse(jsonable_encoder(_call(p, request, kwargs)))

    def as_html(request: Request, **kwargs: Any):
        data = _call(p, request, kwargs)
        if request.query_params.get("_format") == "json":
            return JSONResponse(jsonable_encoder(data))
        return render(request, p, data)

    app.add_api_route(
        p.path + ".json", _with_request(p.endpoint, as_json), methods=["GET"], tags=[p.tag],
        summary=p.title, name=f"{p.name}_json", description=inspect.getdoc(p.endpoint) or "",
    )
    app.add_api_route(p.path, _with_request(p.endpoint, as_html), methods=["GET"], include_in_schema=False, name=p.name)
