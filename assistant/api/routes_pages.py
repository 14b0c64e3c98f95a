"""The original document: ``GET /v1/documents/{id}/file`` (the kept PDF) and
``GET /v1/documents/{id}/pages/{n}.png?quote=…`` (the page rendered, the quote's words highlighted)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response

from assistant.api.deps import IndexDep, ReadKey, SettingsDep
from assistant.api.scope import read_scope, require_document
from assistant.api.uploads import normalise_doc_id
from index.files import kept_file
from index.page_image import MAX_QUOTE, render_page
from rodatraden.errors import PageNotFoundError

router = APIRouter(tags=["documents"])

NOT_FOUND = {401: {"description": "missing or unknown API key"},
             404: {"description": "unknown document or page, or its original file is not kept"}}


@router.get("/documents/{doc_id}/file", response_class=FileResponse, responses=NOT_FOUND)
def get_file(doc_id: str, index: IndexDep, settings: SettingsDep, key: ReadKey) -> FileResponse:
    doc_id = normalise_doc_id(doc_id)
    require_document(index, read_scope(key), doc_id)
    return FileResponse(kept_file(settings.data_dir, doc_id), media_type="application/pdf",
                        filename=f"{doc_id}.pdf", content_disposition_type="inline")


@router.get("/documents/{doc_id}/pages/{n:int}.png", response_class=Response,
            responses={**NOT_FOUND, 200: {"content": {"image/png": {}}}})
async def get_page_image(
    doc_id: str, n: int, index: IndexDep, settings: SettingsDep, key: ReadKey,
    quote: Annotated[str | None, Query(max_length=MAX_QUOTE, description="words to highlight")] = None,
    dpi: Annotated[int, Query(ge=50, le=200)] = 110,
) -> Response:
    doc_id = normalise_doc_id(doc_id)
    info = require_document(index, read_scope(key), doc_id)
    if not 1 <= n <= info.meta.pages:
        raise PageNotFoundError(f"Sidan {n} finns inte i {doc_id} / no page {n} in {doc_id}")
    path = kept_file(settings.data_dir, doc_id)
    png = await run_in_threadpool(render_page, path, n, quote, dpi)
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=600"})
