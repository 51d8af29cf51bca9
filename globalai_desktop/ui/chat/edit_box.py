"""Inline editor for one of the person's messages ("Edit" → change → "Send again")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class EditBox(QWidget):
    """``submitted(text)`` when the person sends the edited text; ``cancelled()``."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatEditBox")
        self.setAccessibleName(self.tr("Edit your message"))
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("chatEditMessageText")
        self.edit.setAccessibleName(self.tr("Edited message text"))
        self.edit.setPlainText(text)
        self.edit.setMinimumHeight(80)
        send = QPushButton(self.tr("Send again"), self)
        send.setObjectName("chatEditSend")
        send.setAccessibleName(self.tr("Send the edited message"))
        send.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("chatEditCancel")
        cancel.setAccessibleName(self.tr("Cancel editing"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(send)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        lay.addLayout(row)
        send.clicked.connect(lambda: self.submitted.emit(self.edit.toPlainText()))
        cancel.clicked.connect(self.cancelled)

    def text(self) -> str:
        return self.edit.toPlainText()
