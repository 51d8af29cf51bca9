"""The main window and the shell's lifecycle, as a person meets them: menus and shortcuts,
the window coming back where it was, the first-run prompt, the last-resort error dialog,
and an orderly, idempotent shutdown."""

from __future__ import annotations

import asyncio
import json
import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from globalai_desktop.app import install_last_resort_handler
from globalai_desktop.storage.secrets import KeySource
from tests.fixtures_sim import TEST_KEY
from tests.shell_harness import (RecordingTab, gone, make_shell, run, running_shell, until,
                                 visible_top_levels)

ENV = {"GLOBALAIOPC_API_KEY": TEST_KEY}


def menu_titles(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_menus_tabs_and_keyboard_shortcuts(qapp, qloop, qtbot, sim):
    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            w = shell.window
            assert menu_titles(w) == ["File", "Edit", "View", "Help"]
            assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == [
                "Chat", "Image", "Video"]
            help_menu = w.menuBar().findChild(QMenu, "helpMenu")
            assert [a.text().replace("&", "") for a in help_menu.actions() if a.text()] == [
                "Documentation", "Open Log Folder", "About GlobalAI Desktop"]
            w.activateWindow()
            for key, index in ((Qt.Key.Key_3, 2), (Qt.Key.Key_2, 1), (Qt.Key.Key_1, 0)):
                qtbot.keyClick(w, key, Qt.KeyboardModifier.ControlModifier)
                assert w.tabs.currentIndex() == index
            assert w.settings_action.shortcut().toString() == "Ctrl+,"
            assert w.quit_action.shortcut().toString() == "Ctrl+Q"
            w.settings_action.trigger()
            await until(lambda: shell.settings_dialog is not None, what="Settings")
            w.settings_action.trigger()                      # a second press: same window
            assert len(visible_top_levels("settingsDialog")) == 1
            shell.settings_dialog.reject()
            for menu in ("fileMenu", "editMenu", "viewMenu", "themeMenu", "helpMenu"):
                assert w.menuBar().findChild(QMenu, menu) is not None
    run(qloop, scenario())


def test_connection_state_and_demo_badge_in_the_status_bar(qapp, qloop, sim):
    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            await until(lambda: shell.window.connection.state == "ok", what="connected")
            assert shell.window.connection.label.text() == "Connected"
            assert shell.window.demo_badge.isHidden()
        async with running_shell(qapp, sim=sim, environ={"GLOBALAIOPC_API_KEY": "sk-nope-000"}) \
                as shell:
            await until(lambda: shell.window.connection.state == "auth", what="rejected")
            assert "rejected" in shell.window.connection.toolTip()
    run(qloop, scenario())


def test_window_geometry_and_last_tab_come_back_next_start(qapp, qloop, sim):
    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            shell.window.resize(700, 520)      # the offscreen screen is 800×600
            shell.window.tabs.setCurrentIndex(2)
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            assert shell.window.tabs.currentIndex() == 2
            assert (shell.window.width(), shell.window.height()) == (700, 520)
    run(qloop, scenario())


def test_theme_menu_switches_and_follows_settings(qapp, qloop, sim):
    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            shell.window.theme_actions["dark"].trigger()
            assert shell.settings.get("ui.theme") == "dark"
            assert qapp.property("globalaiScheme") == "dark"
            shell.settings.set("ui.theme", "light")
            assert shell.window.theme_actions["light"].isChecked()
            assert qapp.property("globalaiScheme") == "light"
    run(qloop, scenario())


def test_shutdown_awaits_every_tab_closes_the_client_and_runs_once(qapp, qloop, sim):
    async def scenario():
        shell = make_shell(qapp, sim=sim, environ=ENV)
        await shell.start()
        shell.request_quit()
        shell.request_quit()                                 # Ctrl+Q pressed twice
        await shell._shutdown_task
        await shell.shutdown()                               # and once more, directly
        assert sorted(RecordingTab.shutdowns) == ["chat", "image", "video"]
        assert shell.closing_done and not shell.window.isVisible()
        checks = await shell.client.check_connection()       # a closed client refuses
        assert checks and not any(c.ok for c in checks)
    run(qloop, scenario())


def test_a_tab_that_fails_to_build_does_not_take_the_app_down(qapp, qloop, sim):
    def broken(ctx, parent):
        raise RuntimeError("tab bug")

    async def scenario():
        tabs = [("chat", "Chat", lambda c, p: RecordingTab(c, p, "chat")),
                ("image", "Image", broken)]
        async with running_shell(qapp, sim=sim, environ=ENV, tabs=tabs) as shell:
            label = shell.window.tabs.widget(1)
            assert label.objectName() == "imageTabError"
            assert "tab bug" in label.text() and "log" in label.text()
    run(qloop, scenario())


def test_uncaught_exception_shows_details_dialog_with_redacted_copy(qapp, qloop, sim):
    old_hook = sys.excepthook

    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            install_last_resort_handler(shell.presenter, asyncio.get_running_loop())
            # The same bug twice (as from a Qt slot), and a different one from a task.
            sys.excepthook(*_exc_info(ValueError(f"unexpected state near {TEST_KEY}")))
            sys.excepthook(*_exc_info(ValueError(f"unexpected state near {TEST_KEY}")))
            asyncio.get_running_loop().call_exception_handler(
                {"message": "Task exception", "exception": KeyError("lost in a task")})

            await until(lambda: len(visible_top_levels("errorDetailsDialog")) == 2,
                        what="two details dialogs (two distinct errors)")
            dialog = next(d for d in visible_top_levels("errorDetailsDialog")
                          if "ValueError" in d.details_text())
            assert dialog.count == 2                         # the repeat joined it
            assert "Something unexpected went wrong" in dialog.summary.text()
            dialog.copy_details()
            copied = QGuiApplication.clipboard().text()
            assert "ValueError: unexpected state near" in copied
            assert TEST_KEY not in copied and TEST_KEY not in dialog.details_text()
            for d in visible_top_levels("errorDetailsDialog"):
                d.close()
    try:
        run(qloop, scenario())
    finally:
        sys.excepthook = old_hook


def _exc_info(exc: BaseException):
    try:
        raise exc
    except BaseException as e:
        return type(e), e, e.__traceback__


def test_first_start_without_a_key_asks_for_one(qapp, qloop, sim):
    async def scenario():
        async with running_shell(qapp, sim=sim) as shell:
            await until(lambda: visible_top_levels("firstRunDialog"), what="first-run prompt")
            dialog = shell.first_run_dialog
            assert shell.window.connection.state == "nokey"
            assert not dialog.save_button.isEnabled()
            assert not dialog.remember.isEnabled()           # no keyring on this machine
            dialog.key_edit.setText(TEST_KEY)
            dialog.save_button.click()
            await until(lambda: shell.keys.source is KeySource.SESSION, what="key kept")
            await until(lambda: shell.window.connection.state == "ok", what="connected")
            assert gone(dialog)
    run(qloop, scenario())


def test_first_start_can_switch_to_the_demo(qapp, qloop):
    async def scenario():
        async with running_shell(qapp, cli={}) as shell:
            await until(lambda: visible_top_levels("firstRunDialog"), what="first-run prompt")
            shell.first_run_dialog.demo_button.click()
            await until(lambda: shell.simulator is not None and shell.ctx.demo, what="demo")
            assert not shell.window.demo_badge.isHidden()
            assert shell.keys.source is KeySource.DEMO
            assert shell.client.config.text_base_url.startswith("http://127.0.0.1:")
            await until(lambda: shell.window.connection.state == "ok", what="connected")
            assert any(n.key == "demo" for n in shell.window.notices.notices())
    run(qloop, scenario())


def test_administrator_catalog_file_adds_models_and_a_broken_one_is_reported(qapp, qloop, sim,
                                                                             tmp_path):
    from globalai_desktop import paths

    extra = tmp_path / "models.json"
    extra.write_text('{"version": "site-1", "models": [{"id": "nano-banana-9", '
                     '"family": "banana", "label": "Nano Banana 9"}]}')
    admin = paths.system_config_file()
    admin.parent.mkdir(parents=True, exist_ok=True)
    admin.write_text(f'[catalog]\nfile = "{extra}"\n')

    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            assert "nano-banana-9" in [m for m, _ in shell.models_by_kind()["image"]]
            shell.open_settings()
            combo = shell.settings_dialog.fields["image.default_model"].editor
            assert combo.findData("nano-banana-9") >= 0
            shell.settings_dialog.reject()
        extra.write_text("{ broken")
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            notice = next(n for n in shell.window.notices.notices() if n.key == "catalog")
            assert "models.json" in notice.text() and "built-in catalog" in notice.text()
            assert "nano-banana" in [m for m, _ in shell.models_by_kind()["image"]]
    run(qloop, scenario())


def test_network_failures_make_one_notice_whose_retry_runs_every_failed_job(qapp, qloop, sim):
    from PySide6.QtWidgets import QPushButton

    from globalai_desktop.api.errors import APIConnectionError

    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            ran: list[str] = []

            async def job(name):
                ran.append(name)

            shell.presenter.report(APIConnectionError("refused"), action="load the gallery")
            for name in ("send the message", "check the video task"):
                shell.presenter.report(APIConnectionError("refused"), action=name,
                                       retry=lambda n=name: job(n))
            notices = shell.window.notices.notices()
            assert len(notices) == 1
            text = notices[0].text()
            assert "Could not reach the GlobalAI server" in text and "(×3)" in text
            assert shell.window.connection.state == "offline"
            retry = [b for b in notices[0].findChildren(QPushButton) if b.text() == "Retry"]
            assert len(retry) == 1
            retry[0].click()
            await until(lambda: len(ran) == 2, what="both failed jobs to run again")
            assert sorted(ran) == ["check the video task", "send the message"]
            assert shell.window.notices.notices() == []
    run(qloop, scenario())


def test_offline_status_clears_by_itself_when_the_server_is_back(qapp, qloop, sim, monkeypatch):
    from globalai_desktop.app_shell import Shell
    from globalai_desktop.simulator import Fault

    monkeypatch.setattr(Shell, "offline_recheck_s", 0.2)

    async def scenario():
        sim.faults.add(Fault(kind="drop_connection", times=50))
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            await until(lambda: shell.window.connection.state == "offline", what="offline")
            assert shell.window.connection.label.text() == "Cannot reach the server"
            sim.faults.clear()                               # the network is back
            await until(lambda: shell.window.connection.state == "ok", what="back online")
    run(qloop, scenario())


def _unnamed_controls(root) -> list[str]:
    from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit,
                                   QListWidget, QPlainTextEdit)

    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QListWidget,
                QPlainTextEdit)
    parts_of_controls = (QLineEdit, QComboBox, QAbstractSpinBox)   # their inner buttons/edits
    return [f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
            for w in root.findChildren(QWidget)
            if isinstance(w, controls) and not isinstance(w.parent(), parts_of_controls)
            and not (w.objectName() and w.accessibleName())]


