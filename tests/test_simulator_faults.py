"""Fault injection, the control endpoints, the request log, the CLI and in-loop use."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import httpx
import pytest

from globalai_desktop.simulator import DEMO_API_KEY, Fault, Simulator, SimulatorConfig
from tests.fixtures_sim import TEST_KEY, sse_data, valid_create_body

AUTH = {"Authorization": f"Bearer {TEST_KEY}"}
CHAT = {"model": "gpt-5.4", "messages": [{"role": "user", "content": "hello"}]}


@pytest.fixture
def http():
    with httpx.Client(timeout=10) as client:
        yield client


@pytest.mark.parametrize("path,check", [
    ("/gw_llm_power/v1/chat/completions", lambda b: b["error"]["type"] == "server_error"),
    ("/gw_llm_power/v1/messages", lambda b: b["type"] == "error" and b["error"]["type"] == "api_error"),
    ("/gw_llm_power/v1/models/gemini-2.5-pro:generateContent",
     lambda b: b["error"]["status"] == "UNAVAILABLE" and b["error"]["code"] == 503),
    ("/kyyReactApiServer/v1/banana/images", lambda b: b["code"] == "503" and b["data"] is None),
])
def test_status_fault_uses_the_error_envelope_of_that_host(sim, http, path, check):
    sim.faults.add(Fault(kind="status", status=503, path=path))
    r = http.post(sim.base_url + path, json={}, headers=AUTH)
    assert r.status_code == 503 and check(r.json())


def test_status_fault_matches_method_and_path_and_fires_times(sim, http):
    sim.faults.add(Fault(kind="status", status=500, path="/v1/result/", method="GET", times=2))
    url = f"{sim.media_base_url}/v1/result/nope"
    # A POST to another route is untouched and does not use the fault up.
    assert http.post(sim.media_base_url + "/v1/banana/images", json=valid_create_body("banana"),
                     headers=AUTH).status_code == 200
    assert [http.get(url, headers=AUTH).status_code for _ in range(3)] == [500, 500, 404]
    assert len(sim.faults) == 0


def test_rate_limit_fault_sends_retry_after(sim, http):
    sim.faults.add(Fault(kind="rate_limit", retry_after=3, path="/v1/result/"))
    r = http.get(f"{sim.media_base_url}/v1/result/x", headers=AUTH)
    assert r.status_code == 429 and r.headers["Retry-After"] == "3"
    assert r.json()["code"] == "429"
    sim.faults.add(Fault(kind="rate_limit", retry_after=0.5, path="/v1/chat/completions"))
    r = http.post(sim.text_base_url + "/v1/chat/completions", json=CHAT, headers=AUTH)
    assert r.status_code == 429 and r.headers["Retry-After"] == "0.5"
    assert r.json()["error"]["type"] == "rate_limit_error"


def test_slow_fault_delays_the_answer_past_a_short_timeout(sim, http):
    sim.faults.add(Fault(kind="slow", delay=0.6, path="/v1/result/"))
    with pytest.raises(httpx.ReadTimeout):
        http.get(f"{sim.media_base_url}/v1/result/x", headers=AUTH, timeout=0.2)
    # Once used up, answers come at once again.
    assert http.get(f"{sim.media_base_url}/v1/result/x", headers=AUTH, timeout=2).status_code == 404


def test_drop_connection_closes_the_socket_without_an_answer(sim, http):
    sim.faults.add(Fault(kind="drop_connection", path="/v1/banana/images"))
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(sim.media_base_url + "/v1/banana/images", json=valid_create_body("banana"), headers=AUTH)
    assert sim.tasks == {}       # the request was received, nothing created
    assert sim.count("POST", "/v1/banana/images") == 1


def test_drop_stream_cuts_a_chat_stream_after_some_chunks(sim, http):
    sim.faults.add(Fault(kind="drop_stream", after_chunks=4, path="/v1/chat/completions"))
    lines = []
    with pytest.raises(httpx.RemoteProtocolError):
        with http.stream("POST", sim.text_base_url + "/v1/chat/completions",
                         json=dict(CHAT, stream=True), headers=AUTH) as r:
            for line in r.iter_lines():
                lines.append(line)
    data = [ln for ln in lines if ln.startswith("data:")]
    assert len(data) == 4 and "data: [DONE]" not in data
    # The next stream is whole again.
    r = http.post(sim.text_base_url + "/v1/chat/completions", json=dict(CHAT, stream=True), headers=AUTH)
    assert sse_data(r.text)[-1][1] == "[DONE]"


def _overloaded_openai(evs):
    return evs[-1] == (None, {"error": {"message": "Overloaded", "type": "server_error",
                                        "param": None, "code": None}})


def _overloaded_anthropic(evs):
    return evs[-1] == ("error", {"type": "error", "error": {"type": "overloaded_error",
                                                           "message": "Overloaded"}})


def _overloaded_gemini(evs):
    return evs[-1] == (None, {"error": {"code": 529, "message": "Overloaded",
                                        "status": "UNAVAILABLE"}})


def _overloaded_responses(evs):
    (e1, err), (e2, failed) = evs[-2:]
    return (e1 == "error" and err["type"] == "error" and err["message"] == "Overloaded"
            and err["code"] == "server_error"
            and e2 == "response.failed" and failed["response"]["status"] == "failed"
            and failed["response"]["error"] == {"code": "server_error", "message": "Overloaded"})


@pytest.mark.parametrize("path, body, error_events, check", [
    ("/v1/chat/completions", dict(CHAT, stream=True), 1, _overloaded_openai),
    ("/v1/messages", {"model": "claude-sonnet-4-6", "max_tokens": 256, "stream": True,
                      "messages": [{"role": "user", "content": "hello"}]}, 1, _overloaded_anthropic),
    ("/v1/models/gemini-3.1-pro-preview:streamGenerateContent?alt=sse",
     {"contents": [{"role": "user", "parts": [{"text": "hello"}]}]}, 1, _overloaded_gemini),
    ("/v1/responses", {"model": "gpt-5.4", "input": "hello", "stream": True}, 2,
     _overloaded_responses),
])
def test_stream_error_sends_the_vendors_error_event_mid_stream(sim, http, path, body,
                                                               error_events, check):
    sim.faults.add(Fault(kind="stream_error", after_chunks=5, path=path.split("?")[0]))
    r = http.post(sim.text_base_url + path, json=body, headers=AUTH)   # the body ends cleanly
    events = [(e, json.loads(d)) for e, d in sse_data(r.text)]
    assert r.status_code == 200 and len(events) == 5 + error_events
    assert check(events), events[-2:]
    assert "[DONE]" not in r.text and "message_stop" not in r.text and "STOP" not in r.text
    # Used up: the next stream is whole again.
    r = http.post(sim.text_base_url + path, json=body, headers=AUTH)
    assert "Overloaded" not in r.text


def test_stream_error_closes_a_gemini_json_array_with_the_error_object(sim, http):
    path = "/v1/models/gemini-3.1-pro-preview:streamGenerateContent"
    sim.faults.add(Fault(kind="stream_error", after_chunks=2, status=500,
                         message="upstream model crashed", path=path))
    objs = http.post(sim.text_base_url + path, json={"contents": [{"parts": [{"text": "hi"}]}]},
                     headers=AUTH).json()               # still one valid JSON array
    assert len(objs) == 3 and all("candidates" in o for o in objs[:2])
    assert objs[-1] == {"error": {"code": 500, "message": "upstream model crashed",
                                  "status": "INTERNAL"}}


def test_drop_stream_cuts_a_download_midway(sim, http):
    task = http.post(sim.media_base_url + "/v1/veo/videos", json=valid_create_body("veo"),
                     headers=AUTH).json()
    sim.force_task(task["id"], "completed")
    url = http.get(f"{sim.media_base_url}/v1/result/{task['id']}", headers=AUTH).json()["video_url"]
    sim.faults.add(Fault(kind="drop_stream", after_chunks=2, path="/files/"))
    received = 0
    with pytest.raises(httpx.RemoteProtocolError):
        with http.stream("GET", url) as r:
            total = int(r.headers["content-length"])
            for piece in r.iter_bytes():
                received += len(piece)
    assert 0 < received < total


def test_malformed_json_fault(sim, http):
    sim.faults.add(Fault(kind="malformed_json", path="/v1/result/"))
    r = http.get(f"{sim.media_base_url}/v1/result/x", headers=AUTH)
    assert r.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        r.json()


def test_a_client_that_abandons_a_stream_is_noticed(sim, http):
    with http.stream("POST", sim.text_base_url + "/v1/chat/completions",
                     json=dict(CHAT, stream=True), headers=AUTH) as r:
        next(r.iter_lines())
        assert sim.open_streams == 1
    # Leaving the block closed the connection; the server stops writing soon after.
    deadline = time.monotonic() + 5
    while sim.open_streams and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sim.open_streams == 0


def test_bad_fault_definitions_are_refused():
    with pytest.raises(ValueError):
        Fault(kind="explode")
    with pytest.raises(ValueError):
        Fault(kind="status", times=0)


# -- control endpoints and the request log ----------------------------------------------------

def test_control_endpoints_steer_an_out_of_process_simulator(sim, http):
    ctl = sim.base_url + "/__sim__"
    assert http.post(ctl + "/faults", json={"kind": "status", "status": 502, "path": "/v1/result/"}
                     ).json() == {"added": 1}
    assert [f["status"] for f in http.get(ctl + "/faults").json()] == [502]
    assert http.get(f"{sim.media_base_url}/v1/result/x", headers=AUTH).status_code == 502
    assert http.post(ctl + "/faults", json={"kind": "nope"}).status_code == 400
    http.post(ctl + "/faults", json={"faults": [{"kind": "slow"}, {"kind": "no_id"}]})
    assert len(http.get(ctl + "/faults").json()) == 2
    http.delete(ctl + "/faults")
    assert http.get(ctl + "/faults").json() == []

    task = http.post(sim.media_base_url + "/v1/banana/images", json=valid_create_body("banana"),
                     headers=AUTH).json()
    tasks = http.get(ctl + "/tasks").json()
    assert tasks[task["id"]]["status"] == "queued"
    assert http.post(f"{ctl}/tasks/{task['id']}/force", json={"status": "failed", "error": "boom"}
                     ).status_code == 200
    assert http.get(f"{sim.media_base_url}/v1/result/{task['id']}", headers=AUTH).json()["error"] == "boom"
    assert http.post(f"{ctl}/tasks/{task['id']}/expire", json={"forget": True}).json() == {"expired": True}
    assert http.get(f"{sim.media_base_url}/v1/result/{task['id']}", headers=AUTH).status_code == 404

    log = http.get(ctl + "/requests").json()
    assert [r["route"] for r in log] == ["/v1/result/x", "/v1/banana/images",
                                         f"/v1/result/{task['id']}", f"/v1/result/{task['id']}"]
    assert all(not r["path"].startswith("/__sim__") for r in log)
    http.post(ctl + "/reset")
    assert http.get(ctl + "/requests").json() == [] and http.get(ctl + "/tasks").json() == {}


def test_request_log_keeps_method_path_query_time_and_never_the_key(sim, http):
    before = time.time()
    http.post(sim.text_base_url + "/v1/models/gemini-2.5-pro:streamGenerateContent?alt=sse",
              json={"contents": [{"parts": [{"text": "hi"}]}]}, headers={"x-goog-api-key": TEST_KEY})
    http.post(sim.text_base_url + "/v1/chat/completions", json=CHAT, headers=AUTH)
    rec = sim.requests[0]
    assert rec.method == "POST" and rec.host == "text"
    assert rec.route == "/v1/models/gemini-2.5-pro:streamGenerateContent"
    assert rec.query == {"alt": "sse"} and rec.time >= before
    assert rec.body["contents"][0]["parts"][0]["text"] == "hi"
    assert TEST_KEY not in repr(sim.requests)
    assert TEST_KEY not in http.get(sim.base_url + "/__sim__/requests").text


# -- other ways to run it -------------------------------------------------------------------

async def test_simulator_runs_on_the_current_event_loop():
    sim = Simulator(SimulatorConfig.fast())
    await sim.start(port=0)
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            r = await client.post(sim.text_base_url + "/v1/chat/completions", json=CHAT,
                                  headers={"Authorization": f"Bearer {DEMO_API_KEY}"})
        assert r.status_code == 200 and sim.base_url.startswith("http://127.0.0.1:")
        assert sim.media_base_url == sim.base_url + "/kyyReactApiServer"
    finally:
        await sim.stop()
        await sim.stop()            # idempotent


def test_command_line_prints_urls_and_key_and_serves(http):
    proc = subprocess.Popen([sys.executable, "-m", "globalai_desktop.simulator", "--port", "0", "--fast",
                             "--key", "sk-cli-test-key"], stdout=subprocess.PIPE, text=True)
    try:
        lines = [proc.stdout.readline() for _ in range(4)]
        urls = dict(line.split(":", 1) for line in lines[:3])
        text_url, media_url = urls["text base URL"].strip(), urls["media base URL"].strip()
        assert urls["API key"].strip() == "sk-cli-test-key"
        assert text_url.endswith("/gw_llm_power") and media_url.endswith("/kyyReactApiServer")
        r = http.post(text_url + "/v1/chat/completions", json=CHAT,
                      headers={"Authorization": "Bearer sk-cli-test-key"})
        assert r.status_code == 200
        assert http.post(text_url + "/v1/chat/completions", json=CHAT,
                         headers={"Authorization": f"Bearer {DEMO_API_KEY}"}).status_code == 401
    finally:
        proc.terminate()
        proc.wait(10)


def test_host_prefixes_are_configurable(http):
    from globalai_desktop.simulator import SimulatorThread

    cfg = SimulatorConfig.fast(api_keys={TEST_KEY}, text_prefix="llm/", media_prefix="/media")
    with SimulatorThread(cfg) as sim:
        assert sim.text_base_url == sim.base_url + "/llm"
        assert sim.media_base_url == sim.base_url + "/media"
        assert http.post(sim.text_base_url + "/v1/chat/completions", json=CHAT,
                         headers=AUTH).status_code == 200
        r = http.post(sim.media_base_url + "/v1/banana/images", json=valid_create_body("banana"),
                      headers=AUTH)
        assert r.status_code == 200
        assert http.get(f"{sim.media_base_url}/v1/result/{r.json()['id']}", headers=AUTH).status_code == 200
        assert http.post(sim.base_url + "/gw_llm_power/v1/chat/completions", json=CHAT,
                         headers=AUTH).status_code == 404
