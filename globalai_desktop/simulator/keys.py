"""Typed keys for what the server stores on the application and on each request."""

from __future__ import annotations

from typing import Any

from aiohttp import web

#: The :class:`~.server.Simulator` serving the application.
SIM: web.AppKey[Any] = web.AppKey("globalai_simulator", object)

# web.RequestKey arrived in aiohttp 3.12; older versions take plain string keys.
_RequestKey = getattr(web, "RequestKey", None)


def _request_key(name: str, kind: type):
    return _RequestKey(name, kind) if _RequestKey is not None else name


#: The request's parsed JSON body (None when absent; not a dict/list when not JSON).
BODY = _request_key("globalai_sim_body", object)
#: The path below the host prefix, e.g. "/v1/result/abc".
ROUTE = _request_key("globalai_sim_route", str)
