"""A streaming reply's document, edited in place as the text grows.

:class:`StreamDocument` applies ``markdown.IncrementalMarkdown``'s output to a
``QTextDocument``: finished top-level blocks are appended once, the still-growing last block
is replaced on every update.  The cost of an update depends on that last block, not on the
length of the reply.  The document only approximates the final render at the joins between
blocks; ``final_render`` replaces it when the reply ends.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from globalai_desktop.ui.chat.markdown import IncrementalMarkdown, MarkdownRenderer


class StreamDocument:
    def __init__(self, document: QTextDocument, renderer: MarkdownRenderer) -> None:
        self.document = document
        self.markdown = IncrementalMarkdown(renderer)
        self._stable_pos = 0              # document position where the growing tail starts

    @property
    def code_blocks(self) -> list[str]:
        return self.markdown.code_blocks

    @property
    def missing_lexers(self) -> set[str]:
        return self.markdown.missing_lexers

    def show(self, text: str) -> None:
        """Show ``text`` (the reply so far) in the document."""
        pieces, tail = self.markdown.update(text)
        cur = QTextCursor(self.document)
        cur.beginEditBlock()
        cur.setPosition(self._stable_pos)
        cur.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cur.removeSelectedText()
        # Each piece starts in a fresh, unformatted block; otherwise Qt merges a piece's
        # first block into the block before it (a heading would swallow the next paragraph).
        cur.setBlockFormat(QTextBlockFormat())
        cur.setBlockCharFormat(QTextCharFormat())
        for p in pieces:
            cur.insertHtml(p)
            cur.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cur.setBlockFormat(QTextBlockFormat())
        self._stable_pos = cur.position()
        cur.insertHtml(tail)
        cur.endEditBlock()
