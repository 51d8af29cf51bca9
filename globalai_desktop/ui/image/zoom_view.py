"""The preview canvas: one image, zoomed and panned the way image tools do it.

Contract:

- ``set_pixmap(pixmap)`` shows an image fitted to the view; ``clear()`` empties it.
- Zoom: ``fit()``, ``actual_size()`` (one image pixel per screen pixel, device-pixel-ratio
  aware), ``zoom_by(factor)``, ``set_zoom(z)``; Ctrl+wheel and a touchpad pinch zoom about
  the pointer; the keys (+, −, 0, 1) are the preview's actions.  A plain wheel scrolls.
  Zoom is kept within ``MIN_ZOOM``..``MAX_ZOOM``.
- "Fit" never blows a small image up, and it is kept while the view is resized until the
  person zooms.  ``is_fit()`` tells whether the view is in that mode.
- Double click toggles between fit and 100 % (about the pointer).
- Drag pans whenever the image is larger than the view (the hand cursor says so).
- Escape emits ``leave_requested`` (the preview gives the keyboard back to the gallery).
- ``zoom_changed(zoom)`` follows every change (1.0 = 100 %).

The canvas is a neutral tone derived from the palette, with a soft edge around the image
and a checkerboard under transparent pixels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPixmap, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

MIN_ZOOM, MAX_ZOOM = 0.02, 32.0
STEP = 1.25           # one key press or wheel notch
CHECKER = 8           # checkerboard square, screen pixels
SHADOW = 6            # soft edge around the image, screen pixels
FIT_MARGIN = 16       # canvas left around a fitted image, screen pixels


def canvas_color(pal: QPalette) -> QColor:
    """A neutral backdrop a little darker than the window (light) or the base (dark)."""
    window = pal.color(QPalette.Window)
    if window.lightness() >= 128:
        return window.darker(107)
    return pal.color(QPalette.Base).darker(115)


class ZoomView(QGraphicsView):
    zoom_changed = Signal(float)
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewCanvas")
        self.setAccessibleName(self.tr("Image preview"))
        self.setAccessibleDescription(self.tr(
            "Plus and minus zoom, 0 fits the image, 1 shows actual pixels, arrow keys pan, "
            "Escape goes back to the gallery."))
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.SmoothTransformation)
        self.item.setShapeMode(QGraphicsPixmapItem.BoundingRectShape)
        self.scene().addItem(self.item)
        self.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.NoAnchor)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)    # drag pans instead
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.NoFrame)
        self.setFocusPolicy(Qt.StrongFocus)
        self.viewport().grabGesture(Qt.PinchGesture)
        self._fit = True
        self._has_alpha = False

    # --- image ------------------------------------------------------------------------------------
    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.item.setPixmap(pixmap)
        self._has_alpha = pixmap.hasAlphaChannel()
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def clear(self) -> None:
        self.item.setPixmap(QPixmap())
        self._has_alpha = False
        self.scene().setSceneRect(QRectF())
        self._fit = True
        self._update_drag()
        self.viewport().update()

    def has_image(self) -> bool:
        return not self.item.pixmap().isNull()

    # --- zoom -------------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11() * self.devicePixelRatioF()

    def is_fit(self) -> bool:
        return self._fit

    def fit(self) -> None:
        self._fit = True
        if self.has_image():
            rect = self.item.boundingRect()
            view = self.viewport().rect().adjusted(FIT_MARGIN, FIT_MARGIN, -FIT_MARGIN, -FIT_MARGIN)
            scale = min(max(1, view.width()) / max(1.0, rect.width()),
                        max(1, view.height()) / max(1.0, rect.height()))
            # Never enlarge a small image past 100 % to fill the view.
            zoom = min(1.0, scale * self.devicePixelRatioF())
            self._apply(zoom)
            self.centerOn(self.item)
        self._update_drag()
        self.zoom_changed.emit(self.zoom())

    def actual_size(self, anchor: QPointF | None = None) -> None:
        self.set_zoom(1.0, anchor)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        self.set_zoom(self.zoom() * factor, anchor)

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``zoom`` keeping the image point under ``anchor`` (viewport coords;
        the view's centre when None) where it is."""
        if not self.has_image():
            return
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        scene_point = self.mapToScene(anchor.toPoint())
        self._apply(zoom)
        self._fit = False
        moved = self.mapFromScene(scene_point) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._update_drag()
        self.zoom_changed.emit(self.zoom())

    def _apply(self, zoom: float) -> None:
        scale = zoom / self.devicePixelRatioF()
        self.setTransform(QTransform.fromScale(scale, scale))

    def _pannable(self) -> bool:
        return (self.horizontalScrollBar().maximum() > self.horizontalScrollBar().minimum()
                or self.verticalScrollBar().maximum() > self.verticalScrollBar().minimum())

    def _update_drag(self) -> None:
        self.setDragMode(QGraphicsView.ScrollHandDrag if self._pannable()
                         else QGraphicsView.NoDrag)

    # --- input ------------------------------------------------------------------------------------
    def wheelEvent(self, event: Any) -> None:
        if event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps and self.has_image():
                self.zoom_by(STEP ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: Any) -> bool:
        if event.type() == QEvent.NativeGesture and event.gestureType() == Qt.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), event.position())
            return True
        if event.type() == QEvent.Gesture:
            pinch = event.gesture(Qt.PinchGesture)
            if pinch is not None:
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), QPointF(centre))
                return True
        return super().viewportEvent(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        if event.button() != Qt.LeftButton or not self.has_image():
            super().mouseDoubleClickEvent(event)
            return
        if self._fit and abs(self.zoom() - 1.0) > 1e-3:
            self.actual_size(event.position())
        else:
            self.fit()
        event.accept()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key_Escape:
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()
        else:
            self._update_drag()

    # --- look -------------------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        pal = self.palette()
        painter.fillRect(rect, canvas_color(pal))
        if not self.has_image():
            return
        image = self.item.sceneBoundingRect()
        px = 1.0 / max(1e-6, self.transform().m11())      # one screen pixel in scene units
        shadow = QColor(pal.color(QPalette.Shadow))
        painter.setPen(Qt.NoPen)
        for i in range(SHADOW, 0, -1):                    # a soft edge, darkest nearest
            shadow.setAlpha(int(7 + (SHADOW - i) * 4))
            painter.setBrush(shadow)
            painter.drawRoundedRect(image.adjusted(-i * px, -i * px + px, i * px, i * px + px),
                                    i * px, i * px)
        if self._has_alpha:
            painter.fillRect(image, self._checker_brush(pal, px))

    def _checker_brush(self, pal: QPalette, px: float) -> QBrush:
        tile = QPixmap(CHECKER * 2, CHECKER * 2)
        tile.fill(pal.color(QPalette.Base))
        p = QPainter(tile)
        alt = pal.color(QPalette.Mid)
        p.fillRect(0, 0, CHECKER, CHECKER, alt)
        p.fillRect(CHECKER, CHECKER, CHECKER, CHECKER, alt)
        p.end()
        brush = QBrush(tile)
        brush.setTransform(QTransform.fromScale(px, px))   # squares stay screen-sized
        return brush

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            self.viewport().update()

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        # A thin highlight line along the top while the canvas has the keyboard, so it is
        # clear that the keys now zoom and pan the picture.
        if not self.hasFocus():
            return
        painter.save()
        painter.resetTransform()
        ring = QColor(self.palette().color(QPalette.Highlight))
        painter.setPen(Qt.NoPen)
        painter.setBrush(ring)
        view = self.viewport().rect()
        painter.drawRect(QRectF(0, 0, view.width(), 2))
        painter.restore()

    def scroll_point(self) -> QPoint:
        """Horizontal and vertical scroll positions (tests; restoring a view)."""
        return QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
