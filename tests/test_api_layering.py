"""The API client stays Qt-free: importing it (and using its modules) never loads PySide6."""

from __future__ import annotations

import subprocess
import sys


def test_api_package_never_imports_qt():
    code = ("import sys, globalai_desktop.api, globalai_desktop.api.download, "
            "globalai_desktop.api.connection, globalai_desktop.api.chat; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
