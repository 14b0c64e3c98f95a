"""GET /healthz (no key): is the index reachable, and how much is in it."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from assistant.api.deps import StateDep

router = APIRouter(tags=["health"])
log = logging.getLogger("rodatraden.api")


class Health(BaseModel):
    status: str  # "ok" | "unavailable"
    index_reachable: bool
    documents: int = 0
    chunks: int = 0
    tables: int = 0
    generation: int | None = None
    error: str | None = None


@router.get("/healthz", response_model=Health, responses={503: {"model": Health}})
def healthz(state: StateDep):
    index = state.index
    try:
        if index is None:
            raise RuntimeError("index not open")
        docs = index.documents()
        return Health(status="ok", index_reachable=True, documents=len(docs),
                      chunks=sum(d.chunks for d in docs), tables=sum(d.tables for d in docs),
                      generation=index.generation)
    except Exception as exc:  # health must answer, whatever the index does
        log.warning("healthz: index unreachable: %s", exc)
        body = Health(status="unavailable", index_reachable=False, error=type(exc).__name__)
        return JSONResponse(body.model_dump(), status_code=503)
