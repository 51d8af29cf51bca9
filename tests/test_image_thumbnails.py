"""Thumbnails: made on a worker thread, scaled, cached on disk, refreshed when a file changes."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QColor, QImage

from globalai_desktop.services.thumbnails import ThumbnailService


def _png(path, w, h, color):
    img = QImage(w, h, QImage.Format_RGB32)
    img.fill(QColor(color))
    assert img.save(str(path))
    return str(path)


def _wait(qtbot, thumbs, path):
    with qtbot.waitSignal(thumbs.ready, timeout=5000,
                          check_params_cb=lambda p, _img: p == path) as blocker:
        thumbs.request(path)
    return blocker.args[1]


def test_thumbnail_is_scaled_cached_and_made_off_the_gui_thread(qtbot, tmp_path):
    src = _png(tmp_path / "big.png", 1600, 900, "#3080c0")
    thumbs = ThumbnailService(tmp_path / "cache", size=200)
    worker_threads = []
    thumbs._relay.done.connect(lambda *_: worker_threads.append(QThread.currentThread()),
                               type=Qt.DirectConnection)     # runs where the emit happens
    image = _wait(qtbot, thumbs, src)
    assert (image.width(), image.height()) == (200, 112)
    # The probe runs on the emitting thread right after the service's own (queued) slot
    # was posted, so it may still be on its way when ``ready`` arrives here.
    qtbot.waitUntil(lambda: bool(worker_threads), timeout=2000)
    assert worker_threads[0] is not QThread.currentThread()
    cached = thumbs.cache_file(src)
    assert cached.exists()

    # A second service (next app start) reads the cache instead of decoding the file:
    # paint the cached thumbnail red and the red one is what comes back.
    red = QImage(200, 112, QImage.Format_RGB32)
    red.fill(QColor("red"))
    red.save(str(cached), "PNG")
    again = ThumbnailService(tmp_path / "cache", size=200)
    assert _wait(qtbot, again, src).pixelColor(5, 5) == QColor("red")
    thumbs.shutdown()
    again.shutdown()


def test_changed_file_gets_a_new_thumbnail(qtbot, tmp_path):
    thumbs = ThumbnailService(tmp_path / "cache", size=64)
    src = _png(tmp_path / "a.png", 100, 100, "blue")
    assert _wait(qtbot, thumbs, src).pixelColor(10, 10) == QColor("blue")
    _png(tmp_path / "a.png", 120, 100, "green")
    st = os.stat(src)
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    assert _wait(qtbot, thumbs, src).pixelColor(10, 10) == QColor("green")
    thumbs.shutdown()


def test_unreadable_file_reports_failure_with_a_null_image(qtbot, tmp_path):
    thumbs = ThumbnailService(tmp_path / "cache")
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"not an image at all")
    with qtbot.waitSignal(thumbs.failed, timeout=5000) as failed:
        image = _wait(qtbot, thumbs, str(bad))
    assert image.isNull() and failed.args[0] == str(bad)
    missing = _wait(qtbot, thumbs, str(tmp_path / "gone.png"))
    assert missing.isNull()
    thumbs.shutdown()
