"""What every tab receives: the services built once by the composition root (``app.py``).

Tabs never build services themselves, so a test can hand a tab a context backed by the
simulator, a temporary data folder and a recording error sink.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol


class ErrorSink(Protocol):
    """Where failures go to be shown to the person (implemented by the UI's presenter).

    ``report`` decides how: 401/403 become one (deduplicated) dialog that offers Settings,
    402 says the balance is low, connection problems and others become a notification.
    ``action`` is a short phrase ("send the message", "check the video task") used in the
    text; ``retry``, when given, is offered as a button and called after the user fixes
    the cause (for example after saving a new key).  ``CancelledError`` is never reported.
    """

    def report(self, exc: BaseException, *, action: str = "",
               retry: Callable[[], Any] | None = None) -> None: ...


@dataclass
class AppContext:
    settings: Any                 # storage.settings.Settings: .get(key) .set(key, v) .is_locked(key)
    catalog: Any                  # catalog.Catalog
    client: Any                   # api.GlobalAIClient
    errors: ErrorSink
    data_dir: Path
    media_dir: Callable[[], Path]  # current media library folder (the user may change it)
    demo: bool = False
    extras: dict[str, Any] = field(default_factory=dict)   # e.g. the shared TaskService
