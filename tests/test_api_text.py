"""Chat over the four text protocols against the simulator: round trips, request shapes,
streams that break or are cancelled, and which failures are retried."""

from __future__ import annotations

import asyncio
import base64

import pytest

from globalai_desktop.api import chat_gemini
from globalai_desktop.api.errors import (APIConnectionError, AuthenticationError,
                                         BadRequestError, PermissionDeniedError, ServerError)
from globalai_desktop.domain.text import ChatRequest, ChatTurn, Protocol
from globalai_desktop.simulator import Fault, SimulatorConfig, SimulatorThread
from tests.fixtures_sim import LIMITED_KEY, TEST_KEY
from tests.test_api_support import api_client, make_client, pool_connection_count  # noqa: F401

MODELS = {
    Protocol.OPENAI: "gpt-5.4",
    Protocol.ANTHROPIC: "claude-sonnet-4-6",
    Protocol.GEMINI: "gemini-3.1-pro-preview",
    Protocol.RESPONSES: "gpt-5.4",
}
PATHS = {
    Protocol.OPENAI: "/v1/chat/completions",
    Protocol.ANTHROPIC: "/v1/messages",
    Protocol.GEMINI: "/v1/models/",
    Protocol.RESPONSES: "/v1/responses",
}
PNG_1PX = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5f6c1"
    "e70000000049454e44ae426082")).decode()


def request(protocol: Protocol, text: str = "Tell me about cats", **kw) -> ChatRequest:
    return ChatRequest(protocol=protocol, model=kw.pop("model", MODELS[protocol]),
                       turns=(ChatTurn("user", text),), **kw)


async def collect(stream):
    pieces, usage, finish = [], None, None
    async for d in stream:
        pieces.append(d.text)
        usage = d.usage or usage
        finish = d.finish_reason or finish
    return "".join(pieces), usage, finish


def last_body(sim, path: str):
    return [r for r in sim.requests if r.route.startswith(path)][-1].body


@pytest.mark.parametrize("protocol", list(Protocol))
async def test_each_protocol_streams_the_same_reply_it_completes(sim, api_client, protocol):
    req = request(protocol, system="Answer briefly.", temperature=0.3)
    streamed, usage, finish = await collect(api_client.stream_chat(req))
    whole = await api_client.complete_chat(req)
    assert streamed and streamed == whole.text
    assert finish == "stop" and whole.finish_reason == "stop"
    assert usage is not None and usage.output_tokens and usage.input_tokens
    assert whole.usage is not None and whole.usage.total_tokens


async def test_openai_asks_for_usage_and_puts_system_first(sim, api_client):
    req = ChatRequest(Protocol.OPENAI, "gpt-5.4",
                      (ChatTurn("user", "hi"), ChatTurn("assistant", "hello"),
                       ChatTurn("user", "what is this?", images=(f"data:image/png;base64,{PNG_1PX}",))),
                      system="Be brief.", max_tokens=200)
    await collect(api_client.stream_chat(req))
    body = last_body(sim, "/v1/chat/completions")
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert body["messages"][0] == {"role": "system", "content": "Be brief."}
    assert [m["role"] for m in body["messages"]] == ["system", "user", "assistant", "user"]
    parts = body["messages"][-1]["content"]
    assert parts[0] == {"type": "text", "text": "what is this?"}
    assert parts[1]["image_url"]["url"].startswith("data:image/png;base64,")
    assert body["max_tokens"] == 200


async def test_anthropic_body_has_top_level_system_default_max_tokens_and_base64_images(sim, api_client):
    req = ChatRequest(Protocol.ANTHROPIC, "claude-sonnet-4-6",
                      (ChatTurn("user", "describe", images=(f"data:image/png;base64,{PNG_1PX}",)),),
                      system="You are terse.")
    await api_client.complete_chat(req)
    body = last_body(sim, "/v1/messages")
    assert body["system"] == "You are terse."
    assert body["max_tokens"] == 4096
    assert all(m["role"] in ("user", "assistant") for m in body["messages"])
    image, text = body["messages"][0]["content"]
    assert image == {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                                 "data": PNG_1PX}}
    assert text == {"type": "text", "text": "describe"}


async def test_gemini_body_and_sse_query(sim, api_client):
    req = ChatRequest(Protocol.GEMINI, "gemini-3.1-pro-preview",
                      (ChatTurn("user", "hi"), ChatTurn("assistant", "hello"), ChatTurn("user", "more")),
                      system="Be kind.", temperature=0.5, max_tokens=300)
    await collect(api_client.stream_chat(req))
    rec = [r for r in sim.requests if r.route.startswith("/v1/models/")][-1]
    assert rec.route == "/v1/models/gemini-3.1-pro-preview:streamGenerateContent"
    assert rec.query.get("alt") == "sse"
    assert [c["role"] for c in rec.body["contents"]] == ["user", "model", "user"]
    assert rec.body["systemInstruction"] == {"parts": [{"text": "Be kind."}]}
    assert rec.body["generationConfig"] == {"temperature": 0.5, "maxOutputTokens": 300}


