"""Chat tab benchmark: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_chat.py [--messages 2000]

1. Time to open a conversation of 2,000 messages (Markdown with code blocks and tables),
   from the click until the view is laid out and painted; and the time to page the whole
   history in (what scrolling to the very top costs).
2. The longest event-loop stall while replies stream from the simulator (real HTTP, OpenAI
   protocol) at 200+ chunks per second into that open conversation.  Stalls are measured
   two ways: the lateness of a 5 ms Qt timer (GUI thread) and of a 5 ms asyncio sleep.
3. The same stall figure while one long reply (the simulator's ~60 KB Markdown reply to a
   prompt saying "long": prose, lists, code in four languages, tables, quotes; ~2,700
   chunks) streams over real HTTP at 200+ chunks per second, then during its final render.
4. The same stall figure for one long synthetic reply (~60 KB of Markdown: prose, code,
   tables) fed chunk by chunk at 300 chunks/s straight into the view, without HTTP, which
   shows that the cost of a chunk does not grow with the length of the reply.
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
from PySide6.QtWidgets import QApplication  # noqa: E402

from globalai_desktop.api import ApiConfig, GlobalAIClient  # noqa: E402
from globalai_desktop.catalog import load_catalog  # noqa: E402
from globalai_desktop.domain.chat import Message, MessageState, Role  # noqa: E402
from globalai_desktop.services.context import AppContext  # noqa: E402
from globalai_desktop.simulator import SimulatorConfig, SimulatorThread  # noqa: E402
from globalai_desktop.storage.conversations import ConversationStore  # noqa: E402

KEY = "sk-bench-0123456789abcdef"



ASSISTANT_TEXT = """Here is how to do it:

1. Read the file
2. Parse each line

```python
def parse(line: str) -> dict:
    key, _, value = line.partition("=")
    return {key.strip(): value.strip()}
```

| Step | Cost |
|------|-----:|
| read | 2 ms |
| parse | 5 ms |

