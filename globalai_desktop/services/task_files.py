"""Where a task's result is saved and how it is entered in the media library.

Both functions do file-system work and are called through ``asyncio.to_thread``.
File names read well in a file manager and sort by time:
``2025-01-31_142233_orange-cat-on-a-windowsill_17.png`` (date, time, prompt words, task id).
"""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtGui import QImageReader

from globalai_desktop.storage.media_library import MediaLibrary, MediaRecord
from globalai_desktop.storage.tasks import TaskRecord

_KNOWN_EXTENSIONS = {
    "image": (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp"),
    "video": (".mp4", ".mov", ".webm", ".m4v"),
}
_DEFAULT_EXTENSION = {"image": ".png", "video": ".mp4"}
SLUG_WORDS = 6
SLUG_MAX_CHARS = 48


def slug(text: str) -> str:
    """A short, file-system-safe rendering of a prompt (letters of any script kept)."""
    text = unicodedata.normalize("NFKC", text or "").strip().lower()
    words = re.findall(r"\w+", text)[:SLUG_WORDS]
    return "-".join(words)[:SLUG_MAX_CHARS].strip("-_") or "untitled"


def extension_for(url: str | None, kind: str) -> str:
    suffix = Path(urlparse(url or "").path).suffix.lower()
    return suffix if suffix in _KNOWN_EXTENSIONS.get(kind, ()) else _DEFAULT_EXTENSION.get(kind, "")


def destination(folder: Path, task: TaskRecord) -> Path:
    """A fresh path in ``folder`` (created if needed) for ``task``'s result."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d_%H%M%S", time.localtime(task.created_at))
    stem = f"{stamp}_{slug(task.prompt)}_{task.id}"
    ext = extension_for(task.result_url, task.kind)
    path = folder / f"{stem}{ext}"
    n = 2
    while path.exists():            # never overwrite something the user kept
        path = folder / f"{stem}-{n}{ext}"
        n += 1
    return path


def image_size(path: Path) -> tuple[int | None, int | None]:
    """Pixel size read from the file header (no full decode)."""
    size = QImageReader(str(path)).size()
    return (size.width(), size.height()) if size.isValid() else (None, None)


def record_download(library: MediaLibrary, task: TaskRecord, path: Path) -> MediaRecord:
    """Enter a freshly saved result in the media library with its prompt and settings."""
    width, height = image_size(path) if task.kind == "image" else (None, None)
    return library.add(
        path=path, kind=task.kind, prompt=task.prompt, params=task.params,
        family_id=task.family_id, model=task.model, task_id=task.id,
        remote_task_id=task.remote_id, width=width, height=height,
        source_url=task.result_url, source_expires_at=task.expired_at())
