"""The Index: Chroma (dense), bm25s (keyword) and SQLite (documents, pages, chunks, tables, cells) kept in step.

Write protocol for :meth:`Index.add` (all-or-nothing), under the data directory's write lock (index.write_lock:
one writer across processes) and only while Chroma answers (else 503 index_unavailable, nothing changed):
1. embed everything before touching any store;
2. note the new chunk ids in the SQLite vector outbox, then add them to Chroma (ids carry a content hash, so old
   and new versions differ);
3. swap the document in SQLite in ONE transaction (delete old rows, insert new; generation += 1; the new ids leave
   the outbox, the old version's ids enter it);
4. delete the outbox's ids that are not live chunks from Chroma, then from the outbox.
Searches only return chunk ids present in SQLite, so readers see the old or the new version, never half.
A failure in 1–3 removes the new Chroma ids again and leaves everything indexed before untouched; whatever a crash
or an outage leaves in Chroma is still in the outbox and goes at the next write or with ``rodatraden doctor --repair``.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.vector_stores.utils import node_to_metadata_dict
from llama_index.vector_stores.chroma import ChromaVectorStore

import numpy as np

from index import sqlite_store as sq
from index.embedder import Embedder, make_embedder
from index.embedding_cache import CachedEmbedder
from index.keyword import KeywordIndex, matches
from index.llama_embedding import LlamaEmbeddingAdapter
from index.models import DocumentInfo, ScoredChunk, SearchFilters
from index.generation_cache import GenerationCache
from index.table_cache import TableCache
from index.chroma_link import ChromaLink
from index.vector import to_nodes, where_clause
from index.write_lock import WriteLock
from ingest.progress import ProgressFn, report
from ingest.models import Chunk, DocumentMeta, Page, ParsedDocument, Section, Table
from rodatraden.errors import (
    IndexUnavailableError,
    IngestError,
    InvalidDocIdError,
    PageNotFoundError,
    RodaTradenError,
    UnknownDocumentError,
)
from rodatraden.settings import Settings

log = logging.getLogger(__name__)

DOC_ID_RE = re.compile(r"^\w[\w.\-]{0,199}$", re.UNICODE)
CHROMA_BATCH = 256
EMBED_BATCH = 16  # chunks per embedding call when progress is reported


# The descriptive metadata a manifest sets: a change in any of them is a new version of the document.
VERSION_FIELDS = ("title", "document_type", "year", "date", "organisation")


def _same_version(existing: DocumentMeta | None, meta: DocumentMeta) -> bool:
    """Same file bytes and same descriptive metadata: nothing to do. A corrected title or year (from the
    manifest) with unchanged bytes is a new version: the chunks' metadata is rewritten."""
    return (existing is not None and existing.sha256 == meta.sha256
            and all(getattr(existing, f) == getattr(meta, f) for f in VERSION_FIELDS))


