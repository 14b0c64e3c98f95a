"""A view of an :class:`~index.store.Index` limited to some collections (what one API key may read or write).

Every read asks the store for the scope's documents only: SQL lookups and per-document caches by the scope's
doc ids, Chroma's query with ``where doc_id $in scope`` and the keyword index with the scope as its filter (both
keep searching until they have k hits *inside* the scope; nothing is cut to k first and filtered after).
A document outside the scope does not exist for the view (UnknownDocumentError). The assistant built over a
view (assistant.service.build_assistant) therefore answers, cites, lists tables and tracks recommendations
from the scope alone.
"""

from __future__ import annotations

import threading
from typing import Any

from index.models import DocumentInfo, ScoredChunk, SearchFilters
from ingest.models import Chunk, DocumentMeta, Page, Section, Table
from rodatraden.errors import ForbiddenError, UnknownDocumentError


def scope_filters(filters: SearchFilters | None, doc_ids: frozenset[str]) -> SearchFilters:
    """``filters`` narrowed to ``doc_ids`` (an empty scope matches nothing)."""
    base = filters or SearchFilters()
    ids = sorted(doc_ids if base.doc_ids is None else doc_ids & set(base.doc_ids))
    return base.model_copy(update={"doc_ids": ids})


class ScopedIndex:
    def __init__(self, index: Any, read: frozenset[str] | None, write: frozenset[str] | None = frozenset()) -> None:
        self._index = index
        self.read_collections = read  # None: every collection
        self.write_collections = write  # None: every collection
        self._lock = threading.Lock()
        self._ids: tuple[int, frozenset[str]] = (-1, frozenset())

    # --- what the view is ----------------------------------------------------------------
    @property
    def scope_key(self) -> str:
        return "all" if self.read_collections is None else "+".join(sorted(self.read_collections)) or "-"

    @property
    def settings(self) -> Any:
        return self._index.settings

    @property
    def embedder(self) -> Any:
        return self._index.embedder

    @property
    def generation(self) -> int:
        return self._index.generation

    @property
    def vector_store(self) -> Any:  # the retriever queries it with scoped_filters()
        return self._index.vector_store

    def llama_embed_model(self) -> Any:
        return self._index.llama_embed_model()

    def _readable(self, collection: str) -> bool:
        return self.read_collections is None or collection in self.read_collections

    def doc_ids(self) -> frozenset[str]:
        """The scope's documents at the current generation (one SQL read of the document list per generation)."""
        gen = self._index.generation
        with self._lock:
            if self._ids[0] == gen:
                return self._ids[1]
        ids = frozenset(d.meta.doc_id for d in self._index.documents() if self._readable(d.meta.collection))
        with self._lock:
            self._ids = (gen, ids)
        return ids

    def scoped_filters(self, filters: SearchFilters | None) -> SearchFilters | None:
        if self.read_collections is None:
            return filters
        return scope_filters(filters, self.doc_ids())

    def _require(self, doc_id: str) -> None:
        if self.read_collections is not None and doc_id not in self.doc_ids():
            raise UnknownDocumentError(doc_id)

    # --- reads -----------------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        return [d for d in self._index.documents() if self._readable(d.meta.collection)]

    def document(self, doc_id: str) -> DocumentInfo:
        info = self._index.document(doc_id)
        if not self._readable(info.meta.collection):
            raise UnknownDocumentError(doc_id)
        return info

    def pages(self, doc_id: str) -> list[Page]:
        self._require(doc_id)
        return self._index.pages(doc_id)

    def page(self, doc_id: str, number: int) -> Page:
        self._require(doc_id)
        return self._index.page(doc_id, number)

    def sections(self, doc_id: str) -> list[Section]:
        self._require(doc_id)
        return self._index.sections(doc_id)

    def chunks(self, doc_id: str | None = None) -> list[Chunk]:
        if doc_id is not None:
            self._require(doc_id)
            return self._index.chunks(doc_id)
        if self.read_collections is None:
            return self._index.chunks()
        return [c for d in sorted(self.doc_ids()) for c in self._index.chunks(d)]

    def chunks_by_id(self, ids: list[str]) -> list[Chunk]:
        if self.read_collections is None:
            return self._index.chunks_by_id(ids)
        allowed = self.doc_ids()
        return [c for c in self._index.chunks_by_id([i for i in ids if i.split(":", 1)[0] in allowed])
                if c.doc_id in allowed]

    def tables(self, doc_id: str | None = None) -> list[Table]:
        if doc_id is not None:
            self._require(doc_id)
            return self._index.tables(doc_id)
        if self.read_collections is None:
            return self._index.tables()
        return [t for d in sorted(self.doc_ids()) for t in self._index.tables(d)]

    def table(self, table_id: str) -> Table:
        t = self._index.table(table_id)
        if self.read_collections is not None and t.doc_id not in self.doc_ids():
            raise UnknownDocumentError(table_id)
        return t

    def dense_search(self, query: str, k: int, filters: SearchFilters | None = None) -> list[ScoredChunk]:
        return self._index.dense_search(query, k, self.scoped_filters(filters))

    def keyword_search(self, query: str, k: int, filters: SearchFilters | None = None) -> list[ScoredChunk]:
        return self._index.keyword_search(query, k, self.scoped_filters(filters))

    # --- writes (checked against the write scope) -------------------------------------------
    def _writable(self, doc_id: str) -> DocumentInfo:
        info = self.document(doc_id)
        if self.write_collections is not None and info.meta.collection not in self.write_collections:
            raise ForbiddenError(f"API-nyckeln saknar skrivrätt i samlingen {info.meta.collection!r}. / "
                                 "This API key cannot write to that collection.")
        return info

    def remove(self, doc_id: str) -> None:
        self._writable(doc_id)
        self._index.remove(doc_id)

    def update_meta(self, doc_id: str, changes: dict[str, Any]) -> DocumentMeta:
        self._writable(doc_id)
        target = changes.get("collection")
        if target and self.write_collections is not None and target not in self.write_collections:
            raise ForbiddenError(f"API-nyckeln saknar skrivrätt i samlingen {target!r}. / "
                                 "This API key cannot write to that collection.")
        return self._index.update_meta(doc_id, changes)
