"""Save a result file (image or video) from its temporary URL to the media library.

Contract of :func:`download`:

- streams into a hidden temporary file in the destination folder (never the whole body in
  memory), then renames it onto ``dest`` atomically (``os.replace``) after ``fsync``;
- checks the size against ``max_bytes`` before (Content-Length) and while streaming;
- checks the type: ``image/*`` / ``video/*``, or a generic binary type whose first bytes
  are an image or video; a web page or JSON error in place of the file is refused;
- ``progress(received, total_or_None)`` is called as bytes arrive (sync callable);
- an expired link (403 / 404 / 410) raises :class:`DownloadError` saying so;
- network failures while the body streams are retried from scratch (``max_retries``);
- on ANY failure or cancellation the temporary file is removed and ``dest`` is untouched.

Disk writes run in a worker thread so the GUI thread never waits on a slow disk.
"""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import httpx

from . import errors as E
from .error_mapping import error_from_transport
from .retry import IDEMPOTENT_RETRY_STATUSES, should_retry_exception, RequestKind
from .transport import Transport

log = logging.getLogger("globalai.api.download")

DEFAULT_MAX_BYTES = 2 * 1024 ** 3          # 2 GiB: longer than any documented 4K clip
# Bytes gathered before one disk write: few thread hops, little memory.
WRITE_BATCH_BYTES = 1024 * 1024
# Statuses meaning the temporary result link is past its lifetime (§6: ~24 h).
EXPIRED_STATUSES = frozenset({403, 404, 410})
_GENERIC_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/binary",
                  "application/mp4", "application/x-download", "application/force-download"}

Progress = Callable[[int, "int | None"], None]


def sniff_media(head: bytes) -> str | None:
    """``"image"``, ``"video"``, ``"text"`` (HTML/JSON/XML) or None from the first bytes."""
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM",
                        b"II*\x00", b"MM\x00*")):
        return "image"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "image" if brand in (b"avif", b"avis", b"heic", b"heix", b"mif1", b"msf1") else "video"
    if head.startswith(b"\x1a\x45\xdf\xa3"):                  # Matroska / WebM
        return "video"
    stripped = head.lstrip()
    if stripped[:1] in (b"<", b"{", b"["):
        return "text"
    return None


def _check_type(content_type: str, head: bytes, expect: str | None, url_kind: str) -> None:
    ctype = content_type.split(";", 1)[0].strip().lower()
    declared = ctype.split("/", 1)[0] if ctype.startswith(("image/", "video/")) else None
    sniffed = sniff_media(head)
    kind = sniffed if sniffed in ("image", "video") else None
    # Refused: a page or JSON in place of the file, or neither the declared type nor the
    # first bytes say image/video (a generic binary type needs the bytes to say so).
    if sniffed == "text" or (kind is None and declared is None):
        raise E.DownloadError(
            f"The {url_kind} link returned {ctype or 'something'} instead of an image or video. "
            "The result may have expired or the server may have failed.",
            body=head[:300].decode("utf-8", "replace"))
    actual = kind or declared
    if expect and actual and actual != expect:
        raise E.DownloadError(f"Expected {'an' if expect == 'image' else 'a'} {expect}, but the "
                              f"link returned {'an' if actual == 'image' else 'a'} {actual}.")


async def download(t: Transport, url: str, dest: Path, *, progress: Progress | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES, expect: str | None = None) -> Path:
    """Download ``url`` to ``dest`` (see module docstring).  Returns ``dest``."""
    if expect not in (None, "image", "video"):
        raise ValueError("expect must be 'image', 'video' or None")
    if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        raise E.DownloadError("The result has no valid download link.")
    dest = Path(dest)
    url_kind = expect or "result"
    attempts = 1 + max(0, t.config.max_retries)
    for attempt in range(attempts):
        try:
            return await _download_once(t, url, dest, progress, max_bytes, expect, url_kind)
        except _Retryable as r:
            if attempt == attempts - 1:
                raise r.error from r.__cause__
            log.info("download interrupted (%s; %s); starting again", r.error.message,
                     r.error.detail)
            await t.backoff(attempt)
    raise AssertionError("unreachable")  # pragma: no cover


class _Retryable(Exception):
    def __init__(self, error: E.GlobalAIError) -> None:
        super().__init__(error.message)
        self.error = error


