"""Writing streamed answers, with the ``drop_stream`` fault built in.

:class:`ChunkWriter` sends pieces of a response with ``chunk_delay`` between them; when
a ``drop_stream`` fault is armed for the request it cuts the TCP connection after
``after_chunks`` pieces, without a terminator — what a client sees when a network or an
upstream dies mid-answer.
"""

from __future__ import annotations

import asyncio
import json

from aiohttp import web

from .faults import Fault
from .keys import SIM


class StreamCut(Exception):
    """Raised inside a handler once the connection was cut on purpose (or by the peer)."""


class ChunkWriter:
    """Write a body piece by piece; honour one optional drop fault.

    Use as ``async with writer: await writer.write(...)``: entering sends the headers,
    leaving ends the body cleanly — unless the connection was cut (on purpose or by the
    client), which is swallowed.  ``state.open_streams`` counts writers in between, so a
    test can see that a client really closed a stream it cancelled.
    """

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
            if exc_type is None:
                try:
                    await self.response.write_eof()
                except (ConnectionError, RuntimeError):
                    pass
        finally:
            self._state.stream_closed()
        return exc_type is StreamCut

    async def write(self, data: bytes | str) -> None:
        """Send one piece (after the configured pause, except before the first)."""
        if self.fault is not None and self.sent >= self.fault.after_chunks:
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
