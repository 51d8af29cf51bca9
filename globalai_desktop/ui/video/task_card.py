"""One task in the queue: thumbnail, model, prompt, state, time, progress, actions.

A :class:`TaskCard` shows one :class:`~globalai_desktop.storage.tasks.TaskRecord` and is
rebuilt in place by :meth:`TaskCard.show_task`; its buttons emit the owning
:class:`~.queue_panel.QueuePanel`'s signals with the task's ledger id.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QSizePolicy, QToolButton,
    QVBoxLayout,
)

from globalai_desktop.domain.media import TaskState

from globalai_desktop.ui.widgets.catalog_text import catalog_tr, name_tr
from globalai_desktop.ui.widgets.time_text import elapsed_text, when_text

from . import task_words
from .elided import ElidedLabel

THUMB = QSize(112, 63)


def _family_bits(catalog: Any, task) -> tuple[str, str, str]:
    """(model label, family label, typical wait) in the interface language, with graceful
    fallbacks for a family or model the catalog no longer has."""
    try:
        fam = catalog.family(task.family_id)
    except Exception:
        return task.model, task.family_id, ""
    try:
        model_label = name_tr(fam.model(task.model).label) or task.model
    except Exception:
        model_label = task.model
    typical = getattr(fam, "typical_wait", "") or ""
    return (model_label, name_tr(getattr(fam, "label", "")) or task.family_id,
            catalog_tr(typical) if typical else "")


class TaskCard(QFrame):
    """One task in the queue (rebuilt in place by :meth:`show_task`)."""

    def __init__(self, panel: Any, task) -> None:
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
        took = elapsed_text(t.elapsed(now))
        if t.state.active:
            text = (self.tr("{0} · usually {1}").format(took, self._typical) if self._typical
                    else took)
        elif t.state is TaskState.DONE:
            text = self.tr("took {0}").format(took)
        else:
            text = when_text(t.created_at, now)
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
