"""Embeddings in Chroma, Swedish keyword index (bm25s) and the SQLite document/table store."""
