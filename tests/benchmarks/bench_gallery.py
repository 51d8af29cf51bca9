"""Image-gallery benchmark: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_gallery.py [--images 1000] [--px 1024]

1. Time for the Image tab to show a gallery of 1,000 saved images: from constructing the
   tab until the library has been read and the first screen of tiles is laid out and
   painted (thumbnails still coming in).
2. The longest event-loop stall while the thumbnails are made: the gallery is scrolled
   top to bottom a screen at a time (every 120 ms, a brisk scroll), so every tile asks for
   its thumbnail; a 5 ms Qt timer measures how late the GUI thread gets to it.  Also the
   time until every thumbnail is ready.
3. The same with a warm disk cache (the next start of the app).

Source images are made once (JPEG, mixed aspect ratios, --px on the long side) and kept
in the system temp folder for later runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import qasync  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from globalai_desktop.catalog import load_catalog  # noqa: E402
from globalai_desktop.services.context import AppContext  # noqa: E402
from globalai_desktop.storage.media_library import MediaLibrary  # noqa: E402

RATIOS = ((1, 1), (16, 9), (9, 16), (4, 3), (3, 2))



def make_sources(n: int, px: int) -> list[tuple[Path, str]]:
    folder = Path(tempfile.gettempdir()) / f"globalai_bench_gallery_{n}_{px}"
    folder.mkdir(exist_ok=True)
    out = []
    made = 0
    t0 = time.perf_counter()
    for i in range(n):
        w, h = RATIOS[i % len(RATIOS)]
        scale = px / max(w, h)
        size = (int(w * scale), int(h * scale))
        path = folder / f"img_{i:04d}.jpg"
        prompt = f"study {i}: {['cat', 'lake', 'city', 'forest', 'robot'][i % 5]} in {['rain', 'sun', 'fog'][i % 3]}"
        if not path.exists():
            img = QImage(size[0], size[1], QImage.Format_RGB32)
            p = QPainter(img)
            g = QLinearGradient(0, 0, size[0], size[1])
            g.setColorAt(0, QColor.fromHsv((i * 37) % 360, 160, 230))
            g.setColorAt(1, QColor.fromHsv((i * 37 + 120) % 360, 200, 90))
            p.fillRect(img.rect(), g)
            p.drawText(img.rect(), 0x84, prompt)
            p.end()
            img.save(str(path), "JPG", 90)
            made += 1
        out.append((path, prompt))
    if made:
        print(f"made {made} source images ({px} px) in {time.perf_counter() - t0:.1f} s")
    return out


class StallMeter:
    """Lateness of a 5 ms repeating Qt timer: how long the GUI thread was busy elsewhere."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.interval = interval_ms / 1000
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(max(0.0, now - self._last - self.interval))
        self._last = now

    def report(self) -> str:
        if not self.gaps:
            return "no samples"
        gaps = sorted(self.gaps)
        p99 = gaps[int(len(gaps) * 0.99) - 1] if len(gaps) > 100 else gaps[-1]
        return (f"longest stall {gaps[-1] * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, "
                f"median {statistics.median(gaps) * 1000:.2f} ms over {len(gaps)} ticks")


async def run_once(ctx: AppContext, label: str, meter: StallMeter) -> None:
    from globalai_desktop.ui.image.gallery_model import StateRole
    from globalai_desktop.ui.tabs.image_tab import ImageTab

    loaded = asyncio.get_running_loop().create_future()
    t0 = time.perf_counter()
    tab = ImageTab(ctx)
    tab.gallery_loaded.connect(lambda n: loaded.done() or loaded.set_result(n))
    tab.resize(1400, 900)
    tab.show()
    t_built = time.perf_counter()
    rows = await loaded
    tab.gallery.viewport().repaint()
    t_shown = time.perf_counter()
    print(f"[{label}] thumbnails on {tab.thumbnails.pool.maxThreadCount()} worker thread(s)")
    print(f"[{label}] tab built in {(t_built - t0) * 1000:.0f} ms; gallery of {rows} images "
          f"shown (read, laid out, painted) {(t_shown - t0) * 1000:.0f} ms after construction")

    meter.start()
    view = tab.gallery
    first_screen = [r for r in range(rows) if view.visualRect(view.model().index(r))
                    .intersects(view.viewport().rect())]
    while any(view.model().index(r).data(StateRole) == "loading" for r in first_screen):
        await asyncio.sleep(0.005)
    print(f"[{label}] first screen of thumbnails ({len(first_screen)} tiles) ready "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms after construction")
    t_thumbs = time.perf_counter()
    bar = tab.gallery.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(min(bar.maximum(), bar.value() + tab.gallery.viewport().height()))
        await asyncio.sleep(0.12)
    while tab.thumbnails.pending():
        await asyncio.sleep(0.02)
    done = time.perf_counter()
    meter.stop()
    print(f"[{label}] scrolled top to bottom; last thumbnail ready {done - t_thumbs:.1f} s after "
          f"the scroll began; {meter.report()}")
    await tab.shutdown()
    tab.deleteLater()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=1000)
    parser.add_argument("--px", type=int, default=1024, help="long side of source images")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    sources = make_sources(args.images, args.px)
    data = Path(tempfile.mkdtemp(prefix="globalai_bench_data_"))
    library = MediaLibrary.in_folder(data)
    now = time.time()
    for i, (path, prompt) in enumerate(sources):
        library.add(path=path, kind="image", prompt=prompt, params={"prompt": prompt},
                    family_id="banana", model="nano-banana", created_at=now - i)
    library.close()
    ctx = AppContext(settings=None, catalog=load_catalog(), client=None, errors=None,
                     data_dir=data, media_dir=lambda: data / "media")
    meter = StallMeter()
    print(f"{args.images} images, {os.cpu_count()} CPU cores")
    with loop:
        loop.run_until_complete(run_once(ctx, "cold cache", meter))
        ctx.extras.clear()
        loop.run_until_complete(run_once(ctx, "warm cache", meter))


if __name__ == "__main__":
    main()
