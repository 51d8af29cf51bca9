"""The conversation store: persistence, search, migrations with backup, crash recovery."""

from __future__ import annotations

import sqlite3

import pytest

from globalai_desktop.domain.chat import (
    Attachment, Message, MessageState, Role, TokenUsage, title_from_text,
)
from globalai_desktop.storage import conversations as conversations_mod
from globalai_desktop.storage.conversation_export import (
    ConversationImportError, from_json, to_json, to_markdown,
)
from globalai_desktop.storage.conversations import ConversationStore

PNG = "data:image/png;base64,iVBORw0KGgo="


def _store(tmp_path):
    return ConversationStore.in_dir(tmp_path)


def test_database_uses_wal_and_a_schema_version(tmp_path):
    s = _store(tmp_path)
    assert s.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.db.schema_version == len(conversations_mod.MIGRATIONS)
    assert s.has_fts
    s.close()


def test_messages_keep_state_usage_and_attachments(tmp_path):
    s = _store(tmp_path)
    c = s.create_conversation(model="gpt-5.4", system_prompt="sys", temperature=0.2)
    att = Attachment("a.png", "image/png", PNG, 1, 1)
    u = s.add_message(Message(0, c.id, Role.USER, "hi", attachments=(att,)))
    a = s.add_message(Message(0, c.id, Role.ASSISTANT, "partial", MessageState.INTERRUPTED,
                              usage=TokenUsage(5, 7, 12), error="cut"))
    s.close()
    s = _store(tmp_path)
    got = s.messages(c.id)
    assert [m.id for m in got] == [u.id, a.id]
    assert got[0].attachments == (att,)
    assert got[1].state is MessageState.INTERRUPTED and got[1].usage == TokenUsage(5, 7, 12)
    assert s.usage_total(c.id) == TokenUsage(5, 7, 12)
    conv = s.get_conversation(c.id)
    assert (conv.model, conv.system_prompt, conv.temperature) == ("gpt-5.4", "sys", 0.2)
    s.close()


def test_a_reply_left_streaming_by_a_crash_is_marked_interrupted(tmp_path):
    s = _store(tmp_path)
    c = s.create_conversation()
    m = s.add_message(Message(0, c.id, Role.ASSISTANT, "half a rep", MessageState.STREAMING))
    s.db.conn.close()                              # no clean shutdown
    s = _store(tmp_path)
    assert s.get_message(m.id).state is MessageState.INTERRUPTED
    assert s.get_message(m.id).text == "half a rep"
    s.close()


def test_search_by_word_prefix_title_and_chinese_text(tmp_path):
    s = _store(tmp_path)
    a = s.create_conversation(title="Trip planning")
    s.add_message(Message(0, a.id, Role.USER, "Which museums open on Mondays?"))
    b = s.create_conversation(title="Recipes")
    s.add_message(Message(0, b.id, Role.USER, "怎么做红烧肉？"))
    s.add_message(Message(0, b.id, Role.ASSISTANT, "先把五花肉切块。"))
    assert [r.id for r in s.list_conversations("museum")] == [a.id]
    assert "museums" in s.list_conversations("museum")[0].snippet
    assert [r.id for r in s.list_conversations("trip")] == [a.id]
    assert [r.id for r in s.list_conversations("红烧")] == [b.id]
    assert [r.id for r in s.list_conversations("五花肉")] == [b.id]
    assert s.list_conversations("100%_") == []          # LIKE wildcards are literal
    assert [r.id for r in s.list_conversations()] == [b.id, a.id]
    s.close()


def test_soft_delete_restore_and_purge_on_next_open(tmp_path):
    s = _store(tmp_path)
    c = s.create_conversation(title="temp")
    s.add_message(Message(0, c.id, Role.USER, "x"))
    s.delete_conversation(c.id)
    assert s.list_conversations() == [] and s.get_conversation(c.id) is None
    s.restore_conversation(c.id)
    assert [r.id for r in s.list_conversations()] == [c.id]
    s.delete_conversation(c.id)
    s.close()
    s = _store(tmp_path)
    assert s.db.query("SELECT COUNT(*) FROM messages")[0][0] == 0
    s.close()


def test_a_migration_backs_the_database_up_first(tmp_path, monkeypatch):
    s = _store(tmp_path)
    c = s.create_conversation(title="before upgrade")
    s.add_message(Message(0, c.id, Role.USER, "old data"))
    s.close()
    v = len(conversations_mod.MIGRATIONS)
    monkeypatch.setattr(conversations_mod, "MIGRATIONS", [
        *conversations_mod.MIGRATIONS, "ALTER TABLE conversations ADD COLUMN pinned INTEGER"])
    s = _store(tmp_path)
    assert s.db.schema_version == v + 1
    assert s.list_conversations()[0].title == "before upgrade"
    s.close()
    backup = tmp_path / f"conversations.db.bak-v{v}"
    assert backup.exists()
    with sqlite3.connect(backup) as b:
        assert b.execute("SELECT text FROM messages").fetchone()[0] == "old data"
        assert b.execute("PRAGMA user_version").fetchone()[0] == v


def test_a_database_from_a_newer_app_is_refused_not_damaged(tmp_path):
    s = _store(tmp_path)
    s.db.execute("PRAGMA user_version=99")
    s.close()
    with pytest.raises(RuntimeError, match="newer version"):
        _store(tmp_path)


def test_json_round_trip_and_markdown(tmp_path):
    s = _store(tmp_path)
    c = s.create_conversation(model="claude-sonnet-4-6", title="T", system_prompt="Be nice",
                              temperature=0.5, max_tokens=100, protocol="openai")
    s.add_message(Message(0, c.id, Role.USER, "hello", attachments=(Attachment("a.png", "image/png", PNG),)))
    s.add_message(Message(0, c.id, Role.ASSISTANT, "**hi**", MessageState.STOPPED,
                          usage=TokenUsage(1, 2, 3), model="claude-sonnet-4-6"))
    conv, msgs = s.get_conversation(c.id), s.messages(c.id)
    conv2, msgs2 = from_json(to_json(conv, msgs))
    assert (conv2.title, conv2.model, conv2.protocol, conv2.system_prompt, conv2.temperature,
            conv2.max_tokens) == ("T", "claude-sonnet-4-6", "openai", "Be nice", 0.5, 100)
    key = lambda ms: [(m.role, m.text, m.state, m.usage, m.attachments, m.model) for m in ms]
    assert key(msgs2) == key(msgs)
    md = to_markdown(conv, msgs)
    assert md.startswith("# T\n") and "**hi**" in md and "_(stopped)_" in md
    assert "[image attached: a.png]" in md
    s.close()


@pytest.mark.parametrize("text, reason", [
    ("[]", "not a GlobalAI Desktop conversation"),
    ('{"format": "globalai-desktop/conversation", "version": 9, "conversation": {}, "messages": []}',
     "newer version"),
    ('{"format": "globalai-desktop/conversation", "version": 1, "conversation": {},'
     ' "messages": [{"role": "robot", "text": "x"}]}', "role 'robot'"),
    ('{"format": "globalai-desktop/conversation", "version": 1, "conversation": {},'
     ' "messages": [{"role": "user", "text": "x", "attachments": [{"data_url": "http://x"}]}]}',
     "not an image"),
])
def test_import_rejects_bad_files_with_a_reason(text, reason):
    with pytest.raises(ConversationImportError, match=reason):
        from_json(text)


def test_titles_from_first_message():
    assert title_from_text("  Hello\nworld  ") == "Hello world"
    long = title_from_text("word " * 30)
    assert long.endswith("…") and len(long) <= 49
    assert title_from_text("") == "New conversation"
