"""When to poll a task next: the family's interval, jitter, slowdown and error backoff.

Pure functions of the catalog family and the task (no Qt, no I/O), so the rules are easy
to read in one place.  Every figure is multiplied by ``scale`` (a knob for tests and demo
mode) except the server's own ``Retry-After``, which is honoured as given (capped).
"""

from __future__ import annotations

import random
from typing import Any

DEFAULT_POLL_INTERVAL_S = {"image": 3.0, "video": 30.0}   # when the catalog has no family
SLOWDOWN_AFTER_POLLS = 20        # a task this slow is a long one: poll a little less often…
SLOWDOWN_FACTOR = 1.05           # …5 % more per poll…
SLOWDOWN_CAP = 2.0               # …but never slower than twice the family's interval
JITTER = 0.15                    # ±15 %: tasks submitted together do not poll in lockstep
ERROR_BACKOFF_CAP_S = 120.0      # consecutive errors double the wait up to this
MAX_RETRY_AFTER_S = 600.0        # a server asking for more than 10 minutes is capped


def base_interval(family: Any, kind: str) -> tuple[float, float]:
    """(interval, floor): the family's recommended interval, never below its minimum."""
    default = DEFAULT_POLL_INTERVAL_S.get(kind, 10.0)
    base = float(getattr(family, "poll_interval_s", 0) or default)
    floor = float(getattr(family, "min_poll_interval_s", 0) or 0)
    return max(base, floor), floor


def poll_delay(family: Any, kind: str, polls: int, scale: float = 1.0) -> float:
    """Seconds to wait before the next poll of a task that has been polled ``polls`` times."""
    base, floor = base_interval(family, kind)
    slow = min(SLOWDOWN_CAP, SLOWDOWN_FACTOR ** max(0, polls - SLOWDOWN_AFTER_POLLS))
    jittered = base * slow * random.uniform(1 - JITTER, 1 + JITTER)
    return max(floor, jittered) * scale


def error_backoff(family: Any, kind: str, errors: int, scale: float = 1.0) -> float:
    """Seconds to wait after ``errors`` consecutive failed polls (1, 2, 4 … × interval)."""
    base, _ = base_interval(family, kind)
    wait = min(base * (2 ** (max(1, errors) - 1)), max(ERROR_BACKOFF_CAP_S, base))
    return wait * random.uniform(1 - JITTER, 1 + JITTER) * scale


def retry_after_delay(retry_after: float | None, fallback: float, family: Any, kind: str,
                      polls: int, scale: float = 1.0) -> float:
    """Wait for a 429: the server's Retry-After (capped) or ``fallback``, and never less
    than a normal poll interval."""
    wait = min(retry_after if retry_after else fallback, MAX_RETRY_AFTER_S)
    return max(wait, poll_delay(family, kind, polls, scale))
