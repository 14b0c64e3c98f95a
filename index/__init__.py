"""Embeddings in Chroma, Swedish keyword index (bm25s) and the SQLite document/table store.

Entry points: :func:`open_index` -> :class:`Index`; :func:`index.pipeline.ingest_paths`.
"""

from index.store import Index, open_index

__all__ = ["Index", "open_index"]
