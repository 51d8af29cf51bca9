"""Demo mode: the app starts its own simulator, answers a chat without any account, shows
"Demo", and leaves the person's settings and keyring alone."""

from __future__ import annotations

from globalai_desktop.domain.text import ChatRequest, ChatTurn, Protocol
from globalai_desktop.storage.secrets import KeyringStore, KeySource
from tests.shell_harness import run, running_shell


class UntouchableKeyring:
    """Any use of the keyring in demo mode fails the test."""

    __module__ = "tests.untouchable"
    name = "untouchable"

    def __getattr__(self, item):
        raise AssertionError(f"the keyring was used in demo mode ({item})")


def test_demo_mode_answers_a_chat_without_an_account(qapp, qloop):
    async def scenario():
        async with running_shell(qapp, demo=True, cli={},
                                 keystore=KeyringStore(UntouchableKeyring())) as shell:
            w = shell.window
            assert shell.ctx.demo
            assert not w.demo_badge.isHidden() and w.demo_badge.text() == "Demo"
            assert "Demo" in w.windowTitle()
            assert shell.keys.source is KeySource.DEMO
            assert shell.client.config.text_base_url == shell.simulator.text_base_url
            # Demo timings, not the test ones: a task takes seconds, so progress shows.
            assert shell.simulator.config.queued_seconds + \
                shell.simulator.config.processing_seconds >= 3

            request = ChatRequest(protocol=Protocol.OPENAI, model="gpt-5.4",
                                  turns=(ChatTurn("user", "What can you do?"),))
            answer = await shell.ctx.client.complete_chat(request)
            assert answer.text.strip()
            pieces = [d.text async for d in shell.ctx.client.stream_chat(request)]
            assert "".join(pieces).strip()

            # The person's real settings still point at GlobalAI, not at the simulator.
            assert shell.settings.get("api.text_base_url").startswith(
                "http://apillm.globalaiopc.com")
    run(qloop, scenario())
