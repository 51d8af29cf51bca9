"""The player on the simulator's sample MP4, and the tab without QtMultimedia."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from globalai_desktop.paths import resource_path
from globalai_desktop.ui.video import multimedia
from globalai_desktop.ui.video.player import VideoPlayer
from globalai_desktop.ui.video.posters import PosterCache
from tests.test_video_support import until

SAMPLE = resource_path("sample.mp4")


@pytest.fixture
def player(qapp, qloop):
    p = VideoPlayer()
    p.resize(800, 500)
    yield p
    qloop.run_until_complete(p.shutdown())
    p.deleteLater()


def test_plays_seeks_loops_and_sets_volume(player, qloop):
    from PySide6.QtMultimedia import QMediaPlayer
    mp = player.media_player

    async def scenario():
        player.load(SAMPLE, "Sample clip")
        assert player.stage_page() == "video"
        player.set_loop(True)
        assert mp.loops() == QMediaPlayer.Loops.Infinite
        player.play()
        await until(lambda: mp.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
        await until(lambda: player.seek_slider.maximum() > 3000)      # a 4 s clip
        assert player.duration_label.text() == "0:04"
        player.seek(2500)
        await until(lambda: mp.position() >= 2500)
        player.toggle_play()
        await until(lambda: mp.playbackState() == QMediaPlayer.PlaybackState.PausedState)
        from PySide6.QtMultimedia import QMediaDevices
        if QMediaDevices.audioOutputs():
            player.volume_slider.setValue(30)
            assert abs(player._audio.volume() - 0.30) < 0.01
            player.mute_button.click()
            assert player._audio.isMuted()
        else:      # a machine without sound output: the controls say so instead
            assert not player.volume_slider.isEnabled()
            assert "no sound output" in player.volume_slider.toolTip().lower()

    qloop.run_until_complete(scenario())


def test_full_screen_and_back(player, qloop):
    async def scenario():
        player.load(SAMPLE, "Sample clip")
        player.set_full_screen(True)
        assert player.is_full_screen() and player._screen.isWindow()
        player.set_full_screen(False)
        assert not player.is_full_screen() and player._screen.parent() is player
    qloop.run_until_complete(scenario())


def test_save_as_copies_atomically_and_open_uses_the_system(player, qloop, tmp_path):
    opened = []

    class Handler(QObject):
        @Slot(QUrl)
        def open(self, url):
            opened.append(url.toLocalFile())

    handler = Handler()
    QDesktopServices.setUrlHandler("file", handler, "open")
    try:
        async def scenario():
            player.load(SAMPLE, "Sample clip")
            await player.save_copy_to(tmp_path / "kept" / "my clip.mp4")
        qloop.run_until_complete(scenario())
        kept = tmp_path / "kept" / "my clip.mp4"
        assert kept.read_bytes() == SAMPLE.read_bytes()
        assert [p.name for p in kept.parent.iterdir()] == ["my clip.mp4"]   # no temp left
        player.open_in_system_player()
        player.show_in_folder()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened[0] == str(SAMPLE)
    assert opened[1] in (str(SAMPLE.parent), str(SAMPLE))


def test_poster_is_the_frame_at_the_chosen_position(qapp, qloop, tmp_path):
    posters = PosterCache(tmp_path / "posters")
    ready = []
    posters.poster_ready.connect(ready.append)

    async def scenario():
        assert posters.pixmap(str(SAMPLE)) is None          # made in the background
        await until(lambda: ready)
        first = posters.pixmap(str(SAMPLE)).toImage()
        assert not first.isNull() and first.width() <= 320
        posters.set_poster_at(str(SAMPLE), 3500)
        await until(lambda: len(ready) == 2)
        later = posters.pixmap(str(SAMPLE)).toImage()
        assert later != first                                # a different frame of the clip
        assert posters.duration_ms(str(SAMPLE)) >= 3900
        await posters.shutdown()

    qloop.run_until_complete(scenario())
    assert len(list((tmp_path / "posters").glob("*.jpg"))) == 1   # cached on disk, replaced


def test_tab_works_and_says_why_when_qtmultimedia_cannot_load(sim, tmp_path, qloop, monkeypatch):
    """Simulate a machine where importing QtMultimedia fails."""
    from globalai_desktop.services.tasks import TaskService
    from globalai_desktop.ui.tabs.video_tab import VideoTab
    from tests.test_video_support import make_ctx

    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)       # import → ImportError
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimediaWidgets", None)
    support = multimedia.multimedia_support(refresh=True)
    try:
        assert not support.available and "could not be loaded" in support.reason

        async def scenario():
            ctx = make_ctx(sim, tmp_path / "data")
            tasks = TaskService.for_context(ctx, poll_scale=0.01)
            await tasks.start()
            tab = VideoTab(ctx)
            try:
                assert not tab.player.available
                assert tab.player.stage_page() == "unavailable"
                assert "could not be loaded" in tab.flash_label.text()
                # Everything else still works: a video is made, saved and listed.
                tab.form_panel.form.set_model("viduq3-turbo", "vidu")
                tab.form_panel.form.set_value("prompt", "Works without playback")
                assert tab.form_panel.request_generate()
                await until(lambda: any(t.state.value == "done" for t in tasks.list()))
                await until(lambda: tab.history.records())
                done = tasks.list()[0]
                tab.open_task(done.id)                     # no crash; file actions stay on
                assert tab.player.save_button.isEnabled()
                assert not tab.player.play_button.isEnabled()
            finally:
                await tab.shutdown()
                await tasks.shutdown()
                tasks.ledger.close()
                tasks.library.close()
                ctx.extras["assets"].store.close()
                await ctx.client.aclose()
                tab.deleteLater()
        qloop.run_until_complete(scenario())
    finally:
        monkeypatch.undo()
        assert multimedia.multimedia_support(refresh=True).available


def test_playback_can_be_switched_off_by_an_administrator(qapp, monkeypatch):
    monkeypatch.setenv(multimedia.DISABLE_ENV, "1")
    try:
        support = multimedia.multimedia_support(refresh=True)
        assert not support.available and multimedia.DISABLE_ENV in support.reason
        p = VideoPlayer(support=support)
        assert not p.available and p.stage_page() == "unavailable"
        p.deleteLater()
    finally:
        monkeypatch.delenv(multimedia.DISABLE_ENV)
        assert multimedia.multimedia_support(refresh=True).available


def test_notification_only_for_long_tasks_while_the_window_is_not_in_front(qapp):
    from PySide6.QtWidgets import QWidget
    from globalai_desktop.services.notify import Notifier

    win = QWidget()
    n = Notifier(window=lambda: win, long_task_s=30)
    shown = []
    n.shown.connect(lambda title, msg, channel: shown.append((title, msg, channel)))
    assert n.task_finished("1", "Video ready", "A short one", elapsed_s=5) is None
    channel = n.task_finished("2", "Video ready", "A fox in the snow", elapsed_s=95)
    assert channel in ("tray", "alert")
    assert shown == [("Video ready", "A fox in the snow", channel)]
    n.close()
    win.deleteLater()


def test_end_of_clip_keeps_the_last_frame_and_play_starts_again(player, qloop):
    from PySide6.QtMultimedia import QMediaPlayer
    mp = player.media_player

    async def scenario():
        player.load(SAMPLE, "Sample clip")
        player.play()
        await until(lambda: mp.duration() > 0)
        player.seek(mp.duration() - 300)
        await until(lambda: mp.playbackState() == QMediaPlayer.PlaybackState.PausedState
                    and mp.position() > mp.duration() - 200, timeout=10)
        assert player.stage_page() == "video"
        player.play()                                     # from the start again
        await until(lambda: mp.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
        await until(lambda: 0 < mp.position() < 2000)

    qloop.run_until_complete(scenario())
