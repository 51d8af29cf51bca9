"""Image/video tasks and asset libraries against the simulator: round trips, legacy and
broken create answers, business failures, and the retry rules (a create is never repeated
once it may have reached the server)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from globalai_desktop.api import media
from globalai_desktop.api.errors import (APIConnectionError, CreateOutcomeUnknownError,
                                         CreateResponseInvalidError, InsufficientBalanceError,
                                         InvalidResponseError, NotFoundError,
                                         PermissionDeniedError, RateLimitedError, ServerError)
from globalai_desktop.domain.media import AssetStatus, RemoteStatus
from globalai_desktop.simulator import Fault, SimulatorConfig, SimulatorThread
from tests.fixtures_sim import LIMITED_KEY, TEST_KEY
from tests.test_api_support import api_client, closed_port, make_client  # noqa: F401

BANANA = "/v1/banana/images"
BANANA_BODY = {"model": "nano-banana", "prompt": "An orange cat on a windowsill", "size": "1:1"}
SORA = "/v1/sora/videos"
SORA_BODY = {"model": "openAiSora2Plus", "prompt": "A cat dancing in the rain", "seconds": 4}


async def wait_terminal(client, task_id: str, timeout: float = 10.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    seen = []
    while True:
        result = await client.get_result(task_id)
        seen.append(result.status)
        if result.status.terminal or loop.time() > deadline:
            return result, seen
        await asyncio.sleep(0.05)


async def test_image_task_round_trip(sim, api_client):
    created = await api_client.create_task(BANANA, BANANA_BODY)
    assert created.id and created.status is RemoteStatus.QUEUED and not created.legacy
    assert created.model == "nano-banana"
    result, seen = await wait_terminal(api_client, created.id)
    assert result.status is RemoteStatus.COMPLETED
    assert result.url and result.url.endswith(".png") and result.error is None
    assert RemoteStatus.PROCESSING in seen or RemoteStatus.QUEUED in seen
    assert sim.count("POST", BANANA) == 1


async def test_video_task_reports_duration(sim, api_client):
    created = await api_client.create_task("v1/sora/videos", SORA_BODY)  # leading slash optional
    result, _ = await wait_terminal(api_client, created.id)
    assert result.status is RemoteStatus.COMPLETED and result.url.endswith(".mp4")
    assert result.actual_duration == 4


async def test_failed_task_carries_the_reason(sim, api_client):
    sim.faults.add(Fault(kind="task_fail", reason="Content policy violation"))
    created = await api_client.create_task(BANANA, BANANA_BODY)
    result, _ = await wait_terminal(api_client, created.id)
    assert result.status is RemoteStatus.FAILED and result.error == "Content policy violation"


async def test_legacy_create_answer_gives_the_project_id(sim, api_client):
    sim.faults.add(Fault(kind="legacy_create", path=SORA))
    created = await api_client.create_task(SORA, SORA_BODY)
    assert created.legacy and created.id.startswith("proj_")
    result, _ = await wait_terminal(api_client, created.id)
    assert result.status is RemoteStatus.COMPLETED


async def test_create_answer_without_id_is_invalid_and_outcome_unknown(sim, api_client):
    sim.faults.add(Fault(kind="no_id", path=BANANA))
    with pytest.raises(InvalidResponseError) as info:
        await api_client.create_task(BANANA, BANANA_BODY)
    # The task was accepted (and may be billed): callers must not resubmit it blindly.
    assert isinstance(info.value, CreateOutcomeUnknownError)
    assert "task id" in info.value.message


async def test_create_answer_that_is_not_json_is_outcome_unknown(sim, api_client):
    sim.faults.add(Fault(kind="malformed_json", path=BANANA))
    with pytest.raises(CreateResponseInvalidError):
        await api_client.create_task(BANANA, BANANA_BODY)
    assert sim.count("POST", BANANA) == 1


async def test_create_whose_connection_drops_is_never_repeated(sim, api_client):
    sim.faults.add(Fault(kind="drop_connection", path=BANANA, method="POST"))
    with pytest.raises(CreateOutcomeUnknownError) as info:
        await api_client.create_task(BANANA, BANANA_BODY)
    assert "may exist" in info.value.message
    assert sim.count("POST", BANANA) == 1


async def test_create_that_times_out_after_sending_is_never_repeated(sim):
    client = make_client(sim, read_timeout=0.3)
    sim.faults.add(Fault(kind="slow", path=BANANA, delay=1.0))
    try:
        with pytest.raises(CreateOutcomeUnknownError):
            await client.create_task(BANANA, BANANA_BODY)
    finally:
        await client.aclose()
    assert sim.count("POST", BANANA) == 1


@pytest.mark.parametrize("fault, error", [
    (Fault(kind="status", status=500, path=BANANA), ServerError),
    (Fault(kind="rate_limit", path=BANANA, retry_after=0.01), RateLimitedError),
    (Fault(kind="status", status=504, path=BANANA), CreateOutcomeUnknownError),
    (Fault(kind="status", status=502, path=BANANA), CreateOutcomeUnknownError),
])
async def test_create_answered_with_a_failure_is_not_repeated(sim, api_client, fault, error):
    sim.faults.add(fault)
    with pytest.raises(error):
        await api_client.create_task(BANANA, BANANA_BODY)
    assert sim.count("POST", BANANA) == 1


async def test_create_that_could_not_connect_is_retried_then_reported(caplog):
    sim_stub = type("S", (), {"text_base_url": f"http://127.0.0.1:{closed_port()}/gw_llm_power",
                              "media_base_url": f"http://127.0.0.1:{closed_port()}/kyyReactApiServer"})
    client = make_client(sim_stub, max_retries=2)
    caplog.set_level(logging.INFO, logger="globalai.api")
    try:
        with pytest.raises(APIConnectionError) as info:
            await client.create_task(BANANA, BANANA_BODY)
    finally:
        await client.aclose()
    # Nothing was sent, so it is safe to say so (and to have tried again).
    assert not isinstance(info.value, CreateOutcomeUnknownError)
    assert "Could not connect" in info.value.message
    assert sum("retrying" in r.getMessage() for r in caplog.records) == 2


async def test_validation_failure_is_a_bad_request_with_the_reason(sim, api_client):
    from globalai_desktop.api.errors import BadRequestError
    with pytest.raises(BadRequestError) as info:
        await api_client.create_task(BANANA, {"model": "nano-banana"})
    assert info.value.status_code == 400 and "prompt" in info.value.message.lower()


@pytest.mark.parametrize("style", ["http402", "business200"])
async def test_insufficient_balance_in_either_form(style):
    cfg = SimulatorConfig.fast(api_keys={TEST_KEY}, insufficient_balance_style=style)
    with SimulatorThread(cfg) as st:
        st.faults.add(Fault(kind="insufficient_balance", path=BANANA))
        client = make_client(st)
        try:
            with pytest.raises(InsufficientBalanceError) as info:
                await client.create_task(BANANA, BANANA_BODY)
        finally:
            await client.aclose()
    assert "balance" in info.value.message.lower()


async def test_endpoint_not_provisioned_names_the_endpoint(sim):
    client = make_client(sim, key=LIMITED_KEY)
    try:
        with pytest.raises(PermissionDeniedError) as info:
            await client.create_task(SORA, SORA_BODY)
    finally:
        await client.aclose()
    err = info.value
    # The server named the endpoint, so the message does not blame the model.
    assert err.message == ("Your API key is not provisioned for POST /v1/sora/videos. Ask the "
                           "GlobalAI team to enable this endpoint for your account.")
    assert "openAiSora2Plus" not in err.message and err.denied == "endpoint"
    assert err.model == "openAiSora2Plus" and err.endpoint == "POST /v1/sora/videos"


async def test_poll_survives_server_errors_and_dropped_connections(sim, api_client):
    created = await api_client.create_task(BANANA, BANANA_BODY)
    path = f"/v1/result/{created.id}"
    before = sim.count("GET", path)
    sim.faults.add(Fault(kind="status", status=503, path=path, times=2))
    sim.faults.add(Fault(kind="drop_connection", path=path))
    result = await api_client.get_result(created.id)
    assert result.id == created.id
    assert sim.count("GET", path) - before == 4


async def test_poll_gives_up_after_the_retry_budget(sim, api_client):
    sim.faults.add(Fault(kind="status", status=500, path="/v1/result/x", times=10))
    with pytest.raises(ServerError):
        await api_client.get_result("x")
    assert sim.count("GET", "/v1/result/x") == 4        # first try + max_retries (3)


async def test_long_retry_after_is_not_waited_out_silently(sim, api_client):
    sim.faults.add(Fault(kind="rate_limit", path="/v1/result/", retry_after=600))
    with pytest.raises(RateLimitedError) as info:
        await api_client.get_result("abc")
    assert info.value.retry_after == 600 and "600 seconds" in info.value.message
    assert sim.count("GET", "/v1/result/") == 1


async def test_short_retry_after_is_honoured(sim, api_client):
    created = await api_client.create_task(BANANA, BANANA_BODY)
    sim.faults.add(Fault(kind="rate_limit", path="/v1/result/", retry_after=0.2))
    loop = asyncio.get_running_loop()
    before = sim.count("GET", "/v1/result/")
    started = loop.time()
    result = await api_client.get_result(created.id)
    waited = loop.time() - started
    assert result.id == created.id and sim.count("GET", "/v1/result/") - before == 2
    print(f"waited {waited:.2f} s for Retry-After 0.2 s")


async def test_unknown_task_is_not_found_and_may_have_expired(sim, api_client):
    with pytest.raises(NotFoundError) as info:
        await api_client.get_result("video_does_not_exist")
    assert "expired" in info.value.message
    created = await api_client.create_task(BANANA, BANANA_BODY)
    sim.expire_task(created.id, forget=True)
    with pytest.raises(NotFoundError):
        await api_client.get_result(created.id)


async def test_poll_answer_that_is_not_json_is_invalid(sim, api_client):
    sim.faults.add(Fault(kind="malformed_json", path="/v1/result/"))
    with pytest.raises(InvalidResponseError) as info:
        await api_client.get_result("abc")
    assert not isinstance(info.value, CreateOutcomeUnknownError)


# --- assets -------------------------------------------------------------------------------

async def test_kyy_asset_upload_review_and_delete(sim, api_client):
    asset_id = await api_client.upload_asset("image", "https://example.com/cat.jpg", "Cat")
    assert asset_id.startswith("asset-")
    body = [r for r in sim.requests if r.route == "/kyyVideo2/asset/upload"][-1].body
    assert body == {"assetType": "Image", "url": "https://example.com/cat.jpg", "name": "Cat"}
    info = await api_client.get_asset(asset_id)
    assert info.asset_id == asset_id and info.status is AssetStatus.PROCESSING
    assert info.name == "Cat" and info.asset_type == "Image" and info.created
    for _ in range(100):
        info = await api_client.get_asset(asset_id)
        if info.status is not AssetStatus.PROCESSING:
            break
        await asyncio.sleep(0.05)
    assert info.status is AssetStatus.ACTIVE
    await api_client.delete_asset(asset_id)
    with pytest.raises(NotFoundError):
        await api_client.get_asset(asset_id)
    await api_client.delete_asset(asset_id)              # already gone: still "deleted"


async def test_kyy_asset_upload_rejects_unknown_types_locally(sim, api_client):
    with pytest.raises(ValueError):
        await api_client.upload_asset("Spreadsheet", "https://example.com/x.xls")
    assert sim.count("POST", "/kyyVideo2/") == 0


async def test_asset_upload_is_not_repeated_after_a_dropped_connection(sim, api_client):
    sim.faults.add(Fault(kind="drop_connection", path="/kyyVideo2/asset/upload"))
    with pytest.raises(APIConnectionError) as info:
        await api_client.upload_asset("Image", "https://example.com/cat.jpg")
    assert not isinstance(info.value, CreateOutcomeUnknownError)
    assert sim.count("POST", "/kyyVideo2/asset/upload") == 1


async def test_sd2_batch_upload_and_status(sim, api_client):
    batch = await api_client.sd2_upload_assets(
        image_urls=["https://example.com/face.jpg", "not-a-url"],
        video_urls=["https://example.com/ref.mp4"])
    assert [i.url for i in batch.items] == ["https://example.com/face.jpg",
                                            "https://example.com/ref.mp4"]
    assert all(i.status is AssetStatus.SUBMITTED for i in batch.items)
    assert len(batch.failed) == 1 and batch.failed[0]["originalUrl"] == "not-a-url"
    ids = [i.asset_id for i in batch.items]
    status = await api_client.sd2_asset_status(ids + ["asset_unknown"])
    assert [i.asset_id for i in status.items] == ids
    assert all(i.status is AssetStatus.PROCESSING for i in status.items)
    assert batch.failed and status.failed[0]["assetId"] == "asset_unknown"


async def test_sd2_status_lookup_is_retried_like_a_read(sim, api_client):
    batch = await api_client.sd2_upload_assets(image_urls=["https://example.com/a.jpg"])
    sim.faults.add(Fault(kind="status", status=502, path="/asset/sd2Manxue/assetStatus"))
    status = await api_client.sd2_asset_status([batch.items[0].asset_id])
    assert len(status.items) == 1
    assert sim.count("POST", "/asset/sd2Manxue/assetStatus") == 2


# --- defensive parsing of poll answers (pure) ---------------------------------------------

@pytest.mark.parametrize("payload, status, url, error, progress", [
    ({"id": "a", "status": "completed", "image_url": "https://x/a.png"}, "completed", "https://x/a.png", None, None),
    ({"id": "a", "status": "succeeded", "result_url": "https://x/a.mp4"}, "completed", "https://x/a.mp4", None, None),
    ({"code": 0, "data": {"id": "a", "status": "completed", "url": ["https://x/1.png"]}}, "completed", "https://x/1.png", None, None),
    ({"id": "a", "status": "failed", "error": {"code": "E12", "message": "policy"}}, "failed", None, "policy (code E12)", None),
    ({"id": "a", "status": "processing", "progress": "45%"}, "processing", None, None, 45.0),
    ({"id": "a", "status": "processing", "progress": 250}, "processing", None, None, 100.0),
    ({"id": "a", "status": "thinking"}, "unknown", None, None, None),
    ({"id": "a"}, "unknown", None, None, None),
])
def test_poll_answers_are_read_defensively(payload, status, url, error, progress):
    r = media.parse_result(payload, "a")
    assert (r.status.value, r.url, r.error, r.progress) == (status, url, error, progress)
    assert r.id == "a"


async def test_wrong_media_address_is_not_mistaken_for_an_expired_task(sim):
    # A "No handler found" 404 means the base URL is wrong; reading it as "task gone"
    # would make the app give up a paid task.
    client = make_client(sim, media_base_url=sim.base_url + "/not-the-gateway")
    try:
        with pytest.raises(InvalidResponseError) as info:
            await client.get_result("video_123")
    finally:
        await client.aclose()
    assert not isinstance(info.value, NotFoundError)
    assert info.value.status_code == 404 and "base URL" in info.value.message


def test_route_missing_is_told_apart_from_a_missing_task():
    from globalai_desktop.api.error_mapping import route_missing
    assert route_missing('{"message": "No handler found for GET /kyyReactApiServer/v1/x"}')
    assert route_missing('{"timestamp": "t", "status": 404, "error": "Not Found", "path": "/x"}')
    assert route_missing("<html><body>404 Not Found</body></html>")
    assert not route_missing('{"code": -1, "msg": "task not found", "data": null}')
    assert not route_missing('{"error": {"message": "model not found", "code": "not_found"}}')
