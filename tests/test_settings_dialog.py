"""The Settings dialog as a person uses it: OK, Cancel, Escape, Restore Defaults, read-only
settings, bad input, and "Test connection" against the simulator."""

from __future__ import annotations

import asyncio
import contextlib
import json
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from globalai_desktop import paths
from globalai_desktop.storage.secrets import KeySource
from globalai_desktop.storage.settings import FILE_NAME
from tests.fixtures_sim import TEST_KEY
from tests.shell_harness import gone, run, running_shell, until


@contextlib.asynccontextmanager
async def settings_open(qapp, sim, user=None, **kw):
    """A running shell with its Settings dialog open (``user``: values set beforehand)."""
    async with running_shell(qapp, sim=sim, **kw) as shell:
        if user:
            shell.settings.update(user)
        shell.open_settings()
        dialog = shell.settings_dialog
        await until(dialog.isVisible, what="Settings")
        yield shell, dialog


def button(dialog, which):
    return dialog.buttons.button(which)


def settings_file() -> dict:
    p = paths.config_dir() / FILE_NAME
    return json.loads(p.read_text()) if p.exists() else {}


async def press_ok(dialog):
    button(dialog, QDialogButtonBox.StandardButton.Ok).click()
    await until(lambda: gone(dialog), what="Settings to close")


def test_ok_saves_every_change_and_the_key_goes_to_the_key_store_not_the_file(qapp, qloop, sim):
    async def scenario():
        async with settings_open(qapp, sim) as (shell, dialog):
            dialog.fields["ui.theme"].set_value("dark")
            dialog.fields["network.proxy_mode"].set_value("custom")
            dialog.fields["network.proxy_url"].set_value("http://proxy.example.com:3128")
            dialog.fields["network.read_timeout"].set_value(300)
            assert dialog.fields["network.proxy_url"].editor.isEnabled()
            dialog.account.key_edit.setText("sk-typed-in-settings-123456")
            await press_ok(dialog)

            s = shell.settings
            assert s.get("ui.theme") == "dark"
            assert qapp.property("globalaiScheme") == "dark"          # applied at once
            assert s.get("network.proxy_url") == "http://proxy.example.com:3128"
            assert s.get("network.read_timeout") == 300.0
            assert shell.keys() == "sk-typed-in-settings-123456"
            assert shell.keys.source is KeySource.SESSION             # no keyring here
            await until(lambda: shell.client.config.proxy_mode == "custom",
                        what="the client to use the new proxy")
            s.flush()
            text = (paths.config_dir() / FILE_NAME).read_text()
            assert "dark" in text and "sk-typed-in-settings" not in text
    run(qloop, scenario())


@pytest.mark.parametrize("how", ["cancel", "escape", "close"])
def test_cancel_escape_and_close_save_nothing(qapp, qloop, qtbot, sim, how):
    async def scenario():
        async with settings_open(qapp, sim) as (shell, dialog):
            before = settings_file()
            url_before = shell.settings.get("api.media_base_url")
            dialog.fields["ui.theme"].set_value("dark")
            dialog.account.key_edit.setText("sk-should-not-be-kept-000")
            if how == "cancel":
                button(dialog, QDialogButtonBox.StandardButton.Cancel).click()
            elif how == "escape":
                qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            else:
                dialog.close()
            await until(lambda: gone(dialog), what="Settings to close")
            shell.settings.flush()
            assert shell.settings.get("ui.theme") == "system"
            assert shell.settings.get("api.media_base_url") == url_before
            assert shell.keys() is None
            assert settings_file().get("values", {}) == before.get("values", {})
    run(qloop, scenario())


def test_restore_defaults_fills_defaults_but_saves_only_on_ok(qapp, qloop, sim):
    admin = paths.system_config_file()
    admin.parent.mkdir(parents=True, exist_ok=True)
    admin.write_text('[network]\nread_timeout = 240\n')

    async def scenario():
        user = {"ui.theme": "dark", "network.read_timeout": 30, "chat.send_shortcut": "enter"}
        async with running_shell(qapp, sim=sim) as shell:
            shell.settings.update(user)
            await asyncio.to_thread(shell.keys.save, TEST_KEY, remember=False)
            shell.open_settings()
            dialog = shell.settings_dialog
            assert dialog.fields["ui.theme"].value() == "dark"

            button(dialog, QDialogButtonBox.StandardButton.RestoreDefaults).click()
            assert dialog.fields["ui.theme"].value() == "system"
            assert dialog.fields["network.read_timeout"].value() == 240   # the admin's
            assert dialog.fields["chat.send_shortcut"].value() == "ctrl+enter"
            assert dialog.account.typed_key() == TEST_KEY                 # not a default
            assert shell.settings.get("ui.theme") == "dark"               # not saved yet

            await press_ok(dialog)
            assert shell.settings.get("ui.theme") == "system"
            assert shell.settings.get("network.read_timeout") == 240.0
            assert shell.settings.user_value("network.read_timeout") is None  # not pinned
            assert shell.keys() == TEST_KEY
    run(qloop, scenario())


