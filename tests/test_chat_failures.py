"""Failure keeps everything: dropped streams, server errors, 401, Stop."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from globalai_desktop.api.errors import AuthenticationError
from globalai_desktop.domain.chat import MessageState, Role
from globalai_desktop.simulator import Fault, SimulatorConfig
from tests.fixtures_sim import LIMITED_KEY, LIMITED_MODELS, LIMITED_PATHS, TEST_KEY
from globalai_desktop.simulator import Restriction
from tests.test_chat_support import (
    ConnectionWatcher, close_tab, last_reply, make_ctx, open_tab, run, settle, type_and_send,
    until,
)


@pytest.fixture
def sim_config() -> SimulatorConfig:
    # Slower chunks than the default fast config so a test can act mid-stream.
    return SimulatorConfig.fast(
        api_keys={TEST_KEY}, chunk_delay=0.03,
        restricted_keys={LIMITED_KEY: Restriction(forbidden_paths=LIMITED_PATHS,
                                                  forbidden_models=LIMITED_MODELS)})


def _messages(tab):
    return [tab.view.message_widget(i).message for i in tab.view.message_ids()]


def test_stop_mid_stream_keeps_partial_text_and_closes_the_connection(qtbot, qloop, sim, tmp_path):
    watcher = run(qloop, ConnectionWatcher(sim.port).start())
    ctx = make_ctx(tmp_path, f"http://127.0.0.1:{watcher.port}/gw_llm_power", TEST_KEY)
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        # A reply that runs to the end leaves its connection open for reuse …
        await type_and_send(qtbot, tab, "Hi")
        await until(lambda: (w := last_reply(tab)) is not None
                    and w.message.state is MessageState.DONE, what="first reply")
        await settle(0.1)
        assert watcher.open == 1 and watcher.client_hangups == 0
        # … a stopped one is hung up by the client, mid-stream.
        await type_and_send(qtbot, tab, "A long answer with code please")
        # (the new reply: the first one's text is over 30 characters too)
        await until(lambda: (w := last_reply(tab)) is not None
                    and w.message.state is MessageState.STREAMING and len(w.stream_text) > 30,
                    what="some streamed text")
        assert tab.composer.stop_btn.isVisible()
        qtbot.keyClick(tab.composer.edit, Qt.Key.Key_Escape)       # Esc stops
        await until(lambda: last_reply(tab).message.state is MessageState.STOPPED, what="stopped")
        await until(lambda: watcher.open == 0, what="connection closed")

    run(qloop, scenario())
    reply = last_reply(tab).message
    full = len("## Simulated answer")  # the complete reply is far longer than what arrived
    assert full < len(reply.text) < 600 and reply.text.startswith("## Simulated answer")
    assert watcher.client_hangups == 1
    assert last_reply(tab).badge.text() == "stopped"
    assert tab.composer.send_btn.isVisible() and not tab.composer.stop_btn.isVisible()
    stored = tab.service.store.messages(tab.current.id)
    assert stored[-1].state is MessageState.STOPPED and stored[-1].text == reply.text
    # Stopping is not an error: nothing was reported.
    assert ctx.errors.reports == []
    close_tab(qloop, tab, ctx)
    run(qloop, watcher.stop())


def test_stop_button_stops_too(qtbot, qloop, sim, tmp_path):
    ctx = make_ctx(tmp_path, sim.text_base_url, TEST_KEY)
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await type_and_send(qtbot, tab, "Write some code for me")
        await until(lambda: (w := last_reply(tab)) is not None and len(w.stream_text) > 10)
        qtbot.mouseClick(tab.composer.stop_btn, Qt.MouseButton.LeftButton)
        await until(lambda: last_reply(tab).message.state is MessageState.STOPPED)

    run(qloop, scenario())
    assert last_reply(tab).retry_btn.isVisible()      # a stopped reply can be written again
    close_tab(qloop, tab, ctx)


def test_dropped_stream_keeps_what_arrived_and_retry_works(qtbot, qloop, sim, tmp_path):
    ctx = make_ctx(tmp_path, sim.text_base_url, TEST_KEY)
    tab = open_tab(qtbot, qloop, ctx)
    sim.faults.add(Fault(kind="drop_stream", after_chunks=6, path="/v1/chat/completions"))

    async def scenario():
        await type_and_send(qtbot, tab, "Tell me about markdown")
        await until(lambda: (w := last_reply(tab)) is not None
                    and w.message.state is MessageState.INTERRUPTED, what="interrupted")

    run(qloop, scenario())
    user, reply = _messages(tab)
    assert user.role is Role.USER and user.text == "Tell me about markdown"
    assert user.state is MessageState.DONE
    assert reply.text and reply.state is MessageState.INTERRUPTED
    assert reply.error == ("The connection was interrupted before the reply was complete. "
                           "What arrived is kept.")
    w = last_reply(tab)
    assert w.badge.text() == "interrupted" and w.reason.isVisible()
    assert w.retry_btn.isVisible()
    stored = tab.service.store.messages(tab.current.id)
    assert stored[-1].text == reply.text and stored[-1].state is MessageState.INTERRUPTED

    async def retry():
        qtbot.mouseClick(w.retry_btn, Qt.MouseButton.LeftButton)
        await until(lambda: (r := last_reply(tab)) is not None
                    and r.message.state is MessageState.DONE, what="retried reply")

    run(qloop, retry())
    msgs = _messages(tab)
    assert [m.role for m in msgs] == [Role.USER, Role.ASSISTANT]
    assert msgs[0].text == "Tell me about markdown"
    assert "Simulated answer" in msgs[1].text and len(msgs[1].text) > len(reply.text)
    close_tab(qloop, tab, ctx)


def test_server_error_keeps_the_message_marked_failed_and_retry_sends_it(qtbot, qloop, sim, tmp_path):
    ctx = make_ctx(tmp_path, sim.text_base_url, TEST_KEY)
    tab = open_tab(qtbot, qloop, ctx)
    sim.faults.add(Fault(kind="status", status=500, path="/v1/chat/completions"))

    async def scenario():
        await type_and_send(qtbot, tab, "Is anybody there?")
        await until(lambda: _messages(tab) and _messages(tab)[0].state is MessageState.FAILED,
                    what="failed mark")

    run(qloop, scenario())
    msgs = _messages(tab)
    assert len(msgs) == 1                                  # no empty reply left behind
    assert msgs[0].text == "Is anybody there?" and "500" in msgs[0].error
    w = tab.view.message_widget(msgs[0].id)
    assert w.badge.text() == "not sent" and w.retry_btn.isVisible()
    assert tab.service.store.messages(tab.current.id)[0].state is MessageState.FAILED

    async def retry():
        qtbot.mouseClick(w.retry_btn, Qt.MouseButton.LeftButton)
        await until(lambda: (r := last_reply(tab)) is not None
                    and r.message.state is MessageState.DONE, what="reply after retry")

    run(qloop, retry())
    msgs = _messages(tab)
    assert [m.state for m in msgs] == [MessageState.DONE, MessageState.DONE]
    assert "Is anybody there?" in msgs[1].text
    assert not tab.view.message_widget(msgs[0].id).retry_btn.isVisible()
    close_tab(qloop, tab, ctx)


def test_401_shows_the_dialog_and_the_message_survives(qtbot, qloop, sim, tmp_path):
    ctx = make_ctx(tmp_path, sim.text_base_url, "sk-wrong-key-000000000000")
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await type_and_send(qtbot, tab, "My precious question")
        await until(lambda: ctx.errors.reports, what="error report")

    run(qloop, scenario())
    exc, action, retry = ctx.errors.reports[0]
    assert isinstance(exc, AuthenticationError) and action and callable(retry)
    assert "sk-wrong-key" not in str(exc)
    (msg,) = _messages(tab)
    assert msg.text == "My precious question" and msg.state is MessageState.FAILED
    assert tab.service.store.messages(tab.current.id)[0].text == "My precious question"
    close_tab(qloop, tab, ctx)


def test_dialog_retry_after_fixing_the_key_sends_the_message(qtbot, qloop, sim, tmp_path):
    key = {"value": "sk-wrong-key-000000000000"}
    ctx = make_ctx(tmp_path, sim.text_base_url, TEST_KEY)
    ctx.client = type(ctx.client)(ctx.client.config, api_key=lambda: key["value"])
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await type_and_send(qtbot, tab, "Try again later")
        await until(lambda: ctx.errors.reports)
        key["value"] = TEST_KEY                     # the person saves a good key …
        ctx.errors.reports[0][2]()                  # … and the dialog's Retry is pressed
        await until(lambda: (r := last_reply(tab)) is not None
                    and r.message.state is MessageState.DONE, what="reply")

    run(qloop, scenario())
    assert [m.state for m in _messages(tab)] == [MessageState.DONE, MessageState.DONE]
    close_tab(qloop, tab, ctx)


def test_403_for_a_model_names_it_and_keeps_the_message(qtbot, qloop, sim, tmp_path):
    ctx = make_ctx(tmp_path, sim.text_base_url, LIMITED_KEY)
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        conv = await tab.new_conversation()
        await tab._save_settings(conv.with_(model=LIMITED_MODELS[0]))
        await type_and_send(qtbot, tab, "Hello restricted model")
        await until(lambda: ctx.errors.reports)

    run(qloop, scenario())
    exc = ctx.errors.reports[0][0]
    assert exc.status_code == 403
    (msg,) = _messages(tab)
    assert msg.state is MessageState.FAILED and msg.text == "Hello restricted model"
    close_tab(qloop, tab, ctx)


def test_typed_text_is_kept_when_the_message_cannot_be_sent(qtbot, qloop, sim, tmp_path):
    ctx = make_ctx(tmp_path, sim.text_base_url, TEST_KEY)
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await type_and_send(qtbot, tab, "first question about code")
        await until(lambda: (w := last_reply(tab)) is not None and w.stream_text)
        # A second message while the reply streams is refused; its text stays in the box.
        tab.composer.set_text("second question")
        await tab.send("second question")
        await settle()

    run(qloop, scenario())
    assert tab.composer.text() == "second question"
    close_tab(qloop, tab, ctx)


def test_retry_on_an_older_failed_message_resends_that_message(qtbot, qloop, sim, tmp_path):
    ctx = make_ctx(tmp_path, sim.text_base_url, TEST_KEY)
    tab = open_tab(qtbot, qloop, ctx)
    sim.faults.add(Fault(kind="status", status=500, path="/v1/chat/completions"))

    async def scenario():
        await type_and_send(qtbot, tab, "first try")
        await until(lambda: _messages(tab)[0].state is MessageState.FAILED)
        await type_and_send(qtbot, tab, "something else")
        await until(lambda: len(_messages(tab)) == 3
                    and _messages(tab)[2].state is MessageState.DONE, what="second exchange")
        failed = tab.view.message_widget(_messages(tab)[0].id)
        qtbot.mouseClick(failed.retry_btn, Qt.MouseButton.LeftButton)
        await until(lambda: len(_messages(tab)) == 2
                    and _messages(tab)[1].state is MessageState.DONE, what="retried first")

    run(qloop, scenario())
    first, reply = _messages(tab)
    assert first.text == "first try" and first.state is MessageState.DONE
    assert "first try" in reply.text                      # the reply answers that message
    close_tab(qloop, tab, ctx)


def test_switching_conversations_mid_stream_keeps_the_reply_whole(qtbot, qloop, sim, tmp_path):
    ctx = make_ctx(tmp_path, sim.text_base_url, TEST_KEY)
    tab = open_tab(qtbot, qloop, ctx)

    async def scenario():
        await type_and_send(qtbot, tab, "Long markdown answer please")
        streaming = tab.current.id
        await until(lambda: (w := last_reply(tab)) is not None and len(w.stream_text) > 20)
        other = await tab.new_conversation()           # leave while it streams …
        assert tab.current.id == other.id and tab.view.message_ids() == []
        await settle(0.1)
        await tab.open_conversation(streaming)         # … and come back
        w = last_reply(tab)
        assert w.message.state is MessageState.STREAMING and len(w.stream_text) > 20
        await until(lambda: last_reply(tab).message.state is MessageState.DONE, what="done")
        return streaming

    streaming = run(qloop, scenario())
    stored = tab.service.store.messages(streaming)[-1]
    w = last_reply(tab)
    assert w.message.text == stored.text and stored.state is MessageState.DONE
    assert w.stream_text == stored.text                   # nothing lost while away
    shown = w.body.toPlainText()
    assert "Long markdown answer please" in shown and "free (simulated)" in shown
    close_tab(qloop, tab, ctx)
