"""Configuration layers that sit around the user's own settings.

The effective value of a setting is taken from the first layer that has it, highest first::

    1. command line      --text-base-url, --media-base-url, --config FILE (and --demo)
    2. environment       GLOBALAIOPC_TEXT_BASE_URL, GLOBALAIOPC_MEDIA_BASE_URL
    3. user settings     settings.json in paths.config_dir()      (storage/settings.py)
    4. administrator     machine-wide TOML file at paths.system_config_file()
    5. built-in defaults the settings schema                       (storage/settings.py)

A key the administrator lists in ``locked`` always takes the administrator's value: the
user layer, the environment and the command line cannot change it, and Settings shows it
read-only.  (An administrator locks a proxy or a gateway URL precisely so that it holds on
that workstation; a user-set variable quietly overriding it would defeat the point.)

The API key is never a setting: ``GLOBALAIOPC_API_KEY`` is read by storage/secrets.py.

File format (administrator file and ``--config FILE``) — TOML, tables map to dotted keys::

    locked = ["api.text_base_url", "network.proxy_mode", "network.proxy_url"]

    [api]
    text_base_url = "https://llm-gateway.example.com/gw_llm_power"

    [network]
    proxy_mode = "custom"
    proxy_url = "http://proxy.example.com:3128"

This module reads and flattens; it does not validate values against the schema (that is
``Settings``' job, which reports unknown keys and bad values instead of failing).
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENV_API_KEY = "GLOBALAIOPC_API_KEY"
ENV_TEXT_BASE_URL = "GLOBALAIOPC_TEXT_BASE_URL"
ENV_MEDIA_BASE_URL = "GLOBALAIOPC_MEDIA_BASE_URL"

# Environment variable → setting key.  (The API key is deliberately not here.)
ENV_SETTINGS: dict[str, str] = {
    ENV_TEXT_BASE_URL: "api.text_base_url",
    ENV_MEDIA_BASE_URL: "api.media_base_url",
}


class Layer(str, Enum):
    """Where an effective value came from (shown in Settings next to a read-only field)."""

    CLI = "cli"
    ENV = "env"
    USER = "user"
    ADMIN = "admin"
    DEFAULT = "default"


@dataclass(frozen=True)
class FileConfig:
    """One TOML configuration file, flattened to dotted keys."""

    path: Path | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    error: str | None = None          # why the file could not be read (shown in About/log)

    @property
    def exists(self) -> bool:
        return self.path is not None and self.error is None and bool(self.values or self.locked)


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"api": {"text_base_url": u}}`` → ``{"api.text_base_url": u}``."""
    out: dict[str, Any] = {}
    for k, v in table.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out


def load_config_file(path: Path | str | None) -> FileConfig:
    """Read a TOML config file.  A missing file is normal (empty config, no error);
    an unreadable or malformed one yields an empty config with ``error`` set, because a
    typo in an administrator's file must not stop the app from starting."""
    if path is None:
        return FileConfig()
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        return FileConfig(path=p)
    except OSError as e:
        log.warning("Cannot read configuration file %s: %s", p, e)
        return FileConfig(path=p, error=f"cannot read: {e.strerror or e}")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        log.warning("Configuration file %s is not valid TOML: %s", p, e)
        return FileConfig(path=p, error=f"not valid TOML: {e}")
    locked_raw = data.pop("locked", [])
    if not isinstance(locked_raw, list) or not all(isinstance(k, str) for k in locked_raw):
        log.warning("%s: 'locked' must be a list of setting names; ignored", p)
        locked_raw = []
    return FileConfig(path=p, values=flatten(data), locked=frozenset(locked_raw))


def env_overrides(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Settings given through environment variables (empty values are ignored)."""
    env = os.environ if environ is None else environ
    return {key: env[var].strip() for var, key in ENV_SETTINGS.items() if env.get(var, "").strip()}


def env_source(key: str) -> str | None:
    """The environment variable that sets ``key`` (for the "set by …" note), if any."""
    for var, k in ENV_SETTINGS.items():
        if k == key:
            return var
    return None


@dataclass(frozen=True)
class ConfigLayers:
    """Everything above and below the user's settings file, read once at start.

    ``cli`` already merges ``--config FILE`` (lower) with explicit flags (higher).
    """

    cli: Mapping[str, Any] = field(default_factory=dict)
    env: Mapping[str, Any] = field(default_factory=dict)
    admin: FileConfig = field(default_factory=FileConfig)

    @property
    def locked(self) -> frozenset[str]:
        return self.admin.locked

    @classmethod
    def load(cls, *, cli: Mapping[str, Any] | None = None, config_file: Path | str | None = None,
             environ: Mapping[str, str] | None = None,
             admin_file: Path | str | None = None) -> "ConfigLayers":
        """Gather the layers.  ``config_file`` is ``--config FILE`` (its ``locked`` list is
        ignored: only the machine-wide file can lock); ``admin_file`` defaults to
        ``paths.system_config_file()``."""
        from globalai_desktop import paths

        merged: dict[str, Any] = {}
        if config_file is not None:
            extra = load_config_file(config_file)
            if extra.error:
                raise ConfigFileError(f"{config_file}: {extra.error}")
            if extra.path is not None and not extra.path.exists():
                raise ConfigFileError(f"{config_file}: no such file")
            merged.update(extra.values)
        merged.update({k: v for k, v in (cli or {}).items() if v is not None})
        admin = load_config_file(paths.system_config_file() if admin_file is None else admin_file)
        return cls(cli=merged, env=env_overrides(environ), admin=admin)


class ConfigFileError(Exception):
    """``--config FILE`` names a file that is missing or malformed (a usage error: the
    person asked for that file explicitly, so starting without it would surprise them)."""
