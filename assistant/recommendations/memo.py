"""Passage vectors by text, in memory, around any embedder: identical passages in different documents (copies,
recurring boilerplate, the same recommendation in several reports) are embedded once per index and process."""

from __future__ import annotations

import threading
from typing import Any

import numpy as np


class MemoEmbedder:
    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = getattr(inner, "name", type(inner).__name__)
        self.dim = getattr(inner, "dim", 0)
        self._vecs: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors for `texts`; unseen texts go to the inner embedder once each, in order of first appearance."""
        texts = list(texts)
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vecs))
        if missing:
            fresh = self.inner.embed_passages(missing)
            with self._lock:
                for t, v in zip(missing, fresh):
                    self._vecs[t] = np.asarray(v, dtype=np.float32)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return np.vstack([self._vecs[t] for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)
