"""Times and durations as people read them, in the interface language and the locale's format.

Shared by the Image and Video tabs (task cards, the video queue, history and assets)::

    elapsed_text(185)           # "3:07"; "42 s" / "42 秒"; "1 h 05 min" / "1 小时 05 分"
    date_time_text(ts)          # the locale's short date and time: "5/14/26 3:07 PM", "2026/5/14 15:07"
    when_text(ts)               # time alone for today, else date_time_text(ts)

Dates go through ``QLocale()`` (the default locale, which ``ui/i18n.py`` sets to the chosen
interface language), never ``strftime`` (English month names, one fixed order).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def elapsed_text(seconds: float | None) -> str:
    """Elapsed wall time: under a minute in seconds, under an hour as m:ss, then hours."""
    if seconds is None or seconds < 0:
        return "–"
    s = int(seconds)
    if s < 60:
        return QCoreApplication.translate("TimeText", "{s} s").format(s=s)
    if s < 3600:
        return f"{s // 60}:{s % 60:02d}"        # a clock reading: the same in every language
    return QCoreApplication.translate("TimeText", "{h} h {m:02d} min").format(
        h=s // 3600, m=s % 3600 // 60)


def _when(ts: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(ts * 1000))


def date_time_text(ts: float) -> str:
    """``ts`` (Unix seconds, local time) in the locale's short date and time format."""
    return QLocale().toString(_when(ts), QLocale.FormatType.ShortFormat)


def when_text(ts: float, now: float | None = None) -> str:
    """Time alone when ``ts`` is today, otherwise the short date and time."""
    when = _when(ts)
    today = QDateTime.fromMSecsSinceEpoch(int((now or time.time()) * 1000)).date()
    if when.date() == today:
        return QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
    return date_time_text(ts)

