"""The gallery grid: square tiles, newest first, prompt on hover, drag out to other apps.

``GalleryView`` is a ``QListView`` in icon mode over :class:`GalleryModel` with uniform
tile sizes, so laying out thousands of rows is cheap and only visible tiles ask for a
thumbnail.  Colours come from the palette; the only drawing is the tile itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QDrag, QFontMetrics, QLinearGradient, QPainter, QPainterPath, QPalette, QPen)
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from globalai_desktop.storage.media_library import MediaRecord
from globalai_desktop.ui.image.gallery_model import GalleryModel, RecordRole, StateRole

TILE = 196            # logical pixels, before the grid is justified to the width
MIN_TILE, MAX_TILE = 150, 280
GAP = 10
RADIUS = 8.0


class GalleryDelegate(QStyledItemDelegate):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tile = TILE

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(self.tile, self.tile)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        pal: QPalette = option.palette
        rect = QRectF(option.rect).adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.State_Selected)
        hovered = bool(option.state & QStyle.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        clip = QPainterPath()
        clip.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(clip, pal.color(QPalette.AlternateBase))
        pix = index.data(Qt.DecorationRole)
        state = index.data(StateRole)
        if pix is not None and not pix.isNull():
            painter.setClipPath(clip)
            # Cover: fill the square tile, cropping the long side around its centre.
            src = QRectF(pix.rect())
            scale = max(rect.width() / src.width(), rect.height() / src.height())
            w, h = rect.width() / scale, rect.height() / scale
            src = QRectF(src.center().x() - w / 2, src.center().y() - h / 2, w, h)
            painter.drawPixmap(rect, pix, src)
            painter.setClipping(False)
        else:
            painter.setPen(pal.color(QPalette.PlaceholderText))
            text = (self.tr("File missing") if state == "missing" else "…")
            painter.drawText(rect, Qt.AlignCenter, text)
        if hovered or selected:
            self._caption(painter, rect, clip, pal, index.data(Qt.DisplayRole) or "")
        if selected:
            pen_color = pal.color(QPalette.Highlight)
            painter.setPen(_pen(pen_color, 3))
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), RADIUS, RADIUS)
        elif option.state & QStyle.State_HasFocus:
            painter.setPen(_pen(pal.color(QPalette.Highlight), 1))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.restore()

    def _caption(self, painter: QPainter, rect: QRectF, clip: QPainterPath, pal: QPalette,
                 prompt: str) -> None:
        fm = QFontMetrics(painter.font())
        band = QRectF(rect.left(), rect.bottom() - fm.height() * 2 - 16, rect.width(),
                      fm.height() * 2 + 16)
        scrim = QColor(pal.color(QPalette.Shadow))
        grad = QLinearGradient(band.topLeft(), band.bottomLeft())
        scrim.setAlpha(0)
        grad.setColorAt(0.0, scrim)
        scrim.setAlpha(190)
        grad.setColorAt(0.6, scrim)
        grad.setColorAt(1.0, scrim)
        painter.setClipPath(clip)
        painter.fillRect(band, grad)
        painter.setClipping(False)
        painter.setPen(pal.color(QPalette.BrightText))
        text_rect = band.adjusted(8, 6, -8, -6).toRect()
        elided = _two_lines(fm, prompt, text_rect.width())
        painter.drawText(text_rect, Qt.AlignLeft | Qt.AlignBottom | Qt.TextWordWrap, elided)


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color)
    pen.setWidthF(width)
    return pen


def _two_lines(fm: QFontMetrics, text: str, width: int) -> str:
    """The prompt on at most two lines: whole words on the first, the rest elided."""
    words = text.split()
    line, i = "", 0
    while i < len(words) and fm.horizontalAdvance(f"{line} {words[i]}".strip()) <= width:
        line = f"{line} {words[i]}".strip()
        i += 1
    if i == len(words):
        return line
    if not line:
        return fm.elidedText(" ".join(words), Qt.ElideRight, width)
    return line + "\n" + fm.elidedText(" ".join(words[i:]), Qt.ElideRight, width)


class GalleryView(QListView):
    opened = Signal(object)                  # MediaRecord (double click / Enter)
    context_requested = Signal(object, QPoint)   # MediaRecord, global position

    def __init__(self, model: GalleryModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("galleryView")
        self.setAccessibleName(self.tr("Gallery of generated images"))
        self.setModel(model)
        self.delegate = GalleryDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setViewMode(QListView.IconMode)
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setUniformItemSizes(True)          # layout of 1,000 rows without asking each
        self.setGridSize(QSize(TILE + GAP, TILE + GAP))
        self.setIconSize(QSize(TILE, TILE))
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragOnly)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WA_Hover)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context)
        self.activated.connect(self._emit_open)       # double click or Enter, per platform
        self.empty_text = self.tr("Your images will appear here.\nWrite a prompt and press Generate.")

    def resizeEvent(self, event: Any) -> None:
        # Justify the grid: as many columns of at least MIN_TILE as fit, tiles grown to
        # fill the row, so there is no ragged empty band on the right.
        width = event.size().width() - self.verticalScrollBar().sizeHint().width() - 4
        cols = max(1, width // (MIN_TILE + GAP))
        tile = max(MIN_TILE, min(MAX_TILE, width // cols - GAP - 1))
        if tile != self.delegate.tile:
            self.delegate.tile = tile
            self.setGridSize(QSize(tile + GAP, tile + GAP))
            self.setIconSize(QSize(tile, tile))
        super().resizeEvent(event)

    def gallery_model(self) -> GalleryModel:
        return self.model()       # type: ignore[return-value]

    def selected_records(self) -> list[MediaRecord]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        return [r for r in (self.gallery_model().record(row) for row in rows) if r]

    def select_id(self, media_id: int) -> None:
        row = self.gallery_model().row_of_id(media_id)
        if row >= 0:
            idx = self.gallery_model().index(row)
            self.setCurrentIndex(idx)
            self.scrollTo(idx)

    def _emit_open(self, idx: QModelIndex) -> None:
        rec = idx.data(RecordRole)
        if rec is not None:
            self.opened.emit(rec)

    def _context(self, pos: QPoint) -> None:
        idx = self.indexAt(pos)
        if not idx.isValid():
            return
        if not self.selectionModel().isSelected(idx):
            self.setCurrentIndex(idx)
        self.context_requested.emit(idx.data(RecordRole), self.viewport().mapToGlobal(pos))

    def startDrag(self, actions: Qt.DropAction) -> None:
        indexes = self.selectedIndexes()
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        pix = indexes[0].data(Qt.DecorationRole)
        if pix is not None:
            drag.setPixmap(pix.scaled(96, 96, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        drag.exec(Qt.CopyAction)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.PlaceholderText))
            painter.drawText(QRect(self.viewport().rect()), Qt.AlignCenter, self.empty_text)
