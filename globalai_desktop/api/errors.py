"""The one error tree of the GlobalAI API client.

Every failure the client can meet is raised as a subclass of :class:`GlobalAIError`,
mapped once, where httpx is called (``api/transport.py``).  Callers catch these, never
httpx exceptions.  No instance ever carries the API key: messages and body excerpts are
passed through :func:`redact` before they are stored.

::

    GlobalAIError                      base; .message .status_code .code .endpoint .model
                                       .body .detail (the last two for details() only)
    ├── APIStatusError                 the server answered with a failure
    │   ├── BadRequestError            400 (or business code) — .message is the server's reason
    │   ├── AuthenticationError        401 — key missing or rejected
    │   ├── PermissionDeniedError      403 — key not provisioned for .endpoint / .model;
    │   │                              .denied: which one the server named ("endpoint",
    │   │                              "model", or None)
    │   ├── InsufficientBalanceError   402, or a business code meaning "insufficient balance"
    │   ├── NotFoundError              404 — unknown task / asset / route
    │   ├── RateLimitedError           429 — .retry_after seconds (None if not given)
    │   └── ServerError                5xx — .overloaded: the model is overloaded (529,
    │                                  ``overloaded_error``), also when said mid-stream
    ├── APIConnectionError             could not talk to the host (DNS, refused, reset, TLS)
    │   ├── APITimeoutError            connect/read/write/pool timeout
    │   └── CreateOutcomeUnknownError  a create POST was sent but no answer came: the task
    │                                  may exist and may be billed; never retried automatically
    ├── InvalidResponseError           the answer could not be understood (bad JSON, no id, …)
    │   └── CreateResponseInvalidError a create POST got a 2xx answer with no readable task id;
    │                                  also a CreateOutcomeUnknownError (the task may exist and
    │                                  be billed): never resubmitted automatically
    └── DownloadError                  a result could not be saved (size cap, wrong type, I/O)

Cancellation is never wrapped: ``asyncio.CancelledError`` passes through untouched.
"""

from __future__ import annotations

import re
from typing import Any

_SECRETS: set[str] = set()

# Long bearer-like tokens that look like keys are masked even if never registered.
_BEARER_RE = re.compile(r"(?i)(bearer\s+)[^\s\"',;]+")


def register_secret(value: str | None) -> None:
    """Remember a secret (the API key) so :func:`redact` masks it everywhere."""
    if value and len(value) >= 4:
        _SECRETS.add(value)


def redact(text: Any) -> str:
    """Return ``text`` as a string with every registered secret and bearer token masked."""
    s = "" if text is None else str(text)
    for secret in sorted(_SECRETS, key=len, reverse=True):
        if secret in s:
            s = s.replace(secret, "•••")
    return _BEARER_RE.sub(r"\1•••", s)


class GlobalAIError(Exception):
    """Base class.  ``str(err)`` is a sentence a person can read."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: str | int | None = None,
        endpoint: str | None = None,
        model: str | None = None,
        body: str | None = None,
        detail: str | None = None,
    ) -> None:
        self.message = redact(message)
        self.status_code = status_code
        self.code = code
        self.endpoint = endpoint          # e.g. "POST /v1/sora/videos"
        self.model = model
        self.body = redact(body)[:2000] if body else None   # excerpt for "copy details"
        # The low-level cause ("RemoteProtocolError: peer closed connection …"): it helps
        # whoever reads the details, never the person reading the message.
        self.detail = redact(detail)[:2000] if detail else None
        super().__init__(self.message)

    def details(self) -> str:
        """Multi-line technical details for a "copy details" button (already redacted)."""
        lines = [f"{type(self).__name__}: {self.message}"]
        if self.status_code is not None:
            lines.append(f"HTTP status: {self.status_code}")
        if self.code is not None:
            lines.append(f"Code: {self.code}")
        if self.endpoint:
            lines.append(f"Endpoint: {self.endpoint}")
        if self.model:
            lines.append(f"Model: {self.model}")
        if self.detail:
            lines.append(f"Cause: {self.detail}")
        if self.body:
            lines.append(f"Response: {self.body}")
        return redact("\n".join(lines))


class APIStatusError(GlobalAIError):
    """The server answered, and the answer was a failure."""


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    """403: the key works but is not provisioned for this request.

    ``endpoint`` and ``model`` are always the request's; ``denied`` says which of the two
    the server's answer named as the forbidden one — ``"endpoint"``, ``"model"``, or None
    when it named neither (then either may be the reason).
    """

    def __init__(self, message: str, *, denied: str | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.denied = denied


class InsufficientBalanceError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class RateLimitedError(APIStatusError):
    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """The server (or the upstream model) failed.  ``overloaded`` is True when it said it is
    overloaded: waiting a moment, or another model, helps."""

    def __init__(self, message: str, *, overloaded: bool = False, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.overloaded = overloaded


class APIConnectionError(GlobalAIError):
    pass


class APITimeoutError(APIConnectionError):
    pass


class CreateOutcomeUnknownError(APIConnectionError):
    pass


class InvalidResponseError(GlobalAIError):
    pass


class DownloadError(GlobalAIError):
    pass


class CreateResponseInvalidError(CreateOutcomeUnknownError, InvalidResponseError):
    """A create POST was answered 2xx, but the answer was not JSON or carried no task id.

    The task probably exists and may be billed, yet cannot be followed: it is an invalid
    response *and* an outcome-unknown create, so code that guards against resubmitting
    (``except CreateOutcomeUnknownError``) keeps the user from paying twice.
    """


__all__ = [
    "GlobalAIError", "APIStatusError", "BadRequestError", "AuthenticationError",
    "PermissionDeniedError", "InsufficientBalanceError", "NotFoundError", "RateLimitedError",
    "ServerError", "APIConnectionError", "APITimeoutError", "CreateOutcomeUnknownError",
    "InvalidResponseError", "DownloadError", "CreateResponseInvalidError", "register_secret",
    "redact",
]
