"""The documents page: what is indexed, upload a PDF, remove a document (with confirmation)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.client import ApiError, DocumentEntry
from ui.common import api_client, api_key, error_text, forget_documents, lang, tr
from ui.i18n import doc_type_label
from ui.table_view import render_typed_table
from ui.views.metadata import edit_form
from ui.views.upload import render_upload


def _overview(docs: list[DocumentEntry]) -> None:
    a, b, c = st.columns(3)
    a.metric(tr("metric_docs"), len(docs), border=True)
    b.metric(tr("metric_pages"), sum(d.meta.pages for d in docs), border=True)
    c.metric(tr("metric_tables"), sum(d.tables for d in docs), border=True)
    rows = [
        {
            tr("col_title"): d.meta.title,
            tr("col_type"): doc_type_label(d.meta.document_type, lang()),
            tr("col_year"): str(d.meta.year) if d.meta.year else "–",
            tr("col_organisation"): d.meta.organisation or "–",
            tr("col_collection"): d.meta.collection,
            tr("col_pages"): d.meta.pages,
            tr("col_chunks"): d.chunks,
            tr("col_tables"): d.tables,
            tr("col_doc_id"): d.meta.doc_id,
        }
        for d in docs
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch",
                 column_config={tr("col_title"): st.column_config.TextColumn(width="large")})


def _remove(docs: list[DocumentEntry]) -> None:
    st.markdown(f"#### {tr('remove_title')}")
    titles = {d.meta.doc_id: d.meta.title for d in docs}
    pending = st.session_state.get("pending_delete")
    left, right = st.columns([2, 1], vertical_alignment="bottom")
    doc_id = left.selectbox(tr("remove_select"), list(titles), format_func=lambda d: titles.get(d, d),
                            key="remove_choice", disabled=pending is not None)
    if right.button(tr("remove_button"), icon=":material/delete:", disabled=not api_key() or pending is not None,
                    width="stretch", key="remove_start"):
        st.session_state["pending_delete"] = doc_id
        st.rerun()
    if pending is None:
        return
    with st.container(border=True):
        st.warning(tr("remove_confirm", title=titles.get(pending, pending)), icon=":material/warning:")
        yes, no, _ = st.columns([1, 1, 3])
        if yes.button(tr("remove_yes"), type="primary", key="remove_yes", width="stretch"):
            st.session_state.pop("pending_delete", None)
            try:
                api_client().delete(pending)
            except ApiError as exc:
                st.error(error_text(exc), icon=":material/error:")
                return
            forget_documents()
            st.session_state["flash"] = tr("removed", title=titles.get(pending, pending))
            st.rerun()
        if no.button(tr("cancel"), key="remove_no", width="stretch"):
            st.session_state.pop("pending_delete", None)
            st.rerun()


def _tables(docs: list[DocumentEntry]) -> None:
    with_tables = [d for d in docs if d.tables]
    if not with_tables:
        return
    titles = {d.meta.doc_id: d.meta.title for d in with_tables}
    with st.expander(tr("doc_tables"), icon=":material/table_chart:"):
        doc_id = st.selectbox(tr("doc_tables_select"), list(titles), format_func=lambda d: titles[d],
                              key="tables_doc")
        try:
            tables = api_client().tables(doc_id)
        except ApiError as exc:
            st.error(error_text(exc), icon=":material/error:")
            return
        if not tables:
            st.caption(tr("doc_no_tables"))
        for i, table in enumerate(tables):
            render_typed_table(table, key=f"doc-{doc_id}-{i}", source_title=titles[doc_id])


def render() -> None:
    st.title(tr("docs_title"), anchor=False)
    st.caption(tr("docs_caption"))
    if flash := st.session_state.pop("flash", None):
        st.toast(flash, icon=":material/check_circle:")
        st.success(flash, icon=":material/check_circle:")
    try:
        docs = api_client().documents()  # always fresh here: this is where uploads and removals show
    except ApiError as exc:
        st.error(error_text(exc), icon=":material/error:")
        return
    if docs:
        _overview(docs)
        _tables(docs)
        edit_form(docs)
    else:
        st.info(tr("docs_empty"), icon=":material/folder_open:")
    st.divider()
    up, rm = st.columns(2, gap="large")
    with up:
        render_upload()
    if docs:
        with rm:
            _remove(docs)
