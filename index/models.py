"""Typed objects at the index boundary (used by assistant/, the API, the CLI and eval/)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from ingest.models import Chunk, DocumentMeta


class SearchFilters(BaseModel):
    doc_ids: list[str] | None = None
    document_type: str | None = None
    year: int | None = None


class ScoredChunk(BaseModel):
    chunk: Chunk
    score: float
    source: str  # "dense", "keyword", "fused"


class DocumentInfo(BaseModel):
    meta: DocumentMeta
    chunks: int
    tables: int


class IngestOutcome(BaseModel):
    path: str
    doc_id: str | None = None
    status: Literal["added", "replaced", "unchanged", "duplicate", "failed"]
    pages: int = 0
    chunks: int = 0
    tables: int = 0
    error: str | None = None  # one-line reason when failed
    error_code: str | None = None
    file_name: str | None = None  # the document's own file name (an upload's, not the staged copy's)
    # status "duplicate": not indexed, because this document already holds the same bytes or the same text
    duplicate_of: str | None = None
    duplicate_kind: Literal["bytes", "text"] | None = None
