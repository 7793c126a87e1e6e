"""The pipeline: named stages in order, built from configuration.

Configuration is TOML (``default_config.toml`` in the package, or a user file):
``[pipeline] stages = [...]`` gives the order; ``[stages.NAME]`` tables give each
stage its settings (checked against the stage factory's signature: a misspelt key is
an error), and ``factory = "other_name"`` (a registered name, ``package.module:factory``
or a ``kabar.stages`` entry point) replaces a stage's implementation. ``disable``
removes stages by name. Stage failures and skips are :class:`kabar.record.Issue`s.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import time
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Optional

from kabar import interleave
from kabar import lang as langpacks
from kabar.lang.codes import UnknownLanguage, normalise_lang
from kabar import stages as registry
from kabar.record import Article, Issue


def settle() -> None:
    """Move every object alive now to the garbage collector's permanent generation (``gc.freeze``).

    The stages load their lexicons, gazetteers and tables lazily, on a language's first article, after the
    models (which freeze themselves when loaded, ``kabar.models``). Those are hundreds of thousands of
    long-lived containers that every full collection would scan again (~130-200 ms each, ~1-2.5 ms per
    article on the benchmarks); frozen, the collector skips them. Objects made later are collected as usual;
    what is frozen is never freed by the cyclic collector (reference counting still frees it), and an
    article leaves only a few dozen cyclic objects, so the pipeline calls this once per language, after that
    language's first article (docs/syntax.md, "Garbage collection")."""
    gc.freeze()


