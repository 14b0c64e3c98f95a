"""llama-index ``BaseEmbedding`` adapter over our :class:`~index.embedder.Embedder`.

Used by the assistant's ``VectorStoreIndex.from_vector_store(store, embed_model=adapter)``.
Queries go through ``embed_query`` (e5 "query: "), texts through ``embed_passages``.
Never install this into llama-index's global ``Settings``; pass it explicitly.
"""

from __future__ import annotations

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from index.embedder import Embedder


class LlamaEmbeddingAdapter(BaseEmbedding):
    _embedder: Embedder = PrivateAttr()

    def __init__(self, embedder: Embedder, **kwargs: object) -> None:
        super().__init__(model_name=embedder.name, embed_batch_size=32, **kwargs)
        self._embedder = embedder

    @classmethod
    def class_name(cls) -> str:
        return "RodaTradenEmbedding"

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embedder.embed_query(query).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embedder.embed_passages([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embedder.embed_passages(list(texts)).tolist()

    async def _aget_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embedding(text)
