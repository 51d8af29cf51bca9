"""The queue: every submitted video task as a card, newest first.

Contract:
- ``QueuePanel(catalog, posters)`` shows :class:`~globalai_desktop.storage.tasks.TaskRecord`
  snapshots: ``set_tasks(tasks)``, ``upsert(task)``, ``remove_task(task_id)``.
- Each card shows the model, the family, the prompt, the state (in words and colour), the
  elapsed time, the family's typical duration, progress, and the task's message (the
  server's reason when it failed, "expired" in words, network waits…).
- Actions are signals carrying the ledger id; the tab decides what they do:
  ``open_requested`` (play it), ``reveal_requested``, ``stop_requested`` (stop tracking),
  ``resume_requested``, ``resubmit_requested`` (explicit; the tab confirms), and
  ``remove_requested``.
- One timer refreshes the elapsed time of running tasks once a second.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QStyle, QToolButton, QVBoxLayout, QWidget,
)

from globalai_desktop.domain.media import TaskState

from . import task_words
from .elided import ElidedLabel
from .timefmt import elapsed as fmt_elapsed

MAX_CARDS = 100          # older tasks live in the History; the queue stays quick to scan
THUMB = QSize(112, 63)


def _family_bits(catalog: Any, task) -> tuple[str, str, str]:
    """(model label, family label, typical wait) with graceful fallbacks."""
    try:
        fam = catalog.family(task.family_id)
    except Exception:
        return task.model, task.family_id, ""
    try:
        model_label = fam.model(task.model).label or task.model
    except Exception:
        model_label = task.model
    typical = (getattr(fam, "typical_wait", "") or "").split("(")[0].strip().rstrip(",;")
    return model_label, getattr(fam, "label", task.family_id), typical


class TaskCard(QFrame):
    """One task in the queue (rebuilt in place by :meth:`show_task`)."""

    def __init__(self, panel: "QueuePanel", task) -> None:
        super().__init__(panel)
        self._panel = panel
        self.task = task
        self.setObjectName(f"videoTaskCard{task.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)
        row.setSpacing(10)

        self.thumb = QLabel(self)
        self.thumb.setObjectName("videoTaskThumb")
        self.thumb.setFixedSize(THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setAutoFillBackground(True)
        self.thumb.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        row.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)

        col = QVBoxLayout()
        col.setSpacing(3)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.model_label = ElidedLabel("", self)
        self.model_label.setObjectName("videoTaskModel")
        f = self.model_label.font()
        f.setBold(True)
        self.model_label.setFont(f)
        top.addWidget(self.model_label, 1)
        self.state_chip = QLabel(self)
        self.state_chip.setObjectName("videoTaskState")
        top.addWidget(self.state_chip)
        col.addLayout(top)

        self.prompt_label = ElidedLabel("", self, lines=2)
        self.prompt_label.setObjectName("videoTaskPrompt")
        col.addWidget(self.prompt_label)

        prog = QHBoxLayout()
        prog.setSpacing(8)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("videoTaskProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        prog.addWidget(self.progress, 1)
        self.progress.setMinimumWidth(60)
        self.time_label = ElidedLabel("", self)
        self.time_label.setObjectName("videoTaskTime")
        self.time_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        prog.addWidget(self.time_label, 1)
        col.addLayout(prog)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("videoTaskMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        col.addWidget(self.message_label)

        actions = QHBoxLayout()
        actions.setSpacing(4)
        actions.addStretch(1)
        self.open_button = self._button("videoTaskOpen", self.tr("Play"),
                                        self.tr("Play this video"), panel.open_requested)
        self.stop_button = self._button("videoTaskStop", self.tr("Stop tracking"),
                                        self.tr("Stop checking on this task"), panel.stop_requested)
        self.resume_button = self._button("videoTaskResume", self.tr("Check again"),
                                          self.tr("Check on this task again"),
                                          panel.resume_requested)
        self.resubmit_button = self._button(
            "videoTaskResubmit", self.tr("Resubmit…"),
            self.tr("Send the same request again as a new task"), panel.resubmit_requested)
        for b in (self.open_button, self.resume_button, self.stop_button, self.resubmit_button):
            actions.addWidget(b)
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("videoTaskMore")
        self.more_button.setAccessibleName(self.tr("More actions for this task"))
        self.more_button.setToolTip(self.tr("More actions"))
        self.more_button.setText("⋯")
        self.more_button.setAutoRaise(True)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.reveal_action = QAction(self.tr("Show in folder"), menu)
        self.reveal_action.triggered.connect(lambda: panel.reveal_requested.emit(self.task.id))
        self.resubmit_action = QAction(self.tr("Resubmit as a new task…"), menu)
        self.resubmit_action.triggered.connect(lambda: panel.resubmit_requested.emit(self.task.id))
        self.remove_action = QAction(self.tr("Remove from the queue"), menu)
        self.remove_action.triggered.connect(lambda: panel.remove_requested.emit(self.task.id))
        for a in (self.reveal_action, self.resubmit_action, self.remove_action):
            menu.addAction(a)
        self.more_button.setMenu(menu)
        actions.addWidget(self.more_button)
        col.addLayout(actions)
        row.addLayout(col, 1)
        self.show_task(task)

    def _button(self, name: str, text: str, accessible: str, signal) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAccessibleName(accessible)
        b.setToolTip(accessible)
        b.clicked.connect(lambda: signal.emit(self.task.id))
        return b

    # ---- state → widgets ---------------------------------------------------------------

    def show_task(self, task) -> None:
        self.task = task
        model_label, family_label, typical = _family_bits(self._panel.catalog, task)
        self.model_label.setText(model_label)
        self.setToolTip(self.tr("{0} · {1}\n{2}").format(family_label, task.model, task.prompt))
        self.prompt_label.setText(task.prompt or self.tr("(no prompt)"))
        tone = task_words.state_tone(task.state, task.paused)
        self.state_chip.setText(task_words.state_label(task.state, task.paused))
        self.state_chip.setStyleSheet(task_words.chip_style(tone))
        self.setAccessibleName(self.tr("{0} video task, {1}: {2}").format(
            model_label, task_words.state_label(task.state, task.paused), task.prompt[:80]))
        self._typical = typical
        self._show_progress(task)
        self.update_time()
        msg = task.message or ""
        self.message_label.setText(msg)
        self.message_label.setVisible(bool(msg))
        if tone in ("error", "warning") and msg:
            pal = self.message_label.palette()
            pal.setColor(QPalette.ColorRole.WindowText, task_words.tone_color(tone))
            self.message_label.setPalette(pal)
        else:
            self.message_label.setPalette(self.palette())
        self._show_actions(task)
        self.refresh_thumb()

    def _show_progress(self, task) -> None:
        active = task.state.active
        self.progress.setVisible(active)
        if not active:
            return
        if task.progress is not None and task.state is not TaskState.QUEUED:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(max(0.0, min(100.0, task.progress))))
        else:
            self.progress.setRange(0, 0)        # busy: the server gives no percentage

    def _show_actions(self, task) -> None:
        s = task.state
        has_file = bool(task.media_path)
        self.open_button.setVisible(s is TaskState.DONE and has_file)
        self.stop_button.setVisible(s.active and s is not TaskState.SUBMITTING)
        self.resume_button.setVisible(bool(task.remote_id) and (
            s is TaskState.UNTRACKED or (s.active and task.paused)))
        self.resubmit_button.setVisible(s in (TaskState.FAILED, TaskState.CANCELLED,
                                              TaskState.EXPIRED, TaskState.OUTCOME_UNKNOWN))
        self.reveal_action.setEnabled(has_file)
        self.resubmit_action.setEnabled(s is not TaskState.SUBMITTING)
        self.remove_action.setEnabled(not s.active)

    def update_time(self, now: float | None = None) -> None:
        t = self.task
        took = fmt_elapsed(t.elapsed(now or time.time()))
        if t.state.active:
            text = (self.tr("{0} · usually {1}").format(took, self._typical) if self._typical
                    else took)
        elif t.state is TaskState.DONE:
            text = self.tr("took {0}").format(took)
        else:
            text = time.strftime("%d %b %H:%M", time.localtime(t.created_at))
        self.time_label.setText(text)

    def refresh_thumb(self) -> None:
        t = self.task
        pm = self._panel.posters.pixmap(t.media_path) if (
            self._panel.posters is not None and t.state is TaskState.DONE and t.media_path) else None
        if pm is not None:
            self.thumb.setPixmap(pm.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        elif t.state.active:
            self.thumb.setPixmap(self._running_placeholder(t))
        else:
            self.thumb.setPixmap(task_words.state_icon(t.state).pixmap(28, 28))

    def _running_placeholder(self, t) -> QPixmap:
        """The thumbnail of a task being made: its progress, large, in the theme's colours."""
        pm = QPixmap(THUMB * self.devicePixelRatioF())
        pm.setDevicePixelRatio(self.devicePixelRatioF())
        pal = self.palette()
        pm.fill(pal.color(QPalette.ColorRole.AlternateBase))
        painter = QPainter(pm)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        if t.progress is not None and t.state is TaskState.PROCESSING:
            text = f"{int(t.progress)} %"
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
        else:
            text = task_words.state_label(t.state, t.paused)
        painter.setFont(font)
        painter.setPen(task_words.tone_color(task_words.state_tone(t.state, t.paused)))
        painter.drawText(QRect(0, 0, THUMB.width(), THUMB.height()),
                         int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()
        return pm


class QueuePanel(QWidget):
    open_requested = Signal(int)
    reveal_requested = Signal(int)
    stop_requested = Signal(int)
    resume_requested = Signal(int)
    resubmit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, catalog: Any, posters: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoQueuePanel")
        self.setAccessibleName(self.tr("Video queue"))
        self.catalog = catalog
        self.posters = posters
        self._cards: dict[int, TaskCard] = {}
        self._tasks: dict[int, Any] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        head = QHBoxLayout()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("videoQueueSummary")
        self.summary_label.setAccessibleName(self.tr("Queue summary"))
        head.addWidget(self.summary_label, 1)
        self.show_finished = QCheckBox(self.tr("Show finished"), self)
        self.show_finished.setObjectName("videoQueueShowFinished")
        self.show_finished.setAccessibleName(self.tr("Show finished tasks in the queue"))
        self.show_finished.setChecked(True)
        self.show_finished.toggled.connect(self._relayout)
        head.addWidget(self.show_finished)
        outer.addLayout(head)

        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("videoQueueScroll")
        self._scroll.setAccessibleName(self.tr("Video tasks"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget(self._scroll)
        self._body.setObjectName("videoQueueBody")
        self._list = QVBoxLayout(self._body)
        self._list.setContentsMargins(0, 0, 4, 0)
        self._list.setSpacing(6)
        self._empty = QLabel(self.tr("No videos yet. Describe a scene and press Generate; "
                                     "it appears here while it is made."), self._body)
        self._empty.setObjectName("videoQueueEmpty")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._empty.setMargin(24)
        self._list.addWidget(self._empty)
        self._list.addStretch(1)
        self._scroll.setWidget(self._body)
        outer.addWidget(self._scroll, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        if posters is not None:
            posters.poster_ready.connect(self._poster_ready)
        self._update_summary()

    # ---- public API ----------------------------------------------------------------

    def set_tasks(self, tasks) -> None:
        for card in self._cards.values():
            card.deleteLater()
        self._cards.clear()
        self._tasks = {t.id: t for t in tasks}
        self._relayout()

    def upsert(self, task) -> None:
        self._tasks[task.id] = task
        card = self._cards.get(task.id)
        if card is not None:
            card.show_task(task)
            card.setVisible(self._visible(task))
            self._update_summary()
        else:
            self._relayout()

    def remove_task(self, task_id: int) -> None:
        self._tasks.pop(task_id, None)
        card = self._cards.pop(task_id, None)
        if card is not None:
            card.deleteLater()
        self._relayout()

    def card(self, task_id: int) -> TaskCard | None:
        return self._cards.get(task_id)

    def task_ids(self) -> list[int]:
        """Ids of the cards shown, top to bottom."""
        return [tid for tid in self._ordered_ids() if tid in self._cards
                and not self._cards[tid].isHidden()]

    # ---- internals -----------------------------------------------------------------

    def _ordered_ids(self) -> list[int]:
        tasks = sorted(self._tasks.values(), key=lambda t: (t.created_at, t.id), reverse=True)
        return [t.id for t in tasks[:MAX_CARDS]]

    def _visible(self, task) -> bool:
        return self.show_finished.isChecked() or task.state.active

    def _relayout(self) -> None:
        wanted = self._ordered_ids()
        for tid in list(self._cards):
            if tid not in wanted:
                self._cards.pop(tid).deleteLater()
        for index, tid in enumerate(wanted):
            card = self._cards.get(tid)
            if card is None:
                card = TaskCard(self, self._tasks[tid])
                self._cards[tid] = card
            self._list.removeWidget(card)
            self._list.insertWidget(index, card)
            card.setVisible(self._visible(self._tasks[tid]))
        self._update_summary()

    def _update_summary(self) -> None:
        running = sum(1 for t in self._tasks.values() if t.state.active)
        ready = sum(1 for t in self._tasks.values() if t.state is TaskState.DONE)
        problems = sum(1 for t in self._tasks.values()
                       if t.state in (TaskState.FAILED, TaskState.OUTCOME_UNKNOWN,
                                      TaskState.EXPIRED))
        parts = [self.tr("{0} running").format(running), self.tr("{0} ready").format(ready)]
        if problems:
            parts.append(self.tr("{0} need attention").format(problems))
        self.summary_label.setText(" · ".join(parts))
        self._empty.setVisible(not any(not c.isHidden() for c in self._cards.values())
                               if self._cards else True)

    def _tick(self) -> None:
        now = time.time()
        for card in self._cards.values():
            if card.task.state.active and card.isVisible():
                card.update_time(now)

    def _poster_ready(self, path: str) -> None:
        for card in self._cards.values():
            if card.task.media_path == path:
                card.refresh_thumb()
