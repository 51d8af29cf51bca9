"""Turn what the server (or httpx) said into one of the errors in ``api/errors.py``.

Used only by the transport and the stream decoders, i.e. where httpx is called.  The
contract documents no error schema (§7, §11.1), so bodies are read defensively: ``error``
as a string or an object, ``msg`` or ``message``, ``code`` as an int or a string, the
OpenAI / Anthropic / Gemini envelopes and the media host's ``{"code","msg","data"}``.
Every message is a sentence a person can read; the raw body goes into ``.body`` for
"copy details".  Nothing here ever sees the API key (bodies are redacted by the error
constructor anyway).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from . import errors as E
from .retry import parse_retry_after, was_not_sent

# Business codes that mean "success" inside an HTTP 200 envelope (§7.1: 0 or "0"; some
# gateways use 200).
_SUCCESS_CODES = {"0", "200", "", "success", "ok"}

# Words in a reason that mean the account ran out of money, whatever the status code.
_BALANCE_WORDS = ("insufficient balance", "insufficient_balance", "insufficient_quota",
                  "balance is not enough", "余额不足", "余额", "欠费", "credit balance")

# Vendor error "type"/"status" strings → the HTTP status they stand for.
_TYPE_TO_STATUS = {
    "authentication_error": 401, "invalid_api_key": 401, "unauthenticated": 401,
    "permission_error": 403, "permission_denied": 403,
    "billing_error": 402, "insufficient_quota": 402,
    "not_found_error": 404, "not_found": 404,
    "rate_limit_error": 429, "rate_limit_exceeded": 429, "resource_exhausted": 429,
    "invalid_request_error": 400, "invalid_argument": 400, "failed_precondition": 400,
    "request_too_large": 413,
    "overloaded_error": 529, "api_error": 500, "internal": 500, "server_error": 500,
    "unavailable": 503, "deadline_exceeded": 504,
}


@dataclass(frozen=True)
class ErrorInfo:
    """What could be read from an error body."""

    reason: str | None = None       # the server's own words
    code: str | int | None = None   # business or vendor code
    kind: str | None = None         # vendor error type / status ("rate_limit_error")


def read_json(text: str) -> Any:
    """``json.loads`` that returns None instead of raising."""
    try:
        return json.loads(text)
    except (ValueError, TypeError):
        return None


def parse_error_payload(payload: Any) -> ErrorInfo:
    """Read reason, code and type from any known error envelope (or a bare string)."""
    if isinstance(payload, str):
        return ErrorInfo(reason=payload.strip() or None)
    if not isinstance(payload, Mapping):
        return ErrorInfo()
    reason = code = kind = None
    err = payload.get("error")
    if isinstance(err, str) and err.strip():
        reason = err.strip()
    elif isinstance(err, Mapping):
        reason = _first_text(err, ("message", "msg", "detail", "error_description"))
        code = err.get("code") if err.get("code") not in (None, "") else None
        kind = _first_text(err, ("type", "status"))
    if reason is None:
        reason = _first_text(payload, ("msg", "message", "detail", "error_description",
                                       "errorMessage", "error_msg"))
    if code is None and payload.get("code") not in (None, ""):
        code = payload.get("code")
    if kind is None and isinstance(payload.get("status"), str) and payload.get("status", "").isupper():
        kind = payload.get("status")        # Gemini puts "UNAUTHENTICATED" here
    return ErrorInfo(reason=reason, code=code, kind=kind)


def parse_error_body(text: str) -> ErrorInfo:
    payload = read_json(text)
    if payload is None:
        stripped = (text or "").strip()
        # An HTML error page says nothing useful in a sentence; keep it for details only.
        if stripped.startswith("<") or not stripped:
            return ErrorInfo()
        return ErrorInfo(reason=stripped[:300])
    return parse_error_payload(payload)


def is_business_success(code: Any) -> bool:
    """True for the envelope codes that mean success (0, "0", 200, absent)."""
    if code is None or isinstance(code, bool):
        return code is None or code is True
    return str(code).strip().lower() in _SUCCESS_CODES


def _first_text(m: Mapping, keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = m.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return None


def _status_from_info(info: ErrorInfo) -> int | None:
    """The HTTP status an error body implies (business code or vendor type), if any."""
    for raw in (info.code, info.kind):
        if raw is None:
            continue
        s = str(raw).strip().lower()
        if s in _TYPE_TO_STATUS:
            return _TYPE_TO_STATUS[s]
        if s.lstrip("-").isdigit():
            n = int(s)
            if 400 <= n <= 599:
                return n
    return None


def _info_text(info: ErrorInfo) -> str:
    return " ".join(str(x) for x in (info.reason, info.code, info.kind) if x is not None).lower()


def _looks_like_balance(info: ErrorInfo) -> bool:
    return any(w in _info_text(info) for w in _BALANCE_WORDS)


def _looks_overloaded(status: int, info: ErrorInfo) -> bool:
    """529 (Anthropic's "overloaded"), or a 5xx whose words say overloaded (Gemini's 503
    "The model is overloaded", an OpenAI ``server_error`` reading "Overloaded")."""
    return status == 529 or "overload" in _info_text(info)


def error_from_answer(
    status: int | None,
    info: ErrorInfo,
    *,
    endpoint: str | None = None,
    model: str | None = None,
    body: str | None = None,
    retry_after: float | None = None,
    not_found: str | None = None,
) -> E.GlobalAIError:
    """Build the error for a failed answer.

    ``status`` is the HTTP status when it was an error status; for a failure inside an HTTP
    200 envelope pass None and the business code / vendor type decides.  ``not_found`` is
    the sentence to use for a 404 (callers know whether a task, an asset or a route is meant).
    """
    effective = status if status is not None and status >= 400 else _status_from_info(info)
    reason = info.reason
    kw: dict[str, Any] = dict(status_code=status, code=info.code, endpoint=endpoint,
                              model=model, body=body)
    said = f" The server said: {_sentence(reason)}" if reason else ""

    if effective == 402 or _looks_like_balance(info):
        return E.InsufficientBalanceError(
            "Your GlobalAI balance is too low for this request. Top up the account, then try again."
            + said, **kw)
    if effective == 401:
        return E.AuthenticationError(
            "The API key is missing or was rejected. Check the key in Settings." + said, **kw)
    if effective == 403:
        return _permission_denied(reason, said, endpoint=endpoint, model=model, kw=kw)
    if effective == 404:
        msg = not_found or (f"The server has nothing at {endpoint}." if endpoint else "Not found.")
        return E.NotFoundError(msg + said, **kw)
    if effective == 429:
        wait = f" It asked to wait {retry_after:.0f} seconds." if retry_after else ""
        return E.RateLimitedError(
            "The server is receiving too many requests from this key right now." + wait + said,
            retry_after=retry_after, **kw)
    if effective is not None and effective >= 500 and _looks_overloaded(effective, info):
        bare = (reason or "").strip().rstrip(".").lower() in ("", "overloaded")
        return E.ServerError("The model is overloaded right now. Try again in a moment."
                             + ("" if bare else said), overloaded=True, **kw)
    if effective is not None and effective >= 500:
        return E.ServerError(
            f"The GlobalAI server had a problem (error {effective}). Try again in a moment." + said,
            **kw)
    if effective is not None and 300 <= effective < 400:
        return E.InvalidResponseError(
            "The server redirected the request elsewhere. Check the base URL in Settings." + said, **kw)
    # 400 and every other refusal: the server's reason is the message.
    if reason:
        return E.BadRequestError(f"The server rejected the request: {_sentence(reason)}", **kw)
    code_txt = f" (code {info.code})" if info.code is not None else ""
    return E.BadRequestError(f"The server rejected the request{code_txt}.", **kw)


# Words in a 403 reason that say what was refused when it names neither the path nor the model.
_ENDPOINT_WORDS = re.compile(r"\b(endpoint|route|path|url|interface)\b|接口", re.IGNORECASE)
_MODEL_WORDS = re.compile(r"\bmodels?\b|模型", re.IGNORECASE)
# A bare refusal says nothing worth repeating after our own sentence.
_BARE_403 = {"", "forbidden", "permission denied", "access denied", "no permission"}


def denied_target(reason: str | None, endpoint: str | None, model: str | None) -> str | None:
    """What a 403 ``reason`` names as refused: ``"endpoint"``, ``"model"`` or None.

    The request's path (``endpoint`` without its method) or the model id appearing in the
    server's words decides; failing both, words such as "endpoint" / "model" do.  The path
    is checked first: a Gemini path contains the model id too.
    """
    text = reason or ""
    path = (endpoint or "").split(" ", 1)[-1].split("?", 1)[0]
    if path and path in text:
        return "endpoint"
    if model and re.search(rf"(?<![\w.-]){re.escape(model)}(?![\w-]|\.\w)", text, re.IGNORECASE):
        return "model"
    says_endpoint, says_model = bool(_ENDPOINT_WORDS.search(text)), bool(_MODEL_WORDS.search(text))
    if says_endpoint != says_model:
        return "endpoint" if says_endpoint else "model"
    return None


def _permission_denied(reason: str | None, said: str, *, endpoint: str | None,
                       model: str | None, kw: dict[str, Any]) -> E.PermissionDeniedError:
    """The 403 sentence, worded from what the server named (see :func:`denied_target`)."""
    denied = denied_target(reason, endpoint, model)
    if denied == "endpoint":
        msg = (f"Your API key is not provisioned for {endpoint or 'this endpoint'}. Ask the "
               "GlobalAI team to enable this endpoint for your account.")
    elif denied == "model":
        msg = (f"Your API key is not provisioned for the model {model}." if model else
               "Your API key is not provisioned for this model.")
        msg += " Ask the GlobalAI team to enable this model for your account, or choose another."
    else:
        what = " with the model ".join(x for x in (endpoint, model) if x)
        msg = ("Your API key is not allowed to make this request"
               + (f" ({what})" if what else "") + ". Ask the GlobalAI team to enable it for "
               "your account.")
        if (reason or "").strip().rstrip(".!").lower() not in _BARE_403:
            msg += said
    return E.PermissionDeniedError(msg, denied=denied, **kw)


def error_from_response(response: httpx.Response, text: str, *, endpoint: str | None,
                        model: str | None, not_found: str | None = None) -> E.GlobalAIError:
    """Error for an HTTP answer whose status is not 2xx (``text`` is its read body)."""
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    err = error_from_answer(response.status_code, parse_error_body(text), endpoint=endpoint,
                            model=model, body=text, retry_after=retry_after, not_found=not_found)
    if response.status_code in (404, 405) and route_missing(text):
        # The server has no such *route*: the base URL is wrong.  Not a NotFoundError, which
        # callers read as "this task / asset is gone" (and would give a paid task up).
        err = E.InvalidResponseError(
            f"This server has no GlobalAI API at {endpoint or 'that address'}. Check the base "
            "URL in Settings.", status_code=response.status_code, endpoint=endpoint,
            model=model, body=text)
    elif 300 <= response.status_code < 400 and response.headers.get("location"):
        err = E.InvalidResponseError(
            "The server redirected the request to another address "
            f"({response.headers['location']}). Use that address as the base URL in Settings.",
            status_code=response.status_code, endpoint=endpoint, model=model, body=text)
    return err


def route_missing(text: str) -> bool:
    """True when a 404 body says the route does not exist (not that a task or asset is gone).

    Covers Spring's "No handler found" answer of the media host, its default error page
    (``{"error": "Not Found", "path": ...}``) and non-JSON pages (a web server or proxy that
    is not the gateway).  A business envelope (``code``) or a vendor error object means the
    route exists.
    """
    payload = read_json(text)
    if payload is None:
        return True
    if not isinstance(payload, Mapping):
        return False
    if "code" in payload or isinstance(payload.get("error"), Mapping):
        return False
    message = str(payload.get("message") or payload.get("msg") or "")
    return "no handler found" in message.lower() or (
        payload.get("error") in ("Not Found", "Method Not Allowed") and "path" in payload)


def error_from_transport(exc: httpx.HTTPError, *, endpoint: str | None, model: str | None,
                         create: bool = False, host: str | None = None) -> E.GlobalAIError:
    """Error for an httpx exception (no answer, or a broken one).

    The message is one sentence a person can act on; the exception's own words go to
    ``.detail`` (shown by ``details()`` only).  ``create``: the request was a task-create
    POST; if it may have reached the server the result is
    :class:`CreateOutcomeUnknownError`, never a plain connection error.
    """
    where = f" to {host}" if host else ""
    kw: dict[str, Any] = dict(endpoint=endpoint, model=model, detail=exc_words(exc))
    if create and not was_not_sent(exc):
        return E.CreateOutcomeUnknownError(
            "The request to create the task was sent, but no answer came back. The task may "
            "exist and may be billed: check the task list before submitting it again.", **kw)
    if isinstance(exc, httpx.TimeoutException):
        if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)):
            return E.APITimeoutError(f"Connecting{where} took too long. Check the network or "
                                     "proxy settings.", **kw)
        return E.APITimeoutError(f"The server{_host_words(host)} stopped responding before the "
                                 "answer was complete.", **kw)
    if isinstance(exc, httpx.ProxyError):
        return E.APIConnectionError("The proxy refused or failed the connection. Check the "
                                    "proxy settings.", **kw)
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return E.APIConnectionError("The address is not a valid http(s) address. Check the "
                                    "base URL in Settings.", **kw)
    if isinstance(exc, httpx.ConnectError):
        if "CERTIFICATE" in str(exc).upper() or "SSL" in str(exc).upper():
            return E.APIConnectionError(
                f"The secure connection{where} could not be verified. If your network inspects "
                "HTTPS traffic, set its certificate (CA bundle) in Settings.", **kw)
        return E.APIConnectionError(f"Could not connect{where}. Check the network, the proxy "
                                    "settings and the base URL.", **kw)
    if isinstance(exc, httpx.DecodingError):
        return E.InvalidResponseError("The server's answer could not be decoded.", **kw)
    return E.APIConnectionError("The connection was interrupted before the answer was "
                                "complete.", **kw)


def _host_words(host: str | None) -> str:
    return f" at {host}" if host else ""


def exc_words(exc: BaseException) -> str:
    """``"TypeName: text"`` of a low-level exception, for an error's ``.detail``."""
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "。", "！", "？")) else text + "."
