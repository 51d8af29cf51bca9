"""Decoders for streamed replies: Server-Sent Events and a streamed JSON array.

:func:`iter_stream_events` takes the text chunks of a response and yields
:class:`StreamEvent` objects whatever the wire format was:

- SSE (WHATWG rules): ``data:`` lines (several are joined with ``\\n``), ``event:`` names,
  ``:`` comments, ``id:``/``retry:`` ignored, LF / CRLF / CR line ends, a blank line ends an
  event; an event left open when the stream ends is still delivered (lenient).
- a JSON array of objects (Gemini without ``alt=sse``): one event per element, then an
  event named :data:`END_OF_ARRAY` when the closing ``]`` arrives.

The format is sniffed from the first non-blank character (``[`` → JSON array), because
gateways do not always label streams with the right content type.  ``data`` is the parsed
JSON value, or the raw string when it is not JSON (``[DONE]``, keep-alive words).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("globalai.api.sse")

END_OF_ARRAY = "__end_of_json_array__"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_DECODER = json.JSONDecoder()


@dataclass(frozen=True)
class StreamEvent:
    event: str | None   # SSE event name (None when absent)
    data: Any           # parsed JSON, or the raw string


def _parse_data(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


async def _iter_lines(chunks: AsyncIterator[str], head: str) -> AsyncIterator[str]:
    """Split text into lines on LF, CRLF or CR, even when a CRLF straddles two chunks."""
    buf = head

    async def more() -> AsyncIterator[str]:
        yield buf
        async for c in chunks:
            yield c

    pending = ""
    async for chunk in more():
        pending += chunk
        # Hold back a trailing CR: the next chunk may start with its LF.
        hold = pending.endswith("\r")
        work = pending[:-1] if hold else pending
        parts = _LINE_BREAK.split(work)
        pending = parts.pop() + ("\r" if hold else "")
        for line in parts:
            yield line
    if pending:
        yield pending.rstrip("\r")


async def _iter_sse(chunks: AsyncIterator[str], head: str) -> AsyncIterator[StreamEvent]:
    data_lines: list[str] = []
    event_name: str | None = None
    async for line in _iter_lines(chunks, head):
        if line == "":
            if data_lines:
                yield StreamEvent(event_name, _parse_data("\n".join(data_lines)))
            data_lines, event_name = [], None
            continue
        if line.startswith(":"):
            continue                        # comment / keep-alive
        field, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if field == "data":
            data_lines.append(value)
        elif field == "event":
            event_name = value.strip() or None
        elif field in ("id", "retry"):
            pass
        else:
            log.debug("ignoring unknown SSE field %r", field[:40])
    if data_lines:                          # stream ended without the final blank line
        yield StreamEvent(event_name, _parse_data("\n".join(data_lines)))


async def _iter_json_array(chunks: AsyncIterator[str], head: str) -> AsyncIterator[StreamEvent]:
    buf = head
    pos = 0
    started = False
    exhausted = False
    it = chunks.__aiter__()
    while True:
        # Parse every complete element in the buffer.
        progressed = True
        while progressed:
            progressed = False
            while pos < len(buf) and (buf[pos].isspace() or buf[pos] == ","):
                pos += 1
            if pos >= len(buf):
                break
            if not started:
                if buf[pos] == "[":
                    started = True
                    pos += 1
                    progressed = True
                    continue
                started = True     # a bare object stream (no brackets): accept it too
            if buf[pos] == "]":
                yield StreamEvent(END_OF_ARRAY, None)
                return
            try:
                value, end = _DECODER.raw_decode(buf, pos)
            except ValueError:
                break               # incomplete element: wait for more text
            yield StreamEvent(None, value)
            buf, pos = buf[end:], 0
            progressed = True
        if exhausted:
            return                  # ended without "]": the caller sees no terminator
        try:
            buf = buf[pos:] + await it.__anext__()
            pos = 0
        except StopAsyncIteration:
            exhausted = True


async def iter_stream_events(chunks: AsyncIterator[str]) -> AsyncIterator[StreamEvent]:
    """Yield the events of a streamed reply (SSE or JSON array; sniffed)."""
    head = ""
    it = chunks.__aiter__()
    async for chunk in it:
        head += chunk
        if head.strip():
            break
    stripped = head.lstrip()
    if not stripped:
        return
    if stripped[0] in "[{":
        async for ev in _iter_json_array(it, head):
            yield ev
    else:
        async for ev in _iter_sse(it, head):
            yield ev
