"""The task ledger: every image or video generation task the user ever submitted.

Providers bill per submission and result links expire, so a task is written here *before*
the create request leaves the machine (state ``SUBMITTING``), its server id is stored
before the first poll, and every later change of state is written as it happens.  After a
crash or a quit the ledger is all that is needed to resume polling, to say that a result
has expired, or to resubmit explicitly from the stored request.

Contract:

- :class:`TaskLedger` is Qt-free and thread-safe (the :class:`~.db.Database` lock
  serialises access); callers on the GUI thread wrap writes in ``asyncio.to_thread``.
- :class:`TaskRecord` is an immutable snapshot; ``ledger.update(id, **changes)`` returns
  the new snapshot.  ``params`` are the logical form values (catalog field names), ``body``
  the exact wire request that was (or will be) sent to ``path``.
- Times are Unix seconds (float).  ``lifetime_s`` is frozen at submit time from the
  catalog so a later catalog change does not rewrite history.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from globalai_desktop.domain.media import TaskState
from globalai_desktop.storage.db import Database

LEDGER_FILE_NAME = "tasks.db"

_MIGRATIONS = [
    """
    CREATE TABLE tasks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        family_id TEXT NOT NULL,
        model TEXT NOT NULL,
        path TEXT NOT NULL,
        prompt TEXT NOT NULL DEFAULT '',
        params TEXT NOT NULL DEFAULT '{}',
        body TEXT NOT NULL DEFAULT '{}',
        state TEXT NOT NULL,
        remote_id TEXT,
        remote_status TEXT,
        message TEXT NOT NULL DEFAULT '',
        progress REAL,
        paused INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL,
        submitted_at REAL,
        updated_at REAL NOT NULL,
        finished_at REAL,
        lifetime_s REAL,
        result_url TEXT,
        result_expires_at REAL,
        media_path TEXT,
        media_id INTEGER,
        resubmitted_from INTEGER,
        polls INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX tasks_state ON tasks(state);
    CREATE INDEX tasks_kind_created ON tasks(kind, created_at);
    CREATE UNIQUE INDEX tasks_remote ON tasks(remote_id) WHERE remote_id IS NOT NULL
    """,
]

_JSON_COLUMNS = ("params", "body")


@dataclass(frozen=True)
class TaskRecord:
    """One generation task as the ledger knows it (an immutable snapshot)."""

    id: int
    kind: str                       # "image" | "video"
    family_id: str                  # catalog family id, frozen at submit time
    model: str
    path: str                       # create endpoint, e.g. "/v1/banana/images"
    prompt: str = ""
    params: dict = field(default_factory=dict)   # logical form values (for "reuse settings")
    body: dict = field(default_factory=dict)     # wire request body as sent
    state: TaskState = TaskState.SUBMITTING
    remote_id: str | None = None    # server task id; None until the create call answers
    remote_status: str | None = None
    message: str = ""               # words for the user: reason, waiting, expired…
    progress: float | None = None   # 0..100 when known
    paused: bool = False            # polling waits (network down, key rejected…)
    created_at: float = 0.0         # when the user pressed Generate
    submitted_at: float | None = None   # when the server accepted it
    updated_at: float = 0.0
    finished_at: float | None = None
    lifetime_s: float | None = None     # how long the server keeps the result
    result_url: str | None = None
    result_expires_at: float | None = None
    media_path: str | None = None   # the saved file in the media library
    media_id: int | None = None     # its media_library record
    resubmitted_from: int | None = None
    polls: int = 0

    @property
    def terminal(self) -> bool:
        """True once nothing more will happen to this task without a user action."""
        return not self.state.active

    def elapsed(self, now: float | None = None) -> float:
        """Seconds from Generate to finish (or to ``now`` while it runs)."""
        end = self.finished_at if self.finished_at is not None else (now or time.time())
        return max(0.0, end - self.created_at)

    def expired_at(self) -> float | None:
        """When the server forgets this task's result, if known."""
        if self.result_expires_at is not None:
            return self.result_expires_at
        if self.lifetime_s is None:
            return None
        return (self.submitted_at or self.created_at) + self.lifetime_s

    def is_past_lifetime(self, now: float | None = None) -> bool:
        t = self.expired_at()
        return t is not None and (now or time.time()) >= t

    def result_url_valid(self, now: float | None = None) -> bool:
        """True while the stored result URL can still be handed to the server."""
        return bool(self.result_url) and not self.is_past_lifetime(now)


