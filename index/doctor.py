"""``rodatraden doctor``: compare the stores and repair them.

SQLite is authoritative (its chunks are what answers read). The check lists
- chunks without a vector in Chroma (dense search cannot find them: a crash between the stores, a lost Chroma
  directory, a Chroma that was restored from an older copy);
- vectors in Chroma that are no chunk (orphans: invisible to searches, which filter against SQLite, but they
  take space and slow Chroma's search);
- vectors whose document in Chroma's metadata is not the chunk's (stale metadata);
- ids waiting in the vector outbox (deletes Chroma has not taken yet);
- the keyword index against SQLite's chunks (it is built from them in memory; counts must agree).
``repair`` (under the data directory's write lock) embeds the missing chunks again (from the embedding cache
when they were embedded before), deletes the orphans, rewrites stale metadata and empties the outbox.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from index import sqlite_store as sq
from index.vector import to_nodes

PAGE = 1000


class DoctorReport(BaseModel):
    chunks: int
    vectors: int | None = None
    keyword_chunks: int
    missing_vectors: list[str] = Field(default_factory=list)
    orphan_vectors: list[str] = Field(default_factory=list)
    stale_metadata: list[str] = Field(default_factory=list)
    pending_deletes: list[str] = Field(default_factory=list)
    chroma_error: str | None = None
    repaired: bool = False

    @property
    def consistent(self) -> bool:
        return (self.chroma_error is None and not self.missing_vectors and not self.orphan_vectors
                and not self.stale_metadata and not self.pending_deletes and self.keyword_chunks == self.chunks)


def _chroma_docs(collection) -> dict[str, str | None]:
    """Every vector id in Chroma -> the doc_id in its metadata."""
    out: dict[str, str | None] = {}
    offset = 0
    while True:
        got = collection.get(include=["metadatas"], limit=PAGE, offset=offset)
        for i, meta in zip(got["ids"], got["metadatas"] or [None] * len(got["ids"])):
            out[i] = (meta or {}).get("doc_id")
        if len(got["ids"]) < PAGE:
            return out
        offset += PAGE


def check(index) -> DoctorReport:
    with index.snapshot():
        conn = index._reader()
        live = {cid: doc for cid, doc in conn.execute("SELECT id, doc_id FROM chunks")}
        pending = sq.outbox(conn)
        _, keyword_chunks = index.keyword_count()
    report = DoctorReport(chunks=len(live), keyword_chunks=keyword_chunks, pending_deletes=pending)
    try:
        in_chroma = index.chroma.call("get", _chroma_docs) if index.vector_count() >= 0 else {}
    except Exception as exc:  # noqa: BLE001 - reported, nothing else can be checked
        report.chroma_error = f"{type(exc).__name__}: {exc}"[:300]
        return report
    report.vectors = len(in_chroma)
    report.missing_vectors = sorted(set(live) - set(in_chroma))
    report.orphan_vectors = sorted(set(in_chroma) - set(live))
    report.stale_metadata = sorted(i for i, doc in in_chroma.items() if i in live and doc != live[i])
    return report


def repair(index, report: DoctorReport) -> DoctorReport:
    """Brings Chroma in line with SQLite; returns the check made afterwards."""
    with index._writing():  # the write lock; refused (503) while Chroma is down
        redo = report.missing_vectors + report.stale_metadata
        if redo:
            chunks = index.chunks_by_id(redo)
            vectors = index.embedder.embed_passages([c.text for c in chunks])
            index._upsert(to_nodes(chunks, vectors))
        if report.orphan_vectors:
            index._delete_vectors(report.orphan_vectors)
        index._flush_outbox()
    after = check(index)
    after.repaired = True
    return after
