"""PATCH /v1/documents/{doc_id}: change a document's title, organisation, type, year, period, date or collection.

Nothing is re-embedded: the text and its vectors stay; citations, filters and the list show the new values.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from assistant.api.deps import IndexDep, WriteKey
from assistant.api.scope import require_writable_doc
from assistant.api.security import require_collection_write
from assistant.api.uploads import normalise_doc_id
from index.metadata import MetadataChange
from index.models import DocumentInfo
from rodatraden.errors import UnknownDocumentError

router = APIRouter(tags=["documents"])


@router.patch("/documents/{doc_id}", response_model=DocumentInfo,
              responses={400: {"description": "invalid value"}, 401: {"description": "missing or unknown API key"},
                         403: {"description": "no write rights on the document's (or the new) collection"},
                         404: {"description": "unknown document"}})
async def patch_document(doc_id: str, body: MetadataChange, index: IndexDep,
                         key: WriteKey) -> DocumentInfo:
    doc_id = normalise_doc_id(doc_id)
    changes = body.changes()

    def change() -> Any:  # the index's own writer lock orders it with ingests (a long ingest only embeds meanwhile)
        if require_writable_doc(index, key, doc_id) is None:
            raise UnknownDocumentError(doc_id)
        if "collection" in changes:
            require_collection_write(key, changes["collection"])
        index.update_meta(doc_id, changes)
        return index.document(doc_id)

    return await run_in_threadpool(change)
