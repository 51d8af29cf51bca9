"""What the person can do in the Chat tab: send, stop, retry, edit, delete and undo,
export and import, change the model and the conversation's settings, page back in history.

:class:`ChatActions` is a mixin of :class:`ui.tabs.chat_tab.ChatTab`, kept in its own module
so each file stays readable.  It relies on the tab's attributes: ``service`` (ChatService),
``current`` (the open Conversation or None), ``view``, ``composer``, ``list_panel``,
``settings_panel``, ``_draft_timer``, ``_loading_earlier`` and on the tab's methods
``open_conversation``, ``new_conversation``, ``show_notice``, ``_spawn``, ``_clear_view`` and
``_show_conversation``.  Every method is safe to call from a Qt slot via ``_spawn``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from globalai_desktop.domain.chat import Conversation, Message
from globalai_desktop.services.chat import ChatInputError
from globalai_desktop.storage.conversation_export import ConversationImportError
from globalai_desktop.ui.chat.file_dialogs import (ask_export_path, ask_export_target,
                                                   ask_import_path)
from globalai_desktop.ui.chat.message_view import PAGE
from globalai_desktop.ui.chat.prerender import prerender


def _tr(text: str) -> str:
    # The strings belong to the tab: one translation context ("ChatTab") for the mixin too.
    return QCoreApplication.translate("ChatTab", text)


class ChatActions:
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
        self.list_panel.show_undo(conversation_id, title or _tr("conversation"))
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
        self.show_notice(_tr("Saved to {path}").format(path=str(out)), error=False)
        return out

    async def import_from(self, path: Path | str) -> Conversation | None:
        try:
            conv = await self.service.import_json(Path(path))
        except ConversationImportError as exc:
            self.show_notice(_tr("Could not import {name}: {reason}").format(
                name=Path(path).name, reason=str(exc)))
            return None
        await self.open_conversation(conv.id)
        self.show_notice(_tr("Imported “{title}”.").format(title=conv.title), error=False)
        return conv

    async def _undo_delete(self, conversation_id: int) -> None:
        await self.service.undo_delete(conversation_id)
        await self.open_conversation(conversation_id)

    async def _retry(self, message_id: int | None = None) -> None:
        if self.current is not None:
            await self.service.retry(self.current.id, message_id)

    def retry_last(self) -> None:
        """Ctrl+R: retry the failed or interrupted reply, or write the last reply again."""
        if self.current is not None and not self.service.is_busy(self.current.id):
            self._spawn(self._retry())

    def copy_last_reply(self) -> None:
        """Ctrl+Shift+C: copy the newest reply's text."""
        w = self.view.last_reply_widget()
        if w is not None:
            w.copy_to_clipboard()

    def edit_last_message(self) -> None:
        """Ctrl+Shift+E: open the newest of the person's messages for editing."""
        w = self.view.last_user_widget()
        if w is not None:
            self.view.ensureWidgetVisible(w)
            w.begin_edit()

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

    def can_export(self) -> bool:
        """True when a conversation with at least one message is open."""
        return self.current is not None and bool(self.view.message_ids())

    def ask_export(self) -> None:
        """Ask where to save the open conversation (Markdown or JSON), then save it."""
        if not self.can_export():
            return
        target = ask_export_target(self, self.current.title)
        if target:
            self._spawn(self.export_to(*target))

    def ask_import(self) -> None:
        """Ask for a conversation file (JSON), then import and open it."""
        self._pick_import()

    def _pick_export(self, conversation_id: int, fmt: str) -> None:
        path = ask_export_path(self, self.list_panel.title_of(conversation_id), fmt)
        if path:
            async def run() -> None:
                await self.open_conversation(conversation_id)
                await self.export_to(path, fmt)
            self._spawn(run())

    def _pick_import(self) -> None:
        path = ask_import_path(self)
        if path:
            self._spawn(self.import_from(path))
