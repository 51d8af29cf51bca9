"""GlobalAIClient: the one object the rest of the app talks to the gateway through.

Qt-free and async (run it on the qasync loop).  Every failure is a
:class:`~globalai_desktop.api.errors.GlobalAIError`; ``asyncio.CancelledError`` passes
through untouched, and a cancelled request or stream closes its connection.  The API key
is read from ``api_key()`` for every request (so a key changed in Settings applies at
once), registered with :func:`~globalai_desktop.api.errors.register_secret` and never
logged or put in an error.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path

from ..domain.media import AssetBatch, AssetInfo, CreatedTask, TaskResult
from ..domain.text import ChatRequest, ChatResult, TextDelta
from . import chat, connection, download as _download, media
from .config import ApiConfig, ConnectionCheck
from .download import DEFAULT_MAX_BYTES, Progress
from .transport import Transport


class GlobalAIClient:
    def __init__(self, config: ApiConfig, api_key: Callable[[], str | None]) -> None:
        self._t = Transport(config, api_key)

    @property
    def config(self) -> ApiConfig:
        return self._t.config

    async def reconfigure(self, config: ApiConfig) -> None:
        """Apply new settings: closes the current connections; new ones use ``config``."""
        await self._t.reconfigure(config)

    async def aclose(self) -> None:
        """Close every connection.  Idempotent; requests afterwards raise APIConnectionError."""
        await self._t.aclose()

    async def __aenter__(self) -> "GlobalAIClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- text ------------------------------------------------------------------------

    def stream_chat(self, req: ChatRequest) -> AsyncIterator[TextDelta]:
        """Stream a reply as :class:`TextDelta` pieces (contract in ``api/chat.py``).

        Ends normally only after the protocol's terminator; an early end raises
        :class:`APIConnectionError` so the caller keeps the partial text as interrupted.
        """
        return chat.stream_chat(self._t, req)

    async def complete_chat(self, req: ChatRequest) -> ChatResult:
        return await chat.complete_chat(self._t, req)

    # --- media tasks -----------------------------------------------------------------

    async def create_task(self, path: str, body: dict) -> CreatedTask:
        """Create an image/video task at ``path`` (e.g. ``"/v1/banana/images"``).

        Sent at most once: if the request may have reached the server but no answer came,
        :class:`CreateOutcomeUnknownError` is raised — record it, never resubmit blindly.
        """
        return await media.create_task(self._t, path, body)

    async def get_result(self, task_id: str) -> TaskResult:
        return await media.get_result(self._t, task_id)

    # --- assets ----------------------------------------------------------------------

    async def upload_asset(self, asset_type: str, url: str, name: str | None = None) -> str:
        return await media.upload_asset(self._t, asset_type, url, name)

    async def get_asset(self, asset_id: str) -> AssetInfo:
        return await media.get_asset(self._t, asset_id)

    async def delete_asset(self, asset_id: str) -> None:
        await media.delete_asset(self._t, asset_id)

    async def sd2_upload_assets(self, image_urls: Iterable[str] = (), video_urls: Iterable[str] = (),
                                audio_urls: Iterable[str] = ()) -> AssetBatch:
        return await media.sd2_upload_assets(self._t, image_urls, video_urls, audio_urls)

    async def sd2_asset_status(self, asset_ids: Iterable[str]) -> AssetBatch:
        return await media.sd2_asset_status(self._t, asset_ids)

    # --- files and health ------------------------------------------------------------

    async def download(self, url: str, dest: Path, *, progress: Progress | None = None,
                       max_bytes: int = DEFAULT_MAX_BYTES, expect: str | None = None) -> Path:
        """Save ``url`` to ``dest`` atomically (contract in ``api/download.py``)."""
        return await _download.download(self._t, url, Path(dest), progress=progress,
                                        max_bytes=max_bytes, expect=expect)

    async def check_connection(self) -> list[ConnectionCheck]:
        """Probe both hosts at no cost: ``[text, media]`` verdicts in words."""
        return await connection.check_connection(self._t)
