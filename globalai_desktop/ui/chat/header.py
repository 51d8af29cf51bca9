"""The bar above the conversation: its title, the model picker and the settings toggle,
plus the notice line under it (confirmations and file problems, never a dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from globalai_desktop.ui.chat.model_picker import ModelPicker
from globalai_desktop.ui.chat.style import Restyler, chat_colors, css

INFO_SECONDS = 3.5     # "Saved to …", "Code copied."
ERROR_SECONDS = 12     # long enough to read a file problem


class ChatHeader(QFrame, Restyler):
    def __init__(self, catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatHeader")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 8, 12, 8)
        self.title = QLabel(self)
        self.title.setObjectName("chatTitle")
        self.title.setAccessibleName(self.tr("Conversation title"))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.title, 1)
        self.picker = ModelPicker(catalog, self)
        lay.addWidget(self.picker)
        self.settings_btn = QToolButton(self)
        self.settings_btn.setObjectName("chatSettingsToggle")
        self.settings_btn.setText(self.tr("Settings"))
        self.settings_btn.setToolTip(self.tr("Show or hide this conversation's settings"))
        self.settings_btn.setAccessibleName(self.tr("Conversation settings"))
        self.settings_btn.setCheckable(True)
        self.settings_btn.setChecked(True)
        lay.addWidget(self.settings_btn)
        self._apply_colors()

    def _apply_colors(self) -> None:
        c = chat_colors()
        self.setStyleSheet(f"QFrame#chatHeader {{ border-bottom: 1px solid {css(c.border)}; }}"
                           "QLabel#chatTitle { font-size: 12pt; font-weight: 600; }")

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._palette_changed():
            self._apply_colors()


class NoticeBar(QLabel):
    """One line of feedback that hides itself after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatNotice")
        self.setAccessibleName(self.tr("Chat notice"))
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_text(self, text: str, error: bool = True) -> None:
        c = chat_colors()
        self.setStyleSheet(
            f"QLabel#chatNotice {{ color: {css(c.error if error else c.text)};"
            f" background: {css(c.chip_bg)}; border-bottom: 1px solid {css(c.border)};"
            f" padding: 6px 16px; }}")
        self.setText(text)
        self.setVisible(bool(text))
        if text:
            self._timer.start(int((ERROR_SECONDS if error else INFO_SECONDS) * 1000))
