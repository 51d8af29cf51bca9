"""The line above the picture: the video's title and what can be done with its file.

Contract: ``PlayerHeader.set_file(path, title)``; "Save as…" asks where and copies off
the GUI thread (atomic, see :mod:`.file_actions`); "Open in player" hands the file to the
desktop's default video application; "Show in folder" reveals it.  Results and problems
are reported through ``message(str)``.  ``await shutdown()`` waits for running copies.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QStyle, QWidget

from . import file_actions
from .elided import ElidedLabel
from .player_controls import tool_button
from .task_words import tinted_icon


class PlayerHeader(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoPlayerHeader")
        self._path: Path | None = None
        self._jobs: set[asyncio.Task] = set()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.title_label = ElidedLabel("", self)
        self.title_label.setObjectName("videoPlayerTitle")
        self.title_label.setAccessibleName(self.tr("Title of the video in the player"))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        row.addWidget(self.title_label, 1)
        st = self.style()
        self.save_button = tool_button(
            self, "videoSaveAsButton", self.tr("Save as…"), self.tr("Save a copy of this video"),
            st.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), text=True)
        self.open_button = tool_button(
            self, "videoOpenSystemButton", self.tr("Open in player"),
            self.tr("Open this video in your system's video player"),
            tinted_icon(QStyle.StandardPixmap.SP_MediaPlay, self), text=True)
        self.folder_button = tool_button(
            self, "videoShowFolderButton", self.tr("Show in folder"),
            self.tr("Show this video in its folder"),
            st.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon), text=True)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_system_player)
        self.folder_button.clicked.connect(self.show_in_folder)
        for b in (self.save_button, self.open_button, self.folder_button):
            row.addWidget(b)
        self.set_file(None)

    def set_file(self, path: Path | None, title: str = "") -> None:
        self._path = path
        self.title_label.setText(title or (path.name if path else ""))
        for b in (self.save_button, self.open_button, self.folder_button):
            b.setEnabled(path is not None)

    def save_as(self) -> None:
        """Ask where to save a copy, then copy it off the GUI thread."""
        if not self._path:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save video as"), str(Path.home() / self._path.name),
            self.tr("MP4 video (*.mp4);;All files (*)"))
        if target:
            self.save_copy_to(Path(target))

    def save_copy_to(self, dest: Path) -> asyncio.Task | None:
        """Copy the current video to ``dest`` (atomic; the result is reported via message)."""
        if not self._path:
            return None
        job = asyncio.ensure_future(self._save(self._path, Path(dest)))
        self._jobs.add(job)
        job.add_done_callback(self._jobs.discard)
        return job

    def open_in_system_player(self) -> None:
        if self._path and not file_actions.open_with_system(self._path):
            self.message.emit(self.tr("No application is set up to open MP4 videos."))

    def show_in_folder(self) -> None:
        if self._path:
            file_actions.reveal_in_folder(self._path)

    async def shutdown(self) -> None:
        if self._jobs:
            await asyncio.gather(*list(self._jobs), return_exceptions=True)

    async def _save(self, src: Path, dest: Path) -> None:
        try:
            await file_actions.save_copy(src, dest)
        except OSError as exc:
            self.message.emit(self.tr("Could not save the video to {0}: {1}").format(
                str(dest), exc.strerror or str(exc)))
        else:
            self.message.emit(self.tr("Saved a copy to {0}").format(str(dest)))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "open_button"):
            self.open_button.setIcon(tinted_icon(QStyle.StandardPixmap.SP_MediaPlay, self))
