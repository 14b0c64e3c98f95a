"""GET /v1/recommendations?report=&addressee=&status=: audit recommendations and their follow-up.

Tracking reads every document, so its result is cached per index generation.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from assistant.api.deps import ApiState, IndexDep, ReadKey, StateDep
from assistant.recommendations.models import TrackedRecommendation

router = APIRouter(tags=["recommendations"])


def tracked(state: ApiState, index: Any) -> list[TrackedRecommendation]:
    from assistant.recommendations.tracker import track

    generation = index.generation
    with state.cache_lock:
        hit = state.cache.get("recommendations")
        if hit is not None and hit[0] == generation:
            return hit[1]
        result = track(index)
        state.cache["recommendations"] = (generation, result)
        return result


def _matches(rec: Any, report: str | None, addressee: str | None, status: str | None) -> bool:
    if report and rec.report_doc_id != report.strip().lower():
        return False
    if addressee and addressee.strip().casefold() not in (rec.addressee or "").casefold():
        return False
    if status and (rec.status or "").casefold() != status.strip().casefold():
        return False
    return True


@router.get("/recommendations", response_model=list[TrackedRecommendation], responses={401: {"description": "missing or unknown API key"}})
def list_recommendations(
    state: StateDep, index: IndexDep, _key: ReadKey,
    report: Annotated[str | None, Query(description="doc_id of the audit report")] = None,
    addressee: Annotated[str | None, Query(description="part of the addressee, case-insensitive")] = None,
    status: Annotated[str | None, Query(description="follow-up status")] = None,
) -> list[TrackedRecommendation]:
    return [r for r in tracked(state, index) if _matches(r, report, addressee, status)]
