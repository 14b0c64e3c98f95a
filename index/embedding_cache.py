"""A persistent passage-embedding cache around any :class:`~index.embedder.Embedder`.

Keyed by (embedder name, sha256 of the text), stored as float32 blobs in a small SQLite file. Re-ingesting a
changed PDF only embeds the chunks whose text changed. Query vectors are not stored on disk; the last
``QUERY_CACHE`` of them are kept in memory, because one answer searches with the same text several times (the
named documents, then the library; dense search, then the unit cosines; the general answerer after the rules).
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from index.embedder import Embedder

QUERY_CACHE = 256  # query vectors kept in memory (384 floats each: ~0.4 MB in all)


class CachedEmbedder:
    def __init__(self, inner: Embedder, path: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._qlock = threading.Lock()
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("CREATE TABLE IF NOT EXISTS emb (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(str(self.path), timeout=30.0)

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self.name}\x00{self.dim}\x00{text}".encode()).hexdigest()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        keys = [self._key(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        try:
            with self._connect() as conn:
                for i in range(0, len(keys), 500):
                    part = keys[i : i + 500]
                    q = f"SELECT key, vec FROM emb WHERE key IN ({','.join('?' * len(part))})"
                    for k, blob in conn.execute(q, part):
                        v = np.frombuffer(blob, dtype=np.float32)
                        if v.shape == (self.dim,):
                            found[k] = v
        except sqlite3.Error:
            found = {}  # a broken cache only costs time
        missing = [i for i, k in enumerate(keys) if k not in found]
        if missing:
            fresh = self.inner.embed_passages([texts[i] for i in missing])
            for j, i in enumerate(missing):
                found[keys[i]] = np.asarray(fresh[j], dtype=np.float32)
            try:
                with self._lock, self._connect() as conn:
                    conn.executemany(
                        "INSERT OR REPLACE INTO emb(key, vec) VALUES (?, ?)",
                        [(keys[i], found[keys[i]].tobytes()) for i in missing],
                    )
            except sqlite3.Error:
                pass
        for i, k in enumerate(keys):
            out[i] = found[k]
        return out

    def embed_query(self, text: str) -> np.ndarray:
        with self._qlock:
            v = self._queries.get(text)
            if v is not None:
                self._queries.move_to_end(text)
                return v.copy()
        v = self.inner.embed_query(text)
        with self._qlock:
            self._queries[text] = v.copy()
            while len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        return v
