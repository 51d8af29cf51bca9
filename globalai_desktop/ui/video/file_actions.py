"""File actions shared by the player, queue and history: open, reveal, save a copy.

``open_with_system`` and ``reveal_in_folder`` go through ``QDesktopServices`` (or the
platform's file manager for "select this file"), so tests can observe them with
``QDesktopServices.setUrlHandler``.  ``save_copy`` copies off the GUI thread into a
temporary file beside the destination and renames it into place, so a failed or
cancelled copy never leaves half a video behind.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices


def open_with_system(path: Path) -> bool:
    """Open ``path`` with the desktop's default application (the system video player)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def reveal_in_folder(path: Path) -> bool:
    """Show ``path`` in the file manager, selected where the platform allows it."""
    path = Path(path)
    if sys.platform.startswith("win") and path.exists():
        return QProcess.startDetached("explorer.exe", ["/select,", str(path)])[0]
    if sys.platform == "darwin" and path.exists():
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _copy_atomic(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".saving-", suffix=dest.suffix, dir=str(dest.parent))
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        shutil.copymode(src, tmp)   # mkstemp makes the file private (0600); keep the source's mode
        os.replace(tmp, dest)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return dest


async def save_copy(src: Path, dest: Path) -> Path:
    """Copy ``src`` to ``dest`` in a worker thread; atomic; raises ``OSError`` on failure."""
    if Path(src).resolve() == Path(dest).resolve():
        return Path(dest)
    return await asyncio.to_thread(_copy_atomic, Path(src), Path(dest))