_COLUMNS = tuple(f.name for f in fields(TaskRecord))


def _to_row(values: dict[str, Any]) -> dict[str, Any]:
    row = {}
    for k, v in values.items():
        if k not in _COLUMNS:
            raise KeyError(f"unknown task column {k!r}")
        if k in _JSON_COLUMNS:
            v = json.dumps(v or {}, ensure_ascii=False, sort_keys=True)
        elif k == "state":
            v = TaskState(v).value
        elif k == "paused":
            v = int(bool(v))
        row[k] = v
    return row


def _from_row(row) -> TaskRecord:
    values = dict(row)
    for k in _JSON_COLUMNS:
        try:
            values[k] = json.loads(values[k] or "{}")
        except ValueError:
            values[k] = {}
    try:
        values["state"] = TaskState(values["state"])
    except ValueError:      # a state written by a newer version: show it as failed, keep it
        values["state"] = TaskState.FAILED
    values["paused"] = bool(values["paused"])
    return TaskRecord(**values)


class TaskLedger:
    """SQLite-backed store of :class:`TaskRecord` rows."""

    def __init__(self, path: Path | str) -> None:
        self.db = Database(path, _MIGRATIONS)

    @classmethod
    def in_folder(cls, data_dir: Path | str) -> "TaskLedger":
        return cls(Path(data_dir) / LEDGER_FILE_NAME)

    # --- writes -------------------------------------------------------------------------
    def insert(self, *, kind: str, family_id: str, model: str, path: str, prompt: str = "",
               params: dict | None = None, body: dict | None = None,
               state: TaskState = TaskState.SUBMITTING, **extra: Any) -> TaskRecord:
        """Write a new task and return it with its id (committed when this returns)."""
        now = time.time()
        values = {"kind": kind, "family_id": family_id, "model": model, "path": path,
                  "prompt": prompt, "params": params or {}, "body": body or {}, "state": state,
                  "created_at": extra.pop("created_at", now), "updated_at": now, **extra}
        row = _to_row(values)
        cols = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        with self.db.transaction() as conn:
            cur = conn.execute(f"INSERT INTO tasks ({cols}) VALUES ({marks})", row)
            new_id = cur.lastrowid
            return _from_row(conn.execute("SELECT * FROM tasks WHERE id=?", (new_id,)).fetchone())

    def update(self, task_id: int, **changes: Any) -> TaskRecord:
        """Apply ``changes`` to one task; returns the new snapshot (KeyError if it is gone)."""
        changes.setdefault("updated_at", time.time())
        row = _to_row(changes)
        assigns = ", ".join(f"{k}=:{k}" for k in row)
        with self.db.transaction() as conn:
            cur = conn.execute(f"UPDATE tasks SET {assigns} WHERE id=:_id", {**row, "_id": task_id})
            if cur.rowcount == 0:
                raise KeyError(task_id)
            return _from_row(conn.execute("SELECT * FROM tasks WHERE id=?", (task_id,)).fetchone())

    def delete(self, task_id: int) -> bool:
        with self.db.transaction() as conn:
            return conn.execute("DELETE FROM tasks WHERE id=?", (task_id,)).rowcount > 0

    # --- reads --------------------------------------------------------------------------
    def get(self, task_id: int) -> TaskRecord | None:
        rows = self.db.query("SELECT * FROM tasks WHERE id=?", (task_id,))
        return _from_row(rows[0]) if rows else None

    def find_remote(self, remote_id: str) -> TaskRecord | None:
        rows = self.db.query("SELECT * FROM tasks WHERE remote_id=?", (remote_id,))
        return _from_row(rows[0]) if rows else None

    def list(self, kind: str | None = None, *, limit: int | None = None) -> list[TaskRecord]:
        """Tasks newest first, optionally of one kind."""
        sql = "SELECT * FROM tasks"
        params: list[Any] = []
        if kind:
            sql += " WHERE kind=?"
            params.append(kind)
        sql += " ORDER BY created_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [_from_row(r) for r in self.db.query(sql, params)]

    def unfinished(self) -> list[TaskRecord]:
        """Tasks that were still running when the app last stopped (oldest first)."""
        active = [s.value for s in TaskState if s.active]
        marks = ",".join("?" * len(active))
        rows = self.db.query(
            f"SELECT * FROM tasks WHERE state IN ({marks}) ORDER BY created_at, id", active)
        return [_from_row(r) for r in rows]

    def close(self) -> None:
        self.db.close()

