"""Shared fixtures.

- Every test runs with its own config/data folders (nothing touches the real profile).
- Qt runs offscreen.
- ``qloop``: a qasync event loop on the test QApplication, for tests of Qt services and
  widgets that run coroutines (drive it with ``qloop.run_until_complete(...)`` or
  ``qtbot.waitUntil``).  Plain API tests are ``async def`` tests run by pytest-asyncio.
"""

from __future__ import annotations

import asyncio
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

import pytest


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path, monkeypatch):
    monkeypatch.setenv("GLOBALAI_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GLOBALAI_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GLOBALAI_DESKTOP_SYSTEM_CONFIG", str(tmp_path / "system" / "config.toml"))
    for var in ("GLOBALAIOPC_API_KEY", "GLOBALAIOPC_TEXT_BASE_URL", "GLOBALAIOPC_MEDIA_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    yield


# Closed qasync loops are kept alive until the session ends: when one is garbage-collected
# from another thread (the simulator's), its leftover Qt timers stay registered and a later
# processEvents() crashes inside QTimerInfoList::activateTimers.
_CLOSED_LOOPS: list = []


@pytest.fixture
def qloop(qapp):
    """A qasync loop bound to the test QApplication, installed as the current loop."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        asyncio.set_event_loop(None)
        loop.close()
        _CLOSED_LOOPS.append(loop)


# Simulator fixtures (``sim``, ``sim_config``, ``TEST_KEY``) live in tests/fixtures_sim.py.
try:
    from tests.fixtures_sim import *  # noqa: F401,F403
except ImportError:  # the simulator package is being built
    pass
