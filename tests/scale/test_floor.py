"""kabar.scale is floor 3: it uses readers, the pipeline and the store; nothing below it imports it."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "kabar"
BELOW = ["stages", "readers", "store", "text", "lang", "gazetteer", "models", "record.py", "pipeline.py", "names.py"]


def _kabar_imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def test_nothing_below_floor_3_imports_scale():
    files = [f for room in BELOW for f in ([SRC / room] if room.endswith(".py") else (SRC / room).rglob("*.py")) if f.exists()]
    assert len(files) > 20
    bad = [f"{f.relative_to(SRC)}" for f in files if any(m.startswith("kabar.scale") for m in _kabar_imports(f))]
    assert not bad, bad
    assert "kabar.scale.workers" in _kabar_imports(SRC / "cli.py") or "kabar.scale.ingest" in _kabar_imports(SRC / "cli.py")
