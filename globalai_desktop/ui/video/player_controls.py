"""The player's parts: the black stage, the seek slider and the control bar.

:class:`PlayerControls` only builds and shows things (icons, times, tooltips); the
:class:`~.player.VideoPlayer` connects its buttons and sliders to the media player.
Icons are the style's media symbols recoloured for the theme (:func:`tinted_icon`) and
recoloured again when the palette changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGraphicsScene, QGraphicsView, QHBoxLayout, QLabel, QSizePolicy, QSlider, QStyle,
    QToolButton, QWidget,
)

from .task_words import tinted_icon
from .timefmt import clock

SP = QStyle.StandardPixmap


def tool_button(parent: QWidget, name: str, tip: str, accessible: str, icon, *,
                text: bool = False, checkable: bool = False) -> QToolButton:
    b = QToolButton(parent)
    b.setObjectName(name)
    b.setToolTip(tip)
    b.setAccessibleName(accessible)
    b.setIcon(icon)
    b.setAutoRaise(True)
    b.setCheckable(checkable)
    if text:
        b.setText(tip)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return b


class SeekSlider(QSlider):
    """A horizontal slider that jumps to where it is clicked (as media players do)."""

    def mousePressEvent(self, event):  # noqa: N802 - Qt naming
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum():
            value = QStyle.sliderValueFromPosition(
                self.minimum(), self.maximum(), int(event.position().x()), max(1, self.width()))
            self.setValue(value)
            self.sliderMoved.emit(value)
        super().mousePressEvent(event)


class Stage(QGraphicsView):
    """Black stage holding the video item; keeps it fitted to the viewport."""

    double_clicked = Signal()

    def __init__(self, item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item = item
        scene = QGraphicsScene(self)
        scene.addItem(item)
        self.setScene(scene)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A video stage is black in every theme (letterboxing reads as part of the film).
        self.setBackgroundBrush(QColor(Qt.GlobalColor.black))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)

    def fit(self) -> None:
        size = QSizeF(self.viewport().size())
        self._item.setSize(size)
        self.scene().setSceneRect(QRectF(0, 0, size.width(), size.height()))

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def mouseDoubleClickEvent(self, event):  # noqa: N802
        self.double_clicked.emit()


class PlayerControls(QWidget):
    """Play/pause · position · seek · length · loop · mute · volume · poster · full screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoControls")
        self.setAccessibleName(self.tr("Playback controls"))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(6)
        self.play_button = tool_button(self, "videoPlayButton", self.tr("Play (Space)"),
                                       self.tr("Play or pause"), tinted_icon(SP.SP_MediaPlay, self))
        self.position_label = QLabel(clock(0), self)
        self.position_label.setObjectName("videoPositionLabel")
        self.position_label.setAccessibleName(self.tr("Playback position"))
        self.seek_slider = SeekSlider(Qt.Orientation.Horizontal, self)
        self.seek_slider.setObjectName("videoSeekSlider")
        self.seek_slider.setAccessibleName(self.tr("Seek"))
        self.seek_slider.setToolTip(self.tr("Seek (Left/Right: 5 seconds; , and . step one frame)"))
        self.seek_slider.setRange(0, 0)
        self.duration_label = QLabel(clock(0), self)
        self.duration_label.setObjectName("videoDurationLabel")
        self.duration_label.setAccessibleName(self.tr("Video length"))
        self.loop_button = tool_button(self, "videoLoopButton", self.tr("Loop"),
                                       self.tr("Play in a loop"),
                                       tinted_icon(SP.SP_BrowserReload, self),
                                       text=True, checkable=True)
        self.mute_button = tool_button(self, "videoMuteButton", self.tr("Mute (M)"),
                                       self.tr("Mute"), tinted_icon(SP.SP_MediaVolume, self),
                                       checkable=True)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.volume_slider.setObjectName("videoVolumeSlider")
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.volume_slider.setToolTip(self.tr("Volume"))
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(80)
        self.volume_slider.setFixedWidth(90)
        self.poster_button = tool_button(
            self, "videoUseFrameButton", self.tr("Use this frame as the poster"),
            self.tr("Use the current frame as the poster in the lists"),
            tinted_icon(SP.SP_FileDialogContentsView, self))
        self.full_button = tool_button(self, "videoFullScreenButton", self.tr("Full screen (F)"),
                                       self.tr("Full screen"),
                                       tinted_icon(SP.SP_TitleBarMaxButton, self))
        row.addWidget(self.play_button)
        row.addWidget(self.position_label)
        row.addWidget(self.seek_slider, 1)
        for w in (self.duration_label, self.loop_button, self.mute_button, self.volume_slider,
                  self.poster_button, self.full_button):
            row.addWidget(w)
        self.mute_button.toggled.connect(self._show_muted)
        self._playing = False

    # ---- what the bar shows --------------------------------------------------------

    def show_playing(self, playing: bool) -> None:
        self._playing = playing
        self.play_button.setIcon(tinted_icon(SP.SP_MediaPause if playing else SP.SP_MediaPlay,
                                             self))
        self.play_button.setToolTip(self.tr("Pause (Space)") if playing else self.tr("Play (Space)"))

    def show_duration(self, ms: int) -> None:
        self.seek_slider.setRange(0, max(0, ms))
        self.duration_label.setText(clock(ms))

    def show_position(self, ms: int, *, move_slider: bool) -> None:
        if move_slider:
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(ms)
            self.seek_slider.blockSignals(False)
        self.position_label.setText(clock(ms))

    def show_sound_available(self, available: bool) -> None:
        tip = self.tr("Volume") if available else self.tr("No sound output device is available")
        self.volume_slider.setToolTip(tip)
        self.mute_button.setToolTip(self.tr("Mute (M)") if available else tip)

    def _show_muted(self, on: bool) -> None:
        self.mute_button.setIcon(tinted_icon(SP.SP_MediaVolumeMuted if on else SP.SP_MediaVolume,
                                             self))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.show_playing(self._playing)
            self._show_muted(self.mute_button.isChecked())
            self.loop_button.setIcon(tinted_icon(SP.SP_BrowserReload, self))
            self.poster_button.setIcon(tinted_icon(SP.SP_FileDialogContentsView, self))
            self.full_button.setIcon(tinted_icon(SP.SP_TitleBarMaxButton, self))
