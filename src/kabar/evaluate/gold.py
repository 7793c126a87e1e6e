"""Gold files in the ``kabar-gold/1`` format (see GOLD.md): loading and checking."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

FORMAT = "kabar-gold/1"


class GoldError(ValueError):
    pass


@dataclass
class GoldArticle:
    data: dict[str, Any]
    path: Path

    @property
    def id(self) -> str:
        return str(self.data.get("id") or self.path.stem)

    @property
    def text_path(self) -> Path | None:
        f = self.data.get("file")
        return (self.path.parent / f).resolve() if f else None

    def read_text(self) -> str:
        p = self.text_path
        if p is None:
            raise GoldError(f"{self.path}: gold article {self.id!r} names no 'file'")
        try:
            return p.read_text(encoding="utf-8")
        except OSError as exc:
            raise GoldError(f"{self.path}: cannot read article text {p}: {exc.strerror or exc}") from None

    def list(self, key: str) -> list[dict[str, Any]]:
        return list(self.data.get(key) or [])


def _objects(path: Path) -> Iterator[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        for n, line in enumerate(text.splitlines(), 1):  # JSONL: one gold article per line
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{path}:{n}: not JSON: {exc}") from None
        return
    if isinstance(obj, list):
        yield from obj
    else:
        yield obj


def load(paths: Iterable[str | Path]) -> list[GoldArticle]:
    """Gold articles from files, folders (``*.gold.json`` inside) or lists thereof."""
    out: list[GoldArticle] = []
    for raw in paths:
        p = Path(raw)
        files = sorted(p.rglob("*.gold.json")) if p.is_dir() else [p]
        if p.is_dir() and not files:
            raise GoldError(f"{p}: folder holds no *.gold.json files")
        for f in files:
            if not f.is_file():
                raise GoldError(f"{f}: no such gold file")
            for obj in _objects(f):
                if not isinstance(obj, dict) or obj.get("format") != FORMAT:
                    raise GoldError(f"{f}: not a {FORMAT} object")
                out.append(GoldArticle(obj, f))
    return out
