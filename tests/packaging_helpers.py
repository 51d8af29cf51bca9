"""Load the build scripts' modules from packaging/ for the packaging tests.

packaging/ is deliberately not a Python package (its name would shadow the PyPI ``packaging``
library that pytest itself imports), so its modules are loaded by file path under a private
name.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def load_packaging_module(relative: str):
    """``load_packaging_module("bundle_meta.py")`` -> the module (cached per path)."""
    path = PACKAGING / relative
    name = "gad_packaging_" + relative.replace("/", "_").removesuffix(".py")
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module          # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module
