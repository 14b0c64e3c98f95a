"""The chat page: history in session state, example questions, streamed or direct answers."""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant.models import Answer
from rodatraden.settings import get_settings
from ui.answer_view import render_answer
from ui.client import ApiError
from ui.common import api_client, documents_or_empty, error_text, llm_name, tr
from ui.views.conversations import new_chat, save_turn, sidebar_list

EXAMPLES = ("ex_1", "ex_2", "ex_3", "ex_4")
HISTORY_TURNS = 6


def _messages() -> list[dict[str, Any]]:
    return st.session_state.setdefault("messages", [])


def _queue(question: str) -> None:
    st.session_state["pending_question"] = question


def clear_chat() -> None:
    new_chat()


def _history() -> list[dict[str, str]]:
    turns = []
    for m in _messages():
        if m.get("error"):
            continue
        turns.append({"role": m["role"], "content": m["content"]})
    return turns[-HISTORY_TURNS:]


def _render_message(i: int, m: dict[str, Any]) -> None:
    if m["role"] == "user":
        with st.chat_message("user", avatar=":material/person:"):
            st.markdown(m["content"])
        return
    with st.chat_message("assistant", avatar=":material/article:"):
        if m.get("error"):
            st.error(m["error"], icon=":material/error:")
        elif m.get("answer"):
            render_answer(Answer.model_validate(m["answer"]), key=f"m{i}")


def _badge_text(text: str) -> str:
    return text.replace("[", "(").replace("]", ")")


def _empty_state() -> None:
    with st.container(border=True):
        st.markdown(f"#### {tr('chat_empty_title')}")
        st.markdown(tr("chat_empty_body"))
        docs = documents_or_empty()
        if docs:
            st.caption(tr("chat_searching_in"))
            st.markdown(" ".join(f":gray-badge[:material/description: {_badge_text(d.meta.title)}]" for d in docs[:8]))
        st.caption(tr("chat_examples"))
        cols = st.columns(2)
        for i, key in enumerate(EXAMPLES):
            q = tr(key)
            cols[i % 2].button(q, key=f"example-{key}", on_click=_queue, args=(q,), width="stretch",
                               icon=":material/chat_bubble:")


def _answer(question: str, doc_ids: list[str] | None) -> dict[str, Any]:
    """Ask the API; returns the assistant message (answer or error) after rendering it live."""
    client = api_client()
    history = _history()[:-1]  # without the question just added
    streaming = llm_name() is not None
    try:
        if streaming:
            slot = st.empty()
            with slot.container():
                stream = client.stream_chat(question, doc_ids, history)
                st.write_stream(stream)
            answer = stream.answer
            slot.empty()
            if answer is None:
                raise ApiError("no answer", kind="bad_response")
        else:
            with st.spinner(tr("thinking")):
                answer = client.ask(question, doc_ids, history)
    except ApiError as exc:
        msg = {"role": "assistant", "content": "", "error": error_text(exc)}
        st.error(msg["error"], icon=":material/error:")
        return msg
    msg = {"role": "assistant", "content": answer.answer, "answer": answer.model_dump(mode="json")}
    render_answer(answer, key=f"m{len(_messages())}")
    return msg


def sidebar_controls() -> None:
    """Rendered by the app shell inside the sidebar when the chat page is shown."""
    docs = documents_or_empty()
    titles = {d.meta.doc_id: d.meta.title for d in docs}
    st.multiselect(
        tr("restrict_docs"), options=list(titles), format_func=lambda d: titles.get(d, d),
        placeholder=tr("restrict_docs_placeholder"), key="doc_filter",
    )
    sidebar_list()


def render() -> None:
    doc_ids = st.session_state.get("doc_filter") or None
    st.title(tr("app_title"), anchor=False)
    st.caption(tr("app_caption"))
    if flash := st.session_state.pop("chat_flash", None):
        st.error(flash, icon=":material/error:")
    prompt = st.chat_input(tr("chat_placeholder"), max_chars=get_settings().max_question_chars)
    question = (prompt or st.session_state.pop("pending_question", None) or "").strip()
    messages = _messages()
    if not messages and not question:
        _empty_state()
        return
    for i, m in enumerate(messages):
        _render_message(i, m)
    if not question:
        return
    messages.append({"role": "user", "content": question})
    _render_message(len(messages) - 1, messages[-1])
    with st.chat_message("assistant", avatar=":material/article:"):
        reply = _answer(question, doc_ids)
        messages.append(reply)
        save_turn(question, reply)
