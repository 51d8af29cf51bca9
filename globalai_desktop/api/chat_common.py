"""Pieces shared by the four chat protocols (``chat_openai``, ``chat_anthropic``,
``chat_gemini``, ``chat_responses``).

Each protocol module exposes the same small surface, used by ``api/chat.py``:

- ``path(req, stream) -> (path, params)``  where the request goes;
- ``build_body(req, stream) -> dict``       the JSON body;
- ``parse_result(payload) -> ChatResult``   a non-streamed answer;
- ``Decoder()``  with ``feed(event) -> list[TextDelta]`` and ``.finished``: turns stream
  events into deltas, raises a mapped error for an error event, and sets ``finished``
  once the protocol's terminator (or a finish reason) has been seen.

Finish reasons are normalised to one vocabulary so the UI needs one table:
``stop``, ``length`` (token limit), ``content_filter``, ``tool_calls``; anything else is
passed through lower-cased.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..domain.text import Usage
from . import errors as E
from .error_mapping import error_from_answer, parse_error_payload

_DATA_URL = re.compile(r"^data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<params>(;[^,;]*)*?);base64,(?P<data>.*)$",
                       re.DOTALL | re.IGNORECASE)

_FINISH = {
    # OpenAI chat
    "stop": "stop", "length": "length", "content_filter": "content_filter",
    "tool_calls": "tool_calls", "function_call": "tool_calls",
    # Anthropic
    "end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length",
    "tool_use": "tool_calls", "refusal": "content_filter", "pause_turn": "stop",
    # Gemini
    "finish_reason_unspecified": "stop", "safety": "content_filter",
    "recitation": "content_filter", "blocklist": "content_filter",
    "prohibited_content": "content_filter", "spii": "content_filter",
    "image_safety": "content_filter", "malformed_function_call": "tool_calls",
    # Responses
    "completed": "stop", "max_output_tokens": "length",
}


def normalise_finish(reason: Any) -> str | None:
    """One vocabulary for every protocol's finish/stop reason (None stays None)."""
    if reason is None or reason == "":
        return None
    key = str(reason).strip().lower()
    return _FINISH.get(key, key)


def split_data_url(url: str) -> tuple[str, str] | None:
    """``(mime type, base64 data)`` of a ``data:`` URL, or None for any other URL."""
    m = _DATA_URL.match(url.strip())
    if not m:
        return None
    return (m.group("mime") or "application/octet-stream").lower(), m.group("data").strip()


def guess_image_mime(url: str) -> str:
    """Mime type from an http(s) URL's extension (for protocols that insist on one)."""
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    for ext, mime in ((".png", "image/png"), (".webp", "image/webp"), (".gif", "image/gif"),
                      (".jpg", "image/jpeg"), (".jpeg", "image/jpeg"), (".heic", "image/heic"),
                      (".heif", "image/heif")):
        if path.endswith(ext):
            return mime
    return "image/jpeg"


def as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def usage_of(input_tokens: Any, output_tokens: Any, total_tokens: Any = None) -> Usage | None:
    i, o, t = as_int(input_tokens), as_int(output_tokens), as_int(total_tokens)
    if i is None and o is None and t is None:
        return None
    if t is None and i is not None and o is not None:
        t = i + o
    return Usage(input_tokens=i, output_tokens=o, total_tokens=t)


def stream_error(payload: Any, *, endpoint: str, model: str | None) -> E.GlobalAIError:
    """The error for an error event inside a stream (the HTTP status was already 200)."""
    info = parse_error_payload(payload)
    err = error_from_answer(None, info, endpoint=endpoint, model=model, body=_excerpt(payload))
    if type(err) is E.BadRequestError and info.code is None and info.kind is None:
        # An error event with no code at all: most likely the upstream model failed.
        return E.ServerError("The model stopped with an error while answering."
                             + (f" The server said: {info.reason}" if info.reason else ""),
                             endpoint=endpoint, model=model, body=_excerpt(payload))
    return err


def has_error(payload: Any) -> bool:
    """True for a JSON object that is an error envelope rather than a reply."""
    if not isinstance(payload, Mapping):
        return False
    if payload.get("type") == "error":
        return True
    err = payload.get("error")
    return bool(err) and isinstance(err, (str, Mapping))


def _excerpt(payload: Any) -> str:
    import json
    try:
        return json.dumps(payload, ensure_ascii=False)[:2000]
    except (TypeError, ValueError):
        return str(payload)[:2000]
