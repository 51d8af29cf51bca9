"""A whole session with a real key — saved at the first-run prompt, used for chat, streams,
an image task with its download, a connection test — with errors provoked on purpose
(401, 403, 500, 402, network down, a rate limit, a bug whose message contains the key, a
log line that names it).  Afterwards every file the app wrote (settings, databases, logs,
media), the captured stdout/stderr and log records, every notice and dialog text and the
clipboard are searched for the key, whole and in part.  It must be nowhere.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import uuid
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from globalai_desktop import paths
from globalai_desktop.api import GlobalAIClient
from globalai_desktop.app import install_last_resort_handler
from globalai_desktop.domain.media import TaskState
from globalai_desktop.domain.text import ChatRequest, ChatTurn, Protocol
from globalai_desktop.logging_setup import setup_logging, teardown_logging
from globalai_desktop.simulator import Fault, SimulatorConfig
from globalai_desktop.storage.secrets import KeyringStore, KeySource
from globalai_desktop.storage.settings import SCHEMA
from tests.fixtures_sim import TEST_KEY
from tests.shell_harness import run, running_shell, until, visible_top_levels

SECRET = "sk-leakcheck-" + uuid.uuid4().hex          # unique per run: no false positives
FRAGMENTS = (SECRET, SECRET[-16:], SECRET[3:19])      # the whole key and telling pieces


@pytest.fixture
def sim_config():
    return SimulatorConfig.fast(api_keys={TEST_KEY, SECRET})


def keyring_store() -> tuple[KeyringStore, bool]:
    """The real Secret Service when one is reachable (tests/run.sh), else no keyring."""
    try:
        from keyring.backends.SecretService import Keyring
        store = KeyringStore(Keyring(), service=f"GlobalAI Desktop leak test {uuid.uuid4().hex[:6]}")
        if store.info().usable:
            return store, True
    except Exception:
        pass
    from keyring.backends import fail
    return KeyringStore(fail.Keyring()), False


def chat(model: str = "gpt-5.4", protocol: Protocol = Protocol.OPENAI) -> ChatRequest:
    return ChatRequest(protocol=protocol, model=model,
                       turns=(ChatTurn("user", "Say something about lighthouses."),))


async def full_session(qapp, sim, store, real_keyring: bool) -> list[str]:
    """Drive the app; return every text the person could have seen."""
    seen: list[str] = []
    async with running_shell(qapp, sim=sim, keystore=store, tabs=None) as shell:
        install_last_resort_handler(shell.presenter, asyncio.get_running_loop())
        log = logging.getLogger("globalai_desktop.leakcheck")

        # 1. First start: the person pastes the key.
        await until(lambda: visible_top_levels("firstRunDialog"), what="first-run prompt")
        dialog = shell.first_run_dialog
        dialog.key_edit.setText(SECRET)
        assert dialog.remember.isChecked() is real_keyring
        dialog.save_button.click()
        expected = KeySource.KEYRING if real_keyring else KeySource.SESSION
        await until(lambda: shell.keys.source is expected, what="the key to be kept")
        await until(lambda: shell.window.connection.state == "ok", what="connected")

        # 2. Work: chat in two protocols, a stream, an image task downloaded to the library.
        client = shell.ctx.client
        assert (await client.complete_chat(chat())).text
        assert (await client.complete_chat(chat("claude-sonnet-4-6", Protocol.ANTHROPIC))).text
        assert "".join([d.text async for d in client.stream_chat(chat())])
        from globalai_desktop.services.tasks import TaskService
        tasks = TaskService.for_context(shell.ctx, poll_scale=0.02)
        record = await tasks.submit("banana", "nano-banana", {"prompt": "a lighthouse at dusk"})
        await until(lambda: tasks.get(record.id).state is TaskState.DONE, timeout=15,
                    what="the image to be downloaded")

        # 3. Trouble, on purpose.
        for fault, action in ((Fault(kind="status", status=401), "send the message"),
                              (Fault(kind="status", status=403), "send the message"),
                              (Fault(kind="status", status=500, times=5), "send the message"),
                              (Fault(kind="insufficient_balance"), "send the message"),
                              (Fault(kind="rate_limit", times=5, retry_after=0.01), "send")):
            sim.faults.add(fault)
            try:
                await client.complete_chat(chat())
            except Exception as exc:
                shell.presenter.report(exc, action=action, retry=lambda: None)
            sim.faults.clear()
        values = {spec.key: shell.settings.get(spec.key) for spec in SCHEMA}
        values["api.media_base_url"] = "http://127.0.0.1:9/kyyReactApiServer"  # nobody there
        offline = GlobalAIClient(replace(shell.api_config(values), max_retries=0),
                                 api_key=shell.keys)
        try:
            await offline.get_result("task-that-cannot-be-fetched")
        except Exception as exc:
            shell.presenter.report(exc, action="check the image task")
        finally:
            await offline.aclose()
        log.warning("debugging the request with key %s", SECRET)
        log.error("Authorization: Bearer %s", SECRET)
        try:
            raise RuntimeError(f"bug while handling {SECRET}")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())

        # 4. Settings: look at the account page, test the connection, press OK.
        shell.open_settings()
        settings = shell.settings_dialog
        settings.account.test_button.click()
        await until(lambda: "Media host" in settings.account.test_results.text(),
                    what="connection test")
        seen.append(settings.account.test_results.text())
        seen.append(settings.account.key_edit.displayText())     # the masked field
        settings.buttons.button(settings.buttons.StandardButton.Ok).click()
        await until(lambda: shell.settings_dialog is None, what="Settings closed")

        # 5. Collect everything shown, and copy the details of every error.
        await until(lambda: visible_top_levels("errorDetailsDialog"), what="bug dialog")
        for d in visible_top_levels("errorDetailsDialog"):
            d.copy_details()
            seen.append(QGuiApplication.clipboard().text())
        for w in QApplication.allWidgets():
            if not shiboken6.isValid(w):
                continue
            if isinstance(w, QLabel):
                seen.append(w.text() + "\n" + w.toolTip())
            elif isinstance(w, QPlainTextEdit):
                seen.append(w.toPlainText())
        seen += [n.text() for n in shell.window.notices.notices()]
        assert len(shell.window.notices.notices()) >= 2            # errors were shown
    if real_keyring:
        assert store.read() == SECRET                              # it is in the keyring…
        store.delete()
    return seen


def leaks_in(text: str) -> list[str]:
    return [f for f in FRAGMENTS if f in text]


def test_the_key_is_nowhere_after_a_full_session(qapp, qloop, sim, caplog, capfd, tmp_path):
    log_path = setup_logging("debug")                 # the app's own handlers, as in main()
    store, real_keyring = keyring_store()
    try:
        with caplog.at_level(logging.DEBUG):
            seen = run(qloop, full_session(qapp, sim, store, real_keyring), timeout=60)
    finally:
        teardown_logging()
    assert log_path.is_file() and log_path.stat().st_size > 0

    written = [p for root in (paths.config_dir(), paths.data_dir()) for p in root.rglob("*")
               if p.is_file()]
    names = {p.name for p in written}
    assert "settings.json" in names and any(n.endswith(".log") for n in names)
    assert any(n.endswith(".db") for n in names)               # the task ledger, chats …
    assert any(p.suffix == ".png" for p in written)            # the downloaded image
    for p in written:
        data = p.read_bytes()
        for fragment in FRAGMENTS:
            assert fragment.encode() not in data, f"key found in {p.relative_to(tmp_path)}"
            assert fragment.encode("utf-16-le") not in data, f"key (utf-16) in {p.name}"

    out, err = capfd.readouterr()
    assert leaks_in(out) == [] and leaks_in(err) == []
    assert "debugging the request with key •••" in err         # the line is there, masked
    assert leaks_in(caplog.text) == []
    for text in seen:
        assert leaks_in(text) == [], f"key shown to the person: {text[:200]!r}"
    assert any("bug while handling •••" in t for t in seen)
    assert all(leaks_in(r.getMessage()) == [] for r in caplog.records)
