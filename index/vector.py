"""Chroma side of the index: client, collection, nodes and metadata.

``PersistentClient(settings.chroma_path)`` by default, ``HttpClient`` when ``settings.chroma_host``
is set; telemetry off; cosine space; our embedding function always passed in.
Writes go through llama-index's ``ChromaVectorStore`` so the assistant can read the same collection
with ``VectorStoreIndex.from_vector_store(store, embed_model=adapter)``.
"""

from __future__ import annotations

from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode
from llama_index.vector_stores.chroma import ChromaVectorStore

from index.chroma_embedding import RodaEmbeddingFunction
from index.embedder import Embedder
from index.models import SearchFilters
from ingest.models import Chunk
from rodatraden.errors import ConfigError, IndexUnavailableError
from rodatraden.settings import Settings

METADATA_KEYS = ("doc_id", "page_start", "page_end", "section", "kind", "table_id", "title", "document_type", "year")


def make_client(settings: Settings) -> Any:
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
    except Exception as exc:  # noqa: BLE001 - connection/initialisation problems of any kind
        where = f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else str(settings.chroma_path)
        raise IndexUnavailableError(f"Chroma is not reachable ({where}): {exc}") from exc


def open_collection(client: Any, name: str, embedder: Embedder) -> Any:
    ef = RodaEmbeddingFunction(embedder)
    try:
        coll = client.get_or_create_collection(
            name=name,
            embedding_function=ef,
            metadata={"hnsw:space": "cosine", "embedder": embedder.name, "dim": embedder.dim},
        )
    except Exception as exc:  # noqa: BLE001
        raise IndexUnavailableError(f"Chroma collection {name!r} could not be opened: {exc}") from exc
    stored = (coll.metadata or {}).get("embedder")
    if stored and stored != embedder.name:
        raise ConfigError(
            f"Chroma collection {name!r} was built with embedder {stored!r}, not {embedder.name!r}; "
            "use another RODATRADEN_COLLECTION or RODATRADEN_DATA_DIR, or re-ingest into an empty one."
        )
    return coll


def make_vector_store(collection: Any) -> ChromaVectorStore:
    return ChromaVectorStore(chroma_collection=collection)


def chunk_metadata(chunk: Chunk) -> dict[str, str | int | float | bool]:
    """Flat metadata for Chroma; None values are dropped (Chroma rejects None)."""
    data = chunk.model_dump(include=set(METADATA_KEYS))
    return {k: v for k, v in data.items() if v is not None}


def to_nodes(chunks: list[Chunk], embeddings: np.ndarray) -> list[TextNode]:
    nodes = []
    for chunk, vec in zip(chunks, embeddings, strict=True):
        node = TextNode(
            id_=chunk.id,
            text=chunk.text,
            metadata=chunk_metadata(chunk),
            embedding=[float(x) for x in vec],
            excluded_embed_metadata_keys=list(METADATA_KEYS),
            excluded_llm_metadata_keys=[k for k in METADATA_KEYS if k not in ("title", "section")],
        )
        # ref_doc_id == doc_id, so llama-index's "doc_id"/"document_id" metadata agree with ours
        node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=chunk.doc_id)
        nodes.append(node)
    return nodes


def where_clause(filters: SearchFilters | None) -> dict | None:
    if filters is None:
        return None
    conds: list[dict] = []
    if filters.doc_ids is not None:
        conds.append({"doc_id": {"$in": list(filters.doc_ids) or ["\x00none"]}})
    if filters.document_type is not None:
        conds.append({"document_type": filters.document_type})
    if filters.year is not None:
        conds.append({"year": int(filters.year)})
    if not conds:
        return None
    return conds[0] if len(conds) == 1 else {"$and": conds}
