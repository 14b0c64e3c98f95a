"""Documents: list, upload (ingested before the response), delete, and the text of a cited page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Response, UploadFile
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from assistant.api.deps import ApiState, IndexDep, ReadKey, StateDep, WriteKey
from assistant.api.errors import error_class_for_code
from assistant.api.uploads import StagedUpload, display_name, explicit_doc_id, normalise_doc_id
from index.models import DocumentInfo, IngestOutcome
from rodatraden.errors import IngestError, PageNotFoundError

router = APIRouter(tags=["documents"])


class UploadResult(BaseModel):
    outcome: IngestOutcome
    # the document now indexed; for a duplicate, the indexed document it duplicates
    document: DocumentInfo | None = None
    duplicate_of: str | None = None  # set when the file was not indexed because this document holds the same bytes or text


class Removed(BaseModel):
    doc_id: str
    removed: bool = True


class PageText(BaseModel):
    doc_id: str
    page: int
    text: str
    title: str


AUTH = {401: {"description": "missing or unknown API key"}}
WRITE = {**AUTH, 403: {"description": "the key has no write rights, or no write key is configured"}}


@router.get("/documents", response_model=list[DocumentInfo], responses=AUTH)
def list_documents(index: IndexDep, _key: ReadKey) -> list[DocumentInfo]:
    return index.documents()


@router.get("/documents/{doc_id}", response_model=DocumentInfo,
            responses={**AUTH, 400: {"description": "invalid doc_id"}, 404: {"description": "unknown document"}})
def get_document(doc_id: str, index: IndexDep, _key: ReadKey) -> DocumentInfo:
    return index.document(normalise_doc_id(doc_id))


@router.get("/documents/{doc_id}/pages/{n}", response_model=PageText,
            responses={**AUTH, 400: {"description": "invalid doc_id"}, 404: {"description": "unknown document or page"}})
def get_page(doc_id: str, n: int, index: IndexDep, _key: ReadKey) -> PageText:
    doc_id = normalise_doc_id(doc_id)
    info = index.document(doc_id)
    if n < 1:
        raise PageNotFoundError(f"Sidan {n} finns inte i {doc_id} / no page {n} in {doc_id}")
    page = index.page(doc_id, n)
    return PageText(doc_id=doc_id, page=page.number, text=page.text, title=info.meta.title)


def _ingest(state: ApiState, index: Any, upload: UploadFile, doc_id: str | None, allow_duplicate: bool) -> IngestOutcome:
    """In a worker thread, one writer at a time. Readers keep using the current index meanwhile."""
    from index.pipeline import ingest_file

    staged = StagedUpload(upload, state.settings.max_upload_mb, state.settings.data_dir)
    name = display_name(upload.filename)
    try:
        path = staged.write()
        with state.write_lock:
            try:
                outcome = ingest_file(index, path, doc_id=doc_id, file_name=name, allow_duplicate=allow_duplicate)
            except IngestError as exc:  # never show our temp path
                raise type(exc)(name, exc.reason) from None
    finally:
        staged.cleanup()
    outcome = outcome.model_copy(update={"path": name})
    if outcome.status == "failed":
        reason = (outcome.error or "okänt fel / unknown error").replace(str(path), name)
        if reason.startswith(f"{name}: "):
            reason = reason[len(name) + 2:]
        raise error_class_for_code(outcome.error_code)(name, reason)
    return outcome


@router.post("/documents", response_model=UploadResult, status_code=201,
             responses={**WRITE, 200: {"description": "unchanged (the same file is already indexed under this doc_id) or "
                                             "duplicate (another document holds the same bytes or text; not indexed)"},
                        400: {"description": "invalid doc_id"}, 413: {"description": "file too large"},
                        415: {"description": "not a PDF"},
                        422: {"description": "corrupt, encrypted, scanned (no text layer) or empty PDF"}})
async def upload_document(
    file: Annotated[UploadFile, File(description="a PDF")],
    state: StateDep,
    index: IndexDep,
    _key: WriteKey,
    response: Response,
    doc_id: Annotated[str | None, Form(description="doc_id; default: derived from the file name")] = None,
    allow_duplicate: Annotated[bool, Form(description="index the file even when a document with the same bytes "
                                                      "or the same text is indexed")] = False,
) -> UploadResult:
    outcome = await run_in_threadpool(_ingest, state, index, file, explicit_doc_id(doc_id), allow_duplicate)
    if outcome.status in ("unchanged", "duplicate"):
        response.status_code = 200
    document = index.document(outcome.duplicate_of or outcome.doc_id)
    return UploadResult(outcome=outcome, document=document, duplicate_of=outcome.duplicate_of)


@router.delete("/documents/{doc_id}", response_model=Removed,
               responses={**WRITE, 400: {"description": "invalid doc_id"}, 404: {"description": "unknown document"}})
async def delete_document(doc_id: str, state: StateDep, index: IndexDep, _key: WriteKey) -> Removed:
    doc_id = normalise_doc_id(doc_id)

    def remove() -> None:
        with state.write_lock:
            index.document(doc_id)  # 404 when unknown
            index.remove(doc_id)

    await run_in_threadpool(remove)
    return Removed(doc_id=doc_id)
