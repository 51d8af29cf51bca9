"""Help ▸ About: what the app is, its version, and where it keeps things (for support)."""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from globalai_desktop.ui.dialogs.common import heading, muted
from globalai_desktop.ui.dialogs.keyring_reason import fact_text


class AboutDialog(QDialog):
    def __init__(self, *, version: str, facts: list[tuple[str, str]], icon: QIcon | None = None,
                 parent: QWidget | None = None) -> None:
        """``facts``: (label, value) rows such as the settings and log folders.  A value
        ending in a keyring reason in brackets ("none usable (not used in demo mode)") shows
        the reason in the interface language."""
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setAccessibleName(self.tr("About GlobalAI Desktop"))
        self.setWindowTitle(self.tr("About GlobalAI Desktop"))
        self._facts = [(self.tr("Version"), version),
                       ("Python", platform.python_version()),
                       ("Qt / PySide6", f"{qVersion()} / {pyside_version}"),
                       (self.tr("System"), f"{platform.system()} {platform.release()} "
                                           f"({sys.platform})"),
                       *((k, fact_text(v, self.tr)) for k, v in facts)]

        header = QHBoxLayout()
        header.setSpacing(16)
        if icon is not None and not icon.isNull():
            logo = QLabel(self)
            logo.setPixmap(icon.pixmap(72, 72))
            logo.setAccessibleName(self.tr("GlobalAI Desktop logo"))
            header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        name = heading(QLabel("GlobalAI Desktop", self), 1.6)
        col.addWidget(name)
        col.addWidget(muted(QLabel(self.tr("Version {v}").format(v=version), self)))
        blurb = QLabel(self.tr("A desktop client for the GlobalAI OPC gateway: chat with GPT, "
                               "Claude and Gemini, generate images and videos, and keep what "
                               "you make."), self)
        blurb.setWordWrap(True)
        col.addWidget(blurb)
        header.addLayout(col, 1)

        grid = QLabel(self)
        grid.setObjectName("aboutFacts")
        grid.setTextFormat(Qt.TextFormat.RichText)
        grid.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.setText("<table cellspacing='3'>" + "".join(
            f"<tr><td><b>{_esc(k)}</b>&nbsp;&nbsp;</td><td>{_esc(v)}</td></tr>"
            for k, v in self._facts[1:]) + "</table>")

        buttons = QDialogButtonBox(self)
        copy = QPushButton(self.tr("Copy Details"), self)
        copy.setObjectName("aboutCopy")
        copy.setAccessibleName(copy.text())
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("aboutClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 22, 22, 14)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(f"{k}: {v}" for k, v in self._facts))


def _esc(text: str) -> str:
    import html
    return html.escape(str(text))
