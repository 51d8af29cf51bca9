"""Error bodies in the shape each host and protocol uses (contract §7.3).

``style`` is one of ``"media"`` (the ``code/msg/data`` business envelope), ``"openai"``
(chat completions and responses), ``"anthropic"`` (``/v1/messages``) or ``"gemini"``
(``/v1/models/...``).  :func:`style_for_route` picks it from the path below the host prefix.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from aiohttp import web

_OPENAI_TYPES = {
    400: ("invalid_request_error", None), 401: ("invalid_request_error", "invalid_api_key"),
    402: ("insufficient_quota", "insufficient_quota"), 403: ("permission_error", "permission_denied"),
    404: ("invalid_request_error", "not_found"), 429: ("rate_limit_error", "rate_limit_exceeded"),
}
_ANTHROPIC_TYPES = {
    400: "invalid_request_error", 401: "authentication_error", 402: "billing_error",
    403: "permission_error", 404: "not_found_error", 413: "request_too_large",
    429: "rate_limit_error", 529: "overloaded_error",
}
_GEMINI_STATUS = {
    400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 402: "FAILED_PRECONDITION",
    403: "PERMISSION_DENIED", 404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL",
    503: "UNAVAILABLE", 504: "DEADLINE_EXCEEDED", 529: "UNAVAILABLE",
}
_DEFAULT_TEXT = {
    400: "Bad request", 401: "Invalid API key", 402: "Insufficient balance", 403: "Forbidden",
    404: "Not found", 429: "Too many requests", 500: "Upstream service error",
    502: "Bad gateway", 503: "Service temporarily unavailable", 504: "Gateway timeout",
    529: "Overloaded",
}


def style_for_route(host: str, route: str) -> str:
    """The error style for a request: ``host`` is ``"text"`` or ``"media"``."""
    if host != "text":
        return "media"
    if route.startswith("/v1/messages"):
        return "anthropic"
    if route.startswith("/v1/models/"):
        return "gemini"
    return "openai"


def default_message(status: int) -> str:
    return _DEFAULT_TEXT.get(status, "Upstream service error" if status >= 500 else "Request failed")


def error_body(style: str, status: int, message: str | None = None) -> dict:
    """The JSON body of an error answer with HTTP ``status`` in ``style``."""
    msg = message or default_message(status)
    if style == "openai":
        etype, code = _OPENAI_TYPES.get(status, ("server_error" if status >= 500 else "invalid_request_error", None))
        return {"error": {"message": msg, "type": etype, "param": None, "code": code}}
    if style == "anthropic":
        etype = _ANTHROPIC_TYPES.get(status, "api_error")
        return {"type": "error", "error": {"type": etype, "message": msg}}
    if style == "gemini":
        return {"error": {"code": status, "message": msg,
                          "status": _GEMINI_STATUS.get(status, "UNKNOWN")}}
    # Media host.  401/403 carry an integer code as in the docs' examples; the rest strings.
    code: int | str = status if status in (401, 403) else str(status)
    return {"code": code, "msg": msg, "data": None}


def json_response(body, status: int = 200, headers: dict | None = None) -> web.Response:
    return web.Response(status=status, text=json.dumps(body, ensure_ascii=False),
                        content_type="application/json", headers=headers)


def error_response(style: str, status: int, message: str | None = None,
                   headers: dict | None = None) -> web.Response:
    return json_response(error_body(style, status, message), status=status, headers=headers)


def insufficient_balance(style: str, balance_style: str) -> web.Response:
    """The "insufficient balance" answer: 402, or (media host) HTTP 200 + business code 402."""
    msg = "余额不足 / insufficient balance"
    if style == "media" and balance_style == "business200":
        return json_response({"code": "402", "msg": msg, "data": None}, status=200)
    return error_response(style, 402, msg)


def task_not_found() -> web.Response:
    return json_response({"code": -1, "msg": "task not found", "data": None}, status=404)


def _spring(status: int, error: str, message: str, path: str) -> web.Response:
    return json_response({"timestamp": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                          "status": status, "error": error, "message": message, "path": path},
                         status=status)


def no_handler(method: str, path: str) -> web.Response:
    """Spring's answer to an unknown route (seen from the real media host)."""
    return _spring(404, "Not Found", f"No handler found for {method} {path}", path)


def method_not_allowed(method: str, path: str) -> web.Response:
    """Spring's answer to a known route called with the wrong method."""
    return _spring(405, "Method Not Allowed", f"Request method '{method}' is not supported", path)
