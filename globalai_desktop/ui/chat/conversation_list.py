"""The side list of conversations: search, new, rename, delete with Undo, import/export.

The panel only shows what it is given (:meth:`set_items`) and reports what the person
asked for through signals; the Chat tab does the work through the chat service.
Keyboard: Ctrl+N new, F2 rename, Delete delete, Ctrl+F search (tab-level shortcuts).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu,
    QPushButton, QStyle, QStyledItemDelegate, QToolButton, QVBoxLayout, QWidget,
)

from globalai_desktop.domain.chat import DEFAULT_TITLE, ConversationSummary
from globalai_desktop.ui.chat import dates
from globalai_desktop.ui.chat.style import Restyler, chat_colors, css, mix

UNDO_SECONDS = 10
ID_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3


class ConversationDelegate(QStyledItemDelegate):
    """Title in bold, "time · model" below in a muted colour, and the search hit (if any)
    on a third line; the selection is a soft rounded highlight."""

    PAD = 8

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        fm = option.fontMetrics
        lines = 3 if index.data(SNIPPET_ROLE) else 2
        return QSize(120, lines * (fm.height() + 2) + 2 * self.PAD)

    def paint(self, painter: QPainter, option, index) -> None:
        c = chat_colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect.adjusted(2, 1, -2, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hover:
            bg = mix(c.view_bg, c.accent, 0.16 if selected else 0.06)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg)
            painter.drawRoundedRect(r, 7, 7)
        x, w = r.x() + self.PAD, r.width() - 2 * self.PAD
        y = r.y() + self.PAD
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        fm_b, fm = QFontMetrics(bold), QFontMetrics(option.font)
        painter.setFont(bold)
        painter.setPen(c.text)
        title = fm_b.elidedText(index.data(TITLE_ROLE) or "", Qt.TextElideMode.ElideRight, w)
        painter.drawText(QRect(x, y, w, fm_b.height()), Qt.AlignmentFlag.AlignLeft, title)
        y += fm.height() + 2
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        painter.setFont(small)
        painter.setPen(c.muted)
        meta = QFontMetrics(small).elidedText(index.data(META_ROLE) or "",
                                              Qt.TextElideMode.ElideRight, w)
        painter.drawText(QRect(x, y, w, fm.height()), Qt.AlignmentFlag.AlignLeft, meta)
        snippet = index.data(SNIPPET_ROLE)
        if snippet:
            y += fm.height() + 2
            small.setItalic(True)
            painter.setFont(small)
            painter.drawText(QRect(x, y, w, fm.height()), Qt.AlignmentFlag.AlignLeft,
                             QFontMetrics(small).elidedText(snippet, Qt.TextElideMode.ElideRight, w))
        painter.restore()


class ConversationListPanel(QWidget, Restyler):
    conversationSelected = Signal(int)
    newRequested = Signal()
    renameRequested = Signal(int, str)
    deleteRequested = Signal(int, str)        # id, title (for the Undo bar)
    undoRequested = Signal(int)
    searchChanged = Signal(str)
    importRequested = Signal()
    exportRequested = Signal(int, str)        # id, "markdown" | "json"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatConversationPanel")
        self.setAccessibleName(self.tr("Conversations"))
        self._suppress = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 4, 8)
        lay.setSpacing(6)

        top = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New chat"), self)
        self.new_btn.setObjectName("chatNewConversation")
        self.new_btn.setAccessibleName(self.tr("New conversation"))
        self.new_btn.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.new_btn.clicked.connect(self.newRequested)
        top.addWidget(self.new_btn, 1)
        self.more_btn = QToolButton(self)
        self.more_btn.setObjectName("chatConversationMenu")
        self.more_btn.setText("⋯")
        self.more_btn.setToolTip(self.tr("Import and export"))
        self.more_btn.setAccessibleName(self.tr("Import and export"))
        self.more_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_btn)
        self.import_action = QAction(self.tr("Import conversation (JSON)…"), self)
        self.import_action.setObjectName("chatImportAction")
        self.import_action.triggered.connect(self.importRequested)
        self.export_md_action = QAction(self.tr("Export as Markdown…"), self)
        self.export_md_action.setObjectName("chatExportMarkdownAction")
        self.export_md_action.triggered.connect(lambda: self._export("markdown"))
        self.export_json_action = QAction(self.tr("Export as JSON…"), self)
        self.export_json_action.setObjectName("chatExportJsonAction")
        self.export_json_action.triggered.connect(lambda: self._export("json"))
        menu.addAction(self.import_action)
        menu.addSeparator()
        menu.addAction(self.export_md_action)
        menu.addAction(self.export_json_action)
        self.more_btn.setMenu(menu)
        top.addWidget(self.more_btn)
        lay.addLayout(top)

        self.search = QLineEdit(self)
        self.search.setObjectName("chatSearch")
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setPlaceholderText(self.tr("Search titles and messages"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)     # search once typing pauses
        self._search_timer.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        lay.addWidget(self.search)

        self.list = QListWidget(self)
        self.list.setObjectName("chatConversationList")
        self.list.setAccessibleName(self.tr("Conversation list"))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.setMouseTracking(True)          # hover highlight
        lay.addWidget(self.list, 1)

        self.empty = QLabel(self)
        self.empty.setObjectName("chatConversationListEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        lay.addWidget(self.empty)

        # Undo bar after a delete
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("chatUndoBar")
        ub = QHBoxLayout(self.undo_bar)
        ub.setContentsMargins(8, 4, 4, 4)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setObjectName("chatUndoLabel")
        self.undo_label.setWordWrap(True)
        self.undo_btn = QPushButton(self.tr("Undo"), self.undo_bar)
        self.undo_btn.setObjectName("chatUndoDelete")
        self.undo_btn.setAccessibleName(self.tr("Undo delete"))
        self.undo_btn.clicked.connect(self._undo)
        ub.addWidget(self.undo_label, 1)
        ub.addWidget(self.undo_btn)
        self.undo_bar.hide()
        lay.addWidget(self.undo_bar)
        self._undo_id: int | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self.undo_bar.hide)
        self._apply_colors()

    # --- content --------------------------------------------------------------------------

    def set_items(self, items: list[ConversationSummary], current_id: int | None) -> None:
        self._suppress = True
        try:
            self.list.clear()
            for s in items:
                it = QListWidgetItem(self._label(s))
                it.setData(ID_ROLE, s.id)
                it.setData(TITLE_ROLE, self.display_title(s.title))
                it.setData(META_ROLE, dates.list_time(s.updated_at) + (f" · {s.model}" if s.model else ""))
                it.setData(SNIPPET_ROLE, f"“{s.snippet.strip()}”" if s.snippet else "")
                it.setToolTip(s.title + (f"\n{s.model}" if s.model else ""))
                self.list.addItem(it)
                if s.id == current_id:
                    self.list.setCurrentItem(it)
        finally:
            self._suppress = False
        searching = bool(self.search.text().strip())
        self.empty.setText(self.tr("No conversation matches “{q}”.").format(q=self.search.text().strip())
                           if searching else self.tr("No conversations yet."))
        self.empty.setVisible(not items)

    def display_title(self, title: str) -> str:
        """A stored title as shown: the untouched default title is shown translated."""
        return self.tr("New conversation") if title == DEFAULT_TITLE else title

    def _label(self, s: ConversationSummary) -> str:
        when = dates.list_time(s.updated_at)
        text = f"{s.title}\n{when}" + (f" · {s.model}" if s.model else "")
        if s.snippet:
            text += f"\n“{s.snippet.strip()}”"
        return text

    def current_id(self) -> int | None:
        it = self.list.currentItem()
        return int(it.data(ID_ROLE)) if it is not None else None

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def title_of(self, conversation_id: int) -> str:
        for i in range(self.list.count()):
            it = self.list.item(i)
            if int(it.data(ID_ROLE)) == conversation_id:
                return it.data(TITLE_ROLE) or ""
        return ""

    def show_undo(self, conversation_id: int, title: str) -> None:
        self._undo_id = conversation_id
        self.undo_label.setText(self.tr("Deleted “{title}”.").format(title=title))
        self.undo_bar.show()
        self._undo_timer.start()

    # --- actions --------------------------------------------------------------------------

    def _on_current(self, cur: QListWidgetItem | None, _prev) -> None:
        if cur is not None and not self._suppress:
            self.conversationSelected.emit(int(cur.data(ID_ROLE)))

    def rename_current(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename conversation"), self.tr("Title:"),
                                         QLineEdit.EchoMode.Normal, self.title_of(cid))
        if ok and title.strip():
            self.renameRequested.emit(cid, title.strip())

    def delete_current(self) -> None:
        cid = self.current_id()
        if cid is not None:
            self.deleteRequested.emit(cid, self.title_of(cid))

    def _undo(self) -> None:
        if self._undo_id is not None:
            self.undoRequested.emit(self._undo_id)
        self._undo_id = None
        self.undo_bar.hide()

    def _export(self, fmt: str) -> None:
        cid = self.current_id()
        if cid is not None:
            self.exportRequested.emit(cid, fmt)

    def _context_menu(self, pos) -> None:
        it = self.list.itemAt(pos)
        if it is None:
            return
        self.list.setCurrentItem(it)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), self.rename_current)
        menu.addAction(self.tr("Export as Markdown…"), lambda: self._export("markdown"))
        menu.addAction(self.tr("Export as JSON…"), lambda: self._export("json"))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_current)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def _apply_colors(self) -> None:
        c = chat_colors()
        self.empty.setStyleSheet(f"color: {css(c.muted)}; padding: 16px;")
        self.undo_bar.setStyleSheet(f"QFrame#chatUndoBar {{ background: {css(c.chip_bg)};"
                                    f" border: 1px solid {css(c.border)}; border-radius: 6px; }}")
        self.list.setStyleSheet("QListWidget#chatConversationList { background: transparent; }")
        self.more_btn.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._palette_changed():
            self._apply_colors()

