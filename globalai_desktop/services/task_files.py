"""Where a task's result is saved and how it is entered in the media library.

Both functions do file-system work and are called through ``asyncio.to_thread``.
File names read well in a file manager and sort by time:
``2025-01-31_142233_orange-cat-on-a-windowsill_17.png`` (date, time, prompt words, task id).
"""

from __future__ import annotations

import math
import re
import struct
import time
import unicodedata
from pathlib import Path
from urllib.parse import urlparse

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
    """Pixel size read from a PNG, JPEG, GIF or WebP header (no decode; (None, None) if unknown).

    Plain Python on purpose: this runs on an asyncio worker thread, where Qt image
    plugins must not be loaded (they outlive the thread and crash the next event loop).
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(64 * 1024)
    except OSError:
        return None, None
    if head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR":
        return _pair(struct.unpack(">II", head[16:24]))
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return _pair(struct.unpack("<HH", head[6:10]))
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _webp_size(head)
    if head[:2] == b"\xff\xd8":
        return _jpeg_size(head)
    return None, None


def _pair(wh: tuple[int, int]) -> tuple[int | None, int | None]:
    w, h = wh
    return (w, h) if w > 0 and h > 0 else (None, None)


def _jpeg_size(data: bytes) -> tuple[int | None, int | None]:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):   # start of frame
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
            return _pair((w, h))
        i += 2 + length
    return None, None


def _webp_size(data: bytes) -> tuple[int | None, int | None]:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return _pair((w, h))
    if chunk == b"VP8 " and len(data) >= 30:
        w, h = struct.unpack("<HH", data[26:30])
        return _pair((w & 0x3FFF, h & 0x3FFF))
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return _pair(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
    return None, None


def record_download(library: MediaLibrary, task: TaskRecord, path: Path, *,
                    duration_s: float | None = None) -> MediaRecord:
    """Enter a freshly saved result in the media library with its prompt and settings.

    ``duration_s`` is the length the server reported (``actualDuration``); it is stored for
    videos only, and only when it is a positive number.
    """
    width, height = image_size(path) if task.kind == "image" else (None, None)
    if task.kind != "video" or not duration_s or not 0 < duration_s < math.inf:
        duration_s = None   # also NaN: a defensive parse may hand over anything numeric
    return library.add(
        path=path, kind=task.kind, prompt=task.prompt, params=task.params,
        family_id=task.family_id, model=task.model, task_id=task.id,
        remote_task_id=task.remote_id, width=width, height=height, duration_s=duration_s,
        source_url=task.result_url, source_expires_at=task.expired_at())
