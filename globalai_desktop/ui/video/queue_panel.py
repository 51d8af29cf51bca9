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

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from globalai_desktop.domain.media import TaskState

from .task_card import TaskCard

MAX_CARDS = 100          # older tasks live in the History; the queue stays quick to scan

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
