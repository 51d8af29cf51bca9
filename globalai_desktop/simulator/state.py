"""What the simulator remembers: the request log, generation tasks and assets.

Everything here is guarded by one lock, because tests read it from their own thread while
the server mutates it on its loop thread.  Task and asset states are *derived from the
clock* (creation time + the config's timings), so nothing needs a background timer:
polling simply sees the state the elapsed time implies, unless a test forced one.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime

from .config import SimulatorConfig

TERMINAL = ("completed", "failed", "cancelled")
#: The request log keeps this many latest requests, so a long demo session stays small.
REQUEST_LOG_LIMIT = 5000


@dataclass(frozen=True)
class RequestRecord:
    """One request as the simulator saw it.  Headers are not kept (no key is ever stored)."""

    method: str
    path: str              # full path, e.g. "/kyyReactApiServer/v1/result/image_1"
    route: str             # path below the host prefix, e.g. "/v1/result/image_1"
    host: str              # "text", "media" or "files"
    query: dict
    time: float            # time.time() when it arrived
    body: object = None    # parsed JSON body, or None


@dataclass
class Task:
    """A generation task.  ``outcome`` is decided at creation (faults may make it fail)."""

    id: str
    route: str                     # create path below the host prefix, e.g. "/v1/sora/videos"
    family: str                    # catalog family id, e.g. "sora"
    kind: str                      # "image" | "video"
    model: str
    object: str                    # "image.generation", "video", "video.generation"
    created: int                   # unix seconds, as reported
    started: float                 # time.monotonic() at creation
    body: dict
    outcome: str = "completed"     # "completed" | "failed" | "cancelled"
    reason: str | None = None
    forced_status: str | None = None
    forced_error: str | None = None
    forced_at: float | None = None
    url_token: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    url_expired: bool = False
    media: bytes | None = None     # generated image bytes, made on first download

    def status_at(self, now: float, cfg: SimulatorConfig) -> tuple[str, float | None]:
        """(status, progress 0..100 or None) at monotonic time ``now``."""
        if self.forced_status:
            return self.forced_status, (100.0 if self.forced_status == "completed" else None)
        elapsed = now - self.started
        if elapsed < cfg.queued_seconds:
            return "queued", 0.0
        if elapsed < cfg.queued_seconds + cfg.processing_seconds:
            frac = (elapsed - cfg.queued_seconds) / max(cfg.processing_seconds, 1e-6)
            return "processing", round(min(99.0, 100.0 * frac), 1)
        return self.outcome, (100.0 if self.outcome == "completed" else None)

    def error_at(self, now: float, cfg: SimulatorConfig) -> str | None:
        status, _ = self.status_at(now, cfg)
        if status != "failed":
            return None
        if self.forced_status:
            return self.forced_error or "Task failed"
        return self.reason or "Task failed"

    def completed_since(self, cfg: SimulatorConfig) -> float:
        """Monotonic time at which the task completed (or will)."""
        if self.forced_status == "completed" and self.forced_at is not None:
            return self.forced_at
        return self.started + cfg.queued_seconds + cfg.processing_seconds


@dataclass
class Asset:
    """An asset in one of the two libraries (``"kyy"`` = Seedance 2.0, ``"sd2"`` = SD2 Manxue)."""

    id: str
    library: str
    asset_type: str
    url: str
    name: str | None
    created: datetime
    started: float

    def status_at(self, now: float, cfg: SimulatorConfig) -> str:
        """Processing during review, then Active — or Failed when the URL asks to be rejected."""
        if now - self.started < cfg.review_seconds:
            return "Processing"
        return "Failed" if "reject" in self.url.lower() else "Active"


class SimState:
    """The simulator's memory, safe to read from any thread."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._requests: deque[RequestRecord] = deque(maxlen=REQUEST_LOG_LIMIT)
        self._tasks: dict[str, Task] = {}
        self._assets: dict[str, Asset] = {}
        self._open_streams = 0

    # -- streamed answers in flight ---------------------------------------------------------
    def stream_opened(self) -> None:
        with self.lock:
            self._open_streams += 1

    def stream_closed(self) -> None:
        with self.lock:
            self._open_streams -= 1

    @property
    def open_streams(self) -> int:
        """Streamed answers (SSE, downloads) currently being written."""
        with self.lock:
            return self._open_streams

    # -- requests -------------------------------------------------------------------
    def record(self, rec: RequestRecord) -> None:
        with self.lock:
            self._requests.append(rec)

    def requests(self) -> list[RequestRecord]:
        with self.lock:
            return list(self._requests)

    def count(self, method: str | None, path_prefix: str = "") -> int:
        """Requests with ``method`` (None/"*" = any) whose full path or route starts with
        ``path_prefix``."""
        m = (method or "*").upper()
        with self.lock:
            return sum(1 for r in self._requests
                       if (m == "*" or r.method == m)
                       and (r.path.startswith(path_prefix) or r.route.startswith(path_prefix)))

    # -- tasks ----------------------------------------------------------------------
    def add_task(self, task: Task) -> None:
        with self.lock:
            self._tasks[task.id] = task

    def task(self, task_id: str) -> Task | None:
        with self.lock:
            return self._tasks.get(task_id)

    def tasks(self) -> dict[str, Task]:
        with self.lock:
            return dict(self._tasks)

    def forget_task(self, task_id: str) -> None:
        with self.lock:
            self._tasks.pop(task_id, None)

    def task_by_token(self, token: str) -> Task | None:
        with self.lock:
            return next((t for t in self._tasks.values() if t.url_token == token), None)

    # -- assets ---------------------------------------------------------------------
    def add_asset(self, asset: Asset) -> None:
        with self.lock:
            self._assets[asset.id] = asset

    def asset(self, asset_id: str) -> Asset | None:
        with self.lock:
            return self._assets.get(asset_id)

    def delete_asset(self, asset_id: str) -> bool:
        with self.lock:
            return self._assets.pop(asset_id, None) is not None

    def assets(self) -> dict[str, Asset]:
        with self.lock:
            return dict(self._assets)

    def reset(self) -> None:
        with self.lock:
            self._requests.clear()
            self._tasks.clear()
            self._assets.clear()


def now() -> float:
    return time.monotonic()
