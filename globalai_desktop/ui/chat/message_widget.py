"""One message on screen: the person's bubble or the assistant's Markdown block.

:class:`MessageWidget` shows the text in a ``browser.MessageBrowser`` (sized to its text,
fetches nothing, reports link clicks) and adds the header (who, model, state), image
thumbnails, the failure reason and the actions (Copy, Edit, Retry, Regenerate) with the
reply's token usage.

While a reply streams, :meth:`MessageWidget.set_stream_text` updates only this widget's
document, and only its still-growing tail (see ``stream_document``).  When it ends, the
final document is set at once (:meth:`show_final`) or built off-screen and swapped in
(:meth:`adopt_body`, see ``final_render``).
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QUrl, Qt, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from globalai_desktop.domain.chat import Message, MessageState, Role
from globalai_desktop.ui.chat import dates
from globalai_desktop.ui.chat.browser import MessageBrowser, action_button, set_style_property
from globalai_desktop.ui.chat.edit_box import EditBox
from globalai_desktop.ui.chat.markdown import COPY_SCHEME, MarkdownRenderer
from globalai_desktop.ui.chat.stream_document import StreamDocument
from globalai_desktop.ui.chat.style import ChatColors

SAFE_SCHEMES = ("http", "https", "mailto")


class MessageWidget(QFrame):
    """Signals carry the message id."""

    copyRequested = Signal(int)
    editSubmitted = Signal(int, str)
    retryRequested = Signal(int)
    regenerateRequested = Signal(int)
    notice = Signal(str)

    def __init__(self, message: Message, renderer: MarkdownRenderer, colors: ChatColors,
                 model_label: str = "", parent: QWidget | None = None,
                 rendered: tuple[str, list[str]] | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.renderer = renderer
        self.colors = colors
        self.model_label = model_label or message.model
        self.code_blocks: list[str] = []
        self.is_last_reply = False
        self._stream: StreamDocument | None = None
        self._stream_text = ""
        self._editor: EditBox | None = None
        self._placeholder = False
        self._ideal_width: int | None = None
        self.content_version = 0          # bumped whenever the shown text is replaced
        user = message.role is Role.USER
        self.setObjectName("chatUserMessage" if user else "chatAssistantMessage")
        self.setProperty("role", message.role.value)
        self.setAccessibleName(self.tr("Your message") if user else self.tr("Assistant reply"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Exactly as tall as the content: the column never squeezes messages to fit while
        # the scroll area catches up with a new page (that resized every message, twice).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 6)
        outer.setSpacing(4)

        # header: who / model / state / time
        self.header = QHBoxLayout()
        self.header.setSpacing(8)
        self.who = QLabel(self)
        self.who.setObjectName("chatMessageWho")
        self.badge = QLabel(self)
        self.badge.setObjectName("chatMessageState")
        self.time = QLabel(self)
        self.time.setObjectName("chatMessageTime")
        if user:
            self.header.addStretch(1)
            self.header.addWidget(self.badge)
            self.header.addWidget(self.time)
            self.header.addWidget(self.who)
        else:
            self.header.addWidget(self.who)
            self.header.addWidget(self.badge)
            self.header.addWidget(self.time)
            self.header.addStretch(1)
        outer.addLayout(self.header)

        # body
        self.body = self.new_body(self)
        self.bubble = QFrame(self)
        self.bubble.setObjectName("chatBubble")
        self.bubble.setProperty("role", message.role.value)
        bl = QVBoxLayout(self.bubble)
        bl.setContentsMargins(12, 8, 12, 8)
        bl.addWidget(self.body)
        self.body_row = QHBoxLayout()
        if user:
            self.body_row.addStretch(1)
            self.body_row.addWidget(self.bubble)
        else:
            bl.setContentsMargins(0, 0, 0, 0)
            self.body_row.addWidget(self.bubble)
        outer.addLayout(self.body_row)

        # attachments
        self.thumbs = QHBoxLayout()
        self.thumbs.setSpacing(6)
        if user:
            self.thumbs.addStretch(1)
        outer.addLayout(self.thumbs)
        self._thumb_labels: list[QLabel] = []
        for att in message.attachments:
            lab = QLabel(self)
            lab.setObjectName("chatMessageThumb")
            lab.setAccessibleName(self.tr("Attached image {name}").format(name=att.name))
            lab.setToolTip(att.name)
            lab.setFixedSize(96, 96)
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setText("…")
            self.thumbs.addWidget(lab)
            self._thumb_labels.append(lab)
        if not user:
            self.thumbs.addStretch(1)

        # failure / interruption reason
        self.reason = QLabel(self)
        self.reason.setObjectName("chatMessageReason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.setAlignment(Qt.AlignmentFlag.AlignRight if user else Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.reason)

        # actions
        actions = QHBoxLayout()
        actions.setSpacing(2)
        self.copy_btn = self._action("chatCopyMessage", self.tr("Copy"), self.tr("Copy this message"))
        self.copy_btn.clicked.connect(self.copy_to_clipboard)
        self.edit_btn = self._action("chatEditMessage", self.tr("Edit"),
                                     self.tr("Edit this message and send it again"))
        self.edit_btn.clicked.connect(self.begin_edit)
        self.retry_btn = self._action("chatRetryMessage", self.tr("Retry"),
                                      self.tr("Send this again"))
        self.retry_btn.clicked.connect(lambda: self.retryRequested.emit(self.message.id))
        self.regen_btn = self._action("chatRegenerate", self.tr("Regenerate"),
                                      self.tr("Write this reply again"))
        self.regen_btn.clicked.connect(lambda: self.regenerateRequested.emit(self.message.id))
        self.usage = QLabel(self)
        self.usage.setObjectName("chatMessageUsage")
        if user:
            actions.addStretch(1)
            for w in (self.retry_btn, self.edit_btn, self.copy_btn):
                actions.addWidget(w)
        else:
            for w in (self.copy_btn, self.regen_btn, self.retry_btn):
                actions.addWidget(w)
            actions.addSpacing(8)
            actions.addWidget(self.usage)
            actions.addStretch(1)
        outer.addLayout(actions)

        self.set_message(message, rendered)

    # --- building blocks ------------------------------------------------------------------
    # Colours and fonts come from one style sheet on the conversation view (see
    # style.view_style_sheet): setting a style sheet per widget is slow when a
    # conversation opens with dozens of messages.  Widgets only carry properties.

    def _action(self, name: str, text: str, tip: str) -> QToolButton:
        return action_button(self, name, text, tip)

    def apply_colors(self, c: ChatColors) -> None:
        self.colors = c

    def new_body(self, parent: QWidget) -> MessageBrowser:
        """A browser for this message's text (see :meth:`adopt_body`)."""
        body = MessageBrowser(parent)
        body.setObjectName("chatMessageBody")
        body.setAccessibleName(self.tr("Message text"))
        body.linkClicked.connect(self._on_link)
        return body

    # --- content --------------------------------------------------------------------------

    def set_message(self, message: Message, rendered: tuple[str, list[str]] | None = None) -> None:
        """Show ``message`` as stored (ends any streaming state).  ``rendered`` is its HTML
        and code blocks when already rendered (e.g. in a worker thread)."""
        self.message = message
        self._stream = None
        self.content_version += 1
        self.body.document().setDefaultStyleSheet(self.renderer.theme.stylesheet())
        if message.role is Role.USER:
            self.who.setText(self.tr("You"))
            self._set_plain(message.text)
        else:
            self.who.setText(self.model_label or self.tr("Assistant"))
            if message.state is MessageState.STREAMING:
                self.begin_stream(message.text)
            else:
                if rendered is None:
                    blocks: list[str] = []
                    rendered = (self.renderer.render(message.text, blocks) if message.text else "",
                                blocks)
                self.code_blocks = list(rendered[1])
                self.body.setHtml(rendered[0])
        self._show_time()
        self._update_state()

    def _show_time(self) -> None:
        self.time.setText(dates.message_time(self.message.created_at))
        self.time.setToolTip(dates.exact_time(self.message.created_at))

    def _set_plain(self, text: str) -> None:
        escaped = html.escape(text).replace("\n", "<br>")
        self.body.setHtml(f"<div>{escaped}</div>")
        self._ideal_width = None
        self._fit_bubble()

    def show_final(self, message: Message, rendered: tuple[str, list[str]] | None) -> None:
        """The stream ended: show the stored reply rendered whole (corrects any block the
        incremental renderer split differently)."""
        self.set_message(message, rendered)

    def adopt_body(self, body: MessageBrowser, message: Message, code_blocks: list[str]) -> None:
        """The stream ended and ``body`` (made by :meth:`new_body`, parented to the bubble,
        holding ``message`` rendered whole) replaces the streaming browser."""
        old = self.body
        had_focus = old.hasFocus()
        self.bubble.layout().replaceWidget(old, body)
        old.hide()
        old.deleteLater()
        self.body = body
        body.show()
        if had_focus:
            body.setFocus()
        self.message = message
        self._stream = None
        self.content_version += 1
        self.code_blocks = list(code_blocks)
        self._show_time()
        self._update_state()

    def mark(self, message: Message) -> None:
        """Update state, usage and actions without re-rendering the text."""
        self.message = message
        self._update_state()

    def set_thumbnail(self, index: int, pixmap: QPixmap) -> None:
        if 0 <= index < len(self._thumb_labels):
            lab = self._thumb_labels[index]
            if pixmap.isNull():
                lab.setText(self.tr("(broken image)"))
            else:
                lab.setPixmap(pixmap)

    def set_last_reply(self, last: bool) -> None:
        if last != self.is_last_reply:
            self.is_last_reply = last
            self._update_state()

    def _update_state(self) -> None:
        m = self.message
        user = m.role is Role.USER
        labels = {
            MessageState.STREAMING: self.tr("writing…"),
            MessageState.STOPPED: self.tr("stopped"),
            MessageState.INTERRUPTED: self.tr("interrupted"),
            MessageState.FAILED: self.tr("not sent"),
        }
        text = labels.get(m.state, "")
        self.badge.setText(text)
        self.badge.setVisible(bool(text))
        set_style_property(self.badge, "state", m.state.value)
        self.reason.setText(m.error)
        self.reason.setVisible(bool(m.error))
        set_style_property(self.reason, "severity",
                      "error" if m.state is MessageState.FAILED else "warning")
        streaming = m.state is MessageState.STREAMING
        self.copy_btn.setVisible(bool(m.text) and not streaming)
        self.edit_btn.setVisible(user and self._editor is None)
        self.retry_btn.setVisible((user and m.state is MessageState.FAILED)
                                  or (not user and self.is_last_reply and m.state.partial))
        self.regen_btn.setVisible(not user and self.is_last_reply and m.state is MessageState.DONE)
        if not user:
            u = m.usage
            if u.known and not streaming:
                parts = []
                if u.input_tokens is not None:
                    parts.append(self.tr("in {n}").format(n=f"{u.input_tokens:,}"))
                if u.output_tokens is not None:
                    parts.append(self.tr("out {n}").format(n=f"{u.output_tokens:,}"))
                self.usage.setText(self.tr("{total} tokens").format(total=f"{u.total:,}")
                                   + (f"  ({' · '.join(parts)})" if parts else ""))
                self.usage.setVisible(True)
            else:
                self.usage.setVisible(False)

    # --- streaming ------------------------------------------------------------------------

    def begin_stream(self, text: str = "") -> None:
        self.content_version += 1
        self._stream_text = ""
        self.body.clear()
        self.body.document().setDefaultStyleSheet(self.renderer.theme.stylesheet())
        self._stream = StreamDocument(self.body.document(), self.renderer)
        self.code_blocks = self._stream.code_blocks
        if not text:
            self.body.setHtml(f"<span style='color:{self.colors.muted.name()}'>●●●</span>")
            self._placeholder = True
        else:
            self._placeholder = False
            self.set_stream_text(text)

    def append_stream(self, piece: str) -> None:
        self.set_stream_text(self._stream_text + piece)

    def set_stream_text(self, text: str) -> None:
        """Show ``text`` (the reply so far): new finished blocks are appended, the growing
        last block is replaced.  Cost depends on the tail, not on the whole reply."""
        if self._stream is None:
            self.begin_stream()
        if self._placeholder:
            self.body.clear()
            self._placeholder = False
        self.content_version += 1
        self._stream_text = text
        self._stream.show(text)

    @property
    def stream_text(self) -> str:
        return self._stream_text

    def missing_lexers(self) -> set[str]:
        """Languages shown plain in the streaming text until their lexer is loaded."""
        return self._stream.missing_lexers if self._stream is not None else set()

    # --- actions --------------------------------------------------------------------------

    def text_for_copy(self) -> str:
        return self._stream_text if self._stream is not None else self.message.text

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text_for_copy())
        self.notice.emit(self.tr("Message copied."))
        self.copyRequested.emit(self.message.id)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == COPY_SCHEME:
            try:
                code = self.code_blocks[int(url.path())]
            except (ValueError, IndexError):
                return
            QGuiApplication.clipboard().setText(code)
            self.notice.emit(self.tr("Code copied."))
        elif url.scheme() in SAFE_SCHEMES:
            QDesktopServices.openUrl(url)   # only on click, in the system browser

    def begin_edit(self) -> None:
        """Replace the bubble with an editor; "Send again" emits :attr:`editSubmitted`."""
        if self._editor is not None or self.message.role is not Role.USER:
            return
        self._editor = EditBox(self.message.text, self)
        self._editor.submitted.connect(lambda text: self.editSubmitted.emit(self.message.id, text))
        self._editor.cancelled.connect(self.end_edit)
        self.bubble.hide()
        self.body_row.addWidget(self._editor, 4)
        self._editor.edit.setFocus()
        self._update_state()

    def end_edit(self) -> None:
        if self._editor is None:
            return
        self._editor.deleteLater()
        self._editor = None
        self.bubble.show()
        self._update_state()

    # --- geometry -------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_bubble()

    def _fit_bubble(self) -> None:
        """The person's bubble is as wide as its text, up to 78% of the row."""
        if self.message.role is not Role.USER:
            return
        if self._ideal_width is None:     # measured once per text, not on every resize
            doc = self.body.document().clone()
            doc.setTextWidth(-1)
            self._ideal_width = math.ceil(doc.idealWidth()) + 8
        avail = max(120, int(self.width() * 0.78))
        self.bubble.setFixedWidth(min(avail, self._ideal_width + 24))

