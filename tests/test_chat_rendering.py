"""Markdown rendering: code blocks, tables, links only on click, nothing fetched,
incremental streaming renders the same text as a full render."""

from __future__ import annotations

import asyncio
import threading

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QWidget

from globalai_desktop.domain.chat import Message, MessageState, Role
from globalai_desktop.ui.chat import markdown
from globalai_desktop.ui.chat.final_render import DocumentBuild, final_html, group_steps
from globalai_desktop.ui.chat.markdown import IncrementalMarkdown, MarkdownRenderer
from globalai_desktop.ui.chat.message_view import MessageListView
from globalai_desktop.ui.chat.message_widget import MessageBrowser, MessageWidget
from tests.test_chat_support import run, until

SAMPLE = """# Title

Intro with **bold**, `inline code` and a [link](https://example.com/docs).

```python
def add(a, b):
    return a + b
```

| Name | Value |
|:-----|------:|
| one  | 1     |
| two  | 2     |

- item one
- item two

> a quote

```
plain block
```

Final words.
"""


class UrlRecorder(QObject):
    """Receives URLs Qt would open in the system browser (QDesktopServices handler)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def _plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_code_blocks_are_highlighted_with_a_copy_link_per_block(qapp):
    blocks: list[str] = []
    html = MarkdownRenderer().render(SAMPLE, blocks)
    assert blocks == ["def add(a, b):\n    return a + b\n", "plain block\n"]
    assert 'href="copy:0"' in html and 'href="copy:1"' in html
    assert "<span style=" in html                    # Pygments colours
    assert "<table" in html and "<th" in html and 'align="right"' in html
    text = _plain(html)
    assert "def add(a, b):" in text and "Name" in text and "two" in text


def test_raw_html_is_escaped_and_unsafe_links_are_not_links(qapp):
    html = MarkdownRenderer().render('<script>alert(1)</script> [x](javascript:alert(1)) '
                                     '<img src="http://evil.example/p.png">')
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    assert "<img" not in html


def test_markdown_images_are_links_never_fetched(qtbot):
    html = MarkdownRenderer().render("![a cat](http://images.example/cat.png)")
    assert "<img" not in html and 'href="http://images.example/cat.png"' in html
    browser = MessageBrowser()
    qtbot.addWidget(browser)
    # Even HTML that asks for an image gets nothing: loadResource never fetches.
    browser.setHtml('<img src="http://images.example/cat.png"><img src="file:///etc/hosts">')
    assert browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                QUrl("http://images.example/cat.png")) is None
    assert browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                QUrl("file:///etc/hosts")) is None


def test_links_open_in_the_system_browser_only_when_clicked(qtbot):
    rec = UrlRecorder()
    QDesktopServices.setUrlHandler("https", rec, "open")
    try:
        view = MessageListView()
        qtbot.addWidget(view)
        view.set_messages([Message(1, 1, Role.ASSISTANT, SAMPLE, model="gpt-5.4")], False)
        view.show()
        qtbot.wait(50)
        assert rec.urls == []                      # rendering opened nothing
        w = view.message_widget(1)
        w.body.anchorClicked.emit(QUrl("https://example.com/docs"))   # the person clicks
        assert rec.urls == ["https://example.com/docs"]
        assert w.body.source().isEmpty()           # the message itself did not navigate
        w.body.anchorClicked.emit(QUrl("file:///etc/passwd"))         # never opened
        assert rec.urls == ["https://example.com/docs"]
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_incremental_render_matches_the_full_render(qapp):
    r = MarkdownRenderer()
    full = _plain(r.render(SAMPLE))
    for step in (1, 3, 7, 40):
        inc = IncrementalMarkdown(r)
        html = ""
        for i in list(range(0, len(SAMPLE), step)) + [len(SAMPLE)]:
            pieces, tail = inc.update(SAMPLE[:i])
            html += "".join(pieces)
        html += tail
        assert " ".join(_plain(html).split()) == " ".join(full.split())
        assert inc.code_blocks == ["def add(a, b):\n    return a + b\n", "plain block\n"]


def test_a_chunk_updates_only_the_streaming_message(qtbot):
    view = MessageListView()
    qtbot.addWidget(view)
    history = [Message(i, 1, Role.USER if i % 2 else Role.ASSISTANT, f"**old** message {i}")
               for i in range(1, 41)]
    view.set_messages(history + [Message(99, 1, Role.ASSISTANT, "", MessageState.STREAMING)], False)
    view.show()
    qtbot.wait(20)
    revisions = {i: view.message_widget(i).body.document().revision() for i in range(1, 41)}
    for piece in ["Hello ", "**world**", "\n\n```py\nx = 1\n", "```\n\nDone."]:
        view.append_delta(99, piece)
    qtbot.waitUntil(lambda: "Done." in view.message_widget(99).body.toPlainText(), timeout=2000)
    assert {i: view.message_widget(i).body.document().revision() for i in range(1, 41)} == revisions
    assert view.message_widget(99).stream_text == "Hello **world**\n\n```py\nx = 1\n```\n\nDone."


def test_switching_to_dark_recolours_code_blocks(qtbot, qapp):
    from PySide6.QtGui import QColor, QPalette

    from globalai_desktop.ui.chat.style import chat_colors

    view = MessageListView()
    qtbot.addWidget(view)
    view.set_messages([Message(1, 1, Role.ASSISTANT, SAMPLE, model="gpt-5.4")], False)
    before = view.renderer.theme
    old = qapp.palette()
    dark = QPalette(old)
    for role, color in ((QPalette.ColorRole.Window, "#1f2228"), (QPalette.ColorRole.Base, "#16181d"),
                        (QPalette.ColorRole.Text, "#e6e8ec"), (QPalette.ColorRole.WindowText, "#e6e8ec")):
        dark.setColor(role, QColor(color))
    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(lambda: view.renderer.theme != before, timeout=2000)
        after = view.renderer.theme
        assert after.dark and not before.dark and after.code_bg != before.code_bg
        html = view.message_widget(1).body.toHtml()
        assert QColor(after.code_bg).name() in html and QColor(before.code_bg).name() not in html
        assert chat_colors().dark
    finally:
        qapp.setPalette(old)


# Blocks that meet at the cuts of a final render built in steps: a table, code block, quote
# or rule followed by a paragraph, heading, table, list or quote.
MIXED = """Intro paragraph.

