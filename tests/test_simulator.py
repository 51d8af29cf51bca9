"""The simulator answers like the GlobalAI gateway: routes, keys, validation, text replies.

Driven with plain httpx over loopback — these tests check the server, not our client.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from globalai_desktop.simulator.catalog_view import MEDIA_ROUTES
from tests.fixtures_sim import LIMITED_KEY, TEST_KEY, sse_data, valid_create_body

AUTH = {"Authorization": f"Bearer {TEST_KEY}"}
LIMITED = {"Authorization": f"Bearer {LIMITED_KEY}"}
CHAT = {"model": "gpt-5.4", "messages": [{"role": "user", "content": "Tell me about cats"}]}
CLAUDE = {"model": "claude-sonnet-4-6", "max_tokens": 256,
          "messages": [{"role": "user", "content": "Tell me about cats"}]}
GEMINI = {"contents": [{"role": "user", "parts": [{"text": "Tell me about cats"}]}]}
RESPONSES = {"model": "gpt-5.4", "input": "Tell me about cats"}
GEMINI_PATH = "/v1/models/gemini-2.5-pro:generateContent"


@pytest.fixture
def http():
    with httpx.Client(timeout=10) as client:
        yield client


# -- every route answers ---------------------------------------------------------------

@pytest.mark.parametrize("path,body", [
    ("/v1/chat/completions", CHAT), ("/v1/messages", CLAUDE), (GEMINI_PATH, GEMINI),
    ("/v1/models/gemini-2.5-pro:streamGenerateContent", GEMINI), ("/v1/responses", RESPONSES),
])
def test_every_text_endpoint_answers(sim, http, path, body):
    r = http.post(sim.text_base_url + path, json=body, headers=AUTH)
    assert r.status_code == 200, r.text
    assert "cats" in r.text            # the reply echoes the prompt


@pytest.mark.parametrize("path", sorted(MEDIA_ROUTES))
def test_every_create_route_queues_a_task_with_the_documented_shape(sim, http, path):
    route = MEDIA_ROUTES[path]
    r = http.post(sim.media_base_url + path, json=valid_create_body(route.family), headers=AUTH)
    assert r.status_code == 200, r.text
    task = r.json()
    assert task["status"] == "queued" and task["error"] is None
    assert task["id"].startswith(route.id_prefix)
    assert task["object"] == route.create_object
    assert isinstance(task["created"], int)
    poll = http.get(f"{sim.media_base_url}/v1/result/{task['id']}", headers=AUTH)
    assert poll.status_code == 200 and poll.json()["id"] == task["id"]


def test_all_catalog_create_paths_are_served(sim):
    from globalai_desktop.catalog import load_catalog
    assert sorted(load_catalog().all_create_paths()) == sorted(MEDIA_ROUTES)


def test_asset_routes_answer(sim, http):
    m = sim.media_base_url
    up = http.post(m + "/kyyVideo2/asset/upload", json={"assetType": "Image", "url": "https://e.com/a.png"},
                   headers=AUTH)
    asset_id = up.json()["data"]["assetId"]
    assert http.get(f"{m}/kyyVideo2/asset/{asset_id}", headers=AUTH).status_code == 200
    assert http.delete(f"{m}/kyyVideo2/asset/{asset_id}", headers=AUTH).status_code == 200
    sd2 = http.post(m + "/asset/sd2Manxue/assetUpload", json={"imageUrls": ["https://e.com/p.jpg"]},
                    headers=AUTH)
    assert sd2.status_code == 200
    ids = [i["assetId"] for i in sd2.json()["data"]["items"]]
    assert http.post(m + "/asset/sd2Manxue/assetStatus", json={"assetIds": ids},
                     headers=AUTH).status_code == 200


def test_unknown_route_is_a_spring_style_404(sim, http):
    r = http.get(sim.media_base_url + "/v1/models", headers=AUTH)
    assert r.status_code == 404
    assert r.json()["message"] == "No handler found for GET /kyyReactApiServer/v1/models"
    # Path casing matters, as on the real host.
    r = http.post(sim.media_base_url + "/v1/kyyVideo2/videos", json={}, headers=AUTH)
    assert r.status_code == 404


def test_wrong_method_on_a_known_route_is_405(sim, http):
    r = http.get(sim.media_base_url + "/v1/banana/images", headers=AUTH)
    assert r.status_code == 405 and "GET" in r.json()["message"]


# The contract's example payloads live in shared/ beside the repository (not in it).
EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "api" / "examples"
EXAMPLE_ROUTES = {
    "image_banana_create_request.json": "/kyyReactApiServer/v1/banana/images",
    "image_gpt_image2_create_request.json": "/kyyReactApiServer/v1/image2/images",
    "video_grok_create_request.json": "/kyyReactApiServer/v1/grok/videos",
    "video_sd2_manxue_create_request.json": "/kyyReactApiServer/v1/sd2_manxue/videos",
    "video_seedance15_create_request.json": "/kyyReactApiServer/v1/seedance/videos",
    "video_seedance2_create_request.json": "/kyyReactApiServer/v1/kyyvideo2/videos",
    "video_seedance_x1_create_request.json": "/kyyReactApiServer/v1/seedance-x1/videos",
    "video_sora_create_request.json": "/kyyReactApiServer/v1/sora/videos",
    "video_veo_create_request.json": "/kyyReactApiServer/v1/veo/videos",
    "chat_completion_request.json": "/gw_llm_power/v1/chat/completions",
    "claude_messages_request.json": "/gw_llm_power/v1/messages",
    "gemini_generate_request.json": "/gw_llm_power/v1/models/gemini-3.1-pro-preview:generateContent",
    "responses_request.json": "/gw_llm_power/v1/responses",
    "asset_kyyvideo2_upload_request.json": "/kyyReactApiServer/kyyVideo2/asset/upload",
    "asset_sd2manxue_upload_request.json": "/kyyReactApiServer/asset/sd2Manxue/assetUpload",
}


@pytest.mark.parametrize("name", sorted(EXAMPLE_ROUTES))
def test_the_contracts_example_requests_are_accepted(sim, http, name):
    if not EXAMPLES.is_dir():
        pytest.skip(f"contract examples not found at {EXAMPLES}")
    body = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    r = http.post(sim.base_url + EXAMPLE_ROUTES[name], json=body, headers=AUTH)
    assert r.status_code == 200, r.text
    assert r.json().get("code", 0) in (0, "0")


# -- keys -----------------------------------------------------------------------------------

@pytest.mark.parametrize("host,path,check", [
    ("text", "/v1/chat/completions", lambda b: b["error"]["code"] == "invalid_api_key"),
    ("text", "/v1/responses", lambda b: b["error"]["code"] == "invalid_api_key"),
    ("text", "/v1/messages", lambda b: b["type"] == "error"
     and b["error"]["type"] == "authentication_error"),
    ("text", GEMINI_PATH, lambda b: b["error"]["status"] == "UNAUTHENTICATED"),
    ("media", "/v1/banana/images", lambda b: b == {"code": 401, "msg": "Unauthorized", "data": None}),
])
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer sk-wrong-key"}, {"Authorization": "Bearer"}])
def test_missing_or_wrong_key_is_401_in_the_hosts_envelope(sim, http, host, path, check, headers):
    base = sim.text_base_url if host == "text" else sim.media_base_url
    r = http.post(base + path, json={}, headers=headers)
    assert r.status_code == 401
    assert check(r.json())
    assert "sk-wrong-key" not in r.text


def test_sdk_style_key_headers_are_accepted(sim, http):
    r = http.post(sim.text_base_url + "/v1/messages", json=CLAUDE, headers={"x-api-key": TEST_KEY})
    assert r.status_code == 200
    r = http.post(sim.text_base_url + GEMINI_PATH, json=GEMINI, headers={"x-goog-api-key": TEST_KEY})
    assert r.status_code == 200


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/messages", GEMINI_PATH, "/v1/responses"])
def test_key_is_checked_before_the_body_so_an_empty_probe_means_400(sim, http, path):
    r = http.post(sim.text_base_url + path, json={}, headers=AUTH)
    assert r.status_code == 400
    r = http.post(sim.text_base_url + path, content=b"", headers=AUTH)
    assert r.status_code == 400


def test_media_probe_with_empty_body_is_400(sim, http):
    r = http.post(sim.media_base_url + "/v1/veo/videos", json={}, headers=AUTH)
    assert r.status_code == 400
    assert r.json()["code"] == "400" and "model" in r.json()["msg"].lower()


def test_limited_key_is_refused_the_endpoint_and_the_model_it_lacks(sim, http):
    r = http.post(sim.media_base_url + "/v1/sora/videos", json=valid_create_body("sora"), headers=LIMITED)
    assert r.status_code == 403
    assert r.json()["code"] == 403 and "/v1/sora/videos" in r.json()["msg"]
    r = http.post(sim.text_base_url + "/v1/chat/completions", json=dict(CHAT, model="gpt-5.5"),
                  headers=LIMITED)
    assert r.status_code == 403
    assert "gpt-5.5" in r.json()["error"]["message"]
    r = http.post(sim.text_base_url + "/v1/messages", json=dict(CLAUDE, model="gpt-5.5"), headers=LIMITED)
    assert r.status_code == 403 and r.json()["error"]["type"] == "permission_error"
    # Everything else still works with that key.
    assert http.post(sim.text_base_url + "/v1/chat/completions", json=CHAT, headers=LIMITED).status_code == 200
    assert http.post(sim.media_base_url + "/v1/veo/videos", json=valid_create_body("veo"),
                     headers=LIMITED).status_code == 200


# -- validation reasons -------------------------------------------------------------------

@pytest.mark.parametrize("path,body,words", [
    ("/v1/sora/videos", {"model": "openAiSora2Plus", "prompt": "x", "size": "1280x720",
                         "aspect_ratio": "16:9"}, ("size", "aspect_ratio")),
    ("/v1/sora/videos", {"model": "openAiSora2Plus", "prompt": "x", "duration": 5}, ("duration",)),
    ("/v1/veo/videos", {"model": "veo_3_1_nope", "prompt": "x"}, ("veo_3_1_nope",)),
    ("/v1/banana/images", {"model": "nano-banana"}, ("prompt",)),
    ("/v1/kyyvideo2/videos", {"model": "seedance_2_0_pro", "prompt": "x",
                              "last_image": "https://e.com/l.jpg"}, ("first_image",)),
])
def test_bad_media_bodies_get_400_with_a_reason_naming_the_field(sim, http, path, body, words):
    r = http.post(sim.media_base_url + path, json=body, headers=AUTH)
    assert r.status_code == 400
    payload = r.json()
    assert payload["code"] == "400" and payload["data"] is None
    for word in words:
        assert word.lower() in payload["msg"].lower()
    assert sim.tasks == {}          # nothing was created (nothing billed)


def test_media_body_that_is_not_json_is_400(sim, http):
    r = http.post(sim.media_base_url + "/v1/banana/images", content=b"{nope", headers=AUTH)
    assert r.status_code == 400 and r.json()["code"] == "400"


@pytest.mark.parametrize("path,body,check", [
    ("/v1/chat/completions", dict(CHAT, model="gpt-9"), lambda t: "gpt-9" in t),
    ("/v1/messages", dict(CLAUDE, model="gemini-2.5-pro"), lambda t: "gemini-2.5-pro" in t),
    ("/v1/responses", dict(RESPONSES, model="claude-sonnet-4-6"), lambda t: "claude-sonnet-4-6" in t),
    ("/v1/models/gpt-5.4:generateContent", GEMINI, lambda t: "gpt-5.4" in t),
    ("/v1/messages", {k: v for k, v in CLAUDE.items() if k != "max_tokens"}, lambda t: "max_tokens" in t),
    ("/v1/chat/completions", dict(CHAT, messages=[]), lambda t: "messages" in t),
    ("/v1/messages", dict(CLAUDE, model="gpt-5.4", messages=[{"role": "user", "content": [
        {"type": "text", "text": "what is this"},
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}}]}]),
     lambda t: "image" in t),
])
def test_bad_text_requests_get_400_with_a_reason(sim, http, path, body, check):
    r = http.post(sim.text_base_url + path, json=body, headers=AUTH)
    assert r.status_code == 400
    assert check(r.text)


def test_unknown_gemini_action_is_404(sim, http):
    r = http.post(sim.text_base_url + "/v1/models/gemini-2.5-pro:countTokens", json=GEMINI, headers=AUTH)
    assert r.status_code == 404


# -- text replies and streams ---------------------------------------------------------------

def test_openai_stream_joins_to_the_plain_reply_and_ends_with_done(sim, http):
    url = sim.text_base_url + "/v1/chat/completions"
    plain = http.post(url, json=CHAT, headers=AUTH).json()
    r = http.post(url, json=dict(CHAT, stream=True, stream_options={"include_usage": True}), headers=AUTH)
    assert r.headers["content-type"].startswith("text/event-stream")
    events = [data for _, data in sse_data(r.text)]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(d) for d in events[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == plain["choices"][0]["message"]["content"]
    assert len(chunks) > 10                         # many small pieces, not one blob
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"] == plain["usage"]
    assert [c["choices"][0]["finish_reason"] for c in chunks if c["choices"]][-1] == "stop"


def test_openai_stream_without_include_usage_has_no_usage_chunk(sim, http):
    r = http.post(sim.text_base_url + "/v1/chat/completions", json=dict(CHAT, stream=True), headers=AUTH)
    chunks = [json.loads(d) for _, d in sse_data(r.text)[:-1]]
    assert all("usage" not in c for c in chunks)


def test_anthropic_stream_sends_the_documented_event_sequence(sim, http):
    url = sim.text_base_url + "/v1/messages"
    plain = http.post(url, json=CLAUDE, headers=AUTH).json()
    r = http.post(url, json=dict(CLAUDE, stream=True), headers=AUTH)
    events = sse_data(r.text)
    names = [e for e, _ in events]
    assert names[:3] == ["message_start", "content_block_start", "ping"]
    assert names[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert set(names[3:-3]) == {"content_block_delta"}
    for name, data in events:                       # each data repeats its event name as "type"
        assert json.loads(data)["type"] == name
    text = "".join(json.loads(d)["delta"]["text"] for e, d in events if e == "content_block_delta")
    assert text == plain["content"][0]["text"]
    delta = json.loads(events[-2][1])
    assert delta["delta"]["stop_reason"] == "end_turn"
    assert delta["usage"]["output_tokens"] == plain["usage"]["output_tokens"]


def test_gemini_streams_as_sse_with_alt_and_as_a_json_array_without(sim, http):
    base = sim.text_base_url + "/v1/models/gemini-3.1-pro-preview:"
    plain = http.post(base + "generateContent", json=GEMINI, headers=AUTH).json()
    want = plain["candidates"][0]["content"]["parts"][0]["text"]
    sse = http.post(base + "streamGenerateContent?alt=sse", json=GEMINI, headers=AUTH)
    pieces = [json.loads(d) for _, d in sse_data(sse.text)]
    arr = http.post(base + "streamGenerateContent", json=GEMINI, headers=AUTH)
    assert arr.headers["content-type"].startswith("application/json")
    for objs in (pieces, arr.json()):
        assert len(objs) > 1
        assert "".join(o["candidates"][0]["content"]["parts"][0]["text"] for o in objs) == want
        assert objs[-1]["candidates"][0]["finishReason"] == "STOP"
        assert objs[-1]["usageMetadata"] == plain["usageMetadata"]


def test_responses_stream_events_and_final_response(sim, http):
    url = sim.text_base_url + "/v1/responses"
    plain = http.post(url, json=RESPONSES, headers=AUTH).json()
    assert plain["object"] == "response" and plain["status"] == "completed"
    want = plain["output"][0]["content"][0]["text"]
    events = sse_data(http.post(url, json=dict(RESPONSES, stream=True), headers=AUTH).text)
    names = [e for e, _ in events]
    assert names[0] == "response.created" and names[-1] == "response.completed"
    deltas = [json.loads(d)["delta"] for e, d in events if e == "response.output_text.delta"]
    assert "".join(deltas) == want
    final = json.loads(events[-1][1])["response"]
    assert final["output"][0]["content"][0]["text"] == want and final["usage"]["total_tokens"] > 0
    seqs = [json.loads(d)["sequence_number"] for _, d in events]
    assert seqs == list(range(len(seqs)))


def test_reply_is_deterministic_and_echoes_the_prompt(sim, http):
    url = sim.text_base_url + "/v1/chat/completions"
    a = http.post(url, json=CHAT, headers=AUTH).json()["choices"][0]["message"]["content"]
    b = http.post(url, json=CHAT, headers=AUTH).json()["choices"][0]["message"]["content"]
    assert a == b and "Tell me about cats" in a


def test_markdown_prompt_gets_heading_list_code_and_table(sim, http):
    body = dict(CHAT, messages=[{"role": "user", "content": "Show me some code in markdown"}])
    text = http.post(sim.text_base_url + "/v1/chat/completions", json=body,
                     headers=AUTH).json()["choices"][0]["message"]["content"]
    assert text.startswith("## ")
    assert "\n- " in text and "```python\n" in text and "|---|" in text


@pytest.mark.parametrize("path,body,get_text", [
    ("/v1/chat/completions", dict(CHAT, messages=[{"role": "user", "content": [
        {"type": "text", "text": "What is this?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]}]),
     lambda j: j["choices"][0]["message"]["content"]),
    ("/v1/messages", dict(CLAUDE, messages=[{"role": "user", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
        {"type": "text", "text": "What is this?"}]}]),
     lambda j: j["content"][0]["text"]),
    (GEMINI_PATH, {"contents": [{"role": "user", "parts": [
        {"text": "What is this?"}, {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}]}]},
     lambda j: j["candidates"][0]["content"]["parts"][0]["text"]),
])
def test_an_attached_image_is_acknowledged(sim, http, path, body, get_text):
    r = http.post(sim.text_base_url + path, json=body, headers=AUTH)
    assert r.status_code == 200, r.text
    assert "1 image" in get_text(r.json())


def test_max_tokens_cuts_the_reply_and_says_so(sim, http):
    r = http.post(sim.text_base_url + "/v1/chat/completions", json=dict(CHAT, max_tokens=5), headers=AUTH)
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "length" and len(choice["message"]["content"]) <= 20
    r = http.post(sim.text_base_url + "/v1/messages", json=dict(CLAUDE, max_tokens=5), headers=AUTH)
    assert r.json()["stop_reason"] == "max_tokens"


def test_usage_is_reported(sim, http):
    usage = http.post(sim.text_base_url + "/v1/chat/completions", json=CHAT, headers=AUTH).json()["usage"]
    assert usage["prompt_tokens"] > 0 and usage["completion_tokens"] > 0
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


def _ask(text: str) -> dict:
    return dict(CHAT, messages=[{"role": "user", "content": text}])


def test_a_prompt_saying_long_gets_a_60_kb_markdown_reply_in_many_chunks(http):
    from globalai_desktop.simulator import SimulatorConfig, SimulatorThread
    with SimulatorThread(SimulatorConfig.fast(api_keys={TEST_KEY}, long_replies=True,
                                              chunk_delay=0)) as st:
        url = st.text_base_url + "/v1/chat/completions"
        plain = http.post(url, json=_ask("Write a long answer, please"), headers=AUTH).json()
        text = plain["choices"][0]["message"]["content"]
        events = sse_data(http.post(url, json=dict(_ask("Write a long answer, please"), stream=True),
                                    headers=AUTH).text)
        short = http.post(url, json=_ask("A longer note, if it belongs here"), headers=AUTH).json()
    assert 58 * 1024 <= len(text.encode("utf-8")) <= 70 * 1024
    assert text.startswith("## Simulated answer") and "Write a long answer" in text
    for lang in ("python", "javascript", "sql", "bash"):
        assert f"```{lang}\n" in text
    assert text.count("|------|") > 20 and text.count("\n> ") > 20
    assert plain["choices"][0]["finish_reason"] == "stop"
    deltas = [json.loads(d)["choices"][0]["delta"].get("content", "")
              for _, d in events[:-1] if json.loads(d)["choices"]]
    assert len(deltas) > 2000 and "".join(deltas) == text      # many chunks, the same reply
    # Only the word itself asks for it.
    assert len(short["choices"][0]["message"]["content"]) < 1000


def test_long_replies_are_off_in_the_fast_test_config(sim, http):
    text = http.post(sim.text_base_url + "/v1/chat/completions", json=_ask("A long story please"),
                     headers=AUTH).json()["choices"][0]["message"]["content"]
    assert len(text) < 1000
