"""Simulated image/video tasks, result files, expiry, balance answers and the asset libraries."""

from __future__ import annotations

import re
import time

import httpx
import pytest

from globalai_desktop.simulator import Fault, SimulatorConfig, SimulatorThread
from tests.fixtures_sim import TEST_KEY, valid_create_body

AUTH = {"Authorization": f"Bearer {TEST_KEY}"}


@pytest.fixture
def http():
    with httpx.Client(timeout=10) as client:
        yield client


def create(http, sim, path, body):
    r = http.post(sim.media_base_url + path, json=body, headers=AUTH)
    assert r.status_code == 200, r.text
    return r.json()


def poll(http, sim, task_id):
    return http.get(f"{sim.media_base_url}/v1/result/{task_id}", headers=AUTH)


def poll_until(http, sim, task_id, wanted=("completed", "failed", "cancelled"), limit=10.0):
    """Poll until a status in ``wanted``; returns every status payload seen."""
    seen, deadline = [], time.monotonic() + limit
    while time.monotonic() < deadline:
        body = poll(http, sim, task_id).json()
        seen.append(body)
        if body["status"] in wanted:
            return seen
        time.sleep(0.03)
    raise AssertionError(f"task never reached {wanted}: {seen[-1]}")


# -- lifecycle -------------------------------------------------------------------------------

def test_image_task_goes_queued_processing_completed_and_never_back(sim, http):
    task = create(http, sim, "/v1/banana/images", valid_create_body("banana", prompt="an orange cat"))
    seen = poll_until(http, sim, task["id"])
    statuses = [s["status"] for s in seen]
    order = ["queued", "processing", "completed"]
    assert statuses[0] == "queued" and statuses[-1] == "completed"
    assert "processing" in statuses
    assert [order.index(s) for s in statuses] == sorted(order.index(s) for s in statuses)
    progress = [s["progress"] for s in seen]
    assert progress == sorted(progress) and progress[-1] == 100
    assert all(s["image_url"] is None for s in seen[:-1])
    done = seen[-1]
    assert done["object"] == "image.generation" and done["error"] is None
    png = http.get(done["image_url"])
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    assert png.content.startswith(b"\x89PNG\r\n\x1a\n")


def test_image_follows_the_requested_aspect_ratio(sim, http):
    task = create(http, sim, "/v1/image2/images", valid_create_body("image2", aspect_ratio="16:9"))
    done = poll_until(http, sim, task["id"])[-1]
    png = http.get(done["image_url"]).content
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (512, 288)


def test_video_result_is_the_sample_mp4_with_documented_extras(sim, http):
    task = create(http, sim, "/v1/kyyvideo2/videos",
                  valid_create_body("seedance2", "seedance_2_0_pro", duration=10))
    done = poll_until(http, sim, task["id"])[-1]
    assert done["status"] == "completed" and done["object"] == "video"
    assert done["actualDuration"] == 10 and done["totalTokens"] > 0
    assert "officialMediaUrl" not in done
    mp4 = http.get(done["video_url"])
    assert mp4.status_code == 200 and mp4.headers["content-type"] == "video/mp4"
    assert mp4.content[4:8] == b"ftyp" and int(mp4.headers["content-length"]) == len(mp4.content)


@pytest.mark.parametrize("model,official", [("seedance_2_0_x1_official", True),
                                            ("seedance_2_0_x1_discount", False)])
def test_seedance_x1_official_models_carry_an_official_url(sim, http, model, official):
    task = create(http, sim, "/v1/seedance-x1/videos", valid_create_body("seedance_x1", model))
    done = poll_until(http, sim, task["id"])[-1]
    assert ("officialMediaUrl" in done) is official
    assert "totalTokens" not in done


def test_sora_and_veo_ids_objects_and_lengths(sim, http):
    sora = create(http, sim, "/v1/sora/videos", valid_create_body("sora", duration=8))
    veo = create(http, sim, "/v1/veo/videos", valid_create_body("veo"))
    assert sora["id"].startswith("sora_") and sora["object"] == "video.generation"
    assert veo["id"].startswith("vgen_") and veo["object"] == "video"
    sora_done = poll_until(http, sim, sora["id"])[-1]
    veo_done = poll_until(http, sim, veo["id"])[-1]
    assert sora_done["object"] == "video.generation" and sora_done["actualDuration"] == 8
    assert veo_done["actualDuration"] == 8            # VEO is always 8 s


def test_unknown_task_is_404_task_not_found(sim, http):
    r = poll(http, sim, "video_does-not-exist")
    assert r.status_code == 404
    assert r.json() == {"code": -1, "msg": "task not found", "data": None}


def test_polls_are_counted(sim, http):
    task = create(http, sim, "/v1/banana/images", valid_create_body("banana"))
    for _ in range(3):
        poll(http, sim, task["id"])
    assert sim.count("GET", "/v1/result/") == 3
    assert sim.count("GET", f"/kyyReactApiServer/v1/result/{task['id']}") == 3
    assert sim.count("POST", "/v1/banana/images") == 1
    assert sim.count(None) == 4


