"""Image preview: zoom (wheel, keys), pan (drag), fit, 100 %, and the image's details.

The full image is decoded on a worker thread (``QImageReader``) and only turned into a
pixmap on the GUI thread.  ``ZoomView`` keeps "fit" while the window is resized until
the user zooms; 100 % means one image pixel per screen pixel (device pixel ratio aware).
"""

from __future__ import annotations

import time
from html import escape
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap, QTransform
from PySide6.QtWidgets import (
    QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QLabel, QSizePolicy, QToolBar,
    QVBoxLayout, QWidget)

from globalai_desktop.storage.media_library import MediaRecord
from globalai_desktop.ui.image.image_loader import ImageLoader

MIN_ZOOM, MAX_ZOOM = 0.02, 32.0
WHEEL_STEP = 1.2


class ZoomView(QGraphicsView):
    zoom_changed = Signal(float)            # current zoom, 1.0 = 100 %

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewCanvas")
        self.setAccessibleName(self.tr("Image preview"))
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.setFrameShape(QFrame.NoFrame)
        self.setBackgroundRole(QPalette.Dark)
        self.setBackgroundBrush(self.palette().color(QPalette.Dark))
        self._fit = True

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.item.setPixmap(pixmap)
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def has_image(self) -> bool:
        return not self.item.pixmap().isNull()

    def zoom(self) -> float:
        return self.transform().m11() * self.devicePixelRatioF()

    def fit(self) -> None:
        self._fit = True
        if self.has_image():
            self.fitInView(self.item, Qt.KeepAspectRatio)
            if self.zoom() > 1.0:      # never blow a small image up to fill the view
                self._set_zoom(1.0, keep_fit=True)
        self.zoom_changed.emit(self.zoom())

    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def zoom_by(self, factor: float) -> None:
        self._set_zoom(self.zoom() * factor)

    def _set_zoom(self, zoom: float, *, keep_fit: bool = False) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        scale = zoom / self.devicePixelRatioF()
        self.setTransform(QTransform.fromScale(scale, scale))
        self._fit = keep_fit
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: Any) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(WHEEL_STEP ** steps)
            event.accept()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()


