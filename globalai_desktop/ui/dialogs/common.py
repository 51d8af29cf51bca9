"""Small pieces the shell's dialogs share: secondary and warning lines, headings, and the
masked API-key field with its Show/Hide button."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from globalai_desktop.ui.theme import status_color


def muted(label: QLabel) -> QLabel:
    """A secondary, word-wrapped line of text in the placeholder colour."""
    label.setWordWrap(True)
    # Expanding: otherwise a wrapped label in a form column settles for a narrow width.
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def warning_label(label: QLabel) -> QLabel:
    """A word-wrapped line in the theme's warning colour."""
    muted(label)
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, status_color("warning"))
    label.setPalette(pal)
    label.setForegroundRole(QPalette.ColorRole.WindowText)
    return label


def heading(label: QLabel, scale: float = 1.35) -> QLabel:
    """Bold, ``scale`` times the normal size: a dialog's or a page's title."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class MaskedKeyField(QWidget):
    """A password-style line edit for the API key and a Show/Hide toggle beside it.
    ``edit`` and ``show_button`` are public (tests and buddies use them)."""

    def __init__(self, object_name: str, placeholder: str, show_object_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(object_name)
        self.edit.setAccessibleName(self.tr("API key"))
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(320)
        row.addWidget(self.edit, 1)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName(show_object_name)
        self.show_button.setAccessibleName(self.tr("Show or hide the API key"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_shown)
        row.addWidget(self.show_button)

    def _toggle_shown(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                              else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def lock(self) -> None:
        """Read-only: the key comes from elsewhere (environment, demo)."""
        self.edit.setReadOnly(True)
        self.edit.setEnabled(False)
