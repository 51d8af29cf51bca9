"""Every control of the Chat tab can be found by automation and read by a screen reader."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit,
    QTextEdit,
)

from globalai_desktop.domain.chat import MessageState
from tests.fixtures_sim import TEST_KEY
from tests.test_chat_support import (
    close_tab, last_reply, make_ctx, open_tab, run, type_and_send, until,
)

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView)


def test_every_control_has_an_object_name_and_accessible_name(qtbot, qloop, sim, tmp_path):
    ctx = make_ctx(tmp_path, sim.text_base_url, TEST_KEY)
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await type_and_send(qtbot, tab, "hello")
        await until(lambda: (w := last_reply(tab)) is not None
                    and w.message.state is MessageState.DONE)
        user = tab.view.message_widget(tab.view.message_ids()[0])
        user.begin_edit()                              # the inline editor's controls too

    run(qloop, scenario())
    missing = []
    combo_views = [c.view() for c in tab.findChildren(QComboBox)]
    from PySide6.QtWidgets import QWidget

    for w in (c for c in tab.findChildren(QWidget) if isinstance(c, CONTROLS)):
        if w.objectName().startswith("qt_"):          # Qt's own internals (spin box line edits …)
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        if isinstance(w, QAbstractButton) and isinstance(w.parent(), QLineEdit):
            continue                                   # Qt's own clear button in a search field
        if isinstance(w, QAbstractItemView) and any(v is w for v in combo_views):
            continue                                   # a combo box's own drop-down list
        if not w.objectName() or not w.accessibleName():
            missing.append(f"{type(w).__name__} name={w.objectName()!r} acc={w.accessibleName()!r}"
                           f" parent={type(w.parent()).__name__}")
    assert missing == []
    close_tab(qloop, tab, ctx)
