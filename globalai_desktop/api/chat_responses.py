"""OpenAI Responses (contract §3.4): ``POST {text}/v1/responses`` (GPT models only).

Turns become ``input`` message items (``input_text`` / ``input_image`` for the user,
``output_text`` for the assistant); ``system`` becomes ``instructions``.  Stream events:
``response.output_text.delta`` carries text; ``response.completed`` / ``response.incomplete``
end the reply (usage in ``response.usage``); ``response.failed`` and ``error`` raise.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.text import ChatRequest, ChatResult, TextDelta
from . import errors as E
from .chat_common import normalise_finish, stream_error, usage_of
from .sse import StreamEvent

PATH = "/v1/responses"


def path(req: ChatRequest, stream: bool) -> tuple[str, dict[str, str] | None]:
    return PATH, None


def build_body(req: ChatRequest, stream: bool) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for turn in req.turns:
        if turn.role == "assistant":
            items.append({"role": "assistant", "content": [{"type": "output_text", "text": turn.text}]})
            continue
        content: list[dict[str, Any]] = []
        if turn.text:
            content.append({"type": "input_text", "text": turn.text})
        content += [{"type": "input_image", "image_url": u} for u in turn.images]
        items.append({"role": "user", "content": content or [{"type": "input_text", "text": ""}]})
    body: dict[str, Any] = {"model": req.model, "input": items, "stream": stream}
    if req.system:
        body["instructions"] = req.system
    if req.temperature is not None:
        body["temperature"] = req.temperature
    if req.max_tokens is not None:
        body["max_output_tokens"] = req.max_tokens
    return body


def _output_text(resp: Mapping) -> str:
    if isinstance(resp.get("output_text"), str):
        return resp["output_text"]
    text = ""
    for item in resp.get("output") or ():
        if isinstance(item, Mapping) and item.get("type", "message") == "message":
            for c in item.get("content") or ():
                if isinstance(c, Mapping) and c.get("type") in ("output_text", "text"):
                    text += c.get("text") or ""
    return text


def _finish(resp: Mapping) -> str | None:
    status = resp.get("status")
    if status == "incomplete":
        reason = (resp.get("incomplete_details") or {}).get("reason")
        return normalise_finish(reason or "length")
    return normalise_finish(status) if status in ("completed",) else None


def _usage(resp: Mapping):
    u = resp.get("usage")
    if not isinstance(u, Mapping):
        return None
    return usage_of(u.get("input_tokens"), u.get("output_tokens"), u.get("total_tokens"))


def _failure(resp: Mapping) -> Any:
    err = resp.get("error")
    return {"error": err} if err else {"error": {"message": "The response failed."}}


def parse_result(payload: Any, *, endpoint: str, model: str | None) -> ChatResult:
    if not isinstance(payload, Mapping):
        raise E.InvalidResponseError("The answer could not be understood.", endpoint=endpoint,
                                     model=model, body=str(payload)[:2000])
    if payload.get("status") == "failed" or (payload.get("error") and "output" not in payload):
        raise stream_error(_failure(payload), endpoint=endpoint, model=model)
    if "output" not in payload and "output_text" not in payload:
        raise E.InvalidResponseError("The answer had no output in it.", endpoint=endpoint,
                                     model=model, body=str(payload)[:2000])
    return ChatResult(text=_output_text(payload), usage=_usage(payload),
                      finish_reason=_finish(payload) or "stop", model=payload.get("model"),
                      raw=dict(payload))


class Decoder:
    def __init__(self, *, endpoint: str, model: str | None) -> None:
        self.finished = False
        self._endpoint, self._model = endpoint, model

    def feed(self, ev: StreamEvent) -> list[TextDelta]:
        data = ev.data
        if isinstance(data, str):
            if data.strip() == "[DONE]":
                self.finished = True
            return []
        if not isinstance(data, Mapping):
            return []
        kind = data.get("type") or ev.event
        if kind == "error" or ev.event == "error":
            raise stream_error(data if "error" in data else {"error": data},
                               endpoint=self._endpoint, model=self._model)
        if kind == "response.output_text.delta":
            delta = data.get("delta")
            return [TextDelta(text=delta)] if isinstance(delta, str) and delta else []
        resp = data.get("response") if isinstance(data.get("response"), Mapping) else {}
        if kind == "response.failed":
            raise stream_error(_failure(resp), endpoint=self._endpoint, model=self._model)
        if kind in ("response.completed", "response.incomplete", "response.done"):
            self.finished = True
            finish = _finish(resp) or ("length" if kind == "response.incomplete" else "stop")
            out = [TextDelta(finish_reason=finish)]
            usage = _usage(resp)
            if usage:
                out.append(TextDelta(usage=usage))
            return out
        return []       # created, in_progress, output_item.*, content_part.*, refusal …
