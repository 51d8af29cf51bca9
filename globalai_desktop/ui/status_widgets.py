"""Status-bar pieces: the connection indicator and the "Demo" badge.

``ConnectionIndicator.set_state(state, detail)`` takes the error presenter's states:
"unknown", "checking", "ok", "auth", "nokey", "offline".  The dot's colour comes from the
theme; the words say the same thing for people who cannot tell the colours apart.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from globalai_desktop.api.errors import redact
from globalai_desktop.ui.theme import status_color

_KIND = {"ok": "ok", "auth": "error", "offline": "error", "nokey": "warning",
         "checking": "info", "unknown": "muted"}


class _Dot(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.color = QColor()
        self.setFixedSize(QSize(10, 10))

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.color)
        p.drawEllipse(self.rect().adjusted(1, 1, -1, -1))


class ConnectionIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionIndicator")
        self.setAccessibleName(self.tr("Connection status"))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(6)
        self.dot = _Dot(self)
        self.label = QLabel(self)
        self.label.setObjectName("connectionText")
        row.addWidget(self.dot)
        row.addWidget(self.label)
        self.state = "unknown"

    def texts(self) -> dict[str, str]:
        return {"unknown": self.tr("Not connected yet"),
                "checking": self.tr("Checking the connection…"),
                "ok": self.tr("Connected"),
                "auth": self.tr("API key rejected"),
                "nokey": self.tr("No API key"),
                "offline": self.tr("Cannot reach the server")}

    def set_state(self, state: str, detail: str = "") -> None:
        self.state = state
        text = self.texts().get(state, state)
        self.label.setText(text)
        kind = _KIND.get(state, "muted")
        self.dot.color = (self.palette().color(QPalette.ColorRole.PlaceholderText)
                          if kind == "muted" else status_color(kind))
        self.dot.update()
        tip = f"{text}\n{redact(detail)}" if detail else text
        self._detail = detail
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:     # theme switched: recolour the dot
            self.set_state(self.state, getattr(self, "_detail", ""))


class DemoBadge(QLabel):
    """A small pill saying "Demo": everything answered comes from the built-in simulator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBadge")
        self.setText(self.tr("Demo"))
        self.setAccessibleName(self.tr("Demo mode"))
        self.setToolTip(self.tr("Demo mode: answers, images and videos come from a built-in "
                                "simulator, not from GlobalAI."))
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        color = status_color("demo").name()
        sheet = (f"QLabel#demoBadge {{ color: palette(highlighted-text); background: {color}; "
                 f"border-radius: 8px; padding: 1px 10px; font-weight: bold; margin: 2px 6px; }}")
        if sheet != self.styleSheet():      # re-styling triggers a palette change itself
            self.setStyleSheet(sheet)
