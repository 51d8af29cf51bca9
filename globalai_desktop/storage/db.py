"""A small SQLite base shared by the app's stores.

Each store owns one database file and a list of migrations; ``migrations[i]`` moves the
schema from version ``i`` to ``i + 1`` and is applied inside a transaction.  The schema
version lives in ``PRAGMA user_version``.  Before migrating an existing, non-empty
database, a copy is written next to it (``name.db.bak-v<old>``) with SQLite's online
backup API, so a failed or unwanted upgrade never costs the user their history.

Connections use WAL (readers never block the writer), ``foreign_keys=ON`` and
``synchronous=NORMAL`` (durable across app crashes; WAL keeps it consistent across power
loss).  A store is used from one thread at a time; callers that must stay off the GUI
thread wrap calls in ``asyncio.to_thread`` and pass ``check_same_thread=False`` (the
default here) while serialising access with the store's lock.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Union

Migration = Union[str, Callable[[sqlite3.Connection], None]]


class Database:
    def __init__(self, path: Path | str, migrations: Sequence[Migration]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lock = threading.RLock()
        self.conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA busy_timeout=5000")
        self._migrate(list(migrations))

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, migrations: list[Migration]) -> None:
        current = self.schema_version
        target = len(migrations)
        if current > target:
            raise RuntimeError(
                f"{self.path.name} was written by a newer version of GlobalAI Desktop "
                f"(schema {current}, this version knows {target}). Please update the app."
            )
        if current == target:
            return
        if current > 0:
            self.backup(self.path.with_name(f"{self.path.name}.bak-v{current}"))
        for version in range(current, target):
            step = migrations[version]
            with self.transaction() as conn:
                if callable(step):
                    step(conn)
                else:
                    for statement in _split_sql(step):
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version={version + 1}")

    def backup(self, dest: Path) -> Path:
        with self.lock:
            target = sqlite3.connect(str(dest))
            try:
                self.conn.backup(target)
            finally:
                target.close()
        return dest

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK`` on any exception)."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    def query(self, sql: str, params: Sequence | dict = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def execute(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Cursor:
        with self.lock:
            return self.conn.execute(sql, params)

    def close(self) -> None:
        with self.lock:
            try:
                self.conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self.conn.close()


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside literals, by rule)."""
    return [s.strip() for s in script.split(";") if s.strip()]
