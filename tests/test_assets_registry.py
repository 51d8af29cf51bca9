"""Asset registry against the simulator: upload → review → Active → delete round trips,
SD2 Manxue batches, restart-proof records, and input that never leaves the machine."""

from __future__ import annotations

import asyncio

import pytest

from globalai_desktop.api.errors import AuthenticationError
from globalai_desktop.services.assets import KYY, SD2, AssetRegistry, AssetStore
from tests.test_video_support import RecordingErrors, make_client, run_until

UPLOAD = "/kyyReactApiServer/kyyVideo2/asset/upload"
DETAIL = "/kyyReactApiServer/kyyVideo2/asset/"
SD2_UPLOAD = "/kyyReactApiServer/asset/sd2Manxue/assetUpload"
SD2_STATUS = "/kyyReactApiServer/asset/sd2Manxue/assetStatus"


@pytest.fixture
def registry_factory(sim, tmp_path, qloop):
    made = []

    def make(**kw):
        client = make_client(sim, kw.pop("key", None) or __import__(
            "tests.fixtures_sim", fromlist=["TEST_KEY"]).TEST_KEY)
        reg = AssetRegistry(client, AssetStore(tmp_path / "assets.db"),
                            errors=kw.pop("errors", RecordingErrors()),
                            poll_s=kw.pop("poll_s", 0.05), watch_s=kw.pop("watch_s", 30.0))
        made.append(reg)
        return reg

    yield make
    for reg in made:
        qloop.run_until_complete(reg.shutdown())
        qloop.run_until_complete(reg.client.aclose())
        reg.store.close()


def test_seedance2_asset_upload_review_and_delete_round_trip(sim, qloop, registry_factory):
    reg = registry_factory()
    seen = []
    reg.changed.connect(lambda r: seen.append(r.status))

    rec = qloop.run_until_complete(
        reg.register("https://example.com/portrait.jpg", "image", "Portrait"))
    assert rec.library == KYY and rec.asset_type == "Image" and rec.name == "Portrait"
    assert rec.pending and not rec.active
    assert sim.count("POST", UPLOAD) == 1

    # The review is followed on its own until the server says Active.
    run_until(qloop, lambda: reg.get(rec.asset_id).active)
    assert "Processing" in seen and seen[-1] == "Active"
    assert sim.count("GET", DETAIL) >= 1
    assert reg.usable(KYY, "Image")[0].reference() == f"asset://{rec.asset_id}"

    qloop.run_until_complete(reg.delete(rec.asset_id))
    assert reg.get(rec.asset_id) is None and reg.list() == []
    assert sim.count("DELETE", DETAIL) == 1
    # The server no longer knows it: a fresh registry over the same store has nothing either.
    assert AssetStore(reg.store.db.path).list() == []


def test_rejected_asset_is_marked_failed_in_words(qloop, registry_factory):
    reg = registry_factory()
    rec = qloop.run_until_complete(reg.register("https://example.com/reject-me.png", "Image"))
    run_until(qloop, lambda: not reg.get(rec.asset_id).pending)
    done = reg.get(rec.asset_id)
    assert done.failed
    assert "rejected" in done.message.lower()
    assert reg.usable() == []


def test_sd2_batch_submit_status_and_forget(sim, qloop, registry_factory):
    reg = registry_factory(poll_s=60.0)      # no automatic checks: Refresh does it here
    outcome = qloop.run_until_complete(reg.submit_batch(
        ["https://example.com/face.png"], ["https://example.com/ref.mp4"], []))
    assert len(outcome.records) == 2 and outcome.refused == ()
    kinds = {r.url: r.asset_type for r in outcome.records}
    assert kinds == {"https://example.com/face.png": "Image",
                     "https://example.com/ref.mp4": "Video"}
    assert all(r.library == SD2 and r.status == "submitted" for r in outcome.records)

    async def refresh_until_active():
        for _ in range(200):
            recs = await reg.refresh()
            if all(r.active for r in recs):
                return recs
            await asyncio.sleep(0.05)
        raise AssertionError("the batch never became Active")
    recs = qloop.run_until_complete(refresh_until_active())
    assert len(recs) == 2
    assert sim.count("POST", SD2_STATUS) >= 1

    # SD2 Manxue has no delete endpoint: removing only forgets it here.
    before = len(sim.requests)
    qloop.run_until_complete(reg.delete(outcome.records[0].asset_id))
    assert len(sim.requests) == before
    assert [r.asset_id for r in reg.list(SD2)] == [outcome.records[1].asset_id]


def test_assets_under_review_are_followed_again_after_a_restart(sim, qloop, registry_factory):
    first = registry_factory(poll_s=60.0)
    rec = qloop.run_until_complete(first.register("https://example.com/a.webp", "Image"))
    qloop.run_until_complete(first.shutdown())

    second = registry_factory()               # same assets.db, as after quitting and starting
    assert second.get(rec.asset_id).pending
    second.start()
    run_until(qloop, lambda: second.get(rec.asset_id).active)


def test_bad_input_is_refused_before_anything_is_sent(sim, qloop, registry_factory):
    reg = registry_factory()
    for url, kind in (("not a link", "Image"), ("ftp://example.com/x.png", "Image"),
                      ("https://example.com/x.png", "Picture")):
        with pytest.raises(ValueError):
            qloop.run_until_complete(reg.register(url, kind))
    with pytest.raises(ValueError):
        qloop.run_until_complete(reg.submit_batch([], [], ["  "]))
    assert len(sim.requests) == 0
    assert reg.list() == []


def test_rejected_key_records_nothing(sim, qloop, registry_factory):
    reg = registry_factory(key="sk-wrong-key-000000000000")
    with pytest.raises(AuthenticationError) as info:
        qloop.run_until_complete(reg.register("https://example.com/a.png", "Image"))
    assert "sk-wrong-key" not in str(info.value)
    assert reg.list() == []
