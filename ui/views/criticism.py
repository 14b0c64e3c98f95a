"""Formal criticism on the recommendations page: who was criticised (anmärkning, erinran, refused discharge), for
what, and what the committee answered — each quote with its document and page."""

from __future__ import annotations

import html

import streamlit as st

from ui.client import Criticism
from ui.common import tr


def _quote(text: str) -> None:
    st.markdown(f'<div class="rt-passage"><mark>{html.escape(text, quote=False)}</mark></div>', unsafe_allow_html=True)


def card(c: Criticism, titles: dict[str, str]) -> None:
    with st.container(border=True):
        head, badge = st.columns([5, 1], vertical_alignment="center")
        head.markdown(f"**{html.escape(tr('crit_heading', kind=c.kind, committee=c.committee), quote=False)}**")
        with badge:
            st.badge(c.kind, color="red" if c.kind.startswith(("anmärkning", "ansvarsfrihet")) else "orange",
                     icon=":material/gavel:")
        source = titles.get(c.doc_id, c.doc_title or c.doc_id)
        st.caption(tr("rec_source", title=source, page=c.page) if c.page else source)
        _quote(c.quote)
        if c.for_what:
            st.caption(tr("crit_for", text=" ".join(c.for_what.split())))
        if not c.response_quote:
            st.caption(tr("crit_no_answer"))
            return
        with st.expander(tr("crit_answer"), icon=":material/forum:"):
            doc = c.response_doc or c.doc_id
            where = tr("rec_source", title=titles.get(doc, doc), page=c.response_page) if c.response_page else doc
            st.markdown(f"**{html.escape(where, quote=False)}**")
            _quote(c.response_quote)


def section(items: list[Criticism], titles: dict[str, str]) -> None:
    """Criticism grouped by the statement that carries it."""
    if not items:
        return
    st.header(tr("crit_title"), anchor=False)
    st.caption(tr("crit_caption"))
    for doc in dict.fromkeys(c.doc_id for c in items):
        group = [c for c in items if c.doc_id == doc]
        st.subheader(titles.get(doc, group[0].doc_title or doc), anchor=False)
        for c in group:
            card(c, titles)
