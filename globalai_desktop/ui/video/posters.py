"""Poster frames for the video lists: a real decoded frame, cached on disk.

Contract:
- ``PosterCache(cache_dir)``; ``pixmap(path)`` returns the poster when it is ready, else
  ``None`` and queues the work; ``poster_ready(path)`` is emitted when it becomes ready.
- The poster is the frame shown at exactly ``position_ms`` (default: 1 s in, or a quarter
  of a shorter clip).  ``set_poster_at(path, ms)`` replaces it with the frame the person
  picked in the player.
- Decoding runs in the multimedia backend's threads; turning the frame into a scaled
  image, JPEG encoding and every file read or write happen in worker threads, so the GUI
  thread only receives ready ``QImage`` objects.  One hidden player works through the
  queue one video at a time.
- Without playback support (see :mod:`.multimedia`) posters are simply not made; lists
  show their placeholder instead.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QPixmap

from .multimedia import multimedia_support

log = logging.getLogger("globalai.video.posters")

POSTER_SIZE = QSize(320, 180)
EXTRACT_TIMEOUT_S = 15.0          # a file that cannot show a frame in this time gets no poster
DEFAULT_POSITION_MS = 1000
FRAME_TOLERANCE_MS = 250          # a decoded frame this close to the target is "the" frame
MEMORY_ITEMS = 400                # posters kept as pixmaps (≈ 230 KB each at 320×180)


def _cache_key(path: Path) -> str:
    st = path.stat()
    raw = f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{POSTER_SIZE.width()}"
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()


def _load_image(file: Path) -> QImage | None:
    img = QImage(str(file))
    return None if img.isNull() else img


def _frame_to_poster(frame) -> QImage:
    img = frame.toImage()
    if img.isNull():
        raise ValueError("empty frame")
    return img.scaled(POSTER_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                      Qt.TransformationMode.SmoothTransformation)


def _save_atomic(img: QImage, file: Path) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_suffix(".tmp.jpg")
    if not img.save(str(tmp), "JPG", 88):
        raise OSError(f"could not write {tmp}")
    os.replace(tmp, file)


class PosterCache(QObject):
    poster_ready = Signal(str)       # video path (as given to pixmap())

    def __init__(self, cache_dir: Path, *, enabled: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = Path(cache_dir)
        self.enabled = multimedia_support().available if enabled is None else enabled
        self._pixmaps: dict[str, QPixmap] = {}
        self._durations: dict[str, int] = {}
        self._failed: set[str] = set()
        self._queued: dict[str, int | None] = {}     # path → forced position (None = default)
        self._wakeup = asyncio.Event()
        self._worker: asyncio.Task | None = None
        self._player = None
        self._sink = None
        self._closed = False

    # ---- public API ----------------------------------------------------------------

    def pixmap(self, path: str | Path | None) -> QPixmap | None:
        """The poster of ``path`` if ready; otherwise ``None`` (and it is being made)."""
        if not path:
            return None
        key = str(path)
        pm = self._pixmaps.get(key)
        if pm is not None:
            return pm
        if key not in self._failed and key not in self._queued:
            self._enqueue(key, None)
        return None

    def duration_ms(self, path: str | Path) -> int | None:
        """The clip's length, when it was learned while making its poster."""
        return self._durations.get(str(path))

    def set_poster_at(self, path: str | Path, position_ms: int) -> None:
        """Make the frame at ``position_ms`` the poster of ``path`` (replaces the cached one)."""
        key = str(path)
        self._failed.discard(key)
        self._enqueue(key, max(0, int(position_ms)))

    async def wait_idle(self) -> None:
        """Wait until every queued poster is made (or has failed).  For tests and shutdown."""
        while self._queued or (self._busy_key is not None):
            await asyncio.sleep(0.05)

    async def shutdown(self) -> None:
        self._closed = True
        self._wakeup.set()
        job, self._worker = self._worker, None
        if job is not None and not job.done():
            job.cancel()
            await asyncio.gather(job, return_exceptions=True)
        if self._player is not None and shiboken6.isValid(self._player):
            self._player.stop()
            self._player.setSource(QUrl())

    # ---- queue ---------------------------------------------------------------------

    _busy_key: str | None = None

    def _enqueue(self, key: str, position: int | None) -> None:
        if self._closed:
            return
        self._queued[key] = position
        self._wakeup.set()
        if self._worker is None or self._worker.done():
            self._worker = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        while not self._closed:
            if not self._queued:
                self._wakeup.clear()
                try:
                    await asyncio.wait_for(self._wakeup.wait(), timeout=30)
                except asyncio.TimeoutError:
                    if not self._queued:
                        return          # idle: the worker ends; the next request restarts it
                continue
            key, position = next(iter(self._queued.items()))
            self._busy_key = key
            try:
                img = await self._make(Path(key), position)
            except asyncio.CancelledError:
                raise
            except Exception as exc:      # unreadable file, no frame, disk full…
                log.info("no poster for %s: %s", key, exc)
                img = None
            finally:
                # A new request for the same video that arrived meanwhile (the person picked
                # another frame) stays queued; this one is done.
                if key in self._queued and self._queued[key] == position:
                    del self._queued[key]
                self._busy_key = None
            if img is None:
                self._failed.add(key)
                continue
            self._remember(key, QPixmap.fromImage(img))
            self.poster_ready.emit(key)

    def _remember(self, key: str, pm: QPixmap) -> None:
        self._pixmaps.pop(key, None)
        self._pixmaps[key] = pm
        while len(self._pixmaps) > MEMORY_ITEMS:
            self._pixmaps.pop(next(iter(self._pixmaps)))

    async def _make(self, path: Path, position: int | None) -> QImage | None:
        if not await asyncio.to_thread(path.is_file):
            return None
        key = await asyncio.to_thread(_cache_key, path)
        file = self.cache_dir / f"{key}.jpg"
        if position is None:
            cached = await asyncio.to_thread(_load_image, file) if file.exists() else None
            if cached is not None:
                return cached
        if not self.enabled:
            return None
        frame = await self._extract(path, position)
        img = await asyncio.to_thread(_frame_to_poster, frame)
        await asyncio.to_thread(_save_atomic, img, file)
        return img

    # ---- frame extraction (one hidden player) ----------------------------------------
    #
    # The sink is read by polling ``sink.videoFrame()`` from the GUI thread instead of
    # connecting to ``videoFrameChanged``: that signal is emitted on the backend's renderer
    # thread, and a Python slot there (or the clean-up of a disconnected one) needs the GIL,
    # which the GUI thread holds inside ``QMediaPlayer.stop()`` — a deadlock.  The player's
    # own signals arrive on the GUI thread; they are connected once and never disconnected.

    def _ensure_player(self):
        if self._player is None:
            from PySide6.QtMultimedia import QMediaPlayer, QVideoSink
            self._player = QMediaPlayer(self)
            self._sink = QVideoSink(self)
            self._player.setVideoOutput(self._sink)
            self._player.mediaStatusChanged.connect(self._on_status)
            self._player.errorOccurred.connect(self._on_error)
        return self._player, self._sink

    _job: dict | None = None

    def _on_status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        job = self._job
        if job is None or job["done"].done():
            return
        player = self._player
        if status == QMediaPlayer.MediaStatus.LoadedMedia and job["ms"] is None:
            duration = player.duration()
            self._durations[job["key"]] = duration
            pos = job["position"]
            job["ms"] = pos if pos is not None else (
                min(DEFAULT_POSITION_MS, duration // 4) if duration > 0 else 0)
            player.setPosition(job["ms"])
            player.pause()        # paused at a position → the backend shows that frame
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            job["done"].set_exception(ValueError(player.errorString() or "invalid media"))

    def _on_error(self, _err, text) -> None:
        job = self._job
        if job is not None and not job["done"].done():
            job["done"].set_exception(ValueError(text or "playback error"))

    async def _extract(self, path: Path, position: int | None):
        from PySide6.QtMultimedia import QVideoFrame

        player, sink = self._ensure_player()
        loop = asyncio.get_running_loop()
        job = {"key": str(path), "position": position, "ms": None,
               "done": loop.create_future()}
        self._job = job
        fallback = None
        deadline = loop.time() + EXTRACT_TIMEOUT_S
        try:
            player.setSource(QUrl.fromLocalFile(str(path)))
            while True:
                if job["done"].done():
                    job["done"].result()            # raises the load error
                if job["ms"] is not None:
                    frame = sink.videoFrame()
                    if frame.isValid():
                        start = frame.startTime()
                        if start < 0 or abs(start / 1000 - job["ms"]) <= FRAME_TOLERANCE_MS:
                            return QVideoFrame(frame)
                        fallback = QVideoFrame(frame)
                if loop.time() > deadline:
                    if fallback is not None:
                        return fallback
                    raise asyncio.TimeoutError(f"no frame from {path.name}")
                await asyncio.sleep(0.015)
        finally:
            self._job = None
            player.stop()
            player.setSource(QUrl())
