"""Pure helpers of the chat service: stored history → API turns, error text, usage.

Qt-free and I/O-free, so the rules are easy to read and to test on their own.
"""

from __future__ import annotations

import re

from globalai_desktop.domain.chat import Message, MessageState, Role, TokenUsage
from globalai_desktop.domain.text import ChatTurn


def history_to_turns(history: list[Message], images_ok: bool) -> tuple[ChatTurn, ...]:
    """The turns to send for ``history`` (oldest first).

    - a user message marked FAILED never got an answer and is left out (the person may
      have rephrased it in the next message); so are empty or still-streaming replies;
    - stopped and interrupted replies are kept: their text is what the person saw;
    - neighbouring turns of one role are merged (Anthropic and Gemini need user/assistant
      alternation), and the conversation starts with a user turn;
    - images travel only when the model takes them over the chosen protocol.
    """
    turns: list[ChatTurn] = []
    for m in history:
        if m.role is Role.USER and m.state is MessageState.FAILED:
            continue
        if m.role is Role.ASSISTANT and (not m.text.strip() or m.state is MessageState.STREAMING):
            continue
        images = tuple(a.data_url for a in m.attachments) if images_ok else ()
        if turns and turns[-1].role == m.role.value:
            prev = turns[-1]
            turns[-1] = ChatTurn(prev.role, f"{prev.text}\n\n{m.text}".strip(), prev.images + images)
        else:
            turns.append(ChatTurn(m.role.value, m.text, images))
    while turns and turns[0].role != Role.USER.value:
        turns.pop(0)
    return tuple(turns)


_TECH_TAIL = re.compile(r"\s*\((?:[A-Z]\w*(?:Error|Exception|Timeout)\b)[^()]*\)\s*$")


def plain_reason(message: str) -> str:
    """The error's sentence without a trailing "(SomeError: low-level detail)" part: the
    person reads the sentence; the detail is in the log."""
    return _TECH_TAIL.sub("", message).strip() or message


def to_token_usage(u) -> TokenUsage:
    """The API's ``Usage`` (or None) as the domain's TokenUsage."""
    if u is None:
        return TokenUsage()
    return TokenUsage(getattr(u, "input_tokens", None), getattr(u, "output_tokens", None),
                      getattr(u, "total_tokens", None))
