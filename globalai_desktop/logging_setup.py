"""Logging for the whole app: a rotating file in ``paths.log_dir()`` and stderr.

The API key never reaches a log line, whichever handler writes it:

- ``install_redaction()`` wraps the log-record factory, so every record — from our code,
  qasync, httpx, anything — is redacted (``api.errors.redact``) when it is created, before
  any handler or filter sees it: the message with its arguments, and the traceback.
- ``RedactingFormatter`` masks the final text of our own handlers once more, for anything
  a formatter adds later.
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

APP_LOGGERS = ("globalai_desktop", "globalai")   # our package and our named loggers
_installed: list[logging.Handler] = []
_saved_levels: dict[str, int] = {}
_base_factory = logging.getLogRecordFactory()
_traceback_formatter = logging.Formatter()


def _redacted_record(*args, **kwargs) -> logging.LogRecord:
    record = _base_factory(*args, **kwargs)
    try:
        message = record.getMessage()
    except Exception:           # a bad format string must not lose the record
        message = f"{record.msg!r} {record.args!r}"
    record.msg, record.args = redact(message), None
    if record.exc_info and not record.exc_text:
        record.exc_text = redact(_traceback_formatter.formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


def install_redaction() -> None:
    """Redact every log record from now on (idempotent)."""
    if logging.getLogRecordFactory() is not _redacted_record:
        logging.setLogRecordFactory(_redacted_record)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(level: str | int = "INFO", *, log_dir: Path | None = None,
                  stderr: bool = True) -> Path:
    """Install the app's handlers on the root logger (idempotent) and return the log
    file's path.  ``level`` applies to the app's own loggers; libraries stay at WARNING
    so httpx does not log every URL at INFO."""
    from globalai_desktop import paths

    install_redaction()
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
        root.addHandler(h)
        _installed.append(h)
    _saved_levels.update({name: logging.getLogger(name).level
                          for name in ("", *APP_LOGGERS) if name not in _saved_levels})
    root.setLevel(logging.WARNING)
    numeric = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
    for name in APP_LOGGERS:
        logging.getLogger(name).setLevel(numeric if isinstance(numeric, int) else logging.INFO)
    logging.captureWarnings(True)
    return log_path


def teardown_logging() -> None:
    """Remove and close the handlers installed by ``setup_logging`` and put the levels
    back as they were."""
    root = logging.getLogger()
    while _installed:
        h = _installed.pop()
        root.removeHandler(h)
        h.close()
    for name, level in _saved_levels.items():
        logging.getLogger(name).setLevel(level)
    _saved_levels.clear()
