"""``/__sim__/`` control endpoints, for steering a simulator in another process.

=======================================  ===============================================
``POST /__sim__/faults``                 add a fault (a JSON object, a list of them, or
                                         ``{"faults": [...]}``); fields as :class:`Fault`
``GET /__sim__/faults``                  pending faults
``DELETE /__sim__/faults``               drop every pending fault
``POST /__sim__/reset``                  forget requests, tasks, assets and faults
``GET /__sim__/requests``                the request log (method, path, route, host,
                                         query, time, body)
``GET /__sim__/tasks``                   every task with its current status
``POST /__sim__/tasks/{id}/expire``      expire its result URL; ``{"forget": true}``
                                         also drops the task
``POST /__sim__/tasks/{id}/force``       ``{"status": "...", "error": "..."}``
=======================================  ===============================================

No key is needed: the simulator listens on loopback only and these routes never touch
the real service.
"""

from __future__ import annotations

from dataclasses import asdict

from aiohttp import web

from .envelopes import json_response
from .faults import Fault
from .keys import SIM


async def _json(request: web.Request):
    try:
        return await request.json() if request.body_exists else None
    except ValueError:
        raise web.HTTPBadRequest(text="body is not JSON")


async def add_faults(request: web.Request) -> web.Response:
    data = await _json(request)
    items = data.get("faults") if isinstance(data, dict) and "faults" in data else data
    items = items if isinstance(items, list) else [items]
    try:
        faults = [Fault.from_dict(item) for item in items]
    except (TypeError, ValueError, AttributeError) as exc:
        return json_response({"error": str(exc)}, status=400)
    for fault in faults:
        request.app[SIM].faults.add(fault)
    return json_response({"added": len(faults)})


async def list_faults(request: web.Request) -> web.Response:
    return json_response([f.to_dict() for f in request.app[SIM].faults.pending()])


async def clear_faults(request: web.Request) -> web.Response:
    request.app[SIM].faults.clear()
    return json_response({"cleared": True})


async def reset(request: web.Request) -> web.Response:
    request.app[SIM].reset()
    return json_response({"reset": True})


async def requests_log(request: web.Request) -> web.Response:
    return json_response([asdict(r) for r in request.app[SIM].requests])


async def tasks(request: web.Request) -> web.Response:
    sim = request.app[SIM]
    return json_response({tid: {"family": t.family, "model": t.model, "status": sim.task_status(tid),
                                "url_expired": t.url_expired}
                          for tid, t in sim.tasks.items()})


async def expire(request: web.Request) -> web.Response:
    data = await _json(request) or {}
    found = request.app[SIM].expire_task(request.match_info["task_id"],
                                           forget=bool(data.get("forget")))
    return json_response({"expired": found}, status=200 if found else 404)


async def force(request: web.Request) -> web.Response:
    data = await _json(request) or {}
    try:
        request.app[SIM].force_task(request.match_info["task_id"], str(data.get("status")),
                                      data.get("error"))
    except KeyError:
        return json_response({"error": "task not found"}, status=404)
    except ValueError as exc:
        return json_response({"error": str(exc)}, status=400)
    return json_response({"forced": True})


def add_routes(app: web.Application, prefix: str) -> None:
    app.router.add_post(prefix + "/faults", add_faults)
    app.router.add_get(prefix + "/faults", list_faults)
    app.router.add_delete(prefix + "/faults", clear_faults)
    app.router.add_post(prefix + "/reset", reset)
    app.router.add_get(prefix + "/requests", requests_log)
    app.router.add_get(prefix + "/tasks", tasks)
    app.router.add_post(prefix + "/tasks/{task_id}/expire", expire)
    app.router.add_post(prefix + "/tasks/{task_id}/force", force)
