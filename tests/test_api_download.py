"""Saving results: streamed to a temporary file, checked, renamed atomically — and on any
failure or cancellation nothing is left behind in the destination folder."""

from __future__ import annotations

import asyncio

import pytest

from globalai_desktop.api.download import sniff_media
from globalai_desktop.api.errors import APIConnectionError, DownloadError
from globalai_desktop.domain.text import ChatRequest, ChatTurn, Protocol
from globalai_desktop.paths import resource_path
from globalai_desktop.simulator import Fault
from tests.test_api_support import api_client, make_client  # noqa: F401

BANANA_BODY = {"model": "nano-banana", "prompt": "A red fox", "size": "16:9"}
SORA_BODY = {"model": "openAiSora2Plus", "prompt": "A cat dancing", "seconds": 4}


async def finished_url(sim, client, path: str, body: dict) -> tuple[str, str]:
    """Create a task, finish it at once (the simulator's clock is not under test here) and
    return its id and result link as the poll reports them."""
    created = await client.create_task(path, body)
    sim.force_task(created.id, "completed")
    result = await client.get_result(created.id)
    assert result.status.terminal and result.url, result
    return created.id, result.url


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


async def test_video_is_saved_whole_with_progress(sim, api_client, tmp_path):
    _, url = await finished_url(sim, api_client, "/v1/sora/videos", SORA_BODY)
    seen = []
    dest = tmp_path / "lib" / "videos" / "cat.mp4"          # folders are created
    saved = await api_client.download(url, dest, progress=lambda r, t: seen.append((r, t)),
                                      expect="video")
    assert saved == dest
    assert dest.read_bytes() == resource_path("sample.mp4").read_bytes()
    total = dest.stat().st_size
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert leftovers(dest.parent) == ["cat.mp4"]


async def test_image_is_saved_and_is_a_png(sim, api_client, tmp_path):
    _, url = await finished_url(sim, api_client, "/v1/banana/images", BANANA_BODY)
    dest = await api_client.download(url, tmp_path / "fox.png", expect="image")
    assert sniff_media(dest.read_bytes()[:16]) == "image"
    assert leftovers(tmp_path) == ["fox.png"]


async def test_download_never_sends_the_key(sim, api_client, tmp_path):
    # Result links are CDN-style URLs: the key must not travel with them.
    import http.server
    import threading

    seen_headers = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            seen_headers.append(dict(self.headers))
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            data = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        await api_client.download(f"http://127.0.0.1:{server.server_port}/r.png", tmp_path / "r.png")
    finally:
        server.shutdown()
        server.server_close()
    assert seen_headers and not any(k.lower() == "authorization" for k in seen_headers[0])


async def test_expired_link_says_so_and_leaves_nothing(sim, api_client, tmp_path):
    task_id, url = await finished_url(sim, api_client, "/v1/banana/images", BANANA_BODY)
    sim.expire_task(task_id)
    with pytest.raises(DownloadError) as info:
        await api_client.download(url, tmp_path / "fox.png")
    assert info.value.status_code == 403 and "expired" in info.value.message
    assert leftovers(tmp_path) == []


async def test_interrupted_download_leaves_no_partial_file(sim, tmp_path):
    client = make_client(sim, max_retries=0)
    try:
        _, url = await finished_url(sim, client, "/v1/sora/videos", SORA_BODY)
        sim.faults.add(Fault(kind="drop_stream", path="/files/", after_chunks=2))
        with pytest.raises(APIConnectionError):
            await client.download(url, tmp_path / "cat.mp4")
    finally:
        await client.aclose()
    assert leftovers(tmp_path) == []


async def test_interrupted_download_is_started_again(sim, api_client, tmp_path):
    _, url = await finished_url(sim, api_client, "/v1/sora/videos", SORA_BODY)
    sim.faults.add(Fault(kind="drop_stream", path="/files/", after_chunks=2))
    dest = await api_client.download(url, tmp_path / "cat.mp4")
    assert dest.read_bytes() == resource_path("sample.mp4").read_bytes()
    assert sim.count("GET", "/files/") == 2
    assert leftovers(tmp_path) == ["cat.mp4"]


