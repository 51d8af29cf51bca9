"""Image / video tasks and the two asset libraries (contract §4–§6, §9), media host.

Answers are read defensively (§7, §11): the current create shape ``{"id", "status", …}``
and the legacy ``{"code":"0","data":{"projectId"}}``; business failures inside HTTP 200
(``code`` other than 0 / "0" / 200) raise the mapped error; results accept ``image_url`` /
``video_url`` / ``result_url`` / ``url``, a nested ``data`` object, ``progress`` and an
``error`` that is a string or an object; an unknown status is ``RemoteStatus.UNKNOWN``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from ..domain.media import (AssetBatch, AssetInfo, AssetStatus, CreatedTask, RemoteStatus,
                            TaskResult)
from . import errors as E
from .chat_common import as_int
from .error_mapping import error_from_answer, is_business_success, parse_error_payload
from .retry import RequestKind
from .transport import Transport

log = logging.getLogger("globalai.api.media")

ASSET_TYPES = ("Image", "Video", "Audio", "Document")
_URL_KEYS = ("image_url", "video_url", "result_url", "url", "output_url", "imageUrl",
             "videoUrl", "resultUrl")
_ID_KEYS = ("id", "task_id", "taskId", "projectId", "project_id")


def _envelope(payload: Any, *, endpoint: str, model: str | None = None,
              not_found: str | None = None) -> dict:
    """Raise for a business failure; return the payload as a dict."""
    if not isinstance(payload, Mapping):
        raise E.InvalidResponseError("The server's answer could not be understood.",
                                     endpoint=endpoint, model=model, body=str(payload)[:2000])
    code = payload.get("code")
    if "code" in payload and not is_business_success(code):
        info = parse_error_payload(payload)
        if str(code).strip() == "-1" and not_found:
            raise E.NotFoundError(not_found + (f" The server said: {info.reason}" if info.reason else ""),
                                  code=code, endpoint=endpoint, model=model, body=str(payload)[:2000])
        raise error_from_answer(None, info, endpoint=endpoint, model=model,
                                body=str(payload)[:2000], not_found=not_found)
    return dict(payload)


def _data(payload: Mapping) -> Mapping:
    d = payload.get("data")
    return d if isinstance(d, Mapping) else {}


def _first(m: Mapping, keys: Iterable[str]) -> Any:
    for k in keys:
        v = m.get(k)
        if v not in (None, ""):
            return v
    return None


# --- tasks ----------------------------------------------------------------------------

async def create_task(t: Transport, path: str, body: dict) -> CreatedTask:
    """POST a create body to ``path`` (e.g. ``/v1/banana/images``); never retried once sent."""
    if not path.startswith("/"):
        path = "/" + path
    endpoint = f"POST {path}"
    model = body.get("model") if isinstance(body, Mapping) else None
    payload = await t.request_json("POST", "media", path, kind=RequestKind.CREATE,
                                   json_body=body, model=model)
    if not isinstance(payload, Mapping):
        raise E.CreateResponseInvalidError(
            "The server answered the create request in a form that could not be understood. "
            "The task may exist and may be billed: check the task list before submitting it "
            "again.", endpoint=endpoint, model=model, body=str(payload)[:2000])
    payload = _envelope(payload, endpoint=endpoint, model=model)
    data = _data(payload)
    task_id = _first(payload, _ID_KEYS)
    legacy = False
    if task_id is None:
        task_id = _first(data, _ID_KEYS)
        legacy = task_id is not None and "projectId" in data
    if task_id is None or not str(task_id).strip():
        raise E.CreateResponseInvalidError(
            "The server answered but gave no task id, so the task cannot be followed. It may "
            "exist and may be billed: check the task list before submitting it again.",
            endpoint=endpoint, model=model, body=str(payload)[:2000])
    status = RemoteStatus.parse(payload.get("status") or data.get("status") or "queued")
    log.info("%s created task %s (%s)", endpoint, task_id, status.value)
    return CreatedTask(id=str(task_id).strip(), status=status,
                       model=payload.get("model") or data.get("model") or model,
                       legacy=legacy, raw=payload)


def _error_text(value: Any) -> str | None:
    if value in (None, "", {}):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Mapping):
        msg = _first(value, ("message", "msg", "detail", "reason"))
        code = value.get("code")
        if msg and code not in (None, ""):
            return f"{msg} (code {code})"
        return str(msg) if msg else (f"code {code}" if code not in (None, "") else None)
    return str(value)


def _progress(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        value = value.strip().rstrip("%").strip()
    try:
        p = float(value)
    except (TypeError, ValueError):
        return None
    if p != p:
        return None
    return max(0.0, min(100.0, p))


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def parse_result(payload: Mapping, task_id: str) -> TaskResult:
    """A ``GET /v1/result/{id}`` answer → :class:`TaskResult` (no business check here)."""
    root: Mapping = payload
    data = _data(payload)
    if data and "status" not in payload:
        root = {**data, **{k: v for k, v in payload.items() if k not in ("data", "code", "msg")}}
    nested = root.get("result") if isinstance(root.get("result"), Mapping) else {}
    url = _first(root, _URL_KEYS) or _first(nested, _URL_KEYS)
    if isinstance(url, list):
        url = next((u for u in url if isinstance(u, str) and u), None)
    error = (_error_text(root.get("error")) or _error_text(root.get("error_message"))
             or _error_text(root.get("errorMessage")) or _error_text(root.get("fail_reason"))
             or _error_text(root.get("failReason")))
    status = RemoteStatus.parse(_first(root, ("status", "state", "task_status")))
    return TaskResult(
        id=str(_first(root, _ID_KEYS) or task_id),
        status=status,
        url=url if isinstance(url, str) else None,
        error=error,
        progress=_progress(root.get("progress")),
        actual_duration=_number(_first(root, ("actualDuration", "actual_duration"))),
        total_tokens=as_int(_first(root, ("totalTokens", "total_tokens"))),
        official_media_url=_first(root, ("officialMediaUrl", "official_media_url")),
        raw=dict(payload))


async def get_result(t: Transport, task_id: str) -> TaskResult:
    """Poll one task.  Unknown / expired ids raise :class:`NotFoundError`."""
    path = f"/v1/result/{quote(str(task_id), safe='')}"
    not_found = (f"The task {task_id} was not found on the server. Tasks and their results are "
                 "kept for about a day, so it may have expired.")
    payload = await t.request_json("GET", "media", path, kind=RequestKind.IDEMPOTENT,
                                   not_found=not_found)
    payload = _envelope(payload, endpoint=f"GET {path}", not_found=not_found)
    return parse_result(payload, task_id)


# --- Seedance 2.0 (kyyVideo2) asset library ------------------------------------------

def _asset(d: Mapping, fallback_id: str | None = None) -> AssetInfo:
    return AssetInfo(
        asset_id=str(_first(d, ("assetId", "asset_id", "id")) or fallback_id or ""),
        status=AssetStatus.parse(d.get("status")),
        asset_type=d.get("assetType") or d.get("asset_type"),
        name=d.get("name"),
        url=_first(d, ("url", "originalUrl", "original_url")),
        created=_first(d, ("createTime", "created", "create_time")),
        raw=dict(d))


async def upload_asset(t: Transport, asset_type: str, url: str, name: str | None = None) -> str:
    """Register a public ``url`` in the Seedance 2.0 asset library; return the asset id."""
    kind = (asset_type or "").strip().capitalize()
    if kind not in ASSET_TYPES:
        raise ValueError(f"asset_type must be one of {', '.join(ASSET_TYPES)}, not {asset_type!r}")
    path = "/kyyVideo2/asset/upload"
    body: dict[str, Any] = {"assetType": kind, "url": url}
    if name:
        body["name"] = name
    payload = await t.request_json("POST", "media", path, kind=RequestKind.UPLOAD, json_body=body)
    payload = _envelope(payload, endpoint=f"POST {path}")
    asset_id = _first(_data(payload), ("assetId", "asset_id", "id")) or _first(payload, ("assetId",))
    if not asset_id:
        raise E.InvalidResponseError("The server accepted the file but returned no asset id.",
                                     endpoint=f"POST {path}", body=str(payload)[:2000])
    return str(asset_id)


async def get_asset(t: Transport, asset_id: str) -> AssetInfo:
    path = f"/kyyVideo2/asset/{quote(str(asset_id), safe='')}"
    not_found = f"The asset {asset_id} was not found; it may have been deleted."
    payload = await t.request_json("GET", "media", path, kind=RequestKind.IDEMPOTENT,
                                   not_found=not_found)
    payload = _envelope(payload, endpoint=f"GET {path}", not_found=not_found)
    data = _data(payload)
    if not data:
        raise E.NotFoundError(not_found, endpoint=f"GET {path}", body=str(payload)[:2000])
    return _asset(data, asset_id)


async def delete_asset(t: Transport, asset_id: str) -> None:
    """Delete an asset for good.  An asset that is already gone counts as deleted."""
    path = f"/kyyVideo2/asset/{quote(str(asset_id), safe='')}"
    try:
        payload = await t.request_json("DELETE", "media", path, kind=RequestKind.IDEMPOTENT,
                                       not_found="gone")
        _envelope(payload, endpoint=f"DELETE {path}", not_found="gone")
    except E.NotFoundError:
        # A retried DELETE whose first attempt went through lands here too.
        log.info("asset %s was already gone", asset_id)


# --- SD2 Manxue asset moderation ------------------------------------------------------

def _batch(payload: Mapping) -> AssetBatch:
    data = _data(payload)
    items = tuple(_asset(i) for i in (data.get("items") or ()) if isinstance(i, Mapping))
    failed = tuple(dict(f) if isinstance(f, Mapping) else {"value": f}
                   for f in (data.get("failedItems") or data.get("failed_items") or ()))
    return AssetBatch(items=items, failed=failed)


async def sd2_upload_assets(t: Transport, image_urls: Iterable[str] = (),
                            video_urls: Iterable[str] = (),
                            audio_urls: Iterable[str] = ()) -> AssetBatch:
    """Submit reference media for moderation; map results back with ``AssetInfo.url``."""
    body = {"imageUrls": list(image_urls), "videoUrls": list(video_urls),
            "audioUrls": list(audio_urls)}
    if not any(body.values()):
        raise ValueError("give at least one image, video or audio URL")
    path = "/asset/sd2Manxue/assetUpload"
    payload = await t.request_json("POST", "media", path, kind=RequestKind.UPLOAD, json_body=body)
    return _batch(_envelope(payload, endpoint=f"POST {path}"))


async def sd2_asset_status(t: Transport, asset_ids: Iterable[str]) -> AssetBatch:
    """Review status of SD2 Manxue assets; ``failed`` lists ids whose lookup failed (retry)."""
    ids = [str(a) for a in asset_ids]
    if not ids:
        return AssetBatch(items=())
    path = "/asset/sd2Manxue/assetStatus"
    # A status lookup changes nothing, so it is retried like a GET.
    payload = await t.request_json("POST", "media", path, kind=RequestKind.IDEMPOTENT,
                                   json_body={"assetIds": ids})
    return _batch(_envelope(payload, endpoint=f"POST {path}"))
