"""``kabar serve``: the store as JSON endpoints and server-rendered pages (FastAPI + Jinja2, no CDN).

Floor 3 of the house plan: it reads the store through ``kabar.store.queries`` and
reaches extraction only through the pipeline (``POST /ingest``).
"""

from __future__ import annotations

from kabar.serve.app import Settings, create_app

__all__ = ["Settings", "create_app"]