async def _download_once(t: Transport, url: str, dest: Path, progress: Progress | None,
                         max_bytes: int, expect: str | None, url_kind: str) -> Path:
    loop = asyncio.get_running_loop()
    try:
        response = await t.open_download(url)
    except httpx.HTTPError as exc:
        err = error_from_transport(exc, endpoint="GET result file", model=None)
        if should_retry_exception(RequestKind.IDEMPOTENT, exc):
            raise _Retryable(err) from exc
        raise err from exc
    tmp_path: str | None = None
    fh = None
    pending: asyncio.Future | None = None
    try:
        status = response.status_code
        if status in EXPIRED_STATUSES:
            raise E.DownloadError(f"The {url_kind} link has expired (results are kept for about a "
                                  "day), so the file can no longer be downloaded.", status_code=status)
        if status in IDEMPOTENT_RETRY_STATUSES:
            raise _Retryable(E.DownloadError(f"The file server is busy or failing (error {status}).",
                                             status_code=status))
        if not 200 <= status < 300:
            raise E.DownloadError(f"The file server refused the download (error {status}).",
                                  status_code=status)
        total = _content_length(response)
        if total is not None and total > max_bytes:
            raise E.DownloadError(f"The file is {total / 1024 ** 2:.0f} MB, more than the "
                                  f"{max_bytes / 1024 ** 2:.0f} MB limit.")
        await asyncio.to_thread(dest.parent.mkdir, parents=True, exist_ok=True)
        fd, tmp_path = await asyncio.to_thread(
            tempfile.mkstemp, dir=str(dest.parent), prefix=f".{dest.name}.", suffix=".part")
        fh = os.fdopen(fd, "wb")
        received = 0
        batch = bytearray()
        checked = False
        if progress:
            progress(0, total)
        async for chunk in response.aiter_bytes():
            received += len(chunk)
            if received > max_bytes:
                raise E.DownloadError(f"The file is larger than the {max_bytes / 1024 ** 2:.0f} MB limit.")
            batch += chunk
            if not checked and len(batch) >= 64:
                _check_type(response.headers.get("content-type", ""), bytes(batch[:64]), expect, url_kind)
                checked = True
            if len(batch) >= WRITE_BATCH_BYTES:
                data, batch = bytes(batch), bytearray()
                pending = loop.run_in_executor(None, fh.write, data)
                await pending
                pending = None
            if progress:
                progress(received, total)
        if not checked:
            _check_type(response.headers.get("content-type", ""), bytes(batch[:64]), expect, url_kind)
        if received == 0:
            raise E.DownloadError(f"The {url_kind} link returned an empty file.")
        if total is not None and received < total:
            raise _Retryable(E.APIConnectionError("The download ended early."))
        pending = loop.run_in_executor(None, _finish, fh, bytes(batch))
        await pending
        pending, fh = None, None
        await asyncio.to_thread(os.replace, tmp_path, dest)
        tmp_path = None
        log.info("saved %d bytes to %s", received, dest.name)
        return dest
    except httpx.HTTPError as exc:
        raise _Retryable(error_from_transport(exc, endpoint="GET result file", model=None)) from exc
    except OSError as exc:
        raise E.DownloadError(f"The file could not be saved in {dest.parent}: {exc.strerror or exc}.") from exc
    finally:
        try:
            await response.aclose()
        finally:
            await _cleanup(pending, fh, tmp_path)


def _finish(fh, tail: bytes) -> None:
    """Write the last bytes, flush to disk and close (worker thread)."""
    try:
        fh.write(tail)
        fh.flush()
        os.fsync(fh.fileno())
    finally:
        fh.close()


async def _cleanup(pending: asyncio.Future | None, fh, tmp_path: str | None) -> None:
    # Let a disk write already running in the worker finish before the file is closed and
    # removed (Windows cannot remove an open file).
    if pending is not None and not pending.done():
        await asyncio.wait({pending})
    if fh is not None:
        try:
            fh.close()
        except OSError:
            pass
    if tmp_path is not None:
        try:
            os.unlink(tmp_path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove the temporary file %s: %s", tmp_path, exc)


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    try:
        n = int(value) if value is not None else None
    except ValueError:
        return None
    # A compressed transfer's length is not the file size.
    if response.headers.get("content-encoding", "identity").lower() not in ("identity", ""):
        return None
    return n if n is not None and n >= 0 else None
