"""The gallery grid: even tiles, newest first, captions under the pictures, drag out to other apps.

``GalleryView`` is a ``QListView`` in icon mode over :class:`GalleryModel` with uniform
tile sizes, so laying out thousands of rows is cheap and only visible tiles ask for a
thumbnail.  Tiles are drawn by :class:`~.gallery_delegate.GalleryDelegate`.

Contract (signals are what the tab connects to):

- ``opened(record)``: a double click on a tile, or Enter/Return on the current tile.  A
  single click only selects (even where the platform activates items on one click).
- ``context_requested(record, global_pos)``: right click on a tile, the Menu key or
  Shift+F10 (the menu then appears at the current tile).
- Arrow keys, Home/End and Page Up/Down move between tiles; Shift/Ctrl extend the
  selection.  Delete and Ctrl+C reach the tab's actions through their shortcuts.
- Ctrl+wheel, Ctrl+Plus and Ctrl+Minus make the tiles bigger or smaller; the grid stays
  justified to the width (no ragged band on the right).
- ``set_filter_text(text)``: the words of the empty state say "nothing matches" while a
  filter is in use, and "nothing yet" otherwise.  Until someone calls it, the view reads
  the window's filter field (``QLineEdit`` named ``gallerySearch``) itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QStyle

from globalai_desktop.storage.media_library import MediaRecord
from globalai_desktop.ui.image.gallery_delegate import GalleryDelegate, caption_height
from globalai_desktop.ui.image.gallery_model import GalleryModel, RecordRole
from globalai_desktop.ui.image.icons import paint_glyph

TILE = 196            # preferred tile width, before the grid is justified to the width
MIN_TILE, MAX_TILE = 120, 480
GAP = 12              # between tiles, and around the grid
EMPTY_GLYPH = 56


class GalleryView(QListView):
    opened = Signal(object)                      # MediaRecord
    context_requested = Signal(object, QPoint)   # MediaRecord, global position

    def __init__(self, model: GalleryModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("galleryView")
        self.setAccessibleName(self.tr("Gallery of generated images"))
        self.setAccessibleDescription(self.tr(
            "Arrow keys move between images, Enter opens one in the preview, Delete deletes "
            "it, Ctrl+C copies it, the Menu key shows what else can be done."))
        self.setModel(model)
        self.preferred_tile = TILE
        self.delegate = GalleryDelegate(self, TILE)
        self.setItemDelegate(self.delegate)
        self.setViewMode(QListView.IconMode)
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setUniformItemSizes(True)          # layout of 1,000 rows without asking each
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragOnly)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(32)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WA_Hover)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_at)
        self._filter_text: str | None = None        # None: ask the window's filter field
        self._apply_tile(TILE)

    # --- layout -------------------------------------------------------------------------------
    def _apply_tile(self, tile: int) -> None:
        caption = caption_height(self.font())
        self.delegate.tile = tile
        self.setGridSize(QSize(tile + GAP, tile + caption + GAP))
        self.setIconSize(QSize(tile, tile))

    def _columns(self, width: int) -> tuple[int, int]:
        """(columns, tile) for a layout ``width``: about the preferred size, grown or shrunk
        so the tiles of a row fill it."""
        cols = max(1, round(width / (self.preferred_tile + GAP)))
        tile = max(MIN_TILE, min(MAX_TILE, width // cols - GAP))
        while cols > 1 and cols * (tile + GAP) > width:
            cols -= 1
            tile = max(MIN_TILE, min(MAX_TILE, width // cols - GAP))
        return cols, tile

    def _layout_width(self) -> int:
        # QListView lays a wrapping grid out in the viewport's largest size less a scroll
        # bar's width, whether the scroll bar shows or not; use the same width.
        return (self.maximumViewportSize().width()
                - self.style().pixelMetric(QStyle.PM_ScrollBarExtent, None, self) - 1)

    def _justify(self) -> None:
        _cols, tile = self._columns(self._layout_width())
        if tile != self.delegate.tile:
            self._apply_tile(tile)

    def resizeEvent(self, event: Any) -> None:
        self._justify()
        super().resizeEvent(event)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._apply_tile(self.delegate.tile)

    def scale_tiles(self, steps: float) -> None:
        """Bigger tiles (``steps`` > 0: one column fewer per step) or smaller ones (one
        more), within MIN_TILE..MAX_TILE.  Whole columns, because the grid is justified:
        a size between two column counts would look exactly like one of them."""
        current = self.currentIndex()
        width = self._layout_width()
        cols, _tile = self._columns(width)
        step = 1 if steps > 0 else -1
        for _ in range(max(1, round(abs(steps)))):
            wanted = cols - step
            tile = width // max(1, wanted) - GAP
            if wanted < 1 or not MIN_TILE <= tile <= MAX_TILE:
                break
            cols = wanted
        self.preferred_tile = width // cols - GAP
        self._justify()
        if current.isValid():
            self.scrollTo(current)

    def wheelEvent(self, event: Any) -> None:
        if event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.scale_tiles(steps)
            event.accept()
            return
        super().wheelEvent(event)

    # --- rows -----------------------------------------------------------------------------------
    def gallery_model(self) -> GalleryModel:
        return self.model()       # type: ignore[return-value]

    def selected_records(self) -> list[MediaRecord]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        return [r for r in (self.gallery_model().record(row) for row in rows) if r]

    def select_id(self, media_id: int) -> None:
        """Make that image the one selection (whatever keys happen to be held)."""
        row = self.gallery_model().row_of_id(media_id)
        if row >= 0:
            idx = self.gallery_model().index(row)
            self.selectionModel().setCurrentIndex(idx, QItemSelectionModel.ClearAndSelect)
            self.scrollTo(idx)

    def set_filter_text(self, text: str) -> None:
        """The filter in use (for the empty state's words)."""
        self._filter_text = text.strip()
        self.viewport().update()

    # --- opening, keys and the menu ---------------------------------------------------------------
    def _emit_open(self, idx: QModelIndex) -> None:
        rec = idx.data(RecordRole) if idx.isValid() else None
        if rec is not None:
            self.opened.emit(rec)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        idx = self.indexAt(event.position().toPoint())
        super().mouseDoubleClickEvent(event)
        if event.button() == Qt.LeftButton:
            self._emit_open(idx)

    def keyPressEvent(self, event: Any) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key_Return, Qt.Key_Enter) and not mods & ~Qt.KeypadModifier:
            self._emit_open(self.currentIndex())
            event.accept()
            return
        if key == Qt.Key_Menu or (key == Qt.Key_F10 and mods == Qt.ShiftModifier):
            self._context_for(self.currentIndex(), keyboard=True)
            event.accept()
            return
        if mods & Qt.ControlModifier and key in (Qt.Key_Plus, Qt.Key_Equal, Qt.Key_Minus):
            self.scale_tiles(-1 if key == Qt.Key_Minus else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def _context_at(self, pos: QPoint) -> None:
        idx = self.indexAt(pos)
        if idx.isValid():
            self._context_for(idx, pos=pos)

    def _context_for(self, idx: QModelIndex, *, pos: QPoint | None = None,
                     keyboard: bool = False) -> None:
        if not idx.isValid():
            return
        if not self.selectionModel().isSelected(idx):
            self.selectionModel().setCurrentIndex(idx, QItemSelectionModel.ClearAndSelect)
        if keyboard or pos is None:
            self.scrollTo(idx)
            rect = self.visualRect(idx)
            pos = QPoint(rect.center().x(), rect.top() + rect.width() // 2)
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

    # --- empty state ------------------------------------------------------------------------------
    def filter_text(self) -> str:
        if self._filter_text is not None:
            return self._filter_text
        field = self.window().findChild(QLineEdit, "gallerySearch")
        return field.text().strip() if field is not None else ""

    def empty_texts(self) -> tuple[str, str]:
        """(headline, explanation) shown when there is nothing to show."""
        text = self.filter_text()
        if text:
            return (self.tr("No images match “{text}”").format(text=text),
                    self.tr("Try other words, or clear the filter to see every image."))
        return (self.tr("No images yet"),
                self.tr("Describe a picture on the left and press Generate. Finished images "
                        "appear here, newest first."))

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.model() is None or self.model().rowCount() != 0:
            return
        headline, body = self.empty_texts()
        painter = QPainter(self.viewport())
        pal = self.palette()
        area = QRect(self.viewport().rect()).adjusted(24, 0, -24, 0)
        muted = pal.color(QPalette.PlaceholderText)
        bold = QFont(self.font())
        if bold.pointSizeF() > 0:
            bold.setPointSizeF(bold.pointSizeF() * 1.15)
        bold.setBold(True)
        fm_head, fm_body = QFontMetrics(bold), QFontMetrics(self.font())
        painter.setFont(bold)
        body_rect = fm_body.boundingRect(QRect(0, 0, min(area.width(), 340), 1000),
                                         Qt.AlignHCenter | Qt.TextWordWrap, body)
        total = EMPTY_GLYPH + 16 + fm_head.height() + 8 + body_rect.height()
        top = area.center().y() - total // 2
        paint_glyph(painter, "picture", QRectF(area.center().x() - EMPTY_GLYPH / 2, top,
                                               EMPTY_GLYPH, EMPTY_GLYPH), muted, 1.4)
        top += EMPTY_GLYPH + 16
        painter.setPen(pal.color(QPalette.Text))
        painter.drawText(QRect(area.left(), top, area.width(), fm_head.height()),
                         Qt.AlignHCenter | Qt.AlignVCenter,
                         fm_head.elidedText(headline, Qt.ElideMiddle, area.width()))
        top += fm_head.height() + 8
        painter.setFont(self.font())
        painter.setPen(muted)
        width = body_rect.width()
        painter.drawText(QRect(area.center().x() - width // 2, top, width, body_rect.height()),
                         Qt.AlignHCenter | Qt.TextWordWrap, body)
        painter.end()

