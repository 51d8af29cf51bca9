"""The video player of the Video tab.

Contract:
- ``VideoPlayer.load(path, title)`` shows a local video file (``None`` clears it);
  ``play()``, ``pause()``, ``toggle_play()``, ``seek(ms)``, ``set_loop()``,
  ``set_volume(0..100)``, ``set_full_screen()``.
- Controls: play/pause, a seek slider (click or drag; Left/Right ±5 s; ``,``/``.``
  step one frame while paused), time, loop, mute + volume, full screen (F / F11,
  Esc leaves), "Save as…", "Open in system player", "Show in folder", and
  "Use this frame as poster" (emits :attr:`poster_frame_chosen` with the exact
  position, so the poster is the frame the person picked).
- When QtMultimedia cannot be used (see :mod:`.multimedia`) the widget still loads,
  says why playback is unavailable, and keeps the file actions working.
- Rendering goes through ``QGraphicsVideoItem`` (painted like any widget, so
  screenshots and ``grab()`` see the picture) rather than a native video window.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QRectF, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFileDialog, QGraphicsScene, QGraphicsView, QHBoxLayout, QLabel, QSizePolicy, QSlider,
    QStackedWidget, QStyle, QToolButton, QVBoxLayout, QWidget,
)

from . import file_actions
from .elided import ElidedLabel
from .task_words import tinted_icon
from .multimedia import MultimediaSupport, multimedia_support
from .timefmt import clock

SEEK_STEP_MS = 5_000          # Left/Right arrow jump
DEFAULT_FRAME_MS = 1000 / 24  # frame step when the file does not say its frame rate


class _SeekSlider(QSlider):
    """A horizontal slider that jumps to where it is clicked (as media players do)."""

    def mousePressEvent(self, event):  # noqa: N802 - Qt naming
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum():
            value = QStyle.sliderValueFromPosition(
                self.minimum(), self.maximum(), int(event.position().x()), max(1, self.width()))
            self.setValue(value)
            self.sliderMoved.emit(value)
        super().mousePressEvent(event)


class _Stage(QGraphicsView):
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


class VideoPlayer(QWidget):
    """Plays one local video file at a time; see the module docstring for the contract."""

    playback_state_changed = Signal(str)         # "playing" | "paused" | "stopped"
    poster_frame_chosen = Signal(str, int)       # video path, position in ms
    message = Signal(str)                        # short status text for the tab (saved, errors)

    def __init__(self, parent: QWidget | None = None, *,
                 support: MultimediaSupport | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoPlayer")
        self.setAccessibleName(self.tr("Video player"))
        self._support = support or multimedia_support()
        self._path: Path | None = None
        self._title = ""
        self._full = False
        self._dragging = False
        self._frame_ms = DEFAULT_FRAME_MS
        self._jobs: set[asyncio.Task] = set()
        self._player = None
        self._audio = None
        self._item = None
        self._build()

    # ---- construction ------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        header = QHBoxLayout()
        header.setSpacing(4)
        self._title_label = ElidedLabel("", self)
        self._title_label.setObjectName("videoPlayerTitle")
        self._title_label.setAccessibleName(self.tr("Title of the video in the player"))
        font = self._title_label.font()
        font.setBold(True)
        self._title_label.setFont(font)
        header.addWidget(self._title_label, 1)
        st = self.style()
        self.save_button = self._tool(
            "videoSaveAsButton", self.tr("Save as…"), self.tr("Save a copy of this video"),
            st.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), self.save_as, text=True)
        self.open_button = self._tool(
            "videoOpenSystemButton", self.tr("Open in player"),
            self.tr("Open this video in your system's video player"),
            tinted_icon(QStyle.StandardPixmap.SP_MediaPlay, self), self.open_in_system_player,
            text=True)
        self.folder_button = self._tool(
            "videoShowFolderButton", self.tr("Show in folder"),
            self.tr("Show this video in its folder"),
            st.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon), self.show_in_folder, text=True)
        for b in (self.save_button, self.open_button, self.folder_button):
            header.addWidget(b)
        outer.addLayout(header)

        # The screen box (picture + controls) is what goes full screen.
        self._screen = QWidget(self)
        self._screen.setObjectName("videoScreen")
        self._screen.setAccessibleName(self.tr("Video picture and controls"))
        self._screen.installEventFilter(self)
        box = QVBoxLayout(self._screen)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self._stack = QStackedWidget(self._screen)
        self._stack.setObjectName("videoStageStack")
        self._stack.setAccessibleName(self.tr("Video picture"))
        self._empty = self._notice(
            "videoPlayerEmpty",
            self.tr("Select a finished video in the queue or the history to play it here."))
        self._unavailable = self._notice("videoPlaybackUnavailable", self._support.reason)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._unavailable)
        box.addWidget(self._stack, 1)
        box.addWidget(self._build_controls())
        outer.addWidget(self._screen, 1)

        if self._support.available:
            self._make_media()
        self._shortcuts()
        self._show_page()
        self._update_actions()

    def _notice(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setAccessibleName(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMargin(24)
        label.setAutoFillBackground(True)
        label.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        label.setMinimumSize(320, 180)
        return label

    def _tool(self, name, tip, accessible, icon, slot, *, text=False, checkable=False):
        b = QToolButton(self)
        b.setObjectName(name)
        b.setToolTip(tip)
        b.setAccessibleName(accessible)
        b.setIcon(icon)
        b.setAutoRaise(True)
        b.setCheckable(checkable)
        if text:
            b.setText(tip)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if checkable:
            b.toggled.connect(slot)
        else:
            b.clicked.connect(slot)
        return b

    def _build_controls(self) -> QWidget:
        bar = QWidget(self._screen)
        bar.setObjectName("videoControls")
        bar.setAccessibleName(self.tr("Playback controls"))
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(6)
        st = self.style()
        self.play_button = self._tool(
            "videoPlayButton", self.tr("Play (Space)"), self.tr("Play or pause"),
            tinted_icon(QStyle.StandardPixmap.SP_MediaPlay, self), self.toggle_play)
        row.addWidget(self.play_button)
        self.position_label = QLabel(clock(0), bar)
        self.position_label.setObjectName("videoPositionLabel")
        self.position_label.setAccessibleName(self.tr("Playback position"))
        row.addWidget(self.position_label)
        self.seek_slider = _SeekSlider(Qt.Orientation.Horizontal, bar)
        self.seek_slider.setObjectName("videoSeekSlider")
        self.seek_slider.setAccessibleName(self.tr("Seek"))
        self.seek_slider.setToolTip(self.tr("Seek (Left/Right: 5 seconds; , and . step one frame)"))
        self.seek_slider.setRange(0, 0)
        self.seek_slider.sliderPressed.connect(lambda: setattr(self, "_dragging", True))
        self.seek_slider.sliderReleased.connect(self._seek_released)
        self.seek_slider.sliderMoved.connect(self.seek)
        row.addWidget(self.seek_slider, 1)
        self.duration_label = QLabel(clock(0), bar)
        self.duration_label.setObjectName("videoDurationLabel")
        self.duration_label.setAccessibleName(self.tr("Video length"))
        row.addWidget(self.duration_label)
        self.loop_button = self._tool(
            "videoLoopButton", self.tr("Loop"), self.tr("Play in a loop"),
            tinted_icon(QStyle.StandardPixmap.SP_BrowserReload, self), self.set_loop,
            text=True, checkable=True)
        row.addWidget(self.loop_button)
        self.mute_button = self._tool(
            "videoMuteButton", self.tr("Mute (M)"), self.tr("Mute"),
            tinted_icon(QStyle.StandardPixmap.SP_MediaVolume, self), self.set_muted,
            checkable=True)
        row.addWidget(self.mute_button)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, bar)
        self.volume_slider.setObjectName("videoVolumeSlider")
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.volume_slider.setToolTip(self.tr("Volume"))
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(80)
        self.volume_slider.setFixedWidth(90)
        self.volume_slider.valueChanged.connect(self.set_volume)
        row.addWidget(self.volume_slider)
        self.poster_button = self._tool(
            "videoUseFrameButton", self.tr("Use this frame as the poster"),
            self.tr("Use the current frame as the poster in the lists"),
            tinted_icon(QStyle.StandardPixmap.SP_FileDialogContentsView, self),
            self._choose_poster)
        row.addWidget(self.poster_button)
        self.full_button = self._tool(
            "videoFullScreenButton", self.tr("Full screen (F)"), self.tr("Full screen"),
            tinted_icon(QStyle.StandardPixmap.SP_TitleBarMaxButton, self),
            self.toggle_full_screen)
        row.addWidget(self.full_button)
        return bar

    def _make_media(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        from PySide6.QtMultimediaWidgets import QGraphicsVideoItem

        self._item = QGraphicsVideoItem()
        self._view = _Stage(self._item, self._stack)
        self._view.setObjectName("videoStage")
        self._view.setAccessibleName(self.tr("Video picture"))
        self._view.double_clicked.connect(self.toggle_full_screen)
        # No Python slot may be connected to the video item's or sink's signals: the
        # backend's renderer thread emits them, and running Python there needs the GIL,
        # which the GUI thread holds inside QMediaPlayer.stop() — a deadlock at quit.
        # The item keeps the aspect ratio within the size _Stage gives it.
        self._stack.addWidget(self._view)
        self._player = QMediaPlayer(self)
        self._player.setVideoOutput(self._item)
        self._attach_audio()
        try:
            from PySide6.QtMultimedia import QMediaDevices
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._attach_audio)
        except Exception:  # pragma: no cover - very old Qt
            self._devices = None
        self._player.durationChanged.connect(self._on_duration)
        self._player.positionChanged.connect(self._on_position)
        self._player.playbackStateChanged.connect(self._on_state)
        self._player.errorOccurred.connect(self._on_error)
        self._player.metaDataChanged.connect(self._on_metadata)
        self._player.mediaStatusChanged.connect(self._on_media_status)

    def _attach_audio(self) -> None:
        """Route sound to the default output device, if the system has one.

        Without any output device no QAudioOutput is attached: there is nothing to hear,
        and Qt's FFmpeg backend can hang in ``stop()`` with an audio sink that has no device.
        """
        from PySide6.QtMultimedia import QAudioOutput, QMediaDevices
        has_device = bool(QMediaDevices.audioOutputs())
        if has_device and self._audio is None:
            self._audio = QAudioOutput(self)
            self._audio.setVolume(self.volume_slider.value() / 100)
            self._audio.setMuted(self.mute_button.isChecked())
            self._player.setAudioOutput(self._audio)
        tip = self.tr("Volume") if has_device else self.tr("No sound output device is available")
        self.volume_slider.setToolTip(tip)
        self.mute_button.setToolTip(self.tr("Mute (M)") if has_device else tip)
        self._update_actions()

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (Qt.Key.Key_Space, self.toggle_play),
            (Qt.Key.Key_F, self.toggle_full_screen),
            (Qt.Key.Key_F11, self.toggle_full_screen),
            (Qt.Key.Key_Escape, lambda: self.set_full_screen(False)),
            (Qt.Key.Key_Left, lambda: self.seek(self.position() - SEEK_STEP_MS)),
            (Qt.Key.Key_Right, lambda: self.seek(self.position() + SEEK_STEP_MS)),
            (Qt.Key.Key_Comma, lambda: self.step_frames(-1)),
            (Qt.Key.Key_Period, lambda: self.step_frames(1)),
            (Qt.Key.Key_M, lambda: self.mute_button.toggle()),
        ):
            sc = QShortcut(QKeySequence(keys), self._screen)
            sc.setContext(ctx)
            sc.activated.connect(slot)

    # ---- public API ----------------------------------------------------------------

    @property
    def available(self) -> bool:
        """True when this machine can play video here."""
        return self._player is not None

    @property
    def unavailable_reason(self) -> str:
        return self._support.reason

    @property
    def media_player(self):
        """The ``QMediaPlayer`` (``None`` when playback is unavailable)."""
        return self._player

    @property
    def current_path(self) -> Path | None:
        return self._path

    def stage_page(self) -> str:
        """What the picture area shows: ``"empty"``, ``"video"`` or ``"unavailable"``."""
        current = self._stack.currentWidget()
        if current is self._unavailable:
            return "unavailable"
        return "empty" if current is self._empty else "video"

    def load(self, path: Path | str | None, title: str = "", *, autoplay: bool = False) -> None:
        """Show ``path`` (a local video file); ``None`` clears the player."""
        self._path = Path(path) if path else None
        self._title = title
        self._title_label.setText(title or (self._path.name if self._path else ""))
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl.fromLocalFile(str(self._path)) if self._path else QUrl())
            if autoplay and self._path:
                self._player.play()
            elif self._path:
                self._player.pause()      # paused at 0: the first frame shows instead of black
        self._show_page()
        self._update_actions()

    def play(self) -> None:
        if self._player is not None and self._path:
            duration = self._player.duration()
            if duration > 0 and self._player.position() >= duration - 2 * self._frame_ms:
                self._player.setPosition(0)        # played to the end: start again
            self._player.play()

    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    def toggle_play(self) -> None:
        if self._player is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer
        if self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.pause()
        else:
            self.play()

    def is_playing(self) -> bool:
        if self._player is None:
            return False
        from PySide6.QtMultimedia import QMediaPlayer
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def position(self) -> int:
        return self._player.position() if self._player is not None else 0

    def seek(self, ms: int) -> None:
        if self._player is not None:
            duration = self._player.duration()
            ms = max(0, int(ms))
            if duration > 0:
                ms = min(ms, duration)
            self._player.setPosition(ms)

    def step_frames(self, frames: int) -> None:
        """Step ±``frames`` frames while paused (pauses first when playing)."""
        if self._player is None:
            return
        self.pause()
        self.seek(round(self.position() + frames * self._frame_ms))

    def set_loop(self, on: bool) -> None:
        if self.loop_button.isChecked() != on:
            self.loop_button.setChecked(on)
            return
        if self._player is not None:
            from PySide6.QtMultimedia import QMediaPlayer
            self._player.setLoops(QMediaPlayer.Loops.Infinite if on else QMediaPlayer.Loops.Once)

    def set_volume(self, value: int) -> None:
        if self.volume_slider.value() != value:
            self.volume_slider.setValue(value)
            return
        if self._audio is not None:
            self._audio.setVolume(max(0, min(100, value)) / 100)

    def set_muted(self, on: bool) -> None:
        if self._audio is not None:
            self._audio.setMuted(on)
        icon = (QStyle.StandardPixmap.SP_MediaVolumeMuted if on
                else QStyle.StandardPixmap.SP_MediaVolume)
        self.mute_button.setIcon(tinted_icon(icon, self))

    def is_full_screen(self) -> bool:
        return self._full

    def toggle_full_screen(self) -> None:
        self.set_full_screen(not self._full)

    def set_full_screen(self, on: bool) -> None:
        """Show the picture and its controls full screen (Esc or F leaves)."""
        if on == self._full or (on and self._path is None):
            return
        self._full = on
        if on:
            self._screen.setParent(None)
            self._screen.setWindowFlags(Qt.WindowType.Window)
            self._screen.setWindowTitle(self._title or self.tr("Video"))
            self._screen.showFullScreen()
        else:
            self._screen.showNormal()
            self._screen.setWindowFlags(Qt.WindowType.Widget)
            self.layout().addWidget(self._screen, 1)
            self._screen.show()
        self._screen.setFocus()

    def save_as(self) -> None:
        """Ask where to save a copy, then copy it off the GUI thread."""
        if not self._path:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save video as"), str(Path.home() / self._path.name),
            self.tr("MP4 video (*.mp4);;All files (*)"))
        if target:
            self.save_copy_to(Path(target))

    def save_copy_to(self, dest: Path) -> asyncio.Task | None:
        """Copy the current video to ``dest`` (atomic; result reported via :attr:`message`)."""
        if not self._path:
            return None
        job = asyncio.ensure_future(self._save(self._path, Path(dest)))
        self._jobs.add(job)
        job.add_done_callback(self._jobs.discard)
        return job

    def open_in_system_player(self) -> None:
        if self._path and not file_actions.open_with_system(self._path):
            self.message.emit(self.tr("No application is set up to open MP4 videos."))

    def show_in_folder(self) -> None:
        if self._path:
            file_actions.reveal_in_folder(self._path)

    async def shutdown(self) -> None:
        """Stop playback, release the file and wait for running copies."""
        if not shiboken6.isValid(self):
            return                       # the window was already destroyed with its children
        self.set_full_screen(False)
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
        if self._jobs:
            await asyncio.gather(*list(self._jobs), return_exceptions=True)

    # ---- internals -----------------------------------------------------------------

    async def _save(self, src: Path, dest: Path) -> None:
        try:
            await file_actions.save_copy(src, dest)
        except OSError as exc:
            self.message.emit(self.tr("Could not save the video to {0}: {1}").format(
                str(dest), exc.strerror or str(exc)))
        else:
            self.message.emit(self.tr("Saved a copy to {0}").format(str(dest)))

    def _show_page(self) -> None:
        if self._player is None:
            self._stack.setCurrentWidget(self._unavailable)
        elif self._path is None:
            self._stack.setCurrentWidget(self._empty)
        else:
            self._stack.setCurrentWidget(self._view)

    def _update_actions(self) -> None:
        has_file = self._path is not None
        for b in (self.save_button, self.open_button, self.folder_button):
            b.setEnabled(has_file)
        playable = has_file and self._player is not None
        for w in (self.play_button, self.seek_slider, self.loop_button, self.full_button,
                  self.poster_button):
            w.setEnabled(playable)
        for w in (self.mute_button, self.volume_slider):
            w.setEnabled(self._audio is not None)

    def _seek_released(self) -> None:
        self._dragging = False
        self.seek(self.seek_slider.value())

    def _on_duration(self, ms: int) -> None:
        self.seek_slider.setRange(0, max(0, ms))
        self.duration_label.setText(clock(ms))

    def _on_position(self, ms: int) -> None:
        if not self._dragging:
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(ms)
            self.seek_slider.blockSignals(False)
        self.position_label.setText(clock(ms))

    def _on_state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(tinted_icon(icon, self))
        self.play_button.setToolTip(self.tr("Pause (Space)") if playing else self.tr("Play (Space)"))
        name = {QMediaPlayer.PlaybackState.PlayingState: "playing",
                QMediaPlayer.PlaybackState.PausedState: "paused"}.get(state, "stopped")
        self.playback_state_changed.emit(name)

    def _on_media_status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self._path is not None:
            # Keep the last frame on screen instead of a black stage.
            self._player.setPosition(max(0, self._player.duration() - round(self._frame_ms)))
            self._player.pause()

    def _on_error(self, _error, text: str) -> None:
        self.message.emit(self.tr("This video could not be played: {0}").format(
            text or self.tr("unknown error")))

    def _on_metadata(self) -> None:
        from PySide6.QtMultimedia import QMediaMetaData
        rate = self._player.metaData().value(QMediaMetaData.Key.VideoFrameRate)
        try:
            rate = float(rate)
        except (TypeError, ValueError):
            rate = 0.0
        self._frame_ms = 1000.0 / rate if rate > 1 else DEFAULT_FRAME_MS

    def _choose_poster(self) -> None:
        if self._path is not None and self._player is not None:
            self.poster_frame_chosen.emit(str(self._path), self.position())
            self.message.emit(self.tr("Poster set to the frame at {0}.").format(
                clock(self.position())))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "play_button"):
            self._retint()

    def _retint(self) -> None:
        """Recolour the media symbols for the current theme."""
        sp = QStyle.StandardPixmap
        self.play_button.setIcon(tinted_icon(sp.SP_MediaPause if self.is_playing()
                                             else sp.SP_MediaPlay, self))
        self.loop_button.setIcon(tinted_icon(sp.SP_BrowserReload, self))
        self.mute_button.setIcon(tinted_icon(sp.SP_MediaVolumeMuted if self.mute_button.isChecked()
                                             else sp.SP_MediaVolume, self))
        self.poster_button.setIcon(tinted_icon(sp.SP_FileDialogContentsView, self))
        self.full_button.setIcon(tinted_icon(sp.SP_TitleBarMaxButton, self))
        self.open_button.setIcon(tinted_icon(sp.SP_MediaPlay, self))

    def eventFilter(self, obj, event):  # noqa: N802
        # Closing the full-screen window (window manager, Alt+F4) returns it to the tab.
        if obj is self._screen and self._full and event.type() == QEvent.Type.Close:
            event.ignore()
            self.set_full_screen(False)
            return True
        return super().eventFilter(obj, event)
