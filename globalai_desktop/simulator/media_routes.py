"""Image and video tasks (contract §4–6): create routes I1–I2 and V1–V16, the shared
``GET /v1/result/{id}`` poll, and the expiring result files.

A task's state follows the clock (see :class:`.state.Task`).  Completed images are PNGs
that show the prompt, drawn on first download; videos are the bundled sample MP4.  Result
URLs live under ``/files/{token}/`` on the simulator's root, like a separate CDN: they
need no key, and answer 403 once expired.
"""

from __future__ import annotations

import re
import time
import uuid
from functools import lru_cache

from aiohttp import web

from . import pngimage
from .catalog_view import MEDIA_ROUTES
from .envelopes import error_response, json_response, task_not_found
from .keys import BODY, ROUTE, SIM
from .state import Task, now
from .streaming import ChunkWriter

DOWNLOAD_CHUNK = 16 * 1024
IMAGE_LONG_SIDE = 512

# Families whose output length is fixed whatever the body says (contract §5.2, §5.7).
_FIXED_SECONDS = {"veo": 8}
_FIXED_MODEL_SECONDS = {"grok_video3_pro": 10}


@lru_cache(maxsize=1)
def sample_video() -> bytes:
    """The bundled sample MP4 every video task "generates".

    ``resources/sample.mp4``: 640×360, 4 s, H.264 Main + AAC mono, faststart, ~70 KB, made
    with FFmpeg (the ``imageio-ffmpeg`` wheel's binary) from the ``gradients`` and ``sine``
    test sources plus ``drawtext`` titles; Qt's FFmpeg backend plays it.
    """
    from globalai_desktop.paths import resource_path
    return resource_path("sample.mp4").read_bytes()


def _media_error(status: int, message: str | None = None) -> web.Response:
    return error_response("media", status, message)


def _prompt_of(body: dict) -> str:
    if isinstance(body.get("prompt"), str):
        return body["prompt"]
    for item in body.get("content") or []:
        if isinstance(item, dict) and item.get("type") == "text" and isinstance(item.get("text"), str):
            return item["text"]
    return ""


def _actual_duration(sim, task: Task) -> int:
    """Seconds of video the task "made": fixed by family/model, else asked, else default."""
    fixed = _FIXED_MODEL_SECONDS.get(task.model) or _FIXED_SECONDS.get(task.family)
    if fixed:
        return fixed
    for key in ("duration", "seconds"):
        try:
            value = int(task.body.get(key))
        except (TypeError, ValueError):
            continue
        if value > 0:
            return value
    return sim.catalog_view.default_seconds(task.route, task.model) or 5


def image_size(body: dict) -> tuple[int, int]:
    """Output pixels for an image body: its aspect ratio (``size``/``ratio``) or pixel
    ``size``, scaled so the long side is :data:`IMAGE_LONG_SIDE`."""
    for key in ("ratio", "size", "aspect_ratio"):
        value = body.get(key)
        if not isinstance(value, str):
            continue
        m = re.fullmatch(r"\s*(\d+)\s*[:xX×]\s*(\d+)\s*", value)
        if m and int(m.group(1)) > 0 and int(m.group(2)) > 0:
            w, h = int(m.group(1)), int(m.group(2))
            scale = IMAGE_LONG_SIDE / max(w, h)
            return max(64, round(w * scale)), max(64, round(h * scale))
    return IMAGE_LONG_SIDE, IMAGE_LONG_SIDE


