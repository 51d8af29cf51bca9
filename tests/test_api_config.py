"""Base URL normalisation, configuration checks, proxy / TLS settings and reconfigure."""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
import threading

import certifi
import pytest

from globalai_desktop.api import (DEFAULT_MEDIA_BASE_URL, DEFAULT_TEXT_BASE_URL, ApiConfig,
                                  normalise_base_url)
from globalai_desktop.api import transport
from globalai_desktop.api.errors import APIConnectionError, NotFoundError
from globalai_desktop.simulator import SimulatorConfig, SimulatorThread
from tests.fixtures_sim import TEST_KEY
from tests.test_api_support import closed_port, make_client, sim_api_config

MEDIA = DEFAULT_MEDIA_BASE_URL
TEXT = DEFAULT_TEXT_BASE_URL


@pytest.mark.parametrize("typed, expected", [
    ("https://zcbservice.aizfw.cn", MEDIA),
    ("https://zcbservice.aizfw.cn/", MEDIA),
    ("https://zcbservice.aizfw.cn/kyyReactApiServer", MEDIA),
    ("https://zcbservice.aizfw.cn/kyyReactApiServer/", MEDIA),
    ("https://zcbservice.aizfw.cn/kyyReactApiServer/v1", MEDIA),
    ("https://zcbservice.aizfw.cn/kyyReactApiServer/v1/", MEDIA),
    ("  zcbservice.aizfw.cn/kyyReactApiServer  ", MEDIA),
    ("HTTPS://ZCBSERVICE.AIZFW.CN/kyyReactApiServer?x=1#top", MEDIA),
    ("https://zcbservice.aizfw.cn//kyyReactApiServer//", MEDIA),
    ("https://zcbservice.aizfw.cn/kyyAiPower", "https://zcbservice.aizfw.cn/kyyAiPower"),
    ("http://127.0.0.1:8080/kyyReactApiServer", "http://127.0.0.1:8080/kyyReactApiServer"),
])
def test_media_base_urls_never_double_a_path(typed, expected):
    assert normalise_base_url(typed, "media") == expected


@pytest.mark.parametrize("typed, expected", [
    ("http://apillm.globalaiopc.com", TEXT),
    ("http://apillm.globalaiopc.com/", TEXT),
    ("http://apillm.globalaiopc.com/gw_llm_power", TEXT),
    ("http://apillm.globalaiopc.com/gw_llm_power/v1", TEXT),
    ("http://apillm.globalaiopc.com/gw_llm_power/v1/", TEXT),
    ("apillm.globalaiopc.com/gw_llm_power/v1", TEXT),                      # documented scheme
    ("http://apillm.globalaiopc.com/gw_llm_power/v1/chat/completions", TEXT),
    ("https://llm.example.org/gw_llm_power", "https://llm.example.org/gw_llm_power"),
    ("http://[::1]:9000/gw_llm_power/v1", "http://[::1]:9000/gw_llm_power"),
])
def test_text_base_urls_never_double_a_path(typed, expected):
    assert normalise_base_url(typed, "text") == expected


@pytest.mark.parametrize("typed", ["", "   ", "ftp://example.com", "http://", "http://exa mple.com",
                                   "http://example.com:notaport"])
def test_unusable_addresses_are_refused_with_a_sentence(typed):
    with pytest.raises(ValueError) as info:
        normalise_base_url(typed, "media")
    assert str(info.value).endswith(".")


def test_config_normalises_and_checks_itself():
    cfg = ApiConfig(text_base_url="http://apillm.globalaiopc.com/v1",
                    media_base_url="https://zcbservice.aizfw.cn/")
    assert (cfg.text_base_url, cfg.media_base_url) == (TEXT, MEDIA)
    assert ApiConfig() == ApiConfig(text_base_url=TEXT, media_base_url=MEDIA)
    with pytest.raises(ValueError):
        ApiConfig(proxy_mode="sometimes")
    with pytest.raises(ValueError):
        ApiConfig(read_timeout=0)


async def test_custom_proxy_without_address_is_reported_on_use(sim):
    client = make_client(sim, proxy_mode="custom", proxy_url=None)
    try:
        with pytest.raises(APIConnectionError, match="proxy"):
            await client.get_result("abc")
    finally:
        await client.aclose()
    assert sim.count(None, "/v1/") == 0


async def test_missing_ca_bundle_is_reported_with_its_path(sim, tmp_path):
    missing = tmp_path / "corp-ca.pem"
    client = make_client(sim, ca_bundle=str(missing))
    try:
        with pytest.raises(APIConnectionError) as info:
            await client.get_result("abc")
    finally:
        await client.aclose()
    assert str(missing) in info.value.message