That's all — **fast** and simple.
"""


class Settings:
    """The two chat settings the tab reads (the benchmark needs no settings file)."""

    changed = None

    def get(self, key):
        return {"chat.send_shortcut": "ctrl+enter", "chat.default_model": "gpt-5.4"}.get(key)


class Errors:
    def __init__(self) -> None:
        self.reports = []

    def report(self, exc, *, action="", retry=None) -> None:
        self.reports.append(exc)
        print("  error reported:", exc)


class StallMeter:
    """Lateness of a 5 ms Qt timer and a 5 ms asyncio sleep while active."""

    INTERVAL = 0.005

    def __init__(self) -> None:
        self.qt_gaps: list[float] = []
        self.aio_gaps: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(int(self.INTERVAL * 1000))
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._task = None

    def _tick(self) -> None:
        now = time.perf_counter()
        self.qt_gaps.append(now - self._last)
        self._last = now

    async def _aio(self) -> None:
        while True:
            t = time.perf_counter()
            await asyncio.sleep(self.INTERVAL)
            self.aio_gaps.append(time.perf_counter() - t)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()
        self._task = asyncio.ensure_future(self._aio())

    async def stop(self) -> None:
        self._timer.stop()
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)

    def report(self, label: str) -> None:
        def stall(gaps):
            return (max(gaps) - self.INTERVAL) * 1000 if gaps else float("nan")

        def p99(gaps):
            return (statistics.quantiles(gaps, n=100)[98] - self.INTERVAL) * 1000 if len(gaps) > 100 else float("nan")
        print(f"  {label}: longest stall {stall(self.qt_gaps):.1f} ms (Qt timer), "
              f"{stall(self.aio_gaps):.1f} ms (asyncio); p99 {p99(self.qt_gaps):.1f} ms")


async def settle() -> None:
    """Let the qasync loop run Qt's queued events (layout requests, paints).  Never call
    processEvents() from a coroutine: it would re-enter the loop."""
    for _ in range(3):
        await asyncio.sleep(0)


def seed(store: ConversationStore, n: int) -> int:
    conv = store.create_conversation(model="gpt-5.4", title=f"{n} messages")
    rows = []
    for i in range(n):
        user = i % 2 == 0
        rows.append(Message(0, conv.id, Role.USER if user else Role.ASSISTANT,
                            f"Question {i}: how do I parse a config file?" if user else ASSISTANT_TEXT,
                            model="gpt-5.4"))
    store.import_conversation(conv, rows)        # one transaction
    store.delete_conversation(conv.id)           # import made a copy; keep one
    store.purge_deleted()
    return store.list_conversations()[0].id


def long_reply(kb: int = 60) -> str:
    parts, size, i = [], 0, 0
    while size < kb * 1024:
        block = (f"### Section {i}\n\nSome explanation with `code`, **bold** text and a "
                 f"[link](https://example.com/{i}). " * 3 + "\n\n" + ASSISTANT_TEXT + "\n")
        parts.append(block)
        size += len(block)
        i += 1
    return "".join(parts)


async def main(args) -> None:
    from globalai_desktop.ui.tabs.chat_tab import ChatTab
    from globalai_desktop.ui.chat.message_view import PAGE

    app = QApplication.instance()
    tmp = Path(tempfile.mkdtemp(prefix="bench-chat-"))
    store = ConversationStore.in_dir(tmp)
    t = time.perf_counter()
    conv_id = seed(store, args.messages)
    store.close()
    print(f"seeded {args.messages} messages in {(time.perf_counter() - t) * 1000:.0f} ms")

    sim = SimulatorThread(SimulatorConfig.fast(api_keys={KEY}, chunk_delay=args.chunk_delay,
                                               long_replies=True)).start()
    client = GlobalAIClient(ApiConfig(text_base_url=sim.text_base_url,
                                      media_base_url=sim.media_base_url, proxy_mode="none"),
                            api_key=lambda: KEY)
    ctx = AppContext(settings=Settings(), catalog=load_catalog(), client=client, errors=Errors(),
                     data_dir=tmp, media_dir=lambda: tmp / "media")
    tab = ChatTab(ctx)
    tab.resize(1300, 900)
    tab.show()
    await tab.ready()
    # start from another conversation so opening the big one is a real switch
    other = (await tab.new_conversation()).id
    await settle()

    # 1. open the 2,000-message conversation
    t = time.perf_counter()
    await tab.open_conversation(conv_id)
    await settle()
    tab.grab()                      # forces layout and a full paint
    opened = time.perf_counter() - t
    print(f"open a {args.messages}-message conversation: {opened * 1000:.0f} ms "
          f"({len(tab.view.message_ids())} newest shown, earlier pages on demand)")

    t = time.perf_counter()
    pages = []
    while tab.view.earlier.isVisible():
        tp = time.perf_counter()
        await tab._load_earlier(tab.view.first_id())
        await settle()
        tab.grab()
        pages.append(time.perf_counter() - tp)
    print(f"page in the whole history ({len(tab.view.message_ids())} messages, {PAGE} per page): "
          f"{(time.perf_counter() - t) * 1000:.0f} ms; first page {pages[0] * 1000:.0f} ms, "
          f"last page {pages[-1] * 1000:.0f} ms")
    # reopen: the normal case is a freshly opened conversation (newest page shown)
    await tab.open_conversation(other)
    await tab.open_conversation(conv_id)
    await settle()

    # 2. stream replies from the simulator into the open conversation
    chunks = {"n": 0}
    meter = StallMeter()
    meter.start()
    await tab.send("Warm-up: markdown and code")     # the first request builds the HTTP client
    await tab.service.wait(conv_id)
    await meter.stop()
    meter.report("first reply (HTTP client start-up included)")
    tab.service.streamDelta.connect(lambda *_: chunks.__setitem__("n", chunks["n"] + 1))
    meter = StallMeter()
    meter.start()
    t = time.perf_counter()
    for i in range(args.replies):
        await tab.send(f"Reply {i}: show me markdown and code")
        await tab.service.wait(conv_id)
    dt = time.perf_counter() - t
    await meter.stop()
    print(f"streamed {args.replies} replies from the simulator: {chunks['n']} chunks in "
          f"{dt:.2f} s = {chunks['n'] / dt:.0f} chunks/s (sends and saves included)")
    meter.report("while streaming")

    # 3. one long reply (~60 KB) from the simulator over HTTP, then its final render
    chunks["n"] = 0
    meter = StallMeter()
    meter.start()
    t = time.perf_counter()
    await tab.send("Write a long answer with markdown and code")
    await tab.service.wait(conv_id)
    dt = time.perf_counter() - t
    await meter.stop()
    long_text = tab.service.store.messages(conv_id)[-1].text
    print(f"long reply over HTTP: {len(long_text.encode('utf-8')) // 1024} KB in {chunks['n']} "
          f"chunks over {dt:.1f} s = {chunks['n'] / dt:.0f} chunks/s (send and saves included)")
    meter.report("while the long reply streams over HTTP")
    meter = StallMeter()
    meter.start()
    t = time.perf_counter()
    await asyncio.gather(*tab.view._tasks)          # the final render (worker thread + swap)
    await settle()
    final = time.perf_counter() - t
    await meter.stop()
    print(f"  final render of the long reply after its last chunk: {final * 1000:.0f} ms")
    meter.report("during that final render")

    # 4. one long synthetic reply straight into the view
    text = long_reply()
    pieces = [text[i:i + 24] for i in range(0, len(text), 24)]
    msg = Message(10**9, conv_id, Role.ASSISTANT, "", MessageState.STREAMING, model="gpt-5.4")
    tab.view.add_message(msg)
    meter = StallMeter()
    meter.start()
    t = time.perf_counter()
    per_chunk = 1 / 300
    for i, p in enumerate(pieces):
        tab.view.append_delta(msg.id, p)
        delay = t + (i + 1) * per_chunk - time.perf_counter()
        await asyncio.sleep(max(0.0, delay))
    await asyncio.sleep(0.1)
    dt = time.perf_counter() - t
    await meter.stop()
    print(f"long reply: {len(text) // 1024} KB in {len(pieces)} chunks over {dt:.1f} s "
          f"= {len(pieces) / dt:.0f} chunks/s")
    meter.report("while the long reply streams")
    meter = StallMeter()
    meter.start()
    t2 = time.perf_counter()
    tab.view.update_message(msg.with_(text=text, state=MessageState.DONE))
    await asyncio.gather(*tab.view._tasks)          # the final render (worker thread + swap)
    await settle()
    final = time.perf_counter() - t2
    await meter.stop()
    print(f"  final full render of the {len(text) // 1024} KB reply: {final * 1000:.0f} ms")
    meter.report("during the final render")

    await tab.shutdown()
    await client.aclose()
    sim.stop()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--replies", type=int, default=5)
    ap.add_argument("--chunk-delay", type=float, default=0.002,
                    help="simulator pause between chunks (0.002 s ≈ 400 chunks/s on the wire)")
    a = ap.parse_args()
    qapp = QApplication(sys.argv)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main(a))
