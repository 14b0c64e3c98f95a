"""GET /healthz (no key; also GET /v1/health, routes_health_v1): each store's state, and how much is in it.

``status`` is "ok" when every store answers, "degraded" when Chroma does not (questions are then answered from
the keyword index, with a note; writes are refused with 503), and "unavailable" (HTTP 503) when the SQLite store
cannot be read. ``pending_vector_deletes`` counts vectors waiting to leave Chroma (index.store's outbox).
"""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from assistant.api.deps import StateDep

router = APIRouter(tags=["health"])
log = logging.getLogger("rodatraden.api")


class StoreHealth(BaseModel):
    ok: bool
    count: int | None = None  # documents (sqlite), vectors (chroma), chunks (keyword)
    generation: int | None = None
    error: str | None = None


class Health(BaseModel):
    status: str  # "ok" | "degraded" | "unavailable"
    index_reachable: bool
    documents: int = 0
    chunks: int = 0
    tables: int = 0
    generation: int | None = None
    error: str | None = None
    stores: dict[str, StoreHealth] = Field(default_factory=dict)
    pending_vector_deletes: int = 0


def _error(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


def health(state) -> tuple[Health, int]:
    index = state.index
    try:
        if index is None:
            raise RuntimeError("index not open")
        docs = index.documents()
        generation = index.generation
        pending = len(index.pending_vector_deletes())
    except Exception as exc:  # health must answer, whatever the index does
        log.warning("healthz: index unreachable: %s", exc)
        return Health(status="unavailable", index_reachable=False, error=type(exc).__name__,
                      stores={"sqlite": StoreHealth(ok=False, error=_error(exc))}), 503
    chunks = sum(d.chunks for d in docs)
    stores = {"sqlite": StoreHealth(ok=True, count=len(docs), generation=generation)}
    try:
        stores["chroma"] = StoreHealth(ok=True, count=index.vector_count())
    except Exception as exc:  # noqa: BLE001
        stores["chroma"] = StoreHealth(ok=False, error=_error(exc))
    try:
        kw_gen, kw_chunks = index.keyword_count()
        stores["keyword"] = StoreHealth(ok=kw_chunks == chunks or kw_gen != generation, count=kw_chunks,
                                        generation=kw_gen)
    except Exception as exc:  # noqa: BLE001
        stores["keyword"] = StoreHealth(ok=False, error=_error(exc))
    status = "ok" if all(s.ok for s in stores.values()) else "degraded"
    error = "; ".join(f"{name}: {s.error}" for name, s in stores.items() if s.error) or None
    return Health(status=status, index_reachable=True, documents=len(docs), chunks=chunks,
                  tables=sum(d.tables for d in docs), generation=generation, error=error, stores=stores,
                  pending_vector_deletes=pending), 200


@router.get("/healthz", response_model=Health, responses={503: {"model": Health}})
def healthz(state: StateDep):
    body, status = health(state)
    return body if status == 200 else JSONResponse(body.model_dump(), status_code=status)