class Index:
    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self._lock = threading.RLock()  # the one writer lock of this object
        self.write_lock = WriteLock(settings.data_dir, settings.write_lock_timeout_s)  # ... and of the data dir
        self._writer = sq.connect(settings.sqlite_path, settings.sqlite_synchronous)
        with self.write_lock.hold():
            sq.init_schema(self._writer)
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self.chroma = ChromaLink(settings, embedder, sq.generation(self._writer))
        self._derived = GenerationCache()  # keyword index, parsed tables, document list
        self._llama: LlamaEmbeddingAdapter | None = None
        self._closed = False

    # --- connections -------------------------------------------------------------
    def _reader(self) -> sqlite3.Connection:
        if self._closed:
            raise IndexUnavailableError("the index is closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sq.connect(self.settings.sqlite_path, self.settings.sqlite_synchronous)
            with self._readers_lock:
                self._readers.append(conn)
            self._local.conn = conn
        return conn

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read of this thread inside the block sees one committed version of the store (a SQLite read
        transaction; re-entrant). An answer reads in one snapshot, so a document replaced meanwhile is seen
        whole, old or new, in its chunks, pages, tables and the caches derived from them."""
        conn = self._reader()
        depth = getattr(self._local, "depth", 0)
        began = depth == 0 and not conn.in_transaction
        if began:
            conn.execute("BEGIN")
            sq.generation(conn)  # the snapshot starts at the first read
        self._local.depth = depth + 1
        try:
            yield
        finally:
            self._local.depth = depth
            if began and not self._closed:
                conn.execute("COMMIT")

    @property
    def generation(self) -> int:
        return sq.generation(self._reader())

    def _follow(self) -> None:
        """Pick up another process's committed writes in Chroma before reading it."""
        self.chroma.follow(sq.generation(self._reader()))

    scope_key = "all"  # the whole index (index.scoped.ScopedIndex is a view of some collections)

    def scoped_filters(self, filters: SearchFilters | None) -> SearchFilters | None:
        return filters

    @property
    def vector_store(self) -> ChromaVectorStore:
        self._follow()
        return self.chroma.vector_store

    @property
    def collection(self) -> Any:
        self._follow()
        return self.chroma.collection

    def llama_embed_model(self) -> BaseEmbedding:
        if self._llama is None:
            self._llama = LlamaEmbeddingAdapter(self.embedder)
        return self._llama

    # --- writes --------------------------------------------------------------------
    def add(self, parsed: ParsedDocument, progress: ProgressFn | None = None) -> Literal["added", "replaced", "unchanged"]:
        """``progress("embed", pages done, pages)`` while embedding, ``progress("store", 0|1, 1)`` around the write."""
        meta = parsed.meta
        self._validate(parsed)
        existing = sq.get_meta(self._reader(), meta.doc_id)
        if _same_version(existing, meta):  # same file and same metadata
            return "unchanged"
        try:
            vectors = self._embed(parsed, progress)
        except RodaTradenError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise IndexUnavailableError(f"{meta.file_name}: embedding failed, nothing stored: {exc}") from exc
        if len(vectors) != len(parsed.chunks):
            raise IndexUnavailableError(f"{meta.file_name}: embedder returned {len(vectors)} vectors for {len(parsed.chunks)} chunks")
        nodes = to_nodes(parsed.chunks, vectors)
        report(progress, "store", 0, 1)

        with self._writing():
            w = self._writer
            existing = sq.get_meta(w, meta.doc_id)
            if _same_version(existing, meta):
                return "unchanged"
            old_ids = set(sq.chunk_ids(w, meta.doc_id))
            fresh = [n for n in nodes if n.node_id not in old_ids]
            shared = [n for n in nodes if n.node_id in old_ids]
            written = [n.node_id for n in fresh]
            self._transaction(lambda: sq.outbox_add(w, written))  # before Chroma: a crash leaves no orphan
            try:
                store = self.chroma.vector_store
                for i in range(0, len(fresh), CHROMA_BATCH):
                    store.add(fresh[i : i + CHROMA_BATCH])

                def swap() -> None:
                    sq.delete_document(w, meta.doc_id)
                    sq.insert_document(w, parsed)
                    sq.outbox_remove(w, written)
                    sq.outbox_add(w, sorted(old_ids - {n.node_id for n in nodes}))

                self._transaction(swap)
            except BaseException as exc:
                self._flush_outbox()  # the new ids are not live: they go again
                if isinstance(exc, RodaTradenError) or not isinstance(exc, Exception):
                    raise
                raise IndexUnavailableError(f"{meta.file_name}: indexing failed, nothing stored: {exc}") from exc
            # committed: the new version is live
            self.chroma.wrote(sq.generation(w))
            if shared:  # same id and content, metadata (title, type, year) may have changed
                self._upsert(shared)
            self._flush_outbox()  # the old version's vectors
        report(progress, "store", 1, 1)
        return "replaced" if existing is not None else "added"

    def _embed(self, parsed: ParsedDocument, progress: ProgressFn | None) -> np.ndarray:
        """All chunk vectors; with a progress callback in batches, reporting the pages whose chunks are done."""
        texts = [c.text for c in parsed.chunks]
        total = len(parsed.pages) or parsed.meta.pages
        if progress is None or len(texts) <= EMBED_BATCH:
            out = self.embedder.embed_passages(texts)
            report(progress, "embed", total, total)
            return out
        parts = []
        for i in range(0, len(texts), EMBED_BATCH):
            parts.append(np.asarray(self.embedder.embed_passages(texts[i : i + EMBED_BATCH])))
            done_page = parsed.chunks[min(i + EMBED_BATCH, len(texts)) - 1].page_end
            report(progress, "embed", min(done_page, total), total)
        return np.concatenate(parts, axis=0)

    def remove(self, doc_id: str) -> None:
        with self._writing():
            w = self._writer
            if sq.get_meta(w, doc_id) is None:
                raise UnknownDocumentError(doc_id)
            ids = sq.chunk_ids(w, doc_id)

            def delete() -> None:
                sq.delete_document(w, doc_id)
                sq.outbox_add(w, ids)

            self._transaction(delete)
            self.chroma.wrote(sq.generation(w))
            self._flush_outbox()
        from index.files import drop_file

        drop_file(self.settings.data_dir, doc_id)

    def update_meta(self, doc_id: str, changes: dict[str, Any]) -> DocumentMeta:
        """Change a document's metadata (see index.metadata) without re-embedding: SQLite in one transaction,
        then Chroma's per-chunk metadata (title, type, year) in place."""
        from index.metadata import CHUNK_FIELDS, updated_meta

        with self._writing():
            w = self._writer
            meta = sq.get_meta(w, doc_id)
            if meta is None:
                raise UnknownDocumentError(doc_id)
            new = updated_meta(meta, changes)
            if new == meta:
                return meta
            self._transaction(lambda: sq.update_meta(w, new))
            self.chroma.wrote(sq.generation(w))
            if any(getattr(meta, f) != getattr(new, f) for f in CHUNK_FIELDS):
                self._update_chunk_metadata(sq.chunk_ids(w, doc_id), new)
            return new

    def _update_chunk_metadata(self, ids: list[str], meta: DocumentMeta) -> None:
        """Chroma keeps a copy of title/type/year per chunk (for its where-filters): rewrite it, vectors untouched."""
        try:
            coll = self.chroma.collection
            for i in range(0, len(ids), CHROMA_BATCH):
                got = coll.get(ids=ids[i : i + CHROMA_BATCH], include=["metadatas"])
                metas = []
                for m in got["metadatas"]:
                    m = dict(m or {})
                    for f in ("title", "document_type", "year"):
                        value = getattr(meta, f)
                        if value is None:
                            m.pop(f, None)
                        else:
                            m[f] = value
                    metas.append(m)
                if got["ids"]:
                    coll.update(ids=got["ids"], metadatas=metas)
        except Exception:  # noqa: BLE001 - SQLite is authoritative; searches filter against it
            log.warning("could not refresh Chroma metadata for %d chunks", len(ids), exc_info=True)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One writer (threads and processes); Chroma must answer, or nothing is changed (503)."""
        with self._lock, self.write_lock.hold():
            if self._closed:
                raise IndexUnavailableError("the index is closed")
            self.chroma.follow(sq.generation(self._writer))
            self.chroma.ping()
            self._flush_outbox()
            yield

    def _transaction(self, body) -> None:
        w = self._writer
        w.execute("BEGIN IMMEDIATE")
        try:
            body()
            w.execute("COMMIT")
        except BaseException:
            w.execute("ROLLBACK")
            raise

    def _flush_outbox(self) -> int:
        """Deletes the outbox's ids that are not live chunks from Chroma (then from the outbox); returns how many
        are left (Chroma unreachable: all stay, for the next write or ``rodatraden doctor --repair``)."""
        w = self._writer
        pending = sq.outbox(w)
        if not pending:
            return 0
        live = sq.all_chunk_ids(w)
        dead = [i for i in pending if i not in live]
        try:
            self._delete_vectors(dead)
        except IndexUnavailableError as exc:
            log.warning("%d vectors stay in the outbox: %s", len(pending), exc)
            return len(pending)
        self._transaction(lambda: sq.outbox_remove(w, pending))
        return 0

    def pending_vector_deletes(self) -> list[str]:
        return sq.outbox(self._reader())
        report(progress, "store", 1, 1)

    def _upsert(self, nodes: list) -> None:
        try:
            for i in range(0, len(nodes), CHROMA_BATCH):
                batch = nodes[i : i + CHROMA_BATCH]
                metas = [node_to_metadata_dict(n, remove_text=True, flat_metadata=True) for n in batch]
                self.chroma.collection.upsert(
                    ids=[n.node_id for n in batch],
                    embeddings=[n.get_embedding() for n in batch],
                    metadatas=metas,
                    documents=[n.get_content() for n in batch],
                )
        except Exception:  # noqa: BLE001 - the SQLite version is authoritative; stale metadata only
            log.warning("could not refresh Chroma metadata for %d chunks", len(nodes), exc_info=True)

    def _delete_vectors(self, ids: list[str]) -> None:
        """IndexUnavailableError when Chroma does not take the delete (the caller keeps the ids in the outbox)."""
        for i in range(0, len(ids), CHROMA_BATCH):
            part = ids[i : i + CHROMA_BATCH]
            self.chroma.call("delete", lambda c: c.delete(ids=part))

    @staticmethod
    def _validate(parsed: ParsedDocument) -> None:
        meta = parsed.meta
        if not DOC_ID_RE.match(meta.doc_id or ""):
            raise InvalidDocIdError(f"Ogiltigt dokument-id / invalid document id: {meta.doc_id!r}")
        problems = []
        ids = [c.id for c in parsed.chunks]
        if len(set(ids)) != len(ids):
            problems.append("duplicate chunk ids")
        if len({t.id for t in parsed.tables}) != len(parsed.tables):
            problems.append("duplicate table ids")
        if any(x.doc_id != meta.doc_id for x in [*parsed.chunks, *parsed.pages, *parsed.tables]):
            problems.append("parts with another doc_id")
        if problems:
            raise IngestError(meta.file_name, "inconsistent parse: " + ", ".join(problems))

    # --- reads ---------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        """Every document, by doc_id; shared, read-only objects (cached per generation)."""
        return list(self._derived.get(self._reader(), "documents", sq.documents, _document_infos))

    def document(self, doc_id: str) -> DocumentInfo:
        row = sq.document(self._reader(), doc_id)
        if row is None:
            raise UnknownDocumentError(doc_id)
        meta, n_chunks, n_tables = row
        return DocumentInfo(meta=meta, chunks=n_chunks, tables=n_tables)

    def find_by_hash(self, sha256: str) -> DocumentMeta | None:
        return sq.find_by_hash(self._reader(), sha256)

    def _require(self, doc_id: str) -> None:
        if not sq.has_document(self._reader(), doc_id):
            raise UnknownDocumentError(doc_id)

    def pages(self, doc_id: str) -> list[Page]:
        self._require(doc_id)
        return sq.pages(self._reader(), doc_id)

    def page(self, doc_id: str, number: int) -> Page:
        self._require(doc_id)
        p = sq.page(self._reader(), doc_id, number)
        if p is None:
            raise PageNotFoundError(f"Sidan {number} finns inte i {doc_id} / page {number} not found in {doc_id!r}")
        return p

    def sections(self, doc_id: str) -> list[Section]:
        self._require(doc_id)
        return sq.sections(self._reader(), doc_id)

    def chunks(self, doc_id: str | None = None) -> list[Chunk]:
        if doc_id is not None:
            self._require(doc_id)
        return sq.chunks(self._reader(), doc_id)

    def chunks_by_id(self, ids: list[str]) -> list[Chunk]:
        return sq.chunks_by_id(self._reader(), list(ids))

    def tables(self, doc_id: str | None = None) -> list[Table]:
        """The typed tables (of one document), in store order; shared, read-only objects (see index.table_cache)."""
        if doc_id is not None:
            self._require(doc_id)
            return self._table_cache().of_doc(doc_id)
        return self._table_cache().all()

    def table(self, table_id: str) -> Table:
        t = self._table_cache().get(table_id)
        if t is None:
            raise UnknownDocumentError(table_id)  # errors.py has no UnknownTableError (yet)
        return t

    # --- search --------------------------------------------------------------------
    def dense_search(self, query: str, k: int, filters: SearchFilters | None = None) -> list[ScoredChunk]:
        if k <= 0 or not query.strip():
            return []
        qv = self.embedder.embed_query(query).tolist()
        where = where_clause(filters)
        self._follow()
        total = self.chroma.ping()
        n = min(total, 2 * k + 8)
        out: list[ScoredChunk] = []
        while n > 0:
            kwargs: dict[str, Any] = {"query_embeddings": [qv], "n_results": n, "include": ["distances"]}
            if where:
                kwargs["where"] = where
            res = self.chroma.call("query", lambda c: c.query(**kwargs))
            ids, dists = res["ids"][0], res["distances"][0]
            dist = dict(zip(ids, dists))
            live = [c for c in self.chunks_by_id(ids) if matches(c, filters)]  # only what SQLite holds
            out = [ScoredChunk(chunk=c, score=1.0 - float(dist[c.id]), source="dense") for c in live]
            if len(out) >= k or len(ids) < n or n >= total:
                break
            n = min(total, n * 2)  # orphans or a concurrent swap filtered some out: look further
        out.sort(key=lambda s: -s.score)
        return out[:k]

    def vector_count(self) -> int:
        """The number of vectors in Chroma; IndexUnavailableError when Chroma does not answer."""
        self._follow()
        return self.chroma.ping()

    def keyword_count(self) -> tuple[int, int]:
        """(generation, number of chunks) of the keyword index (built from SQLite when stale)."""
        kw = self._keyword_index()
        return kw.generation, len(kw.chunks)

    def keyword_search(self, query: str, k: int, filters: SearchFilters | None = None) -> list[ScoredChunk]:
        kw = self._keyword_index()
        return [ScoredChunk(chunk=c, score=s, source="keyword") for c, s in kw.search(query, k, filters)]

    def _keyword_index(self) -> KeywordIndex:
        previous = self._derived.current("keyword")  # its tokens are reused for unchanged chunks
        return self._derived.get(self._reader(), "keyword", sq.chunks,
                                 lambda chunks, gen: KeywordIndex(chunks, gen, reuse=previous))

    def _table_cache(self) -> TableCache:
        return self._derived.get(self._reader(), "tables", sq.tables, TableCache)

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            with self._readers_lock:
                for c in self._readers:
                    try:
                        c.close()
                    except sqlite3.Error:  # pragma: no cover
                        pass
                self._readers.clear()
            self._writer.close()

    def __enter__(self) -> "Index":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _document_infos(rows: list, generation: int) -> tuple[DocumentInfo, ...]:
    return tuple(DocumentInfo(meta=m, chunks=c, tables=t) for m, c, t in rows)


def open_index(settings: Settings, embedder: Embedder | None = None) -> Index:
    """Open (or create) the index under ``settings.data_dir`` (Chroma over HTTP when ``chroma_host`` is set).

    Without an explicit ``embedder``: the process-wide one from the settings, behind a passage-embedding
    cache in ``data_dir/embeddings.sqlite`` (re-ingesting a changed PDF embeds only changed chunks)."""
    if embedder is None:
        embedder = CachedEmbedder(make_embedder(settings), settings.data_dir / "embeddings.sqlite")
    return Index(settings, embedder)
