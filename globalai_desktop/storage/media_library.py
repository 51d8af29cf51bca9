"""Records of the images and videos saved in the media library folder.

One row per saved file: where it is, what it is, and how it was made (prompt, the form's
settings, family, model, task ids), so the gallery can filter by prompt, "reuse prompt and
settings" can refill the form, and "use as reference" knows whether the server's result
URL is still valid.

Contract: Qt-free and thread-safe (callers on the GUI thread use ``asyncio.to_thread`` for
writes and for big reads).  Deleting a record can also delete its file; a record whose
file has gone missing is kept until the user deletes it (the gallery shows it as missing).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from globalai_desktop.storage.db import Database

LIBRARY_FILE_NAME = "media_library.db"

_MIGRATIONS = [
    """
    CREATE TABLE media (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        path TEXT NOT NULL,
        kind TEXT NOT NULL,
        prompt TEXT NOT NULL DEFAULT '',
        params TEXT NOT NULL DEFAULT '{}',
        family_id TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        task_id INTEGER,
        remote_task_id TEXT,
        created_at REAL NOT NULL,
        size INTEGER NOT NULL DEFAULT 0,
        width INTEGER,
        height INTEGER,
        duration_s REAL,
        source_url TEXT,
        source_expires_at REAL
    );
    CREATE INDEX media_kind_created ON media(kind, created_at);
    CREATE INDEX media_task ON media(task_id)
    """,
]


@dataclass(frozen=True)
class MediaRecord:
    """One saved image or video."""

    id: int
    path: str
    kind: str                            # "image" | "video"
    prompt: str = ""
    params: dict = field(default_factory=dict)   # logical form values used to make it
    family_id: str = ""
    model: str = ""
    task_id: int | None = None           # TaskLedger id
    remote_task_id: str | None = None    # server task id
    created_at: float = 0.0
    size: int = 0                        # bytes on disk when saved
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    source_url: str | None = None        # the server's result URL
    source_expires_at: float | None = None

    @property
    def file(self) -> Path:
        return Path(self.path)

    def source_url_valid(self, now: float | None = None) -> bool:
        """True while ``source_url`` can still be fetched by the server (for references)."""
        if not self.source_url:
            return False
        return self.source_expires_at is None or (now or time.time()) < self.source_expires_at


def _from_row(row) -> MediaRecord:
    values = dict(row)
    try:
        values["params"] = json.loads(values["params"] or "{}")
    except ValueError:
        values["params"] = {}
    return MediaRecord(**values)


def _fold(text: str | None) -> str:
    return (text or "").casefold()


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class MediaLibrary:
    """SQLite-backed list of :class:`MediaRecord`."""

    def __init__(self, path: Path | str) -> None:
        self.db = Database(path, _MIGRATIONS)
        # SQLite's lower() folds ASCII only; prompts are often not ASCII.
        self.db.conn.create_function("py_lower", 1, _fold, deterministic=True)

    @classmethod
    def in_folder(cls, data_dir: Path | str) -> "MediaLibrary":
        return cls(Path(data_dir) / LIBRARY_FILE_NAME)

    def add(self, *, path: Path | str, kind: str, prompt: str = "", params: dict | None = None,
            family_id: str = "", model: str = "", task_id: int | None = None,
            remote_task_id: str | None = None, created_at: float | None = None,
            size: int | None = None, width: int | None = None, height: int | None = None,
            duration_s: float | None = None, source_url: str | None = None,
            source_expires_at: float | None = None) -> MediaRecord:
        """Record a saved file and return the record (``size`` defaults to the file's size)."""
        p = Path(path)
        if size is None:
            try:
                size = p.stat().st_size
            except OSError:
                size = 0
        row = {
            "path": str(p), "kind": kind, "prompt": prompt,
            "params": json.dumps(params or {}, ensure_ascii=False, sort_keys=True),
            "family_id": family_id, "model": model, "task_id": task_id,
            "remote_task_id": remote_task_id,
            "created_at": time.time() if created_at is None else created_at,
            "size": size, "width": width, "height": height, "duration_s": duration_s,
            "source_url": source_url, "source_expires_at": source_expires_at,
        }
        cols = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        with self.db.transaction() as conn:
            new_id = conn.execute(f"INSERT INTO media ({cols}) VALUES ({marks})", row).lastrowid
            return _from_row(conn.execute("SELECT * FROM media WHERE id=?", (new_id,)).fetchone())

    def update(self, media_id: int, **changes: Any) -> MediaRecord:
        if "params" in changes:
            changes["params"] = json.dumps(changes["params"] or {}, ensure_ascii=False)
        assigns = ", ".join(f"{k}=:{k}" for k in changes)
        with self.db.transaction() as conn:
            cur = conn.execute(f"UPDATE media SET {assigns} WHERE id=:_id", {**changes, "_id": media_id})
            if cur.rowcount == 0:
                raise KeyError(media_id)
            return _from_row(conn.execute("SELECT * FROM media WHERE id=?", (media_id,)).fetchone())

    def get(self, media_id: int) -> MediaRecord | None:
        rows = self.db.query("SELECT * FROM media WHERE id=?", (media_id,))
        return _from_row(rows[0]) if rows else None

    def find_by_task(self, task_id: int) -> MediaRecord | None:
        rows = self.db.query("SELECT * FROM media WHERE task_id=? ORDER BY id DESC LIMIT 1",
                             (task_id,))
        return _from_row(rows[0]) if rows else None

    def list(self, kind: str | None = None, *, text: str = "", limit: int | None = None,
             offset: int = 0) -> list[MediaRecord]:
        """Records newest first; ``text`` keeps those whose prompt contains it (any case)."""
        where, params = self._where(kind, text)
        sql = f"SELECT * FROM media{where} ORDER BY created_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return [_from_row(r) for r in self.db.query(sql, params)]

    def count(self, kind: str | None = None, *, text: str = "") -> int:
        where, params = self._where(kind, text)
        return int(self.db.query(f"SELECT COUNT(*) FROM media{where}", params)[0][0])

    @staticmethod
    def _where(kind: str | None, text: str) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if kind:
            clauses.append("kind=?")
            params.append(kind)
        text = (text or "").strip()
        if text:
            clauses.append("py_lower(prompt) LIKE ? ESCAPE '\\'")
            params.append(f"%{_like_escape(_fold(text))}%")
        return ((" WHERE " + " AND ".join(clauses)) if clauses else ""), params

    def delete(self, media_id: int, *, remove_file: bool = True) -> MediaRecord | None:
        """Forget a record and (by default) delete its file.  Returns what was removed.

        The row goes first: if the file cannot be removed (locked, already gone) the
        gallery no longer shows it and the error is raised for the caller to report.
        """
        rec = self.get(media_id)
        if rec is None:
            return None
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM media WHERE id=?", (media_id,))
        if remove_file:
            try:
                os.remove(rec.path)
            except FileNotFoundError:
                pass
        return rec

    def close(self) -> None:
        self.db.close()
