"""Logging for the whole app: a rotating file in ``paths.log_dir()`` and stderr.

Every record leaving any handler set up here has passed ``api.errors.redact`` twice over:
``RedactingFilter`` rewrites the message (msg % args) and ``RedactingFormatter`` masks the
final text, tracebacks included, because a secret can also hide in an exception's text or
in a local variable printed by a library.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from globalai_desktop.api.errors import redact

LOG_FILE = "globalai-desktop.log"
MAX_BYTES = 1_000_000       # ~1 MB per file, 3 old files kept: enough for a bug report
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_installed: list[logging.Handler] = []


class RedactingFilter(logging.Filter):
    """Replaces the record's message with its redacted, fully formatted text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:           # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        return True


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return redact(super().formatException(ei))


def setup_logging(level: str | int = "INFO", *, log_dir: Path | None = None,
                  stderr: bool = True) -> Path:
    """Install the app's handlers on the root logger (idempotent) and return the log
    file's path.  ``level`` applies to the app's own loggers; libraries stay at WARNING
    so httpx does not log every URL at INFO."""
    from globalai_desktop import paths

    teardown_logging()
    folder = log_dir or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_path = folder / LOG_FILE
    formatter = RedactingFormatter(FORMAT)
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(log_path, maxBytes=MAX_BYTES,
                                             backupCount=BACKUPS, encoding="utf-8")]
    if stderr and sys.stderr is not None:      # pythonw / frozen GUI apps have no stderr
        handlers.append(logging.StreamHandler(sys.stderr))
    root = logging.getLogger()
    for h in handlers:
        h.setFormatter(formatter)
        h.addFilter(RedactingFilter())
        root.addHandler(h)
        _installed.append(h)
    root.setLevel(logging.WARNING)
    numeric = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
    logging.getLogger("globalai_desktop").setLevel(numeric if isinstance(numeric, int)
                                                   else logging.INFO)
    logging.captureWarnings(True)
    return log_path


def teardown_logging() -> None:
    """Remove and close the handlers installed by ``setup_logging``."""
    root = logging.getLogger()
    while _installed:
        h = _installed.pop()
        root.removeHandler(h)
        h.close()
