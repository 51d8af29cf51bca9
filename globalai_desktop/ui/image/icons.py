"""One coherent set of line icons for the Image tab, drawn in the palette's text colour.

Stock style icons mix colours and styles (a blue floppy disk, a yellow folder, a grey
box for the bin) and several are dark on dark themes.  These glyphs share one stroke
width and a 24-unit grid, and take their colour from the widget's palette, so they read
the same in the light and the dark theme.

Contract:

- ``line_icon(name, widget)`` → ``QIcon`` with Normal, Active, Selected and Disabled
  pixmaps at the usual sizes, coloured from ``widget.palette()`` *now*; call it again
  after a ``PaletteChange`` (see :func:`retint`).
- ``glyph_pixmap(name, size, color, dpr)`` → one pixmap (used for empty states).
- ``NAMES`` lists the glyphs.  Unknown names raise ``KeyError``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

SIZES = (16, 18, 20, 24, 32)
STROKE = 1.7                    # in 24-unit glyph coordinates


def _magnifier(p: QPainterPath) -> None:
    p.addEllipse(QPointF(10.5, 10.5), 6.5, 6.5)
    p.moveTo(15.3, 15.3)
    p.lineTo(20.5, 20.5)


def _zoom_in(p: QPainterPath) -> None:
    _magnifier(p)
    p.moveTo(7.5, 10.5)
    p.lineTo(13.5, 10.5)
    p.moveTo(10.5, 7.5)
    p.lineTo(10.5, 13.5)


def _zoom_out(p: QPainterPath) -> None:
    _magnifier(p)
    p.moveTo(7.5, 10.5)
    p.lineTo(13.5, 10.5)


def _fit(p: QPainterPath) -> None:
    for (x, y, dx, dy) in ((4, 4, 1, 1), (20, 4, -1, 1), (4, 20, 1, -1), (20, 20, -1, -1)):
        p.moveTo(x, y + 5 * dy)
        p.lineTo(x, y)
        p.lineTo(x + 5 * dx, y)
    p.addRoundedRect(QRectF(8.5, 8.5, 7, 7), 1.2, 1.2)


def _actual(p: QPainterPath) -> None:
    # "1:1" as strokes: it reads as actual pixels at any size.
    for x in (6.5, 16.5):
        p.moveTo(x - 2, 8)
        p.lineTo(x, 6)
        p.lineTo(x, 18)
    for y in (9.5, 14.5):
        p.addEllipse(QPointF(11.5, y), 0.6, 0.6)


def _copy(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(8.5, 8.5, 11.5, 11.5), 2, 2)
    p.moveTo(15.5, 5.5)
    p.lineTo(15.5, 5)
    p.quadTo(15.5, 4, 14.5, 4)
    p.lineTo(5, 4)
    p.quadTo(4, 4, 4, 5)
    p.lineTo(4, 14.5)
    p.quadTo(4, 15.5, 5, 15.5)
    p.lineTo(5.5, 15.5)


def _save(p: QPainterPath) -> None:
    p.moveTo(12, 4)
    p.lineTo(12, 15)
    p.moveTo(7.5, 10.5)
    p.lineTo(12, 15)
    p.lineTo(16.5, 10.5)
    p.moveTo(4, 15)
    p.lineTo(4, 19)
    p.quadTo(4, 20, 5, 20)
    p.lineTo(19, 20)
    p.quadTo(20, 20, 20, 19)
    p.lineTo(20, 15)


def _folder(p: QPainterPath) -> None:
    p.moveTo(3.5, 7)
    p.quadTo(3.5, 5, 5.5, 5)
    p.lineTo(9.5, 5)
    p.lineTo(11.5, 7.5)
    p.lineTo(18.5, 7.5)
    p.quadTo(20.5, 7.5, 20.5, 9.5)
    p.lineTo(20.5, 17.5)
    p.quadTo(20.5, 19.5, 18.5, 19.5)
    p.lineTo(5.5, 19.5)
    p.quadTo(3.5, 19.5, 3.5, 17.5)
    p.closeSubpath()


def _trash(p: QPainterPath) -> None:
    p.moveTo(4, 7)
    p.lineTo(20, 7)
    p.moveTo(9.5, 7)
    p.lineTo(9.5, 4.5)
    p.lineTo(14.5, 4.5)
    p.lineTo(14.5, 7)
    p.moveTo(6, 7)
    p.lineTo(7, 19.5)
    p.quadTo(7.1, 20.5, 8, 20.5)
    p.lineTo(16, 20.5)
    p.quadTo(16.9, 20.5, 17, 19.5)
    p.lineTo(18, 7)
    p.moveTo(10, 11)
    p.lineTo(10, 17)
    p.moveTo(14, 11)
    p.lineTo(14, 17)


def _reuse(p: QPainterPath) -> None:
    p.arcMoveTo(QRectF(4.5, 4.5, 15, 15), 60)
    p.arcTo(QRectF(4.5, 4.5, 15, 15), 60, 290)
    p.moveTo(15.7, 3.2)
    p.lineTo(15.75, 5.9)
    p.lineTo(13, 6.5)


def _picture(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(3.5, 4.5, 17, 15), 2, 2)
    p.addEllipse(QPointF(15.5, 9), 1.6, 1.6)
    p.moveTo(3.5, 17)
    p.lineTo(9, 11.5)
    p.lineTo(14.5, 17)
    p.moveTo(12.5, 15)
    p.lineTo(15, 12.5)
    p.lineTo(20.5, 18)


def _reference(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(3.5, 4.5, 13, 11.5), 2, 2)
    p.moveTo(3.5, 14)
    p.lineTo(7.5, 10)
    p.lineTo(11, 13.5)
    p.moveTo(18.5, 13.5)
    p.lineTo(18.5, 21)
    p.moveTo(14.75, 17.25)
    p.lineTo(22.25, 17.25)


def _animate(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(3.5, 5, 17, 14), 2.5, 2.5)
    p.moveTo(10, 9)
    p.lineTo(15.5, 12)
    p.lineTo(10, 15)
    p.closeSubpath()


def _missing(p: QPainterPath) -> None:
    _picture(p)
    p.moveTo(3, 3)
    p.lineTo(21, 21)


_GLYPHS: dict[str, Callable[[QPainterPath], None]] = {
    "zoom_in": _zoom_in, "zoom_out": _zoom_out, "fit": _fit, "actual": _actual,
    "copy": _copy, "save": _save, "folder": _folder, "trash": _trash, "reuse": _reuse,
    "reference": _reference, "animate": _animate, "picture": _picture, "missing": _missing,
}
NAMES = tuple(_GLYPHS)


def glyph_path(name: str) -> QPainterPath:
    path = QPainterPath()
    _GLYPHS[name](path)
    return path


def paint_glyph(painter: QPainter, name: str, rect: QRectF, color: QColor,
                stroke: float = STROKE) -> None:
    """Stroke glyph ``name`` scaled into ``rect`` (a square) with ``color``."""
    side = min(rect.width(), rect.height())
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing)
    painter.translate(rect.center().x() - side / 2, rect.center().y() - side / 2)
    painter.scale(side / 24.0, side / 24.0)
    pen = QPen(color)
    pen.setWidthF(stroke)
    pen.setCapStyle(Qt.RoundCap)
    pen.setJoinStyle(Qt.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawPath(glyph_path(name))
    painter.restore()


def glyph_pixmap(name: str, size: int, color: QColor, dpr: float = 1.0) -> QPixmap:
    pix = QPixmap(round(size * dpr), round(size * dpr))
    pix.setDevicePixelRatio(dpr)
    pix.fill(Qt.transparent)
    painter = QPainter(pix)
    # Small sizes get a relatively thicker stroke so they do not look faint.
    stroke = STROKE * (1.15 if size <= 18 else 1.0)
    paint_glyph(painter, name, QRectF(0, 0, size, size), color, stroke)
    painter.end()
    return pix


_made: dict[tuple, QIcon] = {}


def line_icon(name: str, widget: QWidget) -> QIcon:
    """``name`` as a QIcon in ``widget``'s palette (text colour; muted when disabled).
    Icons are kept per glyph, colours and pixel ratio, so a theme's set is drawn once."""
    pal = widget.palette()
    dpr = max(1.0, widget.devicePixelRatioF())
    normal = pal.color(QPalette.Active, QPalette.ButtonText)
    disabled = pal.color(QPalette.Disabled, QPalette.ButtonText)
    selected = pal.color(QPalette.Active, QPalette.HighlightedText)
    key = (name, normal.rgba(), disabled.rgba(), selected.rgba(), dpr)
    icon = _made.get(key)
    if icon is None:
        icon = QIcon()
        for size in SIZES:
            pix = glyph_pixmap(name, size, normal, dpr)
            icon.addPixmap(pix, QIcon.Normal)
            icon.addPixmap(pix, QIcon.Active)
            icon.addPixmap(glyph_pixmap(name, size, selected, dpr), QIcon.Selected)
            icon.addPixmap(glyph_pixmap(name, size, disabled, dpr), QIcon.Disabled)
        _made[key] = icon
    return icon


def retint(pairs: list[tuple[object, str]], widget: QWidget) -> None:
    """Give each ``(action_or_button, glyph name)`` a fresh icon in ``widget``'s palette."""
    for target, name in pairs:
        target.setIcon(line_icon(name, widget))       # type: ignore[attr-defined]
