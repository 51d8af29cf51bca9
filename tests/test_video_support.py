"""Shared helpers for the Video-tab and asset tests (no tests here).

Scenarios that keep background tasks alive (pollers, review watchers) run as ONE
coroutine via ``qloop.run_until_complete(scenario())``: qasync's ``run_until_complete``
processes Qt events once more after the loop has stopped, and an asyncio step run then
has no running loop — something the app, which runs one loop for its life, never sees.

Everything talks real HTTP to the simulator (fixture ``sim``); nothing is mocked.
``make_ctx`` builds the AppContext a tab receives, backed by the simulator, the isolated
profile folders from conftest, and an error sink that records what would be shown.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from globalai_desktop.api import ApiConfig, GlobalAIClient
from globalai_desktop.catalog import load_catalog
from globalai_desktop.services.context import AppContext
from tests.fixtures_sim import TEST_KEY
from tests.shell_harness import until  # noqa: F401  (re-exported for the tab tests)


class RecordingErrors:
    """An ErrorSink that keeps every report (what the person would have been shown)."""

    def __init__(self) -> None:
        self.reports: list[tuple[BaseException, str]] = []

    def report(self, exc, *, action="", retry=None) -> None:
        if not isinstance(exc, asyncio.CancelledError):
            self.reports.append((exc, action))


def make_client(sim, key: str = TEST_KEY) -> GlobalAIClient:
    cfg = ApiConfig(text_base_url=sim.text_base_url, media_base_url=sim.media_base_url,
                    max_retries=1)
    return GlobalAIClient(cfg, api_key=lambda: key)


def make_ctx(sim, data_dir: Path, *, key: str = TEST_KEY) -> AppContext:
    from globalai_desktop.storage.settings import Settings

    media = data_dir / "media"
    return AppContext(settings=Settings(), catalog=load_catalog(), client=make_client(sim, key),
                      errors=RecordingErrors(), data_dir=data_dir, media_dir=lambda: media)


def run_until(loop, predicate, timeout: float = 15.0, step: float = 0.02) -> None:
    """Run the qasync loop until ``predicate()`` is true (fails the test after ``timeout``)."""
    async def wait():
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("condition not reached in time")
            await asyncio.sleep(step)
    loop.run_until_complete(wait())
