"""Registered reference media (assets) for Seedance 2.0 and SD2 Manxue.

Faces and avatars used as reference media must be registered and pass the provider's
review before a task may use them (contract §9).  Two libraries exist:

- ``kyyvideo2`` (Seedance 2.0 library): one URL at a time (``upload_asset``), status per
  asset (``get_asset``), permanent delete (``delete_asset``).
- ``sd2_manxue``: batches of image/video/audio URLs (``sd2_upload_assets``), status of
  many ids at once (``sd2_asset_status``); no delete endpoint exists, so "remove" only
  forgets the asset here.

Contract:

- :class:`AssetStore` (Qt-free, thread-safe) keeps one row per registered asset in
  ``assets.db`` in the data folder, so the list survives restarts.
- :class:`AssetRegistry` (QObject) performs the calls, records every answer, and keeps
  checking assets under review every ``poll_s`` seconds for at most ``watch_s`` seconds
  after registration (or after the person presses Refresh).  Signals ``changed(record)``
  and ``removed(asset_id)``.  Calls raise ``GlobalAIError`` subclasses (or ``ValueError``
  for input that never leaves the machine); background checks report auth problems
  through ``errors.report`` and otherwise keep the asset, with words in ``message``.
- A record is usable in a generation request as ``asset://<asset_id>`` once its status
  is ``Active`` (:meth:`AssetRecord.reference`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from PySide6.QtCore import QObject, Signal

from globalai_desktop.api.errors import (
    APIConnectionError, AuthenticationError, GlobalAIError, InsufficientBalanceError,
    NotFoundError, PermissionDeniedError, redact)
from globalai_desktop.domain.media import AssetInfo, AssetStatus
from globalai_desktop.services.asset_store import (  # noqa: F401  (re-exported)
    ASSET_TYPES, KYY, LIBRARIES, REVIEW_POLL_S, REVIEW_WATCH_S, SD2, STORE_FILE_NAME,
    AssetRecord, AssetStore, BatchOutcome, _tr, check_public_url, guess_asset_type,
    library_for_family)

log = logging.getLogger("globalai.assets")

class AssetRegistry(QObject):
    changed = Signal(object)     # AssetRecord
    removed = Signal(str)        # asset id

    def __init__(self, client: Any, store: AssetStore, *, errors: Any = None,
                 poll_s: float = REVIEW_POLL_S, watch_s: float = REVIEW_WATCH_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.store = store
        self.errors = errors
        self.poll_s = poll_s
        self.watch_s = watch_s
        self._records: dict[str, AssetRecord] = {r.asset_id: r for r in store.list()}
        self._watcher: asyncio.Task | None = None
        self._closed = False

    @classmethod
    def for_context(cls, ctx: Any, **kw: Any) -> "AssetRegistry":
        """The app's registry: ``ctx.extras["assets"]``, built there on first use."""
        reg = ctx.extras.get("assets")
        if reg is None:
            reg = cls(ctx.client, AssetStore.in_folder(ctx.data_dir), errors=ctx.errors, **kw)
            ctx.extras["assets"] = reg
        return reg

    # ---- queries -------------------------------------------------------------------

    def list(self, library: str | None = None) -> list[AssetRecord]:
        recs = [r for r in self._records.values() if library is None or r.library == library]
        return sorted(recs, key=lambda r: (r.created_at, r.asset_id), reverse=True)

    def usable(self, library: str | None = None, asset_type: str | None = None) -> list[AssetRecord]:
        """Active assets (optionally of one library / type), newest first."""
        return [r for r in self.list(library)
                if r.active and (asset_type is None or r.asset_type == asset_type)]

    def get(self, asset_id: str) -> AssetRecord | None:
        return self._records.get(asset_id)

    # ---- life cycle ----------------------------------------------------------------

    def start(self) -> None:
        """Resume checking assets that were under review when the app last stopped."""
        self._ensure_watcher()

    async def shutdown(self) -> None:
        self._closed = True
        job, self._watcher = self._watcher, None
        if job is not None and not job.done():
            job.cancel()
            await asyncio.gather(job, return_exceptions=True)

    # ---- actions -------------------------------------------------------------------

    async def register(self, url: str, asset_type: str, name: str | None = None) -> AssetRecord:
        """Register one URL in the Seedance 2.0 library; the review is then followed."""
        url = check_public_url(url)
        asset_type = (asset_type or "").strip().capitalize()
        if asset_type not in ASSET_TYPES:
            raise ValueError(_tr("Choose the kind of media: {0}.").format(", ".join(ASSET_TYPES)))
        name = (name or "").strip() or Path(urlparse(url).path).name or url
        asset_id = await self.client.upload_asset(asset_type, url, name)
        now = time.time()
        rec = AssetRecord(asset_id=asset_id, library=KYY, asset_type=asset_type, name=name,
                          url=url, status=AssetStatus.PROCESSING.value,
                          message=self.tr("Under review…"), created_at=now, updated_at=now,
                          watch_until=now + self.watch_s)
        await self._put(rec)
        self._ensure_watcher()
        return rec

    async def submit_batch(self, image_urls=(), video_urls=(), audio_urls=()) -> BatchOutcome:
        """Submit SD2 Manxue reference media for review (the batch may partly succeed)."""
        images = [check_public_url(u) for u in image_urls if u.strip()]
        videos = [check_public_url(u) for u in video_urls if u.strip()]
        audios = [check_public_url(u) for u in audio_urls if u.strip()]
        if not (images or videos or audios):
            raise ValueError(_tr("Add at least one image, video or audio link."))
        batch = await self.client.sd2_upload_assets(
            image_urls=images, video_urls=videos, audio_urls=audios)
        now = time.time()
        kinds = {**{u: "Image" for u in images}, **{u: "Video" for u in videos},
                 **{u: "Audio" for u in audios}}
        records = []
        for item in batch.items:
            url = item.url or ""
            status = item.status.value if item.status is not AssetStatus.UNKNOWN else \
                AssetStatus.SUBMITTED.value
            rec = AssetRecord(
                asset_id=item.asset_id, library=SD2,
                asset_type=item.asset_type or kinds.get(url, ""),
                name=item.name or Path(urlparse(url).path).name or item.asset_id, url=url,
                status=status, message=self._status_words(status), created_at=now,
                updated_at=now, watch_until=now + self.watch_s)
            records.append(await self._put(rec))
        refused = tuple(self._refusal(f) for f in batch.failed)
        self._ensure_watcher()
        return BatchOutcome(tuple(records), refused)

    async def refresh(self, asset_ids: list[str] | None = None) -> list[AssetRecord]:
        """Ask the server for the current review status (all, or the given ids) now.

        Assets still under review are then checked automatically for another
        ``watch_s`` seconds.
        """
        ids = asset_ids if asset_ids is not None else list(self._records)
        recs = [self._records[i] for i in ids if i in self._records]
        now = time.time()
        recs = [replace(r, watch_until=now + self.watch_s) for r in recs]
        for r in recs:
            self._records[r.asset_id] = r
        updated = await self._check(recs, raise_errors=True)
        self._ensure_watcher()
        return updated

    async def delete(self, asset_id: str) -> None:
        """Delete a Seedance 2.0 asset permanently, or forget an SD2 Manxue one."""
        rec = self._records.get(asset_id)
        if rec is None:
            return
        if rec.library == KYY:
            try:
                await self.client.delete_asset(asset_id)
            except NotFoundError:
                pass        # already gone on the server: forgetting it here is all that is left
        await asyncio.to_thread(self.store.delete, asset_id)
        self._records.pop(asset_id, None)
        self.removed.emit(asset_id)

    # ---- internals -----------------------------------------------------------------

    async def _put(self, rec: AssetRecord) -> AssetRecord:
        await asyncio.to_thread(self.store.put, rec)
        self._records[rec.asset_id] = rec
        self.changed.emit(rec)
        return rec

    def _status_words(self, status: str) -> str:
        return {
            AssetStatus.SUBMITTED.value: self.tr("Submitted for review…"),
            AssetStatus.PROCESSING.value: self.tr("Under review…"),
            AssetStatus.ACTIVE.value: self.tr("Approved: ready to use as a reference."),
            AssetStatus.FAILED.value: self.tr("Rejected by the review: this media cannot be used."),
        }.get(status, self.tr("Status not known yet."))

    @staticmethod
    def _refusal(item: dict) -> tuple[str, str]:
        url = str(item.get("originalUrl") or item.get("url") or item.get("assetUrl") or "")
        reason = item.get("msg") or item.get("message") or item.get("reason") or item.get("error")
        return url, redact(reason or _tr("refused by the server without a reason"))

    async def _apply(self, rec: AssetRecord, info: AssetInfo | None, *, missing: bool = False,
                     note: str = "") -> AssetRecord:
        now = time.time()
        if missing:
            new = replace(rec, status=AssetStatus.FAILED.value, updated_at=now, watch_until=0.0,
                          message=self.tr("The server no longer knows this asset."))
        elif info is not None:
            status = info.status.value if info.status is not AssetStatus.UNKNOWN else rec.status
            new = replace(rec, status=status, updated_at=now, message=self._status_words(status),
                          asset_type=rec.asset_type or (info.asset_type or ""),
                          url=rec.url or (info.url or ""), name=rec.name or (info.name or ""))
        else:
            new = replace(rec, updated_at=now, message=note or rec.message)
        if new != rec:
            await self._put(new)
        return new

    async def _check(self, recs: list[AssetRecord], *, raise_errors: bool) -> list[AssetRecord]:
        out: list[AssetRecord] = []
        kyy = [r for r in recs if r.library == KYY]
        sd2 = [r for r in recs if r.library == SD2]
        for rec in kyy:
            try:
                info = await self.client.get_asset(rec.asset_id)
            except NotFoundError:
                out.append(await self._apply(rec, None, missing=True))
                continue
            except GlobalAIError as exc:
                out.append(await self._problem(rec, exc, raise_errors))
                continue
            out.append(await self._apply(rec, info))
        if sd2:
            try:
                batch = await self.client.sd2_asset_status([r.asset_id for r in sd2])
            except GlobalAIError as exc:
                for rec in sd2:
                    out.append(await self._problem(rec, exc, raise_errors and rec is sd2[-1]))
            else:
                by_id = {i.asset_id: i for i in batch.items}
                for rec in sd2:
                    info = by_id.get(rec.asset_id)
                    note = "" if info else self.tr(
                        "The status could not be looked up this time; it is checked again.")
                    out.append(await self._apply(rec, info, note=note))
        return out

    async def _problem(self, rec: AssetRecord, exc: GlobalAIError, raise_it: bool) -> AssetRecord:
        if raise_it:
            raise exc
        if isinstance(exc, (AuthenticationError, PermissionDeniedError, InsufficientBalanceError)):
            # Stop checking this one automatically; the dialog offers to try again.
            rec = replace(rec, watch_until=0.0)
            self._records[rec.asset_id] = rec
            if self.errors is not None:
                self.errors.report(exc, action=self.tr("check the review status of an asset"),
                                   retry=lambda: asyncio.ensure_future(self.refresh([rec.asset_id])))
            return rec
        word = (self.tr("Network unavailable; checking again shortly.")
                if isinstance(exc, APIConnectionError) else
                self.tr("The server had a problem ({0}); checking again shortly.").format(exc.message))
        log.info("asset %s status check failed: %s", rec.asset_id, redact(exc))
        return await self._apply(rec, None, note=word)

    def _watched(self) -> list[AssetRecord]:
        now = time.time()
        return [r for r in self._records.values() if r.pending and r.watch_until > now]

    def _ensure_watcher(self) -> None:
        if self._closed or (self._watcher is not None and not self._watcher.done()):
            return
        if self._watched():
            self._watcher = asyncio.ensure_future(self._watch())

    async def _watch(self) -> None:
        while not self._closed:
            await asyncio.sleep(self.poll_s)
            due = self._watched()
            if not due:
                break
            try:
                await self._check(due, raise_errors=False)
            except asyncio.CancelledError:
                raise
            except Exception:   # a bug must not end the review checks silently
                log.exception("asset review check failed")
        for rec in list(self._records.values()):
            if rec.pending and 0 < rec.watch_until <= time.time():
                await self._apply(rec, None, note=self.tr(
                    "Still under review. Press Refresh to check again."))