async def create(request: web.Request) -> web.Response:
    """Any create route: validate via the catalog, then store a task and answer queued."""
    sim = request.app[SIM]
    route_path = request[ROUTE]
    route = MEDIA_ROUTES[route_path]
    body = request.get(BODY)
    if not isinstance(body, dict):
        return _media_error(400, "request body must be a JSON object")
    problems = sim.catalog_view.media_problems(route_path, body)
    if problems:
        return _media_error(400, "; ".join(problems))
    method, path = request.method, request.path
    shape = sim.faults.take(method, path, ("task_fail", "task_cancel"))
    legacy = sim.faults.take(method, path, ("legacy_create",))
    task_id = ("proj_" + uuid.uuid4().hex[:16]) if legacy else (route.id_prefix + str(uuid.uuid4()))
    task = Task(id=task_id, route=route_path, family=route.family, kind=route.kind,
                model=str(body["model"]), object=route.result_object, created=int(time.time()),
                started=now(), body=body)
    if shape is not None:
        task.outcome = "failed" if shape.kind == "task_fail" else "cancelled"
        task.reason = shape.reason if shape.kind == "task_fail" else None
    sim.state.add_task(task)
    if legacy:
        return json_response({"code": "0", "msg": None, "data": {"projectId": task.id}})
    answer = {"id": task.id, "object": route.create_object, "created": task.created,
              "model": task.model, "status": "queued", "error": None}
    if sim.faults.take(method, path, ("no_id",)):
        del answer["id"]
    return json_response(answer)


def result_payload(sim, task: Task) -> dict:
    """The ``GET /v1/result/{id}`` answer for ``task`` at this moment."""
    t = now()
    status, progress = task.status_at(t, sim.config)
    url_key = "image_url" if task.kind == "image" else "video_url"
    out = {"id": task.id, "object": task.object, "created": task.created, "model": task.model,
           "status": status, "progress": progress, url_key: None,
           "error": task.error_at(t, sim.config)}
    if status == "completed":
        ext = "png" if task.kind == "image" else "mp4"
        out[url_key] = f"{sim.base_url}/files/{task.url_token}/{task.id}.{ext}"
        if task.kind == "video":
            out["actualDuration"] = _actual_duration(sim, task)
            if task.family == "seedance2":
                out["totalTokens"] = out["actualDuration"] * 21600   # as in the docs' example
            if sim.catalog_view.has_official_url(task.route, task.model):
                out["officialMediaUrl"] = f"{sim.base_url}/files/{task.url_token}/official_{task.id}.mp4"
    return out


def _live_task(sim, task_id: str) -> Task | None:
    """The task, unless unknown or older than ``task_ttl_seconds`` (then it is forgotten)."""
    task = sim.state.task(task_id)
    if task is not None and now() - task.started > sim.config.task_ttl_seconds:
        sim.state.forget_task(task_id)
        return None
    return task


async def result(request: web.Request) -> web.Response:
    sim = request.app[SIM]
    task = _live_task(sim, request.match_info["task_id"])
    if task is None:
        return task_not_found()
    return json_response(result_payload(sim, task))


_EXPIRED_XML = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
                "<Message>Request has expired</Message></Error>")


async def download(request: web.Request) -> web.StreamResponse:
    """A result file.  Expired → 403 (like a signed CDN URL); unknown → 404."""
    sim = request.app[SIM]
    task = sim.state.task_by_token(request.match_info["token"])
    if task is None or task.status_at(now(), sim.config)[0] != "completed":
        return web.Response(status=404, text="Not Found")
    if task.url_expired or now() > task.completed_since(sim.config) + sim.config.url_ttl_seconds:
        return web.Response(status=403, text=_EXPIRED_XML, content_type="application/xml")
    if task.kind == "image":
        if task.media is None:
            w, h = image_size(task.body)
            task.media = pngimage.render(_prompt_of(task.body), task.model, w, h)
        data, ctype = task.media, "image/png"
    else:
        data, ctype = sample_video(), "video/mp4"
    fault = sim.faults.take(request.method, request.path, ("drop_stream",))
    writer = ChunkWriter(request, content_type=ctype, delay=0, fault=fault,
                         content_length=len(data))
    async with writer:
        for i in range(0, len(data), DOWNLOAD_CHUNK):
            await writer.write(data[i:i + DOWNLOAD_CHUNK])
    return writer.response


def add_routes(app: web.Application, prefix: str) -> None:
    for path in MEDIA_ROUTES:
        app.router.add_post(prefix + path, create)
    app.router.add_get(prefix + "/v1/result/{task_id}", result)
    app.router.add_get("/files/{token}/{name}", download)
