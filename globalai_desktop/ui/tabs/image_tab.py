"""Image tab: generate with Nano Banana or GPT Image 2, follow tasks, browse and reuse results.

Layout: the form (model, prompt, the model's own fields) and Generate on the left; on the
right a search field, the task strip and the gallery beside the preview.

Contract with the rest of the app:

- ``ImageTab(ctx, parent)``; ``await tab.shutdown()`` once at quit.
- Uses the app's :class:`TaskService` from ``ctx.extras["tasks"]`` (built there on first
  use when the shell has not) and starts it (resuming unfinished tasks; idempotent).
- "Animate" hands the image's server link to the Video tab: it emits
  ``animate_requested(url)``, calls ``ctx.extras["video_tab_hook"](url)`` (published by the
  Video tab) and brings the tab named ``videoTab`` to the front.
- One click on Generate creates at most one task: the button is disabled from the click
  until the create call has answered, and a second click in between is ignored.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QScrollArea, QSplitter,
    QTabWidget, QVBoxLayout, QWidget)

from globalai_desktop.catalog import CatalogValidationError
from globalai_desktop.domain.media import TaskState
from globalai_desktop.services.tasks import TaskService
from globalai_desktop.services.thumbnails import ThumbnailService
from globalai_desktop.storage.media_library import MediaRecord
from globalai_desktop.storage.tasks import TaskRecord
from globalai_desktop.ui.image.actions import ImageActions
from globalai_desktop.ui.image.gallery import GalleryView
from globalai_desktop.ui.image.gallery_model import GalleryModel
from globalai_desktop.ui.image.preview import ImagePreview
from globalai_desktop.ui.image.task_strip import TaskStrip
from globalai_desktop.ui.widgets.catalog_form import CatalogForm
from globalai_desktop.ui.widgets.catalog_text import catalog_tr, setting_text

log = logging.getLogger("globalai.ui.image")

FILTER_DELAY_MS = 200
LEFT_PANEL_WIDTH = 360
STRIP_AT_START = 12            # recent tasks considered for the strip when the tab opens
# Palette references only (the theme owns the colours): Generate is the primary action.
GENERATE_STYLE = """
QPushButton#generateButton {
    background: palette(highlight); color: palette(highlighted-text);
    border: none; border-radius: 6px; font-weight: 600; padding: 8px 16px;
}
QPushButton#generateButton:hover { background: palette(link); }
QPushButton#generateButton:disabled { background: palette(mid); color: palette(window); }
"""


class ImageTab(QWidget):
    animate_requested = Signal(str)          # the image's server URL
    gallery_loaded = Signal(int)             # rows shown after a (re)load

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("imageTab")
        self.setAccessibleName(self.tr("Image"))
        self._owns_service = "tasks" not in ctx.extras
        self.tasks: TaskService = TaskService.for_context(ctx)
        self.library = self.tasks.library
        self.thumbnails = ThumbnailService(ctx.data_dir / "thumbnails", parent=self)
        self._submitting = False
        self._jobs: set[asyncio.Future] = set()
        self._filter_text = ""

        self._build()
        self.actions = ImageActions(self, self.library, self.preview.loader,
                                    self.gallery.selected_records)
        self._wire()
        # Running tasks and ones that need a decision; finished images are in the gallery.
        for task in reversed(self.tasks.list("image")[:STRIP_AT_START]):
            if task.state is not TaskState.DONE and task.state is not TaskState.UNTRACKED:
                self.strip.update_task(task)
        QTimer.singleShot(0, self._start)

    # --- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("imageSplitter")
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter)

        left = QWidget(self.splitter)
        left.setObjectName("imageFormPanel")
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(12, 12, 12, 12)
        left_lay.setSpacing(10)
        title = QLabel(self.tr("Create an image"), left)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        left_lay.addWidget(title)
        self.form = CatalogForm(self.ctx.catalog.image_families(), left)
        scroll = QScrollArea(left)
        scroll.setObjectName("imageFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.form)
        left_lay.addWidget(scroll, 1)
        self.generate_button = QPushButton(self.tr("Generate"), left)
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setAccessibleName(self.tr("Generate image"))
        self.generate_button.setToolTip(self.tr("Send the prompt (Ctrl+Enter)"))
        self.generate_button.setDefault(True)
        self.generate_button.setMinimumHeight(40)
        self.generate_button.setStyleSheet(GENERATE_STYLE)
        left_lay.addWidget(self.generate_button)
        self.status = QLabel(left)
        self.status.setObjectName("imageStatus")
        self.status.setWordWrap(True)
        self.status.setEnabled(False)
        left_lay.addWidget(self.status)
        left.setMinimumWidth(300)

        right = QWidget(self.splitter)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 8, 8, 0)
        right_lay.setSpacing(8)
        bar = QHBoxLayout()
        self.search = QLineEdit(right)
        self.search.setObjectName("gallerySearch")
        self.search.setAccessibleName(self.tr("Filter images by prompt"))
        self.search.setPlaceholderText(self.tr("Filter by prompt…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(right)
        self.count_label.setObjectName("galleryCount")
        self.count_label.setEnabled(False)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        right_lay.addLayout(bar)
        self.strip = TaskStrip(right)
        right_lay.addWidget(self.strip)
        self.view_split = QSplitter(Qt.Horizontal, right)
        self.view_split.setObjectName("galleryPreviewSplitter")
        self.model = GalleryModel(self.thumbnails, self)
        self.gallery = GalleryView(self.model, self.view_split)
        self.preview = ImagePreview(self.view_split)
        self.preview.field_label = self._field_label
        self.preview.value_text = self._value_text
        self.view_split.setStretchFactor(0, 1)
        self.view_split.setStretchFactor(1, 1)
        self.view_split.setSizes([540, 480])
        self.preview.setMinimumWidth(360)
        right_lay.addWidget(self.view_split, 1)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LEFT_PANEL_WIDTH, 1000])

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)

    def _wire(self) -> None:
        self.generate_button.clicked.connect(self.generate)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(keys), self)
            sc.activated.connect(self.generate)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self._filter_timer.timeout.connect(lambda: self._spawn(self.reload_gallery()))
        self.gallery.selectionModel().selectionChanged.connect(self._on_selection)
        self.gallery.opened.connect(self.preview.show_record)
        self.gallery.context_requested.connect(self._context_menu)
        self.preview.set_record_actions(
            [self.actions.save_as, self.actions.copy, self.actions.open_folder, self.actions.delete],
            [self.actions.reuse, self.actions.reference, self.actions.animate])
        self.actions.reuse_requested.connect(self.reuse)
        self.actions.reference_requested.connect(self.use_as_reference)
        self.actions.animate_requested.connect(self.animate)
        self.actions.deleted.connect(self._on_deleted)
        self.actions.message.connect(self.status.setText)
        self.strip.action.connect(self._on_task_action)
        self.tasks.task_added.connect(self._on_task)
        self.tasks.task_changed.connect(self._on_task)
        self.tasks.task_removed.connect(self.strip.remove_task)
        self.tasks.media_saved.connect(self._on_media_saved)

    def _start(self) -> None:
        self._spawn(self.tasks.start())
        self._spawn(self.reload_gallery(select_first=True))

    # --- generating -----------------------------------------------------------------------------
    def generate(self) -> None:
        """Generate clicked: send one task (ignored while one is being sent)."""
        if self._submitting:
            return
        if not self.form.reveal_issues():
            self.status.setText(self.tr("Fix the settings above, then press Generate."))
            return
        self._submitting = True
        self.generate_button.setEnabled(False)
        self.generate_button.setText(self.tr("Sending…"))
        self._spawn(self._submit(self.form.family_id(), self.form.model_id(), self.form.params()))

    async def _submit(self, family_id: str, model: str, params: dict) -> TaskRecord | None:
        try:
            task = await self.tasks.submit(family_id, model, params, kind="image")
        except CatalogValidationError as exc:
            self.status.setText(str(exc))
            return None
        finally:
            self._submitting = False
            self.generate_button.setEnabled(True)
            self.generate_button.setText(self.tr("Generate"))
        if task.state in (TaskState.FAILED, TaskState.OUTCOME_UNKNOWN):
            self.status.setText(task.message)
        else:
            self.status.setText(self.tr("Sent. The image appears in the gallery when it is ready."))
        return task

    # --- tasks ----------------------------------------------------------------------------------
    def _on_task(self, task: TaskRecord) -> None:
        if task.kind == "image":
            self.strip.update_task(task)

    def _on_task_action(self, name: str, task_id: int) -> None:
        task = self.tasks.get(task_id)
        if task is None:
            return
        if name == "show" and task.media_id is not None:
            self.search.clear()
            self.gallery.select_id(task.media_id)
        elif name == "stop":
            self._spawn(self.tasks.stop_tracking(task_id))
        elif name == "resume":
            self._spawn(self.tasks.resume_tracking(task_id))
        elif name == "resubmit":
            self._spawn(self.tasks.resubmit(task_id))
        elif name == "dismiss":
            self.strip.remove_task(task_id)

    def _on_media_saved(self, record: MediaRecord) -> None:
        if record.kind != "image":
            return
        if not self._filter_text or self._filter_text.casefold() in record.prompt.casefold():
            self.model.prepend(record)
            self._update_count()
            if self.preview.record is None:
                self.gallery.select_id(record.id)

    # --- gallery --------------------------------------------------------------------------------
    async def reload_gallery(self, *, select_first: bool = False) -> int:
        """Re-read the library (off the GUI thread) with the current filter."""
        text = self.search.text().strip()
        records = await asyncio.to_thread(self.library.list, "image", text=text)
        self._filter_text = text
        self.model.set_records(records)
        self._update_count()
        if select_first and records and self.preview.record is None:
            self.gallery.select_id(records[0].id)
        self.gallery_loaded.emit(len(records))
        return len(records)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("1 image") if n == 1 else self.tr("{n} images").format(n=n))

    def _on_selection(self, *_: Any) -> None:
        records = self.gallery.selected_records()
        if len(records) == 1 and (self.preview.record is None
                                  or self.preview.record.id != records[0].id):
            self.preview.show_record(records[0])
        self.actions.update_enabled()

    def _context_menu(self, record: MediaRecord, pos: Any) -> None:
        menu = QMenu(self)
        menu.setObjectName("galleryMenu")
        for act in self.actions.all:
            if act is self.actions.reuse or act is self.actions.delete:
                menu.addSeparator()
            menu.addAction(act)
        self.actions.update_enabled()
        menu.popup(pos)

    def _on_deleted(self, record: MediaRecord) -> None:
        self.model.remove_id(record.id)
        self._update_count()
        if self.preview.record is not None and self.preview.record.id == record.id:
            self.preview.clear()
        self.actions.update_enabled()

    # --- reuse, reference, animate --------------------------------------------------------------------
    def reuse(self, record: MediaRecord) -> None:
        """Fill the form with ``record``'s model, prompt and settings."""
        params = dict(record.params)
        params.setdefault("prompt", record.prompt)
        if self.form.set_params(record.family_id, record.model, params):
            self.status.setText(self.tr("Prompt and settings restored."))
        else:
            self.status.setText(self.tr("The model {model} is no longer offered; only the "
                                        "prompt was restored.").format(model=record.model))
            self.form.set_value("prompt", record.prompt)

    def use_as_reference(self, record: MediaRecord) -> None:
        if not record.source_url_valid():
            self.status.setText(self.tr("This image's server link has expired, so it cannot "
                                        "be used as a reference."))
            return
        if self.form.add_reference_url(record.source_url):
            self.status.setText(self.tr("Added as a reference image."))
        else:
            self.status.setText(self.tr("This model's reference list is full or it takes no "
                                        "reference images."))

    def animate(self, record: MediaRecord) -> None:
        url = record.source_url
        if not url or not record.source_url_valid():
            self.status.setText(self.tr("This image's server link has expired, so it cannot "
                                        "be sent to the Video tab."))
            return
        self.animate_requested.emit(url)
        hook = self.ctx.extras.get("video_tab_hook")
        if not callable(hook):
            self.status.setText(self.tr("The Video tab is not available."))
            return
        if hook(url) is False:
            self.status.setText(self.tr("The Video tab could not take this image."))
            return
        self._show_sibling_tab("videoTab")

    def _show_sibling_tab(self, object_name: str) -> None:
        """Bring the main window's tab with ``object_name`` to the front, if there is one."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is None:
            return
        for i in range(parent.count()):
            if parent.widget(i).objectName() == object_name:
                parent.setCurrentIndex(i)
                return

    def _field_spec(self, family_id: str, model: str, name: str) -> Any:
        try:
            specs = self.ctx.catalog.family(family_id).fields_for(model)
        except (KeyError, AttributeError):
            return None
        return next((s for s in specs if s.name == name), None)

    def _field_label(self, family_id: str, model: str, name: str) -> str:
        """The catalog's label of a stored setting, translated (its logical name if unknown)."""
        spec = self._field_spec(family_id, model, name)
        return catalog_tr(spec.label) if spec is not None else name

    def _value_text(self, family_id: str, model: str, name: str, value: Any) -> str:
        """A stored setting's value in words ("High", "On"), as the form names it."""
        return setting_text(self._field_spec(family_id, model, name), value)

    # --- plumbing -------------------------------------------------------------------------------
    def _spawn(self, coro: Any) -> asyncio.Future:
        job = asyncio.ensure_future(coro)
        self._jobs.add(job)
        job.add_done_callback(self._job_done)
        return job

    def _job_done(self, job: asyncio.Future) -> None:
        self._jobs.discard(job)
        if not job.cancelled() and job.exception() is not None:
            exc = job.exception()
            log.warning("image tab job failed: %r", exc)
            if self.ctx.errors is not None:
                self.ctx.errors.report(exc, action=self.tr("finish the image action"))

    async def wait_idle(self) -> None:
        """Await the tab's own running jobs (tests; shutdown)."""
        while self._jobs:
            await asyncio.gather(*list(self._jobs), return_exceptions=True)
        await self.actions.wait_idle()

    async def shutdown(self) -> None:
        """Cancel and await this tab's running jobs (called once at quit).

        Qt may already have destroyed the widgets (the window went first); the jobs,
        workers and the service are still stopped then."""
        if shiboken6.isValid(self._filter_timer):
            self._filter_timer.stop()
        if shiboken6.isValid(self.strip) and shiboken6.isValid(self.strip.timer):
            self.strip.timer.stop()
        for job in list(self._jobs):
            job.cancel()
        await asyncio.gather(*list(self._jobs), return_exceptions=True)
        await self.actions.wait_idle()
        self.thumbnails.shutdown()
        self.preview.loader.wait()
        if self._owns_service:
            await self.tasks.shutdown()