async def test_system_trust_store_option_still_connects(sim):
    client = make_client(sim, use_system_trust_store=True)
    try:
        with pytest.raises(NotFoundError):             # reached the server and got an answer
            await client.get_result("unknown-task")
    finally:
        await client.aclose()


async def test_custom_proxy_is_used(sim):
    # The media host name cannot be resolved, so an answer can only come through the proxy
    # (the simulator understands the absolute-form request a plain-HTTP proxy receives).
    client = make_client(sim, proxy_mode="custom", proxy_url=f"http://127.0.0.1:{sim.port}",
                         max_retries=0, media_base_url="http://media.invalid/kyyReactApiServer")
    try:
        with pytest.raises(NotFoundError):
            await client.get_result("abc")
    finally:
        await client.aclose()
    assert sim.count("GET", "/v1/result/abc") == 1


async def test_no_proxy_mode_ignores_proxy_environment(sim, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.setenv("NO_PROXY", "")
    client = make_client(sim, proxy_mode="none")
    try:
        with pytest.raises(NotFoundError):
            await client.get_result("abc")          # answered directly by the simulator
    finally:
        await client.aclose()


async def test_system_proxy_mode_follows_proxy_environment(sim, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.setenv("NO_PROXY", "")
    client = make_client(sim, proxy_mode="system", max_retries=0)
    try:
        with pytest.raises(APIConnectionError):     # the (dead) proxy from the environment
            await client.get_result("abc")
    finally:
        await client.aclose()
    assert sim.count("GET", "/v1/result/abc") == 0


async def test_reconfigure_switches_hosts_and_close_is_idempotent(sim):
    client = make_client(sim)
    with SimulatorThread(SimulatorConfig.fast(api_keys={TEST_KEY})) as other:
        await client.reconfigure(sim_api_config(other))
        assert client.config.media_base_url == other.media_base_url
        created = await client.create_task("/v1/banana/images",
                                           {"model": "nano-banana", "prompt": "a cat"})
        assert created.id in other.tasks and created.id not in sim.tasks
    await client.aclose()
    await client.aclose()
    with pytest.raises(APIConnectionError, match="shut down"):
        await client.get_result("abc")


def test_config_is_immutable():
    cfg = ApiConfig()
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.max_retries = 5


async def test_the_event_loop_keeps_running_while_the_trust_store_loads(sim, monkeypatch):
    """Loading certificates takes tens of milliseconds: it must not freeze the window.
    The load below only finishes once the event loop has run a step; were it done on the
    loop's own thread, it would wait out its timeout instead."""
    loop_ran = threading.Event()
    waited = []
    real = transport._ssl_context

    def slow_trust_store(cfg):
        waited.append(loop_ran.wait(timeout=5))
        return real(cfg)

    async def tick():
        await asyncio.sleep(0)
        loop_ran.set()

    monkeypatch.setattr(transport, "_ssl_context", slow_trust_store)
    client = make_client(sim)
    try:
        ticker = asyncio.ensure_future(tick())
        with pytest.raises(NotFoundError):                 # reached the server
            await client.get_result("abc")
        await ticker
    finally:
        await client.aclose()
    assert waited == [True]


async def test_settings_changed_while_connecting_apply_to_that_request(sim, monkeypatch):
    """A request whose connection is still being set up when Settings are saved goes to
    the new server, not to the old one."""
    release = threading.Event()
    real = transport._ssl_context

    def held_trust_store(cfg):
        release.wait(timeout=5)
        return real(cfg)

    monkeypatch.setattr(transport, "_ssl_context", held_trust_store)
    client = make_client(sim, max_retries=0)
    with SimulatorThread(SimulatorConfig.fast(api_keys={TEST_KEY})) as other:
        try:
            request = asyncio.ensure_future(client.get_result("abc"))
            await asyncio.sleep(0.05)                   # the request waits for its connection
            await client.reconfigure(sim_api_config(other, max_retries=0))
            release.set()
            with pytest.raises(NotFoundError):
                await request
        finally:
            await client.aclose()
        assert other.count("GET", "/v1/result/abc") == 1
    assert sim.count("GET", "/v1/result/abc") == 0


async def test_a_ca_bundle_put_in_place_after_an_error_is_used_next_time(sim, tmp_path):
    bundle = tmp_path / "corp-ca.pem"
    client = make_client(sim, ca_bundle=str(bundle))
    try:
        with pytest.raises(APIConnectionError):
            await client.get_result("abc")
        shutil.copy(certifi.where(), bundle)
        with pytest.raises(NotFoundError):             # the next request connects
            await client.get_result("abc")
    finally:
        await client.aclose()
