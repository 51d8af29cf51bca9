"""How one gallery tile is drawn: the picture on top, its caption underneath.

A tile is a card: a square picture (cropped to fill, so the grid stays even) and two
caption lines below it — the prompt, elided, and a muted line with the model and pixel
size.  Nothing is drawn over the picture, so a caption never collides with what the image
itself shows.

States, all in palette colours:

- hover: the card gets the alternate-base background;
- selected: the card is tinted with the highlight colour and ringed with it (2 px), and
  the caption turns to full-strength text;
- current without selection (keyboard focus): a thin highlight ring;
- loading: a quiet placeholder block; missing file: a crossed-out picture and words.

``caption_height(font)`` tells the view how much room the caption needs, so the grid can
be justified to the width.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPixmap)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from globalai_desktop.ui.image.gallery_model import StateRole, SubtitleRole
from globalai_desktop.ui.image.icons import paint_glyph

PAD = 6              # card edge to picture
CAPTION_GAP = 6      # picture to first caption line
LINE_GAP = 1
RADIUS = 10.0        # card corners
IMAGE_RADIUS = 6.0   # picture corners
MAX_TILE_PIXMAPS = 400   # prepared pictures kept (a few screens' worth)
SMALL = 0.88         # the second caption line's font size relative to the first


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * SMALL)
    else:
        small.setPixelSize(max(8, round(font.pixelSize() * SMALL)))
    return small


def caption_height(font: QFont) -> int:
    """Height of the two caption lines plus their spacing and the card's bottom padding."""
    return (CAPTION_GAP + QFontMetrics(font).height() + LINE_GAP
            + QFontMetrics(small_font(font)).height() + PAD + 2)


