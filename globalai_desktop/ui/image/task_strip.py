"""A strip of task cards: state, elapsed time, progress and the server's words.

``TaskStrip.update_task(task)`` adds or refreshes a card (newest on the left); running
cards tick their elapsed time once a second.  Each card offers what makes sense for its
state: Stop tracking while it runs, Resume when paused or untracked, Resubmit (explicit:
a new task from the stored request) when it failed, expired or its outcome is unknown,
Show when its image is saved, and Dismiss for finished ones.  The strip only signals the
choice; the tab carries it out.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QProgressBar, QScrollArea, QSizePolicy, QToolButton,
    QVBoxLayout, QWidget)

from globalai_desktop.domain.media import TaskState
from globalai_desktop.storage.tasks import TaskRecord
from globalai_desktop.ui.widgets.time_text import elapsed_text

CARD_WIDTH = 232
MAX_CARDS = 40          # older tasks stay in the ledger; the strip is for "now"
DONE_LINGER_MS = 15_000  # a finished card leaves by itself: its image is in the gallery


class TaskCard(QFrame):
    action = Signal(str, int)       # action name, task id

    def __init__(self, task: TaskRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.setObjectName(f"taskCard_{task.id}")
        self.setFrameShape(QFrame.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.AlternateBase)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(4)
        top = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("taskState")
        font = self.state_label.font()
        font.setBold(True)
        self.state_label.setFont(font)
        self.elapsed_label = QLabel(self)
        self.elapsed_label.setObjectName("taskElapsed")
        self.elapsed_label.setEnabled(False)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.elapsed_label)
        lay.addLayout(top)
        self.prompt_label = QLabel(self)
        self.prompt_label.setObjectName("taskPrompt")
        lay.addWidget(self.prompt_label)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("taskProgress")
        self.progress.setAccessibleName(self.tr("Task progress"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        lay.addWidget(self.progress)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("taskMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.message_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        for name, text in (("show", self.tr("Show")), ("stop", self.tr("Stop tracking")),
                           ("resume", self.tr("Resume")), ("resubmit", self.tr("Resubmit")),
                           ("dismiss", self.tr("Dismiss"))):
            b = QToolButton(self)
            b.setText(text)
            b.setObjectName(f"task_{name}")
            b.setAccessibleName(text)
            b.setAutoRaise(True)
            b.clicked.connect(lambda _c=False, n=name: self.action.emit(n, self.task.id))
            buttons.addWidget(b)
            self.buttons[name] = b
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.set_task(task)

    def set_task(self, task: TaskRecord) -> None:
        self.task = task
        self.state_label.setText(state_text(self, task))
        self.prompt_label.setText(self.fontMetrics().elidedText(
            task.prompt or task.model, Qt.ElideRight, CARD_WIDTH - 24))
        self.prompt_label.setToolTip(f"{task.prompt}\n{task.model}")
        self.message_label.setText(task.message)
        self.message_label.setVisible(bool(task.message))
        self.message_label.setToolTip(task.message)
        running = task.state.active and not task.paused
        if task.progress is not None and task.state is not TaskState.SUBMITTING:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(task.progress))
        else:
            self.progress.setRange(0, 0 if running else 100)   # busy indicator while running
            self.progress.setValue(0)
        self.progress.setVisible(task.state.active)
        st = task.state
        self.buttons["show"].setVisible(st is TaskState.DONE)
        self.buttons["stop"].setVisible(st.active and st is not TaskState.SUBMITTING)
        self.buttons["resume"].setVisible(bool(task.remote_id) and (
            st is TaskState.UNTRACKED or (st.active and task.paused)))
        self.buttons["resubmit"].setVisible(st in (TaskState.FAILED, TaskState.EXPIRED,
                                                   TaskState.OUTCOME_UNKNOWN,
                                                   TaskState.CANCELLED, TaskState.UNTRACKED))
        self.buttons["dismiss"].setVisible(not st.active)
        self.setAccessibleName(self.tr("Task: {state}, {prompt}").format(
            state=self.state_label.text(), prompt=task.prompt))
        self.tick()

    def tick(self, now: float | None = None) -> None:
        self.elapsed_label.setText(elapsed_text(self.task.elapsed(now)))


def state_text(widget: QWidget, task: TaskRecord) -> str:
    """The state in a word or two, as the user reads it."""
    if task.paused and task.state.active:
        return widget.tr("Waiting")
    return {
        TaskState.SUBMITTING: widget.tr("Sending"),
        TaskState.OUTCOME_UNKNOWN: widget.tr("Unknown outcome"),
        TaskState.QUEUED: widget.tr("Queued"),
        TaskState.PROCESSING: widget.tr("Generating"),
        TaskState.DOWNLOADING: widget.tr("Saving"),
        TaskState.DONE: widget.tr("Done"),
        TaskState.FAILED: widget.tr("Failed"),
        TaskState.CANCELLED: widget.tr("Cancelled"),
        TaskState.EXPIRED: widget.tr("Expired"),
        TaskState.UNTRACKED: widget.tr("Not tracked"),
    }.get(task.state, task.state.value)


class TaskStrip(QScrollArea):
    action = Signal(str, int)       # forwarded from the cards

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskStrip")
        self.setAccessibleName(self.tr("Generation tasks"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # No scroll bar under the cards (it looked like a divider); the wheel scrolls sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        inner = QWidget(self)
        self.row = QHBoxLayout(inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        self.row.addStretch(1)
        self.setWidget(inner)
        self.cards: dict[int, TaskCard] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self._sync_height()

    def update_task(self, task: TaskRecord) -> None:
        card = self.cards.get(task.id)
        if card is None:
            card = TaskCard(task, self.widget())
            card.action.connect(self.action)
            self.cards[task.id] = card
            self.row.insertWidget(self._insert_pos(task), card)
            self._trim()
        else:
            was_done = card.task.state is TaskState.DONE
            card.set_task(task)
            if task.state is TaskState.DONE and not was_done:
                QTimer.singleShot(DONE_LINGER_MS, self, lambda i=task.id: self._linger_over(i))
        self._sync_timer()
        self._sync_height()

    def remove_task(self, task_id: int) -> None:
        card = self.cards.pop(task_id, None)
        if card is not None:
            card.setParent(None)
            card.deleteLater()
        self._sync_timer()
        self._sync_height()

    def _linger_over(self, task_id: int) -> None:
        card = self.cards.get(task_id)
        if card is not None and card.task.state is TaskState.DONE:
            self.remove_task(task_id)

    def _insert_pos(self, task: TaskRecord) -> int:
        newer = sum(1 for c in self.cards.values()
                    if c.task.id != task.id and (c.task.created_at, c.task.id) > (task.created_at, task.id))
        return newer

    def _trim(self) -> None:
        finished = sorted((c for c in self.cards.values() if not c.task.state.active),
                          key=lambda c: (c.task.created_at, c.task.id))
        while len(self.cards) > MAX_CARDS and finished:
            self.remove_task(finished.pop(0).task.id)

    def _sync_timer(self) -> None:
        running = any(c.task.state.active for c in self.cards.values())
        if running and not self.timer.isActive():
            self.timer.start()
        elif not running:
            self.timer.stop()

    def _sync_height(self) -> None:
        self.setVisible(bool(self.cards))
        tallest = max((c.sizeHint().height() for c in self.cards.values()), default=0)
        self.setFixedHeight(tallest + 2)

    def wheelEvent(self, event: Any) -> None:
        bar = self.horizontalScrollBar()
        delta = event.angleDelta()
        bar.setValue(bar.value() - (delta.y() or delta.x()))
        event.accept()

    def _tick(self) -> None:
        now = time.time()
        for card in self.cards.values():
            if card.task.state.active:
                card.tick(now)

    def card(self, task_id: int) -> TaskCard | None:
        return self.cards.get(task_id)
