"""Stage registry: small components registered by name, each doing one job.

A stage is a factory registered with :func:`stage` that, given its settings,
returns a callable ``record -> record``. The registration declares which record
fields the stage ``requires`` and which it ``assigns``, so the pipeline can check
the order and a test can run one stage alone on a hand-made record. ``topic``
names the language-pack file a language-specific stage needs; the pipeline
skips such a stage (with a note in ``record.warnings``) for languages without it.

A stage's settings are its factory's keyword parameters: their annotations are the
types, their defaults the defaults (one place, as spaCy's factories do). A setting
the factory does not name is an error that names it.

Stages from outside kabar plug in by ``package.module:factory`` or through the
``kabar.stages`` entry-point group (``name = "package.module:factory"``).
"""

from __future__ import annotations

import importlib
import inspect
import typing
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Callable, Optional

import pydantic

from kabar.record import Article

StageFn = Callable[[Article], Article]
ENTRY_POINT_GROUP = "kabar.stages"


class SettingsError(ValueError):
    """A stage was given a setting it does not have, or one of the wrong type."""


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Callable[..., StageFn]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    topic: Optional[str] = None

    @property
    def default_config(self) -> dict[str, Any]:
        """The settings and their defaults, read from the factory's signature."""
        return {k: f.default for k, f in _settings_model(self.factory).model_fields.items()}

    def settings(self, config: dict[str, Any]) -> dict[str, Any]:
        """``config`` checked against the factory's settings: defaults filled in, values typed."""
        model = _settings_model(self.factory)
        unknown = sorted(set(config) - set(model.model_fields))
        if unknown:
            known = ", ".join(model.model_fields) or "none"
            raise SettingsError(f"stage {self.name!r} has no setting {', '.join(map(repr, unknown))} (its settings: {known})")
        try:
            checked = model(**config)
        except pydantic.ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise SettingsError(f"stage {self.name!r}: {problems}") from None
        return {k: getattr(checked, k) for k in model.model_fields}

    def build(self, config: Optional[dict[str, Any]] = None) -> StageFn:
        return self.factory(**self.settings(dict(config or {})))


_MODELS: dict[Any, type[pydantic.BaseModel]] = {}


def _settings_model(factory: Callable[..., Any]) -> type[pydantic.BaseModel]:
    """A pydantic model of the factory's keyword parameters (a class's ``__init__``), unknown keys forbidden."""
    if factory not in _MODELS:
        target = factory.__init__ if inspect.isclass(factory) else factory
        hints = typing.get_type_hints(target)
        fields: dict[str, Any] = {}
        for name, param in inspect.signature(target).parameters.items():
            if name == "self" or param.kind in (param.VAR_KEYWORD, param.VAR_POSITIONAL):
                continue
            default = ... if param.default is param.empty else param.default
            fields[name] = (hints.get(name, Any), default)
        config = pydantic.ConfigDict(extra="forbid", arbitrary_types_allowed=True)
        _MODELS[factory] = pydantic.create_model(f"{getattr(factory, '__name__', 'stage')}Settings", __config__=config, **fields)
    return _MODELS[factory]


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
    "kabar.stages.syntax",
    "kabar.stages.quotes",
    "kabar.stages.events",
    "kabar.stages.places",
)


def stage(name: str, *, requires=(), assigns=(), topic: Optional[str] = None):
    """Register a stage factory under ``name`` (decorator)."""

    def deco(factory):
        info = StageInfo(name, factory, tuple(requires), tuple(assigns), topic)
        _REGISTRY[name] = info
        factory.stage_info = info
        return factory

    return deco


def _load_builtins() -> None:
    for mod in BUILTIN_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:  # a stage module not written yet must not break the others
            if exc.name != mod:
                raise


def _plugin(name: str, target: Any) -> StageInfo:
    """The stage a plug-in factory declares with :func:`stage`, or a bare factory under ``name``."""
    info = getattr(target, "stage_info", None)
    if isinstance(info, StageInfo):
        return info
    if not callable(target):
        raise KeyError(f"stage {name!r}: {target!r} is not a stage factory")
    return StageInfo(name, target)


def _by_path(spec: str) -> StageInfo:
    module, _, attr = spec.partition(":")
    try:
        target = importlib.import_module(module)
        for part in attr.split("."):
            target = getattr(target, part)
    except (ImportError, AttributeError) as exc:
        raise KeyError(f"cannot load stage {spec!r}: {exc}") from None
    return _plugin(spec, target)


def _by_entry_point(name: str) -> Optional[StageInfo]:
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            return _plugin(name, ep.load())
    return None


def get(name: str) -> StageInfo:
    """A stage by registered name, by ``package.module:factory`` or by ``kabar.stages`` entry point."""
    if name not in _REGISTRY:
        _load_builtins()
    if name in _REGISTRY:
        return _REGISTRY[name]
    if ":" in name:
        return _by_path(name)
    info = _by_entry_point(name)
    if info is None:
        raise KeyError(f"unknown stage {name!r}; known: {', '.join(sorted(names()))}")
    return info


def names() -> list[str]:
    _load_builtins()
    return list(_REGISTRY) + [ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP) if ep.name not in _REGISTRY]