def test_every_control_of_the_shell_has_an_object_and_an_accessible_name(qapp, qloop, sim):
    from globalai_desktop.api.errors import PermissionDeniedError

    async def scenario():
        async with running_shell(qapp, sim=sim) as shell:
            await until(lambda: visible_top_levels("firstRunDialog"), what="first-run prompt")
            roots = [shell.first_run_dialog]
            shell.open_settings()
            roots.append(shell.settings_dialog)
            shell.presenter.report(PermissionDeniedError("no", endpoint="POST /v1/x"),
                                   retry=lambda: None)
            shell.presenter.report(RuntimeError("bug"))
            shell.show_about()
            await until(lambda: shell.presenter.auth_dialog is not None
                        and visible_top_levels("errorDetailsDialog")
                        and visible_top_levels("aboutDialog"), what="the dialogs")
            roots += [shell.presenter.auth_dialog, *visible_top_levels("errorDetailsDialog"),
                      *visible_top_levels("aboutDialog"), shell.window.notices,
                      shell.window.statusBar()]
            for root in roots:
                assert _unnamed_controls(root) == [], root.objectName()
            shell.settings_dialog.reject()
    run(qloop, scenario())


def test_the_connection_check_is_logged_with_host_and_outcome_never_the_key(qapp, qloop, sim,
                                                                           caplog):
    """The log says which server answered and how (the packaging smoke test tells a working
    key from a merely opened keyring this way); the key itself never appears."""
    bad_key = "sk-rejected-key-000111222"
    caplog.set_level(logging.INFO, logger="globalai_desktop.app_shell")

    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:
            await until(lambda: shell.window.connection.state == "ok", what="connected")
        async with running_shell(qapp, sim=sim, environ={"GLOBALAIOPC_API_KEY": bad_key}) \
                as shell:
            await until(lambda: shell.window.connection.state == "auth", what="rejected")
    run(qloop, scenario())
    lines = [r.getMessage() for r in caplog.records if r.name == "globalai_desktop.app_shell"
             and r.getMessage().startswith("connection check")]
    host = f"127.0.0.1:{sim.port}"
    assert f"connection check: text server {host}: ok" in lines
    assert f"connection check: media server {host}: ok" in lines
    assert any(line.startswith("connection check: text server") and "failed (HTTP 401)" in line
               for line in lines), lines
    everything = caplog.text + "".join(r.getMessage() for r in caplog.records)
    assert TEST_KEY not in everything and bad_key not in everything


