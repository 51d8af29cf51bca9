"""The Video tab end to end against the simulator (offscreen, real HTTP, real playback).

Covers issue 6 "Done when": a task survives an app restart and completes; a completed
video downloads and plays; an expired result is marked expired; a failed task shows the
reason; polling respects the family interval (counted at the simulator, not timed).
Each test is one coroutine (see tests/test_video_support.py for why).
"""

from __future__ import annotations

import asyncio
import math

import pytest

from globalai_desktop.domain.media import TaskState
from globalai_desktop.services.tasks import JITTER, TaskService
from globalai_desktop.simulator import Fault
from globalai_desktop.ui.tabs.video_tab import VideoTab
from tests.test_video_support import make_ctx, until

RESULT = "/kyyReactApiServer/v1/result/"


class VideoApp:
    """What the composition root builds for the Video tab; ``close()`` quits like the shell."""

    def __init__(self, sim, data_dir, poll_scale: float = 0.01) -> None:
        self.ctx = make_ctx(sim, data_dir)
        self.tasks = TaskService.for_context(self.ctx, poll_scale=poll_scale)
        self.tab = VideoTab(self.ctx)
        self.tab.resize(1400, 860)
        self.closed = False

    async def start(self) -> "VideoApp":
        await self.tasks.start()
        return self

    async def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        await self.tab.shutdown()
        self.tab.close()
        self.tab.deleteLater()
        await self.tasks.shutdown()
        self.tasks.ledger.close()
        self.tasks.library.close()
        self.ctx.extras["assets"].store.close()
        await self.ctx.client.aclose()

    async def generate(self, family: str, model: str, prompt: str, **values) -> int:
        panel = self.tab.form_panel
        await until(panel.generate_button.isEnabled)        # the previous one was sent
        assert panel.form.set_model(model, family)
        panel.form.set_value("prompt", prompt)
        for name, value in values.items():
            assert panel.form.set_value(name, value), name
        before = {t.id for t in self.tasks.list("video")}
        panel.generate_button.click()
        await until(lambda: {t.id for t in self.tasks.list("video")} - before)
        (new_id,) = {t.id for t in self.tasks.list("video")} - before
        return new_id

    async def wait_state(self, task_id: int, *states: TaskState, timeout: float = 20.0):
        await until(lambda: self.tasks.get(task_id).state in states, timeout=timeout)
        return self.tasks.get(task_id)


@pytest.fixture
def open_app(sim, tmp_path, qloop):
    """``await open_app(poll_scale=...)`` starts the app on this test's profile."""
    apps: list[VideoApp] = []

    async def make(poll_scale: float = 0.01) -> VideoApp:
        app = VideoApp(sim, tmp_path / "data", poll_scale)
        apps.append(app)
        return await app.start()

    yield make

    async def close_all():
        for app in apps:
            await app.close()
    qloop.run_until_complete(close_all())


