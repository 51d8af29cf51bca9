"""The vendors' own SDKs, pointed at the simulator, understand its answers.

If the official ``openai`` and ``anthropic`` clients parse the simulator's replies,
streams and errors, its wire format is faithful enough to test our own client against.
"""

from __future__ import annotations

import anthropic
import openai
import pytest

from globalai_desktop.simulator import Fault
from tests.fixtures_sim import LIMITED_KEY, TEST_KEY

PROMPT = "Please answer in markdown with some code"


@pytest.fixture
def oai(sim):
    with openai.OpenAI(base_url=sim.text_base_url + "/v1", api_key=TEST_KEY, max_retries=0,
                       timeout=10) as client:
        yield client


@pytest.fixture
def claude(sim):
    with anthropic.Anthropic(base_url=sim.text_base_url, api_key=TEST_KEY, max_retries=0,
                             timeout=10) as client:
        yield client


# -- OpenAI chat completions --------------------------------------------------------------

def test_openai_chat_completion(oai):
    done = oai.chat.completions.create(model="gpt-5.4", messages=[{"role": "user", "content": PROMPT}])
    assert done.object == "chat.completion" and done.model == "gpt-5.4"
    choice = done.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    assert "```python" in choice.message.content
    assert done.usage.total_tokens == done.usage.prompt_tokens + done.usage.completion_tokens > 0


def test_openai_chat_stream_with_usage(oai):
    plain = oai.chat.completions.create(model="claude-sonnet-4-6",
                                        messages=[{"role": "user", "content": PROMPT}])
    stream = oai.chat.completions.create(model="claude-sonnet-4-6", stream=True,
                                         stream_options={"include_usage": True},
                                         messages=[{"role": "user", "content": PROMPT}])
    text, finish, usage = "", None, None
    for chunk in stream:
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
            finish = chunk.choices[0].finish_reason or finish
        if chunk.usage:
            usage = chunk.usage
    assert text == plain.choices[0].message.content
    assert finish == "stop" and usage.total_tokens == plain.usage.total_tokens


def test_openai_chat_stream_helper_accumulates_the_message(oai):
    with oai.chat.completions.stream(model="gemini-2.5-pro",
                                     messages=[{"role": "user", "content": "hi"}]) as stream:
        final = stream.get_final_completion()
    assert "gemini-2.5-pro" in final.choices[0].message.content


def test_openai_image_input_is_acknowledged(oai):
    done = oai.chat.completions.create(model="gpt-5.4", messages=[{"role": "user", "content": [
        {"type": "text", "text": "What is in this picture?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]}])
    assert "1 image" in done.choices[0].message.content


# -- OpenAI Responses --------------------------------------------------------------------

def test_openai_responses(oai):
    resp = oai.responses.create(model="gpt-5.5", input="What is the capital of France?",
                                instructions="Answer in one sentence.")
    assert resp.status == "completed" and resp.object == "response"
    assert "capital of France" in resp.output_text
    assert resp.usage.total_tokens > 0


def test_openai_responses_stream(oai):
    plain = oai.responses.create(model="gpt-5.4", input=PROMPT)
    deltas, kinds, final = [], [], None
    for event in oai.responses.create(model="gpt-5.4", input=PROMPT, stream=True):
        kinds.append(event.type)
        if event.type == "response.output_text.delta":
            deltas.append(event.delta)
        if event.type == "response.completed":
            final = event.response
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    assert "".join(deltas) == plain.output_text == final.output_text


def test_openai_responses_stream_helper(oai):
    with oai.responses.stream(model="gpt-5.4", input=[
            {"role": "user", "content": [{"type": "input_text", "text": "hello there"}]}]) as stream:
        final = stream.get_final_response()
    assert "hello there" in final.output_text


# -- Anthropic messages -------------------------------------------------------------------

def test_anthropic_message(claude):
    msg = claude.messages.create(model="claude-opus-4-6", max_tokens=1024, system="Be brief.",
                                 messages=[{"role": "user", "content": PROMPT}])
    assert msg.type == "message" and msg.role == "assistant" and msg.model == "claude-opus-4-6"
    assert msg.stop_reason == "end_turn"
    assert "```python" in msg.content[0].text
    assert msg.usage.input_tokens > 0 and msg.usage.output_tokens > 0


def test_anthropic_stream(claude):
    plain = claude.messages.create(model="gpt-5.4", max_tokens=1024,
                                   messages=[{"role": "user", "content": PROMPT}])
    with claude.messages.stream(model="gpt-5.4", max_tokens=1024,
                                messages=[{"role": "user", "content": PROMPT}]) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == plain.content[0].text == final.content[0].text
    assert final.stop_reason == "end_turn"
    assert final.usage.output_tokens == plain.usage.output_tokens


def test_anthropic_raw_stream_events(claude):
    kinds = [e.type for e in claude.messages.create(
        model="claude-haiku-4-5", max_tokens=64, stream=True,
        messages=[{"role": "user", "content": "hi"}])]
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert "content_block_delta" in kinds and "message_delta" in kinds


def test_anthropic_max_tokens_stop_reason(claude):
    msg = claude.messages.create(model="claude-sonnet-4-5", max_tokens=3,
                                 messages=[{"role": "user", "content": PROMPT}])
    assert msg.stop_reason == "max_tokens"


# -- errors as the SDKs see them ----------------------------------------------------------------

def test_sdks_map_the_simulators_errors(sim, oai, claude):
    bad_oai = openai.OpenAI(base_url=sim.text_base_url + "/v1", api_key="sk-wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad_oai.chat.completions.create(model="gpt-5.4", messages=[{"role": "user", "content": "x"}])
    bad_claude = anthropic.Anthropic(base_url=sim.text_base_url, api_key="sk-wrong", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError):
        bad_claude.messages.create(model="claude-opus-4-6", max_tokens=5,
                                   messages=[{"role": "user", "content": "x"}])
    limited = openai.OpenAI(base_url=sim.text_base_url + "/v1", api_key=LIMITED_KEY, max_retries=0)
    with pytest.raises(openai.PermissionDeniedError) as denied:
        limited.chat.completions.create(model="gpt-5.5", messages=[{"role": "user", "content": "x"}])
    assert "gpt-5.5" in str(denied.value)
    with pytest.raises(openai.BadRequestError) as bad:
        oai.chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": "x"}])
    assert "no-such-model" in str(bad.value)
    sim.faults.add(Fault(kind="rate_limit", retry_after=1, path="/v1/chat/completions"))
    with pytest.raises(openai.RateLimitError):
        oai.chat.completions.create(model="gpt-5.4", messages=[{"role": "user", "content": "x"}])
    sim.faults.add(Fault(kind="status", status=529, path="/v1/messages"))
    with pytest.raises(anthropic.APIStatusError) as overloaded:
        claude.messages.create(model="claude-opus-4-6", max_tokens=5,
                               messages=[{"role": "user", "content": "x"}])
    assert overloaded.value.status_code == 529


def test_a_cut_stream_is_an_error_to_the_sdk(sim, oai):
    sim.faults.add(Fault(kind="drop_stream", after_chunks=3, path="/v1/chat/completions"))
    got = []
    with pytest.raises(openai.APIConnectionError):
        for chunk in oai.chat.completions.create(model="gpt-5.4", stream=True,
                                                 messages=[{"role": "user", "content": "hi"}]):
            got.append(chunk)
    assert len(got) == 3
