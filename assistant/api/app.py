"""The FastAPI application: ``create_app(settings, index=None, assistant=None)``.

The index is opened once and the Assistant created once (at start-up, unless passed in; what the
app opened it also closes). Everything is versioned under /v1; OpenAPI at /docs and /openapi.json
(served without a CDN); /healthz needs no key.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from assistant.api import (
    routes_ask,
    routes_chat,
    routes_documents,
    routes_health,
    routes_health_v1,
    routes_metadata,
    routes_pages,
    routes_conversations,
    collections as routes_collections,
    routes_recommendations,
    routes_tables,
    routes_uploads,
)
from assistant.api.body_limit import UploadBodyLimitMiddleware
from assistant.api.early_auth import WriteAuthBeforeBodyMiddleware
from assistant.api.deps import ApiState
from assistant.api.errors import install_error_handlers
from assistant.api.security import KeyRing
from assistant.api.timing import RequestTimingMiddleware
from rodatraden.settings import Settings

log = logging.getLogger("rodatraden.api")

DESCRIPTION = (
    "Frågor och svar med exakta, kontrollerade citat och typade budgettabeller över styrdokument. "
    "Questions and answers with verified citations and typed budget tables over Swedish governance PDFs. "
    "Send `Authorization: Bearer KEY` when API keys are configured; uploads and deletes need a `KEY:write` key."
)


def _open(state: ApiState) -> None:
    from assistant.api.uploads import clean_stale_uploads

    clean_stale_uploads(state.settings.data_dir)
    if state.index is None:
        from index import open_index

        state.index = open_index(state.settings)
        state.owns_index = True
    if state.assistant is None:
        from assistant.service import build_assistant

        state.assistant = build_assistant(state.index, state.settings)
        state.assistant.warm()
    # The index's caches are long-lived: keep them out of the collector's full passes (a full pass over them
    # paused requests for about 0.4 s on a 5,000-page index).
    gc.collect()
    gc.freeze()


def _close(state: ApiState) -> None:
    if state.owns_index and state.index is not None:
        try:
            state.index.close()
        finally:
            state.index = None
            state.assistant = None


def create_app(settings: Settings, index: Any = None, assistant: Any = None) -> FastAPI:
    from assistant.api.local_key import read_local_key

    local = read_local_key(settings.data_dir)
    state = ApiState(settings=settings, keys=KeyRing(settings.api_keys, [local] if local else None),
                     index=index, assistant=assistant)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from anyio import to_thread

        to_thread.current_default_thread_limiter().total_tokens = settings.request_threads  # sync routes' threads
        _open(state)
        state.jobs = routes_uploads.make_job_queue(state)
        log.info("API ready: %d documents, keys %s", len(state.index.documents()),
                 "configured" if state.keys.configured else
                 ("not configured (open read access); local write key" if state.keys.has_write_key
                  else "not configured (open read access, no writes)"))
        try:
            yield
        finally:
            state.jobs.close()
            _close(state)

    app = FastAPIOffline(
        title="Röda tråden API",
        version="1",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.rodatraden = state
    install_error_handlers(app)
    for module in (routes_ask, routes_chat, routes_uploads, routes_metadata, routes_pages, routes_documents, routes_tables, routes_recommendations,
                   routes_health_v1, routes_conversations, routes_collections):
        app.include_router(module.router, prefix="/v1")
    app.include_router(routes_health.router)
    # Added last = outermost: timing sees every request, including refused uploads.
    app.add_middleware(UploadBodyLimitMiddleware, limit_mb=settings.max_upload_mb)
    app.add_middleware(WriteAuthBeforeBodyMiddleware, keys=state.keys)  # outside the size limit: 401 before 413
    app.add_middleware(RequestTimingMiddleware)
    return app


def app_from_env() -> FastAPI:
    """The app from the environment's settings: the factory each uvicorn worker process calls
    (``rodatraden serve --workers N``)."""
    from rodatraden.settings import get_settings

    return create_app(get_settings())