async def test_gemini_stream_sent_as_a_json_array_is_read_too(sim, api_client, monkeypatch):
    # Google's default stream (no alt=sse) is one JSON array delivered piece by piece.
    sse_text, _, _ = await collect(api_client.stream_chat(request(Protocol.GEMINI)))
    monkeypatch.setattr(chat_gemini, "path", lambda req, stream: (
        f"/v1/models/{req.model}:streamGenerateContent", None))
    text, usage, finish = await collect(api_client.stream_chat(request(Protocol.GEMINI)))
    assert [r.query.get("alt") for r in sim.requests][-1] is None
    assert text == sse_text and finish == "stop" and usage is not None


async def test_responses_body_uses_instructions_and_input_items(sim, api_client):
    req = request(Protocol.RESPONSES, system="One sentence.", max_tokens=50)
    await api_client.complete_chat(req)
    body = last_body(sim, "/v1/responses")
    assert body["instructions"] == "One sentence."
    assert body["input"] == [{"role": "user", "content": [{"type": "input_text",
                                                            "text": "Tell me about cats"}]}]
    assert body["max_output_tokens"] == 50


@pytest.mark.parametrize("protocol", list(Protocol))
async def test_a_stream_cut_midway_is_an_interruption_with_the_partial_text_kept(sim, api_client, protocol):
    sim.faults.add(Fault(kind="drop_stream", path=PATHS[protocol], after_chunks=6))
    received = []
    with pytest.raises(APIConnectionError) as info:
        async for d in api_client.stream_chat(request(protocol, "Write a long story about cats")):
            received.append(d.text)
    assert "".join(received)                      # the partial reply reached the caller
    assert sim.count("POST", PATHS[protocol]) == 1  # never retried once streaming began
    # One sentence for the person; what the network library said only in the details.
    err = info.value
    assert err.message == "The connection was interrupted before the reply was complete."
    assert "RemoteProtocolError" not in str(err)
    assert "Cause: RemoteProtocolError: " in err.details()


@pytest.mark.parametrize("protocol", list(Protocol))
async def test_an_overloaded_error_mid_stream_raises_after_the_partial_text(sim, api_client, protocol):
    whole, _, _ = await collect(api_client.stream_chat(request(protocol)))
    sim.faults.add(Fault(kind="stream_error", path=PATHS[protocol], after_chunks=8))
    received = []
    with pytest.raises(ServerError) as info:
        async for d in api_client.stream_chat(request(protocol)):
            received.append(d.text)
    partial = "".join(received)
    # What arrived before the error reached the caller, and it is the start of the reply.
    assert partial and whole.startswith(partial) and len(partial) < len(whole)
    err = info.value
    assert err.overloaded and "overloaded" in err.message.lower()
    assert err.model == MODELS[protocol] and err.endpoint.startswith("POST " + PATHS[protocol])
    assert sim.count("POST", PATHS[protocol]) == 2      # never retried once streaming began
    assert pool_connection_count(api_client, "text") <= 1


async def test_a_server_error_event_mid_stream_keeps_the_servers_words(sim, api_client):
    sim.faults.add(Fault(kind="stream_error", status=500, message="upstream model crashed",
                         path="/v1/messages", after_chunks=5))
    with pytest.raises(ServerError) as info:
        await collect(api_client.stream_chat(request(Protocol.ANTHROPIC)))
    assert not info.value.overloaded and "upstream model crashed" in info.value.message


@pytest.mark.parametrize("protocol", [Protocol.OPENAI, Protocol.GEMINI])
async def test_a_60_kb_reply_of_thousands_of_chunks_arrives_whole(protocol):
    cfg = SimulatorConfig.fast(api_keys={TEST_KEY}, long_replies=True, chunk_delay=0)
    with SimulatorThread(cfg) as st:
        client = make_client(st)
        try:
            req = request(protocol, "A long answer, please")
            streamed, usage, finish = await collect(client.stream_chat(req))
            whole = await client.complete_chat(req)
        finally:
            await client.aclose()
    assert len(streamed) > 58 * 1024 and streamed == whole.text
    assert finish == "stop" and usage is not None and usage.output_tokens > 10_000


async def test_cancelling_a_stream_closes_its_connection(sim, api_client):
    got_text = asyncio.Event()

    async def consume():
        async for d in api_client.stream_chat(request(Protocol.OPENAI, "Write a very long essay")):
            if d.text:
                got_text.set()

    job = asyncio.ensure_future(consume())
    await asyncio.wait_for(got_text.wait(), 10)
    assert pool_connection_count(api_client, "text") == 1
    job.cancel()
    with pytest.raises(asyncio.CancelledError):
        await job
    assert pool_connection_count(api_client, "text") == 0


