"""How a video task's state reads and looks: words, status colour, icon.

Kept apart from the widgets so the queue, the history and notifications say the same
thing in the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from globalai_desktop.domain.media import TaskState


def _tr(text: str) -> str:
    return QCoreApplication.translate("VideoTask", text)


def state_label(state: TaskState, paused: bool = False) -> str:
    if paused and state.active:
        return _tr("Waiting")
    return {
        TaskState.SUBMITTING: _tr("Sending"),
        TaskState.OUTCOME_UNKNOWN: _tr("Outcome unknown"),
        TaskState.QUEUED: _tr("Queued"),
        TaskState.PROCESSING: _tr("Generating"),
        TaskState.DOWNLOADING: _tr("Saving"),
        TaskState.DONE: _tr("Ready"),
        TaskState.FAILED: _tr("Failed"),
        TaskState.CANCELLED: _tr("Cancelled"),
        TaskState.EXPIRED: _tr("Expired"),
        TaskState.UNTRACKED: _tr("Not tracked"),
    }.get(state, str(state.value))


def state_tone(state: TaskState, paused: bool = False) -> str:
    """``"info"`` (running), ``"ok"``, ``"warning"`` or ``"error"``."""
    if paused and state.active:
        return "warning"
    if state.active:
        return "info"
    if state is TaskState.DONE:
        return "ok"
    if state in (TaskState.FAILED, TaskState.OUTCOME_UNKNOWN):
        return "error"
    return "warning"


def tone_color(tone: str) -> QColor:
    """The theme's status colour for ``tone`` (palette highlight if no theme is loaded)."""
    try:
        from globalai_desktop.ui.theme import status_color
        return status_color(tone)
    except Exception:  # the theme module is optional for these widgets
        app = QApplication.instance()
        pal = app.palette() if app is not None else QPalette()
        return pal.color(QPalette.ColorRole.Highlight)


def state_icon(state: TaskState):
    st = QApplication.style()
    pix = {
        TaskState.DONE: QStyle.StandardPixmap.SP_MediaPlay,
        TaskState.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
        TaskState.OUTCOME_UNKNOWN: QStyle.StandardPixmap.SP_MessageBoxQuestion,
        TaskState.EXPIRED: QStyle.StandardPixmap.SP_MessageBoxWarning,
        TaskState.CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton,
        TaskState.UNTRACKED: QStyle.StandardPixmap.SP_MediaStop,
    }.get(state, QStyle.StandardPixmap.SP_BrowserReload)
    return st.standardIcon(pix)


def chip_style(tone: str) -> str:
    """Style sheet for a small rounded state chip in the theme's status colour."""
    bg = tone_color(tone)
    app = QApplication.instance()
    pal = app.palette() if app is not None else QPalette()
    # Light status colours (the dark theme's) need dark text; dark ones need light text.
    light_bg = bg.lightnessF() > 0.6
    fg = pal.color(QPalette.ColorRole.Window if light_bg and pal.color(
        QPalette.ColorRole.Window).lightnessF() < 0.5 else QPalette.ColorRole.HighlightedText)
    if light_bg and fg.lightnessF() > 0.6:
        fg = pal.color(QPalette.ColorRole.WindowText if pal.color(
            QPalette.ColorRole.WindowText).lightnessF() < 0.5 else QPalette.ColorRole.Shadow)
    return (f"QLabel {{ background-color: {bg.name()}; color: {fg.name()}; "
            "border-radius: 9px; padding: 1px 9px; font-weight: 600; }")


def tinted_icon(pixmap_id, widget) -> QIcon:
    """A standard style icon recoloured with the widget palette's button text colour,
    so media symbols stay visible on dark themes (the stock ones are drawn dark)."""
    base = widget.style().standardIcon(pixmap_id)
    color = widget.palette().color(QPalette.ColorRole.ButtonText)
    out = QIcon()
    for size in (16, 24, 32):
        pm = base.pixmap(size, size)
        if pm.isNull():
            continue
        tinted = QPixmap(pm.size())
        tinted.setDevicePixelRatio(pm.devicePixelRatio())
        tinted.fill(QColor(0, 0, 0, 0))
        painter = QPainter(tinted)
        painter.drawPixmap(0, 0, pm)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(tinted.rect(), color)
        painter.end()
        out.addPixmap(tinted)
    return out
