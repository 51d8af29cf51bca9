"""Markdown rendered ahead of time, in a worker thread, for messages about to be shown.

The tab renders a page of messages with :func:`prerender` (through ``asyncio.to_thread``)
before their widgets are built; ``MessageListView.set_messages`` / ``prepend_messages`` then
only hand the HTML to Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from globalai_desktop.domain.chat import Message, MessageState, Role
from globalai_desktop.ui.chat.markdown import MarkdownRenderer, RenderTheme


@dataclass(frozen=True)
class Rendered:
    """HTML made ahead of time: message id -> (HTML, code blocks), in ``theme``'s colours."""

    theme: RenderTheme
    items: dict[int, tuple[str, list[str]]]

    def get(self, message_id: int, theme: RenderTheme) -> tuple[str, list[str]] | None:
        # HTML made before a light/dark switch has the old colours: render again instead.
        return self.items.get(message_id) if theme == self.theme else None


def prerender(renderer: MarkdownRenderer, messages: list[Message]) -> Rendered:
    """Render the assistant messages' Markdown (blocking: run it in a worker thread).
    A renderer of its own is used, so the GUI thread's renderer is never shared."""
    theme = renderer.theme
    r = MarkdownRenderer(theme)
    out: dict[int, tuple[str, list[str]]] = {}
    for m in messages:
        if m.role is Role.ASSISTANT and m.state is not MessageState.STREAMING:
            blocks: list[str] = []
            out[m.id] = (r.render(m.text, blocks) if m.text else "", blocks)
    return Rendered(theme, out)
