"""ChatService: the QObject that owns conversations and their streaming replies.

The Chat tab talks only to this object; it talks to the conversation store, the catalog and
the API client.  One streaming job per conversation at most; each job keeps its
``asyncio.Task`` so :meth:`stop` can cancel it and wait until the HTTP stream is closed.

Signals (all emitted on the GUI thread)::

    conversationsChanged()            the side list needs a refresh (new, renamed, deleted, activity)
    conversationChanged(Conversation) a conversation's title / settings changed
    messageAdded(Message)             a message was appended (user turn or reply placeholder)
    messageUpdated(Message)           a message's text / state / usage changed (not per chunk)
    messagesRemoved(int, int)         (conversation_id, first_message_id): it and later ones are gone
    streamDelta(int, str)             (message_id, text piece) for each streamed chunk
    busyChanged(int, bool)            (conversation_id, a reply is streaming)

Failure keeps everything: the user's message is written before the request leaves; if no
reply text arrives it is marked FAILED with the reason (and can be retried); if the stream
breaks after text arrived, the partial reply is kept, marked INTERRUPTED; Stop keeps it
marked STOPPED.  Errors that need the person outside this tab (401, 403, balance) also go
to ``errors.report`` so the app shows its dialog, with a Retry hook.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from globalai_desktop.api.errors import (
    APIConnectionError, AuthenticationError, GlobalAIError, InsufficientBalanceError,
    PermissionDeniedError, redact,
)
from globalai_desktop.domain.chat import (
    DEFAULT_TITLE, Attachment, Conversation, ConversationSummary, Message, MessageState, Role,
    TokenUsage, title_from_text,
)
from globalai_desktop.domain.text import ChatRequest, Protocol
from globalai_desktop.services.chat_request import history_to_turns, plain_reason, to_token_usage
from globalai_desktop.storage import conversation_export as export
from globalai_desktop.storage.conversations import ConversationStore

log = logging.getLogger("globalai.chat")

CHECKPOINT_SECONDS = 2.0      # a streaming reply is saved this often, so a crash keeps it
FALLBACK_MODEL = "gpt-5.4"    # used only when neither settings nor catalog name a model
_DIALOG_ERRORS = (AuthenticationError, PermissionDeniedError, InsufficientBalanceError)


class ChatInputError(ValueError):
    """What the person asked for cannot be sent as it is; ``str()`` says why and what to do."""


class ChatService(QObject):
    conversationsChanged = Signal()
    conversationChanged = Signal(object)
    messageAdded = Signal(object)
    messageUpdated = Signal(object)
    messagesRemoved = Signal(int, int)
    streamDelta = Signal(int, str)
    busyChanged = Signal(int, bool)

    def __init__(self, store: ConversationStore, client, catalog, errors, settings=None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.client = client
        self.catalog = catalog
        self.errors = errors
        self.settings = settings
        self._jobs: dict[int, asyncio.Task] = {}
        self._live: dict[int, list[str]] = {}     # streaming reply id -> pieces so far
        self._closed = False

    # --- models and protocols ------------------------------------------------------------

    def text_model(self, model_id: str):
        try:
            return self.catalog.text_model(model_id) if self.catalog is not None else None
        except Exception:  # a catalog without this model id
            return None

    def default_model(self) -> str:
        wanted = ""
        if self.settings is not None:
            try:
                wanted = self.settings.get("chat.default_model") or ""
            except Exception:
                wanted = ""
        if wanted and self.text_model(wanted):
            return wanted
        models = list(getattr(self.catalog, "text_models", []) or [])
        for m in models:
            if m.id == FALLBACK_MODEL:
                return m.id
        return models[0].id if models else FALLBACK_MODEL

    def protocol_for(self, conv: Conversation) -> Protocol:
        """The conversation's override when the model allows it, else the model's default."""
        model = self.text_model(conv.model)
        allowed = tuple(model.protocols) if model else (Protocol.OPENAI,)
        if conv.protocol:
            try:
                wanted = Protocol(conv.protocol)
                if wanted in allowed:
                    return wanted
            except ValueError:
                pass
        return model.default_protocol if model else Protocol.OPENAI

    def accepts_images(self, conv: Conversation) -> bool:
        model = self.text_model(conv.model)
        if model is None:
            return False
        return bool(model.accepts_images(self.protocol_for(conv)))

    def image_refusal(self, conv: Conversation) -> str | None:
        """Why ``conv``'s model cannot take images over its protocol, or None if it can."""
        if self.accepts_images(conv):
            return None
        model = self.text_model(conv.model)
        return self.tr("{model} cannot take images over the {protocol} protocol. Pick a model "
                       "that accepts images (for GPT, use the OpenAI protocol).").format(
            model=model.label if model else conv.model, protocol=self.protocol_for(conv).value)

    # --- conversations -------------------------------------------------------------------

    async def list_conversations(self, query: str = "") -> list[ConversationSummary]:
        return await asyncio.to_thread(self.store.list_conversations, query)

    async def new_conversation(self, model: str | None = None) -> Conversation:
        conv = await asyncio.to_thread(self.store.create_conversation,
                                       model=model or self.default_model())
        self.conversationsChanged.emit()
        return conv

    async def get(self, conversation_id: int) -> Conversation | None:
        return await asyncio.to_thread(self.store.get_conversation, conversation_id)

    async def load(self, conversation_id: int, limit: int | None = None,
                   before_id: int | None = None) -> list[Message]:
        """Messages in order; with ``limit`` only the newest ones (before ``before_id``)."""
        return await asyncio.to_thread(self.store.messages, conversation_id,
                                       limit=limit, before_id=before_id)

    async def save_settings(self, conv: Conversation) -> Conversation:
        conv = await asyncio.to_thread(self.store.save_settings, conv)
        self.conversationChanged.emit(conv)
        self.conversationsChanged.emit()
        return conv

    async def rename(self, conversation_id: int, title: str) -> None:
        await asyncio.to_thread(self.store.rename, conversation_id, title)
        conv = await self.get(conversation_id)
        if conv:
            self.conversationChanged.emit(conv)
        self.conversationsChanged.emit()

    async def set_draft(self, conversation_id: int, text: str) -> None:
        await asyncio.to_thread(self.store.set_draft, conversation_id, text)

    async def delete(self, conversation_id: int) -> None:
        """Soft delete (see :meth:`undo_delete`); a running reply is stopped first."""
        await self.stop(conversation_id)
        await asyncio.to_thread(self.store.delete_conversation, conversation_id)
        self.conversationsChanged.emit()

    async def undo_delete(self, conversation_id: int) -> None:
        await asyncio.to_thread(self.store.restore_conversation, conversation_id)
        self.conversationsChanged.emit()

    async def usage_total(self, conversation_id: int) -> TokenUsage:
        return await asyncio.to_thread(self.store.usage_total, conversation_id)

    # --- sending ----------------------------------------------------------------------------

    def live_text(self, message_id: int) -> str | None:
        """The text a streaming reply has received so far (None when it is not streaming).
        The store holds it only at checkpoints; a view reopened mid-stream uses this."""
        parts = self._live.get(message_id)
        return "".join(parts) if parts is not None else None

    def is_busy(self, conversation_id: int) -> bool:
        job = self._jobs.get(conversation_id)
        return job is not None and not job.done()

    async def send(self, conversation_id: int, text: str,
                   attachments: tuple[Attachment, ...] = ()) -> Message:
        """Store the user's message and start streaming the reply.  Raises ChatInputError
        (nothing stored) when the message cannot be sent as it is."""
        text = text.strip()
        if not text and not attachments:
            raise ChatInputError(self.tr("Type a message first."))
        if self.is_busy(conversation_id):
            raise ChatInputError(self.tr("A reply is still being written. Stop it first."))
        conv = await self._conversation(conversation_id)
        if attachments and not self.accepts_images(conv):
            raise ChatInputError(self.image_refusal(conv) or "")
        user = await asyncio.to_thread(self.store.add_message, Message(
            id=0, conversation_id=conv.id, role=Role.USER, text=text, model=conv.model,
            protocol=self.protocol_for(conv).value, attachments=tuple(attachments)))
        self.messageAdded.emit(user)
        if conv.title == DEFAULT_TITLE:
            await self.rename(conv.id, title_from_text(text or attachments[0].name))
        else:
            self.conversationsChanged.emit()
        await self._start(conv.id)
        return user

    async def retry(self, conversation_id: int, message_id: int | None = None) -> None:
        """Ask again for a reply, replacing whatever followed.  ``message_id`` names the
        user message to answer (or a reply: its user message is used); by default the last
        user message.  Used by Retry on a failed or interrupted message and by Regenerate."""
        if self.is_busy(conversation_id):
            raise ChatInputError(self.tr("A reply is still being written. Stop it first."))
        messages = await self.load(conversation_id)
        if message_id is not None:
            upto = [m for m in messages if m.id <= message_id]
        else:
            upto = messages
        target = next((m for m in reversed(upto) if m.role is Role.USER), None)
        if target is None:
            raise ChatInputError(self.tr("There is no message to answer yet."))
        await self._truncate_after(target)
        if target.state is not MessageState.DONE:
            target = await asyncio.to_thread(self.store.update_message,
                                             target.with_(state=MessageState.DONE, error=""))
            self.messageUpdated.emit(target)
        await self._start(conversation_id)

    regenerate = retry

    async def edit_and_resend(self, message_id: int, new_text: str) -> Message:
        """Replace a user message's text, drop everything after it and ask again."""
        msg = await asyncio.to_thread(self.store.get_message, message_id)
        if msg is None or msg.role is not Role.USER:
            raise ChatInputError(self.tr("Only your own messages can be edited."))
        if not new_text.strip() and not msg.attachments:
            raise ChatInputError(self.tr("Type a message first."))
        await self.stop(msg.conversation_id)
        await self._truncate_after(msg)
        msg = await asyncio.to_thread(self.store.update_message, msg.with_(
            text=new_text.strip(), state=MessageState.DONE, error=""))
        self.messageUpdated.emit(msg)
        await self._start(msg.conversation_id)
        return msg

    async def stop(self, conversation_id: int) -> None:
        """Cancel the running reply (its partial text is kept, marked stopped) and wait
        until its HTTP stream is closed."""
        job = self._jobs.get(conversation_id)
        if job is not None and not job.done():
            job.cancel()
            await asyncio.gather(job, return_exceptions=True)

    async def wait(self, conversation_id: int) -> None:
        """Wait for the conversation's running reply (if any) to end."""
        job = self._jobs.get(conversation_id)
        if job is not None:
            await asyncio.gather(job, return_exceptions=True)

    async def shutdown(self) -> None:
        """Stop every reply (partial texts saved) and close the store.  Idempotent."""
        if self._closed:
            return
        self._closed = True
        jobs = [j for j in self._jobs.values() if not j.done()]
        for j in jobs:
            j.cancel()
        await asyncio.gather(*jobs, return_exceptions=True)
        self.store.close()

    # --- export / import ----------------------------------------------------------------

    async def export(self, conversation_id: int, path: Path, fmt: str) -> Path:
        """Write the conversation as ``fmt`` ("markdown" or "json") atomically to ``path``."""
        conv = await self._conversation(conversation_id)
        messages = await self.load(conversation_id)
        if fmt == "json":
            text = export.to_json(conv, messages)
        else:
            text = export.to_markdown(conv, messages, you=self.tr("You"),
                                      assistant=self.tr("Assistant"))
        return await asyncio.to_thread(export.write_text_atomic, Path(path), text)

    async def import_json(self, path: Path) -> Conversation:
        """Read an exported conversation and add it (all or nothing).  Raises
        ConversationImportError with a readable reason."""
        conv, messages = await asyncio.to_thread(export.read_import_file, Path(path))
        conv = await asyncio.to_thread(self.store.import_conversation, conv, messages)
        self.conversationsChanged.emit()
        return conv

    # --- the streaming job ----------------------------------------------------------------

    async def _conversation(self, conversation_id: int) -> Conversation:
        conv = await self.get(conversation_id)
        if conv is None:
            raise ChatInputError(self.tr("This conversation no longer exists."))
        return conv

    async def _truncate_after(self, msg: Message) -> None:
        later = await asyncio.to_thread(self.store.messages, msg.conversation_id)
        first_after = next((m.id for m in later if m.id > msg.id), None)
        if first_after is not None:
            await asyncio.to_thread(self.store.delete_messages_from, msg.conversation_id, first_after)
            self.messagesRemoved.emit(msg.conversation_id, first_after)

    async def _start(self, conversation_id: int) -> None:
        conv = await self._conversation(conversation_id)
        history = await self.load(conversation_id)
        request = self.build_request(conv, history)
        reply = await asyncio.to_thread(self.store.add_message, Message(
            id=0, conversation_id=conv.id, role=Role.ASSISTANT, text="",
            state=MessageState.STREAMING, model=conv.model, protocol=request.protocol.value))
        self.messageAdded.emit(reply)
        user = next(m for m in reversed(history) if m.role is Role.USER)
        task = asyncio.ensure_future(self._stream(conv, user, reply, request))
        self._jobs[conv.id] = task
        self.busyChanged.emit(conv.id, True)

    def build_request(self, conv: Conversation, history: list[Message]) -> ChatRequest:
        """The request for ``conv`` with its stored ``history`` (see history_to_turns)."""
        return ChatRequest(protocol=self.protocol_for(conv), model=conv.model,
                           turns=history_to_turns(history, self.accepts_images(conv)),
                           system=conv.system_prompt.strip() or None,
                           temperature=conv.temperature, max_tokens=conv.max_tokens)

    async def _stream(self, conv: Conversation, user: Message, reply: Message,
                      request: ChatRequest) -> None:
        parts: list[str] = []
        self._live[reply.id] = parts
        usage = None
        finish = ""
        last_save = time.monotonic()
        stream = self.client.stream_chat(request)
        try:
            try:
                async for delta in stream:
                    if delta.text:
                        parts.append(delta.text)
                        self.streamDelta.emit(reply.id, delta.text)
                    if delta.usage is not None:
                        usage = delta.usage
                    if delta.finish_reason:
                        finish = delta.finish_reason
                    if time.monotonic() - last_save > CHECKPOINT_SECONDS:
                        last_save = time.monotonic()
                        await asyncio.to_thread(self.store.update_message,
                                                reply.with_(text="".join(parts)))
            finally:
                # Close the stream even when cancelled between chunks, so Stop closes the
                # HTTP connection now rather than whenever the generator is collected.
                aclose = getattr(stream, "aclose", None)
                if aclose is not None:
                    await aclose()
            self._finish(reply.with_(text="".join(parts), state=MessageState.DONE,
                                     usage=to_token_usage(usage), finish_reason=finish))
        except asyncio.CancelledError:
            # Saved synchronously: an await here could itself be cancelled by a second Stop.
            self._finish(reply.with_(text="".join(parts), state=MessageState.STOPPED,
                                     usage=to_token_usage(usage), finish_reason="stopped"))
            raise
        except Exception as exc:  # noqa: BLE001 - every failure must keep the conversation
            self._fail(conv, user, reply, "".join(parts), to_token_usage(usage), exc)
        finally:
            self._live.pop(reply.id, None)
            self._jobs.pop(conv.id, None)
            self.busyChanged.emit(conv.id, False)

    def _finish(self, reply: Message) -> None:
        self.store.update_message(reply)
        self.messageUpdated.emit(reply)
        self.store.touch(reply.conversation_id)
        self.conversationsChanged.emit()

    def _fail(self, conv: Conversation, user: Message, reply: Message, text: str,
              usage: TokenUsage, exc: BaseException) -> None:
        if text and isinstance(exc, APIConnectionError):
            reason = self.tr("The connection was interrupted before the reply was complete. "
                             "What arrived is kept.")
        elif isinstance(exc, GlobalAIError):
            reason = plain_reason(str(exc))
        else:
            reason = self.tr("Something went wrong while writing the reply ({kind}).").format(
                kind=type(exc).__name__)
        reason = redact(reason)
        if not isinstance(exc, GlobalAIError):
            log.error("chat stream failed: %s", redact(repr(exc)))
        if text:
            # Keep what arrived; the reply can be regenerated from the user's message.
            self._finish(reply.with_(text=text, state=MessageState.INTERRUPTED, usage=usage,
                                     error=reason))
        else:
            self.store.delete_messages_from(conv.id, reply.id)
            self.messagesRemoved.emit(conv.id, reply.id)
            failed = self.store.update_message(user.with_(state=MessageState.FAILED, error=reason))
            self.messageUpdated.emit(failed)
            self.conversationsChanged.emit()
        if isinstance(exc, _DIALOG_ERRORS) or not isinstance(exc, GlobalAIError):
            self.errors.report(exc, action=self.tr("send the message"),
                               retry=lambda cid=conv.id, mid=user.id:
                               asyncio.ensure_future(self._retry_quietly(cid, mid)))

    async def _retry_quietly(self, conversation_id: int, message_id: int) -> None:
        try:
            await self.retry(conversation_id, message_id)
        except ChatInputError as exc:
            log.info("retry skipped: %s", exc)
