"""The conversation store: every chat, its settings and its messages, in one SQLite file.

Built on :class:`storage.db.Database` (WAL, ``BEGIN IMMEDIATE`` transactions, schema
version in ``user_version``, a backup copy before any migration).  Full-text search uses
an FTS5 index over message text kept in step by triggers; where the SQLite build has no
FTS5 (or the query is Chinese/Japanese/Korean text, which FTS5's word tokenizer does not
split), search falls back to ``LIKE`` substring matching, so a search always works.

Contract:

- Methods are synchronous and thread-safe (the database lock serialises them); callers on
  the GUI thread that touch many rows wrap them in ``asyncio.to_thread``.
- Deleting a conversation is soft (``deleted_at``) so the UI can offer Undo; soft-deleted
  conversations are purged for good when the store next opens, or by :meth:`purge_deleted`.
- A message left in ``streaming`` state by a crash is marked ``interrupted`` on open: its
  partial text is kept.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from pathlib import Path

from globalai_desktop.domain.chat import (
    DEFAULT_TITLE, Attachment, Conversation, ConversationSummary, Message, MessageState, Role,
    TokenUsage,
)
from globalai_desktop.storage.db import Database

DB_FILENAME = "conversations.db"

# Queries containing these scripts use substring search (FTS5's unicode61 tokenizer would
# treat a whole run of CJK characters as one "word" and miss hits inside it).
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _fts5_available(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("CREATE VIRTUAL TABLE temp._fts5_probe USING fts5(x)")
        conn.execute("DROP TABLE temp._fts5_probe")
        return True
    except sqlite3.OperationalError:
        return False


def _v1(conn: sqlite3.Connection) -> None:
    """Conversations, messages and (when available) the FTS5 message index."""
    conn.execute("""
        CREATE TABLE conversations (
            id            INTEGER PRIMARY KEY,
            title         TEXT NOT NULL,
            model         TEXT NOT NULL DEFAULT '',
            protocol      TEXT,
            system_prompt TEXT NOT NULL DEFAULT '',
            temperature   REAL,
            max_tokens    INTEGER,
            draft         TEXT NOT NULL DEFAULT '',
            created_at    REAL NOT NULL,
            updated_at    REAL NOT NULL,
            deleted_at    REAL
        )""")
    conn.execute("CREATE INDEX conversations_recent ON conversations(deleted_at, updated_at DESC)")
    conn.execute("""
        CREATE TABLE messages (
            id              INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            role            TEXT NOT NULL,
            text            TEXT NOT NULL DEFAULT '',
            state           TEXT NOT NULL,
            created_at      REAL NOT NULL,
            model           TEXT NOT NULL DEFAULT '',
            protocol        TEXT NOT NULL DEFAULT '',
            input_tokens    INTEGER,
            output_tokens   INTEGER,
            total_tokens    INTEGER,
            error           TEXT NOT NULL DEFAULT '',
            finish_reason   TEXT NOT NULL DEFAULT '',
            attachments     TEXT NOT NULL DEFAULT '[]'
        )""")
    conn.execute("CREATE INDEX messages_by_conversation ON messages(conversation_id, id)")
    if _fts5_available(conn):
        conn.execute("""CREATE VIRTUAL TABLE messages_fts USING fts5(
            text, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""")
        conn.execute("""CREATE TRIGGER messages_fts_ai AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END""")
        conn.execute("""CREATE TRIGGER messages_fts_ad AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text); END""")
        conn.execute("""CREATE TRIGGER messages_fts_au AFTER UPDATE OF text ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END""")


MIGRATIONS = [_v1]   # append new steps; never edit a released one


class ConversationStore:
    def __init__(self, path: Path | str) -> None:
        self.db = Database(path, MIGRATIONS)
        self.has_fts = bool(self.db.query(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='messages_fts'"))
        self.purge_deleted()
        self.db.execute("UPDATE messages SET state=? WHERE state=?",
                        (MessageState.INTERRUPTED.value, MessageState.STREAMING.value))

    @classmethod
    def in_dir(cls, data_dir: Path) -> "ConversationStore":
        return cls(Path(data_dir) / DB_FILENAME)

    def close(self) -> None:
        self.db.close()

    # --- conversations --------------------------------------------------------------------

    def create_conversation(self, *, model: str = "", title: str = DEFAULT_TITLE,
                            system_prompt: str = "", protocol: str | None = None,
                            temperature: float | None = None,
                            max_tokens: int | None = None) -> Conversation:
        now = time.time()
        cur = self.db.execute(
            "INSERT INTO conversations(title, model, protocol, system_prompt, temperature,"
            " max_tokens, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            (title, model, protocol, system_prompt, temperature, max_tokens, now, now))
        return Conversation(id=int(cur.lastrowid), title=title, model=model, protocol=protocol,
                            system_prompt=system_prompt, temperature=temperature,
                            max_tokens=max_tokens, created_at=now, updated_at=now)

    def get_conversation(self, conversation_id: int) -> Conversation | None:
        rows = self.db.query("SELECT * FROM conversations WHERE id=? AND deleted_at IS NULL",
                             (conversation_id,))
        return _conversation(rows[0]) if rows else None

    def save_settings(self, conv: Conversation) -> Conversation:
        """Write title, model, protocol, system prompt and parameters (not the draft)."""
        self.db.execute(
            "UPDATE conversations SET title=?, model=?, protocol=?, system_prompt=?, temperature=?,"
            " max_tokens=? WHERE id=?",
            (conv.title, conv.model, conv.protocol, conv.system_prompt, conv.temperature,
             conv.max_tokens, conv.id))
        return conv

    def rename(self, conversation_id: int, title: str) -> None:
        self.db.execute("UPDATE conversations SET title=? WHERE id=?",
                        (title.strip() or DEFAULT_TITLE, conversation_id))

    def set_draft(self, conversation_id: int, text: str) -> None:
        """Keep the composer's unsent text; does not move the conversation up the list."""
        self.db.execute("UPDATE conversations SET draft=? WHERE id=?", (text, conversation_id))

    def touch(self, conversation_id: int) -> None:
        self.db.execute("UPDATE conversations SET updated_at=? WHERE id=?",
                        (time.time(), conversation_id))

    def delete_conversation(self, conversation_id: int) -> None:
        self.db.execute("UPDATE conversations SET deleted_at=? WHERE id=?",
                        (time.time(), conversation_id))

    def restore_conversation(self, conversation_id: int) -> None:
        self.db.execute("UPDATE conversations SET deleted_at=NULL WHERE id=?", (conversation_id,))

    def purge_deleted(self) -> int:
        """Remove soft-deleted conversations (and, by cascade, their messages) for good."""
        with self.db.transaction() as conn:
            return conn.execute("DELETE FROM conversations WHERE deleted_at IS NOT NULL").rowcount

    def list_conversations(self, query: str = "", limit: int = 500) -> list[ConversationSummary]:
        """Most recently active first.  ``query`` matches titles and message text."""
        query = query.strip()
        base = ("SELECT c.id, c.title, c.model, c.updated_at,"
                " (SELECT COUNT(*) FROM messages m WHERE m.conversation_id=c.id) AS n"
                " FROM conversations c WHERE c.deleted_at IS NULL")
        if not query:
            rows = self.db.query(base + " ORDER BY c.updated_at DESC, c.id DESC LIMIT ?", (limit,))
            return [ConversationSummary(r["id"], r["title"], r["model"], r["updated_at"], r["n"])
                    for r in rows]
        snippets = self._search_messages(query, limit)
        like = f"%{_escape_like(query)}%"
        rows = self.db.query(base + " AND (c.title LIKE ? ESCAPE '\\' OR c.id IN (%s))"
                             " ORDER BY c.updated_at DESC, c.id DESC LIMIT ?"
                             % ",".join("?" * len(snippets)),
                             (like, *snippets.keys(), limit))
        return [ConversationSummary(r["id"], r["title"], r["model"], r["updated_at"], r["n"],
                                    snippets.get(r["id"], "")) for r in rows]

    def _search_messages(self, query: str, limit: int) -> dict[int, str]:
        """conversation id → a snippet around the best hit in its messages."""
        found: dict[int, str] = {}
        if self.has_fts and not _CJK_RE.search(query):
            terms = [t for t in re.findall(r"\w+", query) if t]
            if terms:
                match = " ".join('"%s"*' % t.replace('"', '""') for t in terms)
                rows = self.db.query(
                    "SELECT m.conversation_id AS cid,"
                    " snippet(messages_fts, 0, '', '', '…', 10) AS snip"
                    " FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
                    " WHERE messages_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit * 4))
                for r in rows:
                    found.setdefault(r["cid"], r["snip"])
                return found
        rows = self.db.query(
            "SELECT conversation_id AS cid, text FROM messages WHERE text LIKE ? ESCAPE '\\'"
            " ORDER BY id DESC LIMIT ?", (f"%{_escape_like(query)}%", limit * 4))
        for r in rows:
            found.setdefault(r["cid"], _snippet(r["text"], query))
        return found

    # --- messages -------------------------------------------------------------------------

    def messages(self, conversation_id: int, *, limit: int | None = None,
                 before_id: int | None = None) -> list[Message]:
        """Messages in order; with ``limit``, the newest ``limit`` (before ``before_id``)."""
        where, params = "conversation_id=?", [conversation_id]
        if before_id is not None:
            where += " AND id<?"
            params.append(before_id)
        if limit is None:
            rows = self.db.query(f"SELECT * FROM messages WHERE {where} ORDER BY id", params)
        else:
            rows = self.db.query(f"SELECT * FROM (SELECT * FROM messages WHERE {where}"
                                 " ORDER BY id DESC LIMIT ?) ORDER BY id", [*params, limit])
        return [_message(r) for r in rows]

    def get_message(self, message_id: int) -> Message | None:
        rows = self.db.query("SELECT * FROM messages WHERE id=?", (message_id,))
        return _message(rows[0]) if rows else None

    def message_count(self, conversation_id: int) -> int:
        return int(self.db.query("SELECT COUNT(*) FROM messages WHERE conversation_id=?",
                                 (conversation_id,))[0][0])

    def add_message(self, msg: Message) -> Message:
        """Insert ``msg`` (its ``id`` is ignored) and move the conversation to the top."""
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO messages(conversation_id, role, text, state, created_at, model,"
                " protocol, input_tokens, output_tokens, total_tokens, error, finish_reason,"
                " attachments) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", _message_row(msg))
            conn.execute("UPDATE conversations SET updated_at=? WHERE id=?",
                         (time.time(), msg.conversation_id))
        return msg.with_(id=int(cur.lastrowid))

    def update_message(self, msg: Message) -> Message:
        self.db.execute(
            "UPDATE messages SET text=?, state=?, model=?, protocol=?, input_tokens=?,"
            " output_tokens=?, total_tokens=?, error=?, finish_reason=?, attachments=? WHERE id=?",
            (msg.text, msg.state.value, msg.model, msg.protocol, msg.usage.input_tokens,
             msg.usage.output_tokens, msg.usage.total_tokens, msg.error, msg.finish_reason,
             json.dumps([a.to_dict() for a in msg.attachments]), msg.id))
        return msg

    def delete_messages_from(self, conversation_id: int, message_id: int) -> int:
        """Delete ``message_id`` and every later message of the conversation."""
        with self.db.transaction() as conn:
            return conn.execute("DELETE FROM messages WHERE conversation_id=? AND id>=?",
                                (conversation_id, message_id)).rowcount

    def usage_total(self, conversation_id: int) -> TokenUsage:
        r = self.db.query(
            "SELECT SUM(input_tokens) i, SUM(output_tokens) o,"
            " SUM(COALESCE(total_tokens, COALESCE(input_tokens,0)+COALESCE(output_tokens,0))) t,"
            " COUNT(COALESCE(input_tokens, output_tokens, total_tokens)) k"
            " FROM messages WHERE conversation_id=?", (conversation_id,))[0]
        if not r["k"]:
            return TokenUsage()
        return TokenUsage(r["i"], r["o"], r["t"])

    def import_conversation(self, conv: Conversation, messages: list[Message]) -> Conversation:
        """Insert a whole conversation in one transaction (all or nothing); returns it with its new id."""
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO conversations(title, model, protocol, system_prompt, temperature,"
                " max_tokens, draft, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (conv.title, conv.model, conv.protocol, conv.system_prompt, conv.temperature,
                 conv.max_tokens, conv.draft, conv.created_at, time.time()))
            new_id = int(cur.lastrowid)
            conn.executemany(
                "INSERT INTO messages(conversation_id, role, text, state, created_at, model,"
                " protocol, input_tokens, output_tokens, total_tokens, error, finish_reason,"
                " attachments) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [_message_row(m.with_(conversation_id=new_id)) for m in messages])
        return self.get_conversation(new_id)  # type: ignore[return-value]


# --- row mapping ----------------------------------------------------------------------------

def _conversation(r: sqlite3.Row) -> Conversation:
    return Conversation(id=r["id"], title=r["title"], model=r["model"], protocol=r["protocol"],
                        system_prompt=r["system_prompt"], temperature=r["temperature"],
                        max_tokens=r["max_tokens"], draft=r["draft"],
                        created_at=r["created_at"], updated_at=r["updated_at"])


def _message(r: sqlite3.Row) -> Message:
    try:
        atts = tuple(Attachment.from_dict(d) for d in json.loads(r["attachments"] or "[]"))
    except (ValueError, TypeError, AttributeError):
        atts = ()
    return Message(id=r["id"], conversation_id=r["conversation_id"], role=Role(r["role"]),
                   text=r["text"], state=MessageState.parse(r["state"]),
                   created_at=r["created_at"], model=r["model"], protocol=r["protocol"],
                   usage=TokenUsage(r["input_tokens"], r["output_tokens"], r["total_tokens"]),
                   error=r["error"], finish_reason=r["finish_reason"], attachments=atts)


def _message_row(m: Message) -> tuple:
    return (m.conversation_id, m.role.value, m.text, m.state.value, m.created_at, m.model,
            m.protocol, m.usage.input_tokens, m.usage.output_tokens, m.usage.total_tokens,
            m.error, m.finish_reason, json.dumps([a.to_dict() for a in m.attachments]))


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _snippet(text: str, query: str, width: int = 60) -> str:
    i = text.lower().find(query.lower())
    if i < 0:
        return text[:width]
    start = max(0, i - width // 2)
    out = " ".join(text[start:i + len(query) + width // 2].split())
    return ("…" if start else "") + out + "…"
