"""The import rules of docs/architecture.md, checked over the source (AST): the house keeps its rooms."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "kabar"
REGISTRY_API = {"stage", "StageInfo", "SettingsError", "get", "names", "ENTRY_POINT_GROUP"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[str]:
    """Every kabar module a file imports (``from kabar.stages import stage`` counts as ``kabar.stages``)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                is_module = (SRC.parent / sub.replace(".", "/")).with_suffix(".py").exists() or (SRC.parent / sub.replace(".", "/")).is_dir()
                out.append(sub if is_module else node.module)
    return [m for m in out if m == "kabar" or m.startswith("kabar.")]


def _files(*rooms: str):
    for room in rooms:
        p = SRC / room
        yield from ([p] if p.suffix == ".py" else sorted(p.rglob("*.py")))


def _stage_of(module: str):
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["kabar", "stages"] else None


def test_no_stage_imports_another_stage():
    bad = []
    for f in _files("stages"):
        own = _stage_of(_module_name(f))
        for m in _imports(f):
            other = _stage_of(m)
            if other is not None and other != own:
                bad.append(f"{f.relative_to(SRC)} imports {m}")
    assert not bad, bad


def test_the_record_imports_nothing_of_kabar():
    assert _imports(SRC / "record.py") == []


def test_store_readers_and_text_floor_import_no_stage_nor_the_pipeline():
    bad = [f"{f.relative_to(SRC)} imports {m}" for f in _files("store", "readers", "text", "lang", "gazetteer")
           for m in _imports(f) if m.startswith("kabar.stages") or m == "kabar.pipeline"]
    assert not bad, bad


def test_the_text_floor_and_packs_stand_on_the_record_and_packs_only():
    allowed = ("kabar.record", "kabar.lang", "kabar.text")
    bad = [f"{f.relative_to(SRC)} imports {m}" for f in _files("text", "lang") for m in _imports(f) if not m.startswith(allowed)]
    assert not bad, bad


def test_the_rule_finder_sees_stage_imports(tmp_path):
    """The checks above can fail: a stage import in either form is found, the registry's API is not one."""
    f = tmp_path / "probe.py"
    f.write_text("from kabar.stages import stage, temporal\nimport kabar.stages.segment as s\n", encoding="utf-8")
    found = _imports(f)
    assert found == ["kabar.stages", "kabar.stages.temporal", "kabar.stages.segment"]
    assert [_stage_of(m) for m in found] == [None, "temporal", "segment"]
