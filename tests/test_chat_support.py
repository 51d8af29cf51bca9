"""Shared pieces for the Chat tests (no tests here).

- :class:`RecordingErrorSink`: a real ErrorSink that remembers what it was asked to show.
- :func:`make_ctx`: an AppContext with a real GlobalAIClient pointed at the simulator, the
  real catalog and real settings in the test's own folders.
- :func:`run` / :func:`until`: drive the qasync loop (widgets and coroutines share it).
- :class:`ConnectionWatcher`: a loopback TCP relay between the client and the simulator
  that counts open connections, so a test can see the client really hung up.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from globalai_desktop.api import ApiConfig, GlobalAIClient
from globalai_desktop.catalog import load_catalog
from globalai_desktop.services.context import AppContext
from globalai_desktop.storage.settings import Settings
from tests.shell_harness import until  # noqa: F401  (re-exported for the tab tests)

_CATALOG = None


def catalog():
    global _CATALOG
    if _CATALOG is None:
        _CATALOG = load_catalog()
    return _CATALOG


class RecordingErrorSink:
    def __init__(self) -> None:
        self.reports: list[tuple[BaseException, str, object]] = []

    def report(self, exc: BaseException, *, action: str = "", retry=None) -> None:
        self.reports.append((exc, action, retry))


def make_ctx(tmp_path: Path, text_base_url: str, key: str, *, media_base_url: str | None = None,
             settings: Settings | None = None) -> AppContext:
    cfg = ApiConfig(text_base_url=text_base_url,
                    media_base_url=media_base_url or text_base_url.replace("/gw_llm_power",
                                                                           "/kyyReactApiServer"),
                    proxy_mode="none", max_retries=2, backoff_base=0.01, backoff_max=0.05,
                    read_timeout=10.0)
    client = GlobalAIClient(cfg, api_key=lambda: key)
    return AppContext(
        settings=settings or Settings(tmp_path / "config" / "settings.json"),
        catalog=catalog(),
        client=client,
        errors=RecordingErrorSink(),
        data_dir=tmp_path / "data",
        media_dir=lambda: tmp_path / "media",
    )


def run(loop, coro, timeout: float = 20.0):
    """Run ``coro`` on the qasync loop (Qt events are processed meanwhile)."""
    return loop.run_until_complete(asyncio.wait_for(coro, timeout))


async def settle(seconds: float = 0.05) -> None:
    await asyncio.sleep(seconds)


class ConnectionWatcher:
    """A TCP relay ``127.0.0.1:port`` → ``target_port`` run on the test's loop.

    ``open``: client connections open now.  ``client_hangups``: connections the *client*
    ended first (it closed its side while the server was still willing to talk) — what
    Stop must cause; a finished reply leaves its connection open in the client's pool.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.open = 0
        self.client_hangups = 0
        self.server = None
        self.port = 0

    async def start(self) -> "ConnectionWatcher":
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()

    async def _handle(self, reader, writer) -> None:
        self.open += 1
        try:
            up_r, up_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            self.open -= 1
            writer.close()
            return
        first: list[str] = []

        async def pipe(src, dst, side: str) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                if not first:
                    first.append(side)
                try:
                    dst.close()
                except Exception:
                    pass

        try:
            await asyncio.gather(pipe(reader, up_w, "client"), pipe(up_r, writer, "server"))
        finally:
            self.open -= 1
            if first == ["client"]:
                self.client_hangups += 1


def open_tab(qtbot, qloop, ctx):
    """Build a ChatTab on ``ctx``, shown, with its first load done."""
    from globalai_desktop.ui.tabs.chat_tab import ChatTab

    tab = ChatTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    run(qloop, tab.ready())
    return tab


def close_tab(qloop, tab, ctx) -> None:
    run(qloop, tab.shutdown())
    run(qloop, ctx.client.aclose())
    ctx.settings.close()


def last_reply(tab):
    """The newest assistant MessageWidget in the view (or None)."""
    from globalai_desktop.domain.chat import Role

    for mid in reversed(tab.view.message_ids()):
        w = tab.view.message_widget(mid)
        if w.message.role is Role.ASSISTANT:
            return w
    return None


async def type_and_send(qtbot, tab, text: str) -> None:
    """Type into the composer and press the Send button, like a person."""
    from PySide6.QtCore import Qt

    tab.composer.edit.setFocus()
    qtbot.keyClicks(tab.composer.edit, text)
    qtbot.mouseClick(tab.composer.send_btn, Qt.MouseButton.LeftButton)
    await settle(0.01)
