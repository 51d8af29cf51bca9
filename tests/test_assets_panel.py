"""The Assets panel in the Video tab: register, follow the review, use in a request, delete."""

from __future__ import annotations

from globalai_desktop.domain.media import TaskState
from tests.test_video_support import until
from tests.test_video_tab import open_app  # noqa: F401  (fixture)

UPLOAD = "/kyyReactApiServer/kyyVideo2/asset/upload"


def test_register_approve_use_in_a_request_and_delete(open_app, qloop, sim):
    async def scenario():
        app = await open_app()
        app.ctx.extras["assets"].poll_s = 0.05            # review checks at test speed
        panel = app.tab.assets_panel
        panel.kyy_url.setText("https://example.com/actor-portrait.png")
        assert panel.kyy_type.currentData() == "Image"    # guessed from the link
        panel.kyy_name.setText("Actor")
        panel.kyy_button.click()
        await until(lambda: panel.table.topLevelItemCount() == 1)
        item = panel.table.topLevelItem(0)
        asset_id = item.text(4)
        assert item.text(0) == "Actor" and asset_id.startswith("asset-")
        assert panel.kyy_url.text() == ""                 # cleared once the server had it
        await until(lambda: item.text(3) == "Approved")

        # Seedance 2.0 Pro takes registered assets: "Use in form" puts asset://id in.
        form = app.tab.form_panel.form
        assert form.set_model("seedance_2_0_pro", "seedance2")
        form.set_value("prompt", "The actor turns and smiles")
        panel.select(asset_id)
        assert panel.selected_ids() == [asset_id]
        assert panel.use_button.isEnabled()
        panel.use_button.click()
        ref = f"asset://{asset_id}"
        assert ref in (form.params().get("first_image"), *(form.params().get("reference_images") or []))

        tid = await app.generate("seedance2", "seedance_2_0_pro", "The actor turns and smiles")
        await app.wait_state(tid, TaskState.DONE)
        body = [r.body for r in sim.requests if r.route == "/v1/kyyvideo2/videos"][-1]
        assert ref in str(body)                            # the server received the asset

        panel.select(asset_id)
        await panel.delete_assets(panel.selected_ids())
        assert panel.table.topLevelItemCount() == 0
        assert sim.count("DELETE", "/kyyReactApiServer/kyyVideo2/asset/") == 1
        await app.close()

    qloop.run_until_complete(scenario())


def test_sd2_batch_from_the_panel_keeps_links_it_cannot_classify(open_app, qloop, sim):
    async def scenario():
        app = await open_app()
        panel = app.tab.assets_panel
        typed = "https://example.com/face.jpg\nhttps://example.com/clip"
        panel.sd2_links.setPlainText(typed)
        assert panel._submit_sd2() is None                 # "clip" has no extension
        assert "cannot tell" in panel.status_label.text().lower()
        assert panel.sd2_links.toPlainText() == typed     # nothing typed is lost
        assert sim.count("POST", "/kyyReactApiServer/asset/sd2Manxue/") == 0

        panel.sd2_links.setPlainText("https://example.com/face.jpg\nhttps://example.com/ref.mp4")
        await panel._submit_sd2()
        assert panel.table.topLevelItemCount() == 2
        assert {panel.table.topLevelItem(i).text(1) for i in range(2)} == {"SD2 Manxue"}
        assert "2 submitted" in panel.status_label.text()
        assert panel.sd2_links.toPlainText() == ""

        # Use in form is offered only once an asset is approved.
        panel.table.setCurrentItem(panel.table.topLevelItem(0))
        assert not panel.use_button.isEnabled()
        await app.close()

    qloop.run_until_complete(scenario())


def test_asset_button_only_for_models_that_take_assets(open_app, qloop):
    async def scenario():
        app = await open_app()
        fp = app.tab.form_panel
        fp.form.set_model("viduq3-pro", "vidu")
        assert not fp.asset_button.isVisibleTo(fp)
        assert not fp.insert_asset("asset-x")
        assert "does not take registered assets" in fp.status_label.text()
        fp.form.set_model("sd2_manxue_720p", "sd2_manxue")
        assert fp.asset_button.isVisibleTo(fp)
        await app.close()

    qloop.run_until_complete(scenario())
