"""Asset libraries A1–A5 (contract §9) with their documented envelopes.

Note the ``code`` types, copied from the docs: integer ``0`` for kyyVideo2 upload and
detail, string ``"0"`` for kyyVideo2 delete and both SD2 Manxue routes.  Review runs
Processing → Active on the config's clock; a URL containing "reject" ends Failed.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from aiohttp import web

from .envelopes import error_response, json_response
from .keys import BODY, SIM
from .state import Asset, now

ASSET_TYPES = ("Image", "Video", "Audio", "Document")
_SD2_ID_WORDS = {"Image": "img", "Video": "video", "Audio": "audio"}   # as in the docs' ids


def _bad(message: str) -> web.Response:
    return error_response("media", 400, message)


def _not_found() -> web.Response:
    return json_response({"code": -1, "msg": "asset not found", "data": None}, status=404)


def _is_url(value) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://")) and len(value) > 8


def _new_asset(sim, library: str, asset_type: str, url: str, name: str | None) -> Asset:
    created = datetime.now().replace(microsecond=0)
    if library == "kyy":
        asset_id = f"asset-{created:%Y%m%d%H%M%S}-{secrets.token_hex(3)[:5]}"
    else:
        asset_id = f"asset_{_SD2_ID_WORDS[asset_type]}_{secrets.token_hex(6)}"
    asset = Asset(asset_id, library, asset_type, url, name, created, now())
    sim.state.add_asset(asset)
    return asset


# -- A1–A3: Seedance 2.0 library --------------------------------------------------------

async def kyy_upload(request: web.Request) -> web.Response:
    sim, body = request.app[SIM], request.get(BODY)
    if not isinstance(body, dict):
        return _bad("request body must be a JSON object")
    asset_type, url, name = body.get("assetType"), body.get("url"), body.get("name")
    if asset_type not in ASSET_TYPES:
        return _bad(f"assetType must be one of {', '.join(ASSET_TYPES)} (first letter upper case)")
    if not _is_url(url):
        return _bad("url must be a public http(s) URL the server can fetch")
    if name is not None and not isinstance(name, str):
        return _bad("name must be a string")
    asset = _new_asset(sim, "kyy", asset_type, url, name)
    return json_response({"code": 0, "msg": None, "data": {"assetId": asset.id}})


def _kyy_asset(request: web.Request) -> Asset | None:
    asset = request.app[SIM].state.asset(request.match_info["asset_id"])
    return asset if asset is not None and asset.library == "kyy" else None


async def kyy_detail(request: web.Request) -> web.Response:
    sim, asset = request.app[SIM], _kyy_asset(request)
    if asset is None:
        return _not_found()
    return json_response({"code": 0, "msg": None, "data": {
        "name": asset.name, "assetId": asset.id, "status": asset.status_at(now(), sim.config),
        "assetType": asset.asset_type, "url": asset.url,
        "createTime": asset.created.strftime("%Y-%m-%d %H:%M:%S")}})


async def kyy_delete(request: web.Request) -> web.Response:
    asset = _kyy_asset(request)
    if asset is None:
        return _not_found()
    request.app[SIM].state.delete_asset(asset.id)
    return json_response({"code": "0", "msg": "删除成功", "data": None})


# -- A4–A5: SD2 Manxue library -----------------------------------------------------------

async def sd2_upload(request: web.Request) -> web.Response:
    sim, body = request.app[SIM], request.get(BODY)
    if not isinstance(body, dict):
        return _bad("request body must be a JSON object")
    groups = (("imageUrls", "Image"), ("videoUrls", "Video"), ("audioUrls", "Audio"))
    for key, _ in groups:
        if body.get(key) is not None and not isinstance(body.get(key), list):
            return _bad(f"{key} must be an array of URLs")
    if not any(body.get(key) for key, _ in groups):
        return _bad("one of imageUrls, videoUrls or audioUrls must be a non-empty array")
    items, failed = [], []
    for key, asset_type in groups:
        for url in body.get(key) or []:
            if not _is_url(url):
                failed.append({"assetType": asset_type, "originalUrl": url,
                               "msg": "URL must be a public http(s) address"})
                continue
            asset = _new_asset(sim, "sd2", asset_type, url, None)
            items.append({"assetType": asset_type, "originalUrl": url, "assetId": asset.id,
                          "status": "submitted"})
    return json_response({"code": "0", "msg": None, "data": {"items": items, "failedItems": failed}})


async def sd2_status(request: web.Request) -> web.Response:
    sim, body = request.app[SIM], request.get(BODY)
    ids = body.get("assetIds") if isinstance(body, dict) else None
    if not isinstance(ids, list) or not ids:
        return _bad("assetIds is required (a non-empty array)")
    items, failed = [], []
    for asset_id in ids:
        asset = sim.state.asset(asset_id) if isinstance(asset_id, str) else None
        if asset is None or asset.library != "sd2":
            failed.append({"assetId": asset_id, "msg": "asset not found"})
        else:
            items.append({"assetId": asset.id, "status": asset.status_at(now(), sim.config)})
    return json_response({"code": "0", "msg": None, "data": {"items": items, "failedItems": failed}})


def add_routes(app: web.Application, prefix: str) -> None:
    app.router.add_post(prefix + "/kyyVideo2/asset/upload", kyy_upload)
    app.router.add_get(prefix + "/kyyVideo2/asset/{asset_id}", kyy_detail)
    app.router.add_delete(prefix + "/kyyVideo2/asset/{asset_id}", kyy_delete)
    app.router.add_post(prefix + "/asset/sd2Manxue/assetUpload", sd2_upload)
    app.router.add_post(prefix + "/asset/sd2Manxue/assetStatus", sd2_status)
