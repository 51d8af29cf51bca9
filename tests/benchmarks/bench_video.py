"""Video-tab benchmark: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_video.py [--videos 1000] [--posters 60]

1. History of N saved videos: time from building the panel until the library is read and
   the first screen of rows is painted (posters still coming in).
2. Posters: the first P videos get their poster frame made (decode, seek, scale, JPEG);
   prints posters per second and the longest event-loop stall meanwhile, measured by a
   5 ms Qt timer (how late the GUI thread got to it).  Then the same with a warm disk cache.
3. Queue: time to show 100 task cards, and to update one card.

The videos are hard links to the simulator's sample MP4 (distinct paths, so every one
needs its own poster) in a temporary folder.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


class StallMeter:
    """A 5 ms timer; records how late each tick arrives."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer
        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last - 0.005)
        self._last = now

    def start(self) -> None:
        self.worst, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst * 1000


async def run(args) -> None:
    from PySide6.QtWidgets import QApplication

    from globalai_desktop.catalog import load_catalog
    from globalai_desktop.domain.media import TaskState
    from globalai_desktop.paths import resource_path
    from globalai_desktop.storage.media_library import MediaLibrary
    from globalai_desktop.storage.tasks import TaskRecord
    from globalai_desktop.ui.video.history_panel import HistoryPanel
    from globalai_desktop.ui.video.posters import PosterCache
    from globalai_desktop.ui.video.queue_panel import QueuePanel

    tmp = Path(tempfile.mkdtemp(prefix="bench-video-"))
    sample = resource_path("sample.mp4")
    lib = MediaLibrary(tmp / "media.db")
    videos = []
    for i in range(args.videos):
        p = tmp / "videos" / f"v{i:05d}.mp4"
        p.parent.mkdir(exist_ok=True)
        os.link(sample, p)
        videos.append(p)
    for i, p in enumerate(videos):
        lib.add(path=p, kind="video", prompt=f"Benchmark video {i}: a calm sea at sunrise",
                family_id="vidu", model="viduq3-pro", params={"duration": 4}, created_at=1e9 + i)
    catalog = load_catalog()
    meter = StallMeter()

    # 1. history
    posters = PosterCache(tmp / "posters")
    t0 = time.perf_counter()
    panel = HistoryPanel(lib, catalog, posters)
    panel.resize(900, 600)
    panel.show()
    await panel.reload()
    QApplication.processEvents()
    panel.repaint()
    shown_ms = (time.perf_counter() - t0) * 1000
    print(f"history: {args.videos} videos listed and first screen painted in {shown_ms:.0f} ms")

    # 2. posters (cold, then warm)
    for label, cache in (("cold", posters), ("warm", None)):
        if cache is None:
            await posters.shutdown()
            cache = PosterCache(tmp / "posters")
        meter.start()
        t0 = time.perf_counter()
        wanted = [str(p) for p in videos[: args.posters]]
        while sum(cache.pixmap(p) is not None for p in wanted) < len(wanted):
            await asyncio.sleep(0.01)
        took = time.perf_counter() - t0
        stall = meter.stop()
        print(f"posters ({label} cache): {args.posters} in {took:.2f} s "
              f"({args.posters / took:.1f}/s); longest event-loop stall {stall:.0f} ms")
    await cache.shutdown()

    # 3. queue
    now = time.time()
    tasks = [TaskRecord(id=i, kind="video", family_id="vidu", model="viduq3-pro",
                        path="/v1/vidu/videos", prompt=f"Task {i}: lanterns over a lake",
                        state=TaskState.PROCESSING if i % 3 else TaskState.QUEUED,
                        progress=float(i % 100), created_at=now - i, updated_at=now)
             for i in range(100)]
    queue = QueuePanel(catalog, None)
    queue.resize(420, 800)
    queue.show()
    t0 = time.perf_counter()
    queue.set_tasks(tasks)
    QApplication.processEvents()
    print(f"queue: 100 task cards shown in {(time.perf_counter() - t0) * 1000:.0f} ms")
    meter.start()
    t0 = time.perf_counter()
    for i in range(200):
        from dataclasses import replace
        queue.upsert(replace(tasks[i % 100], progress=float(i % 100)))
    QApplication.processEvents()
    print(f"queue: one card updated in {(time.perf_counter() - t0) * 1000 / 200:.2f} ms "
          f"on average")
    meter.stop()
    lib.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--videos", type=int, default=1000)
    ap.add_argument("--posters", type=int, default=60)
    args = ap.parse_args()
    import qasync
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(run(args))


if __name__ == "__main__":
    main()
