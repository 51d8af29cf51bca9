"""The wheel must carry every package and the resources folder a user's install needs."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(data["tool"]["setuptools"]["packages"])


def test_every_python_package_is_declared_for_the_wheel():
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "globalai_desktop").rglob("__init__.py")
    }
    missing = sorted(found - _declared())
    assert not missing, f"add these to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_resources_folder_is_mapped_into_the_package():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["tool"]["setuptools"]["package-dir"]["globalai_desktop.resources"] == "resources"
    assert (ROOT / "resources" / "__init__.py").is_file()
