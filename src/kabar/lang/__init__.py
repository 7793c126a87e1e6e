"""Per-language packs: language knowledge as data files, read by a thin loader.

A pack is a folder ``kabar/lang/<code>/`` of TOML files, one per topic
(``cleaning.toml``, ``temporal.toml``, ``quotes.toml`` ...). A new language is a
new folder; no stage has an ``if`` on the language code. ``xx`` holds
language-independent defaults (quotation marks, agency names) that every pack
inherits unless it overrides a key. Every file is checked against
:mod:`kabar.lang.schema` when loaded: a misspelt key is an error naming it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any, Optional

from kabar.lang.schema import PackError, check

__all__ = ["COMMON", "LangPack", "PackError", "pack", "available", "supports", "warm"]

COMMON = "xx"


class LangPack:
    """One language's pack; ``root`` (a folder of ``<code>/`` folders) defaults to the shipped packs."""

    def __init__(self, code: str, root: Optional[Any] = None):
        self.code = code
        self.root = root if root is not None else resources.files(__name__)

    def _root(self):
        return self.root.joinpath(self.code)

    def has(self, topic: str) -> bool:
        return self._root().joinpath(f"{topic}.toml").is_file()

    @functools.cache
    def data(self, topic: str) -> dict[str, Any]:
        """The topic's data layered over the common pack's; {} if neither has it.

        A list in this pack extends the common list of the same key (rules, agency
        names, abbreviations add to the defaults); a table is merged key by key; any
        other value replaces the common one.
        """
        merged: dict[str, Any] = {}
        if self.code != COMMON:
            common = LangPack(COMMON, self.root) if self.root is not pack(COMMON).root else pack(COMMON)
            merged = {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v) for k, v in common.data(topic).items()}
        f = self._root().joinpath(f"{topic}.toml")
        if f.is_file():
            try:
                own = tomllib.loads(f.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise PackError(f"{f}: not TOML: {exc}") from None
            check(topic, own, str(f))
            for key, value in own.items():
                old = merged.get(key)
                if isinstance(old, list) and isinstance(value, list):
                    merged[key] = old + value
                elif isinstance(old, dict) and isinstance(value, dict):
                    merged[key] = {**old, **value}
                else:
                    merged[key] = value
        return merged

    def __repr__(self) -> str:
        return f"LangPack({self.code!r})"


@functools.cache
def pack(code: str | None) -> LangPack:
    return LangPack(code or COMMON)


def available() -> list[str]:
    """Language codes that have a pack (the common pack excluded)."""
    root = resources.files(__name__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")) and p.name != COMMON)


def supports(code: str | None, topic: str) -> bool:
    return bool(code) and code in available() and pack(code).has(topic)


def warm(codes, topic: str, build) -> None:
    """Build a stage's per-language resources now (``build(code)``) for each of ``codes`` that has the topic's pack,
    so the first article of a batch does not pay for loading them."""
    for code in codes:
        if supports(code, topic):
            build(code)


_BRACE = re.compile(r"\{([^{}]*)\}")


def expand(form: str) -> list[str]:
    """Brace alternatives of a pack form, the packs' one shorthand: 'attack{,s,ed}' -> attack, attacks, attacked."""
    m = _BRACE.search(form)
    if not m:
        return [form]
    out: list[str] = []
    for alt in m.group(1).split(","):
        out.extend(expand(form[: m.start()] + alt + form[m.end():]))
    return out
