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


SPLIT_FILE = "split.json"
HALVES = ("tune", "check")


def gold_name(path: Path) -> str:
    """A gold file's name in a split file: its file name without ``.gold.json``."""
    return path.name[: -len(".gold.json")] if path.name.endswith(".gold.json") else path.stem


def find_split(path: Path) -> Path | None:
    """The ``split.json`` governing a gold file: the nearest one in its folder or a parent folder."""
    for folder in path.resolve().parents:
        candidate = folder / SPLIT_FILE
        if candidate.is_file():
            return candidate
    return None


def read_split(path: Path) -> dict[str, str]:
    """Gold name -> half, from a split file ``{"tune": [names], "check": [names]}``; a name in both is an error."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the split file: {exc}") from None
    halves: dict[str, str] = {}
    for half in HALVES:
        for name in data.get(half) or []:
            if name in halves:
                raise GoldError(f"{path}: {name!r} is in both halves")
            halves[name] = half
    return halves


def select_half(golds: list[GoldArticle], half: str) -> list[GoldArticle]:
    """Only the gold articles of one half (tune or check); a file its split does not list is an error,
    so that a new gold file cannot silently fall outside both halves."""
    if half not in HALVES:
        raise GoldError(f"unknown half {half!r}: use one of {', '.join(HALVES)}")
    out = []
    splits: dict[Path, dict[str, str]] = {}
    for g in golds:
        split_path = find_split(g.path)
        if split_path is None:
            raise GoldError(f"{g.path}: no {SPLIT_FILE} in its folder or above, so it belongs to no half")
        halves = splits.setdefault(split_path, read_split(split_path))
        name = gold_name(g.path)
        if name not in halves:
            raise GoldError(f"{g.path}: not listed in {split_path} (add it to 'tune' or 'check')")
        if halves[name] == half:
            out.append(g)
    return out


def load(paths: Iterable[str | Path], half: str | None = None) -> list[GoldArticle]:
    """Gold articles from files, folders (``*.gold.json`` inside) or lists thereof; with ``half``,
    only those that the governing ``split.json`` puts in that half."""
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
    return select_half(out, half) if half else out
