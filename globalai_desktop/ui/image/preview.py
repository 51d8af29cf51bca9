"""Image preview: a toolbar, the zoomable canvas, the image's details and what to do with it.

Layout, top to bottom: the toolbar (Fit, 1:1, zoom out, the zoom level with presets, zoom
in; on the right the file actions the tab hands in: save, copy, show in folder, delete),
the canvas (:class:`~.zoom_view.ZoomView`), the details (:class:`~.details.ImageDetails`:
prompt with a copy button, model, settings, size, date, server link in words) and a bar of
creative actions (reuse settings, use as reference, animate).  Toolbar icons are one line
set (:mod:`.icons`) coloured from the palette, so they read in light and dark themes.

Contract:

- ``show_record(record)`` shows a record; the file is decoded on a worker thread
  (:class:`ImageLoader`) and only turned into a pixmap on the GUI thread; ``loaded``
  follows.  Showing the record that is already shown does not decode it again: it *opens*
  it, i.e. gives the canvas the keyboard (see ``open_record``), so a double click or Enter
  on a gallery tile lets the person zoom and pan with keys at once.
- ``open_record(record)``: show it and move keyboard focus to the canvas; Escape there
  gives the keyboard back to where it was (the gallery).
- Keys while the preview has focus: + / = zoom in, − zoom out, 0 or F fit, 1 actual pixels
  (also Ctrl+Plus / Ctrl+Minus / Ctrl+0).  Ctrl+wheel zooms, drag pans, double click
  toggles fit and 100 %.
- ``set_record_actions(file_actions, creative_actions)`` places the tab's actions.
- ``field_label`` (family, model, name) → label, used by the details; the tab sets it.
"""

from __future__ import annotations

from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QImage, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication, QFrame, QLabel, QMenu, QScrollArea, QSizePolicy, QToolBar, QToolButton, QVBoxLayout,
    QWidget)

from globalai_desktop.storage.media_library import MediaRecord
from globalai_desktop.ui.image.details import ImageDetails
from globalai_desktop.ui.image.icons import line_icon
from globalai_desktop.ui.image.image_loader import ImageLoader
from globalai_desktop.ui.image.zoom_view import MAX_ZOOM, MIN_ZOOM, STEP, ZoomView

__all__ = ["ImagePreview", "ZoomView", "MIN_ZOOM", "MAX_ZOOM"]

ICON = QSize(18, 18)
PRESETS = (25, 50, 100, 200, 400)
DETAILS_SHARE = 0.42          # the details never take more of the height than this


def with_keys(text: str, action: QAction) -> str:
    """``text`` followed by the action's first shortcut as the platform writes it."""
    keys = action.shortcuts()
    if not keys:
        return text
    return f"{text} ({keys[0].toString(QKeySequence.NativeText)})"


