"""The import rules that keep the layers honest (DESIGN.md):

- api/, domain/, catalog/ and simulator/ never import PySide6 (they run without Qt: in a
  worker thread, in the simulator's thread, in a command-line tool);
- storage/ never imports Qt widgets;
- ui/ never imports httpx (the UI talks to services and the API client, never to HTTP).

Every import statement counts, including ones inside functions.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "globalai_desktop"

RULES = [
    ("api", ("PySide6",)),
    ("domain", ("PySide6", "httpx")),
    ("catalog", ("PySide6", "httpx")),
    ("simulator", ("PySide6",)),
    ("storage", ("PySide6.QtWidgets", "PySide6.QtGui")),
    ("ui", ("httpx",)),
]


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def violations(package: str, banned: tuple[str, ...]) -> list[str]:
    out = []
    for path in sorted((PKG / package).rglob("*.py")):
        for line, module in imported_modules(path):
            if any(module == b or module.startswith(b + ".") for b in banned):
                out.append(f"{path.relative_to(PKG.parent)}:{line} imports {module}")
    return out


@pytest.mark.parametrize("package,banned", RULES, ids=[r[0] for r in RULES])
def test_layer_does_not_import_what_it_must_not(package, banned):
    assert (PKG / package).is_dir()
    assert violations(package, banned) == []


def test_the_checker_sees_imports_inside_functions(tmp_path, monkeypatch):
    """The rule would be worthless if a late import slipped past it."""
    fake = tmp_path / "globalai_desktop" / "api"
    fake.mkdir(parents=True)
    (fake / "sneaky.py").write_text("def f():\n    from PySide6.QtCore import QObject\n")
    monkeypatch.setattr(sys.modules[__name__], "PKG", tmp_path / "globalai_desktop")
    assert "globalai_desktop/api/sneaky.py:2 imports PySide6.QtCore" in violations(
        "api", ("PySide6",))
