"""A finished reply's final document, built a little at a time so the window never freezes.

When a reply stops streaming, the view swaps its incrementally built document for the
canonical one (the document reopening the conversation shows).  For a long reply one
``setHtml`` would cost the GUI thread ~90 ms (Qt's HTML parse ~40 ms, layout ~45 ms for
60 KB of Markdown with code and tables).  So:

1. :func:`final_html` (a worker thread) renders the Markdown into segments
   (``MarkdownRenderer.render_segments``) grouped into steps of about :data:`STEP_CHARS`;
2. :class:`DocumentBuild` feeds the steps, one per event-loop turn, to an off-screen
   ``MessageBrowser`` of the same width: ``setHtml`` for the first, ``insertHtml`` at the end
   for the next.  Cut where the segments are cut, that yields the very same document as one
   ``setHtml`` of the whole (tests compare ``toHtml()``), and each step is parsed and laid
   out within its turn;
3. the view hands the finished browser to ``MessageWidget.adopt_body``: already laid out at
   that width, it takes the streaming browser's place without another layout.

Short replies (under :data:`SMALL_CHARS` of HTML) keep the simple path: one ``setHtml``.
Qt's parse cannot move to a worker thread: PySide keeps the GIL during ``setHtml``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from globalai_desktop.domain.chat import Message
from globalai_desktop.ui.chat.browser import MessageBrowser
from globalai_desktop.ui.chat.markdown import MarkdownRenderer, RenderTheme
from globalai_desktop.ui.chat.message_widget import MessageWidget

STEP_CHARS = 12_000     # HTML per step: a few milliseconds of parsing and layout
SMALL_CHARS = 16_000    # below this much HTML, one setHtml costs less than a frame
OFF_SCREEN_X = -100_000  # where the browser being built sits (visible to Qt, not painted)


@dataclass(frozen=True)
class FinalHtml:
    """A reply rendered for its final document, in ``theme``'s colours."""

    theme: RenderTheme
    steps: tuple[tuple[str, str], ...]     # (HTML, lead) per step, see group_steps
    code_blocks: tuple[str, ...]

    @property
    def html(self) -> str:
        return "".join(html for html, _ in self.steps)

    @property
    def small(self) -> bool:
        return sum(len(html) for html, _ in self.steps) < SMALL_CHARS


def final_html(renderer: MarkdownRenderer, text: str) -> FinalHtml:
    """Render ``text`` for :class:`DocumentBuild` (blocking: run it in a worker thread).
    A renderer of its own is used, so the GUI thread's renderer is never shared."""
    theme = renderer.theme
    blocks: list[str] = []
    segments = MarkdownRenderer(theme).render_segments(text, blocks) if text else [("", "")]
    return FinalHtml(theme, tuple(group_steps(segments)), tuple(blocks))


def group_steps(segments: list[tuple[str, str]], budget: int = STEP_CHARS) -> list[tuple[str, str]]:
    """Join consecutive segments while they stay under ``budget`` characters.  A joined
    segment's lead is dropped: inside one parse its block format is Qt's own."""
    steps: list[tuple[str, str]] = []
    for html, lead in segments:
        if steps and len(steps[-1][0]) + len(html) <= budget:
            steps[-1] = (steps[-1][0] + html, steps[-1][1])
        else:
            steps.append((html, lead))
    return steps


def lead_formats(lead: str, stylesheet: str):
    """Block and character format Qt gives the paragraph or heading ``lead`` on its own."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(stylesheet)
    doc.setHtml(lead)
    first = doc.begin()
    return first.blockFormat(), first.charFormat()


class DocumentBuild:
    """An off-screen browser receiving a final document step by step.

    ``browser`` is made by the caller (configured like the one it will replace) and parented
    to the widget that will show it; it is shown off-screen so Qt lays it out at ``width``.
    """

    def __init__(self, browser: MessageBrowser, width: int, stylesheet: str) -> None:
        self.browser = browser
        self.stylesheet = stylesheet
        self._started = False
        browser.document().setDefaultStyleSheet(stylesheet)
        browser.setGeometry(OFF_SCREEN_X, 0, width, browser.height())
        browser.show()

    def add(self, html: str, lead: str = "") -> None:
        """Append one step (parsed and laid out now: the browser fits its height to it)."""
        if not self._started:
            self._started = True
            self.browser.setHtml(html)
            return
        cur = QTextCursor(self.browser.document())
        cur.movePosition(QTextCursor.MoveOperation.End)
        if lead:
            # An insertion keeps the format of the (empty) block it lands in, where a whole
            # setHtml would give the paragraph or heading its own margins.
            block_format, char_format = lead_formats(lead, self.stylesheet)
            cur.setBlockFormat(block_format)
            cur.setBlockCharFormat(char_format)
        cur.insertHtml(html)

    def abandon(self) -> None:
        """Throw the browser away (the reply changed, or the view was cleared)."""
        try:
            self.browser.hide()
            self.browser.deleteLater()
        except RuntimeError:      # already deleted with its message widget
            pass


def visible_width(widget: QWidget) -> int | None:
    """``widget``'s width when it is on screen (an off-screen build needs a real width)."""
    return widget.width() if widget.isVisible() and widget.width() > 0 else None


async def finish(w: MessageWidget, m: Message, renderer: MarkdownRenderer,
                 still_shown: Callable[[], bool],
                 keeping_position: Callable[[Callable[[], None]], None]) -> None:
    """Replace finished reply ``m``'s streamed document in ``w`` by its full render.

    A long reply on screen is built off-screen a step per event-loop turn, then swapped in;
    anything else is set at once.  Any change to the widget's text meanwhile (a new
    version of the message, a theme switch, the widget gone: ``still_shown()`` false)
    abandons the work.  ``keeping_position(change)`` applies the change without moving what
    the person reads.
    """
    version = w.content_version

    def current() -> bool:
        return still_shown() and w.message == m and w.content_version == version

    final = await asyncio.to_thread(final_html, renderer, m.text)
    if not current() or final.theme != renderer.theme:
        return
    width = visible_width(w.body)
    if final.small or width is None:
        keeping_position(lambda: w.show_final(m, (final.html, list(final.code_blocks))))
        return
    build = DocumentBuild(w.new_body(w.bubble), width, final.theme.stylesheet())
    try:
        for html, lead in final.steps:
            build.add(html, lead)
            await asyncio.sleep(0)              # let the window paint between steps
            if not current():
                build.abandon()
                return
    except BaseException:
        build.abandon()
        raise
    keeping_position(lambda: w.adopt_body(build.browser, m, list(final.code_blocks)))
