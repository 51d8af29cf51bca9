"""Chat data types: conversations, messages, attachments and their life cycle.

Plain dataclasses (no Qt, no httpx).  The store (``storage/conversations.py``) persists
them; the chat service (``services/chat.py``) moves messages through their states; the UI
only reads them.

Message life cycle::

    user:       DONE ──(send failed before any reply text)──▶ FAILED ──(Retry)──▶ DONE
    assistant:  STREAMING ──▶ DONE          the reply finished
                          ──▶ STOPPED       the person pressed Stop / Escape (partial text kept)
                          ──▶ INTERRUPTED   the connection broke mid-reply (partial text kept)

A failed send never deletes the user's message: it stays, marked FAILED with the reason,
and can be retried or edited.  Nothing the person typed is dropped by any transition.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from enum import Enum

DEFAULT_TITLE = "New conversation"


class Role(str, Enum):
    USER = "user"
    ASSISTANT = "assistant"


class MessageState(str, Enum):
    DONE = "done"
    STREAMING = "streaming"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"
    FAILED = "failed"

    @classmethod
    def parse(cls, value: object) -> "MessageState":
        try:
            return cls(str(value))
        except ValueError:
            return cls.DONE

    @property
    def partial(self) -> bool:
        """The reply ended early; what arrived is kept but may be incomplete."""
        return self in (MessageState.STOPPED, MessageState.INTERRUPTED)


@dataclass(frozen=True)
class Attachment:
    """An image attached to a user message, kept as a ``data:`` URL (what the API receives)."""

    name: str
    mime: str
    data_url: str
    width: int = 0
    height: int = 0

    @property
    def size_bytes(self) -> int:
        """Approximate decoded size (base64 carries 3 bytes per 4 characters)."""
        comma = self.data_url.find(",")
        return (len(self.data_url) - comma - 1) * 3 // 4 if comma >= 0 else 0

    def to_dict(self) -> dict:
        return {"name": self.name, "mime": self.mime, "data_url": self.data_url,
                "width": self.width, "height": self.height}

    @classmethod
    def from_dict(cls, d: dict) -> "Attachment":
        url = str(d.get("data_url") or "")
        if not url.startswith("data:image/"):
            raise ValueError("an attachment is not an image data URL")
        return cls(name=str(d.get("name") or "image"), mime=str(d.get("mime") or "image/png"),
                   data_url=url, width=int(d.get("width") or 0), height=int(d.get("height") or 0))


@dataclass(frozen=True)
class TokenUsage:
    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None

    @property
    def known(self) -> bool:
        return any(v is not None for v in (self.input_tokens, self.output_tokens, self.total_tokens))

    @property
    def total(self) -> int:
        if self.total_tokens is not None:
            return self.total_tokens
        return (self.input_tokens or 0) + (self.output_tokens or 0)

    def __add__(self, other: "TokenUsage") -> "TokenUsage":
        def add(a: int | None, b: int | None) -> int | None:
            return None if a is None and b is None else (a or 0) + (b or 0)
        return TokenUsage(add(self.input_tokens, other.input_tokens),
                          add(self.output_tokens, other.output_tokens),
                          add(self.total if self.known else None,
                              other.total if other.known else None))


@dataclass(frozen=True)
class Message:
    id: int
    conversation_id: int
    role: Role
    text: str
    state: MessageState = MessageState.DONE
    created_at: float = field(default_factory=time.time)
    model: str = ""                 # the model that wrote the reply (assistant) or was asked (user)
    protocol: str = ""
    usage: TokenUsage = TokenUsage()
    error: str = ""                 # readable reason when FAILED / INTERRUPTED
    finish_reason: str = ""
    attachments: tuple[Attachment, ...] = ()

    def with_(self, **changes) -> "Message":
        return replace(self, **changes)


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str = DEFAULT_TITLE
    model: str = ""
    protocol: str | None = None      # override; None = the model's default protocol
    system_prompt: str = ""
    temperature: float | None = None  # None = the server's default
    max_tokens: int | None = None     # None = the server's default
    draft: str = ""
    created_at: float = field(default_factory=time.time)
    updated_at: float = field(default_factory=time.time)

    def with_(self, **changes) -> "Conversation":
        return replace(self, **changes)


@dataclass(frozen=True)
class ConversationSummary:
    """One row of the side list (most recent first)."""

    id: int
    title: str
    model: str
    updated_at: float
    message_count: int = 0
    snippet: str = ""               # when searching: the matching text around the hit


def title_from_text(text: str, limit: int = 48) -> str:
    """A conversation title from the first message: first line, trimmed to a word boundary."""
    line = " ".join(text.strip().split())
    if not line:
        return DEFAULT_TITLE
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut.rstrip(" ,.;:") + "…"
