"""The recommendations page (for auditors): grouped by audit and committee, status badges, the reason, evidence
quotes with their pages; filters by audit, committee and status."""

from __future__ import annotations

import html

import streamlit as st

from ui.client import ApiError, Criticism, Recommendation
from ui.common import api_client, documents_or_empty, error_text, tr
from ui.views import criticism

STATUSES = ("atgardad", "delvis", "ej_atgardad", "oklart")
COLORS = {"atgardad": "green", "delvis": "orange", "ej_atgardad": "red", "oklart": "gray"}
ICONS = {
    "atgardad": ":material/check_circle:",
    "delvis": ":material/timelapse:",
    "ej_atgardad": ":material/cancel:",
    "oklart": ":material/help:",
}
UNAVAILABLE = {404, 405, 501}


def status_label(status: str) -> str:
    return tr(f"status_{status}") if status in STATUSES else status


def _filters(recs: list[Recommendation], crits: list[Criticism], titles: dict[str, str]
             ) -> tuple[list[str], list[str], list[str]]:
    reports = sorted({r.report_doc_id for r in recs} | {c.doc_id for c in crits})
    boards = sorted({a for r in recs for a in _addressees(r)} | {c.committee for c in crits})
    a, b = st.columns(2)
    chosen_reports = a.multiselect(tr("filter_report"), reports, format_func=lambda d: titles.get(d, d),
                                   placeholder=tr("filter_all"), key="rec_report")
    chosen_boards = b.multiselect(tr("filter_addressee"), boards, placeholder=tr("filter_all"), key="rec_board")
    chosen_status = st.pills(tr("filter_status"), STATUSES, format_func=status_label, selection_mode="multi",
                             key="rec_status")
    return chosen_reports, chosen_boards, list(chosen_status or [])


def _addressees(r: Recommendation) -> list[str]:
    return list(r.addressees) or ([r.addressee] if r.addressee else [])


def _summary(recs: list[Recommendation]) -> None:
    cols = st.columns(len(STATUSES))
    for col, s in zip(cols, STATUSES, strict=True):
        col.metric(status_label(s), sum(1 for r in recs if r.status == s), border=True)


def _card(r: Recommendation, titles: dict[str, str]) -> None:
    with st.container(border=True):
        head, badge = st.columns([5, 1], vertical_alignment="center")
        number = r.number if r.number is not None else "–"
        meta = [tr("rec_heading", number=number)]
        if _addressees(r):
            meta.append(tr("rec_to", addressee=", ".join(_addressees(r))))
        head.markdown(f"**{' · '.join(meta)}**")
        with badge:
            st.badge(status_label(r.status), color=COLORS.get(r.status, "gray"), icon=ICONS.get(r.status))
        st.markdown(html.escape(r.text, quote=False).replace("$", "\\$"))
        source = titles.get(r.report_doc_id, r.report_doc_id)
        pages = ", ".join(str(p) for p in (r.pages or ([r.page] if r.page else [])))
        st.caption(tr("rec_source", title=source, page=pages) if pages else source)
        if r.reason:
            st.caption(tr("rec_reason", reason=r.reason))
        _committee_lines(r)
        _history_lines(r, titles)
        if r.link == "uncertain":
            st.caption(tr("rec_uncertain"))
        if r.mentions:  # named in passing: where, so the auditor can look, but no evidence of a status
            st.caption(tr("rec_mentions", where="; ".join(
                tr("rec_source", title=titles.get(e.doc_id, e.doc_id), page=e.page) for e in r.mentions)))
        if not r.evidence:
            st.caption(tr("no_evidence"))
            return
        with st.expander(tr("evidence", n=len(r.evidence)), icon=":material/fact_check:"):
            for e in r.evidence:
                where = tr("rec_source", title=titles.get(e.doc_id, e.doc_id), page=e.page) if e.page else e.doc_id
                date = f" · {e.date}" if e.date else ""
                st.markdown(f"**{html.escape(where, quote=False)}**{date}")
                st.markdown(f'<div class="rt-passage"><mark>{html.escape(e.quote, quote=False)}</mark></div>',
                            unsafe_allow_html=True)


def _committee_lines(r: Recommendation) -> None:
    """A recommendation addressed to several committees: one line per committee with its own status and why."""
    if len(r.by_committee) < 2:
        return
    st.markdown(f"*{html.escape(tr('rec_by_committee'), quote=False)}*")
    for c in r.by_committee:
        line = tr("rec_committee_line", committee=c.committee, status=status_label(c.status))
        st.markdown(f":{COLORS.get(c.status, 'gray')}[{ICONS.get(c.status, '')}] **{html.escape(line, quote=False)}**")
        if c.reason:
            st.caption(html.escape(c.reason, quote=False).replace("$", "\\$"))


def _history_lines(r: Recommendation, titles: dict[str, str]) -> None:
    """A recommendation followed up by several documents: what each one said, latest first."""
    if len(r.history) < 2:
        return
    st.markdown(f"*{html.escape(tr('rec_history'), quote=False)}*")
    for h in r.history:
        line = tr("rec_history_line", date=h.date or "–", title=titles.get(h.doc_id, h.doc_id),
                  status=status_label(h.status))
        st.markdown(f":{COLORS.get(h.status, 'gray')}[{ICONS.get(h.status, '')}] {html.escape(line, quote=False)}")


def _criticism() -> list[Criticism]:
    try:
        return api_client().criticism()
    except ApiError:
        return []  # an older API without criticism: the recommendations still show


def render() -> None:
    st.title(tr("recs_title"), anchor=False)
    st.caption(tr("recs_caption"))
    try:
        recs = api_client().recommendations()
    except ApiError as exc:
        if exc.status in UNAVAILABLE:
            st.info(tr("recs_unavailable"), icon=":material/hourglass_empty:")
        else:
            st.error(error_text(exc), icon=":material/error:")
        return
    crits = _criticism()
    if not recs and not crits:
        st.info(tr("recs_empty"), icon=":material/inbox:")
        return
    titles = {d.meta.doc_id: d.meta.title for d in documents_or_empty()}
    reports, boards, statuses = _filters(recs, crits, titles)
    shown = [
        r for r in recs
        if (not reports or r.report_doc_id in reports)
        and (not boards or set(_addressees(r)) & set(boards))
        and (not statuses or r.status in statuses)
    ]
    if recs:
        _summary(shown)
        st.caption(tr("showing_n_of_m", n=len(shown), m=len(recs)))
    if not recs:
        st.info(tr("recs_empty"), icon=":material/inbox:")
    elif not shown:
        st.info(tr("recs_none_match"), icon=":material/filter_alt_off:")
    for audit in dict.fromkeys(r.report_doc_id for r in shown):
        group = [r for r in shown if r.report_doc_id == audit]
        st.subheader(group[0].audit_title or titles.get(audit, audit), anchor=False)
        for committee in dict.fromkeys(", ".join(_addressees(r)) or "–" for r in group):
            st.markdown(f"**{html.escape(tr('rec_committee', name=committee), quote=False)}**")
            for r in group:
                if (", ".join(_addressees(r)) or "–") == committee:
                    _card(r, titles)
    criticism.section([c for c in crits if (not reports or c.doc_id in reports)
                       and (not boards or c.committee in boards) and not statuses], titles)
