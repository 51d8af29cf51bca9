"""Helpers for the task-service and Image-tab tests (real simulator, real client).

Nothing here fakes the network: the client talks HTTP to the simulator on 127.0.0.1.
``poll_scale`` shrinks the catalog's poll intervals so a test takes a fraction of a second.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any, Callable

from globalai_desktop.api import ApiConfig, GlobalAIClient
from globalai_desktop.catalog import load_catalog
from globalai_desktop.services.context import AppContext
from globalai_desktop.services.tasks import TaskService
from globalai_desktop.storage.media_library import MediaLibrary
from globalai_desktop.storage.tasks import TaskLedger
from tests.fixtures_sim import TEST_KEY

FAST_POLL_SCALE = 0.02       # image interval 3 s → 0.06 s


class RecordingErrors:
    """An ErrorSink that keeps what would have been shown to the person."""

    def __init__(self) -> None:
        self.reports: list[tuple[BaseException, str, Any]] = []

    def report(self, exc: BaseException, *, action: str = "", retry: Callable | None = None) -> None:
        self.reports.append((exc, action, retry))


def make_client(sim: Any, key: str | None = TEST_KEY, **cfg: Any) -> GlobalAIClient:
    cfg.setdefault("max_retries", 0)     # the service's own waiting is what is under test
    config = ApiConfig(text_base_url=sim.text_base_url, media_base_url=sim.media_base_url, **cfg)
    return GlobalAIClient(config, api_key=lambda: key)


def make_service(sim: Any, root: Path, *, key: str | None = TEST_KEY, catalog: Any = None,
                 poll_scale: float = FAST_POLL_SCALE, **kw: Any) -> TaskService:
    client = make_client(sim, key)
    service = TaskService(client, catalog or load_catalog(), TaskLedger.in_folder(root / "data"),
                          MediaLibrary.in_folder(root / "data"), lambda: root / "media",
                          errors=RecordingErrors(), poll_scale=poll_scale, **kw)
    return service


def make_context(sim: Any, root: Path, *, key: str | None = TEST_KEY,
                 poll_scale: float = FAST_POLL_SCALE) -> AppContext:
    """An AppContext whose ``extras["tasks"]`` is a fast TaskService over the simulator."""
    service = make_service(sim, root, key=key, poll_scale=poll_scale)
    ctx = AppContext(settings=None, catalog=service.catalog, client=service.client,
                     errors=service.errors, data_dir=root / "data",
                     media_dir=lambda: root / "media")
    ctx.extras["tasks"] = service
    return ctx


async def close_service(service: TaskService) -> None:
    await service.shutdown()
    await service.client.aclose()
    service.ledger.close()
    service.library.close()


async def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, step: float = 0.02) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(step)


async def wait_state(service: TaskService, task_id: int, *states: Any, timeout: float = 10.0):
    await wait_for(lambda: service.get(task_id) and service.get(task_id).state in states, timeout)
    return service.get(task_id)
