"""One dialog for every authentication problem happening at once (401 and 403).

The error presenter owns at most one ``AuthProblemDialog``; each new 401/403 is added to
it (``add_unauthorized`` / ``add_forbidden``) instead of opening another.  The dialog says
what is wrong in words, offers "Open Settings", and "Retry" once retrying can help: after
the key changed (401), or at any time for a 403 (the GlobalAI team may have provisioned
the key meanwhile).  It never retries on its own.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
                               QStyle, QVBoxLayout, QWidget)

from globalai_desktop.ui.dialogs.common import heading


class AuthProblemDialog(QDialog):
    openSettingsRequested = Signal()
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authProblemDialog")
        self.setAccessibleName(self.tr("API key problem"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.unauthorized = 0                      # how many 401s
        self.no_key = False
        self.forbidden: dict[tuple[str, str], str] = {}   # (endpoint, model) → server message
        self.pending = 0                           # failed requests that can be retried
        self.key_changed = False

        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(44, 44))
        icon.setAccessibleName(self.tr("Warning"))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text_col = QVBoxLayout()
        self.heading = heading(QLabel(self), 1.2)
        self.heading.setObjectName("authHeading")
        self.heading.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("authBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setMinimumWidth(420)
        self.footer = QLabel(self)
        self.footer.setObjectName("authFooter")
        self.footer.setWordWrap(True)
        self.footer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        text_col.addWidget(self.heading)
        text_col.addWidget(self.body)
        text_col.addWidget(self.footer)
        top.addLayout(text_col, 1)

        self.buttons = QDialogButtonBox(self)
        self.settings_button = QPushButton(self.tr("Open Settings"), self)
        self.settings_button.setObjectName("openSettingsButton")
        self.settings_button.setAccessibleName(self.tr("Open Settings"))
        self.settings_button.setDefault(True)
        self.settings_button.clicked.connect(self.openSettingsRequested)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAccessibleName(self.tr("Retry the failed requests"))
        self.retry_button.clicked.connect(self._retry)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self._render()

    # --- what the presenter calls ---------------------------------------------------
    def add_unauthorized(self, *, no_key: bool, retryable: bool) -> None:
        self.unauthorized += 1
        self.no_key = self.no_key or no_key
        self.key_changed = False                 # a new rejection: the key is wrong again
        self.pending += int(retryable)
        self._render()

    def add_forbidden(self, endpoint: str, model: str, message: str, *, retryable: bool,
                      denied: str | None = None) -> None:
        """``denied`` is what the server refused: ``"endpoint"``, ``"model"`` or None (unclear)."""
        if denied == "endpoint":
            model = ""
        elif denied == "model":
            endpoint = ""
        self.forbidden.setdefault((endpoint, model), message)
        self.pending += int(retryable)
        self._render()

    def set_key_changed(self) -> None:
        self.key_changed = True
        self._render()

    def can_retry(self) -> bool:
        if not self.pending:
            return False
        return self.key_changed or not self.unauthorized

    # --- rendering ------------------------------------------------------------------
    def _render(self) -> None:
        parts: list[str] = []
        if self.unauthorized:
            if self.no_key:
                heading = self.tr("No API key is set")
                parts.append(self.tr("GlobalAI needs your API key before it can answer. "
                                     "Open Settings and paste the key you received from "
                                     "the GlobalAI OPC team."))
            else:
                heading = self.tr("Your API key was rejected")
                parts.append(self.tr("The GlobalAI server did not accept the API key: it is "
                                     "missing, mistyped, or no longer valid. Open Settings "
                                     "to paste a valid key."))
            if self.key_changed:
                parts.append(self.tr("<b>The key has been changed.</b> Retry to send the "
                                     "failed requests again."))
        else:
            heading = self.tr("Your API key is not enabled for this")
        if self.forbidden:
            items = "".join(f"<li>{html.escape(self._describe(ep, model))}</li>"
                            for ep, model in self.forbidden)
            parts.append(self.tr("The key works, but your GlobalAI OPC account is not "
                                 "provisioned for:") + f"<ul>{items}</ul>"
                         + self.tr("Ask the GlobalAI OPC team to enable it for your key, or "
                                   "choose another model."))
        self.heading.setText(heading)
        self.setWindowTitle(heading)
        self.body.setText("".join(f"<p>{p}</p>" if not p.startswith("<") else p
                                  for p in parts))
        if self.pending:
            self.footer.setText(
                self.tr("The failed request can be sent again once this is fixed. Nothing "
                        "you typed was lost.") if self.pending == 1 else
                self.tr("%n failed requests can be sent again once this is fixed. Nothing "
                        "you typed was lost.", "", self.pending))
        else:
            self.footer.setText("")
        self.footer.setVisible(bool(self.pending))
        self.retry_button.setVisible(bool(self.pending))
        self.retry_button.setEnabled(self.can_retry())
        if self.can_retry():
            self.retry_button.setDefault(True)
        self.setAccessibleDescription(self.body.text())

    def _describe(self, endpoint: str, model: str) -> str:
        if model and endpoint:
            return self.tr("the model {model} or the endpoint {endpoint}").format(
                model=model, endpoint=endpoint)
        if model:
            return self.tr("the model {model}").format(model=model)
        return self.tr("the endpoint {endpoint}").format(endpoint=endpoint or self.tr("(unknown)"))

    def _retry(self) -> None:
        self.retryRequested.emit()
        self.accept()
