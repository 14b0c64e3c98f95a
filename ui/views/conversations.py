"""Saved chats in the sidebar: "Nytt samtal", the list (open one, delete one), and saving each turn."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.client import ApiError
from ui.common import api_client, error_text, tr

SHOWN = 15


def new_chat() -> None:
    st.session_state["messages"] = []
    st.session_state.pop("conversation_id", None)


def _open(conversation_id: str) -> None:
    try:
        conv = api_client().conversation(conversation_id)
    except ApiError as exc:
        st.session_state["chat_flash"] = error_text(exc)
        return
    messages = []
    for m in conv.get("items", []):
        msg: dict[str, Any] = {"role": m["role"], "content": m.get("content", "")}
        if m.get("answer"):
            msg["answer"] = m["answer"]
        if m.get("error"):
            msg["error"] = m["error"]
        messages.append(msg)
    st.session_state["messages"] = messages
    st.session_state["conversation_id"] = conversation_id


def _delete(conversation_id: str) -> None:
    try:
        api_client().delete_conversation(conversation_id)
    except ApiError as exc:
        st.session_state["chat_flash"] = error_text(exc)
        return
    if st.session_state.get("conversation_id") == conversation_id:
        new_chat()


def sidebar_list() -> None:
    st.button(tr("new_chat"), on_click=new_chat, icon=":material/add_comment:", width="stretch", key="new_chat")
    try:
        saved = api_client().conversations()
    except ApiError:
        return
    st.caption(tr("saved_chats"))
    if not saved:
        st.caption(tr("no_saved_chats"))
    current = st.session_state.get("conversation_id")
    for conv in saved[:SHOWN]:
        left, right = st.columns([5, 1], vertical_alignment="center", gap="small")
        left.button(conv["title"], key=f"conv-{conv['id']}", on_click=_open, args=(conv["id"],), width="stretch",
                    type="primary" if conv["id"] == current else "tertiary", icon=":material/chat:")
        right.button("", key=f"conv-del-{conv['id']}", on_click=_delete, args=(conv["id"],),
                     icon=":material/delete:", help=tr("delete_chat"), type="tertiary")


def save_turn(question: str, reply: dict[str, Any]) -> None:
    """The question and its answer appended to the current saved conversation (created on the first turn)."""
    client = api_client()
    try:
        cid = st.session_state.get("conversation_id")
        if not cid:
            cid = client.create_conversation(question)["id"]
            st.session_state["conversation_id"] = cid
        client.add_message(cid, {"role": "user", "content": question})
        body: dict[str, Any] = {"role": "assistant", "content": reply.get("content", "")}
        if reply.get("answer"):
            body["answer"] = reply["answer"]
        if reply.get("error"):
            body["error"] = reply["error"][:2000]
        client.add_message(cid, body)
    except ApiError as exc:
        st.caption(tr("chat_not_saved", error=error_text(exc)))
