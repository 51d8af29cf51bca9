"""The simulator answers like the GlobalAI gateway (driven with plain httpx over loopback)."""

from __future__ import annotations

import time

import httpx
import pytest

from globalai_desktop.simulator import Fault
from tests.fixtures_sim import LIMITED_KEY, TEST_KEY

AUTH = {"Authorization": f"Bearer {TEST_KEY}"}


@pytest.fixture
def http():
    with httpx.Client(timeout=10) as client:
        yield client


def wait_status(http, sim, task_id, wanted, limit=5.0):
    """Poll the result until ``status`` is one of ``wanted``; return the last payload."""
    deadline = time.monotonic() + limit
    while True:
        body = http.get(f"{sim.media_base_url}/v1/result/{task_id}", headers=AUTH).json()
        if body["status"] in wanted or time.monotonic() > deadline:
            return body
        time.sleep(0.05)


def test_empty_body_with_good_key_is_400_and_without_key_401(sim, http):
    url = f"{sim.text_base_url}/v1/chat/completions"
    assert http.post(url, json={}, headers=AUTH).status_code == 400
    r = http.post(url, json={})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "invalid_api_key"


def test_image_task_runs_to_a_png(sim, http):
    r = http.post(f"{sim.media_base_url}/v1/banana/images",
                  json={"model": "nano-banana", "prompt": "an orange cat"}, headers=AUTH)
    assert r.status_code == 200, r.text
    task = r.json()
    assert task["status"] == "queued" and task["id"]
    done = wait_status(http, sim, task["id"], ("completed",))
    assert done["status"] == "completed"
    img = http.get(done["image_url"])
    assert img.status_code == 200 and img.content.startswith(b"\x89PNG")


def test_fault_status_fires_times_then_is_gone(sim, http):
    sim.faults.add(Fault(kind="status", status=503, path="/v1/result/", method="GET", times=2))
    url = f"{sim.media_base_url}/v1/result/nope"
    assert [http.get(url, headers=AUTH).status_code for _ in range(3)] == [503, 503, 404]
    assert sim.count("GET", "/v1/result/") == 3


def test_limited_key_is_refused_sora(sim, http):
    r = http.post(f"{sim.media_base_url}/v1/sora/videos", json={},
                  headers={"Authorization": f"Bearer {LIMITED_KEY}"})
    assert r.status_code == 403
    assert "/v1/sora/videos" in r.json()["msg"]
