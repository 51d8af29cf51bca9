"""401 and 403 from the simulator become one dialog, however many requests fail at once,
and the failed work can be retried once the key is fixed."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QPushButton

from globalai_desktop.api.errors import AuthenticationError, PermissionDeniedError
from globalai_desktop.domain.text import ChatRequest, ChatTurn, Protocol
from tests.fixtures_sim import LIMITED_KEY, TEST_KEY
from tests.shell_harness import run, running_shell, until, visible_top_levels


def chat(model: str = "gpt-5.4") -> ChatRequest:
    return ChatRequest(protocol=Protocol.OPENAI, model=model,
                       turns=(ChatTurn("user", "Hello there"),))


async def send_all(shell, make_call, n: int, action: str, answers: list) -> list:
    """Fire ``n`` requests at once; report each failure with a retry that re-sends."""
    async def one(i: int):
        try:
            answers.append(await make_call())
        except Exception as exc:
            shell.presenter.report(exc, action=action, retry=lambda: one(i))
            return exc
    return await asyncio.gather(*(one(i) for i in range(n)))


async def the_auth_dialog():
    await until(lambda: visible_top_levels("authProblemDialog"), what="the API key dialog")
    dialogs = visible_top_levels("authProblemDialog")
    assert len(dialogs) == 1, "several failures must share one dialog"
    return dialogs[0]


def test_wrong_key_five_failures_one_dialog_then_retry_after_fixing_the_key(qapp, qloop, sim):
    async def scenario():
        async with running_shell(qapp, sim=sim) as shell:
            await asyncio.to_thread(shell.keys.save, "sk-wrong-key-000000", remember=False)
            answers: list = []
            errors = await send_all(shell, lambda: shell.client.complete_chat(chat()), 5,
                                    "send the message", answers)
            assert all(isinstance(e, AuthenticationError) for e in errors)
            dialog = await the_auth_dialog()
            assert dialog.heading.text() == "Your API key was rejected"
            assert dialog.settings_button.text() == "Open Settings"
            assert "5 failed requests" in dialog.footer.text()
            assert not dialog.retry_button.isEnabled()       # the key is still the wrong one
            await until(lambda: shell.window.connection.state == "auth")
            assert shell.window.connection.label.text() == "API key rejected"

            # The person fixes the key (as Settings does) and retries from the same dialog.
            await asyncio.to_thread(shell.keys.save, TEST_KEY, remember=False)
            await until(lambda: dialog.retry_button.isEnabled(), what="Retry enabled")
            assert "has been changed" in dialog.body.text()
            dialog.retry_button.click()
            await until(lambda: len(answers) == 5, what="the retried requests")
            assert all(a.text for a in answers)
            assert not visible_top_levels("authProblemDialog")
            await until(lambda: shell.window.connection.state == "ok")
    run(qloop, scenario())


def test_open_settings_from_the_dialog_shows_settings_above_it(qapp, qloop, sim):
    async def scenario():
        async with running_shell(qapp, sim=sim) as shell:
            shell.presenter.report(AuthenticationError("Invalid API key", status_code=401))
            dialog = await the_auth_dialog()
            assert dialog.heading.text() == "No API key is set"
            dialog.settings_button.click()
            await until(lambda: shell.settings_dialog is not None
                        and shell.settings_dialog.isVisible(), what="Settings")
            assert shell.settings_dialog.parent() is dialog   # on top of it, usable
            shell.settings_dialog.reject()
    run(qloop, scenario())


def test_forbidden_model_and_endpoint_are_named_in_one_dialog(qapp, qloop, sim):
    async def scenario():
        async with running_shell(qapp, sim=sim,
                                 environ={"GLOBALAIOPC_API_KEY": LIMITED_KEY}) as shell:
            answers: list = []
            chat_errors, video_errors = await asyncio.gather(
                send_all(shell, lambda: shell.client.complete_chat(chat("gpt-5.5")), 3,
                         "send the message", answers),
                send_all(shell, lambda: shell.client.create_task(
                    "/v1/sora/videos", {"model": "openAiSora2Plus", "prompt": "a cat"}), 2,
                    "create the video", answers))
            assert all(isinstance(e, PermissionDeniedError)
                       for e in chat_errors + video_errors)
            dialog = await the_auth_dialog()
            text = dialog.body.text()
            assert dialog.heading.text() == "Your API key is not enabled for this"
            assert "the model gpt-5.5" in text
            assert "the endpoint POST /v1/sora/videos" in text
            # the server refused the endpoint, not the model: the model is not blamed
            assert "openAiSora2Plus" not in text
            assert "Ask the GlobalAI OPC team" in text
            assert dialog.retry_button.isEnabled()   # provisioning may change server-side
            assert answers == []
            dialog.close_button.click()
    run(qloop, scenario())


def test_closing_the_dialog_keeps_the_work_and_offers_it_once_the_key_changes(qapp, qloop, sim):
    async def scenario():
        async with running_shell(qapp, sim=sim) as shell:
            await asyncio.to_thread(shell.keys.save, "sk-wrong-key-000000", remember=False)
            answers: list = []
            await send_all(shell, lambda: shell.client.complete_chat(chat()), 2, "send",
                           answers)
            (await the_auth_dialog()).close_button.click()
            await until(lambda: not visible_top_levels("authProblemDialog"))

            await asyncio.to_thread(shell.keys.save, TEST_KEY, remember=False)
            notices = shell.window.notices
            await until(lambda: any(n.key == "auth-retry" for n in notices.notices()),
                        what="the retry notice")
            notice = next(n for n in notices.notices() if n.key == "auth-retry")
            assert "2 requests failed" in notice.text()
            retry = [b for b in notice.findChildren(QPushButton) if b.text() == "Retry"]
            retry[0].click()
            await until(lambda: len(answers) == 2, what="the retried requests")
    run(qloop, scenario())
