"""The API key: kept in the OS keyring, read from the environment, or held for one session.

Where the key in effect comes from, highest first::

    demo        the simulator's demo key (demo mode only; never stored)
    environment GLOBALAIOPC_API_KEY
    session     typed in Settings with "keep for this session only" (memory only)
    keyring     the OS keyring through the ``keyring`` package

Contract:
- ``ApiKeyProvider`` is the callable handed to ``GlobalAIClient(api_key=...)``; calling it
  never blocks (the keyring is read once by ``load()`` and cached).
- ``KeyringStore`` calls may block (D-Bus, a macOS prompt): run them with
  ``asyncio.to_thread`` from the GUI.  Their errors are ``SecretStoreError`` whose text
  never contains the key.
- Every key this module sees is passed to ``api.errors.register_secret`` first, so logs,
  error text and crash reports mask it.
- A backend that would write the key to a plain file (``keyrings.alt``) is refused: the
  key goes to the OS keyring or nowhere.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from globalai_desktop.api.errors import redact, register_secret
from globalai_desktop.storage.config import ENV_API_KEY
from globalai_desktop.storage.settings import Callbacks

log = logging.getLogger(__name__)

SERVICE = "GlobalAI Desktop"
ACCOUNT = "api-key"


class KeySource(str, Enum):
    DEMO = "demo"
    ENV = "environment"
    SESSION = "session"
    KEYRING = "keyring"
    NONE = "none"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name on purpose
    """Marks a reason for translation (storage stays free of Qt); returns it unchanged.
    The dialogs that show a reason translate it (``ui/dialogs/keyring_reason.py``)."""
    return text


# Why the keyring cannot hold the key, as shown in About, first run and Settings.
NOT_IN_DEMO = QT_TRANSLATE_NOOP("Keyring", "not used in demo mode")
PLAIN_FILE = QT_TRANSLATE_NOOP("Keyring", "it would store the key in a plain file")
NO_SERVICE = QT_TRANSLATE_NOOP("Keyring", "no keyring service is available on this system")
SERVICE_REFUSES = QT_TRANSLATE_NOOP("Keyring",
                                    "the keyring service reports it cannot be used here")
CANNOT_USE = QT_TRANSLATE_NOOP("Keyring", "The keyring cannot be used: {refusal}.")
READ_FAILED = QT_TRANSLATE_NOOP("Keyring", "Could not read the key from the keyring ({detail}).")
SAVE_FAILED = QT_TRANSLATE_NOOP("Keyring", "Could not save the key in the keyring ({detail}).")
REMOVE_FAILED = QT_TRANSLATE_NOOP("Keyring",
                                  "Could not remove the key from the keyring ({detail}).")
REASONS = (NOT_IN_DEMO, PLAIN_FILE, NO_SERVICE, SERVICE_REFUSES, CANNOT_USE, READ_FAILED,
           SAVE_FAILED, REMOVE_FAILED)


class SecretStoreError(Exception):
    """The keyring could not read, save or delete the key.  The text is safe to show."""


@dataclass(frozen=True)
class BackendInfo:
    """What Settings shows about the keyring: its name, and whether it can hold the key."""

    name: str
    usable: bool
    reason: str = ""          # why it is not usable, in words (empty when usable)


def _backend_label(backend: Any) -> str:
    try:
        sub = getattr(backend, "backends", None)        # keyring's ChainerBackend
        if sub:
            return " + ".join(_backend_label(b) for b in sub)
        return str(backend.name)
    except Exception:  # pragma: no cover - exotic third-party backend
        return type(backend).__name__


def _refusal(backend: Any) -> str:
    """Why ``backend`` cannot hold the key without even trying it ('' = it may)."""
    module = type(backend).__module__
    if module.startswith("keyrings.alt"):
        return PLAIN_FILE
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return NO_SERVICE
    try:
        if float(getattr(backend, "priority", 1)) <= 0:
            return SERVICE_REFUSES
    except Exception:
        pass
    sub = getattr(backend, "backends", None)
    if sub is not None and not sub:
        return NO_SERVICE
    return ""


class KeyringStore:
    """The OS keyring.  ``backend`` defaults to what ``keyring.get_keyring()`` chooses;
    tests pass a specific backend object and a private ``service`` name."""

    def __init__(self, backend: Any = None, *, service: str = SERVICE,
                 account: str = ACCOUNT) -> None:
        self._backend = backend
        self.service = service
        self.account = account

    @property
    def backend(self) -> Any:
        if self._backend is None:
            import keyring   # imported lazily: backend discovery costs start-up time

            self._backend = keyring.get_keyring()
        return self._backend

    def info(self) -> BackendInfo:
        """Name and usability, decided by a real read (a locked or missing Secret Service
        collection only shows up when it is used)."""
        backend = self.backend
        name = _backend_label(backend)
        refusal = _refusal(backend)
        if refusal:
            return BackendInfo(name, False, refusal)
        try:
            self.read()
        except SecretStoreError as e:
            return BackendInfo(name, False, str(e))
        return BackendInfo(name, True)

    def read(self) -> str | None:
        self._check()
        try:
            value = self.backend.get_password(self.service, self.account)
        except Exception as e:
            raise SecretStoreError(_why(READ_FAILED, e)) from None
        if value:
            register_secret(value)
        return value or None

    def write(self, key: str) -> None:
        register_secret(key)
        self._check()
        try:
            self.backend.set_password(self.service, self.account, key)
        except Exception as e:
            raise SecretStoreError(_why(SAVE_FAILED, e)) from None

    def delete(self) -> None:
        self._check()
        try:
            self.backend.delete_password(self.service, self.account)
        except Exception as e:
            if type(e).__name__ == "PasswordDeleteError":   # nothing stored: fine
                return
            raise SecretStoreError(_why(REMOVE_FAILED, e)) from None

    def _check(self) -> None:
        refusal = _refusal(self.backend)
        if refusal:
            raise SecretStoreError(CANNOT_USE.format(refusal=refusal))


def _why(template: str, exc: BaseException) -> str:
    # The backend's own message can be long and technical; keep one line of it, redacted.
    detail = redact(str(exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return template.format(detail=detail)


class ApiKeyProvider:
    """The key in effect, from the highest source that has one (see module docstring).

    ``changed`` fires (no arguments: listeners call the provider) whenever the key or its
    source changes, e.g. after Settings saved a new key; the error presenter uses it to
    offer "Retry".
    """

    def __init__(self, store: KeyringStore | None = None, *,
                 environ: Mapping[str, str] | None = None, demo_key: str | None = None) -> None:
        self.store = store or KeyringStore()
        env = os.environ if environ is None else environ
        self.env_key = (env.get(ENV_API_KEY) or "").strip() or None
        self.demo_key = demo_key
        self._session: str | None = None
        self._stored: str | None = None
        self._lock = threading.Lock()
        self.changed = Callbacks()
        self.backend_info: BackendInfo | None = None
        for k in (self.env_key, demo_key):
            register_secret(k)

    def __call__(self) -> str | None:
        return self.current()[0]

    def current(self) -> tuple[str | None, KeySource]:
        with self._lock:
            for key, source in ((self.demo_key, KeySource.DEMO), (self.env_key, KeySource.ENV),
                                (self._session, KeySource.SESSION),
                                (self._stored, KeySource.KEYRING)):
                if key:
                    return key, source
        return None, KeySource.NONE

    @property
    def source(self) -> KeySource:
        return self.current()[1]

    @property
    def has_key(self) -> bool:
        return self.current()[0] is not None

    @property
    def stored_key(self) -> str | None:
        """The key held in the keyring (after ``load``), whatever the source in effect."""
        return self._stored

    def load(self) -> BackendInfo:
        """Blocking: probe the keyring and cache the stored key.  In demo mode the keyring
        is not touched at all (a newcomer trying the demo is never asked to unlock it)."""
        if self.demo_key:
            self.backend_info = BackendInfo("—", False, NOT_IN_DEMO)
            return self.backend_info
        info = self.store.info()
        if info.usable:
            try:
                stored = self.store.read()
            except SecretStoreError as e:
                info = BackendInfo(info.name, False, str(e))
                stored = None
            with self._lock:
                self._stored = stored
        self.backend_info = info
        log.info("keyring backend: %s (%s)", info.name, "usable" if info.usable else info.reason)
        return info

    def set_demo_key(self, key: str | None) -> None:
        """Switch demo mode's key on (the simulator's) or off; never stored."""
        register_secret(key)
        with self._lock:
            self.demo_key = key
        self.changed.emit()

    def save(self, key: str, *, remember: bool) -> KeySource:
        """Blocking.  ``remember=True`` stores the key in the keyring (raises
        SecretStoreError when that fails — nothing else changes then); ``False`` keeps
        it in memory for this session only and removes nothing from the keyring."""
        key = key.strip()
        if not key:
            raise ValueError("empty key")
        register_secret(key)
        if remember:
            self.store.write(key)
            with self._lock:
                self._stored, self._session = key, None
        else:
            with self._lock:
                self._session = key
        self.changed.emit()
        return KeySource.KEYRING if remember else KeySource.SESSION

    def forget(self) -> None:
        """Blocking: remove the key from the keyring (when one is usable) and from this
        session.  Raises SecretStoreError if a usable keyring refused; the session key
        is gone either way."""
        with self._lock:
            self._session = None
        try:
            if self._stored is not None or (self.backend_info and self.backend_info.usable):
                self.store.delete()
            with self._lock:
                self._stored = None
        finally:
            self.changed.emit()