class PickedFile:
    """The person's answer in the file dialog (a path and the filter they left selected)."""

    save: tuple[str, str] = ("", "")
    open: tuple[str, str] = ("", "")

    @staticmethod
    def getSaveFileName(*_args, **_kw):  # noqa: N802 - QFileDialog's name
        return PickedFile.save

    @staticmethod
    def getOpenFileName(*_args, **_kw):  # noqa: N802 - QFileDialog's name
        return PickedFile.open


def test_file_menu_exports_and_imports_the_open_conversation(qapp, qloop, sim, tmp_path,
                                                             monkeypatch):
    from globalai_desktop.ui.chat import file_dialogs
    from globalai_desktop.ui.tabs.chat_tab import ChatTab

    monkeypatch.setattr(file_dialogs, "QFileDialog", PickedFile)
    tabs = [("chat", "Chat", ChatTab),
            ("image", "Image", lambda ctx, parent: RecordingTab(ctx, parent, "image"))]

    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV, tabs=tabs) as shell:
            w, chat = shell.window, shell.window.tabs_by_name["chat"]
            await chat.ready()
            file_menu = w.menuBar().findChild(QMenu, "fileMenu")
            file_menu.aboutToShow.emit()
            assert w.import_action.isEnabled() and not w.export_action.isEnabled()
            await chat.send("Explain code with markdown")
            await chat.service.wait(chat.current.id)
            file_menu.aboutToShow.emit()
            assert w.export_action.isEnabled()

            # Export: JSON chosen in the filter, no extension typed; then Markdown by name.
            PickedFile.save = (str(tmp_path / "talk"), "JSON (*.json)")
            w.export_action.trigger()
            await until(lambda: (tmp_path / "talk.json").exists(), what="JSON export")
            PickedFile.save = (str(tmp_path / "notes.md"), "JSON (*.json)")
            w.export_action.trigger()
            await until(lambda: (tmp_path / "notes.md").exists(), what="Markdown export")

            # Import from another tab: the Chat tab comes forward with the copy open.
            original = chat.current.id
            w.tabs.setCurrentIndex(1)
            PickedFile.open = (str(tmp_path / "talk.json"), "")
            w.import_action.trigger()
            assert w.tabs.currentWidget() is chat
            await until(lambda: chat.current is not None and chat.current.id != original,
                        what="imported conversation open")
            return original, chat.service.store.messages(original), \
                chat.service.store.messages(chat.current.id)

    original, before, copy = run(qloop, scenario())
    assert [m.text for m in copy] == [m.text for m in before] and len(copy) == 2
    assert json.loads((tmp_path / "talk.json").read_text("utf-8"))["format"] == \
        "globalai-desktop/conversation"
    markdown = (tmp_path / "notes.md").read_text("utf-8")
    assert "Explain code with markdown" in markdown and "```" in markdown


def test_file_menu_import_and_export_are_off_without_a_chat_tab(qapp, qloop, sim):
    async def scenario():
        async with running_shell(qapp, sim=sim, environ=ENV) as shell:   # stand-in tabs
            shell.window.menuBar().findChild(QMenu, "fileMenu").aboutToShow.emit()
            return shell.window.import_action.isEnabled(), shell.window.export_action.isEnabled()
    assert run(qloop, scenario()) == (False, False)
