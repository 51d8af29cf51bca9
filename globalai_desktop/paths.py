"""Locate bundled resources (icons, sample media, styles).

The repository's top-level ``resources/`` folder is installed as the package
``globalai_desktop.resources``; in a source checkout and in a frozen bundle the folder
is found next to the package.  Either way :func:`resource_path` returns a real path.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PKG_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    candidates = [
        _PKG_DIR / "resources",                     # installed wheel (package-dir mapping)
        _PKG_DIR.parent / "resources",              # source checkout / editable install
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)    # PyInstaller one-folder bundle
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "resources")
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError("GlobalAI Desktop resources folder not found")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# --- per-user and machine-wide locations -------------------------------------------------
#
# Tests and portable installs may redirect every location with environment variables:
#   GLOBALAI_DESKTOP_CONFIG_DIR   user settings
#   GLOBALAI_DESKTOP_DATA_DIR     databases, logs, media library default
#   GLOBALAI_DESKTOP_SYSTEM_CONFIG  path of the administrator's machine-wide config file

import os

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="GlobalAI Desktop", appauthor="GlobalAI", roaming=False)


def config_dir() -> Path:
    p = Path(os.environ.get("GLOBALAI_DESKTOP_CONFIG_DIR") or _DIRS.user_config_dir)
    p.mkdir(parents=True, exist_ok=True)
    return p


def data_dir() -> Path:
    p = Path(os.environ.get("GLOBALAI_DESKTOP_DATA_DIR") or _DIRS.user_data_dir)
    p.mkdir(parents=True, exist_ok=True)
    return p


def log_dir() -> Path:
    p = data_dir() / "logs"
    p.mkdir(parents=True, exist_ok=True)
    return p


def default_media_dir() -> Path:
    """Where generated images and videos are kept unless the user chooses another folder."""
    try:
        pictures = Path(PlatformDirs().user_pictures_dir)
    except Exception:  # pragma: no cover - platform without a pictures folder
        pictures = data_dir()
    if os.environ.get("GLOBALAI_DESKTOP_DATA_DIR"):
        return data_dir() / "media"
    return pictures / "GlobalAI Desktop"


def system_config_file() -> Path:
    """The administrator's machine-wide configuration file (TOML), per OS."""
    override = os.environ.get("GLOBALAI_DESKTOP_SYSTEM_CONFIG")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "GlobalAI Desktop" / "config.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/GlobalAI Desktop/config.toml")
    return Path("/etc/globalai-desktop/config.toml")
