"""Upload one or more PDFs as background jobs and follow them with progress bars until they end."""

from __future__ import annotations

import time
from typing import Any

import streamlit as st

from ui.client import ApiError
from ui.common import api_client, api_key, collection, error_text, forget_documents, tr
from ui.views.metadata import metadata_fields

POLL_S = 0.5
FINISHED = ("done", "failed")


def _label(job: dict[str, Any]) -> str:
    stage = job.get("stage") or "queued"
    name = job.get("file_name") or job.get("doc_id") or "?"
    if job.get("status") == "queued":
        return tr("upload_queued", name=name, n=job.get("queue_position") or 1)
    text = tr("job_progress", name=name, stage=tr(f"stage_{stage}"), done=job.get("pages_done", 0),
              total=job.get("pages_total") or "?")
    eta = job.get("eta_s")
    if job.get("status") == "running" and eta is not None and eta >= 1:
        text += tr("job_eta", s=int(round(eta)))
    return text


def follow(jobs: list[dict[str, Any]], metadata: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Progress bars until every job has ended; returns the final jobs."""
    client = api_client()
    bars = {j["id"]: st.progress(0.0, text=_label(j)) for j in jobs}
    current = {j["id"]: j for j in jobs}
    while any(j.get("status") not in FINISHED for j in current.values()):
        time.sleep(POLL_S)
        for job_id in list(current):
            if current[job_id].get("status") in FINISHED:
                continue
            try:
                current[job_id] = client.job(job_id)
            except ApiError as exc:
                current[job_id] = {**current[job_id], "status": "failed", "stage": "failed", "error": error_text(exc)}
            job = current[job_id]
            bars[job_id].progress(min(1.0, float(job.get("progress") or 0.0)), text=_label(job))
    return list(current.values())


def _report(job: dict[str, Any]) -> None:
    name = job.get("file_name") or job.get("doc_id")
    if job.get("status") == "failed":
        st.session_state.setdefault("upload_messages", []).append(
            ("error", f"{tr('upload_failed')}: {job.get('error') or ''}"))
        return
    outcome = job.get("outcome") or {}
    if outcome.get("status") == "duplicate":
        key = "upload_duplicate_bytes" if outcome.get("duplicate_kind") == "bytes" else "upload_duplicate_text"
        st.session_state.setdefault("upload_messages", []).append(
            ("warning", tr(key, name=name, of=outcome.get("duplicate_of") or "?")))
        return
    if outcome.get("status") == "unchanged":
        st.session_state.setdefault("upload_messages", []).append(("info", tr("upload_unchanged", name=name)))
        return
    text = tr("upload_done", name=name) + " " + tr(
        "upload_done_detail", pages=outcome.get("pages", "–"), chunks=outcome.get("chunks", "–"),
        tables=outcome.get("tables", "–"))
    st.session_state.setdefault("upload_messages", []).append(("success", text))


def render_upload() -> None:
    st.markdown(f"#### {tr('upload_title')}")
    for kind, text in st.session_state.pop("upload_messages", []):
        getattr(st, kind)(text)
    if not api_key():
        st.info(tr("upload_needs_key"), icon=":material/key:")
    with st.form("upload", clear_on_submit=True, border=True):
        files = st.file_uploader(tr("upload_label_many"), type=["pdf"], accept_multiple_files=True,
                                 label_visibility="visible")
        doc_id = st.text_input(tr("upload_doc_id"), help=tr("upload_doc_id_help"))
        with st.expander(tr("meta_optional")):
            st.caption(tr("meta_inferred"))
            entered = metadata_fields("upload")
        submitted = st.form_submit_button(tr("upload_button_many"), type="primary", icon=":material/upload_file:",
                                          disabled=not api_key())
    if not submitted or not files:
        return
    client = api_client()
    if not entered.get("collection") and collection():
        entered["collection"] = collection()  # the collection picked in the sidebar
    jobs: list[dict[str, Any]] = []
    for f in files:
        try:
            out = client.upload(f.name, f.getvalue(), doc_id.strip() or None if len(files) == 1 else None,
                                metadata={("document_type" if k == "type" else k): v for k, v in entered.items()})
        except ApiError as exc:
            st.session_state.setdefault("upload_messages", []).append(
                ("error", f"{f.name}: {tr('upload_failed')}: {error_text(exc)}"))
            continue
        if out.get("job"):
            jobs.append(out["job"])
    for job in follow(jobs):
        _report(job)
    forget_documents()
    st.rerun()  # the document list shows the new documents
