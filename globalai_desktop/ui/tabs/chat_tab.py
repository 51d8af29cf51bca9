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
"""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QHBoxLayout, QLabel, QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from globalai_desktop.domain.chat import Conversation, Message, MessageState, Role
from globalai_desktop.services.chat import ChatInputError, ChatService
from globalai_desktop.storage.conversation_export import ConversationImportError
from globalai_desktop.storage.conversations import ConversationStore
from globalai_desktop.ui.chat.composer import Composer
from globalai_desktop.ui.chat.conversation_list import ConversationListPanel
from globalai_desktop.ui.chat.message_view import PAGE, MessageListView, prerender
from globalai_desktop.ui.chat.model_picker import ModelPicker
from globalai_desktop.ui.chat.settings_panel import ConversationSettingsPanel
from globalai_desktop.ui.chat.style import Restyler, chat_colors, css

log = logging.getLogger("globalai.ui.chat")
DRAFT_SAVE_MS = 600


class ChatTab(QWidget, Restyler):
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
        self.picker = ModelPicker(ctx.catalog, self)
        self.view = MessageListView(self, model_label=self._model_label)
        self.composer = Composer(self._send_mode, self._images_ok, self)
        self.settings_panel = ConversationSettingsPanel(self)

        header = QFrame(self)
        header.setObjectName("chatHeader")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(16, 8, 12, 8)
        self.title = QLabel(self)
        self.title.setObjectName("chatTitle")
        self.title.setAccessibleName(self.tr("Conversation title"))
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hl.addWidget(self.title, 1)
        hl.addWidget(self.picker)
        self.settings_btn = QToolButton(self)
        self.settings_btn.setObjectName("chatSettingsToggle")
        self.settings_btn.setText(self.tr("Settings"))
        self.settings_btn.setToolTip(self.tr("Show or hide this conversation's settings"))
        self.settings_btn.setAccessibleName(self.tr("Conversation settings"))
        self.settings_btn.setCheckable(True)
        self.settings_btn.setChecked(True)
        self.settings_btn.toggled.connect(self.settings_panel.setVisible)
        hl.addWidget(self.settings_btn)

        self.notice = QLabel(self)
        self.notice.setObjectName("chatNotice")
        self.notice.setAccessibleName(self.tr("Chat notice"))
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)

        center = QWidget(self)
        center.setObjectName("chatCenter")
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(header)
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
        self._header = header
        self._apply_colors()

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
        self.view.retryRequested.connect(lambda _mid: self._spawn(self._retry()))
        self.view.regenerateRequested.connect(lambda _mid: self._spawn(self._retry()))
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

        self._shortcut(QKeySequence(Qt.Key.Key_Escape), self.stop, "chatStopShortcut")
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
        self.composer.set_busy(self.service.is_busy(conv.id))
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

    async def send(self, text: str, attachments: tuple = ()) -> Message | None:
        try:
            if self.current is None:
                await self.new_conversation()
            assert self.current is not None
            if self.settings_panel.take_pending():     # save edits made just before sending
                await self._save_settings(self.settings_panel.apply_to(self.current))
            msg = await self.service.send(self.current.id, text, tuple(attachments))
        except ChatInputError as exc:
            self.composer.show_notice(str(exc))     # the typed text stays in the box
            return None
        if self.current is not None and self.current.id == msg.conversation_id:
            self.composer.clear_after_send()
            self._draft_timer.stop()
            await self.service.set_draft(msg.conversation_id, "")
        return msg

    def stop(self) -> None:
        if self.current is not None and self.service.is_busy(self.current.id):
            self._spawn(self.service.stop(self.current.id))

    async def delete_conversation(self, conversation_id: int, title: str = "") -> None:
        ids = self.list_panel.ids()
        await self.service.delete(conversation_id)
        self.list_panel.show_undo(conversation_id, title or self.tr("conversation"))
        if self.current is not None and self.current.id == conversation_id:
            self.current = None
            rest = [i for i in ids if i != conversation_id]
            pos = ids.index(conversation_id) if conversation_id in ids else 0
            if rest:
                await self.open_conversation(rest[min(pos, len(rest) - 1)])
            else:
                self._clear_view()

    async def export_to(self, path: Path | str, fmt: str) -> Path | None:
        if self.current is None:
            return None
        out = await self.service.export(self.current.id, Path(path), fmt)
        self.show_notice(self.tr("Saved to {path}").format(path=str(out)), error=False)
        return out

    async def import_from(self, path: Path | str) -> Conversation | None:
        try:
            conv = await self.service.import_json(Path(path))
        except ConversationImportError as exc:
            self.show_notice(self.tr("Could not import {name}: {reason}").format(
                name=Path(path).name, reason=str(exc)))
            return None
        await self.open_conversation(conv.id)
        self.show_notice(self.tr("Imported “{title}”.").format(title=conv.title), error=False)
        return conv

    def show_notice(self, text: str, error: bool = True) -> None:
        c = chat_colors()
        self.notice.setStyleSheet(
            f"QLabel#chatNotice {{ color: {css(c.error if error else c.text)};"
            f" background: {css(c.chip_bg)}; border-bottom: 1px solid {css(c.border)};"
            f" padding: 6px 16px; }}")
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        if text:
            self._notice_timer.start(12000 if error else 3500)

    async def shutdown(self) -> None:
        """Cancel and await this tab's running jobs (called once at quit)."""
        if self._closed:
            return
        self._closed = True
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
            self.title.setText(conv.title)

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
            self.composer.set_busy(busy)

    def _on_setting_changed(self, key: str, _value=None) -> None:
        if key == "chat.send_shortcut":
            self.composer.refresh_hint()

    def _draft_changed(self) -> None:
        if self.current is not None:
            self._draft_timer.start()

    def _save_draft(self) -> None:
        if self.current is not None:
            self._spawn(self.service.set_draft(self.current.id, self.composer.text()))

    async def _undo_delete(self, conversation_id: int) -> None:
        await self.service.undo_delete(conversation_id)
        await self.open_conversation(conversation_id)

    async def _retry(self) -> None:
        if self.current is not None:
            await self.service.retry(self.current.id)

    async def _edit(self, message_id: int, text: str) -> None:
        await self.service.edit_and_resend(message_id, text)

    async def _load_earlier(self, first_id: int) -> None:
        if self.current is None or self._loading_earlier:
            return          # scrolling at the top asks again and again; one page at a time
        self._loading_earlier = True
        try:
            await self._load_page_before(first_id)
        finally:
            self._loading_earlier = False

    async def _load_page_before(self, first_id: int) -> None:
        assert self.current is not None
        cid = self.current.id
        older = await self.service.load(cid, limit=PAGE + 1, before_id=first_id)
        if self.current is None or self.current.id != cid:
            return
        has_more = len(older) > PAGE
        older = older[-PAGE:]
        rendered = await asyncio.to_thread(prerender, self.view.renderer, older)
        if self.current is None or self.current.id != cid:
            return
        self.view.prepend_messages(older, has_more, rendered)

    async def _change_model(self, model_id: str) -> None:
        if self.current is None:
            await self.new_conversation()
        assert self.current is not None
        conv = self.settings_panel.apply_to(self.current)
        self.settings_panel.take_pending()
        model = self.service.text_model(model_id)
        protocol = conv.protocol
        if model is not None and protocol and protocol not in [p.value for p in model.protocols]:
            protocol = None      # the old override does not exist for this model
        await self._save_settings(conv.with_(model=model_id, protocol=protocol))
        if self.composer.attachments() and not self.service.accepts_images(self.current):
            self.composer.show_notice(self._images_ok()[1])

    def _on_settings_edited(self, conv: Conversation) -> None:
        # The panel knows only its own fields; merge them into the conversation as stored.
        if self.current is not None and conv.id == self.current.id:
            conv = self.settings_panel.apply_to(self.current)
        self._spawn(self._save_settings(conv))

    async def _save_settings(self, conv: Conversation) -> None:
        if self.current is None or conv.id != self.current.id:
            await self.service.save_settings(conv)
            return
        old_model = self.current.model
        self.current = await self.service.save_settings(conv.with_(draft=self.current.draft))
        if (self.current.model != old_model
                or self.settings_panel.apply_to(self.current) != self.current):
            self._show_conversation(self.current)
        else:
            self.settings_panel.rebase(self.current)    # the fields already show these values

    async def _refresh_usage(self) -> None:
        if self.current is not None:
            self.settings_panel.set_usage(await self.service.usage_total(self.current.id))

    # --- internals: presentation --------------------------------------------------------

    def _show_conversation(self, conv: Conversation) -> None:
        self.title.setText(conv.title)
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
        self.composer.set_busy(False)
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
        conv = self.current
        if conv is None:
            from globalai_desktop.domain.chat import Conversation as _C
            conv = _C(id=0, model=self.service.default_model())
        if self.service.accepts_images(conv):
            return True, ""
        proto = self.service.protocol_for(conv).value
        return False, self.tr("{model} cannot take images over the {protocol} protocol. Pick a "
                              "model that accepts images (for GPT, use the OpenAI protocol).").format(
            model=self._model_label(conv.model), protocol=proto)

    def _shortcut(self, seq, slot, name: str, widget: QWidget | None = None) -> QShortcut:
        sc = QShortcut(seq, widget or self)
        sc.setObjectName(name)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)
        return sc

    def _pick_export(self, conversation_id: int, fmt: str) -> None:
        title = self.list_panel.title_of(conversation_id) or "conversation"
        safe = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", title).strip()[:60] or "conversation"
        ext, filt = ((".md", self.tr("Markdown (*.md)")) if fmt == "markdown"
                     else (".json", self.tr("JSON (*.json)")))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export conversation"),
                                              str(Path.home() / (safe + ext)), filt)
        if path:
            async def run() -> None:
                await self.open_conversation(conversation_id)
                await self.export_to(path, fmt)
            self._spawn(run())

    def _pick_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import conversation"), str(Path.home()),
                                              self.tr("Conversation (*.json);;All files (*)"))
        if path:
            self._spawn(self.import_from(path))

    def _apply_colors(self) -> None:
        c = chat_colors()
        self._header.setStyleSheet(f"QFrame#chatHeader {{ border-bottom: 1px solid {css(c.border)}; }}")

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._palette_changed():
            self._apply_colors()

