"""The typed settings schema and the ``Settings`` object every part of the app reads.

Contract for the tabs and services (``ctx.settings``)::

    settings.get(key)            effective value (CLI > env > user > admin > default;
                                 an administrator-locked key always has the admin value)
    settings.set(key, value)     store the user's choice; raises SettingLockedError for a
                                 locked key and ValueError for a value the schema rejects
    settings.is_locked(key)      True when the administrator locked it
    settings.source(key)         config.Layer the effective value came from
    settings.changed.connect(fn) fn(key, new_value) after the effective value changed
    settings.spec(key)           the SettingSpec (label, description, choices …)

The user's values live in ``settings.json`` in ``paths.config_dir()``, written atomically
by a background writer (never on the GUI thread; ``flush()`` waits for it).  The API key
never passes through here (storage/secrets.py owns it).  Unknown keys in the file are kept,
so a newer version's settings survive a run of an older one.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from globalai_desktop.api.config import (DEFAULT_MEDIA_BASE_URL, DEFAULT_TEXT_BASE_URL,
                                         ApiConfig, normalise_base_url)
from globalai_desktop.storage.config import ConfigLayers, Layer

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
FILE_VERSION = 1


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate recognises this name
    """Mark a schema string for translation without importing Qt (the dialog translates
    it with QCoreApplication.translate("Settings", text))."""
    return text


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("Settings", text)


@dataclass(frozen=True)
class SettingSpec:
    """One setting.  ``type`` is one of: str, url, proxy_url, bool, int, float, choice,
    file, dir, model.  ``choices`` are (value, label) pairs for ``choice``; ``model_kind``
    ("chat" | "image" | "video") tells the dialog which catalog models to offer; an empty
    ``model`` value means "the catalog's default"; ``host`` ("text" | "media") says how a
    ``url`` is normalised (api.config.normalise_base_url)."""

    key: str
    type: str
    default: Any
    label: str
    description: str = ""
    group: str = "general"
    choices: tuple[tuple[str, str], ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    model_kind: str | None = None
    host: str | None = None
    restart: bool = False             # takes effect at the next start
    placeholder: str = ""


GROUPS: tuple[tuple[str, str], ...] = (
    ("servers", _t("Servers")),
    ("network", _t("Network")),
    ("generation", _t("Generation")),
    ("appearance", _t("Appearance")),
)

SCHEMA: tuple[SettingSpec, ...] = (
    SettingSpec("api.text_base_url", "url", DEFAULT_TEXT_BASE_URL, _t("Text host"),
                _t("Base URL of the chat gateway (GPT, Claude, Gemini)."), "servers",
                host="text"),
    SettingSpec("api.media_base_url", "url", DEFAULT_MEDIA_BASE_URL, _t("Media host"),
                _t("Base URL for images, videos and task results."), "servers",
                host="media"),
    SettingSpec("network.proxy_mode", "choice", "system", _t("Proxy"),
                _t("How requests reach the internet."), "network",
                choices=(("system", _t("Use the system proxy settings")),
                         ("none", _t("No proxy (direct connection)")),
                         ("custom", _t("Custom proxy")))),
    SettingSpec("network.proxy_url", "proxy_url", "", _t("Proxy address"),
                _t("For a custom proxy, e.g. http://proxy.example.com:3128."), "network",
                placeholder="http://proxy.example.com:3128"),
    SettingSpec("network.system_trust_store", "bool", False,
                _t("Trust the certificates installed in the operating system"),
                _t("Needed behind company proxies that inspect HTTPS traffic. Otherwise "
                   "the certificate list shipped with the app is used."), "network"),
    SettingSpec("network.ca_bundle", "file", "", _t("Extra CA certificates"),
                _t("A PEM file of additional trusted certificate authorities (optional)."),
                "network"),
    SettingSpec("network.connect_timeout", "float", 10.0, _t("Connect timeout (s)"),
                _t("How long to wait for a host to answer the connection."), "network",
                minimum=1, maximum=120),
    SettingSpec("network.read_timeout", "float", 120.0, _t("Read timeout (s)"),
                _t("How long a silent response may take before it counts as failed."),
                "network", minimum=5, maximum=1800),
    SettingSpec("chat.default_model", "model", "", _t("Chat model"),
                _t("Model selected for new conversations."), "generation", model_kind="chat"),
    SettingSpec("image.default_model", "model", "", _t("Image model"),
                _t("Model selected when the Image tab opens."), "generation",
                model_kind="image"),
    SettingSpec("video.default_model", "model", "", _t("Video model"),
                _t("Model selected when the Video tab opens."), "generation",
                model_kind="video"),
    SettingSpec("chat.send_shortcut", "choice", "ctrl+enter", _t("Send a chat message with"),
                "", "generation",
                choices=(("ctrl+enter", _t("Ctrl+Enter (Enter adds a new line)")),
                         ("enter", _t("Enter (Shift+Enter adds a new line)")))),
    SettingSpec("media.library_dir", "dir", "", _t("Media library folder"),
                _t("Where generated images and videos are saved. Leave empty for the "
                   "default folder."), "generation"),
    SettingSpec("catalog.file", "file", "", _t("Extra model catalog"),
                _t("A catalog file that adds or updates models (usually provided by an "
                   "administrator)."), "generation", restart=True),
    SettingSpec("ui.theme", "choice", "system", _t("Theme"), "", "appearance",
                choices=(("system", _t("Follow the system")), ("light", _t("Light")),
                         ("dark", _t("Dark")))),
    # Each language is named in its own words, so a person can find theirs in any interface.
    SettingSpec("ui.language", "choice", "system", _t("Language"),
                _t("Language of the interface."), "appearance", restart=True,
                choices=(("system", _t("Follow the system")), ("en", "English"),
                         ("zh_CN", "简体中文"))),
)

_BY_KEY: dict[str, SettingSpec] = {s.key: s for s in SCHEMA}


def spec_for(key: str) -> SettingSpec:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown setting {key!r}") from None


def coerce(spec: SettingSpec, value: Any) -> Any:
    """Return ``value`` converted to the setting's type, or raise ValueError with a
    sentence a person can read (shown next to the field in Settings)."""
    t = spec.type
    if t == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "yes", "1", "on"):
            return True
        if isinstance(value, str) and value.strip().lower() in ("false", "no", "0", "off"):
            return False
        raise ValueError("expected true or false")
    if t in ("int", "float"):
        try:
            num = int(value) if t == "int" else float(value)
        except (TypeError, ValueError):
            raise ValueError("expected a number") from None
        if isinstance(value, bool):
            raise ValueError("expected a number")
        if spec.minimum is not None and num < spec.minimum:
            raise ValueError(f"must be at least {spec.minimum:g}")
        if spec.maximum is not None and num > spec.maximum:
            raise ValueError(f"must be at most {spec.maximum:g}")
        return num
    if not isinstance(value, str):
        raise ValueError("expected text")
    value = value.strip()
    if t == "choice":
        allowed = [c for c, _ in spec.choices]
        if value not in allowed:
            raise ValueError("expected one of: " + ", ".join(allowed))
        return value
    if t == "url":
        return normalise_base_url(value, spec.host or "media")
    if t == "proxy_url":
        return check_url(value, ("http", "https", "socks5"), allow_empty=True)
    if t in ("file", "dir"):
        return os.path.expanduser(value) if value else ""
    return value                                     # str, model


def check_url(value: str, schemes: Iterable[str], *, allow_empty: bool = False) -> str:
    """A proxy URL must be absolute with one of ``schemes``; a trailing slash is dropped."""
    if not value:
        if allow_empty:
            return ""
        raise ValueError("enter an address such as https://example.com")
    parts = urlsplit(value)
    schemes = tuple(schemes)
    if parts.scheme.lower() not in schemes or not parts.netloc:
        raise ValueError("must start with " + " or ".join(f"{s}://" for s in schemes)
                         + " and name a host")
    if parts.query or parts.fragment:
        raise ValueError("must not contain ? or #")
    return value.rstrip("/")


def api_config_from(get: Callable[[str], Any], **overrides: Any) -> ApiConfig:
    """The client configuration for setting values read through ``get`` (``Settings.get``
    or a dialog's pending values); ``overrides`` replace fields (demo mode's base URLs).
    Raises ValueError when the values cannot make a configuration."""
    mode = get("network.proxy_mode")
    proxy = get("network.proxy_url") or None
    if mode == "custom" and not proxy:
        raise ValueError("a custom proxy needs an address")
    fields: dict[str, Any] = dict(
        text_base_url=get("api.text_base_url"), media_base_url=get("api.media_base_url"),
        connect_timeout=float(get("network.connect_timeout")),
        read_timeout=float(get("network.read_timeout")),
        proxy_mode=mode, proxy_url=proxy if mode == "custom" else None,
        ca_bundle=get("network.ca_bundle") or None,
        use_system_trust_store=bool(get("network.system_trust_store")))
    fields.update(overrides)
    return ApiConfig(**fields)


class Callbacks:
    """A tiny signal: ``connect(fn)``, ``disconnect(fn)``, ``emit(*args)``.  Keeps storage
    free of Qt; widgets connect plain methods.  A failing callback is logged, not raised,
    so one broken listener cannot stop the others from hearing about a change."""

    def __init__(self) -> None:
        self._fns: list[Callable[..., Any]] = []

    def connect(self, fn: Callable[..., Any]) -> None:
        if fn not in self._fns:
            self._fns.append(fn)

    def disconnect(self, fn: Callable[..., Any]) -> None:
        if fn in self._fns:
            self._fns.remove(fn)

    def emit(self, *args: Any) -> None:
        for fn in list(self._fns):
            try:
                fn(*args)
            except Exception:
                log.exception("settings listener %r failed", fn)


class SettingLockedError(PermissionError):
    """The administrator locked this setting."""


class Settings:
    """Layered, typed settings.  Use from the GUI thread; writes go to a background thread."""

    def __init__(self, path: Path | None = None, layers: ConfigLayers | None = None) -> None:
        from globalai_desktop import paths

        self.path = Path(path) if path is not None else paths.config_dir() / FILE_NAME
        self.layers = layers or ConfigLayers()
        self.changed = Callbacks()
        self.problems: list[str] = []        # what was ignored while loading (for the log)
        self._cli = self._valid(self.layers.cli, "command line")
        self._env = self._valid(self.layers.env, "environment")
        self._admin = self._valid(self.layers.admin.values, "administrator file")
        self._locked = frozenset(k for k in self.layers.locked if k in _BY_KEY)
        self._extra: dict[str, Any] = {}    # unknown keys from the file, written back as-is
        self._state: dict[str, Any] = {}
        self._user = self._load()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="settings-writer")
        self._pending: Future | None = None
        self._lock = threading.Lock()

    # --- reading ---------------------------------------------------------------------
    def spec(self, key: str) -> SettingSpec:
        return spec_for(key)

    def get(self, key: str) -> Any:
        return self._resolve(key)[0]

    def source(self, key: str) -> Layer:
        return self._resolve(key)[1]

    def is_locked(self, key: str) -> bool:
        return key in self._locked

    def default(self, key: str) -> Any:
        """What the value becomes when the user's choice is removed (admin, else built-in)."""
        return self._admin.get(key, spec_for(key).default)

    def user_value(self, key: str) -> Any:
        return self._user.get(key)

    def _resolve(self, key: str) -> tuple[Any, Layer]:
        spec = spec_for(key)
        if key in self._locked:                   # locked without a value: the default, fixed
            return self._admin.get(key, spec.default), Layer.ADMIN
        for layer, values in ((Layer.CLI, self._cli), (Layer.ENV, self._env),
                              (Layer.USER, self._user), (Layer.ADMIN, self._admin)):
            if key in values:
                return values[key], layer
        return spec.default, Layer.DEFAULT

    # --- writing ---------------------------------------------------------------------
    def set(self, key: str, value: Any) -> None:
        self.update({key: value})

    def reset(self, key: str) -> None:
        """Forget the user's value (the administrator's or built-in default applies)."""
        self.update({key: None})

    def update(self, values: Mapping[str, Any]) -> None:
        """Set several values at once (None = reset), with one write and one ``changed``
        per key whose effective value changed.  All values are checked before any is
        stored, so a bad value leaves every setting as it was."""
        checked: dict[str, Any] = {}
        for key, value in values.items():
            spec = spec_for(key)
            if key in self._locked:
                if value is None or coerce(spec, value) == self.get(key):
                    continue                     # "setting" a locked key to its value is a no-op
                raise SettingLockedError(f"{key} is locked by the administrator")
            checked[key] = None if value is None else coerce(spec, value)
        before = {k: self.get(k) for k in checked}
        for key, value in checked.items():
            # A value equal to what lies beneath is not pinned, so a later change by the
            # administrator (or of the built-in default) still reaches this user.
            if value is None or value == self.default(key):
                self._user.pop(key, None)
            else:
                self._user[key] = value
        self._save()
        for key in checked:
            now = self.get(key)
            if now != before[key]:
                self.changed.emit(key, now)

    # --- window state (not settings: no schema, not shown in the dialog) ---------------
    def state(self, name: str, default: Any = None) -> Any:
        return self._state.get(name, default)

    def set_state(self, name: str, value: Any) -> None:
        self._state[name] = value
        self._save()

    # --- persistence -----------------------------------------------------------------
    def _valid(self, values: Mapping[str, Any], where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in values.items():
            if key not in _BY_KEY:
                self.problems.append(f"{where}: unknown setting {key!r} ignored")
                continue
            try:
                out[key] = coerce(_BY_KEY[key], value)
            except ValueError as e:
                self.problems.append(f"{where}: {key} ignored ({e})")
        return out

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as e:
            # Keep the unreadable file for the user instead of overwriting it silently.
            keep = self.path.with_name(self.path.name + ".unreadable")
            try:
                os.replace(self.path, keep)
            except OSError:
                pass
            self.problems.append(f"{self.path.name} could not be read ({e}); kept as {keep.name}")
            return {}
        values = data.get("values") if isinstance(data.get("values"), dict) else {}
        self._state = data.get("state") if isinstance(data.get("state"), dict) else {}
        self._extra = {k: v for k, v in values.items() if k not in _BY_KEY}
        return self._valid({k: v for k, v in values.items() if k in _BY_KEY}, self.path.name)

    def _snapshot(self) -> str:
        payload = {"version": FILE_VERSION, "values": {**self._extra, **self._user},
                   "state": self._state}
        return json.dumps(payload, indent=2, ensure_ascii=False, sort_keys=True)

    def _save(self) -> None:
        text = self._snapshot()
        with self._lock:
            self._pending = self._writer.submit(_atomic_write, self.path, text)

    def flush(self) -> None:
        """Wait until the last change is on disk (called at shutdown and by tests)."""
        with self._lock:
            pending = self._pending
        if pending is not None:
            try:
                pending.result(timeout=10)
            except Exception:
                log.exception("could not save %s", self.path)

    def close(self) -> None:
        self.flush()
        self._writer.shutdown(wait=True)


def _atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file and rename it over the old one: a crash mid-write leaves
    the previous settings intact rather than a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
