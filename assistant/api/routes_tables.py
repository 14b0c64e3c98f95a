"""GET /v1/tables?doc_id=…: the typed tables, the same JSON as `rodatraden tables --json`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from assistant.api.deps import IndexDep, ReadKey
from assistant.api.uploads import normalise_doc_id
from ingest.models import Table

router = APIRouter(tags=["tables"])


@router.get("/tables", response_model=list[Table],
            responses={400: {"description": "invalid doc_id"}, 401: {"description": "missing or unknown API key"},
                       404: {"description": "unknown document"}})
def list_tables(index: IndexDep, _key: ReadKey,
                doc_id: Annotated[str | None, Query(description="only this document's tables")] = None) -> list[Table]:
    if doc_id:
        doc_id = normalise_doc_id(doc_id)
        index.document(doc_id)  # 404 for an unknown document rather than an empty list
    return index.tables(doc_id or None)
