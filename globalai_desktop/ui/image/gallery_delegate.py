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

from globalai_desktop.ui.image.gallery_model import GalleryModel, StateRole, SubtitleRole, subtitle
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


class _Look:
    """Colours and pens of one palette, made once (painting asks for them per tile)."""

    def __init__(self, pal: QPalette) -> None:
        self.text = pal.color(QPalette.Text)
        self.muted = pal.color(QPalette.PlaceholderText)
        self.hover = pal.color(QPalette.AlternateBase)
        self.tint = QColor(pal.color(QPalette.Highlight))
        self.tint.setAlpha(46)
        self.ring = _pen(pal.color(QPalette.Highlight), 2.0)
        focus = QColor(pal.color(QPalette.Highlight))
        focus.setAlpha(150)
        self.focus = _pen(focus, 1.2, Qt.DashLine)
        self.edge = QColor(pal.color(QPalette.Shadow))
        self.edge.setAlpha(40)
        self.block = QColor(pal.color(QPalette.Mid))
        self.block.setAlpha(70)


class GalleryDelegate(QStyledItemDelegate):
    """Paints tiles ``tile`` pixels wide (the view sets ``tile`` as it justifies the grid)."""

    def __init__(self, parent: Any = None, tile: int = 196) -> None:
        super().__init__(parent)
        self.tile = tile
        self._font_key: str = ""
        self._caption_h = 0
        self._small = QFont()
        self._fm = QFontMetrics(self._small)
        self._sfm = QFontMetrics(self._small)
        self._looks: dict[int, _Look] = {}
        # Pictures already cropped, scaled and rounded for the current tile size: scrolling
        # then only copies pixels instead of scaling through a clip path for every tile.
        self._tiles: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._elided: OrderedDict[tuple, str] = OrderedDict()

    def _fonts(self, font: QFont) -> None:
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._caption_h = caption_height(font)
            self._small = small_font(font)
            self._fm, self._sfm = QFontMetrics(font), QFontMetrics(self._small)
            self._elided.clear()

    def _look(self, pal: QPalette) -> _Look:
        look = self._looks.get(pal.cacheKey())
        if look is None:
            if len(self._looks) > 8:
                self._looks.clear()
            look = self._looks[pal.cacheKey()] = _Look(pal)
        return look

    def _elide(self, text: str, small: bool, width: int) -> str:
        key = (text, small, width)
        out = self._elided.get(key)
        if out is None:
            fm = self._sfm if small else self._fm
            out = fm.elidedText(" ".join(text.split()), Qt.ElideRight, width)
            self._elided[key] = out
            if len(self._elided) > MAX_TILE_PIXMAPS * 4:
                self._elided.popitem(last=False)
        return out

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self._fonts(option.font)
        return QSize(self.tile, self.tile + self._caption_h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self._fonts(option.font)
        look = self._look(option.palette)
        state = option.state
        selected = bool(state & QStyle.State_Selected)
        # The card is the tile's width; centre it in whatever cell the view gives.
        cell = option.rect
        width = min(cell.width(), self.tile)
        card = QRectF(cell.x() + (cell.width() - width) / 2 + 1, cell.y() + 1, width - 2,
                      min(cell.height(), width + self._caption_h) - 2)
        side = card.width() - 2 * PAD
        picture = QRectF(card.left() + PAD, card.top() + PAD, side, side)

        model = index.model()
        if isinstance(model, GalleryModel):
            rec, pix, tile_state = model.tile(index.row())
            prompt = rec.prompt if rec else ""
            sub = subtitle(rec) if rec else ""
        else:                                   # any other model: ask role by role
            pix, tile_state = index.data(Qt.DecorationRole), index.data(StateRole)
            prompt, sub = index.data(Qt.DisplayRole) or "", index.data(SubtitleRole) or ""

        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        if selected:
            _fill_round(painter, card, RADIUS, look.tint)
        elif state & QStyle.State_MouseOver:
            _fill_round(painter, card, RADIUS, look.hover)
        self._picture(painter, picture, look, pix, tile_state)
        self._caption(painter, option.font, picture, look, str(prompt), sub, selected)
        if selected:
            painter.setPen(look.ring)
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), RADIUS - 1, RADIUS - 1)
        elif state & QStyle.State_HasFocus:
            painter.setPen(look.focus)
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(card.adjusted(0.6, 0.6, -0.6, -0.6), RADIUS, RADIUS)
        painter.restore()

    def _prepared(self, key: tuple, make: Any) -> QPixmap:
        pix = self._tiles.get(key)
        if pix is None:
            pix = self._tiles[key] = make()
            while len(self._tiles) > MAX_TILE_PIXMAPS:
                self._tiles.popitem(last=False)
        else:
            self._tiles.move_to_end(key)
        return pix

    def _picture(self, painter: QPainter, rect: QRectF, look: _Look, pix: QPixmap | None,
                 state: str) -> None:
        side = max(1, round(rect.width()))
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        at = QPointF(round(rect.left()), round(rect.top()))
        if pix is not None and not pix.isNull():
            painter.drawPixmap(at, self._prepared(
                (pix.cacheKey(), side, dpr, look.edge.rgba()),
                lambda: _tile_pixmap(pix, side, dpr, look.edge)))
            return
        # One rounded block per size and colour, blitted for every tile still loading.
        painter.drawPixmap(at, self._prepared(
            ("placeholder", side, dpr, look.block.rgba()),
            lambda: _block_pixmap(side, dpr, look.block)))
        if state == "missing":
            glyph = min(40.0, rect.width() / 4)
            paint_glyph(painter, "missing", QRectF(rect.center().x() - glyph / 2,
                                                   rect.center().y() - glyph, glyph, glyph),
                        look.muted)
            painter.setPen(look.muted)
            painter.setFont(self._small)
            painter.drawText(rect.adjusted(8, glyph / 2 + 8, -8, -8),
                             Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap,
                             self.tr("File missing"))

    def _caption(self, painter: QPainter, font: QFont, picture: QRectF, look: _Look,
                 prompt: str, sub: str, selected: bool) -> None:
        left, width = picture.left() + 2, picture.width() - 4
        top = picture.bottom() + CAPTION_GAP
        line = self._fm.height()
        painter.setFont(font)
        painter.setPen(look.text)
        painter.drawText(QRectF(left, top, width, line), Qt.AlignLeft | Qt.AlignVCenter,
                         self._elide(prompt, False, int(width)))
        if sub:
            painter.setFont(self._small)
            painter.setPen(look.text if selected else look.muted)
            painter.drawText(QRectF(left, top + line + LINE_GAP, width, self._sfm.height()),
                             Qt.AlignLeft | Qt.AlignVCenter, self._elide(sub, True, int(width)))


def _block_pixmap(side: int, dpr: float, color: QColor) -> QPixmap:
    out = QPixmap(round(side * dpr), round(side * dpr))
    out.setDevicePixelRatio(dpr)
    out.fill(Qt.transparent)
    p = QPainter(out)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(Qt.NoPen)
    p.setBrush(color)
    p.drawRoundedRect(QRectF(0, 0, side, side), IMAGE_RADIUS, IMAGE_RADIUS)
    p.end()
    return out


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
