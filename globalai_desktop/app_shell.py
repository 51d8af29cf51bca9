"""The running app: every service built once, the window, and an orderly shutdown.

``Shell(options, app)`` is created by ``app.main`` (and by tests, which pass a keyring
store and tab factories of their choice).  It builds, in this order: settings (with the
configuration layers), the API-key provider, the model catalog (plus the extra catalog
file), the HTTP client, the error presenter, the ``AppContext`` and the main window.

Lifecycle::

    shell = Shell(options, app)      # services + window (not shown)
    await shell.start()              # demo simulator, show window, read the keyring,
                                     # first-run prompt, first connection check
    shell.request_quit()             # from Ctrl+Q / close button / signal: idempotent
    await shell.shutdown()           # tabs' shutdown(), ctx.extras services' shutdown(),
                                     # client closed, simulator stopped, settings flushed

Settings changes reach the client (``reconfigure``) and the theme at once.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from globalai_desktop import __version__, paths
from globalai_desktop.api import ConnectionCheck, GlobalAIClient
from globalai_desktop.api.errors import register_secret
from globalai_desktop.services.context import AppContext
from globalai_desktop.storage.config import ConfigLayers
from globalai_desktop.storage.secrets import ApiKeyProvider, KeyringStore, SecretStoreError
from globalai_desktop.storage.settings import Settings, api_config_from
from globalai_desktop.ui import i18n
from globalai_desktop.ui.error_presenter import ErrorPresenter
from globalai_desktop.ui.theme import ThemeController

log = logging.getLogger(__name__)

SHUTDOWN_STEP_TIMEOUT_S = 10.0   # a tab or service that hangs longer is abandoned, logged
OFFLINE_RECHECK_S = 30.0         # while the server cannot be reached, probe it this often
DEMO_POLL_SCALE = 0.1            # demo tasks poll 10× faster (a video every 3 s, not 30 s)
CLIENT_KEYS = ("api.", "network.")


@dataclass
class Options:
    """What the command line asked for (see app.parse_args)."""

    demo: bool = False
    config_file: Path | None = None
    cli_settings: dict[str, Any] = field(default_factory=dict)
    quit_after_startup: bool = False
    log_path: Path | None = None


def _host_of(url: str) -> str:
    """``host[:port]`` of ``url`` (no user or password part, no path)."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port else host


def app_icon() -> QIcon:
    icon = QIcon()
    try:
        folder = paths.resource_path("icons")
    except FileNotFoundError:
        return icon
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = folder / f"globalai-desktop-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


