"""Writing streamed answers, with the ``drop_stream`` and ``stream_error`` faults built in.

:class:`ChunkWriter` sends pieces of a response with ``chunk_delay`` between them.  When a
fault is armed for the request, after ``after_chunks`` pieces it either cuts the TCP
connection without a terminator (``drop_stream``: a network or an upstream died
mid-answer), or has the handler's ``failure`` callback write the protocol's error event
and then ends the body cleanly (``stream_error``: the upstream model failed mid-answer,
e.g. overloaded).
"""

from __future__ import annotations

import asyncio
import json

from collections.abc import Awaitable, Callable

from aiohttp import web

from .faults import Fault
from .keys import SIM


class StreamCut(Exception):
    """Raised inside a handler once the connection was cut on purpose (or by the peer)."""


class StreamFailed(Exception):
    """Raised inside a handler once a ``stream_error`` fault sent its error event: the
    handler writes nothing more and the body ends cleanly."""


class ChunkWriter:
    """Write a body piece by piece; honour one optional drop fault.

    Use as ``async with writer: await writer.write(...)``: entering sends the headers,
    leaving ends the body cleanly — unless the connection was cut (on purpose or by the
    client), which is swallowed.  ``state.open_streams`` counts writers in between, so a
    test can see that a client really closed a stream it cancelled.

    ``failure`` (set by a text handler) writes the protocol's mid-stream error for a
    ``stream_error`` fault; it receives the fault and may call :meth:`write`.  Without it
    a ``stream_error`` fault cuts the connection like ``drop_stream``.
    """

    failure: Callable[[Fault], Awaitable[None]] | None = None

    def __init__(self, request: web.Request, *, content_type: str, delay: float,
                 fault: Fault | None = None, content_length: int | None = None,
                 headers: dict | None = None) -> None:
        self.request = request
        self.delay = delay
        self.fault = fault
        self.sent = 0
        self.response = web.StreamResponse(status=200, headers=headers or {})
        self.response.content_type = content_type
        if content_length is not None:
            self.response.content_length = content_length
        self._state = request.app[SIM].state

    async def __aenter__(self) -> "ChunkWriter":
        await self.response.prepare(self.request)
        self._state.stream_opened()
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        try:
            if exc_type is None or exc_type is StreamFailed:
                try:
                    await self.response.write_eof()
                except (ConnectionError, RuntimeError):
                    pass
        finally:
            self._state.stream_closed()
        return exc_type in (StreamCut, StreamFailed)

    async def write(self, data: bytes | str) -> None:
        """Send one piece (after the configured pause, except before the first)."""
        if self.fault is not None and self.sent >= self.fault.after_chunks:
            fault, self.fault = self.fault, None     # the failure's own writes go through
            if fault.kind == "stream_error" and self.failure is not None:
                await self.failure(fault)
                raise StreamFailed()
            self.cut()
        if self.sent and self.delay > 0:
            await asyncio.sleep(self.delay)
        payload = data.encode("utf-8") if isinstance(data, str) else data
        try:
            await self.response.write(payload)
        except (ConnectionError, RuntimeError) as exc:
            # The client went away (e.g. it cancelled its stream): stop quietly.
            raise StreamCut() from exc
        self.sent += 1

    def cut(self) -> None:
        """Abort the connection now: no terminator, no clean chunked ending."""
        transport = self.request.transport
        if transport is not None:
            transport.abort()
        raise StreamCut()


class SSEWriter(ChunkWriter):
    """Server-sent events: ``event:`` (optional) and ``data:`` lines, blank line after each."""

    def __init__(self, request: web.Request, *, delay: float, fault: Fault | None = None) -> None:
        super().__init__(request, content_type="text/event-stream", delay=delay, fault=fault,
                         headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    async def event(self, data, event: str | None = None) -> None:
        text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
        head = f"event: {event}\n" if event else ""
        await self.write(f"{head}data: {text}\n\n")
