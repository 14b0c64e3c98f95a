"""GET /v1/recommendations?audit=&committee=&status= (JSON) and /v1/recommendations.csv (the same rows as CSV):
audit recommendations, their follow-up status, reason and evidence. `report`/`addressee` are older names of
`audit`/`committee`.

GET /v1/recommendations/criticism?audit=&committee= (JSON): formal criticism (anmärkning, erinran, kritik, refused
discharge) — who, for what, the committee's answer, each with its page. The CSV carries it too, as rows of kind
"criticism" (column `kind`; `?kind=recommendation|criticism` keeps one kind; a status filter keeps recommendations).

Tracking reads every document, so its result is cached per index generation.
"""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from assistant.api.deps import ApiState, IndexDep, ReadKey, StateDep
from assistant.recommendations.filters import criticism_matches, for_committee
from assistant.recommendations.models import Criticism, TrackedRecommendation

router = APIRouter(tags=["recommendations"])
CSV_COLUMNS = ["audit", "audit_title", "id", "number", "addressees", "pages", "text", "status", "reason", "link",
               "evidence_doc", "evidence_page", "evidence_date", "evidence_quote", "kind", "criticism_kind"]


def _per_generation(state: ApiState, index: Any, name: str, compute) -> list:
    """``compute(index)`` once per index generation and collection scope, shared by the requests."""
    generation = index.generation
    slot = f"{name}:{getattr(index, 'scope_key', 'all')}"  # one result per collection scope
    with state.cache_lock:
        hit = state.cache.get(slot)
        if hit is not None and hit[0] == generation:
            return hit[1]
        result = compute(index)
        state.cache[slot] = (generation, result)
        return result


def tracked(state: ApiState, index: Any) -> list[TrackedRecommendation]:
    from assistant.recommendations.tracker import track

    return _per_generation(state, index, "recommendations", track)


def criticism_of(state: ApiState, index: Any) -> list[Criticism]:
    from assistant.recommendations.tracker import criticism

    return _per_generation(state, index, "criticism", criticism)


def _matches(rec: TrackedRecommendation, audit: str | None) -> bool:
    return not audit or rec.report_doc_id == audit.strip().lower()


Audit = Annotated[str | None, Query(description="doc_id of the audit report")]
Committee = Annotated[str | None, Query(description="part of an addressee's name, case-insensitive")]
Status = Annotated[str | None, Query(description="follow-up status: atgardad, delvis, ej_atgardad, oklart")]
Kind = Annotated[Literal["recommendation", "criticism"] | None,
                 Query(description="CSV rows of one kind only: recommendation or criticism")]


def _select(state: ApiState, index: Any, audit: str | None, report: str | None, committee: str | None,
            addressee: str | None, status: str | None) -> list[TrackedRecommendation]:
    """With a committee: that committee's own status (`committee_status`) for a recommendation addressed to
    several, and the status filter applies to it."""
    wanted = (committee or addressee or "").strip() or None
    st = status.strip().casefold() if status else None
    return for_committee([r for r in tracked(state, index) if _matches(r, audit or report)], wanted, st)


@router.get("/recommendations", response_model=list[TrackedRecommendation], responses={401: {"description": "missing or unknown API key"}})
def list_recommendations(
    state: StateDep, index: IndexDep, _key: ReadKey, audit: Audit = None, committee: Committee = None,
    status: Status = None, report: Audit = None, addressee: Committee = None,
) -> list[TrackedRecommendation]:
    return _select(state, index, audit, report, committee, addressee, status)


@router.get("/recommendations/criticism", response_model=list[Criticism],
            responses={401: {"description": "missing or unknown API key"}})
def list_criticism(
    state: StateDep, index: IndexDep, _key: ReadKey, audit: Audit = None, committee: Committee = None,
    report: Audit = None, addressee: Committee = None,
) -> list[Criticism]:
    return [c for c in criticism_of(state, index) if criticism_matches(c, audit or report, committee or addressee)]


def _criticism_row(c: Criticism) -> list[Any]:
    return [c.doc_id, c.doc_title or "", c.id, "", c.committee, str(c.page), " ".join(c.quote.split()), "",
            " ".join((c.for_what or "").split()), "", c.response_doc or "", c.response_page or "", "",
            " ".join((c.response_quote or "").split()), "criticism", c.kind]


@router.get("/recommendations.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def export_recommendations(
    state: StateDep, index: IndexDep, _key: ReadKey, audit: Audit = None, committee: Committee = None,
    status: Status = None, report: Audit = None, addressee: Committee = None, kind: Kind = None,
) -> Response:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)
    for r in _select(state, index, audit, report, committee, addressee, status) if kind != "criticism" else []:
        ev = r.evidence[0] if r.evidence else None  # the latest dated evidence
        own = r.committee_status  # filtered by committee: that committee's own status and reason
        w.writerow([r.report_doc_id, r.audit_title or "", r.id, r.number, "; ".join(r.addressees or [r.addressee]),
                    " ".join(str(p) for p in (r.pages or [r.page])), r.text, own.status if own else r.status,
                    (own.reason if own else r.reason) or "", r.link,
                    ev.doc_id if ev else "", ev.page if ev else "", (ev.date or "") if ev else "",
                    " ".join(ev.quote.split()) if ev else "", "recommendation", ""])
    if kind != "recommendation" and not (status and kind is None):
        for c in criticism_of(state, index):
            if criticism_matches(c, audit or report, committee or addressee):
                w.writerow(_criticism_row(c))
    return Response(content=buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="recommendations.csv"'})