def test_locked_and_environment_settings_are_read_only_with_a_note(qapp, qloop, sim):
    admin = paths.system_config_file()
    admin.parent.mkdir(parents=True, exist_ok=True)
    admin.write_text(textwrap.dedent('''
        locked = ["network.proxy_mode", "ui.theme"]
        [network]
        proxy_mode = "none"
    '''))
    env = {"GLOBALAIOPC_API_KEY": TEST_KEY,
           "GLOBALAIOPC_TEXT_BASE_URL": "https://env.example.com/gw_llm_power"}

    async def scenario():
        async with settings_open(qapp, sim, environ=env, cli={}) as (_shell, dialog):
            proxy = dialog.fields["network.proxy_mode"]
            assert not proxy.editor.isEnabled() and proxy.value() == "none"
            assert "administrator" in proxy.note.text()
            assert not dialog.fields["ui.theme"].editor.isEnabled()
            text = dialog.fields["api.text_base_url"]
            assert not text.editor.isEnabled()
            assert "GLOBALAIOPC_TEXT_BASE_URL" in text.note.text()
            assert dialog.fields["api.media_base_url"].editor.isEnabled()
            assert not dialog.account.key_edit.isEnabled()
            assert "GLOBALAIOPC_API_KEY" in dialog.account.source_note.text()
            dialog.reject()
    run(qloop, scenario())


def test_a_bad_value_is_named_and_nothing_is_saved(qapp, qloop, sim):
    async def scenario():
        async with settings_open(qapp, sim) as (shell, dialog):
            proxy = dialog.fields["network.proxy_url"]
            dialog.fields["ui.theme"].set_value("dark")
            dialog.fields["network.proxy_mode"].set_value("custom")
            proxy.set_value("proxy.example.com:3128")
            button(dialog, QDialogButtonBox.StandardButton.Ok).click()
            await until(lambda: not proxy.error.isHidden(), what="the error")
            assert dialog.isVisible()
            assert "http://" in proxy.error.text()
            assert dialog.nav.currentItem().text() == "Network"
            assert shell.settings.get("ui.theme") == "system"

            proxy.set_value("")                   # custom proxy with no address at all
            button(dialog, QDialogButtonBox.StandardButton.Ok).click()
            await until(lambda: "address" in proxy.error.text(), what="the error")
            assert dialog.isVisible()
            assert shell.settings.get("ui.theme") == "system"
            dialog.reject()
    run(qloop, scenario())


def test_plain_http_text_host_is_flagged(qapp, qloop, sim):
    async def scenario():
        async with settings_open(qapp, sim, cli={}) as (_shell, dialog):
            field = dialog.fields["api.text_base_url"]
            assert field.value() == "http://apillm.globalaiopc.com/gw_llm_power"  # default
            assert not dialog.http_warning.isHidden()
            assert "unencrypted" in dialog.http_warning.text()
            field.set_value("https://apillm.example.com/gw_llm_power")
            assert dialog.http_warning.isHidden()
            dialog.reject()
    run(qloop, scenario())


def test_no_keyring_is_said_plainly_and_session_is_offered(qapp, qloop, sim):
    async def scenario():
        async with settings_open(qapp, sim) as (_shell, dialog):
            page = dialog.account
            assert "No usable system keyring" in page.backend_warning.text()
            assert "GLOBALAIOPC_API_KEY" in page.backend_note.text()
            assert not page.remember.isEnabled() and page.session_only.isChecked()
            assert page.key_edit.echoMode() == page.key_edit.EchoMode.Password
            page.show_button.click()
            assert page.key_edit.echoMode() == page.key_edit.EchoMode.Normal
            dialog.reject()
    run(qloop, scenario())


@pytest.mark.parametrize("key,media_url,expect_ok,words", [
    (TEST_KEY, None, True, "API key was accepted"),
    ("sk-wrong-key-000000", None, False, "rejected the API key"),
    (TEST_KEY, "http://127.0.0.1:9/kyyReactApiServer", False, ""),
])
def test_test_connection_uses_the_dialog_values(qapp, qloop, sim, key, media_url, expect_ok,
                                                words):
    async def scenario():
        user = {"api.text_base_url": sim.text_base_url, "api.media_base_url": sim.media_base_url}
        async with settings_open(qapp, sim, cli={}, user=user) as (shell, dialog):
            page = dialog.account
            page.key_edit.setText(key)
            if media_url:
                dialog.fields["api.media_base_url"].set_value(media_url)
            page.test_button.click()
            await until(lambda: "Media host" in page.test_results.text()
                        and page.test_button.isEnabled(), what="the test results")
            text_line, media_line = page.test_results.text().split("<br>")
            assert ("✓" in text_line) is (key == TEST_KEY)
            assert ("✓" in media_line) is expect_ok
            assert words in media_line
            if media_url:
                assert "reach" in media_line.lower() or "connect" in media_line.lower()
            assert shell.keys() is None                  # testing saved nothing
            assert shell.settings.get("api.media_base_url") == sim.media_base_url
            dialog.reject()
    run(qloop, scenario())
