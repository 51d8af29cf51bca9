"""The composer: where the person types, attaches images, sends and stops.

- Multi-line input.  Which key sends is read from the setting ``chat.send_shortcut`` on
  each key press: ``"ctrl+enter"`` (Enter adds a line) or ``"enter"`` (Shift+Enter adds a
  line); Ctrl+Enter always sends.  Escape asks to stop a running reply.
- Images come from the Attach button, from paste (a bitmap or copied image files) and from
  drag-and-drop (onto the composer or anywhere the tab forwards drops).  Files are read and
  decoded in a worker thread (``images.prepare_*``); a file that is too large, not an image,
  or sent to a model that cannot take images gets a clear message in the notice line, and
  the typed text is untouched.
- The Send button turns into Stop while a reply streams.  The text box is cleared only when
  the tab confirms the message was stored (:meth:`clear_after_send`), never before.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QToolButton, QVBoxLayout, QWidget,
)

from globalai_desktop.domain.chat import Attachment
from globalai_desktop.ui.chat import images
from globalai_desktop.ui.chat.style import Restyler, chat_colors, css

MAX_ATTACHMENTS = 8
IMAGE_FILTER = "*.png *.jpg *.jpeg *.webp *.gif *.bmp"


class ComposerEdit(QPlainTextEdit):
    """The text box.  Emits ``sendKey`` / ``escapeKey``; hands images to ``on_images``."""

    sendKey = Signal()
    escapeKey = Signal()

    def __init__(self, send_mode: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.send_mode = send_mode
        self.on_files: Callable[[list[str]], None] = lambda paths: None
        self.on_image: Callable[[QImage], None] = lambda image: None
        self.setTabChangesFocus(True)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        key, mods = e.key(), e.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if ctrl or (self.send_mode() == "enter" and not shift):
                self.sendKey.emit()
                return
        if key == Qt.Key.Key_Escape:
            self.escapeKey.emit()
            return
        super().keyPressEvent(e)

    # paste and drop: images become attachments, everything else is text
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in source.urls() if u.isLocalFile()] if source.hasUrls() else []
        if files:
            self.on_files(files)
            return
        if source.hasImage():
            image = source.imageData()
            if isinstance(image, QPixmap):
                image = image.toImage()
            if isinstance(image, QImage):
                self.on_image(image)
                return
        super().insertFromMimeData(source)


class AttachmentChip(QFrame):
    removed = Signal(object)

    def __init__(self, prepared: images.PreparedImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = prepared.attachment
        self.setObjectName("chatAttachmentChip")
        self.setAccessibleName(self.tr("Attached image {name}").format(name=self.attachment.name))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(4)
        thumb = QLabel(self)
        thumb.setObjectName("chatAttachmentThumb")
        thumb.setPixmap(QPixmap.fromImage(images.thumbnail(prepared.thumbnail, 40)))
        thumb.setFixedSize(QSize(42, 42))
        thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(thumb)
        name = QLabel(self.attachment.name if len(self.attachment.name) < 22
                      else self.attachment.name[:19] + "…", self)
        name.setObjectName("chatAttachmentName")
        name.setToolTip(self.tr("{name} — {w}×{h}").format(
            name=self.attachment.name, w=self.attachment.width, h=self.attachment.height))
        lay.addWidget(name)
        rm = QToolButton(self)
        rm.setObjectName("chatRemoveAttachment")
        rm.setText("✕")
        rm.setAutoRaise(True)
        rm.setToolTip(self.tr("Remove this image"))
        rm.setAccessibleName(self.tr("Remove image {name}").format(name=self.attachment.name))
        rm.clicked.connect(lambda: self.removed.emit(self))
        lay.addWidget(rm)


class Composer(QFrame, Restyler):
    """``sendRequested(text, attachments)``; ``stopRequested()``; ``textEdited()``."""

    sendRequested = Signal(str, tuple)
    stopRequested = Signal()
    textEdited = Signal()

    def __init__(self, send_mode: Callable[[], str],
                 accepts_images: Callable[[], tuple[bool, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatComposer")
        self.setAccessibleName(self.tr("Message composer"))
        # () -> (can the current model take images?, why not)
        self.accepts_images = accepts_images or (lambda: (True, ""))
        self._busy = False
        self._chips: list[AttachmentChip] = []
        self._pending = 0
        self._tasks: set[asyncio.Task] = set()
        self.setAcceptDrops(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(6)

        self.notice = QLabel(self)
        self.notice.setObjectName("chatComposerNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)

        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        self.chips.addStretch(1)
        outer.addLayout(self.chips)

        self.edit = ComposerEdit(send_mode, self)
        self.edit.setObjectName("chatComposerText")
        self.edit.setAccessibleName(self.tr("Message"))
        self.edit.setFrameShape(QFrame.Shape.NoFrame)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.on_files = self.add_files
        self.edit.on_image = self.add_image
        self.edit.sendKey.connect(self._send)
        self.edit.escapeKey.connect(self._escape)
        self.edit.textChanged.connect(self._on_text)
        outer.addWidget(self.edit)

        row = QHBoxLayout()
        row.setSpacing(6)
        self.attach_btn = QToolButton(self)
        self.attach_btn.setObjectName("chatAttachButton")
        self.attach_btn.setText(self.tr("Attach image…"))
        self.attach_btn.setToolTip(self.tr("Attach images (you can also paste or drop them here)"))
        self.attach_btn.setAccessibleName(self.tr("Attach images"))
        self.attach_btn.setAutoRaise(True)
        self.attach_btn.clicked.connect(self._pick_files)
        row.addWidget(self.attach_btn)
        self.hint = QLabel(self)
        self.hint.setObjectName("chatComposerHint")
        row.addWidget(self.hint)
        row.addStretch(1)
        self.send_btn = QPushButton(self.tr("Send"), self)
        self.send_btn.setObjectName("chatSendButton")
        self.send_btn.setAccessibleName(self.tr("Send message"))
        self.send_btn.setDefault(True)
        self.send_btn.clicked.connect(self._send)
        self.stop_btn = QPushButton(self.tr("Stop"), self)
        self.stop_btn.setObjectName("chatStopButton")
        self.stop_btn.setAccessibleName(self.tr("Stop the reply"))
        self.stop_btn.setToolTip(self.tr("Stop the reply (Esc)"))
        self.stop_btn.clicked.connect(self.stopRequested)
        self.stop_btn.hide()
        row.addWidget(self.send_btn)
        row.addWidget(self.stop_btn)
        outer.addLayout(row)
        self.send_mode = send_mode
        self._fit_height()
        self.refresh_hint()
        self._apply_colors()

    # --- state --------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def attachments(self) -> tuple[Attachment, ...]:
        return tuple(c.attachment for c in self._chips)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.send_btn.setVisible(not busy)
        self.stop_btn.setVisible(busy)

    def refresh_hint(self) -> None:
        mode = self.send_mode()
        self.hint.setText(self.tr("Enter to send · Shift+Enter for a new line") if mode == "enter"
                          else self.tr("Ctrl+Enter to send"))
        self.edit.setPlaceholderText(self.tr("Ask anything…"))

    def clear_after_send(self) -> None:
        """The message was stored: empty the box and the attachments."""
        self.edit.clear()
        for c in list(self._chips):
            self._remove_chip(c)
        self.show_notice("")

    def show_notice(self, text: str, error: bool = True) -> None:
        c = chat_colors()
        self.notice.setStyleSheet(f"color: {css(c.error if error else c.muted)};")
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @property
    def preparing(self) -> bool:
        """Images are still being read; sending waits for them."""
        return self._pending > 0

    # --- actions --------------------------------------------------------------------------

    def _send(self) -> None:
        if self._busy:
            return
        if self._pending:
            self.show_notice(self.tr("Still reading the images… send again in a moment."))
            return
        text = self.text()
        if not text.strip() and not self._chips:
            return
        self.sendRequested.emit(text, self.attachments())

    def _escape(self) -> None:
        if self._busy:
            self.stopRequested.emit()

    def _on_text(self) -> None:
        self._fit_height()
        self.textEdited.emit()

    def _fit_height(self) -> None:
        lines = max(1, min(10, int(self.edit.document().size().height())))
        fm = self.edit.fontMetrics()
        self.edit.setFixedHeight(lines * fm.lineSpacing() + 14)

    def _pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach images"), "",
            self.tr("Images ({patterns});;All files (*)").format(patterns=IMAGE_FILTER))
        if paths:
            self.add_files(paths)

    def _check_model(self) -> bool:
        ok, why = self.accepts_images()
        if not ok:
            self.show_notice(why)
        return ok

    def add_files(self, paths: list[str]) -> None:
        if not self._check_model():
            return
        for path in paths:
            self._prepare(images.prepare_file, path)

    def add_image(self, image: QImage) -> None:
        if not self._check_model():
            return
        self._prepare(images.prepare_qimage, image.copy())

    def _prepare(self, fn, arg) -> None:
        if len(self._chips) + self._pending >= MAX_ATTACHMENTS:
            self.show_notice(self.tr("At most {n} images can be attached to one message.")
                             .format(n=MAX_ATTACHMENTS))
            return
        self._pending += 1

        async def run() -> None:
            try:
                prepared = await asyncio.to_thread(fn, arg)
            except images.AttachmentError as exc:
                self.show_notice(str(exc))
                return
            finally:
                self._pending -= 1
            self._add_chip(prepared)
            self.show_notice("")
        task = asyncio.ensure_future(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _add_chip(self, prepared: images.PreparedImage) -> None:
        chip = AttachmentChip(prepared, self)
        chip.removed.connect(self._remove_chip)
        c = chat_colors()
        chip.setStyleSheet(f"QFrame#chatAttachmentChip {{ background: {css(c.chip_bg)};"
                           f" border: 1px solid {css(c.border)}; border-radius: 8px; }}")
        self._chips.append(chip)
        self.chips.insertWidget(len(self._chips) - 1, chip)

    def _remove_chip(self, chip: AttachmentChip) -> None:
        if chip in self._chips:
            self._chips.remove(chip)
            self.chips.removeWidget(chip)
            chip.deleteLater()

    # --- drag and drop onto the whole composer ------------------------------------------

    def dragEnterEvent(self, e) -> None:  # noqa: N802
        if e.mimeData().hasUrls() or e.mimeData().hasImage():
            e.acceptProposedAction()

    def dropEvent(self, e) -> None:  # noqa: N802
        self.edit.insertFromMimeData(e.mimeData())
        e.acceptProposedAction()

    def _apply_colors(self) -> None:
        c = chat_colors()
        self.setStyleSheet(
            f"QFrame#chatComposer {{ background: {css(c.view_bg)}; border: 1px solid {css(c.border)};"
            f" border-radius: 12px; }}")
        self.hint.setStyleSheet(f"color: {css(c.muted)}; font-size: 8.5pt;")

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._palette_changed():
            self._apply_colors()

    async def shutdown(self) -> None:
        for t in list(self._tasks):
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


def local_files(urls: list[QUrl]) -> list[str]:
    return [u.toLocalFile() for u in urls if u.isLocalFile()]
