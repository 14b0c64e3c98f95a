"""Documents: list, delete, and the text of a cited page (uploads: routes_uploads)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from assistant.api.deps import IndexDep, ReadKey, StateDep, WriteKey
from assistant.api.uploads import normalise_doc_id
from index.models import DocumentInfo
from rodatraden.errors import PageNotFoundError

router = APIRouter(tags=["documents"])


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