# -- expiry and forcing ----------------------------------------------------------------------

def test_expired_url_is_refused_and_forgotten_task_is_404(sim, http):
    task = create(http, sim, "/v1/banana/images", valid_create_body("banana"))
    url = poll_until(http, sim, task["id"])[-1]["image_url"]
    assert http.get(url).status_code == 200
    assert sim.expire_task(task["id"])
    assert http.get(url).status_code == 403
    assert poll(http, sim, task["id"]).json()["status"] == "completed"   # the record stays
    sim.expire_task(task["id"], forget=True)
    assert poll(http, sim, task["id"]).status_code == 404
    assert not sim.expire_task("nope")


@pytest.fixture
def short_lived():
    st = SimulatorThread(SimulatorConfig.fast(api_keys={TEST_KEY}, queued_seconds=0.05,
                                              processing_seconds=0.1, url_ttl_seconds=0.1,
                                              task_ttl_seconds=0.6)).start()
    yield st
    st.stop()


def test_urls_and_tasks_expire_on_their_own(short_lived, http):
    sim = short_lived
    task = create(http, sim, "/v1/veo/videos", valid_create_body("veo"))
    url = poll_until(http, sim, task["id"])[-1]["video_url"]
    time.sleep(0.15)
    assert http.get(url).status_code == 403
    time.sleep(0.5)
    assert poll(http, sim, task["id"]).status_code == 404


def test_force_task_sets_status_and_error(sim, http):
    task = create(http, sim, "/v1/banana/images", valid_create_body("banana"))
    sim.force_task(task["id"], "failed", "Content policy violation")
    body = poll(http, sim, task["id"]).json()
    assert body["status"] == "failed" and body["error"] == "Content policy violation"
    assert body["image_url"] is None
    other = create(http, sim, "/v1/veo/videos", valid_create_body("veo"))
    sim.force_task(other["id"], "completed")
    done = poll(http, sim, other["id"]).json()
    assert done["status"] == "completed" and http.get(done["video_url"]).status_code == 200
    with pytest.raises(KeyError):
        sim.force_task("nope", "failed")
    with pytest.raises(ValueError):
        sim.force_task(task["id"], "exploded")


def test_reset_forgets_tasks_and_requests(sim, http):
    task = create(http, sim, "/v1/banana/images", valid_create_body("banana"))
    sim.reset()
    assert sim.tasks == {} and sim.requests == []
    assert poll(http, sim, task["id"]).status_code == 404


# -- task faults -----------------------------------------------------------------------------

def test_task_fail_fault_ends_the_next_task_failed_with_the_reason(sim, http):
    sim.faults.add(Fault(kind="task_fail", path="/v1/veo/videos", reason="Upstream refused the prompt"))
    task = create(http, sim, "/v1/veo/videos", valid_create_body("veo"))
    last = poll_until(http, sim, task["id"])[-1]
    assert last["status"] == "failed" and last["error"] == "Upstream refused the prompt"
    assert last["video_url"] is None
    again = create(http, sim, "/v1/veo/videos", valid_create_body("veo"))
    assert poll_until(http, sim, again["id"])[-1]["status"] == "completed"


def test_task_cancel_fault_ends_cancelled(sim, http):
    sim.faults.add(Fault(kind="task_cancel"))
    task = create(http, sim, "/v1/seedance/videos", valid_create_body("seedance15"))
    last = poll_until(http, sim, task["id"])[-1]
    assert last["status"] == "cancelled" and last["error"] is None


def test_no_id_fault_answers_without_an_id(sim, http):
    sim.faults.add(Fault(kind="no_id", path="/v1/banana/images"))
    answer = create(http, sim, "/v1/banana/images", valid_create_body("banana"))
    assert "id" not in answer and answer["status"] == "queued"


def test_legacy_create_fault_answers_with_a_project_id_that_can_be_polled(sim, http):
    sim.faults.add(Fault(kind="legacy_create", path="/v1/videos/videos"))
    answer = create(http, sim, "/v1/videos/videos", valid_create_body("videos"))
    assert answer["code"] == "0" and answer["msg"] is None
    project_id = answer["data"]["projectId"]
    assert poll_until(http, sim, project_id)[-1]["status"] == "completed"


def test_invalid_body_does_not_use_up_a_task_fault(sim, http):
    sim.faults.add(Fault(kind="task_fail", path="/v1/veo/videos"))
    assert http.post(sim.media_base_url + "/v1/veo/videos", json={"model": "veo_3_1_fast"},
                     headers=AUTH).status_code == 400
    assert len(sim.faults) == 1


# -- insufficient balance --------------------------------------------------------------------

