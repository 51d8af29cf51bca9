"""Text endpoints T1–T5 (contract §3): OpenAI chat, Anthropic messages, Gemini native,
OpenAI Responses — each non-streamed and streamed in its vendor's wire format.

Handlers run after the middleware has checked the key; they validate the body, compose
a deterministic reply (:mod:`.replies`) and send it whole or as many small chunks.  Each
streaming handler also says how its protocol reports an error mid-stream (the
``stream_error`` fault): OpenAI chat ``data: {"error": {...}}``; Anthropic ``event: error``;
Gemini an error object (an SSE event, or the last element of the JSON array); Responses
``event: error`` followed by ``response.failed``.
"""

from __future__ import annotations

import json
import time
import uuid

from aiohttp import web

from . import replies
from .envelopes import error_body, error_response, json_response, no_handler
from .faults import STREAM_KINDS
from .keys import BODY, SIM
from .streaming import SSEWriter


def _bad(style: str, message: str) -> web.Response:
    return error_response(style, 400, message)


def _read(request: web.Request, protocol: str, style: str, extract, model=None):
    """``(body, model, prompt)`` of a text request, or a 400 response saying what is wrong
    with the body, the model, or the media attached for that model."""
    body = request.get(BODY)
    if not isinstance(body, dict):
        return _bad(style, "The request body must be a JSON object.")
    model = body.get("model") if model is None else model
    prompt = extract(body)
    view = request.app[SIM].catalog_view
    problem = view.text_model_problem(model, protocol) \
        or view.media_input_problem(model, protocol, prompt.images, prompt.videos)
    return _bad(style, problem) if problem else (body, model, prompt)


def _writer(request: web.Request) -> SSEWriter:
    sim = request.app[SIM]
    fault = sim.faults.take(request.method, request.path, STREAM_KINDS)
    return SSEWriter(request, delay=sim.config.chunk_delay, fault=fault)


def _compose(request: web.Request, model: str, protocol: str, prompt, max_tokens: int | None):
    return replies.compose(model, protocol, prompt, max_tokens,
                           long_ok=request.app[SIM].config.long_replies)


def _max_tokens(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


# -- T1: OpenAI chat completions ----------------------------------------------------------

async def chat_completions(request: web.Request) -> web.StreamResponse:
    got = _read(request, "openai", "openai", replies.from_openai)
    if isinstance(got, web.Response):
        return got
    body, model, prompt = got
    msgs = body.get("messages")
    if not isinstance(msgs, list) or not msgs:
        return _bad("openai", "'messages' is required and must be a non-empty array.")
    reply = _compose(request, model, "OpenAI chat", prompt,
                     _max_tokens(body.get("max_completion_tokens") or body.get("max_tokens")))
    cid, created = "chatcmpl-" + uuid.uuid4().hex[:24], int(time.time())
    usage = {"prompt_tokens": reply.input_tokens, "completion_tokens": reply.output_tokens,
             "total_tokens": reply.total_tokens}
    if not body.get("stream"):
        return json_response({
            "id": cid, "object": "chat.completion", "created": created, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.text},
                         "logprobs": None, "finish_reason": reply.finish}],
            "usage": usage})

    def chunk(delta: dict, finish=None, choices=True) -> dict:
        return {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [{"index": 0, "delta": delta, "logprobs": None,
                             "finish_reason": finish}] if choices else []}

    w = _writer(request)

    async def fail(fault) -> None:
        await w.event(error_body("openai", fault.status, fault.message))

    w.failure = fail
    async with w:
        await w.event(chunk({"role": "assistant", "content": ""}))
        for piece in replies.pieces(reply):
            await w.event(chunk({"content": piece}))
        await w.event(chunk({}, reply.finish))
        opts = body.get("stream_options")
        if isinstance(opts, dict) and opts.get("include_usage"):
            await w.event(dict(chunk({}, choices=False), usage=usage))
        await w.event("[DONE]")
    return w.response


# -- T2: Anthropic messages -------------------------------------------------------------