def test_completed_video_downloads_and_plays(open_app, qloop):
    from PySide6.QtMultimedia import QMediaPlayer

    async def scenario():
        app = await open_app()
        tid = await app.generate("vidu", "viduq3-turbo", "A paper boat drifting down a rainy street")
        task = await app.wait_state(tid, TaskState.DONE)
        saved = app.tasks.library.find_by_task(tid)
        assert saved is not None and saved.file.exists() and saved.file.stat().st_size > 10_000
        assert saved.prompt == "A paper boat drifting down a rainy street"

        card = app.tab.queue.card(tid)
        assert card.state_chip.text() == "Ready"
        assert card.open_button.isVisibleTo(card)
        card.open_button.click()
        player = app.tab.player.media_player
        await until(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
        await until(lambda: player.position() > 0)          # frames are really advancing
        assert str(app.tab.player.current_path) == task.media_path
        assert app.tab.player.seek_slider.maximum() > 0    # it knows the clip's length
        await until(lambda: any(r.id == saved.id for r in app.tab.history.records()))
        await app.close()

    qloop.run_until_complete(scenario())


def test_task_survives_an_app_restart_and_completes(sim, sim_config, open_app, qloop):
    # Slow the server down so the task is still running when the app quits.
    sim_config.queued_seconds, sim_config.processing_seconds = 0.4, 1.2

    async def scenario():
        first = await open_app()
        tid = await first.generate("luxvid", "LuxVid_video_fast", "Lanterns over a calm lake")
        task = await first.wait_state(tid, TaskState.QUEUED, TaskState.PROCESSING)
        remote_id = task.remote_id
        assert remote_id
        await first.close()                                     # quit mid-task

        polls = sim.count("GET", RESULT + remote_id)
        # Closed for longer than a poll interval, and long enough for the server to finish.
        await until(lambda: sim.task_status(remote_id) == "completed", timeout=10)
        await asyncio.sleep(0.2)
        assert sim.count("GET", RESULT + remote_id) == polls   # nobody polled meanwhile

        second = await open_app()                             # start again, same profile
        card = second.tab.queue.card(tid)
        assert card is not None and card.task.remote_id == remote_id
        done = await second.wait_state(tid, TaskState.DONE)
        assert done.media_path and second.tasks.library.find_by_task(tid).file.exists()
        assert sim.count("POST", "/kyyReactApiServer/v1/luxvid-video/videos") == 1  # not resent
        await until(lambda: second.tab.queue.card(tid).state_chip.text() == "Ready")
        await second.close()

    qloop.run_until_complete(scenario())


def test_expired_result_is_marked_expired(sim, sim_config, open_app, qloop):
    sim_config.queued_seconds, sim_config.processing_seconds = 0.3, 0.6

    async def scenario():
        app = await open_app()
        tid = await app.generate("vidu", "viduq3-pro", "An old lighthouse in a storm")
        task = await app.wait_state(tid, TaskState.QUEUED, TaskState.PROCESSING)
        assert sim.expire_task(task.remote_id, forget=True)    # the server forgot the task
        expired = await app.wait_state(tid, TaskState.EXPIRED)
        card = app.tab.queue.card(tid)
        await until(lambda: card.state_chip.text() == "Expired")
        assert "expired" in card.message_label.text().lower()
        assert expired.media_path is None
        assert card.resubmit_button.isVisibleTo(card)
        await app.close()

    qloop.run_until_complete(scenario())


def test_expired_download_link_is_marked_expired(sim, sim_config, open_app, qloop):
    sim_config.queued_seconds, sim_config.processing_seconds = 0.3, 0.6

    async def scenario():
        app = await open_app()
        tid = await app.generate("vidu", "viduq3-pro", "Fog rolling over a mountain pass")
        task = await app.wait_state(tid, TaskState.QUEUED, TaskState.PROCESSING)
        assert sim.expire_task(task.remote_id)                 # the result link stops working
        await app.wait_state(tid, TaskState.EXPIRED)
        assert app.tasks.library.find_by_task(tid) is None
        await until(lambda: "expired" in app.tab.queue.card(tid).message_label.text().lower())
        await app.close()

    qloop.run_until_complete(scenario())


def test_failed_task_shows_the_reason(sim, open_app, qloop):
    sim.faults.add(Fault(kind="task_fail", reason="Content policy: the prompt was rejected"))

    async def scenario():
        app = await open_app()
        tid = await app.generate("grok", "grok_video3", "A knight on a horse")
        await app.wait_state(tid, TaskState.FAILED)
        card = app.tab.queue.card(tid)
        await until(lambda: card.state_chip.text() == "Failed")
        assert "Content policy: the prompt was rejected" in card.message_label.text()
        assert card.resubmit_button.isVisibleTo(card)
        # The typed prompt is still in the form, ready to fix and send again.
        assert app.tab.form_panel.form.prompt() == "A knight on a horse"
        await app.close()

    qloop.run_until_complete(scenario())


def test_explicit_resubmit_and_stop_tracking(sim, sim_config, open_app, qloop):
    sim.faults.add(Fault(kind="task_fail", reason="Upstream busy"))
    create = "/kyyReactApiServer/v1/vidu/videos"

    async def scenario():
        app = await open_app()
        tid = await app.generate("vidu", "viduq3-turbo", "A hummingbird in slow motion")
        await app.wait_state(tid, TaskState.FAILED)
        assert sim.count("POST", create) == 1                  # never resent on its own
        await app.tab.resubmit(tid)
        assert sim.count("POST", create) == 2
        newest = app.tasks.list("video")[0]
        assert newest.id != tid and newest.resubmitted_from == tid
        assert app.tab.queue.task_ids()[0] == newest.id

        sim_config.queued_seconds = 60.0          # a long one: the person stops tracking it
        slow = await app.generate("vidu", "viduq3-turbo", "A glacier calving, time lapse")
        await app.wait_state(slow, TaskState.QUEUED)
        card = app.tab.queue.card(slow)
        assert card.stop_button.isVisibleTo(card)
        card.stop_button.click()
        await app.wait_state(slow, TaskState.UNTRACKED)
        rid = app.tasks.get(slow).remote_id
        polls = sim.count("GET", RESULT + rid)
        await asyncio.sleep(0.5)                  # ~ten poll intervals at this scale
        assert sim.count("GET", RESULT + rid) == polls
        assert card.resume_button.isVisibleTo(card)
        await app.close()

    qloop.run_until_complete(scenario())


def test_polling_respects_each_family_interval(sim, sim_config, open_app, qloop):
    """Counted at the simulator: a family polled every 30 s is asked far less often than
    one polled every 5 s, and neither more often than its interval allows."""
    sim_config.queued_seconds, sim_config.processing_seconds = 0.5, 1.5
    scale = 0.02

    async def scenario():
        app = await open_app(poll_scale=scale)
        fast = await app.generate("luxvid", "LuxVid_video_fast", "Interval check, LuxVid")  # 5 s
        slow = await app.generate("veo", "veo_3_1_fast", "Interval check, VEO")             # 30 s
        for tid in (fast, slow):
            await app.wait_state(tid, TaskState.DONE, timeout=30)

        counts = {}
        for tid in (fast, slow):
            task = app.tasks.get(tid)
            fam = app.ctx.catalog.family(task.family_id)
            polls = [r for r in sim.requests
                     if r.method == "GET" and r.route == f"/v1/result/{task.remote_id}"]
            created = min(r.time for r in sim.requests
                          if r.method == "POST" and r.route == task.path
                          and (r.body or {}).get("prompt") == task.prompt)
            window = polls[-1].time - created           # by the simulator's own clock
            allowed = math.floor(window / (fam.min_poll_interval_s * scale * (1 - JITTER))) + 1
            assert 1 <= len(polls) <= allowed, (fam.id, len(polls), allowed)
            counts[fam.id] = len(polls)
        assert counts["veo"] < counts["luxvid"]
        await app.close()

    qloop.run_until_complete(scenario())
