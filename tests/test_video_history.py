"""History (prompt, settings, reuse, filter, delete) and the "video finished" notification."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QLabel

from globalai_desktop.domain.media import TaskState
from globalai_desktop.paths import resource_path
from globalai_desktop.services.notify import Notifier
from tests.test_video_support import until
from tests.test_video_tab import open_app  # noqa: F401  (fixture)


def test_history_shows_prompt_and_settings_and_reuse_fills_the_form(open_app, qloop):
    async def scenario():
        app = await open_app()
        tab = app.tab
        tid = await app.generate("seedance2", "seedance_2_0_pro", "Koi fish under lotus leaves",
                                 duration=7, aspect_ratio="1:1")
        await app.wait_state(tid, TaskState.DONE)
        await until(lambda: tab.history.records())
        rec = tab.history.records()[0]
        assert rec.prompt == "Koi fish under lotus leaves"
        assert tab.history.select_path(rec.path)
        assert tab.history.prompt_view.toPlainText() == "Koi fish under lotus leaves"
        shown = [w.text() for w in tab.history.findChildren(QLabel) if w.isVisibleTo(tab.history)]
        assert "Seedance 2.0 Pro (seedance_2_0_pro)" in shown and "7 seconds" in shown and "1:1" in shown

        # The person moves on to something else, then wants those settings back.
        form = tab.form_panel.form
        form.set_model("openAiSora2Pro", "sora")
        form.set_value("prompt", "something else")
        tab.history.reuse_button.click()
        assert (form.family_id(), form.model_id()) == ("seedance2", "seedance_2_0_pro")
        params = form.params()
        assert params["prompt"] == "Koi fish under lotus leaves"
        assert params["duration"] == 7 and params["aspect_ratio"] == "1:1"

        # Play from the history, then delete it: the file goes and the player lets go.
        tab.history.play_button.click()
        assert str(tab.player.current_path) == rec.path
        await tab.history.delete_record(rec)
        assert tab.history.records() == []
        assert not rec.file.exists()
        assert tab.player.current_path is None
        await app.close()

    qloop.run_until_complete(scenario())


def test_history_filter_by_prompt(open_app, qloop, tmp_path):
    async def scenario():
        app = await open_app()
        lib = app.tasks.library
        folder = tmp_path / "videos"
        folder.mkdir()
        for i, prompt in enumerate(("A red fox in snow", "Neon city at night", "Snowy owl")):
            dest = folder / f"v{i}.mp4"
            shutil.copyfile(resource_path("sample.mp4"), dest)
            lib.add(path=dest, kind="video", prompt=prompt, family_id="vidu",
                    model="viduq3-pro", params={"duration": 5}, created_at=1000 + i)
        await app.tab.history.reload()
        assert [r.prompt for r in app.tab.history.records()] == [
            "Snowy owl", "Neon city at night", "A red fox in snow"]       # newest first
        app.tab.history.filter_edit.setText("SNOW")
        await app.tab.history.reload_soon()
        assert [r.prompt for r in app.tab.history.records()] == ["Snowy owl", "A red fox in snow"]
        await app.close()

    qloop.run_until_complete(scenario())


def test_a_long_task_finishing_behind_other_windows_notifies(open_app, qloop, sim):
    async def scenario():
        app = await open_app()
        # The tab is not shown, so the window is not in front; every task counts as long.
        notifier = app.tab.notifier
        notifier.long_task_s = 0.0
        tid = await app.generate("vidu", "viduq3-turbo", "Northern lights over a fjord")
        await app.wait_state(tid, TaskState.DONE)
        await until(lambda: notifier.history)
        title, message, channel = notifier.history[-1]
        assert title == "Video ready" and "Northern lights" in message
        assert channel in ("tray", "alert")

        notifier.long_task_s = 3600.0            # a quick one: no interruption
        before = len(notifier.history)
        tid2 = await app.generate("vidu", "viduq3-turbo", "A quick one")
        await app.wait_state(tid2, TaskState.DONE)
        assert len(notifier.history) == before
        await app.close()

    qloop.run_until_complete(scenario())


def test_notifier_from_the_shell_is_used_and_left_alone(sim, tmp_path, qloop):
    from globalai_desktop.services.tasks import TaskService
    from globalai_desktop.ui.tabs.video_tab import VideoTab
    from tests.test_video_support import make_ctx

    async def scenario():
        ctx = make_ctx(sim, tmp_path / "data")
        shared = Notifier(long_task_s=0.0)
        ctx.extras["notifier"] = shared
        tasks = TaskService.for_context(ctx, poll_scale=0.01)
        tab = VideoTab(ctx)
        assert tab.notifier is shared
        await tab.shutdown()
        await tasks.shutdown()
        tasks.ledger.close()
        tasks.library.close()
        ctx.extras["assets"].store.close()
        await ctx.client.aclose()
        assert "video_tab_hook" not in ctx.extras
        tab.deleteLater()
    qloop.run_until_complete(scenario())


def test_clicking_the_notification_opens_that_video_and_ignores_others(open_app, qloop):
    async def scenario():
        app = await open_app()
        app.tab.notifier.long_task_s = 0.0
        tid = await app.generate("vidu", "viduq3-turbo", "Waves at a black sand beach")
        await app.wait_state(tid, TaskState.DONE)
        await until(lambda: app.tab.notifier.history)
        app.tab.player.load(None)
        app.tab.notifier.activated.emit("image:1")          # the Image tab's notification
        assert app.tab.player.current_path is None
        app.tab.notifier.activated.emit(f"video:{tid}")      # ours: play that video
        assert str(app.tab.player.current_path) == app.tasks.get(tid).media_path
        await app.close()

    qloop.run_until_complete(scenario())
