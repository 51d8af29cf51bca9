"""Desktop notifications for long tasks that finish while the window is not in front.

Contract:
- ``Notifier(window=lambda: main_window, long_task_s=30)``: one per app (the Video tab
  builds one when the shell has not put one in ``ctx.extras["notifier"]``).
- ``task_finished(key, title, message, elapsed_s, ok=True)`` notifies only when the task
  ran at least ``long_task_s`` seconds AND the window is not the active, visible window;
  it returns the channel used (``"tray"``, ``"alert"``) or ``None`` when it stayed quiet.
- ``notify(title, message, key=..., ok=...)`` always notifies.
- Channels: a system-tray message when the desktop has a tray; otherwise the taskbar
  entry is flashed (``QApplication.alert``), which every platform supports.
- Signals: ``shown(title, message, channel)`` for every notification; ``activated(key)``
  when the person clicks the tray message (the window is raised first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

DEFAULT_LONG_TASK_S = 30.0   # shorter tasks finish while the person is still watching
TRAY_MESSAGE_MS = 8_000


class Notifier(QObject):
    shown = Signal(str, str, str)       # title, message, channel
    activated = Signal(str)             # key of the clicked notification

    def __init__(self, window: Callable[[], QWidget | None] | None = None, *,
                 long_task_s: float = DEFAULT_LONG_TASK_S, icon: QIcon | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoNotifier")
        self._window = window or (lambda: None)
        self.long_task_s = long_task_s
        self._icon = icon
        self._tray: QSystemTrayIcon | None = None
        self._last_key = ""
        self.history: list[tuple[str, str, str]] = []   # (title, message, channel), newest last

    # ---- queries -------------------------------------------------------------------

    def window_in_front(self) -> bool:
        """True when the app window is visible, not minimised and the active window."""
        win = self._window()
        if win is None:
            return QApplication.activeWindow() is not None
        top = win.window()
        return top.isVisible() and not top.isMinimized() and top.isActiveWindow()

    def should_notify(self, elapsed_s: float | None) -> bool:
        return (elapsed_s or 0.0) >= self.long_task_s and not self.window_in_front()

    # ---- actions -------------------------------------------------------------------

    def task_finished(self, key: str, title: str, message: str, elapsed_s: float | None, *,
                      ok: bool = True) -> str | None:
        if not self.should_notify(elapsed_s):
            return None
        return self.notify(title, message, key=key, ok=ok)

    def notify(self, title: str, message: str, *, key: str = "", ok: bool = True) -> str:
        self._last_key = key
        tray = self._ensure_tray()
        if tray is not None:
            icon = (QSystemTrayIcon.MessageIcon.Information if ok
                    else QSystemTrayIcon.MessageIcon.Warning)
            tray.showMessage(title, message, icon, TRAY_MESSAGE_MS)
            channel = "tray"
        else:
            win = self._window()
            if win is not None:
                QApplication.alert(win.window(), 0)
            channel = "alert"
        self.history.append((title, message, channel))
        self.shown.emit(title, message, channel)
        return channel

    def close(self) -> None:
        """Remove the tray icon (call at quit)."""
        if self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None

    # ---- internals -----------------------------------------------------------------

    def _ensure_tray(self) -> QSystemTrayIcon | None:
        if self._tray is not None:
            return self._tray
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        icon = self._icon
        if icon is None or icon.isNull():
            app = QApplication.instance()
            icon = app.windowIcon() if app is not None else QIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        tray = QSystemTrayIcon(icon, self)
        tray.setObjectName("notifierTrayIcon")
        tray.setToolTip(self.tr("GlobalAI Desktop"))
        tray.messageClicked.connect(self._on_clicked)
        tray.activated.connect(lambda _reason: self._raise_window())
        tray.show()
        self._tray = tray
        return tray

    def _raise_window(self) -> None:
        win = self._window()
        if win is None:
            return
        top = win.window()
        if top.isMinimized():
            top.showNormal()
        top.raise_()
        top.activateWindow()

    def _on_clicked(self) -> None:
        self._raise_window()
        self.activated.emit(self._last_key)
