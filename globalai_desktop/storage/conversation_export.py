"""Export a conversation to Markdown or JSON, and read the JSON back.

The JSON file is the lossless format (settings, every message with its state, usage and
image attachments); ``from_json(to_json(c, ms))`` gives back the same conversation.  The
Markdown file is for reading and sharing; it is not imported.

Import never trusts the file: anything malformed raises :class:`ConversationImportError`
with a sentence saying what is wrong, and nothing is written to the store (the caller
inserts the result in one transaction).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from datetime import datetime
from pathlib import Path

from globalai_desktop.domain.chat import (
    DEFAULT_TITLE, Attachment, Conversation, Message, MessageState, Role, TokenUsage,
)

FORMAT_ID = "globalai-desktop/conversation"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024   # a generous cap: images travel inside the file


class ConversationImportError(ValueError):
    """The file is not a conversation this app can import; ``str()`` says why."""


def to_json(conv: Conversation, messages: list[Message]) -> str:
    doc = {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "conversation": {
            "title": conv.title, "model": conv.model, "protocol": conv.protocol,
            "system_prompt": conv.system_prompt, "temperature": conv.temperature,
            "max_tokens": conv.max_tokens, "created_at": conv.created_at,
            "updated_at": conv.updated_at,
        },
        "messages": [
            {
                "role": m.role.value, "text": m.text, "state": m.state.value,
                "created_at": m.created_at, "model": m.model, "protocol": m.protocol,
                "usage": {"input_tokens": m.usage.input_tokens,
                          "output_tokens": m.usage.output_tokens,
                          "total_tokens": m.usage.total_tokens},
                "error": m.error, "finish_reason": m.finish_reason,
                "attachments": [a.to_dict() for a in m.attachments],
            }
            for m in messages
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1)


def from_json(text: str) -> tuple[Conversation, list[Message]]:
    """Parse an exported conversation.  Ids are 0: the store assigns new ones."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConversationImportError(
            f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}).") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_ID:
        raise ConversationImportError("The file is not a GlobalAI Desktop conversation export.")
    version = doc.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ConversationImportError(
            "The file was exported by a newer version of GlobalAI Desktop; please update the app.")
    c = doc.get("conversation")
    raw_messages = doc.get("messages")
    if not isinstance(c, dict) or not isinstance(raw_messages, list):
        raise ConversationImportError("The file has no conversation or no message list.")
    now = time.time()
    conv = Conversation(
        id=0,
        title=_str(c.get("title")) or DEFAULT_TITLE,
        model=_str(c.get("model")),
        protocol=_str(c.get("protocol")) or None,
        system_prompt=_str(c.get("system_prompt")),
        temperature=_num(c.get("temperature"), float),
        max_tokens=_num(c.get("max_tokens"), int),
        created_at=_num(c.get("created_at"), float) or now,
        updated_at=_num(c.get("updated_at"), float) or now,
    )
    messages: list[Message] = []
    for i, m in enumerate(raw_messages, start=1):
        if not isinstance(m, dict):
            raise ConversationImportError(f"Message {i} is not an object.")
        try:
            role = Role(m.get("role"))
        except ValueError:
            raise ConversationImportError(
                f"Message {i} has the role {m.get('role')!r}; expected 'user' or 'assistant'.") from None
        if not isinstance(m.get("text", ""), str):
            raise ConversationImportError(f"Message {i} has no readable text.")
        state = MessageState.parse(m.get("state"))
        if state is MessageState.STREAMING:      # an export taken mid-reply
            state = MessageState.INTERRUPTED
        usage = m.get("usage") if isinstance(m.get("usage"), dict) else {}
        try:
            atts = tuple(Attachment.from_dict(a) for a in (m.get("attachments") or []))
        except (ValueError, TypeError, AttributeError):
            raise ConversationImportError(f"Message {i} has an attachment that is not an image.") from None
        messages.append(Message(
            id=0, conversation_id=0, role=role, text=m.get("text", ""), state=state,
            created_at=_num(m.get("created_at"), float) or now, model=_str(m.get("model")),
            protocol=_str(m.get("protocol")),
            usage=TokenUsage(_num(usage.get("input_tokens"), int),
                             _num(usage.get("output_tokens"), int),
                             _num(usage.get("total_tokens"), int)),
            error=_str(m.get("error")), finish_reason=_str(m.get("finish_reason")),
            attachments=atts))
    return conv, messages


def read_import_file(path: Path) -> tuple[Conversation, list[Message]]:
    """Read and parse an export file (blocking; run it off the GUI thread)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ConversationImportError(
                f"The file is too large to import ({size // (1024 * 1024)} MB).")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConversationImportError("The file is not a text (UTF-8 JSON) file.") from None
    except OSError as exc:
        raise ConversationImportError(f"The file could not be read: {exc.strerror or exc}.") from None
    return from_json(text)


def to_markdown(conv: Conversation, messages: list[Message], *,
                you: str = "You", assistant: str = "Assistant") -> str:
    """A readable Markdown transcript (labels are passed in already translated)."""
    lines = [f"# {conv.title}", ""]
    meta = [f"Model: `{conv.model}`"] if conv.model else []
    if conv.protocol:
        meta.append(f"protocol: {conv.protocol}")
    if conv.temperature is not None:
        meta.append(f"temperature: {conv.temperature:g}")
    if conv.max_tokens is not None:
        meta.append(f"max tokens: {conv.max_tokens}")
    if meta:
        lines += ["_" + " · ".join(meta) + "_", ""]
    if conv.system_prompt.strip():
        lines += ["> **System prompt:** " + conv.system_prompt.strip().replace("\n", "\n> "), ""]
    for m in messages:
        when = datetime.fromtimestamp(m.created_at).strftime("%Y-%m-%d %H:%M")
        who = you if m.role is Role.USER else (
            f"{assistant} ({m.model})" if m.model else assistant)
        lines += ["---", "", f"### {who} · {when}", ""]
        if m.text:
            lines += [m.text.rstrip(), ""]
        for a in m.attachments:
            lines += [f"_[image attached: {a.name}]_", ""]
        if m.state is not MessageState.DONE:
            note = f"_({m.state.value}"
            note += f": {m.error})_" if m.error else ")_"
            lines += [note, ""]
    return "\n".join(lines).rstrip() + "\n"


def write_text_atomic(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` via a temporary file and an atomic rename (blocking)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def _str(v: object) -> str:
    return v if isinstance(v, str) else ""


def _num(v: object, kind: type) -> float | int | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return kind(v)
