"""Small, Qt-free formatting helpers for times and durations shown in the Video tab."""

from __future__ import annotations


def clock(ms: int | float | None) -> str:
    """``83_000`` → ``"1:23"``; hours appear only when needed (``"1:02:03"``)."""
    if ms is None or ms < 0:
        return "–:––"
    total = int(ms // 1000)
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def elapsed(seconds: float | None) -> str:
    """Elapsed wall time for the queue: ``"45 s"``, ``"3:07"``, ``"1 h 04 min"``."""
    if seconds is None or seconds < 0:
        return "–"
    s = int(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60}:{s % 60:02d}"
    return f"{s // 3600} h {(s % 3600) // 60:02d} min"
