"""Build the real app shell in a test: real settings, real client, real simulator, real
widgets.  Only the keyring backend and (when asked) the tabs are chosen by the test.

    async def scenario():
        async with running_shell(qapp, sim=sim, environ={...}) as shell:
            ...
    run(qloop, scenario())

Write each test as ONE coroutine run by ONE ``run`` call: between two
``run_until_complete`` calls qasync processes Qt events with no running asyncio loop, and
background requests stepped then fail inside anyio ("no running event loop").
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable

import shiboken6
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from globalai_desktop.app_shell import Options, Shell
from globalai_desktop.storage.secrets import KeyringStore


class RecordingTab(QWidget):
    """A stand-in tab that counts how often the shell shut it down."""

    shutdowns: list[str] = []

    def __init__(self, ctx, parent=None, name: str = "tab") -> None:
        super().__init__(parent)
        self.ctx, self.name = ctx, name
        self.setObjectName(f"{name}Tab")
        QVBoxLayout(self).addWidget(QLabel(name, self))

    async def shutdown(self) -> None:
        await asyncio.sleep(0)
        RecordingTab.shutdowns.append(self.name)


def recording_tabs() -> list:
    RecordingTab.shutdowns = []
    return [(n, n.title(), lambda ctx, parent, n=n: RecordingTab(ctx, parent, n))
            for n in ("chat", "image", "video")]


def make_shell(qapp: QApplication, *, sim=None, environ: dict | None = None,
               keystore: KeyringStore | None = None, demo: bool = False,
               cli: dict | None = None, tabs: list | None = None) -> Shell:
    """A shell pointed at ``sim`` through the command-line layer (unless ``cli`` says
    otherwise: a test of the other layers passes its own, possibly empty, ``cli``)."""
    settings = dict(cli) if cli is not None else {}
    if sim is not None and cli is None:
        settings["api.text_base_url"] = sim.text_base_url
        settings["api.media_base_url"] = sim.media_base_url
    options = Options(demo=demo, cli_settings=settings)
    return Shell(options, qapp, keystore=keystore or KeyringStore(fail.Keyring()),
                 environ=environ if environ is not None else {},
                 tab_factories=tabs if tabs is not None else recording_tabs(),
                 on_quit=lambda: None)


@contextlib.asynccontextmanager
async def running_shell(qapp: QApplication, **kw) -> AsyncIterator[Shell]:
    """A started shell, shut down (and checked to be) at the end."""
    shell = make_shell(qapp, **kw)
    try:
        await shell.start()
        yield shell
    finally:
        await shell.shutdown()


def run(loop: asyncio.AbstractEventLoop, coro, timeout: float = 20.0):
    return loop.run_until_complete(asyncio.wait_for(coro, timeout))


async def until(cond: Callable[[], object], timeout: float = 15.0, what: str = "condition",
                step: float = 0.01):
    """Let the loop (and Qt) run until ``cond()`` is true; fail after ``timeout`` seconds.

    The one wait helper of the suite (the chat and video test helpers re-export it)."""
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(step)


def gone(widget: QWidget) -> bool:
    """Hidden or already deleted (dialogs delete themselves once finished)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def visible_top_levels(object_name: str) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.objectName() == object_name and w.isVisible()]