class ImagePreview(QWidget):
    """Canvas + zoom toolbar + details.  ``show_record`` loads a record's file."""

    loaded = Signal(object)         # MediaRecord whose image is now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagePreview")
        self.setAccessibleName(self.tr("Preview"))
        self.record: MediaRecord | None = None
        # (family id, model, field name) → label shown in the details; set by the tab.
        self.field_label: Callable[[str, str, str], str] = lambda _f, _m, name: name
        self.loader = ImageLoader(self)
        self.loader.loaded.connect(self._on_loaded)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.toolbar = QToolBar(self.tr("Preview tools"), self)
        self.toolbar.setObjectName("previewToolbar")
        self.toolbar.setAccessibleName(self.tr("Preview tools"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        lay.addWidget(self.toolbar)
        self.view = ZoomView(self)
        lay.addWidget(self.view, 1)
        self.status = QLabel(self.view)
        self.status.setObjectName("previewStatus")
        self.status.setAlignment(Qt.AlignCenter)
        self.status.setForegroundRole(QPalette.BrightText)
        self.details = QLabel(self)
        self.details.setObjectName("previewDetails")
        self.details.setAccessibleName(self.tr("Image details"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.RichText)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        self.details.setContentsMargins(12, 8, 12, 10)
        lay.addWidget(self.details)
        self.action_bar = QToolBar(self.tr("Image actions"), self)
        self.action_bar.setObjectName("previewActions")
        self.action_bar.setAccessibleName(self.tr("Image actions"))
        self.action_bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        lay.addWidget(self.action_bar)

        self.act_fit = self.toolbar.addAction(self.tr("Fit"), self.view.fit)
        self.act_fit.setShortcut("F")
        self.act_actual = self.toolbar.addAction(self.tr("100%"), self.view.actual_size)
        self.act_actual.setShortcut("1")
        self.act_zoom_out = self.toolbar.addAction("−", lambda: self.view.zoom_by(1 / WHEEL_STEP))
        self.act_zoom_out.setShortcut("-")
        self.act_zoom_out.setToolTip(self.tr("Zoom out (-)"))
        self.act_zoom_in = self.toolbar.addAction("+", lambda: self.view.zoom_by(WHEEL_STEP))
        self.act_zoom_in.setShortcut("+")
        self.act_zoom_in.setToolTip(self.tr("Zoom in (+)"))
        for act, name in ((self.act_fit, "actFit"), (self.act_actual, "actActualSize"),
                          (self.act_zoom_in, "actZoomIn"), (self.act_zoom_out, "actZoomOut")):
            act.setObjectName(name)
            act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        for act, name in ((self.act_zoom_in, self.tr("Zoom in")),
                          (self.act_zoom_out, self.tr("Zoom out"))):
            button = self.toolbar.widgetForAction(act)
            if button is not None:              # "+" and "−" mean nothing read aloud
                button.setAccessibleName(name)
        self.zoom_label = QLabel(self.toolbar)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignCenter)
        self.toolbar.addWidget(self.zoom_label)
        self.toolbar.addSeparator()
        self.view.zoom_changed.connect(
            lambda z: self.zoom_label.setText(self.tr("{pct}%").format(pct=round(z * 100))))
        _name_buttons(self.toolbar)
        self.clear()

    def set_record_actions(self, file_actions: list[Any], creative_actions: list[Any]) -> None:
        """File verbs join the zoom toolbar; creative ones get the bar under the details."""
        for act in file_actions:
            self.toolbar.addAction(act)
            button = self.toolbar.widgetForAction(act)
            if button is not None and not act.icon().isNull():
                button.setToolButtonStyle(Qt.ToolButtonIconOnly)   # tooltips say what they do
                button.setAccessibleName(act.text().replace("&&", "&").rstrip("…"))
        self.action_bar.clear()
        for act in creative_actions:
            self.action_bar.addAction(act)
        for bar in (self.toolbar, self.action_bar):
            _name_buttons(bar)

    def clear(self) -> None:
        self.record = None
        self.view.item.setPixmap(QPixmap())
        self.details.setText("")
        self._set_status(self.tr("Select an image to preview it."))
        self._enable(False)

    def show_record(self, record: MediaRecord) -> None:
        """Show ``record`` (decoded off the GUI thread; ``loaded`` follows)."""
        self.record = record
        self.details.setText(self._details_html(record))
        self._set_status(self.tr("Loading…"))
        self.loader.load(record.path)

    def _on_loaded(self, path: str, image: QImage) -> None:
        if self.record is None or self.record.path != path:
            return          # the user moved on while it was loading
        if image.isNull():
            self.view.item.setPixmap(QPixmap())
            self._set_status(self.tr("This image file is missing or cannot be read."))
            self._enable(False)
            return
        self._set_status("")
        self.view.set_pixmap(QPixmap.fromImage(image))
        self._enable(True)
        self.loaded.emit(self.record)

    def _enable(self, on: bool) -> None:
        for act in (self.act_fit, self.act_actual, self.act_zoom_in, self.act_zoom_out):
            act.setEnabled(on)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.resize(self.view.size())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.status.resize(self.view.size())

    def _details_html(self, rec: MediaRecord) -> str:
        made = time.strftime("%Y-%m-%d %H:%M", time.localtime(rec.created_at))
        facts = [escape(rec.model)]
        if rec.width and rec.height:
            facts.append(f"{rec.width}×{rec.height}")
        facts.append(made)
        settings = " · ".join(
            f"{escape(self.field_label(rec.family_id, rec.model, k))} {escape(_short(v))}"
            for k, v in rec.params.items() if k != "prompt")
        if rec.source_url_valid():
            left = max(0, (rec.source_expires_at or 0) - time.time()) / 3600
            link = self.tr("Server link valid for about {h} h (usable as a reference).").format(
                h=max(1, round(left))) if rec.source_expires_at else ""
        else:
            link = self.tr("The server link has expired; the file here is yours to keep.")
        parts = [f"<p style='margin:0 0 4px 0'>{escape(rec.prompt)}</p>",
                 f"<p style='margin:0'><small>{' · '.join(facts)}</small></p>"]
        if settings:
            parts.append(f"<p style='margin:0'><small>{settings}</small></p>")
        if link:
            parts.append(f"<p style='margin:0'><small>{escape(link)}</small></p>")
        return "".join(parts)


def _name_buttons(bar: QToolBar) -> None:
    """Give each toolbar button its action's object name and a readable accessible name."""
    for act in bar.actions():
        button = bar.widgetForAction(act)
        if button is None or act.isSeparator():
            continue
        if act.objectName():
            button.setObjectName(f"{act.objectName()}Button")
        if not button.accessibleName():
            button.setAccessibleName(act.text().replace("&&", "&").rstrip("…"))


def _short(value: Any) -> str:
    if isinstance(value, list):
        return QCoreApplication.translate("ImagePreview", "%n link(s)", "", len(value))
    return str(value)
