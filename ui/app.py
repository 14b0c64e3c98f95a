"""Röda tråden: the Streamlit UI. Run with ``rodatraden ui`` or ``streamlit run ui/app.py``.

A client of the HTTP API only (URL from settings: RODATRADEN_API_URL).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` without the editable install
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from ui.common import api_url, collections, health, llm_name, tr  # noqa: E402
from ui.i18n import DEFAULT_LANG, LANGS  # noqa: E402
from ui.views import chat  # noqa: E402
from ui.style import CSS, uploader_css  # noqa: E402
from rodatraden.settings import get_settings  # noqa: E402

STATIC = Path(__file__).resolve().parent / "static"
VIEWS = Path(__file__).resolve().parent / "views"
LANG_NAMES = {"sv": "Svenska", "en": "English"}


def _init_language() -> None:
    if "lang" not in st.session_state:
        asked = st.query_params.get("lang", DEFAULT_LANG)
        st.session_state["lang"] = asked if asked in LANGS else DEFAULT_LANG
    st.session_state.setdefault("_last_lang", st.session_state["lang"])


def _keep_a_language() -> None:
    """A segmented control can be un-selected; keep the previous language then."""
    if st.session_state.get("lang") not in LANGS:
        st.session_state["lang"] = st.session_state.get("_last_lang", DEFAULT_LANG)
    st.session_state["_last_lang"] = st.session_state["lang"]


def _collection_picker() -> None:
    names = [c["name"] for c in collections()]
    chosen = st.session_state.get("collection") or ""
    options = ["", *names] + ([chosen] if chosen and chosen not in names else [])
    if len(options) <= 2 and not chosen:
        return  # one collection (or none): nothing to pick
    st.selectbox(tr("collection_picker"), options, key="collection",
                 format_func=lambda c: c or tr("collection_all"), help=tr("collection_picker_help"))


def _sidebar(current: st.Page) -> None:
    with st.sidebar:
        st.segmented_control(tr("language"), LANGS, format_func=LANG_NAMES.get, key="lang",
                             on_change=_keep_a_language, width="stretch")
        _collection_picker()
        if current.title == tr("nav_chat"):
            chat.sidebar_controls()
        st.text_input(tr("api_key"), type="password", key="api_key", help=tr("api_key_help"),
                      autocomplete="off")
        st.divider()
        info = health()
        if info and info.get("status") == "ok":
            st.markdown(f":green[:material/check_circle:] {tr('api_ok')}")
            st.caption(tr("docs_indexed", n=info.get("documents", 0)))
        else:
            st.markdown(f":red[:material/error:] {tr('api_down')}")
            st.caption(api_url())
        model = llm_name()
        st.caption(tr("api_llm", name=model) if model else tr("api_extractive"))
        st.caption(tr("sidebar_footer"))


def main() -> None:
    st.set_page_config(page_title="Röda tråden", page_icon=str(STATIC / "icon.svg"), layout="wide",
                       initial_sidebar_state="expanded",
                       menu_items={"About": "Röda tråden – " + tr("app_caption")})
    _init_language()
    st.html(CSS)
    st.html(uploader_css(tr("uploader_drop"), tr("uploader_browse"),
                         tr("upload_limit", mb=get_settings().max_upload_mb)))
    st.logo(str(STATIC / "logo.svg"), icon_image=str(STATIC / "icon.svg"), size="large")
    pages = [
        st.Page(VIEWS / "page_chat.py", title=tr("nav_chat"), icon=":material/forum:", url_path="chat", default=True),
        st.Page(VIEWS / "page_documents.py", title=tr("nav_documents"), icon=":material/folder_open:", url_path="documents"),
        st.Page(VIEWS / "page_recommendations.py", title=tr("nav_recommendations"), icon=":material/fact_check:",
                url_path="recommendations"),
    ]
    current = st.navigation(pages, position="sidebar")
    _sidebar(current)
    current.run()


main()
