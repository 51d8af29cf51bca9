"""When a message was written and a conversation last changed, as the reader's locale writes it.

Formats come from ``QLocale()``, the default locale that ``ui/i18n.py`` sets to the interface
language: a Chinese interface reads "2026/5/14 15:07", an English (US) one "5/14/26 3:07 PM".
Never ``strftime``: its month names are English and its field order fixed.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QDateTime, QLocale

SHORT = QLocale.FormatType.ShortFormat


def _at(ts: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(ts * 1000))


def _today(now: float | None):
    return _at(time.time() if now is None else now).date()


def message_time(ts: float, now: float | None = None) -> str:
    """Time alone for today, else the short date and time."""
    when = _at(ts)
    if when.date() == _today(now):
        return QLocale().toString(when.time(), SHORT)
    return QLocale().toString(when, SHORT)


def list_time(ts: float, now: float | None = None) -> str:
    """Time alone for today, else the short date (the conversation list is narrow)."""
    when = _at(ts)
    if when.date() == _today(now):
        return QLocale().toString(when.time(), SHORT)
    return QLocale().toString(when.date(), SHORT)


def exact_time(ts: float) -> str:
    """Date and time to the second, for a tooltip (ISO order reads the same everywhere)."""
    return _at(ts).toString("yyyy-MM-dd HH:mm:ss")