@pytest.mark.parametrize("style,status", [("http402", 402), ("business200", 200)])
def test_insufficient_balance_styles(http, style, status):
    with SimulatorThread(SimulatorConfig.fast(api_keys={TEST_KEY},
                                              insufficient_balance_style=style)) as sim:
        sim.faults.add(Fault(kind="insufficient_balance", path="/v1/banana/images"))
        r = http.post(sim.media_base_url + "/v1/banana/images", json=valid_create_body("banana"),
                      headers=AUTH)
        assert r.status_code == status
        assert r.json()["code"] == "402" and "insufficient balance" in r.json()["msg"]
        assert sim.tasks == {}
        sim.faults.add(Fault(kind="insufficient_balance", path="/v1/chat/completions"))
        r = http.post(sim.text_base_url + "/v1/chat/completions", json={}, headers=AUTH)
        assert r.status_code == 402 and r.json()["error"]["type"] == "insufficient_quota"


# -- assets ----------------------------------------------------------------------------------

def test_kyyvideo2_asset_upload_review_and_delete(sim, http):
    m = sim.media_base_url
    up = http.post(m + "/kyyVideo2/asset/upload",
                   json={"assetType": "Image", "url": "https://e.com/cat.jpg", "name": "Cat"}, headers=AUTH)
    assert up.status_code == 200
    assert up.json()["code"] == 0 and up.json()["msg"] is None           # integer code here
    asset_id = up.json()["data"]["assetId"]
    assert re.fullmatch(r"asset-\d{14}-[0-9a-z]{5}", asset_id)
    detail = http.get(f"{m}/kyyVideo2/asset/{asset_id}", headers=AUTH).json()
    assert detail["code"] == 0 and detail["data"]["status"] == "Processing"
    assert detail["data"]["name"] == "Cat" and detail["data"]["assetType"] == "Image"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", detail["data"]["createTime"])
    deadline = time.monotonic() + 5
    while detail["data"]["status"] == "Processing" and time.monotonic() < deadline:
        time.sleep(0.05)
        detail = http.get(f"{m}/kyyVideo2/asset/{asset_id}", headers=AUTH).json()
    assert detail["data"]["status"] == "Active"
    gone = http.delete(f"{m}/kyyVideo2/asset/{asset_id}", headers=AUTH).json()
    assert gone["code"] == "0" and gone["data"] is None                  # string code here
    missing = http.get(f"{m}/kyyVideo2/asset/{asset_id}", headers=AUTH)
    assert missing.status_code == 404 and missing.json()["code"] == -1


def test_asset_with_reject_in_its_url_fails_review(sim, http):
    m = sim.media_base_url
    asset_id = http.post(m + "/kyyVideo2/asset/upload",
                         json={"assetType": "Video", "url": "https://e.com/reject-me.mp4"},
                         headers=AUTH).json()["data"]["assetId"]
    time.sleep(sim.config.review_seconds + 0.05)
    assert http.get(f"{m}/kyyVideo2/asset/{asset_id}", headers=AUTH).json()["data"]["status"] == "Failed"


@pytest.mark.parametrize("body,word", [
    ({"assetType": "image", "url": "https://e.com/a.jpg"}, "assetType"),
    ({"assetType": "Image", "url": "ftp://e.com/a.jpg"}, "url"),
    ({"assetType": "Image"}, "url"),
])
def test_bad_asset_upload_is_400(sim, http, body, word):
    r = http.post(sim.media_base_url + "/kyyVideo2/asset/upload", json=body, headers=AUTH)
    assert r.status_code == 400 and word in r.json()["msg"]


def test_sd2_manxue_batch_upload_and_status(sim, http):
    m = sim.media_base_url
    up = http.post(m + "/asset/sd2Manxue/assetUpload", json={
        "imageUrls": ["https://e.com/portrait.jpg", "not a url"],
        "videoUrls": ["https://e.com/ref.mp4"], "audioUrls": []}, headers=AUTH).json()
    assert up["code"] == "0"
    items = up["data"]["items"]
    assert [(i["assetType"], i["originalUrl"], i["status"]) for i in items] == [
        ("Image", "https://e.com/portrait.jpg", "submitted"), ("Video", "https://e.com/ref.mp4", "submitted")]
    assert [f["originalUrl"] for f in up["data"]["failedItems"]] == ["not a url"]
    ids = [i["assetId"] for i in items]
    status = http.post(m + "/asset/sd2Manxue/assetStatus", json={"assetIds": ids + ["asset_unknown"]},
                       headers=AUTH).json()
    assert status["code"] == "0"
    assert {i["status"] for i in status["data"]["items"]} == {"Processing"}
    assert [f["assetId"] for f in status["data"]["failedItems"]] == ["asset_unknown"]
    time.sleep(sim.config.review_seconds + 0.05)
    status = http.post(m + "/asset/sd2Manxue/assetStatus", json={"assetIds": ids}, headers=AUTH).json()
    assert [i["status"] for i in status["data"]["items"]] == ["Active", "Active"]


@pytest.mark.parametrize("path,body", [
    ("/asset/sd2Manxue/assetUpload", {"imageUrls": [], "videoUrls": []}),
    ("/asset/sd2Manxue/assetStatus", {"assetIds": []}),
])
def test_sd2_manxue_empty_requests_are_400(sim, http, path, body):
    r = http.post(sim.media_base_url + path, json=body, headers=AUTH)
    assert r.status_code == 400 and r.json()["code"] == "400"
