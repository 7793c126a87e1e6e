"""Stage registry: small components registered by name, each doing one job.

A stage is a factory registered with :func:`stage` that, given its config,
returns a callable ``record -> record``. The registration declares which record
fields the stage ``requires`` and which it ``assigns``, so the pipeline can check
the order and a test can run one stage alone on a hand-made record. ``topic``
names the language-pack file a language-specific stage needs; the pipeline
skips such a stage (with a note in ``record.warnings``) for languages without it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from kabar.record import Article

StageFn = Callable[[Article], Article]


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Callable[..., StageFn]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    topic: Optional[str] = None
    default_config: dict[str, Any] = field(default_factory=dict)


_REGISTRY: dict[str, StageInfo] = {}

# Modules that register the built-in stages; imported lazily on first lookup.
BUILTIN_MODULES = (
    "kabar.stages.language",
    "kabar.stages.clean",
    "kabar.stages.segment",
    "kabar.stages.entities",
    "kabar.stages.actors",
    "kabar.stages.coref",
    "kabar.stages.temporal",
    "kabar.stages.quantities",
    "kabar.stages.quotes",
    "kabar.stages.events",
    "kabar.stages.places",
)


def stage(name: str, *, requires=(), assigns=(), topic: Optional[str] = None, default_config=None):
    """Register a stage factory under ``name`` (decorator)."""

    def deco(factory):
        _REGISTRY[name] = StageInfo(name, factory, tuple(requires), tuple(assigns), topic, dict(default_config or {}))
        return factory

    return deco


def _load_builtins() -> None:
    for mod in BUILTIN_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:  # a stage module not written yet must not break the others
            if exc.name != mod:
                raise


def get(name: str) -> StageInfo:
    if name not in _REGISTRY:
        _load_builtins()
    if name not in _REGISTRY and ":" in name:  # "package.module:factory" plugs in a stage from outside
        mod, _, attr = name.partition(":")
        importlib.import_module(mod)
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown stage {name!r}; known: {', '.join(sorted(names()))}") from None


def names() -> list[str]:
    _load_builtins()
    return list(_REGISTRY)
