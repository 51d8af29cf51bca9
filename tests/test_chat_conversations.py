"""Conversation management: search, delete with undo, export/import, edit/regenerate,
model picker, send shortcut, long conversations."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from globalai_desktop.domain.chat import Message, MessageState, Role
from tests.fixtures_sim import TEST_KEY
from tests.test_chat_support import (
    close_tab, last_reply, make_ctx, open_tab, run, settle, type_and_send, until,
)


@pytest.fixture
def ctx(sim, tmp_path):
    return make_ctx(tmp_path, sim.text_base_url, TEST_KEY)


def _chat(qtbot, tab, text):
    async def go():
        before = len(tab.view.message_ids())
        await type_and_send(qtbot, tab, text)
        # The new reply (until it is added, the previous one is the last and done).
        await until(lambda: len(tab.view.message_ids()) >= before + 2
                    and (w := last_reply(tab)) is not None
                    and w.message.state is MessageState.DONE
                    and tab.view.message_ids()[-1] == w.message.id, what="reply done")
    return go()


def _texts(tab):
    return [tab.view.message_widget(i).message.text for i in tab.view.message_ids()]


def test_search_finds_a_word_from_message_text(qtbot, qloop, ctx):
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await _chat(qtbot, tab, "Tell me about the aardvark")
        first = tab.current.id
        await tab.new_conversation()
        await _chat(qtbot, tab, "Something about volcanoes")
        await tab.service.rename(tab.current.id, "Geology notes")
        second = tab.current.id
        await until(lambda: len(tab.list_panel.ids()) == 2)
        assert tab.list_panel.ids() == [second, first]          # most recent first
        qtbot.keyClicks(tab.list_panel.search, "aardv")         # a word from message text
        await until(lambda: tab.list_panel.ids() == [first], what="search by message text")
        assert "aardvark" in tab.list_panel.list.item(0).text()  # the hit is shown
        tab.list_panel.search.clear()
        qtbot.keyClicks(tab.list_panel.search, "geology")        # a word from a title
        await until(lambda: tab.list_panel.ids() == [second], what="search by title")
        tab.list_panel.search.clear()
        qtbot.keyClicks(tab.list_panel.search, "nonexistentword")
        await until(lambda: tab.list_panel.ids() == [], what="no match")
        assert tab.list_panel.empty.isVisible()

    run(qloop, scenario())
    close_tab(qloop, tab, ctx)


def test_delete_with_undo_and_rename(qtbot, qloop, ctx):
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await _chat(qtbot, tab, "keep me")
        keep = tab.current.id
        await tab.service.rename(keep, "Precious chat")
        await until(lambda: tab.list_panel.title_of(keep) == "Precious chat")
        assert tab.title.text() == "Precious chat"
        tab.list_panel.list.setFocus()
        qtbot.keyClick(tab.list_panel.list, Qt.Key.Key_Delete)
        await until(lambda: tab.list_panel.ids() == [], what="deleted from list")
        assert tab.list_panel.undo_bar.isVisible()
        assert "Precious chat" in tab.list_panel.undo_label.text()
        assert tab.current is None and tab.view.message_ids() == []
        qtbot.mouseClick(tab.list_panel.undo_btn, Qt.MouseButton.LeftButton)
        await until(lambda: tab.list_panel.ids() == [keep], what="restored")
        await until(lambda: tab.current is not None and tab.current.id == keep)
        assert _texts(tab)[0] == "keep me"

    run(qloop, scenario())
    close_tab(qloop, tab, ctx)


def test_export_then_import_round_trips(qtbot, qloop, ctx, tmp_path):
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        conv = await tab.new_conversation()
        await tab._save_settings(conv.with_(model="claude-sonnet-4-6", system_prompt="Be kind.",
                                            temperature=0.7, max_tokens=1234))
        await _chat(qtbot, tab, "Explain code with markdown")
        await _chat(qtbot, tab, "And a second question")
        md = await tab.export_to(tmp_path / "chat.md", "markdown")
        js = await tab.export_to(tmp_path / "chat.json", "json")
        original = tab.service.store.messages(tab.current.id)
        imported = await tab.import_from(js)
        return md, js, original, imported

    md, js, original, imported = run(qloop, scenario())
    text = md.read_text(encoding="utf-8")
    assert "Explain code with markdown" in text and "```python" in text
    assert "Be kind." in text and "claude-sonnet-4-6" in text
    assert json.loads(js.read_text(encoding="utf-8"))["format"] == "globalai-desktop/conversation"
    assert imported is not None and tab.current.id == imported.id != original[0].conversation_id
    assert (imported.model, imported.system_prompt, imported.temperature, imported.max_tokens) == \
        ("claude-sonnet-4-6", "Be kind.", 0.7, 1234)
    copy = tab.service.store.messages(imported.id)
    strip = lambda ms: [(m.role, m.text, m.state, m.model, m.protocol, m.usage, m.attachments)
                        for m in ms]
    assert strip(copy) == strip(original) and len(copy) == 4
    assert _texts(tab) == [m.text for m in original]          # and it is shown
    close_tab(qloop, tab, ctx)


def test_importing_a_broken_file_says_why_and_changes_nothing(qtbot, qloop, ctx, tmp_path):
    tab = open_tab(qtbot, qloop, ctx)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    notjson = tmp_path / "notes.json"
    notjson.write_text("hello", encoding="utf-8")
    assert run(qloop, tab.import_from(bad)) is None
    assert "not a GlobalAI Desktop conversation" in tab.notice.text() and tab.notice.isVisible()
    assert run(qloop, tab.import_from(notjson)) is None
    assert "not valid JSON" in tab.notice.text()
    assert tab.service.store.list_conversations() == []
    close_tab(qloop, tab, ctx)


def test_regenerate_and_edit_and_resend(qtbot, qloop, ctx, sim):
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await _chat(qtbot, tab, "first question")
        await _chat(qtbot, tab, "second question")
        posts = sim.count("POST", "/gw_llm_power/v1/chat/completions")
        w = last_reply(tab)
        assert w.regen_btn.isVisible()
        qtbot.mouseClick(w.regen_btn, Qt.MouseButton.LeftButton)
        await until(lambda: sim.count("POST", "/gw_llm_power/v1/chat/completions") == posts + 1)
        await until(lambda: (r := last_reply(tab)) is not None and r is not w
                    and r.message.state is MessageState.DONE, what="regenerated")
        assert len(_texts(tab)) == 4 and "second question" in _texts(tab)[3]
        # edit the first message: everything after it is replaced by the new exchange
        first = tab.view.message_widget(tab.view.message_ids()[0])
        qtbot.mouseClick(first.edit_btn, Qt.MouseButton.LeftButton)
        assert first._editor is not None and not first.bubble.isVisible()
        first._editor.edit.selectAll()
        qtbot.keyClicks(first._editor.edit, "edited question")
        send = first._editor.findChild(QPushButton, "chatEditSend")
        qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
        await until(lambda: len(_texts(tab)) == 2 and last_reply(tab) is not None
                    and last_reply(tab).message.state is MessageState.DONE, what="resent")

    run(qloop, scenario())
    assert _texts(tab)[0] == "edited question" and "edited question" in _texts(tab)[1]
    stored = tab.service.store.messages(tab.current.id)
    assert [m.text for m in stored] == _texts(tab)
    close_tab(qloop, tab, ctx)


def test_copy_message_and_code_block(qtbot, qloop, ctx):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication

    tab = open_tab(qtbot, qloop, ctx)
    run(qloop, _chat(qtbot, tab, "some code please"))
    w = last_reply(tab)
    qtbot.mouseClick(w.copy_btn, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == w.message.text
    w.body.anchorClicked.emit(QUrl("copy:0"))         # the code block's Copy link
    assert QGuiApplication.clipboard().text() == w.code_blocks[0]
    assert "def greet" in w.code_blocks[0] and "```" not in w.code_blocks[0]
    assert tab.notice.text() == "Code copied."
    close_tab(qloop, tab, ctx)


def test_send_shortcut_follows_the_setting(qtbot, qloop, ctx, sim):
    tab = open_tab(qtbot, qloop, ctx)
    edit = tab.composer.edit
    posts = lambda: sim.count("POST", "/gw_llm_power/v1/chat/completions")

    async def scenario():
        edit.setFocus()
        qtbot.keyClicks(edit, "line one")
        qtbot.keyClick(edit, Qt.Key.Key_Return)          # default: Enter adds a line
        qtbot.keyClicks(edit, "line two")
        await settle(0.1)
        assert posts() == 0 and tab.composer.text() == "line one\nline two"
        qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: (w := last_reply(tab)) is not None
                    and w.message.state is MessageState.DONE)
        assert _texts(tab)[0] == "line one\nline two"
        ctx.settings.set("chat.send_shortcut", "enter")
        await settle()
        assert "Enter to send" in tab.composer.hint.text()
        qtbot.keyClicks(edit, "a")
        qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(edit, "b")
        assert tab.composer.text() == "a\nb"
        qtbot.keyClick(edit, Qt.Key.Key_Return)          # now Enter sends
        await until(lambda: len(_texts(tab)) == 4 and last_reply(tab).message.state
                    is MessageState.DONE)
        assert _texts(tab)[2] == "a\nb"

    run(qloop, scenario())
    close_tab(qloop, tab, ctx)


def test_model_picker_is_grouped_with_suffix_tooltips(qtbot, qloop, ctx):
    tab = open_tab(qtbot, qloop, ctx)
    model = tab.picker.model()
    rows = [(model.item(r).text().strip(), model.item(r).data(Qt.ItemDataRole.UserRole + 1),
             model.item(r).toolTip()) for r in range(model.rowCount())]
    headers = [t for t, mid, _ in rows if not mid]
    assert headers == ["GPT", "Claude", "Gemini"]
    ids = [mid for _, mid, _ in rows if mid]
    assert ids == [m.id for m in ctx.catalog.text_models if m.family == "gpt"] + \
        [m.id for m in ctx.catalog.text_models if m.family == "claude"] + \
        [m.id for m in ctx.catalog.text_models if m.family == "gemini"]
    tip = dict((mid, t) for _, mid, t in rows if mid)["claude-opus-4-6-hc"]
    assert "AWS" in tip
    assert "low" in dict((mid, t) for _, mid, t in rows if mid)["gpt-5.4-low"].lower()

    async def scenario():
        await tab.new_conversation()
        row = ids.index("gemini-2.5-pro") + 1 + 2          # three headers precede Gemini rows
        assert model.item(row).data(Qt.ItemDataRole.UserRole + 1) == "gemini-2.5-pro"
        tab.picker.setCurrentIndex(row)
        tab.picker.activated.emit(row)
        await until(lambda: tab.current.model == "gemini-2.5-pro", what="model change saved")
        # the protocol choices follow the model
        choices = [tab.settings_panel.protocol.itemData(i)
                   for i in range(tab.settings_panel.protocol.count())]
        assert choices == [None, "gemini", "openai"]
        assert tab.settings_panel.protocol.itemText(0) == "Default (Gemini native)"

    run(qloop, scenario())
    assert tab.service.store.get_conversation(tab.current.id).model == "gemini-2.5-pro"
    close_tab(qloop, tab, ctx)


def test_long_conversation_opens_a_window_and_loads_earlier_pages(qtbot, qloop, ctx):
    from globalai_desktop.ui.chat.message_view import PAGE

    tab = open_tab(qtbot, qloop, ctx)
    store = tab.service.store
    conv = store.create_conversation(model="gpt-5.4", title="Long one")
    for i in range(PAGE * 2 + 5):
        store.add_message(Message(0, conv.id, Role.USER if i % 2 == 0 else Role.ASSISTANT,
                                  f"message number {i}"))
    run(qloop, tab.open_conversation(conv.id))
    assert len(tab.view.message_ids()) == PAGE and tab.view.earlier.isVisible()
    assert _texts(tab)[-1] == f"message number {PAGE * 2 + 4}"

    async def earlier():
        qtbot.mouseClick(tab.view.earlier, Qt.MouseButton.LeftButton)
        await until(lambda: len(tab.view.message_ids()) == PAGE * 2)
        qtbot.mouseClick(tab.view.earlier, Qt.MouseButton.LeftButton)
        await until(lambda: len(tab.view.message_ids()) == PAGE * 2 + 5)

    run(qloop, earlier())
    assert _texts(tab) == [f"message number {i}" for i in range(PAGE * 2 + 5)]
    assert not tab.view.earlier.isVisible()
    close_tab(qloop, tab, ctx)


def test_keyboard_shortcuts_for_message_actions(qtbot, qloop, ctx, sim):
    from PySide6.QtGui import QGuiApplication

    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await _chat(qtbot, tab, "keyboard only")
        first_reply = last_reply(tab)
        posts = sim.count("POST", "/gw_llm_power/v1/chat/completions")
        qtbot.keyClick(tab.composer.edit, Qt.Key.Key_C,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert QGuiApplication.clipboard().text() == first_reply.message.text
        qtbot.keyClick(tab.composer.edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: sim.count("POST", "/gw_llm_power/v1/chat/completions") == posts + 1)
        await until(lambda: (r := last_reply(tab)) is not first_reply
                    and r.message.state is MessageState.DONE, what="regenerated")
        qtbot.keyClick(tab.composer.edit, Qt.Key.Key_E,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        user = tab.view.message_widget(tab.view.message_ids()[0])
        assert user._editor is not None
        # Escape is free for other uses while nothing streams
        assert not tab.findChild(type(tab._stop_shortcut), "chatStopShortcut").isEnabled()

    run(qloop, scenario())
    close_tab(qloop, tab, ctx)
