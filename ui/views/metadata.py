"""Document details (title, organisation, type, year, period, date, collection): fields for the upload form and
an edit form for an indexed document (PATCH /v1/documents/{id}; nothing is re-embedded)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.client import ApiError, DocumentEntry
from ui.common import api_client, api_key, error_text, forget_documents, lang, tr
from ui.i18n import doc_type_label

TYPES = ("verksamhetsberattelse", "arsredovisning", "delarsrapport", "granskningsrapport", "regionplan", "yttrande",
         "protokoll")


def _type_options(current: str | None) -> list[str]:
    options = ["", *TYPES]
    if current and current not in options:
        options.append(current)
    return options


def _type_label(value: str) -> str:
    return tr("type_none") if not value else doc_type_label(value, lang())


def metadata_fields(prefix: str, current: dict[str, Any] | None = None, collections: list[str] | None = None) -> dict[str, Any]:
    """The inputs (inside a form); returns what was entered, '' for empty."""
    cur = current or {}
    a, b = st.columns(2)
    title = a.text_input(tr("meta_title"), value=cur.get("title") or "", key=f"{prefix}-title")
    organisation = b.text_input(tr("meta_organisation"), value=cur.get("organisation") or "", key=f"{prefix}-org")
    options = _type_options(cur.get("document_type"))
    document_type = a.selectbox(tr("meta_type"), options, index=options.index(cur.get("document_type") or ""),
                                format_func=_type_label, key=f"{prefix}-type")
    year = b.text_input(tr("meta_year"), value=str(cur.get("year") or ""), key=f"{prefix}-year", max_chars=4)
    period = a.text_input(tr("meta_period"), value=cur.get("period") or "", help=tr("meta_period_help"),
                          key=f"{prefix}-period")
    date = b.text_input(tr("meta_date"), value=cur.get("date") or "", key=f"{prefix}-date", max_chars=10)
    collection = st.text_input(tr("meta_collection"), value=cur.get("collection") or "", key=f"{prefix}-collection",
                               help=", ".join(collections or []) or None)
    return {"title": title.strip(), "organisation": organisation.strip(), "type": document_type, "year": year.strip(),
            "period": period.strip(), "date": date.strip(), "collection": collection.strip().lower()}


def _changes(entered: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """Only what differs from the stored value; an emptied optional field is cleared (None)."""
    stored = {"title": meta.get("title") or "", "organisation": meta.get("organisation") or "",
              "type": meta.get("document_type") or "", "year": str(meta.get("year") or ""),
              "period": meta.get("period") or "", "date": meta.get("date") or "", "collection": meta.get("collection") or ""}
    out: dict[str, Any] = {}
    for k, v in entered.items():
        if v == stored[k]:
            continue
        out[k] = (int(v) if k == "year" and v.isdigit() else v) if v else None
    return out


def edit_form(docs: list[DocumentEntry]) -> None:
    if not docs:
        return
    titles = {d.meta.doc_id: d.meta.title for d in docs}
    with st.expander(tr("meta_edit_title"), icon=":material/edit_note:"):
        doc_id = st.selectbox(tr("meta_edit_select"), list(titles), format_func=lambda d: titles.get(d, d),
                              key="meta_doc")
        meta = next(d.meta for d in docs if d.meta.doc_id == doc_id).model_dump()
        with st.form(f"meta-{doc_id}", border=False):
            entered = metadata_fields(f"edit-{doc_id}", meta)
            st.caption(tr("meta_no_reembed"))
            saved = st.form_submit_button(tr("meta_save"), type="primary", icon=":material/save:",
                                          disabled=not api_key())
        if not saved:
            return
        changes = _changes(entered, meta)
        if not changes:
            return
        try:
            info = api_client().patch_document(doc_id, changes)
        except ApiError as exc:
            st.error(error_text(exc), icon=":material/error:")
            return
        forget_documents()
        st.session_state["flash"] = tr("meta_saved", title=info.get("meta", {}).get("title", doc_id))
        st.rerun()