class GalleryDelegate(QStyledItemDelegate):
    """Paints tiles ``tile`` pixels wide (the view sets ``tile`` as it justifies the grid)."""

    def __init__(self, parent: Any = None, tile: int = 196) -> None:
        super().__init__(parent)
        self.tile = tile
        self._font_key: str = ""
        self._caption_h = 0
        self._small = QFont()
        # Pictures already cropped, scaled and rounded for the current tile size: scrolling
        # then only copies pixels instead of scaling through a clip path for every tile.
        self._tiles: OrderedDict[tuple, QPixmap] = OrderedDict()

    def _fonts(self, font: QFont) -> None:
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._caption_h = caption_height(font)
            self._small = small_font(font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self._fonts(option.font)
        return QSize(self.tile, self.tile + self._caption_h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self._fonts(option.font)
        pal: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.State_Selected)
        hovered = bool(state & QStyle.State_MouseOver)
        focused = bool(state & QStyle.State_HasFocus)
        # The card is the tile's width; centre it in whatever cell the view gives.
        cell = QRectF(option.rect)
        width = min(cell.width(), float(self.tile))
        card = QRectF(cell.center().x() - width / 2, cell.top(), width,
                      min(cell.height(), width + self._caption_h)).adjusted(1, 1, -1, -1)
        side = card.width() - 2 * PAD
        picture = QRectF(card.left() + PAD, card.top() + PAD, side, side)

        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        if selected:
            tint = QColor(pal.color(QPalette.Highlight))
            tint.setAlpha(46)
            _fill_round(painter, card, RADIUS, tint)
        elif hovered:
            _fill_round(painter, card, RADIUS, pal.color(QPalette.AlternateBase))

        self._picture(painter, picture, pal, index)
        self._caption(painter, option.font, picture, pal, index, selected)

        if selected:
            painter.setPen(_pen(pal.color(QPalette.Highlight), 2.0))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), RADIUS - 1, RADIUS - 1)
        elif focused:
            ring = QColor(pal.color(QPalette.Highlight))
            ring.setAlpha(150)
            painter.setPen(_pen(ring, 1.2, Qt.DashLine))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(card.adjusted(0.6, 0.6, -0.6, -0.6), RADIUS, RADIUS)
        painter.restore()

    def _picture(self, painter: QPainter, rect: QRectF, pal: QPalette, index: QModelIndex) -> None:
        pix = index.data(Qt.DecorationRole)
        if pix is not None and not pix.isNull():
            edge = QColor(pal.color(QPalette.Shadow))
            edge.setAlpha(40)
            side = max(1, round(rect.width()))
            dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
            key = (pix.cacheKey(), side, dpr, edge.rgba())
            tile = self._tiles.get(key)
            if tile is None:
                tile = _tile_pixmap(pix, side, dpr, edge)
                self._tiles[key] = tile
                while len(self._tiles) > MAX_TILE_PIXMAPS:
                    self._tiles.popitem(last=False)
            else:
                self._tiles.move_to_end(key)
            painter.drawPixmap(QPointF(round(rect.left()), round(rect.top())), tile)
            return
        clip = QPainterPath()
        clip.addRoundedRect(rect, IMAGE_RADIUS, IMAGE_RADIUS)
        block = QColor(pal.color(QPalette.Mid))
        block.setAlpha(70)
        painter.fillPath(clip, block)
        if index.data(StateRole) == "missing":
            muted = pal.color(QPalette.PlaceholderText)
            glyph = min(40.0, rect.width() / 4)
            paint_glyph(painter, "missing", QRectF(rect.center().x() - glyph / 2,
                                                   rect.center().y() - glyph, glyph, glyph), muted)
            painter.setPen(muted)
            painter.setFont(self._small)
            painter.drawText(rect.adjusted(8, glyph / 2 + 8, -8, -8),
                             Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap,
                             self.tr("File missing"))

    def _caption(self, painter: QPainter, font: QFont, picture: QRectF, pal: QPalette,
                 index: QModelIndex, selected: bool) -> None:
        left, width = picture.left() + 2, picture.width() - 4
        painter.setFont(font)
        fm = QFontMetrics(font)
        top = picture.bottom() + CAPTION_GAP
        prompt = " ".join(str(index.data(Qt.DisplayRole) or "").split())
        painter.setPen(pal.color(QPalette.Text))
        painter.drawText(QRectF(left, top, width, fm.height()), Qt.AlignLeft | Qt.AlignVCenter,
                         fm.elidedText(prompt, Qt.ElideRight, int(width)))
        sub = index.data(SubtitleRole) or ""
        if sub:
            painter.setFont(self._small)
            sfm = QFontMetrics(self._small)
            painter.setPen(pal.color(QPalette.Text if selected else QPalette.PlaceholderText))
            painter.drawText(QRectF(left, top + fm.height() + LINE_GAP, width, sfm.height()),
                             Qt.AlignLeft | Qt.AlignVCenter,
                             sfm.elidedText(sub, Qt.ElideRight, int(width)))


def _tile_pixmap(pix: QPixmap, side: int, dpr: float, edge: QColor) -> QPixmap:
    """``pix`` cropped to a centred square ("cover"), scaled to ``side`` logical pixels,
    with rounded corners and a hairline edge (so pale pictures keep their outline)."""
    out = QPixmap(round(side * dpr), round(side * dpr))
    out.setDevicePixelRatio(dpr)
    out.fill(Qt.transparent)
    src = QRectF(pix.rect())
    crop = min(src.width(), src.height())
    source = QRectF(src.center().x() - crop / 2, src.center().y() - crop / 2, crop, crop)
    target = QRectF(0, 0, side, side)
    clip = QPainterPath()
    clip.addRoundedRect(target.adjusted(0.5, 0.5, -0.5, -0.5), IMAGE_RADIUS, IMAGE_RADIUS)
    p = QPainter(out)
    p.setRenderHint(QPainter.Antialiasing)
    p.setRenderHint(QPainter.SmoothPixmapTransform)
    p.setClipPath(clip)
    p.drawPixmap(target, pix, source)
    p.setClipping(False)
    p.setPen(_pen(edge, 1.0))
    p.setBrush(Qt.NoBrush)
    p.drawPath(clip)
    p.end()
    return out


def _fill_round(painter: QPainter, rect: QRectF, radius: float, color: QColor) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.fillPath(path, color)


def _pen(color: QColor, width: float, style: Qt.PenStyle = Qt.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    return pen
