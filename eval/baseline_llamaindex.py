"""Baseline: a plain llama-index pipeline as a user would first write it.

One llama-index ``Document`` per page text, ``SentenceSplitter()`` with its defaults, a
``VectorStoreIndex`` over a NEW collection in the same Chroma client, our embedder (passed
explicitly via ``index.llama_embed_model()``; llama-index's global ``Settings`` is never touched and
never consulted for an embedding model), top-k retrieval. Same pages and embedder as ours, so the
comparison isolates chunking + hybrid retrieval.
"""

from __future__ import annotations

import time
from typing import Any

from llama_index.core import Document, StorageContext, VectorStoreIndex
from llama_index.core.node_parser import SentenceSplitter
from llama_index.vector_stores.chroma import ChromaVectorStore


def _chroma_client(index: Any) -> Any:
    for attr in ("chroma_client", "client", "_client"):
        c = getattr(index, attr, None)
        if c is not None and hasattr(c, "get_or_create_collection"):
            return c
    coll = getattr(getattr(index, "vector_store", None), "_collection", None)
    c = getattr(coll, "_client", None)
    if c is not None and hasattr(c, "get_or_create_collection"):
        return c
    from index.vector import make_client  # same path / host -> same Chroma

    return make_client(index.settings)


def _new_collection(client: Any, name: str, embedder: Any) -> Any:
    try:
        client.delete_collection(name)
    except Exception:  # noqa: BLE001 - did not exist
        pass
    try:
        from index.vector import open_collection  # our embedding function: Chroma never downloads a model

        return open_collection(client, name, embedder)
    except ImportError:  # pragma: no cover - index/vector.py always present in this repo
        return client.get_or_create_collection(name=name, metadata={"hnsw:space": "cosine"})


class LlamaIndexBaseline:
    """Build once over the index's pages, then ``retrieve(query, k) -> list[str]`` (node texts)."""

    def __init__(self, index: Any, collection_name: str = "eval_llamaindex_baseline") -> None:
        started = time.perf_counter()
        docs = []
        for info in index.documents():
            doc_id = info.meta.doc_id
            for page in index.pages(doc_id):
                if page.text.strip():
                    docs.append(Document(text=page.text, metadata={"doc_id": doc_id, "page": page.number}))
        self.pages = len(docs)
        self._client = _chroma_client(index)
        self._name = collection_name
        collection = _new_collection(self._client, collection_name, index.embedder)
        storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
        self._vsi = VectorStoreIndex.from_documents(
            docs,
            storage_context=storage,
            embed_model=index.llama_embed_model(),  # explicit: never llama-index's (OpenAI) default
            transformations=[SentenceSplitter()],
        )
        self.nodes = collection.count()
        self._retrievers: dict[int, Any] = {}
        self.build_s = time.perf_counter() - started

    def retrieve(self, query: str, k: int) -> list[str]:
        r = self._retrievers.get(k)
        if r is None:
            r = self._retrievers[k] = self._vsi.as_retriever(similarity_top_k=k)
        return [n.node.get_content() for n in r.retrieve(query)]

    def close(self) -> None:
        try:
            self._client.delete_collection(self._name)
        except Exception:  # noqa: BLE001
            pass
