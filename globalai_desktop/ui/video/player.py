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
from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from .multimedia import MultimediaSupport, multimedia_support
from .player_controls import PlayerControls, Stage
from .player_header import PlayerHeader
from .timefmt import clock

SEEK_STEP_MS = 5_000          # Left/Right arrow jump
DEFAULT_FRAME_MS = 1000 / 24  # frame step when the file does not say its frame rate


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
        self._player = None
        self._audio = None
        self._item = None
        self._build()

    # ---- construction ------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        self.header = PlayerHeader(self)
        self.header.message.connect(self.message)
        self.save_button = self.header.save_button
        self.open_button = self.header.open_button
        self.folder_button = self.header.folder_button
        outer.addWidget(self.header)

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

    def _build_controls(self) -> QWidget:
        c = self.controls = PlayerControls(self._screen)
        # The bar's parts are the player's controls (tests and the tab use these names).
        self.play_button, self.seek_slider = c.play_button, c.seek_slider
        self.position_label, self.duration_label = c.position_label, c.duration_label
        self.loop_button, self.mute_button = c.loop_button, c.mute_button
        self.volume_slider, self.poster_button = c.volume_slider, c.poster_button
        self.full_button = c.full_button
        self.play_button.clicked.connect(self.toggle_play)
        self.seek_slider.sliderPressed.connect(lambda: setattr(self, "_dragging", True))
        self.seek_slider.sliderReleased.connect(self._seek_released)
        self.seek_slider.sliderMoved.connect(self.seek)
        self.loop_button.toggled.connect(self.set_loop)
        self.mute_button.toggled.connect(self.set_muted)
        self.volume_slider.valueChanged.connect(self.set_volume)
        self.poster_button.clicked.connect(self._choose_poster)
        self.full_button.clicked.connect(self.toggle_full_screen)
        return c

    def _make_media(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        from PySide6.QtMultimediaWidgets import QGraphicsVideoItem

        self._item = QGraphicsVideoItem()
        self._view = Stage(self._item, self._stack)
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
        self.controls.show_sound_available(has_device)
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
        self.header.set_file(self._path, title)
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
        self.header.save_as()

    def save_copy_to(self, dest: Path) -> asyncio.Task | None:
        """Copy the current video to ``dest`` (atomic; result reported via :attr:`message`)."""
        return self.header.save_copy_to(dest)

    def open_in_system_player(self) -> None:
        self.header.open_in_system_player()

    def show_in_folder(self) -> None:
        self.header.show_in_folder()

    async def shutdown(self) -> None:
        """Stop playback, release the file and wait for running copies."""
        if not shiboken6.isValid(self):
            return                       # the window was already destroyed with its children
        self.set_full_screen(False)
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
        await self.header.shutdown()

    # ---- internals -----------------------------------------------------------------

    def _show_page(self) -> None:
        if self._player is None:
            self._stack.setCurrentWidget(self._unavailable)
        elif self._path is None:
            self._stack.setCurrentWidget(self._empty)
        else:
            self._stack.setCurrentWidget(self._view)

    def _update_actions(self) -> None:
        has_file = self._path is not None
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
        self.controls.show_duration(ms)

    def _on_position(self, ms: int) -> None:
        self.controls.show_position(ms, move_slider=not self._dragging)

    def _on_state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        self.controls.show_playing(state == QMediaPlayer.PlaybackState.PlayingState)
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

    def eventFilter(self, obj, event):  # noqa: N802
        # Closing the full-screen window (window manager, Alt+F4) returns it to the tab.
        if obj is self._screen and self._full and event.type() == QEvent.Type.Close:
            event.ignore()
            self.set_full_screen(False)
            return True
        return super().eventFilter(obj, event)
