"""First start without any API key: paste a key, or try the demo, or decide later.

The dialog only collects the choice; the main window saves the key (keyring I/O off the
GUI thread) or starts demo mode.  Signals: ``keyEntered(key, remember)``,
``demoRequested()``; "Later" simply closes (requests will then say a key is needed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from globalai_desktop.api.errors import register_secret
from globalai_desktop.storage.config import ENV_API_KEY
from globalai_desktop.ui.dialogs.common import MaskedKeyField, heading, muted
from globalai_desktop.ui.dialogs.keyring_reason import reason_text


class FirstRunDialog(QDialog):
    keyEntered = Signal(str, bool)
    demoRequested = Signal()

    def __init__(self, *, keyring_name: str | None, keyring_problem: str | None,
                 icon: QIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setAccessibleName(self.tr("Welcome"))
        self.setWindowTitle(self.tr("Welcome to GlobalAI Desktop"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        header = QHBoxLayout()
        if icon is not None and not icon.isNull():
            logo = QLabel(self)
            logo.setPixmap(icon.pixmap(56, 56))
            logo.setAccessibleName(self.tr("GlobalAI Desktop logo"))
            header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title_col = QVBoxLayout()
        title = heading(QLabel(self.tr("Welcome to GlobalAI Desktop"), self), 1.5)
        intro = QLabel(self.tr("Chat with GPT, Claude and Gemini, and create images and "
                               "videos through the GlobalAI OPC gateway. To begin, paste "
                               "the API key you received from the GlobalAI OPC team."), self)
        intro.setWordWrap(True)
        title_col.addWidget(title)
        title_col.addWidget(intro)
        header.addLayout(title_col, 1)

        self.key_field = MaskedKeyField("firstRunKeyEdit", self.tr("API key"), "firstRunShowKey",
                                        self)
        self.key_edit, self.show_button = self.key_field.edit, self.key_field.show_button
        self.key_edit.textChanged.connect(self._update)

        self.remember = QCheckBox(self)
        self.remember.setObjectName("firstRunRemember")
        if keyring_problem:
            reason = reason_text(keyring_problem).rstrip("。.")    # the sentence adds its own
            self.remember.setText(self.tr("Remember the key (no system keyring available)"))
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            where = muted(QLabel(self.tr(
                "No usable system keyring: {reason}. The key will be kept for this session "
                "only; to avoid typing it each time, set the environment variable {var}.")
                .format(reason=reason, var=ENV_API_KEY), self))
        else:
            self.remember.setText(self.tr("Remember the key in the system keyring"))
            self.remember.setChecked(True)
            where = muted(QLabel(self.tr("Stored by: {name}. The key is never written to "
                                         "settings or logs.").format(name=keyring_name or "—"),
                                 self))
        self.remember.setAccessibleName(self.remember.text())
        where.setObjectName("firstRunKeyringNote")

        demo_note = muted(QLabel(self.tr("No key yet? The demo runs every tab against a "
                                         "built-in simulator, no account needed."), self))

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save and Continue"), self)
        self.save_button.setObjectName("firstRunSave")
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Try the Demo"), self)
        self.demo_button.setObjectName("firstRunDemo")
        self.demo_button.setAccessibleName(self.demo_button.text())
        self.later_button = QPushButton(self.tr("Later"), self)
        self.later_button.setObjectName("firstRunLater")
        self.later_button.setAccessibleName(self.later_button.text())
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self._save)
        self.demo_button.clicked.connect(self._demo)
        self.later_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 22, 22, 14)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addSpacing(4)
        layout.addWidget(self.key_field)
        layout.addWidget(self.remember)
        layout.addWidget(where)
        layout.addWidget(demo_note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.key_edit.text().strip()))

    def _save(self) -> None:
        key = self.key_edit.text().strip()
        if key:
            register_secret(key)          # masked in every log line from here on
            self.keyEntered.emit(key, self.remember.isChecked())
            self.accept()

    def _demo(self) -> None:
        self.demoRequested.emit()
        self.accept()
