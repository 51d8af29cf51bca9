"""Settings, built from the schema in storage/settings.py plus the Account (API key) page.

Behaviour people expect:
- OK checks every field first; a bad value is named under its field, its page is shown
  and nothing is saved.  Then the key is saved (keyring I/O off the GUI thread; if the
  keyring refuses, the dialog stays open and says so), then all settings in one write.
- Cancel, Escape and the window's close button save nothing.
- Restore Defaults puts the administrator's or built-in defaults into the fields (not the
  API key); nothing is saved until OK.
- A setting locked by the administrator, or given by the command line or an environment
  variable, is shown read-only with a note saying so.
- "Test connection" sends a real authenticated request to each host with the values in
  the dialog (not the saved ones) and reports OK, 401, 403 or the network error in words.

``tester(values, key)`` is supplied by the composition root: an async function returning
``api.config.ConnectionCheck`` objects for the given setting values and key.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QStackedWidget,
                               QVBoxLayout, QWidget)
from qasync import asyncSlot

from globalai_desktop.api.errors import redact, register_secret
from globalai_desktop.storage.config import Layer, env_source
from globalai_desktop.storage.secrets import ApiKeyProvider, SecretStoreError
from globalai_desktop.storage.settings import GROUPS, SCHEMA, Settings
from globalai_desktop.ui.dialogs.api_key_page import ApiKeyPage
from globalai_desktop.ui.dialogs.common import heading, muted, warning_label
from globalai_desktop.ui.dialogs.settings_fields import SettingField, tr

log = logging.getLogger(__name__)

Tester = Callable[[dict[str, Any], str | None], Awaitable[list[Any]]]


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, keys: ApiKeyProvider, *,
                 models: dict[str, list[tuple[str, str]]] | None = None,
                 tester: Tester | None = None, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setAccessibleName(self.tr("Settings"))
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.settings, self.keys, self._tester, self.demo = settings, keys, tester, demo
        self.fields: dict[str, SettingField] = {}
        self._busy = False
        self._test_task: asyncio.Task | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("settingsPages")
        self.nav.setAccessibleName(self.tr("Settings pages"))
        self.nav.setFixedWidth(170)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("settingsStack")
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.account = ApiKeyPage(keys, self)
        self.account.bind_test(self._test_connection)
        self._add_page("account", self.tr("Account"), self.account)
        for group, label in GROUPS:
            self._add_page(group, tr(label), self._build_group(group, models or {}))
        self.nav.setCurrentRow(0)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.setObjectName("settingsButtons")
        for which, name, text in (
                (QDialogButtonBox.StandardButton.Ok, "okButton", self.tr("OK")),
                (QDialogButtonBox.StandardButton.Cancel, "cancelButton", self.tr("Cancel")),
                (QDialogButtonBox.StandardButton.RestoreDefaults, "restoreDefaultsButton",
                 self.tr("Restore Defaults"))):
            b = self.buttons.button(which)
            b.setObjectName(name)
            b.setAccessibleName(text)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self._update_dependents()

    # --- construction -----------------------------------------------------------------
    def _add_page(self, name: str, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setSizeHint(QSize(150, 32))
        self.nav.addItem(item)
        wrapper = QWidget(self)
        col = QVBoxLayout(wrapper)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(heading(QLabel(title, wrapper)))
        col.addSpacing(6)
        col.addWidget(page, 1)
        self.stack.addWidget(wrapper)

    def _build_group(self, group: str, models: dict[str, list[tuple[str, str]]]) -> QWidget:
        page = QWidget(self)
        page.setObjectName(f"settingsPage_{group}")
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if group == "servers" and self.demo:
            note = muted(QLabel(self.tr("Demo mode: requests go to the built-in simulator. "
                                        "These addresses are used when you start the app "
                                        "normally."), page))
            form.addRow(note)
        for spec in (s for s in SCHEMA if s.group == group):
            f = SettingField(spec, page, models)
            f.set_value(self.settings.get(spec.key))
            self._freeze_if_fixed(f)
            f.edited.connect(self._update_dependents)
            self.fields[spec.key] = f
            form.addRow("" if spec.type == "bool" else
                        self.tr("{label}:").format(label=tr(spec.label)), f)
            if spec.key == "api.text_base_url":
                self.http_warning = warning_label(QLabel(page))
                self.http_warning.setObjectName("plainHttpWarning")
                f.layout().addWidget(self.http_warning)
        return page

    def _freeze_if_fixed(self, f: SettingField) -> None:
        key = f.spec.key
        source = self.settings.source(key)
        if self.settings.is_locked(key):
            f.freeze(self.tr("Set by your administrator; it cannot be changed here."))
        elif source is Layer.ENV:
            f.freeze(self.tr("Set by the environment variable {var} for this session.")
                     .format(var=env_source(key)))
        elif source is Layer.CLI:
            f.freeze(self.tr("Set on the command line for this session."))

    def _update_dependents(self) -> None:
        proxy = self.fields.get("network.proxy_mode")
        if proxy is not None:
            self.fields["network.proxy_url"].set_active(proxy.value() == "custom")
        url = str(self.fields["api.text_base_url"].value() or "").strip().lower()
        plain = url.startswith("http://") or (url and "://" not in url)
        self.http_warning.setText("⚠ " + self.tr(
            "This address uses plain http: your API key and your messages travel "
            "unencrypted. Use an https address if your gateway offers one.") if plain else "")
        self.http_warning.setVisible(bool(plain))

    # --- buttons ------------------------------------------------------------------------
    def restore_defaults(self) -> None:
        for key, f in self.fields.items():
            if not f.frozen:
                f.set_value(self.settings.default(key))
        self._update_dependents()

    def collect(self) -> dict[str, Any] | None:
        """Checked values of every editable field, or None after marking the bad ones."""
        values: dict[str, Any] = {}
        first_bad: SettingField | None = None
        for key, f in self.fields.items():
            if f.frozen:
                continue
            try:
                values[key] = f.check()
            except ValueError:
                first_bad = first_bad or f
        proxy = self.fields["network.proxy_url"]
        mode = values.get("network.proxy_mode", self.settings.get("network.proxy_mode"))
        address = values.get("network.proxy_url", self.settings.get("network.proxy_url"))
        if first_bad is None and mode == "custom" and not address:
            proxy.show_error(self.tr("enter the proxy address, e.g. "
                                     "http://proxy.example.com:3128"))
            first_bad = proxy
        if first_bad is not None:
            self._show_page(first_bad.spec.group)
            first_bad.editor.setFocus()
            return None
        return values

    def _show_page(self, name: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.nav.setCurrentRow(row)

    @asyncSlot()
    async def _on_ok(self) -> None:
        if self._busy:
            return
        values = self.collect()
        if values is None:
            return
        self._set_busy(True)
        try:
            change = self.account.pending_change()
            if change is not None:
                key, remember = change
                register_secret(key)      # before it is handed on (executors log arguments)
                try:
                    await asyncio.to_thread(lambda: self._apply_key(key, remember))
                except SecretStoreError as e:
                    self._show_page("account")
                    self.account.show_results([(False, html.escape(str(e)) + " " + self.tr(
                        "Choose “Keep it for this session only” to use the key now."))])
                    return
            self.settings.update(values)
        finally:
            self._set_busy(False)
        self.accept()

    def _apply_key(self, key: str, remember: bool) -> None:
        """Runs in a worker thread (keyring I/O)."""
        if not key:
            self.keys.forget()
            return
        if not remember and self.keys.stored_key:
            self.keys.forget()                     # "this session only" means not kept
        self.keys.save(key, remember=remember)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if self._busy:                             # a save is under way; let it finish
            return
        if self._test_task is not None:
            self._test_task.cancel()
        super().reject()

    def done(self, result: int) -> None:
        if self._test_task is not None and not self._test_task.done():
            self._test_task.cancel()
        super().done(result)

    # --- test connection ----------------------------------------------------------------
    def _test_connection(self) -> None:
        if self._tester is None or (self._test_task and not self._test_task.done()):
            return
        self._test_task = asyncio.ensure_future(self._run_test())

    async def _run_test(self) -> None:
        values = self.collect()
        if values is None:
            return
        merged = {s.key: self.settings.get(s.key) for s in SCHEMA}
        merged.update(values)
        self.account.test_button.setEnabled(False)
        self.account.show_results([(None, self.tr("Testing both hosts…"))])
        try:
            key = self.account.key_for_test()
            register_secret(key)
            checks = await self._tester(merged, key)
            host_names = {"text": self.tr("Text host"), "media": self.tr("Media host")}
            self.account.show_results([(c.ok, f"<b>{host_names.get(c.host, c.host)}</b>: "
                                        f"{html.escape(redact(c.message))}") for c in checks])
        except asyncio.CancelledError:
            raise
        except Exception as e:                     # the tester itself failed: say so here
            log.exception("connection test failed")
            self.account.show_results([(False, html.escape(self.tr(
                "The test could not run: {e}").format(e=redact(e))))])
        finally:
            self.account.test_button.setEnabled(True)
