"""The gallery's list model: media records newest first, thumbnails fetched lazily.

Contract:

- ``set_records(records)`` replaces the rows (the caller reads them from the media
  library off the GUI thread); ``prepend(record)`` adds a fresh result at the top;
  ``remove_id(id)`` drops one.
- ``data(index, DecorationRole)`` returns a cached ``QPixmap`` or ``None``; on a miss it
  asks the :class:`ThumbnailService` for it, so only rows the view actually paints (the
  ones on screen) cost a decode.  When the thumbnail arrives, the row is repainted.
- Pixmaps are kept in a bounded LRU (``MAX_CACHED_PIXMAPS``); the disk cache of the
  thumbnail service makes a miss cheap.
- ``mimeData`` carries the files as URLs, so tiles can be dragged into other apps.
- ``SubtitleRole`` is the tile's second caption line (model and pixel size); the tooltip
  adds the full prompt and the date in the user's locale.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel, QDateTime, QLocale, QMimeData, QModelIndex, QPersistentModelIndex, Qt, QUrl)
from PySide6.QtGui import QImage, QPixmap

from globalai_desktop.services.thumbnails import ThumbnailService
from globalai_desktop.storage.media_library import MediaRecord

RecordRole = Qt.UserRole + 1       # the MediaRecord
StateRole = Qt.UserRole + 2        # "loading" | "ready" | "missing"
SubtitleRole = Qt.UserRole + 3     # "model · 1024×1024"
MAX_CACHED_PIXMAPS = 600


class GalleryModel(QAbstractListModel):
    def __init__(self, thumbnails: ThumbnailService, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self._records: list[MediaRecord] = []
        self._row_of: dict[str, int] = {}
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        thumbnails.ready.connect(self._on_thumbnail)

    # --- rows -------------------------------------------------------------------------------
    def set_records(self, records: list[MediaRecord]) -> None:
        self.thumbnails.cancel_pending()      # rows that scrolled/filtered away need nothing
        self.beginResetModel()
        self._records = list(records)
        self._reindex()
        self.endResetModel()

    def prepend(self, record: MediaRecord) -> None:
        if record.path in self._row_of:
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._records.insert(0, record)
        self._reindex()
        self.endInsertRows()

    def remove_id(self, media_id: int) -> None:
        for row, rec in enumerate(self._records):
            if rec.id == media_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._records[row]
                self._pixmaps.pop(rec.path, None)
                self._reindex()
                self.endRemoveRows()
                return

    def record(self, row: int) -> MediaRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def records(self) -> list[MediaRecord]:
        return list(self._records)

    def row_of_id(self, media_id: int) -> int:
        return next((i for i, r in enumerate(self._records) if r.id == media_id), -1)

    def _reindex(self) -> None:
        self._row_of = {r.path: i for i, r in enumerate(self._records)}

    # --- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        rec = self.record(index.row()) if index.isValid() else None
        if rec is None:
            return None
        if role == Qt.DecorationRole:
            return self._pixmap(rec.path)
        if role == Qt.DisplayRole:
            return rec.prompt
        if role == SubtitleRole:
            return subtitle(rec)
        if role == Qt.ToolTipRole:
            made = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(rec.created_at)),
                                      QLocale.FormatType.ShortFormat)
            return f"{rec.prompt}\n{subtitle(rec)} · {made}"
        if role == Qt.AccessibleTextRole:
            return self.tr("Image: {prompt}").format(prompt=rec.prompt)
        if role == RecordRole:
            return rec
        if role == StateRole:
            if rec.path in self._failed:
                return "missing"
            return "ready" if rec.path in self._pixmaps else "loading"
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        urls = [QUrl.fromLocalFile(r.path) for r in (self.record(i.row()) for i in indexes) if r]
        mime.setUrls(urls)
        mime.setText("\n".join(u.toLocalFile() for u in urls))
        return mime

    def tile(self, row: int) -> tuple[MediaRecord | None, QPixmap | None, str]:
        """(record, thumbnail or None, state) for painting a tile in one call: the
        delegate reads this instead of asking ``data()`` role by role through Qt, which
        costs more than the painting itself when a screen of tiles is drawn."""
        rec = self.record(row)
        if rec is None:
            return None, None, "missing"
        pix = self._pixmap(rec.path)
        if pix is not None:
            return rec, pix, "ready"
        return rec, None, "missing" if rec.path in self._failed else "loading"

    # --- thumbnails -----------------------------------------------------------------------------
    def _pixmap(self, path: str) -> QPixmap | None:
        pix = self._pixmaps.get(path)
        if pix is not None:
            self._pixmaps.move_to_end(path)
            return pix
        if path not in self._failed:
            self.thumbnails.request(path)
        return None

    def _on_thumbnail(self, path: str, image: QImage) -> None:
        row = self._row_of.get(path)
        if image.isNull():
            self._failed.add(path)
        else:
            self._failed.discard(path)
            self._pixmaps[path] = QPixmap.fromImage(image)
            while len(self._pixmaps) > MAX_CACHED_PIXMAPS:
                self._pixmaps.popitem(last=False)
        if row is not None:
            idx = self.index(row)
            self.dataChanged.emit(idx, idx, [Qt.DecorationRole])


def subtitle(rec: MediaRecord) -> str:
    """The tile's second caption line: model and pixel size."""
    if rec.width and rec.height:
        return f"{rec.model} · {rec.width}×{rec.height}"
    return rec.model
