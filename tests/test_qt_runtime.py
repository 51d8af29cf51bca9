"""Guards against a Qt binding that would crash the app in a long session.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt call that
returns nothing; after a few thousand calls Python aborts ("none_dealloc").  The
dependency pin keeps that release out; this test fails if a broken binding sneaks back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
    after = sys.getrefcount(None)
    # Other threads may take or drop a few references meanwhile; a leak is one per call.
    assert after - before > -100, f"None lost {before - after} references over 5000 calls"


def test_signal_emits_do_not_leak_references_to_true(qapp):
    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        fired = Signal(int)

    src = Source()
    seen: list[int] = []
    src.fired.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(5000):
        src.fired.emit(i)
    after = sys.getrefcount(True)
    assert len(seen) == 5000
    assert after - before > -100, f"True lost {before - after} references over 5000 emits"