async def messages(request: web.Request) -> web.StreamResponse:
    got = _read(request, "anthropic", "anthropic", replies.from_anthropic)
    if isinstance(got, web.Response):
        return got
    body, model, prompt = got
    msgs = body.get("messages")
    if not isinstance(msgs, list) or not msgs:
        return _bad("anthropic", "messages: field required (a non-empty array).")
    max_tokens = _max_tokens(body.get("max_tokens"))
    if max_tokens is None:
        return _bad("anthropic", "max_tokens: field required (a positive integer).")
    bad_roles = {m.get("role") for m in msgs if isinstance(m, dict)} - {"user", "assistant"}
    if bad_roles or not all(isinstance(m, dict) for m in msgs):
        return _bad("anthropic", "messages: each message needs role 'user' or 'assistant'; "
                                 "put the system prompt in the top-level 'system' field.")
    reply = _compose(request, model, "Anthropic messages", prompt, max_tokens)
    mid = "msg_" + uuid.uuid4().hex[:24]
    stop = "end_turn" if reply.finish == "stop" else "max_tokens"
    if not body.get("stream"):
        return json_response({
            "id": mid, "type": "message", "role": "assistant", "model": model,
            "content": [{"type": "text", "text": reply.text}],
            "stop_reason": stop, "stop_sequence": None,
            "usage": {"input_tokens": reply.input_tokens, "output_tokens": reply.output_tokens}})
    w = _writer(request)

    async def fail(fault) -> None:
        await w.event(error_body("anthropic", fault.status, fault.message), "error")

    w.failure = fail
    async with w:
        await w.event({"type": "message_start", "message": {
            "id": mid, "type": "message", "role": "assistant", "model": model, "content": [],
            "stop_reason": None, "stop_sequence": None,
            "usage": {"input_tokens": reply.input_tokens, "output_tokens": 1}}}, "message_start")
        await w.event({"type": "content_block_start", "index": 0,
                       "content_block": {"type": "text", "text": ""}}, "content_block_start")
        await w.event({"type": "ping"}, "ping")
        for piece in replies.pieces(reply):
            await w.event({"type": "content_block_delta", "index": 0,
                           "delta": {"type": "text_delta", "text": piece}}, "content_block_delta")
        await w.event({"type": "content_block_stop", "index": 0}, "content_block_stop")
        await w.event({"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": None},
                       "usage": {"output_tokens": reply.output_tokens}}, "message_delta")
        await w.event({"type": "message_stop"}, "message_stop")
    return w.response


# -- T3/T4: Gemini native -----------------------------------------------------------------

async def gemini(request: web.Request) -> web.StreamResponse:
    model, _, action = request.match_info["tail"].rpartition(":")
    if action not in ("generateContent", "streamGenerateContent") or not model:
        return no_handler(request.method, request.path)
    got = _read(request, "gemini", "gemini", replies.from_gemini, model=model)
    if isinstance(got, web.Response):
        return got
    body, model, prompt = got
    contents = body.get("contents")
    if not isinstance(contents, list) or not contents:
        return _bad("gemini", "* GenerateContentRequest.contents: contents is not specified")
    gen = body.get("generationConfig") if isinstance(body.get("generationConfig"), dict) else {}
    reply = _compose(request, model, "Gemini native", prompt, _max_tokens(gen.get("maxOutputTokens")))
    finish = "STOP" if reply.finish == "stop" else "MAX_TOKENS"
    usage = {"promptTokenCount": reply.input_tokens, "candidatesTokenCount": reply.output_tokens,
             "totalTokenCount": reply.total_tokens}

    def piece_obj(text: str, last: bool) -> dict:
        cand = {"content": {"role": "model", "parts": [{"text": text}]}, "index": 0}
        out = {"candidates": [cand], "modelVersion": model}
        if last:
            cand["finishReason"] = finish
            out["usageMetadata"] = usage
        return out

    if action == "generateContent":
        return json_response(piece_obj(reply.text, True))
    pieces = replies.pieces(reply, words_per_chunk=4)
    sse = request.query.get("alt") == "sse"
    w = _writer(request)
    if not sse:  # Google's default: one JSON array, streamed element by element
        w.response.content_type = "application/json"

    async def fail(fault) -> None:
        body = error_body("gemini", fault.status, fault.message)
        if sse:
            await w.event(body)
        else:   # the error object is the array's last element
            await w.write(("[" if w.sent == 0 else ",\r\n") + json.dumps(body, ensure_ascii=False) + "]")

    w.failure = fail
    async with w:
        for i, piece in enumerate(pieces):
            obj = piece_obj(piece, i == len(pieces) - 1)
            if sse:
                await w.event(obj)
            else:
                await w.write(("[" if i == 0 else ",\r\n") + json.dumps(obj, ensure_ascii=False))
        if not sse:
            await w.write("]")
    return w.response


