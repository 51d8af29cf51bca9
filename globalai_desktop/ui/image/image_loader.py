"""Decode full-size images on a worker thread; hand ``QImage`` back on the GUI thread.

``ImageLoader.load(path)`` emits ``loaded(path, image)`` later (a null image when the
file is missing or unreadable); ``await loader.aload(path)`` does the same as a
coroutine for one-off uses such as copying to the clipboard.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader


class _Relay(QObject):
    loaded = Signal(str, QImage)


class _LoadJob(QRunnable):
    def __init__(self, path: str, relay: _Relay) -> None:
        super().__init__()
        self.path, self.relay = path, relay

    def run(self) -> None:  # worker thread
        reader = QImageReader(self.path)
        reader.setAutoTransform(True)
        self.relay.loaded.emit(self.path, reader.read())


class ImageLoader(QObject):
    loaded = Signal(str, QImage)

    def __init__(self, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.loaded.connect(self._on_loaded)
        self._waiting: dict[str, list[asyncio.Future]] = {}

    def load(self, path: str) -> None:
        self._pool.start(_LoadJob(path, self._relay))

    async def aload(self, path: str) -> QImage:
        future = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(path, []).append(future)
        self.load(path)
        return await future

    def wait(self, timeout_ms: int = 3000) -> None:
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)

    def _on_loaded(self, path: str, image: QImage) -> None:
        for future in self._waiting.pop(path, []):
            if not future.done():
                future.set_result(image)
        self.loaded.emit(path, image)
