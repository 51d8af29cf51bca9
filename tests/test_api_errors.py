"""Error mapping: each failure becomes the right error with a readable sentence, and the
API key never shows up in an error, its details or a log record — even when the server
echoes it back."""

from __future__ import annotations

import logging
import random

import pytest

from globalai_desktop.api import errors as E
from globalai_desktop.api.error_mapping import error_from_answer, parse_error_body
from globalai_desktop.api.retry import backoff_delay, parse_retry_after
from globalai_desktop.domain.text import ChatRequest, ChatTurn, Protocol
from globalai_desktop.simulator import Fault
from tests.test_api_support import make_client

SECRET = "sk-live-SECRET-4f9a8b7c6d5e4f3a2b1c"


def chat(model="gpt-5.4"):
    return ChatRequest(Protocol.OPENAI, model, (ChatTurn("user", "hello"),))


def assert_no_key(err: BaseException, records, key: str) -> None:
    texts = [str(err), repr(err), getattr(err, "message", ""), err.details()]
    cause = err.__cause__
    while cause is not None:
        texts.append(str(cause))
        cause = cause.__cause__
    for r in records:
        texts.append(r.getMessage())
        if r.exc_text:
            texts.append(r.exc_text)
    assert all(key not in t for t in texts), [t for t in texts if key in t]


@pytest.mark.parametrize("status, error", [
    (401, E.AuthenticationError), (400, E.BadRequestError), (500, E.ServerError),
])
async def test_key_never_appears_even_when_the_server_echoes_it(sim, caplog, status, error):
    # The gateway is trusted with the key, not with keeping it out of its messages.
    caplog.set_level(logging.DEBUG)
    sim.config.api_keys.add(SECRET)
    client = make_client(sim, key=SECRET)
    sim.faults.add(Fault(kind="status", status=status, path="/v1/chat/completions",
                         message=f"problem with key {SECRET} (Bearer {SECRET})", times=5))
    sim.faults.add(Fault(kind="status", status=status, path="/v1/result/",
                         message=f"problem with key {SECRET}", times=5))
    try:
        with pytest.raises(error) as text_err:
            await client.complete_chat(chat())
        with pytest.raises(error) as media_err:
            await client.get_result("task-1")
    finally:
        await client.aclose()
    for err in (text_err.value, media_err.value):
        assert "problem with key" in err.message            # the reason itself is kept
        assert "•••" in err.message
        assert_no_key(err, caplog.records, SECRET)


async def test_rejected_key_is_not_in_the_error_or_logs(sim, caplog):
    caplog.set_level(logging.DEBUG)
    client = make_client(sim, key=SECRET)                   # not accepted by the simulator
    try:
        with pytest.raises(E.AuthenticationError) as info:
            await client.complete_chat(chat())
    finally:
        await client.aclose()
    assert info.value.status_code == 401 and "Settings" in info.value.message
    assert_no_key(info.value, caplog.records, SECRET)


async def test_connection_errors_do_not_carry_the_key(caplog):
    from tests.test_api_support import closed_port
    caplog.set_level(logging.DEBUG)
    port = closed_port()
    stub = type("S", (), {"text_base_url": f"http://127.0.0.1:{port}",
                          "media_base_url": f"http://127.0.0.1:{port}"})
    client = make_client(stub, key=SECRET, max_retries=1)
    try:
        with pytest.raises(E.APIConnectionError) as info:
            await client.get_result("abc")
    finally:
        await client.aclose()
    assert_no_key(info.value, caplog.records, SECRET)
    # The sentence is for the person; the low-level cause is kept for "copy details".
    assert info.value.message.startswith("Could not connect")
    assert info.value.message.endswith("base URL.") and "ConnectError" not in info.value.message
    assert "Cause: ConnectError" in info.value.details()


def test_the_low_level_cause_in_details_is_redacted():
    E.register_secret(SECRET)
    err = E.APIConnectionError("The connection was interrupted before the reply was complete.",
                               detail=f"ReadError: sent Authorization: Bearer {SECRET}")
    assert SECRET not in err.details() and "Cause: ReadError: sent Authorization" in err.details()
    assert "ReadError" not in str(err)


# --- mapping rules (pure) ----------------------------------------------------------------

@pytest.mark.parametrize("body, reason, code", [
    ('{"error":{"message":"Invalid API key","type":"invalid_request_error","code":"invalid_api_key"}}',
     "Invalid API key", "invalid_api_key"),
    ('{"type":"error","error":{"type":"authentication_error","message":"bad key"}}', "bad key", None),
    ('{"error":{"code":401,"message":"Invalid","status":"UNAUTHENTICATED"}}', "Invalid", 401),
    ('{"code":"400","msg":"size and aspect_ratio cannot be used together","data":null}',
     "size and aspect_ratio cannot be used together", "400"),
    ('{"message":"No handler found for GET /x"}', "No handler found for GET /x", None),
    ('{"error":"plain words"}', "plain words", None),
    ("<html><body>502 Bad Gateway</body></html>", None, None),
    ("upstream timed out", "upstream timed out", None),
])
def test_error_bodies_are_read_in_any_known_shape(body, reason, code):
    info = parse_error_body(body)
    assert (info.reason, info.code) == (reason, code)


