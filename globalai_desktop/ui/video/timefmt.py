"""Qt-free clock readings for the Video tab's player and history.

Elapsed task time and dates are words in the interface language: see
:mod:`globalai_desktop.ui.widgets.time_text`.
"""

from __future__ import annotations


def clock(ms: int | float | None) -> str:
    """``83_000`` → ``"1:23"``; hours appear only when needed (``"1:02:03"``)."""
    if ms is None or ms < 0:
        return "–:––"
    total = int(ms // 1000)
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
