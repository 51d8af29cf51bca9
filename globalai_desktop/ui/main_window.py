"""The main window: Chat, Image and Video tabs, menus, notices and the status bar.

It receives every service from the composition root (``app.py``) and builds none.
Contract:
- ``MainWindow(ctx, shell)``; ``shell`` is the ``app.Shell`` (keys, presenter, theme,
  settings dialog inputs, quit/demo requests).  Tabs are built as ``Tab(ctx, parent)``
  from ``tab_factories``; a tab that fails to build is replaced by a notice saying so,
  and the rest of the app still works.
- ``firstPainted`` fires once, after the first paint (``--quit-after-startup`` waits for it).
- Closing the window asks ``shell.request_quit()``; the shell shuts down and quits.
- Geometry, window state and the last tab are kept in ``settings.state`` at quit
  (``save_geometry``), not on every tab switch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QStyle, QTabWidget,
                               QVBoxLayout, QWidget)

from globalai_desktop.ui.notification_bar import NotificationBar
from globalai_desktop.ui.status_widgets import ConnectionIndicator, DemoBadge

log = logging.getLogger(__name__)

DOCS_URL = "https://docs.globalaiopc.com/en"
TabFactory = tuple[str, str, Callable[[Any, QWidget], QWidget]]   # (name, title, factory)


def default_tab_factories() -> list[TabFactory]:
    from globalai_desktop.ui.tabs.chat_tab import ChatTab
    from globalai_desktop.ui.tabs.image_tab import ImageTab
    from globalai_desktop.ui.tabs.video_tab import VideoTab

    tr = lambda s: QApplication.translate("MainWindow", s)  # noqa: E731
    return [("chat", tr("Chat"), ChatTab), ("image", tr("Image"), ImageTab),
            ("video", tr("Video"), VideoTab)]


class MainWindow(QMainWindow):
    firstPainted = Signal()

    def __init__(self, ctx: Any, shell: Any, *,
                 tab_factories: list[TabFactory] | None = None) -> None:
        super().__init__()
        self.ctx, self.shell = ctx, shell
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("GlobalAI Desktop"))
        self.setWindowTitle(self.tr("GlobalAI Desktop"))
        if shell.icon is not None:
            self.setWindowIcon(shell.icon)
        self._painted = False
        self.tabs_by_name: dict[str, QWidget] = {}

        central = QWidget(self)
        central.setObjectName("central")
        col = QVBoxLayout(central)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        self.notices = NotificationBar(central)
        col.addWidget(self.notices)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Workspaces"))
        self.tabs.setDocumentMode(True)
        col.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        for name, title, factory in (tab_factories or default_tab_factories()):
            self.tabs.addTab(self._build_tab(name, title, factory), title)

        self._build_menus()
        self._build_status_bar()
        shell.presenter.attach(self, self.notices, self.open_settings)
        self._restore_geometry()

    # --- tabs ---------------------------------------------------------------------------
    def _build_tab(self, name: str, title: str, factory: Callable) -> QWidget:
        try:
            tab = factory(self.ctx, self.tabs)
        except Exception as e:  # one broken tab must not take the whole app down
            log.exception("the %s tab could not be built", name)
            tab = QLabel(self.tr("The {title} tab could not be loaded: {error}\nThe details "
                                 "are in the log file (Help ▸ Open Log Folder).").format(
                                     title=title, error=e), self.tabs)
            tab.setObjectName(f"{name}TabError")
            tab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tab.setWordWrap(True)
        tab.setAccessibleName(title)
        self.tabs_by_name[name] = tab
        return tab

    # --- menus --------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable, shortcuts: list | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        a = QAction(text, self)
        a.setObjectName(name)
        if shortcuts:
            a.setShortcuts([QKeySequence(s) for s in shortcuts])
        if icon is not None:
            a.setIcon(self.style().standardIcon(icon))
        a.triggered.connect(lambda _=False: slot())
        return a

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.import_action = self._action("importConversationAction",
                                          self.tr("&Import Conversation…"),
                                          self.import_conversation)
        self.export_action = self._action("exportConversationAction",
                                          self.tr("&Export Conversation…"),
                                          self.export_conversation)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        # Enabled from what the Chat tab holds right now, each time the menu opens.
        file_menu.aboutToShow.connect(self.update_file_actions)
        self.update_file_actions()
        self.settings_action = self._action("settingsAction", self.tr("&Settings…"),
                                            self.open_settings,
                                            ["Ctrl+,", QKeySequence.StandardKey.Preferences])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = self._action("quitAction", self.tr("&Quit"), self.shell.request_quit,
                                        ["Ctrl+Q"])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit = bar.addMenu(self.tr("&Edit"))
        edit.setObjectName("editMenu")
        for name, text, method, key in (
                ("undoAction", self.tr("&Undo"), "undo", QKeySequence.StandardKey.Undo),
                ("redoAction", self.tr("&Redo"), "redo", QKeySequence.StandardKey.Redo),
                (None, None, None, None),
                ("cutAction", self.tr("Cu&t"), "cut", QKeySequence.StandardKey.Cut),
                ("copyAction", self.tr("&Copy"), "copy", QKeySequence.StandardKey.Copy),
                ("pasteAction", self.tr("&Paste"), "paste", QKeySequence.StandardKey.Paste),
                (None, None, None, None),
                ("selectAllAction", self.tr("Select &All"), "selectAll",
                 QKeySequence.StandardKey.SelectAll)):
            if name is None:
                edit.addSeparator()
                continue
            # Forwarded to the focused text widget; its own key handling wins for the
            # shortcut itself (text widgets accept ShortcutOverride for these keys).
            edit.addAction(self._action(name, text, lambda m=method: self._edit(m), [key]))

        view = bar.addMenu(self.tr("&View"))
        view.setObjectName("viewMenu")
        for i in range(self.tabs.count()):
            view.addAction(self._action(f"showTab{i + 1}Action", self.tabs.tabText(i),
                                        lambda i=i: self.tabs.setCurrentIndex(i),
                                        [f"Ctrl+{i + 1}"]))
        view.addSeparator()
        theme_menu = view.addMenu(self.tr("&Theme"))
        theme_menu.setObjectName("themeMenu")
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for value, text in (("system", self.tr("Follow the &System")),
                            ("light", self.tr("&Light")), ("dark", self.tr("&Dark"))):
            a = self._action(f"theme_{value}", text, lambda v=value: self._set_theme(v))
            a.setCheckable(True)
            group.addAction(a)
            theme_menu.addAction(a)
            self.theme_actions[value] = a
        self._sync_theme_actions()
        self.ctx.settings.changed.connect(self._on_setting_changed)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self._action("docsAction", self.tr("&Documentation"),
                                         lambda: QDesktopServices.openUrl(QUrl(DOCS_URL)),
                                         [QKeySequence.StandardKey.HelpContents],
                                         QStyle.StandardPixmap.SP_DialogHelpButton))
        help_menu.addAction(self._action("openLogsAction", self.tr("Open &Log Folder"),
                                         self.open_log_folder, None,
                                         QStyle.StandardPixmap.SP_DirOpenIcon))
        help_menu.addSeparator()
        about = self._action("aboutAction", self.tr("&About GlobalAI Desktop"),
                             self.shell.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    def chat_tab(self) -> Any:
        """The Chat tab, or None when it could not be built."""
        tab = self.tabs_by_name.get("chat")
        return tab if callable(getattr(tab, "ask_import", None)) else None

    def update_file_actions(self) -> None:
        """Import needs the Chat tab; Export an open conversation with messages."""
        chat = self.chat_tab()
        self.import_action.setEnabled(chat is not None)
        self.export_action.setEnabled(chat is not None and chat.can_export())

    def import_conversation(self) -> None:
        """File ▸ Import Conversation: the Chat tab asks for the file and opens it."""
        chat = self.chat_tab()
        if chat is not None:
            self.tabs.setCurrentWidget(chat)
            chat.ask_import()

    def export_conversation(self) -> None:
        """File ▸ Export Conversation: the open chat, as Markdown or JSON."""
        chat = self.chat_tab()
        if chat is not None and chat.can_export():
            chat.ask_export()

    def _edit(self, method: str) -> None:
        w = QApplication.focusWidget()
        if w is not None and callable(getattr(w, method, None)):
            getattr(w, method)()

    def _set_theme(self, value: str) -> None:
        if not self.ctx.settings.is_locked("ui.theme"):
            self.ctx.settings.set("ui.theme", value)

    def _sync_theme_actions(self) -> None:
        current = self.ctx.settings.get("ui.theme")
        locked = self.ctx.settings.is_locked("ui.theme")
        for value, a in self.theme_actions.items():
            a.setChecked(value == current)
            a.setEnabled(not locked)

    def _on_setting_changed(self, key: str, _value: Any) -> None:
        if key == "ui.theme":
            self._sync_theme_actions()

    # --- status bar ---------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.setSizeGripEnabled(True)
        self.connection = ConnectionIndicator(bar)
        bar.addWidget(self.connection)
        self.demo_badge = DemoBadge(bar)
        bar.addPermanentWidget(self.demo_badge)
        self.demo_badge.setVisible(bool(self.ctx.demo))
        self.shell.presenter.connectionChanged.connect(self.connection.set_state)
        self.connection.set_state(self.shell.presenter.connection_state, "")

    def set_demo(self, on: bool) -> None:
        self.demo_badge.setVisible(on)
        title = self.tr("GlobalAI Desktop")
        self.setWindowTitle(self.tr("{title} — Demo").format(title=title) if on else title)

    # --- dialogs ------------------------------------------------------------------------
    def open_settings(self, parent: QWidget | None = None) -> None:
        self.shell.open_settings(parent or self)

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.shell.log_dir)))

    # --- geometry, paint, close -----------------------------------------------------------
    def _restore_geometry(self) -> None:
        s = self.ctx.settings
        geometry = s.state("window.geometry")
        restored = False
        if isinstance(geometry, str):
            restored = self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if not restored:
            self.resize(1180, 780)
        state = s.state("window.state")
        if isinstance(state, str):
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        last = s.state("window.last_tab")
        if isinstance(last, int) and 0 <= last < self.tabs.count():
            self.tabs.setCurrentIndex(last)

    def save_geometry(self) -> None:
        s = self.ctx.settings
        s.set_state("window.geometry", bytes(self.saveGeometry().toBase64()).decode("ascii"))
        s.set_state("window.state", bytes(self.saveState().toBase64()).decode("ascii"))
        s.set_state("window.last_tab", self.tabs.currentIndex())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # The shell decides: it saves, shuts the services down, then quits the app.
        if self.shell.closing_done:
            event.accept()
            return
        event.ignore()
        self.shell.request_quit()
