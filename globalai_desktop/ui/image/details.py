"""The preview's details: the prompt (selectable, with a copy button) and the facts.

``ImageDetails.show_record(record)`` fills the panel; ``clear()`` empties it.  Facts are
rows of a muted name and a value: model, each setting the image was made with (named by
``field_label(family, model, name)``, which the tab points at the catalog), pixel size
and file size, when it was made (in the user's locale: "Today, 17:05"), and what the
server link is still good for, in words ("usable as a reference for about 23 hours",
"expired 2 days ago").  The link words are refreshed every minute while shown.

The pure helpers ``duration_words(seconds)``, ``link_words(record, now)`` and
``made_words(timestamp, now)`` hold the wording, so tests can check it without a widget.
"""

from __future__ import annotations

import time
from html import escape
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from globalai_desktop.storage.media_library import MediaRecord
from globalai_desktop.ui.image.icons import line_icon

REFRESH_MS = 60_000
COPIED_MS = 1500


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImageDetails", text)


def duration_words(seconds: float) -> str:
    """A rough duration in words: "less than a minute", "5 minutes", "23 hours", "3 days"."""
    seconds = abs(seconds)
    if seconds < 60:
        return _tr("less than a minute")
    if seconds < 90 * 60:
        n = max(1, round(seconds / 60))
        return _tr("1 minute") if n == 1 else _tr("{n} minutes").format(n=n)
    if seconds < 36 * 3600:
        n = round(seconds / 3600)
        return _tr("1 hour") if n == 1 else _tr("{n} hours").format(n=n)
    n = round(seconds / 86400)
    return _tr("1 day") if n == 1 else _tr("{n} days").format(n=n)


def link_words(rec: MediaRecord, now: float | None = None) -> tuple[str, str]:
    """(words, state) for the record's server link; state is "valid", "expired" or "none"."""
    now = time.time() if now is None else now
    if not rec.source_url:
        return _tr("None: this image cannot be sent as a reference."), "none"
    if rec.source_url_valid(now):
        if rec.source_expires_at is None:
            return _tr("Usable as a reference."), "valid"
        return (_tr("Usable as a reference for about {duration}.").format(
            duration=duration_words(rec.source_expires_at - now)), "valid")
    ago = now - (rec.source_expires_at or now)
    return (_tr("Expired {duration} ago. The file on your disk is yours to keep.").format(
        duration=duration_words(ago)), "expired")


def made_words(timestamp: float, now: float | None = None) -> str:
    """When an image was made, in the user's locale ("Today, 17:05")."""
    locale = QLocale()
    made = QDateTime.fromSecsSinceEpoch(int(timestamp))
    today = QDateTime.fromSecsSinceEpoch(int(time.time() if now is None else now)).date()
    clock = locale.toString(made.time(), QLocale.FormatType.ShortFormat)
    days = made.date().daysTo(today)
    if days == 0:
        return _tr("Today, {time}").format(time=clock)
    if days == 1:
        return _tr("Yesterday, {time}").format(time=clock)
    return _tr("{date}, {time}").format(
        date=locale.toString(made.date(), QLocale.FormatType.LongFormat), time=clock)


def size_words(rec: MediaRecord) -> str:
    parts = []
    if rec.width and rec.height:
        parts.append(_tr("{w} × {h} px").format(w=rec.width, h=rec.height))
    if rec.size:
        parts.append(QLocale().formattedDataSize(
            rec.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat))
    return " · ".join(parts)


def _value_words(value: Any) -> str:
    if isinstance(value, list):
        return _tr("1 link") if len(value) == 1 else _tr("{n} links").format(n=len(value))
    if isinstance(value, bool):
        return _tr("On") if value else _tr("Off")
    return str(value)


class SelectableLabel(QLabel):
    """A label whose selected text Ctrl+C copies, even where Ctrl+C is also a shortcut of
    the window (the Image tab's "copy image"): the selection wins while there is one."""

    def event(self, event: Any) -> bool:
        if (event.type() == QEvent.ShortcutOverride and self.hasSelectedText()
                and event.matches(QKeySequence.Copy)):
            event.accept()
            return True
        return super().event(event)


class ImageDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewDetails")
        self.setAccessibleName(self.tr("Image details"))
        self.record: MediaRecord | None = None
        # (family id, model, field name) → label; the tab points this at the catalog.
        self.field_label: Callable[[str, str, str], str] = lambda _f, _m, name: name
        # (family id, model, field name, value) → the value in words ("On", "4 seconds");
        # the tab points this at the catalog.  Lists of links are counted, never spelled out.
        self.value_text: Callable[[str, str, str, Any], str] = lambda _f, _m, _n, v: _value_words(v)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.prompt_title = self._muted(self.tr("Prompt"))
        head.addWidget(self.prompt_title)
        head.addStretch(1)
        self.copy_prompt_button = QToolButton(self)
        self.copy_prompt_button.setObjectName("copyPromptButton")
        self.copy_prompt_button.setAccessibleName(self.tr("Copy prompt"))
        self.copy_prompt_button.setToolTip(self.tr("Copy the prompt to the clipboard"))
        self.copy_prompt_button.setText(self.tr("Copy prompt"))
        self.copy_prompt_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.copy_prompt_button.setAutoRaise(True)
        self.copy_prompt_button.clicked.connect(self.copy_prompt)
        head.addWidget(self.copy_prompt_button)
        lay.addLayout(head)

        self.prompt = SelectableLabel(self)
        self.prompt.setObjectName("previewPrompt")
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.PlainText)
        self.prompt.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.prompt.setCursor(Qt.IBeamCursor)
        self.prompt.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Minimum)
        lay.addWidget(self.prompt)

        # One rich-text label for the facts: a two-column table wraps and aligns properly
        # at any width (a grid of word-wrapped labels does not), and it is selectable.
        self.facts_label = SelectableLabel(self)
        self.facts_label.setObjectName("previewFacts")
        self.facts_label.setAccessibleName(self.tr("Image facts"))
        self.facts_label.setTextFormat(Qt.RichText)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(
            Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.facts_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Minimum)
        lay.addWidget(self.facts_label)
        lay.addStretch(1)
        self._rows: list[tuple[str, str]] = []

        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._refresh_link)
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(COPIED_MS)
        self._copied.timeout.connect(
            lambda: self.copy_prompt_button.setText(self.tr("Copy prompt")))
        self._retint()
        self.clear()

    def minimumSizeHint(self) -> QSize:
        # The height follows the width (wrapped text); the layout's own minimum assumes the
        # narrowest width, which would make the scroll area scroll for nothing.
        return QSize(160, 0)

    def _muted(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setForegroundRole(QPalette.PlaceholderText)
        return label

    # --- content --------------------------------------------------------------------------------
    def clear(self) -> None:
        self.record = None
        self._refresh.stop()
        self.prompt.setText("")
        self._set_rows([])
        self.setVisible(False)

    def show_record(self, rec: MediaRecord) -> None:
        self.record = rec
        self.prompt.setText(rec.prompt or self.tr("(no prompt)"))
        self.copy_prompt_button.setEnabled(bool(rec.prompt))
        rows = [(self.tr("Model"), rec.model or "—")]
        for name, value in rec.params.items():
            if name != "prompt" and value not in (None, "", []):
                text = (_value_words(value) if isinstance(value, list)
                        else self.value_text(rec.family_id, rec.model, name, value))
                rows.append((self.field_label(rec.family_id, rec.model, name), text))
        size = size_words(rec)
        if size:
            rows.append((self.tr("Size"), size))
        rows.append((self.tr("Created"), made_words(rec.created_at)))
        rows.append((self.tr("Server link"), link_words(rec)[0]))
        self._set_rows(rows)
        self.setVisible(True)
        self._refresh.start()

    def _set_rows(self, rows: list[tuple[str, str]]) -> None:
        self._rows = rows
        self._render()

    def _render(self) -> None:
        muted = self.palette().color(QPalette.PlaceholderText).name()
        cells = "".join(
            f"<tr><td style='color:{muted}; padding:0 14px 3px 0; white-space:nowrap'>"
            f"{escape(name)}</td><td style='padding:0 0 3px 0'>{escape(value)}</td></tr>"
            for name, value in self._rows)
        self.facts_label.setText(f"<table cellspacing='0' cellpadding='0'>{cells}</table>"
                                 if cells else "")
        self.facts_label.setAccessibleDescription(
            "; ".join(f"{n}: {v}" for n, v in self._rows))

    def facts(self) -> dict[str, str]:
        """The rows shown, name → value (tests; assistive summaries)."""
        return dict(self._rows)

    def _refresh_link(self) -> None:
        if self.record is not None and self._rows:
            self._rows[-1] = (self._rows[-1][0], link_words(self.record)[0])
            self._render()

    # --- copying --------------------------------------------------------------------------------
    def copy_prompt(self) -> None:
        if self.record is None or not self.record.prompt:
            return
        QGuiApplication.clipboard().setText(self.record.prompt)
        self.copy_prompt_button.setText(self.tr("Copied"))
        self._copied.start()

    # --- look -----------------------------------------------------------------------------------
    def _retint(self) -> None:
        self.copy_prompt_button.setIcon(line_icon("copy", self))
        if self._rows:
            self._render()          # the muted colour of the names comes from the palette

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._retint()