async def test_breaking_out_of_a_closed_stream_closes_its_connection(sim, api_client):
    from contextlib import aclosing
    async with aclosing(api_client.stream_chat(request(Protocol.ANTHROPIC, "Long one please"))) as s:
        async for d in s:
            if d.text:
                break
    assert pool_connection_count(api_client, "text") == 0


async def test_a_finished_stream_returns_its_connection_to_the_pool(sim, api_client):
    await collect(api_client.stream_chat(request(Protocol.OPENAI)))
    await collect(api_client.stream_chat(request(Protocol.OPENAI)))
    assert pool_connection_count(api_client, "text") == 1      # reused, not leaked


async def test_rate_limited_chat_is_retried_before_streaming(sim, api_client):
    sim.faults.add(Fault(kind="rate_limit", path="/v1/chat/completions", retry_after=0.05, times=2))
    text, _, finish = await collect(api_client.stream_chat(request(Protocol.OPENAI)))
    assert text and finish == "stop"
    assert sim.count("POST", "/v1/chat/completions") == 3


async def test_unavailable_answer_is_retried_for_a_non_streamed_chat(sim, api_client):
    sim.faults.add(Fault(kind="status", status=503, path="/v1/messages"))
    result = await api_client.complete_chat(request(Protocol.ANTHROPIC))
    assert result.text and sim.count("POST", "/v1/messages") == 2


async def test_server_error_on_chat_is_reported_not_repeated(sim, api_client):
    sim.faults.add(Fault(kind="status", status=500, path="/v1/chat/completions",
                         message="upstream model crashed"))
    with pytest.raises(ServerError) as info:
        await collect(api_client.stream_chat(request(Protocol.OPENAI)))
    assert "upstream model crashed" in info.value.message and info.value.status_code == 500
    assert sim.count("POST", "/v1/chat/completions") == 1


async def test_chat_whose_connection_drops_after_sending_is_not_repeated(sim, api_client):
    sim.faults.add(Fault(kind="drop_connection", path="/v1/chat/completions"))
    with pytest.raises(APIConnectionError):
        await api_client.complete_chat(request(Protocol.OPENAI))
    assert sim.count("POST", "/v1/chat/completions") == 1


async def test_unknown_model_is_a_bad_request_with_the_servers_reason(sim, api_client):
    with pytest.raises(BadRequestError) as info:
        await api_client.complete_chat(request(Protocol.OPENAI, model="gpt-nonexistent"))
    assert "gpt-nonexistent" in info.value.message and info.value.status_code == 400


@pytest.mark.parametrize("protocol", [Protocol.OPENAI, Protocol.GEMINI])
async def test_model_not_provisioned_names_the_model_not_the_endpoint(sim, protocol):
    client = make_client(sim, key=LIMITED_KEY)
    try:
        with pytest.raises(PermissionDeniedError) as info:
            await collect(client.stream_chat(request(protocol, model="gpt-5.5")))
    finally:
        await client.aclose()
    err = info.value
    assert err.message.startswith("Your API key is not provisioned for the model gpt-5.5. ")
    assert PATHS[protocol] not in err.message and err.denied == "model"
    assert err.model == "gpt-5.5" and err.endpoint.startswith("POST " + PATHS[protocol])


@pytest.mark.parametrize("protocol", list(Protocol))
async def test_rejected_key_is_an_authentication_error(sim, protocol):
    client = make_client(sim, key="sk-not-a-real-key-000000")
    try:
        with pytest.raises(AuthenticationError):
            await collect(client.stream_chat(request(protocol)))
    finally:
        await client.aclose()


async def test_missing_key_fails_without_a_request(sim):
    client = make_client(sim, key=None)
    try:
        with pytest.raises(AuthenticationError, match="No API key"):
            await client.complete_chat(request(Protocol.OPENAI))
    finally:
        await client.aclose()
    assert sim.count(None, "/v1/") == 0


async def test_key_is_read_for_every_request(sim):
    keys = ["sk-not-a-real-key-000000"]
    from globalai_desktop.api import GlobalAIClient
    from tests.test_api_support import sim_api_config
    client = GlobalAIClient(sim_api_config(sim), api_key=lambda: keys[0])
    try:
        with pytest.raises(AuthenticationError):
            await client.complete_chat(request(Protocol.OPENAI))
        keys[0] = TEST_KEY                       # the person fixed the key in Settings
        assert (await client.complete_chat(request(Protocol.OPENAI))).text
    finally:
        await client.aclose()
