"""Anthropic Messages (contract §3.2): ``POST {text}/v1/messages``.

``system`` goes top-level, ``max_tokens`` is required by the protocol (default
:data:`DEFAULT_MAX_TOKENS`), images are ``base64`` source blocks decoded from data URLs
(``url`` source blocks for http URLs).  Stream events: ``message_start`` (input tokens),
``content_block_delta`` (``text_delta``), ``message_delta`` (stop reason, output tokens),
``message_stop``; ``ping`` is ignored; ``event: error`` raises the mapped error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.text import ChatRequest, ChatResult, TextDelta
from . import errors as E
from .chat_common import (as_int, has_error, normalise_finish, split_data_url, stream_error,
                          usage_of)
from .sse import StreamEvent

PATH = "/v1/messages"
# The protocol refuses a request without max_tokens; 4096 fits every listed Claude model
# and a long chat answer.
DEFAULT_MAX_TOKENS = 4096


def path(req: ChatRequest, stream: bool) -> tuple[str, dict[str, str] | None]:
    return PATH, None


def _image_block(url: str) -> dict[str, Any]:
    parsed = split_data_url(url)
    if parsed:
        mime, data = parsed
        return {"type": "image", "source": {"type": "base64", "media_type": mime, "data": data}}
    return {"type": "image", "source": {"type": "url", "url": url}}


def build_body(req: ChatRequest, stream: bool) -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    for turn in req.turns:
        if turn.images:
            # Images first, then the question: the order Anthropic recommends.
            blocks = [_image_block(u) for u in turn.images]
            if turn.text:                   # empty text blocks are refused by the protocol
                blocks.append({"type": "text", "text": turn.text})
            messages.append({"role": turn.role, "content": blocks})
        else:
            messages.append({"role": turn.role, "content": turn.text})
    body: dict[str, Any] = {
        "model": req.model,
        "max_tokens": req.max_tokens if req.max_tokens is not None else DEFAULT_MAX_TOKENS,
        "messages": messages,
        "stream": stream,
    }
    if req.system:
        body["system"] = req.system
    if req.temperature is not None:
        body["temperature"] = req.temperature
    return body


def parse_result(payload: Any, *, endpoint: str, model: str | None) -> ChatResult:
    if has_error(payload):
        raise stream_error(payload, endpoint=endpoint, model=model)
    if not isinstance(payload, Mapping) or not isinstance(payload.get("content"), list):
        raise E.InvalidResponseError("The Claude answer had no content in it.", endpoint=endpoint,
                                     model=model, body=str(payload)[:2000])
    text = "".join(b.get("text", "") for b in payload["content"]
                   if isinstance(b, Mapping) and b.get("type") == "text")
    u = payload.get("usage") or {}
    return ChatResult(text=text, usage=usage_of(u.get("input_tokens"), u.get("output_tokens")),
                      finish_reason=normalise_finish(payload.get("stop_reason")),
                      model=payload.get("model"), raw=dict(payload))


class Decoder:
    def __init__(self, *, endpoint: str, model: str | None) -> None:
        self.finished = False
        self._endpoint, self._model = endpoint, model
        self._input_tokens: int | None = None
        self._stop_reason: str | None = None

    def feed(self, ev: StreamEvent) -> list[TextDelta]:
        data = ev.data
        if not isinstance(data, Mapping):
            return []
        kind = data.get("type") or ev.event
        if kind == "error" or ev.event == "error" or has_error(data):
            raise stream_error(data, endpoint=self._endpoint, model=self._model)
        if kind == "message_start":
            u = (data.get("message") or {}).get("usage") or {}
            self._input_tokens = as_int(u.get("input_tokens"))
            return []
        if kind == "content_block_start":
            block = data.get("content_block") or {}
            text = block.get("text") if block.get("type") == "text" else None
            return [TextDelta(text=text)] if text else []
        if kind == "content_block_delta":
            delta = data.get("delta") or {}
            if delta.get("type") in ("text_delta", None) and isinstance(delta.get("text"), str):
                return [TextDelta(text=delta["text"])] if delta["text"] else []
            return []                       # thinking / tool-input deltas are not reply text
        if kind == "message_delta":
            delta = data.get("delta") or {}
            self._stop_reason = normalise_finish(delta.get("stop_reason")) or self._stop_reason
            u = data.get("usage") or {}
            inp = as_int(u.get("input_tokens"))
            usage = usage_of(inp if inp is not None else self._input_tokens, u.get("output_tokens"))
            out = []
            if self._stop_reason:
                self.finished = True        # the reply is whole even if message_stop is lost
                out.append(TextDelta(finish_reason=self._stop_reason))
            if usage:
                out.append(TextDelta(usage=usage))
            return out
        if kind == "message_stop":
            self.finished = True
        return []                           # ping, content_block_stop, unknown events
