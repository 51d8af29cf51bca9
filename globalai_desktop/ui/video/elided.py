"""A label that never widens its layout: long text is cut with "…" to fit N lines.

Prompts and model names can be any length; a plain ``QLabel`` asks for the width of its
whole text and pushes buttons out of sight.  The full text stays available as the
tooltip and through :meth:`full_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, lines: int = 1) -> None:
        super().__init__(parent)
        self._full = ""
        self._lines = max(1, lines)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(self._lines > 1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._full = " ".join((text or "").split()) if self._lines > 1 else (text or "")
        self.setToolTip(self._full if self._full else "")
        self._refresh()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self._height())

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.fontMetrics().horizontalAdvance(self._full) // self._lines + 8
        return QSize(min(width, 480), self._height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refresh()

    def _height(self) -> int:
        fm = self.fontMetrics()
        return fm.lineSpacing() * self._lines + 2

    def _refresh(self) -> None:
        fm = self.fontMetrics()
        width = max(1, self.contentsRect().width())
        if self._lines == 1:
            shown = fm.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        else:
            # Word wrapping loses part of each line; leave room for it.
            budget = int(width * self._lines * 0.92)
            shown = fm.elidedText(self._full, Qt.TextElideMode.ElideRight, budget)
        super().setText(shown)
        self.setFixedHeight(self._height())
