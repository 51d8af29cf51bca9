"""Can this machine play video?  Answered once, in words, without crashing.

QtMultimedia may be missing (a trimmed bundle), may fail to import (a broken system
library) or may load without a usable backend (no FFmpeg plugin, no native framework).
The Video tab asks :func:`multimedia_support` and, when it says no, shows
``support.reason`` instead of a player; everything else in the tab keeps working.

An administrator can switch playback off on a machine whose media stack crashes by
setting ``GLOBALAI_DESKTOP_NO_MULTIMEDIA=1``.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

DISABLE_ENV = "GLOBALAI_DESKTOP_NO_MULTIMEDIA"


@dataclass(frozen=True)
class MultimediaSupport:
    available: bool
    reason: str = ""          # why playback is unavailable, as a sentence ("" when available)


_cached: MultimediaSupport | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("VideoPlayback", text)


def multimedia_support(*, refresh: bool = False) -> MultimediaSupport:
    """Probe QtMultimedia (import, backend, MP4 decoding).  Needs a QApplication.

    The result is cached; ``refresh=True`` probes again (tests use it after
    changing the environment).
    """
    global _cached
    if _cached is not None and not refresh:
        return _cached
    _cached = _probe()
    return _cached


def _probe() -> MultimediaSupport:
    if os.environ.get(DISABLE_ENV, "").strip() not in ("", "0", "false", "no"):
        return MultimediaSupport(False, _tr(
            "Video playback is turned off on this computer ({0} is set). "
            "Videos are still saved; open them in your system player.").format(DISABLE_ENV))
    try:
        mm = importlib.import_module("PySide6.QtMultimedia")
        importlib.import_module("PySide6.QtMultimediaWidgets")
    except Exception as exc:  # ImportError, or an OSError from a missing system library
        return MultimediaSupport(False, _tr(
            "Video playback is unavailable: the Qt Multimedia module could not be loaded "
            "({0}). Videos are still saved; open them in your system player.").format(
                type(exc).__name__))
    try:
        player = mm.QMediaPlayer()
        available = player.isAvailable()
        player.deleteLater()
    except Exception as exc:  # pragma: no cover - defensive: backend blew up on creation
        return MultimediaSupport(False, _tr(
            "Video playback is unavailable: the multimedia backend failed to start ({0}). "
            "Videos are still saved; open them in your system player.").format(type(exc).__name__))
    if not available:
        return MultimediaSupport(False, _tr(
            "Video playback is unavailable: no multimedia backend could be loaded on this "
            "computer. Videos are still saved; open them in your system player."))
    try:
        fmt = mm.QMediaFormat()
        decodable = fmt.supportedFileFormats(mm.QMediaFormat.ConversionMode.Decode)
        if decodable and mm.QMediaFormat.FileFormat.MPEG4 not in decodable:
            return MultimediaSupport(False, _tr(
                "Video playback is unavailable: this computer's multimedia backend cannot "
                "decode MP4 video. Videos are still saved; open them in your system player."))
    except Exception:  # pragma: no cover - older Qt without format queries: try anyway
        pass
    return MultimediaSupport(True, "")
