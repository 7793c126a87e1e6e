"""Fixtures shared by the stage tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pipe():
    """Segment, entities and actors, raising on a stage error: what the entity-name tests run. A module
    that needs another pipeline (more stages, the default error handling) defines its own ``pipe``."""
    from kabar.pipeline import Pipeline

    return Pipeline(only=["segment", "entities", "actors"], on_error="raise")
