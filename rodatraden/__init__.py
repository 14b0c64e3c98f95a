"""Röda tråden: shared settings and errors for every stage (ingest, index, assistant, ui, eval)."""

__version__ = "0.1.0"
