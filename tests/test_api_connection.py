"""The "Test connection" button: a verdict in words for each host, at no cost."""

from __future__ import annotations

from globalai_desktop.api import GlobalAIClient
from tests.fixtures_sim import LIMITED_KEY
from tests.test_api_support import closed_port, make_client, sim_api_config


async def check(client):
    try:
        return {c.host: c for c in await client.check_connection()}
    finally:
        await client.aclose()


async def test_good_key_passes_on_both_hosts_and_costs_nothing(sim):
    checks = await check(make_client(sim))
    assert checks["text"].ok and checks["media"].ok, checks
    assert "accepted" in checks["text"].message and "accepted" in checks["media"].message
    assert checks["text"].base_url == sim.text_base_url
    assert checks["media"].status_code == 404           # "task not found" = key checked, fine
    assert sim.tasks == {}                              # nothing was created or billed
    assert sim.count("POST", "/v1/chat/completions") == 1
    body = [r for r in sim.requests if r.route == "/v1/chat/completions"][0].body
    assert body == {}


async def test_rejected_key_is_reported_per_host(sim):
    checks = await check(make_client(sim, key="sk-wrong-key-123456"))
    for c in checks.values():
        assert not c.ok and c.status_code == 401 and "rejected the API key" in c.message


async def test_missing_key_is_reported(sim):
    checks = await check(make_client(sim, key=None))
    for c in checks.values():
        assert not c.ok and "no API key is set" in c.message


async def test_limited_key_still_connects(sim):
    checks = await check(make_client(sim, key=LIMITED_KEY))
    assert checks["text"].ok and checks["media"].ok


async def test_wrong_media_address_is_spotted(sim):
    cfg = sim_api_config(sim, media_base_url=sim.base_url + "/somewhere-else")
    checks = await check(GlobalAIClient(cfg, api_key=lambda: "sk-test-simulator-0123456789abcdef"))
    assert checks["text"].ok
    assert not checks["media"].ok and "not at this address" in checks["media"].message


async def test_unreachable_host_is_a_sentence_not_an_exception(sim):
    port = closed_port()
    cfg = sim_api_config(sim, text_base_url=f"http://127.0.0.1:{port}")
    checks = await check(GlobalAIClient(cfg, api_key=lambda: "sk-test-simulator-0123456789abcdef"))
    assert not checks["text"].ok and checks["text"].status_code is None
    assert "Could not connect" in checks["text"].message
    assert checks["media"].ok
