"""Asset registry against the simulator: upload → review → Active → delete round trips,
SD2 Manxue batches, restart-proof records, and input that never leaves the machine."""

from __future__ import annotations

import asyncio

import pytest

from globalai_desktop.api.errors import AuthenticationError
from globalai_desktop.services.assets import KYY, SD2, AssetRegistry, AssetStore
from tests.fixtures_sim import TEST_KEY
from tests.test_video_support import RecordingErrors, make_client, until

UPLOAD = "/kyyReactApiServer/kyyVideo2/asset/upload"
DETAIL = "/kyyReactApiServer/kyyVideo2/asset/"
SD2_STATUS = "/kyyReactApiServer/asset/sd2Manxue/assetStatus"


@pytest.fixture
def registry_factory(sim, tmp_path, qloop):
    made = []

    def make(*, key: str = TEST_KEY, poll_s: float = 0.05, watch_s: float = 30.0):
        reg = AssetRegistry(make_client(sim, key), AssetStore(tmp_path / "assets.db"),
                            errors=RecordingErrors(), poll_s=poll_s, watch_s=watch_s)
        made.append(reg)
        return reg

    yield make

    async def close_all():
        for reg in made:
            await reg.shutdown()
            await reg.client.aclose()
            reg.store.close()
    qloop.run_until_complete(close_all())


def test_seedance2_asset_upload_review_and_delete_round_trip(sim, qloop, registry_factory):
    reg = registry_factory()
    seen = []
    reg.changed.connect(lambda r: seen.append(r.status))

    async def scenario():
        rec = await reg.register("https://example.com/portrait.jpg", "image", "Portrait")
        assert rec.library == KYY and rec.asset_type == "Image" and rec.name == "Portrait"
        assert rec.pending and not rec.active
        assert sim.count("POST", UPLOAD) == 1

        # The review is followed on its own until the server says Active.
        await until(lambda: reg.get(rec.asset_id).active)
        assert "Processing" in seen and seen[-1] == "Active"
        assert sim.count("GET", DETAIL) >= 1
        assert reg.usable(KYY, "Image")[0].reference() == f"asset://{rec.asset_id}"

        await reg.delete(rec.asset_id)
        assert reg.get(rec.asset_id) is None and reg.list() == []
        assert sim.count("DELETE", DETAIL) == 1
        # Gone from the record on disk too (a restart would not bring it back).
        assert AssetStore(reg.store.db.path).list() == []

    qloop.run_until_complete(scenario())


def test_rejected_asset_is_marked_failed_in_words(qloop, registry_factory):
    reg = registry_factory()

    async def scenario():
        rec = await reg.register("https://example.com/reject-me.png", "Image")
        await until(lambda: not reg.get(rec.asset_id).pending)
        done = reg.get(rec.asset_id)
        assert done.failed
        assert "rejected" in done.message.lower()
        assert reg.usable() == []

    qloop.run_until_complete(scenario())


def test_sd2_batch_submit_status_and_forget(sim, qloop, registry_factory):
    reg = registry_factory(poll_s=60.0)      # no automatic checks: Refresh does it here

    async def scenario():
        outcome = await reg.submit_batch(["https://example.com/face.png"],
                                         ["https://example.com/ref.mp4"], [])
        assert len(outcome.records) == 2 and outcome.refused == ()
        kinds = {r.url: r.asset_type for r in outcome.records}
        assert kinds == {"https://example.com/face.png": "Image",
                         "https://example.com/ref.mp4": "Video"}
        assert all(r.library == SD2 and r.status == "submitted" for r in outcome.records)

        for _ in range(200):
            recs = await reg.refresh()
            if all(r.active for r in recs):
                break
            await asyncio.sleep(0.05)
        assert len(recs) == 2 and all(r.active for r in recs)
        assert sim.count("POST", SD2_STATUS) >= 1

        # SD2 Manxue has no delete endpoint: removing only forgets it here.
        before = len(sim.requests)
        await reg.delete(outcome.records[0].asset_id)
        assert len(sim.requests) == before
        assert [r.asset_id for r in reg.list(SD2)] == [outcome.records[1].asset_id]

    qloop.run_until_complete(scenario())


def test_assets_under_review_are_followed_again_after_a_restart(qloop, registry_factory):
    async def scenario():
        first = registry_factory(poll_s=60.0)
        rec = await first.register("https://example.com/a.webp", "Image")
        await first.shutdown()                      # quit while it is under review

        second = registry_factory()                 # same assets.db, as after a restart
        assert second.get(rec.asset_id).pending
        second.start()
        await until(lambda: second.get(rec.asset_id).active)

    qloop.run_until_complete(scenario())


def test_bad_input_is_refused_before_anything_is_sent(sim, qloop, registry_factory):
    reg = registry_factory()

    async def scenario():
        for url, kind in (("not a link", "Image"), ("ftp://example.com/x.png", "Image"),
                          ("https://example.com/x.png", "Picture")):
            with pytest.raises(ValueError):
                await reg.register(url, kind)
        with pytest.raises(ValueError):
            await reg.submit_batch([], [], ["  "])

    qloop.run_until_complete(scenario())
    assert len(sim.requests) == 0
    assert reg.list() == []


def test_rejected_key_records_nothing(qloop, registry_factory):
    reg = registry_factory(key="sk-wrong-key-000000000000")

    async def scenario():
        with pytest.raises(AuthenticationError) as info:
            await reg.register("https://example.com/a.png", "Image")
        assert "sk-wrong-key" not in str(info.value)

    qloop.run_until_complete(scenario())
    assert reg.list() == []
