"""Message and conversation dates follow the interface language's locale (no English month
names in a Chinese interface)."""

from __future__ import annotations

import re
import time
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from globalai_desktop.domain.chat import ConversationSummary, Message, Role
from globalai_desktop.ui.chat.conversation_list import META_ROLE, ConversationListPanel
from globalai_desktop.ui.chat.markdown import MarkdownRenderer
from globalai_desktop.ui.chat.message_widget import MessageWidget
from globalai_desktop.ui.chat.style import chat_colors

LATIN = re.compile(r"[A-Za-z]")


def _earlier_this_year() -> float:
    """Noon on 1 January (2 January when today is the 1st): this year, not today."""
    today = datetime.now()
    return datetime(today.year, 1, 2 if (today.month, today.day) == (1, 1) else 1, 12, 0).timestamp()


@pytest.fixture
def chinese():
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        yield
    finally:
        QLocale.setDefault(old)


def test_message_dates_read_right_in_chinese(qtbot, chinese):
    ts = _earlier_this_year()
    w = MessageWidget(Message(1, 1, Role.USER, "你好", created_at=ts), MarkdownRenderer(),
                      chat_colors())
    qtbot.addWidget(w)
    text = w.time.text()
    assert not LATIN.search(text), text                   # no "Jan", no "PM"
    assert str(datetime.now().year) in text and "12:00" in text

    today = MessageWidget(Message(2, 1, Role.USER, "现在", created_at=time.time()),
                          MarkdownRenderer(), chat_colors())
    qtbot.addWidget(today)
    assert not LATIN.search(today.time.text()) and ":" in today.time.text()


def test_conversation_dates_read_right_in_chinese(qtbot, chinese):
    panel = ConversationListPanel()
    qtbot.addWidget(panel)
    panel.set_items([ConversationSummary(1, "旧的对话", "", _earlier_this_year())], None)
    meta = panel.list.item(0).data(META_ROLE)
    assert not LATIN.search(meta), meta
    assert str(datetime.now().year)[-2:] in meta
