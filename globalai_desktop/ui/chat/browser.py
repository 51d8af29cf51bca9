"""Read-only rich text for one message, and small helpers for the message widgets.

:class:`MessageBrowser` is a ``QTextBrowser`` that grows to fit its text, never loads a
resource (``loadResource`` is overridden: no remote image is ever fetched, no local file
read), and reports link clicks through :attr:`linkClicked` instead of following them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QUrl, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QToolButton, QWidget


class MessageBrowser(QTextBrowser):
    """Rich text sized to its content; links are reported through :attr:`linkClicked`."""

    linkClicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)   # the view's style sheet makes it clear
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.anchorClicked.connect(self.linkClicked)
        self.setFixedHeight(24)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)   # see MessageWidget._action

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        # The renderer never emits <img>, and even if some HTML did, nothing is fetched.
        return None

    def _fit(self, size=None) -> None:
        h = math.ceil(self.document().size().height()) + 2 * self.frameWidth()
        if h != self.height():
            self.setFixedHeight(max(h, 18))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def wheelEvent(self, event) -> None:  # noqa: N802
        event.ignore()   # nothing to scroll here: let the conversation view scroll


def set_style_property(widget: QWidget, name: str, value) -> None:
    """Set a style-sheet property and re-polish only when it changed (re-polishing is
    what makes the new colour apply, and it is not free)."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def action_button(parent: QWidget, name: str, text: str, tip: str) -> QToolButton:
    """A message action (Copy, Edit, Retry, Regenerate): flat, styled by ``chatAction``."""
    b = QToolButton(parent)
    b.setObjectName(name)
    b.setProperty("chatAction", True)
    b.setText(text)
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.setAutoRaise(True)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    # Out of the Tab chain (a long conversation would make it hundreds of stops); the
    # keyboard reaches the same actions through the tab's shortcuts (Ctrl+R, Ctrl+Shift+C,
    # Ctrl+Shift+E) and the text through the context menu.
    b.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return b