class ImagePreview(QWidget):
    loaded = Signal(object)         # MediaRecord whose image is now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagePreview")
        self.setAccessibleName(self.tr("Preview"))
        self.record: MediaRecord | None = None
        self._shown_path = ""            # decoded (or being decoded) for self.record
        self._return_focus: QWidget | None = None     # where Escape sends the keyboard
        self.loader = ImageLoader(self)
        self.loader.loaded.connect(self._on_loaded)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.toolbar = self._bar("previewToolbar", self.tr("Preview tools"))
        lay.addWidget(self.toolbar)
        self.view = ZoomView(self)
        self.view.leave_requested.connect(self._give_back_focus)
        lay.addWidget(self.view, 1)
        self.status = QLabel(self.view)
        self.status.setObjectName("previewStatus")
        self.status.setAlignment(Qt.AlignCenter)
        self.status.setWordWrap(True)
        self.status.setForegroundRole(QPalette.PlaceholderText)
        self.status.setAttribute(Qt.WA_TransparentForMouseEvents)
        lay.addWidget(_line(self))
        self.details = ImageDetails(self)
        self.details_scroll = QScrollArea(self)
        self.details_scroll.setObjectName("previewDetailsScroll")
        self.details_scroll.setAccessibleName(self.tr("Image details"))
        self.details_scroll.setFrameShape(QFrame.NoFrame)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.details_scroll.setWidget(self.details)
        self.details_scroll.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        lay.addWidget(self.details_scroll)
        self.action_bar = self._bar("previewActions", self.tr("Image actions"))
        self.action_bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.action_bar.setContentsMargins(8, 0, 8, 6)
        lay.addWidget(self.action_bar)
        self._build_zoom_tools()
        self._glyphs: list[tuple[Any, str]] = [
            (self.act_fit, "fit"), (self.act_actual, "actual"),
            (self.act_zoom_out, "zoom_out"), (self.act_zoom_in, "zoom_in")]
        self._retint()
        self.clear()

    def _bar(self, name: str, title: str) -> QToolBar:
        bar = QToolBar(title, self)
        bar.setObjectName(name)
        bar.setAccessibleName(title)
        bar.setIconSize(ICON)
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonIconOnly)
        bar.setContentsMargins(6, 2, 6, 2)
        return bar

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], Any],
                keys: list[Any]) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        act.setToolTip(with_keys(tip, act))
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)                 # keys work wherever focus is in the preview
        self.toolbar.addAction(act)
        return act

    def _build_zoom_tools(self) -> None:
        v = self.view
        self.act_fit = self._action("actFit", self.tr("Fit"), self.tr("Fit to the window"),
                                    v.fit, ["0", "F", "Ctrl+0"])
        self.act_actual = self._action("actActualSize", self.tr("Actual pixels"),
                                       self.tr("Actual pixels, 100%"), v.actual_size, ["1"])
        for act in (self.act_fit, self.act_actual):
            act.setCheckable(True)          # shows which of the two the view is in
        self.toolbar.addSeparator()
        self.act_zoom_out = self._action("actZoomOut", self.tr("Zoom out"), self.tr("Zoom out"),
                                         lambda: v.zoom_by(1 / STEP),
                                         ["-", QKeySequence.StandardKey.ZoomOut])
        self.zoom_label = QToolButton(self.toolbar)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))
        self.zoom_label.setToolTip(self.tr("Zoom level: click for presets"))
        self.zoom_label.setAutoRaise(True)
        self.zoom_label.setPopupMode(QToolButton.InstantPopup)
        # The percentage is the button; an arrow beside it only adds clutter.
        self.zoom_label.setStyleSheet("QToolButton#zoomLabel::menu-indicator { image: none; width: 0; }")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("3200%") + 24)
        menu = QMenu(self.zoom_label)
        menu.setObjectName("zoomPresetsMenu")
        group = QActionGroup(menu)
        for pct in PRESETS:
            a = menu.addAction(self.tr("{pct}%").format(pct=pct))
            a.setObjectName(f"actZoom{pct}")
            a.triggered.connect(lambda _=False, z=pct / 100: v.set_zoom(z))
            group.addAction(a)
        menu.addSeparator()
        menu.addAction(self.act_fit)
        self.zoom_label.setMenu(menu)
        self.toolbar.addWidget(self.zoom_label)
        self.act_zoom_in = self._action("actZoomIn", self.tr("Zoom in"), self.tr("Zoom in"),
                                        lambda: v.zoom_by(STEP),
                                        ["+", "=", QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.toolbar.addWidget(spacer)
        v.zoom_changed.connect(self._on_zoom)
        _name_buttons(self.toolbar)

    # --- actions from the tab -------------------------------------------------------------------
    def set_record_actions(self, file_actions: list[Any], creative_actions: list[Any]) -> None:
        """File verbs join the toolbar as icons (tooltips say what they do); creative ones get
        the bar under the details, with words."""
        for act in file_actions:
            if act.objectName() == "actDelete":
                self.toolbar.addSeparator()
            self.toolbar.addAction(act)
        self.action_bar.clear()
        for act in creative_actions:
            self.action_bar.addAction(act)
        for bar in (self.toolbar, self.action_bar):
            _name_buttons(bar)

    # --- records --------------------------------------------------------------------------------
    def clear(self) -> None:
        self.record = None
        self._shown_path = ""
        self.view.clear()
        self.details.clear()
        self.details_scroll.setVisible(False)
        self.action_bar.setVisible(False)       # nothing to act on
        self._set_status(self.tr("Select an image to preview it.\n"
                                 "Double-click or press Enter to zoom with the keyboard."))
        self._enable(False)
        self.zoom_label.setText("")

    def show_record(self, record: MediaRecord) -> None:
        """Show ``record`` (decoded off the GUI thread; ``loaded`` follows).  The record
        already shown is opened instead (keyboard to the canvas), not decoded again."""
        if self.record is not None and record.id == self.record.id \
                and record.path == self._shown_path:
            self.record = record
            self.details.show_record(record)
            self._focus_canvas()
            return
        self.record = record
        self._shown_path = record.path
        self.details.show_record(record)
        self.details_scroll.setVisible(True)
        self.action_bar.setVisible(True)
        self._fit_details()
        QTimer.singleShot(0, self._fit_details)        # again once the new rows are laid out
        self._set_status(self.tr("Loading…"))
        self.loader.load(record.path)

    def open_record(self, record: MediaRecord) -> None:
        """Show ``record`` and give the canvas the keyboard (Escape gives it back)."""
        if self.record is None or self.record.id != record.id:
            self.show_record(record)
        self._focus_canvas()

    def _focus_canvas(self) -> None:
        current = QApplication.focusWidget()
        if current is not None and current is not self.view and not self.isAncestorOf(current):
            self._return_focus = current
        self.view.setFocus(Qt.OtherFocusReason)

    def _give_back_focus(self) -> None:
        target = self._return_focus
        if target is not None and shiboken6.isValid(target) and target.isVisible():
            target.setFocus(Qt.OtherFocusReason)
        else:
            self.view.focusNextChild()

    def _on_loaded(self, path: str, image: QImage) -> None:
        if self.record is None or self.record.path != path:
            return          # the user moved on while it was loading
        if image.isNull():
            self.view.clear()
            self._set_status(self.tr("This image file is missing or cannot be read."))
            self._enable(False)
            self.zoom_label.setText("")
            return
        self._set_status("")
        self.view.set_pixmap(QPixmap.fromImage(image))
        self._enable(True)
        self.loaded.emit(self.record)

    # --- zoom state -------------------------------------------------------------------------------
    def _on_zoom(self, zoom: float) -> None:
        has = self.view.has_image()
        self.zoom_label.setText(self.tr("{pct}%").format(pct=round(zoom * 100)) if has else "")
        self.act_fit.setChecked(has and self.view.is_fit())
        self.act_actual.setChecked(has and not self.view.is_fit() and abs(zoom - 1.0) < 0.005)
        self.act_zoom_in.setEnabled(has and zoom < MAX_ZOOM - 1e-6)
        self.act_zoom_out.setEnabled(has and zoom > MIN_ZOOM + 1e-6)

    def _enable(self, on: bool) -> None:
        for act in (self.act_fit, self.act_actual, self.act_zoom_in, self.act_zoom_out):
            act.setEnabled(on)
        self.zoom_label.setEnabled(on)
        if on:
            self._on_zoom(self.view.zoom())

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setGeometry(self.view.rect().adjusted(24, 0, -24, 0))

    def _fit_details(self) -> None:
        """As tall as the details need for the current width, up to DETAILS_SHARE of the
        preview (then the details scroll)."""
        if self.record is None:
            return
        width = max(100, self.width())
        need = (self.details.heightForWidth(width) if self.details.hasHeightForWidth()
                else self.details.sizeHint().height())
        limit = max(120, int(self.height() * DETAILS_SHARE))
        # A little slack: the scroll area's own frame and rounding must not summon a scroll bar.
        self.details_scroll.setFixedHeight(min(limit, need + 8))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.status.setGeometry(self.view.rect().adjusted(24, 0, -24, 0))
        if self.record is not None:
            self._fit_details()

    # --- look -------------------------------------------------------------------------------------
    def _retint(self) -> None:
        for act, name in self._glyphs:
            act.setIcon(line_icon(name, self))

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._retint()

    @property
    def field_label(self) -> Callable[[str, str, str], str]:
        return self.details.field_label

    @field_label.setter
    def field_label(self, fn: Callable[[str, str, str], str]) -> None:
        self.details.field_label = fn

    @property
    def value_text(self) -> Callable[[str, str, str, Any], str]:
        return self.details.value_text

    @value_text.setter
    def value_text(self, fn: Callable[[str, str, str, Any], str]) -> None:
        self.details.value_text = fn


def _line(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.HLine)
    line.setFrameShadow(QFrame.Plain)
    line.setForegroundRole(QPalette.Mid)
    line.setFixedHeight(1)
    return line


def _name_buttons(bar: QToolBar) -> None:
    """Give each toolbar button its action's object name and a readable accessible name."""
    for act in bar.actions():
        button = bar.widgetForAction(act)
        if button is None or act.isSeparator() or not isinstance(button, QToolButton):
            continue
        if act.objectName():
            button.setObjectName(f"{act.objectName()}Button")
        name = act.text().replace("&&", "&").rstrip("…")
        if name and button.accessibleName() != name:
            button.setAccessibleName(name)
