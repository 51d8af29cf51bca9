"""The "Account" page of Settings: the API key, where it is kept, and "Test connection".

What the field shows is what OK keeps: a changed key is saved, an emptied field removes
the key.  Where it is kept is the person's choice between the OS keyring (named, e.g.
"SecretService Keyring") and this session only; with no usable keyring the page says so
and offers the session or the ``GLOBALAIOPC_API_KEY`` variable.  A key from that variable
(or the demo key) is shown as such and cannot be edited here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from globalai_desktop.storage.config import ENV_API_KEY
from globalai_desktop.storage.secrets import ApiKeyProvider, KeySource
from globalai_desktop.ui.dialogs.common import MaskedKeyField, muted, warning_label
from globalai_desktop.ui.dialogs.keyring_reason import reason_text
from globalai_desktop.ui.theme import status_color


class ApiKeyPage(QWidget):
    def __init__(self, keys: ApiKeyProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("apiKeyPage")
        self.keys = keys
        key, source = keys.current()
        self.source = source
        self.original = key if source in (KeySource.SESSION, KeySource.KEYRING) else None
        info = keys.backend_info
        self.keyring_usable = bool(info and info.usable)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        self.key_field = MaskedKeyField("apiKeyEdit", self.tr(
            "Paste the key from the GlobalAI OPC team"), "showKeyButton", self)
        self.key_edit, self.show_button = self.key_field.edit, self.key_field.show_button
        self.key_edit.setText(key or "")
        key_label = QLabel(self.tr("API &key:"), self)
        key_label.setBuddy(self.key_edit)
        self.source_note = muted(QLabel(self))
        self.source_note.setObjectName("keySourceNote")
        key_col = QVBoxLayout()
        key_col.setSpacing(3)
        key_col.addWidget(self.key_field)
        key_col.addWidget(self.source_note)
        form.addRow(key_label, key_col)

        self.remember = QRadioButton(self.tr("Remember the key in the system keyring"), self)
        self.remember.setObjectName("rememberKeyRadio")
        self.remember.setAccessibleName(self.remember.text())
        self.session_only = QRadioButton(self.tr("Keep it for this session only"), self)
        self.session_only.setObjectName("sessionOnlyRadio")
        self.session_only.setAccessibleName(self.session_only.text())
        group = QButtonGroup(self)
        group.addButton(self.remember)
        group.addButton(self.session_only)
        storage = QVBoxLayout()
        storage.setSpacing(4)
        storage.addWidget(self.remember)
        storage.addWidget(self.session_only)
        self.backend_warning = warning_label(QLabel(self))
        self.backend_warning.setObjectName("keyringProblem")
        self.backend_warning.hide()
        storage.addWidget(self.backend_warning)
        self.backend_note = muted(QLabel(self))
        self.backend_note.setObjectName("keyringBackendNote")
        storage.addWidget(self.backend_note)
        form.addRow(self.tr("Storage:"), storage)

        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_results = QLabel(self)
        self.test_results.setObjectName("testConnectionResults")
        self.test_results.setAccessibleName(self.tr("Connection test results"))
        self.test_results.setWordWrap(True)
        self.test_results.setTextFormat(Qt.TextFormat.RichText)
        self.test_results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_results, 1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(line)
        layout.addLayout(test_row)
        layout.addStretch(1)
        self._describe()

    def _describe(self) -> None:
        info = self.keys.backend_info
        if self.source is KeySource.DEMO:
            self._lock_field(self.tr("Demo mode uses the built-in simulator's key. Nothing is "
                                     "saved."))
        elif self.source is KeySource.ENV:
            self._lock_field(self.tr("This key comes from the environment variable {var}. "
                                     "It overrides any saved key; unset the variable to use "
                                     "a key saved here.").format(var=ENV_API_KEY))
        else:
            self.source_note.setText(self.tr("One key works for chat, images and videos. It "
                                             "is never written to settings or logs."))
        if self.source is KeySource.DEMO:
            self.backend_note.setText(self.tr("The system keyring is not used in demo mode."))
        elif self.keyring_usable:
            self.backend_note.setText(self.tr("Keyring in use: {name}").format(name=info.name))
            self.remember.setChecked(self.source is not KeySource.SESSION)
            self.session_only.setChecked(self.source is KeySource.SESSION)
        else:
            reason = (reason_text(info.reason) if info
                      else self.tr("the keyring has not been checked yet"))
            self.backend_warning.setText(self.tr("No usable system keyring: {reason}.")
                                         .format(reason=reason.rstrip(".")))
            self.backend_warning.show()
            self.backend_note.setText(self.tr("Keep the key for this session only, or set the "
                                              "environment variable {var} before starting "
                                              "the app.").format(var=ENV_API_KEY))
            self.remember.setEnabled(False)
            self.session_only.setChecked(True)

    def _lock_field(self, note: str) -> None:
        self.key_field.lock()
        self.remember.setEnabled(False)
        self.session_only.setEnabled(False)
        self.source_note.setText(note)

    # --- what the dialog asks ---------------------------------------------------------
    def editable(self) -> bool:
        return self.source not in (KeySource.DEMO, KeySource.ENV)

    def typed_key(self) -> str:
        return self.key_edit.text().strip()

    def key_for_test(self) -> str | None:
        """The key "Test connection" should use: what is typed, or the key in effect."""
        return self.typed_key() if self.editable() else self.keys()

    def pending_change(self) -> tuple[str, bool] | None:
        """(key, remember) to apply on OK; ("", …) means remove; None means no change."""
        if not self.editable():
            return None
        key, remember = self.typed_key(), self.remember.isChecked()
        was_session = self.source is KeySource.SESSION
        if key == (self.original or "") and remember != was_session:
            return None
        if not key and not self.original:
            return None
        return key, remember

    def show_results(self, lines: list[tuple[bool | None, str]]) -> None:
        """Each line: (ok, text); ok=None for "in progress"."""
        out = []
        for ok, text in lines:
            kind = "info" if ok is None else ("ok" if ok else "error")
            mark = "…" if ok is None else ("✓" if ok else "✗")
            out.append(f"<span style='color:{status_color(kind).name()}'>{mark}</span> {text}")
        self.test_results.setText("<br>".join(out))

    def bind_test(self, run: Callable[[], Awaitable[Any]]) -> None:
        self.test_button.clicked.connect(lambda: run())
