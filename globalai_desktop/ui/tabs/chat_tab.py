"""The Chat tab: conversations on the left, the open conversation in the middle, its
settings on the right.

Built from the AppContext (``ctx.client``, ``ctx.catalog``, ``ctx.errors``, ``ctx.settings``,
``ctx.data_dir``); the conversation database is ``<data_dir>/conversations.db``.  All work
goes through :class:`services.chat.ChatService`; this module wires widgets to it.

Public interface (for the shell and tests)::

    tab = ChatTab(ctx, parent)
    await tab.ready()                       # first list load done, last conversation opened
    await tab.open_conversation(id)
    await tab.new_conversation()
    await tab.export_to(path, "markdown" | "json")   # the current conversation
    await tab.import_from(path)             # opens the imported conversation
    await tab.shutdown()                    # stops replies (partial text kept), saves the draft
    tab.service / tab.view / tab.composer / tab.list_panel / tab.picker / tab.settings_panel

Keyboard (active inside the tab): Ctrl+Enter or Enter sends (setting ``chat.send_shortcut``),
Esc stops a streaming reply, Ctrl+R retries / regenerates the last reply, Ctrl+Shift+C
copies it, Ctrl+Shift+E edits the last message, Ctrl+N new conversation, Ctrl+F search,
F2 rename and Delete delete (in the conversation list; Undo follows).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from globalai_desktop.domain.chat import Conversation, Message, MessageState, Role
from globalai_desktop.services.chat import ChatInputError, ChatService
from globalai_desktop.storage.conversation_export import ConversationImportError
from globalai_desktop.storage.conversations import ConversationStore
from globalai_desktop.ui.chat.actions import ChatActions
from globalai_desktop.ui.chat.composer import Composer
from globalai_desktop.ui.chat.conversation_list import ConversationListPanel
from globalai_desktop.ui.chat.message_view import PAGE, MessageListView
from globalai_desktop.ui.chat.prerender import prerender
from globalai_desktop.ui.chat.header import ChatHeader, NoticeBar
from globalai_desktop.ui.chat.settings_panel import ConversationSettingsPanel

log = logging.getLogger("globalai.ui.chat")
DRAFT_SAVE_MS = 600


class ChatTab(QWidget, ChatActions):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("chatTab")
        self.setAccessibleName(self.tr("Chat"))
        self.current: Conversation | None = None
        self._open_seq = 0
        self._loading_earlier = False
        self._tasks: set[asyncio.Task] = set()
        self._closed = False
        self._ready = asyncio.Event()

        store = ConversationStore.in_dir(Path(ctx.data_dir))
        self.service = ChatService(store, ctx.client, ctx.catalog, ctx.errors, ctx.settings, self)

        # --- widgets ----------------------------------------------------------------------
        self.list_panel = ConversationListPanel(self)
        self.view = MessageListView(self, model_label=self._model_label)
        self.composer = Composer(self._send_mode, self._images_ok, self)
        self.settings_panel = ConversationSettingsPanel(self)

        self.header = ChatHeader(ctx.catalog, self)
        self.title, self.picker = self.header.title, self.header.picker
        self.header.settings_btn.toggled.connect(self.settings_panel.setVisible)
        self.notice = NoticeBar(self)

        center = QWidget(self)
        center.setObjectName("chatCenter")
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.header)
        cl.addWidget(self.notice)
        cl.addWidget(self.view, 1)
        wrap = QHBoxLayout()
        wrap.setContentsMargins(16, 8, 16, 12)
        wrap.addWidget(self.composer)
        cl.addLayout(wrap)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("chatSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.settings_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([250, 800, 270])
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.splitter)

        # --- wiring -----------------------------------------------------------------------
        s = self.service
        s.conversationsChanged.connect(self._schedule_list_refresh)
        s.conversationChanged.connect(self._on_conversation_changed)
        s.messageAdded.connect(self._on_message_added)
        s.messageUpdated.connect(self._on_message_updated)
        s.messagesRemoved.connect(self._on_messages_removed)
        s.streamDelta.connect(self.view.append_delta)
        s.busyChanged.connect(self._on_busy)

        lp = self.list_panel
        lp.conversationSelected.connect(lambda cid: self._spawn(self.open_conversation(cid)))
        lp.newRequested.connect(lambda: self._spawn(self.new_conversation()))
        lp.renameRequested.connect(lambda cid, t: self._spawn(self.service.rename(cid, t)))
        lp.deleteRequested.connect(lambda cid, t: self._spawn(self.delete_conversation(cid, t)))
        lp.undoRequested.connect(lambda cid: self._spawn(self._undo_delete(cid)))
        lp.searchChanged.connect(lambda _q: self._spawn(self.refresh_list()))
        lp.importRequested.connect(self._pick_import)
        lp.exportRequested.connect(self._pick_export)

        self.picker.modelChosen.connect(lambda mid: self._spawn(self._change_model(mid)))
        self.settings_panel.edited.connect(self._on_settings_edited)

        self.composer.sendRequested.connect(lambda text, atts: self._spawn(self.send(text, atts)))
        self.composer.stopRequested.connect(self.stop)
        self.composer.textEdited.connect(self._draft_changed)

        self.view.loadEarlierRequested.connect(lambda first: self._spawn(self._load_earlier(first)))
        self.view.retryRequested.connect(lambda mid: self._spawn(self._retry(mid)))
        self.view.regenerateRequested.connect(lambda mid: self._spawn(self._retry(mid)))
        self.view.editSubmitted.connect(lambda mid, text: self._spawn(self._edit(mid, text)))
        self.view.notice.connect(lambda text: self.show_notice(text, error=False))

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self._save_draft)
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(80)        # coalesce bursts of "list changed"
        self._list_timer.timeout.connect(lambda: self._spawn(self.refresh_list()))

        # Escape is taken only while a reply streams (elsewhere it keeps its usual meaning).
        self._stop_shortcut = self._shortcut(QKeySequence(Qt.Key.Key_Escape), self.stop,
                                             "chatStopShortcut")
        self._stop_shortcut.setEnabled(False)
        self._shortcut(QKeySequence("Ctrl+R"), self.retry_last, "chatRetryShortcut")
        self._shortcut(QKeySequence("Ctrl+Shift+C"), self.copy_last_reply, "chatCopyShortcut")
        self._shortcut(QKeySequence("Ctrl+Shift+E"), self.edit_last_message, "chatEditShortcut")
        self._shortcut(QKeySequence.StandardKey.New, lambda: self._spawn(self.new_conversation()),
                       "chatNewShortcut")
        self._shortcut(QKeySequence.StandardKey.Find, self.list_panel.search.setFocus,
                       "chatFindShortcut")
        self._shortcut(QKeySequence(Qt.Key.Key_F2), self.list_panel.rename_current,
                       "chatRenameShortcut", self.list_panel.list)
        self._shortcut(QKeySequence.StandardKey.Delete, self.list_panel.delete_current,
                       "chatDeleteShortcut", self.list_panel.list)
        self.composer.edit.setFocus()
        changed = getattr(ctx.settings, "changed", None)
        if changed is not None and hasattr(changed, "connect"):
            changed.connect(self._on_setting_changed)

        self._update_empty_state()
        self._spawn(self._initial_load())

    # --- public ---------------------------------------------------------------------------

    async def ready(self) -> None:
        await self._ready.wait()

    async def refresh_list(self) -> None:
        items = await self.service.list_conversations(self.list_panel.search.text())
        self.list_panel.set_items(items, self.current.id if self.current else None)

    async def open_conversation(self, conversation_id: int) -> None:
        if self.current is not None and self.current.id == conversation_id:
            return
        self._open_seq += 1
        seq = self._open_seq
        await self._leave_current()
        conv = await self.service.get(conversation_id)
        messages = await self.service.load(conversation_id, limit=PAGE + 1)
        if seq != self._open_seq or conv is None:
            return           # another conversation was opened meanwhile
        has_more = len(messages) > PAGE
        messages = [self._with_live_text(m) for m in messages[-PAGE:]]
        rendered = await asyncio.to_thread(prerender, self.view.renderer, messages)
        if seq != self._open_seq:
            return
        self.current = conv
        self.view.set_messages(messages, has_more, rendered)
        self._show_conversation(conv)
        self.composer.set_text(conv.draft)
        self._set_busy(self.service.is_busy(conv.id))
        self.composer.show_notice("")
        self._update_empty_state()
        self.list_panel.set_items(await self.service.list_conversations(
            self.list_panel.search.text()), conv.id)
        await self._refresh_usage()

    async def new_conversation(self) -> Conversation:
        model = self.current.model if self.current is not None else None
        conv = await self.service.new_conversation(model)
        await self.open_conversation(conv.id)
        self.composer.edit.setFocus()
        return conv

    def show_notice(self, text: str, error: bool = True) -> None:
        self.notice.show_text(text, error)

    async def shutdown(self) -> None:
        """Cancel and await this tab's running jobs (called once at quit)."""
        if self._closed:
            return
        self._closed = True
        changed = getattr(self.ctx.settings, "changed", None)
        if changed is not None and hasattr(changed, "disconnect"):
            changed.disconnect(self._on_setting_changed)
        self._draft_timer.stop()
        if self.current is not None and self.settings_panel.take_pending():
            try:
                self.service.store.save_settings(self.settings_panel.apply_to(self.current))
            except Exception:  # noqa: BLE001 - quitting must not fail on settings
                log.exception("could not save the conversation settings")
        if self.current is not None:
            try:
                self.service.store.set_draft(self.current.id, self.composer.text())
            except Exception:  # noqa: BLE001 - quitting must not fail on a draft
                log.exception("could not save the draft")
        await self.composer.shutdown()
        await self.view.shutdown()
        tasks = [t for t in self._tasks if not t.done()]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.service.shutdown()

    # --- internals: async plumbing --------------------------------------------------------

    def _spawn(self, coro) -> asyncio.Task | None:
        if self._closed:
            coro.close()
            return None
        task = asyncio.ensure_future(self._guard(coro))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _guard(self, coro) -> None:
        try:
            await coro
        except asyncio.CancelledError:
            raise
        except ChatInputError as exc:
            self.composer.show_notice(str(exc))
        except ConversationImportError as exc:
            self.show_notice(str(exc))
        except OSError as exc:
            self.show_notice(self.tr("The file could not be written: {reason}").format(
                reason=exc.strerror or str(exc)))
        except Exception as exc:  # noqa: BLE001 - shown to the person, never swallowed silently
            log.exception("chat action failed")
            self.ctx.errors.report(exc, action=self.tr("complete the chat action"))

    async def _initial_load(self) -> None:
        try:
            items = await self.service.list_conversations()
            if items and self.current is None:
                await self.open_conversation(items[0].id)
            else:
                self.list_panel.set_items(items, None)
        finally:
            self._ready.set()

    async def _leave_current(self) -> None:
        """Save what belongs to the conversation being left (draft, pending settings)."""
        if self.current is not None and self.settings_panel.take_pending():
            await self.service.save_settings(self.settings_panel.apply_to(self.current))
        if self.current is not None:
            self._draft_timer.stop()
            await self.service.set_draft(self.current.id, self.composer.text())

    def _with_live_text(self, m: Message) -> Message:
        if m.state is MessageState.STREAMING:
            live = self.service.live_text(m.id)
            if live is not None:
                return m.with_(text=live)
        return m

    # --- internals: reactions -----------------------------------------------------------

    def _schedule_list_refresh(self) -> None:
        self._list_timer.start()

    def _on_conversation_changed(self, conv: Conversation) -> None:
        if self.current is not None and conv.id == self.current.id:
            self.current = conv.with_(draft=self.current.draft)
            self.title.setText(self.list_panel.display_title(conv.title))

    def _on_message_added(self, m: Message) -> None:
        if self.current is not None and m.conversation_id == self.current.id:
            self.view.add_message(m)
            self._update_empty_state()

    def _on_message_updated(self, m: Message) -> None:
        if self.current is not None and m.conversation_id == self.current.id:
            self.view.update_message(m)
            if m.role is Role.ASSISTANT and m.state is not MessageState.STREAMING:
                self._spawn(self._refresh_usage())

    def _on_messages_removed(self, conversation_id: int, first_id: int) -> None:
        if self.current is not None and conversation_id == self.current.id:
            self.view.remove_from(first_id)
            self._update_empty_state()

    def _on_busy(self, conversation_id: int, busy: bool) -> None:
        if self.current is not None and conversation_id == self.current.id:
            self._set_busy(busy)

    def _set_busy(self, busy: bool) -> None:
        self.composer.set_busy(busy)
        self._stop_shortcut.setEnabled(busy)

    def _on_setting_changed(self, key: str, _value=None) -> None:
        if key == "chat.send_shortcut":
            self.composer.refresh_hint()

    def _draft_changed(self) -> None:
        if self.current is not None:
            self._draft_timer.start()

    def _save_draft(self) -> None:
        if self.current is not None:
            self._spawn(self.service.set_draft(self.current.id, self.composer.text()))

    # --- internals: presentation --------------------------------------------------------

    def _show_conversation(self, conv: Conversation) -> None:
        self.title.setText(self.list_panel.display_title(conv.title))
        self.picker.set_model(conv.model)
        model = self.service.text_model(conv.model)
        protocols = tuple(model.protocols) if model else ()
        self.settings_panel.set_conversation(conv, protocols,
                                             model.default_protocol if model else None)

    def _clear_view(self) -> None:
        self.current = None
        self.view.clear()
        self.title.setText("")
        self.settings_panel.set_conversation(None)
        self.composer.set_text("")
        self._set_busy(False)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        if self.current is None:
            self.title.setText(self.tr("New conversation"))
            self.picker.set_model(self.service.default_model())
        label = self._model_label(self.current.model if self.current else self.service.default_model())
        self.view.set_empty_text(self.tr("Ask {model} anything.\nReplies stream in as they are "
                                         "written; Esc stops them.").format(model=label))

    def _model_label(self, model_id: str) -> str:
        m = self.service.text_model(model_id)
        return m.label if m is not None else model_id

    def _send_mode(self) -> str:
        try:
            value = self.ctx.settings.get("chat.send_shortcut")
        except Exception:  # noqa: BLE001 - a settings object without this key
            value = None
        return "enter" if value == "enter" else "ctrl+enter"

    def _images_ok(self) -> tuple[bool, str]:
        conv = self.current or Conversation(id=0, model=self.service.default_model())
        why = self.service.image_refusal(conv)
        return (why is None), (why or "")

    def _shortcut(self, seq, slot, name: str, widget: QWidget | None = None) -> QShortcut:
        sc = QShortcut(seq, widget or self)
        sc.setObjectName(name)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)
        return sc
