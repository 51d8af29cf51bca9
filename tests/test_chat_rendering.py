"""Markdown rendering: code blocks, tables, links only on click, nothing fetched,
incremental streaming renders the same text as a full render."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument

from globalai_desktop.domain.chat import Message, MessageState, Role
from globalai_desktop.ui.chat.markdown import IncrementalMarkdown, MarkdownRenderer
from globalai_desktop.ui.chat.message_view import MessageListView
from globalai_desktop.ui.chat.message_widget import MessageBrowser

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
