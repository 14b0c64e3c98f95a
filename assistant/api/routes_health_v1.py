"""GET /v1/health: the same answer as /healthz, under the versioned prefix."""

from __future__ import annotations

from fastapi import APIRouter

from assistant.api.deps import StateDep
from assistant.api.routes_health import Health, healthz

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, responses={503: {"model": Health}})
def health_v1(state: StateDep):
    return healthz(state)
