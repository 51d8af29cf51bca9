"""Knobs of the local GlobalAI simulator.

A :class:`SimulatorConfig` is plain data: which keys are accepted, which of them are
restricted, how long a task sits in each state, how long result URLs and task records
live, how fast streams trickle, whether a prompt saying "long" gets a ~60 KB reply, and
how "insufficient balance" is reported.  The defaults are realistic enough for demo mode;
:meth:`SimulatorConfig.fast` gives the short timings (and short replies) every test uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

#: The key demo mode puts in the client; accepted by the default config.  It is not a
#: secret: it only opens the local simulator.
DEMO_API_KEY = "sk-demo-globalai-desktop"

BalanceStyle = Literal["http402", "business200"]


@dataclass(frozen=True)
class Restriction:
    """What a provisioned-but-limited key may not use.

    ``forbidden_paths`` are matched as substrings of the route below the host prefix
    (e.g. ``"/v1/sora/videos"``); ``forbidden_models`` are exact model ids.  Either
    answers 403 with a message naming the endpoint or the model.
    """

    forbidden_paths: tuple[str, ...] = ()
    forbidden_models: tuple[str, ...] = ()


@dataclass
class SimulatorConfig:
    """Everything that shapes the simulator's behaviour.  Timings are in seconds."""

    api_keys: set[str] = field(default_factory=lambda: {DEMO_API_KEY})
    restricted_keys: dict[str, Restriction] = field(default_factory=dict)
    queued_seconds: float = 2.0          # a new task reports "queued" this long
    processing_seconds: float = 6.0      # then "processing" (with progress) this long
    url_ttl_seconds: float = 86400       # a result URL works this long after completion
    task_ttl_seconds: float = 86400      # a task record is forgotten this long after creation
    chunk_delay: float = 0.02            # pause between two streamed text chunks
    long_replies: bool = True            # a prompt with the word "long" gets ~60 KB of Markdown
    insufficient_balance_style: BalanceStyle = "http402"
    text_prefix: str = "/gw_llm_power"
    media_prefix: str = "/kyyReactApiServer"

    def __post_init__(self) -> None:
        if self.insufficient_balance_style not in ("http402", "business200"):
            raise ValueError("insufficient_balance_style must be 'http402' or 'business200'")
        self.api_keys = set(self.api_keys)
        self.restricted_keys = dict(self.restricted_keys)
        self.text_prefix = "/" + self.text_prefix.strip("/")
        self.media_prefix = "/" + self.media_prefix.strip("/")

    @classmethod
    def fast(cls, **overrides) -> "SimulatorConfig":
        """Short timings for tests: a task completes about half a second after creation.

        Long replies are off, so a test prompt that happens to say "long" still gets a short
        reply; pass ``long_replies=True`` for the ~60 KB one.
        """
        base = dict(queued_seconds=0.15, processing_seconds=0.35, chunk_delay=0.005,
                    long_replies=False)
        base.update(overrides)
        return cls(**base)

    def with_changes(self, **changes) -> "SimulatorConfig":
        """A copy with some fields replaced (the original is left alone)."""
        return replace(self, **changes)

    def key_known(self, key: str | None) -> bool:
        """True when ``key`` opens the simulator at all (restricted keys included)."""
        return bool(key) and (key in self.api_keys or key in self.restricted_keys)

    @property
    def review_seconds(self) -> float:
        """How long an uploaded asset stays under review before it turns Active/Failed."""
        return self.queued_seconds + self.processing_seconds
