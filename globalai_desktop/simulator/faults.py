"""Fault injection for the simulator.

A :class:`Fault` matches requests by method and a substring of the path, fires ``times``
times and is then gone.  :class:`FaultSet` is thread-safe: tests add faults from their own
thread while the server, on its loop thread, takes them.

Kinds and the fields each one reads:

==========================  ==============================================================
``status``                  answer ``status`` with the error envelope of that host/protocol
                            (``message`` overrides the default text)
``rate_limit``              429 + ``Retry-After: retry_after``
``slow``                    wait ``delay`` seconds, then answer normally
``drop_connection``         close the socket before any response
``drop_stream``             send ``after_chunks`` chunks (SSE events, or 16 KiB pieces of a
                            download), then cut the connection without a terminator
``stream_error``            send ``after_chunks`` chunks of a text stream, then the vendor's
                            mid-stream error (``status`` picks its type: 529 overloaded,
                            the default; 500 server error; 429 rate limited …; ``message``
                            its text) and end the body cleanly, without a terminator
``malformed_json``          200 with a body that is not valid JSON
``insufficient_balance``    402 envelope, or 200 + business code 402 (config decides)
``task_fail``               the next created task ends ``failed`` with ``reason``
``task_cancel``             the next created task ends ``cancelled``
``no_id``                   the create answer carries no ``id``
``legacy_create``           the create answers ``{"code":"0","msg":null,"data":{"projectId"}}``
==========================  ==============================================================
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, fields

KINDS = frozenset({
    "status", "rate_limit", "slow", "drop_connection", "drop_stream", "stream_error",
    "malformed_json", "insufficient_balance", "task_fail", "task_cancel", "no_id",
    "legacy_create",
})

#: Faults the request middleware answers before any handler runs.
REQUEST_KINDS = ("slow", "drop_connection", "status", "rate_limit", "malformed_json",
                 "insufficient_balance")
#: Faults that shape a newly created task or its create answer.
TASK_KINDS = ("task_fail", "task_cancel")
CREATE_KINDS = ("no_id", "legacy_create")
#: Faults that break a text stream once it began.
STREAM_KINDS = ("drop_stream", "stream_error")
# The status a fault answers (or, for stream_error, the error type it sends) when none is given.
_DEFAULT_STATUS = {"stream_error": 529}


@dataclass
class Fault:
    """One injected misbehaviour.  ``path`` is a substring of the request path ("" = any);
    ``method`` is an HTTP method or ``None`` for any."""

    kind: str
    path: str = ""
    method: str | None = None
    times: int = 1
    status: int | None = None      # None: 529 for stream_error, 500 for every other kind
    message: str | None = None
    retry_after: float = 1.0
    delay: float = 1.0
    after_chunks: int = 3
    reason: str = "Simulated generation failure"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {sorted(KINDS)}")
        if self.times < 1:
            raise ValueError("times must be at least 1")
        if self.method:
            self.method = self.method.upper()
        if self.status is None:
            self.status = _DEFAULT_STATUS.get(self.kind, 500)

    def matches(self, method: str, path: str) -> bool:
        return (self.method in (None, "", "*") or self.method == method.upper()) and self.path in path

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Fault":
        """Build from JSON (the ``/__sim__/faults`` control endpoint); unknown keys are refused."""
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault field(s): {sorted(unknown)}")
        return cls(**data)


class FaultSet:
    """A thread-safe list of pending faults.  The first matching fault of a wanted kind fires."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        """A snapshot of the faults that have not fired out yet."""
        with self._lock:
            return list(self._faults)

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)

    def take(self, method: str, path: str, kinds: tuple[str, ...] | frozenset[str]) -> Fault | None:
        """Fire the first pending fault of one of ``kinds`` matching the request, or None.

        Firing uses one of its ``times``; a fault with none left is removed.
        """
        with self._lock:
            for fault in self._faults:
                if fault.kind in kinds and fault.matches(method, path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None
