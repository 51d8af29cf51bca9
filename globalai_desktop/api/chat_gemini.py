"""Gemini native (contract §3.3): ``POST {text}/v1/models/{model}:generateContent`` and
``:streamGenerateContent?alt=sse``.

Turns become ``contents`` with roles ``user`` / ``model``; ``system`` becomes
``systemInstruction``; temperature and max tokens go in ``generationConfig``.  Data-URL
images become ``inlineData`` parts, http URLs ``fileData`` parts.  The stream is asked for as
SSE, but a streamed JSON array (Google's default) is parsed too (see ``api/sse.py``).
A stream is complete when a candidate carries a ``finishReason``, the prompt was blocked
(``promptFeedback.blockReason``), or the JSON array closed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..domain.text import ChatRequest, ChatResult, TextDelta
from . import errors as E
from .chat_common import guess_image_mime, has_error, normalise_finish, split_data_url, stream_error, usage_of
from .sse import END_OF_ARRAY, StreamEvent


def path(req: ChatRequest, stream: bool) -> tuple[str, dict[str, str] | None]:
    model = quote(req.model, safe="-._~")
    if stream:
        return f"/v1/models/{model}:streamGenerateContent", {"alt": "sse"}
    return f"/v1/models/{model}:generateContent", None


def _image_part(url: str) -> dict[str, Any]:
    parsed = split_data_url(url)
    if parsed:
        mime, data = parsed
        return {"inlineData": {"mimeType": mime, "data": data}}
    return {"fileData": {"mimeType": guess_image_mime(url), "fileUri": url}}


def build_body(req: ChatRequest, stream: bool) -> dict[str, Any]:
    contents = []
    for turn in req.turns:
        parts: list[dict[str, Any]] = []
        if turn.text:
            parts.append({"text": turn.text})
        parts += [_image_part(u) for u in turn.images]
        if not parts:
            parts.append({"text": ""})
        contents.append({"role": "model" if turn.role == "assistant" else "user", "parts": parts})
    body: dict[str, Any] = {"contents": contents}
    if req.system:
        body["systemInstruction"] = {"parts": [{"text": req.system}]}
    config: dict[str, Any] = {}
    if req.temperature is not None:
        config["temperature"] = req.temperature
    if req.max_tokens is not None:
        config["maxOutputTokens"] = req.max_tokens
    if config:
        body["generationConfig"] = config
    return body


def _read_chunk(data: Mapping) -> tuple[str, str | None, Any, bool]:
    """``(text, finish reason, usageMetadata, blocked)`` of one GenerateContentResponse."""
    text, finish = "", None
    for cand in (data.get("candidates") or [])[:1]:      # the app asks for one candidate
        if not isinstance(cand, Mapping):
            continue
        for part in ((cand.get("content") or {}).get("parts") or ()):
            # "thought" parts are the model's reasoning, not its reply.
            if isinstance(part, Mapping) and isinstance(part.get("text"), str) and not part.get("thought"):
                text += part["text"]
        finish = normalise_finish(cand.get("finishReason"))
    blocked = bool((data.get("promptFeedback") or {}).get("blockReason"))
    return text, finish, data.get("usageMetadata"), blocked


def _usage(meta: Any):
    if not isinstance(meta, Mapping):
        return None
    return usage_of(meta.get("promptTokenCount"), meta.get("candidatesTokenCount"),
                    meta.get("totalTokenCount"))


def parse_result(payload: Any, *, endpoint: str, model: str | None) -> ChatResult:
    if isinstance(payload, list):            # some gateways answer with a one-element array
        payload = payload[0] if payload else {}
    if has_error(payload):
        raise stream_error(payload, endpoint=endpoint, model=model)
    if not isinstance(payload, Mapping) or not ("candidates" in payload or "promptFeedback" in payload):
        raise E.InvalidResponseError("The Gemini answer had no candidates in it.", endpoint=endpoint,
                                     model=model, body=str(payload)[:2000])
    text, finish, meta, blocked = _read_chunk(payload)
    if blocked and not finish:
        finish = "content_filter"
    return ChatResult(text=text, usage=_usage(meta), finish_reason=finish,
                      model=payload.get("modelVersion"), raw=dict(payload))


class Decoder:
    def __init__(self, *, endpoint: str, model: str | None) -> None:
        self.finished = False
        self._endpoint, self._model = endpoint, model

    def feed(self, ev: StreamEvent) -> list[TextDelta]:
        if ev.event == END_OF_ARRAY:
            self.finished = True
            return []
        data = ev.data
        if ev.event == "error" or has_error(data):
            raise stream_error(data, endpoint=self._endpoint, model=self._model)
        if not isinstance(data, Mapping):
            return []
        text, finish, meta, blocked = _read_chunk(data)
        if blocked and not finish:
            finish = "content_filter"
        out: list[TextDelta] = []
        if text or finish:
            out.append(TextDelta(text=text, finish_reason=finish))
        if finish:
            self.finished = True
        usage = _usage(meta)
        if usage and finish:        # usage on intermediate chunks is a running count
            out.append(TextDelta(usage=usage))
        return out
