"""GET /v1/tables?doc_id=…: the typed tables, the same JSON as `rodatraden tables --json`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from assistant.api.deps import IndexDep, ReadKey
from assistant.api.uploads import normalise_doc_id
from ingest.models import Cell, Table

router = APIRouter(tags=["tables"])


class TableRowOut(BaseModel):
    label: str
    cells: list[Cell]  # {raw, value}


class TableOut(BaseModel):
    """ingest.models.Table without its layout box: exactly the fields of `rodatraden tables --json`."""

    id: str
    doc_id: str
    page: int
    page_end: int | None = None
    title: str
    unit: str | None = None
    columns: list[str]
    rows: list[TableRowOut]
    warnings: list[str] = []

    @classmethod
    def of(cls, t: Table) -> TableOut:
        return cls(id=t.id, doc_id=t.doc_id, page=t.page, page_end=t.page_end, title=t.title, unit=t.unit,
                   columns=t.columns, rows=[TableRowOut(label=r.label, cells=r.cells) for r in t.rows],
                   warnings=t.warnings)


@router.get("/tables", response_model=list[TableOut],
            responses={400: {"description": "invalid doc_id"}, 401: {"description": "missing or unknown API key"},
                       404: {"description": "unknown document"}})
def list_tables(index: IndexDep, _key: ReadKey,
                doc_id: Annotated[str | None, Query(description="only this document's tables")] = None) -> list[TableOut]:
    if doc_id:
        doc_id = normalise_doc_id(doc_id)
        index.document(doc_id)  # 404 for an unknown document rather than an empty list
    return [TableOut.of(t) for t in index.tables(doc_id or None)]
