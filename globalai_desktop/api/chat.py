"""Chat over any of the four text protocols, streamed or not.

:func:`stream_chat` is an async generator of :class:`TextDelta`.  Its contract:

- errors before any text arrives are raised from the first ``__anext__`` (429/503 answers
  and connections that never opened are retried first, see ``api/retry.py``);
- once the stream began it is never retried; an error event inside it raises the mapped
  error; a stream that ends (or breaks) before the protocol's terminator / finish reason
  raises :class:`APIConnectionError` ("the connection was interrupted"), so the caller can
  keep the partial text and mark the reply interrupted;
- the HTTP response is closed in ``finally`` — on completion, error, ``break`` (when the
  generator is closed: use ``contextlib.aclosing`` or let the loop's async-generator hook
  finalise it) and cancellation.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from types import ModuleType

import httpx

from ..domain.text import ChatRequest, ChatResult, Protocol, TextDelta
from . import chat_anthropic, chat_gemini, chat_openai, chat_responses
from . import errors as E
from .error_mapping import error_from_transport
from .retry import RequestKind
from .sse import iter_stream_events
from .transport import Transport

log = logging.getLogger("globalai.api.chat")

PROTOCOLS: dict[Protocol, ModuleType] = {
    Protocol.OPENAI: chat_openai,
    Protocol.ANTHROPIC: chat_anthropic,
    Protocol.GEMINI: chat_gemini,
    Protocol.RESPONSES: chat_responses,
}


def _protocol(req: ChatRequest) -> ModuleType:
    try:
        return PROTOCOLS[Protocol(req.protocol)]
    except (KeyError, ValueError):
        raise ValueError(f"unknown chat protocol {req.protocol!r}") from None


async def stream_chat(transport: Transport, req: ChatRequest) -> AsyncIterator[TextDelta]:
    """Stream the reply to ``req`` (see the module docstring for the contract)."""
    mod = _protocol(req)
    path, params = mod.path(req, True)
    endpoint = f"POST {path}"
    response = await transport.send("POST", "text", path, kind=RequestKind.TEXT,
                                    json_body=mod.build_body(req, True), params=params,
                                    model=req.model, stream=True)
    decoder = mod.Decoder(endpoint=endpoint, model=req.model)
    pieces = 0
    try:
        try:
            async for event in iter_stream_events(response.aiter_text()):
                for delta in decoder.feed(event):
                    pieces += 1
                    yield delta
        except httpx.HTTPError as exc:
            # One sentence for the person; what httpx said goes to .detail (details() only).
            err = error_from_transport(exc, endpoint=endpoint, model=req.model,
                                       host=transport.host_label("text"))
            if isinstance(err, E.APITimeoutError):
                raise E.APITimeoutError(
                    "The server stopped sending before the reply was complete.",
                    endpoint=endpoint, model=req.model, detail=err.detail) from exc
            raise E.APIConnectionError(
                "The connection was interrupted before the reply was complete.",
                endpoint=endpoint, model=req.model, detail=err.detail) from exc
        if not decoder.finished:
            log.info("%s: stream ended after %d pieces without a finish", endpoint, pieces)
            raise E.APIConnectionError(
                "The connection was interrupted before the reply was complete.",
                endpoint=endpoint, model=req.model,
                detail=f"The stream ended after {pieces} pieces without the protocol's "
                       "end marker or a finish reason.")
    finally:
        await response.aclose()


async def complete_chat(transport: Transport, req: ChatRequest) -> ChatResult:
    """The whole reply to ``req`` in one answer (no streaming)."""
    mod = _protocol(req)
    path, params = mod.path(req, False)
    payload = await transport.request_json("POST", "text", path, kind=RequestKind.TEXT,
                                           json_body=mod.build_body(req, False), params=params,
                                           model=req.model)
    return mod.parse_result(payload, endpoint=f"POST {path}", model=req.model)
