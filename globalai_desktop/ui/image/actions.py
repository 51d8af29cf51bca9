"""What can be done with saved images: save as, copy, copy prompt, open folder, delete,
reuse, use as reference, animate.

``ImageActions`` owns one ``QAction`` per verb (shared by the gallery's context menu, the
preview toolbar and keyboard shortcuts) and applies it to ``current()`` — the records the
user has selected.  File work (copying, deleting, decoding for the clipboard) runs off the
GUI thread.  The two questions it asks the person (where to save, whether to delete) go
through ``ask_save_path`` and ``confirm``, which a test may replace.

Verbs that belong to the tab (refilling the form, adding a reference, handing over to the
Video tab) are emitted as signals with the record.

Every action has a line icon from :mod:`.icons` (re-coloured when the palette changes) and
a tooltip that ends with its shortcut.  ``all`` lists them in menu order (the tab's tile
menu puts separators before Reuse and before Delete).
"""

from __future__ import annotations

import asyncio
import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from globalai_desktop.storage.media_library import MediaLibrary, MediaRecord
from globalai_desktop.ui.image.icons import line_icon
from globalai_desktop.ui.image.image_loader import ImageLoader

log = logging.getLogger("globalai.ui.image")


class ImageActions(QObject):
    reuse_requested = Signal(object)        # MediaRecord
    reference_requested = Signal(object)    # MediaRecord (its source URL is still valid)
    animate_requested = Signal(object)      # MediaRecord (its source URL is still valid)
    deleted = Signal(object)                # MediaRecord, file and record gone
    message = Signal(str)                   # a short sentence for the status line

    def __init__(self, widget: QWidget, library: MediaLibrary, loader: ImageLoader,
                 current: Callable[[], list[MediaRecord]]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.library = library
        self.loader = loader
        self.current = current
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.confirm: Callable[[str, str], bool] = self._confirm
        self._jobs: set[asyncio.Future] = set()

        def act(name: str, text: str, slot: Callable[[], Any], shortcut: Any = None,
                tip: str = "") -> QAction:
            a = QAction(text, widget)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            a.setProperty("plainTip", tip or text.rstrip("…"))
            a.triggered.connect(slot)
            widget.addAction(a)
            return a

        self.save_as = act("actSaveAs", self.tr("Save as…"), lambda: self._run(self.do_save_as()),
                           QKeySequence.SaveAs, self.tr("Save a copy of the image elsewhere"))
        self.copy = act("actCopyImage", self.tr("Copy image"), lambda: self._run(self.do_copy()),
                        QKeySequence.Copy, self.tr("Copy the image to the clipboard"))
        self.copy_prompt = act("actCopyPrompt", self.tr("Copy prompt"), self.do_copy_prompt,
                               "Ctrl+Shift+C", self.tr("Copy the image's prompt as text"))
        self.open_folder = act("actOpenFolder", self.tr("Show in folder"), self.do_open_folder,
                               tip=self.tr("Open the folder that holds this file"))
        self.reuse = act("actReuse", self.tr("Reuse settings"), self._emit_reuse,
                         "Ctrl+R", self.tr("Fill the form with this image's prompt and settings"))
        self.reference = act("actUseAsReference", self.tr("Use as reference"),
                             self._emit_reference, "Ctrl+Shift+R",
                             self.tr("Add this image's link to the reference images"))
        self.animate = act("actAnimate", self.tr("Animate"), self._emit_animate,
                           tip=self.tr("Open the Video tab with this image as the first frame"))
        self.delete = act("actDelete", self.tr("Delete…"), lambda: self._run(self.do_delete()),
                          QKeySequence.Delete, self.tr("Delete the image from your disk"))
        self._glyphs = [(self.save_as, "save"), (self.copy, "copy"), (self.copy_prompt, "copy"),
                        (self.open_folder, "folder"), (self.reuse, "reuse"),
                        (self.reference, "reference"), (self.animate, "animate"),
                        (self.delete, "trash")]
        self._retint()
        widget.installEventFilter(self)
        self.all = [self.save_as, self.copy, self.copy_prompt, self.open_folder, self.reuse,
                    self.reference, self.animate, self.delete]
        self.update_enabled()

    def _retint(self) -> None:
        for a, glyph in self._glyphs:
            a.setIcon(line_icon(glyph, self.widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.PaletteChange:
            self._retint()
        return False

    # --- state --------------------------------------------------------------------------------
    def update_enabled(self) -> None:
        records = self.current()
        one = len(records) == 1
        for a in (self.save_as, self.copy, self.open_folder, self.reuse):
            a.setEnabled(one)
        self.copy_prompt.setEnabled(one and bool(records[0].prompt))
        linkable = one and records[0].source_url_valid()
        self.reference.setEnabled(linkable)
        self.animate.setEnabled(linkable)
        expired = one and not linkable
        for a in self.all:
            tip = a.property("plainTip") or a.text()
            if expired and a in (self.reference, self.animate):
                tip = (self.tr("The server link of this image has expired; it can no longer be "
                               "sent as a reference.") if records[0].source_url else
                       self.tr("This image has no server link, so it cannot be sent."))
            a.setToolTip(_with_keys(tip, a))
        self.delete.setEnabled(bool(records))

    def _one(self) -> MediaRecord | None:
        records = self.current()
        return records[0] if len(records) == 1 else None

    def _run(self, coro: Any) -> None:
        job = asyncio.ensure_future(coro)
        self._jobs.add(job)
        job.add_done_callback(self._finished)

    def _finished(self, job: asyncio.Future) -> None:
        self._jobs.discard(job)
        if not job.cancelled() and job.exception() is not None:
            exc = job.exception()
            log.warning("image action failed: %s", exc)
            self.message.emit(self.tr("That did not work: {reason}").format(reason=exc))

    async def wait_idle(self) -> None:
        """Await every action still running (used at shutdown and by tests)."""
        while self._jobs:
            await asyncio.gather(*list(self._jobs), return_exceptions=True)

    # --- verbs ----------------------------------------------------------------------------------
    async def do_save_as(self) -> Path | None:
        rec = self._one()
        if rec is None:
            return None
        target = self.ask_save_path(str(Path.home() / Path(rec.path).name))
        if not target:
            return None
        dest = Path(target)
        if not dest.suffix:
            dest = dest.with_suffix(Path(rec.path).suffix)
        await asyncio.to_thread(shutil.copyfile, rec.path, dest)
        self.message.emit(self.tr("Saved a copy as {name}.").format(name=dest.name))
        return dest

    async def do_copy(self) -> bool:
        rec = self._one()
        if rec is None:
            return False
        image = await self.loader.aload(rec.path)
        if image.isNull():
            self.message.emit(self.tr("The image file is missing or cannot be read."))
            return False
        # setImage, not a QMimeData made here: Qt keeps clipboard data until its own exit
        # handlers run, and a Python-made QMimeData then calls back into a finished
        # interpreter (a crash at quit).
        QGuiApplication.clipboard().setImage(image)
        self.message.emit(self.tr("Image copied to the clipboard."))
        return True

    def do_copy_prompt(self) -> bool:
        rec = self._one()
        if rec is None or not rec.prompt:
            return False
        QGuiApplication.clipboard().setText(rec.prompt)
        self.message.emit(self.tr("Prompt copied to the clipboard."))
        return True

    def do_open_folder(self) -> None:
        rec = self._one()
        if rec is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(rec.path).parent)))

    async def do_delete(self) -> list[MediaRecord]:
        records = self.current()
        if not records:
            return []
        if len(records) == 1:
            question = self.tr("Delete this image?\n\n{name}\n\nThe file is removed from "
                               "your disk.").format(name=Path(records[0].path).name)
        else:
            question = self.tr("Delete these {n} images?\n\nTheir files are removed from "
                               "your disk.").format(n=len(records))
        if not self.confirm(self.tr("Delete images"), question):
            return []
        gone = []
        for rec in records:
            try:
                removed = await asyncio.to_thread(self.library.delete, rec.id)
            except OSError as exc:
                self.message.emit(self.tr("Could not delete {name}: {reason}").format(
                    name=Path(rec.path).name, reason=exc.strerror or exc))
                continue
            if removed is not None:
                gone.append(removed)
                self.deleted.emit(removed)
        return gone

    def _emit_reuse(self) -> None:
        rec = self._one()
        if rec is not None:
            self.reuse_requested.emit(rec)

    def _emit_reference(self) -> None:
        rec = self._one()
        if rec is not None and rec.source_url_valid():
            self.reference_requested.emit(rec)

    def _emit_animate(self) -> None:
        rec = self._one()
        if rec is not None and rec.source_url_valid():
            self.animate_requested.emit(rec)

    # --- questions ------------------------------------------------------------------------------
    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self.widget, self.tr("Save image as"), suggested,
            self.tr("Images (*.png *.jpg *.jpeg *.webp);;All files (*)"))
        return path

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.widget, title, text,
                                      QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Yes


def _with_keys(tip: str, action: QAction) -> str:
    keys = action.shortcut()
    if keys.isEmpty():
        return tip
    return f"{tip} ({keys.toString(QKeySequence.NativeText)})"
