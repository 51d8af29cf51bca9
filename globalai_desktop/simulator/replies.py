"""Deterministic reply text for the simulated chat models.

The reply echoes a bit of the last user message, says how many images it carried (so a
person sees multimodal input arrived), and — when the prompt mentions "markdown" or
"code" — comes as Markdown with a heading, a list, a fenced Python block and a table, so
demo mode shows off the chat renderer.  When long replies are on (the config's
``long_replies``) a prompt with the word "long" gets that Markdown followed by about 60 KB
more (:mod:`.long_reply`), streamed in pieces twice the usual size.  Same input, same
reply, on every run.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from .long_reply import long_markdown, wants_long

_OPENERS = (
    "Hello! This is {model} answering through the local GlobalAI simulator.",
    "Hi there, {model} here (simulated, running on your own machine).",
    "Greetings from {model}, served by the GlobalAI simulator.",
)
_BODIES = (
    "Nothing left this computer: the simulator composes a deterministic reply so you can try "
    "the app without an account. Ask for markdown or code to see formatted output.",
    "In demo mode every answer is made locally and costs nothing. Mention markdown or code in "
    "your message and the reply will include a heading, a list, a code block and a table.",
)


@dataclass(frozen=True)
class Prompt:
    """What a request asked: the last user text, all input text, and attached media counts."""

    last_user_text: str
    all_text: str
    images: int = 0
    videos: int = 0


@dataclass(frozen=True)
class Reply:
    text: str
    finish: str                # "stop" or "length"
    input_tokens: int
    output_tokens: int
    long: bool = False         # the long Markdown reply (streamed in bigger pieces)

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


def _snippet(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def wants_markdown(text: str) -> bool:
    low = text.lower()
    return "markdown" in low or "code" in low


def _markdown(model: str, protocol: str, snippet: str) -> str:
    return (
        "## Simulated answer\n\n"
        f"You asked: “{snippet}”. Here is a structured reply from **{model}**:\n\n"
        "- The simulator echoes part of your prompt\n"
        "- Replies are deterministic, so tests can rely on them\n"
        "- Streams arrive in many small chunks\n\n"
        "```python\n"
        "def greet(name: str) -> str:\n"
        "    \"\"\"Return a friendly greeting.\"\"\"\n"
        "    return f\"Hello, {name}!\"\n\n"
        "print(greet(\"GlobalAI\"))\n"
        "```\n\n"
        "| Model | Protocol | Cost |\n"
        "|---|---|---|\n"
        f"| {model} | {protocol} | free (simulated) |\n"
    )


def compose(model: str, protocol: str, prompt: Prompt, max_tokens: int | None = None, *,
            long_ok: bool = False) -> Reply:
    """The reply to ``prompt`` from ``model`` over ``protocol`` (e.g. ``"openai"``).

    With ``long_ok``, a prompt containing the word "long" gets the ~60 KB Markdown reply.
    ``max_tokens`` cuts any reply (about four characters a token) and says so.
    """
    text = prompt.last_user_text
    seed = zlib.crc32(f"{model}|{text}".encode("utf-8"))
    snippet = _snippet(text) if text.strip() else "(an empty message)"
    parts: list[str] = []
    if prompt.images or prompt.videos:
        seen = []
        if prompt.images:
            seen.append(f"{prompt.images} image" + ("s" if prompt.images != 1 else ""))
        if prompt.videos:
            seen.append(f"{prompt.videos} video" + ("s" if prompt.videos != 1 else ""))
        parts.append(f"I can see {' and '.join(seen)} in your message (simulated vision). ")
    long = long_ok and wants_long(text)
    if long:
        parts.append(long_markdown(model, text, _markdown(model, protocol, snippet)))
    elif wants_markdown(text):
        parts.append(_markdown(model, protocol, snippet))
    else:
        parts.append(_OPENERS[seed % len(_OPENERS)].format(model=model)
                     + f" You wrote: “{snippet}”. " + _BODIES[(seed >> 4) % len(_BODIES)])
    reply = "".join(parts)
    finish = "stop"
    if max_tokens is not None and max_tokens > 0 and estimate_tokens(reply) > max_tokens:
        reply = reply[: max_tokens * 4]
        finish = "length"
    input_tokens = estimate_tokens(prompt.all_text) + 85 * prompt.images + 258 * prompt.videos
    return Reply(reply, finish, max(1, input_tokens), estimate_tokens(reply), long)


def estimate_tokens(text: str) -> int:
    """About four characters a token, never zero."""
    return max(1, (len(text) + 3) // 4)


_PIECE_RE = re.compile(r"\s*\S+\s*|\s+")


def chunk(text: str, words_per_chunk: int = 2) -> list[str]:
    """Split ``text`` into small pieces that join back to exactly ``text``."""
    pieces = _PIECE_RE.findall(text)
    out = ["".join(pieces[i:i + words_per_chunk]) for i in range(0, len(pieces), words_per_chunk)]
    return out or [""]


def pieces(reply: Reply, words_per_chunk: int = 2) -> list[str]:
    """The stream pieces of ``reply``: twice the words per piece for the long reply, so it
    arrives in about 2,500 chunks rather than 5,000."""
    return chunk(reply.text, words_per_chunk * (2 if reply.long else 1))


# -- reading prompts out of each protocol's request body ------------------------------

def _text_of(value) -> str:
    return value if isinstance(value, str) else ""


def _walk(items, text_types: tuple[str, ...], image_types: tuple[str, ...],
          default_role: str | None = None) -> tuple[list[str], str, int]:
    """Texts of every message, plus the last user message's text and image count.

    Each item has a ``role`` and a ``content`` that is a string or a list of typed parts;
    the part types that carry text or images differ per protocol.
    """
    texts, last_user, last_images = [], "", 0
    for msg in items if isinstance(items, list) else []:
        if not isinstance(msg, dict):
            continue
        content, msg_text, images = msg.get("content"), [], 0
        if isinstance(content, str):
            msg_text.append(content)
        elif isinstance(content, list):
            for part in content:
                if not isinstance(part, dict):
                    continue
                if part.get("type") in text_types:
                    msg_text.append(_text_of(part.get("text")))
                elif part.get("type") in image_types:
                    images += 1
        joined = "\n".join(msg_text)
        texts.append(joined)
        if msg.get("role", default_role) == "user":
            last_user, last_images = joined, images
    return texts, last_user, last_images


def from_openai(body: dict) -> Prompt:
    """Chat Completions: ``messages[].content`` is a string or a list of typed parts."""
    texts, last_user, images = _walk(body.get("messages"), ("text",), ("image_url", "input_image"))
    return Prompt(last_user, "\n".join(texts), images=images)


def from_anthropic(body: dict) -> Prompt:
    """Messages: top-level ``system``; content string or blocks (``text``, ``image``…)."""
    system = body.get("system")
    system_text = system if isinstance(system, str) else "\n".join(
        _text_of(b.get("text")) for b in system or [] if isinstance(b, dict))
    texts, last_user, images = _walk(body.get("messages"), ("text",), ("image",))
    return Prompt(last_user, "\n".join([system_text, *texts]), images=images)


def from_gemini(body: dict) -> Prompt:
    """Gemini: ``contents[].parts[]`` with ``text``, ``inlineData`` or ``fileData``."""
    texts, last_user, last_images, last_videos = [], "", 0, 0
    si = body.get("systemInstruction")
    if isinstance(si, dict):
        texts.extend(_text_of(p.get("text")) for p in si.get("parts") or [] if isinstance(p, dict))
    for turn in body.get("contents") or []:
        if not isinstance(turn, dict):
            continue
        msg_text, imgs, vids = [], 0, 0
        for part in turn.get("parts") or []:
            if not isinstance(part, dict):
                continue
            if "text" in part:
                msg_text.append(_text_of(part.get("text")))
            media = part.get("inlineData") or part.get("inline_data") or part.get("fileData") \
                or part.get("file_data")
            if isinstance(media, dict):
                mime = str(media.get("mimeType") or media.get("mime_type") or "")
                if mime.startswith("video/"):
                    vids += 1
                else:
                    imgs += 1
        joined = "\n".join(msg_text)
        texts.append(joined)
        if turn.get("role", "user") == "user":
            last_user, last_images, last_videos = joined, imgs, vids
    return Prompt(last_user, "\n".join(texts), images=last_images, videos=last_videos)


def from_responses(body: dict) -> Prompt:
    """Responses: ``input`` is a string or a list of message items with content parts."""
    instructions = _text_of(body.get("instructions"))
    inp = body.get("input")
    if isinstance(inp, str):
        return Prompt(inp, instructions + "\n" + inp)
    texts, last_user, images = _walk(inp, ("input_text", "output_text", "text"),
                                     ("input_image", "image_url"), default_role="user")
    return Prompt(last_user, "\n".join([instructions, *texts]), images=images)
