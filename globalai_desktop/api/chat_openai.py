"""OpenAI Chat Completions (contract §3.1): ``POST {text}/v1/chat/completions``.

Streams with ``stream_options.include_usage`` so the last chunk before ``data: [DONE]``
carries token usage.  Images are ``image_url`` parts (data URLs or http URLs as given).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.text import ChatRequest, ChatResult, TextDelta
from . import errors as E
from .chat_common import has_error, normalise_finish, stream_error, usage_of
from .sse import END_OF_ARRAY, StreamEvent

PATH = "/v1/chat/completions"


def path(req: ChatRequest, stream: bool) -> tuple[str, dict[str, str] | None]:
    return PATH, None


def build_body(req: ChatRequest, stream: bool) -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    if req.system:
        messages.append({"role": "system", "content": req.system})
    for turn in req.turns:
        if turn.images:
            parts: list[dict[str, Any]] = []
            if turn.text:
                parts.append({"type": "text", "text": turn.text})
            parts += [{"type": "image_url", "image_url": {"url": u}} for u in turn.images]
            messages.append({"role": turn.role, "content": parts})
        else:
            messages.append({"role": turn.role, "content": turn.text})
    body: dict[str, Any] = {"model": req.model, "messages": messages, "stream": stream}
    if stream:
        body["stream_options"] = {"include_usage": True}
    if req.temperature is not None:
        body["temperature"] = req.temperature
    if req.max_tokens is not None:
        body["max_tokens"] = req.max_tokens
    return body


def _content_text(content: Any) -> str:
    """Message content as text: a string, or an array of parts with ``text``."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content
                       if isinstance(p, Mapping) and isinstance(p.get("text"), str))
    return ""


def parse_result(payload: Any, *, endpoint: str, model: str | None) -> ChatResult:
    if has_error(payload):
        raise stream_error(payload, endpoint=endpoint, model=model)
    if not isinstance(payload, Mapping) or not isinstance(payload.get("choices"), list):
        raise E.InvalidResponseError("The chat answer had no choices in it.", endpoint=endpoint,
                                     model=model, body=str(payload)[:2000])
    choice = payload["choices"][0] if payload["choices"] else {}
    message = choice.get("message") or {}
    u = payload.get("usage") or {}
    return ChatResult(
        text=_content_text(message.get("content")),
        usage=usage_of(u.get("prompt_tokens"), u.get("completion_tokens"), u.get("total_tokens")),
        finish_reason=normalise_finish(choice.get("finish_reason")),
        model=payload.get("model"), raw=dict(payload))


class Decoder:
    """``data: {chunk}`` events → deltas; finished at ``[DONE]`` or a finish reason."""

    def __init__(self, *, endpoint: str, model: str | None) -> None:
        self.finished = False
        self._endpoint, self._model = endpoint, model

    def feed(self, ev: StreamEvent) -> list[TextDelta]:
        data = ev.data
        if isinstance(data, str):
            if data.strip() == "[DONE]":
                self.finished = True
            return []
        if ev.event == END_OF_ARRAY:
            return []
        if ev.event == "error" or has_error(data):
            raise stream_error(data, endpoint=self._endpoint, model=self._model)
        if not isinstance(data, Mapping):
            return []
        out: list[TextDelta] = []
        for choice in data.get("choices") or ():
            if not isinstance(choice, Mapping):
                continue
            delta = choice.get("delta") or choice.get("message") or {}
            text = _content_text(delta.get("content")) if isinstance(delta, Mapping) else ""
            finish = normalise_finish(choice.get("finish_reason"))
            if finish:
                self.finished = True
            if text or finish:
                out.append(TextDelta(text=text, finish_reason=finish))
        u = data.get("usage")
        if isinstance(u, Mapping):
            usage = usage_of(u.get("prompt_tokens"), u.get("completion_tokens"), u.get("total_tokens"))
            if usage:
                out.append(TextDelta(usage=usage))
        return out