# -- T5: OpenAI Responses ---------------------------------------------------------------

async def responses(request: web.Request) -> web.StreamResponse:
    got = _read(request, "responses", "openai", replies.from_responses)
    if isinstance(got, web.Response):
        return got
    body, model, prompt = got
    if not isinstance(body.get("input"), (str, list)) or not body.get("input"):
        return _bad("openai", "'input' is required (a string or an array of input items).")
    reply = _compose(request, model, "OpenAI responses", prompt,
                     _max_tokens(body.get("max_output_tokens")))
    rid, mid = "resp_" + uuid.uuid4().hex, "msg_" + uuid.uuid4().hex
    complete = reply.finish == "stop"
    part = {"type": "output_text", "text": reply.text, "annotations": [], "logprobs": []}
    item = {"type": "message", "id": mid, "status": "completed" if complete else "incomplete",
            "role": "assistant", "content": [part]}
    usage = {"input_tokens": reply.input_tokens, "input_tokens_details": {"cached_tokens": 0},
             "output_tokens": reply.output_tokens, "output_tokens_details": {"reasoning_tokens": 0},
             "total_tokens": reply.total_tokens}

    def response_obj(status: str, output: list, with_usage: bool) -> dict:
        return {
            "id": rid, "object": "response", "created_at": int(time.time()), "status": status,
            "error": None,
            "incomplete_details": None if status != "incomplete" else {"reason": "max_output_tokens"},
            "instructions": body.get("instructions"), "max_output_tokens": body.get("max_output_tokens"),
            "model": model, "output": output, "parallel_tool_calls": True,
            "previous_response_id": body.get("previous_response_id"), "reasoning": {"effort": None},
            "store": True, "temperature": body.get("temperature", 1.0),
            "text": {"format": {"type": "text"}}, "tool_choice": "auto", "tools": [],
            "top_p": body.get("top_p", 1.0), "truncation": "disabled",
            "usage": usage if with_usage else None, "user": None, "metadata": {},
        }

    final_status = "completed" if complete else "incomplete"
    if not body.get("stream"):
        return json_response(response_obj(final_status, [item], True))
    w = _writer(request)
    seq = 0

    async def emit(etype: str, **data) -> None:
        nonlocal seq
        await w.event(dict(type=etype, sequence_number=seq, **data), etype)
        seq += 1

    async def fail(fault) -> None:
        err = error_body("openai", fault.status, fault.message)["error"]
        code = err["code"] or err["type"]
        await emit("error", code=code, message=err["message"], param=None)
        failed = response_obj("failed", [], False)
        failed["error"] = {"code": code, "message": err["message"]}
        await emit("response.failed", response=failed)

    w.failure = fail
    async with w:
        await emit("response.created", response=response_obj("in_progress", [], False))
        await emit("response.in_progress", response=response_obj("in_progress", [], False))
        await emit("response.output_item.added", output_index=0,
                   item=dict(item, status="in_progress", content=[]))
        await emit("response.content_part.added", item_id=mid, output_index=0, content_index=0,
                   part=dict(part, text=""))
        for piece in replies.pieces(reply):
            await emit("response.output_text.delta", item_id=mid, output_index=0, content_index=0,
                       delta=piece, logprobs=[])
        await emit("response.output_text.done", item_id=mid, output_index=0, content_index=0,
                   text=reply.text, logprobs=[])
        await emit("response.content_part.done", item_id=mid, output_index=0, content_index=0, part=part)
        await emit("response.output_item.done", output_index=0, item=item)
        await emit("response.completed" if complete else "response.incomplete",
                   response=response_obj(final_status, [item], True))
    return w.response


def add_routes(app: web.Application, prefix: str) -> None:
    app.router.add_post(prefix + "/v1/chat/completions", chat_completions)
    app.router.add_post(prefix + "/v1/messages", messages)
    app.router.add_post(prefix + "/v1/models/{tail}", gemini)
    app.router.add_post(prefix + "/v1/responses", responses)
