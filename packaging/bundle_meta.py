"""Names, identifiers and version of the built app, in one place for the spec, build.py and tests.

The version and display name are read from ``globalai_desktop/__init__.py`` as text (not
imported), so building never runs app code and a version bump there is the only edit a
release needs.  This module lives in ``packaging/`` and is loaded by file path; the folder is
deliberately not a Python package (its name would shadow the PyPI ``packaging`` library).
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


@dataclass(frozen=True)
class BundleMeta:
    name: str           # "GlobalAI Desktop": window title, macOS bundle name, dist folder
    version: str        # "0.1.0"
    app_id: str         # reverse-DNS id: .desktop file, AppStream id, macOS bundle id, icon name
    exe_name: str       # the program inside the folder for this OS
    company: str
    description: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for Windows' FILEVERSION (non-numeric suffixes like 'rc1' are dropped)."""
        nums = [int(m.group()) if (m := re.match(r"\d+", part)) else 0
                for part in self.version.split(".")[:4]]
        return tuple((nums + [0, 0, 0, 0])[:4])  # type: ignore[return-value]

    @property
    def linux_extras(self) -> tuple[str, ...]:
        """Files from packaging/linux/ placed next to the Linux program, so that an archive
        of the bundle installs itself."""
        return ("install.sh", "uninstall.sh", f"{self.app_id}.desktop", f"{self.app_id}.metainfo.xml")


def _package_constants() -> dict[str, str]:
    tree = ast.parse((ROOT / "globalai_desktop" / "__init__.py").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    out[target.id] = node.value.value
    return out


def exe_name_for(platform: str, name: str) -> str:
    # Linux: a lower-case command without spaces, the name people type and the .desktop's
    # Exec/StartupWMClass; Windows and macOS show the program name to people, so keep it.
    return "globalai-desktop" if platform.startswith("linux") else name


def load(platform: str = sys.platform) -> BundleMeta:
    c = _package_constants()
    name = c.get("APP_NAME", "GlobalAI Desktop")
    return BundleMeta(
        name=name,
        version=c["__version__"],
        app_id="com.globalaiopc.GlobalAIDesktop",
        exe_name=exe_name_for(platform, name),
        company=c.get("ORG_NAME", "GlobalAI"),
        description="Chat, image and video generation through the GlobalAI OPC gateway",
    )
