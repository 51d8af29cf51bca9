"""Thumbnails made off the GUI thread and kept in a disk cache.

Contract:

- ``request(path)`` returns at once.  The thumbnail is read from the disk cache or made
  from the image (decoded already scaled down by ``QImageReader``, so a 4K image never
  sits in memory at full size) on a worker thread, written to the cache, and announced by
  ``ready(path, QImage)`` on the GUI thread.  A file that cannot be read is announced with
  a null ``QImage`` (``failed`` is also emitted with the reason).
- The cache key covers the path, the file's size and modification time and the thumbnail
  size, so an edited file gets a new thumbnail and stale ones are simply never read.
- Requests for the same path are merged while one is in flight.  Newer requests run
  first (the gallery asks for what is on screen now), and ``cancel_pending()`` drops the
  queue when the user scrolls or filters away.
- Only ``QImage`` crosses threads; the GUI turns it into a ``QPixmap``.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

log = logging.getLogger("globalai.thumbnails")

DEFAULT_THUMB_SIZE = 320          # longest side in pixels; gallery tiles are ≤ 240 logical px
JPEG_QUALITY = 88
CACHE_FORMAT_VERSION = "1"        # bump to invalidate every cached thumbnail


class _Relay(QObject):
    """Lives on the GUI thread; workers emit through it (queued across threads)."""

    done = Signal(str, QImage, str)


def cache_file_for(cache_dir: Path, size: int, path: str) -> Path:
    """Where the thumbnail of ``path`` (as it is now on disk) is cached (stats the file)."""
    try:
        st = os.stat(path)
        stamp = f"{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        stamp = "missing"
    key = hashlib.sha1(f"{CACHE_FORMAT_VERSION}|{size}|{path}|{stamp}".encode()).hexdigest()
    return cache_dir / key[:2] / f"{key}.thumb"


class _ThumbJob(QRunnable):
    def __init__(self, path: str, cache_dir: Path, size: int, relay: _Relay) -> None:
        super().__init__()
        self.path, self.cache_dir, self.size, self.relay = path, cache_dir, size, relay
        self.cache_file = Path()
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        error = ""
        try:
            self.cache_file = cache_file_for(self.cache_dir, self.size, self.path)
            image = self._load_cached() or self._make()
        except Exception as exc:  # never let a bad file take the pool thread down
            image, error = QImage(), str(exc)
        if image.isNull() and not error:
            error = "unreadable image"
        self.relay.done.emit(self.path, image, error)

    def _load_cached(self) -> QImage | None:
        if not self.cache_file.exists():
            return None
        image = QImage(str(self.cache_file))
        return None if image.isNull() else image

    def _make(self) -> QImage:
        reader = QImageReader(self.path)
        reader.setAutoTransform(True)
        full = reader.size()
        if full.isValid() and max(full.width(), full.height()) > self.size:
            reader.setScaledSize(full.scaled(QSize(self.size, self.size), Qt.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            return image
        if max(image.width(), image.height()) > self.size:   # formats that ignore setScaledSize
            image = image.scaled(self.size, self.size, Qt.KeepAspectRatio, Qt.SmoothTransformation)
        self._store(image)
        return image

    def _store(self, image: QImage) -> None:
        fmt = "PNG" if image.hasAlphaChannel() else "JPG"
        tmp = self.cache_file.with_suffix(f".tmp{os.getpid()}")
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            if image.save(str(tmp), fmt, JPEG_QUALITY if fmt == "JPG" else -1):
                os.replace(tmp, self.cache_file)   # readers never see half a file
        except OSError as exc:     # a full or read-only disk only costs the cache
            log.info("thumbnail cache write failed: %s", exc)
        finally:
            if tmp.exists():
                tmp.unlink(missing_ok=True)


class ThumbnailService(QObject):
    ready = Signal(str, QImage)       # path, thumbnail (null when unreadable)
    failed = Signal(str, str)         # path, reason

    def __init__(self, cache_dir: Path | str, *, size: int = DEFAULT_THUMB_SIZE,
                 threads: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = Path(cache_dir)
        self.size = size
        self.pool = QThreadPool(self)
        # Leave a core for the GUI: thumbnails are a background chore.
        ideal = QThreadPool.globalInstance().maxThreadCount()
        self.pool.setMaxThreadCount(threads or max(1, min(4, ideal - 1)))
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._in_flight: set[str] = set()
        self._priority = 0

    def cache_file(self, path: str) -> Path:
        """Where the thumbnail of ``path`` is cached (stats the file: not for hot paths)."""
        return cache_file_for(self.cache_dir, self.size, path)

    def request(self, path: str) -> None:
        """Ask for the thumbnail of ``path``; ``ready`` follows (never synchronously)."""
        if path in self._in_flight:
            return
        self._in_flight.add(path)
        self._priority += 1      # newest first: the rows on screen right now
        job = _ThumbJob(path, self.cache_dir, self.size, self._relay)
        self.pool.start(job, min(self._priority, 2**31 - 1))

    def cancel_pending(self) -> None:
        """Forget queued requests that have not started (running ones still finish)."""
        self.pool.clear()
        self._in_flight.clear()

    def pending(self) -> int:
        return len(self._in_flight)

    def shutdown(self, timeout_ms: int = 3000) -> None:
        self.pool.clear()
        self.pool.waitForDone(timeout_ms)

    def _on_done(self, path: str, image: QImage, error: str) -> None:
        self._in_flight.discard(path)
        if error:
            self.failed.emit(path, error)
        self.ready.emit(path, image)
