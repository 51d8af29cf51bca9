"""When a request may be sent again, and how long to wait first.

Every rule is here, as named constants with the reason beside it, so the transport
(``api/transport.py``) only asks :func:`should_retry_status`, :func:`should_retry_exception`
and :func:`backoff_delay`.

Providers bill per accepted create call and the gateway has no idempotency keys
(contract §6, §7.3), so the rules differ by what a repeat could cost:

========================  ==================================  ==========================
kind                      retried on                          when it may have been sent
========================  ==================================  ==========================
``IDEMPOTENT``            429, 500/502/503/504, timeouts,     retried (a repeat is
(GET result/asset,        dropped connections                 harmless)
DELETE, status lookups)
``CREATE``                only "never left the machine"       CreateOutcomeUnknownError
(task create POSTs)       errors (connect / pool)             — never retried
``UPLOAD``                only "never left the machine"       APIConnectionError (a
(asset registration)      errors                              duplicate asset is harmless
                                                              but not ours to make)
``TEXT``                  "never left the machine" errors,    APIConnectionError /
(chat POSTs)              and 429 / 503 answers before any    APITimeoutError, never
                          text was streamed                   after a stream began
========================  ==================================  ==========================

A chat request answered with 429/503 was refused before any work was billed, so sending
it again after a pause is what a person would do by hand; a 500 may come from a failed
generation and is reported instead of silently repeated.
"""

from __future__ import annotations

import email.utils
import enum
import random
import time

import httpx


class RequestKind(enum.Enum):
    IDEMPOTENT = "idempotent"
    CREATE = "create"
    UPLOAD = "upload"
    TEXT = "text"


# Default retry budget (attempts after the first); ApiConfig.max_retries overrides it.
DEFAULT_MAX_RETRIES = 3
# First backoff step in seconds; doubles each attempt (0.5, 1, 2, 4 …).
BACKOFF_BASE_SECONDS = 0.5
# No single backoff pause exceeds this, however many attempts were made.
BACKOFF_MAX_SECONDS = 8.0
# A Retry-After longer than this is not waited out silently: the error is raised with
# .retry_after so the caller can wait visibly (a poller reschedules, the UI shows a timer).
RETRY_AFTER_CAP_SECONDS = 60.0

# Statuses an idempotent request is repeated on: rate limited, or a server / gateway
# failure that is usually transient.  501 (not implemented) and 505 never heal by waiting.
IDEMPOTENT_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Statuses a chat request is repeated on before streaming starts: the server refused the
# request without doing (or billing) the work.
TEXT_RETRY_STATUSES = frozenset({429, 503})

# Transport errors raised before a single byte of the request left the machine: the
# connection was never made, or no pooled connection was free.  Safe to repeat for every kind.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout,
)
# Also never sent, but repeating cannot help (a refused proxy, a malformed URL or header):
# reported at once, and never as "outcome unknown".
NOT_SENT_PERMANENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ProxyError, httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.InvalidURL,
)
# Transport errors after which the request may have reached the server.  Only idempotent
# requests repeat on these.
MAYBE_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError,
    httpx.RemoteProtocolError, httpx.CloseError,
)


def should_retry_status(kind: RequestKind, status_code: int) -> bool:
    """True when an answer with this status may be followed by the same request again."""
    if kind is RequestKind.IDEMPOTENT:
        return status_code in IDEMPOTENT_RETRY_STATUSES
    if kind is RequestKind.TEXT:
        return status_code in TEXT_RETRY_STATUSES
    return False        # CREATE / UPLOAD: the server answered; it is not ours to repeat


def was_not_sent(exc: BaseException) -> bool:
    """True when ``exc`` proves the request never reached the server."""
    return isinstance(exc, NOT_SENT_ERRORS + NOT_SENT_PERMANENT_ERRORS)


def should_retry_exception(kind: RequestKind, exc: BaseException) -> bool:
    """True when the transport error ``exc`` may be followed by the same request again."""
    if isinstance(exc, NOT_SENT_ERRORS):
        return True
    if kind is RequestKind.IDEMPOTENT:
        return isinstance(exc, MAYBE_SENT_ERRORS)
    return False


def backoff_delay(attempt: int, *, base: float = BACKOFF_BASE_SECONDS,
                  cap: float = BACKOFF_MAX_SECONDS, rng: random.Random | None = None) -> float:
    """Pause before retry number ``attempt`` (0 for the first retry).

    Exponential with "equal jitter": half the step is fixed, half random, so many clients
    that failed together do not come back in lock-step but none retries immediately.
    """
    step = min(cap, base * (2 ** max(0, attempt)))
    r = (rng or random).random()
    return step / 2 + r * step / 2


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:          # NaN
        return None
    return max(0.0, seconds)
