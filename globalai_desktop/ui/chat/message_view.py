"""The conversation view: a scrolling column of :class:`MessageWidget`.

Long conversations stay quick because the view is windowed: it shows the newest
:data:`PAGE` messages and loads earlier pages only when the person scrolls to the top (or
presses "Show earlier messages").  Streaming is throttled: chunks are buffered and applied
to the one streaming widget at most :data:`FRAME_MS` apart (~30 frames per second), so a
fast stream costs a few small document edits per second, never a re-render of the
conversation.

The view follows the newest text while the person is at the bottom; once they scroll up
to read, it stays where they are.

Markdown is rendered off the GUI thread where it can be: :func:`prerender` (run by the tab
in a worker thread) renders a page of messages before their widgets are built, and when a
reply ends its final full render is made in a worker thread too; a long one is then built
into Qt's document a step per event-loop turn (see ``final_render``).  Pygments lexers are
loaded in a worker thread as well: the common ones when the view is made, any other when a
streaming reply first uses it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame, QLabel, QLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from globalai_desktop.domain.chat import Message, MessageState, Role
from globalai_desktop.ui.chat import final_render
from globalai_desktop.ui.chat.images import thumbnail_from_data_url
from globalai_desktop.ui.chat.markdown import MarkdownRenderer, preload_lexers
from globalai_desktop.ui.chat.message_widget import MessageWidget
from globalai_desktop.ui.chat.prerender import Rendered
from globalai_desktop.ui.chat.style import Restyler, chat_colors, render_theme, view_style_sheet

def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


PAGE = 60               # messages shown when a conversation opens / per "show earlier"
FRAME_MS = 33           # streaming repaint interval (≈30 fps)
MAX_CONTENT_WIDTH = 860  # a readable line length; wider windows get side margins


class MessageListView(QScrollArea, Restyler):
    loadEarlierRequested = Signal(int)        # id of the oldest message shown
    retryRequested = Signal(int)              # message id
    regenerateRequested = Signal(int)
    editSubmitted = Signal(int, str)
    notice = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 model_label: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatMessageView")
        self.setAccessibleName(self.tr("Conversation"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model_label = model_label or (lambda m: m)
        self._widgets: dict[int, MessageWidget] = {}
        self._order: list[int] = []
        self._pending: dict[int, list[str]] = {}
        self._has_more = False
        self._stick = True
        self._last_reply: int | None = None
        self._tasks: set[asyncio.Task] = set()
        self._loading_lexers: set[str] = set()

        self.colors = chat_colors()
        self.renderer = MarkdownRenderer(render_theme(None, self.font(), self.tr("Copy")))

        self.content = QWidget(self)
        self.content.setObjectName("chatMessageColumn")
        self.column = QVBoxLayout(self.content)
        self.column.setSpacing(10)
        # The column is never shorter than its messages: without this, each new page made
        # the layout squeeze every message a few pixels per pass until the scroll area caught
        # up (thousands of resizes for one page).
        self.column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.earlier = QPushButton(self.tr("Show earlier messages"), self.content)
        self.earlier.setObjectName("chatShowEarlier")
        self.earlier.setAccessibleName(self.tr("Show earlier messages"))
        self.earlier.setFlat(True)
        self.earlier.clicked.connect(self._request_earlier)
        self.earlier.hide()
        self.column.addWidget(self.earlier, 0, Qt.AlignmentFlag.AlignHCenter)
        self.empty = QLabel(self.content)
        self.empty.setObjectName("chatEmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.column.addWidget(self.empty)
        self.column.addStretch(1)
        self.setWidget(self.content)

        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._flush)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range)
        bar.valueChanged.connect(self._on_scroll)
        self._apply_palette()
        self.set_empty_text("")
        # Once the event loop runs (views are built before it starts).
        QTimer.singleShot(0, self, self._preload_lexers)

    # --- whole conversation ---------------------------------------------------------------

    def clear(self) -> None:
        self._frame.stop()
        self._pending.clear()
        for t in self._tasks:
            t.cancel()
        self._tasks.clear()
        for w in self._widgets.values():
            self.column.removeWidget(w)
            w.deleteLater()
        self._widgets.clear()
        self._order.clear()
        self._last_reply = None
        self._has_more = False
        self.earlier.hide()
        self._update_empty()

    def set_messages(self, messages: list[Message], has_more: bool,
                     rendered: Rendered | None = None) -> None:
        """Show a freshly opened conversation (its newest page) scrolled to the end.
        ``rendered``: HTML from :func:`prerender` (else rendered here, on this thread)."""
        self.setUpdatesEnabled(False)
        try:
            self.clear()
            for m in messages:
                self._insert(m, len(self._order), self._pre(rendered, m.id))
            self._has_more = has_more
            self.earlier.setVisible(has_more)
            self._refresh_last_reply()
        finally:
            self.setUpdatesEnabled(True)
        self._stick = True
        self._update_empty()
        QTimer.singleShot(0, self.scroll_to_end)

    def prepend_messages(self, messages: list[Message], has_more: bool,
                         rendered: Rendered | None = None) -> None:
        """Insert an earlier page above what is shown, keeping the reading position."""
        bar = self.verticalScrollBar()
        keep_from_bottom = bar.maximum() - bar.value()
        for i, m in enumerate(messages):
            if m.id not in self._widgets:
                self._insert(m, i, self._pre(rendered, m.id))
        self._has_more = has_more
        self.earlier.setVisible(has_more)
        self._stick = False
        QTimer.singleShot(0, lambda: bar.setValue(bar.maximum() - keep_from_bottom))

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setText(self._empty_text)
        self.empty.setVisible(not self._order and bool(self._empty_text))

    # --- single messages ----------------------------------------------------------------

    def add_message(self, m: Message) -> None:
        if m.id in self._widgets:
            self.update_message(m)
            return
        self._insert(m, len(self._order))
        self._refresh_last_reply()
        self._update_empty()
        self._stick = True     # the person just sent, or a reply began: follow it

    def update_message(self, m: Message) -> None:
        w = self._widgets.get(m.id)
        if w is None:
            return
        if m.state is not MessageState.STREAMING:
            self._pending.pop(m.id, None)   # the stored text is complete: it wins
        was_streaming = w.message.state is MessageState.STREAMING
        if m.role is Role.ASSISTANT and was_streaming and m.state is not MessageState.STREAMING:
            # The stream ended: show the state now, render the whole reply in a worker
            # thread, then swap it in (the incremental document stays until then).
            if w.stream_text != m.text:
                w.set_stream_text(m.text)
            w.mark(m)
            self._spawn(self._final_render(w, m))
        elif m.role is Role.USER and m.text == w.message.text:
            w.mark(m)                        # a state change only (failed / retried)
        else:
            w.set_message(m)
        if m.role is Role.USER and w._editor is not None:
            w.end_edit()
        self._refresh_last_reply()

    def _pre(self, rendered: Rendered | None, message_id: int):
        return rendered.get(message_id, self.renderer.theme) if rendered is not None else None

    async def _final_render(self, w: MessageWidget, m: Message) -> None:
        await final_render.finish(w, m, self.renderer, lambda: self._widgets.get(m.id) is w,
                                  self._keeping_position)

    def _keeping_position(self, change: Callable[[], None]) -> None:
        """Apply ``change`` without moving what the person reads (unless following)."""
        bar = self.verticalScrollBar()
        keep = bar.value()
        change()
        if not self._stick:
            bar.setValue(keep)

    def remove_from(self, message_id: int) -> None:
        """Remove ``message_id`` and every later message."""
        for mid in [i for i in self._order if i >= message_id]:
            w = self._widgets.pop(mid)
            self._pending.pop(mid, None)
            self._order.remove(mid)
            self.column.removeWidget(w)
            w.deleteLater()
        self._refresh_last_reply()
        self._update_empty()

    def append_delta(self, message_id: int, piece: str) -> None:
        """Buffer a streamed chunk; the frame timer applies the buffered text."""
        if message_id not in self._widgets:
            return
        self._pending.setdefault(message_id, []).append(piece)
        if not self._frame.isActive():
            self._frame.start()

    def message_widget(self, message_id: int) -> MessageWidget | None:
        return self._widgets.get(message_id)

    def last_reply_widget(self) -> MessageWidget | None:
        return next((self._widgets[i] for i in reversed(self._order)
                     if self._widgets[i].message.role is Role.ASSISTANT), None)

    def last_user_widget(self) -> MessageWidget | None:
        return next((self._widgets[i] for i in reversed(self._order)
                     if self._widgets[i].message.role is Role.USER), None)

    def message_ids(self) -> list[int]:
        return list(self._order)

    def first_id(self) -> int | None:
        return self._order[0] if self._order else None

    # --- internals ------------------------------------------------------------------------

    def _insert(self, m: Message, index: int,
                rendered: tuple[str, list[str]] | None = None) -> None:
        w = MessageWidget(m, self.renderer, self.colors,
                          self.model_label(m.model) if m.role is Role.ASSISTANT else "",
                          self.content, rendered)
        w.retryRequested.connect(self.retryRequested)
        w.regenerateRequested.connect(self.regenerateRequested)
        w.editSubmitted.connect(self.editSubmitted)
        w.notice.connect(self.notice)
        self._widgets[m.id] = w
        self._order.insert(index, m.id)
        # +1: the "show earlier" button sits at the top of the column
        self.column.insertWidget(index + 1, w)
        if m.attachments:
            self._load_thumbnails(w, m)

    def _load_thumbnails(self, w: MessageWidget, m: Message) -> None:
        """Decode attachment thumbnails in a worker thread (never on the GUI thread)."""
        async def load() -> None:
            for i, att in enumerate(m.attachments):
                image = await asyncio.to_thread(thumbnail_from_data_url, att.data_url)
                if self._widgets.get(m.id) is w:
                    w.set_thumbnail(i, QPixmap.fromImage(image))
        self._spawn(load())

    async def shutdown(self) -> None:
        """Cancel and await background work (thumbnails, final renders)."""
        tasks = list(self._tasks)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _spawn(self, coro) -> None:
        try:
            task = asyncio.ensure_future(coro)
        except RuntimeError:      # no event loop (a static preview): skip the extra work
            coro.close()
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _refresh_last_reply(self) -> None:
        """Regenerate/Retry belong to the newest message when it is a reply.  Only the old
        and the new holder are touched (a long conversation has many widgets)."""
        last = self._order[-1] if self._order else None
        if last is not None and self._widgets[last].message.role is not Role.ASSISTANT:
            last = None
        if last != self._last_reply:
            old = self._widgets.get(self._last_reply) if self._last_reply is not None else None
            if old is not None:
                old.set_last_reply(False)
            if last is not None:
                self._widgets[last].set_last_reply(True)
            self._last_reply = last

    def _flush(self) -> None:
        for mid, pieces in list(self._pending.items()):
            w = self._widgets.get(mid)
            if w is not None and pieces:
                w.set_stream_text(w.stream_text + "".join(pieces))
                missing = w.missing_lexers() - self._loading_lexers
                if missing and _loop_running():
                    self._loading_lexers |= missing
                    self._spawn(self._load_lexers(missing))
        self._pending.clear()

    def _preload_lexers(self) -> None:
        if _loop_running():       # else (a static preview) lexers load when first used
            self._spawn(asyncio.to_thread(preload_lexers))

    async def _load_lexers(self, langs: set[str]) -> None:
        """Load lexers a streaming reply needs, then redraw its tail highlighted."""
        try:
            await asyncio.to_thread(preload_lexers, sorted(langs), ())
        finally:
            self._loading_lexers -= langs
        for w in list(self._widgets.values()):
            if w.missing_lexers() & langs and w.message.state is MessageState.STREAMING:
                w.missing_lexers().difference_update(langs)
                w.set_stream_text(w.stream_text)

    def _request_earlier(self) -> None:
        first = self.first_id()
        if first is not None and self._has_more:
            self.loadEarlierRequested.emit(first)

    def scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _on_range(self, _min: int, _max: int) -> None:
        if self._stick:
            self.verticalScrollBar().setValue(_max)

    def _on_scroll(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick = value >= bar.maximum() - 24
        if value == bar.minimum() and self._has_more and bar.maximum() > 0:
            self._request_earlier()

    # --- look -----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        side = max(16, (self.viewport().width() - MAX_CONTENT_WIDTH) // 2)
        self.column.setContentsMargins(side, 16, side, 16)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._palette_changed():
            self._apply_palette()

    def _apply_palette(self) -> None:
        self.colors = chat_colors()
        self.renderer.theme = render_theme(None, self.font(), self.tr("Copy"))
        self.content.setAutoFillBackground(True)
        pal = self.content.palette()
        pal.setColor(QPalette.ColorRole.Window, self.colors.view_bg)
        self.content.setPalette(pal)
        self.content.setStyleSheet(view_style_sheet(self.colors))
        for w in self._widgets.values():
            w.apply_colors(self.colors)
            if w.message.state is not MessageState.STREAMING:
                w.set_message(w.message)   # re-render with the new code/table colours
