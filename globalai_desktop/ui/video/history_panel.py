"""History: every video in the media library, newest first, with prompt and settings.

Contract:
- ``HistoryPanel(library, catalog, posters)`` lists the library's ``kind="video"``
  records (:class:`~globalai_desktop.storage.media_library.MediaRecord`); reads happen in
  a worker thread (``reload()`` is a coroutine); ``add_record(rec)`` shows a new video at
  the top at once.
- A filter box keeps the videos whose prompt contains the typed text.
- The details pane shows the prompt, model, date, size and every setting; its buttons
  emit ``play_requested(rec)``, ``reuse_requested(rec)`` ("reuse settings" fills the
  form), ``reveal_requested(rec)``; Delete asks first and then removes record and file.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QFormLayout, QGridLayout, QLabel, QLineEdit, QListView, QMessageBox, QPlainTextEdit,
    QPushButton, QSplitter, QStyle, QStyledItemDelegate, QVBoxLayout, QWidget,
)

from globalai_desktop.ui.widgets.catalog_text import catalog_tr, name_tr, setting_text
from globalai_desktop.ui.widgets.time_text import date_time_text, when_text

from .timefmt import clock

log = logging.getLogger("globalai.video.history")

MAX_ROWS = 2000                  # a filter narrows further; older ones stay on disk
ROW_HEIGHT = 72
THUMB_W = 112


class HistoryModel(QAbstractListModel):
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.records: list[Any] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rec = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return rec.prompt
        if role == Qt.ItemDataRole.ToolTipRole:
            return rec.prompt
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{rec.model}: {rec.prompt}"
        if role == self.RecordRole:
            return rec
        return None

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def prepend(self, rec: Any) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.records.insert(0, rec)
        self.endInsertRows()

    def remove_id(self, media_id: int) -> None:
        for row, rec in enumerate(self.records):
            if rec.id == media_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.records[row]
                self.endRemoveRows()
                return

    def row_of_path(self, path: str) -> int:
        for row, rec in enumerate(self.records):
            if rec.path == path:
                return row
        return -1


class HistoryDelegate(QStyledItemDelegate):
    """Poster on the left; prompt (two lines) and model · date · length on the right."""

    def __init__(self, panel: "HistoryPanel") -> None:
        super().__init__(panel)
        self.panel = panel

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return QSize(THUMB_W + 120, ROW_HEIGHT)

    def paint(self, painter, option, index) -> None:
        rec = index.data(HistoryModel.RecordRole)
        if rec is None:
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        r = option.rect.adjusted(6, 6, -6, -6)
        thumb = QRect(r.left(), r.top(), THUMB_W, r.height())
        painter.fillRect(thumb, pal.color(QPalette.ColorRole.Shadow))
        pm = self.panel.posters.pixmap(rec.path) if self.panel.posters is not None else None
        if pm is not None:
            scaled = pm.scaled(thumb.size(), Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
            x = thumb.left() + (thumb.width() - scaled.width()) // 2
            y = thumb.top() + (thumb.height() - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)
        else:
            icon = self.panel.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
            icon.paint(painter, thumb.adjusted(THUMB_W // 2 - 12, r.height() // 2 - 12,
                                               -(THUMB_W // 2 - 12), -(r.height() // 2 - 12)))
        text_rect = QRect(thumb.right() + 10, r.top(), r.width() - THUMB_W - 10, r.height())
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = fg if selected else pal.color(QPalette.ColorRole.PlaceholderText)
        font = option.font
        fm = QFontMetrics(font)
        painter.setPen(fg)
        painter.setFont(font)
        prompt_rect = QRect(text_rect.left(), text_rect.top(), text_rect.width(),
                            fm.height() * 2 + 2)
        prompt = fm.elidedText(" ".join(rec.prompt.split()) or self.panel.tr("(no prompt)"),
                               Qt.TextElideMode.ElideRight, text_rect.width() * 2 - 40)
        painter.drawText(prompt_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop),
                         prompt)
        painter.setPen(muted)
        meta = self.panel.meta_line(rec)
        painter.drawText(QRect(text_rect.left(), text_rect.bottom() - fm.height(),
                               text_rect.width(), fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(meta, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.restore()


class HistoryPanel(QWidget):
    play_requested = Signal(object)
    reuse_requested = Signal(object)
    reveal_requested = Signal(object)
    deleted = Signal(object)

    def __init__(self, library: Any, catalog: Any, posters: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoHistoryPanel")
        self.setAccessibleName(self.tr("Video history"))
        self.library = library
        self.catalog = catalog
        self.posters = posters
        self._load_job: asyncio.Task | None = None
        self._jobs: set[asyncio.Task] = set()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("videoHistoryFilter")
        self.filter_edit.setAccessibleName(self.tr("Filter videos by prompt"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by prompt…"))
        self.filter_edit.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload_soon)
        self.filter_edit.textChanged.connect(lambda _t: self._debounce.start())
        outer.addWidget(self.filter_edit)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("videoHistorySplitter")
        self.model = HistoryModel(self)
        self.view = QListView(split)
        self.view.setObjectName("videoHistoryList")
        self.view.setAccessibleName(self.tr("Generated videos"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(HistoryDelegate(self))
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        self.view.doubleClicked.connect(lambda idx: self.play_requested.emit(
            idx.data(HistoryModel.RecordRole)))
        split.addWidget(self.view)
        split.addWidget(self._build_details(split))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self._split = split
        self._sized = False
        outer.addWidget(split, 1)
        if posters is not None:
            posters.poster_ready.connect(self._poster_ready)
        self._show_details()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized and self.width() > 0:
            # The list gets the larger share the first time the panel is shown.
            self._sized = True
            self._split.setSizes([int(self.width() * 0.56), int(self.width() * 0.44)])

    def _build_details(self, parent) -> QWidget:
        box = QWidget(parent)
        box.setObjectName("videoHistoryDetails")
        box.setMinimumWidth(240)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(6, 0, 0, 0)
        self.prompt_view = QPlainTextEdit(box)
        self.prompt_view.setObjectName("videoHistoryPrompt")
        self.prompt_view.setAccessibleName(self.tr("Prompt of the selected video"))
        self.prompt_view.setReadOnly(True)
        self.prompt_view.setMaximumHeight(90)
        lay.addWidget(self.prompt_view)
        self.settings_form = QFormLayout()
        self.settings_form.setContentsMargins(0, 0, 0, 0)
        self.settings_form.setVerticalSpacing(2)
        lay.addLayout(self.settings_form)
        lay.addStretch(1)
        row = QGridLayout()
        row.setSpacing(4)
        self.play_button = self._push("videoHistoryPlay", self.tr("Play"), self.tr("Play this video"),
                                      lambda: self._emit(self.play_requested))
        self.reuse_button = self._push(
            "videoHistoryReuse", self.tr("Reuse settings"),
            self.tr("Fill the form with this video's prompt and settings"),
            lambda: self._emit(self.reuse_requested))
        self.reveal_button = self._push("videoHistoryReveal", self.tr("Show in folder"),
                                        self.tr("Show this video in its folder"),
                                        lambda: self._emit(self.reveal_requested))
        self.delete_button = self._push("videoHistoryDelete", self.tr("Delete…"),
                                        self.tr("Delete this video"), self._delete)
        for i, b in enumerate((self.play_button, self.reuse_button, self.reveal_button,
                               self.delete_button)):
            row.addWidget(b, i // 2, i % 2)
        lay.addLayout(row)
        return box

    def _push(self, name, text, tip, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAccessibleName(tip)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    # ---- public API ----------------------------------------------------------------

    async def reload(self) -> None:
        """Read the library again (in a worker thread) with the current filter."""
        text = self.filter_edit.text()
        records = await asyncio.to_thread(self.library.list, "video", text=text, limit=MAX_ROWS)
        current = self.current()
        self.model.set_records(records)
        if current is not None:
            self.select_path(current.path)
        self._show_details()

    def reload_soon(self) -> asyncio.Task:
        if self._load_job is not None and not self._load_job.done():
            self._load_job.cancel()
        self._load_job = asyncio.ensure_future(self.reload())
        return self._load_job

    def add_record(self, rec: Any) -> None:
        if rec.kind != "video":
            return
        text = self.filter_edit.text().strip().casefold()
        if text and text not in rec.prompt.casefold():
            return
        if any(r.id == rec.id for r in self.model.records):
            return
        self.model.prepend(rec)

    def records(self) -> list[Any]:
        return list(self.model.records)

    def current(self) -> Any:
        idx = self.view.currentIndex()
        return idx.data(HistoryModel.RecordRole) if idx.isValid() else None

    def select_path(self, path: str) -> bool:
        row = self.model.row_of_path(path)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row))
        return True

    def meta_line(self, rec: Any) -> str:
        model_label = rec.model
        try:
            model_label = name_tr(self.catalog.family(rec.family_id).model(rec.model).label) \
                or rec.model
        except Exception:
            pass
        parts = [model_label, when_text(rec.created_at)]      # today: the time is enough
        length = rec.duration_s * 1000 if rec.duration_s else (
            self.posters.duration_ms(rec.path) if self.posters is not None else None)
        if length:
            parts.append(clock(length))
        return " · ".join(parts)

    def delete_record(self, rec: Any) -> asyncio.Task:
        """Delete ``rec`` and its file without asking (the caller confirmed)."""
        async def go():
            await asyncio.to_thread(self.library.delete, rec.id, remove_file=True)
            self.model.remove_id(rec.id)
            self._show_details()
            self.deleted.emit(rec)
        job = asyncio.ensure_future(go())
        self._jobs.add(job)
        job.add_done_callback(self._jobs.discard)
        return job

    async def shutdown(self) -> None:
        jobs = [j for j in (self._load_job, *self._jobs) if j is not None and not j.done()]
        if jobs:
            await asyncio.gather(*jobs, return_exceptions=True)

    # ---- internals -----------------------------------------------------------------

    def _emit(self, signal) -> None:
        rec = self.current()
        if rec is not None:
            signal.emit(rec)

    def _delete(self) -> None:
        rec = self.current()
        if rec is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete video"),
            self.tr("Delete this video and its file?\n\n{0}").format(rec.path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_record(rec)

    def _specs(self, rec: Any) -> dict[str, Any]:
        try:
            return {s.name: s for s in self.catalog.family(rec.family_id).fields_for(rec.model)}
        except Exception:
            return {}

    def _show_details(self) -> None:
        rec = self.current()
        for b in (self.play_button, self.reuse_button, self.reveal_button, self.delete_button):
            b.setEnabled(rec is not None)
        while self.settings_form.rowCount():
            self.settings_form.removeRow(0)
        if rec is None:
            self.prompt_view.setPlainText("")
            self.prompt_view.setPlaceholderText(
                self.tr("Select a video to see its prompt and settings."))
            return
        self.prompt_view.setPlainText(rec.prompt)
        specs = self._specs(rec)
        model_label = rec.model
        try:
            label = name_tr(self.catalog.family(rec.family_id).model(rec.model).label)
            model_label = f"{label} ({rec.model})"
        except Exception:
            pass
        rows = [(self.tr("Model"), model_label),
                (self.tr("Made"), date_time_text(rec.created_at)),
                (self.tr("Size"), self.tr("{0:.1f} MB").format(rec.size / 1_000_000))]
        for key, value in sorted((rec.params or {}).items()):
            if key == "prompt":
                continue
            spec = specs.get(key)
            rows.append((catalog_tr(spec.label) if spec is not None else key,
                         setting_text(spec, value)))
        for label, value in rows:
            v = QLabel(value, self)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setWordWrap(True)
            v.setTextFormat(Qt.TextFormat.PlainText)
            self.settings_form.addRow(label, v)

    def _poster_ready(self, path: str) -> None:
        row = self.model.row_of_path(path)
        if row >= 0:
            idx = self.model.index(row)
            self.model.dataChanged.emit(idx, idx)
