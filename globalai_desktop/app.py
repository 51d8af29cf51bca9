"""Composition root: command line, logging, Qt application, the one qasync loop, the shell.

``main(argv=None) -> int`` is the ``globalai-desktop`` entry point::

    globalai-desktop [--demo] [--config FILE] [--text-base-url URL] [--media-base-url URL]
                     [--log-level LEVEL] [--quit-after-startup]

Exit codes: 0 normal quit; 1 the app could not start (the reason is shown and logged);
2 bad command line or ``--config`` file.  ``--quit-after-startup`` exits 0 once the window
has been painted and the services are ready, printing ``startup_ms=<n>`` on stdout.

The last-resort handler (``install_last_resort_handler``) sends an exception nobody caught
— in a Qt slot, a thread or an asyncio task — to the error presenter's "Unexpected error"
dialog with "Copy details", instead of a silent crash.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

_T0 = time.perf_counter()          # as early as possible: start-up time is measured from here

from globalai_desktop import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__  # noqa: E402
from globalai_desktop.api.errors import redact  # noqa: E402
from globalai_desktop.logging_setup import setup_logging  # noqa: E402

log = logging.getLogger("globalai_desktop.app")

STARTUP_TIMEOUT_S = 60.0   # --quit-after-startup gives up (exit 1) if not painted by then


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="globalai-desktop", description=(
        "GlobalAI Desktop: chat, images and videos through the GlobalAI OPC gateway."))
    p.add_argument("--demo", action="store_true",
                   help="run against a built-in simulator with a demo key (no account needed)")
    p.add_argument("--config", metavar="FILE", type=Path,
                   help="read settings from this TOML file (same format as the "
                        "administrator's file; overrides your own settings)")
    p.add_argument("--text-base-url", metavar="URL", help="base URL of the text (chat) host")
    p.add_argument("--media-base-url", metavar="URL",
                   help="base URL of the image/video host")
    p.add_argument("--log-level", default="info",
                   choices=["debug", "info", "warning", "error"], help="default: info")
    p.add_argument("--quit-after-startup", action="store_true",
                   help="exit once the window is shown and ready (smoke tests, benchmarks)")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def parse_args(argv: Sequence[str] | None = None):
    """Return ``app_shell.Options``; exits with status 2 on a bad command line."""
    from globalai_desktop.app_shell import Options
    from globalai_desktop.storage.settings import coerce, spec_for

    parser = build_parser()
    ns = parser.parse_args(argv)
    cli: dict[str, str] = {}
    for flag, key in (("text_base_url", "api.text_base_url"),
                      ("media_base_url", "api.media_base_url")):
        value = getattr(ns, flag)
        if value is not None:
            try:
                cli[key] = coerce(spec_for(key), value)
            except ValueError as e:
                parser.error(f"--{flag.replace('_', '-')}: {e}")
    return Options(demo=ns.demo, config_file=ns.config, cli_settings=cli,
                   quit_after_startup=ns.quit_after_startup), ns.log_level


def install_last_resort_handler(presenter, loop: asyncio.AbstractEventLoop) -> None:
    """Route every uncaught exception to ``presenter`` (which logs it, redacted)."""
    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            return
        try:
            if exc is not None and exc.__traceback__ is None:
                exc = exc.with_traceback(tb)
            presenter.report(exc if exc is not None else exc_type())
        except Exception:       # never let the handler itself crash the app
            log.critical("uncaught %s: %s", exc_type.__name__, redact(exc))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    def loop_handler(_loop, context: dict) -> None:
        exc = context.get("exception")
        if exc is None or isinstance(exc, asyncio.CancelledError):
            log.warning("asyncio: %s", redact(context.get("message", context)))
            return
        hook(type(exc), exc, exc.__traceback__)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    loop.set_exception_handler(loop_handler)


def _show_fatal(text: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      QApplication.translate("App", "GlobalAI Desktop could not start."))
    box.setObjectName("fatalErrorBox")
    box.setInformativeText(redact(text))
    box.exec()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        options, log_level = parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    options.log_path = setup_logging(log_level)
    log.info("GlobalAI Desktop %s starting (demo=%s)", __version__, options.demo)

    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from globalai_desktop.app_shell import Shell
    from globalai_desktop.storage.config import ConfigFileError

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("com.globalaiopc.GlobalAIDesktop")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    try:
        shell = Shell(options, app)
    except ConfigFileError as e:
        print(f"globalai-desktop: --config {e}", file=sys.stderr)
        return 2
    except Exception as e:
        log.exception("start-up failed")
        _show_fatal(f"{type(e).__name__}: {e}")
        return 1
    app.setWindowIcon(shell.icon)
    install_last_resort_handler(shell.presenter, loop)

    # Ctrl+C / SIGTERM quit in an orderly way.  Python only runs signal handlers between
    # bytecodes, so a light timer gives it a chance while Qt sits in its event loop.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, shell.request_quit))
    ticker = QTimer(app)
    ticker.start(250)
    ticker.timeout.connect(lambda: None)

    exit_code = 0
    quit_event = asyncio.Event()
    app.aboutToQuit.connect(quit_event.set)

    async def run() -> None:
        nonlocal exit_code
        painted = asyncio.Event()
        shell.window.firstPainted.connect(painted.set)
        try:
            await shell.start()
        except Exception as e:
            log.exception("start-up failed")
            _show_fatal(f"{type(e).__name__}: {e}")
            exit_code = 1
            await shell.shutdown()
            return
        # Everything built so far (Qt wrappers, the catalog, modules) lives as long as the
        # app: move it out of the collector's reach so a full collection during a streamed
        # reply scans only what was made since (it measured 30-60 ms otherwise).
        gc.collect()
        gc.freeze()
        if options.quit_after_startup:
            try:
                await asyncio.wait_for(painted.wait(), STARTUP_TIMEOUT_S)
                elapsed_ms = (time.perf_counter() - _T0) * 1000
                print(f"startup_ms={elapsed_ms:.0f}", flush=True)
                log.info("started in %.0f ms", elapsed_ms)
            except asyncio.TimeoutError:
                log.error("the window was not painted within %.0f s", STARTUP_TIMEOUT_S)
                exit_code = 1
            shell.request_quit()
        await quit_event.wait()

    with loop:
        loop.run_until_complete(run())
        if shell._shutdown_task is not None and not shell._shutdown_task.done():
            loop.run_until_complete(shell._shutdown_task)
    log.info("GlobalAI Desktop stopped (exit code %d)", exit_code)
    logging.shutdown()
    return exit_code


if __name__ == "__main__":
    raise SystemExit(main())
