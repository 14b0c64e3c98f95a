"""Per-run context shared by the pages: language, the API client, cached look-ups, error text."""

from __future__ import annotations

import os
from typing import Any

import streamlit as st

from rodatraden.settings import get_settings
from ui.client import ApiClient, ApiError, DocumentEntry, PageText
from ui.i18n import DEFAULT_LANG, LANGS, t


def lang() -> str:
    value = st.session_state.get("lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def tr(key: str, **fmt: object) -> str:
    """``t()`` in the language chosen in the sidebar."""
    return t(key, lang(), **fmt)


def api_url() -> str:
    return get_settings().api_url


def api_key() -> str | None:
    typed = (st.session_state.get("api_key") or "").strip()
    return typed or os.environ.get("RODATRADEN_UI_API_KEY") or None


def collection() -> str | None:
    """The collection picked in the sidebar (None: every collection the key can read)."""
    return st.session_state.get("collection") or None


def api_client() -> ApiClient:
    return ApiClient(api_url(), api_key(), collection=collection())


@st.cache_data(ttl=30, show_spinner=False)
def _collections(url: str, key: str | None) -> list[dict[str, Any]]:
    try:
        return ApiClient(url, key, timeout=10).collections()
    except ApiError:
        return []


def collections() -> list[dict[str, Any]]:
    return _collections(api_url(), api_key())


def error_text(exc: ApiError) -> str:
    """One line a person understands; the server's own message when it sent one."""
    if exc.kind == "unreachable":
        return tr("err_unreachable", url=api_url())
    if exc.kind == "timeout":
        return tr("err_timeout")
    if exc.kind == "bad_response":
        return tr("err_bad_response")
    if exc.status in (401, 403) and not exc.message.strip():
        return tr("err_auth")
    return exc.message if exc.message else tr("err_generic", message=exc.code)


# --- cached look-ups (keyed by URL and key so a changed setting is never served stale) ---
@st.cache_data(ttl=30, show_spinner=False)
def _health(url: str, key: str | None) -> dict[str, Any] | None:
    try:
        return ApiClient(url, key, timeout=5).health()
    except ApiError:
        return None


@st.cache_data(ttl=30, show_spinner=False)
def _documents(url: str, key: str | None, coll: str | None = None) -> list[dict[str, Any]]:
    return [d.model_dump() for d in ApiClient(url, key, timeout=30, collection=coll).documents()]


@st.cache_data(ttl=600, show_spinner=False)
def _page(url: str, key: str | None, doc_id: str, page: int, coll: str | None = None) -> dict[str, Any] | None:
    try:
        return ApiClient(url, key, timeout=30, collection=coll).page(doc_id, page).model_dump()
    except ApiError:
        return None


@st.cache_data(ttl=600, show_spinner=False, max_entries=64)
def _page_png(url: str, key: str | None, doc_id: str, page: int, quote: str, coll: str | None = None) -> bytes | None:
    try:
        return ApiClient(url, key, timeout=60, collection=coll).page_png(doc_id, page, quote)
    except ApiError:
        return None


def page_png(doc_id: str, page: int, quote: str) -> bytes | None:
    """The page image with the quote highlighted, or None (no kept original, API down): then show the text."""
    return _page_png(api_url(), api_key(), doc_id, int(page), quote, collection())


def health() -> dict[str, Any] | None:
    return _health(api_url(), api_key())


def documents() -> list[DocumentEntry]:
    """Raises ApiError; callers show ``error_text``."""
    return [DocumentEntry.model_validate(d) for d in _documents(api_url(), api_key(), collection())]


def documents_or_empty() -> list[DocumentEntry]:
    try:
        return documents()
    except ApiError:
        return []


def page_text(doc_id: str, page: int) -> PageText | None:
    data = _page(api_url(), api_key(), doc_id, int(page), collection())
    return PageText.model_validate(data) if data else None


def forget_documents() -> None:
    _documents.clear()
    _page.clear()
    _page_png.clear()
    _collections.clear()


def llm_name() -> str | None:
    """The configured language model (answers are streamed then), or None for extractive answers."""
    settings = get_settings()
    if settings.llm_backend == "none":
        return None
    return f"{settings.llm_backend} ({settings.llm_model})" if settings.llm_model else settings.llm_backend