@contextlib.contextmanager
def collector_paused():
    """The cyclic garbage collector's automatic runs held off for the block (``gc.disable``), then allowed again
    (``gc.enable``) if they were allowed before it; the collector's first run after the block finds what it left.

    ``Pipeline.run_many`` runs a batch of articles inside it. A batch's articles leave a few dozen cyclic objects
    each, but while they run they keep many young containers alive (token lists, parses, spans), which every
    young collection (~1.5 per article) and every middle one (one in ten) traversed again: ~0.7 ms of collector CPU per
    English article, ~0.35 ms once the batch's survivors are looked at a single time at its end (docs/syntax.md,
    "Session 14"). Reference counting frees everything else as usual. The setting is the process's: a thread that
    turned the collector off itself while a batch ran finds it on again after the batch."""
    was = gc.isenabled()
    if was:
        gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def default_config() -> dict[str, Any]:
    text = resources.files("kabar").joinpath("default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_config(path: Optional[str | Path] = None) -> dict[str, Any]:
    cfg = default_config()
    if path:
        user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        cfg.setdefault("pipeline", {}).update(user.get("pipeline", {}))
        for name, table in user.get("stages", {}).items():
            cfg.setdefault("stages", {}).setdefault(name, {}).update(table)
    return cfg


class PipelineError(ValueError):
    pass


class ArticleRefused(ValueError):
    """An article the pipeline will not run on (too large, unknown language); the message is one line."""


DEFAULT_MAX_CHARS = 2_000_000


class Pipeline:
    def __init__(
        self,
        config: Optional[dict[str, Any]] = None,
        *,
        disable: Iterable[str] = (),
        only: Optional[Iterable[str]] = None,
        strict: bool = True,
        on_error: Optional[str] = None,
    ):
        self.config = copy.deepcopy(config if config is not None else default_config())
        order = list(self.config.get("pipeline", {}).get("stages", []))
        skip = set(disable) | set(self.config.get("pipeline", {}).get("disable", []))
        # "warn": a stage that fails on one article is noted in record.warnings and the rest still run;
        # "raise": the error propagates (for development and tests).
        self.on_error = on_error or self.config.get("pipeline", {}).get("on_error", "warn")
        if only is not None:
            keep = set(only)
            order = [n for n in order if n in keep]
        self.names = [n for n in order if n not in skip]
        self._stages: list[tuple[str, registry.StageInfo, Any]] = []
        self.missing: list[str] = []
        for name in list(self.names):
            settings = dict(self.config.get("stages", {}).get(name, {}))
            try:
                info = registry.get(settings.pop("factory", name))
            except KeyError:
                if strict:
                    raise
                self.missing.append(name)
                self.names.remove(name)
                continue
            try:
                built = info.build(settings)
            except registry.SettingsError as exc:
                raise PipelineError(str(exc)) from None
            self._stages.append((name, info, built))
        self._check_order()
        # Larger articles are refused before any stage runs; texts past spaCy's limit go in sections.
        self.max_chars = int(self.config.get("pipeline", {}).get("max_chars", DEFAULT_MAX_CHARS))
        self.timings: dict[str, float] = {}  # seconds spent in each stage since creation (for benchmarks)
        # CPU seconds (this process, time.process_time) in each stage, and in the final evidence check ("evidence check"):
        # on a shared machine CPU time compares runs where wall time cannot
        self.cpu_timings: dict[str, float] = {}
        # (language, topic) -> whether the shipped packs cover it: asked for every stage of every article, and
        # answered by looking at the package's files, which do not change while the process runs
        self._supported: dict[tuple[str, str], bool] = {}
        # languages whose first article has gone through: every lexicon, gazetteer and model it needs is loaded
        self._settled: set[Optional[str]] = set()

    def _check_order(self) -> None:
        """Fail early when a stage needs a field that no earlier stage (nor the reader) fills."""
        filled = {"id", "text", "title", "published", "url", "outlet", "author", "lang", "meta"}
        for name, info, _ in self._stages:
            missing = [f for f in info.requires if f not in filled]
            if missing:
                raise PipelineError(f"stage {name!r} requires {missing}, which no earlier stage assigns")
            filled.update(info.assigns)

    def __call__(self, record: Article) -> Article:
        self._admit(record)
        for name, info, fn in self._stages:
            if info.topic and not self._supports(record.lang, info.topic):
                record.note(Issue("skipped", name, f"no '{info.topic}' pack for language {record.lang!r}"))
                continue
            # the article's own time: within run_many, what other articles used while this one waited is left out
            t0, c0 = interleave.own_wall(), interleave.own_cpu()
            try:
                record = fn(record)
            except Exception as exc:
                if self.on_error == "raise":
                    raise
                record.note(Issue("failed", name, f"{type(exc).__name__}: {exc}"))
                continue
            finally:
                self.timings[name] = self.timings.get(name, 0.0) + interleave.own_wall() - t0
                self.cpu_timings[name] = self.cpu_timings.get(name, 0.0) + interleave.own_cpu() - c0
            record.stages.append(name)
        c0 = interleave.own_cpu()
        for problem in record.drop_unevidenced():
            record.note(Issue("dropped", "", problem))
        self.cpu_timings["evidence check"] = self.cpu_timings.get("evidence check", 0.0) + interleave.own_cpu() - c0
        if record.lang not in self._settled:
            self._settled.add(record.lang)
            settle()
        return record

    def run_many(self, records: list[Article]) -> list[Article | Exception]:
        """Each record through the pipeline (its result, or the exception that stopped it), in order, the
        records taking turns so that their model requests share calls (:mod:`kabar.interleave`: the
        parser runs once for the sentences all of them asked for, instead of once or twice per article).
        Every record is what ``self(record)`` alone gives."""
        served: dict[int, float] = {}
        with collector_paused():  # one look at the batch's survivors at its end, not ~2 per article
            results = interleave.run_interleaved([lambda r=r: self(r) for r in records], served_cpu=served)
        # the batched calls' CPU time goes to the stage that served them (the syntax stage) or named them (entities)
        ids = {id(fn): name for name, _, fn in self._stages}
        for key, secs in served.items():
            name = key if isinstance(key, str) else ids.get(key, "(batched model calls)")
            self.cpu_timings[name] = self.cpu_timings.get(name, 0.0) + secs
        out: list[Article | Exception] = []
        for result, error in results:
            if error is not None and not isinstance(error, Exception):
                raise error  # KeyboardInterrupt, SystemExit: not an article's failure
            out.append(error if error is not None else result)
        return out


    def _supports(self, code: Optional[str], topic: str) -> bool:
        key = (code or "", topic)
        found = self._supported.get(key)
        if found is None:
            found = self._supported[key] = langpacks.supports(code, topic)
        return found

    def _admit(self, record: Article) -> None:
        """Refuse what no stage should see; write the language code the way the packs name it."""
        if self.max_chars and len(record.text) > self.max_chars:
            raise ArticleRefused(
                f"article is {len(record.text):,} characters, over the limit of {self.max_chars:,} "
                "(raise [pipeline] max_chars in a --config file to take it)"
            )
        try:
            record.lang = normalise_lang(record.lang)
        except UnknownLanguage as exc:
            raise ArticleRefused(str(exc)) from None


_DEFAULT: Optional[Pipeline] = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