async def test_cancelled_download_leaves_no_partial_file(sim, api_client, tmp_path):
    _, url = await finished_url(sim, api_client, "/v1/sora/videos", SORA_BODY)
    job = None

    def progress(received, total):
        if received > 0:
            job.cancel()

    job = asyncio.ensure_future(api_client.download(url, tmp_path / "cat.mp4", progress=progress))
    with pytest.raises(asyncio.CancelledError):
        await job
    assert leftovers(tmp_path) == []


async def test_existing_file_is_untouched_when_a_download_fails(sim, api_client, tmp_path):
    task_id, url = await finished_url(sim, api_client, "/v1/banana/images", BANANA_BODY)
    dest = tmp_path / "fox.png"
    dest.write_bytes(b"keep me")
    sim.expire_task(task_id)
    with pytest.raises(DownloadError):
        await api_client.download(url, dest)
    assert dest.read_bytes() == b"keep me" and leftovers(tmp_path) == ["fox.png"]


async def test_file_over_the_size_cap_is_refused(sim, api_client, tmp_path):
    _, url = await finished_url(sim, api_client, "/v1/sora/videos", SORA_BODY)
    with pytest.raises(DownloadError, match="limit"):
        await api_client.download(url, tmp_path / "cat.mp4", max_bytes=10_000)
    assert leftovers(tmp_path) == []


async def test_wrong_kind_of_file_is_refused(sim, api_client, tmp_path):
    _, url = await finished_url(sim, api_client, "/v1/banana/images", BANANA_BODY)
    with pytest.raises(DownloadError, match="video"):
        await api_client.download(url, tmp_path / "x.mp4", expect="video")
    assert leftovers(tmp_path) == []


async def test_a_page_instead_of_a_file_is_refused(sim, api_client, tmp_path):
    # The simulator's own task list is JSON: the kind of thing a broken link returns.
    with pytest.raises(DownloadError, match="instead of an image or video"):
        await api_client.download(f"{sim.base_url}/__sim__/tasks", tmp_path / "x.png")
    assert leftovers(tmp_path) == []


async def test_a_missing_link_is_refused_without_a_request(sim, api_client, tmp_path):
    with pytest.raises(DownloadError):
        await api_client.download("", tmp_path / "x.png")


@pytest.mark.parametrize("head, kind", [
    (b"\x89PNG\r\n\x1a\n....", "image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image"),
    (b"\x00\x00\x00\x18ftypmp42\x00\x00", "video"),
    (b"\x00\x00\x00\x1cftypavif\x00\x00", "image"),
    (b"\x1a\x45\xdf\xa3\x01\x00", "video"),
    (b"<!DOCTYPE html><html>", "text"),
    (b'{"error": "expired"}', "text"),
    (b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b", None),
])
def test_media_kind_is_recognised_from_its_first_bytes(head, kind):
    assert sniff_media(head) == kind


# qasync loops used here are kept alive to the end of the session.  A closed qasync loop
# still owns Qt timers (httpx's cancelled read deadlines); if the garbage collector frees
# it from another thread (the simulator's), Qt cannot unregister them and a later
# processEvents() crashes.  (Reported for tests/conftest.py's ``qloop`` fixture.)
_KEEP_LOOPS: list = []


def test_client_works_on_the_apps_qt_event_loop(sim, qloop, tmp_path):
    # The app runs everything on qasync; disk writes go through its thread executor.
    async def scenario():
        client = make_client(sim)
        try:
            _, url = await finished_url(sim, client, "/v1/sora/videos", SORA_BODY)
            req = ChatRequest(Protocol.OPENAI, "gpt-5.4", (ChatTurn("user", "hello"),))
            text = "".join([d.text async for d in client.stream_chat(req)])
            path = await client.download(url, tmp_path / "cat.mp4", expect="video")
            return text, path
        finally:
            await client.aclose()

    text, path = qloop.run_until_complete(scenario())
    _KEEP_LOOPS.append(qloop)
    assert text and path.read_bytes() == resource_path("sample.mp4").read_bytes()
