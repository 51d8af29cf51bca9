"""Chat tab end to end against the simulator: streaming, protocols, persistence."""

from __future__ import annotations

import pytest

from globalai_desktop.domain.chat import MessageState, Role
from globalai_desktop.storage.conversations import ConversationStore
from tests.fixtures_sim import TEST_KEY
from tests.test_chat_support import (
    close_tab, last_reply, make_ctx, open_tab, run, type_and_send, until,
)


@pytest.fixture
def ctx(sim, tmp_path):
    return make_ctx(tmp_path, sim.text_base_url, TEST_KEY)


def test_streamed_reply_appears_incrementally_and_is_saved(qtbot, qloop, ctx, sim):
    tab = open_tab(qtbot, qloop, ctx)
    seen_partial = []

    async def scenario():
        await type_and_send(qtbot, tab, "Please answer with markdown and code")
        # While the reply is still streaming, some of it is already on screen.
        await until(lambda: (w := last_reply(tab)) is not None
                    and w.message.state is MessageState.STREAMING and len(w.stream_text) > 20,
                    what="partial text on screen")
        w = last_reply(tab)
        seen_partial.append(w.body.toPlainText())
        await until(lambda: last_reply(tab).message.state is MessageState.DONE, what="reply done")

    run(qloop, scenario())
    w = last_reply(tab)
    final = w.message.text
    assert "Simulated answer" in final and "def greet" in final
    assert 0 < len(seen_partial[0]) < len(w.body.toPlainText())
    assert "def greet" in w.body.toPlainText()          # rendered, code block included
    assert w.code_blocks and "def greet" in w.code_blocks[0]
    assert w.message.usage.known                          # token usage shown per reply
    assert w.usage.isVisible() and "tokens" in w.usage.text()
    assert tab.composer.text() == ""                      # sent text left the box
    conv_id = tab.current.id
    close_tab(qloop, tab, ctx)

    store = ConversationStore.in_dir(ctx.data_dir)
    msgs = store.messages(conv_id)
    store.close()
    assert [m.role for m in msgs] == [Role.USER, Role.ASSISTANT]
    assert msgs[0].text == "Please answer with markdown and code"
    assert msgs[1].text == final and msgs[1].state is MessageState.DONE
    assert msgs[1].usage.output_tokens


@pytest.mark.parametrize("model, protocol, path", [
    ("gpt-5.4", "openai", "/v1/chat/completions"),
    ("claude-sonnet-4-6", "anthropic", "/v1/messages"),
    ("gemini-2.5-pro", "gemini", ":streamGenerateContent"),
    ("claude-sonnet-4-6", "openai-override", "/v1/chat/completions"),
])
def test_each_protocol_works_end_to_end(qtbot, qloop, ctx, sim, model, protocol, path):
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        conv = await tab.new_conversation()
        settings = conv.with_(model=model, system_prompt="Be brief.", temperature=0.3,
                              max_tokens=2000)
        if protocol == "openai-override":
            settings = settings.with_(protocol="openai")
        await tab._save_settings(settings)
        await type_and_send(qtbot, tab, f"Hello over {protocol}")
        await until(lambda: (w := last_reply(tab)) is not None
                    and w.message.state is MessageState.DONE, what="reply done")

    run(qloop, scenario())
    w = last_reply(tab)
    assert f"Hello over {protocol}" in w.message.text     # the simulator echoes the prompt
    assert w.message.model == model
    assert w.message.protocol == ("openai" if protocol == "openai-override" else protocol)
    assert any(path in r.path for r in sim.requests)
    assert w.who.text() == ctx.catalog.text_model(model).label
    close_tab(qloop, tab, ctx)


def test_conversations_survive_an_app_restart(qtbot, qloop, ctx, sim, tmp_path):
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await type_and_send(qtbot, tab, "Remember the word pomegranate")
        await until(lambda: (w := last_reply(tab)) is not None
                    and w.message.state is MessageState.DONE, what="reply done")
        await tab._save_settings(tab.current.with_(system_prompt="You are terse.",
                                                   temperature=0.5))
        tab.composer.set_text("an unsent draft")

    run(qloop, scenario())
    first_id = tab.current.id
    title = tab.current.title
    close_tab(qloop, tab, ctx)

    ctx2 = make_ctx(tmp_path, sim.text_base_url, TEST_KEY)      # a new app start
    tab2 = open_tab(qtbot, qloop, ctx2)
    assert tab2.current is not None and tab2.current.id == first_id
    assert tab2.title.text() == title == "Remember the word pomegranate"
    assert tab2.current.system_prompt == "You are terse." and tab2.current.temperature == 0.5
    assert tab2.settings_panel.system.toPlainText() == "You are terse."
    texts = [tab2.view.message_widget(i).message.text for i in tab2.view.message_ids()]
    assert texts[0] == "Remember the word pomegranate" and "pomegranate" in texts[1]
    assert tab2.composer.text() == "an unsent draft"          # the draft came back
    assert tab2.list_panel.ids() == [first_id]
    close_tab(qloop, tab2, ctx2)