| a | b |
|---|--:|
| 1 | 2 |

A paragraph right after a table.

```python
x = 1
```

## A heading right after code

> a quote

- a list after a quote
- two

---

1. numbered after a rule
2. two

```
plain
```

| c | d |
|---|---|
| 3 | 4 |

Final words.
"""


def _shown_parent(qtbot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(900, 600)
    parent.show()
    return parent


@pytest.mark.parametrize("text", [SAMPLE, MIXED, MIXED * 3 + SAMPLE])
def test_a_final_document_built_in_steps_is_the_one_a_single_render_makes(qtbot, text):
    """Built a segment per step (the smallest steps there are), the document is exactly
    the one Qt makes from the whole HTML: same blocks, margins, tables and colours."""
    renderer = MarkdownRenderer()
    parent = _shown_parent(qtbot)
    segments = renderer.render_segments(text)
    assert len(segments) > 1 and "".join(h for h, _ in segments) == renderer.render(text)
    build = DocumentBuild(MessageBrowser(parent), 700, renderer.theme.stylesheet())
    for html, lead in group_steps(segments, budget=1):
        build.add(html, lead)
    whole = MessageBrowser(parent)
    whole.document().setDefaultStyleSheet(renderer.theme.stylesheet())
    whole.setHtml(renderer.render(text))
    assert build.browser.document().toHtml() == whole.document().toHtml()


def test_a_long_reply_ends_showing_what_reopening_the_conversation_shows(qtbot, qloop):
    long_text = (MIXED + "\n" + SAMPLE + "\n") * 8
    view = MessageListView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    streaming = Message(7, 1, Role.ASSISTANT, "", MessageState.STREAMING, model="gpt-5.4")
    done = streaming.with_(text=long_text, state=MessageState.DONE)
    assert not final_html(view.renderer, long_text).small      # the stepwise path

    async def scenario():
        view.add_message(streaming)
        for i in range(0, len(long_text), 500):
            view.append_delta(7, long_text[i:i + 500])
            await asyncio.sleep(0.005)
        await until(lambda: view.message_widget(7).stream_text == long_text, what="all text")
        view.update_message(done)
        await asyncio.gather(*view._tasks)

    run(qloop, scenario())
    w = view.message_widget(7)
    reopened = MessageWidget(done, view.renderer, view.colors, "", view.content)
    assert w.body.toHtml() == reopened.body.toHtml()
    assert w.code_blocks == reopened.code_blocks and len(w.code_blocks) == 8 * 4
    assert w.body.isVisible() and w.body.geometry().x() >= 0      # on screen, in place
    assert w.body.height() >= w.body.document().size().height()   # not cut off
    assert w.text_for_copy() == long_text


def test_code_in_a_language_not_loaded_yet_is_highlighted_once_loaded(qtbot, qloop,
                                                                    monkeypatch):
    """Loading a lexer takes tens of milliseconds: a streaming reply never waits for it on
    the GUI thread.  The code shows plain at first, then coloured.  (The load below only
    finishes once released; were it done on the GUI thread, it would time out instead.)"""
    released = threading.Event()
    waited = []
    real = markdown.get_lexer_by_name

    def slow_lexer(name, **options):
        waited.append(released.wait(timeout=5))
        return real(name, **options)

    monkeypatch.setattr(markdown, "get_lexer_by_name", slow_lexer)
    monkeypatch.delitem(markdown._LEXERS, "haskell", raising=False)
    view = MessageListView()
    qtbot.addWidget(view)
    view.show()
    streaming = Message(8, 1, Role.ASSISTANT, "", MessageState.STREAMING, model="gpt-5.4")
    first = {}

    async def scenario():
        view.add_message(streaming)
        view.append_delta(8, 'Here:\n\n```haskell\nmain = putStrLn "hi"\n')
        w = view.message_widget(8)
        await until(lambda: "putStrLn" in w.body.toPlainText(), what="code on screen")
        first["colours"] = _coloured_spans(w.body.toHtml())
        released.set()
        await until(lambda: _coloured_spans(w.body.toHtml()) > first["colours"],
                    what="highlighting")
        await asyncio.gather(*view._tasks)

    run(qloop, scenario())
    assert waited and all(waited)          # loaded off the GUI thread, once released


def _coloured_spans(html: str) -> int:
    """Text colours in a document's HTML (Pygments colours code; the code header has two)."""
    return html.count(" color:#")
