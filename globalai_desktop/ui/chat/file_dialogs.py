"""File pickers for exporting and importing conversations (kept apart so tests can call
the tab's ``export_to`` / ``import_from`` with a path directly)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChatFiles", text)


def safe_file_stem(title: str, fallback: str = "conversation") -> str:
    """A file name from a conversation title (no path separators or reserved characters)."""
    stem = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", title).strip().strip(".")[:60]
    return stem or fallback


def ask_export_path(parent: QWidget, title: str, fmt: str) -> str | None:
    """Ask where to save ``fmt`` ("markdown" or "json"); None when cancelled."""
    ext, filt = ((".md", _tr("Markdown (*.md)")) if fmt == "markdown"
                 else (".json", _tr("JSON (*.json)")))
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Export conversation"),
                                          str(Path.home() / (safe_file_stem(title) + ext)), filt)
    return path or None


def ask_export_target(parent: QWidget, title: str) -> tuple[str, str] | None:
    """Ask where to save a conversation, as Markdown or JSON (the filter or the name's
    extension decides); returns (path, "markdown" | "json"), or None when cancelled."""
    md, js = _tr("Markdown (*.md)"), _tr("JSON (*.json)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Export conversation"), str(Path.home() / (safe_file_stem(title) + ".md")),
        f"{md};;{js}")
    if not path:
        return None
    suffix = Path(path).suffix.lower()
    fmt = "json" if suffix == ".json" or (chosen == js and suffix != ".md") else "markdown"
    if suffix not in (".md", ".json"):
        path += ".json" if fmt == "json" else ".md"
    return path, fmt


def ask_import_path(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Import conversation"), str(Path.home()),
                                          _tr("Conversation (*.json);;All files (*)"))
    return path or None
