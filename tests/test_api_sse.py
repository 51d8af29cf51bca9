"""Stream framing and stream events, fed as the text chunks a socket delivers.

The simulator always frames its streams neatly; these cover what real gateways also do
(CRLF, comments, multi-line data, events split anywhere, error events mid-stream)."""

from __future__ import annotations

import pytest

from globalai_desktop.api import chat_anthropic, chat_gemini, chat_openai, chat_responses
from globalai_desktop.api import errors as E
from globalai_desktop.api.sse import END_OF_ARRAY, iter_stream_events


async def events(chunks):
    async def gen():
        for c in chunks:
            yield c
    return [(e.event, e.data) async for e in iter_stream_events(gen())]


def every_split(text: str):
    """The text cut in two at every position (a boundary can fall anywhere)."""
    return [[text[:i], text[i:]] for i in range(len(text) + 1)]


async def test_sse_lines_comments_events_and_multiline_data():
    text = (": keep-alive comment\r\n"
            "event: content_block_delta\r\n"
            "id: 7\r\n"
            'data: {"a":\r\n'
            'data: 1}\r\n'
            "\r\n"
            "data:[DONE]\n\n")
    for chunks in every_split(text):
        assert await events(chunks) == [("content_block_delta", {"a": 1}), (None, "[DONE]")]


async def test_sse_with_bare_cr_line_ends_and_no_final_blank_line():
    assert await events(['data: {"x": 2}\r\rdata: {"y"', ': 3}']) == [(None, {"x": 2}), (None, {"y": 3})]


async def test_json_array_stream_split_anywhere():
    text = '[{"candidates": [{"content": {"parts": [{"text": "a, ]b"}]}}]}\r\n,\r\n{"z": 1}]'
    for chunks in every_split(text):
        got = await events(chunks)
        assert got[-1] == (END_OF_ARRAY, None)
        assert got[1] == (None, {"z": 1})
        assert got[0][1]["candidates"][0]["content"]["parts"][0]["text"] == "a, ]b"


async def test_json_array_without_closing_bracket_has_no_end_marker():
    got = await events(['[{"a": 1},', '{"b": 2}'])
    assert got == [(None, {"a": 1}), (None, {"b": 2})]


async def test_empty_stream_yields_nothing():
    assert await events(["", "  \n"]) == []


# --- protocol decoders ----------------------------------------------------------------------

def feed_all(decoder, evs):
    from globalai_desktop.api.sse import StreamEvent
    out = []
    for name, data in evs:
        out += decoder.feed(StreamEvent(name, data))
    return out


@pytest.mark.parametrize("payload, error", [
    ({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}, E.ServerError),
    ({"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}}, E.RateLimitedError),
    ({"type": "error", "error": {"type": "invalid_request_error", "message": "too long"}}, E.BadRequestError),
])
def test_anthropic_error_event_mid_stream_raises_the_mapped_error(payload, error):
    d = chat_anthropic.Decoder(endpoint="POST /v1/messages", model="claude-sonnet-4-6")
    out = feed_all(d, [("content_block_delta", {"type": "content_block_delta",
                                                "delta": {"type": "text_delta", "text": "Hi"}})])
    assert [x.text for x in out] == ["Hi"]
    with pytest.raises(error) as info:
        feed_all(d, [("error", payload)])
    assert info.value.model == "claude-sonnet-4-6"
    assert not d.finished


def test_anthropic_usage_combines_start_and_delta_and_ping_is_ignored():
    d = chat_anthropic.Decoder(endpoint="e", model="m")
    out = feed_all(d, [
        ("message_start", {"type": "message_start", "message": {"usage": {"input_tokens": 18}}}),
        ("ping", {"type": "ping"}),
        ("content_block_delta", {"type": "content_block_delta", "delta": {"type": "thinking_delta", "thinking": "hmm"}}),
        ("content_block_delta", {"type": "content_block_delta", "delta": {"type": "text_delta", "text": "Yes"}}),
        ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "max_tokens"}, "usage": {"output_tokens": 9}}),
        ("message_stop", {"type": "message_stop"}),
    ])
    assert "".join(x.text for x in out) == "Yes"
    assert [x.finish_reason for x in out if x.finish_reason] == ["length"]
    usage = [x.usage for x in out if x.usage][0]
    assert (usage.input_tokens, usage.output_tokens, usage.total_tokens) == (18, 9, 27)
    assert d.finished


def test_openai_error_chunk_mid_stream_raises():
    d = chat_openai.Decoder(endpoint="POST /v1/chat/completions", model="gpt-5.4")
    with pytest.raises(E.RateLimitedError):
        feed_all(d, [(None, {"error": {"message": "slow", "type": "rate_limit_error",
                                       "code": "rate_limit_exceeded"}})])


def test_openai_finish_without_done_still_counts_as_complete():
    d = chat_openai.Decoder(endpoint="e", model="m")
    feed_all(d, [(None, {"choices": [{"delta": {"content": "ok"}, "finish_reason": None}]}),
                 (None, {"choices": [{"delta": {}, "finish_reason": "length"}]})])
    assert d.finished


def test_gemini_blocked_prompt_finishes_as_content_filter():
    d = chat_gemini.Decoder(endpoint="e", model="m")
    out = feed_all(d, [(None, {"promptFeedback": {"blockReason": "SAFETY"}})])
    assert [x.finish_reason for x in out] == ["content_filter"] and d.finished


def test_responses_failure_event_raises_and_incomplete_means_length():
    d = chat_responses.Decoder(endpoint="POST /v1/responses", model="gpt-5.4")
    with pytest.raises(E.GlobalAIError) as info:
        feed_all(d, [("response.failed", {"type": "response.failed", "response": {
            "status": "failed", "error": {"code": "server_error", "message": "model crashed"}}})])
    assert isinstance(info.value, E.ServerError) and "model crashed" in info.value.message
    d = chat_responses.Decoder(endpoint="e", model="m")
    out = feed_all(d, [("response.incomplete", {"type": "response.incomplete", "response": {
        "status": "incomplete", "incomplete_details": {"reason": "max_output_tokens"},
        "usage": {"input_tokens": 3, "output_tokens": 4, "total_tokens": 7}}})])
    assert out[0].finish_reason == "length" and out[1].usage.total_tokens == 7 and d.finished
