""""Test connection": can each host be reached, and does it accept the key?  Costs nothing.

- text: ``POST {text}/v1/chat/completions`` with an empty JSON object.  The gateway checks
  the key before the body, so 400/422 means "reached, key accepted" and nothing runs.
- media: ``GET {media}/v1/result/<probe id>``.  "task not found" (404, or ``code: -1``)
  means "reached, key accepted"; a Spring-style "No handler found" 404 means the base URL
  points at the wrong place.

Each host is probed once (no retries: the person is waiting for a verdict) and both at
the same time.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Literal

from . import errors as E
from .config import ConnectionCheck
from .error_mapping import parse_error_body
from .transport import Transport

log = logging.getLogger("globalai.api.connection")

PROBE_TASK_ID = "globalai-desktop-connection-probe"


async def check_connection(t: Transport) -> list[ConnectionCheck]:
    """``[text check, media check]``; never raises for network or server failures."""
    return list(await asyncio.gather(_check(t, "text"), _check(t, "media")))


async def _check(t: Transport, host: Literal["text", "media"]) -> ConnectionCheck:
    base = t.base_url(host)
    try:
        has_key = t.current_key(required=False) is not None
        if host == "text":
            status, text, headers = await t.probe("POST", "text", "/v1/chat/completions", json_body={})
        else:
            status, text, headers = await t.probe("GET", "media", f"/v1/result/{PROBE_TASK_ID}")
    except E.GlobalAIError as err:
        return ConnectionCheck(host, base, False, err.status_code, err.message)
    ok, message = _verdict(host, status, text, headers.get("location"), has_key)
    log.info("connection check %s: HTTP %s, %s", host, status, "ok" if ok else "not ok")
    return ConnectionCheck(host, base, ok, status, message)


def _verdict(host: str, status: int, text: str, location: str | None,
             has_key: bool) -> tuple[bool, str]:
    name = "text (chat)" if host == "text" else "image and video"
    info = parse_error_body(text)
    reason = (info.reason or "").lower()
    if 300 <= status < 400:
        where = f" to {location}" if location else ""
        return False, (f"The {name} server redirects{where}. Use that address as the base URL.")
    if status in (401, 403) or str(info.code) in ("401", "403"):
        if not has_key:
            return False, f"The {name} server is reachable, but no API key is set."
        if status == 403 or str(info.code) == "403":
            return False, (f"The {name} server is reachable, but your API key is not allowed to "
                           "use it.")
        return False, f"The {name} server is reachable, but it rejected the API key."
    if not has_key:
        return False, f"The {name} server is reachable, but no API key is set."
    if status == 404 and host == "media" and ("no handler" in reason or info.code is None):
        return False, (f"A server answered, but the {name} API is not at this address. Check "
                       "the media base URL.")
    if status == 404 and host == "text":
        return False, (f"A server answered, but the {name} API is not at this address. Check "
                       "the text base URL.")
    if status == 429:
        return True, f"The {name} server is reachable; it is limiting requests right now."
    if status >= 500:
        return False, f"The {name} server is reachable but reported an error ({status})."
    # 2xx, 400, 404-with-business-code, 422: answered after the key check.
    return True, f"Connected to the {name} server; the API key was accepted."
