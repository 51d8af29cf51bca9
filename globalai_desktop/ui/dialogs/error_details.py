"""A non-modal dialog for an unexpected error: what happened in a sentence, the technical
details folded away, and "Copy details" for a bug report.  The details are redacted (the
API key never reaches the clipboard).  Repeats of the same error add to one dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QStyle, QVBoxLayout, QWidget)

from globalai_desktop.api.errors import redact


class ErrorDetailsDialog(QDialog):
    def __init__(self, title: str, summary: str, details: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDetailsDialog")
        self.setAccessibleName(self.tr("Error details"))
        self.setWindowTitle(title)
        self._title = title
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.count = 1
        self._details = redact(details)

        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAccessibleName(self.tr("Error"))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(redact(summary), self)
        self.summary.setObjectName("errorSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(380)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.summary, 1)

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("errorDetailsText")
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setReadOnly(True)
        self.details.setPlainText(self._details)
        self.details.setVisible(False)
        self.details.setMinimumHeight(180)

        buttons = QDialogButtonBox(self)
        self.toggle = QPushButton(self.tr("Show details"), self)
        self.toggle.setObjectName("toggleDetailsButton")
        self.toggle.setAccessibleName(self.tr("Show or hide technical details"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggle)
        self.copy = QPushButton(self.tr("Copy details"), self)
        self.copy.setObjectName("copyDetailsButton")
        self.copy.setAccessibleName(self.tr("Copy details"))
        self.copy.clicked.connect(self.copy_details)
        buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def details_text(self) -> str:
        return self._details

    def add_occurrence(self, details: str) -> None:
        """The same problem happened again while this dialog was open."""
        self.count += 1
        self._details += "\n\n" + "—" * 20 + "\n" + redact(details)
        self.details.setPlainText(self._details)
        self.setWindowTitle(self.tr("{title} ({count} times)").format(
            title=self._title, count=self.count))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.copy.setText(self.tr("Copied"))

    def _toggle(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()
