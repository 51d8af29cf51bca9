"""The Video tab: describe a video, follow it in the queue, watch and keep the result.

Layout: the form (left) · the player over History / Assets (centre) · the queue (right).

Contract:
- ``VideoTab(ctx, parent)``; ``await tab.shutdown()`` once at quit (idempotent).
- Services come from ``ctx.extras``: ``"tasks"`` (the shared TaskService), ``"assets"``
  (AssetRegistry), ``"notifier"`` (Notifier).  A service missing there is built here
  (``for_context``), started here and shut down here; one that was there already belongs
  to whoever put it there.
- ``use_reference_image(url)`` ("animate" from the Image tab) picks an image-to-video
  model and fills its first frame; it is also published as ``ctx.extras["video_tab_hook"]``.
- Every user action that talks to the server runs as an asyncio task kept by the tab, so
  shutdown can await it; failures go through ``ctx.errors`` (dialogs for key problems)
  or are shown next to the control, and never lose the typed prompt or a paid task.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel, QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from globalai_desktop.catalog import CatalogValidationError
from globalai_desktop.domain.media import TaskState
from globalai_desktop.services.assets import AssetRegistry
from globalai_desktop.services.notify import Notifier
from globalai_desktop.services.tasks import TaskService
from globalai_desktop.ui.widgets.catalog_text import issue_text
from globalai_desktop.ui.video import file_actions
from globalai_desktop.ui.video.assets_panel import AssetsPanel
from globalai_desktop.ui.video.form_panel import VideoFormPanel
from globalai_desktop.ui.video.history_panel import HistoryPanel
from globalai_desktop.ui.video.player import VideoPlayer
from globalai_desktop.ui.video.posters import PosterCache
from globalai_desktop.ui.video.queue_panel import QueuePanel

log = logging.getLogger("globalai.video.tab")

POSTER_CACHE = ("cache", "video_posters")
_FINISHED = (TaskState.DONE, TaskState.FAILED, TaskState.CANCELLED, TaskState.EXPIRED)


class VideoTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("videoTab")
        self.setAccessibleName(self.tr("Video"))
        self._jobs: set[asyncio.Task] = set()
        self._closed = False
        self._last_state: dict[int, TaskState] = {}

        self._own_tasks = "tasks" not in ctx.extras
        self.tasks = TaskService.for_context(ctx)
        self._own_assets = "assets" not in ctx.extras
        self.assets = AssetRegistry.for_context(ctx)
        self._own_notifier = "notifier" not in ctx.extras
        self.notifier = ctx.extras.get("notifier") or Notifier(window=lambda: self, parent=self)
        self.posters = PosterCache(Path(ctx.data_dir).joinpath(*POSTER_CACHE), parent=self)
        self._build()
        self._connect()
        self._select_default_model()

        for task in self.tasks.list("video"):
            self._last_state[task.id] = task.state
        self.queue.set_tasks(self.tasks.list("video"))
        ctx.extras["video_tab_hook"] = self.use_reference_image
        self._spawn(self._start())

    # ---- construction ------------------------------------------------------------

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 10)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("videoMainSplitter")
        split.setChildrenCollapsible(False)

        self.form_panel = VideoFormPanel(self.ctx.catalog, self.assets, split)
        self.form_panel.setMinimumWidth(320)
        split.addWidget(self.form_panel)

        centre = QSplitter(Qt.Orientation.Vertical, split)
        centre.setObjectName("videoCentreSplitter")
        centre.setChildrenCollapsible(False)
        player_box = QWidget(centre)
        pl = QVBoxLayout(player_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(4)
        self.player = VideoPlayer(player_box)
        pl.addWidget(self.player, 1)
        self.flash_label = QLabel(player_box)
        self.flash_label.setObjectName("videoTabMessage")
        self.flash_label.setAccessibleName(self.tr("Video tab message"))
        self.flash_label.setWordWrap(True)
        self.flash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pl.addWidget(self.flash_label)
        if not self.player.available:
            self.flash(self.player.unavailable_reason)
        centre.addWidget(player_box)

        self.lower_tabs = QTabWidget(centre)
        self.lower_tabs.setObjectName("videoLowerTabs")
        self.lower_tabs.setAccessibleName(self.tr("History and assets"))
        self.history = HistoryPanel(self.tasks.library, self.ctx.catalog, self.posters,
                                    self.lower_tabs)
        self.assets_panel = AssetsPanel(self.assets, self.ctx.errors, self.lower_tabs)
        self.lower_tabs.addTab(self.history, self.tr("History"))
        self.lower_tabs.addTab(self.assets_panel, self.tr("Assets"))
        centre.addWidget(self.lower_tabs)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 2)
        split.addWidget(centre)

        queue_box = QWidget(split)
        ql = QVBoxLayout(queue_box)
        ql.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Queue"), queue_box)
        title.setObjectName("videoQueueTitle")
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        title.setFont(f)
        ql.addWidget(title)
        self.queue = QueuePanel(self.ctx.catalog, self.posters, queue_box)
        ql.addWidget(self.queue, 1)
        queue_box.setMinimumWidth(340)
        split.addWidget(queue_box)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)
        split.setSizes([370, 640, 400])
        lay.addWidget(split)
        self.setTabOrder(self.form_panel, self.player)
        self.setTabOrder(self.player, self.queue)

    def _connect(self) -> None:
        t = self.tasks
        t.task_added.connect(self._task_changed)
        t.task_changed.connect(self._task_changed)
        t.task_removed.connect(self.queue.remove_task)
        t.media_saved.connect(self._media_saved)

        self.form_panel.generate_requested.connect(
            lambda fid, mid, params: self._spawn(self._submit(fid, mid, params)))
        q = self.queue
        q.open_requested.connect(self.open_task)
        q.reveal_requested.connect(self._reveal_task)
        q.stop_requested.connect(lambda tid: self._spawn(self._call(
            t.stop_tracking(tid), self.tr("stop tracking the task"))))
        q.resume_requested.connect(lambda tid: self._spawn(self._call(
            t.resume_tracking(tid), self.tr("check on the task"))))
        q.resubmit_requested.connect(self._confirm_resubmit)
        q.remove_requested.connect(lambda tid: self._spawn(self._call(
            t.remove(tid), self.tr("remove the task"))))

        h = self.history
        h.play_requested.connect(lambda rec: self.play_file(rec.path, rec.prompt))
        h.reuse_requested.connect(lambda rec: self.form_panel.reuse(
            rec.family_id, rec.model, dict(rec.params or {}, prompt=rec.prompt)))
        h.reveal_requested.connect(lambda rec: file_actions.reveal_in_folder(Path(rec.path)))
        h.deleted.connect(self._history_deleted)

        self.player.poster_frame_chosen.connect(self.posters.set_poster_at)
        self.player.message.connect(self.flash)
        self.assets_panel.use_requested.connect(self._use_asset)
        self.notifier.activated.connect(self._notification_clicked)

    def _select_default_model(self) -> None:
        """The model chosen in Settings ("video.default_model"); empty = the catalog's first."""
        try:
            model = self.ctx.settings.get("video.default_model") if self.ctx.settings else ""
        except Exception:       # an older settings schema without the key
            model = ""
        fam = self.ctx.catalog.family_for_model(model) if model else None
        if fam is not None:
            self.form_panel.form.set_model(model, fam.id)

    async def _start(self) -> None:
        if self._own_tasks:
            await self.tasks.start()
        if self._own_assets:
            self.assets.start()
        await self.history.reload()

    # ---- public API ----------------------------------------------------------------

    def use_reference_image(self, url: str) -> bool:
        """Animate an image: fill the first frame of an image-to-video model with ``url``."""
        ok = self.form_panel.use_reference_image(url)
        if ok:
            self.form_panel.form.setFocus()
        return ok

    def open_task(self, task_id: int) -> None:
        task = self.tasks.get(task_id)
        if task is not None and task.kind == "video" and task.media_path:
            self.play_file(task.media_path, task.prompt)

    def play_file(self, path: str, title: str = "") -> None:
        if not Path(path).exists():
            self.flash(self.tr("The file is no longer there: {0}").format(path))
            return
        self.player.load(path, title, autoplay=True)
        self.history.select_path(path)

    def flash(self, text: str) -> None:
        self.flash_label.setText(text)

    async def shutdown(self) -> None:
        """Stop playback and every job of this tab; shut down the services it owns."""
        if self._closed:
            return
        self._closed = True
        if self.ctx.extras.get("video_tab_hook") == self.use_reference_image:
            self.ctx.extras.pop("video_tab_hook", None)
        jobs = [j for j in self._jobs if not j.done()]
        for j in jobs:
            j.cancel()
        if jobs:
            await asyncio.gather(*jobs, return_exceptions=True)
        await self.player.shutdown()
        await self.posters.shutdown()
        await self.history.shutdown()
        await self.assets_panel.shutdown()
        if self._own_tasks:
            await self.tasks.shutdown()
        if self._own_assets:
            await self.assets.shutdown()
        if self._own_notifier:
            self.notifier.close()

    # ---- task events ---------------------------------------------------------------

    def _task_changed(self, task) -> None:
        if task.kind != "video":
            return
        before = self._last_state.get(task.id)
        self._last_state[task.id] = task.state
        self.queue.upsert(task)
        if before is not None and before.active and task.state in _FINISHED:
            self._finished(task)

    def _finished(self, task) -> None:
        ok = task.state is TaskState.DONE
        title = self.tr("Video ready") if ok else {
            TaskState.FAILED: self.tr("Video failed"),
            TaskState.CANCELLED: self.tr("Video cancelled"),
            TaskState.EXPIRED: self.tr("Video expired")}.get(task.state, self.tr("Video"))
        text = task.prompt[:120] if ok else (task.message or task.prompt[:120])
        self.notifier.task_finished(f"video:{task.id}", title, text, task.elapsed(), ok=ok)
        if ok and task.media_path and self.player.current_path is None:
            self.player.load(task.media_path, task.prompt)   # ready to play, not autoplayed

    def _media_saved(self, rec) -> None:
        self.history.add_record(rec)

    def _history_deleted(self, rec) -> None:
        if self.player.current_path is not None and str(self.player.current_path) == rec.path:
            self.player.load(None)

    def _reveal_task(self, task_id: int) -> None:
        task = self.tasks.get(task_id)
        if task is not None and task.media_path:
            file_actions.reveal_in_folder(Path(task.media_path))

    def _notification_clicked(self, key: str) -> None:
        # The notifier is shared with the Image tab: only "video:<id>" keys are ours.
        kind, _, ident = key.partition(":")
        if kind == "video" and ident.isdigit():
            self.open_task(int(ident))
            self.window().raise_()

    def _use_asset(self, asset_id: str) -> None:
        if self.form_panel.insert_asset(asset_id):
            self.flash(self.tr("asset://{0} is in the form.").format(asset_id))

    def _confirm_resubmit(self, task_id: int) -> None:
        task = self.tasks.get(task_id)
        if task is None:
            return
        text = self.tr("Send the same request again as a new task?\n\n"
                       "It is generated and billed again.")
        if task.state is TaskState.OUTCOME_UNKNOWN:
            text += "\n\n" + self.tr("The first request may exist on the server and may be "
                                     "billed; check your account first.")
        answer = QMessageBox.question(self, self.tr("Resubmit video"), text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.resubmit(task_id)

    def resubmit(self, task_id: int) -> asyncio.Task:
        """Resubmit without asking (the caller confirmed)."""
        return self._spawn(self._call(self.tasks.resubmit(task_id),
                                      self.tr("resubmit the video")))

    # ---- jobs ----------------------------------------------------------------------

    def _spawn(self, coro) -> asyncio.Task:
        job = asyncio.ensure_future(coro)
        self._jobs.add(job)
        job.add_done_callback(self._jobs.discard)
        return job

    async def _call(self, coro, action: str):
        try:
            return await coro
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.ctx.errors.report(exc, action=action)
            return None

    async def _submit(self, family_id: str, model: str, params: dict) -> None:
        self.form_panel.set_busy(True)
        try:
            task = await self.tasks.submit(family_id, model, params, kind="video")
        except asyncio.CancelledError:
            raise
        except CatalogValidationError as exc:
            self.form_panel.say(" ".join(issue_text(i) for i in exc.issues))
            return
        except Exception as exc:
            self.form_panel.say(self.tr("The video was not sent. Your prompt and settings "
                                        "are kept."))
            self.ctx.errors.report(exc, action=self.tr("start the video"))
            return
        finally:
            self.form_panel.set_busy(False)
        if task.state is TaskState.FAILED:
            self.form_panel.say(task.message)
        elif task.state is TaskState.OUTCOME_UNKNOWN:
            self.form_panel.say(task.message)
        else:
            self.form_panel.say(self.tr("Sent. Follow it in the queue; you can keep working."))
