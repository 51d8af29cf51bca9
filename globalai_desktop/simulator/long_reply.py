"""The simulator's long reply: about 60 KB of Markdown, for prompts that ask for "long".

A chat client has to stay smooth while a reply of many thousand chunks streams in; this
reply lets the chat benchmark and demo mode show that over real HTTP.  It mixes what a
renderer finds costly — headings, prose with inline markup, lists, fenced code in several
languages, tables and quotes — and is the same for the same model and prompt, every run.
"""

from __future__ import annotations

import re
import zlib

#: Size the long reply reaches (it stops at the first section boundary past it).
LONG_REPLY_BYTES = 60 * 1024

_LONG_WORD = re.compile(r"\blong\b", re.IGNORECASE)

_TOPICS = ("caching", "retries", "parsing", "logging", "testing", "packaging", "streaming",
           "indexing", "scheduling", "profiling", "migrations", "rendering")

_CODE = (
    ("python",
     "def {name}(items: list[str]) -> dict[str, int]:\n"
     "    \"\"\"Count each item once, in order of first appearance.\"\"\"\n"
     "    counts: dict[str, int] = {{}}\n"
     "    for item in items:\n"
     "        counts[item] = counts.get(item, 0) + 1\n"
     "    return counts\n"),
    ("javascript",
     "async function {name}(url, attempts = 3) {{\n"
     "  for (let i = 0; i < attempts; i++) {{\n"
     "    const res = await fetch(url);\n"
     "    if (res.ok) return res.json();\n"
     "    await new Promise(r => setTimeout(r, 2 ** i * 250));\n"
     "  }}\n"
     "  throw new Error(`gave up on ${{url}}`);\n"
     "}}\n"),
    ("sql",
     "SELECT model, COUNT(*) AS replies, AVG(output_tokens) AS avg_tokens\n"
     "FROM messages\n"
     "WHERE role = 'assistant' AND created_at > DATE('now', '-7 days')\n"
     "GROUP BY model\n"
     "ORDER BY replies DESC;  -- {name}\n"),
    ("bash",
     "#!/usr/bin/env bash\n"
     "set -euo pipefail\n"
     "for f in data/*.json; do\n"
     "  echo \"checking $f\"   # {name}\n"
     "  python -m json.tool \"$f\" > /dev/null\n"
     "done\n"),
)


def wants_long(text: str) -> bool:
    """True when the prompt contains the word "long" (not "longer" or "belong")."""
    return bool(_LONG_WORD.search(text))


def _section(i: int, seed: int, model: str) -> str:
    topic = _TOPICS[(seed + i) % len(_TOPICS)]
    lang, code = _CODE[((seed >> 3) + i) % len(_CODE)]
    name = f"{topic}_step_{i}"
    rows = "".join(f"| {topic} {k} | {(seed >> k) % 90 + 10} ms | {'yes' if (i + k) % 3 else 'no'} |\n"
                   for k in range(1, 5))
    return (
        f"## {i + 1}. {topic.capitalize()}\n\n"
        f"When it comes to **{topic}**, the simulated {model} suggests starting small: measure "
        f"first, change one thing, and measure again. Keep `{name}()` short, give it one job, "
        "and write down *why* it exists — a later reader will thank you. See "
        f"[the notes on {topic}](https://example.com/notes/{topic}/{i}) for background.\n\n"
        "Things to check before moving on:\n\n"
        f"- inputs are validated where they enter, not deep inside `{name}`\n"
        "- errors carry a sentence a person can act on\n"
        "- the slow path is measured, not guessed\n"
        f"  - nested detail: section {i + 1} keeps its own counters\n\n"
        f"```{lang}\n{code.format(name=name)}```\n\n"
        "| Step | Time | Cached |\n"
        "|------|-----:|:------:|\n"
        f"{rows}\n"
        f"> Note {i + 1}: a simulated reply is deterministic, so a test can compare it "
        "byte for byte.\n\n"
        "1. Read the figures above.\n"
        "2. Pick the largest one.\n"
        "3. Make it smaller, then repeat.\n\n"
    )


def long_markdown(model: str, prompt_text: str, head: str, size: int = LONG_REPLY_BYTES) -> str:
    """``head`` (the usual Markdown reply) followed by numbered sections, about ``size``
    characters in all."""
    seed = zlib.crc32(f"{model}|{prompt_text}".encode("utf-8"))
    parts = [head, "\n# The long version\n\n"]
    total, i = sum(map(len, parts)), 0
    while total < size:
        block = _section(i, seed, model)
        parts.append(block)
        total += len(block)
        i += 1
    parts.append(f"That is all {i} sections — thanks for reading this far.\n")
    return "".join(parts)