@pytest.mark.parametrize("status, body, error", [
    (400, '{"code":"400","msg":"bad ratio"}', E.BadRequestError),
    (401, '{"code":401,"msg":"Unauthorized"}', E.AuthenticationError),
    (402, '{"code":"402","msg":"insufficient balance"}', E.InsufficientBalanceError),
    (400, '{"code":"400","msg":"余额不足"}', E.InsufficientBalanceError),
    (429, '{"error":{"type":"insufficient_quota","message":"quota"}}', E.InsufficientBalanceError),
    (403, '{"code":403,"msg":"Forbidden"}', E.PermissionDeniedError),
    (404, '{"code":-1,"msg":"task not found"}', E.NotFoundError),
    (409, '{"msg":"conflict"}', E.BadRequestError),
    (429, '{"code":"429","msg":"Too many requests"}', E.RateLimitedError),
    (503, "", E.ServerError),
    (None, '{"code":"402","msg":"余额不足 / insufficient balance"}', E.InsufficientBalanceError),
    (None, '{"code":1001,"msg":"素材 URL 无法访问"}', E.BadRequestError),
    (None, '{"code":"401","msg":"Unauthorized"}', E.AuthenticationError),
    (None, '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', E.ServerError),
])
def test_status_and_business_codes_map_to_the_right_error(status, body, error):
    err = error_from_answer(status, parse_error_body(body), endpoint="POST /v1/x", model="m")
    assert type(err) is error
    assert err.message[0].isupper() and err.message.rstrip().endswith((".", "。"))


def test_permission_error_names_model_and_endpoint_when_the_server_names_neither():
    err = error_from_answer(403, parse_error_body('{"code":403,"msg":"Forbidden"}'),
                            endpoint="POST /v1/sora/videos", model="openAiSora2Pro")
    assert err.message == ("Your API key is not allowed to make this request (POST "
                           "/v1/sora/videos with the model openAiSora2Pro). Ask the GlobalAI "
                           "team to enable it for your account.")
    assert err.denied is None


@pytest.mark.parametrize("reason, endpoint, model, denied, named, not_named", [
    ("Forbidden: this API key is not provisioned for POST /kyyReactApiServer/v1/sora/videos",
     "POST /v1/sora/videos", "openAiSora2Plus", "endpoint", "POST /v1/sora/videos", "openAiSora2Plus"),
    ("key not provisioned for model gpt-5.5", "POST /v1/chat/completions", "gpt-5.5", "model",
     "the model gpt-5.5", "/v1/chat/completions"),
    # A Gemini path holds the model id: a reason naming only the model blames the model.
    ("model gemini-3.1-pro-preview is not enabled for this key",
     "POST /v1/models/gemini-3.1-pro-preview:streamGenerateContent", "gemini-3.1-pro-preview",
     "model", "the model gemini-3.1-pro-preview", "/v1/models/"),
    # "gpt-5" is not named by "gpt-5.5"; the word "endpoint" still says what was refused.
    ("gpt-5.5 only: this endpoint is not enabled", "POST /v1/responses", "gpt-5", "endpoint",
     "POST /v1/responses", "gpt-5"),
    ("该模型未开通", "POST /v1/veo/videos", "veo3.1-fast", "model", "veo3.1-fast", "/v1/veo"),
    ("接口未开通", "POST /v1/veo/videos", "veo3.1-fast", "endpoint", "/v1/veo/videos", "veo3.1-fast"),
])
def test_permission_error_blames_what_the_server_named(reason, endpoint, model, denied, named,
                                                       not_named):
    err = error_from_answer(403, parse_error_body(f'{{"code":403,"msg":"{reason}"}}'),
                            endpoint=endpoint, model=model)
    assert type(err) is E.PermissionDeniedError and err.denied == denied
    assert named in err.message and not_named not in err.message
    assert (err.endpoint, err.model) == (endpoint, model)


def test_retry_after_in_seconds_or_as_a_date():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("0.5") == 0.5
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_backoff_grows_is_capped_and_jittered():
    rng = random.Random(1)
    delays = [backoff_delay(a, base=0.5, cap=8.0, rng=rng) for a in range(8)]
    for attempt, d in enumerate(delays):
        step = min(8.0, 0.5 * 2 ** attempt)
        assert step / 2 <= d <= step
    assert len({round(backoff_delay(3, rng=rng), 6) for _ in range(20)}) > 1
