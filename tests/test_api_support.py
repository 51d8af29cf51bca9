"""Shared pieces for the API client tests (imported by the other ``test_api_*`` modules).

``api_client`` is a GlobalAIClient pointed at the ``sim`` simulator with fast backoff
(a few milliseconds) so retry tests stay quick; ``make_client`` builds one with any key
and config changes.  ``closed_port()`` is a loopback port nobody listens on.
"""

from __future__ import annotations

import dataclasses
import socket

import pytest

from globalai_desktop.api import ApiConfig, GlobalAIClient
from tests.fixtures_sim import TEST_KEY

# Retry pauses in tests: real exponential backoff, scaled down to milliseconds.
FAST_BACKOFF = dict(backoff_base=0.01, backoff_max=0.05)


def sim_api_config(sim, **changes) -> ApiConfig:
    cfg = ApiConfig(text_base_url=sim.text_base_url, media_base_url=sim.media_base_url,
                    proxy_mode="none", connect_timeout=5.0, read_timeout=15.0, max_retries=3,
                    **FAST_BACKOFF)
    return dataclasses.replace(cfg, **changes) if changes else cfg


def make_client(sim, key: str | None = TEST_KEY, **changes) -> GlobalAIClient:
    return GlobalAIClient(sim_api_config(sim, **changes), api_key=lambda: key)


def closed_port() -> int:
    """A loopback port that refuses connections (bound, then released)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def pool_connection_count(client: GlobalAIClient, host: str) -> int:
    """Connections the httpx pool for ``host`` still holds (open or idle)."""
    httpx_client = client._t._clients.get(host)
    if httpx_client is None:
        return 0
    return len(httpx_client._transport._pool.connections)


@pytest.fixture
async def api_client(sim):
    client = make_client(sim)
    try:
        yield client
    finally:
        await client.aclose()


def test_sim_api_config_points_at_the_simulator(sim):
    cfg = sim_api_config(sim)
    assert cfg.text_base_url == sim.text_base_url
    assert cfg.media_base_url == sim.media_base_url