class Shell:
    offline_recheck_s = OFFLINE_RECHECK_S

    def __init__(self, options: Options, app: QApplication, *,
                 keystore: KeyringStore | None = None, environ: dict[str, str] | None = None,
                 tab_factories: list | None = None, layers: ConfigLayers | None = None,
                 on_quit: Any = None) -> None:
        """``on_quit`` runs at the end of ``shutdown`` (default ``app.quit``; tests that
        keep the QApplication pass their own)."""
        from globalai_desktop.ui.main_window import MainWindow

        self.options, self.app = options, app
        self._on_quit = on_quit or app.quit
        app.setQuitOnLastWindowClosed(False)     # quitting is shutdown()'s last step
        self.closing_done = False
        self._shutdown_task: asyncio.Task | None = None
        self._reconfigure_pending = False
        self._background: set[asyncio.Task] = set()
        self.simulator: Any = None
        self.settings_dialog: Any = None
        self.icon = app_icon()
        self.log_dir = options.log_path.parent if options.log_path else paths.log_dir()

        self.settings = Settings(layers=layers or ConfigLayers.load(
            cli=options.cli_settings, config_file=options.config_file, environ=environ))
        for problem in self.settings.problems:
            log.warning("configuration: %s", problem)
        # Before anything shows text: the interface language is fixed for this run.
        self.language = i18n.install(app, self.settings.get("ui.language"))
        self.keys = ApiKeyProvider(keystore, environ=environ)
        self.theme = ThemeController(app)
        self.theme.apply(self.settings.get("ui.theme"))
        self.presenter = ErrorPresenter(self.keys)
        self.catalog, catalog_problem = self._load_catalog()
        self.client = GlobalAIClient(self._safe_api_config(), api_key=self.keys)
        self.ctx = AppContext(settings=self.settings, catalog=self.catalog, client=self.client,
                              errors=self.presenter, data_dir=paths.data_dir(),
                              media_dir=self.media_dir, demo=options.demo)
        self._build_shared_services()
        self.settings.changed.connect(self._on_setting_changed)
        # keyChanged arrives on the GUI thread even when the keyring was written in a worker.
        self.presenter.keyChanged.connect(lambda: self._soon(self.check_connection))
        self._recheck = QTimer(singleShot=True)
        self._recheck.timeout.connect(lambda: self._soon(self.check_connection))
        self.presenter.connectionChanged.connect(self._on_connection_changed)
        self.window = MainWindow(self.ctx, self, tab_factories=tab_factories)
        if catalog_problem:
            self.presenter.notify("catalog", catalog_problem, level="warning")

    # --- building blocks ----------------------------------------------------------------
    def media_dir(self) -> Path:
        chosen = self.settings.get("media.library_dir")
        return Path(chosen) if chosen else paths.default_media_dir()

    def _load_catalog(self) -> tuple[Any, str]:
        from globalai_desktop.catalog.catalog import load_catalog
        from globalai_desktop.catalog.specs import CatalogError

        extra = self.settings.get("catalog.file")
        if extra:
            try:
                return load_catalog(extra_files=[extra]), ""
            except (CatalogError, OSError) as e:
                log.warning("extra catalog %s not used: %s", extra, e)
                return load_catalog(), QApplication.translate(
                    "Shell", "The model catalog file {file} could not be used ({reason}). "
                    "The built-in catalog is in use.").format(file=extra, reason=e)
        return load_catalog(), ""

    def _build_shared_services(self) -> None:
        """The task ledger, the asset registry and desktop notifications, shared by the
        Image and Video tabs (``ctx.extras``).  Built here so they exist once and are
        started and shut down by the shell; if one cannot be built, the tabs try again
        themselves and say what went wrong."""
        from globalai_desktop.services.assets import AssetRegistry
        from globalai_desktop.services.notify import Notifier
        from globalai_desktop.services.tasks import TaskService

        try:
            TaskService.for_context(self.ctx, poll_scale=self._poll_scale())
            AssetRegistry.for_context(self.ctx)
            self.ctx.extras["notifier"] = Notifier(window=lambda: self.window, icon=self.icon)
        except Exception:
            log.exception("shared services could not be built")

    def _poll_scale(self) -> float:
        # The simulator finishes a task in seconds; polling a demo video at the real
        # 30-second interval would leave a newcomer staring at a finished task.
        return DEMO_POLL_SCALE if self.options.demo or self.simulator is not None else 1.0

    def api_config(self, values: dict[str, Any] | None = None):
        """Client configuration from the settings (or a dialog's values); demo mode points
        both hosts at the in-process simulator."""
        get = values.get if values is not None else self.settings.get
        overrides = {}
        if self.simulator is not None:
            overrides = dict(text_base_url=self.simulator.text_base_url,
                             media_base_url=self.simulator.media_base_url,
                             proxy_mode="none")          # loopback never goes via a proxy
        return api_config_from(get, **overrides)

    def _safe_api_config(self):
        try:
            return self.api_config()
        except ValueError as e:    # e.g. custom proxy without an address in an admin file
            log.warning("network settings unusable (%s); using defaults", e)
            from globalai_desktop.api import ApiConfig
            return ApiConfig()

    def models_by_kind(self) -> dict[str, list[tuple[str, str]]]:
        c = self.catalog
        out: dict[str, list[tuple[str, str]]] = {"chat": [(m.id, m.label) for m in c.text_models]}
        for kind, families in (("image", c.image_families()), ("video", c.video_families())):
            out[kind] = [(m.id, f"{f.label} · {m.label}") for f in families
                         for m in f.current_models()]
        return out

    # --- start ----------------------------------------------------------------------------
    async def start(self) -> None:
        if self.options.demo:
            await self.start_demo(announce=False)
        self.window.show()
        await asyncio.to_thread(self.keys.load)
        await self._start_shared_services()
        if self.options.quit_after_startup:
            return
        if not self.keys.has_key:
            self.presenter.set_connection("nokey")
            self.show_first_run()
        else:
            self._soon(self.check_connection)

    async def _start_shared_services(self) -> None:
        tasks, assets = self.ctx.extras.get("tasks"), self.ctx.extras.get("assets")
        try:
            if tasks is not None:
                await tasks.start()           # resumes tasks left running last time
            if assets is not None:
                assets.start()
        except Exception:
            log.exception("shared services could not be started")

    async def start_demo(self, *, announce: bool = True) -> None:
        """Start the simulator in this process and point the client at it (idempotent)."""
        if self.simulator is None:
            from globalai_desktop.simulator import DEMO_API_KEY, SimulatorConfig, SimulatorThread

            # Default (demo) timings: a task takes a few seconds, so progress is visible.
            self.simulator = await asyncio.to_thread(
                lambda: SimulatorThread(SimulatorConfig()).start())
            log.info("demo simulator listening at %s", self.simulator.text_base_url)
            self.keys.set_demo_key(DEMO_API_KEY)
            await self.client.reconfigure(self.api_config())
            if "tasks" in self.ctx.extras:
                self.ctx.extras["tasks"].poll_scale = DEMO_POLL_SCALE
        self.ctx.demo = True
        self.window.set_demo(True)
        if announce:
            self.presenter.notify("demo", QApplication.translate(
                "Shell", "Demo mode: everything is answered by a built-in simulator. Nothing "
                "is sent to GlobalAI and nothing is billed."), level="info")

    def show_first_run(self) -> None:
        from globalai_desktop.ui.dialogs.first_run import FirstRunDialog

        info = self.keys.backend_info
        dialog = FirstRunDialog(keyring_name=info.name if info else None,
                                keyring_problem=None if info and info.usable else
                                (info.reason if info else "not checked"),
                                icon=self.icon, parent=self.window)
        dialog.keyEntered.connect(lambda key, remember: self._soon(
            lambda: self._save_first_key(key, remember)))
        dialog.demoRequested.connect(lambda: self._soon(self.start_demo))
        dialog.finished.connect(dialog.deleteLater)
        self.first_run_dialog = dialog
        dialog.open()

    async def _save_first_key(self, key: str, remember: bool) -> None:
        # Registered before it travels anywhere, and handed to the worker inside a closure:
        # an executor's debug log prints the arguments it is given.
        register_secret(key)
        try:
            await asyncio.to_thread(lambda: self.keys.save(key, remember=remember))
        except SecretStoreError as e:
            await asyncio.to_thread(lambda: self.keys.save(key, remember=False))
            self.presenter.notify("keyring", QApplication.translate(
                "Shell", "{reason} The key is kept for this session only.").format(reason=e),
                level="warning")

    # --- connection state -------------------------------------------------------------
    def _on_connection_changed(self, state: str, _detail: str) -> None:
        # "Cannot reach the server" must not outlive the outage: while offline, probe again
        # now and then (the probe is free) so the status bar turns green by itself.
        if state == "offline" and not self._recheck.isActive() and not self.closing_done:
            self._recheck.start(int(self.offline_recheck_s * 1000))

    async def check_connection(self) -> list[ConnectionCheck]:
        if not self.keys.has_key:
            log.info("connection check skipped: no API key")
            self.presenter.set_connection("nokey")
            return []
        self.presenter.set_connection("checking")
        checks = await self.client.check_connection()
        for c in checks:
            # Host and outcome only (the packaging smoke test reads these lines): never
            # the key, never the server's words.
            log.info("connection check: %s server %s: %s", c.host, _host_of(c.base_url),
                     "ok" if c.ok else f"failed (HTTP {c.status_code})" if c.status_code
                     else "failed (no answer)")
        bad = [c for c in checks if not c.ok]
        if not bad:
            self.presenter.set_connection("ok", "\n".join(c.message for c in checks))
        else:
            state = "auth" if any(c.status_code in (401, 403) for c in bad) else "offline"
            self.presenter.set_connection(state, "\n".join(c.message for c in bad))
        return checks

    async def test_connection(self, values: dict[str, Any], key: str | None):
        """Settings' "Test connection": a throw-away client with the dialog's values."""
        probe = GlobalAIClient(self.api_config(values), api_key=lambda: key)
        try:
            return await probe.check_connection()
        finally:
            await probe.aclose()

    # --- settings -------------------------------------------------------------------------
    def _on_setting_changed(self, key: str, value: Any) -> None:
        if key == "ui.theme":
            self.theme.apply(value)
        if key.startswith(CLIENT_KEYS) and not self._reconfigure_pending:
            self._reconfigure_pending = True        # one reconfigure for a batch of changes
            self._soon(self._reconfigure)

    async def _reconfigure(self) -> None:
        self._reconfigure_pending = False
        await self.client.reconfigure(self._safe_api_config())
        await self.check_connection()

    def open_settings(self, parent: QWidget | None = None) -> None:
        from globalai_desktop.ui.dialogs.settings_dialog import SettingsDialog

        if self.settings_dialog is not None:        # one Settings window at a time
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        dialog = SettingsDialog(self.settings, self.keys, models=self.models_by_kind(),
                                tester=self.test_connection, demo=self.simulator is not None,
                                parent=parent or self.window)
        dialog.finished.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_closed(self, _result: int) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def show_about(self) -> None:
        from globalai_desktop.ui.dialogs.about import AboutDialog

        tr = lambda s: QApplication.translate("Shell", s)  # noqa: E731
        admin = self.settings.layers.admin
        admin_text = (tr("{file} ({error})") if admin.error else tr("{file} (in use)")
                      if admin.exists else tr("{file} (none)")).format(
                          file=paths.system_config_file(), error=admin.error)
        info = self.keys.backend_info
        facts = [(tr("Settings"), str(self.settings.path)),
                 (tr("Administrator file"), admin_text),
                 (tr("Data folder"), str(paths.data_dir())),
                 (tr("Media library"), str(self.media_dir())),
                 (tr("Log folder"), str(self.log_dir)),
                 (tr("Keyring"), (info.name if info and info.usable else
                                  tr("none usable") + (f" ({info.reason})" if info else ""))),
                 (tr("Model catalog"), str(self.catalog.version))]
        dialog = AboutDialog(version=__version__, facts=facts, icon=self.icon,
                             parent=self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- shutdown -------------------------------------------------------------------------
    def request_quit(self) -> None:
        if self._shutdown_task is None:
            self._shutdown_task = asyncio.ensure_future(self.shutdown())

    async def shutdown(self) -> None:
        """Idempotent: each step runs once, a failing or hanging step does not stop the
        next, and the app quits at the end."""
        if self.closing_done:
            return
        try:
            self.window.save_geometry()
        except Exception:
            log.exception("could not save the window geometry")
        steps: list[tuple[str, Any]] = []
        for name, tab in self.window.tabs_by_name.items():
            if callable(getattr(tab, "shutdown", None)):
                steps.append((f"{name} tab", tab.shutdown))
        for name, service in list(self.ctx.extras.items()):
            # Tabs published in extras were shut down above (as tabs).
            if not isinstance(service, QWidget) and callable(getattr(service, "shutdown", None)):
                steps.append((f"service {name}", service.shutdown))
        notifier = self.ctx.extras.get("notifier")
        if notifier is not None and callable(getattr(notifier, "close", None)):
            steps.append(("notifications", notifier.close))    # removes the tray icon
        self._recheck.stop()
        steps.append(("background checks", self._cancel_background))
        steps.append(("HTTP client", self.client.aclose))
        for what, step in steps:
            try:
                result = step()
                if asyncio.iscoroutine(result) or isinstance(result, asyncio.Future):
                    await asyncio.wait_for(result, SHUTDOWN_STEP_TIMEOUT_S)
            except asyncio.TimeoutError:
                log.error("shutdown: %s did not finish within %.0f s", what,
                          SHUTDOWN_STEP_TIMEOUT_S)
            except Exception:
                log.exception("shutdown: %s failed", what)
        if self.simulator is not None:
            await asyncio.to_thread(self.simulator.stop)
        self.settings.close()
        self.closing_done = True
        for dialog in self.presenter.open_dialogs():
            dialog.close()
        self.window.close()
        self._on_quit()

    # --- helpers --------------------------------------------------------------------------
    def _soon(self, make_coro) -> asyncio.Task:
        """Run a coroutine function in the background; its failure reaches the presenter."""
        task = asyncio.ensure_future(make_coro())
        self._background.add(task)
        task.add_done_callback(self._background_done)
        return task

    async def _cancel_background(self) -> None:
        tasks = [t for t in self._background if not t.done()]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _background_done(self, task: asyncio.Task) -> None:
        self._background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            self.presenter.report(task.exception())
