"""TaskService: submit, poll, download and resume image and video generation tasks.

One instance per app, shared by the Image and Video tabs (``ctx.extras["tasks"]``).

Promises (see also :mod:`globalai_desktop.storage.tasks`):

- ``submit`` writes the task to the ledger (state ``SUBMITTING``) *before* the create
  request is sent, stores the server id and state ``QUEUED`` before the first poll, and
  never sends the same request twice.  A create whose outcome is unknown becomes
  ``OUTCOME_UNKNOWN`` (it may exist and may be billed); a rejected create becomes
  ``FAILED`` with the server's reason, its prompt and settings kept for an explicit
  :meth:`resubmit`.
- Polling (``GET /v1/result/{id}``) follows the family's interval from the catalog, never
  faster than its minimum, with jitter, a gentle slowdown for long tasks and exponential
  backoff on errors; ``Retry-After`` is honoured; at most ``max_concurrent_polls`` polls are
  in flight at once.  Network loss pauses a task (``paused=True``, words in ``message``)
  and polling carries on when the network returns.  A rejected key pauses it and reports
  once through ``ctx.errors``; the dialog's Retry resumes it.
- On ``completed`` the result is downloaded at once into ``media_dir()/images`` or
  ``/videos`` (streamed, type and size checked, atomic rename by the client), recorded in
  the media library, and only then the task is ``DONE``.
- ``start()`` resumes every unfinished task; a task past its result lifetime, or unknown
  to the server (404), or whose download link is refused (403/404/410) is ``EXPIRED``.
- ``shutdown()`` cancels and awaits every poller; states stay resumable.

Signals carry immutable :class:`~globalai_desktop.storage.tasks.TaskRecord` snapshots.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from globalai_desktop.api.errors import (
    APIConnectionError, AuthenticationError, CreateOutcomeUnknownError, DownloadError,
    GlobalAIError, InsufficientBalanceError, NotFoundError, PermissionDeniedError,
    RateLimitedError, redact)
from globalai_desktop.domain.media import RemoteStatus, TaskResult, TaskState
from globalai_desktop.services import task_files, task_timing as timing
from globalai_desktop.services.task_timing import JITTER  # noqa: F401  (re-exported)
from globalai_desktop.storage.media_library import MediaLibrary, MediaRecord
from globalai_desktop.storage.tasks import TaskLedger, TaskRecord

log = logging.getLogger("globalai.tasks")

DOWNLOAD_ATTEMPTS = 5            # network failures while saving a result, then give up
CREATE_GRACE_S = 5.0             # at quit, let an in-flight create answer this long
PROGRESS_EMIT_STEP = 0.05        # download progress is signalled per 5 %


class TaskService(QObject):
    task_added = Signal(object)      # TaskRecord
    task_changed = Signal(object)    # TaskRecord (state, progress, message, paused…)
    task_removed = Signal(int)       # ledger id
    media_saved = Signal(object)     # MediaRecord of a freshly downloaded result

    def __init__(self, client: Any, catalog: Any, ledger: TaskLedger, library: MediaLibrary,
                 media_dir: Callable[[], Path], *, errors: Any = None,
                 parent: QObject | None = None, max_concurrent_polls: int = 4,
                 poll_scale: float = 1.0) -> None:
        super().__init__(parent)
        self.client = client
        self.catalog = catalog
        self.ledger = ledger
        self.library = library
        self.media_dir = media_dir
        self.errors = errors
        self.poll_scale = poll_scale
        self._poll_slots = asyncio.Semaphore(max_concurrent_polls)
        self._tasks: dict[int, TaskRecord] = {t.id: t for t in ledger.list()}
        self._pollers: dict[int, asyncio.Task] = {}
        self._creates: set[asyncio.Task] = set()
        self._closed = False
        self._started = False

    @classmethod
    def for_context(cls, ctx: Any, **kw: Any) -> "TaskService":
        """The app's TaskService: ``ctx.extras["tasks"]``, built there on first use."""
        service = ctx.extras.get("tasks")
        if service is None:
            service = cls(ctx.client, ctx.catalog, TaskLedger.in_folder(ctx.data_dir),
                          MediaLibrary.in_folder(ctx.data_dir), ctx.media_dir,
                          errors=ctx.errors, **kw)
            ctx.extras["tasks"] = service
        return service

    # --- queries --------------------------------------------------------------------------
    def list(self, kind: str | None = None) -> list[TaskRecord]:
        """Every task in the ledger (newest first), optionally of one kind."""
        tasks = [t for t in self._tasks.values() if kind is None or t.kind == kind]
        return sorted(tasks, key=lambda t: (t.created_at, t.id), reverse=True)

    def get(self, task_id: int) -> TaskRecord | None:
        return self._tasks.get(task_id)

    def is_tracking(self, task_id: int) -> bool:
        job = self._pollers.get(task_id)
        return job is not None and not job.done()

    # --- life cycle -----------------------------------------------------------------------
    async def start(self) -> None:
        """Resume every task that was running when the app last stopped (once; idempotent)."""
        if self._started or self._closed:
            return
        self._started = True
        for task in await asyncio.to_thread(self.ledger.unfinished):
            if task.state is TaskState.SUBMITTING and not task.remote_id:
                await self._save(task, state=TaskState.OUTCOME_UNKNOWN, finished_at=time.time(),
                                 message=self._outcome_unknown_text(closed=True))
            elif task.remote_id:
                self._track(task, first_delay=0.0)

    async def shutdown(self) -> None:
        """Cancel and await pollers and downloads; every task stays resumable.  Idempotent."""
        self._closed = True
        if self._creates:
            await asyncio.wait(set(self._creates), timeout=CREATE_GRACE_S)
        jobs = [j for j in (*self._pollers.values(), *self._creates) if not j.done()]
        for job in jobs:
            job.cancel()
        if jobs:
            await asyncio.gather(*jobs, return_exceptions=True)
        self._pollers.clear()

    # --- user actions ---------------------------------------------------------------------
    async def submit(self, family_id: str, model: str, params: dict, *,
                     kind: str | None = None) -> TaskRecord:
        """Validate, record, then send one create request; returns the task as it stands.

        Raises ``CatalogValidationError`` (nothing written, nothing sent) when the form's
        values are invalid; every other failure is recorded on the returned task.
        """
        family = self.catalog.family(family_id)
        body = family.build_body(model, params)
        return await self._submit_body(family_id, model, family.path, params, body,
                                       kind or family.kind)

    async def resubmit(self, task_id: int) -> TaskRecord:
        """Send the stored request of ``task_id`` again as a NEW task (explicit only)."""
        old = self._require(task_id)
        return await self._submit_body(old.family_id, old.model, old.path, old.params,
                                       old.body, old.kind, resubmitted_from=old.id)

    async def stop_tracking(self, task_id: int) -> TaskRecord:
        """Stop polling a task and mark it untracked (its row and files stay).

        A task still being sent is left alone: its id is not known yet.
        """
        task = self._require(task_id)
        if task.state is TaskState.SUBMITTING:
            return task
        await self._cancel_poller(task_id)
        if task.state.active:
            task = await self._save(self._tasks[task_id], state=TaskState.UNTRACKED,
                                    paused=False, finished_at=time.time(),
                                    message=self.tr("You stopped tracking this task."))
        return task

    async def resume_tracking(self, task_id: int) -> TaskRecord:
        """Poll again a task that has a server id and is not finished (never resubmits)."""
        task = self._require(task_id)
        if not task.remote_id or task.state in (TaskState.DONE, TaskState.EXPIRED):
            return task
        if not task.state.active:           # untracked (or a failed download): poll again
            task = await self._save(task, state=TaskState.QUEUED, paused=False,
                                    finished_at=None, message="")
        elif task.paused:
            task = await self._save(task, paused=False, message="")
        if not self.is_tracking(task_id):
            self._track(task, first_delay=0.0)
        return task

    async def remove(self, task_id: int) -> None:
        """Forget a task (stops polling first).  Saved media stay in the library."""
        task = self._require(task_id)
        if task.state is TaskState.SUBMITTING:
            raise RuntimeError("a task cannot be removed while it is being sent")
        await self._cancel_poller(task_id)
        await asyncio.to_thread(self.ledger.delete, task_id)
        self._tasks.pop(task_id, None)
        self.task_removed.emit(task_id)

    # --- submitting -----------------------------------------------------------------------
    async def _submit_body(self, family_id: str, model: str, path: str, params: dict,
                           body: dict, kind: str, **extra: Any) -> TaskRecord:
        if self._closed:
            raise RuntimeError("the task service has been shut down")
        family = self._family(family_id)
        lifetime = getattr(family, "result_lifetime_s", None) if family else None
        task = await asyncio.to_thread(
            self.ledger.insert, kind=kind, family_id=family_id, model=model, path=path,
            prompt=str(params.get("prompt") or body.get("prompt") or ""), params=params,
            body=body, state=TaskState.SUBMITTING,
            lifetime_s=float(lifetime) if lifetime else None,
            message=self.tr("Sending…"), **extra)
        self._tasks[task.id] = task
        self.task_added.emit(task)
        job = asyncio.ensure_future(self._create(task))
        self._creates.add(job)
        try:
            # shield: a caller that gives up waiting must not cancel a create in flight.
            return await asyncio.shield(job)
        finally:
            if job.done():
                self._creates.discard(job)
            else:
                job.add_done_callback(self._creates.discard)

    async def _create(self, task: TaskRecord) -> TaskRecord:
        try:
            created = await self.client.create_task(task.path, task.body)
        except asyncio.CancelledError:
            # Quitting mid-create: the request may have reached the server.  Written
            # synchronously because the loop is going away.
            self._tasks[task.id] = self.ledger.update(
                task.id, state=TaskState.OUTCOME_UNKNOWN, finished_at=time.time(),
                message=self._outcome_unknown_text(closed=True))
            raise
        except CreateOutcomeUnknownError as exc:
            log.warning("create outcome unknown for task %s: %s", task.id, exc)
            return await self._save(task, state=TaskState.OUTCOME_UNKNOWN, finished_at=time.time(),
                                    message=self._outcome_unknown_text(closed=False))
        except GlobalAIError as exc:
            return await self._create_rejected(task, exc)
        task = await self._save(task, state=self._state_for(created.status, TaskState.QUEUED),
                                remote_id=created.id, remote_status=created.status.value,
                                submitted_at=time.time(), message="")
        self._track(task, first_delay=None)
        return task

    async def _create_rejected(self, task: TaskRecord, exc: GlobalAIError) -> TaskRecord:
        if isinstance(exc, APIConnectionError):
            text = self.tr("Could not reach the server, so nothing was sent. "
                           "Check the connection and press Resubmit.")
        else:
            text = self.tr("The server refused the request: {reason}").format(reason=exc.message)
        task = await self._save(task, state=TaskState.FAILED, finished_at=time.time(), message=text)
        if isinstance(exc, (AuthenticationError, PermissionDeniedError, InsufficientBalanceError)):
            # The dialog's "Retry" is the user's explicit request to send it again.
            self._report(exc, self.tr("start the generation"),
                         retry=lambda: asyncio.ensure_future(self.resubmit(task.id)))
        return task

    # --- polling ----------------------------------------------------------------------------
    def _track(self, task: TaskRecord, *, first_delay: float | None) -> None:
        if self._closed or self.is_tracking(task.id):
            return
        self._pollers[task.id] = asyncio.ensure_future(self._guarded_poll(task.id, first_delay))

    async def _guarded_poll(self, task_id: int, first_delay: float | None) -> None:
        try:
            await self._poll_loop(task_id, first_delay)
        except asyncio.CancelledError:
            raise
        except Exception as exc:   # a bug must not silently stop tracking a paid task
            log.exception("tracking task %s stopped unexpectedly", task_id)
            task = self._tasks.get(task_id)
            if task is not None:
                await self._save(task, paused=True, message=self.tr(
                    "Tracking stopped after an unexpected error ({reason}). "
                    "Use Resume to check it again.").format(reason=redact(exc)))

    async def _poll_loop(self, task_id: int, first_delay: float | None) -> None:
        errors = 0
        delay = first_delay
        while True:
            task = self._tasks.get(task_id)
            if task is None or not task.state.active or not task.remote_id:
                return
            if task.is_past_lifetime():
                await self._expire(task)
                return
            await asyncio.sleep(self._poll_delay(task) if delay is None else delay)
            delay = None
            task = self._tasks.get(task_id)
            if task is None or not task.state.active:
                return
            try:
                async with self._poll_slots:
                    result = await self.client.get_result(task.remote_id)
            except NotFoundError:
                await self._expire(self._tasks[task_id])
                return
            except (AuthenticationError, PermissionDeniedError, InsufficientBalanceError) as exc:
                await self._save(task, paused=True, message=self.tr(
                    "Paused: {reason} Polling resumes after you fix it.").format(reason=exc.message))
                self._report(exc, self.tr("check on the generation task"),
                             retry=lambda: asyncio.ensure_future(self.resume_tracking(task_id)))
                return
            except RateLimitedError as exc:
                errors += 1
                delay = timing.retry_after_delay(
                    exc.retry_after, self._error_backoff(task, errors),
                    self._family(task.family_id), task.kind, task.polls, self.poll_scale)
                await self._save(task, message=self.tr(
                    "The server asked to slow down; checking again in {s} s.").format(s=round(delay)))
                continue
            except APIConnectionError as exc:
                errors += 1
                delay = self._error_backoff(task, errors)
                log.info("poll of task %s failed (%s); retry in %.1fs", task_id, redact(exc), delay)
                await self._save(task, paused=True, message=self.tr(
                    "Network unavailable; the task is kept and checked again in {s} s.")
                    .format(s=max(1, round(delay))))
                continue
            except GlobalAIError as exc:
                errors += 1
                delay = self._error_backoff(task, errors)
                await self._save(task, message=self.tr(
                    "The server had a problem ({reason}); checking again in {s} s.")
                    .format(reason=exc.message, s=max(1, round(delay))))
                continue
            errors = 0
            if await self._apply_result(self._tasks.get(task_id), result):
                return

    async def _apply_result(self, task: TaskRecord | None, result: TaskResult) -> bool:
        """Record one poll; returns True when polling is over."""
        if task is None or not task.state.active:
            return True
        status = result.status
        base = {"remote_status": status.value, "polls": task.polls + 1, "paused": False}
        if status is RemoteStatus.COMPLETED:
            if not result.url:
                await self._save(task, **base, state=TaskState.FAILED, finished_at=time.time(),
                                 message=self.tr("The server said the task completed but sent no link to the result."))
                return True
            task = await self._save(task, **base, result_url=result.url, progress=100.0)
            await self._download(task, duration_s=result.actual_duration)
            return True
        if status is RemoteStatus.FAILED:
            reason = result.error or self.tr("The server reported a failure without a reason.")
            await self._save(task, **base, state=TaskState.FAILED, finished_at=time.time(),
                             message=self.tr("Failed: {reason}").format(reason=reason))
            return True
        if status is RemoteStatus.CANCELLED:
            await self._save(task, **base, state=TaskState.CANCELLED, finished_at=time.time(),
                             message=result.error or self.tr("The server cancelled this task."))
            return True
        new_state = self._state_for(status, task.state)
        changes = {**base, "state": new_state, "message": ""}
        if result.progress is not None:
            changes["progress"] = float(result.progress)
        if any(getattr(task, k) != v for k, v in changes.items() if k != "polls"):
            await self._save(task, **changes)
        else:       # nothing the user would see: count the poll in memory only
            self._tasks[task.id] = self._replace(task, polls=task.polls + 1)
        return False

    # --- downloading ------------------------------------------------------------------------
    async def _download(self, task: TaskRecord, *, duration_s: float | None = None) -> None:
        """Save ``task``'s result and record it; ``duration_s`` is the server's
        ``actualDuration`` for a video (kept in the library: the file's own length may differ)."""
        existing = await asyncio.to_thread(self.library.find_by_task, task.id)
        if existing is not None:      # saved before a crash, not yet marked done
            await self._finish(task, existing)
            return
        task = await self._save(task, state=TaskState.DOWNLOADING, message=self.tr("Saving…"))
        folder = self.media_dir() / ("images" if task.kind == "image" else "videos")
        dest = await asyncio.to_thread(task_files.destination, folder, task)
        last = [0.0]

        def progress(received: int, total: int | None) -> None:
            if total and received / total - last[0] >= PROGRESS_EMIT_STEP:
                last[0] = received / total
                current = self._tasks.get(task.id)
                if current is not None:
                    current = self._replace(current, progress=100.0 * last[0])
                    self._tasks[task.id] = current
                    self.task_changed.emit(current)

        for attempt in range(1, DOWNLOAD_ATTEMPTS + 1):
            try:
                saved = await self.client.download(task.result_url, dest, progress=progress,
                                                   expect=task.kind)
                break
            except DownloadError as exc:
                if exc.status_code in (403, 404, 410):
                    await self._expire(self._tasks[task.id])
                else:
                    await self._save(self._tasks[task.id], state=TaskState.FAILED,
                                     finished_at=time.time(), message=self.tr(
                                         "The result could not be saved: {reason}").format(reason=exc.message))
                return
            except APIConnectionError as exc:
                if attempt == DOWNLOAD_ATTEMPTS or not self._tasks[task.id].result_url_valid():
                    await self._save(self._tasks[task.id], state=TaskState.FAILED,
                                     finished_at=time.time(), message=self.tr(
                                         "The result could not be downloaded: {reason}").format(reason=exc.message))
                    return
                wait = self._error_backoff(task, attempt)
                await self._save(self._tasks[task.id], paused=True, message=self.tr(
                    "Network unavailable while saving; trying again in {s} s.").format(s=max(1, round(wait))))
                await asyncio.sleep(wait)
        task = self._tasks[task.id]
        record = await asyncio.to_thread(task_files.record_download, self.library, task,
                                         Path(saved), duration_s=duration_s)
        await self._finish(task, record)
        self.media_saved.emit(record)

    async def _finish(self, task: TaskRecord, record: MediaRecord) -> None:
        await self._save(task, state=TaskState.DONE, paused=False, finished_at=time.time(),
                         media_path=record.path, media_id=record.id, progress=100.0, message="")

    async def _expire(self, task: TaskRecord) -> None:
        await self._save(task, state=TaskState.EXPIRED, paused=False, finished_at=time.time(),
                         message=self.tr("Expired: the server no longer keeps this result "
                                         "(results are kept for a limited time, about a day)."))

    # --- helpers ------------------------------------------------------------------------------
    async def _save(self, task: TaskRecord, **changes: Any) -> TaskRecord:
        """Write ``changes`` to the ledger, keep the snapshot, and signal it."""
        try:
            updated = await asyncio.to_thread(self.ledger.update, task.id, **changes)
        except KeyError:          # removed meanwhile: nothing to show any more
            return self._replace(task, **changes)
        self._tasks[task.id] = updated
        self.task_changed.emit(updated)
        return updated

    @staticmethod
    def _replace(task: TaskRecord, **changes: Any) -> TaskRecord:
        return replace(task, **changes)

    def _require(self, task_id: int) -> TaskRecord:
        task = self._tasks.get(task_id)
        if task is None:
            raise KeyError(f"no task {task_id}")
        return task

    async def _cancel_poller(self, task_id: int) -> None:
        job = self._pollers.pop(task_id, None)
        if job is not None and not job.done():
            job.cancel()
            await asyncio.gather(job, return_exceptions=True)

    def _family(self, family_id: str) -> Any:
        try:
            return self.catalog.family(family_id)
        except (KeyError, AttributeError):
            return None

    def _poll_delay(self, task: TaskRecord) -> float:
        return timing.poll_delay(self._family(task.family_id), task.kind, task.polls,
                                 self.poll_scale)

    def _error_backoff(self, task: TaskRecord, errors: int) -> float:
        return timing.error_backoff(self._family(task.family_id), task.kind, errors,
                                    self.poll_scale)

    @staticmethod
    def _state_for(status: RemoteStatus, current: TaskState) -> TaskState:
        return {RemoteStatus.QUEUED: TaskState.QUEUED,
                RemoteStatus.PROCESSING: TaskState.PROCESSING}.get(
            status, current if current in (TaskState.QUEUED, TaskState.PROCESSING)
            else TaskState.QUEUED)

    def _outcome_unknown_text(self, *, closed: bool) -> str:
        if closed:
            return self.tr("The app closed while this request was being sent. The task may "
                           "exist on the server and may be billed; it was not sent again.")
        return self.tr("The request was sent but no answer came back. The task may exist on "
                       "the server and may be billed, so it was not sent again. Check your "
                       "account before you resubmit.")

    def _report(self, exc: BaseException, action: str, retry: Callable[[], Any] | None) -> None:
        if self.errors is not None:
            self.errors.report(exc, action=action, retry=retry)
        else:
            log.warning("%s: %s", action, redact(exc))
