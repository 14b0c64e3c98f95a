"""Saved chats: SQLite in the data dir (``conversations.sqlite``), each conversation owned by one API key.

``ConversationStore(path)``: ``create(owner, title)``, ``append(owner, id, role, content, answer)``, ``list(owner)``,
``get(owner, id)``, ``delete(owner, id)``. Another owner's conversation does not exist (UnknownConversationError).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from rodatraden.errors import RodaTradenError

MAX_MESSAGES = 500
MAX_CONTENT = 20_000
MAX_ANSWER_BYTES = 400_000
LIST_LIMIT = 200

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, owner TEXT NOT NULL, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_owner ON conversations(owner, updated);
CREATE TABLE IF NOT EXISTS messages (
    conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, role TEXT NOT NULL, content TEXT NOT NULL,
    answer TEXT, created REAL NOT NULL, PRIMARY KEY (conversation_id, seq));
"""


class UnknownConversationError(RodaTradenError):
    code = "unknown_conversation"
    status = 404

    def __init__(self, conversation_id: str) -> None:
        super().__init__(f"Okänt samtal {conversation_id[:40]!r}. / Unknown conversation.")


class ConversationTooLongError(RodaTradenError):
    code = "conversation_too_long"
    status = 413


class Message(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=MAX_CONTENT)
    answer: dict[str, Any] | None = None  # the Answer as the API gave it (citations, tables)
    error: str | None = Field(default=None, max_length=2000)


class ConversationSummary(BaseModel):
    id: str
    title: str
    created: float
    updated: float
    messages: int


class Conversation(ConversationSummary):
    items: list[Message]


def _title(text: str) -> str:
    text = " ".join((text or "").split())
    return (text[:77] + "…") if len(text) > 78 else (text or "Samtal")


class ConversationStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def create(self, owner: str, title: str = "") -> ConversationSummary:
        now = time.time()
        cid = uuid.uuid4().hex[:20]
        with self._lock:
            self._conn.execute("INSERT INTO conversations(id, owner, title, created, updated) VALUES (?,?,?,?,?)",
                               (cid, owner, _title(title), now, now))
        return ConversationSummary(id=cid, title=_title(title), created=now, updated=now, messages=0)

    def _owned(self, owner: str, cid: str) -> tuple:
        row = self._conn.execute("SELECT id, title, created, updated FROM conversations WHERE id=? AND owner=?",
                                 (cid, owner)).fetchone()
        if row is None:
            raise UnknownConversationError(cid)
        return row

    def append(self, owner: str, cid: str, message: Message) -> ConversationSummary:
        answer = json.dumps(message.answer, ensure_ascii=False) if message.answer is not None else None
        if answer is not None and len(answer.encode("utf-8")) > MAX_ANSWER_BYTES:
            raise ConversationTooLongError("Svaret är för stort för att sparas. / The answer is too large to save.")
        stored = message.model_copy(update={"answer": None}).model_dump_json() if message.error else None
        with self._lock:
            self._owned(owner, cid)
            n = self._conn.execute("SELECT COUNT(*) FROM messages WHERE conversation_id=?", (cid,)).fetchone()[0]
            if n >= MAX_MESSAGES:
                raise ConversationTooLongError(f"Samtalet har redan {MAX_MESSAGES} meddelanden; starta ett nytt. / "
                                               "The conversation is full; start a new one.")
            now = time.time()
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute(
                    "INSERT INTO messages(conversation_id, seq, role, content, answer, created) VALUES (?,?,?,?,?,?)",
                    (cid, n, message.role, message.content, answer if not message.error else stored, now))
                if n == 0 and message.role == "user":
                    self._conn.execute("UPDATE conversations SET title=? WHERE id=?", (_title(message.content), cid))
                self._conn.execute("UPDATE conversations SET updated=? WHERE id=?", (now, cid))
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return self.summary(owner, cid)

    def summary(self, owner: str, cid: str) -> ConversationSummary:
        with self._lock:
            cid, title, created, updated = self._owned(owner, cid)
            n = self._conn.execute("SELECT COUNT(*) FROM messages WHERE conversation_id=?", (cid,)).fetchone()[0]
        return ConversationSummary(id=cid, title=title, created=created, updated=updated, messages=n)

    def list(self, owner: str) -> list[ConversationSummary]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT c.id, c.title, c.created, c.updated, (SELECT COUNT(*) FROM messages m WHERE m.conversation_id=c.id)"
                " FROM conversations c WHERE owner=? ORDER BY updated DESC LIMIT ?", (owner, LIST_LIMIT)).fetchall()
        return [ConversationSummary(id=r[0], title=r[1], created=r[2], updated=r[3], messages=r[4]) for r in rows]

    def get(self, owner: str, cid: str) -> Conversation:
        with self._lock:
            cid, title, created, updated = self._owned(owner, cid)
            rows = self._conn.execute("SELECT role, content, answer FROM messages WHERE conversation_id=? ORDER BY seq",
                                      (cid,)).fetchall()
        items = []
        for role, content, answer in rows:
            data = json.loads(answer) if answer else None
            if isinstance(data, dict) and "role" in data and data.get("error"):
                items.append(Message(role=role, content=content, error=data["error"]))
            else:
                items.append(Message(role=role, content=content, answer=data))
        return Conversation(id=cid, title=title, created=created, updated=updated, messages=len(items), items=items)

    def delete(self, owner: str, cid: str) -> None:
        with self._lock:
            self._owned(owner, cid)
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute("DELETE FROM messages WHERE conversation_id=?", (cid,))
                self._conn.execute("DELETE FROM conversations WHERE id=?", (cid,))
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
