"""Non-modal notices shown at the top of the main window (above the tabs).

A notice is one line of text with a severity, optional buttons ("Retry", "Details…") and
a close button.  Posting a notice with the ``key`` of one already shown updates that
notice and counts the repeat ("×3") instead of stacking another: five failing requests
make one notice.  At most ``MAX_VISIBLE`` notices are shown; the oldest gives way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle,
                               QToolButton, QVBoxLayout, QWidget)

from globalai_desktop.ui.theme import status_color

MAX_VISIBLE = 3

_ICONS = {
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
}


class Notice(QFrame):
    """One notice.  ``actions`` are (label, callback) pairs; a callback runs, then the
    notice closes (a Retry that fails again posts a fresh notice)."""

    closed = Signal(str)

    def __init__(self, key: str, text: str, level: str,
                 actions: list[tuple[str, Callable[[], None]]], parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.count = 1
        self.action_count = len(actions)
        self._text = text
        self.setObjectName("notice")
        self.setAccessibleName(self.tr("Notification"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        accent = status_color(level if level != "ok" else "ok").name()
        self.setStyleSheet(f"QFrame#notice {{ border: 1px solid palette(mid); "
                           f"border-left: 4px solid {accent}; border-radius: 4px; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.setSpacing(8)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(_ICONS.get(level, _ICONS["info"])).pixmap(18, 18))
        icon.setAccessibleName(self.tr("Severity"))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.label, 1)
        for label, callback in actions:
            b = QPushButton(label, self)
            b.setObjectName("noticeAction")
            b.setAccessibleName(label)
            b.clicked.connect(lambda _=False, cb=callback: self._run(cb))
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        close = QToolButton(self)
        close.setObjectName("noticeClose")
        close.setAccessibleName(self.tr("Dismiss notification"))
        close.setToolTip(self.tr("Dismiss"))
        close.setAutoRaise(True)
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.clicked.connect(self.dismiss)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._render()

    def text(self) -> str:
        return self.label.text()

    def repeat(self, text: str) -> None:
        self.count += 1
        self._text = text
        self._render()

    def _render(self) -> None:
        suffix = self.tr(" (×%n)", "", self.count) if self.count > 1 else ""
        self.label.setText(self._text + suffix)
        self.setAccessibleDescription(self.label.text())

    def _run(self, callback: Callable[[], None]) -> None:
        self.dismiss()
        callback()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit(self.key)
        self.deleteLater()


class NotificationBar(QWidget):
    """The column of notices; hidden when empty.  ``dismissed(key)`` fires when a notice
    goes away (closed, acted on, or pushed out by newer ones)."""

    dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBar")
        self.setAccessibleName(self.tr("Notifications"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 10, 8)
        self._layout.setSpacing(6)
        self._notices: dict[str, Notice] = {}
        self.hide()

    def post(self, key: str, text: str, *, level: str = "error",
             actions: list[tuple[str, Callable[[], None]]] | None = None) -> Notice:
        existing = self._notices.get(key)
        actions = actions or []
        if existing is not None and len(actions) <= existing.action_count:
            existing.repeat(text)
            return existing
        repeats = 0
        if existing is not None:           # the repeat brings a button (Retry): rebuild it
            repeats = existing.count
            self._notices.pop(key)
            existing.closed.disconnect(self._forget)
            existing.hide()
            existing.deleteLater()
        notice = Notice(key, text, level, actions, self)
        if repeats:
            notice.count = repeats
            notice.repeat(text)
        notice.closed.connect(self._forget)
        self._notices[key] = notice
        self._layout.addWidget(notice)
        while len(self._notices) > MAX_VISIBLE:
            oldest = next(iter(self._notices.values()))
            oldest.dismiss()
        self.show()
        return notice

    def notices(self) -> list[Notice]:
        return list(self._notices.values())

    def dismiss(self, key: str) -> None:
        if key in self._notices:
            self._notices[key].dismiss()

    def _forget(self, key: str) -> None:
        self._notices.pop(key, None)
        self.dismissed.emit(key)
        if not self._notices:
            self.hide()
