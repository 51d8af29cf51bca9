"""Text-generation data types: what the chat UI asks for and what the API client yields."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Protocol(str, Enum):
    """Which wire protocol a chat request travels over (contract §3)."""

    OPENAI = "openai"          # POST /v1/chat/completions
    ANTHROPIC = "anthropic"    # POST /v1/messages
    GEMINI = "gemini"          # POST /v1/models/{model}:generateContent / :streamGenerateContent
    RESPONSES = "responses"    # POST /v1/responses (GPT only)


@dataclass(frozen=True)
class ChatTurn:
    """One turn of a conversation as sent to the API.

    ``role`` is ``"user"`` or ``"assistant"``; ``images`` are ``data:`` URLs (or http URLs).
    The client translates turns to each protocol's shape (Gemini calls the assistant "model").
    """

    role: str
    text: str
    images: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChatRequest:
    protocol: Protocol
    model: str
    turns: tuple[ChatTurn, ...]
    system: str | None = None
    temperature: float | None = None
    max_tokens: int | None = None


@dataclass(frozen=True)
class Usage:
    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None


@dataclass(frozen=True)
class TextDelta:
    """One piece of a streamed reply.  Any of the fields may be empty in a given delta."""

    text: str = ""
    usage: Usage | None = None
    finish_reason: str | None = None


@dataclass(frozen=True)
class ChatResult:
    """A complete (non-streamed) reply."""

    text: str
    usage: Usage | None = None
    finish_reason: str | None = None
    model: str | None = None
    raw: dict = field(default_factory=dict, compare=False, repr=False)
