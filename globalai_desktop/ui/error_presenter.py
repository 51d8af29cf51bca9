"""The one place where a failure becomes something the person sees.

``ErrorPresenter`` implements ``services.context.ErrorSink``::

    report(exc, action="send the message", retry=callable_or_None)

    401  AuthenticationError       → the API-key dialog (modal to the window), "Open Settings"
    403  PermissionDeniedError     → the same dialog, naming the endpoint / model
    402  InsufficientBalanceError  → a notice saying the balance is too low, with Retry
    429, network, timeouts, 5xx …  → a notice (deduplicated, ×N) with Retry when given
    anything else (a bug)          → ``show_unexpected``: the error-details dialog with
                                     "Copy details" (also where the last-resort handler goes)
    asyncio.CancelledError         → nothing

Several failures at once make one dialog / one notice.  Retries are collected, never run
automatically, and offered once they can help (for 401: after the key changed).
``report`` may be called from any thread; the work happens on the GUI thread.
``keyChanged()`` re-announces the key provider's ``changed`` on the GUI thread.
``connectionChanged(state, text)`` tells the status bar what the last outcome says about
the connection: "ok", "auth", "nokey", "offline", "checking" or "unknown".
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from globalai_desktop.api.errors import (APIConnectionError, APITimeoutError,
                                         AuthenticationError, CreateOutcomeUnknownError,
                                         GlobalAIError, InsufficientBalanceError,
                                         PermissionDeniedError, RateLimitedError, redact)
from globalai_desktop.ui.dialogs.auth_dialog import AuthProblemDialog
from globalai_desktop.ui.dialogs.error_details import ErrorDetailsDialog
from globalai_desktop.ui.notification_bar import NotificationBar

log = logging.getLogger(__name__)

Retry = Callable[[], Any]


class ErrorPresenter(QObject):
    connectionChanged = Signal(str, str)
    _incoming = Signal(object, str, object)
    keyChanged = Signal()

    def __init__(self, keys: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorPresenter")
        self._keys = keys                          # storage.secrets.ApiKeyProvider
        self._window: QWidget | None = None
        self._notices: NotificationBar | None = None
        self._open_settings: Callable[[QWidget | None], None] | None = None
        self.auth_dialog: AuthProblemDialog | None = None
        self._auth_retries: list[Retry] = []
        self._orphans: list[Retry] = []            # auth retries left when the dialog closed
        self._notice_retries: dict[str, list[Retry]] = {}
        self._unexpected: dict[str, ErrorDetailsDialog] = {}
        self.connection_state = "unknown"
        self._presenting = False
        self._incoming.connect(self._handle)
        self.keyChanged.connect(self._on_key_changed)
        if keys is not None:
            # The provider may announce a change from a worker thread (keyring I/O);
            # the signal carries it to the GUI thread.
            keys.changed.connect(self.keyChanged.emit)

    def attach(self, window: QWidget, notices: NotificationBar,
               open_settings: Callable[[QWidget | None], None]) -> None:
        """Called by the main window once it exists; before that, failures are logged
        and dialogs have no parent."""
        self._window, self._notices, self._open_settings = window, notices, open_settings
        # A notice closed without Retry: its failed work is no longer offered.
        notices.dismissed.connect(lambda key: self._notice_retries.pop(key, None))

    # --- ErrorSink --------------------------------------------------------------------
    def report(self, exc: BaseException, *, action: str = "", retry: Retry | None = None) -> None:
        if isinstance(exc, asyncio.CancelledError):
            return
        self._incoming.emit(exc, action or "", retry)

    def set_connection(self, state: str, text: str = "") -> None:
        self.connection_state = state
        self.connectionChanged.emit(state, text)

    # --- dispatch ---------------------------------------------------------------------
    def _handle(self, exc: BaseException, action: str, retry: Retry | None) -> None:
        if self._presenting:                       # a failure while showing a failure
            log.error("error while presenting an error: %s", redact(exc))
            return
        self._presenting = True
        try:
            self._dispatch(exc, action, retry)
        except Exception:
            log.exception("could not present %s", type(exc).__name__)
        finally:
            self._presenting = False

    def _dispatch(self, exc: BaseException, action: str, retry: Retry | None) -> None:
        if not isinstance(exc, GlobalAIError):
            self.show_unexpected(exc, action=action)
            return
        log.warning("%s failed: %s", action or "request", exc.details().replace("\n", " | "))
        if isinstance(exc, (AuthenticationError, PermissionDeniedError)):
            self._auth(exc, retry)
            return
        what = action or self.tr("complete the request")
        level = "error"
        if isinstance(exc, InsufficientBalanceError):
            key = "balance"
            text = self.tr("Your GlobalAI balance is too low to {action}. Top up your account, "
                           "then retry.").format(action=what)
        elif isinstance(exc, RateLimitedError):
            key, level = "rate", "warning"
            wait = (self.tr(" Try again in {s:.0f} s.").format(s=exc.retry_after)
                    if exc.retry_after else "")
            text = self.tr("The server is busy and asked us to slow down, so we could not "
                           "{action}.").format(action=what) + wait
        elif isinstance(exc, CreateOutcomeUnknownError):
            key, level = f"unknown:{id(exc)}", "warning"
            text = self.tr("The request to {action} was sent, but no answer came back. The task "
                           "may exist and may be billed, so it was not sent again.").format(
                               action=what)
        elif isinstance(exc, APIConnectionError):
            key = "connection"
            kind = (self.tr("The server took too long to answer")
                    if isinstance(exc, APITimeoutError)
                    else self.tr("Could not reach the GlobalAI server"))
            text = self.tr("{kind}, so we could not {action}. Check your network or proxy "
                           "settings.").format(kind=kind, action=what)
            self.set_connection("offline", exc.message)
        else:
            key = f"{type(exc).__name__}:{exc.message}"
            text = self.tr("Could not {action}: {reason}").format(action=what, reason=exc.message)
        self._notice(key, redact(text), level, retry, details=exc.details())

    # --- notices ----------------------------------------------------------------------
    def _notice(self, key: str, text: str, level: str, retry: Retry | None,
                details: str = "") -> None:
        if self._notices is None:
            log.warning("%s", text)
            return
        retries = self._notice_retries.setdefault(key, [])
        if retry is not None:
            retries.append(retry)
        actions = []
        if retries:
            # The list itself is bound (repeats append to it); the notice is dismissed,
            # and its dict entry dropped, before the callback runs.
            actions.append((self.tr("Retry"), lambda lst=retries: self._run_retries(list(lst))))
        if details:
            actions.append((self.tr("Details…"), lambda: self._details_dialog(
                self.tr("Request failed"), text, details)))
        self._notices.post(key, text, level=level, actions=actions)

    def notify(self, key: str, text: str, *, level: str = "info",
               actions: list[tuple[str, Callable[[], None]]] | None = None) -> None:
        """Post an informational notice (used by the shell, e.g. "key saved")."""
        if self._notices is not None:
            self._notices.post(key, text, level=level, actions=actions)

    # --- 401 / 403 ----------------------------------------------------------------------
    def _auth(self, exc: GlobalAIError, retry: Retry | None) -> None:
        dialog = self.auth_dialog
        if dialog is None:
            dialog = AuthProblemDialog(self._window)
            dialog.openSettingsRequested.connect(lambda: self._settings_from(dialog))
            dialog.retryRequested.connect(self._retry_auth)
            dialog.finished.connect(self._auth_closed)
            self.auth_dialog = dialog
        if retry is not None:
            self._auth_retries.append(retry)
        if isinstance(exc, AuthenticationError):
            has_key = bool(self._keys and self._keys.has_key)
            dialog.add_unauthorized(no_key=not has_key, retryable=retry is not None)
            self.set_connection("auth" if has_key else "nokey", exc.message)
        else:
            dialog.add_forbidden(exc.endpoint or "", exc.model or "", exc.message,
                                 retryable=retry is not None,
                                 denied=getattr(exc, "denied", None))
        if not dialog.isVisible():
            dialog.open()

    def _settings_from(self, dialog: QWidget) -> None:
        if self._open_settings is not None:
            self._open_settings(dialog)

    def _auth_closed(self, _result: int) -> None:
        dialog, self.auth_dialog = self.auth_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # Closed without retrying: keep the failed work; offer it again once the key changes.
        if self._auth_retries:
            self._orphans.extend(self._auth_retries)
            self._auth_retries.clear()

    def _retry_auth(self) -> None:
        retries, self._auth_retries = list(self._auth_retries), []
        self._run_retries(retries)

    def _on_key_changed(self) -> None:
        if self.auth_dialog is not None:
            self.auth_dialog.set_key_changed()
            return
        orphans = self._orphans
        if orphans and self._notices is not None:
            self._orphans = []
            text = (self.tr("The API key was changed. A request failed earlier because of "
                            "the key.") if len(orphans) == 1 else
                    self.tr("The API key was changed. %n requests failed earlier because of "
                            "the key.", "", len(orphans)))
            self._notices.post("auth-retry", text, level="info", actions=[(self.tr("Retry"), lambda lst=orphans: (
                    self._run_retries(list(lst))))])

    # --- retries ------------------------------------------------------------------------
    def _run_retries(self, retries: list[Retry]) -> None:
        for fn in retries:
            try:
                result = fn()
                if inspect.isawaitable(result):
                    task = asyncio.ensure_future(result)
                    task.add_done_callback(self._retry_done)
            except Exception as e:  # the retried work failed right away: show why
                self.report(e)

    def _retry_done(self, task: asyncio.Future) -> None:
        if not task.cancelled() and task.exception() is not None:
            self.report(task.exception())

    # --- unexpected errors ---------------------------------------------------------------
    def show_unexpected(self, exc: BaseException, *, action: str = "",
                        tb: Any = None) -> None:
        """An error nobody planned for: log it and show the details dialog (one per
        distinct error; repeats are added to it)."""
        details = redact("".join(traceback.format_exception(type(exc), exc,
                                                            tb or exc.__traceback__)))
        log.error("unexpected error%s:\n%s", f" while trying to {action}" if action else "",
                  details)
        summary = (self.tr("Something went wrong while trying to {action}.").format(action=action)
                   if action else self.tr("Something unexpected went wrong."))
        summary += " " + self.tr("The app is still running. If this keeps happening, copy the "
                                 "details into a bug report.")
        self._details_dialog(self.tr("Unexpected error"), summary, details,
                             key=f"{type(exc).__name__}:{redact(exc)[:200]}")

    def _details_dialog(self, title: str, summary: str, details: str, key: str = "") -> None:
        key = key or summary
        existing = self._unexpected.get(key)
        if existing is not None:
            existing.add_occurrence(details)
            existing.raise_()
            return
        dialog = ErrorDetailsDialog(title, summary, details, self._window)
        self._unexpected[key] = dialog
        dialog.finished.connect(lambda _r, k=key: self._unexpected.pop(k, None))
        dialog.show()

    def open_dialogs(self) -> list[QWidget]:
        """Every dialog the presenter is showing (tests and shutdown use this)."""
        shown: list[QWidget] = list(self._unexpected.values())
        if self.auth_dialog is not None:
            shown.append(self.auth_dialog)
        return shown
