"""Saved chats, per API key: ``GET/POST /v1/conversations``, ``GET/DELETE /v1/conversations/{id}``,
``POST /v1/conversations/{id}/messages``. Without keys (open reads on loopback) they belong to "local"."""

from __future__ import annotations

from pydantic import BaseModel, Field

from fastapi import APIRouter

from assistant.api.deps import ApiState, ReadKey, StateDep
from assistant.api.security import ApiKey
from assistant.api.conversations import Conversation, ConversationStore, ConversationSummary, Message

router = APIRouter(tags=["conversations"])

AUTH = {401: {"description": "missing or unknown API key"}}
NOT_FOUND = {**AUTH, 404: {"description": "unknown conversation (or another key's)"}}


class NewConversation(BaseModel):
    title: str = Field(default="", max_length=300)


class Deleted(BaseModel):
    id: str
    deleted: bool = True


def _owner(key: ApiKey | None) -> str:
    return key.owner if key is not None else "local"


def _store(state: ApiState) -> ConversationStore:
    with state.cache_lock:
        store = state.cache.get("conversations")
        if store is None:
            store = state.cache["conversations"] = ConversationStore(state.settings.data_dir / "conversations.sqlite")
        return store


@router.get("/conversations", response_model=list[ConversationSummary], responses=AUTH)
def list_conversations(state: StateDep, key: ReadKey) -> list[ConversationSummary]:
    return _store(state).list(_owner(key))


@router.post("/conversations", response_model=ConversationSummary, status_code=201, responses=AUTH)
def create_conversation(body: NewConversation, state: StateDep, key: ReadKey) -> ConversationSummary:
    return _store(state).create(_owner(key), body.title)


@router.get("/conversations/{conversation_id}", response_model=Conversation, responses=NOT_FOUND)
def get_conversation(conversation_id: str, state: StateDep, key: ReadKey) -> Conversation:
    return _store(state).get(_owner(key), conversation_id)


@router.post("/conversations/{conversation_id}/messages", response_model=ConversationSummary,
             responses={**NOT_FOUND, 413: {"description": "conversation full or answer too large"}})
def add_message(conversation_id: str, body: Message, state: StateDep, key: ReadKey) -> ConversationSummary:
    return _store(state).append(_owner(key), conversation_id, body)


@router.delete("/conversations/{conversation_id}", response_model=Deleted, responses=NOT_FOUND)
def delete_conversation(conversation_id: str, state: StateDep, key: ReadKey) -> Deleted:
    _store(state).delete(_owner(key), conversation_id)
    return Deleted(id=conversation_id)
